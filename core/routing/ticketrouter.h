#pragma once

#include "model/escalationrule.h"

#include <QList>
#include <QString>
#include <optional>

// A ticket as the routing rules see it.
struct Ticket {
    QString category; // one of the agreement's ticket categories
    EscalationRule::Urgency urgency = EscalationRule::Urgency::Normal;
    QString location; // empty: no named site
    bool vip = false;
    bool afterHours = false;
};

// What happens to one ticket: the rule that matched and what it says.
struct Route {
    qsizetype ruleIndex = -1; // position in the rule list, 0-based
    int ruleId = 0;
    int takenById = 0;    // who picks it up: the after-hours handler after hours
    int escalateToId = 0; // 0: no escalation
    EscalationRule::Trigger trigger = EscalationRule::Trigger::None;
    int escalateAfterMinutes = 0;
    int responseMinutes = 0;   // 0: none agreed for this urgency
    int resolutionMinutes = 0; // 0: none agreed for this urgency
};

// Routes tickets through an ordered rule list: the first rule that matches
// wins. Category and location compare case-insensitively; a rule's empty
// category or location matches any. The router keeps its own (implicitly
// shared) copy of the rules, so it may outlive the list it was made from.
class TicketRouter
{
public:
    explicit TicketRouter(const QList<EscalationRule> &rules);

    std::optional<Route> route(const Ticket &ticket) const;

    static bool matches(const EscalationRule &rule, const Ticket &ticket);

private:
    // A rule's texts, case-folded once so that routing compares them exactly.
    struct Folded {
        QString category;
        QString location;
    };

    QList<EscalationRule> m_rules;
    QList<Folded> m_folded;
};
