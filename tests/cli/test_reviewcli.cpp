// dutymap-cli review: exit codes 0 no warnings, 1 warnings, 2 unreadable
// input, 3 usage; --preset, --map, --from/--to, --period, --date-order,
// --format md, json and csv; the mapping and saved reviews the agreement keeps.
#include "clirun.h"
#include "exchange/sampleagreement.h"
#include "review/savedreview.h"
#include "review/ticketmapping.h"
#include "storage/agreementfile.h"
#include "testpaths.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace {

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

// The sample agreement, in hours from 08:00 to 18:00 UTC.
QString agreementFile(const QTemporaryDir &dir)
{
    Agreement a = SampleAgreement::load().value();
    BusinessHours hours;
    hours.timeZone = "UTC";
    a.details.businessHours = hours;
    const QString path = dir.filePath(QStringLiteral("sample.dutymap"));
    REQUIRE(AgreementFile::save(a, path).ok());
    return path;
}

// Twelve endpoint tickets in July 2024, three of them on a weekend: the
// sample routes endpoints to the provider, but internal IT took ten of them.
QByteArray zendeskExport()
{
    QByteArray csv = "Id,Subject,Created at,Solved at,Group,Assignee,Priority,Ticket type,"
                     "First reply time in minutes\n";
    for (int i = 1; i <= 12; ++i)
        csv += QStringLiteral("%1,Laptop slow,2024-07-%2 10:00:00,2024-07-%2 12:00:00,%3,Ann,"
                              "normal,Endpoint,%4\n")
                   .arg(i)
                   .arg(i + 1, 2, 10, QLatin1Char('0'))
                   .arg(i <= 10 ? QStringLiteral("Internal IT") : QStringLiteral("MSP"))
                   .arg(i * 5)
                   .toUtf8();
    return csv;
}

QStringList args(std::initializer_list<QString> list)
{
    return QStringList(list);
}

} // namespace

TEST_CASE("review measures the agreement against a ticket export", "[cli][review]")
{
    QTemporaryDir dir;
    const QString agreement = agreementFile(dir);
    const QString tickets = write(dir, QStringLiteral("tickets.csv"), zendeskExport());

    const CliRun md =
        runCli(args({QStringLiteral("review"), agreement, QStringLiteral("--tickets"), tickets}));
    INFO(md.err.toStdString());
    INFO(md.out.toStdString());
    CHECK(md.code == 1); // the misroute is a warning
    CHECK(md.out.startsWith(u"# Service review: Co-managed IT agreement"));
    CHECK(md.out.contains(u"2024-07-02 to 2024-07-13: 12 tickets, 3 of them after hours."));
    CHECK(md.out.contains(u"Endpoint tickets: 8 of 9 handled by Internal IT although the rule "
                          u"“Endpoint and workstation issues” names Contoso Managed IT"));
    CHECK(
        md.out.contains(u"| Endpoint | after hours | Internal IT | Contoso Managed IT | 2 of 3 |"));
    CHECK(md.err.contains(u"Zendesk"));

    const CliRun json =
        runCli(args({QStringLiteral("review"), agreement, QStringLiteral("--tickets"), tickets,
                     QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--preset"),
                     QStringLiteral("zendesk")}));
    REQUIRE(json.code == 1);
    const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
    const QJsonObject overall = root.value(u"overall").toObject();
    CHECK(overall.value(u"volume").toInt() == 12);
    // Normal endpoint tickets must be answered within 240 minutes: all were.
    CHECK(overall.value(u"response").toObject().value(u"withinTarget").toInt() == 12);
    CHECK(overall.value(u"response").toObject().value(u"medianMinutes").toInt() == 30);
    CHECK(root.value(u"misroutes").toArray().size() == 2); // in and after hours

    const QString csvOut = dir.filePath(QStringLiteral("figures.csv"));
    const CliRun csv = runCli(args(
        {QStringLiteral("review"), agreement, QStringLiteral("--tickets"), tickets,
         QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), csvOut,
         QStringLiteral("--from"), QStringLiteral("2024-07-01"), QStringLiteral("--to"),
         QStringLiteral("2024-09-30"), QStringLiteral("--period"), QStringLiteral("quarter")}));
    CHECK(csv.code == 1);
    CHECK(csv.out.isEmpty());
    QFile file(csvOut);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    CHECK(lines.at(0).startsWith("period,first,last,breakdown,group,tickets"));
    CHECK(lines.at(1).startsWith("2024-07-01 to 2024-09-30,2024-07-01,2024-09-30,all,,12,3,"));

    // A mapping that names the internal team as the provider's: no misroute.
    const QString map =
        write(dir, QStringLiteral("map.json"), R"({"handlers": {"Internal IT": "MSP"}})");
    const CliRun mapped =
        runCli(args({QStringLiteral("review"), agreement, QStringLiteral("--tickets"), tickets,
                     QStringLiteral("--map"), map}));
    CHECK(mapped.code == 0);
    CHECK_FALSE(mapped.out.contains(u"handled by"));
}

