#include <catch2/catch.hpp>

#include "clirun.h"
#include "exchange/sampleagreement.h"
#include "storage/agreementfile.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace {

// Three agreements on 2026-06-01: Acme's review overdue, Birch's due soon
// and full of errors, Cedar a draft of another model; and a stray file.
void makePortfolio(const QString &root)
{
    const auto save = [&](const QString &name, const QString &client, const QString &model,
                          AgreementDetails::Status status, const QDate &review, bool broken) {
        Agreement a = SampleAgreement::load().value();
        a.details.client = client;
        a.details.modelId = model;
        a.details.status = status;
        a.details.nextReview = review;
        if (broken) {
            for (Duty &d : a.duties)
                d.roles.clear();
        }
        QDir().mkpath(QFileInfo(root + u'/' + name).absolutePath());
        REQUIRE(AgreementFile::save(a, root + u'/' + name).ok());
    };
    using S = AgreementDetails::Status;
    save(QStringLiteral("acme.dutymap"), QStringLiteral("Acme"), QStringLiteral("security-tools"),
         S::InReview, QDate(2026, 1, 10), false);
    save(QStringLiteral("east/birch.dutymap"), QStringLiteral("Birch"),
         QStringLiteral("security-tools"), S::InReview, QDate(2026, 6, 20), true);
    save(QStringLiteral("east/cedar.dutymap"), QStringLiteral("Cedar"),
         QStringLiteral("helpdesk-overflow"), S::Draft, QDate(2027, 1, 1), false);
    QFile stray(root + QStringLiteral("/east/stray.dutymap"));
    REQUIRE(stray.open(QIODevice::WriteOnly));
    stray.write("not an agreement");
}

QStringList args(const QString &root, const QStringList &more)
{
    return QStringList{QStringLiteral("portfolio"), root, QStringLiteral("--today"),
                       QStringLiteral("2026-06-01")}
           + more;
}

QStringList clientsOf(const QString &json)
{
    QStringList clients;
    const QJsonArray agreements = QJsonDocument::fromJson(json.toUtf8())
                                      .object()
                                      .value(QStringLiteral("agreements"))
                                      .toArray();
    for (const QJsonValue &v : agreements) {
        const QJsonObject o = v.toObject();
        clients.append(o.contains(QStringLiteral("summary"))
                           ? o.value(QStringLiteral("summary"))
                                 .toObject()
                                 .value(QStringLiteral("client"))
                                 .toString()
                           : QFileInfo(o.value(QStringLiteral("location")).toString()).fileName());
    }
    return clients;
}

} // namespace

TEST_CASE("dutymap-cli portfolio lists a folder as text, CSV and JSON", "[cli][portfolio]")
{
    QTemporaryDir dir;
    makePortfolio(dir.path());

    const CliRun text = runCli(args(dir.path(), {}));
    INFO(text.err.toStdString());
    REQUIRE(text.code == 0);
    CHECK(text.out.contains(QStringLiteral("Client")));
    CHECK(text.out.contains(QStringLiteral("Security and tool support")));
    CHECK(text.out.contains(QStringLiteral("2026-01-10")));
    CHECK(text.out.contains(QStringLiteral("stray.dutymap: ")));
    CHECK(text.out.contains(QStringLiteral("Agreements: 4 · overdue: 1 · due within 30 days: 1 · "
                                           "with errors: 2 · not signed: 3")));

    const CliRun json =
        runCli(args(dir.path(), {QStringLiteral("--format"), QStringLiteral("json")}));
    REQUIRE(json.code == 0);
    CHECK(clientsOf(json.out)
          == QStringList{QStringLiteral("Acme"), QStringLiteral("Birch"), QStringLiteral("Cedar"),
                         QStringLiteral("stray.dutymap")});
    const QJsonObject first = QJsonDocument::fromJson(json.out.toUtf8())
                                  .object()
                                  .value(QStringLiteral("agreements"))
                                  .toArray()
                                  .first()
                                  .toObject();
    CHECK(first.value(QStringLiteral("review")).toString() == QStringLiteral("overdue"));

    const CliRun csv = runCli(args(dir.path(), {QStringLiteral("-f"), QStringLiteral("csv")}));
    REQUIRE(csv.code == 0);
    const QStringList lines = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 5);
    CHECK(lines.at(0).endsWith(QStringLiteral("Saved by,Saved at,File,Problem")));
    CHECK(lines.at(1).startsWith(QStringLiteral("Acme,")));

    // To a file, the format from its extension.
    const QString out = dir.filePath(QStringLiteral("out/portfolio.csv"));
    QDir().mkpath(dir.filePath(QStringLiteral("out")));
    REQUIRE(runCli(args(dir.path(), {QStringLiteral("-o"), out})).code == 0);
    QFile written(out);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(written.readAll().startsWith("\xEF\xBB\xBF"
                                       "Client,"));
}

