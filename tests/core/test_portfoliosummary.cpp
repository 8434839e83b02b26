#include <catch2/catch.hpp>

#include "exchange/sampleagreement.h"
#include "portfolio/portfoliosummary.h"
#include "revisions/revisionhistory.h"

#include <QJsonDocument>

TEST_CASE("a portfolio summary tells status, review date, findings and the provider's share",
          "[portfolio]")
{
    Agreement a = SampleAgreement::load().value();
    a.details.status = AgreementDetails::Status::Draft;
    const PortfolioSummary draft = PortfolioSummary::of(a);
    CHECK(draft.client == a.details.client);
    CHECK(draft.status == AgreementDetails::Status::Draft);
    CHECK(draft.lastSignedNumber == 0);
    CHECK(draft.duties == a.duties.size());
    REQUIRE(draft.dutiesWithResponsible > 0);
    CHECK(draft.providerResponsible > 0);
    CHECK(draft.providerResponsible < draft.dutiesWithResponsible);
    CHECK(draft.providerShare() > 0.0);
    CHECK(draft.providerShare() < 1.0);

    // Nobody Responsible for anything: no share, not a division by zero.
    Agreement empty = a;
    for (Duty &d : empty.duties)
        d.roles.clear();
    CHECK(PortfolioSummary::of(empty).providerShare() == 0.0);
    CHECK(PortfolioSummary::of(empty).errors > 0);

    a.details.nextReview = QDate(2026, 9, 1);
    Signatory cfo;
    cfo.name = QStringLiteral("Dana Reyes");
    cfo.partyId = a.parties.constFirst().id;
    cfo.date = QDate(2026, 3, 1);
    REQUIRE(RevisionHistory::sign(a, {cfo}, QDate(2026, 3, 1)).ok());
    const PortfolioSummary signedOne = PortfolioSummary::of(a);
    CHECK(signedOne.lastSignedNumber == a.revisions.constLast().number);
    CHECK_FALSE(signedOne.changedSinceSigned);
    CHECK(signedOne.lastSignedOn == QDate(2026, 3, 1));
    CHECK(signedOne.nextReview == QDate(2026, 9, 1));
    CHECK(signedOne.overdueOn(QDate(2026, 9, 2)));
    CHECK_FALSE(signedOne.overdueOn(QDate(2026, 9, 1)));
    CHECK(signedOne.dueWithin(QDate(2026, 8, 15), 30));
    CHECK_FALSE(signedOne.dueWithin(QDate(2026, 7, 1), 30));

    const auto back = PortfolioSummary::fromJson(signedOne.toJson());
    REQUIRE(back.ok());
    CHECK(*back == signedOne);
}

TEST_CASE("a stored portfolio summary is checked like any other input", "[portfolio]")
{
    const QJsonObject good = PortfolioSummary::of(SampleAgreement::load().value()).toJson();
    const auto with = [&](const char *key, const QJsonValue &value) {
        QJsonObject o = good;
        o.insert(QLatin1String(key), value);
        return PortfolioSummary::fromJson(o);
    };
    CHECK(with("status", QStringLiteral("lost")).error().contains(u"status"));
    CHECK(with("errors", -1).error().contains(u"errors"));
    CHECK(with("errors", 1.5).error().contains(u"errors"));
    CHECK(with("warnings", QStringLiteral("3")).error().contains(u"warnings"));
    CHECK(with("nextReview", QStringLiteral("2026-13-01")).error().contains(u"nextReview"));
    CHECK(with("client", QString(20'000, u'x')).error().contains(u"client"));
    CHECK(with("providerResponsible", 1'000'000).error().contains(u"providerResponsible"));
    CHECK(with("version", 2).error().contains(u"version 2"));
    CHECK(with("changedSinceSigned", 1).error().contains(u"changedSinceSigned"));
}
