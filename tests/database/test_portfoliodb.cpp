// dutymap-cli portfolio --db against a throwaway PostgreSQL server.
#include "postgresserver.h"

#include "clirun.h"
#include "exchange/sampleagreement.h"
#include "storage/database/agreementstore.h"
#include "testpaths.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {

Agreement agreementOf(const QString &client, AgreementDetails::Status status, const QDate &review,
                      bool broken)
{
    Agreement a = SampleAgreement::load().value();
    a.details.client = client;
    a.details.status = status;
    a.details.nextReview = review;
    if (broken) {
        for (Duty &d : a.duties)
            d.roles.clear();
    }
    return a;
}

QStringList portfolioArgs(const QStringList &more)
{
    return QStringList{QStringLiteral("portfolio"), QStringLiteral("--today"),
                       QStringLiteral("2026-06-01")}
           + more;
}

QJsonArray agreementsOf(const CliRun &r)
{
    return QJsonDocument::fromJson(r.out.toUtf8())
        .object()
        .value(QLatin1String("agreements"))
        .toArray();
}

} // namespace

TEST_CASE("dutymap-cli portfolio lists the shared store", "[database][cli][portfolio]")
{
    PostgresServer server;
    INFO(server.error().toStdString());
    REQUIRE(server.error().isEmpty());
    const QString db = server.uri();

    // Before the store is set up, the command says what to do.
    CliRun r = runCli(portfolioArgs({QStringLiteral("--db"), db}));
    CHECK(r.code == 2);
    CHECK(r.err.contains(QLatin1String("dutymap-cli db init")));

    r = runCli({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--db"), db});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    {
        AgreementStore store;
        REQUIRE(store.connect(server.address()).ok());
        using S = AgreementDetails::Status;
        REQUIRE(store
                    .create(QStringLiteral("acme"), agreementOf(QStringLiteral("Acme"), S::InReview,
                                                                QDate(2026, 1, 10), false))
                    .saved());
        REQUIRE(
            store
                .create(QStringLiteral("east/birch"),
                        agreementOf(QStringLiteral("Birch"), S::Draft, QDate(2026, 6, 20), true))
                .saved());
        REQUIRE(store
                    .create(QStringLiteral("cedar"), agreementOf(QStringLiteral("Cedar"), S::Draft,
                                                                 QDate(2027, 1, 1), false))
                    .saved());
    }
    // A row written past Dutymap has no summary; it is listed with the reason.
    REQUIRE(server
                .execute(QStringLiteral(
                    "INSERT INTO dutymap.agreement (name, version, content, saved_by, saved_at) "
                    "VALUES ('stray', 1, '{}'::jsonb, 'mallory', now())"))
                .isEmpty());

    r = runCli(
        portfolioArgs({QStringLiteral("--db"), db, QStringLiteral("-f"), QStringLiteral("json")}));
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    QJsonArray listed = agreementsOf(r);
    REQUIRE(listed.size() == 4);
    QStringList names;
    for (const QJsonValue &v : listed)
        names << v.toObject().value(QLatin1String("location")).toString();
    CHECK(names
          == QStringList{QStringLiteral("acme"), QStringLiteral("east/birch"),
                         QStringLiteral("cedar"), QStringLiteral("stray")});
    CHECK(listed.at(0).toObject().value(QLatin1String("savedBy")).toString()
          == QStringLiteral("dutymap"));
    CHECK(listed.at(0).toObject().value(QLatin1String("review")).toString()
          == QStringLiteral("overdue"));
    CHECK(listed.at(3)
              .toObject()
              .value(QLatin1String("error"))
              .toString()
              .contains(QLatin1String("no portfolio summary")));
    CHECK(QJsonDocument::fromJson(r.out.toUtf8())
              .object()
              .value(QLatin1String("source"))
              .toString()
              .startsWith(QLatin1String("postgresql://dutymap@")));

    // The text table names agreements by name under a Name column.
    r = runCli(portfolioArgs({QStringLiteral("--db"), db, QStringLiteral("--errors")}));
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QLatin1String("Name")));
    CHECK(r.out.contains(QLatin1String("east/birch")));
    CHECK(r.out.contains(QLatin1String("stray")));
    CHECK_FALSE(r.out.contains(QLatin1String("Acme")));

    // DUTYMAP_DB stands in for --db; a folder given wins over it.
    qputenv("DUTYMAP_DB", db.toUtf8());
    r = runCli(
        portfolioArgs({QStringLiteral("--overdue"), QStringLiteral("-f"), QStringLiteral("csv")}));
    const CliRun folder = runCli(portfolioArgs({QDir::tempPath() + QStringLiteral("/none-here")}));
    qunsetenv("DUTYMAP_DB");
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QLatin1String("Acme")));
    CHECK_FALSE(r.out.contains(QLatin1String("Cedar")));
    CHECK(folder.code == 2);
    CHECK(folder.err.contains(QLatin1String("none-here")));

    // The PDF one-pager from the store, by the program as a user runs it.
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("store.pdf"));
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("DUTYMAP_DB"), db);
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(DUTYMAP_CLI_PATH), portfolioArgs({QStringLiteral("-o"), pdf}));
    REQUIRE(cli.waitForFinished(120000));
    INFO(cli.readAllStandardError().toStdString());
    CHECK(cli.exitCode() == 0);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(60000));
    const QString words = QString::fromUtf8(text.readAllStandardOutput());
    CHECK(words.contains(QLatin1String("postgresql://dutymap@")));
    CHECK(words.contains(QLatin1String("Birch")));
    CHECK(words.contains(QLatin1String("overdue: 1")));

    // Wrong usage, a wrong address and a server that went away.
    r = runCli(portfolioArgs({dir.path(), QStringLiteral("--db"), db}));
    CHECK(r.code == 3);
    CHECK(r.err.contains(QLatin1String("not both")));
    r = runCli(portfolioArgs({}));
    CHECK(r.code == 3);
    CHECK(r.err.contains(QLatin1String("DUTYMAP_DB")));
    r = runCli(portfolioArgs({QStringLiteral("--db"), QStringLiteral("mysql://db/msp")}));
    CHECK(r.code == 3);
    CHECK(r.err.contains(QLatin1String("postgresql://")));
    REQUIRE(server.stop());
    r = runCli(portfolioArgs({QStringLiteral("--db"), db}));
    CHECK(r.code == 2);
    CHECK(r.err.contains(QLatin1String("Cannot connect to")));
}
