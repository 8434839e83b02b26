// The spreadsheet import (core/exchange/sheet): sheets as people keep them,
// written here as XLSX (libxlsxwriter) and CSV in every delimiter and
// encoding, each pinned to what is imported or to its exact problems; and
// hostile files (zip bomb, entity bomb, truncated zip, a million empty
// rows), each refused with a clear sentence in bounded time.
#include "exchange/csvformat.h"
#include "exchange/csvimport.h"
#include "exchange/sampleagreement.h"
#include "exchange/sheet/csvsheetreader.h"
#include "exchange/sheet/sheetreader.h"
#include "exchange/sheet/xlsxsheetreader.h"
#include "sheetfixtures.h"
#include "templates/templatelibrary.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QElapsedTimer>
#include <QStringDecoder>
#include <QStringEncoder>

using namespace sheetfixtures;
using Role = SheetLayout::Role;

namespace {

std::string text(const QStringList &lines)
{
    return lines.join(u'\n').toStdString();
}

QStringList problemsOf(const SheetImport::Outcome &o)
{
    QStringList list;
    for (const SheetImport::Problem &p : o.problems)
        list.append(p.message);
    return list;
}

QList<Role> rolesOf(const SheetLayout &l)
{
    QList<Role> roles;
    for (const SheetLayout::Column &c : l.columns)
        roles.append(c.role);
    return roles;
}

QByteArray utf8(const char *s)
{
    return QByteArray(s);
}

QByteArray encoded(const QString &text, QStringEncoder::Encoding encoding, bool bom)
{
    QStringEncoder encoder(encoding,
                           bom ? QStringEncoder::Flag::WriteBom : QStringEncoder::Flag::Default);
    return encoder.encode(text);
}

} // namespace

TEST_CASE("Sheet 1: German Excel CSV with BOM, semicolons, Task / Duty, section rows, Notes",
          "[sheet][csv]")
{
    // The first of the three files refused before (16 problems, nothing imported).
    const QByteArray csv = "\xEF\xBB\xBF"
                           "Task / Duty;Internal IT;MSP;Notes\r\n"
                           "Help desk;;;\r\n"
                           "Reset passwords;C;A/R;Self-service first\r\n"
                           "Onboard new staff;R/A;C;\r\n"
                           "Security;;;\r\n"
                           "Review firewall rules, quarterly;A;R;\r\n"
                           "Patch servers;I;A/R;Tuesdays\r\n";
    const Imported i = importBytes(csv, QStringLiteral("raci.csv"));
    REQUIRE(i.readError.isEmpty());
    CHECK(i.layout.headerRow == 0);
    CHECK(rolesOf(i.layout) == QList<Role>({Role::Duty, Role::Party, Role::Party, Role::Notes}));
    INFO(text(problemsOf(i.outcome)));
    REQUIRE(i.outcome.ok());
    CHECK(text(partyLines(*i.outcome.agreement))
          == text({QStringLiteral("Internal IT (internal)"), QStringLiteral("MSP (provider)")}));
    CHECK(text(matrixLines(*i.outcome.agreement))
          == text(
              {QStringLiteral(
                   "Help desk / Reset passwords: Internal IT=C, MSP=A/R [Self-service first]"),
               QStringLiteral("Help desk / Onboard new staff: Internal IT=A/R, MSP=C"),
               QStringLiteral("Security / Review firewall rules, quarterly: Internal IT=A, MSP=R"),
               QStringLiteral("Security / Patch servers: Internal IT=I, MSP=A/R [Tuesdays]")}));
    CHECK(i.book.notes.isEmpty());
}

TEST_CASE("Sheet 2: two trailing empty columns are not unnamed columns", "[sheet][csv]")
{
    const QByteArray csv = "Area,Duty,IT,MSP,,\r\n"
                           "Help desk,Reset passwords,R,A,,\r\n"
                           "Backup,Test restores,A,R,,\r\n";
    const Imported i = importBytes(csv, QStringLiteral("trailing.csv"));
    CHECK(i.layout.columns.size() == 4);
    REQUIRE(i.outcome.ok());
    CHECK(text(matrixLines(*i.outcome.agreement))
          == text({QStringLiteral("Help desk / Reset passwords: IT=R, MSP=A"),
                   QStringLiteral("Backup / Test restores: IT=A, MSP=R")}));
}

