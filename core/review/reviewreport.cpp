#include "review/reviewreport.h"

#include "model/agreement.h"
#include "model/documentlanguage.h"
#include "model/duration.h"
#include "review/savedreview.h"
#include "review/servicereview.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace {

// The words are the Markdown export's, which came first.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ReviewExport)
};

constexpr const char *GoodColor = "#2f7d4f";
constexpr const char *ShortColor = "#b45309";
constexpr qsizetype RecurringShown = 10;

QString percent(std::optional<double> value)
{
    return value ? QLocale().toString(qRound(*value * 100)) + QStringLiteral(" %")
                 : QStringLiteral("–");
}

QString count(qint64 n)
{
    return QLocale().toString(n);
}

// "+12 %", "−3 %", "±0 %": a change between two volumes.
QString change(int before, int now)
{
    if (before <= 0)
        return QStringLiteral("–");
    const int p = qRound(100.0 * (now - before) / before);
    return (p > 0 ? QStringLiteral("+") : QString()) + QLocale().toString(p) + QStringLiteral(" %");
}

// "+4 points": a change between two shares.
QString pointsChange(std::optional<double> before, std::optional<double> now)
{
    if (!before || !now)
        return {};
    const int points = qRound((*now - *before) * 100);
    // Signed as change() signs a volume's change.
    const QString sign = points > 0   ? QStringLiteral("+")
                         : points < 0 ? QString(QLocale().negativeSign())
                                      : QString();
    return sign + Tr::tr("%n point(s)", nullptr, std::abs(points));
}

QString partyLabel(const Agreement &agreement, int id)
{
    const Party *p = agreement.party(id);
    return p ? p->label() : Tr::tr("(no party)");
}

report::Table breakdown(const QString &title, const QList<ReviewGroup> &groups)
{
    report::Table t;
    t.caption = title;
    t.header = {title,
                Tr::tr("Tickets"),
                Tr::tr("After hours"),
                Tr::tr("Response met"),
                Tr::tr("Median response"),
                Tr::tr("90 % answered within"),
                Tr::tr("Resolution met"),
                Tr::tr("Median resolution")};
    for (const ReviewGroup &g : groups)
        t.rows.append(
            {g.label.isEmpty() ? Tr::tr("(none)") : g.label, count(g.volume), count(g.afterHours),
             percent(g.response.attainment()), Duration::measuredText(g.response.medianMinutes),
             Duration::measuredText(g.response.p90Minutes), percent(g.resolution.attainment()),
             Duration::measuredText(g.resolution.medianMinutes)});
    return t;
}

report::Figure timeFigure(const QString &key, const QString &label, const TimeFigures &t)
{
    report::Figure f;
    f.key = key;
    f.label = label;
    f.value = percent(t.attainment());
    f.detail = t.withTarget > 0 ? Tr::tr("%1 of %2 within target; median %3")
                                      .arg(count(t.withinTarget), count(t.withTarget),
                                           Duration::measuredText(t.medianMinutes))
                                : Tr::tr("no ticket had a target");
    f.attention = t.attainment() && *t.attainment() < ServiceReview::AttainmentBar;
    return f;
}

// Attainment per urgency as bars, green where it meets the bar.
report::Chart attainmentChart(const QString &title, const QList<ReviewGroup> &groups,
                              TimeFigures ReviewGroup::*times)
{
    report::Chart c;
    c.title = title;
    c.valueLabel = Tr::tr("%1 of tickets with a target; green: %2 or more")
                       .arg(QStringLiteral("%"), percent(ServiceReview::AttainmentBar));
    c.categoryLabel = Tr::tr("Urgency");
    for (const ReviewGroup &g : groups) {
        const auto a = (g.*times).attainment();
        if (!a)
            continue;
        c.bars.append(
            {g.label, double(qRound(*a * 100)),
             QString::fromLatin1(*a >= ServiceReview::AttainmentBar ? GoodColor : ShortColor)});
    }
    return c;
}

