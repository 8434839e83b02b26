#include <catch2/catch.hpp>

#include "model/duration.h"
#include "storage/agreementfile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <csignal>
#include <sys/resource.h>

namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch

namespace {

Raci roles(const char *text)
{
    // value() throws on a bad spelling, which Catch reports as a failure.
    return Raci::parse(QString::fromLatin1(text)).value();
}

// An agreement with a non-default value in every field, ids not in list
// order, so a round trip that drops or reorders anything shows.
Agreement fullAgreement()
{
    Agreement a;
    AgreementDetails &d = a.details;
    d.title = QStringLiteral("Co-managed IT agreement — Acme “North”");
    d.client = QStringLiteral("Acme Manufacturing Ltd");
    d.provider = QStringLiteral("Bright MSP");
    d.modelId = QStringLiteral("security-tools");
    d.effectiveDate = QDate(2025, 3, 17);
    d.reviewMonths = 3;
    d.nextReview = QDate(2025, 7, 1);
    d.status = AgreementDetails::Status::InReview;
    d.revision = 7;
    d.ticketCategories = {{QStringLiteral("Password"), 20},
                          {QStringLiteral("Hardware"), 0},
                          {QStringLiteral("Line of business app"), 31}};
    d.locations = {QStringLiteral("HQ"), QStringLiteral("Plant 2")};
    d.notes = QStringLiteral("Line one\nLine two with 'quotes' and \"double\"; DROP TABLE duty;");

    a.parties = {
        Party{40, QStringLiteral("Internal IT"), QStringLiteral("IT"), Party::Kind::Internal,
              QStringLiteral("#0a5ac8")},
        Party{12, QStringLiteral("Bright MSP"), QStringLiteral("MSP"), Party::Kind::Provider,
              QStringLiteral("#f07800")},
        Party{55, QStringLiteral("Leadership"), QStringLiteral("CEO"), Party::Kind::Leadership,
              QStringLiteral("#000000")},
        Party{3, QStringLiteral("End users"), QStringLiteral("EU"), Party::Kind::EndUsers,
              QString()},
        Party{77, QStringLiteral("Firewall vendor"), QStringLiteral("VND"), Party::Kind::Vendor,
              QStringLiteral("#010203")},
        Party{78, QStringLiteral("Auditor"), QStringLiteral("AUD"), Party::Kind::Other,
              QStringLiteral("#c8c8c8")},
    };
    a.areas = {
        Area{20, QStringLiteral("help-desk"), QStringLiteral("Help desk")},
        Area{2, QStringLiteral("security-ops"), QStringLiteral("Security operations")},
        Area{31, QString(), QStringLiteral("Our own area")},
    };
    a.systems = {
        System{60, QStringLiteral("m365"), QStringLiteral("Microsoft 365 tenant"),
               QStringLiteral("cloud service"), System::Criticality::Critical},
        System{8, QStringLiteral("firewall"), QStringLiteral("Firewall"), QStringLiteral("network"),
               System::Criticality::High},
        System{61, QString(), QStringLiteral("Old ERP"), QString(), System::Criticality::Low},
    };

    Tool rmm;
    rmm.id = 90;
    rmm.key = QStringLiteral("rmm");
    rmm.name = QStringLiteral("RMM");
    rmm.category = QStringLiteral("monitoring");
    rmm.ownerId = 12;
    rmm.access.insert(40, ToolAccess{ToolAccess::Level::Read, QStringLiteral("Viewer"),
                                     QStringLiteral("CIO"), true, QDate(2026, 1, 31)});
    rmm.access.insert(12, ToolAccess{ToolAccess::Level::Admin, QStringLiteral("Global admin"),
                                     QStringLiteral("IT manager"), true, QDate()});
    rmm.access.insert(77, ToolAccess{ToolAccess::Level::None, QStringLiteral("(revoked)"),
                                     QString(), false, QDate(2024, 12, 31)});
    Tool ticketing;
    ticketing.id = 9;
    ticketing.name = QStringLiteral("Ticketing");
    ticketing.category = QStringLiteral("ticketing");
    ticketing.access.insert(3, ToolAccess{ToolAccess::Level::Operate, QStringLiteral("Requester"),
                                          QStringLiteral("HR"), false, QDate()});
    a.tools = {rmm, ticketing};

    Duty reset;
    reset.id = 100;
    reset.key = QStringLiteral("password-reset");
    reset.areaId = 20;
    reset.systemId = 60;
    reset.title = QStringLiteral("Password resets");
    reset.description = QStringLiteral("Reset passwords after identity check.");
    reset.kind = Duty::Kind::Task;
    reset.frequency = QStringLiteral("per request");
    reset.controls = {QStringLiteral("NIST CSF PR.AA-01"), QStringLiteral("CIS 5.3")};
    reset.notes = QStringLiteral("VIPs go to internal IT.");
    reset.toolIds = {9, 90};
    reset.setRoles(12, roles("R"));
    reset.setRoles(40, roles("A"));
    reset.setRoles(3, roles("I"));

    Duty policy;
    policy.id = 4;
    policy.areaId = 2;
    policy.title = QStringLiteral("Approve security policy");
    policy.kind = Duty::Kind::Approval;
    policy.frequency = QStringLiteral("yearly");
    policy.controls = {QStringLiteral("NIST CSF GV.PO-01")};
    policy.setRoles(40, roles("A/R"));
    policy.setRoles(12, roles("C"));
    policy.setRoles(55, roles("C/I"));

    Duty patch;
    patch.id = 101;
    patch.areaId = 2;
    patch.systemId = 8;
    patch.title = QStringLiteral("Firewall firmware upgrade");
    patch.kind = Duty::Kind::Project;
    patch.toolIds = {90, 90};
    patch.setRoles(77, roles("R/C/I"));
    patch.setRoles(12, roles("A/R/C/I"));

    Duty review;
    review.id = 5;
    review.areaId = 31;
    review.title = QStringLiteral("Alert triage");
    review.kind = Duty::Kind::Security;
    review.setRoles(78, roles("I"));
    a.duties = {reset, policy, patch, review};

    EscalationRule vip;
    vip.id = 200;
    vip.name = QStringLiteral("VIP after hours");
    vip.category = QStringLiteral("Hardware");
    vip.minUrgency = EscalationRule::Urgency::High;
    vip.location = QStringLiteral("HQ");
    vip.vip = EscalationRule::Match::Yes;
    vip.afterHours = EscalationRule::Match::No;
    vip.firstResponderId = 12;
    vip.escalateToId = 40;
    vip.trigger = EscalationRule::Trigger::Unresolved;
    vip.escalateAfterMinutes = 45;
    vip.responseMinutes = {240, 120, 30, 15};
    vip.resolutionMinutes = {2880, 1440, 480, 240};
    vip.afterHoursHandlerId = 55;
    EscalationRule catchAll;
    catchAll.id = 7;
    catchAll.name = QStringLiteral("Everything else");
    catchAll.vip = EscalationRule::Match::Any;
    catchAll.afterHours = EscalationRule::Match::Yes;
    catchAll.firstResponderId = 12;
    catchAll.trigger = EscalationRule::Trigger::NeedsBusinessContext;
    catchAll.responseMinutes = {1, 2, 3, 4};
    catchAll.resolutionMinutes = {5, 6, 7, 8};
    a.rules = {vip, catchAll};

    d.signatories = {
        Signatory{QStringLiteral("Dana Chief"), QStringLiteral("CFO"), 55, {}, {}},
        Signatory{QStringLiteral("Sam Seller"), QStringLiteral("Account manager"), 12, {}, {}},
        Signatory{QStringLiteral("Witness"), QStringLiteral("Notary"), 0, {}, {}},
    };

    Assessment &s = a.assessment;
    s.set(QStringLiteral("users"), 320);
    s.set(QStringLiteral("devices"), 410);
    s.set(QStringLiteral("locations"), 4);
    s.set(QStringLiteral("itStaff"), 2);
    s.set(QStringLiteral("monthlyTickets"), 900);
    s.set(QStringLiteral("afterHoursCoverage"), true);
    s.set(QStringLiteral("securityStaff"), true);
    s.set(QStringLiteral("projectBacklog"), 6);
    s.set(QStringLiteral("complianceNeeds"),
          QStringList{QStringLiteral("HIPAA"), QStringLiteral("cyber insurance")});
    s.set(QStringLiteral("notes"), QStringLiteral("Gathered in the kick-off workshop."));

    a.nextId = 500;
    return a;
}

// A generated agreement of the size large clients reach.
Agreement largeAgreement(int dutyCount)
{
    Agreement a = fullAgreement();
    a.duties.clear();
    for (int i = 0; i < dutyCount; ++i) {
        Duty d;
        d.id = 1000 + i;
        d.key = QStringLiteral("duty-%1").arg(i);
        d.areaId = a.areas.at(i % a.areas.size()).id;
        d.systemId = i % 4 == 0 ? 0 : a.systems.at(i % a.systems.size()).id;
        d.title = QStringLiteral("Duty number %1").arg(i);
        d.description = QStringLiteral("What duty %1 involves, in a sentence or two.").arg(i);
        d.kind = static_cast<Duty::Kind>(i % 4);
        d.frequency = QStringLiteral("monthly");
        d.controls = {QStringLiteral("CIS %1.%2").arg(i % 18).arg(i % 7)};
        d.toolIds = {a.tools.at(i % a.tools.size()).id};
        d.setRoles(40, i % 2 ? roles("A") : roles("A/R"));
        d.setRoles(12, i % 3 ? roles("R") : roles("C"));
        d.setRoles(55, roles("I"));
        a.duties.append(d);
    }
    a.nextId = a.computeNextId();
    return a;
}

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

// Files the saver left beside its targets.
QStringList leftovers(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral(".*.tmp")},
                                  QDir::Files | QDir::Hidden | QDir::System);
}

