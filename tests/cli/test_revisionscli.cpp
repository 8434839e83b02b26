#include "clirun.h"
#include "exchange/jsonformat.h"
#include "revisions/revisionhistory.h"
#include "storage/agreementfile.h"
#include "testpaths.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace {

CliRun cli(const QStringList &args)
{
    return runCli(args);
}

const QString V1Signed = QStringLiteral(DUTYMAP_TEST_DATA_DIR "/v1/signed.dutymap");

Agreement loadOrFail(const QString &path)
{
    const Result<Agreement> r = AgreementFile::load(path);
    INFO(r.error().toStdString());
    REQUIRE(r.ok());
    return *r;
}

void saveOrFail(const Agreement &a, const QString &path)
{
    const Status s = AgreementFile::save(a, path);
    INFO(s.error().toStdString());
    REQUIRE(s.ok());
}

} // namespace

TEST_CASE("sign and revisions record and list signed revisions", "[cli][revisions]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("a.dutymap"));
    REQUIRE(cli({QStringLiteral("new"), QStringLiteral("-m"), QStringLiteral("helpdesk-overflow"),
                 QStringLiteral("-o"), path})
                .code
            == 0);

    CliRun r = cli({QStringLiteral("revisions"), path});
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("No signed revisions.")));

    r = cli({QStringLiteral("sign"), path, QStringLiteral("--by"), QStringLiteral("Ana Lopez"),
             QStringLiteral("--party"), QStringLiteral("it"), QStringLiteral("--by"),
             QStringLiteral("Dan Ortiz"), QStringLiteral("--party"), QStringLiteral("MSP"),
             QStringLiteral("--date"), QStringLiteral("2026-02-03")});
    INFO(r.err.toStdString());
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("Signed revision 1")));

    // Signing the same content again is refused with 1.
    r = cli({QStringLiteral("sign"), path, QStringLiteral("--by"), QStringLiteral("Ana Lopez"),
             QStringLiteral("--party"), QStringLiteral("IT")});
    CHECK(r.code == 1);
    // Usage: an unknown party, a bad date, a missing --party.
    CHECK(cli({QStringLiteral("sign"), path, QStringLiteral("--by"), QStringLiteral("X"),
               QStringLiteral("--party"), QStringLiteral("NOPE")})
              .code
          == 3);
    CHECK(cli({QStringLiteral("sign"), path, QStringLiteral("--by"), QStringLiteral("X"),
               QStringLiteral("--party"), QStringLiteral("IT"), QStringLiteral("--date"),
               QStringLiteral("soon")})
              .code
          == 3);
    CHECK(cli({QStringLiteral("sign"), path, QStringLiteral("--by"), QStringLiteral("X")}).code
          == 3);
    CHECK(cli({QStringLiteral("sign"), dir.filePath(QStringLiteral("missing.dutymap")),
               QStringLiteral("--by"), QStringLiteral("X"), QStringLiteral("--party"),
               QStringLiteral("IT")})
              .code
          == 2);

    Agreement a = loadOrFail(path);
    REQUIRE(a.revisions.size() == 1);
    CHECK(a.revisions.first().signatories.size() == 2);
    CHECK(a.revisions.first().signedOn == QDate(2026, 2, 3));
    a.duties[0].title = QStringLiteral("Changed after signing");
    saveOrFail(a, path);

    r = cli({QStringLiteral("revisions"), path});
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("2026-02-03")));
    CHECK(r.out.contains(QStringLiteral("Ana Lopez (Internal IT)")));
    CHECK(r.out.contains(QStringLiteral("revision 2, draft — changed since revision 1 signed on "
                                        "2026-02-03")));
    CHECK(cli({QStringLiteral("revisions"), dir.filePath(QStringLiteral("none.dutymap"))}).code
          == 2);
}

