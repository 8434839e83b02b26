#include <catch2/catch.hpp>

#include "checks/healthcheck.h"
#include "model/agreement.h"

#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

namespace {

using Severity = Finding::Severity;
using Level = ToolAccess::Level;

const QDate today(2025, 6, 1);

CheckOptions options()
{
    CheckOptions o;
    o.today = today;
    return o;
}

Raci raci(const char *text)
{
    const std::optional<Raci> r = Raci::parse(QString::fromLatin1(text));
    REQUIRE(r.has_value());
    return *r;
}

// Small agreements in a few lines: each call adds one item and returns its id.
struct Builder {
    Agreement agreement;

    int party(Party::Kind kind, const char *name)
    {
        Party p;
        p.id = agreement.takeId();
        p.name = QString::fromUtf8(name);
        p.kind = kind;
        agreement.parties.append(p);
        return p.id;
    }

    int duty(const char *title, std::initializer_list<std::pair<int, const char *>> roles,
             Duty::Kind kind = Duty::Kind::Task)
    {
        Duty d;
        d.id = agreement.takeId();
        d.title = QString::fromUtf8(title);
        d.kind = kind;
        for (const auto &[partyId, text] : roles)
            d.setRoles(partyId, raci(text));
        agreement.duties.append(d);
        return d.id;
    }

    int tool(const char *name, std::initializer_list<std::pair<int, Level>> access)
    {
        Tool t;
        t.id = agreement.takeId();
        t.name = QString::fromUtf8(name);
        for (const auto &[partyId, level] : access)
            t.access[partyId].level = level;
        agreement.tools.append(t);
        return t.id;
    }

    // An empty category makes a catch-all.
    int rule(const char *name, const char *category)
    {
        EscalationRule r;
        r.id = agreement.takeId();
        r.name = QString::fromUtf8(name);
        r.category = QString::fromUtf8(category);
        agreement.rules.append(r);
        return r.id;
    }

    Party &partyById(int id) { return agreement.parties[agreement.indexOfParty(id)]; }
    Duty &dutyById(int id) { return agreement.duties[agreement.indexOfDuty(id)]; }
};

// A small agreement that passes every check: the base each test breaks.
struct Healthy : Builder {
    int it = party(Party::Kind::Internal, "Internal IT");
    int msp = party(Party::Kind::Provider, "Acme MSP");
    int reset = duty("Reset passwords", {{msp, "R"}, {it, "A"}});
    int approve =
        duty("Approve security policy exceptions", {{it, "A/R"}, {msp, "C"}}, Duty::Kind::Approval);
    int ticketing = tool("Ticketing", {{it, Level::Admin}, {msp, Level::Operate}});
    int security = rule("Security incidents", "security");
    int rest = rule("Everything else", "");

    Healthy()
    {
        agreement.details.effectiveDate = today.addMonths(-1);
        agreement.details.reviewMonths = 6;
        Tool &t = agreement.tools[agreement.indexOfTool(ticketing)];
        t.ownerId = it;
        t.access[it].mfaRequired = true;
        for (EscalationRule &r : agreement.rules) {
            r.firstResponderId = msp;
            r.responseMinutes = {480, 240, 60, 15};
        }
    }

    QList<Finding> run() const { return HealthCheck::run(agreement, options()); }
};

std::vector<std::string> codesOf(const QList<Finding> &findings)
{
    std::vector<std::string> codes;
    for (const Finding &f : findings)
        codes.push_back(f.code.toStdString());
    return codes;
}

QList<Finding> withCode(const QList<Finding> &findings, const char *code)
{
    QList<Finding> found;
    for (const Finding &f : findings)
        if (f.code == QLatin1StringView(code))
            found.append(f);
    return found;
}

bool hasCode(const QList<Finding> &findings, const char *code)
{
    return !withCode(findings, code).isEmpty();
}

// The single finding with that code; fails the test when there is not
// exactly one.
Finding only(const QList<Finding> &findings, const char *code)
{
    const QList<Finding> found = withCode(findings, code);
    INFO("codes: " << Catch::Detail::stringify(codesOf(findings)));
    REQUIRE(found.size() == 1);
    INFO("message: " << found.first().message.toStdString());
    CHECK_FALSE(found.first().message.isEmpty());
    return found.first();
}

} // namespace

TEST_CASE("A healthy agreement has no findings", "[checks]")
{
    const Healthy h;
    const QList<Finding> findings = h.run();
    INFO(Catch::Detail::stringify(codesOf(findings)));
    CHECK(findings.isEmpty());
    CHECK(HealthCheck::count(findings, Severity::Error) == 0);
}

