// dutymap-cli export: every text format, to a file and to standard output,
// --party, and the refusals.
#include "cli.h"
#include "clirun.h"
#include "exchange/csvimport.h"
#include "exchange/formatregistry.h"
#include "exchange/sampleagreement.h"
#include "testpaths.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QFile>
#include <QIODevice>
#include <QTemporaryDir>

namespace {

using Run = CliRun;

Run cli(const QStringList &args)
{
    return runCli(args);
}

std::string text(const QString &s)
{
    return s.toStdString();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

const QString samplePath =
    QStringLiteral(DUTYMAP_SOURCE_DIR "/resources/sample/sample-agreement.json");

// A binary format, to prove that binary output never goes to standard output.
class BinaryTestFormat : public Format
{
public:
    QString id() const override { return QStringLiteral("testbin"); }
    QString name() const override { return QStringLiteral("Test binary"); }
    QString extension() const override { return QStringLiteral("testbin"); }
    Capabilities capabilities() const override { return WritesDocument | Binary; }
    Status write(const ExportJob &job, QIODevice *device) const override
    {
        const QByteArray bytes = QByteArray("\0\1", 2) + job.report().cover.title.toUtf8();
        return device->write(bytes) == bytes.size() ? Status()
                                                    : Status::failure(QStringLiteral("x"));
    }
};

} // namespace

TEST_CASE("export writes each text format to a file and to standard output", "[cli][export]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const Result<Agreement> sample = SampleAgreement::load();
    REQUIRE(sample.ok());
    for (const char *id : {"csv", "md", "html", "json"}) {
        const QString format = QString::fromLatin1(id);
        INFO(id);
        const Format *f = FormatRegistry::instance().byId(format);
        REQUIRE(f != nullptr);
        QBuffer expected;
        expected.open(QIODevice::WriteOnly);
        REQUIRE(f->writeAgreement(sample.value(), &expected).ok());

        const QString out = dir.filePath(QStringLiteral("sample.") + f->extension());
        const Run toFile = cli({QStringLiteral("export"), samplePath, QStringLiteral("--format"),
                                format, QStringLiteral("-o"), out});
        INFO(text(toFile.err));
        REQUIRE(toFile.code == 0);
        CHECK(toFile.err.isEmpty());
        CHECK((readAll(out) == expected.data()));

        // The format follows from the output's extension too.
        const QString byExtension = dir.filePath(QStringLiteral("again.") + f->extension());
        REQUIRE(cli({QStringLiteral("export"), samplePath, QStringLiteral("-o"), byExtension}).code
                == 0);
        CHECK((readAll(byExtension) == expected.data()));

        const Run toStdout =
            cli({QStringLiteral("export"), samplePath, QStringLiteral("--format"), format});
        REQUIRE(toStdout.code == 0);
        CHECK((toStdout.out.toUtf8() == expected.data()));
    }
}

TEST_CASE("export --party limits the document to one party", "[cli][export]")
{
    for (const char *party : {"MSP", "contoso managed it", "  Contoso Managed IT "}) {
        INFO(party);
        const Run r =
            cli({QStringLiteral("export"), samplePath, QStringLiteral("--format"),
                 QStringLiteral("md"), QStringLiteral("--party"), QString::fromLatin1(party)});
        REQUIRE(r.code == 0);
        CHECK(r.out.contains(
            QStringLiteral("Limited to the responsibilities of Contoso Managed IT.")));
        CHECK(r.out.contains(QStringLiteral("## What Contoso Managed IT does")));
        CHECK_FALSE(r.out.contains(QStringLiteral("## What Internal IT does")));
    }

    // A CSV for one party holds only the rows where it has a role.
    const Run csv = cli({QStringLiteral("export"), samplePath, QStringLiteral("--format"),
                         QStringLiteral("csv"), QStringLiteral("-p"), QStringLiteral("FAB")});
    REQUIRE(csv.code == 0);
    const CsvImport::Outcome read = CsvImport::read(csv.out.toUtf8(), QStringLiteral("fab.csv"));
    REQUIRE(read.ok());
    REQUIRE_FALSE(read.agreement->duties.isEmpty());
    const int fabrikam = read.agreement->parties.at(3).id;
    for (const Duty &d : read.agreement->duties)
        CHECK_FALSE(d.rolesOf(fabrikam).isEmpty());

    const Run unknown =
        cli({QStringLiteral("export"), samplePath, QStringLiteral("--format"), QStringLiteral("md"),
             QStringLiteral("--party"), QStringLiteral("Nobody")});
    CHECK(unknown.code == 3);
    CHECK(unknown.out.isEmpty());
    CHECK(text(unknown.err)
          == "dutymap-cli export: no party “Nobody” in the agreement; its parties are: Internal "
             "IT (IT), Contoso Managed IT (MSP), Leadership (LEAD), Fabrikam Networks (FAB).\n");
}

TEST_CASE("export refuses what it cannot do, saying why", "[cli][export]")
{
    FormatRegistry::instance().add(std::make_unique<BinaryTestFormat>());
    // Without -o a binary format goes beside the agreement, never to the terminal.
    QTemporaryDir beside;
    const QString agreementCopy = beside.filePath(QStringLiteral("northwind.json"));
    REQUIRE(QFile::copy(samplePath, agreementCopy));
    Run r = cli({QStringLiteral("export"), agreementCopy, QStringLiteral("--format"),
                 QStringLiteral("testbin")});
    CHECK(r.code == 0);
    CHECK(r.err.isEmpty());
    const QString besidePath = beside.filePath(QStringLiteral("northwind.testbin"));
    CHECK(r.out == QStringLiteral("Wrote %1\n").arg(besidePath));
    CHECK(readAll(besidePath).startsWith(QByteArray("\0\1Co-managed IT agreement", 25)));

    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("x.testbin"));
    r = cli({QStringLiteral("export"), samplePath, QStringLiteral("-o"), out});
    CHECK(r.code == 0);
    CHECK(readAll(out).startsWith(QByteArray("\0\1Co-managed IT agreement", 25)));