report::StackedChart volumeChart(const ServiceReview &review, const Agreement &agreement)
{
    report::StackedChart c;
    c.title = review.period == ReviewOptions::Period::Quarter
                  ? Tr::tr("Tickets per quarter, by party")
                  : Tr::tr("Tickets per month, by party");
    c.valueLabel = Tr::tr("tickets");
    QList<int> ids;
    for (const ReviewGroup &g : review.overall.byParty) {
        ids.append(g.partyId);
        const Party *p = agreement.party(g.partyId);
        c.series.append({g.label, p && Party::isColor(p->color)
                                      ? p->color
                                      : Party::paletteColor(ids.size() - 1)});
    }
    for (const PeriodFigures &p : review.periods) {
        c.categories.append(p.label);
        QList<double> values(ids.size(), 0);
        for (const ReviewGroup &g : p.byParty) {
            if (const qsizetype s = ids.indexOf(g.partyId); s >= 0)
                values[s] = g.volume;
        }
        c.values.append(values);
    }
    return c;
}

} // namespace

double report::StackedChart::total(qsizetype category) const
{
    double sum = 0;
    for (const double v : values.value(category))
        sum += v;
    return sum;
}

bool report::isNumericColumn(const Table &table, qsizetype column)
{
    if (column == 0) // names the row
        return false;
    bool any = false;
    for (const QStringList &row : table.rows) {
        const QString text = row.value(column);
        if (text.isEmpty())
            continue;
        const QChar c = text.front();
        if (!c.isDigit() && c != u'+' && c != u'-' && c != u'−' && c != u'±' && c != u'–')
            return false;
        any = true;
    }
    return any;
}

