#pragma once

#include "result.h"

#include <QList>
#include <QString>

#include <utility>

// Where the shared store is: a PostgreSQL connection URI as psql takes it,
// postgresql://user@host:port/dbname?sslmode=require, with host=/folder
// (or a percent-encoded path as the host) for a Unix-socket folder.
struct DatabaseAddress {
    QString host; // a name, an address, or a Unix-socket folder (starts with '/')
    int port = 0; // 0: libpq's default
    QString database;
    QString user;
    QString password; // only when the URI carries one; never shown or stored
    QString sslMode;  // empty: libpq's default ("prefer")
    // Further libpq parameters from the query (connect_timeout, sslrootcert…).
    QList<std::pair<QString, QString>> options;

    static Result<DatabaseAddress> parse(const QString &uri);
    // The URI again, without the password: safe to show, log and remember.
    QString toUri() const;
    // "alice@db.example.com:5432/msp", for titles and messages.
    QString displayName() const;
    // The libpq parameters besides host, port, database, user and password,
    // as QSqlDatabase::setConnectOptions() takes them.
    QString connectOptions() const;

    static const QStringList &sslModes();

    friend bool operator==(const DatabaseAddress &, const DatabaseAddress &) = default;
};
