#include "postgresserver.h"

#include "clirun.h"
#include "exchange/sampleagreement.h"
#include "storage/agreementfile.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

TEST_CASE("dutymap-cli db sets up the store, pushes, pulls and lists", "[database][cli]")
{
    PostgresServer server;
    INFO(server.error().toStdString());
    REQUIRE(server.error().isEmpty());
    QTemporaryDir dir;
    const QString db = server.uri();
    const Result<Agreement> sample = SampleAgreement::load();
    REQUIRE(sample.ok());
    const QString file = dir.filePath(QStringLiteral("contoso.dutymap"));
    REQUIRE(AgreementFile::save(*sample, file).ok());

    // Before init, a command says what to do.
    CliRun r = runCli({QStringLiteral("db"), QStringLiteral("list"), QStringLiteral("--db"), db});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QLatin1String("dutymap-cli db init --db URL")));

    r = runCli({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--db"), db});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QLatin1String("Set up the Dutymap store (version 2)")));
    r = runCli({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--db"), db});
    CHECK(r.code == 0);
    CHECK(r.out.contains(QLatin1String("up to date")));

    r = runCli({QStringLiteral("db"), QStringLiteral("push"), file, QStringLiteral("--db"), db});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("Saved “contoso”")));
    CHECK(r.out.contains(QLatin1String("as version 1")));

    // The name is taken: exit code 1, and how to go on.
    r = runCli({QStringLiteral("db"), QStringLiteral("push"), file, QStringLiteral("--db"), db});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("already an agreement named “contoso”")));
    CHECK(r.err.contains(QLatin1String("--over 1")));
    r = runCli({QStringLiteral("db"), QStringLiteral("push"), file, QStringLiteral("--over"),
                QStringLiteral("1"), QStringLiteral("--db"), db});
    CHECK(r.code == 0);
    CHECK(r.out.contains(QLatin1String("as version 2")));
    // Over a version someone saved over since: refused.
    r = runCli({QStringLiteral("db"), QStringLiteral("push"), file, QStringLiteral("--over"),
                QStringLiteral("1"), QStringLiteral("--db"), db});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QLatin1String("was saved by dutymap")));
    r = runCli({QStringLiteral("db"), QStringLiteral("push"), file, QStringLiteral("--replace"),
                QStringLiteral("--name"), QStringLiteral("Contoso copy"), QStringLiteral("--db"),
                db});
    CHECK(r.code == 0);

    // The address may come from DUTYMAP_DB.
    qputenv("DUTYMAP_DB", db.toUtf8());
    r = runCli({QStringLiteral("db"), QStringLiteral("list")});
    qunsetenv("DUTYMAP_DB");
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QLatin1String("contoso ")));
    CHECK(r.out.contains(QLatin1String("Contoso copy")));

    const QString pulled = dir.filePath(QStringLiteral("pulled.dutymap"));
    r = runCli({QStringLiteral("db"), QStringLiteral("pull"), QStringLiteral("contoso"),
                QStringLiteral("-o"), pulled, QStringLiteral("--db"), db});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QLatin1String("version 2")));
    const Result<Agreement> back = AgreementFile::load(pulled);
    REQUIRE(back.ok());
    CHECK(*back == *sample);

    // Wrong usage and unreachable servers get their exit codes.
    r = runCli({QStringLiteral("db"), QStringLiteral("pull"), QStringLiteral("contoso"),
                QStringLiteral("--db"), db});
    CHECK(r.code == 3);
    r = runCli({QStringLiteral("db"), QStringLiteral("list"), QStringLiteral("--db"),
                QStringLiteral("mysql://x/y")});
    CHECK(r.code == 3);
    r = runCli({QStringLiteral("db"), QStringLiteral("pull"), QStringLiteral("nobody"),
                QStringLiteral("-o"), pulled, QStringLiteral("--db"), db});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QLatin1String("no agreement of that name")));
    REQUIRE(server.stop());
    r = runCli({QStringLiteral("db"), QStringLiteral("list"), QStringLiteral("--db"), db});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QLatin1String("Cannot connect to")));
}
