#include "assessment/tailoring.h"

#include "model/documentlanguage.h"

#include "assessment/assessmentquestions.h"
#include "assessment/recommendation.h"
#include "templates/templatelibrary.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <functional>
#include <optional>

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Tailoring)
};

struct Parties {
    const Party *internal = nullptr;
    const Party *provider = nullptr;
};

// Hands a duty's work to the provider while internal IT keeps the outcome:
// the provider becomes the one Responsible party, and Accountable stays with
// internal IT (moving there if it sat elsewhere; its holder is Consulted).
// Whoever did the work before stays Informed. The provider gets Operate
// access to the tools the duty needs; their names are added to `granted`.
// False when the duty already has that shape, and for approvals.
bool handToProvider(Agreement &a, Duty &d, const Parties &p, QStringList &granted)
{
    if (d.kind == Duty::Kind::Approval)
        return false;
    const int internalId = p.internal->id;
    const int providerId = p.provider->id;
    if (d.rolesOf(providerId).responsible() && d.countOf(Raci::Responsible) == 1
        && d.rolesOf(internalId).accountable())
        return false;
    for (auto it = d.roles.begin(); it != d.roles.end(); ++it) {
        Raci r = *it;
        if (r.responsible() && it.key() != providerId)
            r = r.without(Raci::Responsible).with(Raci::Informed);
        if (r.accountable() && it.key() != internalId)
            r = r.without(Raci::Accountable).with(Raci::Consulted);
        *it = r;
    }
    Raci internal = d.rolesOf(internalId).with(Raci::Accountable);
    d.setRoles(internalId, internal.without(Raci::Informed).without(Raci::Consulted));
    d.setRoles(providerId, Raci(Raci::Responsible));
    for (const int toolId : d.toolIds) {
        for (Tool &t : a.tools) {
            if (t.id != toolId || t.levelOf(providerId) >= ToolAccess::Level::Operate)
                continue;
            t.access[providerId].level = ToolAccess::Level::Operate;
            granted.append(QStringLiteral("“%1”").arg(t.name));
        }
    }
    return true;
}

QStringList titlesOf(const QList<const Duty *> &duties)
{
    QStringList titles;
    for (const Duty *d : duties)
        titles.append(QStringLiteral("“%1”").arg(d->title));
    return titles;
}

class Tailor
{
public:
    Tailor(Agreement &a, const Assessment &answers, const TemplateCatalog &catalog, Tailoring &out)
        : m_a(a)
        , m_answers(answers)
        , m_catalog(catalog)
        , m_out(out)
    {
        m_parties.internal = a.firstOfKind(Party::Kind::Internal);
        m_parties.provider = a.firstOfKind(Party::Kind::Provider);
    }

    void run()
    {
        afterHours();
        knowledge();
        securityOperations();
        sites();
        compliance();
        noMicrosoft365();
    }

private:
    bool needParties(const QString &reason)
    {
        if (m_parties.internal && m_parties.provider)
            return true;
        m_out.skipped.append(
            Tr::tr("%1 The agreement needs an internal IT party and a provider party for this.")
                .arg(reason));
        return false;
    }

    void adjust(const char *rule, const QString &change, const QString &reason)
    {
        m_out.adjustments.append({QLatin1String(rule), change, reason});
    }

    // Hands the duties with these keys (or matching `also`) to the provider
    // and notes it: `change` is the sentence, with %1 for the provider and %2
    // for the duties (or %n for their number). The access the provider
    // needs for them is noted after it.
    void handOver(const char *rule, const QString &reason, const char *change,
                  const QSet<QString> &keys, const std::function<bool(const Duty &)> &also = {})
    {
        QList<const Duty *> moved;
        QStringList granted;
        for (Duty &d : m_a.duties)
            if ((keys.contains(d.key) || (also && also(d)))
                && handToProvider(m_a, d, m_parties, granted))
                moved.append(&d);
        if (moved.isEmpty())
            return;
        const QString provider = m_parties.provider->label();
        QString text = Tr::tr(change, nullptr, int(moved.size())).arg(provider);
        if (text.contains(QLatin1String("%2")))
            text = text.arg(titlesOf(moved).join(QStringLiteral(", ")));
        adjust(rule, text, reason);
        granted.removeDuplicates();
        if (!granted.isEmpty())
            adjust(rule,
                   Tr::tr("%1 gets Operate access to %2 for this work.")
                       .arg(provider, granted.join(QStringLiteral(", "))),
                   reason);
    }