report::ReviewReport report::ReviewReport::build(const ServiceReview &review,
                                                 const Agreement &agreement, const QDate &today)
{
    const DocumentLanguage::Scope scope(agreement.details.language);
    ReviewReport r;
    r.language = agreement.details.language;
    const PeriodFigures &all = review.overall;
    r.title = Tr::tr("Service review: %1").arg(agreement.details.title);
    // The parties, unless the title names them already as a new
    // agreement's does.
    const QString &client = agreement.details.client;
    const QString &provider = agreement.details.provider;
    const QString &title = agreement.details.title;
    QStringList byline;
    if (!(title.contains(client) && title.contains(provider))) {
        if (!client.isEmpty() && !provider.isEmpty())
            byline.append(Tr::tr("%1 and %2").arg(client, provider));
        else if (!client.isEmpty() || !provider.isEmpty())
            byline.append(client.isEmpty() ? provider : client);
    }
    byline.append(Tr::tr("Prepared on %1").arg(today.toString(Qt::ISODate)));
    r.byline = byline.join(QStringLiteral(" · "));
    r.summary = Tr::tr("%1 to %2: %3 tickets, %4 of them after hours.")
                    .arg(review.first.toString(Qt::ISODate), review.last.toString(Qt::ISODate),
                         count(all.volume), count(all.afterHours));
    if (all.volume == 0)
        r.summary += u' ' + Tr::tr("No ticket of the export falls in these days.");
    if (review.rowsSkipped > 0)
        r.summary += u' '
                     + Tr::tr("%1 of %2 rows of the export could not be read.")
                           .arg(count(review.rowsSkipped), count(review.rowsRead));

    // Headline figures, with the change against the last saved review.
    const ReviewTrend trend = ReviewTrend::of(review, agreement.details.savedReviews);
    const ReviewTrend::Point *before = trend.previous();
    const ReviewTrend::Point &now = trend.latest();
    {
        Figure tickets{QStringLiteral("tickets"), Tr::tr("Tickets"), count(all.volume),
                       Tr::tr("%1 a month").arg(QLocale().toString(now.ticketsPerMonth, 'f', 0)),
                       false};
        if (before)
            tickets.detail +=
                QStringLiteral(" · ")
                + Tr::tr("%1 against %2")
                      .arg(change(qRound(before->ticketsPerMonth), qRound(now.ticketsPerMonth)),
                           before->name);
        r.figures.append(tickets);
    }
    r.figures.append(
        {QStringLiteral("afterHours"), Tr::tr("After hours"), count(all.afterHours),
         all.volume > 0
             ? Tr::tr("%1 of all tickets").arg(percent(double(all.afterHours) / all.volume))
             : QString(),
         false});
    Figure response = timeFigure(QStringLiteral("response"), Tr::tr("First response within target"),
                                 all.response);
    Figure resolution = timeFigure(QStringLiteral("resolution"), Tr::tr("Resolution within target"),
                                   all.resolution);
    if (before) {
        for (auto [figure, then, current] :
             {std::tuple{&response, before->responseAttainment, now.responseAttainment},
              std::tuple{&resolution, before->resolutionAttainment, now.resolutionAttainment}}) {
            if (const QString p = pointsChange(then, current); !p.isEmpty())
                figure->detail +=
                    QStringLiteral(" · ") + Tr::tr("%1 against %2").arg(p, before->name);
        }
    }
    r.figures.append(response);
    r.figures.append(resolution);
    if (all.rated > 0)
        r.figures.append({QStringLiteral("satisfaction"), Tr::tr("Satisfaction"),
                          percent(all.satisfaction),
                          Tr::tr("from %1 ratings").arg(count(all.rated)), false});
    int misrouted = 0;
    for (const Misroute &m : review.misroutes)
        misrouted += m.count;
    r.figures.append({QStringLiteral("misroutes"), Tr::tr("Handled by another party"),
                      count(misrouted),
                      all.volume > 0 ? Tr::tr("%1 of all tickets went to another party than "
                                              "the rule names")
                                           .arg(percent(double(misrouted) / all.volume))
                                     : QString(),
                      misrouted > 0});
    int uncovered = 0;
    for (const auto &[category, n] : review.uncoveredCategories)
        uncovered += n;
    r.figures.append({QStringLiteral("uncovered"), Tr::tr("No rule matched"), count(uncovered),
                      uncovered > 0 ? Tr::tr("tickets in %n categories no rule covers", nullptr,
                                             int(review.uncoveredCategories.size()))
                                    : Tr::tr("every ticket matched a routing rule"),
                      uncovered > 0});

    r.findingsHeading = Tr::tr("Findings");
    for (const Finding &f : review.findings)
        r.findings.append(
            {Finding::severityKey(f.severity), Finding::severityName(f.severity), f.message});

    const bool quarters = review.period == ReviewOptions::Period::Quarter;
    r.volume = volumeChart(review, agreement);
    r.charts.append(attainmentChart(Tr::tr("First response within target, by urgency"),
                                    all.byUrgency, &ReviewGroup::response));
    r.charts.append(attainmentChart(Tr::tr("Resolution within target, by urgency"), all.byUrgency,
                                    &ReviewGroup::resolution));
    {
        Chart c;
        c.title = Tr::tr("Handled by another party than the rule names, by category");
        c.valueLabel = Tr::tr("tickets");
        c.categoryLabel = Tr::tr("Category");
        for (const Misroute &m : review.misroutes) {
            auto it = std::find_if(c.bars.begin(), c.bars.end(),
                                   [&](const Bar &b) { return b.label == m.category; });
            if (it == c.bars.end())
                c.bars.append({m.category, double(m.count), QString::fromLatin1(ShortColor)});
            else
                it->value += m.count;
        }
        std::stable_sort(c.bars.begin(), c.bars.end(),
                         [](const Bar &a, const Bar &b) { return a.value > b.value; });
        r.charts.append(c);
    }

    // The periods, one row each.
    if (!review.periods.isEmpty()) {
        Section s;
        s.id = QStringLiteral("periods");
        s.heading = quarters ? Tr::tr("By quarter") : Tr::tr("By month");
        Table t;
        t.header = {Tr::tr("Period"),      Tr::tr("Tickets"),      Tr::tr("Change"),
                    Tr::tr("After hours"), Tr::tr("Response met"), Tr::tr("Resolution met")};
        for (qsizetype i = 0; i < review.periods.size(); ++i) {
            const PeriodFigures &p = review.periods.at(i);
            t.rows.append(
                {p.label, count(p.volume),
                 i > 0 ? change(review.periods.at(i - 1).volume, p.volume) : QStringLiteral("–"),
                 count(p.afterHours), percent(p.response.attainment()),
                 percent(p.resolution.attainment())});
        }
        s.tables.append(t);
        r.sections.append(s);
    }

    if (trend.hasHistory()) {
        Section s;
        s.id = QStringLiteral("trend");
        s.heading = Tr::tr("Compared with earlier reviews");
        Table t;
        t.header = {Tr::tr("Review"),       Tr::tr("Tickets"),        Tr::tr("Per month"),
                    Tr::tr("Response met"), Tr::tr("Resolution met"), Tr::tr("Misrouted"),
                    Tr::tr("Findings")};
        for (const ReviewTrend::Point &p : trend.points)
            t.rows.append({p.current ? Tr::tr("%1 (this review)").arg(p.name) : p.name,
                           QString::number(p.volume), QLocale().toString(p.ticketsPerMonth, 'f', 1),
                           percent(p.responseAttainment), percent(p.resolutionAttainment),
                           QString::number(p.misrouted), QString::number(p.findings)});
        s.tables.append(t);
        r.sections.append(s);
    }

    {
        Section s;
        s.id = QStringLiteral("breakdowns");
        s.heading = Tr::tr("Breakdowns");
        for (const auto &[title, groups] :
             {std::pair{Tr::tr("Urgency"), &all.byUrgency},
              std::pair{Tr::tr("Category"), &all.byCategory},
              std::pair{Tr::tr("Party"), &all.byParty}, std::pair{Tr::tr("Site"), &all.bySite}}) {
            if (!groups->isEmpty())
                s.tables.append(breakdown(title, *groups));
        }
        if (!s.tables.isEmpty())
            r.sections.append(s);
    }

    if (!review.misroutes.isEmpty() || !review.uncoveredCategories.isEmpty()
        || review.afterHoursUnhandled > 0) {
        Section s;
        s.id = QStringLiteral("routing");
        s.heading = Tr::tr("Routing as practised");
        if (review.afterHoursUnhandled > 0)
            s.paragraphs.append(Tr::tr("%n ticket(s) came in after hours with no rule naming "
                                       "who takes them.",
                                       nullptr, review.afterHoursUnhandled));
        if (!review.misroutes.isEmpty()) {
            Table t;
            t.caption = Tr::tr("Handled by another party than the rule names");
            t.header = {Tr::tr("Category"), Tr::tr("When"), Tr::tr("Handled by"),
                        Tr::tr("The rule names"), Tr::tr("Tickets")};
            for (const Misroute &m : review.misroutes)
                t.rows.append({m.category.isEmpty() ? Tr::tr("(none)") : m.category,
                               m.afterHours ? Tr::tr("after hours") : Tr::tr("business hours"),
                               partyLabel(agreement, m.handledPartyId),
                               partyLabel(agreement, m.expectedPartyId),
                               Tr::tr("%1 of %2").arg(count(m.count), count(m.ofTickets))});
            s.tables.append(t);
        }
        if (!review.uncoveredCategories.isEmpty()) {
            Table t;
            t.caption = Tr::tr("Categories no rule covers");
            t.header = {Tr::tr("Category"), Tr::tr("Tickets")};
            for (const auto &[category, n] : review.uncoveredCategories)
                t.rows.append({category.isEmpty() ? Tr::tr("(none)") : category, count(n)});
            s.tables.append(t);
        }
        r.sections.append(s);
    }

    if (!review.recurring.isEmpty()) {
        Section s;
        s.id = QStringLiteral("recurring");
        s.heading = Tr::tr("What keeps coming back");
        Table t;
        t.header = {Tr::tr("Subject"), Tr::tr("Times")};
        for (const Recurrence &rec :
             review.recurring.first(std::min(RecurringShown, review.recurring.size())))
            t.rows.append({rec.subject, count(rec.count)});
        s.tables.append(t);
        if (review.recurring.size() > RecurringShown)
            s.paragraphs.append(Tr::tr("The %1 subjects seen most often of %2 that came back at "
                                       "least %3 times.")
                                    .arg(RecurringShown)
                                    .arg(review.recurring.size())
                                    .arg(ServiceReview::RecurringAtLeast));
        r.sections.append(s);
    }

    if (review.rowsSkipped > 0 || !review.unknownHandlers.isEmpty()) {
        Section s;
        s.id = QStringLiteral("data");
        s.heading = Tr::tr("About the data");
        if (review.rowsSkipped > 0)
            s.paragraphs.append(Tr::tr("%1 of %2 rows of the export could not be read and are "
                                       "not counted.")
                                    .arg(count(review.rowsSkipped), count(review.rowsRead)));
        if (!review.unknownHandlers.isEmpty())
            s.paragraphs.append(
                Tr::tr("Handlers no party matches: %1.")
                    .arg(review.unknownHandlers
                             .first(std::min<qsizetype>(20, review.unknownHandlers.size()))
                             .join(QStringLiteral(", "))));
        r.sections.append(s);
    }
    return r;
}
