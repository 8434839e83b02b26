#include "checks/healthcheck.h"

#include "model/agreement.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
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

QString partyLabel(const Party &party)
{
    if (!party.name.trimmed().isEmpty())
        return party.name;
    if (!party.code.trimmed().isEmpty())
        return party.code;
    return Party::kindName(party.kind);
}

QString ruleLabel(const EscalationRule &rule)
{
    if (!rule.name.trimmed().isEmpty())
        return quoted(rule.name);
    return QCoreApplication::translate("HealthCheck", "Rule %1").arg(rule.id);
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
                  .arg(partyLabel(parties.first()));
    Finding f = make(Severity::Error, "agreement.too-few-parties", message);
    if (!parties.isEmpty())
        f.partyId = parties.first().id;
    out.append(f);
}

void checkReviewOverdue(const Context &context, QList<Finding> &out)
{
    const QDate due = context.agreement.details.dueReview();
    if (!due.isValid() || due >= context.options.today)
        return;
    out.append(make(Severity::Warning, "review.overdue",
                    QCoreApplication::translate("HealthCheck",
                                                "The review of the agreement was due on %1. Hold "
                                                "the review and set the next date.")
                        .arg(QLocale().toString(due, QLocale::LongFormat))));
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
        names.append(partyLabel(tallyParty(context, index)));
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
                             .arg(dutyLabel(duty), partyLabel(party)));
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
                         .arg(partyLabel(*roles.externalResponsible), dutyLabel(duty)));
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
                         .arg(partyLabel(*tally.party)));
    f.partyId = tally.party->id;
    out.append(f);
}

void checkOverloadedAccountable(const PartyTally &tally, const Context &context,
                                QList<Finding> &out)
{
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
                         .arg(partyLabel(*tally.party), QLocale().toString(qRound(share * 100.0)),
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
        names.append(partyLabel(*p));
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
    Finding f = make(Severity::Warning, "routing.catch-all-not-last",
                     QCoreApplication::translate("HealthCheck",
                                                 "%1 matches every ticket, so the rules after it, "
                                                 "starting with %2, can never apply. Move %1 to "
                                                 "the end of the list.")
                         .arg(ruleLabel(*it), ruleLabel(*std::next(it))));
    f.ruleId = it->id;
    out.append(f);
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

    for (const Tool &tool : agreement.tools)
        checkInternalAccess(tool, context, out);

    checkNoRules(context, out);
    checkNoCatchAll(context, out);
    checkCatchAllLast(context, out);
    return out;
}

int HealthCheck::count(const QList<Finding> &findings, Finding::Severity severity)
{
    return static_cast<int>(
        std::count_if(findings.cbegin(), findings.cend(),
                      [severity](const Finding &f) { return f.severity == severity; }));
}
