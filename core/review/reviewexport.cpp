#include "review/reviewexport.h"

#include "exchange/csvformat.h"
#include "exchange/htmlformat.h"
#include "model/agreement.h"
#include "review/reviewreport.h"
#include "review/savedreview.h"
#include "review/servicereview.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ReviewExport)
};

// A cell of a Markdown table: pipes and line breaks would end it.
QString cell(QString text)
{
    return text.replace(u'|', QStringLiteral("\\|")).replace(u'\n', u' ');
}

void markdownTable(QString &out, const report::Table &t)
{
    if (!t.caption.isEmpty())
        out += QStringLiteral("\n### %1\n").arg(cell(t.caption));
    QStringList header, rule;
    for (qsizetype c = 0; c < t.header.size(); ++c) {
        header.append(cell(t.header.at(c)));
        rule.append(report::isNumericColumn(t, c) ? QStringLiteral("--:") : QStringLiteral("---"));
    }
    out +=
        QStringLiteral("\n| %1 |\n|%2|\n").arg(header.join(QStringLiteral(" | ")), rule.join(u'|'));
    for (const QStringList &row : t.rows) {
        QStringList cells;
        for (const QString &text : row)
            cells.append(cell(text));
        out += QStringLiteral("| %1 |\n").arg(cells.join(QStringLiteral(" | ")));
    }
}

QString esc(const QString &text)
{
    return HtmlFormat::escaped(text);
}

const char *const styleSheet =
    "body{font-family:\"DejaVu Sans\",Arial,sans-serif;color:#1f2937;max-width:72rem;"
    "margin:2rem auto;padding:0 1rem;line-height:1.45}\n"
    "h1{font-size:1.8rem;margin-bottom:.3rem;color:#1d3557}\n"
    "h2{font-size:1.35rem;border-bottom:2px solid #e5e7eb;padding-bottom:.2rem;margin-top:2rem;"
    "color:#1d3557}\n"
    "h3{font-size:1.05rem;margin:1.2rem 0 .3rem}\n"
    ".meta{color:#5b6778}\n"
    ".figures{display:flex;flex-wrap:wrap;gap:.75rem;margin:1rem 0}\n"
    ".figure{flex:1 1 10rem;border:1px solid #d3dae3;border-top:4px solid #1d3557;"
    "padding:.5rem .75rem}\n"
    ".figure.attention{border-top-color:#b45309}\n"
    ".figure .value{font-size:1.7rem;font-weight:bold}\n"
    ".figure .label{font-weight:bold}\n"
    ".figure .detail{color:#5b6778;font-size:.85rem}\n"
    "ul.findings li.error strong{color:#b91c1c}ul.findings li.warning strong{color:#b45309}\n"
    "table{border-collapse:collapse;margin:.5rem 0 1rem;width:100%}\n"
    "th,td{border:1px solid #d1d5db;padding:.25rem .5rem;text-align:left;vertical-align:top}\n"
    "th{background:#f3f4f6}td.number{text-align:right}\n"
    "caption{text-align:left;font-weight:bold;padding:.25rem 0}\n"
    "table.chart td,table.chart th{border:none;padding:.15rem .5rem}\n"
    "table.chart td.bars{width:70%}\n"
    ".stack{display:flex;height:1rem}.stack span,.bar{display:block;height:1rem}\n"
    ".legend span{display:inline-block;margin-right:1rem}\n"
    ".legend i{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;"
    "vertical-align:middle}\n"
    "@media print{body{margin:0;max-width:none}h2{page-break-after:avoid}"
    "tr{page-break-inside:avoid}}\n";

QString chartNumber(double value)
{
    return value == double(qint64(value)) ? QLocale().toString(qint64(value))
                                          : QLocale().toString(value, 'f', 1);
}

void htmlTable(QString &out, const report::Table &t)
{
    out += QLatin1String("<table>");
    if (!t.caption.isEmpty())
        out += QStringLiteral("<caption>%1</caption>").arg(esc(t.caption));
    out += QLatin1String("<thead><tr>");
    for (const QString &h : t.header)
        out += QStringLiteral("<th>%1</th>").arg(esc(h));
    out += QLatin1String("</tr></thead>\n<tbody>\n");
    QList<bool> right;
    for (qsizetype c = 0; c < t.header.size(); ++c)
        right.append(report::isNumericColumn(t, c));
    for (const QStringList &row : t.rows) {
        out += QLatin1String("<tr>");
        for (qsizetype c = 0; c < row.size(); ++c)
            out += (right.value(c) ? QLatin1String("<td class=\"number\">") : QLatin1String("<td>"))
                   + esc(row.at(c)) + QLatin1String("</td>");
        out += QLatin1String("</tr>\n");
    }
    out += QLatin1String("</tbody></table>\n");
}

// A colour from the report's "#rrggbb", never anything a style would read
// otherwise.
QString safeColor(const QString &color)
{
    return Party::isColor(color) ? color : QStringLiteral("#1d3557");
}

// A bar's share of the widest, as a CSS percentage.
QString widthPercent(double value, double max)
{
    return QString::number(max > 0 ? value * 100 / max : 0, 'f', 2);
}