TEST_CASE("Sheet 3: a Windows-1252 file is read, with a note that says so", "[sheet][csv]")
{
    // "Überwachung" and "Prüfen" in Windows-1252 bytes, and a euro sign.
    const QByteArray csv = "Bereich;Aufgabe;Interne IT;Dienstleister\r\n"
                           "\xDC"
                           "berwachung;Logs pr\xFC"
                           "fen (\x80);V;R\r\n";
    const Imported i = importBytes(csv, QStringLiteral("ansi.csv"));
    REQUIRE(i.readError.isEmpty());
    REQUIRE(i.book.notes.size() == 1);
    CHECK(i.book.notes[0].contains(QStringLiteral("Windows-1252")));
    INFO(text(problemsOf(i.outcome)));
    // "V" is no RACI letter: the one problem, at its cell (the column is a
    // party's by its name).
    REQUIRE(text(problemsOf(i.outcome))
            == text({QStringLiteral("“ansi.csv”, row 2, column C (Interne IT): “V” is not a "
                                    "RACI value (R, A, C, I, a combination such as A/R or "
                                    "RA, the role's name, or x)")}));
    const QByteArray fixed = "Bereich;Aufgabe;Interne IT;Dienstleister\r\n"
                             "\xDC"
                             "berwachung;Logs pr\xFC"
                             "fen (\x80);A;R\r\n";
    const Imported ok = importBytes(fixed, QStringLiteral("ansi.csv"));
    REQUIRE(ok.outcome.ok());
    CHECK(
        text(matrixLines(*ok.outcome.agreement))
        == text({QStringLiteral("Überwachung / Logs prüfen (€): Interne IT=A, Dienstleister=R")}));
    CHECK(text(partyLines(*ok.outcome.agreement))
          == text({QStringLiteral("Interne IT (internal)"),
                   QStringLiteral("Dienstleister (provider)")}));
}

TEST_CASE("Sheet 4: UTF-16 with BOM, tab-separated, quoted cells with line breaks", "[sheet][csv]")
{
    const QString body = QStringLiteral("Category\tActivity\tIT Team\tManaged Service Provider\n"
                                        "Endpoints\t\"Patch laptops\nmonthly\"\tI\tR, A\n"
                                        "Endpoints\t\"Replace \"\"broken\"\" screens\"\tR\tC\n");
    for (const auto encoding : {QStringEncoder::Utf16LE, QStringEncoder::Utf16BE}) {
        const Imported i = importBytes(encoded(body, encoding, true), QStringLiteral("tabs.txt"));
        REQUIRE(i.readError.isEmpty());
        REQUIRE(i.outcome.ok());
        CHECK(text(matrixLines(*i.outcome.agreement))
              == text({QStringLiteral("Endpoints / Patch laptops\nmonthly: IT Team=I, Managed "
                                      "Service Provider=A/R"),
                       QStringLiteral("Endpoints / Replace \"broken\" screens: IT Team=R, Managed "
                                      "Service Provider=C")}));
        CHECK(text(partyLines(*i.outcome.agreement))
              == text({QStringLiteral("IT Team (internal)"),
                       QStringLiteral("Managed Service Provider (provider)")}));
    }
}

TEST_CASE("Sheet 5: UTF-8 without BOM, commas, RACI spellings and words", "[sheet][csv]")
{
    const QByteArray csv =
        utf8("Area,Deliverable,Internal IT,MSP,Vendor\n"
             "Network,\"Firewall, perimeter\",\"A,R\",C,I\n"
             "Network,Wi-Fi,RA,Consulted,-\n"
             "Network,Switches,A+R,\"R, A\",Informed\n"
             "Network,Cabling,Verantwortlich,Rechenschaftspflichtig,Konsultiert\n"
             "Network,VPN,informiert,Accountable/Responsible,\n");
    const Imported i = importBytes(csv, QStringLiteral("spellings.csv"));
    INFO(text(problemsOf(i.outcome)));
    REQUIRE(i.outcome.ok());
    CHECK(
        text(matrixLines(*i.outcome.agreement))
        == text({QStringLiteral("Network / Firewall, perimeter: Internal IT=A/R, MSP=C, Vendor=I"),
                 QStringLiteral("Network / Wi-Fi: Internal IT=A/R, MSP=C"),
                 QStringLiteral("Network / Switches: Internal IT=A/R, MSP=A/R, Vendor=I"),
                 QStringLiteral("Network / Cabling: Internal IT=R, MSP=A, Vendor=C"),
                 QStringLiteral("Network / VPN: Internal IT=I, MSP=A/R")}));
    CHECK(partyLines(*i.outcome.agreement).last() == QStringLiteral("Vendor (vendor)"));
}

