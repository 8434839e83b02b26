#include "storage/recoverystore.h"

#include "storage/agreementfile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(RecoveryStore)
};

const QLatin1StringView NoteSuffix(".note.json");
} // namespace

RecoveryStore::RecoveryStore(QString folder)
    : m_folder(std::move(folder))
{}

QString RecoveryStore::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/recovery");
}

QString RecoveryStore::keyFor(const QString &documentPath)
{
    if (documentPath.isEmpty())
        return QStringLiteral("untitled-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QByteArray path = QFileInfo(documentPath).absoluteFilePath().toUtf8();
    return QString::fromLatin1(
        QCryptographicHash::hash(path, QCryptographicHash::Sha1).toHex().left(20));
}

Status RecoveryStore::write(const QString &key, const Agreement &agreement,
                            const QString &documentPath)
{
    if (!QDir().mkpath(m_folder))
        return Status::failure(
            Tr::tr("Cannot keep a recovery copy: the folder %1 cannot be created.")
                .arg(QDir::toNativeSeparators(m_folder)));
    const QString path = m_folder + u'/' + key + QStringLiteral(".dutymap");
    if (const Status saved = AgreementFile::save(agreement, path); !saved)
        return saved;
    QSaveFile note(m_folder + u'/' + key + NoteSuffix);
    const QJsonObject json{
        {QStringLiteral("document"), documentPath},
        {QStringLiteral("title"), agreement.details.title},
        {QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
    };
    if (!note.open(QIODevice::WriteOnly) || note.write(QJsonDocument(json).toJson()) < 0
        || !note.commit())
        return Status::failure(Tr::tr("Cannot keep a recovery copy: %1.").arg(note.errorString()));
    return {};
}

QList<RecoveryStore::Entry> RecoveryStore::pending() const
{
    QList<Entry> entries;
    const QDir dir(m_folder);
    const QStringList notes =
        dir.entryList({QStringLiteral("*") + NoteSuffix}, QDir::Files, QDir::Time);
    for (const QString &noteName : notes) {
        QFile note(dir.filePath(noteName));
        if (!note.open(QIODevice::ReadOnly) || note.size() > 64 * 1024)
            continue;
        const QJsonObject json = QJsonDocument::fromJson(note.readAll()).object();
        Entry e;
        e.key = noteName.chopped(NoteSuffix.size());
        e.recoveryPath = dir.filePath(e.key + QStringLiteral(".dutymap"));
        e.documentPath = json.value(QLatin1String("document")).toString();
        e.title = json.value(QLatin1String("title")).toString();
        e.savedAt = QDateTime::fromString(json.value(QLatin1String("savedAt")).toString(),
                                          Qt::ISODateWithMs);
        if (!QFileInfo::exists(e.recoveryPath) || !e.savedAt.isValid())
            continue;
        // A document saved after its recovery copy needs no recovery.
        const QFileInfo document(e.documentPath);
        if (!e.documentPath.isEmpty() && document.exists()
            && document.lastModified().toUTC() >= e.savedAt)
            continue;
        entries.append(e);
    }
    return entries;
}

Result<Agreement> RecoveryStore::read(const Entry &entry) const
{
    return AgreementFile::load(entry.recoveryPath);
}

void RecoveryStore::discard(const QString &key)
{
    QFile::remove(m_folder + u'/' + key + QStringLiteral(".dutymap"));
    QFile::remove(m_folder + u'/' + key + NoteSuffix);
}
