#include "review/reviewexport.h"

#include "exchange/csvformat.h"
#include "model/agreement.h"
#include "review/savedreview.h"
#include "review/servicereview.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ReviewExport)
};

QString minutesText(int minutes)
{
    if (minutes < 0)
        return QStringLiteral("–");
    if (minutes < 60)
        return Tr::tr("%1 min").arg(minutes);
    if (minutes < 48 * 60)
        return minutes % 60 == 0 ? Tr::tr("%1 h").arg(minutes / 60)
                                 : Tr::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    return Tr::tr("%1 d %2 h").arg(minutes / 1440).arg(minutes % 1440 / 60);
}

QString share(const TimeFigures &t)
{
    const auto a = t.attainment();
    return a ? QLocale().toString(qRound(*a * 100)) + QStringLiteral(" %") : QStringLiteral("–");
}

// A cell of a Markdown table: pipes and line breaks would end it.
QString cell(QString text)
{
    return text.replace(u'|', QStringLiteral("\\|")).replace(u'\n', u' ');
}

void table(QString &out, const QString &title, const QList<ReviewGroup> &groups)
{
    if (groups.isEmpty())
        return;
    out += QStringLiteral("\n### %1\n\n").arg(title);
    out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 |\n")
               .arg(title, Tr::tr("Tickets"), Tr::tr("After hours"), Tr::tr("Response met"),
                    Tr::tr("Median response"), Tr::tr("90 % answered within"),
                    Tr::tr("Resolution met"), Tr::tr("Median resolution"));
    out += QStringLiteral("|---|--:|--:|--:|--:|--:|--:|--:|\n");
    for (const ReviewGroup &g : groups) {
        out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 |\n")
                   .arg(cell(g.label.isEmpty() ? Tr::tr("(none)") : g.label))
                   .arg(g.volume)
                   .arg(g.afterHours)
                   .arg(share(g.response), minutesText(g.response.medianMinutes),
                        minutesText(g.response.p90Minutes), share(g.resolution),
                        minutesText(g.resolution.medianMinutes));
    }
}

QString partyLabel(const Agreement &agreement, int id)
{
    const Party *p = agreement.party(id);
    return p ? p->label() : Tr::tr("(no party)");
}

QJsonObject timeJson(const TimeFigures &t)
{
    QJsonObject o{{QStringLiteral("measured"), t.measured},
                  {QStringLiteral("withTarget"), t.withTarget},
                  {QStringLiteral("withinTarget"), t.withinTarget}};
    const auto a = t.attainment();
    o.insert(QStringLiteral("attainment"), a ? QJsonValue(*a) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("medianMinutes"),
             t.medianMinutes >= 0 ? QJsonValue(t.medianMinutes) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("p90Minutes"),
             t.p90Minutes >= 0 ? QJsonValue(t.p90Minutes) : QJsonValue(QJsonValue::Null));
    return o;
}

QJsonArray groupsJson(const QList<ReviewGroup> &groups, bool parties)
{
    QJsonArray out;
    for (const ReviewGroup &g : groups) {
        QJsonObject o{{QStringLiteral("label"), g.label},
                      {QStringLiteral("volume"), g.volume},
                      {QStringLiteral("afterHours"), g.afterHours},
                      {QStringLiteral("response"), timeJson(g.response)},
                      {QStringLiteral("resolution"), timeJson(g.resolution)}};
        if (parties)
            o.insert(QStringLiteral("partyId"), g.partyId);
        out.append(o);
    }
    return out;
}

QJsonObject periodJson(const PeriodFigures &p)
{
    QJsonObject o{{QStringLiteral("label"), p.label},
                  {QStringLiteral("first"), p.first.toString(Qt::ISODate)},
                  {QStringLiteral("last"), p.last.toString(Qt::ISODate)},
                  {QStringLiteral("volume"), p.volume},
                  {QStringLiteral("afterHours"), p.afterHours},
                  {QStringLiteral("response"), timeJson(p.response)},
                  {QStringLiteral("resolution"), timeJson(p.resolution)},
                  {QStringLiteral("rated"), p.rated},
                  {QStringLiteral("byCategory"), groupsJson(p.byCategory, false)},
                  {QStringLiteral("byUrgency"), groupsJson(p.byUrgency, false)},
                  {QStringLiteral("bySite"), groupsJson(p.bySite, false)},
                  {QStringLiteral("byParty"), groupsJson(p.byParty, true)}};
    o.insert(QStringLiteral("satisfaction"),
             p.rated > 0 ? QJsonValue(p.satisfaction) : QJsonValue(QJsonValue::Null));
    return o;
}

