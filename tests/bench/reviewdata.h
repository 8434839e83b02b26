#pragma once

#include "model/agreement.h"
#include "result.h"

#include <QHash>
#include <QString>

// The data of the service-review benchmark: a year of tickets exported the
// way HaloPSA writes them (ISO times in UTC, a category, team, agent, site
// and priority per ticket), an agreement with 50 routing rules over the
// same categories and sites, and the help desk's team names mapped to the
// agreement's parties. Generated from a fixed seed, so every run and both
// sides of the comparison read the same tickets.
namespace ReviewData {

constexpr int RuleCount = 50;

// 3 parties, 12 ticket categories (one no rule covers), 8 sites, business
// hours Monday to Friday 08:00–18:00 UTC; per category one rule for each
// minimum urgency, then rules for after hours and one site, all agreeing the
// same targets for a category and urgency (see responseTarget()).
Agreement agreement();
// Help desk team name (case-folded) → party id, as ReviewOptions::handlers.
QHash<QString, int> handlers();
// The response target in minutes that any matching rule agrees for a
// category and urgency; 0 for the category no rule covers.
int responseTarget(const QString &category, EscalationRule::Urgency urgency);

// Writes `count` tickets to a CSV file; the error says why not.
Status writeTickets(const QString &path, int count);

// The sqlite3 shell's script for the same work: import the CSV, then the
// volume by category, the volume by party and the response-time attainment
// by urgency, printed as CSV lines "category,NAME,N", "party,ID,N" and
// "urgency,U,WITH_TARGET,WITHIN_TARGET" (U as EscalationRule::Urgency).
QString sqliteScript(const QString &csvPath);

} // namespace ReviewData
