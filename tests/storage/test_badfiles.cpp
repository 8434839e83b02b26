// The committed corpus of hostile and broken input under tests/data/bad/:
// every file there is listed below with the sentence fragment its reader
// must answer with (or as one that must load), so a file added without an
// expectation fails the test. Files too big to commit are made at test
// time. Fuzzer finds are added here too.
#include <catch2/catch.hpp>

#include "exchange/csvimport.h"
#include "exchange/jsonformat.h"
#include "exchange/sampleagreement.h"
#include "model/raci.h"
#include "storage/agreementfile.h"
#include "templates/templatelibrary.h"
#include "testpaths.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <vector>

namespace {

// A corpus file and what reading it must say; an empty fragment means the
// file must be read without complaint.
struct Expectation {
    const char *file;
    const char *fragment;
};

const std::vector<Expectation> dutymapFiles = {
    {"zero-bytes.dutymap", "Cannot open “zero-bytes.dutymap”: the file is empty."},
    {"not-sqlite.dutymap", "“not-sqlite.dutymap” is not a Dutymap file (not an SQLite database)."},
    {"png-image.dutymap", "“png-image.dutymap” is not a Dutymap file (not an SQLite database)."},
    {"truncated-at-50.dutymap", "“truncated-at-50.dutymap” is truncated or damaged."},
    {"truncated-at-512.dutymap", "“truncated-at-512.dutymap” is truncated or damaged."},
    {"truncated-at-1000.dutymap", "“truncated-at-1000.dutymap” is truncated or damaged."},
    {"truncated-at-7680.dutymap", "“truncated-at-7680.dutymap” is truncated or damaged."},
    {"truncated-at-15871.dutymap", "“truncated-at-15871.dutymap” is truncated or damaged."},
    {"header-flip-page-size.dutymap", "“header-flip-page-size.dutymap” is truncated or damaged."},
    {"header-flip-application-id.dutymap",
     "“header-flip-application-id.dutymap” is an SQLite database of another program, not a "
     "Dutymap agreement."},
    {"header-flip-page-count.dutymap", "“header-flip-page-count.dutymap” is truncated or damaged."},
    {"header-flip-payload-fraction.dutymap",
     "“header-flip-payload-fraction.dutymap” is truncated or damaged (file is not a database)."},
    {"page1-flip-cell-count.dutymap",
     "“page1-flip-cell-count.dutymap” is truncated or damaged (database disk image is "
     "malformed)."},
    {"page-flip-btree-header.dutymap",
     "“page-flip-btree-header.dutymap” is truncated or damaged ("},
    {"another-program.dutymap",
     "“another-program.dutymap” is an SQLite database of another program, not a Dutymap "
     "agreement."},
    {"newer-format.dutymap",
     "“newer-format.dutymap” was made by a newer Dutymap (format 3); this version reads format 2."},
    {"format-zero.dutymap",
     "“format-zero.dutymap” is damaged: its format number 0 is not one Dutymap ever wrote."},
    {"missing-table-raci.dutymap",
     "“missing-table-raci.dutymap” is damaged: table “raci” is missing."},
    {"extra-tables.dutymap", ""},
    {"view-named-like-table.dutymap",
     "“view-named-like-table.dutymap” is damaged: table “signatory” is missing."},
    {"virtual-table-raci.dutymap",
     "“virtual-table-raci.dutymap” is damaged: table “raci” is a virtual table."},
    {"wrong-columns-area.dutymap",
     "“wrong-columns-area.dutymap” is damaged: table “area” cannot be read (no such column: "
     "template_key)."},
    {"trigger-writes-elsewhere.dutymap", ""},
    {"generated-column-runs-code.dutymap", "unknown function: evil_hook()"},
    {"raci-unknown-party.dutymap",
     "“raci-unknown-party.dutymap” is damaged: duty 37 gives roles to party 999, which does not "
     "exist."},
    {"raci-unknown-duty.dutymap",
     "“raci-unknown-duty.dutymap” is damaged: table “raci” refers to duty 998, which does not "
     "exist."},
    {"duty-unknown-area.dutymap",
     "“duty-unknown-area.dutymap” is damaged: duty 37 refers to area 777, which does not exist."},
    {"raci-text-not-raci.dutymap",
     "the roles of party 1 on duty 37 are invalid: \"Owner/R\" is not a RACI value: \"Owner\" is "
     "not one of R, A, C, I."},
    {"raci-role-twice.dutymap",
     "the roles of party 1 on duty 37 are invalid: \"A/R/a\" is not a RACI value: a role is named "
     "twice."},
    {"id-text-not-number.dutymap",
     "“id-text-not-number.dutymap” is damaged: the “area_id” of duty 37 is not a whole number."},
    {"party-id-int-max.dutymap",
     "“party-id-int-max.dutymap” is damaged: table “party” has a row whose id “2147483647” is "
     "not a whole number above 0 and up to 1,000,000,000."},
    {"next-id-int-max.dutymap",
     "“next-id-int-max.dutymap” is damaged: the “next_id” of the agreement header is out of range "
     "(2147483647)."},
};

const std::vector<Expectation> jsonFiles = {
    {"empty.json", "“empty.json” is not valid JSON:"},
    {"not-json.json", "“not-json.json” is not valid JSON:"},
    {"truncated.json", "“truncated.json” is not valid JSON:"},
    {"array-not-object.json",
     "“array-not-object.json” is JSON, but not a Dutymap agreement (no \"format\": "
     "\"dutymap-agreement\")."},
    {"other-format.json", "“other-format.json” is JSON, but not a Dutymap agreement"},
    {"newer-version.json",
     "“newer-version.json” was written by a newer Dutymap (JSON version 3); this version reads "
     "version 2."},
    {"duplicate-id.json",
     "“duplicate-id.json” is not a valid Dutymap agreement: at areas[1], the id 1 is used twice."},
    {"roles-unknown-party.json", "at duties[0].roles.9, party 9 does not exist."},
    {"duty-unknown-area.json", "at duties[0].area, area 77 does not exist."},
    {"name-not-text.json", "at parties[1].name, a text was expected."},
    {"roles-not-raci.json", "at duties[0].roles.2, \"R/X\" is not a RACI value"},
    {"roles-not-text.json", "at duties[0].roles.2, a RACI text was expected."},
    {"three-response-times.json", "at rules[0].responseMinutes, four numbers were expected."},
    {"bad-date.json", "at details.effectiveDate, “2026-02-30” is not a date like 2026-01-31."},
    {"unknown-kind.json", "at parties[0].kind, “robot” is not a known value."},
    {"details-not-object.json", "at details, an object was expected."},
    {"id-1e300.json", "at areas[0].id, a whole number from 1 to 1000000000 was expected."},
    {"id-int-max.json", "at areas[0].id, a whole number from 1 to 1000000000 was expected."},
    // Found by fuzz_jsonformat: converting 3.3e114 to an integer was undefined.
    {"fuzz-area-id-3e114.json",
     "at areas[0].id, a whole number from 1 to 1000000000 was expected."},
    {"next-id-int-max.json", "at .nextId, a whole number from 1 to 1000000001 was expected."},
};

const std::vector<Expectation> templateFiles = {
    {"empty.json", "empty.json: line 1, column 1: illegal value."},
    {"top-level-array.json", "top-level-array.json: the file must hold one JSON object"},
    {"truncated.json", "truncated.json: line 10, column 20: unterminated string."},
    {"newer-format-version.json", "\"formatVersion\" is 2: the file was made for a newer Dutymap."},
    {"catalog-format.json",
     "\"format\" is \"dutymap-catalog\", but this file should be \"dutymap-model\"."},
    {"party-unknown-in-matrix.json", "\"matrix[0].vendor\" is not a party of this model"},
    {"raci-not-raci.json", "\"Boss\" is not a RACI value"},
    {"rule-unknown-party.json",
     "\"rules[0].firstResponder\" names the party \"nobody\", which this model does not define"},
    {"tool-unknown.json",
     "\"toolAccess[0].tool\" names \"no-such-tool\", which is not a tool of the catalog."},
    {"party-key-twice.json",
     "\"parties[2].key\" repeats \"internal\"; each party key must be unique."},
    {"party-kind-unknown.json", "\"parties[0].kind\" is \"robot\"; use one of:"},
    {"three-response-times.json", "\"rules[0].responseMinutes\" must hold 4 numbers"},
    {"minutes-1e300.json",
     "\"rules[0].responseMinutes[0]\" must be a whole number from 0 to 525600."},
    {"id-not-an-id.json", "\"id\" is \"Bad Model!\"; an id must be lower-case letters"},
    {"matrix-not-list.json", "\"matrix\" must be a list in square brackets."},
    {"category-area-unknown.json",
     "\"ticketCategories[1].area\" names \"no-such-area\", which is not an area of the catalog."},
    {"category-without-name.json", "\"ticketCategories[1].name\" is missing."},
    {"rule-location-unknown.json",
     "\"rules[0].location\" is \"Branch office\", which is not one of the model's \"locations\"."},
};

const std::vector<Expectation> raciFiles = {
    {"unknown-word.txt", "\"Owner\" is not a RACI value: \"Owner\" is not one of R, A, C, I."},
    {"role-twice.txt", "\"A/a\" is not a RACI value: a role is named twice."},
    {"five-letters.txt", "\"ARCIX\" is not a RACI value: \"ARCIX\" is not one of R, A, C, I."},
    {"too-long.txt", "is not a RACI value: too long."},
    {"letter-q.txt", "\"R//Q\" is not a RACI value: \"Q\" is not one of R, A, C, I."},
    {"zero-width-space.txt", "is not one of R, A, C, I."},
    {"utf16-bytes.txt", "is not one of R, A, C, I."},
};

// CSV matrices applied onto the sample agreement (File → Import): every
// problem is listed, so each fragment is one line of the error.
const std::vector<Expectation> csvFiles = {
    {"empty.csv", "Nothing was imported from “empty.csv”: “empty.csv”: the file is empty."},
    {"unterminated-quote.csv",
     "“unterminated-quote.csv”, row 2, column B: a quoted cell is never closed (its opening "
     "quote is on line 2)."},
    {"wrong-column-count.csv",
     "it has 2 problems.\n“wrong-column-count.csv”, row 3: the row has 3 cells, the header row "
     "8.\n“wrong-column-count.csv”, row 4: the row has 9 cells, the header row 8."},
    {"binary-garbage.csv",
     "“binary-garbage.csv”: not a text file: byte 27 (line 1) is a zero byte."},
    {"latin1-not-utf8.csv",
     "“latin1-not-utf8.csv”: not UTF-8 text (line 2 holds bytes that are not UTF-8); save it as "
     "CSV in UTF-8."},
    {"utf16.csv", "“utf16.csv”: the file is UTF-16 text; save it as CSV in UTF-8."},
    {"unknown-party-column.csv",
     "“unknown-party-column.csv”, row 1, column D (Globex Corp): “Globex Corp” is neither a known "
     "column (Area, Duty, Kind, System, Ownership) nor a party of the agreement (Internal IT, "
     "Contoso Managed IT, Leadership, Fabrikam Networks)."},
    {"duplicate-columns.csv",
     "it has 2 problems.\n“duplicate-columns.csv”, row 1, column D (IT): column C (“Internal IT”) "
     "already means the same.\n“duplicate-columns.csv”, row 1, column E (duty): column B "
     "(“Duty”) already means the same."},
    {"bad-roles-everywhere.csv",
     "it has 5 problems.\n“bad-roles-everywhere.csv”, row 2, column E (Internal IT): \"Owner\" is "
     "not a RACI value: \"Owner\" is not one of R, A, C, I.\n“bad-roles-everywhere.csv”, row 3, "
     "column C (Kind): “chore” is not a duty kind (task, security, approval, project).\n"
     "“bad-roles-everywhere.csv”, row 3, column F (Contoso Managed IT): \"AA\" is not a RACI "
     "value: a role is named twice.\n“bad-roles-everywhere.csv”, row 4, column F (Contoso "
     "Managed IT): \"R/A/Q\" is not a RACI value: \"Q\" is not one of R, A, C, I.\n"
     "“bad-roles-everywhere.csv”, row 4, column G (Leadership): \"x\" is not a RACI value: \"x\" "
     "is not one of R, A, C, I."},
    {"no-duty-column.csv", "“no-duty-column.csv”, row 1, column B (Title of it): “Title of it” is "
                           "neither a known column"},
    {"text-after-quote.csv",
     "“text-after-quote.csv”, row 2, column B: text follows the closing quote of a quoted cell."},
};

QString badFolder(const char *kind)
{
    return QStringLiteral(DUTYMAP_TEST_DATA_DIR "/bad/") + QLatin1StringView(kind);
}

std::string text(const QString &s)
{
    return s.toStdString();
}

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

// A copy in a scratch folder: the reader gets a file nobody else uses, and
// the test sees anything it leaves beside it.
QString copyInto(const QTemporaryDir &dir, const QString &source)
{
    const QString copy = dir.filePath(QFileInfo(source).fileName());
    QFile::remove(copy);
    REQUIRE(QFile::copy(source, copy));
    REQUIRE(QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner));
    return copy;
}