QJsonValue optionalJson(std::optional<double> value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue minutesJson(int minutes)
{
    return minutes >= 0 ? QJsonValue(minutes) : QJsonValue(QJsonValue::Null);
}

// The saved reviews before this one and this one, each after the first with
// its change from the point before.
QJsonArray trendJson(const ReviewTrend &trend)
{
    QJsonArray out;
    const ReviewTrend::Point *before = nullptr;
    for (const ReviewTrend::Point &p : trend.points) {
        QJsonObject o{
            {QStringLiteral("name"), p.name},
            {QStringLiteral("first"), p.first.toString(Qt::ISODate)},
            {QStringLiteral("last"), p.last.toString(Qt::ISODate)},
            {QStringLiteral("current"), p.current},
            {QStringLiteral("volume"), p.volume},
            {QStringLiteral("ticketsPerMonth"), p.ticketsPerMonth},
            {QStringLiteral("afterHours"), p.afterHours},
            {QStringLiteral("responseAttainment"), optionalJson(p.responseAttainment)},
            {QStringLiteral("resolutionAttainment"), optionalJson(p.resolutionAttainment)},
            {QStringLiteral("responseMedianMinutes"), minutesJson(p.responseMedianMinutes)},
            {QStringLiteral("resolutionMedianMinutes"), minutesJson(p.resolutionMedianMinutes)},
            {QStringLiteral("misrouted"), p.misrouted},
            {QStringLiteral("findings"), p.findings}};
        if (before) {
            const auto difference = [](std::optional<double> now, std::optional<double> then) {
                return now && then ? QJsonValue(*now - *then) : QJsonValue(QJsonValue::Null);
            };
            o.insert(
                QStringLiteral("change"),
                QJsonObject{{QStringLiteral("volume"), p.volume - before->volume},
                            {QStringLiteral("ticketsPerMonth"),
                             p.ticketsPerMonth - before->ticketsPerMonth},
                            {QStringLiteral("responseAttainment"),
                             difference(p.responseAttainment, before->responseAttainment)},
                            {QStringLiteral("resolutionAttainment"),
                             difference(p.resolutionAttainment, before->resolutionAttainment)}});
        }
        out.append(o);
        before = &p;
    }
    return out;
}

QString attainmentText(std::optional<double> value)
{
    return value ? QLocale().toString(qRound(*value * 100)) + QStringLiteral(" %")
                 : QStringLiteral("–");
}

QString number(std::optional<double> value)
{
    return value ? QString::number(*value, 'f', 4) : QString();
}

QString minutes(int value)
{
    return value >= 0 ? QString::number(value) : QString();
}

} // namespace