    r = cli({QStringLiteral("export"), samplePath});
    CHECK(r.code == 3);
    CHECK(r.err.contains(QStringLiteral("give --format")));

    r = cli({QStringLiteral("export"), samplePath, QStringLiteral("-o"),
             dir.filePath(QStringLiteral("x.docx"))});
    CHECK(r.code == 3);
    CHECK(r.err.contains(QStringLiteral("unknown format “")));

    r = cli({QStringLiteral("export"), samplePath, QStringLiteral("--format"), QStringLiteral("md"),
             QStringLiteral("-o"), QStringLiteral("/nonexistent/folder/x.md")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("x.md")));
}

TEST_CASE("a CSV export is read back by the other commands", "[cli][export]")
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("m.csv"));
    REQUIRE(cli({QStringLiteral("export"), samplePath, QStringLiteral("-o"), csv}).code == 0);
    const Run shown =
        cli({QStringLiteral("show"), csv, QStringLiteral("--width"), QStringLiteral("200")});
    CHECK(shown.code == 0);
    CHECK(shown.out.contains(QStringLiteral("Triage and categorise routine tickets")));

    // A broken CSV says which cell is wrong.
    QFile bad(dir.filePath(QStringLiteral("bad.csv")));
    REQUIRE(bad.open(QIODevice::WriteOnly));
    bad.write("Area,Duty,IT\nHelp desk,Reset,Q\n");
    bad.close();
    const Run checked = cli({QStringLiteral("check"), bad.fileName()});
    CHECK(checked.code == 2);
    CHECK_THAT(text(checked.err),
               Catch::Contains("Nothing was imported from “bad.csv”: “bad.csv”, row 2, column C "
                               "(IT): \"Q\" is not a RACI value"));
}