// Changes a file behind Dutymap's back, as a hostile sender or another
// program would, with plain SQL.
void tamper(const QString &path, const QStringList &statements)
{
    static int counter = 0;
    const QString name = QStringLiteral("tamper-%1").arg(++counter);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            INFO(sql.toStdString());
            INFO(q.lastError().text().toStdString());
            REQUIRE(q.exec(sql));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// The first column of the first row of one query.
QVariant queryValue(const QString &path, const QString &sql)
{
    static int counter = 0;
    const QString name = QStringLiteral("inspect-%1").arg(++counter);
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(db.open());
        {
            QSqlQuery q(db);
            INFO(sql.toStdString());
            REQUIRE(q.exec(sql));
            if (q.next())
                value = q.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

std::string loadError(const QString &path)
{
    const Result<Agreement> r = AgreementFile::load(path);
    REQUIRE_FALSE(r.ok());
    return r.error().toStdString();
}

void requireSame(const Agreement &loaded, const Agreement &expected)
{
    CHECK(loaded.details == expected.details);
    CHECK(loaded.parties == expected.parties);
    CHECK(loaded.areas == expected.areas);
    CHECK(loaded.systems == expected.systems);
    CHECK(loaded.tools == expected.tools);
    CHECK(loaded.duties == expected.duties);
    CHECK(loaded.rules == expected.rules);
    CHECK(loaded.assessment == expected.assessment);
    CHECK(loaded.nextId == expected.nextId);
    REQUIRE(loaded == expected);
}

// A saved copy of fullAgreement() to tamper with.
QString savedFile(const QTemporaryDir &dir, const QString &name = QStringLiteral("x.dutymap"))
{
    const QString path = dir.filePath(name);
    const Status s = AgreementFile::save(fullAgreement(), path);
    INFO(s.error().toStdString());
    REQUIRE(s.ok());
    return path;
}

} // namespace

TEST_CASE("A full agreement survives save and load unchanged", "[storage]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const Agreement a = fullAgreement();
    const QString path = dir.filePath(QStringLiteral("full.dutymap"));

    const Status saved = AgreementFile::save(a, path);
    INFO(saved.error().toStdString());
    REQUIRE(saved.ok());
    const Result<Agreement> loaded = AgreementFile::load(path);
    INFO(loaded.error().toStdString());
    REQUIRE(loaded.ok());
    requireSame(*loaded, a);

    SECTION("ids and list order are kept, not sorted by id")
    {
        QList<int> ids;
        for (const Duty &d : loaded->duties)
            ids.append(d.id);
        CHECK(ids == QList<int>{100, 4, 101, 5});
        CHECK(loaded->parties.first().id == 40);
        CHECK(loaded->rules.first().id == 200);
        CHECK(loaded->duties.at(2).toolIds == QList<int>{90, 90});
    }
    SECTION("saving the loaded agreement again gives the same agreement")
    {
        const QString again = dir.filePath(QStringLiteral("again.dutymap"));
        REQUIRE(AgreementFile::save(*loaded, again).ok());
        const Result<Agreement> reloaded = AgreementFile::load(again);
        REQUIRE(reloaded.ok());
        requireSame(*reloaded, a);
    }
}

TEST_CASE("An empty agreement round-trips with its defaults", "[storage]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("empty.dutymap"));
    const Agreement a;
    const Status saved = AgreementFile::save(a, path);
    INFO(saved.error().toStdString());
    REQUIRE(saved.ok());
    const Result<Agreement> loaded = AgreementFile::load(path);
    INFO(loaded.error().toStdString());
    REQUIRE(loaded.ok());
    requireSame(*loaded, a);
}

TEST_CASE("A saved file is a sound SQLite database marked as Dutymap's", "[storage]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = savedFile(dir);

    CHECK(queryValue(path, QStringLiteral("PRAGMA integrity_check")).toString()
          == QStringLiteral("ok"));
    CHECK(queryValue(path, QStringLiteral("PRAGMA application_id")).toInt()
          == AgreementFile::ApplicationId);
    CHECK(queryValue(path, QStringLiteral("PRAGMA user_version")).toInt()
          == AgreementFile::SchemaVersion);
    // No row breaks a foreign key: the pragma returns no row when all hold.
    CHECK_FALSE(queryValue(path, QStringLiteral("PRAGMA foreign_key_check")).isValid());
    CHECK(queryValue(path,
                     QStringLiteral("SELECT roles FROM raci WHERE duty_id = 4 AND party_id = 40"))
              .toString()
          == QStringLiteral("A/R"));
    CHECK(queryValue(path, QStringLiteral("SELECT kind FROM party WHERE id = 3")).toString()
          == QStringLiteral("end-users"));
    CHECK(queryValue(path, QStringLiteral("SELECT value FROM meta WHERE key = 'effective_date'"))
              .toString()
          == QStringLiteral("2025-03-17"));
    // A finished save leaves neither a journal nor a temporary file behind.
    CHECK(leftovers(dir.path()).isEmpty());
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-journal")));
}

TEST_CASE("A large agreement round-trips", "[storage]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const Agreement a = largeAgreement(5000);
    const QString path = dir.filePath(QStringLiteral("large.dutymap"));

    QElapsedTimer timer;
    timer.start();
    const Status saved = AgreementFile::save(a, path);
    const qint64 saveMs = timer.restart();
    INFO(saved.error().toStdString());
    REQUIRE(saved.ok());
    const Result<Agreement> loaded = AgreementFile::load(path);
    const qint64 loadMs = timer.elapsed();
    INFO(loaded.error().toStdString());
    REQUIRE(loaded.ok());
    requireSame(*loaded, a);
    // Generous bounds, for sanitizer builds too: 5,000 duties take well
    // under a second each way in a release build.
    CHECK(saveMs < 10000);
    CHECK(loadMs < 10000);
}

TEST_CASE("Saving and loading 100,000 duties is fast", "[storage][.slow]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const Agreement a = largeAgreement(100000);
    const QString path = dir.filePath(QStringLiteral("huge.dutymap"));
    QElapsedTimer timer;
    timer.start();
    REQUIRE(AgreementFile::save(a, path).ok());
    const qint64 saveMs = timer.restart();
    const Result<Agreement> loaded = AgreementFile::load(path);
    const qint64 loadMs = timer.elapsed();
    REQUIRE(loaded.ok());
    REQUIRE(*loaded == a);
    WARN("save " << saveMs << " ms, load " << loadMs << " ms, " << QFileInfo(path).size() / 1024
                 << " KiB");
    CHECK(saveMs < 5000);
    CHECK(loadMs < 5000);
}

TEST_CASE("Saving over an existing file replaces it completely", "[storage]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = savedFile(dir);
    Agreement smaller = fullAgreement();
    smaller.duties.removeLast();
    smaller.details.title = QStringLiteral("Second version");
    REQUIRE(AgreementFile::save(smaller, path).ok());
    const Result<Agreement> loaded = AgreementFile::load(path);
    REQUIRE(loaded.ok());
    requireSame(*loaded, smaller);
    CHECK(leftovers(dir.path()).isEmpty());
}

TEST_CASE("Saving through a link replaces the file it points to", "[storage]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString real = savedFile(dir, QStringLiteral("real.dutymap"));
    const QString link = dir.filePath(QStringLiteral("link.dutymap"));
    REQUIRE(QFile::link(real, link));
    Agreement changed = fullAgreement();
    changed.details.revision = 8;
    REQUIRE(AgreementFile::save(changed, link).ok());
    CHECK(QFileInfo(link).isSymLink());
    const Result<Agreement> loaded = AgreementFile::load(real);
    REQUIRE(loaded.ok());
    CHECK(loaded->details.revision == 8);
}

TEST_CASE("Loading repairs a next id that is too low", "[storage]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = savedFile(dir);
    tamper(path, {QStringLiteral("UPDATE meta SET value = 3 WHERE key = 'next_id'")});
    const Result<Agreement> loaded = AgreementFile::load(path);
    REQUIRE(loaded.ok());
    CHECK(loaded->nextId == loaded->computeNextId());
    CHECK(loaded->nextId == 201);
}

TEST_CASE("Loading never writes to the file", "[storage]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = savedFile(dir);
    const QByteArray before = readBytes(path);
    REQUIRE(AgreementFile::load(path).ok());
    CHECK(readBytes(path) == before);
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden)
          == QStringList{QStringLiteral("x.dutymap")});
}