QString ReviewExport::markdown(const ServiceReview &review, const Agreement &agreement)
{
    QString out;
    const PeriodFigures &all = review.overall;
    out += Tr::tr("# Service review: %1\n\n").arg(cell(agreement.details.title));
    out += Tr::tr("%1 to %2: %3 tickets, %4 of them after hours.")
               .arg(review.first.toString(Qt::ISODate), review.last.toString(Qt::ISODate))
               .arg(all.volume)
               .arg(all.afterHours);
    if (review.rowsSkipped > 0)
        out += u' '
               + Tr::tr("%1 of %2 rows of the export could not be read.")
                     .arg(review.rowsSkipped)
                     .arg(review.rowsRead);
    out += QStringLiteral("\n\n");
    out += Tr::tr("- First response within target: %1 (%2 of %3); median %4, 90 % within %5.\n")
               .arg(share(all.response))
               .arg(all.response.withinTarget)
               .arg(all.response.withTarget)
               .arg(minutesText(all.response.medianMinutes), minutesText(all.response.p90Minutes));
    out +=
        Tr::tr("- Resolution within target: %1 (%2 of %3); median %4, 90 % within %5.\n")
            .arg(share(all.resolution))
            .arg(all.resolution.withinTarget)
            .arg(all.resolution.withTarget)
            .arg(minutesText(all.resolution.medianMinutes), minutesText(all.resolution.p90Minutes));
    if (all.rated > 0)
        out += Tr::tr("- Satisfaction: %1 % from %2 ratings.\n")
                   .arg(qRound(all.satisfaction * 100))
                   .arg(all.rated);

    if (!review.findings.isEmpty()) {
        out += Tr::tr("\n## Findings\n\n");
        for (const Finding &f : review.findings)
            out +=
                QStringLiteral("- **%1**: %2\n").arg(Finding::severityName(f.severity), f.message);
    }

    out += review.period == ReviewOptions::Period::Quarter ? Tr::tr("\n## By quarter\n\n")
                                                           : Tr::tr("\n## By month\n\n");
    out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |\n")
               .arg(Tr::tr("Period"), Tr::tr("Tickets"), Tr::tr("Change"), Tr::tr("After hours"),
                    Tr::tr("Response met"), Tr::tr("Resolution met"));
    out += QStringLiteral("|---|--:|--:|--:|--:|--:|\n");
    for (qsizetype i = 0; i < review.periods.size(); ++i) {
        const PeriodFigures &p = review.periods.at(i);
        QString change = QStringLiteral("–");
        if (i > 0 && review.periods.at(i - 1).volume > 0) {
            const int before = review.periods.at(i - 1).volume;
            const int percent = qRound(100.0 * (p.volume - before) / before);
            change = (percent > 0 ? QStringLiteral("+") : QString()) + QLocale().toString(percent)
                     + QStringLiteral(" %");
        }
        out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |\n")
                   .arg(p.label)
                   .arg(p.volume)
                   .arg(change)
                   .arg(p.afterHours)
                   .arg(share(p.response), share(p.resolution));
    }

    if (const ReviewTrend trend = ReviewTrend::of(review, agreement.details.savedReviews);
        trend.hasHistory()) {
        out += Tr::tr("\n## Compared with earlier reviews\n\n");
        out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 |\n")
                   .arg(Tr::tr("Review"), Tr::tr("Tickets"), Tr::tr("Per month"),
                        Tr::tr("Response met"), Tr::tr("Resolution met"), Tr::tr("Misrouted"),
                        Tr::tr("Findings"));
        out += QStringLiteral("|---|--:|--:|--:|--:|--:|--:|\n");
        for (const ReviewTrend::Point &p : trend.points) {
            const QString name =
                p.current ? Tr::tr("%1 (this review)").arg(cell(p.name)) : cell(p.name);
            // One arg() call: a saved review's name may hold "%1".
            out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 |\n")
                       .arg(name, QString::number(p.volume),
                            QLocale().toString(p.ticketsPerMonth, 'f', 1),
                            attainmentText(p.responseAttainment),
                            attainmentText(p.resolutionAttainment), QString::number(p.misrouted),
                            QString::number(p.findings));
        }
    }

    out += Tr::tr("\n## Breakdowns\n");
    table(out, Tr::tr("Urgency"), all.byUrgency);
    table(out, Tr::tr("Category"), all.byCategory);
    table(out, Tr::tr("Party"), all.byParty);
    table(out, Tr::tr("Site"), all.bySite);

    if (!review.misroutes.isEmpty() || !review.uncoveredCategories.isEmpty()) {
        out += Tr::tr("\n## Routing as practised\n\n");
        for (const Misroute &m : review.misroutes) {
            out += Tr::tr("- %1%2: %3 of %4 handled by %5; the rule names %6.\n")
                       .arg(cell(m.category), m.afterHours ? Tr::tr(" (after hours)") : QString())
                       .arg(m.count)
                       .arg(m.ofTickets)
                       .arg(partyLabel(agreement, m.handledPartyId),
                            partyLabel(agreement, m.expectedPartyId));
        }
        for (const auto &[category, count] : review.uncoveredCategories)
            out += Tr::tr("- %1: %2 tickets matched no rule.\n").arg(cell(category)).arg(count);
    }
    if (!review.recurring.isEmpty()) {
        out += Tr::tr("\n## What keeps coming back\n\n");
        for (const Recurrence &r :
             review.recurring.first(std::min<qsizetype>(10, review.recurring.size())))
            out += QStringLiteral("- %1 × %2\n").arg(r.count).arg(cell(r.subject));
    }
    return out;
}

