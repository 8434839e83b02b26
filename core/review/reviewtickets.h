#pragma once

#include "model/escalationrule.h"
#include "review/servicereview.h"

#include <QList>
#include <QString>

struct Agreement;
struct TicketLog;

// One ticket of a review as the figures count it: the period, category,
// site and party it falls under, and how routing saw it.
struct ReviewedTicket {
    int index = 0;    // into TicketLog::tickets
    int period = 0;   // into ServiceReview::periods
    QString category; // as ReviewGroup::label spells it
    QString site;
    int partyId = 0; // 0: a handler no party matches
    EscalationRule::Urgency urgency = EscalationRule::Urgency::Normal;
    bool afterHours = false;
    bool covered = false;    // a rule matched
    int ruleId = 0;          // the rule that matched
    int expectedPartyId = 0; // who that rule names to take it; 0: nobody
    QString subject;         // the normalised subject, as Recurrence groups them
    int responseMinutes = -1;
    int resolutionMinutes = -1;
    int responseTarget = 0;
    int resolutionTarget = 0;

    // Handled by a party other than the one the rule names.
    bool misrouted() const
    {
        return covered && expectedPartyId != 0 && partyId != 0 && partyId != expectedPartyId;
    }
};

// The tickets behind the figures of a ServiceReview, one by one, so that a
// number in a table can be opened into the tickets it counts. Classifies
// each ticket of the reviewed period as ServiceReview::build() does.
namespace ReviewTickets {

QList<ReviewedTicket> classify(const Agreement &agreement, const BusinessHours &hours,
                               const TicketLog &log, const ServiceReview &review,
                               const ReviewOptions &options);

// How ServiceReview groups repeated subjects ("RE: Printer 3 jammed" and
// "printer 12 jammed" are one).
QString subjectKey(const QString &subject);

} // namespace ReviewTickets