    void afterHours()
    {
        if (m_answers.yesNo(QStringLiteral("afterHoursCoverage")) != false)
            return;
        const QString reason = Tr::tr("Nobody covers urgent tickets after hours.");
        if (!needParties(reason))
            return;
        const int provider = m_parties.provider->id;
        const int internal = m_parties.internal->id;
        int rules = 0;
        for (EscalationRule &r : m_a.rules) {
            bool changed = false;
            if (r.afterHours == EscalationRule::Match::Yes && r.firstResponderId == internal) {
                r.firstResponderId = provider;
                changed = true;
            }
            const int handler = r.afterHoursHandlerId ? r.afterHoursHandlerId : r.firstResponderId;
            if (r.afterHours != EscalationRule::Match::No && handler == internal) {
                r.afterHoursHandlerId = provider;
                changed = true;
            }
            rules += changed ? 1 : 0;
        }
        if (rules > 0)
            adjust("after-hours",
                   Tr::tr("%1 handles after-hours tickets in %n routing rules.", nullptr, rules)
                       .arg(m_parties.provider->label()),
                   reason);
        handOver(
            "after-hours", reason,
            QT_TRANSLATE_NOOP("Tailoring", "%1 is Responsible for %2, internal IT Accountable."),
            {QStringLiteral("after-hours-support"), QStringLiteral("security-alert-monitoring")});
    }

    void knowledge()
    {
        if (m_answers.yesNo(QStringLiteral("signSinglePerson")) != true)
            return;
        const QString reason = Tr::tr("One person holds critical knowledge.");
        if (!needParties(reason))
            return;
        handOver(
            "knowledge", reason,
            QT_TRANSLATE_NOOP("Tailoring", "%1 is Responsible for %2, internal IT Accountable."),
            {QStringLiteral("documentation-support"), QStringLiteral("knowledge-transfer"),
             QStringLiteral("documentation-cleanup"), QStringLiteral("credential-vault")});
    }

    void securityOperations()
    {
        if (m_answers.yesNo(QStringLiteral("securityStaff")) != false)
            return;
        const QString reason = Tr::tr("Internal IT has no dedicated security staff.");
        if (!needParties(reason))
            return;
        QSet<int> areas;
        for (const Area &area : m_a.areas)
            if (area.key == QLatin1String("security-ops"))
                areas.insert(area.id);
        handOver("security-operations", reason,
                 QT_TRANSLATE_N_NOOP("Tailoring",
                                     "%1 runs %n security operations duties; internal IT stays "
                                     "Accountable and keeps every approval."),
                 {}, [&](const Duty &d) { return areas.contains(d.areaId); });
    }

    void sites()
    {
        const QStringList names = m_answers.list(QStringLiteral("locationNames"));
        if (names.isEmpty())
            return;
        const QString reason =
            Tr::tr("The company works from %n named locations.", nullptr, int(names.size()));
        QStringList &locations = m_a.details.locations;
        bool changed = false;
        if (locations != names) {
            locations = names;
            changed = true;
        }
        // Rules for sites that no longer exist go; each site but the first
        // (where internal IT sits) gets its own on-site rule, shaped like
        // the model's.
        std::optional<EscalationRule> prototype;
        qsizetype at = -1;
        for (qsizetype i = 0; i < m_a.rules.size();) {
            const EscalationRule &r = m_a.rules.at(i);
            if (r.location.isEmpty()) {
                ++i;
                continue;
            }
            if (!prototype) {
                prototype = r;
                at = i;
            }
            if (names.contains(r.location)) {
                ++i;
            } else {
                m_a.rules.removeAt(i);
                changed = true;
            }
        }
        QStringList added;
        if (prototype) {
            at = std::min(at, m_a.rules.size());
            for (qsizetype i = 1; i < names.size(); ++i) {
                const QString &site = names.at(i);
                const bool covered =
                    std::any_of(m_a.rules.cbegin(), m_a.rules.cend(),
                                [&](const EscalationRule &r) { return r.location == site; });
                if (covered)
                    continue;
                EscalationRule r = *prototype;
                r.id = m_a.takeId();
                r.location = site;
                // The rule's name is the agreement's words.
                const DocumentLanguage::Scope words(m_a.details.language);
                r.name = Tr::tr("On-site at %1").arg(site);
                m_a.rules.insert(at++, r);
                added.append(site);
            }
        }
        if (!changed && added.isEmpty())
            return;
        QString change = Tr::tr("Sites: %1.").arg(names.join(QStringLiteral(", ")));
        if (!added.isEmpty())
            change +=
                u' ' + Tr::tr("On-site rules added for %1.").arg(added.join(QStringLiteral(", ")));
        adjust("sites", change, reason);
    }

