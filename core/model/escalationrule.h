#pragma once

#include <QString>

#include <array>
#include <optional>

// How one kind of ticket is routed: what it matches, who takes it first,
// when and to whom it escalates, and the targets. Rules are ordered; the
// first rule that matches a ticket wins.
struct EscalationRule {
    enum class Urgency { Low, Normal, High, Critical };
    enum class Match { Any, Yes, No }; // for yes/no ticket attributes
    enum class Trigger { None, NeedsApproval, NeedsBusinessContext, Unresolved, SecurityIncident };
    static constexpr int UrgencyCount = 4;

    int id = 0;
    QString name;
    QString category; // empty: any category
    Urgency minUrgency = Urgency::Low;
    QString location; // empty: any location
    Match vip = Match::Any;
    Match afterHours = Match::Any;
    int firstResponderId = 0;
    int escalateToId = 0; // 0: no escalation
    Trigger trigger = Trigger::None;
    int escalateAfterMinutes = 0; // with Trigger::Unresolved
    // Targets in minutes, indexed by Urgency; 0 means none agreed.
    std::array<int, UrgencyCount> responseMinutes{};
    std::array<int, UrgencyCount> resolutionMinutes{};
    int afterHoursHandlerId = 0; // 0: the first responder

    // Matches every ticket: the rule that ends the list.
    bool isCatchAll() const
    {
        return category.isEmpty() && minUrgency == Urgency::Low && location.isEmpty()
               && vip == Match::Any && afterHours == Match::Any;
    }

    static QString urgencyKey(Urgency u);
    static std::optional<Urgency> urgencyFromKey(QStringView key);
    static QString urgencyName(Urgency u);
    static QString matchKey(Match m);
    static std::optional<Match> matchFromKey(QStringView key);
    static QString triggerKey(Trigger t);
    static std::optional<Trigger> triggerFromKey(QStringView key);
    static QString triggerName(Trigger t);

    friend bool operator==(const EscalationRule &, const EscalationRule &) = default;
};
