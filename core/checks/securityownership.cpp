#include "checks/securityownership.h"

#include "model/agreement.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <array>
#include <initializer_list>

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SecurityOwnership)
};

QString quoted(const QString &text)
{
    return Tr::tr("“%1”").arg(text);
}

QString dutyLabel(const Duty &duty)
{
    if (!duty.title.trimmed().isEmpty())
        return quoted(duty.title);
    return Tr::tr("Duty %1").arg(duty.id);
}

Finding make(Finding::Severity severity, const char *code, const QString &message, int dutyId)
{
    Finding f;
    f.severity = severity;
    f.code = QString::fromLatin1(code);
    f.message = message;
    f.dutyId = dutyId;
    return f;
}

} // namespace

namespace {

// True when text contains one of the words (lower-case ASCII letters),
// ignoring the case of ASCII letters, in one plain pass. Qt's
// case-insensitive search and case folding handle all of Unicode and are
// many times slower, and this runs for every duty on every edit.
bool containsAsciiWord(QStringView text, std::initializer_list<QLatin1StringView> words)
{
    const auto lower = [](char16_t c) {
        return c >= u'A' && c <= u'Z' ? char16_t(c + (u'a' - u'A')) : c;
    };
    // The words' first letters, in either case: most characters are
    // passed over with one table look-up.
    std::array<bool, 128> starts{};
    for (const QLatin1StringView word : words) {
        const auto c = std::size_t(word[0].unicode());
        starts[c] = true;
        starts[c - std::size_t(u'a' - u'A')] = true;
    }
    const char16_t *data = text.utf16();
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        if (data[i] >= 128 || !starts[data[i]])
            continue;
        const char16_t first = lower(data[i]);
        for (const QLatin1StringView word : words) {
            if (first != char16_t(word[0].unicode()) || i + word.size() > size)
                continue;
            qsizetype j = 1;
            while (j < word.size() && lower(data[i + j]) == char16_t(word[j].unicode()))
                ++j;
            if (j == word.size())
                return true;
        }
    }
    return false;
}

} // namespace

bool SecurityOwnership::isMonitoring(const Duty &duty)
{
    const std::initializer_list<QLatin1StringView> words{
        QLatin1StringView("monitor"), QLatin1StringView("alert"), QLatin1StringView("detect")};
    return containsAsciiWord(duty.key, words) || containsAsciiWord(duty.title, words);
}

QList<SecurityOwnership> SecurityOwnership::of(const Agreement &agreement)
{
    QSet<int> known;
    for (const Party &party : agreement.parties)
        known.insert(party.id);

    // Who is Responsible for monitoring, per area and per system.
    QHash<int, QSet<int>> watchersOfArea, watchersOfSystem;
    QSet<int> securityWatchers; // of security monitoring duties, anywhere
    // Only duties that can answer for a security duty are read for
    // monitoring words: security duties, and duties in an area or on a
    // system that has one. Reading every title on every edit is too slow.
    QSet<int> securityAreas, securitySystems;
    for (const Duty &duty : agreement.duties) {
        if (duty.kind != Duty::Kind::Security)
            continue;
        securityAreas.insert(duty.areaId);
        securitySystems.insert(duty.systemId);
    }
    for (const Duty &duty : agreement.duties) {
        const bool relevant = duty.kind == Duty::Kind::Security
                              || (duty.areaId != 0 && securityAreas.contains(duty.areaId))
                              || (duty.systemId != 0 && securitySystems.contains(duty.systemId));
        if (!relevant || !isMonitoring(duty))
            continue;
        for (auto it = duty.roles.cbegin(); it != duty.roles.cend(); ++it) {
            if (!it.value().responsible() || !known.contains(it.key()))
                continue;
            if (duty.areaId != 0)
                watchersOfArea[duty.areaId].insert(it.key());
            if (duty.systemId != 0)
                watchersOfSystem[duty.systemId].insert(it.key());
            if (duty.kind == Duty::Kind::Security)
                securityWatchers.insert(it.key());
        }
    }

    // Per duty, the parties are walked in their own order: the lists come
    // out in party order with no sets to build (this runs on every edit).
    const QSet<int> noWatchers;
    QList<SecurityOwnership> result;
    for (const Duty &duty : agreement.duties) {
        if (duty.kind != Duty::Kind::Security)
            continue;
        const QSet<int> &ofArea =
            duty.areaId != 0 ? watchersOfArea.value(duty.areaId, noWatchers) : noWatchers;
        const auto system = watchersOfSystem.constFind(duty.systemId);
        const QSet<int> &ofSystem =
            duty.systemId != 0 && system != watchersOfSystem.cend() ? *system : noWatchers;
        const QSet<int> *watchers = nullptr; // null: both of the above
        if (ofArea.isEmpty() && ofSystem.isEmpty())
            watchers = &securityWatchers;

        SecurityOwnership entry;
        entry.dutyId = duty.id;
        QList<int> informed;
        for (const Party &party : agreement.parties) {
            const Raci roles = duty.rolesOf(party.id);
            if (roles.responsible())
                entry.remediatorIds.append(party.id);
            if (roles.accountable())
                entry.approverIds.append(party.id);
            if (roles.informed())
                informed.append(party.id);
            if (watchers ? watchers->contains(party.id)
                         : ofArea.contains(party.id) || ofSystem.contains(party.id))
                entry.monitorIds.append(party.id);
        }
        if (entry.monitorIds.isEmpty())
            entry.monitorIds = informed;
        result.append(entry);
    }
    return result;
}