// Runs SQL on a file as another program would.
void runSql(const QString &path, const QStringList &statements)
{
    static int counter = 0;
    const QString name = QStringLiteral("badfiles-%1").arg(++counter);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            INFO(text(sql) << ": " << text(q.lastError().text()));
            REQUIRE(q.exec(sql));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

qint64 countRows(const QString &path, const QString &table)
{
    static int counter = 0;
    const QString name = QStringLiteral("badfiles-count-%1").arg(++counter);
    qint64 rows = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(db.open());
        {
            QSqlQuery q(db);
            REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM ") + table));
            REQUIRE(q.next());
            rows = q.value(0).toLongLong();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

// A real saved agreement (3 duties, 512-byte pages) to damage at test time.
QString baseAgreement(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    REQUIRE(QFile::copy(QStringLiteral(DUTYMAP_SOURCE_DIR "/tests/fuzz/corpus/agreementfile/"
                                                          "helpdesk-overflow-3-duties.dutymap"),
                        path));
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    REQUIRE(AgreementFile::load(path).ok());
    return path;
}

QSet<QString> listed(const std::vector<Expectation> &expectations)
{
    QSet<QString> names;
    for (const Expectation &e : expectations)
        names.insert(QString::fromUtf8(e.file));
    return names;
}

QSet<QString> present(const QString &folder)
{
    const QStringList names =
        QDir(folder).entryList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
    return QSet<QString>(names.cbegin(), names.cend());
}

} // namespace

TEST_CASE("Every file of the bad-input corpus has an expectation", "[badfiles]")
{
    const auto requireSame = [](const char *kind, const std::vector<Expectation> &expectations) {
        INFO("folder tests/data/bad/" << kind);
        const QSet<QString> names = listed(expectations);
        CHECK(qsizetype(expectations.size()) == names.size()); // no file listed twice
        const QSet<QString> files = present(badFolder(kind));
        CHECK(files == names);
        for (const QString &unlisted : files - names)
            FAIL_CHECK(text(unlisted) << " is in the corpus but not listed in test_badfiles.cpp");
        for (const QString &missing : names - files)
            FAIL_CHECK(text(missing) << " is listed but not in the corpus");
    };
    requireSame("dutymap", dutymapFiles);
    requireSame("json", jsonFiles);
    requireSame("templates", templateFiles);
    requireSame("raci", raciFiles);
    requireSame("csv", csvFiles);
    // Nothing else lives at the top: each kind of input has its folder.
    CHECK(present(badFolder(""))
          == QSet<QString>{QStringLiteral("dutymap"), QStringLiteral("json"),
                           QStringLiteral("templates"), QStringLiteral("raci"),
                           QStringLiteral("csv"), QStringLiteral("make-dutymap-corpus.py")});
}

TEST_CASE("Each hostile .dutymap file is refused with its reason and left unchanged", "[badfiles]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    for (const Expectation &e : dutymapFiles) {
        INFO("file " << e.file);
        const QString path = copyInto(dir, badFolder("dutymap") + u'/' + QLatin1StringView(e.file));
        const QByteArray before = readBytes(path);
        const Result<Agreement> loaded = AgreementFile::load(path);
        if (*e.fragment == '\0') {
            INFO(text(loaded.error()));
            CHECK(loaded.ok());
        } else {
            REQUIRE_FALSE(loaded.ok());
            CHECK_THAT(text(loaded.error()), Catch::Contains(e.fragment));
        }
        CHECK(readBytes(path) == before);
        // Nothing beside it either: no journal, no WAL, no temporary copy.
        CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden)
              == QStringList{QFileInfo(path).fileName()});
        QFile::remove(path);
    }
}

