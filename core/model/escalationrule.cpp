#include "model/escalationrule.h"

#include "model/enumkeys.h"

#include <QCoreApplication>

namespace {
constexpr EnumKeys<EscalationRule::Urgency, 4> urgencyKeys{{{
    {EscalationRule::Urgency::Low, QLatin1StringView("low")},
    {EscalationRule::Urgency::Normal, QLatin1StringView("normal")},
    {EscalationRule::Urgency::High, QLatin1StringView("high")},
    {EscalationRule::Urgency::Critical, QLatin1StringView("critical")},
}}};
constexpr EnumKeys<EscalationRule::Match, 3> matchKeys{{{
    {EscalationRule::Match::Any, QLatin1StringView("any")},
    {EscalationRule::Match::Yes, QLatin1StringView("yes")},
    {EscalationRule::Match::No, QLatin1StringView("no")},
}}};
constexpr EnumKeys<EscalationRule::Trigger, 5> triggerKeys{{{
    {EscalationRule::Trigger::None, QLatin1StringView("none")},
    {EscalationRule::Trigger::NeedsApproval, QLatin1StringView("needs-approval")},
    {EscalationRule::Trigger::NeedsBusinessContext, QLatin1StringView("needs-business-context")},
    {EscalationRule::Trigger::Unresolved, QLatin1StringView("unresolved")},
    {EscalationRule::Trigger::SecurityIncident, QLatin1StringView("security-incident")},
}}};
} // namespace

QString EscalationRule::urgencyKey(Urgency u)
{
    return urgencyKeys.key(u);
}

std::optional<EscalationRule::Urgency> EscalationRule::urgencyFromKey(QStringView key)
{
    return urgencyKeys.fromKey(key);
}

QString EscalationRule::urgencyName(Urgency u)
{
    switch (u) {
    case Urgency::Low:
        return QCoreApplication::translate("EscalationRule", "Low");
    case Urgency::Normal:
        return QCoreApplication::translate("EscalationRule", "Normal");
    case Urgency::High:
        return QCoreApplication::translate("EscalationRule", "High");
    case Urgency::Critical:
        return QCoreApplication::translate("EscalationRule", "Critical");
    }
    return {};
}

QString EscalationRule::matchKey(Match m)
{
    return matchKeys.key(m);
}

std::optional<EscalationRule::Match> EscalationRule::matchFromKey(QStringView key)
{
    return matchKeys.fromKey(key);
}

QString EscalationRule::triggerKey(Trigger t)
{
    return triggerKeys.key(t);
}

std::optional<EscalationRule::Trigger> EscalationRule::triggerFromKey(QStringView key)
{
    return triggerKeys.fromKey(key);
}

QString EscalationRule::triggerName(Trigger t)
{
    switch (t) {
    case Trigger::None:
        return QCoreApplication::translate("EscalationRule", "No escalation");
    case Trigger::NeedsApproval:
        return QCoreApplication::translate("EscalationRule", "Needs approval");
    case Trigger::NeedsBusinessContext:
        return QCoreApplication::translate("EscalationRule", "Needs business context");
    case Trigger::Unresolved:
        return QCoreApplication::translate("EscalationRule", "Unresolved after a time");
    case Trigger::SecurityIncident:
        return QCoreApplication::translate("EscalationRule", "Security incident");
    }
    return {};
}
