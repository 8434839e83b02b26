#include "review/savedreview.h"

#include "model/agreement.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SavedReview)
};

constexpr int MaxCount = 1'000'000'000;
constexpr int MaxLabelLength = 200;

QString shortened(const QString &text)
{
    return text.size() > 80 ? text.left(79) + QChar(0x2026) : text;
}

QJsonValue minutesJson(int minutes)
{
    return minutes >= 0 ? QJsonValue(minutes) : QJsonValue(QJsonValue::Null);
}

QJsonObject timesJson(const TimeFigures &t)
{
    return QJsonObject{{QStringLiteral("measured"), t.measured},
                       {QStringLiteral("withTarget"), t.withTarget},
                       {QStringLiteral("withinTarget"), t.withinTarget},
                       {QStringLiteral("medianMinutes"), minutesJson(t.medianMinutes)},
                       {QStringLiteral("p90Minutes"), minutesJson(t.p90Minutes)}};
}

QJsonArray groupsJson(const QList<ReviewGroup> &groups, bool parties)
{
    QJsonArray out;
    for (const ReviewGroup &g : groups) {
        QJsonObject o{{QStringLiteral("label"), g.label},
                      {QStringLiteral("volume"), g.volume},
                      {QStringLiteral("afterHours"), g.afterHours},
                      {QStringLiteral("response"), timesJson(g.response)},
                      {QStringLiteral("resolution"), timesJson(g.resolution)}};
        if (parties)
            o.insert(QStringLiteral("partyId"), g.partyId);
        out.append(o);
    }
    return out;
}

QString periodKey(ReviewOptions::Period p)
{
    return p == ReviewOptions::Period::Quarter ? QStringLiteral("quarter")
                                               : QStringLiteral("month");
}

