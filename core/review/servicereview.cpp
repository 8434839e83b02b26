#include "review/servicereview.h"

#include "model/agreement.h"
#include "review/hugepages.h"
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
#include <limits>
#include <map>
#include <thread>
#include <utility>
#include <vector>

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ServiceReview)
};

using Urgency = EscalationRule::Urgency;

constexpr qint64 EpochJulianDay = 2440588; // 1970-01-01
// From this many tickets on, parts of the review run on threads of their own.
constexpr qsizetype ManyTickets = 100'000;

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
};

// Tickets alike in everything the figures break them down by.
struct Kind {
    int period = 0;
    int category = 0;
    int site = 0;
    int slot = 0; // of the handling party
    Urgency urgency = Urgency::Normal;
    friend bool operator==(const Kind &, const Kind &) = default;
};

// The rows of figures a kind of ticket counts in: all, category, site,
// urgency and party, in its period and overall.
constexpr int GroupsPerKind = 10;

// The kinds seen so far, numbered in the order they came: an
// open-addressing table, since every ticket looks its kind up.
class KindTable
{
public:
    KindTable() { m_slots.resize(1024, -1); }

    int find(const Kind &kind)
    {
        quint64 h = quint64(quint32(kind.period)) * 0x9E3779B97F4A7C15ULL;
        h ^= (quint64(quint32(kind.category)) << 32 | quint32(kind.site)) + (h << 6) + (h >> 2);
        h ^= (quint64(quint32(kind.slot)) << 8 | quint64(kind.urgency)) + (h << 6) + (h >> 2);
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDULL;
        h ^= h >> 33;
        const size_t mask = m_slots.size() - 1;
        size_t i = size_t(h) & mask;
        for (; m_slots[i] >= 0; i = (i + 1) & mask) {
            if (m_kinds.at(m_slots[i]) == kind)
                return m_slots[i];
        }
        const int index = int(m_kinds.size());
        m_kinds.append(kind);
        m_slots[i] = index;
        if (m_kinds.size() * 2 > qsizetype(m_slots.size()))
            grow();
        return index;
    }
    qsizetype size() const { return m_kinds.size(); }
    const Kind &at(qsizetype index) const { return m_kinds.at(index); }

private:
    void grow()
    {
        std::vector<int> old = std::exchange(m_slots, std::vector<int>(m_slots.size() * 2, -1));
        const QList<Kind> kinds = std::exchange(m_kinds, {});
        for (const Kind &kind : kinds)
            find(kind);
    }

    std::vector<int> m_slots; // a power of two, at most half used
    QList<Kind> m_kinds;
};

// Counts that add up: tickets, and per response and resolution time.
struct TimeCounts {
    int measured = 0;
    int withTarget = 0;
    int withinTarget = 0;
};
struct KindCounts {
    int volume = 0;
    int afterHours = 0;
    std::array<TimeCounts, 2> times; // response, resolution
};

// One row of figures, added up from its kinds.
struct Group {
    int volume = 0;
    int afterHours = 0;
    int rated = 0;
    double satisfaction = 0; // the ratings' sum, in the tickets' order
    struct Times : TimeCounts {
        int median = -1;
        int p90 = -1;
    };
    std::array<Times, 2> times;

    void add(const KindCounts &k)
    {
        volume += k.volume;
        afterHours += k.afterHours;
        for (size_t m = 0; m < times.size(); ++m) {
            times[m].measured += k.times[m].measured;
            times[m].withTarget += k.times[m].withTarget;
            times[m].withinTarget += k.times[m].withinTarget;
        }
    }
    TimeFigures figures(size_t m) const
    {
        const Times &t = times[m];
        return TimeFigures{t.measured, t.withTarget, t.withinTarget, t.measured > 0 ? t.median : -1,
                           t.measured > 0 ? t.p90 : -1};
    }
};

