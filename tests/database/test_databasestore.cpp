#include "postgresserver.h"

#include "agreementgenerator.h"
#include "exchange/jsonformat.h"
#include "storage/database/agreementstore.h"
#include "storage/database/databaseportfoliosource.h"
#include "storage/database/databaseschema.h"
#include "templates/templatelibrary.h"
#include "testpaths.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// A running server with the store set up, or the test stops here.
struct Fixture {
    PostgresServer server;

    Fixture(bool initialise = true)
    {
        INFO(server.error().toStdString());
        REQUIRE(server.error().isEmpty());
        if (initialise) {
            DatabaseConnection connection;
            REQUIRE(connection.open(server.address()).ok());
            const Status done = DatabaseSchema::init(connection.db());
            INFO(done.error().toStdString());
            REQUIRE(done.ok());
        }
    }

    // A second database user, allowed to use the store as an account
    // team's members would be.
    void addUser(const QString &name)
    {
        for (const QString &sql :
             {QStringLiteral("CREATE ROLE %1 LOGIN").arg(name),
              QStringLiteral("GRANT USAGE ON SCHEMA dutymap TO %1").arg(name),
              QStringLiteral("GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA dutymap TO %1")
                  .arg(name)}) {
            const QString error = server.execute(sql);
            INFO(error.toStdString());
            REQUIRE(error.isEmpty());
        }
    }
};

void connectOrFail(AgreementStore &store, const DatabaseAddress &address)
{
    const Status connected = store.connect(address);
    INFO(connected.error().toStdString());
    REQUIRE(connected.ok());
}

Agreement fromTemplate(const QString &id)
{
    static const TemplateLibrary library = TemplateLibrary::load();
    const Result<Agreement> a = library.instantiate(
        id, {QStringLiteral("Northwind"), QStringLiteral("Contoso"), QDate(2026, 1, 1)});
    REQUIRE(a.ok());
    return *a;
}

// Writes a row as any database user could, bypassing Dutymap.
QString insertRow(const PostgresServer &server, const QString &name, const QByteArray &content)
{
    DatabaseConnection connection;
    if (const Status opened = connection.open(server.address()); !opened)
        return opened.error();
    QSqlQuery query(connection.db());
    query.prepare(
        QStringLiteral("INSERT INTO dutymap.agreement (name, version, content, saved_by, saved_at)"
                       " VALUES (?, 1, ?::jsonb, 'mallory', now())"));
    query.addBindValue(name);
    query.addBindValue(QString::fromUtf8(content));
    if (!query.exec())
        return DatabaseConnection::engineText(query.lastError());
    return {};
}

} // namespace

TEST_CASE("A PostgreSQL address is read as psql reads it", "[database]")
{
    const Result<DatabaseAddress> full = DatabaseAddress::parse(
        QStringLiteral("postgresql://alice:s%40cret@db.example.com:6432/msp%20team"
                       "?sslmode=require&connect_timeout=5"));
    REQUIRE(full.ok());
    CHECK(full->user == QLatin1String("alice"));
    CHECK(full->password == QLatin1String("s@cret"));
    CHECK(full->host == QLatin1String("db.example.com"));
    CHECK(full->port == 6432);
    CHECK(full->database == QLatin1String("msp team"));
    CHECK(full->sslMode == QLatin1String("require"));
    CHECK(full->options.size() == 1);
    // Shown and remembered without the password.
    CHECK(full->toUri()
          == QLatin1String("postgresql://alice@db.example.com:6432/msp%20team"
                           "?sslmode=require&connect_timeout=5"));
    CHECK(DatabaseAddress::parse(full->toUri())->host == full->host);

    const Result<DatabaseAddress> socket =
        DatabaseAddress::parse(QStringLiteral("postgresql://dutymap@/agreements?host=/run/pg"));
    REQUIRE(socket.ok());
    CHECK(socket->host == QLatin1String("/run/pg"));
    CHECK(socket->port == 0);
    CHECK(*DatabaseAddress::parse(socket->toUri()) == *socket);
    const Result<DatabaseAddress> encoded =
        DatabaseAddress::parse(QStringLiteral("postgres://%2Fvar%2Frun%2Fpostgresql/msp"));
    REQUIRE(encoded.ok());
    CHECK(encoded->host == QLatin1String("/var/run/postgresql"));
    const Result<DatabaseAddress> ipv6 =
        DatabaseAddress::parse(QStringLiteral("postgresql://[::1]:5433/msp"));
    REQUIRE(ipv6.ok());
    CHECK(ipv6->host == QLatin1String("::1"));
    CHECK(ipv6->port == 5433);

    const auto refused = [](const char *uri, const char *words) {
        const Result<DatabaseAddress> a = DatabaseAddress::parse(QString::fromUtf8(uri));
        INFO(uri);
        REQUIRE_FALSE(a.ok());
        INFO(a.error().toStdString());
        CHECK(a.error().contains(QString::fromUtf8(words)));
        // A password never appears in a message.
        CHECK_FALSE(a.error().contains(QLatin1String("hunter2")));
    };
    refused("mysql://root@db/msp", "must start with postgresql://");
    refused("postgresql://u:hunter2@db:99999/msp", "not a port number");
    refused("postgresql://u:hunter2@db/msp?sslmode=sometimes", "sslmode");
    refused("postgresql://a,b/msp", "several hosts");
    refused("postgresql://db/msp?options=-c%3Bx&password=hunter2", "contains a “;”");
}