QJsonObject ReviewExport::json(const ServiceReview &review, const Agreement &agreement)
{
    QJsonArray periods;
    for (const PeriodFigures &p : review.periods)
        periods.append(periodJson(p));
    QJsonArray misroutes;
    for (const Misroute &m : review.misroutes)
        misroutes.append(QJsonObject{{QStringLiteral("ruleId"), m.ruleId},
                                     {QStringLiteral("category"), m.category},
                                     {QStringLiteral("afterHours"), m.afterHours},
                                     {QStringLiteral("expectedPartyId"), m.expectedPartyId},
                                     {QStringLiteral("handledPartyId"), m.handledPartyId},
                                     {QStringLiteral("count"), m.count},
                                     {QStringLiteral("ofTickets"), m.ofTickets}});
    QJsonArray uncovered;
    for (const auto &[category, count] : review.uncoveredCategories)
        uncovered.append(
            QJsonObject{{QStringLiteral("category"), category}, {QStringLiteral("count"), count}});
    QJsonArray recurring;
    for (const Recurrence &r : review.recurring)
        recurring.append(QJsonObject{{QStringLiteral("subject"), r.subject},
                                     {QStringLiteral("count"), r.count}});
    QJsonArray findings;
    for (const Finding &f : review.findings) {
        QJsonObject o{{QStringLiteral("severity"), Finding::severityKey(f.severity)},
                      {QStringLiteral("code"), f.code},
                      {QStringLiteral("message"), f.message}};
        if (f.ruleId)
            o.insert(QStringLiteral("ruleId"), f.ruleId);
        if (f.partyId)
            o.insert(QStringLiteral("partyId"), f.partyId);
        findings.append(o);
    }
    return QJsonObject{
        {QStringLiteral("agreement"), agreement.details.title},
        {QStringLiteral("first"), review.first.toString(Qt::ISODate)},
        {QStringLiteral("last"), review.last.toString(Qt::ISODate)},
        {QStringLiteral("period"), review.period == ReviewOptions::Period::Quarter
                                       ? QStringLiteral("quarter")
                                       : QStringLiteral("month")},
        {QStringLiteral("rowsRead"), review.rowsRead},
        {QStringLiteral("rowsSkipped"), review.rowsSkipped},
        {QStringLiteral("overall"), periodJson(review.overall)},
        {QStringLiteral("periods"), periods},
        {QStringLiteral("misroutes"), misroutes},
        {QStringLiteral("uncoveredCategories"), uncovered},
        {QStringLiteral("afterHoursUnhandled"), review.afterHoursUnhandled},
        {QStringLiteral("recurring"), recurring},
        {QStringLiteral("unknownHandlers"), QJsonArray::fromStringList(review.unknownHandlers)},
        {QStringLiteral("findings"), findings},
        {QStringLiteral("savedReviews"), SavedReview::listToJson(agreement.details.savedReviews)},
        {QStringLiteral("trend"),
         trendJson(ReviewTrend::of(review, agreement.details.savedReviews))},
    };
}

QByteArray ReviewExport::csv(const ServiceReview &review)
{
    QString out = QStringLiteral(
        "period,first,last,breakdown,group,tickets,after_hours,response_measured,"
        "response_with_target,response_within_target,response_attainment,response_median_min,"
        "response_p90_min,resolution_measured,resolution_with_target,resolution_within_target,"
        "resolution_attainment,resolution_median_min,resolution_p90_min\n");
    const auto row = [&](const PeriodFigures &p, const QString &breakdown, const QString &group,
                         int volume, int afterHours, const TimeFigures &response,
                         const TimeFigures &resolution) {
        const QStringList fields{CsvFormat::field(p.label),
                                 p.first.toString(Qt::ISODate),
                                 p.last.toString(Qt::ISODate),
                                 breakdown,
                                 CsvFormat::field(group),
                                 QString::number(volume),
                                 QString::number(afterHours),
                                 QString::number(response.measured),
                                 QString::number(response.withTarget),
                                 QString::number(response.withinTarget),
                                 number(response.attainment()),
                                 minutes(response.medianMinutes),
                                 minutes(response.p90Minutes),
                                 QString::number(resolution.measured),
                                 QString::number(resolution.withTarget),
                                 QString::number(resolution.withinTarget),
                                 number(resolution.attainment()),
                                 minutes(resolution.medianMinutes),
                                 minutes(resolution.p90Minutes)};
        out += fields.join(u',') + u'\n';
    };
    QList<const PeriodFigures *> all{&review.overall};
    for (const PeriodFigures &p : review.periods)
        all.append(&p);
    for (const PeriodFigures *p : all) {
        row(*p, QStringLiteral("all"), QString(), p->volume, p->afterHours, p->response,
            p->resolution);
        const std::array<std::pair<const char *, const QList<ReviewGroup> *>, 4> breakdowns{{
            {"urgency", &p->byUrgency},
            {"category", &p->byCategory},
            {"party", &p->byParty},
            {"site", &p->bySite},
        }};
        for (const auto &[name, groups] : breakdowns) {
            for (const ReviewGroup &g : *groups)
                row(*p, QString::fromLatin1(name), g.label, g.volume, g.afterHours, g.response,
                    g.resolution);
        }
    }
    return out.toUtf8();
}
