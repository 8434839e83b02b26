#include <catch2/catch.hpp>

#include "checks/healthcheck.h"
#include "templates/templatelibrary.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>

namespace {

QString dataFolder(const char *name)
{
    return QStringLiteral(DUTYMAP_TEST_DATA_DIR "/templates/") + QLatin1StringView(name);
}

TemplateLibrary::NewAgreement acme()
{
    return {QStringLiteral("Acme Tools"), QStringLiteral("Northwind Managed IT"),
            QDate(2025, 3, 1)};
}

const Duty *dutyByKey(const Agreement &agreement, const char *key)
{
    for (const Duty &d : agreement.duties)
        if (d.key == QLatin1StringView(key))
            return &d;
    return nullptr;
}

std::string text(const QString &s)
{
    return s.toStdString();
}

} // namespace

TEST_CASE("The four built-in models load without problems, in their fixed order", "[templates]")
{
    const TemplateLibrary library = TemplateLibrary::load({}, true);
    INFO(text(library.problems().join(u'\n')));
    CHECK(library.problems().isEmpty());

    const QList<ModelTemplate> models = library.models();
    REQUIRE(models.size() == 4);
    CHECK(models.at(0).id == u"helpdesk-overflow");
    CHECK(models.at(1).id == u"security-tools");
    CHECK(models.at(2).id == u"project-escalation");
    CHECK(models.at(3).id == u"full-hybrid");
    for (const ModelTemplate &m : models) {
        CHECK_FALSE(m.name.isEmpty());
        CHECK_FALSE(m.bestFor.isEmpty());
        CHECK_FALSE(m.summary.isEmpty());
        CHECK(m.origin.startsWith(u":/templates/models/"));
        CHECK(library.model(m.id) != nullptr);
    }
    CHECK(library.model(QStringLiteral("no-such-model")) == nullptr);

    // The catalog carries the whole domain, not a sample of it.
    CHECK(library.catalog().duties().size() >= 70);
    CHECK(library.catalog().tools().size() >= 9);
}

TEST_CASE("The default load starts with the built-ins in order", "[templates]")
{
    const QList<ModelTemplate> models = TemplateLibrary::load().models();
    REQUIRE(models.size() >= 4);
    for (int i = 0; i < 4; ++i)
        CHECK(models.at(i).id == TemplateLibrary::builtInModelIds().at(i));
}

TEST_CASE("Each model becomes a complete draft agreement", "[templates]")
{
    const TemplateLibrary library = TemplateLibrary::load({}, true);
    for (const ModelTemplate &m : library.models()) {
        SECTION(text(m.id))
        {
            const Result<Agreement> result = library.instantiate(m.id, acme());
            INFO(text(result.error()));
            REQUIRE(result.ok());
            const Agreement &a = result.value();

            CHECK(a.details.title
                  == u"Co-managed IT agreement: Acme Tools and Northwind Managed IT");
            CHECK(a.details.client == u"Acme Tools");
            CHECK(a.details.provider == u"Northwind Managed IT");
            CHECK(a.details.modelId == m.id);
            CHECK(a.details.effectiveDate == QDate(2025, 3, 1));
            CHECK(a.details.status == AgreementDetails::Status::Draft);
            CHECK(a.details.revision == 1);
            CHECK(a.details.reviewMonths == 6);
            CHECK(a.details.dueReview() == QDate(2025, 9, 1));
            const auto category = [&a](QStringView name) -> const TicketCategory * {
                for (const TicketCategory &c : a.details.ticketCategories)
                    if (c.name == name)
                        return &c;
                return nullptr;
            };
            REQUIRE(category(u"Password reset"));
            REQUIRE(category(u"VIP request"));
            // Every model names the area behind each category, and it is in the agreement.
            for (const TicketCategory &c : a.details.ticketCategories) {
                INFO(c.name.toStdString());
                CHECK(a.area(c.areaId) != nullptr);
            }

            const Party *internal = a.firstOfKind(Party::Kind::Internal);
            const Party *provider = a.firstOfKind(Party::Kind::Provider);
            const Party *leadership = a.firstOfKind(Party::Kind::Leadership);
            REQUIRE(internal);
            REQUIRE(provider);
            REQUIRE(leadership);
            CHECK(internal->name == u"Internal IT");
            CHECK(internal->code == u"IT");
            CHECK(provider->name == u"Northwind Managed IT");
            CHECK(provider->code == u"MSP");
            CHECK(leadership->code == u"LEAD");
            for (const Party &p : a.parties)
                CHECK(Party::isColor(p.color));

            CHECK(a.duties.size() == m.data.value(QStringLiteral("matrix")).toArray().size());
            CHECK(a.duties.size() >= 70);

            // Ids are unique across every list and nextId is past them all.
            QSet<int> ids;
            qsizetype count = 0;
            const auto collect = [&](const auto &list) {
                for (const auto &item : list) {
                    ids.insert(item.id);
                    ++count;
                }
            };
            collect(a.parties);
            collect(a.areas);
            collect(a.systems);
            collect(a.tools);
            collect(a.duties);
            collect(a.rules);
            CHECK(ids.size() == count);
            CHECK(a.nextId == a.computeNextId());

            for (const Duty &d : a.duties) {
                INFO(text(d.key));
                CHECK_FALSE(d.key.isEmpty());
                CHECK(a.area(d.areaId) != nullptr);
                CHECK((d.systemId == 0 || a.system(d.systemId) != nullptr));
                CHECK(d.title.size() >= 30);
                CHECK_FALSE(d.description.isEmpty());
                for (int toolId : d.toolIds)
                    CHECK(a.tool(toolId) != nullptr);
            }
            for (const Area &area : a.areas)
                CHECK_FALSE(area.key.isEmpty());
            for (const EscalationRule &r : a.rules) {
                CHECK(a.party(r.firstResponderId) != nullptr);
                CHECK((r.escalateToId == 0 || a.party(r.escalateToId) != nullptr));
                CHECK((r.category.isEmpty()
                       || std::any_of(
                           a.details.ticketCategories.cbegin(), a.details.ticketCategories.cend(),
                           [&r](const TicketCategory &c) { return c.name == r.category; })));
            }
        }
    }
}