// Sorts values minutes << 32 | kind by their minutes, a radix sort on 16
// bits at a time (the second pass only when some time is that long).
void sortByMinutes(std::vector<quint64> &values)
{
    std::vector<quint64> sorted;
    sorted.reserve(values.size());
    preferHugePages(sorted.data(), qsizetype(sorted.capacity() * sizeof(quint64)));
    sorted.resize(values.size());
    quint64 longest = 0;
    for (const quint64 v : values)
        longest = std::max(longest, v >> 32);
    for (int shift = 32; shift < 64 && (longest >> (shift - 32)) > 0; shift += 16) {
        std::vector<size_t> offsets(size_t(1) << 16, 0);
        for (const quint64 v : values)
            ++offsets[(v >> shift) & 0xFFFF];
        size_t sum = 0;
        for (size_t &o : offsets)
            sum += std::exchange(o, sum);
        for (const quint64 v : values)
            sorted[offsets[(v >> shift) & 0xFFFF]++] = v;
        values.swap(sorted);
    }
}

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
    if ((!first.isValid() || !last.isValid()) && !log.tickets.isEmpty()) {
        qint64 earliest = std::numeric_limits<qint64>::max();
        qint64 latest = std::numeric_limits<qint64>::min();
        for (const TicketRecord &t : log.tickets) {
            const qint64 day = clock.local(t.created).day;
            earliest = std::min(earliest, day);
            latest = std::max(latest, day);
        }
        if (!options.first.isValid())
            first = QDate::fromJulianDay(earliest + EpochJulianDay);
        if (!options.last.isValid())
            last = QDate::fromJulianDay(latest + EpochJulianDay);
    }
    review.first = first;
    review.last = last;
    if (!first.isValid() || !last.isValid() || last < first)
        return review;

    const bool quarters = options.period == ReviewOptions::Period::Quarter;
    const auto periodOfDay = [&](qint64 day) {
        const auto [year, month] = yearAndMonth(day + EpochJulianDay);
        return quarters ? year * 4 + (month - 1) / 3 : year * 12 + month - 1;
    };
    const auto periodOf = [&](QDate d) { return periodOfDay(d.toJulianDay() - EpochJulianDay); };
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
    std::map<RouteKey, QList<int>> handledBy; // tickets by the handling party's slot
    std::map<RouteKey, int> expected;         // the party the rule names
    // The rules' answer for each kind of ticket they tell apart, and where
    // the parties that handled such tickets are counted.
    struct Routed {
        std::optional<Route> route;
        QList<int> *handled = nullptr;
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

    // Tickets alike in period, category, site, urgency and handling party
    // are one kind: counted together, and each figure is the sum of its
    // kinds. The times go into lists with their kinds for the percentiles,
    // the ratings in the tickets' order, so that they add up as they always
    // did.
    KindTable kinds;
    QList<KindCounts> kindCounts;
    std::array<std::vector<quint64>, 2> times; // minutes << 32 | kind
    for (std::vector<quint64> &list : times) {
        list.reserve(size_t(log.tickets.size()));
        preferHugePages(list.data(), qsizetype(list.capacity() * sizeof(quint64)));
    }
    std::vector<std::pair<int, float>> ratings; // kind, rating
    std::map<int, int> uncovered;               // category → tickets
    const qint64 firstDay = first.toJulianDay() - EpochJulianDay;
    const qint64 lastDay = last.toJulianDay() - EpochJulianDay;

    // Subjects by their key: as first written, and how often. Counted on a
    // thread of their own beside the rest when there are many tickets.
    QList<std::pair<QString, int>> subjects;
    const auto countSubjects = [&] {
        ReviewClock subjectClock(hours);
        QHash<QString, int> subjectOfKey;
        QList<int> subjectOfText(textCount, Unknown);
        for (const TicketRecord &t : log.tickets) {
            if (t.subject < 0)
                continue;
            const qint64 day = subjectClock.local(t.created).day;
            if (day < firstDay || day > lastDay)
                continue;
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
    };
    const bool besides =
        log.tickets.size() >= ManyTickets && std::thread::hardware_concurrency() > 1;
    std::thread subjectThread;
    if (besides)
        subjectThread = std::thread(countSubjects);
    else
        countSubjects();

    for (const TicketRecord &t : log.tickets) {
        const ReviewClock::Local local = clock.local(t.created);
        if (local.day < firstDay || local.day > lastDay)
            continue;
        Replayed r;
        r.period = periodOfDay(local.day) - firstPeriod;
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
        r.afterHours = local.afterHours;
        if (t.firstResponse != TicketRecord::NoTime)
            r.responseMinutes = int(std::min<qint64>((t.firstResponse - t.created) / 60, INT_MAX));
        if (t.resolved != TicketRecord::NoTime)
            r.resolutionMinutes = int(std::min<qint64>((t.resolved - t.created) / 60, INT_MAX));

        if (const Routed &routed = routeOf(r, t.vip); routed.route) {
            r.responseTarget = routed.route->responseMinutes;
            r.resolutionTarget = routed.route->resolutionMinutes;
            if (routed.route->takenById == 0) {
                review.afterHoursUnhandled += r.afterHours;
            } else if (r.party != 0) {
                QList<int> &handled = *routed.handled;
                if (handled.size() <= r.partySlot)
                    handled.resize(r.partySlot + 1);
                ++handled[r.partySlot];
            }
        } else {
            ++uncovered[r.category];
            review.afterHoursUnhandled += r.afterHours;
        }

        const int kind = kinds.find(Kind{r.period, r.category, r.site, r.partySlot, r.urgency});
        if (kind == kindCounts.size())
            kindCounts.append(KindCounts{});
        KindCounts &counts = kindCounts[kind];
        ++counts.volume;
        counts.afterHours += r.afterHours;
        const auto addTime = [&](int m, int minutes, int target) {
            if (minutes < 0)
                return;
            times[size_t(m)].push_back(quint64(minutes) << 32 | quint64(kind));
            ++counts.times[size_t(m)].measured;
            if (target > 0) {
                ++counts.times[size_t(m)].withTarget;
                counts.times[size_t(m)].withinTarget += minutes <= target;
            }
        };
        addTime(0, r.responseMinutes, r.responseTarget);
        addTime(1, r.resolutionMinutes, r.resolutionTarget);
        if (!std::isnan(t.satisfaction))
            ratings.emplace_back(kind, t.satisfaction);
    }

    // The rows of figures: per period (then overall, as scope periodCount)
    // all tickets, then by category, site, urgency and the party's slot.
    const int categoryCount = int(categoryLabels.size());
    const int siteCount = int(siteLabels.size());
    const int slotCount = int(partyIds.size());
    const int scopeSize = 1 + categoryCount + siteCount + EscalationRule::UrgencyCount + slotCount;
    const auto groupAt = [&](int scope, int offset) { return scope * scopeSize + offset; };
    const int byCategoryAt = 1;
    const int bySiteAt = byCategoryAt + categoryCount;
    const int byUrgencyAt = bySiteAt + siteCount;
    const int byPartyAt = byUrgencyAt + EscalationRule::UrgencyCount;
    std::vector<Group> groups(size_t(scopeSize) * size_t(periodCount + 1));
    std::vector<int> kindGroups(size_t(kinds.size()) * GroupsPerKind);
    for (qsizetype k = 0; k < kinds.size(); ++k) {
        const Kind &kind = kinds.at(k);
        int *g = kindGroups.data() + k * GroupsPerKind;
        int j = 0;
        for (const int scope : {kind.period, periodCount}) {
            g[j++] = groupAt(scope, 0);
            g[j++] = groupAt(scope, byCategoryAt + kind.category);
            g[j++] = groupAt(scope, bySiteAt + kind.site);
            g[j++] = groupAt(scope, byUrgencyAt + int(kind.urgency));
            g[j++] = groupAt(scope, byPartyAt + kind.slot);
        }
        const KindCounts &counts = kindCounts.at(k);
        for (j = 0; j < GroupsPerKind; ++j)
            groups[size_t(g[j])].add(counts);
    }
    for (const auto &[kind, rating] : ratings) {
        for (int j = 0; j < GroupsPerKind; ++j) {
            Group &group = groups[size_t(kindGroups[size_t(kind) * GroupsPerKind + size_t(j)])];
            ++group.rated;
            group.satisfaction += rating;
        }
    }
    // Percentiles by nearest rank: the smallest time at least p of a
    // group's tickets took no longer than. With all times in order, a
    // group's k-th time is the one at which it has seen k of them.
    const auto percentiles = [&](size_t m) {
        std::vector<int> median(groups.size()), p90(groups.size()), seen(groups.size(), 0);
        for (size_t g = 0; g < groups.size(); ++g) {
            const auto rank = [&](double p) {
                const qsizetype measured = groups[g].times[m].measured;
                return int(std::max<qsizetype>(0, qsizetype(std::ceil(p * double(measured))) - 1)
                           + 1);
            };
            median[g] = rank(0.5);
            p90[g] = rank(0.9);
        }
        sortByMinutes(times[m]);
        for (const quint64 value : times[m]) {
            const int minutes = int(value >> 32);
            const int *g = kindGroups.data() + (value & 0xFFFFFFFFu) * GroupsPerKind;
            for (int j = 0; j < GroupsPerKind; ++j) {
                const size_t at = size_t(g[j]);
                const int n = ++seen[at];
                if (n == median[at])
                    groups[at].times[m].median = minutes;
                if (n == p90[at])
                    groups[at].times[m].p90 = minutes;
            }
        }
        times[m] = {};
    };
    // Response and resolution times apart, and so on two threads when many.
    if (besides) {
        std::thread resolution(percentiles, 1);
        percentiles(0);
        resolution.join();
    } else {
        percentiles(0);
        percentiles(1);
    }
    if (subjectThread.joinable())
        subjectThread.join();

    // Figures.
    const auto figures = [&](int scope, QString label, QDate from, QDate to) {
        const auto at = [&](int offset) -> const Group & {
            return groups[size_t(groupAt(scope, offset))];
        };
        PeriodFigures f;
        f.label = std::move(label);
        f.first = from;
        f.last = to;
        const Group &all = at(0);
        f.volume = all.volume;
        f.afterHours = all.afterHours;
        f.response = all.figures(0);
        f.resolution = all.figures(1);
        f.rated = all.rated;
        f.satisfaction = all.rated ? all.satisfaction / all.rated : 0;
        const auto group = [](const Group &b, QString groupLabel, int partyId = 0) {
            return ReviewGroup{std::move(groupLabel), partyId,      b.volume,
                               b.afterHours,          b.figures(0), b.figures(1)};
        };
        const auto byVolume = [](QList<ReviewGroup> &list) {
            std::stable_sort(list.begin(), list.end(),
                             [](const auto &a, const auto &b) { return a.volume > b.volume; });
        };
        // Breakdowns list only what had tickets, in label order before the
        // sort by volume (parties by id), so that ties keep a stable order.
        for (int index = 0; index < categoryCount; ++index) {
            if (at(byCategoryAt + index).volume > 0)
                f.byCategory.append(group(at(byCategoryAt + index), categoryLabels.at(index)));
        }
        byVolume(f.byCategory);
        for (int index = 0; index < siteCount; ++index) {
            if (at(bySiteAt + index).volume > 0)
                f.bySite.append(group(at(bySiteAt + index), siteLabels.at(index)));
        }
        byVolume(f.bySite);
        for (int u = EscalationRule::UrgencyCount - 1; u >= 0; --u) {
            if (at(byUrgencyAt + u).volume > 0)
                f.byUrgency.append(
                    group(at(byUrgencyAt + u), EscalationRule::urgencyName(Urgency(u))));
        }
        QList<int> handled;
        for (int slot = 0; slot < slotCount; ++slot) {
            if (at(byPartyAt + slot).volume > 0)
                handled.append(slot);
        }
        std::sort(handled.begin(), handled.end(),
                  [&](int a, int b) { return partyIds.at(a) < partyIds.at(b); });
        for (const int slot : std::as_const(handled)) {
            const int id = partyIds.at(slot);
            const Party *p = agreement.party(id);
            f.byParty.append(
                group(at(byPartyAt + slot), p ? p->label() : Tr::tr("(no party)"), id));
        }
        byVolume(f.byParty);
        return f;
    };
    review.overall =
        figures(periodCount,
                Tr::tr("%1 to %2").arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate)),
                first, last);
    for (int p = 0; p < periodCount; ++p) {
        const int index = firstPeriod + p;
        const QDate start = quarters ? QDate(index / 4, index % 4 * 3 + 1, 1)
                                     : QDate(index / 12, index % 12 + 1, 1);
        const QDate end = start.addMonths(quarters ? 3 : 1).addDays(-1);
        review.periods.append(figures(p, quarters ? quarterLabel(index) : monthLabel(index),
                                      std::max(start, first), std::min(end, last)));
    }

    // Routing as practised against routing as agreed.
    for (const auto &[key, bySlot] : handledBy) {
        std::map<int, int> parties; // handling party → tickets
        for (qsizetype slot = 0; slot < bySlot.size(); ++slot) {
            if (bySlot.at(slot) > 0)
                parties[partyIds.at(slot)] += bySlot.at(slot);
        }
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