TEST_CASE("dutymap-cli portfolio filters and sorts", "[cli][portfolio]")
{
    QTemporaryDir dir;
    makePortfolio(dir.path());
    const auto clients = [&](const QStringList &more) {
        const CliRun r = runCli(
            args(dir.path(), QStringList{QStringLiteral("-f"), QStringLiteral("json")} + more));
        REQUIRE(r.code == 0);
        return clientsOf(r.out).join(u',');
    };
    CHECK(clients({QStringLiteral("--overdue")}) == QStringLiteral("Acme"));
    CHECK(clients({QStringLiteral("--errors")}) == QStringLiteral("Birch,stray.dutymap"));
    CHECK(clients({QStringLiteral("--status"), QStringLiteral("draft")})
          == QStringLiteral("Cedar"));
    CHECK(clients({QStringLiteral("--model"), QStringLiteral("Security and tool support")})
          == QStringLiteral("Acme,Birch"));
    CHECK(clients({QStringLiteral("--model"), QStringLiteral("helpdesk-overflow")})
          == QStringLiteral("Cedar"));
    CHECK(clients({QStringLiteral("--search"), QStringLiteral("east")})
          == QStringLiteral("Birch,Cedar,stray.dutymap"));
    CHECK(clients({QStringLiteral("--sort"), QStringLiteral("next-review"),
                   QStringLiteral("--descending")})
          == QStringLiteral("Cedar,Birch,Acme,stray.dutymap"));
}

TEST_CASE("dutymap-cli portfolio reports bad usage and unreadable folders", "[cli][portfolio]")
{
    QTemporaryDir dir;
    CHECK(runCli({QStringLiteral("portfolio")}).code == 3);
    CHECK(runCli({QStringLiteral("portfolio"), dir.path(), QStringLiteral("--status"),
                  QStringLiteral("lost")})
              .code
          == 3);
    CHECK(runCli({QStringLiteral("portfolio"), dir.path(), QStringLiteral("--sort"),
                  QStringLiteral("colour")})
              .code
          == 3);
    CHECK(runCli({QStringLiteral("portfolio"), dir.path(), QStringLiteral("-f"),
                  QStringLiteral("xlsx")})
              .code
          == 3);
    const CliRun missing =
        runCli({QStringLiteral("portfolio"), dir.filePath(QStringLiteral("nope"))});
    CHECK(missing.code == 2);
    CHECK(missing.err.contains(QStringLiteral("does not exist")));
    const CliRun empty = runCli({QStringLiteral("portfolio"), dir.path()});
    CHECK(empty.code == 0);
    CHECK(empty.out.contains(QStringLiteral("Agreements: 0 ·")));
}

TEST_CASE("dutymap-cli portfolio writes XLSX and a PDF one-pager", "[cli][portfolio][pdf]")
{
    QTemporaryDir dir;
    makePortfolio(dir.path() + QStringLiteral("/in"));
    const auto run = [](const QStringList &arguments) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(DUTYMAP_CLI_PATH), arguments);
        REQUIRE(p.waitForFinished(120000));
        INFO(p.readAllStandardError().toStdString());
        CHECK(p.exitCode() == 0);
    };
    const QString pdf = dir.filePath(QStringLiteral("portfolio.pdf"));
    run(args(dir.filePath(QStringLiteral("in")), {QStringLiteral("-o"), pdf}));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(60000));
    const QString words = QString::fromUtf8(text.readAllStandardOutput());
    CHECK(words.contains(QStringLiteral("Portfolio")));
    CHECK(words.contains(QStringLiteral("overdue: 1")));
    CHECK(words.contains(QStringLiteral("Birch")));
    CHECK(words.contains(QStringLiteral("due soon")));
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    REQUIRE(info.waitForFinished(60000));
    CHECK(QString::fromUtf8(info.readAllStandardOutput())
              .contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))));

    const QString xlsx = dir.filePath(QStringLiteral("portfolio.xlsx"));
    run(args(dir.filePath(QStringLiteral("in")), {QStringLiteral("-o"), xlsx}));
    QFile book(xlsx);
    REQUIRE(book.open(QIODevice::ReadOnly));
    CHECK(book.read(2) == "PK");
}
