#include "checks/healthcheck.h"

#include "checks/securityownership.h"
#include "model/agreement.h"
#include "revisions/agreementdiff.h"
#include "revisions/revisionhistory.h"
#include "routing/ticketrouter.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QPair>
#include <QSet>
#include <QStringList>
#include <QVarLengthArray>

#include <algorithm>
#include <vector>

namespace {

using Severity = Finding::Severity;

// What the party rules need, gathered while the duties are walked once.
struct PartyTally {
    const Party *party = nullptr;
    int accountable = 0; // duties it is Accountable for
    bool works = false;  // Responsible or Accountable somewhere
};

// Built once per run so that each role resolves with one hash lookup; this
// keeps the check linear in the number of duties.
constexpr qint64 ReviewNoticeDays = 30;

struct Context {
    const Agreement &agreement;
    const CheckOptions &options;
    QHash<int, qsizetype> partyIndex; // party id -> index in tallies
    std::vector<PartyTally> tallies;
    QList<const Party *> internals; // Internal IT parties, in list order
    bool hasProvider = false;
};

// One duty's roles, resolved against the known parties. Roles of unknown
// party ids are skipped: storage validates them, the rules ignore them.
struct DutyRoles {
    int holders = 0; // parties with any role
    int responsible = 0;
    int consulted = 0;
    QVarLengthArray<qsizetype, 4> accountable;  // indexes into tallies
    QVarLengthArray<qsizetype, 4> workers;      // R or A, indexes into tallies
    const Party *externalResponsible = nullptr; // first one, if any
    bool internalInvolved = false;
};

bool isExternal(Party::Kind kind)
{
    return kind == Party::Kind::Provider || kind == Party::Kind::Vendor;
}

QString quoted(const QString &text)
{
    return QCoreApplication::translate("HealthCheck", "“%1”").arg(text);
}

QString dutyLabel(const Duty &duty)
{
    if (!duty.title.trimmed().isEmpty())
        return quoted(duty.title);
    return QCoreApplication::translate("HealthCheck", "Duty %1").arg(duty.id);
}

// "Rule 3, “Password resets”": rules are known by their place in the list.
QString ruleLabel(const QList<EscalationRule> &rules, qsizetype index)
{
    const EscalationRule &rule = rules.at(index);
    const QString number = QLocale().toString(index + 1);
    if (!rule.name.trimmed().isEmpty())
        return QCoreApplication::translate("HealthCheck", "Rule %1, %2")
            .arg(number, quoted(rule.name));
    return QCoreApplication::translate("HealthCheck", "Rule %1").arg(number);
}

QString toolLabel(const Tool &tool)
{
    if (!tool.name.trimmed().isEmpty())
        return quoted(tool.name);
    return QCoreApplication::translate("HealthCheck", "Tool %1").arg(tool.id);
}

// Messages take user text in one multi-argument arg() call: chained arg()
// calls would expand a "%2" that someone typed into a title.
Finding make(Severity severity, const char *code, QString message)
{
    Finding f;
    f.severity = severity;
    f.code = QString::fromLatin1(code);
    f.message = std::move(message);
    return f;
}

Context makeContext(const Agreement &agreement, const CheckOptions &options)
{
    Context context{agreement, options, {}, {}, {}, false};
    context.partyIndex.reserve(agreement.parties.size());
    context.tallies.reserve(static_cast<std::size_t>(agreement.parties.size()));
    for (const Party &party : agreement.parties) {
        context.partyIndex.insert(party.id, static_cast<qsizetype>(context.tallies.size()));
        context.tallies.push_back(PartyTally{&party, 0, false});
        if (party.kind == Party::Kind::Internal)
            context.internals.append(&party);
        if (party.kind == Party::Kind::Provider)
            context.hasProvider = true;
    }
    return context;
}

DutyRoles resolveRoles(const Duty &duty, const Context &context)
{
    DutyRoles roles;
    for (auto it = duty.roles.cbegin(); it != duty.roles.cend(); ++it) {
        const auto found = context.partyIndex.constFind(it.key());
        if (found == context.partyIndex.cend() || it.value().isEmpty())
            continue;
        const qsizetype index = found.value();
        const Party &party = *context.tallies[static_cast<std::size_t>(index)].party;
        const Raci raci = it.value();
        ++roles.holders;
        if (party.kind == Party::Kind::Internal)
            roles.internalInvolved = true;
        if (raci.responsible()) {
            ++roles.responsible;
            if (!roles.externalResponsible && isExternal(party.kind))
                roles.externalResponsible = &party;
        }
        if (raci.accountable())
            roles.accountable.append(index);
        if (raci.responsible() || raci.accountable())
            roles.workers.append(index);
        if (raci.consulted())
            ++roles.consulted;
    }
    return roles;
}

const Party &tallyParty(const Context &context, qsizetype index)
{
    return *context.tallies[static_cast<std::size_t>(index)].party;
}

// The RACI rules below only make sense once someone does or owns the duty;
// unassigned and C/I-only duties get one finding that says so instead.
bool hasOwnerOrWorker(const DutyRoles &roles)
{
    return roles.responsible > 0 || !roles.accountable.isEmpty();
}

// --- agreement-level rules

void checkNoInternal(const Context &context, QList<Finding> &out)
{
    if (!context.internals.isEmpty())
        return;
    out.append(make(Severity::Error, "agreement.no-internal",
                    QCoreApplication::translate(
                        "HealthCheck", "The agreement has no Internal IT party. Add the client's "
                                       "internal IT team so it keeps ownership and decisions.")));
}

void checkNoProvider(const Context &context, QList<Finding> &out)
{
    if (context.hasProvider)
        return;
    out.append(make(Severity::Error, "agreement.no-provider",
                    QCoreApplication::translate(
                        "HealthCheck", "The agreement has no service provider party. Add the "
                                       "managed service provider that shares the work.")));
}

void checkTooFewParties(const Context &context, QList<Finding> &out)
{
    const QList<Party> &parties = context.agreement.parties;
    if (parties.size() >= 2)
        return;
    const QString message =
        parties.isEmpty()
            ? QCoreApplication::translate(
                "HealthCheck", "The agreement has no parties. A co-managed agreement needs "
                               "at least internal IT and the service provider.")
            : QCoreApplication::translate("HealthCheck",
                                          "The agreement has only one party, %1. A co-managed "
                                          "agreement needs at least internal IT and the service "
                                          "provider.")
                  .arg(parties.first().label());
    Finding f = make(Severity::Error, "agreement.too-few-parties", message);
    if (!parties.isEmpty())
        f.partyId = parties.first().id;
    out.append(f);
}

void checkReviewOverdue(const Context &context, QList<Finding> &out)
{
    // The cadence counts from the last signed revision (RevisionHistory).
    const QDate due = RevisionHistory::dueReview(context.agreement);
    if (!due.isValid())
        return;
    const qint64 days = context.options.today.daysTo(due);
    if (days >= 0 && days <= ReviewNoticeDays) {
        out.append(make(Severity::Info, "review.due",
                        QCoreApplication::translate("HealthCheck",
                                                    "The review of the agreement is due in %n "
                                                    "day(s), on %1.",
                                                    nullptr, int(days))
                            .arg(QLocale().toString(due, QLocale::LongFormat))));
        return;
    }
    if (due >= context.options.today)
        return;
    out.append(make(Severity::Warning, "review.overdue",
                    QCoreApplication::translate("HealthCheck",
                                                "The review of the agreement was due on %1. Hold "
                                                "the review and set the next date.")
                        .arg(QLocale().toString(due, QLocale::LongFormat))));
}

// A change after signing is normal while the next revision is drafted;
// the count tells how far the draft has gone.
void checkChangedSinceSigned(const Context &context, QList<Finding> &out)
{
    const Agreement &a = context.agreement;
    if (a.revisions.isEmpty())
        return;
    const RevisionState state = RevisionHistory::state(a);
    if (!state.changedSinceSigned)
        return;
    const Result<Agreement> signedContent = RevisionHistory::open(a, state.lastSignedNumber);
    const qsizetype changes =
        signedContent
            ? AgreementDiff::compare(*signedContent, a, AgreementDiff::Matching::ById).size()
            : 0;
    out.append(make(Severity::Info, "revision.changed-since-signed",
                    QCoreApplication::translate("HealthCheck",
                                                "The agreement has %n change(s) since revision %1 "
                                                "was signed on %2; sign revision %3 when the "
                                                "parties agree.",
                                                nullptr, int(changes))
                        .arg(state.lastSignedNumber)
                        .arg(QLocale().toString(state.lastSignedOn, QLocale::LongFormat))
                        .arg(state.revision)));
}

// --- duty rules

void checkUnassigned(const Duty &duty, const DutyRoles &roles, QList<Finding> &out)
{
    if (roles.holders > 0)
        return;
    Finding f = make(Severity::Error, "duty.unassigned",
                     QCoreApplication::translate("HealthCheck",
                                                 "%1 is not assigned to anyone. Give one party "
                                                 "the A and at least one the R.")
                         .arg(dutyLabel(duty)));
    f.dutyId = duty.id;
    out.append(f);
}

void checkOnlyConsultedInformed(const Duty &duty, const DutyRoles &roles, QList<Finding> &out)
{
    if (roles.holders == 0 || hasOwnerOrWorker(roles))
        return;
    Finding f = make(Severity::Error, "duty.only-consulted-informed",
                     QCoreApplication::translate("HealthCheck",
                                                 "%1 has parties Consulted or Informed but no one "
                                                 "does it or owns it. Give one party the A and at "
                                                 "least one the R.")
                         .arg(dutyLabel(duty)));
    f.dutyId = duty.id;
    out.append(f);
}

void checkNoAccountable(const Duty &duty, const DutyRoles &roles, QList<Finding> &out)
{
    if (!hasOwnerOrWorker(roles) || !roles.accountable.isEmpty())
        return;
    Finding f = make(Severity::Error, "raci.no-accountable",
                     QCoreApplication::translate(
                         "HealthCheck", "%1 has no one Accountable. Give exactly one party the A.")
                         .arg(dutyLabel(duty)));
    f.dutyId = duty.id;
    out.append(f);
}

// partyId stays 0: the finding is about several parties, named in the text.
void checkMultipleAccountable(const Duty &duty, const DutyRoles &roles, const Context &context,
                              QList<Finding> &out)
{
    if (roles.accountable.size() < 2)
        return;
    QStringList names;
    for (const qsizetype index : roles.accountable)
        names.append(tallyParty(context, index).label());
    Finding f = make(Severity::Error, "raci.multiple-accountable",
                     QCoreApplication::translate("HealthCheck",
                                                 "%1 has %2 parties Accountable: %3. Keep exactly "
                                                 "one A so one party owns the outcome.")
                         .arg(dutyLabel(duty), QLocale().toString(names.size()),
                              QLocale().createSeparatedList(names)));
    f.dutyId = duty.id;
    out.append(f);
}

void checkNoResponsible(const Duty &duty, const DutyRoles &roles, QList<Finding> &out)
{
    if (!hasOwnerOrWorker(roles) || roles.responsible > 0)
        return;
    Finding f = make(Severity::Error, "raci.no-responsible",
                     QCoreApplication::translate("HealthCheck",
                                                 "%1 has no one Responsible. Give at least one "
                                                 "party the R so someone does the work.")
                         .arg(dutyLabel(duty)));
    f.dutyId = duty.id;
    out.append(f);
}

void checkTooManyConsulted(const Duty &duty, const DutyRoles &roles, const Context &context,
                           QList<Finding> &out)
{
    if (roles.consulted <= context.options.maxConsulted)
        return;
    Finding f = make(Severity::Warning, "raci.too-many-consulted",
                     QCoreApplication::translate("HealthCheck",
                                                 "%1 has %2 parties Consulted; more than %3 slows "
                                                 "every decision. Move some to Informed.")
                         .arg(dutyLabel(duty), QLocale().toString(roles.consulted),
                              QLocale().toString(context.options.maxConsulted)));
    f.dutyId = duty.id;
    out.append(f);
}

void checkProviderAccountable(const Duty &duty, const DutyRoles &roles, const Context &context,
                              QList<Finding> &out)
{
    if (duty.kind != Duty::Kind::Approval)
        return;
    for (const qsizetype index : roles.accountable) {
        const Party &party = tallyParty(context, index);
        if (!isExternal(party.kind))
            continue;
        Finding f = make(Severity::Error, "authority.provider-accountable",
                         QCoreApplication::translate(
                             "HealthCheck",
                             "%1 is a decision, yet %2 is Accountable for it. Internal IT must "
                             "keep decision authority: give internal IT the A and %2 the R or C.")
                             .arg(dutyLabel(duty), party.label()));
        f.dutyId = duty.id;
        f.partyId = party.id;
        out.append(f);
    }
}

// Without any Internal IT party the agreement-level error already says what
// is missing; repeating it on every duty would bury it.
void checkInternalInformed(const Duty &duty, const DutyRoles &roles, const Context &context,
                           QList<Finding> &out)
{
    if (context.internals.isEmpty() || !roles.externalResponsible || roles.internalInvolved)
        return;
    Finding f = make(Severity::Warning, "visibility.internal-not-informed",
                     QCoreApplication::translate(
                         "HealthCheck",
                         "%1 does %2 but internal IT holds no role on it. Mark internal IT at "
                         "least Informed so nothing is hidden behind a vendor wall.")
                         .arg(roles.externalResponsible->label(), dutyLabel(duty)));
    f.dutyId = duty.id;
    f.partyId = roles.externalResponsible->id;
    out.append(f);
}

void tallyDuty(const DutyRoles &roles, Context &context)
{
    for (const qsizetype index : roles.accountable)
        ++context.tallies[static_cast<std::size_t>(index)].accountable;
    for (const qsizetype index : roles.workers)
        context.tallies[static_cast<std::size_t>(index)].works = true;
}

// --- party rules

void checkIdle(const PartyTally &tally, const Context &context, QList<Finding> &out)
{
    if (context.agreement.duties.isEmpty() || tally.works)
        return;
    Finding f = make(Severity::Warning, "party.idle",
                     QCoreApplication::translate("HealthCheck",
                                                 "%1 is neither Responsible nor Accountable for "
                                                 "any duty. Give it work or remove it from the "
                                                 "agreement.")
                         .arg(tally.party->label()));
    f.partyId = tally.party->id;
    out.append(f);
}

// Internal IT Accountable for nearly everything is what co-managed IT is
// for: it keeps the decisions while others do the work. Any other party
// holding most of the sign-offs has taken authority or become a bottleneck.
void checkOverloadedAccountable(const PartyTally &tally, const Context &context,
                                QList<Finding> &out)
{
    if (tally.party->kind == Party::Kind::Internal)
        return;
    const qsizetype duties = context.agreement.duties.size();
    if (duties == 0 || duties < context.options.minDutiesForShare)
        return;
    const double share = static_cast<double>(tally.accountable) / static_cast<double>(duties);
    if (share <= context.options.maxAccountableShare)
        return;
    Finding f = make(Severity::Warning, "party.overloaded-accountable",
                     QCoreApplication::translate("HealthCheck",
                                                 "%1 is Accountable for %2% of all duties (%3 of "
                                                 "%4). Share ownership so one party does not have "
                                                 "to sign off on everything.")
                         .arg(tally.party->label(), QLocale().toString(qRound(share * 100.0)),
                              QLocale().toString(tally.accountable), QLocale().toString(duties)));
    f.partyId = tally.party->id;
    out.append(f);
}

// --- tool rules

// Skipped without an Internal IT party, for the same reason as
// checkInternalInformed.
void checkInternalAccess(const Tool &tool, const Context &context, QList<Finding> &out)
{
    if (context.internals.isEmpty())
        return;
    const bool canRead =
        std::any_of(context.internals.cbegin(), context.internals.cend(), [&tool](const Party *p) {
            return tool.levelOf(p->id) >= ToolAccess::Level::Read;
        });
    if (canRead)
        return;
    QStringList names;
    for (const Party *p : context.internals)
        names.append(p->label());
    Finding f =
        make(Severity::Warning, "tools.internal-no-access",
             QCoreApplication::translate(
                 "HealthCheck", "%1 has no access to %2, not even Read. Give internal "
                                "IT at least Read so the business is never locked out of its "
                                "own systems.")
                 .arg(QLocale().createSeparatedList(names), toolLabel(tool)));
    f.toolId = tool.id;
    f.partyId = context.internals.first()->id;
    out.append(f);
}

// Who works with each tool, gathered from the duties that need it.
struct ToolUse {
    QSet<int> workers; // parties Responsible or Accountable for a duty needing the tool
    // Parties Responsible for a duty needing the tool, in first-seen order,
    // with the first such duty and how many there are.
    struct Need {
        int partyId = 0;
        const Duty *firstDuty = nullptr;
        int duties = 0;
    };
    QList<Need> responsible;
};

QHash<int, ToolUse> toolUses(const Agreement &agreement)
{
    QHash<int, ToolUse> uses;
    for (const Duty &duty : agreement.duties) {
        for (const int toolId : duty.toolIds) {
            ToolUse &use = uses[toolId];
            for (auto it = duty.roles.cbegin(); it != duty.roles.cend(); ++it) {
                const Raci raci = it.value();
                if (raci.responsible() || raci.accountable())
                    use.workers.insert(it.key());
                if (!raci.responsible())
                    continue;
                auto need =
                    std::find_if(use.responsible.begin(), use.responsible.end(),
                                 [&it](const ToolUse::Need &n) { return n.partyId == it.key(); });
                if (need == use.responsible.end()) {
                    use.responsible.append({it.key(), &duty, 0});
                    need = std::prev(use.responsible.end());
                }
                ++need->duties;
            }
        }
    }
    return uses;
}

void checkToolAccess(const Tool &tool, const ToolUse &use, const Context &context,
                     QList<Finding> &out)
{
    const Agreement &agreement = context.agreement;
    for (auto it = tool.access.cbegin(); it != tool.access.cend(); ++it) {
        const Party *party = agreement.party(it.key());
        const ToolAccess &access = it.value();
        if (!party || access.level == ToolAccess::Level::None)
            continue;
        if (access.expires.isValid() && access.expires < context.options.today) {
            Finding f =
                make(Severity::Warning, "tools.access-expired",
                     QCoreApplication::translate(
                         "HealthCheck",
                         "The %1 access of %2 to %3 expired on %4. Remove it, or renew it "
                         "with a new expiry date.")
                         .arg(ToolAccess::levelName(access.level), party->label(), toolLabel(tool),
                              QLocale().toString(access.expires, QLocale::LongFormat)));
            f.toolId = tool.id;
            f.partyId = party->id;
            out.append(f);
        }
        if (access.level != ToolAccess::Level::Admin)
            continue;
        if (!access.mfaRequired) {
            Finding f = make(Severity::Error, "tools.admin-without-mfa",
                             QCoreApplication::translate("HealthCheck",
                                                         "%1 has Admin access to %2 without "
                                                         "multi-factor authentication. Require "
                                                         "MFA for every admin account.")
                                 .arg(party->label(), toolLabel(tool)));
            f.toolId = tool.id;
            f.partyId = party->id;
            out.append(f);
        }
        if (party->id != tool.ownerId && !use.workers.contains(party->id)) {
            Finding f = make(Severity::Warning, "tools.admin-without-duty",
                             QCoreApplication::translate(
                                 "HealthCheck",
                                 "%1 has Admin access to %2 but is neither Responsible nor "
                                 "Accountable for any duty that needs it. Lower the access, or "
                                 "record the duty that needs it.")
                                 .arg(party->label(), toolLabel(tool)));
            f.toolId = tool.id;
            f.partyId = party->id;
            out.append(f);
        }
    }
    for (const ToolUse::Need &need : use.responsible) {
        const Party *party = agreement.party(need.partyId);
        if (!party || tool.levelOf(party->id) >= ToolAccess::Level::Operate)
            continue;
        const QString message =
            need.duties == 1
                ? QCoreApplication::translate("HealthCheck",
                                              "%1 is Responsible for %2, which needs %3, but has "
                                              "no Operate or Admin access to it. Give %1 the "
                                              "access the work needs.")
                      .arg(party->label(), dutyLabel(*need.firstDuty), toolLabel(tool))
                : QCoreApplication::translate("HealthCheck",
                                              "%1 is Responsible for %2 duties that need %3 "
                                              "(%4 first), but has no Operate or Admin access to "
                                              "it. Give %1 the access the work needs.")
                      .arg(party->label(), QLocale().toString(need.duties), toolLabel(tool),
                           dutyLabel(*need.firstDuty));
        Finding f = make(Severity::Error, "tools.responsible-without-access", message);
        f.toolId = tool.id;
        f.partyId = party->id;
        f.dutyId = need.firstDuty->id;
        out.append(f);
    }
}

// --- escalation rules

void checkNoRules(const Context &context, QList<Finding> &out)
{
    if (!context.agreement.rules.isEmpty())
        return;
    out.append(make(Severity::Warning, "routing.no-rules",
                    QCoreApplication::translate("HealthCheck",
                                                "The agreement has no escalation rules, so no one "
                                                "knows who takes a ticket first. Add rules and end "
                                                "them with a catch-all.")));
}

void checkNoCatchAll(const Context &context, QList<Finding> &out)
{
    const QList<EscalationRule> &rules = context.agreement.rules;
    const auto catchAll = [](const EscalationRule &r) { return r.isCatchAll(); };
    if (rules.isEmpty() || std::any_of(rules.cbegin(), rules.cend(), catchAll))
        return;
    out.append(make(Severity::Error, "routing.no-catch-all",
                    QCoreApplication::translate("HealthCheck",
                                                "No escalation rule matches every ticket, so some "
                                                "tickets have no one to go to. End the list with a "
                                                "catch-all rule (any category, urgency and "
                                                "location).")));
}

// Reported once, for the first catch-all: everything after it is dead.
void checkCatchAllLast(const Context &context, QList<Finding> &out)
{
    const QList<EscalationRule> &rules = context.agreement.rules;
    const auto it = std::find_if(rules.cbegin(), rules.cend(),
                                 [](const EscalationRule &r) { return r.isCatchAll(); });
    if (it == rules.cend() || std::next(it) == rules.cend())
        return;
    const qsizetype index = std::distance(rules.cbegin(), it);
    Finding f = make(Severity::Warning, "routing.catch-all-not-last",
                     QCoreApplication::translate("HealthCheck",
                                                 "%1 matches every ticket, so the rules after it, "
                                                 "starting with %2, can never apply. Move %1 to "
                                                 "the end of the list.")
                         .arg(ruleLabel(rules, index), ruleLabel(rules, index + 1)));
    f.ruleId = it->id;
    out.append(f);
}

// Every distinct ticket, as far as the rules can tell tickets apart: each
// listed category (or, with no list, a ticket of no category), each urgency,
// VIP or not, after hours or not, and each site a rule names plus "any other
// site". Routing every one of them once tells exactly which categories
// reach which rule, which rules see critical or after-hours tickets, and
// which tickets no rule takes.
struct RoutingMap {
    struct Gap {
        bool found = false;
        Ticket example;
    };

