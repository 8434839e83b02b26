#include "exchange/formatregistry.h"
#include "exchange/jsonformat.h"
#include "model/agreement.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>

namespace {
Agreement fullAgreement()
{
    Agreement a;
    a.details.title = QStringLiteral("Co-managed IT agreement");
    a.details.client = QStringLiteral("Northwind <Traders> & \"Sons\"");
    a.details.provider = QStringLiteral("Contoso Managed Services");
    a.details.modelId = QStringLiteral("full-hybrid");
    a.details.effectiveDate = QDate(2026, 2, 1);
    a.details.reviewMonths = 3;
    a.details.nextReview = QDate(2026, 5, 1);
    a.details.status = AgreementDetails::Status::InReview;
    a.details.revision = 4;
    a.details.ticketCategories = {{QStringLiteral("password reset"), 3},
                                  {QStringLiteral("network"), 0}};
    a.details.locations = {QStringLiteral("Head office"), QStringLiteral("Depot")};
    a.details.notes = QStringLiteral("Line one\nLine two ✓");
    a.parties = {Party{1, QStringLiteral("Internal IT"), QStringLiteral("IT"),
                       Party::Kind::Internal, QStringLiteral("#1f77b4")},
                 Party{2, QStringLiteral("Contoso"), QStringLiteral("MSP"), Party::Kind::Provider,
                       QStringLiteral("#ff7f0e")}};
    a.details.signatories = {
        Signatory{QStringLiteral("Ann Lee"), QStringLiteral("CIO"), 1, {}, {}}};
    a.areas = {Area{3, QStringLiteral("helpdesk"), QStringLiteral("Help desk")}};
    a.systems = {System{4, QStringLiteral("endpoints"), QStringLiteral("Endpoints"),
                        QStringLiteral("devices"), System::Criticality::Critical}};
    Tool rmm{5, QStringLiteral("rmm"), QStringLiteral("RMM"), QStringLiteral("monitoring"), 2, {}};
    rmm.access.insert(1, ToolAccess{ToolAccess::Level::Read, QStringLiteral("Viewer"),
                                    QStringLiteral("Ann Lee"), true, QDate(2027, 1, 1)});
    rmm.access.insert(2, ToolAccess{ToolAccess::Level::Admin, {}, {}, true, {}});
    a.tools = {rmm};
    Duty d;
    d.id = 6;
    d.key = QStringLiteral("password-resets");
    d.areaId = 3;
    d.systemId = 4;
    d.title = QStringLiteral("Reset passwords");
    d.description = QStringLiteral("Verify identity, reset, record.");
    d.kind = Duty::Kind::Security;
    d.frequency = QStringLiteral("per request");
    d.controls = {QStringLiteral("NIST CSF 2.0 PR.AA-01"), QStringLiteral("CIS v8 5.2")};
    d.notes = QStringLiteral("=cmd|' /C calc'!A0");
    d.toolIds = {5};
    d.setRoles(1, Raci(Raci::Informed));
    d.setRoles(2, Raci(Raci::Accountable | Raci::Responsible));
    a.duties = {d};
    EscalationRule r;
    r.id = 7;
    r.name = QStringLiteral("VIP after hours");
    r.category = QStringLiteral("endpoint");
    r.minUrgency = EscalationRule::Urgency::High;
    r.location = QStringLiteral("Head office");
    r.vip = EscalationRule::Match::Yes;
    r.afterHours = EscalationRule::Match::No;
    r.firstResponderId = 2;
    r.escalateToId = 1;
    r.trigger = EscalationRule::Trigger::Unresolved;
    r.escalateAfterMinutes = 45;
    r.responseMinutes = {240, 60, 30, 15};
    r.resolutionMinutes = {2880, 960, 480, 240};
    r.afterHoursHandlerId = 2;
    EscalationRule catchAll;
    catchAll.id = 8;
    catchAll.name = QStringLiteral("Everything else");
    a.rules = {r, catchAll};
    a.assessment.set(QStringLiteral("users"), 250);
    a.assessment.set(QStringLiteral("devices"), 310);
    a.assessment.set(QStringLiteral("locations"), 2);
    a.assessment.set(QStringLiteral("itStaff"), 2);
    a.assessment.set(QStringLiteral("monthlyTickets"), 600);
    a.assessment.set(QStringLiteral("securityStaff"), true);
    a.assessment.set(QStringLiteral("projectBacklog"), 4);
    a.assessment.set(QStringLiteral("complianceNeeds"),
                     QStringList{QStringLiteral("cyber insurance")});
    a.assessment.set(QStringLiteral("notes"), QStringLiteral("Gathered in January."));
    a.nextId = 20;
    return a;
}

Result<Agreement> parse(const QByteArray &json)
{
    return JsonFormat::fromJson(json, QStringLiteral("in.json"));
}

QByteArray withChange(const std::function<void(QJsonObject &)> &change)
{
    QJsonObject root = JsonFormat::toJson(fullAgreement());
    change(root);
    return QJsonDocument(root).toJson();
}
} // namespace