// One arg() call per line below: a label may hold "%1".
void htmlBarChart(QString &out, const report::Chart &c)
{
    if (c.bars.isEmpty())
        return;
    double max = 0;
    for (const report::Bar &b : c.bars)
        max = std::max(max, b.value);
    out += QStringLiteral("<h3>%1</h3>\n<table class=\"chart\">").arg(esc(c.title));
    if (!c.valueLabel.isEmpty())
        out += QStringLiteral("<caption class=\"meta\">%1</caption>").arg(esc(c.valueLabel));
    out += u'\n';
    for (const report::Bar &b : c.bars)
        out += QStringLiteral("<tr><th>%1</th><td class=\"bars\"><span class=\"bar\" "
                              "style=\"width:%2%;background:%3\"></span></td>"
                              "<td class=\"number\">%4</td></tr>\n")
                   .arg(esc(b.label), widthPercent(std::max(0.0, b.value), max), safeColor(b.color),
                        chartNumber(b.value));
    out += QLatin1String("</table>\n");
}

void htmlStackedChart(QString &out, const report::StackedChart &c)
{
    if (c.isEmpty())
        return;
    double max = 0;
    for (qsizetype i = 0; i < c.categories.size(); ++i)
        max = std::max(max, c.total(i));
    out += QStringLiteral("<h3>%1</h3>\n<p class=\"legend\">").arg(esc(c.title));
    for (const report::StackedChart::Series &s : c.series)
        out += QStringLiteral("<span><i style=\"background:%1\"></i>%2</span>")
                   .arg(safeColor(s.color), esc(s.name));
    out += QLatin1String("</p>\n<table class=\"chart\">\n");
    for (qsizetype i = 0; i < c.categories.size(); ++i) {
        const double total = c.total(i);
        out += QStringLiteral("<tr><th>%1</th><td class=\"bars\"><div class=\"stack\" "
                              "style=\"width:%2%\">")
                   .arg(esc(c.categories.at(i)), widthPercent(total, max));
        for (qsizetype s = 0; s < c.series.size(); ++s) {
            const double v = c.values.at(i).value(s);
            if (v > 0)
                out += QStringLiteral("<span style=\"width:%1%;background:%2\" title=\"%3: "
                                      "%4\"></span>")
                           .arg(widthPercent(v, total), safeColor(c.series.at(s).color),
                                esc(c.series.at(s).name), chartNumber(v));
        }
        out += QStringLiteral("</div></td><td class=\"number\">%1</td></tr>\n")
                   .arg(chartNumber(total));
    }
    out += QLatin1String("</table>\n");
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
    return markdown(report::ReviewReport::build(review, agreement));
}

QString ReviewExport::markdown(const report::ReviewReport &r)
{
    QString out = QStringLiteral("# %1\n\n").arg(cell(r.title));
    out += r.summary + QStringLiteral("\n\n") + r.byline + QStringLiteral("\n\n");
    for (const report::Figure &f : r.figures) {
        out += QStringLiteral("- **%1**: %2").arg(f.label, f.value);
        if (!f.detail.isEmpty())
            out += QStringLiteral(" (%1)").arg(f.detail);
        out += u'\n';
    }
    if (!r.findings.isEmpty()) {
        out += QStringLiteral("\n## %1\n\n").arg(r.findingsHeading);
        for (const report::ReviewFinding &f : r.findings)
            out += QStringLiteral("- **%1**: %2\n").arg(f.severity, f.message);
    }
    for (const report::Section &s : r.sections) {
        out += QStringLiteral("\n## %1\n").arg(s.heading);
        for (const QString &p : s.paragraphs)
            out += u'\n' + p + u'\n';
        for (const report::Table &t : s.tables)
            markdownTable(out, t);
    }
    return out;
}

QString ReviewExport::html(const ServiceReview &review, const Agreement &agreement)
{
    return html(report::ReviewReport::build(review, agreement));
}

QString ReviewExport::html(const report::ReviewReport &r)
{
    QString out =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n"
                       "<meta charset=\"utf-8\">\n<title>%2</title>\n<style>\n")
            .arg(r.language.isEmpty() ? QStringLiteral("en") : esc(r.language), esc(r.title));
    out += QLatin1String(styleSheet);
    out += QStringLiteral("</style>\n</head>\n<body>\n<h1>%1</h1>\n").arg(esc(r.title));
    out += QStringLiteral("<p class=\"meta\">%1</p>\n<p><strong>%2</strong></p>\n")
               .arg(esc(r.byline), esc(r.summary));

    out += QLatin1String("<div class=\"figures\">\n");
    for (const report::Figure &f : r.figures)
        out += QStringLiteral("<div class=\"figure%1\"><div class=\"value\">%2</div>"
                              "<div class=\"label\">%3</div><div class=\"detail\">%4</div></div>\n")
                   .arg(f.attention ? QStringLiteral(" attention") : QString(), esc(f.value),
                        esc(f.label), esc(f.detail));
    out += QLatin1String("</div>\n");

    if (!r.findings.isEmpty()) {
        out += QStringLiteral("<h2>%1</h2>\n<ul class=\"findings\">\n").arg(esc(r.findingsHeading));
        for (const report::ReviewFinding &f : r.findings)
            out += QStringLiteral("<li class=\"%1\"><strong>%2</strong>: %3</li>\n")
                       .arg(esc(f.severityKey), esc(f.severity), esc(f.message));
        out += QLatin1String("</ul>\n");
    }

    htmlStackedChart(out, r.volume);
    for (const report::Chart &c : r.charts)
        htmlBarChart(out, c);

    for (const report::Section &s : r.sections) {
        out += QStringLiteral("<h2>%1</h2>\n").arg(esc(s.heading));
        for (const QString &p : s.paragraphs)
            out += QStringLiteral("<p>%1</p>\n").arg(esc(p));
        for (const report::Table &t : s.tables)
            htmlTable(out, t);
    }
    out += QLatin1String("</body>\n</html>\n");
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
