#include "model/agreement.h"
#include "model/agreementvalidator.h"
#include "model/duration.h"

#include <catch2/catch.hpp>

namespace {
Agreement twoParties()
{
    Agreement a;
    a.parties = {
        Party{1, QStringLiteral("Internal IT"), QStringLiteral("IT"), Party::Kind::Internal, {}},
        Party{2, QStringLiteral("MSP"), QStringLiteral("MSP"), Party::Kind::Provider, {}},
        Party{3, QStringLiteral("Leadership"), QStringLiteral("LEAD"), Party::Kind::Leadership, {}},
        Party{
            4, QStringLiteral("Firewall vendor"), QStringLiteral("VEN"), Party::Kind::Vendor, {}}};
    a.areas = {Area{5, {}, QStringLiteral("Help desk")}};
    return a;
}
} // namespace

TEST_CASE("Ownership is derived from who is Responsible", "[model]")
{
    const Agreement a = twoParties();
    Duty d;
    d.areaId = 5;
    CHECK(a.ownershipOf(d) == Ownership::Unassigned);

    d.setRoles(1, Raci(Raci::Accountable | Raci::Consulted));
    CHECK(a.ownershipOf(d) == Ownership::Unassigned); // A without R performs nothing

    d.setRoles(1, Raci(Raci::Responsible));
    CHECK(a.ownershipOf(d) == Ownership::Internal);
    d.setRoles(3, Raci(Raci::Responsible)); // leadership is on the client's side
    CHECK(a.ownershipOf(d) == Ownership::Internal);

    d.setRoles(2, Raci(Raci::Responsible));
    CHECK(a.ownershipOf(d) == Ownership::Shared);

    d.setRoles(1, Raci());
    d.setRoles(3, Raci(Raci::Informed));
    CHECK(a.ownershipOf(d) == Ownership::Provider);
    d.setRoles(2, Raci(Raci::Accountable));
    d.setRoles(4, Raci(Raci::Responsible)); // a vendor works from outside too
    CHECK(a.ownershipOf(d) == Ownership::Provider);

    d.setRoles(99, Raci(Raci::Responsible)); // unknown parties do not count
    CHECK(a.ownershipOf(d) == Ownership::Provider);
}

TEST_CASE("Setting empty roles removes the entry", "[model]")
{
    Duty d;
    d.setRoles(1, Raci(Raci::Informed));
    CHECK(d.roles.size() == 1);
    d.setRoles(1, Raci());
    CHECK(d.roles.isEmpty());
    CHECK(d.rolesOf(1).isEmpty());
}

TEST_CASE("Lookups by id and the next free id", "[model]")
{
    Agreement a = twoParties();
    CHECK(a.party(2)->name == QStringLiteral("MSP"));
    CHECK(a.party(42) == nullptr);
    CHECK(a.indexOfArea(5) == 0);
    CHECK(a.firstOfKind(Party::Kind::Provider)->id == 2);
    CHECK(a.firstOfKind(Party::Kind::EndUsers) == nullptr);
    CHECK(a.computeNextId() == 6);
    a.tools.append(Tool{17, {}, QStringLiteral("RMM"), {}, 2, {}});
    CHECK(a.computeNextId() == 18);
}

TEST_CASE("Enum keys round-trip and reject unknown text", "[model]")
{
    for (auto k : {Party::Kind::Internal, Party::Kind::Provider, Party::Kind::Leadership,
                   Party::Kind::EndUsers, Party::Kind::Vendor, Party::Kind::Other})
        CHECK(Party::kindFromKey(Party::kindKey(k)) == k);
    CHECK_FALSE(Party::kindFromKey(u"msp").has_value());
    CHECK(Duty::kindFromKey(u"approval") == Duty::Kind::Approval);
    CHECK_FALSE(Duty::kindFromKey(u"Approval").has_value());
    CHECK(EscalationRule::urgencyFromKey(u"critical") == EscalationRule::Urgency::Critical);
    CHECK(ToolAccess::levelFromKey(u"operate") == ToolAccess::Level::Operate);
    CHECK(AgreementDetails::statusFromKey(u"in-review") == AgreementDetails::Status::InReview);
}

TEST_CASE("A catch-all rule matches every ticket attribute", "[model]")
{
    EscalationRule r;
    CHECK(r.isCatchAll());
    r.vip = EscalationRule::Match::Yes;
    CHECK_FALSE(r.isCatchAll());
    r.vip = EscalationRule::Match::Any;
    r.category = QStringLiteral("network");
    CHECK_FALSE(r.isCatchAll());
}