    // The reference a framework's name brings to the compliance duties.
    // language: the agreement's, which a reference in words is in.
    static QString referenceFor(const QString &need, const QString &language)
    {
        const QString n = need.toCaseFolded().remove(u' ');
        if (n == u"hipaa")
            return QStringLiteral("HIPAA 164.308(a)(1)");
        if (n == u"pcidss" || n == u"pci")
            return QStringLiteral("PCI DSS v4.0 12.4");
        if (n == u"soc2")
            return QStringLiteral("SOC 2 CC4.1");
        if (n == u"iso27001" || n == u"iso/iec27001")
            return QStringLiteral("ISO/IEC 27001:2022 A.5.36");
        if (n == u"nistcsf")
            return QStringLiteral("NIST CSF 2.0 GV.OC-03");
        if (n == u"cyberinsurance") {
            const DocumentLanguage::Scope words(language);
            return Tr::tr("Cyber insurance questionnaire");
        }
        return need;
    }

    Duty *dutyWithKey(const QString &key)
    {
        for (Duty &d : m_a.duties)
            if (d.key == key)
                return &d;
        return nullptr;
    }

    int areaFor(const QString &areaKey)
    {
        for (const Area &a : m_a.areas)
            if (a.key == areaKey)
                return a.id;
        const TemplateCatalog::AreaEntry *entry = m_catalog.area(areaKey);
        Area area;
        area.id = m_a.takeId();
        area.key = areaKey;
        area.name = entry ? entry->name : areaKey;
        m_a.areas.append(area);
        return area.id;
    }

    // A catalog duty the agreement lacks, added with internal IT Accountable
    // and the provider Responsible where it has one.
    Duty *addFromCatalog(const QString &key)
    {
        const TemplateCatalog::DutyEntry *entry = m_catalog.duty(key);
        if (!entry || !m_parties.internal)
            return nullptr;
        Duty d;
        d.id = m_a.takeId();
        d.key = key;
        d.areaId = areaFor(entry->area);
        d.title = entry->title;
        d.description = entry->description;
        d.kind = entry->kind;
        d.frequency = entry->frequency;
        d.controls = entry->controls;
        d.setRoles(m_parties.internal->id, Raci(Raci::Accountable | Raci::Responsible));
        if (m_parties.provider && key == QLatin1String("compliance-evidence")) {
            d.setRoles(m_parties.internal->id, Raci(Raci::Accountable));
            d.setRoles(m_parties.provider->id, Raci(Raci::Responsible));
        }
        // After the last duty of its area, so areas stay together.
        qsizetype at = m_a.duties.size();
        for (qsizetype i = 0; i < m_a.duties.size(); ++i)
            if (m_a.duties.at(i).areaId == d.areaId)
                at = i + 1;
        m_a.duties.insert(at, d);
        return &m_a.duties[at];
    }

    void compliance()
    {
        const QStringList needs = m_answers.list(QStringLiteral("complianceNeeds"));
        if (needs.isEmpty())
            return;
        const QString reason =
            Tr::tr("Compliance needs: %1.").arg(needs.join(QStringLiteral(", ")));
        QStringList added;
        QStringList referenced;
        for (const QString &key :
             {QStringLiteral("compliance-coordination"), QStringLiteral("compliance-evidence")}) {
            Duty *d = dutyWithKey(key);
            if (!d) {
                d = addFromCatalog(key);
                if (!d) {
                    m_out.skipped.append(
                        Tr::tr("%1 The duty “%2” is not in the catalog.").arg(reason, key));
                    continue;
                }
                added.append(QStringLiteral("“%1”").arg(d->title));
            }
            for (const QString &need : needs) {
                const QString ref = referenceFor(need, m_a.details.language);
                if (!d->controls.contains(ref)) {
                    d->controls.append(ref);
                    if (!referenced.contains(ref))
                        referenced.append(ref);
                }
            }
        }
        if (!added.isEmpty())
            adjust("compliance", Tr::tr("Added %1.").arg(added.join(QStringLiteral(", "))), reason);
        if (!referenced.isEmpty())
            adjust("compliance",
                   Tr::tr("The compliance duties reference %1.")
                       .arg(referenced.join(QStringLiteral(", "))),
                   reason);
    }

