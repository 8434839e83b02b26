// dutymap-cli import, and check / show / export reading a .xlsx file
// through the same spreadsheet import: exit codes 0 imported, 1 problems,
// 2 unreadable, 3 usage; --dry-run, --map, --sheet, --mark, --force.
#include "cli.h"
#include "clirun.h"
#include "exchange/csvformat.h"
#include "exchange/sampleagreement.h"
#include "storage/agreementfile.h"
#include "testpaths.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace {

std::string text(const QString &s)
{
    return s.toStdString();
}

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

const QByteArray germanCsv = "\xEF\xBB\xBF"
                             "Task / Duty;Internal IT;MSP;Notes\r\n"
                             "Help desk;;;\r\n"
                             "Reset passwords;C;A/R;Self-service first\r\n"
                             "Security;;;\r\n"
                             "Patch servers;I;x;\r\n";

} // namespace

TEST_CASE("import writes a new agreement from a messy CSV", "[cli][import]")
{
    QTemporaryDir dir;
    const QString csv = write(dir, QStringLiteral("raci.csv"), germanCsv);
    const QString out = dir.filePath(QStringLiteral("raci.dutymap"));
    const CliRun r = runCli({QStringLiteral("import"), csv, QStringLiteral("-o"), out});
    INFO(text(r.err));
    REQUIRE(r.code == 0);
    CHECK(text(r.out)
          == "Wrote " + text(out) + ": 2 duties in 2 areas, 2 parties, from sheet “raci.csv”.\n");
    CHECK(text(r.err) == "Note: Cells marked with x or ✓ were read as R (Responsible).\n");
    const Result<Agreement> a = AgreementFile::load(out);
    REQUIRE(a.ok());
    CHECK(a->duties.size() == 2);
    CHECK(a->duties.at(1).rolesOf(a->parties.at(1).id) == Raci(Raci::Responsible));

    // Not again without --force; with it, and --mark A, the mark means Accountable.
    CHECK(runCli({QStringLiteral("import"), csv, QStringLiteral("-o"), out}).code == 2);
    REQUIRE(runCli({QStringLiteral("import"), csv, QStringLiteral("-o"), out,
                    QStringLiteral("--force"), QStringLiteral("--mark"), QStringLiteral("A")})
                .code
            == 0);
    const Result<Agreement> b = AgreementFile::load(out);
    REQUIRE(b.ok());
    CHECK(b->duties.at(1).rolesOf(b->parties.at(1).id) == Raci(Raci::Accountable));
}

TEST_CASE("import --dry-run prints what it understood and writes nothing", "[cli][import]")
{
    QTemporaryDir dir;
    const QString csv = write(dir, QStringLiteral("raci.csv"), germanCsv);
    const CliRun r = runCli({QStringLiteral("import"), csv, QStringLiteral("--dry-run")});
    REQUIRE(r.code == 0);
    CHECK(text(r.out)
          == "Sheet: raci.csv (1 of 1)\n"
             "Header row: 1\n"
             "Column A “Task / Duty”: Duty\n"
             "Column B “Internal IT”: Party (Internal IT)\n"
             "Column C “MSP”: Party (Service provider)\n"
             "Column D “Notes”: Notes\n"
             "A mark (x, ✓) means: R\n"
             "Party: Internal IT (Internal IT)\n"
             "Party: MSP (Service provider)\n"
             "Would import 2 duties in 2 areas for 2 parties.\n");
    CHECK(QDir(dir.path()).entryList(QDir::Files).size() == 1);
}

TEST_CASE("import exit codes: problems 1, unreadable 2, usage 3", "[cli][import]")
{
    QTemporaryDir dir;
    const QString bad =
        write(dir, QStringLiteral("bad.csv"), "Area,Duty,IT,MSP\nOps,Patch,Q,A\nOps,Backup,R,A\n");
    const QString out = dir.filePath(QStringLiteral("o.dutymap"));
    const CliRun problems = runCli({QStringLiteral("import"), bad, QStringLiteral("-o"), out});
    CHECK(problems.code == 1);
    CHECK(text(problems.err)
          == "Nothing was imported from “bad.csv”: “bad.csv”, row 2, column C (IT): “Q” is not a "
             "RACI value (R, A, C, I, a combination such as A/R or RA, the role's name, or x).\n");
    CHECK_FALSE(QFile::exists(out));

    const QString broken = write(dir, QStringLiteral("broken.xlsx"), "PK\x03\x04garbage");
    const CliRun unreadable = runCli({QStringLiteral("import"), broken, QStringLiteral("-o"), out});
    CHECK(unreadable.code == 2);
    CHECK_THAT(text(unreadable.err), Catch::Contains("Cannot read “broken.xlsx”"));
    CHECK(runCli({QStringLiteral("import"), dir.filePath(QStringLiteral("none.csv")),
                  QStringLiteral("-o"), out})
              .code
          == 2);

    CHECK(runCli({QStringLiteral("import"), bad}).code == 3);
    CHECK(runCli({QStringLiteral("import"), QStringLiteral("-o"), out}).code == 3);
    CHECK(runCli({QStringLiteral("import"), bad, QStringLiteral("--dry-run"),
                  QStringLiteral("--mark"), QStringLiteral("Z")})
              .code
          == 3);
    const CliRun noSheet = runCli({QStringLiteral("import"), bad, QStringLiteral("--dry-run"),
                                   QStringLiteral("--sheet"), QStringLiteral("Other")});
    CHECK(noSheet.code == 3);
    CHECK_THAT(text(noSheet.err), Catch::Contains("its sheets are: bad.csv"));
}