TEST_CASE("Triggers in a hostile file do not run when it is opened", "[badfiles]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path =
        copyInto(dir, badFolder("dutymap") + QStringLiteral("/trigger-writes-elsewhere.dutymap"));
    const qint64 raciRows = countRows(path, QStringLiteral("raci"));
    const qint64 dutyRows = countRows(path, QStringLiteral("duty"));
    REQUIRE(raciRows > 0);
    REQUIRE(dutyRows > 0);

    const Result<Agreement> loaded = AgreementFile::load(path);
    INFO(text(loaded.error()));
    REQUIRE(loaded.ok());
    CHECK(loaded->duties.size() == dutyRows);
    CHECK(countRows(path, QStringLiteral("audit")) == 0);
    CHECK(countRows(path, QStringLiteral("raci")) == raciRows);
    CHECK(countRows(path, QStringLiteral("duty")) == dutyRows);
}

TEST_CASE("A 10 MB text in a file is refused without reading it into the model", "[badfiles]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = baseAgreement(dir, QStringLiteral("ten-megabytes.dutymap"));
    runSql(path, {QStringLiteral("UPDATE duty SET description = printf('%.10000000c', 'x')"
                                 " WHERE id = (SELECT max(id) FROM duty)")});
    REQUIRE(QFileInfo(path).size() > 10'000'000);
    const Result<Agreement> loaded = AgreementFile::load(path);
    REQUIRE_FALSE(loaded.ok());
    CHECK_THAT(text(loaded.error()),
               Catch::Contains("“ten-megabytes.dutymap” is damaged: the “description” of duty")
                   && Catch::Contains("is longer than 1,000,000 characters."));
}

