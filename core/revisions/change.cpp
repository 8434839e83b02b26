#include "revisions/change.h"

#include <QCoreApplication>

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Change)
};

QString orNone(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("—") : text;
}

QString quoted(const QString &text)
{
    return QStringLiteral("“%1”").arg(text);
}

// The item a change kind is about ("duty-added" -> "duty"), as a reader
// says it.
QString noun(const QString &kind)
{
    static const char *const nouns[][2] = {
        {"duty", QT_TRANSLATE_NOOP("Change", "duty")},
        {"party", QT_TRANSLATE_NOOP("Change", "party")},
        {"area", QT_TRANSLATE_NOOP("Change", "area")},
        {"system", QT_TRANSLATE_NOOP("Change", "system")},
        {"tool", QT_TRANSLATE_NOOP("Change", "tool")},
        {"rule", QT_TRANSLATE_NOOP("Change", "escalation rule")},
        {"category", QT_TRANSLATE_NOOP("Change", "ticket category")},
        {"site", QT_TRANSLATE_NOOP("Change", "site")},
        {"signatory", QT_TRANSLATE_NOOP("Change", "signatory")},
        {"detail", QT_TRANSLATE_NOOP("Change", "details")},
        {"assessment", QT_TRANSLATE_NOOP("Change", "assessment")},
        {"review", QT_TRANSLATE_NOOP("Change", "saved review")},
    };
    const QString head = kind.section(u'-', 0, 0);
    for (const auto &n : nouns)
        if (head == QLatin1String(n[0]))
            return Tr::tr(n[1]);
    return head;
}

// A field of the JSON format as a reader says it; unknown keys as they are.
QString fieldName(const QString &field)
{
    static const char *const names[][2] = {
        {"title", QT_TRANSLATE_NOOP("Change", "title")},
        {"description", QT_TRANSLATE_NOOP("Change", "description")},
        {"kind", QT_TRANSLATE_NOOP("Change", "kind")},
        {"frequency", QT_TRANSLATE_NOOP("Change", "frequency")},
        {"controls", QT_TRANSLATE_NOOP("Change", "control references")},
        {"notes", QT_TRANSLATE_NOOP("Change", "notes")},
        {"system", QT_TRANSLATE_NOOP("Change", "system")},
        {"tools", QT_TRANSLATE_NOOP("Change", "tools")},
        {"area", QT_TRANSLATE_NOOP("Change", "area")},
        {"name", QT_TRANSLATE_NOOP("Change", "name")},
        {"code", QT_TRANSLATE_NOOP("Change", "short code")},
        {"color", QT_TRANSLATE_NOOP("Change", "colour")},
        {"criticality", QT_TRANSLATE_NOOP("Change", "criticality")},
        {"category", QT_TRANSLATE_NOOP("Change", "category")},
        {"owner", QT_TRANSLATE_NOOP("Change", "owner")},
        {"minUrgency", QT_TRANSLATE_NOOP("Change", "minimum urgency")},
        {"location", QT_TRANSLATE_NOOP("Change", "location")},
        {"vip", QT_TRANSLATE_NOOP("Change", "VIP only")},
        {"firstResponder", QT_TRANSLATE_NOOP("Change", "first responder")},
        {"escalateTo", QT_TRANSLATE_NOOP("Change", "escalation target")},
        {"trigger", QT_TRANSLATE_NOOP("Change", "escalation trigger")},
        {"escalateAfterMinutes", QT_TRANSLATE_NOOP("Change", "escalate after (minutes)")},
        {"responseMinutes", QT_TRANSLATE_NOOP("Change", "response target (minutes)")},
        {"resolutionMinutes", QT_TRANSLATE_NOOP("Change", "resolution target (minutes)")},
        {"afterHoursHandler", QT_TRANSLATE_NOOP("Change", "after-hours handler")},
        {"client", QT_TRANSLATE_NOOP("Change", "client")},
        {"provider", QT_TRANSLATE_NOOP("Change", "provider")},
        {"model", QT_TRANSLATE_NOOP("Change", "model")},
        {"effectiveDate", QT_TRANSLATE_NOOP("Change", "effective date")},
        {"reviewMonths", QT_TRANSLATE_NOOP("Change", "review cadence (months)")},
        {"nextReview", QT_TRANSLATE_NOOP("Change", "next review")},
        {"businessHours", QT_TRANSLATE_NOOP("Change", "business hours")},
        {"ticketMapping", QT_TRANSLATE_NOOP("Change", "ticket mapping")},
        {"party", QT_TRANSLATE_NOOP("Change", "party")},
        {"order", QT_TRANSLATE_NOOP("Change", "order")},
    };
    for (const auto &n : names)
        if (field == QLatin1String(n[0]))
            return Tr::tr(n[1]);
    return field;
}

// "Duty", "Escalation rule": the noun at the start of a sentence.
QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

} // namespace

QString Change::sentence() const
{
    const QString what = quoted(item);
    if (kind.endsWith(QLatin1String("-added")))
        return Tr::tr("Added %1 %2").arg(noun(kind), what);
    if (kind.endsWith(QLatin1String("-removed")))
        return Tr::tr("Removed %1 %2").arg(noun(kind), what);
    if (kind == QLatin1String("role-changed"))
        return Tr::tr("Duty %1: %2 %3 → %4").arg(what, party, orNone(before), orNone(after));
    if (kind == QLatin1String("access-changed"))
        return Tr::tr("Tool %1: access of %2 %3 → %4")
            .arg(what, party, orNone(before), orNone(after));
    if (kind == QLatin1String("duty-moved"))
        return Tr::tr("Duty %1 moved from %2 to %3").arg(what, orNone(before), orNone(after));
    if (kind == QLatin1String("duty-retitled"))
        return Tr::tr("Duty %1 retitled to %2").arg(quoted(before), quoted(after));
    if (kind == QLatin1String("duty-reordered"))
        return Tr::tr("Duty %1 moved from place %2 to %3 within its area").arg(what, before, after);
    if (kind == QLatin1String("rule-moved"))
        return Tr::tr("Rule %1 moved from place %2 to %3").arg(what, before, after);
    if (kind == QLatin1String("detail-changed"))
        return Tr::tr("Details: %1 %2 → %3").arg(fieldName(field), orNone(before), orNone(after));
    return Tr::tr("%1 %2: %3 %4 → %5")
        .arg(capitalised(noun(kind)), what, fieldName(field), orNone(before), orNone(after));
}

QString MergeConflict::sentence() const
{
    const QString what = QStringLiteral("%1 “%2”").arg(capitalised(noun(kind)), item);
    const QString where = party.isEmpty() ? fieldName(field) : party;
    if (ours.isNull() || theirs.isNull())
        return Tr::tr("%1: edited on one side, removed on the other (base %2, ours %3, theirs %4)")
            .arg(what, orNone(base), ours.isNull() ? Tr::tr("removed") : orNone(ours),
                 theirs.isNull() ? Tr::tr("removed") : orNone(theirs));
    return Tr::tr("%1, %2: base %3, ours %4, theirs %5")
        .arg(what, where, orNone(base), orNone(ours), orNone(theirs));
}
