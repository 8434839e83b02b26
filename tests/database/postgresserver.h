#pragma once

#include "storage/database/databaseaddress.h"

#include <QString>
#include <QTemporaryDir>

// A throwaway PostgreSQL server for one test: initdb into a temporary
// folder, listening on a Unix socket in that folder only (no TCP port),
// with a database "dutymap" owned by the superuser "dutymap". The
// destructor stops it at once and removes the folder; a watchdog process
// does the same if the test program dies without running destructors.
// As root (CI), initdb and pg_ctl run as the "postgres" user, since they
// refuse to run as root.
class PostgresServer
{
public:
    PostgresServer();
    ~PostgresServer();
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    // Empty when the server runs, else why it does not.
    const QString &error() const { return m_error; }
    QString uri(const QString &user = QStringLiteral("dutymap")) const;
    DatabaseAddress address(const QString &user = QStringLiteral("dutymap")) const;
    QString socketFolder() const { return m_dir.path(); }

    // Stops at once (as a crash would) and starts again.
    bool stop();
    bool start();
    // Runs SQL as the superuser; empty on success, else the error.
    QString execute(const QString &sql) const;

    // The folder of initdb and pg_ctl, or empty when PostgreSQL is not installed.
    static QString binFolder();

private:
    bool run(const QString &program, const QStringList &arguments, QString *output = nullptr);

    QTemporaryDir m_dir;
    QString m_error;
    bool m_running = false;
};
