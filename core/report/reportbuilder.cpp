#include "report/reportbuilder.h"

#include "model/documentlanguage.h"

#include "revisions/agreementdiff.h"
#include "revisions/canonicalform.h"
#include "revisions/revisionhistory.h"

#include "assessment/assessmentquestions.h"
#include "assessment/recommendation.h"
#include "checks/healthcheck.h"
#include "checks/securityownership.h"
#include "model/agreement.h"
#include "model/duration.h"
#include "model/frequency.h"
#include "templates/templatelibrary.h"

#include <QCoreApplication>
#include <QHash>

#include <array>
#include <optional>
#include <vector>

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ReportBuilder)
};

using namespace report;

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : Tr::tr("not set");
}

QString dutyTitle(const Duty &duty)
{
    return duty.title.trimmed().isEmpty() ? Tr::tr("Duty %1").arg(duty.id) : duty.title;
}

QString targets(const std::array<int, EscalationRule::UrgencyCount> &minutes)
{
    QStringList parts;
    bool any = false;
    for (const int m : minutes) {
        any = any || m > 0;
        parts.append(m > 0 ? Duration::text(m) : QStringLiteral("–"));
    }
    return any ? parts.join(QStringLiteral(" / ")) : QString();
}

// Lookups built once, so that every id resolves with one hash lookup and the
// build stays linear in the size of the agreement.
struct Index {
    const Agreement &agreement;
    const ReportOptions &options;
    QHash<int, qsizetype> party; // id -> index in agreement.parties
    QHash<int, qsizetype> area;
    QHash<int, qsizetype> system;
    std::array<QString, 4> kindNames;
    std::array<QString, 4> ownershipNames;

    Index(const Agreement &a, const ReportOptions &o)
        : agreement(a)
        , options(o)
    {
        party.reserve(a.parties.size());
        for (qsizetype i = 0; i < a.parties.size(); ++i)
            party.insert(a.parties.at(i).id, i);
        area.reserve(a.areas.size());
        for (qsizetype i = 0; i < a.areas.size(); ++i)
            area.insert(a.areas.at(i).id, i);
        system.reserve(a.systems.size());
        for (qsizetype i = 0; i < a.systems.size(); ++i)
            system.insert(a.systems.at(i).id, i);
        for (int k = 0; k < 4; ++k) {
            kindNames[k] = Duty::kindName(Duty::Kind(k));
            ownershipNames[k] = Agreement::ownershipName(Ownership(k));
        }
    }

    const Party *partyOf(int id) const
    {
        const auto it = party.constFind(id);
        return it == party.cend() ? nullptr : &agreement.parties.at(*it);
    }
    QString partyName(int id) const
    {
        const Party *p = partyOf(id);
        return p ? p->label() : QString();
    }
    QString systemName(int id) const
    {
        const auto it = system.constFind(id);
        return it == system.cend() ? QString() : agreement.systems.at(*it).name;
    }
    Ownership ownershipOf(const Duty &duty) const
    {
        bool client = false;
        bool external = false;
        for (auto it = duty.roles.cbegin(); it != duty.roles.cend(); ++it) {
            if (!it.value().responsible())
                continue;
            if (const Party *p = partyOf(it.key()))
                (p->isClientSide() ? client : external) = true;
        }
        if (client && external)
            return Ownership::Shared;
        if (client)
            return Ownership::Internal;
        return external ? Ownership::Provider : Ownership::Unassigned;
    }
};

PartyColumn columnOf(const Party &p)
{
    return PartyColumn{p.id, p.label(), p.shortLabel(), p.color};
}

// Duties grouped by area, in area order then list order; duties whose area
// is unknown come last under their own heading.
struct AreaGroups {
    QList<QString> names;
    std::vector<std::vector<const Duty *>> duties;
};

