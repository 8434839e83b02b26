#pragma once

#include <QFileDevice>
#include <QString>

class QFile;
class QFileInfo;

// The file-system steps that make a save atomic: a temporary file beside
// the target, locked while it is written, flushed to disk, renamed over the
// target, the folder flushed, and the leftovers of killed saves removed.
// Temporary files are named ".<target name>.<hex>.tmp"; the lock a save
// holds on its own tells a live save from one that was killed. flock locks
// are separate from the fcntl locks SQLite takes (except on NFS, where the
// lock may lapse when SQLite closes the file: the worst case is a concurrent
// save of the same target failing with a message).
class AtomicFile
{
public:
    // Creates, opens and locks a new temporary file beside `target` in
    // `file`, which stays open until the save is over; its path, or empty
    // with the reason in *reason.
    static QString createTemp(const QFileInfo &target, QFile &file, QString *reason);
    // Flushes a file to disk; false with the system's reason.
    static bool sync(const QString &path, QString *reason);
    // Renames `from` over `to`; empty on success, else the system's reason.
    static QString replace(const QString &from, const QString &to);
    // Makes the rename itself durable. Some file systems refuse fsync on a
    // folder; the new file is complete either way, so that is not an error.
    static void syncFolder(const QString &folder);
    // Removes the temporary files that killed saves of `targetName` left in
    // `folder`: only names of createTemp()'s pattern, only regular files, and
    // only when no running save holds their lock.
    static void removeStaleTemps(const QString &folder, const QString &targetName);
    // The mode bits only: WriteUser says what the current user may do, and
    // root may do anything.
    static bool hasAnyWriteBit(QFileDevice::Permissions permissions);

private:
    static bool isOwnTempName(const QString &name, const QString &targetName);
    // Locks a newly created temporary file. False when a clean-up removed it
    // between its creation and the lock; the caller then picks another name.
    static bool claim(const QFile &file);
    // Why a file could not be created in `folder`, from errno.
    static QString createFailureReason(int error, const QString &folder, const QString &qtText);
};