TEST_CASE("import --save-map writes a mapping that --map reads back", "[cli][import]")
{
    QTemporaryDir dir;
    // Detection alone reads "Owner" as ignored; the mapping makes it notes.
    const QString csv =
        write(dir, QStringLiteral("a.csv"), "Duty,IT,MSP,Owner\nPatch,R,A,Ann\nBackup,A,R,Bob\n");
    const QString map = dir.filePath(QStringLiteral("a.json"));
    REQUIRE(runCli({QStringLiteral("import"), csv, QStringLiteral("--dry-run"),
                    QStringLiteral("--save-map"), map})
                .code
            == 0);
    QFile f(map);
    REQUIRE(f.open(QIODevice::ReadWrite));
    QByteArray json = f.readAll();
    json.replace("\"role\": \"ignore\"", "\"role\": \"notes\"");
    f.resize(0);
    f.write(json);
    f.close();
    const QString out = dir.filePath(QStringLiteral("a.dutymap"));
    REQUIRE(runCli({QStringLiteral("import"), csv, QStringLiteral("--map"), map,
                    QStringLiteral("-o"), out})
                .code
            == 0);
    const Result<Agreement> a = AgreementFile::load(out);
    REQUIRE(a.ok());
    CHECK(a->duties.at(1).notes == QStringLiteral("Bob"));

    const QString notMap = write(dir, QStringLiteral("b.json"), "{\"x\":1}");
    const CliRun bad = runCli({QStringLiteral("import"), csv, QStringLiteral("--map"), notMap,
                               QStringLiteral("--dry-run")});
    CHECK(bad.code == 2);
    CHECK_THAT(text(bad.err), Catch::Contains("“b.json” is not a usable mapping"));
}

TEST_CASE("an XLSX export is read back by import, check and show", "[cli][import][xlsx]")
{
    // The workbook comes from dutymap-cli itself (the renderer module).
    QTemporaryDir dir;
    const QString sample =
        QStringLiteral(DUTYMAP_SOURCE_DIR "/resources/sample/sample-agreement.json");
    const QString xlsx = dir.filePath(QStringLiteral("sample.xlsx"));
    QProcess p;
    p.start(QStringLiteral(DUTYMAP_CLI_PATH),
            {QStringLiteral("export"), sample, QStringLiteral("-o"), xlsx});
    REQUIRE(p.waitForFinished(120000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);

    // Without -o the workbook would go beside itself, under its own name:
    // refused, and nothing replaced.
    QFile book(xlsx);
    REQUIRE(book.open(QIODevice::ReadOnly));
    const QByteArray before = book.readAll();
    book.close();
    p.start(QStringLiteral(DUTYMAP_CLI_PATH),
            {QStringLiteral("export"), xlsx, QStringLiteral("--format"), QStringLiteral("xlsx")});
    REQUIRE(p.waitForFinished(120000));
    CHECK(p.exitCode() == 3);
    CHECK(QString::fromUtf8(p.readAllStandardError())
              .contains(QStringLiteral("would replace the agreement itself")));
    REQUIRE(book.open(QIODevice::ReadOnly));
    CHECK(book.readAll() == before);
    book.close();

    const CliRun checked = runCli({QStringLiteral("check"), xlsx});
    INFO(text(checked.err));
    CHECK(checked.code != 2);
    const CliRun shown =
        runCli({QStringLiteral("show"), xlsx, QStringLiteral("--width"), QStringLiteral("200")});
    CHECK(shown.code == 0);
    CHECK(shown.out.contains(QStringLiteral("Triage and categorise routine tickets")));

    const QString out = dir.filePath(QStringLiteral("back.dutymap"));
    REQUIRE(runCli({QStringLiteral("import"), xlsx, QStringLiteral("-o"), out}).code == 0);
    const Result<Agreement> back = AgreementFile::load(out);
    const Result<Agreement> original = SampleAgreement::load();
    REQUIRE(back.ok());
    REQUIRE(original.ok());
    // The same matrix: areas, duties, kinds, systems and every role.
    CHECK(CsvFormat::matrixCsv(back.value()) == CsvFormat::matrixCsv(original.value()));
}
