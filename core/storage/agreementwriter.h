#pragma once

#include <QString>

class QSqlDatabase;
struct Agreement;

// Writes one agreement into a fresh SQLite database: the schema, every
// row, the application id and the schema version, in one transaction.
class AgreementWriter
{
public:
    // `db` is open and empty. Empty on success, else why it failed, as a
    // clause that ends a sentence ("the disk is full.").
    static QString write(QSqlDatabase &db, const Agreement &agreement);
    // The clause for an SQLite result code and the engine's text.
    static QString failureReason(int sqliteCode, const QString &engine);
};