TEST_CASE("JSON keeps every field of an agreement", "[json]")
{
    const Agreement a = fullAgreement();
    QBuffer buffer;
    buffer.open(QIODevice::ReadWrite);
    REQUIRE(JsonFormat().writeAgreement(a, &buffer).ok());
    buffer.seek(0);
    const Result<Agreement> back = JsonFormat().read(&buffer, QStringLiteral("x.json"));
    REQUIRE(back.ok());
    CHECK(back.value() == a);
    // The derived ownership label is written for scripts, never read back.
    CHECK(buffer.data().contains("\"ownership\": \"provider\""));
}

TEST_CASE("JSON writes categories with their area and reads bare names", "[json]")
{
    const QByteArray json = withChange([](QJsonObject &o) {
        QJsonObject d = o[QStringLiteral("details")].toObject();
        const QJsonArray written = d[QStringLiteral("ticketCategories")].toArray();
        CHECK(written.at(0).toObject()
              == QJsonObject{{QStringLiteral("name"), QStringLiteral("password reset")},
                             {QStringLiteral("area"), 3}});
        d[QStringLiteral("ticketCategories")] = QJsonArray{QStringLiteral("Printing")};
        o[QStringLiteral("details")] = d;
    });
    const auto r = parse(json);
    REQUIRE(r.ok());
    const QList<TicketCategory> expected{{QStringLiteral("Printing"), 0}};
    CHECK(r.value().details.ticketCategories == expected);
}

TEST_CASE("JSON is found in the format registry", "[json]")
{
    const FormatRegistry &registry = FormatRegistry::instance();
    REQUIRE(registry.byId(QStringLiteral("json")) != nullptr);
    CHECK(registry.byId(QStringLiteral("JSON")) == registry.byId(QStringLiteral("json")));
    CHECK(registry.byExtension(QStringLiteral("/a/b.JSON"))->id() == QStringLiteral("json"));
    CHECK(registry.byId(QStringLiteral("docx")) == nullptr);
    CHECK(registry.ids().contains(QStringLiteral("json")));
}

