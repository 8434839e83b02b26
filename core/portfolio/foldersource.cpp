#include "portfolio/foldersource.h"

#include "portfolio/folderfollower.h"
#include "storage/agreementfile.h"
#include "storage/agreementloader.h"
#include "storage/sqliteconnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(FolderSource)
};

// A stored summary is a few hundred bytes; anything far larger is not one.
constexpr qsizetype MaxSummaryLength = 64 * 1024;

QString quoted(const QString &text)
{
    return QStringLiteral("“%1”").arg(text);
}

// The summary a file stored at save, read with one query and nothing
// else; nothing when the file has none or it cannot be used.
std::optional<PortfolioSummary> storedSummary(const QString &path)
{
    SqliteConnection connection(path, QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!connection.db().open())
        return std::nullopt;
    QString text;
    {
        QSqlQuery q(connection.db());
        q.setForwardOnly(true);
        // A stranger's schema must not run functions with side effects.
        if (!q.exec(QStringLiteral("PRAGMA trusted_schema = OFF")))
            return std::nullopt;
        if (!q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?")))
            return std::nullopt;
        q.addBindValue(QString::fromLatin1(PortfolioSummary::MetaKey));
        if (!q.exec() || !q.next())
            return std::nullopt;
        const QVariant value = q.value(0);
        if (value.typeId() != QMetaType::QString)
            return std::nullopt;
        text = value.toString();
    }
    if (text.size() > MaxSummaryLength)
        return std::nullopt;
    const QJsonDocument json = QJsonDocument::fromJson(text.toUtf8());
    if (!json.isObject())
        return std::nullopt;
    Result<PortfolioSummary> summary = PortfolioSummary::fromJson(json.object());
    if (!summary)
        return std::nullopt;
    return std::move(summary).value();
}

// Owner names by user id: the name service may be slow, and a folder is
// usually saved to by a handful of people.
QString ownerName(const QFileInfo &info)
{
    thread_local QHash<uint, QString> names;
    const uint id = info.ownerId();
    auto it = names.constFind(id);
    if (it == names.cend())
        it = names.insert(id, info.owner());
    return *it;
}

} // namespace

FolderSource::FolderSource(const QString &folder)
    : m_folder(QDir(folder).absolutePath())
{}

QString FolderSource::name() const
{
    return QDir::toNativeSeparators(m_folder);
}

QHash<QString, FolderSource::Stamp> FolderSource::scan(const QString &folder)
{
    QHash<QString, Stamp> files;
    QDirIterator it(folder, {QStringLiteral("*.dutymap")}, QDir::Files | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        files.insert(info.absoluteFilePath(), Stamp{info.lastModified(), info.size()});
    }
    return files;
}

Result<QList<PortfolioEntry>> FolderSource::list()
{
    using R = Result<QList<PortfolioEntry>>;
    const QFileInfo info(m_folder);
    if (!info.exists())
        return R::failure(Tr::tr("The folder %1 does not exist.").arg(quoted(name())));
    if (!info.isDir())
        return R::failure(Tr::tr("%1 is not a folder.").arg(quoted(name())));
    if (!info.isReadable() || !info.isExecutable())
        return R::failure(Tr::tr("The folder %1 cannot be read.").arg(quoted(name())));

    m_listed = scan(m_folder);
    QStringList paths = m_listed.keys();
    paths.sort();
    QList<PortfolioEntry> entries;
    entries.reserve(paths.size());
    for (const QString &path : std::as_const(paths))
        entries.append(read(path));
    return entries;
}

Result<Agreement> FolderSource::open(const QString &location)
{
    return AgreementFile::load(location);
}

std::unique_ptr<PortfolioFollower> FolderSource::follow()
{
    return std::make_unique<FolderFollower>(m_folder, m_listed);
}

PortfolioEntry FolderSource::read(const QString &path)
{
    const QFileInfo info(path);
    PortfolioEntry entry;
    entry.location = info.absoluteFilePath();
    entry.savedAt = info.lastModified();
    entry.savedBy = ownerName(info);
    if (const QString problem = AgreementLoader::checkFile(path); !problem.isEmpty()) {
        entry.error = problem;
        return entry;
    }
    if (std::optional<PortfolioSummary> summary = storedSummary(path)) {
        entry.summary = std::move(summary);
        return entry;
    }
    // Saved before files kept a summary (or its summary is unusable): the
    // whole file tells, and the loader names whatever is wrong with it.
    const Result<Agreement> agreement = AgreementFile::load(path);
    if (agreement)
        entry.summary = PortfolioSummary::of(agreement.value());
    else
        entry.error = agreement.error();
    return entry;
}
