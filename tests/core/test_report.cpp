// ReportBuilder: the content every document export renders.
#include "checks/healthcheck.h"
#include "exchange/sampleagreement.h"
#include "model/agreement.h"
#include "report/reportbuilder.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>

namespace {

std::string text(const QString &s)
{
    return s.toStdString();
}

Agreement sample()
{
    const Result<Agreement> a = SampleAgreement::load();
    REQUIRE(a.ok());
    return a.value();
}

ReportOptions at(int partyId = 0)
{
    ReportOptions o;
    o.partyId = partyId;
    o.today = QDate(2026, 12, 15);
    return o;
}

QStringList sectionIds(const report::Report &r)
{
    QStringList ids;
    for (const report::Section &s : r.sections)
        ids.append(s.id);
    return ids;
}

// The sample's duties copied until there are n, with fresh ids.
Agreement large(int n)
{
    Agreement a = sample();
    const QList<Duty> base = a.duties;
    a.duties.clear();
    a.duties.reserve(n);
    for (int i = 0; i < n; ++i) {
        Duty d = base.at(i % base.size());
        d.id = a.takeId();
        d.title += QStringLiteral(" %1").arg(i);
        a.duties.append(d);
    }
    return a;
}

} // namespace

TEST_CASE("The report holds every part of the agreement", "[report]")
{
    const Agreement a = sample();
    const report::Report r = ReportBuilder::build(a, at());

    CHECK(r.cover.title == a.details.title);
    CHECK(r.cover.client == a.details.client);
    CHECK(r.cover.model == QStringLiteral("Full hybrid IT management"));
    CHECK(r.cover.effectiveDate == QStringLiteral("2026-12-01"));
    CHECK(r.cover.revision == QStringLiteral("2"));
    CHECK(r.partyFilter.isEmpty());

    CHECK(r.matrix.dutyCount() == a.duties.size());
    CHECK(r.matrix.parties.size() == a.parties.size());
    CHECK(r.matrix.groups.size() == a.areas.size());
    CHECK(r.matrix.groups.constFirst().area == a.areas.constFirst().name);
    for (const report::MatrixGroup &g : r.matrix.groups)
        for (const report::MatrixRow &row : g.rows)
            CHECK(row.roles.size() == a.parties.size());

    CHECK(sectionIds(r)
          == QStringList{QStringLiteral("escalation"), QStringLiteral("tools"),
                         QStringLiteral("security"), QStringLiteral("review"),
                         QStringLiteral("assessment"), QStringLiteral("findings")});
    const report::Section &escalation = r.sections.at(0);
    CHECK(escalation.paragraphs.size() >= 5);
    REQUIRE(escalation.tables.size() == 1);
    CHECK(escalation.tables.at(0).rows.size() == a.rules.size());
    const report::Section &tools = r.sections.at(1);
    REQUIRE(tools.tables.size() == 1);
    CHECK(tools.tables.at(0).rows.size() == a.tools.size());
    CHECK(tools.tables.at(0).header.size() == 3 + a.parties.size());
    const report::Section &security = r.sections.at(2);
    REQUIRE(security.tables.size() == 1);
    int securityDuties = 0;
    for (const Duty &d : a.duties)
        securityDuties += d.kind == Duty::Kind::Security ? 1 : 0;
    CHECK(security.tables.at(0).rows.size() == securityDuties);
    CHECK(security.tables.at(0).header.size() == 4);

    CHECK(r.signatures.size() == a.details.signatories.size());
    CHECK(r.signatures.at(0).party == QStringLiteral("Leadership"));
    CHECK(r.signatures.at(0).name == QStringLiteral("Priya Raman"));
    CHECK(text(r.legend) == "R Responsible · A Accountable · C Consulted · I Informed");
}

