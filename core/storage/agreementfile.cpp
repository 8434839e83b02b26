#include "storage/agreementfile.h"

#include "model/agreementvalidator.h"
#include "storage/agreementloader.h"
#include "storage/agreementwriter.h"
#include "storage/atomicfile.h"
#include "storage/sqliteconnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>

#include <atomic>

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AgreementFile)
};

QString quoted(const QString &text)
{
    return QStringLiteral("“%1”").arg(text);
}

std::atomic<AgreementFile::SaveObserver> s_saveObserver{nullptr};

void notifySaveStage(AgreementFile::SaveStage stage, const QString &tempPath)
{
    if (const AgreementFile::SaveObserver observer = s_saveObserver.load())
        observer(stage, tempPath);
}

} // namespace

Result<Agreement> AgreementFile::load(const QString &path)
{
    return AgreementLoader::load(path);
}

Status AgreementFile::save(const Agreement &agreement, const QString &path)
{
    const QFileInfo given(path);
    const QString name = given.fileName();
    const auto fail = [&](const QString &reason) {
        return Status::failure(Tr::tr("Cannot save %1: %2").arg(quoted(name), reason));
    };
    if (name.isEmpty())
        return Status::failure(Tr::tr("Cannot save: no file name was given."));

    // Saving through a link replaces the file it points to, not the link.
    const QFileInfo target(given.isSymLink() ? given.symLinkTarget() : given.absoluteFilePath());
    const QString folder = QDir::toNativeSeparators(target.absolutePath());
    const QFileInfo folderInfo(target.absolutePath());
    if (!folderInfo.exists())
        return fail(Tr::tr("the folder %1 does not exist.").arg(folder));
    if (!folderInfo.isDir())
        return fail(Tr::tr("%1 is not a folder.").arg(folder));
    const bool replacing = target.exists();
    if (replacing) {
        if (target.isDir())
            return fail(Tr::tr("a folder of that name exists."));
        if (!target.isFile())
            return fail(Tr::tr("it is not a regular file."));
        // Root may write anything, so the permission bits count too: a file
        // its owner marked read-only is not silently replaced.
        if (!target.isWritable() || !AtomicFile::hasAnyWriteBit(target.permissions()))
            return fail(Tr::tr("the file is read-only."));
    }
    // Refuse to write a file that load() would refuse.
    if (const auto problem = AgreementValidator::firstProblem(agreement))
        return fail(problem->sentence());
    if (!SqliteConnection::driverAvailable())
        return fail(SqliteConnection::noDriverReason());

    // The temporary file stays open and locked until save returns, so that
    // another save's clean-up can tell it from one a crash left behind.
    QFile claim;
    QString createError;
    const QString temp = AtomicFile::createTemp(target, claim, &createError);
    if (temp.isEmpty())
        return fail(createError);
    const auto failAndClean = [&](const QString &reason) {
        QFile::remove(temp);
        return fail(reason);
    };
    notifySaveStage(SaveStage::TempCreated, temp);

    QString writeError;
    {
        SqliteConnection connection(temp, QString());
        writeError = connection.db().open()
                         ? AgreementWriter::write(connection.db(), agreement)
                         : AgreementWriter::failureReason(
                             0, SqliteConnection::engineText(connection.db().lastError()));
    }
    if (!writeError.isEmpty())
        return failAndClean(writeError);
    notifySaveStage(SaveStage::Written, temp);

    QString syncError;
    if (!AtomicFile::sync(temp, &syncError))
        return failAndClean(
            Tr::tr("the new file could not be written to disk (%1).").arg(syncError));
    if (replacing)
        QFile::setPermissions(temp, target.permissions());
    notifySaveStage(SaveStage::Synced, temp);

    if (const QString renameError = AtomicFile::replace(temp, target.absoluteFilePath());
        !renameError.isEmpty())
        return failAndClean(Tr::tr("the file could not be replaced (%1).").arg(renameError));
    notifySaveStage(SaveStage::Renamed, temp);
    AtomicFile::syncFolder(target.absolutePath());
    AtomicFile::removeStaleTemps(target.absolutePath(), target.fileName());
    return {};
}

void AgreementFile::setSaveObserver(SaveObserver observer)
{
    s_saveObserver.store(observer);
}
