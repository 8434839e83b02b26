#pragma once

#include "result.h"
#include "storage/database/databaseaddress.h"

#include <QSqlDatabase>
#include <QString>

#include <atomic>

class QSqlError;

// One uniquely named QPSQL connection, closed and removed when this goes.
// A connection belongs to the thread that opened it; every QSqlQuery on it
// must be gone before this is.
class DatabaseConnection
{
public:
    DatabaseConnection();
    ~DatabaseConnection();
    DatabaseConnection(const DatabaseConnection &) = delete;
    DatabaseConnection &operator=(const DatabaseConnection &) = delete;

    // `password` wins over one in the address; with neither, libpq looks
    // at PGPASSWORD and ~/.pgpass itself.
    Status open(const DatabaseAddress &address, const QString &password = {});
    bool isOpen() const { return m_db.isOpen(); }
    QSqlDatabase &db() { return m_db; }
    const DatabaseAddress &address() const { return m_address; }

    // Whether Qt's PostgreSQL driver is installed; if not, why nothing connects.
    static bool driverAvailable();
    static QString noDriverReason();
    // The server's or libpq's own words for an error, else Qt's, on one line.
    static QString engineText(const QSqlError &error);

private:
    static inline std::atomic<quint64> s_counter{0};
    QString m_name;
    QSqlDatabase m_db;
    DatabaseAddress m_address;
};