TEST_CASE("Sheet 6: XLSX with a title and a legend above the header, merged section rows",
          "[sheet][xlsx]")
{
    const Imported i = importBytes(messyWorkbook(), QStringLiteral("messy.xlsx"));
    REQUIRE(i.readError.isEmpty());
    CHECK(i.layout.headerRow == 3);
    CHECK(rolesOf(i.layout)
          == QList<Role>{Role::Duty, Role::Party, Role::Party, Role::Party, Role::Ignore,
                         Role::Notes});
    // The one bad cell, by row and column; nothing is imported.
    CHECK_FALSE(i.outcome.ok());
    CHECK(text(problemsOf(i.outcome))
          == text({QStringLiteral("“messy.xlsx”, row 9, column C (Contoso MSP): “R?” is not "
                                  "a RACI value (R, A, C, I, a combination such as A/R or "
                                  "RA, the role's name, or x)")}));
    // Corrected in the sheet, it imports with the sections as areas.
    QByteArray fixed = messyWorkbook();
    Workbook book = SheetReader::read(fixed, QStringLiteral("messy.xlsx")).value();
    book.sheets[0].rows[8][2] = QStringLiteral("R");
    const SheetImport::Outcome o = SheetImport::read(book.sheets[0], i.layout, book.source);
    REQUIRE(o.ok());
    CHECK(text(matrixLines(*o.agreement))
          == text({QStringLiteral("HELP DESK / Reset passwords: Internal IT=C, Contoso MSP=A/R "
                                  "[Self-service portal first]"),
                   QStringLiteral("HELP DESK / Onboard new staff: Internal IT=A/R, Contoso MSP=C, "
                                  "Leadership=I"),
                   QStringLiteral("SECURITY / Review firewall rules: Internal IT=A, Contoso MSP=R, "
                                  "Leadership=I [Quarterly]"),
                   QStringLiteral("SECURITY / Patch servers: Internal IT=I, Contoso MSP=A/R")}));
    CHECK(
        text(partyLines(*o.agreement))
        == text({QStringLiteral("Internal IT (internal)"), QStringLiteral("Contoso MSP (provider)"),
                 QStringLiteral("Leadership (leadership)")}));
    CHECK(book.sheets[0].merged.size() == 3);
}

