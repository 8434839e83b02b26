#include "templates/templateindex.h"

#include "templates/templatelibrary.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDataStream>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QResource>
#include <QSaveFile>
#include <QStandardPaths>

namespace {

constexpr quint32 CacheMagic = 0x44544958; // "DTIX"
constexpr quint32 CacheVersion = 2;        // 2: names in the locale's language
constexpr qint64 MaxCacheBytes = 1024 * 1024;
constexpr quint32 MaxEntries = 10000;

// Adds one file's identity to the key: the bytes of a built-in (they are
// in memory already), the size and modification time of any other file.
void addFile(QCryptographicHash &hash, const QFileInfo &info)
{
    const QString path = info.filePath();
    hash.addData(path.toUtf8());
    hash.addData(QByteArrayView("\0", 1));
    if (path.startsWith(u':')) {
        const QResource resource(path);
        hash.addData(
            QByteArrayView(reinterpret_cast<const char *>(resource.data()), resource.size()));
    } else {
        const QByteArray stamp = QByteArray::number(info.size()) + ' '
                                 + QByteArray::number(info.lastModified().toMSecsSinceEpoch());
        hash.addData(stamp);
    }
    hash.addData(QByteArrayView("\n", 1));
}

// Everything a full load's listing depends on, as a hash.
QByteArray cacheKey(const QStringList &folders)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArray::number(CacheVersion));
    hash.addData(QLocale().name().toUtf8());
    addFile(hash, QFileInfo(QCoreApplication::applicationFilePath()));
    for (const QString &folder : folders) {
        hash.addData(QByteArrayView("folder\n"));
        const QDir dir(folder);
        if (!dir.exists())
            continue;
        const QFileInfo catalog(dir.filePath(QStringLiteral("catalog.json")));
        if (catalog.exists())
            addFile(hash, catalog);
        const QDir models(dir.filePath(QStringLiteral("models")));
        const QFileInfoList files = models.entryInfoList({QStringLiteral("*.json")},
                                                         QDir::Files | QDir::Readable, QDir::Name);
        for (const QFileInfo &file : files)
            addFile(hash, file);
        // The names are listed in the locale's language when there are words for it.
        const QDir languages(dir.filePath(QStringLiteral("translations")));
        const QFileInfoList translations =
            languages.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Readable, QDir::Name);
        for (const QFileInfo &language : translations) {
            const QDir folder(language.filePath());
            const QFileInfo words(folder.filePath(QStringLiteral("catalog.json")));
            if (words.exists())
                addFile(hash, words);
            const QDir modelWords(folder.filePath(QStringLiteral("models")));
            const QFileInfoList modelFiles = modelWords.entryInfoList(
                {QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name);
            for (const QFileInfo &file : modelFiles)
                addFile(hash, file);
        }
    }
    return hash.result();
}

QString defaultCacheFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    return folder.isEmpty() ? QString() : folder + QStringLiteral("/template-index");
}

} // namespace

TemplateIndex TemplateIndex::load()
{
    QStringList folders{TemplateLibrary::builtInFolder()};
    folders.append(TemplateLibrary::installedFolders());
    return loadFolders(folders, defaultCacheFile());
}

TemplateIndex TemplateIndex::load(const QStringList &extraFolders, const QString &cacheFile)
{
    QStringList folders{TemplateLibrary::builtInFolder()};
    folders.append(extraFolders);
    return loadFolders(folders, cacheFile);
}

TemplateIndex TemplateIndex::loadFolders(const QStringList &folders, const QString &cacheFile)
{
    const QByteArray key = cacheKey(folders);
    TemplateIndex index;
    if (!cacheFile.isEmpty() && index.readCache(cacheFile, key))
        return index;

    index = TemplateIndex();
    const TemplateLibrary library = TemplateLibrary::load(folders.mid(1), true);
    for (const ModelTemplate &m : library.models(library.languageFor(QLocale())))
        index.m_models.append({m.id, m.name, m.bestFor, m.summary, m.origin});
    index.m_problems = library.problems();
    if (!cacheFile.isEmpty())
        index.writeCache(cacheFile, key);
    return index;
}

bool TemplateIndex::readCache(const QString &cacheFile, const QByteArray &key)
{
    QFile file(cacheFile);
    if (!file.open(QIODevice::ReadOnly) || file.size() > MaxCacheBytes)
        return false;
    QDataStream in(&file);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint32 version = 0;
    QByteArray storedKey;
    quint32 count = 0;
    in >> magic >> version >> storedKey >> count;
    if (in.status() != QDataStream::Ok || magic != CacheMagic || version != CacheVersion
        || storedKey != key || count > MaxEntries)
        return false;
    QList<Entry> models;
    models.reserve(count);
    for (quint32 i = 0; i < count; ++i) {
        Entry e;
        in >> e.id >> e.name >> e.bestFor >> e.summary >> e.origin;
        models.append(e);
    }
    QStringList problems;
    in >> problems;
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return false;
    m_models = models;
    m_problems = problems;
    m_fromCache = true;
    return true;
}

void TemplateIndex::writeCache(const QString &cacheFile, const QByteArray &key) const
{
    if (!QDir().mkpath(QFileInfo(cacheFile).absolutePath()))
        return;
    QSaveFile file(cacheFile);
    if (!file.open(QIODevice::WriteOnly))
        return;
    QDataStream out(&file);
    out.setVersion(QDataStream::Qt_6_4);
    out << CacheMagic << CacheVersion << key << quint32(m_models.size());
    for (const Entry &e : m_models)
        out << e.id << e.name << e.bestFor << e.summary << e.origin;
    out << m_problems;
    if (out.status() == QDataStream::Ok)
        file.commit();
}