    void noMicrosoft365()
    {
        if (m_answers.text(QStringLiteral("m365")) != QLatin1String("none"))
            return;
        const QString reason = Tr::tr("The company does not use Microsoft 365.");
        QSet<int> areas;
        for (const Area &a : m_a.areas)
            if (a.key == QLatin1String("m365"))
                areas.insert(a.id);
        const QSet<QString> dutyKeys = {QStringLiteral("m365-user-support"),
                                        QStringLiteral("m365-backup")};
        QSet<int> tools;
        for (const Tool &t : m_a.tools)
            if (t.key == QLatin1String("m365-admin"))
                tools.insert(t.id);
        const qsizetype dutiesBefore = m_a.duties.size();
        m_a.duties.removeIf(
            [&](const Duty &d) { return areas.contains(d.areaId) || dutyKeys.contains(d.key); });
        const int removedDuties = int(dutiesBefore - m_a.duties.size());
        m_a.areas.removeIf([&](const Area &a) { return areas.contains(a.id); });
        QSet<QString> categories;
        for (const TicketCategory &c : m_a.details.ticketCategories)
            if (areas.contains(c.areaId))
                categories.insert(c.name);
        m_a.details.ticketCategories.removeIf(
            [&](const TicketCategory &c) { return categories.contains(c.name); });
        const qsizetype rulesBefore = m_a.rules.size();
        m_a.rules.removeIf(
            [&](const EscalationRule &r) { return categories.contains(r.category); });
        const int removedRules = int(rulesBefore - m_a.rules.size());
        m_a.tools.removeIf([&](const Tool &t) { return tools.contains(t.id); });
        for (Duty &d : m_a.duties)
            d.toolIds.removeIf([&](int id) { return tools.contains(id); });
        if (areas.isEmpty() && removedDuties == 0 && tools.isEmpty() && removedRules == 0)
            return;
        QStringList parts;
        if (!areas.isEmpty())
            parts.append(Tr::tr("the Microsoft 365 area"));
        if (removedDuties > 0)
            parts.append(Tr::tr("%n duties", nullptr, removedDuties));
        if (removedRules > 0)
            parts.append(Tr::tr("%n routing rules", nullptr, removedRules));
        if (!tools.isEmpty())
            parts.append(Tr::tr("the Microsoft 365 admin tool"));
        adjust("no-m365", Tr::tr("Removed %1.").arg(parts.join(QStringLiteral(", "))), reason);
    }

    Agreement &m_a;
    const Assessment &m_answers;
    const TemplateCatalog &m_catalog;
    Tailoring &m_out;
    Parties m_parties;
};

} // namespace

Tailoring tailor(Agreement agreement, const Assessment &assessment, const TemplateCatalog &catalog)
{
    Tailoring out;
    out.agreement = std::move(agreement);
    Tailor(out.agreement, assessment, catalog, out).run();
    return out;
}

Result<Tailoring> startFromAssessment(const TemplateLibrary &library, const Assessment &assessment,
                                      const QString &modelId,
                                      const TemplateLibrary::NewAgreement &options)
{
    QString model = modelId;
    if (model.isEmpty()) {
        const Recommendation rec = recommend(assessment);
        if (rec.recommended.isEmpty()) {
            QStringList missing;
            for (const QString &key : rec.mattersMost)
                missing.append(QStringLiteral("“%1”").arg(AssessmentQuestions::find(key)->label()));
            return Result<Tailoring>::failure(
                Tr::tr("The assessment has too few answers to recommend a model. Answer %1, or "
                       "choose a model.")
                    .arg(missing.join(QStringLiteral(", "))));
        }
        model = rec.recommended;
    }
    Result<Agreement> base = library.instantiate(model, options);
    if (!base)
        return Result<Tailoring>::failure(base.error());
    const TemplateCatalog catalog = library.catalog(base->details.language);
    Tailoring t = tailor(std::move(base).value(), assessment, catalog);
    t.agreement.assessment = assessment;
    return t;
}
