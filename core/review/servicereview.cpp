#include "review/servicereview.h"

#include "model/agreement.h"
#include "review/reviewclock.h"
#include "review/reviewtickets.h"
#include "review/ticketlog.h"
#include "routing/ticketrouter.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <array>
#include <climits>
#include <cmath>
#include <map>

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ServiceReview)
};

using Urgency = EscalationRule::Urgency;

// What the replay learnt of one ticket.
struct Replayed {
    int period = 0;
    int category = 0;  // into the review's category labels
    int site = 0;      // into the review's site labels
    int party = 0;     // handling party id; 0: unknown
    int partySlot = 0; // the party's place in the review's list of handlers
    Urgency urgency = Urgency::Normal;
    bool afterHours = false;
    int responseMinutes = -1; // -1: no time
    int resolutionMinutes = -1;
    int responseTarget = 0; // 0: none agreed
    int resolutionTarget = 0;
    float satisfaction = std::numeric_limits<float>::quiet_NaN();
};

// Adds tickets up into one row of figures.
class Bucket
{
public:
    void add(const Replayed &t)
    {
        ++m_volume;
        m_afterHours += t.afterHours;
        addTime(m_response, t.responseMinutes, t.responseTarget);
        addTime(m_resolution, t.resolutionMinutes, t.resolutionTarget);
        if (!std::isnan(t.satisfaction)) {
            ++m_rated;
            m_satisfaction += t.satisfaction;
        }
    }
    int volume() const { return m_volume; }
    int afterHours() const { return m_afterHours; }
    int rated() const { return m_rated; }
    double satisfaction() const { return m_rated ? m_satisfaction / m_rated : 0; }
    TimeFigures response() { return m_response.figures(); }
    TimeFigures resolution() { return m_resolution.figures(); }

private:
    struct Times {
        // A group's times as a list while it is small; from Many times on,
        // as a count per minute below Dense beside the list of the longer
        // ones, so that a large group neither grows a long list nor
        // searches it for its percentiles.
        static constexpr qsizetype Many = 8192;
        // Small enough that the counts of all groups stay in the cache.
        static constexpr int Dense = 1 << 12; // about three days
        QList<int> minutes;
        QList<int> counts; // per minute below Dense; empty: all in minutes
        qsizetype measured = 0;
        int withTarget = 0;
        int withinTarget = 0;

        void add(int m)
        {
            ++measured;
            if (!counts.isEmpty()) {
                if (m < Dense)
                    ++counts.data()[m];
                else
                    minutes.append(m);
                return;
            }
            minutes.append(m);
            if (minutes.size() == Many) {
                counts = QList<int>(Dense, 0);
                QList<int> longer;
                for (const int x : std::as_const(minutes)) {
                    if (x < Dense)
                        ++counts[x];
                    else
                        longer.append(x);
                }
                minutes = std::move(longer);
            }
        }

        TimeFigures figures()
        {
            TimeFigures f;
            f.measured = int(measured);
            f.withTarget = withTarget;
            f.withinTarget = withinTarget;
            if (measured > 0) {
                // Nearest rank: the smallest time at least p of the tickets
                // took no longer than. Ranks below the counted minutes are
                // read off the counts; above them, the list is searched,
                // and the 90th percentile only above the median.
                const qsizetype counted = measured - minutes.size();
                qsizetype from = 0;
                const auto rank = [&](double p) {
                    const qsizetype k =
                        std::max<qsizetype>(0, qsizetype(std::ceil(p * double(measured))) - 1);
                    if (k < counted) {
                        qsizetype below = 0;
                        for (int m = 0;; ++m) {
                            below += counts.at(m);
                            if (below > k)
                                return m;
                        }
                    }
                    const qsizetype j = k - counted;
                    std::nth_element(minutes.begin() + from, minutes.begin() + j, minutes.end());
                    from = j;
                    return minutes.at(j);
                };
                f.medianMinutes = rank(0.5);
                f.p90Minutes = rank(0.9);
            }
            return f;
        }
    };
    static void addTime(Times &times, int minutes, int target)
    {
        if (minutes < 0)
            return;
        times.add(minutes);
        if (target > 0) {
            ++times.withTarget;
            times.withinTarget += minutes <= target;
        }
    }

