#include "storage/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <system_error>

#if defined(Q_OS_WIN)
#include <io.h>
#else
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AgreementFile)
};

std::filesystem::path fsPath(const QString &path)
{
    return std::filesystem::path(QFile::encodeName(path).toStdString());
}
} // namespace

QString AtomicFile::createTemp(const QFileInfo &target, QFile &file, QString *reason)
{
    const QString folder = QDir::toNativeSeparators(target.absolutePath());
    for (int attempt = 0;; ++attempt) {
        const QString candidate =
            target.absolutePath() + QLatin1String("/.") + target.fileName() + QLatin1Char('.')
            + QString::number(QRandomGenerator::global()->generate64(), 16) + QLatin1String(".tmp");
        file.setFileName(candidate);
        errno = 0;
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            *reason = createFailureReason(errno, folder, file.errorString());
            return {};
        }
        if (claim(file))
            return candidate;
        file.close();
        if (attempt == 2) {
            *reason =
                Tr::tr("another program keeps removing new files in the folder %1.").arg(folder);
            return {};
        }
    }
}

QString AtomicFile::replace(const QString &from, const QString &to)
{
    std::error_code ec;
    std::filesystem::rename(fsPath(from), fsPath(to), ec);
    return ec ? QString::fromLocal8Bit(ec.message().c_str()) : QString();
}

QString AtomicFile::createFailureReason(int error, const QString &folder, const QString &qtText)
{
    switch (error) {
    case EACCES:
    case EPERM:
    case EROFS:
        return Tr::tr("the folder %1 is not writable.").arg(folder);
    case ENOSPC:
#if defined(EDQUOT)
    case EDQUOT:
#endif
        return Tr::tr("the disk is full.");
    case ENOENT:
    case ENOTDIR:
        return Tr::tr("the folder %1 does not exist.").arg(folder);
    default:
        return Tr::tr("cannot create a file in the folder %1 (%2).").arg(folder, qtText);
    }
}

bool AtomicFile::sync(const QString &path, QString *reason)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite)) {
        *reason = file.errorString();
        return false;
    }
#if defined(Q_OS_WIN)
    const int rc = ::_commit(file.handle());
#else
    const int rc = ::fsync(file.handle());
#endif
    if (rc != 0) {
        *reason = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    return true;
}

void AtomicFile::syncFolder(const QString &folder)
{
#if !defined(Q_OS_WIN)
    const int fd =
        ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(folder);
#endif
}

bool AtomicFile::isOwnTempName(const QString &name, const QString &targetName)
{
    const QString prefix = QLatin1Char('.') + targetName + QLatin1Char('.');
    const QLatin1String suffix(".tmp");
    if (!name.startsWith(prefix) || !name.endsWith(suffix))
        return false;
    const QStringView hex = QStringView(name).sliced(prefix.size()).chopped(suffix.size());
    if (hex.isEmpty() || hex.size() > 16)
        return false;
    for (const QChar c : hex)
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    return true;
}

bool AtomicFile::claim(const QFile &file)
{
#if !defined(Q_OS_WIN)
    struct stat opened {};
    struct stat named {};
    return ::flock(file.handle(), LOCK_EX | LOCK_NB) == 0 && ::fstat(file.handle(), &opened) == 0
           && ::lstat(QFile::encodeName(file.fileName()).constData(), &named) == 0
           && opened.st_dev == named.st_dev && opened.st_ino == named.st_ino;
#else
    Q_UNUSED(file);
    return true;
#endif
}

void AtomicFile::removeStaleTemps(const QString &folder, const QString &targetName)
{
#if !defined(Q_OS_WIN)
    const QDir dir(folder);
    const QStringList names =
        dir.entryList({QStringLiteral(".*.tmp")}, QDir::Files | QDir::Hidden | QDir::NoSymLinks);
    for (const QString &name : names) {
        if (!isOwnTempName(name, targetName))
            continue;
        const QByteArray path = QFile::encodeName(dir.filePath(name));
        const int fd = ::open(path.constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
        if (fd < 0)
            continue;
        struct stat opened {};
        struct stat named {};
        // Checked under the lock: the name must still be this very file.
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0 && ::fstat(fd, &opened) == 0
            && S_ISREG(opened.st_mode) && ::lstat(path.constData(), &named) == 0
            && opened.st_dev == named.st_dev && opened.st_ino == named.st_ino)
            ::unlink(path.constData());
        ::close(fd);
    }
#else
    Q_UNUSED(folder);
    Q_UNUSED(targetName);
#endif
}

bool AtomicFile::hasAnyWriteBit(QFileDevice::Permissions permissions)
{
    return permissions
           & (QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther);
}