AreaGroups groupByArea(const Index &index)
{
    const Agreement &a = index.agreement;
    AreaGroups g;
    for (const Area &area : a.areas)
        g.names.append(area.name.trimmed().isEmpty() ? Tr::tr("Area %1").arg(area.id) : area.name);
    g.duties.resize(size_t(a.areas.size()) + 1);
    for (const Duty &d : a.duties) {
        if (!ReportBuilder::inScope(d, index.options))
            continue;
        const auto it = index.area.constFind(d.areaId);
        g.duties[it == index.area.cend() ? size_t(a.areas.size()) : size_t(*it)].push_back(&d);
    }
    g.names.append(Tr::tr("Other duties"));
    return g;
}

bool isGovernance(const Duty &duty, const Index &index)
{
    if (duty.kind == Duty::Kind::Approval)
        return true;
    const auto it = index.area.constFind(duty.areaId);
    return it != index.area.cend()
           && index.agreement.areas.at(*it).key.contains(QLatin1String("governance"));
}

Cover buildCover(const Agreement &a, const QString &modelName)
{
    const AgreementDetails &d = a.details;
    Cover c;
    c.title = d.title.trimmed().isEmpty() ? Tr::tr("Co-managed IT agreement") : d.title;
    c.client = d.client;
    c.provider = d.provider;
    c.model = modelName;
    c.effectiveDate = dateText(d.effectiveDate);
    // Status and revision follow from the signed revisions; the sign-off
    // state and the fingerprint ride in the same two lines so that every
    // renderer shows them without a field of its own.
    const RevisionState state = RevisionHistory::state(a);
    c.status = AgreementDetails::statusName(state.status);
    c.revision = QString::number(state.revision);
    if (state.lastSignedNumber > 0) {
        c.status = state.changedSinceSigned
                       ? Tr::tr("%1 — changed since revision %2 signed on %3")
                             .arg(c.status)
                             .arg(state.lastSignedNumber)
                             .arg(dateText(state.lastSignedOn))
                       : Tr::tr("%1 on %2").arg(c.status, dateText(state.lastSignedOn));
        c.revision = Tr::tr("%1 · fingerprint %2")
                         .arg(c.revision, CanonicalForm::shortText(state.fingerprint));
    }
    c.nextReview = dateText(RevisionHistory::dueReview(a));
    return c;
}

// The model's words from the built-in templates, which are compiled in, in
// the agreement's language.
ModelDescription builtInModel(const QString &id, const QString &language)
{
    if (id.isEmpty())
        return {};
    // Reading the templates takes a few milliseconds; do it once per process.
    static const TemplateLibrary library = TemplateLibrary::load({}, true);
    return ReportBuilder::describeModel(library, id, language);
}

QList<Finding> scopedFindings(const QList<Finding> &all, const Index &index)
{
    if (index.options.partyId == 0)
        return all;
    QHash<int, const Duty *> duties;
    for (const Duty &d : index.agreement.duties)
        duties.insert(d.id, &d);
    QList<Finding> scoped;
    for (const Finding &f : all) {
        if (f.dutyId != 0) {
            const Duty *d = duties.value(f.dutyId);
            if (!d || !ReportBuilder::inScope(*d, index.options))
                continue;
        } else if (f.partyId != 0 && f.partyId != index.options.partyId) {
            continue;
        }
        scoped.append(f);
    }
    return scoped;
}