TEST_CASE("diff exits 0 when equal, 1 when different, 2 when unreadable", "[cli][revisions]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("a.dutymap"));
    Agreement a = loadOrFail(V1Signed);
    const QString oldTitle = a.duties[0].title;
    a.duties[0].title = QStringLiteral("Changed after signing");
    saveOrFail(a, path);
    const QString json = dir.filePath(QStringLiteral("a.json"));
    REQUIRE(cli({QStringLiteral("export"), path, QStringLiteral("-o"), json}).code == 0);

    CHECK(cli({QStringLiteral("diff"), path, path}).code == 0);
    CHECK(cli({QStringLiteral("diff"), path, json}).code == 0);

    CliRun r = cli({QStringLiteral("diff"), path + QStringLiteral("@3"), json});
    INFO(r.err.toStdString());
    CHECK(r.code == 1);
    CHECK(r.out.contains(QStringLiteral("duty-retitled")));
    CHECK(r.out.contains(oldTitle));
    CHECK(r.out.contains(QStringLiteral("1 change")));

    r = cli({QStringLiteral("diff"), path + QStringLiteral("@3"), path, QStringLiteral("--format"),
             QStringLiteral("json")});
    CHECK(r.code == 1);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK_FALSE(o.value(QLatin1String("equal")).toBool());
    const QJsonArray changes = o.value(QLatin1String("changes")).toArray();
    REQUIRE(changes.size() == 1);
    const QJsonObject c = changes.at(0).toObject();
    CHECK(c.value(QLatin1String("kind")).toString() == QStringLiteral("duty-retitled"));
    CHECK(c.value(QLatin1String("id")).toInt() == a.duties[0].id);
    CHECK(c.value(QLatin1String("after")).toString() == QStringLiteral("Changed after signing"));

    const QString md = dir.filePath(QStringLiteral("changes.md"));
    r = cli({QStringLiteral("diff"), path + QStringLiteral("@3"), path, QStringLiteral("-f"),
             QStringLiteral("md"), QStringLiteral("-o"), md});
    CHECK(r.code == 1);
    QFile mdFile(md);
    REQUIRE(mdFile.open(QIODevice::ReadOnly));
    CHECK(mdFile.readAll().startsWith("# Changes from "));

    CHECK(cli({QStringLiteral("diff"), path, dir.filePath(QStringLiteral("missing.json"))}).code
          == 2);
    CHECK(cli({QStringLiteral("diff"), path + QStringLiteral("@9"), path}).code == 2);
    CHECK(cli({QStringLiteral("diff"), path}).code == 3);
    CHECK(
        cli({QStringLiteral("diff"), path, path, QStringLiteral("-f"), QStringLiteral("xml")}).code
        == 3);
}

TEST_CASE("merge exits 0 when clean, 1 with conflicts, 2 when unreadable", "[cli][revisions]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const Agreement base = loadOrFail(V1Signed);
    const QString basePath = dir.filePath(QStringLiteral("base.dutymap"));
    saveOrFail(base, basePath);
    Agreement ours = base;
    Agreement theirs = base;
    ours.duties[0].notes = QStringLiteral("ours");
    theirs.duties[1].notes = QStringLiteral("theirs");
    const QString oursPath = dir.filePath(QStringLiteral("ours.dutymap"));
    const QString theirsPath = dir.filePath(QStringLiteral("theirs.json"));
    saveOrFail(ours, oursPath);
    {
        QFile f(theirsPath);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(JsonFormat::toJson(theirs)).toJson());
    }

    const QString out = dir.filePath(QStringLiteral("merged.dutymap"));
    CliRun r =
        cli({QStringLiteral("merge"), basePath, oursPath, theirsPath, QStringLiteral("-o"), out});
    INFO(r.err.toStdString());
    CHECK(r.code == 0);
    const Agreement merged = loadOrFail(out);
    CHECK(merged.duties[0].notes == QStringLiteral("ours"));
    CHECK(merged.duties[1].notes == QStringLiteral("theirs"));

    // A conflict: OUT keeps ours, the conflict is printed, exit 1; JSON by extension.
    theirs.duties[0].notes = QStringLiteral("theirs too");
    {
        QFile f(theirsPath);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(JsonFormat::toJson(theirs)).toJson());
    }
    const QString outJson = dir.filePath(QStringLiteral("merged.json"));
    r = cli({QStringLiteral("merge"), basePath + QStringLiteral("@3"), oursPath, theirsPath,
             QStringLiteral("-o"), outJson});
    CHECK(r.code == 1);
    CHECK(r.out.contains(QStringLiteral("[duty-changed]")));
    CHECK(r.out.contains(QStringLiteral("theirs too")));
    QFile f(outJson);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const Result<Agreement> fromJson = JsonFormat::fromJson(f.readAll(), QStringLiteral("m"));
    REQUIRE(fromJson.ok());
    CHECK(fromJson->duties[0].notes == QStringLiteral("ours"));
    CHECK(fromJson->duties[1].notes == QStringLiteral("theirs"));

    CHECK(cli({QStringLiteral("merge"), basePath, oursPath,
               dir.filePath(QStringLiteral("missing.dutymap")), QStringLiteral("-o"),
               dir.filePath(QStringLiteral("x.dutymap"))})
              .code
          == 2);
    CHECK(cli({QStringLiteral("merge"), basePath, oursPath, theirsPath}).code == 3);
    // An existing output is not replaced without --force.
    CHECK(cli({QStringLiteral("merge"), basePath, oursPath, theirsPath, QStringLiteral("-o"), out})
              .code
          == 3);
}
