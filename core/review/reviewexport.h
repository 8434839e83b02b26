#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

struct Agreement;
struct ServiceReview;

// A service review as a reader takes it away: Markdown for a meeting's
// notes, JSON with every figure for other tools, and CSV with one row per
// period and breakdown for a spreadsheet.
namespace ReviewExport {

QString markdown(const ServiceReview &review, const Agreement &agreement);
QJsonObject json(const ServiceReview &review, const Agreement &agreement);
QByteArray csv(const ServiceReview &review);

} // namespace ReviewExport
