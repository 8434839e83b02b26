#pragma once

#include "model/agreement.h"
#include "result.h"

#include <QDateTime>
#include <QString>

// Unsaved work kept aside while a document is being edited, so a crash
// loses at most a minute. Each open document has a key; its recovery copy
// is a .dutymap file in the store's folder with a small note saying which
// document it belongs to. A normal close discards it; the next start after
// a crash offers what is left.
class RecoveryStore
{
public:
    struct Entry {
        QString key;
        QString recoveryPath;
        QString documentPath; // empty for a document never saved
        QString title;
        QDateTime savedAt;
    };

    // The default folder is "recovery" in the application's data folder.
    explicit RecoveryStore(QString folder = defaultFolder());
    static QString defaultFolder();
    QString folder() const { return m_folder; }

    // A key for a document: stable for a file, unique for an untitled one.
    static QString keyFor(const QString &documentPath);

    Status write(const QString &key, const Agreement &agreement, const QString &documentPath);
    // Recovery copies newer than the file they belong to (or of untitled documents).
    QList<Entry> pending() const;
    Result<Agreement> read(const Entry &entry) const;
    void discard(const QString &key);

private:
    QString m_folder;
};