TEST_CASE("Every template and a 10,000-duty agreement come back from the database unchanged",
          "[database]")
{
    Fixture f;
    AgreementStore store;
    connectOrFail(store, f.server.address());
    QList<std::pair<QString, Agreement>> agreements;
    for (const QString &id : TemplateLibrary::builtInModelIds())
        agreements.append({id, fromTemplate(id)});
    agreements.append({QStringLiteral("large"), AgreementGenerator::generate(10'000)});
    for (const auto &[name, agreement] : agreements) {
        const StoreSaveOutcome created = store.create(name, agreement);
        INFO(created.message.toStdString());
        REQUIRE(created.saved());
        CHECK(created.stored.version == 1);
        const Result<StoredAgreement> back = store.load(name);
        INFO(back.error().toStdString());
        REQUIRE(back.ok());
        CHECK(back->agreement == agreement);
        CHECK(back->info.version == 1);
        CHECK(back->info.savedBy == QLatin1String("dutymap"));
    }
    const Result<QList<StoredAgreementInfo>> listed = store.list();
    REQUIRE(listed.ok());
    CHECK(listed->size() == agreements.size());

    // The portfolio lists them from the stored summaries.
    DatabasePortfolioSource source(f.server.address());
    const Result<QList<PortfolioEntry>> entries = source.list();
    REQUIRE(entries.ok());
    REQUIRE(entries->size() == agreements.size());
    for (const PortfolioEntry &entry : *entries) {
        INFO(entry.location.toStdString() << ": " << entry.error.toStdString());
        REQUIRE(entry.summary.has_value());
        const auto it = std::find_if(agreements.cbegin(), agreements.cend(),
                                     [&](const auto &p) { return p.first == entry.location; });
        REQUIRE(it != agreements.cend());
        CHECK(*entry.summary == PortfolioSummary::of(it->second));
        CHECK(entry.savedBy == QLatin1String("dutymap"));
        CHECK(entry.savedAt.isValid());
    }
    const Result<Agreement> opened = source.open(QStringLiteral("large"));
    REQUIRE(opened.ok());
    CHECK(opened->duties.size() == 10'000);
    CHECK_FALSE(source.name().contains(QLatin1String("password")));
}

TEST_CASE("Rows written by others are refused as the JSON reader refuses them", "[database]")
{
    Fixture f;
    AgreementStore store;
    connectOrFail(store, f.server.address());
    const QString where = f.server.address().displayName();

    // The corpus of hostile JSON agreements: bad RACI text, dangling
    // references, wrong types, ids out of range, a newer format…
    const QDir bad(QStringLiteral(DUTYMAP_TEST_DATA_DIR "/bad/json"));
    const QStringList files = bad.entryList({QStringLiteral("*.json")}, QDir::Files);
    REQUIRE(files.size() >= 15);
    int stored = 0;
    for (const QString &file : files) {
        QFile in(bad.filePath(file));
        REQUIRE(in.open(QIODevice::ReadOnly));
        const QByteArray bytes = in.readAll();
        const QString name = QFileInfo(file).completeBaseName();
        const QString inserted = insertRow(f.server, name, bytes);
        INFO(file.toStdString() << ": " << inserted.toStdString());
        if (!inserted.isEmpty()) {
            // Not JSON as PostgreSQL reads it (empty, truncated, a raw
            // control character): the column refuses it at the door, and
            // the JSON reader refuses it too.
            CHECK_FALSE(JsonFormat::fromJson(bytes, name).ok());
            continue;
        }
        ++stored;
        const Result<StoredAgreement> loaded = store.load(name);
        REQUIRE_FALSE(loaded.ok());
        const Result<Agreement> fromFile =
            JsonFormat::fromJson(bytes, QStringLiteral("%1 in %2").arg(name, where));
        REQUIRE_FALSE(fromFile.ok());
        CHECK(loaded.error() == fromFile.error());
    }
    CHECK(stored >= 15);

    // A text of more than a million characters, as the file reader refuses.
    QJsonObject huge = JsonFormat::toJson(fromTemplate(QStringLiteral("helpdesk-overflow")));
    QJsonObject details = huge.value(QLatin1String("details")).toObject();
    details.insert(QStringLiteral("title"), QString(1'000'001, u'x'));
    huge.insert(QStringLiteral("details"), details);
    REQUIRE(insertRow(f.server, QStringLiteral("huge"), QJsonDocument(huge).toJson()).isEmpty());
    const Result<StoredAgreement> hugeLoaded = store.load(QStringLiteral("huge"));
    REQUIRE_FALSE(hugeLoaded.ok());
    CHECK(hugeLoaded.error().contains(QLatin1String("details.title")));
    CHECK(hugeLoaded.error().contains(QLatin1String("longer than 1000000 characters")));

    // A hostile portfolio summary is an entry with an error, never a crash.
    REQUIRE(f.server
                .execute(QStringLiteral("UPDATE dutymap.agreement SET summary = "
                                        "'{\"version\": 1, \"errors\": \"many\"}' WHERE name = "
                                        "'huge'"))
                .isEmpty());
    const Result<QList<PortfolioEntry>> entries = store.portfolio();
    REQUIRE(entries.ok());
    const auto huged =
        std::find_if(entries->cbegin(), entries->cend(),
                     [](const PortfolioEntry &e) { return e.location == QLatin1String("huge"); });
    REQUIRE(huged != entries->cend());
    CHECK_FALSE(huged->summary.has_value());
    INFO(huged->error.toStdString());
    CHECK(huged->error.contains(QStringLiteral("The portfolio summary of “huge” cannot be read")));
    // The rows written without a summary say so.
    for (const PortfolioEntry &entry : *entries)
        CHECK((entry.summary.has_value() || !entry.error.isEmpty()));
}

TEST_CASE("A save over another version is refused, naming who saved and when", "[database]")
{
    Fixture f;
    f.addUser(QStringLiteral("alice"));
    f.addUser(QStringLiteral("bob"));
    AgreementStore alice;
    alice.setClientName(QStringLiteral("alice on laptop-7"));
    connectOrFail(alice, f.server.address(QStringLiteral("alice")));
    AgreementStore bob;
    bob.setClientName(QStringLiteral("bob on desk-2"));
    connectOrFail(bob, f.server.address(QStringLiteral("bob")));

    const QString name = QStringLiteral("Contoso");
    Agreement a = fromTemplate(QStringLiteral("full-hybrid"));
    REQUIRE(alice.create(name, a).saved());
    // A second create under the same name is refused, naming the first.
    const StoreSaveOutcome twice = bob.create(name, a);
    CHECK(twice.kind == StoreSaveOutcome::Kind::Conflict);
    CHECK(twice.message.contains(QStringLiteral("already an agreement named “Contoso”")));
    CHECK(twice.message.contains(QLatin1String("alice (alice on laptop-7)")));

    // Both open version 1; Bob saves first, then Alice's save is refused.
    Result<StoredAgreement> aliceCopy = alice.load(name);
    Result<StoredAgreement> bobCopy = bob.load(name);
    REQUIRE(aliceCopy.ok());
    REQUIRE(bobCopy.ok());
    bobCopy.value().agreement.details.notes = QStringLiteral("Bob's notes");
    const StoreSaveOutcome bobSaved = bob.save(name, bobCopy->agreement, bobCopy->info.version);
    REQUIRE(bobSaved.saved());
    CHECK(bobSaved.stored.version == 2);
    aliceCopy.value().agreement.details.notes = QStringLiteral("Alice's notes");
    const StoreSaveOutcome refused =
        alice.save(name, aliceCopy->agreement, aliceCopy->info.version);
    CHECK(refused.kind == StoreSaveOutcome::Kind::Conflict);
    CHECK(refused.stored.version == 2);
    CHECK(refused.stored.savedBy == QLatin1String("bob"));
    INFO(refused.message.toStdString());
    CHECK(refused.message.contains(QLatin1String("saved by bob (bob on desk-2) at ")));
    CHECK(refused.message.contains(
        bobSaved.stored.savedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    CHECK(refused.message.contains(QLatin1String("version 2; you opened version 1")));

    // The database holds Bob's save; the audit has both saves.
    const Result<StoredAgreement> now = alice.load(name);
    REQUIRE(now.ok());
    CHECK(now->agreement.details.notes == QLatin1String("Bob's notes"));
    QSqlQuery audit(alice.connection().db());
    REQUIRE(audit.exec(QStringLiteral("SELECT version, based_on, saved_by, saved_from FROM "
                                      "dutymap.audit ORDER BY id")));
    REQUIRE(audit.next());
    CHECK(audit.value(0).toInt() == 1);
    CHECK(audit.value(1).isNull());
    CHECK(audit.value(2).toString() == QLatin1String("alice"));
    REQUIRE(audit.next());
    CHECK(audit.value(0).toInt() == 2);
    CHECK(audit.value(1).toInt() == 1);
    CHECK(audit.value(2).toString() == QLatin1String("bob"));
    CHECK(audit.value(3).toString() == QLatin1String("bob on desk-2"));
    CHECK_FALSE(audit.next());
}

TEST_CASE("The store is set up, upgraded step by step, and a newer one is refused", "[database]")
{
    Fixture f(false);
    DatabaseConnection connection;
    REQUIRE(connection.open(f.server.address()).ok());
    CHECK(*DatabaseSchema::versionOf(connection.db()) == 0);
    CHECK(DatabaseSchema::check(connection.db()).error().contains(QLatin1String("db init")));

    // A store of version 1 has agreements but no summaries.
    REQUIRE(DatabaseSchema::init(connection.db(), 1).ok());
    CHECK(*DatabaseSchema::versionOf(connection.db()) == 1);
    AgreementStore store;
    const Status old = store.connect(f.server.address());
    CHECK(old.error().contains(QLatin1String("version 1")));
    CHECK(old.error().contains(QLatin1String("upgrade")));
    const Agreement a = fromTemplate(QStringLiteral("security-tools"));
    REQUIRE(insertRow(f.server, QStringLiteral("Fabrikam"),
                      QJsonDocument(JsonFormat::toJson(a)).toJson())
                .isEmpty());
    REQUIRE(insertRow(f.server, QStringLiteral("Broken"),
                      "{\"format\": \"dutymap-agreement\", \"parties\": [{\"id\": \"one\"}]}")
                .isEmpty());

    REQUIRE(DatabaseSchema::init(connection.db()).ok());
    CHECK(*DatabaseSchema::versionOf(connection.db()) == DatabaseSchema::Version);
    // Running it again changes nothing.
    REQUIRE(DatabaseSchema::init(connection.db()).ok());
    connectOrFail(store, f.server.address());
    const Result<QList<PortfolioEntry>> entries = store.portfolio();
    REQUIRE(entries.ok());
    REQUIRE(entries->size() == 2);
    CHECK(entries->at(0).location == QLatin1String("Broken"));
    CHECK_FALSE(entries->at(0).summary.has_value());
    CHECK(entries->at(0).error.contains(
        QLatin1String("could not be read when the store was upgraded")));
    REQUIRE(entries->at(1).summary.has_value());
    CHECK(*entries->at(1).summary == PortfolioSummary::of(a));

    // A store from a newer Dutymap is refused, by init and by connect.
    REQUIRE(f.server
                .execute(QStringLiteral(
                    "UPDATE dutymap.meta SET value = '99' WHERE key = 'schema_version'"))
                .isEmpty());
    CHECK(DatabaseSchema::init(connection.db()).error().contains(QLatin1String("newer Dutymap")));
    AgreementStore later;
    CHECK(later.connect(f.server.address()).error().contains(QLatin1String("newer Dutymap")));
}

namespace {
PostgresServer *s_stopping = nullptr;
}

TEST_CASE("When the server goes away in the middle of a save, the old agreement stays",
          "[database]")
{
    Fixture f;
    const QString name = QStringLiteral("Northwind");
    Agreement before = AgreementGenerator::generate(500);
    {
        AgreementStore store;
        connectOrFail(store, f.server.address());
        REQUIRE(store.create(name, before).saved());
    }
    AgreementStore store;
    connectOrFail(store, f.server.address());
    Result<StoredAgreement> opened = store.load(name);
    REQUIRE(opened.ok());
    Agreement edited = opened.value().agreement;
    edited.details.title = QStringLiteral("Edited while the server died");
    edited.duties.removeLast();

    s_stopping = &f.server;
    AgreementStore::setSaveObserver([](AgreementStore::SaveStage) { s_stopping->stop(); });
    const StoreSaveOutcome outcome = store.save(name, edited, opened->info.version);
    AgreementStore::setSaveObserver(nullptr);
    CHECK(outcome.kind == StoreSaveOutcome::Kind::Failed);
    INFO(outcome.message.toStdString());
    CHECK(outcome.message.startsWith(QStringLiteral("Cannot save “Northwind”")));
    // The caller still has its edits.
    CHECK(edited.details.title == QLatin1String("Edited while the server died"));

    REQUIRE(f.server.start());
    AgreementStore after;
    connectOrFail(after, f.server.address());
    const Result<StoredAgreement> stored = after.load(name);
    REQUIRE(stored.ok());
    CHECK(stored->agreement == before);
    CHECK(stored->info.version == 1);
    QSqlQuery audit(after.connection().db());
    REQUIRE(audit.exec(QStringLiteral("SELECT count(*) FROM dutymap.audit")));
    REQUIRE(audit.next());
    CHECK(audit.value(0).toInt() == 1);
    // The edits can be saved once the server is back.
    CHECK(after.save(name, edited, stored->info.version).saved());
}