TEST_CASE("The review falls due a cadence after the effective date", "[model]")
{
    AgreementDetails d;
    CHECK_FALSE(d.dueReview().isValid());
    d.effectiveDate = QDate(2026, 1, 31);
    d.reviewMonths = 3;
    CHECK(d.dueReview() == QDate(2026, 4, 30));
    d.nextReview = QDate(2026, 3, 1);
    CHECK(d.dueReview() == QDate(2026, 3, 1));
}

TEST_CASE("Durations read in human units and back", "[model]")
{
    CHECK(Duration::text(0).isEmpty());
    CHECK(Duration::text(-5).isEmpty());
    CHECK(Duration::text(15) == QStringLiteral("15 min"));
    CHECK(Duration::text(60) == QStringLiteral("1 h"));
    CHECK(Duration::text(240) == QStringLiteral("4 h"));
    CHECK(Duration::text(90) == QStringLiteral("1 h 30 min"));
    CHECK(Duration::text(1440) == QStringLiteral("1 day"));
    CHECK(Duration::text(2880) == QStringLiteral("2 days"));
    CHECK(Duration::text(1500) == QStringLiteral("25 h"));

    CHECK(Duration::parse(u"90") == 90);
    CHECK(Duration::parse(u"1 h 30") == 90);
    CHECK(Duration::parse(u"2 days") == 2880);
    CHECK(Duration::parse(u" 4H ") == 240);
    CHECK(Duration::parse(u"1d 2h 3min") == 1440 + 120 + 3);
    CHECK_FALSE(Duration::parse(u""));
    CHECK_FALSE(Duration::parse(u"soon"));
    CHECK_FALSE(Duration::parse(u"4 h, please"));
    CHECK_FALSE(Duration::parse(u"99999999999999999999 d"));
    CHECK_FALSE(Duration::parse(u"2000000 d"));
    for (const int minutes : {1, 15, 59, 60, 61, 90, 1439, 1440, 1441, 2880, Duration::MaxMinutes})
        CHECK(Duration::parse(Duration::text(minutes)) == minutes);

    // Measured times: zero is a time, nothing is a dash, long ones in days.
    CHECK(Duration::measuredText(-1) == QStringLiteral("–"));
    CHECK(Duration::measuredText(0) == QStringLiteral("0 min"));
    CHECK(Duration::measuredText(120) == QStringLiteral("2 h"));
    CHECK(Duration::measuredText(1662) == QStringLiteral("27 h 42 min"));
    CHECK(Duration::measuredText(2880) == QStringLiteral("2 d"));
    CHECK(Duration::measuredText(3 * 1440 + 4 * 60 + 59) == QStringLiteral("3 d 4 h"));
}

TEST_CASE("A new party's code comes from its name", "[model]")
{
    CHECK(Party::codeFromName(QStringLiteral("  msp ")) == QStringLiteral("MSP"));
    CHECK(Party::codeFromName(QStringLiteral("Legal")) == QStringLiteral("LEGAL"));
    CHECK(Party::codeFromName(QStringLiteral("Managed Service Provider")) == QStringLiteral("MSP"));
    CHECK(Party::codeFromName(QStringLiteral("a b c d e f g")) == QStringLiteral("ABCDE"));
    CHECK(Party::codeFromName(QStringLiteral("Firewall")) == QStringLiteral("F"));
    CHECK(Party::codeFromName(QStringLiteral("((( )))")) == QStringLiteral("((("));
    CHECK(Party::paletteColor(0) != Party::paletteColor(1));
    CHECK(Party::paletteColor(0) == Party::paletteColor(6));
    CHECK(Party::isColor(Party::paletteColor(-1)));
}