TEST_CASE("The summary's numbers are the agreement's", "[report]")
{
    const Agreement a = sample();
    const report::Report r = ReportBuilder::build(a, at());

    // A list for every party that is Responsible or Accountable somewhere.
    for (const Party &p : a.parties) {
        int works = 0;
        int responsible = 0;
        int accountable = 0;
        for (const Duty &d : a.duties) {
            const Raci raci = d.rolesOf(p.id);
            works += raci.responsible() || raci.accountable() ? 1 : 0;
            responsible += raci.responsible() ? 1 : 0;
            accountable += raci.accountable() ? 1 : 0;
        }
        INFO(text(p.name));
        const report::PartyList *list = nullptr;
        for (const report::PartyList &l : r.partyLists)
            if (l.party.id == p.id)
                list = &l;
        if (works == 0) {
            CHECK(list == nullptr);
            continue;
        }
        REQUIRE(list != nullptr);
        CHECK(list->heading == QStringLiteral("What %1 does").arg(p.name));
        int listed = 0;
        for (const report::PartyDutyGroup &g : list->groups)
            listed += int(g.duties.size());
        CHECK(listed == works);
        CHECK_THAT(text(r.summary.paragraphs.join(u'\n')),
                   Catch::Contains(text(QStringLiteral("%1 is Responsible for %2 and Accountable "
                                                       "for %3")
                                            .arg(p.name)
                                            .arg(responsible)
                                            .arg(accountable))));
        bool charted = false;
        for (const report::Bar &b : r.summary.charts.at(0).bars)
            charted = charted || (b.label == p.name && int(b.value) == works);
        CHECK(charted);
    }

    // Ownership counts add up to the duties.
    int counts[4] = {};
    for (const Duty &d : a.duties)
        ++counts[int(a.ownershipOf(d))];
    CHECK_THAT(text(r.summary.paragraphs.join(u'\n')),
               Catch::Contains(text(QStringLiteral("By who does the work: %1 internal, %2 by the "
                                                   "provider, %3 shared and %4 unassigned.")
                                        .arg(counts[0])
                                        .arg(counts[1])
                                        .arg(counts[2])
                                        .arg(counts[3]))));
    CHECK_THAT(text(r.summary.paragraphs.constFirst()),
               Catch::Contains("Full hybrid IT management"));

    // The area chart counts each area's duties.
    REQUIRE(r.summary.charts.size() == 2);
    double charted = 0;
    for (const report::Bar &b : r.summary.charts.at(1).bars)
        charted += b.value;
    CHECK(int(charted) == a.duties.size());

    // Internal IT's authority: approval and governance duties it is Accountable for.
    CHECK_FALSE(r.summary.internalAuthority.isEmpty());
    CHECK(r.summary.authorityHeading == QStringLiteral("Internal IT keeps authority over"));
    for (const QString &title : r.summary.internalAuthority) {
        const Duty *d = nullptr;
        for (const Duty &x : a.duties)
            if (x.title == title)
                d = &x;
        REQUIRE(d != nullptr);
        CHECK(d->rolesOf(1).accountable());
    }

    CheckOptions check;
    check.today = at().today;
    const QList<Finding> findings = HealthCheck::run(a, check);
    CHECK(r.summary.openFindings
          == HealthCheck::count(findings, Finding::Severity::Error)
                 + HealthCheck::count(findings, Finding::Severity::Warning));
    const report::Section &open = r.sections.constLast();
    if (findings.isEmpty())
        CHECK(open.tables.isEmpty());
    else
        CHECK(open.tables.at(0).rows.size() == findings.size());
}

TEST_CASE("A report for one party holds only its responsibilities", "[report]")
{
    const Agreement a = sample();
    const int msp = 2;
    const report::Report r = ReportBuilder::build(a, at(msp));
    CHECK(r.partyFilter == QStringLiteral("Contoso Managed IT"));
    REQUIRE(r.partyLists.size() == 1);
    CHECK(r.partyLists.at(0).party.id == msp);

    int withRole = 0;
    for (const Duty &d : a.duties)
        withRole += d.rolesOf(msp).isEmpty() ? 0 : 1;
    CHECK(r.matrix.dutyCount() == withRole);
    CHECK(r.matrix.dutyCount() < a.duties.size());
    const qsizetype column = 1; // the MSP's column: parties keep their order
    REQUIRE(r.matrix.parties.at(column).id == msp);
    for (const report::MatrixGroup &g : r.matrix.groups)
        for (const report::MatrixRow &row : g.rows)
            CHECK_FALSE(row.roles.at(column).isEmpty());
    CHECK_THAT(text(r.summary.paragraphs.join(u'\n')),
               Catch::Contains("This copy shows only the duties where Contoso Managed IT holds a "
                               "role."));
    // Every section is still there.
    CHECK(sectionIds(r).size() == 6);
}

TEST_CASE("An empty agreement makes a report without failing", "[report]")
{
    Agreement a;
    const report::Report r = ReportBuilder::build(a, at());
    CHECK(r.cover.title == QStringLiteral("Co-managed IT agreement"));
    CHECK(r.matrix.groups.isEmpty());
    CHECK(r.partyLists.isEmpty());
    CHECK(r.summary.charts.isEmpty());
    CHECK(sectionIds(r).size() == 5);
}

TEST_CASE("10,000 duties build in well under 100 ms", "[report][performance]")
{
    const Agreement a = large(10'000);
    ReportBuilder::build(a, at()); // the first build reads the templates once
    qint64 best = std::numeric_limits<qint64>::max();
    qint64 check = std::numeric_limits<qint64>::max();
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer timer;
        timer.start();
        const report::Report r = ReportBuilder::build(a, at());
        best = std::min(best, timer.restart());
        REQUIRE(r.matrix.dutyCount() == 10'000);
        HealthCheck::run(a);
        check = std::min(check, timer.elapsed());
    }
    WARN("10,000 duties: report " << best << " ms, of which the health check about " << check
                                  << " ms (best of 3)");
    // Generous: debug and sanitizer builds are several times slower than
    // release, and the machine is shared. A quadratic step takes seconds.
    CHECK(best < 1500);
}