// Reads one JSON object strictly; the first problem wins and names its key
// path below the object.
class Reader
{
public:
    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }

    void fail(const QString &path, const QString &what)
    {
        if (m_error.isEmpty())
            m_error = path.isEmpty() ? what : QStringLiteral("%1: %2").arg(path, what);
    }

    void keys(const QJsonObject &o, const QString &path, std::initializer_list<const char *> known)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            const bool ok = std::any_of(known.begin(), known.end(), [&](const char *k) {
                return it.key() == QLatin1String(k);
            });
            if (!ok)
                fail(path, Tr::tr("unknown key “%1”").arg(shortened(it.key())));
        }
    }

    static QString at(const QString &path, const char *key)
    {
        return path.isEmpty() ? QLatin1String(key) : path + u'.' + QLatin1String(key);
    }

    int count(const QJsonObject &o, const QString &path, const char *key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 0 || d > MaxCount || d != std::floor(d)) {
            fail(at(path, key), Tr::tr("not a count"));
            return 0;
        }
        return int(d);
    }

    int minutes(const QJsonObject &o, const QString &path, const char *key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isNull() || v.isUndefined())
            return -1;
        return count(o, path, key);
    }

    QString text(const QJsonObject &o, const QString &path, const char *key, bool required)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() && !required)
            return {};
        if (!v.isString() || v.toString().size() > MaxLabelLength
            || (required && v.toString().trimmed().isEmpty())) {
            fail(at(path, key), Tr::tr("not a text of at most %1 characters").arg(MaxLabelLength));
            return {};
        }
        return v.toString();
    }

    QDate date(const QJsonObject &o, const QString &path, const char *key)
    {
        const QDate d = QDate::fromString(o.value(QLatin1String(key)).toString(), Qt::ISODate);
        if (!d.isValid() || d.year() < 1900 || d.year() > 9999)
            fail(at(path, key), Tr::tr("not a date (YYYY-MM-DD)"));
        return d;
    }

    QJsonObject object(const QJsonObject &o, const QString &path, const char *key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isObject())
            fail(at(path, key), Tr::tr("not an object"));
        return v.toObject();
    }

    QJsonArray array(const QJsonObject &o, const QString &path, const char *key, int max)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return {};
        if (!v.isArray())
            fail(at(path, key), Tr::tr("not a list"));
        else if (v.toArray().size() > max)
            fail(at(path, key), Tr::tr("more than %1 entries").arg(max));
        return v.toArray();
    }

    TimeFigures times(const QJsonObject &parent, const QString &parentPath, const char *key)
    {
        const QString path = at(parentPath, key);
        const QJsonObject o = object(parent, parentPath, key);
        TimeFigures t;
        if (failed())
            return t;
        keys(o, path, {"measured", "withTarget", "withinTarget", "medianMinutes", "p90Minutes"});
        t.measured = count(o, path, "measured");
        t.withTarget = count(o, path, "withTarget");
        t.withinTarget = count(o, path, "withinTarget");
        t.medianMinutes = minutes(o, path, "medianMinutes");
        t.p90Minutes = minutes(o, path, "p90Minutes");
        if (!failed() && (t.withinTarget > t.withTarget || t.withTarget > t.measured))
            fail(path, Tr::tr("more tickets within target than with one, or more with a target "
                              "than measured"));
        if (!failed() && t.p90Minutes >= 0 && t.medianMinutes > t.p90Minutes)
            fail(path, Tr::tr("the median is above the 90th percentile"));
        return t;
    }

    QList<ReviewGroup> groups(const QJsonObject &parent, const char *key, bool parties)
    {
        QList<ReviewGroup> out;
        const QJsonArray list = array(parent, QString(), key, SavedReview::MaxGroups);
        for (qsizetype i = 0; i < list.size() && !failed(); ++i) {
            const QString path = QStringLiteral("%1[%2]").arg(QLatin1String(key)).arg(i);
            if (!list.at(i).isObject()) {
                fail(path, Tr::tr("not an object"));
                break;
            }
            const QJsonObject o = list.at(i).toObject();
            if (parties)
                keys(o, path,
                     {"label", "partyId", "volume", "afterHours", "response", "resolution"});
            else
                keys(o, path, {"label", "volume", "afterHours", "response", "resolution"});
            ReviewGroup g;
            g.label = text(o, path, "label", false);
            if (parties) {
                g.partyId = count(o, path, "partyId");
                if (g.partyId > Agreement::MaxId)
                    fail(at(path, "partyId"), Tr::tr("not a party id"));
            }
            g.volume = count(o, path, "volume");
            g.afterHours = count(o, path, "afterHours");
            g.response = times(o, path, "response");
            g.resolution = times(o, path, "resolution");
            if (!failed() && g.afterHours > g.volume)
                fail(path, Tr::tr("more tickets after hours than tickets"));
            out.append(g);
        }
        return out;
    }

private:
    QString m_error;
};

} // namespace

QString SavedReview::defaultName(QDate first, QDate last)
{
    if (first.isValid() && last.isValid() && first.day() == 1
        && last == first.addMonths(1).addDays(-1))
        return first.toString(u"yyyy-MM");
    if (first.isValid() && last.isValid() && first.day() == 1 && (first.month() - 1) % 3 == 0
        && last == first.addMonths(3).addDays(-1))
        return Tr::tr("%1 Q%2").arg(first.year()).arg((first.month() - 1) / 3 + 1);
    return QStringLiteral("%1 – %2").arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate));
}

SavedReview SavedReview::from(const ServiceReview &review, QDate savedOn)
{
    SavedReview s;
    s.name = defaultName(review.first, review.last);
    s.first = review.first;
    s.last = review.last;
    s.savedOn = savedOn;
    s.period = review.period;
    const PeriodFigures &all = review.overall;
    s.volume = all.volume;
    s.afterHours = all.afterHours;
    s.response = all.response;
    s.resolution = all.resolution;
    s.rated = all.rated;
    s.satisfaction = all.rated > 0 ? all.satisfaction : 0;
    // The latest periods, when a review spans more than can be kept.
    for (const PeriodFigures &p :
         review.periods.last(std::min<qsizetype>(review.periods.size(), MaxGroups)))
        s.periods.append(
            Period{p.label, p.first, p.last, p.volume, p.afterHours, p.response, p.resolution});
    const auto capped = [](const QList<ReviewGroup> &groups) {
        return groups.first(std::min<qsizetype>(groups.size(), MaxGroups));
    };
    s.byUrgency = capped(all.byUrgency);
    s.byCategory = capped(all.byCategory);
    s.byParty = capped(all.byParty);
    s.misroutes = review.misroutes.first(std::min<qsizetype>(review.misroutes.size(), MaxGroups));
    for (const auto &[category, count] : review.uncoveredCategories)
        s.uncovered += count;
    s.afterHoursUnhandled = review.afterHoursUnhandled;
    s.findings = int(review.findings.size());
    s.warnings =
        int(std::count_if(review.findings.cbegin(), review.findings.cend(),
                          [](const Finding &f) { return f.severity != Finding::Severity::Info; }));
    return s;
}