TEST_CASE("A party is labelled and found by its name or code", "[model]")
{
    Agreement a = twoParties();
    CHECK(a.parties.at(0).shortLabel() == QStringLiteral("IT"));
    Party nameless{9, {}, {}, Party::Kind::EndUsers, {}};
    CHECK(nameless.shortLabel() == Party::kindName(Party::Kind::EndUsers));
    Party blankCode{10, QStringLiteral("Legal"), QStringLiteral("  "), Party::Kind::Other, {}};
    CHECK(blankCode.shortLabel() == QStringLiteral("Legal"));
    CHECK(blankCode.labelWithCode() == QStringLiteral("Legal"));
    CHECK(a.parties.at(0).labelWithCode() == QStringLiteral("Internal IT (IT)"));
    CHECK(a.parties.at(1).labelWithCode() == QStringLiteral("MSP"));

    CHECK(a.findParty(u" internal it ")->id == 1);
    CHECK(a.findParty(u"lead")->id == 3);
    CHECK(a.findParty(u"nobody") == nullptr);
    CHECK(a.findParty(u"  ") == nullptr);
    // A party's name wins over another's code.
    a.parties[1].name = QStringLiteral("VEN");
    CHECK(a.findParty(u"ven")->id == 2);
    CHECK(Party::indexByNameOrCode(a.parties, u"ven") == 1);
    CHECK(Party::indexByNameOrCode(a.parties, u"none") == -1);
}

TEST_CASE("Ticket categories and sites are unique ignoring case", "[model]")
{
    AgreementDetails d;
    CHECK(d.duplicateCategory().isEmpty());
    d.ticketCategories = {TicketCategory{QStringLiteral("Network"), 0},
                          TicketCategory{QStringLiteral("Printing"), 0}};
    d.locations = {QStringLiteral("Leeds"), QStringLiteral("York")};
    CHECK(d.duplicateCategory().isEmpty());
    CHECK(d.duplicateLocation().isEmpty());
    d.ticketCategories.append(TicketCategory{QStringLiteral(" network"), 5});
    d.locations.append(QStringLiteral("YORK"));
    CHECK(d.duplicateCategory() == QStringLiteral("network"));
    CHECK(d.duplicateLocation() == QStringLiteral("YORK"));
    CHECK(AgreementDetails::firstDuplicate({QStringLiteral("Équipe"), QStringLiteral("ÉQUIPE ")})
          == QStringLiteral("ÉQUIPE"));
}

TEST_CASE("The validator names what is wrong and where", "[model]")
{
    Agreement a = twoParties();
    Duty d;
    d.id = 20;
    d.areaId = 5;
    d.setRoles(1, Raci(Raci::Responsible));
    a.duties.append(d);
    CHECK_FALSE(AgreementValidator::firstProblem(a));
    CHECK(AgreementValidator::problems(a).isEmpty());

    a.duties[0].areaId = 77;
    a.duties[0].toolIds = {8};
    a.duties[0].setRoles(66, Raci(Raci::Informed));
    a.details.ticketCategories = {TicketCategory{QStringLiteral("Network"), 5},
                                  TicketCategory{QStringLiteral("Printing"), 88}};
    a.details.signatories = {Signatory{QStringLiteral("Kim"), {}, 99, {}, {}}};
    const QList<AgreementValidator::Problem> problems = AgreementValidator::problems(a);
    REQUIRE(problems.size() == 5);
    CHECK(problems.at(0).path() == QStringLiteral("details.ticketCategories[1].area"));
    CHECK(problems.at(0).sentence()
          == QStringLiteral("ticket category 2 refers to area 88, which does not exist."));
    CHECK(problems.at(1).path() == QStringLiteral("duties[0].area"));
    CHECK(problems.at(1).what() == QStringLiteral("area 77 does not exist"));
    CHECK(problems.at(2).path() == QStringLiteral("duties[0].tools[0]"));
    CHECK(problems.at(3).path() == QStringLiteral("duties[0].roles.66"));
    CHECK(problems.at(3).sentence()
          == QStringLiteral("duty 20 gives roles to party 66, which does not exist."));
    CHECK(problems.at(4).item() == QStringLiteral("signatory 1"));
    CHECK(AgreementValidator::problems(a, 2).size() == 2);
    CHECK(AgreementValidator::firstProblem(a)->path() == problems.at(0).path());

    // Ids first: references are not judged while an id is wrong.
    a.areas.append(Area{5, {}, QStringLiteral("Twice")});
    a.parties[0].id = 0;
    const QList<AgreementValidator::Problem> ids = AgreementValidator::problems(a);
    REQUIRE(ids.size() == 2);
    CHECK(ids.at(0).sentence() == QStringLiteral("party 0 has an id that is not above 0."));
    CHECK(ids.at(1).sentence() == QStringLiteral("two areas have the id 5."));
    CHECK(ids.at(1).path() == QStringLiteral("areas[1]"));
}
