#pragma once

#include "checks/finding.h"
#include "model/businesshours.h"
#include "model/escalationrule.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

struct Agreement;
struct TicketLog;

// How long tickets took against what the agreement promises: how many had a
// target, how many met it, and the median and 90th percentile in minutes.
struct TimeFigures {
    int measured = 0;     // tickets with a time
    int withTarget = 0;   // of those, tickets whose rule agrees a target
    int withinTarget = 0; // of those, tickets that met it
    int medianMinutes = -1;
    int p90Minutes = -1;

    // Share of targeted tickets that met their target; nothing without any.
    std::optional<double> attainment() const;
    friend bool operator==(const TimeFigures &, const TimeFigures &) = default;
};

// One row of a breakdown: the tickets of one category, urgency, site or party.
struct ReviewGroup {
    QString label;   // the category, urgency, site or party as a user reads it
    int partyId = 0; // with the breakdown by party; 0: a handler no party matches
    int volume = 0;
    int afterHours = 0;
    TimeFigures response;
    TimeFigures resolution;
    friend bool operator==(const ReviewGroup &, const ReviewGroup &) = default;
};

// The figures of one month or quarter, or of the whole review.
struct PeriodFigures {
    QString label; // "2024-07", "2024 Q3"
    QDate first;
    QDate last;
    int volume = 0;
    int afterHours = 0;
    TimeFigures response;
    TimeFigures resolution;
    int rated = 0;                 // tickets with a satisfaction rating
    double satisfaction = 0;       // their mean, 0 … 1
    QList<ReviewGroup> byCategory; // most tickets first
    QList<ReviewGroup> byUrgency;  // critical first
    QList<ReviewGroup> bySite;     // most tickets first; "" for none
    QList<ReviewGroup> byParty;    // most tickets first
    friend bool operator==(const PeriodFigures &, const PeriodFigures &) = default;
};

// Tickets a party took although the rule that matched names another.
struct Misroute {
    int ruleId = 0;
    QString category;
    bool afterHours = false;
    int expectedPartyId = 0;
    int handledPartyId = 0;
    int count = 0;
    int ofTickets = 0; // tickets of that rule, category and time of day
    friend bool operator==(const Misroute &, const Misroute &) = default;
};

struct Recurrence {
    QString subject; // as most often written
    int count = 0;
    friend bool operator==(const Recurrence &, const Recurrence &) = default;
};

struct ReviewOptions {
    QDate first; // local dates, both included; invalid: from the first ticket
    QDate last;  //                                       to the last
    enum class Period { Month, Quarter } period = Period::Month;
    // Help desk team, queue or agent names (case-folded) and the party they
    // are; names and codes of the agreement's parties need no entry.
    QHash<QString, int> handlers;
};

// The agreement measured against the tickets that really came in: volume,
// times against targets, routing as practised against routing as agreed,
// what keeps coming back, and findings that say what to change.
struct ServiceReview {
    QDate first;
    QDate last;
    ReviewOptions::Period period = ReviewOptions::Period::Month;
    PeriodFigures overall;
    QList<PeriodFigures> periods;                       // oldest first
    QList<Misroute> misroutes;                          // most first
    QList<std::pair<QString, int>> uncoveredCategories; // no rule matched; most first
    int afterHoursUnhandled = 0; // after hours, and no rule names who takes them
    QList<Recurrence> recurring; // subjects seen at least RecurringAtLeast times
    QStringList unknownHandlers; // team or agent names no party matches
    int rowsRead = 0;
    int rowsSkipped = 0;
    QList<Finding> findings;

    static constexpr int RecurringAtLeast = 3;
    static constexpr double AttainmentBar = 0.9;

    static ServiceReview build(const Agreement &agreement, const BusinessHours &hours,
                               const TicketLog &log, const ReviewOptions &options);
};