TEST_CASE("review says what is wrong with its input", "[cli][review]")
{
    QTemporaryDir dir;
    const QString agreement = agreementFile(dir);
    const QString tickets = write(dir, QStringLiteral("tickets.csv"), zendeskExport());
    const auto review = [&](std::initializer_list<QString> extra) {
        return runCli(
            QStringList{QStringLiteral("review"), agreement, QStringLiteral("--tickets"), tickets}
            + QStringList(extra));
    };
    // PDF and XLSX are binary: a file is asked for.
    CHECK(review({QStringLiteral("--format"), QStringLiteral("pdf")}).code == 3);
    CHECK(review({QStringLiteral("-f"), QStringLiteral("xlsx")}).code == 3);
    CHECK(review({QStringLiteral("--format"), QStringLiteral("docx")}).code == 3);
    CHECK(review({QStringLiteral("--preset"), QStringLiteral("excel")}).code == 3);
    CHECK(review({QStringLiteral("--from"), QStringLiteral("July")}).code == 3);
    CHECK(review({QStringLiteral("--from"), QStringLiteral("2024-08-01"), QStringLiteral("--to"),
                  QStringLiteral("2024-07-01")})
              .code
          == 3);
    CHECK(runCli(args({QStringLiteral("review"), agreement})).code == 3);

    const CliRun missing =
        runCli(args({QStringLiteral("review"), agreement, QStringLiteral("--tickets"),
                     dir.filePath(QStringLiteral("none.csv"))}));
    CHECK(missing.code == 2);
    CHECK(missing.err.contains(u"none.csv"));

    const QString ambiguous = write(dir, QStringLiteral("us.csv"),
                                    "Ticket Number,Create Date/Time\nT1,3/1/2024 8:00 AM\n");
    const CliRun asked =
        runCli(args({QStringLiteral("review"), agreement, QStringLiteral("--tickets"), ambiguous}));
    CHECK(asked.code == 2);
    CHECK(asked.err.contains(u"--date-order"));
    CHECK(runCli(args({QStringLiteral("review"), agreement, QStringLiteral("--tickets"), ambiguous,
                       QStringLiteral("--date-order"), QStringLiteral("mdy")}))
              .code
          == 0);

    const QString badMap =
        write(dir, QStringLiteral("bad.json"), R"({"handlers": {"NOC": "Nobody"}})");
    const CliRun refused = review({QStringLiteral("--map"), badMap});
    CHECK(refused.code == 2);
    CHECK(refused.err.contains(u"“Nobody”"));
}