int SavedReview::misrouted() const
{
    int total = 0;
    for (const Misroute &m : misroutes)
        total += m.count;
    return total;
}

QJsonObject SavedReview::toJson() const
{
    QJsonArray periodList;
    for (const Period &p : periods)
        periodList.append(QJsonObject{{QStringLiteral("label"), p.label},
                                      {QStringLiteral("first"), p.first.toString(Qt::ISODate)},
                                      {QStringLiteral("last"), p.last.toString(Qt::ISODate)},
                                      {QStringLiteral("volume"), p.volume},
                                      {QStringLiteral("afterHours"), p.afterHours},
                                      {QStringLiteral("response"), timesJson(p.response)},
                                      {QStringLiteral("resolution"), timesJson(p.resolution)}});
    QJsonArray misrouteList;
    for (const Misroute &m : misroutes)
        misrouteList.append(QJsonObject{{QStringLiteral("ruleId"), m.ruleId},
                                        {QStringLiteral("category"), m.category},
                                        {QStringLiteral("afterHours"), m.afterHours},
                                        {QStringLiteral("expectedPartyId"), m.expectedPartyId},
                                        {QStringLiteral("handledPartyId"), m.handledPartyId},
                                        {QStringLiteral("count"), m.count},
                                        {QStringLiteral("ofTickets"), m.ofTickets}});
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("first"), first.toString(Qt::ISODate)},
                  {QStringLiteral("last"), last.toString(Qt::ISODate)},
                  {QStringLiteral("savedOn"), savedOn.toString(Qt::ISODate)},
                  {QStringLiteral("period"), periodKey(period)},
                  {QStringLiteral("volume"), volume},
                  {QStringLiteral("afterHours"), afterHours},
                  {QStringLiteral("response"), timesJson(response)},
                  {QStringLiteral("resolution"), timesJson(resolution)},
                  {QStringLiteral("rated"), rated},
                  {QStringLiteral("periods"), periodList},
                  {QStringLiteral("byUrgency"), groupsJson(byUrgency, false)},
                  {QStringLiteral("byCategory"), groupsJson(byCategory, false)},
                  {QStringLiteral("byParty"), groupsJson(byParty, true)},
                  {QStringLiteral("misroutes"), misrouteList},
                  {QStringLiteral("uncovered"), uncovered},
                  {QStringLiteral("afterHoursUnhandled"), afterHoursUnhandled},
                  {QStringLiteral("findings"), findings},
                  {QStringLiteral("warnings"), warnings}};
    if (rated > 0)
        o.insert(QStringLiteral("satisfaction"), satisfaction);
    return o;
}