TEST_CASE("Sheet 7: XLSX two-row header, legend below, status, due date and progress columns",
          "[sheet][xlsx]")
{
    SheetSpec s;
    s.name = QStringLiteral("Project RACI");
    s.rows = {
        {QStringLiteral("Phase"),
         QStringLiteral("Task"),
         QStringLiteral("Project team"),
         {},
         {},
         QStringLiteral("Stakeholders"),
         QStringLiteral("Status"),
         QStringLiteral("Due date"),
         QStringLiteral("% progress")},
        {{},
         {},
         QStringLiteral("Internal IT"),
         QStringLiteral("MSP"),
         QStringLiteral("Vendor"),
         QStringLiteral("CIO")},
        {QStringLiteral("Planning"),
         QStringLiteral("Define scope"),
         QStringLiteral("R"),
         QStringLiteral("C"),
         {},
         QStringLiteral("A"),
         QStringLiteral("Done"),
         QStringLiteral("#n:46023"),
         QStringLiteral("#n:1")},
        {{},
         QStringLiteral("Inventory devices"),
         QStringLiteral("A"),
         QStringLiteral("R"),
         QStringLiteral("I"),
         {},
         QStringLiteral("Open"),
         QStringLiteral("#n:46030"),
         QStringLiteral("#n:0.25")},
        {QStringLiteral("Rollout"),
         QStringLiteral("Deploy agents"),
         QStringLiteral("C"),
         QStringLiteral("A/R"),
         QStringLiteral("C"),
         QStringLiteral("I"),
         {},
         {},
         {}},
        {},
        {QStringLiteral("Legend")},
        {QStringLiteral("R = Responsible")},
        {QStringLiteral("A = Accountable")},
    };
    s.merges = {{0, 2, 0, 4}};
    const Imported i = importBytes(xlsx({s}), QStringLiteral("project.xlsx"));
    REQUIRE(i.readError.isEmpty());
    CHECK(i.layout.headerRow == 1);
    CHECK(i.layout.groupRows == 1);
    CHECK(rolesOf(i.layout)
          == QList<Role>{Role::Area, Role::Duty, Role::Party, Role::Party, Role::Party, Role::Party,
                         Role::Ignore, Role::Ignore, Role::Ignore});
    INFO(text(problemsOf(i.outcome)));
    REQUIRE(i.outcome.ok());
    CHECK(text(matrixLines(*i.outcome.agreement))
          == text({QStringLiteral("Planning / Define scope: Internal IT=R, MSP=C, CIO=A"),
                   QStringLiteral("Planning / Inventory devices: Internal IT=A, MSP=R, Vendor=I"),
                   QStringLiteral(
                       "Rollout / Deploy agents: Internal IT=C, MSP=A/R, Vendor=C, CIO=I")}));
    CHECK(partyLines(*i.outcome.agreement).last() == QStringLiteral("CIO (leadership)"));
}

TEST_CASE("Sheet 8: XLSX capitalised section rows with roll-ups, a keys sheet, x marks",
          "[sheet][xlsx]")
{
    SheetSpec keys;
    keys.name = QStringLiteral("Keys");
    keys.rows = {{QStringLiteral("Values")},
                 {QStringLiteral("x")},
                 {QStringLiteral("R")},
                 {QStringLiteral("A")}};
    SheetSpec matrix;
    matrix.name = QStringLiteral("Matrix");
    matrix.rows = {
        {QStringLiteral("Activity"), QStringLiteral("IT"), QStringLiteral("MSP"),
         QStringLiteral("Hours")},
        {QStringLiteral("OPERATIONS"), {}, {}, QStringLiteral("#f:=SUM(D3:D4)|12")},
        {QStringLiteral("Monitor alerts"), {}, QStringLiteral("x"), QStringLiteral("#n:8")},
        {QStringLiteral("Restart services"), QString::fromUtf8("✓"), {}, QStringLiteral("#n:4")},
        {QStringLiteral("BACKUP"), {}, {}, QStringLiteral("#f:=SUM(D6)|2")},
        {QStringLiteral("Test restores"), QStringLiteral("x"), QStringLiteral("x"),
         QStringLiteral("#n:2")},
    };
    // The keys sheet comes first; the picker chooses the matrix.
    const Imported i = importBytes(xlsx({keys, matrix}), QStringLiteral("ops.xlsx"));
    REQUIRE(i.readError.isEmpty());
    CHECK(i.book.sheets.size() == 2);
    CHECK(i.sheet == 1);
    CHECK(i.layout.marksSeen);
    CHECK(i.book.sheets[1].cell(1, 3) == QStringLiteral("12")); // the formula's cached value
    REQUIRE(i.outcome.ok());
    CHECK(i.outcome.notes.size() == 1);
    CHECK(text(matrixLines(*i.outcome.agreement))
          == text({QStringLiteral("OPERATIONS / Monitor alerts: MSP=R"),
                   QStringLiteral("OPERATIONS / Restart services: IT=R"),
                   QStringLiteral("BACKUP / Test restores: IT=R, MSP=R")}));
    // Asked what a mark means, the user says Accountable.
    SheetLayout layout = i.layout;
    layout.mark = Raci(Raci::Accountable);
    const SheetImport::Outcome a = SheetImport::read(i.book.sheets[1], layout, i.book.source);
    REQUIRE(a.ok());
    CHECK(matrixLines(*a.agreement).first()
          == QStringLiteral("OPERATIONS / Monitor alerts: MSP=A"));
}

