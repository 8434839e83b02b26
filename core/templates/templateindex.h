#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The models on offer as a chooser lists them, without reading every
// template in full when nothing changed since the last look. A full load
// (TemplateLibrary) validates every file; its listing is kept in the user's
// cache folder under a key made of the identity of every template file
// (built-ins by the hash of their bytes, other files by path, size and
// modification time), the program file and the language, in which the
// names are listed when the templates have words for it. While the key
// matches, the listing is read back from the cache; otherwise, or when the
// cache is missing, unreadable or damaged, the templates are loaded in full
// and the cache is written anew. A cache that cannot be written is no error.
class TemplateIndex
{
public:
    struct Entry {
        QString id;
        QString name;
        QString bestFor;
        QString summary;
        QString origin;
        friend bool operator==(const Entry &, const Entry &) = default;
    };

    // The same folders as TemplateLibrary::load(), cached under the user's
    // cache folder.
    static TemplateIndex load();
    // For tests: the built-ins plus the given folders, cached in cacheFile.
    static TemplateIndex load(const QStringList &extraFolders, const QString &cacheFile);

    QList<Entry> models() const { return m_models; }
    QStringList problems() const { return m_problems; }
    // True when the listing came from the cache.
    bool fromCache() const { return m_fromCache; }

private:
    static TemplateIndex loadFolders(const QStringList &folders, const QString &cacheFile);
    bool readCache(const QString &cacheFile, const QByteArray &key);
    void writeCache(const QString &cacheFile, const QByteArray &key) const;

    QList<Entry> m_models;
    QStringList m_problems;
    bool m_fromCache = false;
};