TEST_CASE("agreement.no-internal", "[checks]")
{
    Healthy h;
    CHECK_FALSE(hasCode(h.run(), "agreement.no-internal"));

    h.partyById(h.it).kind = Party::Kind::Leadership;
    const Finding f = only(h.run(), "agreement.no-internal");
    CHECK(f.severity == Severity::Error);
    CHECK(f.dutyId == 0);
    CHECK(f.partyId == 0);
    CHECK(f.toolId == 0);
    CHECK(f.ruleId == 0);
}

TEST_CASE("agreement.no-provider", "[checks]")
{
    Healthy h;
    CHECK_FALSE(hasCode(h.run(), "agreement.no-provider"));

    // A vendor is external but is not the managed service provider.
    h.partyById(h.msp).kind = Party::Kind::Vendor;
    const Finding f = only(h.run(), "agreement.no-provider");
    CHECK(f.severity == Severity::Error);
    CHECK(f.partyId == 0);
}

TEST_CASE("agreement.too-few-parties", "[checks]")
{
    SECTION("two parties are enough")
    {
        Builder b;
        b.party(Party::Kind::Internal, "Internal IT");
        b.party(Party::Kind::Provider, "Acme MSP");
        CHECK_FALSE(hasCode(HealthCheck::run(b.agreement, options()), "agreement.too-few-parties"));
    }
    SECTION("one party is named")
    {
        Builder b;
        const int it = b.party(Party::Kind::Internal, "Internal IT");
        const Finding f =
            only(HealthCheck::run(b.agreement, options()), "agreement.too-few-parties");
        CHECK(f.severity == Severity::Error);
        CHECK(f.partyId == it);
        CHECK(f.message.contains(QStringLiteral("Internal IT")));
    }
    SECTION("no parties at all")
    {
        const Finding f =
            only(HealthCheck::run(Agreement{}, options()), "agreement.too-few-parties");
        CHECK(f.severity == Severity::Error);
        CHECK(f.partyId == 0);
    }
}

TEST_CASE("review.overdue", "[checks]")
{
    Healthy h;
    SECTION("a review due in the future or today is not overdue")
    {
        CHECK_FALSE(hasCode(h.run(), "review.overdue"));
        h.agreement.details.nextReview = today;
        CHECK_FALSE(hasCode(h.run(), "review.overdue"));
    }
    SECTION("no date at all is not overdue")
    {
        h.agreement.details.effectiveDate = QDate();
        h.agreement.details.nextReview = QDate();
        CHECK_FALSE(hasCode(h.run(), "review.overdue"));
    }
    SECTION("a review due yesterday is overdue")
    {
        h.agreement.details.nextReview = today.addDays(-1);
        const Finding f = only(h.run(), "review.overdue");
        CHECK(f.severity == Severity::Warning);
        CHECK(f.dutyId == 0);
    }
    SECTION("the cadence counts from the effective date")
    {
        h.agreement.details.effectiveDate = today.addMonths(-7);
        CHECK(only(h.run(), "review.overdue").severity == Severity::Warning);
    }
}

TEST_CASE("duty.unassigned", "[checks]")
{
    Healthy h;
    CHECK_FALSE(hasCode(h.run(), "duty.unassigned"));

    SECTION("a duty with no roles")
    {
        const int d = h.duty("Renew domain names", {});
        const QList<Finding> findings = h.run();
        const Finding f = only(findings, "duty.unassigned");
        CHECK(f.severity == Severity::Error);
        CHECK(f.dutyId == d);
        CHECK(f.message.contains(QStringLiteral("“Renew domain names”")));
        // One finding says it all; no A and no R are implied.
        CHECK_FALSE(hasCode(findings, "raci.no-accountable"));
        CHECK_FALSE(hasCode(findings, "raci.no-responsible"));
    }
    SECTION("roles held only by unknown parties do not count")
    {
        const int d = h.duty("Renew domain names", {{999, "A/R"}});
        CHECK(only(h.run(), "duty.unassigned").dutyId == d);
    }
    SECTION("an empty role set written into the map is no role")
    {
        const int d = h.duty("Renew domain names", {});
        h.dutyById(d).roles.insert(h.it, Raci());
        CHECK(only(h.run(), "duty.unassigned").dutyId == d);
    }
}