TEST_CASE("Sheet 9: XLSX inverted layout, parties named in Responsible / Accountable columns",
          "[sheet][xlsx]")
{
    SheetSpec s;
    s.name = QStringLiteral("Who");
    s.rows = {
        {QStringLiteral("Area"), QStringLiteral("Task"), QStringLiteral("Responsible"),
         QStringLiteral("Accountable"), QStringLiteral("Consulted"), QStringLiteral("Informed")},
        {QStringLiteral("Help desk"),
         QStringLiteral("Reset passwords"),
         QStringLiteral("MSP"),
         QStringLiteral("MSP"),
         QStringLiteral("IT"),
         {}},
        {QStringLiteral("Help desk"),
         QStringLiteral("Onboard staff"),
         QStringLiteral("IT + MSP"),
         QStringLiteral("IT"),
         {},
         QStringLiteral("Leadership")},
        {QStringLiteral("Security"), QStringLiteral("Review access"), QStringLiteral("IT"),
         QStringLiteral("Leadership"), QStringLiteral("MSP, Vendor"), QStringLiteral("-")},
    };
    const Imported i = importBytes(xlsx({s}), QStringLiteral("who.xlsx"));
    REQUIRE(i.readError.isEmpty());
    CHECK(i.layout.inverted());
    INFO(text(problemsOf(i.outcome)));
    REQUIRE(i.outcome.ok());
    CHECK(text(partyLines(*i.outcome.agreement))
          == text({QStringLiteral("MSP (provider)"), QStringLiteral("IT (internal)"),
                   QStringLiteral("Leadership (leadership)"), QStringLiteral("Vendor (vendor)")}));
    CHECK(
        text(matrixLines(*i.outcome.agreement))
        == text({QStringLiteral("Help desk / Reset passwords: MSP=A/R, IT=C"),
                 QStringLiteral("Help desk / Onboard staff: MSP=R, IT=A/R, Leadership=I"),
                 QStringLiteral("Security / Review access: MSP=C, IT=R, Leadership=A, Vendor=C")}));
}

TEST_CASE("Sheet 10: XLSX with inline strings, numbers, booleans and a vertically merged area",
          "[sheet][xlsx]")
{
    SheetSpec s;
    s.name = QStringLiteral("Tabelle1");
    s.rows = {
        {QStringLiteral("Nr"), QStringLiteral("Bereich"), QStringLiteral("Tätigkeit"),
         QStringLiteral("IT-Abteilung"), QStringLiteral("Dienstleister"),
         QStringLiteral("Erledigt")},
        {QStringLiteral("#n:1"), QStringLiteral("Arbeitsplätze"),
         QStringLiteral("Drucker einrichten"), QStringLiteral("I"), QStringLiteral("R/A"),
         QStringLiteral("#b:1")},
        {QStringLiteral("#n:2"),
         {},
         QStringLiteral("Software verteilen"),
         QStringLiteral("A"),
         QStringLiteral("R"),
         QStringLiteral("#b:0")},
        {QStringLiteral("#n:3"), QStringLiteral("Server"), QStringLiteral("Updates einspielen"),
         QStringLiteral("C"), QStringLiteral("A/R"), QStringLiteral("#b:0")},
    };
    s.merges = {{1, 1, 2, 1}};
    // Not constant-memory mode: merges need the whole sheet. Inline strings
    // are covered by the next case.
    const Imported i = importBytes(xlsx({s}), QStringLiteral("de.xlsx"));
    REQUIRE(i.readError.isEmpty());
    CHECK(i.book.sheets[0].cell(1, 5) == QStringLiteral("TRUE"));
    CHECK(i.book.sheets[0].cell(2, 0) == QStringLiteral("2"));
    CHECK(i.book.sheets[0].cell(2, 1) == QStringLiteral("Arbeitsplätze")); // spread from the merge
    CHECK(rolesOf(i.layout)
          == QList<Role>{Role::Ignore, Role::Area, Role::Duty, Role::Party, Role::Party,
                         Role::Ignore});
    REQUIRE(i.outcome.ok());
    CHECK(
        text(matrixLines(*i.outcome.agreement))
        == text(
            {QStringLiteral(
                 "Arbeitsplätze / Drucker einrichten: IT-Abteilung=I, Dienstleister=A/R"),
             QStringLiteral("Arbeitsplätze / Software verteilen: IT-Abteilung=A, Dienstleister=R"),
             QStringLiteral("Server / Updates einspielen: IT-Abteilung=C, Dienstleister=A/R")}));

    SheetSpec inline_;
    inline_.name = QStringLiteral("Inline");
    inline_.rows = {{QStringLiteral("Duty"), QStringLiteral("IT"), QStringLiteral("MSP")},
                    {QStringLiteral("Rotate keys"), QStringLiteral("A"), QStringLiteral("R")}};
    const QByteArray bytes = xlsx({inline_}, true);
    const Imported j = importBytes(bytes, QStringLiteral("inline.xlsx"));
    REQUIRE(j.outcome.ok());
    CHECK(text(matrixLines(*j.outcome.agreement))
          == text({QStringLiteral("General / Rotate keys: IT=A, MSP=R")}));
}