Result<SavedReview> SavedReview::fromJson(const QJsonObject &o)
{
    Reader r;
    SavedReview s;
    r.keys(o, QString(), {"name",       "first",        "last",
                          "savedOn",    "period",       "volume",
                          "afterHours", "response",     "resolution",
                          "rated",      "satisfaction", "periods",
                          "byUrgency",  "byCategory",   "byParty",
                          "misroutes",  "uncovered",    "afterHoursUnhandled",
                          "findings",   "warnings"});
    s.name = r.text(o, QString(), "name", true).trimmed();
    s.first = r.date(o, QString(), "first");
    s.last = r.date(o, QString(), "last");
    s.savedOn = r.date(o, QString(), "savedOn");
    if (!r.failed() && s.last < s.first)
        r.fail(QStringLiteral("last"), Tr::tr("before the first day"));
    const QString period = o.value(u"period").toString();
    if (period == u"quarter")
        s.period = ReviewOptions::Period::Quarter;
    else if (period != u"month")
        r.fail(QStringLiteral("period"), Tr::tr("must be month or quarter"));
    s.volume = r.count(o, QString(), "volume");
    s.afterHours = r.count(o, QString(), "afterHours");
    if (!r.failed() && s.afterHours > s.volume)
        r.fail(QStringLiteral("afterHours"), Tr::tr("more tickets after hours than tickets"));
    s.response = r.times(o, QString(), "response");
    s.resolution = r.times(o, QString(), "resolution");
    s.rated = r.count(o, QString(), "rated");
    if (s.rated > 0 && !r.failed()) {
        const QJsonValue v = o.value(u"satisfaction");
        s.satisfaction = v.toDouble(-1);
        if (!v.isDouble() || !(s.satisfaction >= 0 && s.satisfaction <= 1))
            r.fail(QStringLiteral("satisfaction"), Tr::tr("not a share from 0 to 1"));
    } else if (!o.value(u"satisfaction").isUndefined() && !r.failed()) {
        r.fail(QStringLiteral("satisfaction"), Tr::tr("given although nothing was rated"));
    }

    const QJsonArray periods = r.array(o, QString(), "periods", MaxGroups);
    for (qsizetype i = 0; i < periods.size() && !r.failed(); ++i) {
        const QString path = QStringLiteral("periods[%1]").arg(i);
        if (!periods.at(i).isObject()) {
            r.fail(path, Tr::tr("not an object"));
            break;
        }
        const QJsonObject p = periods.at(i).toObject();
        r.keys(p, path,
               {"label", "first", "last", "volume", "afterHours", "response", "resolution"});
        Period period;
        period.label = r.text(p, path, "label", true);
        period.first = r.date(p, path, "first");
        period.last = r.date(p, path, "last");
        period.volume = r.count(p, path, "volume");
        period.afterHours = r.count(p, path, "afterHours");
        period.response = r.times(p, path, "response");
        period.resolution = r.times(p, path, "resolution");
        if (!r.failed()
            && (period.last < period.first || period.first < s.first || period.last > s.last))
            r.fail(path, Tr::tr("the days are not within the review's"));
        s.periods.append(period);
    }
    s.byUrgency = r.groups(o, "byUrgency", false);
    s.byCategory = r.groups(o, "byCategory", false);
    s.byParty = r.groups(o, "byParty", true);

    const QJsonArray misroutes = r.array(o, QString(), "misroutes", MaxGroups);
    for (qsizetype i = 0; i < misroutes.size() && !r.failed(); ++i) {
        const QString path = QStringLiteral("misroutes[%1]").arg(i);
        if (!misroutes.at(i).isObject()) {
            r.fail(path, Tr::tr("not an object"));
            break;
        }
        const QJsonObject m = misroutes.at(i).toObject();
        r.keys(m, path,
               {"ruleId", "category", "afterHours", "expectedPartyId", "handledPartyId", "count",
                "ofTickets"});
        Misroute route;
        route.ruleId = r.count(m, path, "ruleId");
        route.category = r.text(m, path, "category", false);
        if (!m.value(u"afterHours").isBool())
            r.fail(Reader::at(path, "afterHours"), Tr::tr("must be true or false"));
        route.afterHours = m.value(u"afterHours").toBool();
        route.expectedPartyId = r.count(m, path, "expectedPartyId");
        route.handledPartyId = r.count(m, path, "handledPartyId");
        route.count = r.count(m, path, "count");
        route.ofTickets = r.count(m, path, "ofTickets");
        if (!r.failed() && route.count > route.ofTickets)
            r.fail(path, Tr::tr("more tickets handled elsewhere than tickets"));
        s.misroutes.append(route);
    }
    s.uncovered = r.count(o, QString(), "uncovered");
    s.afterHoursUnhandled = r.count(o, QString(), "afterHoursUnhandled");
    s.findings = r.count(o, QString(), "findings");
    s.warnings = r.count(o, QString(), "warnings");
    if (!r.failed() && s.warnings > s.findings)
        r.fail(QStringLiteral("warnings"), Tr::tr("more warnings than findings"));
    if (r.failed())
        return Result<SavedReview>::failure(r.error());
    return s;
}

