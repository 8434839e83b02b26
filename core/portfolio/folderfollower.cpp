#include "portfolio/folderfollower.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QSet>

FolderFollower::FolderFollower(const QString &folder,
                               const QHash<QString, FolderSource::Stamp> &listed, QObject *parent)
    : PortfolioFollower(parent)
    , m_folder(folder)
    , m_known(listed)
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(CoalesceMs);
    connect(&m_coalesce, &QTimer::timeout, this, &FolderFollower::rescan);
    const auto changedSoon = [this] { m_coalesce.start(); };
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, changedSoon);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, changedSoon);
    watch();
}

void FolderFollower::watch()
{
    // Folders tell of files added, removed and renamed into place (how a
    // save replaces a file); the files themselves of changes in place.
    QStringList paths{m_folder};
    QDirIterator it(m_folder, QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        paths.append(it.next());
    paths.append(m_known.keys());
    const QStringList watchedList = m_watcher.directories() + m_watcher.files();
    const QSet<QString> watched(watchedList.cbegin(), watchedList.cend());
    QStringList added;
    for (const QString &path : std::as_const(paths)) {
        if (!watched.contains(path))
            added.append(path);
    }
    if (!added.isEmpty())
        m_watcher.addPaths(added);
}

void FolderFollower::rescan()
{
    m_coalesce.stop();
    const QHash<QString, FolderSource::Stamp> now = FolderSource::scan(m_folder);
    QList<PortfolioEntry> updated;
    QStringList removed;
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        const auto known = m_known.constFind(it.key());
        if (known == m_known.cend() || !(*known == it.value()))
            updated.append(FolderSource::read(it.key()));
    }
    for (auto it = m_known.cbegin(); it != m_known.cend(); ++it) {
        if (!now.contains(it.key()))
            removed.append(it.key());
    }
    m_known = now;
    watch();
    if (!updated.isEmpty() || !removed.isEmpty())
        emit changed(updated, removed);
}
