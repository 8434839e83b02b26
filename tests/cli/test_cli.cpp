#include "cli.h"
#include "clirun.h"
#include "exchange/jsonformat.h"
#include "storage/agreementfile.h"
#include "testpaths.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace {

using Run = CliRun;

Run cli(const QStringList &args)
{
    return runCli(args);
}

const QStringList modelIds = {QStringLiteral("helpdesk-overflow"), QStringLiteral("security-tools"),
                              QStringLiteral("project-escalation"), QStringLiteral("full-hybrid")};

QString integrityCheck(const QString &path)
{
    QString result;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next())
                result = q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    return result;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

TEST_CASE("templates lists the four models", "[cli]")
{
    const Run r = cli({QStringLiteral("templates")});
    CHECK(r.code == 0);
    for (const QString &id : modelIds)
        CHECK(r.out.contains(id));
    CHECK(r.out.contains(QStringLiteral("Help desk overflow"), Qt::CaseInsensitive));

    const Run ids = cli({QStringLiteral("templates"), QStringLiteral("--ids")});
    CHECK(ids.code == 0);
    CHECK(ids.out.split(u'\n', Qt::SkipEmptyParts) == modelIds);
}

TEST_CASE("new, check and export work for every model", "[cli]")
{
    QTemporaryDir dir;
    for (const QString &id : modelIds) {
        INFO(id.toStdString());
        const QString path = dir.filePath(id + QStringLiteral(".dutymap"));
        const Run made =
            cli({QStringLiteral("new"), QStringLiteral("--model"), id, QStringLiteral("--client"),
                 QStringLiteral("Northwind"), QStringLiteral("--provider"),
                 QStringLiteral("Contoso"), QStringLiteral("-o"), path});
        REQUIRE(made.code == 0);
        CHECK(made.out.contains(QStringLiteral("duties")));
        CHECK(integrityCheck(path) == QStringLiteral("ok"));

        const Run checked = cli({QStringLiteral("check"), path});
        INFO(checked.out.toStdString());
        CHECK(checked.code == 0);
        CHECK(checked.out.contains(QStringLiteral("0 error(s)")));

        const QString jsonPath = dir.filePath(id + QStringLiteral(".json"));
        const Run exported = cli({QStringLiteral("export"), path, QStringLiteral("--format"),
                                  QStringLiteral("json"), QStringLiteral("-o"), jsonPath});
        REQUIRE(exported.code == 0);
        const Result<Agreement> loaded = AgreementFile::load(path);
        REQUIRE(loaded.ok());
        QFile json(jsonPath);
        REQUIRE(json.open(QIODevice::ReadOnly));
        const QJsonArray duties = QJsonDocument::fromJson(json.readAll())
                                      .object()
                                      .value(QStringLiteral("duties"))
                                      .toArray();
        REQUIRE(duties.size() == loaded->duties.size());
        for (qsizetype i = 0; i < duties.size(); ++i)
            CHECK(duties.at(i).toObject().value(QStringLiteral("title")).toString()
                  == loaded->duties.at(i).title);
        CHECK(loaded->details.client == QStringLiteral("Northwind"));
        CHECK(loaded->details.modelId == id);

        // The JSON reads back as the same agreement, and the CLI reads it too.
        json.seek(0);
        const Result<Agreement> fromJson = JsonFormat().read(&json, jsonPath);
        REQUIRE(fromJson.ok());
        CHECK(fromJson.value() == loaded.value());
        CHECK(cli({QStringLiteral("check"), jsonPath}).code == 0);

        const Run shown =
            cli({QStringLiteral("show"), path, QStringLiteral("--width"), QStringLiteral("200")});
        CHECK(shown.code == 0);
        for (const Duty &d : loaded->duties)
            CHECK(shown.out.contains(d.title));
    }
}