Section escalationSection(const Index &index)
{
    const Agreement &a = index.agreement;
    const Party *internal = a.firstOfKind(Party::Kind::Internal);
    const Party *provider = a.firstOfKind(Party::Kind::Provider);
    const QString it = internal ? internal->label() : Tr::tr("internal IT");
    const QString msp = provider ? provider->label() : Tr::tr("the provider");

    Section s;
    s.id = QStringLiteral("escalation");
    s.heading = Tr::tr("How tickets are routed and escalated");
    s.paragraphs = {
        Tr::tr("1. An end user submits a ticket."),
        Tr::tr("2. The ticket is routed by its category, urgency, location or a business rule, "
               "using the rules below; the first rule that matches wins."),
        Tr::tr("3. %1 resolves routine issues or triages the ticket.").arg(msp),
        Tr::tr("4. %1 is brought in when business context, an approval or deeper internal "
               "ownership is needed.")
            .arg(it),
        Tr::tr("5. Every escalation is documented in the ticket, so nothing is lost."),
    };
    QStringList categories;
    for (const TicketCategory &c : a.details.ticketCategories)
        categories.append(c.name);
    if (!categories.isEmpty())
        s.paragraphs.append(
            Tr::tr("Ticket categories: %1.").arg(categories.join(QStringLiteral(", "))));

    Table rules;
    rules.caption = Tr::tr("Escalation rules, in the order they are tried");
    rules.header = {Tr::tr("#"),
                    Tr::tr("Rule"),
                    Tr::tr("Matches"),
                    Tr::tr("First responder"),
                    Tr::tr("Escalates to"),
                    Tr::tr("When"),
                    Tr::tr("Response (low / normal / high / critical)"),
                    Tr::tr("Resolution (low / normal / high / critical)"),
                    Tr::tr("After hours")};
    int n = 0;
    for (const EscalationRule &r : a.rules) {
        QStringList match;
        if (!r.category.isEmpty())
            match.append(Tr::tr("category %1").arg(r.category));
        if (r.minUrgency != EscalationRule::Urgency::Low)
            match.append(Tr::tr("urgency %1 or higher")
                             .arg(EscalationRule::urgencyName(r.minUrgency).toLower()));
        if (!r.location.isEmpty())
            match.append(Tr::tr("at %1").arg(r.location));
        if (r.vip != EscalationRule::Match::Any)
            match.append(r.vip == EscalationRule::Match::Yes ? Tr::tr("VIP users")
                                                             : Tr::tr("not VIP users"));
        if (r.afterHours != EscalationRule::Match::Any)
            match.append(r.afterHours == EscalationRule::Match::Yes ? Tr::tr("after hours")
                                                                    : Tr::tr("business hours"));
        QString when;
        if (r.escalateToId != 0) {
            when = EscalationRule::triggerName(r.trigger);
            if (r.trigger == EscalationRule::Trigger::Unresolved && r.escalateAfterMinutes > 0)
                when = Tr::tr("Unresolved after %1").arg(Duration::text(r.escalateAfterMinutes));
        }
        rules.rows.append(
            {QString::number(++n),
             r.name.trimmed().isEmpty() ? Tr::tr("Rule %1").arg(r.id) : r.name,
             match.isEmpty() ? Tr::tr("every ticket") : match.join(QStringLiteral(", ")),
             index.partyName(r.firstResponderId),
             r.escalateToId != 0 ? index.partyName(r.escalateToId) : Tr::tr("none"), when,
             targets(r.responseMinutes), targets(r.resolutionMinutes),
             r.afterHoursHandlerId != 0 ? index.partyName(r.afterHoursHandlerId)
                                        : index.partyName(r.firstResponderId)});
    }
    if (!rules.rows.isEmpty())
        s.tables.append(rules);
    else
        s.paragraphs.append(Tr::tr("No escalation rules are agreed yet."));
    return s;
}

Section toolSection(const Index &index)
{
    const Agreement &a = index.agreement;
    Section s;
    s.id = QStringLiteral("tools");
    s.heading = Tr::tr("Tool access");
    s.paragraphs.append(Tr::tr("Who owns each tool, and what access each party has in it. "
                               "Internal IT keeps at least read access to every tool."));
    Table t;
    t.caption = Tr::tr("Tools and access");
    t.header = {Tr::tr("Tool"), Tr::tr("Category"), Tr::tr("Owner")};
    for (const Party &p : a.parties)
        t.header.append(p.label());
    for (const Tool &tool : a.tools) {
        QStringList row{tool.name, tool.category, index.partyName(tool.ownerId)};
        for (const Party &p : a.parties) {
            const ToolAccess access = tool.access.value(p.id);
            if (access.level == ToolAccess::Level::None) {
                row.append(ToolAccess::levelName(access.level));
                continue;
            }
            QStringList parts{ToolAccess::levelName(access.level)};
            if (!access.role.isEmpty())
                parts.append(access.role);
            if (access.mfaRequired)
                parts.append(Tr::tr("MFA"));
            if (access.expires.isValid())
                parts.append(Tr::tr("until %1").arg(dateText(access.expires)));
            row.append(parts.join(QStringLiteral(", ")));
        }
        t.rows.append(row);
    }
    if (t.rows.isEmpty())
        s.paragraphs.append(Tr::tr("No tools are listed yet."));
    else
        s.tables.append(t);
    return s;
}