TEST_CASE("duty.only-consulted-informed", "[checks]")
{
    Healthy h;
    SECTION("consulted and informed, nobody working")
    {
        const int d = h.duty("Choose a new firewall", {{h.it, "C"}, {h.msp, "I"}});
        const QList<Finding> findings = h.run();
        const Finding f = only(findings, "duty.only-consulted-informed");
        CHECK(f.severity == Severity::Error);
        CHECK(f.dutyId == d);
        CHECK_FALSE(hasCode(findings, "raci.no-accountable"));
        CHECK_FALSE(hasCode(findings, "raci.no-responsible"));
        CHECK_FALSE(hasCode(findings, "duty.unassigned"));
    }
    SECTION("an owner alone is a different problem")
    {
        h.duty("Choose a new firewall", {{h.it, "A"}, {h.msp, "C"}});
        const QList<Finding> findings = h.run();
        CHECK_FALSE(hasCode(findings, "duty.only-consulted-informed"));
        CHECK(hasCode(findings, "raci.no-responsible"));
    }
}

TEST_CASE("raci.no-accountable", "[checks]")
{
    Healthy h;
    CHECK_FALSE(hasCode(h.run(), "raci.no-accountable"));

    const int d = h.duty("Approve security policy changes", {{h.msp, "R"}, {h.it, "I"}});
    const Finding f = only(h.run(), "raci.no-accountable");
    CHECK(f.severity == Severity::Error);
    CHECK(f.dutyId == d);
    CHECK(f.partyId == 0);
    CHECK(f.message.contains(QStringLiteral("“Approve security policy changes”")));
}

TEST_CASE("raci.multiple-accountable", "[checks]")
{
    Healthy h;
    CHECK_FALSE(hasCode(h.run(), "raci.multiple-accountable"));

    const int d = h.duty("Patch servers", {{h.it, "A"}, {h.msp, "A/R"}});
    const Finding f = only(h.run(), "raci.multiple-accountable");
    CHECK(f.severity == Severity::Error);
    CHECK(f.dutyId == d);
    CHECK(f.message.contains(QStringLiteral("Internal IT")));
    CHECK(f.message.contains(QStringLiteral("Acme MSP")));
}

TEST_CASE("raci.no-responsible", "[checks]")
{
    Healthy h;
    SECTION("A and R held by one party is fine")
    {
        CHECK_FALSE(hasCode(h.run(), "raci.no-responsible"));
    }
    SECTION("an owner with no one doing the work")
    {
        const int d = h.duty("Review backup reports", {{h.it, "A"}, {h.msp, "I"}});
        const Finding f = only(h.run(), "raci.no-responsible");
        CHECK(f.severity == Severity::Error);
        CHECK(f.dutyId == d);
    }
    SECTION("a Responsible party that is not in the agreement does not count")
    {
        const int d = h.duty("Review backup reports", {{h.it, "A"}, {999, "R"}});
        CHECK(only(h.run(), "raci.no-responsible").dutyId == d);
    }
}

TEST_CASE("raci.too-many-consulted", "[checks]")
{
    Healthy h;
    const int lead = h.party(Party::Kind::Leadership, "Leadership");
    const int users = h.party(Party::Kind::EndUsers, "End users");
    const int vendor = h.party(Party::Kind::Vendor, "Firewall vendor");
    const int hr = h.party(Party::Kind::Other, "HR");
    const int finance = h.party(Party::Kind::Other, "Finance");

    SECTION("as many as the limit is fine")
    {
        h.duty("Plan the office move",
               {{h.it, "A/R"}, {lead, "C"}, {users, "C"}, {vendor, "C"}, {h.msp, "C"}});
        CHECK_FALSE(hasCode(h.run(), "raci.too-many-consulted"));
    }
    SECTION("one more than the limit")
    {
        const int d = h.duty(
            "Plan the office move",
            {{h.it, "A/R"}, {lead, "C"}, {users, "C"}, {vendor, "C"}, {h.msp, "C"}, {hr, "C/I"}});
        const Finding f = only(h.run(), "raci.too-many-consulted");
        CHECK(f.severity == Severity::Warning);
        CHECK(f.dutyId == d);
        CHECK(f.message.contains(QStringLiteral("5")));
    }
    SECTION("the limit comes from the options")
    {
        h.duty("Plan the office move", {{h.it, "A/R"}, {lead, "C"}, {finance, "C"}});
        CHECK_FALSE(hasCode(h.run(), "raci.too-many-consulted"));
        CheckOptions strict = options();
        strict.maxConsulted = 1;
        CHECK(hasCode(HealthCheck::run(h.agreement, strict), "raci.too-many-consulted"));
    }
}