TEST_CASE("A table of more than a million rows is refused", "[badfiles]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = baseAgreement(dir, QStringLiteral("million-rows.dutymap"));
    // Short rows, so the file stays near 20 MB; the first list the loader
    // reads, so the limit is what stops it.
    runSql(path, {QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n"
                                 " WHERE i < 1000001)"
                                 " INSERT INTO ticket_category SELECT 1000 + i, 'c' FROM n")});
    REQUIRE(countRows(path, QStringLiteral("ticket_category")) > 1'000'000);
    QElapsedTimer timer;
    timer.start();
    const Result<Agreement> loaded = AgreementFile::load(path);
    REQUIRE_FALSE(loaded.ok());
    CHECK_THAT(text(loaded.error()),
               Catch::Contains("“million-rows.dutymap” is damaged: table “ticket_category” has "
                               "more than 1,000,000 rows."));
    // Generous enough for a sanitizer build on a busy machine.
    CHECK(timer.elapsed() < 120'000);
}

TEST_CASE("A link to /dev/zero is refused without reading from it", "[badfiles]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("endless.dutymap"));
    REQUIRE(QFile::link(QStringLiteral("/dev/zero"), path));
    const Result<Agreement> loaded = AgreementFile::load(path);
    REQUIRE_FALSE(loaded.ok());
    CHECK_THAT(text(loaded.error()),
               Catch::Contains("Cannot open “endless.dutymap”: it is not a regular file"));
}