TEST_CASE("new refuses to replace a file unless forced", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.dutymap"));
    writeFile(path, "keep me");
    const QStringList args = {QStringLiteral("new"), QStringLiteral("--model"),
                              QStringLiteral("full-hybrid"), QStringLiteral("-o"), path};
    const Run refused = cli(args);
    CHECK(refused.code == 2);
    CHECK(refused.err.contains(QStringLiteral("already exists")));
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == "keep me");
    f.close();

    CHECK(cli(args + QStringList{QStringLiteral("--force")}).code == 0);
    CHECK(AgreementFile::load(path).ok());
    CHECK(dir.path().size() > 0);
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size() == 1); // no leftovers
}

TEST_CASE("new explains a wrong model or date", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.dutymap"));
    Run r = cli({QStringLiteral("new"), QStringLiteral("--model"), QStringLiteral("outsourcing"),
                 QStringLiteral("-o"), path});
    CHECK(r.code == 3);
    CHECK(r.err.contains(QStringLiteral("there is no model “outsourcing”")));
    CHECK(r.err.contains(QStringLiteral("full-hybrid")));
    r = cli({QStringLiteral("new"), QStringLiteral("--model"), QStringLiteral("full-hybrid"),
             QStringLiteral("--effective"), QStringLiteral("31/01/2026"), QStringLiteral("-o"),
             path});
    CHECK(r.code == 3);
    CHECK(r.err.contains(QStringLiteral("not a date")));
    r = cli({QStringLiteral("new"), QStringLiteral("--model"), QStringLiteral("full-hybrid")});
    CHECK(r.code == 3);
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("check says clearly why a file cannot be read", "[cli]")
{
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("good.dutymap"));
    REQUIRE(cli({QStringLiteral("new"), QStringLiteral("--model"), QStringLiteral("full-hybrid"),
                 QStringLiteral("-o"), good})
                .code
            == 0);
    QFile goodFile(good);
    REQUIRE(goodFile.open(QIODevice::ReadOnly));
    const QByteArray goodBytes = goodFile.readAll();

    QByteArray random(64 * 1024, '\0');
    QRandomGenerator rng(42);
    for (char &c : random)
        c = char(rng.bounded(256));

    const QString text = dir.filePath(QStringLiteral("text.dutymap"));
    const QString empty = dir.filePath(QStringLiteral("empty.dutymap"));
    const QString noise = dir.filePath(QStringLiteral("noise.dutymap"));
    const QString truncated = dir.filePath(QStringLiteral("truncated.dutymap"));
    writeFile(text, "Who does what?\nNobody knows.\n");
    writeFile(empty, QByteArray());
    writeFile(noise, random);
    writeFile(truncated, goodBytes.left(goodBytes.size() / 2));
    const QString foreign = dir.filePath(QStringLiteral("foreign.dutymap"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("f"));
        db.setDatabaseName(foreign);
        REQUIRE(db.open());
        QSqlQuery(db).exec(QStringLiteral("CREATE TABLE photos (id INTEGER, path TEXT)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("f"));

    for (const QString &path : {text, empty, noise, truncated, foreign,
                                dir.filePath(QStringLiteral("missing.dutymap"))}) {
        const Run r = cli({QStringLiteral("check"), path});
        INFO(path.toStdString() << " → " << r.err.toStdString());
        CHECK(r.code == 2);
        CHECK(r.out.isEmpty());
        CHECK(r.err.count(u'\n') == 1); // one clear sentence
        CHECK(r.err.contains(QFileInfo(path).fileName()));
    }
}

TEST_CASE("check exits with 1 when the agreement has errors", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.dutymap"));
    REQUIRE(cli({QStringLiteral("new"), QStringLiteral("--model"), QStringLiteral("full-hybrid"),
                 QStringLiteral("-o"), path})
                .code
            == 0);
    Agreement a = AgreementFile::load(path).value();
    a.duties[0].roles.clear(); // nobody owns the first duty
    REQUIRE(AgreementFile::save(a, path).ok());
    const Run r = cli({QStringLiteral("check"), path});
    CHECK(r.code == 1);
    CHECK(r.out.contains(QStringLiteral("error [duty.unassigned]")));
    CHECK(r.out.contains(a.duties[0].title));
    const Run quiet = cli({QStringLiteral("check"), QStringLiteral("-q"), path});
    CHECK_FALSE(quiet.out.contains(QStringLiteral("warning [")));
}

TEST_CASE("usage errors and help", "[cli]")
{
    Run r = cli({});
    CHECK(r.code == 3);
    CHECK(r.err.contains(QStringLiteral("Usage: dutymap-cli COMMAND")));
    r = cli({QStringLiteral("--help")});
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("Exit codes")));
    r = cli({QStringLiteral("frobnicate")});
    CHECK(r.code == 3);
    CHECK(r.err.contains(QStringLiteral("unknown command “frobnicate”")));
    for (const char *command : {"templates", "new", "check", "show", "export"}) {
        r = cli({QString::fromLatin1(command), QStringLiteral("--help")});
        CHECK(r.code == 0);
        CHECK(
            r.out.startsWith(QStringLiteral("Usage: dutymap-cli ") + QString::fromLatin1(command)));
    }
    r = cli({QStringLiteral("check"), QStringLiteral("--bogus"), QStringLiteral("x")});
    CHECK(r.code == 3);
    r = cli({QStringLiteral("export"), QStringLiteral("x.dutymap"), QStringLiteral("--format"),
             QStringLiteral("docx")});
    CHECK(r.code == 3);
    CHECK(r.err.contains(QStringLiteral("unknown format “docx”")));
}

TEST_CASE("route shows who takes a ticket and where it escalates", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.dutymap"));
    REQUIRE(
        cli({QStringLiteral("new"), QStringLiteral("--model"), QStringLiteral("full-hybrid"),
             QStringLiteral("--provider"), QStringLiteral("Contoso"), QStringLiteral("-o"), path})
            .code
        == 0);
    const auto route = [&path](QStringList extra) {
        return cli(QStringList{QStringLiteral("route"), path} + extra);
    };

    Run r = route({QStringLiteral("--category"), QStringLiteral("password RESET"),
                   QStringLiteral("--urgency"), QStringLiteral("normal")});
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.code == 0);
    CHECK(r.out.startsWith(QStringLiteral("Rule ")));
    CHECK(r.out.contains(QStringLiteral(": Password resets\n")));
    CHECK(r.out.contains(QStringLiteral("Taken by: Contoso (MSP)\n")));
    CHECK(r.out.contains(QStringLiteral("Escalates: to Internal IT (IT) when: needs approval\n")));
    CHECK(r.out.contains(QStringLiteral("Response target: 30 min\n")));
    CHECK(r.out.contains(QStringLiteral("Resolution target: 2 h\n")));

    // A VIP's laptop at 9 pm: the MSP covers the night and hands back.
    r = route({QStringLiteral("--category"), QStringLiteral("Endpoint"),
               QStringLiteral("--urgency"), QStringLiteral("high"), QStringLiteral("--vip"),
               QStringLiteral("--after-hours")});
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral(": VIP users after hours\n")));
    CHECK(r.out.contains(QStringLiteral("Taken by: Contoso (MSP)\n")));
    CHECK(r.out.contains(QStringLiteral("when: needs business context")));
    CHECK(r.out.contains(QStringLiteral("Response target: 15 min\n")));
    CHECK(r.out.contains(QStringLiteral("Resolution target: 4 h\n")));

    // Unresolved escalation in human units, and a site.
    r = route({QStringLiteral("--category"), QStringLiteral("On-site"), QStringLiteral("--urgency"),
               QStringLiteral("low"), QStringLiteral("--location"),
               QStringLiteral("Branch office")});
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral(": On-site at the branch office\n")));
    CHECK(r.out.contains(QStringLiteral("Taken by: Internal IT (IT)\n")));
    CHECK(r.out.contains(QStringLiteral("Escalates: to Contoso (MSP) when unresolved after 8 h")));
    CHECK(r.out.contains(QStringLiteral("Resolution target: 3 days\n")));

    // No rule takes it: exit 1.
    Agreement a = AgreementFile::load(path).value();
    a.rules.removeLast(); // the catch-all
    REQUIRE(AgreementFile::save(a, path).ok());
    r = route({QStringLiteral("--category"), QStringLiteral("Other"), QStringLiteral("--urgency"),
               QStringLiteral("low")});
    CHECK(r.code == 1);
    CHECK(r.out.contains(QStringLiteral("No rule takes this ticket")));
}