Section securitySection(const Index &index)
{
    const Agreement &a = index.agreement;
    QHash<int, const Duty *> duties;
    for (const Duty &d : a.duties)
        duties.insert(d.id, &d);
    const auto names = [&index](const QList<int> &ids) {
        QStringList list;
        for (const int id : ids)
            list.append(index.partyName(id));
        return list.join(QStringLiteral(", "));
    };

    Section s;
    s.id = QStringLiteral("security");
    s.heading = Tr::tr("Security ownership");
    s.paragraphs.append(Tr::tr("For each security duty: who monitors, who remediates, and who "
                               "approves."));
    Table t;
    t.caption = Tr::tr("Security duties");
    t.header = {Tr::tr("Duty"), Tr::tr("Monitors"), Tr::tr("Remediates"), Tr::tr("Approves")};
    for (const SecurityOwnership &o : SecurityOwnership::of(a)) {
        const Duty *d = duties.value(o.dutyId);
        if (!d || !ReportBuilder::inScope(*d, index.options))
            continue;
        t.rows.append(
            {dutyTitle(*d), names(o.monitorIds), names(o.remediatorIds), names(o.approverIds)});
    }
    if (t.rows.isEmpty())
        s.paragraphs.append(Tr::tr("No security duties are listed."));
    else
        s.tables.append(t);
    return s;
}

Section reviewSection(const Agreement &a)
{
    const AgreementDetails &d = a.details;
    Section s;
    s.id = QStringLiteral("review");
    s.heading = Tr::tr("Review cadence");
    s.paragraphs.append(Tr::tr("The parties review this agreement every %n months; the next "
                               "review is due on %1.",
                               nullptr, d.reviewMonths)
                            .arg(dateText(RevisionHistory::dueReview(a))));
    s.paragraphs.append(
        Tr::tr("Each review looks at ticket volume, response times, recurring issues, security "
               "trends, coverage gaps, user satisfaction, project progress, the boundaries of "
               "each party's responsibilities, and chances to automate. Responsibilities may "
               "move as trust grows; each change is a new revision of this agreement."));
    return s;
}

Section findingsSection(const QList<Finding> &findings, const Index &index)
{
    Section s;
    s.id = QStringLiteral("findings");
    s.heading = Tr::tr("Open findings");
    const int errors = HealthCheck::count(findings, Finding::Severity::Error);
    const int warnings = HealthCheck::count(findings, Finding::Severity::Warning);
    const int notes = HealthCheck::count(findings, Finding::Severity::Info);
    if (findings.isEmpty()) {
        s.paragraphs.append(Tr::tr("The health check found nothing to fix."));
        return s;
    }
    s.paragraphs.append(Tr::tr("Errors: %1. Warnings: %2. Notes: %3. Checked as of %4.")
                            .arg(errors)
                            .arg(warnings)
                            .arg(notes)
                            .arg(dateText(index.options.today)));
    Table t;
    t.caption = Tr::tr("Findings");
    t.header = {Tr::tr("Severity"), Tr::tr("Finding")};
    for (const Finding &f : findings)
        t.rows.append({Finding::severityName(f.severity), f.message});
    s.tables.append(t);
    return s;
}