TEST_CASE("Each broken JSON agreement is refused with its reason", "[badfiles]")
{
    for (const Expectation &e : jsonFiles) {
        INFO("file " << e.file);
        const QByteArray bytes = readBytes(badFolder("json") + u'/' + QLatin1StringView(e.file));
        const Result<Agreement> read = JsonFormat::fromJson(bytes, QString::fromUtf8(e.file));
        REQUIRE_FALSE(read.ok());
        CHECK_THAT(text(read.error()), Catch::Contains(e.fragment));
    }
}

TEST_CASE("Each broken template model is skipped with its reason", "[badfiles]")
{
    for (const Expectation &e : templateFiles) {
        INFO("file " << e.file);
        QTemporaryDir dir;
        REQUIRE(dir.isValid());
        REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("models")));
        REQUIRE(QFile::copy(badFolder("templates") + u'/' + QLatin1StringView(e.file),
                            dir.filePath(QStringLiteral("models/")) + QLatin1StringView(e.file)));
        const TemplateLibrary library = TemplateLibrary::load({dir.path()}, true);
        REQUIRE(library.problems().size() == 1);
        const std::string problem = text(library.problems().constFirst());
        CHECK_THAT(problem, Catch::Contains(e.file) && Catch::Contains(e.fragment)
                                && Catch::EndsWith("The file was skipped."));
        // The broken file takes nothing away: the built-ins are all there.
        CHECK(library.models().size() == TemplateLibrary::builtInModelIds().size());
        CHECK(library.model(QStringLiteral("bad-model")) == nullptr);
    }
}