TEST_CASE("Every model keeps the rules of a healthy co-managed agreement", "[templates]")
{
    const TemplateLibrary library = TemplateLibrary::load({}, true);
    for (const ModelTemplate &m : library.models()) {
        SECTION(text(m.id))
        {
            const Result<Agreement> result = library.instantiate(m.id, acme());
            REQUIRE(result.ok());
            const Agreement &a = result.value();
            const Party *internal = a.firstOfKind(Party::Kind::Internal);
            REQUIRE(internal);

            for (const Duty &d : a.duties) {
                INFO(text(m.id + u' ' + d.key));
                CHECK(d.countOf(Raci::Accountable) == 1);
                CHECK(d.countOf(Raci::Responsible) >= 1);
                CHECK(d.countOf(Raci::Consulted) <= 4);
                bool providerResponsible = false;
                for (auto it = d.roles.cbegin(); it != d.roles.cend(); ++it) {
                    const Party *p = a.party(it.key());
                    REQUIRE(p);
                    if (p->kind == Party::Kind::Provider && it.value().responsible())
                        providerResponsible = true;
                    // Decisions stay with the client.
                    if (d.kind == Duty::Kind::Approval && it.value().accountable())
                        CHECK(p->kind != Party::Kind::Provider);
                }
                // No vendor wall: internal IT knows about all the provider does.
                if (providerResponsible)
                    CHECK_FALSE(d.rolesOf(internal->id).isEmpty());
            }

            // Nobody is locked out of a tool.
            REQUIRE_FALSE(a.tools.isEmpty());
            for (const Tool &t : a.tools) {
                INFO(text(m.id + u' ' + t.key));
                CHECK(t.levelOf(internal->id) >= ToolAccess::Level::Read);
                CHECK(a.party(t.ownerId) != nullptr);
            }

            REQUIRE_FALSE(a.rules.isEmpty());
            CHECK(a.rules.last().isCatchAll());

            for (const Party &p : a.parties) {
                INFO(text(m.id + u' ' + p.name));
                const bool holdsWork =
                    std::any_of(a.duties.cbegin(), a.duties.cend(), [&p](const Duty &d) {
                        const Raci r = d.rolesOf(p.id);
                        return r.responsible() || r.accountable();
                    });
                CHECK(holdsWork);
            }
        }
    }
}