    int m_volume = 0;
    int m_afterHours = 0;
    int m_rated = 0;
    double m_satisfaction = 0;
    Times m_response;
    Times m_resolution;
};

// The figures of one period, with its breakdowns indexed by label index,
// urgency or the party's place among the handlers (Replayed::partySlot).
struct PeriodBuckets {
    Bucket all;
    QList<Bucket> byCategory;
    QList<Bucket> bySite;
    std::array<Bucket, EscalationRule::UrgencyCount> byUrgency;
    QList<Bucket> byParty;

    void add(const Replayed &t)
    {
        all.add(t);
        at(byCategory, t.category).add(t);
        at(bySite, t.site).add(t);
        byUrgency[size_t(t.urgency)].add(t);
        at(byParty, t.partySlot).add(t);
    }

private:
    static Bucket &at(QList<Bucket> &list, int index)
    {
        if (index >= list.size())
            list.resize(index + 1);
        return list[index];
    }
};

// The year and month of a date, from its Julian day by arithmetic alone
// (the civil-from-days algorithm): a million tickets ask for them.
std::pair<int, int> yearAndMonth(qint64 julianDay)
{
    const qint64 z = julianDay - 2440588 + 719468; // days since 0000-03-01
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 dayOfEra = z - era * 146097;
    const qint64 yearOfEra =
        (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 m = (5 * dayOfYear + 2) / 153; // 0: March
    const int month = int(m < 10 ? m + 3 : m - 9);
    return {int(yearOfEra + era * 400 + (month <= 2)), month};
}

QString monthLabel(int index)
{
    return QStringLiteral("%1-%2").arg(index / 12).arg(index % 12 + 1, 2, 10, QLatin1Char('0'));
}

QString quarterLabel(int index)
{
    return Tr::tr("%1 Q%2").arg(index / 4).arg(index % 4 + 1);
}

QString percent(double share)
{
    return QLocale().toString(std::round(share * 100)) + QStringLiteral(" %");
}

} // namespace

std::optional<double> TimeFigures::attainment() const
{
    if (withTarget == 0)
        return std::nullopt;
    return double(withinTarget) / withTarget;
}