TEST_CASE("route explains wrong usage and unreadable files", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.dutymap"));
    REQUIRE(cli({QStringLiteral("new"), QStringLiteral("--model"), QStringLiteral("security-tools"),
                 QStringLiteral("-o"), path})
                .code
            == 0);
    Run r = cli({QStringLiteral("route"), path, QStringLiteral("--category"),
                 QStringLiteral("Printing"), QStringLiteral("--urgency"), QStringLiteral("low")});
    CHECK(r.code == 3);
    CHECK(r.err.contains(QStringLiteral("unknown category “Printing”")));
    CHECK(r.err.contains(QStringLiteral("“Password reset”, “Endpoint”")));
    CHECK(r.out.isEmpty());

    r = cli({QStringLiteral("route"), path, QStringLiteral("--category"),
             QStringLiteral("Endpoint"), QStringLiteral("--urgency"), QStringLiteral("urgent")});
    CHECK(r.code == 3);
    CHECK(r.err.contains(QStringLiteral("unknown urgency “urgent”; use one of: low, normal, high, "
                                        "critical")));

    r = cli({QStringLiteral("route"), path, QStringLiteral("--urgency"), QStringLiteral("low")});
    CHECK(r.code == 3);
    CHECK(r.err.contains(QStringLiteral("--category")));
    r = cli({QStringLiteral("route"), QStringLiteral("--category"), QStringLiteral("Endpoint"),
             QStringLiteral("--urgency"), QStringLiteral("low")});
    CHECK(r.code == 3);

    r = cli({QStringLiteral("route"), dir.filePath(QStringLiteral("missing.dutymap")),
             QStringLiteral("--category"), QStringLiteral("Endpoint"), QStringLiteral("--urgency"),
             QStringLiteral("low")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("missing.dutymap")));

    r = cli({QStringLiteral("route"), QStringLiteral("--help")});
    CHECK(r.code == 0);
    CHECK(r.out.startsWith(
        QStringLiteral("Usage: dutymap-cli route [options] FILE --category C --urgency U")));
    CHECK(cli({QStringLiteral("--help")}).out.contains(QStringLiteral("  route ")));
}

