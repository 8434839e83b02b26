#include "benchcontext.h"
#include "benchmarks.h"

#include "checks/healthcheck.h"
#include "routing/ticketrouter.h"

#include <QRandomGenerator>

namespace {

constexpr int RuleCount = 500;
constexpr int TicketCount = 100'000;
constexpr double LimitMs = 1000;

using Urgency = EscalationRule::Urgency;
using Match = EscalationRule::Match;

Match randomMatch(QRandomGenerator &rng)
{
    const quint32 x = rng.bounded(10u);
    return x < 6 ? Match::Any : x < 8 ? Match::Yes : Match::No;
}

// 500 rules over the agreement's categories, sites and parties: most name a
// category, many a site, urgency or VIP/after-hours condition, and the last
// is a catch-all, so a ticket often walks far down the list.
Agreement withRules(Agreement agreement)
{
    QRandomGenerator rng(20250611);
    const QList<TicketCategory> &categories = agreement.details.ticketCategories;
    const QStringList &locations = agreement.details.locations;
    const auto partyId = [&] {
        return agreement.parties.at(rng.bounded(int(agreement.parties.size()))).id;
    };
    agreement.rules.clear();
    for (int i = 0; i < RuleCount - 1; ++i) {
        EscalationRule r;
        r.id = agreement.takeId();
        r.name = QStringLiteral("Generated rule %1").arg(i + 1);
        if (rng.bounded(10u) < 9)
            r.category = categories.at(rng.bounded(int(categories.size()))).name;
        r.minUrgency = static_cast<Urgency>(rng.bounded(EscalationRule::UrgencyCount));
        if (rng.bounded(2u) == 0)
            r.location = locations.at(rng.bounded(int(locations.size())));
        r.vip = randomMatch(rng);
        r.afterHours = randomMatch(rng);
        r.firstResponderId = partyId();
        r.escalateToId = partyId();
        r.trigger = EscalationRule::Trigger::Unresolved;
        r.escalateAfterMinutes = 60 * int(rng.bounded(1u, 9u));
        r.responseMinutes = {480, 240, 60, int(rng.bounded(2u)) * 15};
        r.resolutionMinutes = {4320, 1440, 480, 240};
        if (rng.bounded(3u) == 0)
            r.afterHoursHandlerId = partyId();
        agreement.rules.append(r);
    }
    EscalationRule rest;
    rest.id = agreement.takeId();
    rest.name = QStringLiteral("Everything else");
    rest.firstResponderId = partyId();
    rest.responseMinutes = {480, 240, 60, 15};
    agreement.rules.append(rest);
    return agreement;
}

QList<Ticket> tickets(const Agreement &agreement)
{
    QRandomGenerator rng(61120250);
    const QList<TicketCategory> &categories = agreement.details.ticketCategories;
    const QStringList &locations = agreement.details.locations;
    QList<Ticket> out;
    out.reserve(TicketCount);
    for (int i = 0; i < TicketCount; ++i) {
        Ticket t;
        // Typed by people: the case varies.
        t.category = categories.at(rng.bounded(int(categories.size()))).name;
        if (rng.bounded(4u) == 0)
            t.category = t.category.toUpper();
        t.urgency = static_cast<Urgency>(rng.bounded(EscalationRule::UrgencyCount));
        const quint32 site = rng.bounded(quint32(locations.size()) + 1);
        if (site < quint32(locations.size()))
            t.location = locations.at(site);
        t.vip = rng.bounded(10u) == 0;
        t.afterHours = rng.bounded(10u) < 3;
        out.append(t);
    }
    return out;
}

// The reference: the same first-match walk calling TicketRouter::matches,
// which compares texts case-insensitively on every rule.
qint64 routeNaively(const QList<EscalationRule> &rules, const QList<Ticket> &all)
{
    qint64 sum = 0;
    for (const Ticket &t : all) {
        for (qsizetype i = 0; i < rules.size(); ++i) {
            if (TicketRouter::matches(rules.at(i), t)) {
                sum += i;
                break;
            }
        }
    }
    return sum;
}

// Routes every ticket with the router and with the reference walk; returns
// the row and, in meanDepth, the average position of the matching rule.
BenchRow routeRow(BenchContext &context, const Agreement &agreement, const QList<Ticket> &all,
                  const QString &key, const QString &name, double &meanDepth)
{
    BenchRow row;
    row.key = key;
    row.name = name;
    row.unit = QStringLiteral("ms");
    row.referenceName = QStringLiteral("first-match walk with TicketRouter::matches");
    row.goal = BenchRow::Goal::Below;
    row.limit = LimitMs;
    row.runs = context.runs(BenchContext::SmallSize, 7);
    BenchContext::progress(QStringLiteral("%1, %2 runs").arg(row.name).arg(row.runs));
    TimeSamples ours, reference;
    qint64 sum = 0;
    for (int i = 0; i < row.runs; ++i) {
        Stopwatch watch;
        watch.start();
        const TicketRouter router(agreement.rules);
        sum = 0;
        for (const Ticket &t : all)
            if (const std::optional<Route> r = router.route(t))
                sum += r->ruleIndex;
        ours.add(watch);
        Stopwatch naive;
        naive.start();
        const qint64 expected = routeNaively(agreement.rules, all);
        reference.add(naive);
        // Both must agree on every ticket's rule, summed.
        if (sum != expected)
            row.error = QStringLiteral("the router and the reference disagree (%1 vs %2)")
                            .arg(sum)
                            .arg(expected);
    }
    meanDepth = double(sum) / double(all.size()) + 1;
    BenchContext::setTimes(row, ours, reference);
    return row;
}

} // namespace

