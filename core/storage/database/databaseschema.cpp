#include "storage/database/databaseschema.h"

#include "exchange/jsonformat.h"
#include "portfolio/portfoliosummary.h"
#include "storage/database/databaseconnection.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DatabaseSchema)
};

// Any number, as long as it is the same in every Dutymap: concurrent
// `db init` runs wait for each other instead of racing.
constexpr qint64 InitLockKey = 0x44544d50'0001;

const QStringList &version1()
{
    static const QStringList statements{
        QStringLiteral("CREATE SCHEMA IF NOT EXISTS dutymap"),
        QStringLiteral("CREATE TABLE dutymap.meta (key text PRIMARY KEY, value text NOT NULL)"),
        QStringLiteral("CREATE TABLE dutymap.agreement ("
                       " id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
                       " name text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200),"
                       " version integer NOT NULL CHECK (version >= 1),"
                       " content jsonb NOT NULL,"
                       " saved_by text NOT NULL,"
                       " saved_from text NOT NULL DEFAULT '',"
                       " saved_at timestamptz NOT NULL)"),
        QStringLiteral("CREATE TABLE dutymap.audit ("
                       " id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
                       " agreement_id bigint NOT NULL REFERENCES dutymap.agreement (id),"
                       " agreement_name text NOT NULL,"
                       " version integer NOT NULL,"
                       " based_on integer,"
                       " revision integer NOT NULL,"
                       " saved_by text NOT NULL,"
                       " saved_from text NOT NULL,"
                       " saved_at timestamptz NOT NULL)"),
        QStringLiteral("CREATE INDEX audit_agreement ON dutymap.audit (agreement_id, version)"),
        QStringLiteral("INSERT INTO dutymap.meta (key, value) VALUES ('schema_version', '1')"),
    };
    return statements;
}

QString failed(const QSqlQuery &query)
{
    return Tr::tr("The database refused to set up the Dutymap store: %1")
        .arg(DatabaseConnection::engineText(query.lastError()));
}

// Version 2: a summary column, filled in for the agreements already
// stored. One that cannot be read keeps none; the portfolio says why.
Status upgradeTo2(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("ALTER TABLE dutymap.agreement ADD COLUMN summary jsonb")))
        return Status::failure(failed(query));
    if (!query.exec(QStringLiteral("SELECT id, name, content::text FROM dutymap.agreement")))
        return Status::failure(failed(query));
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE dutymap.agreement SET summary = ?::jsonb WHERE id = ?"));
    while (query.next()) {
        const Result<Agreement> agreement =
            JsonFormat::fromJson(query.value(2).toString().toUtf8(), query.value(1).toString());
        if (!agreement)
            continue;
        update.addBindValue(
            QString::fromUtf8(QJsonDocument(PortfolioSummary::of(*agreement).toJson())
                                  .toJson(QJsonDocument::Compact)));
        update.addBindValue(query.value(0).toLongLong());
        if (!update.exec())
            return Status::failure(failed(update));
    }
    return {};
}

} // namespace

Result<int> DatabaseSchema::versionOf(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT to_regclass('dutymap.meta') IS NOT NULL"))
        || !query.next())
        return Result<int>::failure(Tr::tr("Cannot read the database: %1")
                                        .arg(DatabaseConnection::engineText(query.lastError())));
    if (!query.value(0).toBool())
        return 0;
    if (!query.exec(QStringLiteral("SELECT value FROM dutymap.meta WHERE key = 'schema_version'")))
        return Result<int>::failure(Tr::tr("Cannot read the database: %1")
                                        .arg(DatabaseConnection::engineText(query.lastError())));
    bool ok = false;
    const int version = query.next() ? query.value(0).toString().toInt(&ok) : 0;
    if (!ok || version < 1)
        return Result<int>::failure(
            Tr::tr("The database has a “dutymap” schema, but no valid schema_version in "
                   "dutymap.meta."));
    return version;
}

Status DatabaseSchema::init(QSqlDatabase &db, int targetVersion)
{
    if (!db.transaction())
        return Status::failure(Tr::tr("Cannot start a transaction: %1")
                                   .arg(DatabaseConnection::engineText(db.lastError())));
    const auto rollback = [&](const QString &error) {
        db.rollback();
        return Status::failure(error);
    };
    {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(?)"));
        query.addBindValue(InitLockKey);
        if (!query.exec())
            return rollback(failed(query));
    }
    const Result<int> current = versionOf(db);
    if (!current)
        return rollback(current.error());
    if (*current > Version)
        return rollback(Tr::tr("The Dutymap store in this database was made by a newer Dutymap "
                               "(version %1); this one knows version %2.")
                            .arg(*current)
                            .arg(Version));
    for (int step = *current + 1; step <= targetVersion; ++step) {
        QSqlQuery query(db);
        if (step == 1) {
            for (const QString &statement : version1())
                if (!query.exec(statement))
                    return rollback(failed(query));
            continue;
        }
        if (step == 2)
            if (const Status upgraded = upgradeTo2(db); !upgraded)
                return rollback(upgraded.error());
        query.prepare(
            QStringLiteral("UPDATE dutymap.meta SET value = ? WHERE key = 'schema_version'"));
        query.addBindValue(QString::number(step));
        if (!query.exec())
            return rollback(failed(query));
    }
    if (!db.commit())
        return rollback(Tr::tr("The database refused to set up the Dutymap store: %1")
                            .arg(DatabaseConnection::engineText(db.lastError())));
    return {};
}

Status DatabaseSchema::check(QSqlDatabase &db)
{
    const Result<int> version = versionOf(db);
    if (!version)
        return Status::failure(version.error());
    if (*version == 0)
        return Status::failure(Tr::tr("The database has no Dutymap store yet: set it up with "
                                      "“dutymap-cli db init --db URL”."));
    if (*version < Version)
        return Status::failure(Tr::tr("The Dutymap store in this database is version %1; "
                                      "upgrade it to version %2 with “dutymap-cli db init --db "
                                      "URL”.")
                                   .arg(*version)
                                   .arg(Version));
    if (*version > Version)
        return Status::failure(Tr::tr("The Dutymap store in this database was made by a newer "
                                      "Dutymap (version %1); this one knows version %2.")
                                   .arg(*version)
                                   .arg(Version));
    return {};
}
