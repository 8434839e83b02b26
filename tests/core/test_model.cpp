#include "model/agreement.h"

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