// The assessment in the summary: what it recommends and why, and, when
// the agreement follows another model, that it does.
QStringList assessmentParagraphs(const Agreement &a, const Recommendation &rec,
                                 const ModelDescription &chosenModel)
{
    QStringList out;
    if (rec.recommended.isEmpty()) {
        QStringList open;
        for (const QString &key : rec.mattersMost)
            open.append(AssessmentQuestions::find(key)->label());
        out.append(Tr::tr("The assessment has too few answers to recommend a model; still open: "
                          "%1.")
                       .arg(open.join(QStringLiteral("; "))));
        return out;
    }
    const QString name = builtInModel(rec.recommended, a.details.language).name;
    QString p = Tr::tr("The assessment recommends the “%1” model.").arg(name);
    const QStringList reasons = rec.reasonsFor(rec.recommended);
    if (!reasons.isEmpty())
        p += u' ' + reasons.join(u' ');
    if (!rec.runnerUp.isEmpty())
        p += u' '
             + Tr::tr("The “%1” model comes a close second.")
                   .arg(builtInModel(rec.runnerUp, a.details.language).name);
    out.append(p);
    const QString chosen = a.details.modelId;
    if (!chosen.isEmpty() && chosen != rec.recommended)
        out.append(Tr::tr("This agreement follows the “%1” model instead, chosen by the "
                          "parties; the recommendation is kept for the record.")
                       .arg(chosenModel.name));
    return out;
}

// The answers that mattered to the recommendation, as a table.
// The appendix "Changes since revision N": what the draft changed since the
// last signed revision, for the parties to review before signing again.
std::optional<Section> changesSection(const Agreement &a)
{
    const RevisionState state = RevisionHistory::state(a);
    if (!state.changedSinceSigned)
        return std::nullopt;
    const Result<Agreement> signedContent = RevisionHistory::open(a, state.lastSignedNumber);
    if (!signedContent)
        return std::nullopt;
    const QList<Change> changes =
        AgreementDiff::compare(*signedContent, a, AgreementDiff::Matching::ById);
    Section s;
    s.id = QStringLiteral("changes");
    s.heading = Tr::tr("Changes since revision %1").arg(state.lastSignedNumber);
    s.paragraphs.append(Tr::tr("Revision %1 was signed on %2 (fingerprint %3). This draft of "
                               "revision %4 makes %n change(s) to it.",
                               nullptr, int(changes.size()))
                            .arg(state.lastSignedNumber)
                            .arg(dateText(state.lastSignedOn),
                                 CanonicalForm::shortText(
                                     RevisionHistory::find(a, state.lastSignedNumber)->fingerprint))
                            .arg(state.revision));
    if (changes.isEmpty())
        return s;
    Table t;
    t.header = {Tr::tr("No."), Tr::tr("Change")};
    for (qsizetype i = 0; i < changes.size(); ++i)
        t.rows.append({QString::number(i + 1), changes.at(i).sentence()});
    s.tables.append(t);
    return s;
}

Section assessmentSection(const Agreement &a, const Recommendation &rec)
{
    Section s;
    s.id = QStringLiteral("assessment");
    s.heading = Tr::tr("Assessment");
    Table answers;
    answers.caption = Tr::tr("The answers that mattered");
    answers.header = {Tr::tr("Question"), Tr::tr("Answer")};
    // Without a recommendation every answer given is shown.
    QStringList keys = rec.decisiveKeys();
    if (rec.recommended.isEmpty()) {
        keys.clear();
        for (const AssessmentQuestion &q : AssessmentQuestions::all())
            if (q.kind != AssessmentQuestion::Kind::Text
                && a.assessment.isAnswered(QLatin1String(q.key)))
                keys.append(QLatin1String(q.key));
    }
    for (const QString &key : keys) {
        const AssessmentQuestion *q = AssessmentQuestions::find(key);
        answers.rows.append({q->label(), q->answerText(a.assessment.value(key))});
    }
    QStringList scores;
    for (int i = 0; i < Recommendation::ModelCount; ++i)
        scores.append(
            Tr::tr("%1: %2")
                .arg(builtInModel(Recommendation::modelIds()[size_t(i)], a.details.language).name)
                .arg(rec.scores[size_t(i)]));
    s.paragraphs.append(Tr::tr("Scores: %1.").arg(scores.join(QStringLiteral("; "))));
    if (!answers.rows.isEmpty())
        s.tables.append(answers);
    const int unknown = int(rec.unknown.size());
    if (unknown > 0)
        s.paragraphs.append(Tr::tr("%n questions were answered “don't know” and could not be "
                                   "judged.",
                                   nullptr, unknown));
    const QString notes = a.assessment.text(QStringLiteral("notes"));
    if (!notes.isEmpty())
        s.paragraphs.append(notes);
    return s;
}

} // namespace

