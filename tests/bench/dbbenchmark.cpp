#include "benchcontext.h"
#include "benchmarks.h"
#include "childprocess.h"
#include "postgresserver.h"

#include "agreementgenerator.h"
#include "storage/database/agreementstore.h"
#include "storage/database/databaseportfoliosource.h"
#include "storage/database/databaseschema.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

constexpr int ListedAgreements = 10'000;
constexpr int ListedDuties = 100;
constexpr double ListLimitMs = 1000;
constexpr double CopyRatio = 2.0;

BenchRow makeRow(const QString &key, const QString &name)
{
    BenchRow row;
    row.key = key;
    row.name = name;
    row.unit = QStringLiteral("ms");
    return row;
}

} // namespace

QList<BenchRow> databaseBenchmark(BenchContext &context)
{
    BenchRow list = makeRow(QStringLiteral("db-list/10000"),
                            QStringLiteral("db: portfolio of 10,000 agreements"));
    list.goal = BenchRow::Goal::Below;
    list.limit = ListLimitMs;
    list.referenceName = QStringLiteral("target: under 1 s");
    const int duties = BenchContext::MediumSize;
    BenchRow push = makeRow(QStringLiteral("db-push/%1").arg(duties),
                            QStringLiteral("db: push %1").arg(BenchContext::sizeName(duties)));
    push.referenceName = QStringLiteral("psql \\copy of the same row into the same columns");
    push.goal = BenchRow::Goal::RatioAtMost;
    push.limit = CopyRatio;
    BenchRow pull = makeRow(QStringLiteral("db-pull/%1").arg(duties),
                            QStringLiteral("db: pull %1").arg(BenchContext::sizeName(duties)));
    pull.referenceName = QStringLiteral("psql \\copy of the same row to a file");
    pull.goal = BenchRow::Goal::RatioAtMost;
    pull.limit = CopyRatio;
    const auto failAll = [&](const QString &why) {
        return QList<BenchRow>{BenchRow::failed(list.key, list.name, why),
                               BenchRow::failed(push.key, push.name, why),
                               BenchRow::failed(pull.key, pull.name, why)};
    };

    BenchContext::progress(QStringLiteral("db: starting a PostgreSQL server"));
    PostgresServer server;
    if (!server.error().isEmpty())
        return failAll(server.error());
    const DatabaseAddress address = server.address();
    AgreementStore store;
    {
        DatabaseConnection connection;
        if (const Status opened = connection.open(address); !opened)
            return failAll(opened.error());
        if (const Status done = DatabaseSchema::init(connection.db()); !done)
            return failAll(done.error());
    }
    if (const Status connected = store.connect(address); !connected)
        return failAll(connected.error());

    // The portfolio: one generated agreement, copied by the server under
    // 10,000 names (each row has its own content and summary columns).
    BenchContext::progress(QStringLiteral("db: storing 10,000 agreements of 100 duties"));
    if (const StoreSaveOutcome seeded =
            store.create(QStringLiteral("client-0"), AgreementGenerator::generate(ListedDuties));
        !seeded.saved())
        return failAll(seeded.message);
    {
        QSqlQuery copies(store.connection().db());
        copies.prepare(QStringLiteral(
            "INSERT INTO dutymap.agreement (name, version, content, summary, saved_by,"
            " saved_from, saved_at) SELECT 'client-' || g, 1, content, summary, saved_by,"
            " saved_from, saved_at FROM dutymap.agreement, generate_series(1, ?) AS g"
            " WHERE name = 'client-0'"));
        copies.addBindValue(ListedAgreements - 1);
        if (!copies.exec() || !copies.exec(QStringLiteral("VACUUM ANALYZE dutymap.agreement")))
            return failAll(DatabaseConnection::engineText(copies.lastError()));
    }
    list.runs = context.runs(duties, 5);
    TimeSamples listed;
    for (int i = 0; i < list.runs && list.error.isEmpty(); ++i) {
        BenchContext::progress(
            QStringLiteral("%1, run %2 of %3").arg(list.name).arg(i + 1).arg(list.runs));
        Stopwatch watch;
        watch.start();
        DatabasePortfolioSource source(address);
        const Result<QList<PortfolioEntry>> entries = source.list();
        listed.add(watch);
        if (!entries)
            list.error = entries.error();
        else if (entries->size() != ListedAgreements)
            list.error = QStringLiteral("listed %1 agreements").arg(entries->size());
    }
    BenchContext::setTimes(list, listed, {});

    // Push and pull of one large agreement against psql copying its row.
    const Agreement &large = context.agreement(duties);
    const QString uri = server.uri();
    const QString rowFile = context.scratchPath(QStringLiteral("db-row.tsv"));
    const QString pulledFile = context.scratchPath(QStringLiteral("db-pulled.tsv"));
    const QString stderrPath = context.scratchPath(QStringLiteral("psql.stderr"));
    const auto psql = [&](const QString &command) {
        return ChildProcess::run({QStringLiteral("psql"), QStringLiteral("-X"),
                                  QStringLiteral("-q"), QStringLiteral("-v"),
                                  QStringLiteral("ON_ERROR_STOP=1"), uri, QStringLiteral("-c"),
                                  command},
                                 {}, {}, stderrPath);
    };
    const QString columns =
        QStringLiteral("name, version, content, summary, saved_by, saved_from, saved_at");
    push.runs = pull.runs = context.runs(duties, 5);
    TimeSamples pushed, pushReference, pulled, pullReference;
    for (int i = 0; i < push.runs && push.error.isEmpty() && pull.error.isEmpty(); ++i) {
        BenchContext::progress(
            QStringLiteral("%1, run %2 of %3").arg(push.name).arg(i + 1).arg(push.runs));
        const QString name = QStringLiteral("large-%1").arg(i);
        // Like psql, each push and pull connects afresh, as dutymap-cli db
        // push and pull do; psql's figures include starting the program.
        Stopwatch watch;
        watch.start();
        StoreSaveOutcome saved;
        {
            AgreementStore pusher;
            if (const Status connected = pusher.connect(address); !connected)
                saved.message = connected.error();
            else
                saved = pusher.create(name, large);
        }
        pushed.add(watch);
        if (!saved.saved()) {
            push.error = saved.message;
            break;
        }
        // The reference row is the one just pushed, written to a file
        // (untimed) and copied back in under another name (timed).
        ChildProcess::Outcome copied =
            psql(QStringLiteral("\\copy (SELECT 'copy-%1', %2 FROM dutymap.agreement WHERE name = "
                                "'%3') TO '%4'")
                     .arg(i)
                     .arg(columns.section(u',', 1).trimmed(), name, rowFile));
        if (copied.ok())
            copied = psql(
                QStringLiteral("\\copy dutymap.agreement (%1) FROM '%2'").arg(columns, rowFile));
        if (!copied.ok()) {
            push.error = copied.error;
            break;
        }
        pushReference.add(copied.wallMs, copied.cpuMs);

        watch.start();
        Result<StoredAgreement> loaded =
            Result<StoredAgreement>::failure(QStringLiteral("not connected"));
        {
            AgreementStore puller;
            if (const Status connected = puller.connect(address); !connected)
                loaded = Result<StoredAgreement>::failure(connected.error());
            else
                loaded = puller.load(name);
        }
        pulled.add(watch);
        if (!loaded || loaded->agreement != large) {
            pull.error =
                loaded ? QStringLiteral("the agreement came back changed") : loaded.error();
            break;
        }
        copied = psql(QStringLiteral("\\copy (SELECT %1 FROM dutymap.agreement WHERE name = "
                                     "'%2') TO '%3'")
                          .arg(columns, name, pulledFile));
        if (!copied.ok()) {
            pull.error = copied.error;
            break;
        }
        pullReference.add(copied.wallMs, copied.cpuMs);
    }
    BenchContext::setTimes(push, pushed, pushReference);
    BenchContext::setTimes(pull, pulled, pullReference);
    return {list, push, pull};
}