TEST_CASE("Every model passes its own health check without errors or warnings", "[templates]")
{
    const TemplateLibrary library = TemplateLibrary::load({}, true);
    for (const QString &id : TemplateLibrary::builtInModelIds()) {
        INFO(text(id));
        const Result<Agreement> result = library.instantiate(id, acme());
        REQUIRE(result.ok());
        CheckOptions options;
        options.today = result->details.effectiveDate;
        const QList<Finding> findings = HealthCheck::run(result.value(), options);
        for (const Finding &f : findings)
            if (f.severity != Finding::Severity::Info)
                UNSCOPED_INFO(text(f.code + u' ' + f.message));
        CHECK(HealthCheck::count(findings, Finding::Severity::Error) == 0);
        CHECK(HealthCheck::count(findings, Finding::Severity::Warning) == 0);
    }
}

TEST_CASE("The catalog covers every list of the domain brief", "[templates]")
{
    const TemplateLibrary library = TemplateLibrary::load({}, true);
    QStringList titles;
    for (const TemplateCatalog::DutyEntry &d : library.catalog().duties())
        titles.append(d.title);
    for (const TemplateCatalog::ToolEntry &t : library.catalog().tools())
        titles.append(t.name);
    const QString all = titles.join(u'\n');

    const char *const phrases[] = {
        // what internal IT keeps
        "business application decisions", "vendor relationships", "onboarding standards",
        "internal priorities", "strategic planning", "executive communication",
        "security exceptions", "on-site support",
        // what the provider takes
        "tier-1 help desk overflow", "monitor servers, network and endpoints",
        "endpoint configuration", "patches", "backup jobs", "security tool administration",
        "Microsoft 365 administration", "documentation", "after-hours escalation",
        "specialised engineers",
        // the help desk split
        "VIP support", "business-critical application issues", "department-specific requests",
        "politically sensitive", "password resets", "troubleshoot endpoint problems",
        "standard workstation issues", "Microsoft 365 support", "triage", "monitoring alerts",
        "backup alerts", "basic user support", "overflow",
        // the security split
        "endpoint protection", "threat detection and response", "harden Microsoft 365 security",
        "conditional access", "patch compliance", "vulnerability remediation",
        "oversee backup coverage", "security awareness", "incident response coordination",
        "implement approved security policies", "policy approval", "risk decisions",
        "access approvals", "coordinate compliance", "final authority on enforcement",
        "security alert monitoring", "technical remediation steps", "security reporting",
        "best-practice recommendations", "day-to-day security operations",
        // projects
        "Microsoft 365 migrations", "SharePoint", "security projects", "firewall upgrades",
        "office expansions", "hardware refresh planning", "documentation clean-up",
        "upgrade the backup platform", "identity and access projects", "cloud migrations",
        // the escalation path
        "submit tickets", "ticket routing", "bring in internal IT", "document every escalation",
        // the review
        "ticket volume", "response times", "recurring issues", "security trends", "coverage gaps",
        "user satisfaction", "project progress", "responsibility boundaries", "automate",
        // tools
        "ticketing", "documentation platform", "RMM", "endpoint management console",
        "security alert", "backup reporting", "Microsoft 365 admin", "asset inventory",
        "project tracking"};
    for (const char *phrase : phrases) {
        INFO(phrase);
        CHECK(all.contains(QLatin1StringView(phrase), Qt::CaseInsensitive));
    }
}

TEST_CASE("Help desk overflow gives routine tickets to the provider and VIPs to internal IT",
          "[templates]")
{
    const TemplateLibrary library = TemplateLibrary::load({}, true);
    const Result<Agreement> result =
        library.instantiate(QStringLiteral("helpdesk-overflow"), acme());
    REQUIRE(result.ok());
    const Agreement &a = result.value();
    const int it = a.firstOfKind(Party::Kind::Internal)->id;
    const int msp = a.firstOfKind(Party::Kind::Provider)->id;

    const Duty *resets = dutyByKey(a, "password-resets");
    REQUIRE(resets);
    CHECK(resets->rolesOf(msp).responsible());
    const Duty *afterHours = dutyByKey(a, "after-hours-support");
    REQUIRE(afterHours);
    CHECK(afterHours->rolesOf(msp).responsible());
    const Duty *vip = dutyByKey(a, "vip-support");
    REQUIRE(vip);
    CHECK(vip->rolesOf(it).accountable());
    CHECK(vip->rolesOf(it).responsible());
    CHECK_FALSE(vip->rolesOf(msp).responsible());
    const Duty *apps = dutyByKey(a, "business-app-decisions");
    REQUIRE(apps);
    CHECK(apps->rolesOf(it).accountable());

    // A password reset goes to the provider first; a VIP ticket to internal IT.
    const auto firstMatch = [&a](const QString &category, bool isVip) -> const EscalationRule * {
        for (const EscalationRule &r : a.rules) {
            const bool categoryOk = r.category.isEmpty() || r.category == category;
            const bool vipOk = r.vip == EscalationRule::Match::Any
                               || (r.vip == EscalationRule::Match::Yes) == isVip;
            if (categoryOk && vipOk && r.minUrgency == EscalationRule::Urgency::Low
                && r.afterHours == EscalationRule::Match::Any)
                return &r;
        }
        return nullptr;
    };
    const EscalationRule *reset = firstMatch(QStringLiteral("Password reset"), false);
    REQUIRE(reset);
    CHECK(reset->firstResponderId == msp);
    CHECK(reset->escalateToId == it);
    const EscalationRule *vipReset = firstMatch(QStringLiteral("Password reset"), true);
    REQUIRE(vipReset);
    CHECK(vipReset->firstResponderId == it);
}