TEST_CASE("Each RACI text of the corpus is refused with its reason", "[badfiles]")
{
    for (const Expectation &e : raciFiles) {
        INFO("file " << e.file);
        const QString cell =
            QString::fromUtf8(readBytes(badFolder("raci") + u'/' + QLatin1StringView(e.file)));
        QString error;
        CHECK_FALSE(Raci::parse(cell, &error).has_value());
        CHECK_THAT(text(error), Catch::Contains(e.fragment));
    }
}

TEST_CASE("Each hostile CSV matrix is refused with every problem, importing nothing", "[badfiles]")
{
    const Result<Agreement> sample = SampleAgreement::load();
    REQUIRE(sample.ok());
    for (const Expectation &e : csvFiles) {
        INFO("file " << e.file);
        const QByteArray bytes = readBytes(badFolder("csv") + u'/' + QLatin1StringView(e.file));
        const CsvImport::Outcome applied =
            CsvImport::apply(sample.value(), bytes, QString::fromUtf8(e.file));
        REQUIRE_FALSE(applied.ok());
        CHECK_FALSE(applied.problems.isEmpty());
        CHECK_THAT(text(applied.error()),
                   Catch::StartsWith("Nothing was imported from “") && Catch::Contains(e.fragment));
    }
}

TEST_CASE("A CSV cell of 10 MB is refused, naming its row and column", "[badfiles]")
{
    // Too big to commit: made here. A quoted and an unquoted giant cell.
    const QByteArray big(10 * 1024 * 1024, 'x');
    const QByteArray csv =
        "Area,Duty,Internal IT\r\nHelp desk,\"" + big + "\",R\r\nHelp desk," + big + ",R\r\n";
    QElapsedTimer timer;
    timer.start();
    const CsvImport::Outcome read = CsvImport::read(csv, QStringLiteral("big-cell.csv"));
    REQUIRE_FALSE(read.ok());
    CHECK(text(read.error())
          == "Nothing was imported from “big-cell.csv”: it has 2 problems.\n"
             "“big-cell.csv”, row 2, column B: the cell is longer than 65536 characters.\n"
             "“big-cell.csv”, row 3, column B: the cell is longer than 65536 characters.");
    CHECK(timer.elapsed() < 20'000);

    // A file beyond the size limit is refused before it is read.
    CHECK_THAT(text(CsvImport::tooLarge(QStringLiteral("huge.csv"), 100LL << 20).error()),
               Catch::Contains("the file is 100 MiB, larger than 64 MiB"));
}