QList<BenchRow> routingBenchmark(BenchContext &context)
{
    const Agreement agreement = withRules(context.agreement(BenchContext::SmallSize));
    QList<BenchRow> rows;

    double depth = 0;
    rows.append(routeRow(context, agreement, tickets(agreement),
                         QStringLiteral("route/%1x%2").arg(TicketCount).arg(RuleCount),
                         QStringLiteral("route 100,000 tickets, 500 rules"), depth));
    BenchContext::progress(QStringLiteral("mean matching rule: %1").arg(depth, 0, 'f', 1));

    // The worst case: every rule but the catch-all names a category, and no
    // ticket has one of them, so every ticket walks the whole list.
    Agreement named = agreement;
    for (qsizetype i = 0; i + 1 < named.rules.size(); ++i)
        if (named.rules[i].category.isEmpty())
            named.rules[i].category = named.details.ticketCategories.first().name;
    QList<Ticket> unlisted = tickets(agreement);
    for (Ticket &t : unlisted)
        t.category = QStringLiteral("Unlisted category");
    rows.append(routeRow(context, named, unlisted,
                         QStringLiteral("route-worst/%1x%2").arg(TicketCount).arg(RuleCount),
                         QStringLiteral("route 100,000 tickets to rule 500"), depth));
    BenchContext::progress(QStringLiteral("mean matching rule: %1").arg(depth, 0, 'f', 1));

    BenchRow lint;
    lint.key = QStringLiteral("lint-routing/%1").arg(RuleCount);
    lint.name = QStringLiteral("routing lint, 500 rules");
    lint.unit = QStringLiteral("ms");
    lint.goal = BenchRow::Goal::Below;
    lint.limit = LimitMs;
    lint.runs = context.runs(BenchContext::SmallSize, 7);
    BenchContext::progress(QStringLiteral("%1, %2 runs").arg(lint.name).arg(lint.runs));
    TimeSamples lintTimes;
    qsizetype findings = 0;
    for (int i = 0; i < lint.runs; ++i) {
        Stopwatch watch;
        watch.start();
        findings = HealthCheck::routing(agreement).size();
        lintTimes.add(watch);
    }
    // Random rules shadow each other; none found means the lint looked at nothing.
    if (findings == 0)
        lint.error = QStringLiteral("the routing lint found nothing in 500 random rules");
    BenchContext::setTimes(lint, lintTimes, {});
    rows.append(lint);
    BenchContext::progress(QStringLiteral("routing lint: %1 findings").arg(findings));
    return rows;
}