TEST_CASE("Security and tool support keeps approval with internal IT", "[templates]")
{
    const TemplateLibrary library = TemplateLibrary::load({}, true);
    const Result<Agreement> result = library.instantiate(QStringLiteral("security-tools"), acme());
    REQUIRE(result.ok());
    const Agreement &a = result.value();
    const int it = a.firstOfKind(Party::Kind::Internal)->id;
    const int msp = a.firstOfKind(Party::Kind::Provider)->id;

    for (const char *key :
         {"policy-approval", "risk-decisions", "access-approvals", "enforcement-authority"}) {
        INFO(key);
        const Duty *d = dutyByKey(a, key);
        REQUIRE(d);
        CHECK(d->rolesOf(it).accountable());
    }
    for (const char *key : {"security-alert-monitoring", "security-tool-admin", "patch-management",
                            "vulnerability-remediation"}) {
        INFO(key);
        const Duty *d = dutyByKey(a, key);
        REQUIRE(d);
        CHECK(d->rolesOf(msp).responsible());
    }
    // The provider administers the security console; internal IT can still look.
    for (const Tool &t : a.tools) {
        if (t.key == u"edr") {
            CHECK(t.ownerId == msp);
            CHECK(t.levelOf(msp) == ToolAccess::Level::Admin);
            CHECK(t.levelOf(it) == ToolAccess::Level::Read);
            CHECK(t.access.value(it).mfaRequired);
        }
    }
    CHECK(a.rules.first().category == u"Security alert");
    CHECK(a.rules.first().firstResponderId == msp);
    CHECK(a.rules.first().trigger == EscalationRule::Trigger::SecurityIncident);
}

TEST_CASE("Without a provider name the model's own name is used", "[templates]")
{
    const TemplateLibrary library = TemplateLibrary::load({}, true);
    const Result<Agreement> result =
        library.instantiate(QStringLiteral("full-hybrid"), {QStringLiteral("Acme"), {}, {}});
    REQUIRE(result.ok());
    CHECK(result->details.provider == u"Managed service provider");
    CHECK(result->details.title == u"Co-managed IT agreement: Acme and Managed service provider");

    const Result<Agreement> missing = library.instantiate(QStringLiteral("no-such-model"), acme());
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().contains(u"no-such-model"));
}

TEST_CASE("A user's model with a built-in id overrides the built-in", "[templates]")
{
    QFile builtIn(QStringLiteral(":/templates/models/helpdesk-overflow.json"));
    REQUIRE(builtIn.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(builtIn.readAll()).object();
    root.insert(QStringLiteral("name"), QStringLiteral("Our help desk overflow"));

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    REQUIRE(QDir(dir.path()).mkpath(QStringLiteral("models")));
    const QString path = dir.filePath(QStringLiteral("models/helpdesk-overflow.json"));
    QFile out(path);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(root).toJson());
    out.close();

    const TemplateLibrary library = TemplateLibrary::load({dir.path()});
    INFO(text(library.problems().join(u'\n')));
    CHECK(library.problems().isEmpty());
    REQUIRE(library.models().size() == 4);
    CHECK(library.models().first().id == u"helpdesk-overflow");
    CHECK(library.models().first().name == u"Our help desk overflow");
    CHECK(library.model(QStringLiteral("helpdesk-overflow"))->origin == path);
    CHECK(library.model(QStringLiteral("security-tools"))->origin.startsWith(u":/"));
}