Result<QList<SavedReview>> SavedReview::listFromJson(const QJsonValue &value)
{
    using R = Result<QList<SavedReview>>;
    if (!value.isArray())
        return R::failure(Tr::tr("not a list of saved reviews"));
    const QJsonArray list = value.toArray();
    if (list.size() > MaxPerAgreement)
        return R::failure(Tr::tr("more than %1 saved reviews").arg(MaxPerAgreement));
    QList<SavedReview> out;
    QSet<QString> names;
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list.at(i).isObject())
            return R::failure(Tr::tr("[%1]: not an object").arg(i));
        auto read = fromJson(list.at(i).toObject());
        if (!read)
            return R::failure(QStringLiteral("[%1].%2").arg(i).arg(read.error()));
        const QString key = read->name.toCaseFolded();
        if (names.contains(key))
            return R::failure(
                Tr::tr("[%1]: the name “%2” is used twice").arg(i).arg(shortened(read->name)));
        names.insert(key);
        out.append(std::move(read).value());
    }
    return out;
}

QJsonValue SavedReview::listToJson(const QList<SavedReview> &reviews)
{
    QJsonArray out;
    for (const SavedReview &r : reviews)
        out.append(r.toJson());
    return out;
}

QList<SavedReview> SavedReview::withSaved(QList<SavedReview> reviews, const SavedReview &review)
{
    reviews.removeIf([&](const SavedReview &r) {
        return (r.first == review.first && r.last == review.last)
               || r.name.compare(review.name, Qt::CaseInsensitive) == 0;
    });
    const auto at = std::upper_bound(
        reviews.begin(), reviews.end(), review, [](const SavedReview &a, const SavedReview &b) {
            return std::pair(a.first, a.last) < std::pair(b.first, b.last);
        });
    reviews.insert(at, review);
    return reviews;
}

const ReviewTrend::Point *ReviewTrend::previous() const
{
    return points.size() > 1 ? &points.at(points.size() - 2) : nullptr;
}

ReviewTrend ReviewTrend::of(const ServiceReview &current, const QList<SavedReview> &saved)
{
    // A rate per average month, so that two days and a quarter compare.
    const auto months = [](QDate first, QDate last) {
        return (first.daysTo(last) + 1) / (365.25 / 12);
    };
    const auto point = [&](const SavedReview &s, bool isCurrent) {
        Point p;
        p.name = s.name;
        p.first = s.first;
        p.last = s.last;
        p.volume = s.volume;
        p.ticketsPerMonth = s.first.isValid() ? s.volume / months(s.first, s.last) : 0;
        p.afterHours = s.afterHours;
        p.responseAttainment = s.response.attainment();
        p.resolutionAttainment = s.resolution.attainment();
        p.responseMedianMinutes = s.response.medianMinutes;
        p.resolutionMedianMinutes = s.resolution.medianMinutes;
        p.misrouted = s.misrouted();
        p.findings = s.findings;
        p.current = isCurrent;
        return p;
    };
    ReviewTrend trend;
    QList<SavedReview> earlier;
    for (const SavedReview &s : saved) {
        if (!current.first.isValid() || s.last < current.first)
            earlier.append(s);
    }
    std::stable_sort(earlier.begin(), earlier.end(), [](const auto &a, const auto &b) {
        return std::pair(a.first, a.last) < std::pair(b.first, b.last);
    });
    for (const SavedReview &s : std::as_const(earlier))
        trend.points.append(point(s, false));
    trend.points.append(point(SavedReview::from(current, QDate()), true));
    return trend;
}
