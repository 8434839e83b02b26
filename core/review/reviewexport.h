#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

struct Agreement;
struct ServiceReview;
namespace report {
struct ReviewReport;
}

// A service review as a reader takes it away: Markdown for a meeting's
// notes, HTML to read or print (report::ReviewReport, as the PDF shows
// it), JSON with every figure for other tools, and CSV with one row per
// period and breakdown for a spreadsheet.
namespace ReviewExport {

QString markdown(const ServiceReview &review, const Agreement &agreement);
QString markdown(const report::ReviewReport &report);
QString html(const ServiceReview &review, const Agreement &agreement);
QString html(const report::ReviewReport &report);
QJsonObject json(const ServiceReview &review, const Agreement &agreement);
QByteArray csv(const ServiceReview &review);

} // namespace ReviewExport
