#include "routing/ticketrouter.h"

namespace {

bool matchesFlag(EscalationRule::Match match, bool value)
{
    switch (match) {
    case EscalationRule::Match::Any:
        return true;
    case EscalationRule::Match::Yes:
        return value;
    case EscalationRule::Match::No:
        return !value;
    }
    return false;
}

bool matchesText(const QString &wanted, const QString &actual)
{
    return wanted.isEmpty() || wanted.compare(actual, Qt::CaseInsensitive) == 0;
}

} // namespace

TicketRouter::TicketRouter(const QList<EscalationRule> &rules)
    : m_rules(rules)
{
    m_folded.reserve(rules.size());
    for (const EscalationRule &rule : rules)
        m_folded.append({rule.category.toCaseFolded(), rule.location.toCaseFolded()});
}

bool TicketRouter::matches(const EscalationRule &rule, const Ticket &ticket)
{
    return matchesText(rule.category, ticket.category) && ticket.urgency >= rule.minUrgency
           && matchesText(rule.location, ticket.location) && matchesFlag(rule.vip, ticket.vip)
           && matchesFlag(rule.afterHours, ticket.afterHours);
}

std::optional<Route> TicketRouter::route(const Ticket &ticket) const
{
    const QString category = ticket.category.toCaseFolded();
    const QString location = ticket.location.toCaseFolded();
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        const EscalationRule &rule = m_rules.at(i);
        const Folded &folded = m_folded.at(i);
        if (ticket.urgency < rule.minUrgency
            || (!folded.category.isEmpty() && folded.category != category)
            || (!folded.location.isEmpty() && folded.location != location)
            || !matchesFlag(rule.vip, ticket.vip)
            || !matchesFlag(rule.afterHours, ticket.afterHours))
            continue;
        const auto u = static_cast<std::size_t>(ticket.urgency);
        Route r;
        r.ruleIndex = i;
        r.ruleId = rule.id;
        r.takenById = ticket.afterHours && rule.afterHoursHandlerId != 0 ? rule.afterHoursHandlerId
                                                                         : rule.firstResponderId;
        r.escalateToId = rule.escalateToId;
        r.trigger = rule.trigger;
        r.escalateAfterMinutes = rule.escalateAfterMinutes;
        r.responseMinutes = rule.responseMinutes.at(u);
        r.resolutionMinutes = rule.resolutionMinutes.at(u);
        return r;
    }
    return std::nullopt;
}