TEST_CASE("Malformed templates are reported and skipped while the rest loads", "[templates]")
{
    const TemplateLibrary library = TemplateLibrary::load({dataFolder("malformed")});
    const QStringList problems = library.problems();
    INFO(text(problems.join(u'\n')));
    REQUIRE(problems.size() == 4);

    const auto problemFor = [&problems](const char *file) {
        for (const QString &p : problems)
            if (p.contains(QLatin1StringView(file)))
                return p;
        return QString();
    };
    // Invalid JSON: the missing comma shows where the next key starts.
    const QString syntax = problemFor("invalid-json.json");
    CHECK(syntax.contains(u"line 7"));
    CHECK(syntax.contains(u"skipped"));
    CHECK(problemFor("wrong-type.json").contains(u"\"parties\" must be a list"));
    const QString unknown = problemFor("unknown-duty.json");
    CHECK(unknown.contains(u"matrix[1].duty"));
    CHECK(unknown.contains(u"no-such-duty"));
    const QString duplicate = problemFor("duplicate-id.json");
    CHECK(duplicate.contains(u"matrix[2].duty"));
    CHECK(duplicate.contains(u"repeats"));
    CHECK(problemFor("small-custom.json").isEmpty());

    // The valid user model loads after the built-ins.
    const QList<ModelTemplate> models = library.models();
    REQUIRE(models.size() == 5);
    CHECK(models.at(3).id == u"full-hybrid");
    CHECK(models.at(4).id == u"small-custom");
    CHECK(library.model(QStringLiteral("wrong-type")) == nullptr);
    CHECK(library.model(QStringLiteral("duplicate-id")) == nullptr);

    const Result<Agreement> small = library.instantiate(QStringLiteral("small-custom"), acme());
    REQUIRE(small.ok());
    CHECK(small->duties.size() == 3);
    CHECK(small->parties.size() == 2);
    // Tools come from the duties (ticketing, Microsoft 365 admin) and from
    // the access list (ticketing), each once.
    REQUIRE(small->tools.size() == 2);
    CHECK(small->tools.at(0).key == u"ticketing");
    CHECK(small->tools.at(0).levelOf(small->firstOfKind(Party::Kind::Internal)->id)
          == ToolAccess::Level::Admin);
    CHECK(small->tools.at(1).key == u"m365-admin");
    CHECK(small->tools.at(1).access.isEmpty());
    CHECK(small->rules.last().isCatchAll());
}

TEST_CASE("A malformed catalog is skipped and the built-in catalog stays", "[templates]")
{
    const qsizetype builtInDuties = TemplateLibrary::load({}, true).catalog().duties().size();
    const TemplateLibrary library = TemplateLibrary::load({dataFolder("bad-catalog")});
    REQUIRE(library.problems().size() == 1);
    CHECK(library.problems().first().contains(u"catalog.json"));
    CHECK(library.problems().first().contains(u"areas[1].id"));
    CHECK(library.catalog().area(QStringLiteral("printing")) == nullptr);
    CHECK(library.catalog().duties().size() == builtInDuties);
    CHECK(library.models().size() == 4);
}

TEST_CASE("A user catalog adds duties that user models can use", "[templates]")
{
    const TemplateLibrary library = TemplateLibrary::load({dataFolder("extra-catalog")});
    INFO(text(library.problems().join(u'\n')));
    CHECK(library.problems().isEmpty());
    REQUIRE(library.models().size() == 5);
    CHECK(library.models().last().id == u"print-care");

    const Result<Agreement> result = library.instantiate(QStringLiteral("print-care"), acme());
    REQUIRE(result.ok());
    const Agreement &a = result.value();
    REQUIRE(a.areas.size() == 1);
    CHECK(a.areas.first().key == u"printing");
    REQUIRE(a.systems.size() == 1);
    CHECK(a.systems.first().criticality == System::Criticality::Low);
    REQUIRE(a.tools.size() == 1);
    const Tool &portal = a.tools.first();
    const int it = a.firstOfKind(Party::Kind::Internal)->id;
    CHECK(portal.levelOf(it) == ToolAccess::Level::Read);
    CHECK(portal.access.value(it).role == u"Viewer");
    REQUIRE(a.duties.size() == 1);
    CHECK(a.duties.first().toolIds == QList<int>{portal.id});

    // Without the built-ins, a user model that needs built-in duties is refused.
    const TemplateLibrary alone =
        TemplateLibrary::load({dataFolder("extra-catalog"), dataFolder("malformed")}, false);
    CHECK(alone.models().size() == 1);
    CHECK(alone.model(QStringLiteral("small-custom")) == nullptr);
    CHECK(alone.problems().size() == 5);
}