    QList<TicketCategory> categories; // the ticket space's categories
    QList<Gap> gaps;                  // per category: a ticket no rule takes
    // Per rule: which categories reach it (index into categories).
    std::vector<std::vector<bool>> reachedBy;
    std::vector<bool> reachedAtCritical;
    std::vector<bool> reachedAfterHours;
    bool anyAfterHoursRouted = false;
};

RoutingMap mapRouting(const Agreement &agreement)
{
    const QList<EscalationRule> &rules = agreement.rules;
    RoutingMap map;
    map.categories = agreement.details.ticketCategories;
    if (map.categories.isEmpty())
        map.categories.append(TicketCategory{});
    map.gaps.resize(map.categories.size());
    const auto ruleCount = static_cast<std::size_t>(rules.size());
    map.reachedBy.assign(ruleCount,
                         std::vector<bool>(static_cast<std::size_t>(map.categories.size())));
    map.reachedAtCritical.assign(ruleCount, false);
    map.reachedAfterHours.assign(ruleCount, false);

    // Sites no rule names route like a ticket with no site.
    QStringList locations{QString()};
    QSet<QString> seenLocations;
    for (const EscalationRule &rule : rules) {
        const QString folded = rule.location.toCaseFolded();
        if (!folded.isEmpty() && !seenLocations.contains(folded)) {
            seenLocations.insert(folded);
            locations.append(rule.location);
        }
    }

    const TicketRouter router(rules);
    for (qsizetype c = 0; c < map.categories.size(); ++c) {
        Ticket ticket;
        ticket.category = map.categories.at(c).name;
        for (int u = 0; u < EscalationRule::UrgencyCount; ++u) {
            ticket.urgency = static_cast<EscalationRule::Urgency>(u);
            for (const QString &location : std::as_const(locations)) {
                ticket.location = location;
                for (const bool afterHours : {false, true}) {
                    ticket.afterHours = afterHours;
                    for (const bool vip : {false, true}) {
                        ticket.vip = vip;
                        const std::optional<Route> route = router.route(ticket);
                        if (!route) {
                            RoutingMap::Gap &gap = map.gaps[c];
                            if (!gap.found)
                                gap = {true, ticket};
                            continue;
                        }
                        const auto r = static_cast<std::size_t>(route->ruleIndex);
                        map.reachedBy[r][static_cast<std::size_t>(c)] = true;
                        if (ticket.urgency == EscalationRule::Urgency::Critical)
                            map.reachedAtCritical[r] = true;
                        if (afterHours) {
                            map.reachedAfterHours[r] = true;
                            map.anyAfterHoursRouted = true;
                        }
                    }
                }
            }
        }
    }
    return map;
}

// "urgency High, VIP user, after hours, at “Plant 2”"
QString describeTicket(const Ticket &ticket)
{
    QStringList parts{QCoreApplication::translate("HealthCheck", "urgency %1")
                          .arg(EscalationRule::urgencyName(ticket.urgency))};
    parts.append(ticket.vip ? QCoreApplication::translate("HealthCheck", "VIP user")
                            : QCoreApplication::translate("HealthCheck", "not a VIP user"));
    parts.append(ticket.afterHours ? QCoreApplication::translate("HealthCheck", "after hours")
                                   : QCoreApplication::translate("HealthCheck", "in office hours"));
    parts.append(
        ticket.location.isEmpty()
            ? QCoreApplication::translate("HealthCheck", "at any site")
            : QCoreApplication::translate("HealthCheck", "at %1").arg(quoted(ticket.location)));
    return parts.join(QLatin1String(", "));
}

void checkUncoveredCategories(const Agreement &agreement, const RoutingMap &map,
                              QList<Finding> &out)
{
    if (agreement.details.ticketCategories.isEmpty())
        return;
    for (qsizetype c = 0; c < map.categories.size(); ++c) {
        const RoutingMap::Gap &gap = map.gaps.at(c);
        if (!gap.found)
            continue;
        out.append(make(Severity::Error, "routing.category-uncovered",
                        QCoreApplication::translate(
                            "HealthCheck",
                            "No escalation rule takes some %1 tickets (for example: %2). Add a "
                            "rule for the category or end the list with a catch-all.")
                            .arg(quoted(map.categories.at(c).name), describeTicket(gap.example))));
    }
}

bool sameText(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// A rule that names a category the agreement does not list matches no ticket.
void checkUnknownCategory(const Agreement &agreement, qsizetype index, QList<Finding> &out)
{
    const QList<TicketCategory> &categories = agreement.details.ticketCategories;
    const EscalationRule &rule = agreement.rules.at(index);
    if (rule.category.isEmpty() || categories.isEmpty()
        || std::any_of(categories.cbegin(), categories.cend(), [&rule](const TicketCategory &c) {
               return sameText(c.name, rule.category);
           }))
        return;
    Finding f = make(Severity::Warning, "routing.unknown-category",
                     QCoreApplication::translate("HealthCheck",
                                                 "%1 is for the category %2, which is not one of "
                                                 "the agreement's ticket categories, so it never "
                                                 "applies. Pick a listed category or add it.")
                         .arg(ruleLabel(agreement.rules, index), quoted(rule.category)));
    f.ruleId = rule.id;
    out.append(f);
}

bool flagCovers(EscalationRule::Match earlier, EscalationRule::Match later)
{
    return earlier == EscalationRule::Match::Any || earlier == later;
}

// True when every ticket `later` matches is also matched by `earlier`,
// decided field by field.
bool subsumes(const EscalationRule &earlier, const EscalationRule &later)
{
    return (earlier.category.isEmpty() || sameText(earlier.category, later.category))
           && earlier.minUrgency <= later.minUrgency
           && (earlier.location.isEmpty() || sameText(earlier.location, later.location))
           && flagCovers(earlier.vip, later.vip)
           && flagCovers(earlier.afterHours, later.afterHours);
}

void checkShadowed(const Agreement &agreement, QList<Finding> &out)
{
    const QList<EscalationRule> &rules = agreement.rules;
    for (qsizetype j = 1; j < rules.size(); ++j) {
        for (qsizetype i = 0; i < j; ++i) {
            if (!subsumes(rules.at(i), rules.at(j)))
                continue;
            Finding f = make(Severity::Warning, "routing.shadowed",
                             QCoreApplication::translate(
                                 "HealthCheck",
                                 "%1 can never apply: %2, earlier in the list, already takes "
                                 "every ticket it matches. Move it above %2 or remove it.")
                                 .arg(ruleLabel(rules, j), ruleLabel(rules, i)));
            f.ruleId = rules.at(j).id;
            out.append(f);
            break;
        }
    }
}

void checkEscalationTarget(const Agreement &agreement, const RoutingMap &map,
                           const QSet<QPair<int, int>> &worksInArea, qsizetype index,
                           QList<Finding> &out)
{
    const EscalationRule &rule = agreement.rules.at(index);
    const Party *target = agreement.party(rule.escalateToId);
    if (!target)
        return;
    // Categories reaching the rule, grouped by their area, in list order.
    QList<int> areaIds;
    QHash<int, QStringList> namesByArea;
    const std::vector<bool> &reached = map.reachedBy.at(static_cast<std::size_t>(index));
    for (qsizetype c = 0; c < map.categories.size(); ++c) {
        const TicketCategory &category = map.categories.at(c);
        if (!reached.at(static_cast<std::size_t>(c)) || !agreement.area(category.areaId)
            || worksInArea.contains({target->id, category.areaId}))
            continue;
        if (!namesByArea.contains(category.areaId))
            areaIds.append(category.areaId);
        namesByArea[category.areaId].append(quoted(category.name));
    }
    for (const int areaId : std::as_const(areaIds)) {
        Finding f = make(Severity::Warning, "routing.escalation-not-owner",
                         QCoreApplication::translate(
                             "HealthCheck",
                             "%1 escalates %2 tickets to %3, which is neither Responsible nor "
                             "Accountable for any duty in %4. Escalate to a party that works in "
                             "that area, or give %3 its role there.")
                             .arg(ruleLabel(agreement.rules, index),
                                  QLocale().createSeparatedList(namesByArea.value(areaId)),
                                  target->label(), quoted(agreement.area(areaId)->name)));
        f.ruleId = rule.id;
        f.partyId = target->id;
        out.append(f);
    }
}

void checkCriticalResponse(const Agreement &agreement, const RoutingMap &map, qsizetype index,
                           QList<Finding> &out)
{
    const EscalationRule &rule = agreement.rules.at(index);
    constexpr auto critical = static_cast<std::size_t>(EscalationRule::Urgency::Critical);
    if (!map.reachedAtCritical.at(static_cast<std::size_t>(index))
        || rule.responseMinutes.at(critical) > 0)
        return;
    Finding f = make(Severity::Error, "routing.critical-no-response",
                     QCoreApplication::translate("HealthCheck",
                                                 "%1 takes critical tickets but agrees no response "
                                                 "time for them. Set a critical response target.")
                         .arg(ruleLabel(agreement.rules, index)));
    f.ruleId = rule.id;
    out.append(f);
}

void checkAfterHoursHandler(const Agreement &agreement, const RoutingMap &map, qsizetype index,
                            QList<Finding> &out)
{
    const EscalationRule &rule = agreement.rules.at(index);
    if (!map.reachedAfterHours.at(static_cast<std::size_t>(index)) || rule.afterHoursHandlerId != 0
        || rule.firstResponderId != 0)
        return;
    Finding f = make(Severity::Error, "routing.after-hours-no-handler",
                     QCoreApplication::translate("HealthCheck",
                                                 "%1 takes tickets after hours but names no one to "
                                                 "handle them: no first responder and no "
                                                 "after-hours handler. Name who picks them up.")
                         .arg(ruleLabel(agreement.rules, index)));
    f.ruleId = rule.id;
    out.append(f);
}

void checkAfterHoursUnhandled(const Agreement &agreement, const RoutingMap &map,
                              QList<Finding> &out)
{
    if (agreement.rules.isEmpty() || map.anyAfterHoursRouted)
        return;
    out.append(make(Severity::Error, "routing.after-hours-unhandled",
                    QCoreApplication::translate("HealthCheck",
                                                "No escalation rule takes tickets after hours, so "
                                                "an evening outage has no one to go to. Add a rule "
                                                "for after-hours tickets and name its handler.")));
}

// Routing matches categories and sites by name, ignoring case: two of one
// name would be one, and rules meant for the second would take both.
void checkDuplicateNames(const Agreement &agreement, QList<Finding> &out)
{
    if (const QString twice = agreement.details.duplicateCategory(); !twice.isEmpty())
        out.append(make(Severity::Error, "routing.duplicate-category",
                        QCoreApplication::translate("HealthCheck",
                                                    "The ticket category %1 is listed twice. "
                                                    "Rename or remove one of them.")
                            .arg(quoted(twice))));
    if (const QString twice = agreement.details.duplicateLocation(); !twice.isEmpty())
        out.append(make(Severity::Error, "routing.duplicate-site",
                        QCoreApplication::translate("HealthCheck",
                                                    "The site %1 is listed twice. Rename or "
                                                    "remove one of them.")
                            .arg(quoted(twice))));
}

void checkRouting(const Agreement &agreement, QList<Finding> &out)
{
    const QList<EscalationRule> &rules = agreement.rules;
    if (rules.isEmpty())
        return;
    // (party, area) pairs where the party is Responsible or Accountable.
    QSet<QPair<int, int>> worksInArea;
    for (const Duty &duty : agreement.duties) {
        if (duty.areaId == 0)
            continue;
        for (auto it = duty.roles.cbegin(); it != duty.roles.cend(); ++it)
            if (it.value().responsible() || it.value().accountable())
                worksInArea.insert({it.key(), duty.areaId});
    }
    const RoutingMap map = mapRouting(agreement);
    checkUncoveredCategories(agreement, map, out);
    checkAfterHoursUnhandled(agreement, map, out);
    checkShadowed(agreement, out);
    for (qsizetype i = 0; i < rules.size(); ++i) {
        checkUnknownCategory(agreement, i, out);
        checkEscalationTarget(agreement, map, worksInArea, i, out);
        checkCriticalResponse(agreement, map, i, out);
        checkAfterHoursHandler(agreement, map, i, out);
    }
}

} // namespace

QList<Finding> HealthCheck::run(const Agreement &agreement, const CheckOptions &options)
{
    Context context = makeContext(agreement, options);
    QList<Finding> out;

    checkNoInternal(context, out);
    checkNoProvider(context, out);
    checkTooFewParties(context, out);
    checkReviewOverdue(context, out);
    checkChangedSinceSigned(context, out);

    for (const Duty &duty : agreement.duties) {
        const DutyRoles roles = resolveRoles(duty, context);
        checkUnassigned(duty, roles, out);
        checkOnlyConsultedInformed(duty, roles, out);
        checkNoAccountable(duty, roles, out);
        checkMultipleAccountable(duty, roles, context, out);
        checkNoResponsible(duty, roles, out);
        checkTooManyConsulted(duty, roles, context, out);
        checkProviderAccountable(duty, roles, context, out);
        checkInternalInformed(duty, roles, context, out);
        tallyDuty(roles, context);
    }

    for (const PartyTally &tally : context.tallies) {
        checkIdle(tally, context, out);
        checkOverloadedAccountable(tally, context, out);
    }

    const QHash<int, ToolUse> uses = toolUses(agreement);
    for (const Tool &tool : agreement.tools) {
        checkInternalAccess(tool, context, out);
        checkToolAccess(tool, uses.value(tool.id), context, out);
    }

    out.append(SecurityOwnership::findings(agreement));

    out.append(routing(agreement));
    return out;
}

QList<Finding> HealthCheck::routing(const Agreement &agreement)
{
    const CheckOptions options;
    const Context context = makeContext(agreement, options);
    QList<Finding> out;
    checkNoRules(context, out);
    checkNoCatchAll(context, out);
    checkCatchAllLast(context, out);
    checkDuplicateNames(agreement, out);
    checkRouting(agreement, out);
    return out;
}

int HealthCheck::count(const QList<Finding> &findings, Finding::Severity severity)
{
    return static_cast<int>(
        std::count_if(findings.cbegin(), findings.cend(),
                      [severity](const Finding &f) { return f.severity == severity; }));
}