TEST_CASE("the dutymap-cli program runs with no display", "[cli]")
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(DUTYMAP_CLI_PATH),
            {QStringLiteral("templates"), QStringLiteral("--ids")});
    REQUIRE(p.waitForFinished(30000));
    CHECK(p.exitStatus() == QProcess::NormalExit);
    CHECK(p.exitCode() == 0);
    CHECK(QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts)
          == modelIds);

    p.start(QStringLiteral(DUTYMAP_CLI_PATH),
            {QStringLiteral("check"), QStringLiteral("/nonexistent/x.dutymap")});
    REQUIRE(p.waitForFinished(30000));
    CHECK(p.exitCode() == 2);
    CHECK(QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("x.dutymap")));
}

// PDF needs Qt Gui, which dutymap-cli loads only then, from the renderer
// module beside it (render/rendermodule.h).
namespace {

struct Process {
    int code = -1;
    QString out, err;
};

Process runProgram(const QString &program, const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("XDG_RUNTIME_DIR")); // as on many a server
    p.setProcessEnvironment(env);
    p.start(program, args);
    REQUIRE(p.waitForFinished(120000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

TEST_CASE("export to PDF loads the renderer module with no display", "[cli][pdf]")
{
    QTemporaryDir dir;
    const QString cliPath = QStringLiteral(DUTYMAP_CLI_PATH);
    const QString file = dir.filePath(QStringLiteral("a.dutymap"));
    REQUIRE(runProgram(cliPath, {QStringLiteral("new"), QStringLiteral("--model"),
                                 QStringLiteral("full-hybrid"), QStringLiteral("-o"), file})
                .code
            == 0);
    const QString pdf = dir.filePath(QStringLiteral("a.pdf"));
    const Process exported =
        runProgram(cliPath, {QStringLiteral("export"), file, QStringLiteral("-o"), pdf});
    INFO(exported.err.toStdString());
    REQUIRE(exported.code == 0);
    // Qt's notes to developers are not for the user.
    CHECK(exported.err.isEmpty());
    // Nor are the ones a script DejaVu cannot shape brings ("OpenType
    // support missing"), which came by the dozen.
    const QString scripts = dir.filePath(QStringLiteral("scripts.dutymap"));
    REQUIRE(
        runProgram(cliPath, {QStringLiteral("new"), QStringLiteral("--model"),
                             QStringLiteral("full-hybrid"), QStringLiteral("--client"),
                             QStringLiteral("भारत सेवा केंद्र"), QStringLiteral("--provider"),
                             QStringLiteral("شركة النور للتقنية"), QStringLiteral("-o"), scripts})
            .code
        == 0);
    const Process shaped =
        runProgram(cliPath, {QStringLiteral("export"), scripts, QStringLiteral("-o"),
                             dir.filePath(QStringLiteral("scripts.pdf"))});
    INFO(shaped.err.toStdString());
    CHECK(shaped.code == 0);
    CHECK(shaped.err.isEmpty());
    CHECK(shaped.out.isEmpty());
    const Process info = runProgram(QStringLiteral("pdfinfo"), {pdf});
    CHECK(info.out.contains(QStringLiteral("Creator:         Dutymap")));

    // A PDF is never written to standard output: without -o it goes beside
    // the agreement, under its name.
    REQUIRE(QFile::remove(pdf));
    const Process beside = runProgram(cliPath, {QStringLiteral("export"), file,
                                                QStringLiteral("--format"), QStringLiteral("pdf")});
    INFO(beside.err.toStdString());
    CHECK(beside.code == 0);
    CHECK(beside.out.trimmed() == QStringLiteral("Wrote %1").arg(pdf));
    CHECK(QFileInfo(pdf).size() > 1000);

    // Without the module next to it, the error names the files looked for.
    const QString lonely = dir.filePath(QStringLiteral("dutymap-cli"));
    const QString notWritten = dir.filePath(QStringLiteral("b.pdf"));
    REQUIRE(QFile::copy(cliPath, lonely));
    const Process missing =
        runProgram(lonely, {QStringLiteral("export"), file, QStringLiteral("-o"), notWritten});
    CHECK(missing.code == 2);
    CHECK(missing.err.contains(dir.filePath(QStringLiteral("libdutymap-render.so"))));
    CHECK_FALSE(QFile::exists(notWritten));
}

TEST_CASE("dutymap-cli itself does not link Qt Gui", "[cli][pdf]")
{
    const Process ldd = runProgram(QStringLiteral("ldd"), {QStringLiteral(DUTYMAP_CLI_PATH)});
    CHECK(ldd.out.contains(QStringLiteral("libQt6Core")));
    CHECK_FALSE(ldd.out.contains(QStringLiteral("libQt6Gui")));
}

TEST_CASE("assess prints the recommendation as text or JSON, with its exit codes", "[cli]")
{
    QTemporaryDir dir;
    const QString answers = dir.filePath(QStringLiteral("answers.json"));
    writeFile(answers, R"({"monthlyTickets": 900, "users": 400, "itStaff": 2,
        "afterHoursCoverage": false, "securityStaff": true, "projectBacklog": 0})");
    const Run text = cli({QStringLiteral("assess"), answers});
    CHECK(text.code == 0);
    CHECK(
        text.out.startsWith(QStringLiteral("Recommended: Help desk overflow (helpdesk-overflow)")));
    CHECK(text.out.contains(QStringLiteral("Nobody covers urgent tickets after hours today")));

    const Run json = cli(
        {QStringLiteral("assess"), answers, QStringLiteral("--format"), QStringLiteral("json")});
    CHECK(json.code == 0);
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(o.value(QLatin1String("recommended")).toString() == QStringLiteral("helpdesk-overflow"));
    CHECK(o.value(QLatin1String("scores")).toObject().size() == 4);
    CHECK(o.value(QLatin1String("reasons")).toArray().size() >= 3);
    CHECK(o.value(QLatin1String("unknown")).toArray().contains(QStringLiteral("devices")));

    const QString few = dir.filePath(QStringLiteral("few.json"));
    writeFile(few, R"({"users": 40})");
    const Run unsure =
        cli({QStringLiteral("assess"), few, QStringLiteral("--format"), QStringLiteral("json")});
    CHECK(unsure.code == 0);
    CHECK(QJsonDocument::fromJson(unsure.out.toUtf8())
              .object()
              .value(QLatin1String("recommended"))
              .isNull());

    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    writeFile(bad, R"({"itStaff": -1})");
    const Run invalid = cli({QStringLiteral("assess"), bad});
    CHECK(invalid.code == 2);
    CHECK(invalid.err.contains(QStringLiteral("“itStaff”")));
    CHECK(cli({QStringLiteral("assess"), dir.filePath(QStringLiteral("missing.json"))}).code == 2);
    CHECK(cli({QStringLiteral("assess")}).code == 3);
    CHECK(
        cli({QStringLiteral("assess"), answers, QStringLiteral("--format"), QStringLiteral("xml")})
            .code
        == 3);
}

TEST_CASE("new --assessment builds the recommended model tailored to the answers", "[cli]")
{
    QTemporaryDir dir;
    const QString answers = dir.filePath(QStringLiteral("answers.json"));
    writeFile(answers, R"({"monthlyTickets": 900, "users": 400, "itStaff": 2,
        "afterHoursCoverage": false, "securityStaff": true, "projectBacklog": 0,
        "locationNames": ["Leeds", "York"], "m365": "none"})");
    const QString path = dir.filePath(QStringLiteral("x.dutymap"));
    const Run made = cli({QStringLiteral("new"), QStringLiteral("--assessment"), answers,
                          QStringLiteral("-o"), path});
    CHECK(made.code == 0);
    CHECK(made.out.contains(QStringLiteral("Tailored: Sites: Leeds, York.")));
    const Result<Agreement> a = AgreementFile::load(path);
    REQUIRE(a.ok());
    CHECK(a->details.modelId == QStringLiteral("helpdesk-overflow"));
    CHECK(a->details.locations == QStringList({QStringLiteral("Leeds"), QStringLiteral("York")}));
    CHECK(a->assessment.text(QStringLiteral("m365")) == QStringLiteral("none"));
    CHECK(cli({QStringLiteral("check"), path}).code == 0);

    // --model overrides the recommendation; the tailoring still applies.
    const QString other = dir.filePath(QStringLiteral("y.dutymap"));
    CHECK(cli({QStringLiteral("new"), QStringLiteral("--assessment"), answers,
               QStringLiteral("--model"), QStringLiteral("security-tools"), QStringLiteral("-o"),
               other})
              .code
          == 0);
    CHECK(AgreementFile::load(other)->details.modelId == QStringLiteral("security-tools"));

    const QString few = dir.filePath(QStringLiteral("few.json"));
    writeFile(few, R"({"users": 40})");
    const Run unsure = cli({QStringLiteral("new"), QStringLiteral("--assessment"), few,
                            QStringLiteral("-o"), dir.filePath(QStringLiteral("z.dutymap"))});
    CHECK(unsure.code == 3);
    CHECK(unsure.err.contains(QStringLiteral("too few answers")));
    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    writeFile(bad, "{");
    CHECK(cli({QStringLiteral("new"), QStringLiteral("--assessment"), bad, QStringLiteral("-o"),
               dir.filePath(QStringLiteral("w.dutymap"))})
              .code
          == 2);
}