ServiceReview ServiceReview::build(const Agreement &agreement, const BusinessHours &hours,
                                   const TicketLog &log, const ReviewOptions &options)
{
    ServiceReview review;
    review.period = options.period;
    review.rowsRead = log.rowsRead;
    review.rowsSkipped = log.skipped();
    ReviewClock clock(hours);
    const TicketRouter router(agreement.rules);

    // The local dates the review covers.
    QDate first = options.first;
    QDate last = options.last;
    if (!first.isValid() || !last.isValid()) {
        for (const TicketRecord &t : log.tickets) {
            const QDate date = clock.localDate(t.created);
            if (!options.first.isValid() && (!first.isValid() || date < first))
                first = date;
            if (!options.last.isValid() && (!last.isValid() || date > last))
                last = date;
        }
    }
    review.first = first;
    review.last = last;
    if (!first.isValid() || !last.isValid() || last < first)
        return review;

    const bool quarters = options.period == ReviewOptions::Period::Quarter;
    const auto periodOf = [&](QDate d) {
        const auto [year, month] = yearAndMonth(d.toJulianDay());
        return quarters ? year * 4 + (month - 1) / 3 : year * 12 + month - 1;
    };
    const int firstPeriod = periodOf(first);
    const int periodCount = periodOf(last) - firstPeriod + 1;

    // Categories as the agreement spells them, then as the export does.
    QStringList categoryLabels{Tr::tr("(no category)")};
    QHash<QString, int> categoryIndex;
    for (const TicketCategory &c : agreement.details.ticketCategories) {
        categoryIndex.insert(c.name.toCaseFolded(), int(categoryLabels.size()));
        categoryLabels.append(c.name);
    }
    QStringList siteLabels{QString()};
    QHash<QString, int> siteIndex;
    for (const QString &site : agreement.details.locations) {
        siteIndex.insert(site.toCaseFolded(), int(siteLabels.size()));
        siteLabels.append(site);
    }
    const auto labelIndex = [](const QString &text, QStringList &labels,
                               QHash<QString, int> &index) {
        if (text.isEmpty())
            return 0;
        const QString key = text.toCaseFolded();
        if (const auto it = index.constFind(key); it != index.cend())
            return *it;
        const int i = int(labels.size());
        labels.append(text);
        index.insert(key, i);
        return i;
    };

    // Handlers: the options' names, then the parties' names and codes. The
    // log keeps each text once, so what a text means is worked out once and
    // remembered by its index.
    constexpr int Unknown = -1;
    const qsizetype textCount = log.texts.size();
    QList<int> partyOfText(textCount, Unknown); // party id, 0 for none
    QSet<QString> unknownHandlers;
    const auto partyOf = [&](int text) {
        if (text < 0)
            return 0;
        int &known = partyOfText[text];
        if (known != Unknown)
            return known;
        const QString &name = log.text(text);
        const QString folded = name.toCaseFolded();
        int id = options.handlers.value(folded, 0);
        for (const Party &p : agreement.parties) {
            if (id == 0 && p.name.toCaseFolded() == folded)
                id = p.id;
        }
        for (const Party &p : agreement.parties) {
            if (id == 0 && !p.code.isEmpty() && p.code.toCaseFolded() == folded)
                id = p.id;
        }
        if (id == 0)
            unknownHandlers.insert(name);
        known = id;
        return id;
    };
    QList<int> partyIds{0}; // by slot; slot 0: no party
    const auto slotOf = [&](int partyId) {
        const qsizetype slot = partyIds.indexOf(partyId);
        if (slot >= 0)
            return int(slot);
        partyIds.append(partyId);
        return int(partyIds.size() - 1);
    };
    QList<int> categoryOfText(textCount, Unknown);
    QList<int> siteOfText(textCount, Unknown);
    const auto labelOf = [&](int text, QList<int> &known, QStringList &labels,
                             QHash<QString, int> &index) {
        if (text < 0)
            return 0;
        int &label = known[text];
        if (label == Unknown)
            label = labelIndex(log.text(text), labels, index);
        return label;
    };
    struct RouteKey {
        int rule;
        int category;
        bool afterHours;
        auto operator<=>(const RouteKey &) const = default;
    };
    std::map<RouteKey, std::map<int, int>> handledBy; // handled party → tickets
    std::map<RouteKey, int> expected;                 // the party the rule names
    // The rules' answer for each kind of ticket they tell apart, and where
    // the parties that handled such tickets are counted.
    struct Routed {
        std::optional<Route> route;
        std::map<int, int> *handled = nullptr;
    };
    QHash<quint64, Routed> routes;
    const auto routeOf = [&](const Replayed &r, bool vip) -> const Routed & {
        const quint64 key = quint64(r.category) << 32 | quint64(r.site) << 4
                            | quint64(r.urgency) << 2 | quint64(vip) << 1 | quint64(r.afterHours);
        auto it = routes.find(key);
        if (it == routes.end()) {
            Ticket ticket;
            ticket.category = r.category == 0 ? QString() : categoryLabels.at(r.category);
            ticket.urgency = r.urgency;
            ticket.location = siteLabels.at(r.site);
            ticket.vip = vip;
            ticket.afterHours = r.afterHours;
            Routed routed{router.route(ticket)};
            if (routed.route && routed.route->takenById != 0) {
                const RouteKey handledKey{int(routed.route->ruleIndex), r.category, r.afterHours};
                routed.handled = &handledBy[handledKey];
                expected[handledKey] = routed.route->takenById;
            }
            it = routes.insert(key, routed);
        }
        return *it;
    };

    QList<PeriodBuckets> periods(periodCount);
    PeriodBuckets overall;
    std::map<int, int> uncovered; // category → tickets
    // Subjects by their key: as first written, and how often.
    QList<std::pair<QString, int>> subjects;
    QHash<QString, int> subjectOfKey;
    QList<int> subjectOfText(textCount, Unknown);

    for (const TicketRecord &t : log.tickets) {
        const QDate date = clock.localDate(t.created);
        if (date < first || date > last)
            continue;
        Replayed r;
        r.period = periodOf(date) - firstPeriod;
        r.category = labelOf(t.category, categoryOfText, categoryLabels, categoryIndex);
        r.site = labelOf(t.site, siteOfText, siteLabels, siteIndex);
        r.party = partyOf(t.team);
        if (r.party == 0 && t.agent >= 0) {
            const int byAgent = partyOf(t.agent);
            if (byAgent != 0) {
                r.party = byAgent;
                if (t.team >= 0)
                    unknownHandlers.remove(log.text(t.team));
            }
        }
        r.partySlot = slotOf(r.party);
        r.urgency = t.urgency;
        r.afterHours = clock.isAfterHours(t.created);
        r.satisfaction = t.satisfaction;
        if (t.firstResponse != TicketRecord::NoTime)
            r.responseMinutes = int(std::min<qint64>((t.firstResponse - t.created) / 60, INT_MAX));
        if (t.resolved != TicketRecord::NoTime)
            r.resolutionMinutes = int(std::min<qint64>((t.resolved - t.created) / 60, INT_MAX));

        if (const Routed &routed = routeOf(r, t.vip); routed.route) {
            r.responseTarget = routed.route->responseMinutes;
            r.resolutionTarget = routed.route->resolutionMinutes;
            if (routed.route->takenById == 0)
                review.afterHoursUnhandled += r.afterHours;
            else if (r.party != 0)
                ++(*routed.handled)[r.party];
        } else {
            ++uncovered[r.category];
            review.afterHoursUnhandled += r.afterHours;
        }
        if (t.subject >= 0) {
            int &subject = subjectOfText[t.subject];
            if (subject == Unknown) {
                const QString &text = log.text(t.subject);
                const QString key = ReviewTickets::subjectKey(text);
                if (key.isEmpty()) {
                    subject = int(subjects.size()); // counted, never recurring
                    subjects.append({QString(), 0});
                } else {
                    const auto it = subjectOfKey.constFind(key);
                    if (it != subjectOfKey.cend()) {
                        subject = *it;
                    } else {
                        subject = int(subjects.size());
                        subjectOfKey.insert(key, subject);
                        subjects.append({text.trimmed(), 0});
                    }
                }
            }
            ++subjects[subject].second;
        }
        periods[r.period].add(r);
        overall.add(r);
    }

    // Figures.
    const auto figures = [&](PeriodBuckets &buckets, QString label, QDate from, QDate to) {
        PeriodFigures f;
        f.label = std::move(label);
        f.first = from;
        f.last = to;
        f.volume = buckets.all.volume();
        f.afterHours = buckets.all.afterHours();
        f.response = buckets.all.response();
        f.resolution = buckets.all.resolution();
        f.rated = buckets.all.rated();
        f.satisfaction = buckets.all.satisfaction();
        const auto group = [](Bucket &b, QString groupLabel, int partyId = 0) {
            return ReviewGroup{std::move(groupLabel), partyId,      b.volume(),
                               b.afterHours(),        b.response(), b.resolution()};
        };
        const auto byVolume = [](QList<ReviewGroup> &list) {
            std::stable_sort(list.begin(), list.end(),
                             [](const auto &a, const auto &b) { return a.volume > b.volume; });
        };
        // Breakdowns list only what had tickets, in label order before the
        // sort by volume (parties by id), so that ties keep a stable order.
        for (qsizetype index = 0; index < buckets.byCategory.size(); ++index) {
            if (buckets.byCategory[index].volume() > 0)
                f.byCategory.append(group(buckets.byCategory[index], categoryLabels.at(index)));
        }
        byVolume(f.byCategory);
        for (qsizetype index = 0; index < buckets.bySite.size(); ++index) {
            if (buckets.bySite[index].volume() > 0)
                f.bySite.append(group(buckets.bySite[index], siteLabels.at(index)));
        }
        byVolume(f.bySite);
        for (int u = EscalationRule::UrgencyCount - 1; u >= 0; --u) {
            if (buckets.byUrgency[size_t(u)].volume() > 0)
                f.byUrgency.append(
                    group(buckets.byUrgency[size_t(u)], EscalationRule::urgencyName(Urgency(u))));
        }
        QList<qsizetype> handled;
        for (qsizetype slot = 0; slot < buckets.byParty.size(); ++slot) {
            if (buckets.byParty[slot].volume() > 0)
                handled.append(slot);
        }
        std::sort(handled.begin(), handled.end(),
                  [&](qsizetype a, qsizetype b) { return partyIds.at(a) < partyIds.at(b); });
        for (const qsizetype slot : std::as_const(handled)) {
            const int id = partyIds.at(slot);
            const Party *p = agreement.party(id);
            f.byParty.append(
                group(buckets.byParty[slot], p ? p->label() : Tr::tr("(no party)"), id));
        }
        byVolume(f.byParty);
        return f;
    };
    review.overall = figures(
        overall, Tr::tr("%1 to %2").arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate)),
        first, last);
    for (int p = 0; p < periodCount; ++p) {
        const int index = firstPeriod + p;
        const QDate start = quarters ? QDate(index / 4, index % 4 * 3 + 1, 1)
                                     : QDate(index / 12, index % 12 + 1, 1);
        const QDate end = start.addMonths(quarters ? 3 : 1).addDays(-1);
        review.periods.append(figures(periods[p],
                                      quarters ? quarterLabel(index) : monthLabel(index),
                                      std::max(start, first), std::min(end, last)));
    }

    // Routing as practised against routing as agreed.
    for (const auto &[key, parties] : handledBy) {
        int total = 0;
        for (const auto &[party, count] : parties)
            total += count;
        const int expectedParty = expected.at(key);
        for (const auto &[party, count] : parties) {
            if (party == expectedParty)
                continue;
            review.misroutes.append(Misroute{agreement.rules.at(key.rule).id,
                                             categoryLabels.at(key.category), key.afterHours,
                                             expectedParty, party, count, total});
        }
    }
    std::stable_sort(review.misroutes.begin(), review.misroutes.end(),
                     [](const Misroute &a, const Misroute &b) { return a.count > b.count; });
    for (const auto &[category, count] : uncovered)
        review.uncoveredCategories.append({categoryLabels.at(category), count});
    std::stable_sort(review.uncoveredCategories.begin(), review.uncoveredCategories.end(),
                     [](const auto &a, const auto &b) { return a.second > b.second; });
    for (const auto &[spelling, count] : std::as_const(subjects)) {
        if (count >= RecurringAtLeast && !spelling.isEmpty())
            review.recurring.append(Recurrence{spelling, count});
    }
    std::sort(review.recurring.begin(), review.recurring.end(), [](const auto &a, const auto &b) {
        return a.count != b.count ? a.count > b.count : a.subject < b.subject;
    });
    review.unknownHandlers = QStringList(unknownHandlers.cbegin(), unknownHandlers.cend());
    review.unknownHandlers.sort(Qt::CaseInsensitive);

    // Findings, most telling first.
    const auto partyLabel = [&](int id) {
        const Party *p = agreement.party(id);
        return p ? p->label() : Tr::tr("(no party)");
    };
    for (const Misroute &m : std::as_const(review.misroutes)) {
        // A few strays are noise; a quarter of a rule's tickets is practice.
        if (m.count < 5 || m.count * 4 < m.ofTickets)
            continue;
        const EscalationRule *rule = nullptr;
        for (const EscalationRule &r : agreement.rules) {
            if (r.id == m.ruleId)
                rule = &r;
        }
        Finding f;
        f.severity = Finding::Severity::Warning;
        f.code = QStringLiteral("review.misrouted");
        f.ruleId = m.ruleId;
        f.partyId = m.handledPartyId;
        const QString tickets = m.afterHours ? Tr::tr("%1 tickets after hours").arg(m.category)
                                             : Tr::tr("%1 tickets").arg(m.category);
        f.message = Tr::tr("%1: %2 of %3 handled by %4 although the rule “%5” names %6: change "
                           "the rule or the practice.")
                        .arg(tickets)
                        .arg(m.count)
                        .arg(m.ofTickets)
                        .arg(partyLabel(m.handledPartyId), rule ? rule->name : QString(),
                             partyLabel(m.expectedPartyId));
        review.findings.append(f);
    }
    for (const ReviewGroup &g : std::as_const(review.overall.byUrgency)) {
        const auto check = [&](const TimeFigures &t, const QString &what, const char *code) {
            const auto share = t.attainment();
            if (!share || t.withTarget < 10 || *share >= AttainmentBar)
                return;
            Finding f;
            f.severity = Finding::Severity::Warning;
            f.code = QString::fromLatin1(code);
            f.message =
                what.arg(g.label, percent(*share)).arg(t.withTarget).arg(percent(AttainmentBar));
            review.findings.append(f);
        };
        check(g.response,
              Tr::tr("%1 tickets: %2 answered within the agreed response time (of %3 with a "
                     "target; %4 is the usual bar): review the staffing or the target."),
              "review.response-target");
        check(g.resolution,
              Tr::tr("%1 tickets: %2 resolved within the agreed resolution time (of %3 with a "
                     "target; %4 is the usual bar): review the staffing or the target."),
              "review.resolution-target");
    }
    for (const auto &[category, count] : std::as_const(review.uncoveredCategories)) {
        Finding f;
        f.severity = Finding::Severity::Warning;
        f.code = QStringLiteral("review.uncovered");
        f.message = Tr::tr("%n ticket(s) in “%1” matched no routing rule: add a rule for them or "
                           "a catch-all rule.",
                           nullptr, count)
                        .arg(category);
        review.findings.append(f);
    }
    if (review.afterHoursUnhandled > 0) {
        Finding f;
        f.severity = Finding::Severity::Warning;
        f.code = QStringLiteral("review.after-hours-unhandled");
        f.message = Tr::tr("%n ticket(s) came in after hours with nobody named to take them: name "
                           "an after-hours handler in the routing rules.",
                           nullptr, review.afterHoursUnhandled);
        review.findings.append(f);
    }
    const int recurringBar = std::max(10, review.overall.volume / 100);
    for (const Recurrence &r :
         std::as_const(review.recurring).first(std::min<qsizetype>(3, review.recurring.size()))) {
        if (r.count < recurringBar)
            break;
        Finding f;
        f.severity = Finding::Severity::Info;
        f.code = QStringLiteral("review.recurring");
        f.message = Tr::tr("“%1” came back %n time(s): a standard fix, self-service or a project "
                           "may save that work.",
                           nullptr, r.count)
                        .arg(r.subject);
        review.findings.append(f);
    }
    if (!review.unknownHandlers.isEmpty()) {
        QStringList quoted;
        for (const QString &h :
             review.unknownHandlers.first(std::min<qsizetype>(5, review.unknownHandlers.size())))
            quoted.append(QStringLiteral("“%1”").arg(h));
        Finding f;
        f.severity = Finding::Severity::Info;
        f.code = QStringLiteral("review.unknown-handlers");
        f.message = Tr::tr("%n team or agent name(s) match no party, such as %1: map them to "
                           "parties so that routing can be checked for their tickets.",
                           nullptr, int(review.unknownHandlers.size()))
                        .arg(QLocale().createSeparatedList(quoted));
        review.findings.append(f);
    }
    if (review.rowsSkipped > 0) {
        Finding f;
        f.severity = Finding::Severity::Info;
        f.code = QStringLiteral("review.rows-skipped");
        f.message = Tr::tr("%1 of %n row(s) of the export could not be read and are not counted.",
                           nullptr, review.rowsRead)
                        .arg(review.rowsSkipped);
        review.findings.append(f);
    }
    return review;
}