TEST_CASE("party.idle", "[checks]")
{
    Healthy h;
    CHECK_FALSE(hasCode(h.run(), "party.idle"));

    SECTION("a party only ever Consulted or Informed")
    {
        const int lead = h.party(Party::Kind::Leadership, "Leadership");
        h.dutyById(h.approve).setRoles(lead, raci("C/I"));
        const Finding f = only(h.run(), "party.idle");
        CHECK(f.severity == Severity::Warning);
        CHECK(f.partyId == lead);
        CHECK(f.dutyId == 0);
        CHECK(f.message.contains(QStringLiteral("Leadership")));
    }
    SECTION("being Accountable alone is enough work")
    {
        const int lead = h.party(Party::Kind::Leadership, "Leadership");
        h.duty("Approve the IT budget", {{lead, "A"}, {h.it, "R"}}, Duty::Kind::Approval);
        CHECK_FALSE(hasCode(h.run(), "party.idle"));
    }
    SECTION("an agreement with no duties has no idle parties")
    {
        h.agreement.duties.clear();
        CHECK_FALSE(hasCode(h.run(), "party.idle"));
    }
}

TEST_CASE("party.overloaded-accountable", "[checks]")
{
    Builder b;
    const int it = b.party(Party::Kind::Internal, "Internal IT");
    const int msp = b.party(Party::Kind::Provider, "Acme MSP");
    const auto addDuties = [&](int internalOwned, int providerOwned) {
        for (int i = 0; i < internalOwned; ++i)
            b.duty("Internal duty", {{it, "A/R"}});
        for (int i = 0; i < providerOwned; ++i)
            b.duty("Provider duty", {{msp, "A/R"}, {it, "I"}});
    };

    SECTION("90% of ten duties is too much for the provider")
    {
        addDuties(1, 9);
        const Finding f =
            only(HealthCheck::run(b.agreement, options()), "party.overloaded-accountable");
        CHECK(f.severity == Severity::Warning);
        CHECK(f.partyId == msp);
        CHECK(f.message.contains(QStringLiteral("90%")));
    }
    SECTION("80% of ten duties is fine")
    {
        addDuties(2, 8);
        CHECK_FALSE(
            hasCode(HealthCheck::run(b.agreement, options()), "party.overloaded-accountable"));
    }
    SECTION("internal IT keeping the decisions is the point of co-managed IT")
    {
        addDuties(10, 0);
        CHECK_FALSE(
            hasCode(HealthCheck::run(b.agreement, options()), "party.overloaded-accountable"));
    }
    SECTION("too few duties to judge a share")
    {
        addDuties(0, 9);
        CHECK_FALSE(
            hasCode(HealthCheck::run(b.agreement, options()), "party.overloaded-accountable"));
        CheckOptions small = options();
        small.minDutiesForShare = 5;
        CHECK(only(HealthCheck::run(b.agreement, small), "party.overloaded-accountable").partyId
              == msp);
    }
}

TEST_CASE("authority.provider-accountable", "[checks]")
{
    Healthy h;
    SECTION("internal IT owns the decision")
    {
        CHECK_FALSE(hasCode(h.run(), "authority.provider-accountable"));
    }
    SECTION("the provider owning a task is not a decision taken away")
    {
        h.duty("Monitor alerts", {{h.msp, "A/R"}, {h.it, "I"}}, Duty::Kind::Task);
        h.duty("Harden Microsoft 365", {{h.msp, "A/R"}, {h.it, "I"}}, Duty::Kind::Security);
        CHECK_FALSE(hasCode(h.run(), "authority.provider-accountable"));
    }
    SECTION("the provider owns an approval")
    {
        const int d =
            h.duty("Approve admin access", {{h.msp, "A/R"}, {h.it, "C"}}, Duty::Kind::Approval);
        const Finding f = only(h.run(), "authority.provider-accountable");
        CHECK(f.severity == Severity::Error);
        CHECK(f.dutyId == d);
        CHECK(f.partyId == h.msp);
        CHECK(f.message.contains(QStringLiteral("Acme MSP")));
    }
    SECTION("a vendor owns an approval")
    {
        const int vendor = h.party(Party::Kind::Vendor, "Firewall vendor");
        const int d = h.duty("Approve firewall rule changes", {{vendor, "A"}, {h.it, "R"}},
                             Duty::Kind::Approval);
        const Finding f = only(h.run(), "authority.provider-accountable");
        CHECK(f.dutyId == d);
        CHECK(f.partyId == vendor);
    }
}