ModelDescription ReportBuilder::describeModel(const TemplateLibrary &library,
                                              const QString &modelId, const QString &language)
{
    if (modelId.isEmpty())
        return {};
    const QList<ModelTemplate> models = library.models(language);
    for (const ModelTemplate &m : models) {
        if (m.id == modelId)
            return {m.name, m.bestFor, m.summary};
    }
    return {modelId, {}, {}};
}

bool ReportBuilder::inScope(const Duty &duty, const ReportOptions &options)
{
    return options.partyId == 0 || !duty.rolesOf(options.partyId).isEmpty();
}

namespace {

// What the walk over the matrix counts, for the summary.
struct MatrixTally {
    std::vector<int> responsible; // per party, in the agreement's order
    std::vector<int> accountable;
    std::array<int, 4> ownership{}; // per Ownership
    int duties = 0;
    Chart areaChart;
    QStringList internalAuthority; // governance duties internal IT is Accountable for
};

// The matrix by area and each party's list, from one walk over the grouped
// duties, counting what the summary needs on the way.
MatrixTally buildMatrix(const Index &index, const Party *internal, Report &r)
{
    const Agreement &a = index.agreement;
    const ReportOptions &options = index.options;
    for (const Party &p : a.parties)
        r.matrix.parties.append(columnOf(p));
    const AreaGroups groups = groupByArea(index);
    const qsizetype partyCount = a.parties.size();
    std::vector<QList<PartyDutyGroup>> lists(static_cast<size_t>(partyCount));
    MatrixTally tally;
    tally.responsible.assign(size_t(partyCount), 0);
    tally.accountable.assign(size_t(partyCount), 0);
    tally.areaChart.title = Tr::tr("Duties per area");
    tally.areaChart.valueLabel = Tr::tr("duties");
    tally.areaChart.categoryLabel = Tr::tr("Area");

    for (size_t g = 0; g < groups.duties.size(); ++g) {
        const auto &duties = groups.duties[g];
        if (duties.empty())
            continue;
        MatrixGroup group;
        group.area = groups.names.at(qsizetype(g));
        group.rows.reserve(qsizetype(duties.size()));
        for (const Duty *d : duties) {
            MatrixRow row;
            row.dutyId = d->id;
            row.title = dutyTitle(*d);
            row.kind = index.kindNames[size_t(d->kind)];
            row.system = index.systemName(d->systemId);
            row.roles.reserve(partyCount);
            for (qsizetype p = 0; p < partyCount; ++p) {
                const Raci raci = d->rolesOf(a.parties.at(p).id);
                row.roles.append(raci);
                if (raci.responsible())
                    ++tally.responsible[size_t(p)];
                if (raci.accountable())
                    ++tally.accountable[size_t(p)];
                if (!raci.responsible() && !raci.accountable())
                    continue;
                if (options.partyId != 0 && a.parties.at(p).id != options.partyId)
                    continue;
                QList<PartyDutyGroup> &list = lists[size_t(p)];
                if (list.isEmpty() || list.constLast().area != group.area)
                    list.append(PartyDutyGroup{group.area, {}});
                list.last().duties.append(PartyDuty{row.title, raci.toString(),
                                                    Frequency::displayText(d->frequency),
                                                    d->description});
            }
            const Ownership o = index.ownershipOf(*d);
            ++tally.ownership[size_t(o)];
            row.ownership = index.ownershipNames[size_t(o)];
            if (internal && d->rolesOf(internal->id).accountable() && isGovernance(*d, index))
                tally.internalAuthority.append(row.title);
            group.rows.append(std::move(row));
        }
        tally.duties += int(duties.size());
        tally.areaChart.bars.append(Bar{group.area, double(duties.size()), {}});
        r.matrix.groups.append(std::move(group));
    }
    for (qsizetype p = 0; p < partyCount; ++p) {
        if (lists[size_t(p)].isEmpty())
            continue;
        PartyList list;
        list.party = r.matrix.parties.at(p);
        list.heading = Tr::tr("What %1 does").arg(list.party.name);
        list.groups = std::move(lists[size_t(p)]);
        r.partyLists.append(std::move(list));
    }
    return tally;
}

// The summary's opening: who shares the work, and the model it follows.
QString openingParagraph(const Agreement &a, const ModelDescription &model)
{
    const QString client =
        a.details.client.trimmed().isEmpty() ? Tr::tr("the client") : a.details.client;
    const QString provider =
        a.details.provider.trimmed().isEmpty() ? Tr::tr("the provider") : a.details.provider;
    if (model.name.isEmpty())
        return Tr::tr("This agreement sets out how %1 and %2 share the work of IT.")
            .arg(client, provider);
    QString p = Tr::tr("This agreement sets out how %1 and %2 share the work of IT. It "
                       "follows the “%3” model")
                    .arg(client, provider, model.name);
    p += u'.';
    if (!model.bestFor.isEmpty()) {
        QString bestFor = model.bestFor.trimmed();
        if (!bestFor.endsWith(u'.'))
            bestFor += u'.';
        p += u' ' + Tr::tr("Best for: %1").arg(bestFor);
    }
    if (!model.summary.isEmpty())
        p += u' ' + model.summary;
    return p;
}

// How the work splits between the parties, in words and in two charts.
void addSplit(const MatrixTally &tally, Report &r)
{
    Summary &s = r.summary;
    QStringList split;
    for (qsizetype p = 0; p < r.matrix.parties.size(); ++p) {
        const int rc = tally.responsible[size_t(p)];
        const int ac = tally.accountable[size_t(p)];
        if (rc == 0 && ac == 0)
            continue;
        split.append(Tr::tr("%1 is Responsible for %2 and Accountable for %3")
                         .arg(r.matrix.parties.at(p).name)
                         .arg(rc)
                         .arg(ac));
    }
    Chart partyChart;
    partyChart.title = Tr::tr("Duties each party does or owns");
    partyChart.valueLabel = Tr::tr("duties");
    partyChart.categoryLabel = Tr::tr("Party");
    for (const PartyList &list : r.partyLists) {
        int n = 0;
        for (const PartyDutyGroup &g : list.groups)
            n += int(g.duties.size());
        partyChart.bars.append(Bar{list.party.name, double(n), list.party.color});
    }
    QString splitText = Tr::tr("The matrix lists %n duties", nullptr, tally.duties);
    splitText += Tr::tr(" in %n areas.", nullptr, int(r.matrix.groups.size()));
    if (!split.isEmpty())
        splitText += u' ' + split.join(QStringLiteral("; ")) + u'.';
    splitText += u' '
                 + Tr::tr("By who does the work: %1 internal, %2 by the provider, %3 shared and "
                          "%4 unassigned.")
                       .arg(tally.ownership[size_t(Ownership::Internal)])
                       .arg(tally.ownership[size_t(Ownership::Provider)])
                       .arg(tally.ownership[size_t(Ownership::Shared)])
                       .arg(tally.ownership[size_t(Ownership::Unassigned)]);
    s.paragraphs.append(splitText);
    if (!partyChart.bars.isEmpty())
        s.charts.append(partyChart);
    if (!tally.areaChart.bars.isEmpty())
        s.charts.append(tally.areaChart);
}

// What internal IT keeps the final word on.
void addAuthority(const Party *internal, const QStringList &authority, Summary &s)
{
    s.internalAuthority = authority;
    if (!internal)
        return;
    if (!authority.isEmpty())
        s.authorityHeading = Tr::tr("%1 keeps authority over").arg(internal->label());
    s.paragraphs.append(
        authority.isEmpty()
            ? Tr::tr("%1 is Accountable for no approval or governance duty.").arg(internal->label())
            : Tr::tr("%1 keeps authority over %n approval and governance duties, "
                     "listed below.",
                     nullptr, int(authority.size()))
                  .arg(internal->label()));
}

// The open findings in scope, counted in the summary's last paragraph.
QList<Finding> addFindings(const Index &index, Summary &s)
{
    CheckOptions checkOptions;
    checkOptions.today = index.options.today;
    const QList<Finding> findings =
        scopedFindings(HealthCheck::run(index.agreement, checkOptions), index);
    s.openFindings = HealthCheck::count(findings, Finding::Severity::Error)
                     + HealthCheck::count(findings, Finding::Severity::Warning);
    s.paragraphs.append(s.openFindings == 0
                            ? Tr::tr("The health check finds no open errors or warnings.")
                            : Tr::tr("The health check finds %n open errors or warnings; "
                                     "they are listed at the end.",
                                     nullptr, s.openFindings));
    return findings;
}

QString legendText()
{
    return Tr::tr("%1 %2 · %3 %4 · %5 %6 · %7 %8")
        .arg(QString(Raci::roleLetter(Raci::Responsible)), Raci::roleName(Raci::Responsible),
             QString(Raci::roleLetter(Raci::Accountable)), Raci::roleName(Raci::Accountable),
             QString(Raci::roleLetter(Raci::Consulted)), Raci::roleName(Raci::Consulted),
             QString(Raci::roleLetter(Raci::Informed)), Raci::roleName(Raci::Informed));
}

} // namespace