TEST_CASE("Files that are not agreements are refused with a reason", "[storage]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    SECTION("a missing file")
    {
        CHECK_THAT(loadError(dir.filePath(QStringLiteral("nope.dutymap"))),
                   Catch::Contains("“nope.dutymap”") && Catch::Contains("does not exist"));
    }
    SECTION("a folder")
    {
        REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("folder.dutymap")));
        CHECK_THAT(loadError(dir.filePath(QStringLiteral("folder.dutymap"))),
                   Catch::Contains("is a folder"));
    }
    SECTION("an empty file")
    {
        const QString path = dir.filePath(QStringLiteral("empty.dutymap"));
        writeBytes(path, {});
        CHECK_THAT(loadError(path), Catch::Contains("the file is empty"));
    }
    SECTION("a text file")
    {
        const QString path = dir.filePath(QStringLiteral("notes.dutymap"));
        writeBytes(path, QByteArrayLiteral("Duty,Internal IT,MSP\nPassword resets,A,R\n"));
        CHECK_THAT(
            loadError(path),
            Catch::Contains("“notes.dutymap” is not a Dutymap file (not an SQLite database)"));
    }
    SECTION("random bytes")
    {
        const QString path = dir.filePath(QStringLiteral("noise.dutymap"));
        QRandomGenerator random(42);
        QByteArray bytes(8192, Qt::Uninitialized);
        for (char &c : bytes)
            c = char(random.bounded(256));
        writeBytes(path, bytes);
        CHECK_THAT(loadError(path), Catch::Contains("not an SQLite database"));
    }
    SECTION("a file of 1 GiB or more")
    {
        const QString path = dir.filePath(QStringLiteral("huge.dutymap"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        // Sparse on the usual file systems: no gigabyte is actually written.
        REQUIRE(f.resize(qint64(1) << 30));
        f.close();
        CHECK_THAT(loadError(path), Catch::Contains("1 GiB"));
    }
    SECTION("a link to a device")
    {
        const QString path = dir.filePath(QStringLiteral("zero.dutymap"));
        REQUIRE(QFile::link(QStringLiteral("/dev/zero"), path));
        CHECK_THAT(loadError(path), Catch::Contains("not a regular file"));
    }
    SECTION("a link to nothing")
    {
        const QString path = dir.filePath(QStringLiteral("dangling.dutymap"));
        REQUIRE(QFile::link(dir.filePath(QStringLiteral("gone")), path));
        CHECK_THAT(loadError(path), Catch::Contains("does not exist"));
    }
    SECTION("another program's SQLite database")
    {
        const QString path = dir.filePath(QStringLiteral("other.db"));
        tamper(path, {QStringLiteral("CREATE TABLE duty (id INTEGER)"),
                      QStringLiteral("INSERT INTO duty VALUES (1)")});
        CHECK_THAT(loadError(path), Catch::Contains("“other.db” is an SQLite database of another "
                                                    "program, not a Dutymap agreement"));
    }
}

TEST_CASE("A file from a newer Dutymap is refused", "[storage]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = savedFile(dir);
    tamper(path, {QStringLiteral("PRAGMA user_version = 3")});
    CHECK_THAT(loadError(path),
               Catch::Contains("“x.dutymap” was made by a newer Dutymap (format 3); this version "
                               "reads format 2."));
}

TEST_CASE("A truncated file is refused", "[storage]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QByteArray whole = readBytes(savedFile(dir));
    REQUIRE(whole.size() > 3 * 4096);
    const QString path = dir.filePath(QStringLiteral("cut.dutymap"));
    for (const qsizetype cut :
         {qsizetype(20), qsizetype(99), qsizetype(100), qsizetype(1000), qsizetype(4096),
          whole.size() / 2, whole.size() - 4096, whole.size() - 1}) {
        INFO("cut at " << cut);
        writeBytes(path, whole.left(cut));
        CHECK_THAT(loadError(path), Catch::Contains("“cut.dutymap” is truncated or damaged"));
    }
    writeBytes(path, whole.left(10));
    CHECK_THAT(loadError(path), Catch::Contains("not an SQLite database"));
}

TEST_CASE("A file with damaged pages is refused", "[storage]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QByteArray bytes = readBytes(savedFile(dir));
    // Scribble over everything after the first page; the header stays sound.
    QRandomGenerator random(7);
    for (qsizetype i = 4096; i < bytes.size(); ++i)
        bytes[i] = char(random.bounded(256));
    const QString path = dir.filePath(QStringLiteral("scribbled.dutymap"));
    writeBytes(path, bytes);
    CHECK_THAT(loadError(path),
               Catch::Contains("“scribbled.dutymap”") && Catch::Contains("damaged"));
}

TEST_CASE("Damaged tables and rows are reported by name", "[storage]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = savedFile(dir);
    const QString off = QStringLiteral("PRAGMA ignore_check_constraints = ON");

    SECTION("a missing table")
    {
        tamper(path, {QStringLiteral("DROP TABLE duty_tool")});
        CHECK_THAT(loadError(path),
                   Catch::Contains("“x.dutymap” is damaged: table “duty_tool” is missing."));
    }
    SECTION("a view where a table belongs")
    {
        tamper(path, {QStringLiteral("DROP TABLE signatory"),
                      QStringLiteral("CREATE VIEW signatory AS SELECT 0 AS position, 'x' AS name,"
                                     " 'y' AS title, NULL AS party_id")});
        CHECK_THAT(loadError(path), Catch::Contains("table “signatory” is missing."));
    }
    SECTION("a table without the expected columns")
    {
        tamper(path, {QStringLiteral("DROP TABLE area"),
                      QStringLiteral("CREATE TABLE area (id INTEGER PRIMARY KEY)")});
        CHECK_THAT(loadError(path), Catch::Contains("table “area” cannot be read"));
    }
    SECTION("roles given to a party that does not exist")
    {
        tamper(path, {QStringLiteral("INSERT INTO raci VALUES (4, 999, 'R')")});
        CHECK_THAT(loadError(path),
                   Catch::Contains("“x.dutymap” is damaged: duty 4 gives roles to party 999, "
                                   "which does not exist."));
    }
    SECTION("roles of a duty that does not exist")
    {
        tamper(path, {QStringLiteral("INSERT INTO raci VALUES (998, 40, 'R')")});
        CHECK_THAT(loadError(path),
                   Catch::Contains("table “raci” refers to duty 998, which does not exist."));
    }
    SECTION("invalid RACI text")
    {
        tamper(path, {QStringLiteral(
                         "UPDATE raci SET roles = 'A/Q' WHERE duty_id = 100 AND party_id = 12")});
        CHECK_THAT(loadError(path),
                   Catch::Contains("the roles of party 12 on duty 100 are invalid:")
                       && Catch::Contains("\"Q\" is not one of R, A, C, I"));
    }
    SECTION("empty RACI text")
    {
        tamper(path, {off, QStringLiteral("UPDATE raci SET roles = ' ' WHERE duty_id = 100 AND "
                                          "party_id = 12")});
        CHECK_THAT(loadError(path), Catch::Contains("the roles of party 12 on duty 100 are empty"));
    }
    SECTION("an unknown party kind")
    {
        tamper(path, {off, QStringLiteral("UPDATE party SET kind = 'robot' WHERE id = 77")});
        CHECK_THAT(
            loadError(path),
            Catch::Contains("the “kind” of party 77 is “robot”, which Dutymap does not know"));
    }
    SECTION("an unknown escalation trigger")
    {
        tamper(path,
               {off, QStringLiteral("UPDATE escalation_rule SET escalate_when = 'full moon'")});
        CHECK_THAT(loadError(path), Catch::Contains("“escalate_when” of escalation rule")
                                        && Catch::Contains("“full moon”"));
    }
    SECTION("an unknown status")
    {
        tamper(path, {off, QStringLiteral("UPDATE meta SET value = 'lost' WHERE key = 'status'")});
        CHECK_THAT(loadError(path), Catch::Contains("the “status” of the agreement header is "
                                                    "“lost”"));
    }
    SECTION("a duty in an area that does not exist")
    {
        tamper(path, {QStringLiteral("UPDATE duty SET area_id = 777 WHERE id = 101")});
        CHECK_THAT(loadError(path),
                   Catch::Contains("“x.dutymap” is damaged: duty 101 refers to area 777, which "
                                   "does not exist."));
    }
    SECTION("a duty needing a tool that does not exist")
    {
        tamper(path, {QStringLiteral("INSERT INTO duty_tool VALUES (5, 0, 4242)")});
        CHECK_THAT(loadError(path), Catch::Contains("duty 5 refers to tool 4242"));
    }
    SECTION("a rule naming a party that does not exist")
    {
        tamper(path, {QStringLiteral("UPDATE escalation_rule SET escalate_to_id = 31337")});
        CHECK_THAT(loadError(path), Catch::Contains("refers to party 31337, which does not exist"));
    }
    SECTION("a ticket category in an area that does not exist")
    {
        tamper(path,
               {QStringLiteral("PRAGMA foreign_keys = OFF"),
                QStringLiteral("UPDATE ticket_category SET area_id = 4242 WHERE position = 1")});
        CHECK_THAT(loadError(path),
                   Catch::Contains("ticket category 2 refers to area 4242, which does not exist"));
    }
    SECTION("a ticket category table from before categories had an area")
    {
        tamper(path, {QStringLiteral("DROP TABLE ticket_category"),
                      QStringLiteral("CREATE TABLE ticket_category (position INTEGER PRIMARY KEY,"
                                     " name TEXT NOT NULL)"),
                      QStringLiteral("INSERT INTO ticket_category VALUES (0, 'Password'),"
                                     " (1, 'Hardware')")});
        const Result<Agreement> loaded = AgreementFile::load(path);
        INFO(loaded.error().toStdString());
        REQUIRE(loaded.ok());
        const QList<TicketCategory> expected{{QStringLiteral("Password"), 0},
                                             {QStringLiteral("Hardware"), 0}};
        CHECK(loaded->details.ticketCategories == expected);
    }
    SECTION("access for a party that does not exist")
    {
        tamper(path, {QStringLiteral("INSERT INTO tool_access VALUES (9, 66, 'read', '', '', 0,"
                                     " NULL)")});
        CHECK_THAT(loadError(path),
                   Catch::Contains("tool 9 gives access to party 66, which does not exist"));
    }
    SECTION("text where a number belongs")
    {
        tamper(path, {QStringLiteral("UPDATE duty SET area_id = 'seven' WHERE id = 5")});
        CHECK_THAT(loadError(path), Catch::Contains("the “area_id” of duty 5 is not a whole "
                                                    "number"));
    }
    SECTION("a number out of range")
    {
        tamper(path, {QStringLiteral(
                         "UPDATE escalation_rule SET response_high = 99999999999 WHERE id = 7")});
        CHECK_THAT(loadError(path),
                   Catch::Contains("the “response_high” of escalation rule 7 is out of range"));
    }
    SECTION("a time target longer than a year")
    {
        // 366 days: one more than the JSON reader and the editors take.
        tamper(path,
               {QStringLiteral("UPDATE escalation_rule SET resolution_low = 527040 WHERE id = 7")});
        CHECK_THAT(loadError(path),
                   Catch::Contains("the “resolution_low” of escalation rule 7 is out of range "
                                   "(527040)"));
    }
    SECTION("a negative time target")
    {
        tamper(path, {QStringLiteral(
                         "UPDATE escalation_rule SET escalate_after_minutes = -5 WHERE id = 7")});
        CHECK_THAT(loadError(path), Catch::Contains("the “escalate_after_minutes” of escalation "
                                                    "rule 7 is out of range (-5)"));
    }
    SECTION("the longest time target")
    {
        tamper(path,
               {QStringLiteral("UPDATE escalation_rule SET resolution_low = 525600 WHERE id = 7")});
        const Result<Agreement> loaded = AgreementFile::load(path);
        INFO(loaded.error().toStdString());
        REQUIRE(loaded.ok());
        REQUIRE(loaded->rules.constLast().id == 7);
        CHECK(loaded->rules.constLast().resolutionMinutes.at(0) == Duration::MaxMinutes);
    }
    SECTION("a bad date")
    {
        tamper(path, {off, QStringLiteral("UPDATE tool_access SET expires = '2026-02-30' WHERE "
                                          "tool_id = 90 AND party_id = 40")});
        CHECK_THAT(loadError(path), Catch::Contains("the “expires” of the access to tool 90 is "
                                                    "not a date"));
    }
    SECTION("a bad colour")
    {
        tamper(path, {QStringLiteral("UPDATE party SET color = '#nothex' WHERE id = 40")});
        CHECK_THAT(loadError(path), Catch::Contains("the “color” of party 40 is not a colour"));
    }
    SECTION("a text longer than a million characters")
    {
        tamper(path, {QStringLiteral("UPDATE duty SET notes = printf('%.1000001c', 'x') WHERE "
                                     "id = 4")});
        CHECK_THAT(loadError(path), Catch::Contains("the “notes” of duty 4 is longer than "
                                                    "1,000,000 characters"));
    }
    SECTION("two rows with one id")
    {
        // Only a hand-made table lacks the primary key that prevents this.
        tamper(path, {QStringLiteral("CREATE TABLE area_copy AS SELECT * FROM area"),
                      QStringLiteral("DROP TABLE area"),
                      QStringLiteral("ALTER TABLE area_copy RENAME TO area"),
                      QStringLiteral("INSERT INTO area SELECT * FROM area WHERE id = 2")});
        CHECK_THAT(loadError(path), Catch::Contains("two areas have the id 2"));
    }
    SECTION("a row without an id")
    {
        tamper(path, {QStringLiteral("CREATE TABLE tool_copy AS SELECT * FROM tool"),
                      QStringLiteral("DROP TABLE tool"),
                      QStringLiteral("ALTER TABLE tool_copy RENAME TO tool"),
                      QStringLiteral("UPDATE tool SET id = NULL WHERE id = 9")});
        CHECK_THAT(loadError(path), Catch::Contains("table “tool” has a row whose id")
                                        && Catch::Contains("is not a whole number above 0"));
    }
}

TEST_CASE("Triggers, views and extra tables in a file are ignored", "[storage]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = savedFile(dir);
    tamper(path, {QStringLiteral("CREATE TABLE audit (what TEXT)"),
                  QStringLiteral("CREATE TABLE zz_notes_of_another_tool (id INTEGER, text TEXT)"),
                  QStringLiteral("INSERT INTO zz_notes_of_another_tool VALUES (1, 'kept')"),
                  QStringLiteral("CREATE TRIGGER spy_insert AFTER INSERT ON party BEGIN"
                                 " INSERT INTO audit VALUES ('insert'); END"),
                  QStringLiteral("CREATE TRIGGER spy_update AFTER UPDATE ON duty BEGIN"
                                 " INSERT INTO audit VALUES ('update'); END"),
                  QStringLiteral("CREATE VIEW every_duty AS SELECT id, title FROM duty")});
    const QByteArray before = readBytes(path);

    const Result<Agreement> loaded = AgreementFile::load(path);
    INFO(loaded.error().toStdString());
    REQUIRE(loaded.ok());
    requireSame(*loaded, fullAgreement());
    CHECK(readBytes(path) == before);
    CHECK(queryValue(path, QStringLiteral("SELECT count(*) FROM audit")).toInt() == 0);
}

TEST_CASE("A failed save says why and leaves the old file alone", "[storage]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    SECTION("a folder that is a file")
    {
        writeBytes(dir.filePath(QStringLiteral("afile")), QByteArrayLiteral("x"));
        const Status s =
            AgreementFile::save(fullAgreement(), dir.filePath(QStringLiteral("afile/x.dutymap")));
        REQUIRE_FALSE(s.ok());
        CHECK_THAT(s.error().toStdString(), Catch::Contains("Cannot save “x.dutymap”:")
                                                && Catch::Contains("afile is not a "
                                                                   "folder"));
    }
    SECTION("a folder that does not exist")
    {
        const Status s =
            AgreementFile::save(fullAgreement(), dir.filePath(QStringLiteral("gone/x.dutymap")));
        REQUIRE_FALSE(s.ok());
        CHECK_THAT(s.error().toStdString(), Catch::Contains("Cannot save “x.dutymap”: the folder")
                                                && Catch::Contains("does not exist"));
    }
    SECTION("a folder of the target's name")
    {
        REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("x.dutymap")));
        const Status s =
            AgreementFile::save(fullAgreement(), dir.filePath(QStringLiteral("x.dutymap")));
        REQUIRE_FALSE(s.ok());
        CHECK_THAT(s.error().toStdString(), Catch::Contains("a folder of that name exists"));
        CHECK(QFileInfo(dir.filePath(QStringLiteral("x.dutymap"))).isDir());
    }
    SECTION("a folder without write permission")
    {
        const QString folder = dir.filePath(QStringLiteral("locked"));
        REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("locked")));
        REQUIRE(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        // Root writes anywhere; only test what a real user would meet.
        QFile probe(folder + QStringLiteral("/probe"));
        const bool rootCanWrite = probe.open(QIODevice::WriteOnly);
        probe.close();
        QFile::remove(probe.fileName());
        if (rootCanWrite) {
            WARN("Skipped: this user can write into a read-only folder (running as root).");
        } else {
            const Status s =
                AgreementFile::save(fullAgreement(), folder + QStringLiteral("/x.dutymap"));
            REQUIRE_FALSE(s.ok());
            CHECK_THAT(s.error().toStdString(), Catch::Contains("Cannot save “x.dutymap”: the "
                                                                "folder")
                                                    && Catch::Contains("is not writable."));
        }
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                          | QFileDevice::ExeOwner);
    }
    SECTION("a read-only target")
    {
        const QString path = savedFile(dir);
        const QByteArray before = readBytes(path);
        REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
        Agreement changed = fullAgreement();
        changed.details.title = QStringLiteral("Changed");
        const Status s = AgreementFile::save(changed, path);
        REQUIRE_FALSE(s.ok());
        CHECK_THAT(s.error().toStdString(),
                   Catch::Contains("Cannot save “x.dutymap”: the file is read-only."));
        CHECK(readBytes(path) == before);
        CHECK(leftovers(dir.path()).isEmpty());
    }
    SECTION("an agreement with a dangling reference")
    {
        const QString path = savedFile(dir);
        const QByteArray before = readBytes(path);
        Agreement broken = fullAgreement();
        broken.duties[1].areaId = 12345;
        const Status s = AgreementFile::save(broken, path);
        REQUIRE_FALSE(s.ok());
        CHECK_THAT(s.error().toStdString(),
                   Catch::Contains("Cannot save “x.dutymap”: duty 4 refers to area 12345, which "
                                   "does not exist."));
        CHECK(readBytes(path) == before);
        CHECK(leftovers(dir.path()).isEmpty());
    }
    SECTION("an agreement with two duties of one id")
    {
        const QString path = dir.filePath(QStringLiteral("x.dutymap"));
        Agreement broken = fullAgreement();
        broken.duties[1].id = broken.duties[0].id;
        const Status s = AgreementFile::save(broken, path);
        REQUIRE_FALSE(s.ok());
        CHECK_THAT(s.error().toStdString(), Catch::Contains("two duties have the id 100"));
        CHECK_FALSE(QFileInfo::exists(path));
        CHECK(leftovers(dir.path()).isEmpty());
    }
    SECTION("the disk fills up while writing")
    {
        const QString path = savedFile(dir);
        const QByteArray before = readBytes(path);
        const Agreement large = largeAgreement(5000);

        // A file size limit fails writes past it like a full disk does;
        // SIGXFSZ would otherwise end the test program.
        rlimit old{};
        REQUIRE(getrlimit(RLIMIT_FSIZE, &old) == 0);
        rlimit small = old;
        small.rlim_cur = 256 * 1024;
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        REQUIRE(setrlimit(RLIMIT_FSIZE, &small) == 0);
        const Status s = AgreementFile::save(large, path);
        setrlimit(RLIMIT_FSIZE, &old);
        std::signal(SIGXFSZ, oldHandler);

        REQUIRE_FALSE(s.ok());
        CHECK_THAT(s.error().toStdString(),
                   Catch::Contains("Cannot save “x.dutymap”:") && Catch::Contains("disk"));
        CHECK(readBytes(path) == before);
        CHECK(leftovers(dir.path()).isEmpty());
        CHECK(AgreementFile::load(path).ok());
    }
}