QList<Finding> SecurityOwnership::findings(const Agreement &agreement)
{
    using Severity = Finding::Severity;
    QList<Finding> out;
    // The entries follow the security duties in list order: walk both.
    const QList<SecurityOwnership> entries = of(agreement);
    auto duty = agreement.duties.cbegin();
    for (const SecurityOwnership &entry : entries) {
        while (duty->id != entry.dutyId)
            ++duty;
        // A duty with nothing to report, as most are, needs no label.
        const bool providerApproves =
            std::any_of(entry.approverIds.cbegin(), entry.approverIds.cend(), [&](int id) {
                const Party::Kind kind = agreement.party(id)->kind;
                return kind == Party::Kind::Provider || kind == Party::Kind::Vendor;
            });
        if (!entry.monitorIds.isEmpty() && !entry.remediatorIds.isEmpty()
            && !entry.approverIds.isEmpty() && !providerApproves)
            continue;
        const QString label = dutyLabel(*duty);
        if (entry.monitorIds.isEmpty())
            out.append(make(Severity::Warning, "security.no-monitor",
                            Tr::tr("No one monitors %1: no party is Responsible for a "
                                   "monitoring duty in its area or on its system, and no one is "
                                   "Informed of it. Name who watches it.")
                                .arg(label),
                            duty->id));
        if (entry.remediatorIds.isEmpty())
            out.append(make(Severity::Warning, "security.no-remediator",
                            Tr::tr("No one remediates %1: no party is Responsible for it. Give "
                                   "the party that fixes problems the R.")
                                .arg(label),
                            duty->id));
        if (entry.approverIds.isEmpty())
            out.append(make(Severity::Warning, "security.no-approver",
                            Tr::tr("No one approves %1: no party is Accountable for it. Give "
                                   "internal IT the A.")
                                .arg(label),
                            duty->id));
        for (const int id : entry.approverIds) {
            const Party &party = *agreement.party(id);
            if (party.kind != Party::Kind::Provider && party.kind != Party::Kind::Vendor)
                continue;
            // Info, not a warning: docs/architecture.md lets the provider own day-to-day
            // security operations; the client should still see who signs off.
            Finding f = make(Severity::Info, "security.provider-approves",
                             Tr::tr("%1 approves %2, a security duty. Internal IT should keep "
                                    "the approval: give it the A and leave %1 the R.")
                                 .arg(party.label(), label),
                             duty->id);
            f.partyId = party.id;
            out.append(f);
        }
    }
    return out;
}