report::Report ReportBuilder::build(const Agreement &a, const ReportOptions &options)
{
    // Headings, captions and sentences in the agreement's language, as its
    // duties and areas are, whatever the window speaks.
    const DocumentLanguage::Scope language(a.details.language);
    const Index index(a, options);
    const ModelDescription model = options.model.name.isEmpty()
                                       ? builtInModel(a.details.modelId, a.details.language)
                                       : options.model;
    const Party *internal = a.firstOfKind(Party::Kind::Internal);
    Report r;
    r.language = a.details.language;
    r.cover = buildCover(a, model.name);
    if (const Party *p = index.partyOf(options.partyId))
        r.partyFilter = p->label();
    const MatrixTally tally = buildMatrix(index, internal, r);

    // Executive summary: the model and why, the split, authority, findings.
    Summary &s = r.summary;
    s.paragraphs.append(openingParagraph(a, model));
    const std::optional<Recommendation> rec =
        a.assessment.isEmpty() ? std::nullopt : std::optional(recommend(a.assessment));
    if (rec)
        s.paragraphs.append(assessmentParagraphs(a, *rec, model));
    if (!r.partyFilter.isEmpty())
        s.paragraphs.append(
            Tr::tr("This copy shows only the duties where %1 holds a role.").arg(r.partyFilter));
    addSplit(tally, r);
    addAuthority(internal, tally.internalAuthority, s);
    const QList<Finding> findings = addFindings(index, s);

    r.sections.append(escalationSection(index));
    r.sections.append(toolSection(index));
    r.sections.append(securitySection(index));
    r.sections.append(reviewSection(a));
    if (rec)
        r.sections.append(assessmentSection(a, *rec));
    r.sections.append(findingsSection(findings, index));
    if (std::optional<Section> changes = changesSection(a))
        r.sections.append(std::move(*changes));

    for (const Signatory &sig : a.details.signatories)
        r.signatures.append(Signature{index.partyName(sig.partyId), sig.name, sig.title});
    r.legend = legendText();
    return r;
}