TEST_CASE("visibility.internal-not-informed", "[checks]")
{
    Healthy h;
    const int lead = h.party(Party::Kind::Leadership, "Leadership");
    SECTION("internal IT Informed is enough")
    {
        h.duty("Remediate vulnerabilities", {{h.msp, "R"}, {lead, "A"}, {h.it, "I"}});
        CHECK_FALSE(hasCode(h.run(), "visibility.internal-not-informed"));
    }
    SECTION("the provider works without internal IT knowing")
    {
        const int d = h.duty("Remediate vulnerabilities", {{h.msp, "R"}, {lead, "A"}});
        const Finding f = only(h.run(), "visibility.internal-not-informed");
        CHECK(f.severity == Severity::Warning);
        CHECK(f.dutyId == d);
        CHECK(f.partyId == h.msp);
        CHECK(f.message.contains(QStringLiteral("“Remediate vulnerabilities”")));
    }
    SECTION("only external work needs internal eyes")
    {
        h.duty("Approve budget", {{lead, "A/R"}});
        CHECK_FALSE(hasCode(h.run(), "visibility.internal-not-informed"));
    }
    SECTION("without any internal party only the agreement-level error is raised")
    {
        h.partyById(h.it).kind = Party::Kind::Other;
        h.duty("Remediate vulnerabilities", {{h.msp, "R"}, {lead, "A"}});
        const QList<Finding> findings = h.run();
        CHECK(hasCode(findings, "agreement.no-internal"));
        CHECK_FALSE(hasCode(findings, "visibility.internal-not-informed"));
    }
}

TEST_CASE("tools.internal-no-access", "[checks]")
{
    Healthy h;
    SECTION("read access is enough")
    {
        h.tool("Backup console", {{h.it, Level::Read}, {h.msp, Level::Admin}});
        CHECK_FALSE(hasCode(h.run(), "tools.internal-no-access"));
    }
    SECTION("access level none")
    {
        const int t = h.tool("Backup console", {{h.it, Level::None}, {h.msp, Level::Admin}});
        const Finding f = only(h.run(), "tools.internal-no-access");
        CHECK(f.severity == Severity::Warning);
        CHECK(f.toolId == t);
        CHECK(f.partyId == h.it);
        CHECK(f.message.contains(QStringLiteral("“Backup console”")));
    }
    SECTION("no access entry at all")
    {
        const int t = h.tool("RMM", {{h.msp, Level::Admin}});
        CHECK(only(h.run(), "tools.internal-no-access").toolId == t);
    }
}

TEST_CASE("routing.no-rules", "[checks]")
{
    Healthy h;
    CHECK_FALSE(hasCode(h.run(), "routing.no-rules"));

    h.agreement.rules.clear();
    const QList<Finding> findings = h.run();
    const Finding f = only(findings, "routing.no-rules");
    CHECK(f.severity == Severity::Warning);
    CHECK(f.ruleId == 0);
    CHECK_FALSE(hasCode(findings, "routing.no-catch-all"));
}

TEST_CASE("routing.no-catch-all", "[checks]")
{
    Healthy h;
    CHECK_FALSE(hasCode(h.run(), "routing.no-catch-all"));

    SECTION("only a category rule")
    {
        h.agreement.rules.removeLast();
        const Finding f = only(h.run(), "routing.no-catch-all");
        CHECK(f.severity == Severity::Error);
    }
    SECTION("a rule with a minimum urgency is not a catch-all")
    {
        h.agreement.rules.last().minUrgency = EscalationRule::Urgency::High;
        CHECK(hasCode(h.run(), "routing.no-catch-all"));
    }
}

TEST_CASE("routing.catch-all-not-last", "[checks]")
{
    Healthy h;
    CHECK_FALSE(hasCode(h.run(), "routing.catch-all-not-last"));

    h.agreement.rules.swapItemsAt(0, 1);
    const QList<Finding> findings = h.run();
    const Finding f = only(findings, "routing.catch-all-not-last");
    CHECK(f.severity == Severity::Warning);
    CHECK(f.ruleId == h.rest);
    CHECK(f.message.contains(QStringLiteral("“Security incidents”")));
    CHECK_FALSE(hasCode(findings, "routing.no-catch-all"));
}

