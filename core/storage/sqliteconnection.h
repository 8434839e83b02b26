#pragma once

#include <QSqlDatabase>
#include <QString>

#include <atomic>

class QSqlError;

// One uniquely named connection to an SQLite file, removed when this goes.
// Every QSqlQuery on it must be destroyed before this is, or Qt warns the
// connection is still in use; callers keep their queries in narrower scopes.
class SqliteConnection
{
public:
    // options: QSqlDatabase::setConnectOptions(), e.g. "QSQLITE_OPEN_READONLY".
    SqliteConnection(const QString &file, const QString &options);
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    QSqlDatabase &db() { return m_db; }

    // Whether Qt's SQLite driver is installed; if not, why nothing opens.
    static bool driverAvailable();
    static QString noDriverReason();
    // The engine's own words for an error, else Qt's.
    static QString engineText(const QSqlError &error);

private:
    static inline std::atomic<quint64> s_counter{0};
    QString m_name;
    QSqlDatabase m_db;
};