TEST_CASE("Sheet 11: CSV with bad cells lists each by row and column, imports nothing",
          "[sheet][csv]")
{
    const QByteArray csv = "Area,Duty,IT,MSP\n"
                           "Help desk,Reset passwords,Q,A\n"
                           "Help desk,,R,\n"
                           "Help desk,Triage,R,maybe\n";
    const Imported i = importBytes(csv, QStringLiteral("bad.csv"));
    CHECK_FALSE(i.outcome.ok());
    CHECK(text(problemsOf(i.outcome))
          == text({QStringLiteral("“bad.csv”, row 2, column C (IT): “Q” is not a RACI value (R, A, "
                                  "C, I, a combination such as A/R or RA, the role's name, or x)"),
                   QStringLiteral("“bad.csv”, row 3, column B (Duty): the row has roles but no "
                                  "duty title"),
                   QStringLiteral("“bad.csv”, row 4, column D (MSP): “maybe” is not a RACI value "
                                  "(R, A, C, I, a combination such as A/R or RA, the role's name, "
                                  "or x)")}));
    CHECK(i.outcome.error().startsWith(
        QStringLiteral("Nothing was imported from “bad.csv”: it has 3 problems.")));
}

TEST_CASE("Sheet 12: a sheet with no matrix says what is missing", "[sheet][csv]")
{
    const Imported notes = importBytes("Shopping list\nMilk\nBread\n", QStringLiteral("list.csv"));
    CHECK(text(problemsOf(notes.outcome))
          == text({QStringLiteral("“list.csv”: no header row was found (a row naming the "
                                  "duty column and the parties' columns)")}));
    const Imported noParty =
        importBytes("Task,Owner,Due date\nPatch,Ann,2026-01-01\n", QStringLiteral("tasks.csv"));
    CHECK(text(problemsOf(noParty.outcome))
          == text({QStringLiteral("“tasks.csv”, row 1: no column holds RACI roles; mark the "
                                  "parties' columns as parties")}));
}

TEST_CASE("Sheet 13: the delimiter is the one the lines agree on", "[sheet][csv]")
{
    CHECK(CsvSheetReader::detectDelimiter(u"a,b;c\n1,2;3\n") == u',');
    CHECK(CsvSheetReader::detectDelimiter(u"Task;IT;MSP\nPatch, test;R;A\n") == u';');
    CHECK(CsvSheetReader::detectDelimiter(u"Task\tIT\tMSP\nA, B; C\tR\tA\n") == u'\t');
    CHECK(CsvSheetReader::detectDelimiter(u"\"a;b\",c\n\"x;y\",z\n") == u',');
}

