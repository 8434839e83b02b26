#pragma once

#include "portfolio/foldersource.h"
#include "portfolio/portfoliofollower.h"

#include <QFileSystemWatcher>
#include <QHash>
#include <QTimer>

// Follows a folder of agreements: the folder, its subfolders and the files
// are watched; a burst of changes (a save writes a temporary file, then
// renames it) is coalesced into one look, which re-reads only the files
// whose time or size changed.
class FolderFollower : public PortfolioFollower
{
    Q_OBJECT

public:
    // `listed`: the files as the list the view shows was read.
    FolderFollower(const QString &folder, const QHash<QString, FolderSource::Stamp> &listed,
                   QObject *parent = nullptr);

    // How long changes are gathered before the folder is looked at.
    static constexpr int CoalesceMs = 250;

    // Looks at the folder now, instead of after the next change.
    void rescan();

private:
    void watch();

    QString m_folder;
    QHash<QString, FolderSource::Stamp> m_known;
    QFileSystemWatcher m_watcher;
    QTimer m_coalesce;
};
