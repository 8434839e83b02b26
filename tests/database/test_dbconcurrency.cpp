#include "postgresserver.h"

#include "storage/database/agreementstore.h"
#include "storage/database/databaseschema.h"
#include "templates/templatelibrary.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QSqlQuery>

#include <mutex>
#include <thread>

namespace {

struct Save {
    QString name;
    int version = 0;
    QString client;
    Agreement agreement;
};

struct WriterLog {
    QList<Save> saved; // the last one keeps its agreement
    QStringList refusals;
    QStringList failures;
    int conflicts = 0;
};

constexpr int SharedWriters = 8;
constexpr int OwnWriters = 8;
constexpr qint64 RunMs = 30'000;

} // namespace

TEST_CASE("Sixteen writers for 30 seconds: no lost update, every refusal told why",
          "[database][concurrency]")
{
    PostgresServer server;
    INFO(server.error().toStdString());
    REQUIRE(server.error().isEmpty());
    const TemplateLibrary library = TemplateLibrary::load();
    const Result<Agreement> start = library.instantiate(
        QStringLiteral("helpdesk-overflow"),
        {QStringLiteral("Northwind"), QStringLiteral("Contoso"), QDate(2026, 1, 1)});
    REQUIRE(start.ok());
    const QString shared = QStringLiteral("shared");
    {
        DatabaseConnection connection;
        REQUIRE(connection.open(server.address()).ok());
        REQUIRE(DatabaseSchema::init(connection.db()).ok());
        AgreementStore store;
        store.setClientName(QStringLiteral("set-up"));
        REQUIRE(store.connect(server.address()).ok());
        REQUIRE(store.create(shared, *start).saved());
        for (int i = 0; i < OwnWriters; ++i)
            REQUIRE(store.create(QStringLiteral("own-%1").arg(i), *start).saved());
    }

    QList<WriterLog> logs(SharedWriters + OwnWriters);
    std::vector<std::thread> threads;
    QElapsedTimer clock;
    clock.start();
    for (int w = 0; w < SharedWriters + OwnWriters; ++w) {
        threads.emplace_back([&, w] {
            WriterLog &log = logs[w];
            const QString name =
                w < SharedWriters ? shared : QStringLiteral("own-%1").arg(w - SharedWriters);
            const QString client = QStringLiteral("writer %1").arg(w);
            AgreementStore store;
            store.setClientName(client);
            if (const Status connected = store.connect(server.address()); !connected) {
                log.failures.append(connected.error());
                return;
            }
            for (int k = 0; clock.elapsed() < RunMs; ++k) {
                Result<StoredAgreement> opened = store.load(name);
                if (!opened) {
                    log.failures.append(opened.error());
                    return;
                }
                Agreement &a = opened.value().agreement;
                // Title, notes and a duty change together: a mix of two
                // saves would show as a mismatch.
                const QString mark = QStringLiteral("%1, save %2").arg(client).arg(k);
                a.details.title = mark;
                a.details.notes = mark;
                a.duties.first().title = mark;
                const StoreSaveOutcome outcome = store.save(name, a, opened->info.version);
                switch (outcome.kind) {
                case StoreSaveOutcome::Kind::Saved:
                    if (!log.saved.isEmpty())
                        log.saved.last().agreement = Agreement();
                    log.saved.append({name, outcome.stored.version, client, a});
                    break;
                case StoreSaveOutcome::Kind::Conflict:
                    ++log.conflicts;
                    log.refusals.append(outcome.message);
                    break;
                case StoreSaveOutcome::Kind::Failed:
                    log.failures.append(outcome.message);
                    return;
                }
            }
        });
    }
    for (std::thread &t : threads)
        t.join();

    AgreementStore check;
    REQUIRE(check.connect(server.address()).ok());
    QHash<QString, QList<std::pair<int, QString>>> savedBy; // name: (version, client)
    QHash<QString, const Save *> last;
    int saves = 0;
    int refusals = 0;
    for (const WriterLog &log : logs) {
        INFO(log.failures.join(QLatin1Char('\n')).toStdString());
        CHECK(log.failures.isEmpty());
        for (const QString &why : log.refusals) {
            // Told why: who saved in between, and which versions.
            CHECK(why.contains(QLatin1String("was saved by dutymap (writer ")));
            CHECK(why.contains(QLatin1String("you opened version")));
        }
        refusals += log.refusals.size();
        for (const Save &s : log.saved) {
            ++saves;
            savedBy[s.name].append({s.version, s.client});
        }
        if (!log.saved.isEmpty()) {
            const Save &s = log.saved.last();
            if (!last.contains(s.name) || last.value(s.name)->version < s.version)
                last.insert(s.name, &s);
        }
    }
    // Enough happened to mean something, and the shared one saw refusals.
    CHECK(saves > 100);
    CHECK(refusals > 10);
    CHECK(savedBy.size() == 1 + OwnWriters);

    for (auto it = savedBy.begin(); it != savedBy.end(); ++it) {
        QList<std::pair<int, QString>> audited;
        QSqlQuery query(check.connection().db());
        query.prepare(QStringLiteral("SELECT version, based_on, saved_from FROM dutymap.audit"
                                     " WHERE agreement_name = ? AND version > 1 ORDER BY version"));
        query.addBindValue(it.key());
        REQUIRE(query.exec());
        while (query.next()) {
            // Each save started from the version before it.
            CHECK(query.value(1).toInt() == query.value(0).toInt() - 1);
            audited.append({query.value(0).toInt(), query.value(2).toString()});
        }
        std::sort(it->begin(), it->end());
        // Every successful save is in the audit, and nothing else is.
        CHECK(audited == *it);

        // The content is the last successful save's, whole.
        const Result<StoredAgreement> stored = check.load(it.key());
        REQUIRE(stored.ok());
        REQUIRE(last.contains(it.key()));
        CHECK(stored->info.version == last.value(it.key())->version);
        CHECK(stored->agreement == last.value(it.key())->agreement);
    }
}