TEST_CASE("Layout: header row found below titles, legends and blank rows, and its mapping file",
          "[sheet]")
{
    Sheet s;
    s.rows = {{QStringLiteral("Title")},
              {},
              {QStringLiteral("Legend: R = Responsible")},
              {QStringLiteral("Aufgabe"), QStringLiteral("IT"), QStringLiteral("MSP")},
              {QStringLiteral("Patch"), QStringLiteral("R"), QStringLiteral("A")}};
    const SheetLayout l = SheetLayout::detect(s);
    CHECK(l.headerRow == 3);
    const QByteArray json = l.toJson(QStringLiteral("Sheet1"));
    QString sheetName;
    const Result<SheetLayout> back =
        SheetLayout::fromJson(json, QStringLiteral("m.json"), &sheetName);
    REQUIRE(back.ok());
    CHECK(sheetName == QStringLiteral("Sheet1"));
    SheetLayout expected = l;
    expected.marksSeen = false;
    CHECK(back.value() == expected);
    CHECK_FALSE(SheetLayout::fromJson("{}", QStringLiteral("m.json")).ok());
    CHECK(SheetLayout::fromJson("[1", QStringLiteral("m.json"))
              .error()
              .contains(QStringLiteral("m.json")));
}

TEST_CASE("Apply onto an agreement: duties matched by title, counts of updated, added, unchanged",
          "[sheet]")
{
    const Imported base = importBytes("Area,Duty,Internal IT,MSP\n"
                                      "Help desk,Reset passwords,A,R\n"
                                      "Help desk,Triage,R,C\n"
                                      "Backup,Test restores,A,R\n",
                                      QStringLiteral("base.csv"));
    REQUIRE(base.outcome.ok());
    Workbook book = SheetReader::read("Task;IT;Provider\n"
                                      "reset passwords ;A;R\n"
                                      "Triage;A;R\n"
                                      "Rotate keys;C;A/R\n",
                                      QStringLiteral("update.csv"))
                        .value();
    const SheetLayout layout = SheetLayout::detect(book.sheets[0]);
    const SheetImport::Outcome o =
        SheetImport::apply(*base.outcome.agreement, book.sheets[0], layout, book.source);
    INFO(text(problemsOf(o)));
    REQUIRE(o.ok());
    CHECK(o.updated == 1);
    CHECK(o.added == 1);
    CHECK(o.unchanged == 1);
    // "IT" and "Provider" found the agreement's parties by their kind.
    CHECK(o.agreement->parties.size() == 2);
    CHECK(text(matrixLines(*o.agreement))
          == text({QStringLiteral("Help desk / Reset passwords: Internal IT=A, MSP=R"),
                   QStringLiteral("Help desk / Triage: Internal IT=A, MSP=R"),
                   QStringLiteral("Backup / Test restores: Internal IT=A, MSP=R"),
                   QStringLiteral("General / Rotate keys: Internal IT=C, MSP=A/R")}));
}

TEST_CASE("Round trip: every model's CSV imports back to an equal matrix", "[sheet][roundtrip]")
{
    const TemplateLibrary library = TemplateLibrary::load();
    REQUIRE_FALSE(library.models().isEmpty());
    for (const ModelTemplate &m : library.models()) {
        INFO(m.id.toStdString());
        const Result<Agreement> a = library.instantiate(
            m.id, {QStringLiteral("Northwind"), QStringLiteral("Contoso"), QDate(2026, 1, 1)});
        REQUIRE(a.ok());
        const QByteArray csv = CsvFormat::matrixCsv(a.value());
        const Imported i = importBytes(csv, QStringLiteral("model.csv"));
        INFO(text(problemsOf(i.outcome)));
        REQUIRE(i.outcome.ok());
        CHECK(CsvFormat::matrixCsv(*i.outcome.agreement) == csv);
    }
}

TEST_CASE("Round trip: Dutymap's own CSV imports back to an equal matrix", "[sheet][roundtrip]")
{
    const Result<Agreement> sample = SampleAgreement::load();
    REQUIRE(sample.ok());
    const QByteArray csv = CsvFormat::matrixCsv(sample.value());
    const Imported i = importBytes(csv, QStringLiteral("sample.csv"));
    INFO(text(problemsOf(i.outcome)));
    REQUIRE(i.outcome.ok());
    CHECK(CsvFormat::matrixCsv(*i.outcome.agreement) == csv);
    CHECK(i.outcome.agreement->duties.size() == sample->duties.size());
    // And applied onto the agreement it came from, nothing changes.
    const SheetImport::Outcome same = SheetImport::apply(sample.value(), i.book.sheets[0], i.layout,
                                                         QStringLiteral("sample.csv"));
    REQUIRE(same.ok());
    CHECK(same.updated == 0);
    CHECK(same.added == 0);
    CHECK(same.unchanged == int(sample->duties.size()));
    CHECK(*same.agreement == sample.value());
}