TEST_CASE("Findings come in a fixed order", "[checks]")
{
    Builder b;
    const int it = b.party(Party::Kind::Internal, "Internal IT");
    const int msp = b.party(Party::Kind::Provider, "Acme MSP");
    const int lead = b.party(Party::Kind::Leadership, "Leadership");
    const int unowned = b.duty("Unowned", {{lead, "I"}});
    const int approval = b.duty("Approve exceptions", {{msp, "A/R"}}, Duty::Kind::Approval);
    const int tool = b.tool("RMM", {{msp, Level::Admin}});
    b.agreement.details.nextReview = today.addYears(-1);
    // List order, not id order, decides.
    b.agreement.duties.swapItemsAt(0, 1);

    const QList<Finding> findings = HealthCheck::run(b.agreement, options());
    const std::vector<std::string> expected{
        "review.overdue",
        "authority.provider-accountable",
        "visibility.internal-not-informed",
        "duty.only-consulted-informed",
        "party.idle",
        "party.idle",
        "tools.internal-no-access",
        "tools.admin-without-mfa",
        "tools.admin-without-duty",
        "routing.no-rules",
    };
    REQUIRE(codesOf(findings) == expected);
    CHECK(findings[1].dutyId == approval);
    CHECK(findings[3].dutyId == unowned);
    CHECK(findings[4].partyId == it);
    CHECK(findings[5].partyId == lead);
    CHECK(findings[6].toolId == tool);

    CHECK(HealthCheck::run(b.agreement, options()) == findings);
}

TEST_CASE("Findings are counted by severity", "[checks]")
{
    Builder b;
    b.party(Party::Kind::Internal, "Internal IT");
    b.duty("Unowned", {});
    const QList<Finding> findings = HealthCheck::run(b.agreement, options());
    // no-provider, too-few-parties, duty.unassigned; party.idle, routing.no-rules
    CHECK(HealthCheck::count(findings, Severity::Error) == 3);
    CHECK(HealthCheck::count(findings, Severity::Warning) == 2);
    CHECK(HealthCheck::count(findings, Severity::Info) == 0);
    CHECK(HealthCheck::count({}, Severity::Error) == 0);
}

TEST_CASE("Finding severities have keys and names", "[checks]")
{
    CHECK(Finding::severityKey(Severity::Error) == QStringLiteral("error"));
    CHECK(Finding::severityKey(Severity::Warning) == QStringLiteral("warning"));
    CHECK(Finding::severityKey(Severity::Info) == QStringLiteral("info"));
    CHECK(Finding::severityName(Severity::Error) == QStringLiteral("Error"));
    CHECK(Finding::severityName(Severity::Warning) == QStringLiteral("Warning"));
    CHECK(Finding::severityName(Severity::Info) == QStringLiteral("Info"));
}

TEST_CASE("Titles are quoted verbatim in messages", "[checks]")
{
    Healthy h;
    // A placeholder typed by a user must not be filled in by the next arg().
    h.duty("Rotate %2 keys", {{h.it, "A"}, {h.msp, "A/R"}});
    const Finding f = only(h.run(), "raci.multiple-accountable");
    INFO(f.message.toStdString());
    CHECK(f.message.startsWith(QStringLiteral("“Rotate %2 keys” has 2 parties Accountable")));
}

TEST_CASE("routing.duplicate-category and routing.duplicate-site", "[checks]")
{
    Healthy h;
    h.agreement.details.ticketCategories = {TicketCategory{QStringLiteral("Security"), 0},
                                            TicketCategory{QStringLiteral("Network"), 0}};
    h.agreement.details.locations = {QStringLiteral("Leeds"), QStringLiteral("York")};
    CHECK_FALSE(hasCode(h.run(), "routing.duplicate-category"));
    CHECK_FALSE(hasCode(h.run(), "routing.duplicate-site"));

    // Routing matches names ignoring case, so these are one name each.
    h.agreement.details.ticketCategories.append(TicketCategory{QStringLiteral("NETWORK "), 0});
    h.agreement.details.locations.append(QStringLiteral("leeds"));
    const Finding category = only(h.run(), "routing.duplicate-category");
    CHECK(category.severity == Severity::Error);
    CHECK(category.message.contains(QStringLiteral("“NETWORK”")));
    const Finding site = only(HealthCheck::routing(h.agreement), "routing.duplicate-site");
    CHECK(site.message.contains(QStringLiteral("“leeds”")));
}