TEST_CASE("Bad JSON is refused with the place of the problem", "[json]")
{
    SECTION("not JSON at all")
    {
        const auto r = parse("{\n\"format\": \"dutymap-agreement\",\n oops }");
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().contains(QStringLiteral("is not valid JSON")));
        CHECK(r.error().contains(QStringLiteral("line 3")));
    }
    SECTION("JSON of something else")
    {
        const auto r = parse("[1, 2, 3]");
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().contains(QStringLiteral("not a Dutymap agreement")));
    }
    SECTION("a newer version")
    {
        const auto r = parse(withChange([](QJsonObject &o) { o[QStringLiteral("version")] = 9; }));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().contains(QStringLiteral("newer Dutymap")));
    }
    SECTION("invalid RACI text")
    {
        const auto r = parse(withChange([](QJsonObject &o) {
            QJsonArray duties = o[QStringLiteral("duties")].toArray();
            QJsonObject d = duties[0].toObject();
            d[QStringLiteral("roles")] = QJsonObject{{QStringLiteral("1"), QStringLiteral("X/Y")}};
            duties[0] = d;
            o[QStringLiteral("duties")] = duties;
        }));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().contains(QStringLiteral("duties[0].roles.1")));
        CHECK(r.error().contains(QStringLiteral("\"X/Y\" is not a RACI value")));
    }
    SECTION("a ticket category in an unknown area")
    {
        const auto r = parse(withChange([](QJsonObject &o) {
            QJsonObject d = o[QStringLiteral("details")].toObject();
            d[QStringLiteral("ticketCategories")] =
                QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Network")},
                                       {QStringLiteral("area"), 999}}};
            o[QStringLiteral("details")] = d;
        }));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().contains(QStringLiteral("details.ticketCategories[0].area")));
        CHECK(r.error().contains(QStringLiteral("area 999 does not exist")));
    }
    SECTION("a ticket category listed twice")
    {
        const auto r = parse(withChange([](QJsonObject &o) {
            QJsonObject d = o[QStringLiteral("details")].toObject();
            d[QStringLiteral("ticketCategories")] =
                QJsonArray{QStringLiteral("Network"), QStringLiteral(" network ")};
            o[QStringLiteral("details")] = d;
        }));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().contains(
            QStringLiteral("at details.ticketCategories, the ticket category “network” is "
                           "listed twice")));
    }
    SECTION("a site listed twice")
    {
        const auto r = parse(withChange([](QJsonObject &o) {
            QJsonObject d = o[QStringLiteral("details")].toObject();
            d[QStringLiteral("locations")] = QJsonArray{
                QStringLiteral("Leeds"), QStringLiteral("York"), QStringLiteral("LEEDS")};
            o[QStringLiteral("details")] = d;
        }));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().contains(
            QStringLiteral("at details.locations, the site “LEEDS” is listed twice")));
    }
    SECTION("a ticket category with no name")
    {
        const auto r = parse(withChange([](QJsonObject &o) {
            QJsonObject d = o[QStringLiteral("details")].toObject();
            d[QStringLiteral("ticketCategories")] =
                QJsonArray{QJsonObject{{QStringLiteral("area"), 3}}};
            o[QStringLiteral("details")] = d;
        }));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().contains(QStringLiteral("details.ticketCategories[0]")));
        CHECK(r.error().contains(QStringLiteral("“name” is missing")));
    }
    SECTION("an unknown party in the roles")
    {
        const auto r = parse(withChange([](QJsonObject &o) {
            QJsonArray duties = o[QStringLiteral("duties")].toArray();
            QJsonObject d = duties[0].toObject();
            d[QStringLiteral("roles")] = QJsonObject{{QStringLiteral("77"), QStringLiteral("R")}};
            duties[0] = d;
            o[QStringLiteral("duties")] = duties;
        }));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().contains(QStringLiteral("at duties[0].roles.77, party 77 does not exist")));
    }
    SECTION("an unknown area")
    {
        const auto r = parse(withChange([](QJsonObject &o) {
            QJsonArray duties = o[QStringLiteral("duties")].toArray();
            QJsonObject d = duties[0].toObject();
            d[QStringLiteral("area")] = 55;
            duties[0] = d;
            o[QStringLiteral("duties")] = duties;
        }));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().contains(QStringLiteral("duties[0].area")));
        CHECK(r.error().contains(QStringLiteral("area 55 does not exist")));
    }
    SECTION("a duplicated id")
    {
        const auto r = parse(withChange([](QJsonObject &o) {
            QJsonArray areas = o[QStringLiteral("areas")].toArray();
            QJsonObject area = areas[0].toObject();
            area[QStringLiteral("id")] = 1; // the id of a party
            areas[0] = area;
            o[QStringLiteral("areas")] = areas;
        }));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().contains(QStringLiteral("the id 1 is used twice")));
    }
    SECTION("a wrong type and an unknown enum value")
    {
        auto r = parse(withChange([](QJsonObject &o) {
            QJsonArray parties = o[QStringLiteral("parties")].toArray();
            QJsonObject p = parties[0].toObject();
            p[QStringLiteral("name")] = 12;
            parties[0] = p;
            o[QStringLiteral("parties")] = parties;
        }));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().contains(QStringLiteral("parties[0].name, a text was expected")));
        r = parse(withChange([](QJsonObject &o) {
            QJsonObject d = o[QStringLiteral("details")].toObject();
            d[QStringLiteral("status")] = QStringLiteral("approved");
            o[QStringLiteral("details")] = d;
        }));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().contains(QStringLiteral("details.status")));
        CHECK(r.error().contains(QStringLiteral("“approved” is not a known value")));
    }
    SECTION("impossible numbers and dates")
    {
        auto r = parse(withChange([](QJsonObject &o) {
            QJsonObject d = o[QStringLiteral("details")].toObject();
            d[QStringLiteral("reviewMonths")] = -3;
            o[QStringLiteral("details")] = d;
        }));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().contains(QStringLiteral("details.reviewMonths")));
        r = parse(withChange([](QJsonObject &o) {
            QJsonObject d = o[QStringLiteral("details")].toObject();
            d[QStringLiteral("effectiveDate")] = QStringLiteral("2026-02-30");
            o[QStringLiteral("details")] = d;
        }));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().contains(QStringLiteral("“2026-02-30” is not a date")));
    }
}