TEST_CASE("review reads with the agreement's mapping and compares with saved reviews",
          "[cli][review]")
{
    QTemporaryDir dir;
    Agreement a = SampleAgreement::load().value();
    BusinessHours hours;
    hours.timeZone = "UTC";
    a.details.businessHours = hours;
    TicketMapping mapping;
    mapping.handlers.insert(QStringLiteral("internal it"), a.findParty(u"MSP")->id);
    a.details.ticketMapping = mapping;
    SavedReview june;
    june.name = QStringLiteral("2024-06");
    june.first = QDate(2024, 6, 1);
    june.last = QDate(2024, 6, 30);
    june.savedOn = QDate(2024, 7, 1);
    june.volume = 30;
    june.afterHours = 6;
    june.findings = 2;
    june.warnings = 1;
    a.details.savedReviews = {june};
    const QString agreement = dir.filePath(QStringLiteral("kept.dutymap"));
    REQUIRE(AgreementFile::save(a, agreement).ok());
    const QString tickets = write(dir, QStringLiteral("tickets.csv"), zendeskExport());

    // The kept mapping names the internal team as the provider's: no misroute.
    const CliRun json =
        runCli(args({QStringLiteral("review"), agreement, QStringLiteral("--tickets"), tickets,
                     QStringLiteral("--format"), QStringLiteral("json")}));
    INFO(json.err.toStdString());
    CHECK(json.code == 0);
    const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(root.value(u"misroutes").toArray().isEmpty());
    const QJsonArray saved = root.value(u"savedReviews").toArray();
    REQUIRE(saved.size() == 1);
    CHECK(saved.at(0).toObject().value(u"name").toString() == QStringLiteral("2024-06"));
    const QJsonArray trend = root.value(u"trend").toArray();
    REQUIRE(trend.size() == 2);
    CHECK(trend.at(0).toObject().value(u"name").toString() == QStringLiteral("2024-06"));
    CHECK(trend.at(1).toObject().value(u"current").toBool());
    CHECK(trend.at(1).toObject().value(u"volume").toInt() == 12);
    CHECK(trend.at(1).toObject().value(u"change").toObject().value(u"volume").toInt() == -18);

    const CliRun md =
        runCli(args({QStringLiteral("review"), agreement, QStringLiteral("--tickets"), tickets}));
    CHECK(md.out.contains(u"## Compared with earlier reviews"));
    CHECK(md.out.contains(u"| 2024-06 | 30 |"));

    // A preset given on the command line reads without the kept mapping.
    const CliRun preset =
        runCli(args({QStringLiteral("review"), agreement, QStringLiteral("--tickets"), tickets,
                     QStringLiteral("--preset"), QStringLiteral("zendesk")}));
    CHECK(preset.code == 1);
    CHECK(preset.out.contains(u"handled by Internal IT"));
}

TEST_CASE("review writes the report as PDF and HTML and the figures as XLSX", "[cli][review][pdf]")
{
    QTemporaryDir dir;
    const QString agreement = agreementFile(dir);
    const QString tickets = write(dir, QStringLiteral("tickets.csv"), zendeskExport());
    // As a user runs it: its own process, no display.
    const auto run = [&](const QString &output, const QStringList &extra = {}) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(DUTYMAP_CLI_PATH),
                QStringList{QStringLiteral("review"), agreement, QStringLiteral("--tickets"),
                            tickets, QStringLiteral("-o"), output}
                    + extra);
        REQUIRE(p.waitForFinished(120000));
        INFO(p.readAllStandardError().toStdString());
        CHECK(p.exitCode() == 1); // the misroute is a warning
    };
    const auto tool = [](const QString &program, const QStringList &arguments) {
        QProcess p;
        p.start(program, arguments);
        REQUIRE(p.waitForFinished(60000));
        return QString::fromUtf8(p.readAllStandardOutput());
    };

    // The format follows the extension.
    const QString pdf = dir.filePath(QStringLiteral("review.pdf"));
    run(pdf);
    const QString words =
        tool(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")})
            .simplified();
    INFO(words.toStdString());
    CHECK(words.contains(u"Service review: Co-managed IT agreement"));
    CHECK(words.contains(u"2024-07-02 to 2024-07-13: 12 tickets, 3 of them after hours."));
    CHECK(words.contains(u"Tickets per month, by party"));
    CHECK(words.contains(u"First response within target, by urgency"));
    CHECK(words.contains(u"Routing as practised"));
    CHECK(words.contains(u"Endpoint after hours Internal IT Contoso Managed IT 2 of 3"));
    CHECK(tool(QStringLiteral("pdfinfo"), {pdf})
              .contains(QRegularExpression(
                  QStringLiteral("Title:\\s+Service review: Co-managed IT agreement"))));

    const QString xlsx = dir.filePath(QStringLiteral("figures.xlsx"));
    run(xlsx);
    QFile book(xlsx);
    REQUIRE(book.open(QIODevice::ReadOnly));
    CHECK(book.read(4) == "PK\x03\x04");

    // --format wins over the extension.
    const QString html = dir.filePath(QStringLiteral("review.txt"));
    run(html, {QStringLiteral("--format"), QStringLiteral("html")});
    QFile page(html);
    REQUIRE(page.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(page.readAll());
    CHECK(text.startsWith(u"<!DOCTYPE html>"));
    CHECK(text.contains(u"<h2>Routing as practised</h2>"));
}
