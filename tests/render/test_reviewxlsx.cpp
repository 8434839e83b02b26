// The service review's workbook, read back by Dutymap's own XLSX reader:
// its sheets, the figures as numbers, and the stacked chart's data.
#include "exchange/sampleagreement.h"
#include "exchange/sheet/sheetreader.h"
#include "review/servicereview.h"
#include "review/ticketimport.h"
#include "reviewxlsx.h"

#include <catch2/catch.hpp>

#include <QBuffer>

namespace {

// Twelve endpoint tickets in July 2024 and four in August: internal IT took
// ten although the sample routes endpoints to the provider.
QByteArray tickets()
{
    QByteArray csv = "Id,Subject,Created at,Solved at,Group,Assignee,Priority,Ticket type,"
                     "First reply time in minutes\n";
    for (int i = 1; i <= 16; ++i)
        csv += QStringLiteral("%1,=1+1,2024-%2-%3 10:00:00,2024-%2-%3 12:00:00,%4,Ann,"
                              "normal,Endpoint,%5\n")
                   .arg(i)
                   .arg(i <= 12 ? 7 : 8, 2, 10, QLatin1Char('0'))
                   .arg(i <= 12 ? i + 1 : i - 10, 2, 10, QLatin1Char('0'))
                   .arg(i <= 10 ? QStringLiteral("Internal IT") : QStringLiteral("MSP"))
                   .arg(i * 5)
                   .toUtf8();
    return csv;
}

} // namespace

TEST_CASE("Review workbook: summary, volume by party, every figure, routing, recurring",
          "[render][review][xlsx]")
{
    Agreement agreement = SampleAgreement::load().value();
    BusinessHours hours = agreement.details.hours();
    hours.timeZone = "UTC";
    agreement.details.businessHours = hours;
    TicketImportOptions options;
    options.hours = hours;
    const Result<TicketLog> log =
        TicketImport::readCsv(tickets(), QStringLiteral("t.csv"), options);
    REQUIRE(log.ok());
    const ServiceReview review = ServiceReview::build(agreement, hours, *log, {});
    REQUIRE(review.overall.volume == 16);

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const Status written = ReviewXlsx::write(review, agreement, &buffer);
    INFO(written.error().toStdString());
    REQUIRE(written.ok());
    const Result<Workbook> book = SheetReader::read(buffer.data(), QStringLiteral("r.xlsx"));
    INFO(book.error().toStdString());
    REQUIRE(book.ok());
    QStringList names;
    for (const Sheet &s : book->sheets)
        names.append(s.name);
    // No saved reviews: no trend sheet.
    CHECK(names
          == QStringList{QStringLiteral("Summary"), QStringLiteral("Volume by party"),
                         QStringLiteral("Figures"), QStringLiteral("Routing"),
                         QStringLiteral("Recurring")});

    const Sheet &summary = book->sheets.at(0);
    CHECK(summary.cell(0, 0).startsWith(u"Service review: "));
    CHECK(summary.cell(3, 0) == QStringLiteral("Measure"));
    CHECK(summary.cell(4, 0) == QStringLiteral("Tickets"));
    CHECK(summary.cell(4, 1) == QStringLiteral("16"));

    // A row per month, a column per party; July's parts are its volume.
    const Sheet &volume = book->sheets.at(1);
    REQUIRE(volume.rowCount() == 3);
    CHECK(volume.cell(1, 0) == QStringLiteral("2024-07"));
    CHECK(volume.cell(2, 0) == QStringLiteral("2024-08"));
    int july = 0;
    for (int c = 1; c < volume.columnCount(); ++c)
        july += volume.cell(1, c).toInt();
    CHECK(july == 12);

    const Sheet &figures = book->sheets.at(2);
    CHECK(figures.cell(0, 5) == QStringLiteral("Tickets"));
    CHECK(figures.cell(1, 3) == QStringLiteral("All"));
    CHECK(figures.cell(1, 5) == QStringLiteral("16"));
    // Shares are numbers between 0 and 1, not text.
    bool isNumber = false;
    const double share = figures.cell(1, 9).toDouble(&isNumber);
    CHECK(isNumber);
    CHECK(share >= 0);
    CHECK(share <= 1);

    const Sheet &routing = book->sheets.at(3);
    REQUIRE(routing.rowCount() >= 2);
    CHECK(routing.cell(1, 0) == QStringLiteral("Endpoint"));
    CHECK(routing.cell(1, 2) == QStringLiteral("Internal IT"));

    // A subject that reads like a formula stays text.
    const Sheet &recurring = book->sheets.at(4);
    REQUIRE(recurring.rowCount() == 2);
    CHECK(recurring.cell(1, 0) == QStringLiteral("=1+1"));
    CHECK(recurring.cell(1, 1) == QStringLiteral("16"));
}