TEST_CASE("An assessment saved by an older Dutymap as separate keys still reads", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.dutymap"));
    REQUIRE(AgreementFile::save(Agreement{}, path).ok());
    tamper(path,
           {QStringLiteral("DELETE FROM meta WHERE key = 'assessment'"),
            QStringLiteral("INSERT INTO meta (key, value) VALUES ('assessment_users', 250), "
                           "('assessment_devices', 0), ('assessment_locations', 2), "
                           "('assessment_it_staff', 2), ('assessment_monthly_tickets', 600), "
                           "('assessment_after_hours_coverage', 0), "
                           "('assessment_security_staff', 1), "
                           "('assessment_project_backlog', 4), "
                           "('assessment_notes', 'Jan.')"),
            QStringLiteral("INSERT INTO compliance_need (position, name) VALUES (0, 'HIPAA')")});
    const Result<Agreement> a = AgreementFile::load(path);
    INFO(a.error().toStdString());
    REQUIRE(a.ok());
    const Assessment &s = a->assessment;
    CHECK(s.number(QStringLiteral("users")) == 250);
    CHECK_FALSE(s.isAnswered(QStringLiteral("devices")));
    CHECK(s.yesNo(QStringLiteral("afterHoursCoverage")) == false);
    CHECK(s.yesNo(QStringLiteral("securityStaff")) == true);
    CHECK(s.list(QStringLiteral("complianceNeeds")) == QStringList{QStringLiteral("HIPAA")});
    CHECK(s.text(QStringLiteral("notes")) == QStringLiteral("Jan."));

    // The answers are untrusted like every other value.
    tamper(path, {QStringLiteral("INSERT INTO meta (key, value) VALUES ('assessment', "
                                 "'{\"itStaff\": \"many\"}')")});
    CHECK_THAT(loadError(path), Catch::Contains("the answer “itStaff” must be a whole number"));
}