TEST_CASE("Hostile: a zip bomb is refused without unpacking it all", "[sheet][hostile]")
{
    const QByteArray bomb = zipBomb(160);
    CHECK(bomb.size() < 2 * 1024 * 1024);
    QElapsedTimer timer;
    timer.start();
    const Result<Workbook> book = SheetReader::read(bomb, QStringLiteral("bomb.xlsx"));
    CHECK(timer.elapsed() < 30'000);
    REQUIRE_FALSE(book.ok());
    CHECK(book.error().toStdString()
          == "Cannot read “bomb.xlsx”: the part “xl/worksheets/sheet1.xml” unpacks to more than "
             "128 MiB (a zip bomb?).");
}

TEST_CASE("Hostile: an XML entity bomb is refused", "[sheet][hostile]")
{
    const QByteArray xml =
        "<?xml version=\"1.0\"?>\n"
        "<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
        "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
        "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">"
        "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
        "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">"
        "<!ENTITY ext SYSTEM \"file:///etc/passwd\">]>\n"
        "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lol4;&ext;</t>"
        "</is></c></row></sheetData></worksheet>";
    const Result<Workbook> book = SheetReader::read(workbookWith(xml), QStringLiteral("lol.xlsx"));
    REQUIRE_FALSE(book.ok());
    CHECK(book.error().toStdString()
          == "Cannot read “lol.xlsx”: the part “xl/worksheets/sheet1.xml” declares a document type "
             "(entities are not allowed in a workbook).");
}

TEST_CASE("Hostile: a truncated zip and damaged XML say what is wrong", "[sheet][hostile]")
{
    const QByteArray whole = messyWorkbook();
    for (const qsizetype cut : {qsizetype(10), whole.size() / 2, whole.size() - 30}) {
        const Result<Workbook> book =
            SheetReader::read(whole.first(cut), QStringLiteral("cut.xlsx"));
        INFO(cut);
        REQUIRE_FALSE(book.ok());
        CHECK(book.error().startsWith(QStringLiteral("Cannot read “cut.xlsx”: ")));
    }
    const Result<Workbook> bad =
        SheetReader::read(workbookWith("<worksheet><sheetData><row>"), QStringLiteral("x.xlsx"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().contains(QStringLiteral("is not well-formed XML (line 1")));
    const Result<Workbook> xls =
        SheetReader::read(QByteArray("\xD0\xCF\x11\xE0 old", 8), QStringLiteral("old.xls"));
    CHECK(xls.error().contains(QStringLiteral(".xls")));
}

TEST_CASE("Hostile: a million empty rows end in bounded time", "[sheet][hostile]")
{
    QElapsedTimer timer;
    timer.start();
    // CSV: a header, one duty, then a million empty lines.
    QByteArray csv = "Duty,IT,MSP\nPatch,R,A\n";
    csv += QByteArray(1'000'000, '\n');
    const Imported i = importBytes(csv, QStringLiteral("tall.csv"));
    REQUIRE(i.outcome.ok());
    CHECK(i.outcome.duties == 1);
    CHECK(i.book.sheets[0].rowCount() == 2);

    // XLSX: a million <row/> elements, and one cell at the very bottom.
    QByteArray xml = "<worksheet><sheetData>";
    xml.reserve(30 * 1'000'000);
    for (int r = 1; r <= 1'000'000; ++r)
        xml += "<row r=\"" + QByteArray::number(r) + "\"/>";
    xml += "<row r=\"1048576\"><c r=\"A1048576\" t=\"inlineStr\"><is><t>end</t></is></c></row>"
           "</sheetData></worksheet>";
    const Imported x = importBytes(workbookWith(xml), QStringLiteral("tall.xlsx"));
    REQUIRE(x.readError.isEmpty());
    CHECK(x.book.sheets[0].rowCount() == 1'048'576);
    CHECK(text(problemsOf(x.outcome))
          == text({QStringLiteral("“tall.xlsx”: no header row was found (a row naming the "
                                  "duty column and the parties' columns)")}));
    CHECK(timer.elapsed() < 60'000);
}
