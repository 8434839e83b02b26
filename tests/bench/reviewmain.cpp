// dutymap-bench-review TICKETS.csv: what `dutymap-cli review` does with a
// ticket export, as one process the review benchmark times and measures:
// read the file, import it as HaloPSA's export, replay it against the
// benchmark's agreement (reviewdata.h) and build the review. Prints one JSON
// object: the time of each stage in milliseconds and the figures the
// benchmark compares with the sqlite3 shell's (volume by category and by
// party, response attainment by urgency).
//
// dutymap-bench-review --write N TICKETS.csv writes the benchmark's tickets;
// dutymap-bench-review --sqlite-script TICKETS.csv prints the sqlite3 shell's
// script for the same work (the reference the benchmark runs beside it).

#include "reviewdata.h"

#include "review/servicereview.h"
#include "review/ticketimport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() == 4 && args.at(1) == QLatin1String("--write")) {
        const Status written = ReviewData::writeTickets(args.at(3), args.at(2).toInt());
        if (!written)
            std::fprintf(stderr, "%s\n", qUtf8Printable(written.error()));
        return written ? 0 : 2;
    }
    if (args.size() == 3 && args.at(1) == QLatin1String("--sqlite-script")) {
        std::fputs(qUtf8Printable(ReviewData::sqliteScript(args.at(2))), stdout);
        return 0;
    }
    if (args.size() != 2) {
        std::fputs("usage: dutymap-bench-review TICKETS.csv\n"
                   "       dutymap-bench-review --write N TICKETS.csv\n"
                   "       dutymap-bench-review --sqlite-script TICKETS.csv\n",
                   stderr);
        return 2;
    }
    const Agreement agreement = ReviewData::agreement();
    QElapsedTimer timer;
    timer.start();

    // Read as dutymap-cli reads it.
    const Result<TicketImport::FileBytes> read = TicketImport::readFile(args.at(1));
    if (!read) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(read.error()));
        return 2;
    }
    const QByteArray &bytes = read->bytes;
    const qint64 readMs = timer.restart();

    TicketImportOptions import;
    import.preset = TicketPreset::find(u"halopsa");
    import.hours = agreement.details.hours();
    const Result<TicketLog> log = TicketImport::readCsv(bytes, args.at(1), import);
    if (!log) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(log.error()));
        return 2;
    }
    const qint64 importMs = timer.restart();

    ReviewOptions options;
    options.handlers = ReviewData::handlers();
    const ServiceReview review = ServiceReview::build(agreement, import.hours, *log, options);
    const qint64 reviewMs = timer.restart();

    QJsonObject categories;
    for (const ReviewGroup &g : review.overall.byCategory)
        categories.insert(g.label, g.volume);
    QJsonObject parties;
    for (const ReviewGroup &g : review.overall.byParty)
        parties.insert(QString::number(g.partyId), g.volume);
    QJsonObject urgencies;
    for (const ReviewGroup &g : review.overall.byUrgency) {
        for (int u = 0; u < EscalationRule::UrgencyCount; ++u) {
            if (EscalationRule::urgencyName(EscalationRule::Urgency(u)) == g.label)
                urgencies.insert(QString::number(u),
                                 QJsonArray{g.response.withTarget, g.response.withinTarget});
        }
    }
    const QJsonObject out{
        {QStringLiteral("readMs"), readMs},
        {QStringLiteral("importMs"), importMs},
        {QStringLiteral("reviewMs"), reviewMs},
        {QStringLiteral("tickets"), int(log->tickets.size())},
        {QStringLiteral("skipped"), log->skipped()},
        {QStringLiteral("periods"), int(review.periods.size())},
        {QStringLiteral("findings"), int(review.findings.size())},
        {QStringLiteral("categories"), categories},
        {QStringLiteral("parties"), parties},
        {QStringLiteral("urgencies"), urgencies},
    };
    std::fputs(QJsonDocument(out).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
    return 0;
}
