#include "reviewxlsx.h"

#include "model/agreement.h"
#include "model/documentlanguage.h"
#include "review/savedreview.h"
#include "review/servicereview.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QVariant>

#include <xlsxwriter.h>

#include <algorithm>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ReviewXlsx)
};

constexpr lxw_color_t HeaderColor = 0x1d3557;
constexpr int MaxCellLength = 32767; // Excel's limit

// A value of a cell: text, a count, a share (0 … 1), minutes, or nothing.
struct Value {
    enum Kind { Text, Count, Share, Blank } kind = Blank;
    QString text;
    double number = 0;

    static Value of(const QString &text) { return {Text, text, 0}; }
    static Value of(int count) { return {Count, {}, double(count)}; }
    static Value share(std::optional<double> value)
    {
        return value ? Value{Share, {}, *value} : Value{};
    }
    static Value minutes(int value)
    {
        return value >= 0 ? Value{Count, {}, double(value)} : Value{};
    }
};

// The workbook as it is written: formats made once, errors kept, column
// widths following the text.
class Book
{
public:
    explicit Book(lxw_workbook *book)
        : m_book(book)
    {
        m_header = workbook_add_format(book);
        format_set_bold(m_header);
        format_set_font_color(m_header, LXW_COLOR_WHITE);
        format_set_bg_color(m_header, HeaderColor);
        format_set_text_wrap(m_header);
        format_set_align(m_header, LXW_ALIGN_VERTICAL_TOP);
        m_title = workbook_add_format(book);
        format_set_bold(m_title);
        format_set_font_size(m_title, 14);
        format_set_font_color(m_title, HeaderColor);
        m_bold = workbook_add_format(book);
        format_set_bold(m_bold);
        m_share = workbook_add_format(book);
        format_set_num_format(m_share, "0%");
    }

    lxw_worksheet *sheet(const QString &name)
    {
        const QByteArray utf8 = name.left(31).toUtf8();
        lxw_worksheet *ws = workbook_add_worksheet(m_book, utf8.constData());
        if (!ws)
            check(LXW_ERROR_MEMORY_MALLOC_FAILED);
        m_widths.clear();
        return ws;
    }

    void check(lxw_error e)
    {
        if (m_error == LXW_NO_ERROR)
            m_error = e;
    }
    lxw_error error() const { return m_error; }

    // fit: the column is widened to the text (not for a title that may
    // run over the next columns).
    void text(lxw_worksheet *ws, int row, int col, const QString &value,
              lxw_format *format = nullptr, bool fit = true)
    {
        if (!ws)
            return;
        // Always a string cell, never a formula.
        const QByteArray utf8 = value.left(MaxCellLength).toUtf8();
        check(value.isEmpty() ? worksheet_write_blank(ws, lxw_row_t(row), lxw_col_t(col), format)
                              : worksheet_write_string(ws, lxw_row_t(row), lxw_col_t(col),
                                                       utf8.constData(), format));
        if (fit)
            widen(col, std::min(value.size() + 2.0, 60.0));
    }

    void put(lxw_worksheet *ws, int row, int col, const Value &v)
    {
        if (!ws)
            return;
        switch (v.kind) {
        case Value::Text:
            text(ws, row, col, v.text);
            break;
        case Value::Count:
            check(worksheet_write_number(ws, lxw_row_t(row), lxw_col_t(col), v.number, nullptr));
            widen(col, 8);
            break;
        case Value::Share:
            check(worksheet_write_number(ws, lxw_row_t(row), lxw_col_t(col), v.number, m_share));
            widen(col, 8);
            break;
        case Value::Blank:
            break;
        }
    }

    // A table with its header row, frozen and filtered, from the row given.
    void table(lxw_worksheet *ws, int top, const QStringList &header,
               const QList<QList<Value>> &rows)
    {
        if (!ws)
            return;
        for (int c = 0; c < header.size(); ++c) {
            text(ws, top, c, header.at(c), m_header);
            widen(c, std::min(header.at(c).size() + 2.0, 22.0));
        }
        for (int r = 0; r < rows.size(); ++r) {
            for (int c = 0; c < rows.at(r).size(); ++c)
                put(ws, top + 1 + r, c, rows.at(r).at(c));
        }
        worksheet_freeze_panes(ws, lxw_row_t(top + 1), 0);
        if (!header.isEmpty())
            check(worksheet_autofilter(ws, lxw_row_t(top), 0,
                                       lxw_row_t(top + std::max<qsizetype>(rows.size(), 1)),
                                       lxw_col_t(header.size() - 1)));
        finishColumns(ws);
    }

    void finishColumns(lxw_worksheet *ws)
    {
        for (int c = 0; c < m_widths.size(); ++c)
            check(worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), m_widths.at(c), nullptr));
    }

    lxw_workbook *workbook() const { return m_book; }
    lxw_format *titleFormat() const { return m_title; }
    lxw_format *boldFormat() const { return m_bold; }

private:
    void widen(int col, double width)
    {
        if (m_widths.size() <= col)
            m_widths.resize(col + 1, 8);
        m_widths[col] = std::max(m_widths.at(col), width);
    }

    lxw_workbook *m_book;
    lxw_format *m_header;
    lxw_format *m_title;
    lxw_format *m_bold;
    lxw_format *m_share;
    QList<double> m_widths;
    lxw_error m_error = LXW_NO_ERROR;
};

QString partyLabel(const Agreement &agreement, int id)
{
    const Party *p = agreement.party(id);
    return p ? p->label() : Tr::tr("(no party)");
}

QList<Value> timeValues(const TimeFigures &t)
{
    return {Value::of(t.withTarget), Value::of(t.withinTarget), Value::share(t.attainment()),
            Value::minutes(t.medianMinutes), Value::minutes(t.p90Minutes)};
}

void summarySheet(Book &book, const ServiceReview &review, const Agreement &agreement)
{
    lxw_worksheet *ws = book.sheet(Tr::tr("Summary"));
    if (!ws)
        return;
    const PeriodFigures &all = review.overall;
    book.text(ws, 0, 0, Tr::tr("Service review: %1").arg(agreement.details.title),
              book.titleFormat(), false);
    book.text(ws, 1, 0,
              Tr::tr("%1 to %2")
                  .arg(review.first.toString(Qt::ISODate), review.last.toString(Qt::ISODate)),
              nullptr, false);
    int misrouted = 0;
    for (const Misroute &m : review.misroutes)
        misrouted += m.count;
    int uncovered = 0;
    for (const auto &[category, n] : review.uncoveredCategories)
        uncovered += n;
    const QList<QList<Value>> rows{
        {Value::of(Tr::tr("Tickets")), Value::of(all.volume)},
        {Value::of(Tr::tr("After hours")), Value::of(all.afterHours)},
        {Value::of(Tr::tr("First response with a target")), Value::of(all.response.withTarget)},
        {Value::of(Tr::tr("First response within target")), Value::of(all.response.withinTarget)},
        {Value::of(Tr::tr("First response attainment")), Value::share(all.response.attainment())},
        {Value::of(Tr::tr("Median first response (minutes)")),
         Value::minutes(all.response.medianMinutes)},
        {Value::of(Tr::tr("90th percentile first response (minutes)")),
         Value::minutes(all.response.p90Minutes)},
        {Value::of(Tr::tr("Resolution with a target")), Value::of(all.resolution.withTarget)},
        {Value::of(Tr::tr("Resolution within target")), Value::of(all.resolution.withinTarget)},
        {Value::of(Tr::tr("Resolution attainment")), Value::share(all.resolution.attainment())},
        {Value::of(Tr::tr("Median resolution (minutes)")),
         Value::minutes(all.resolution.medianMinutes)},
        {Value::of(Tr::tr("90th percentile resolution (minutes)")),
         Value::minutes(all.resolution.p90Minutes)},
        {Value::of(Tr::tr("Satisfaction")),
         all.rated > 0 ? Value::share(all.satisfaction) : Value{}},
        {Value::of(Tr::tr("Ratings")), Value::of(all.rated)},
        {Value::of(Tr::tr("Handled by another party than the rule names")), Value::of(misrouted)},
        {Value::of(Tr::tr("No rule matched")), Value::of(uncovered)},
        {Value::of(Tr::tr("After hours with no rule naming a handler")),
         Value::of(review.afterHoursUnhandled)},
        {Value::of(Tr::tr("Rows read")), Value::of(review.rowsRead)},
        {Value::of(Tr::tr("Rows that could not be read")), Value::of(review.rowsSkipped)},
    };
    book.text(ws, 3, 0, Tr::tr("Measure"), book.boldFormat());
    book.text(ws, 3, 1, Tr::tr("Value"), book.boldFormat());
    for (int r = 0; r < rows.size(); ++r) {
        book.put(ws, 4 + r, 0, rows.at(r).at(0));
        book.put(ws, 4 + r, 1, rows.at(r).at(1));
    }
    int row = 5 + int(rows.size());
    if (!review.findings.isEmpty()) {
        book.text(ws, row, 0, Tr::tr("Severity"), book.boldFormat());
        book.text(ws, row, 1, Tr::tr("Finding"), book.boldFormat());
        for (const Finding &f : review.findings) {
            ++row;
            book.text(ws, row, 0, Finding::severityName(f.severity));
            book.text(ws, row, 1, f.message);
        }
    }
    book.finishColumns(ws);
}

// Tickets per period and party, with a stacked column chart of them.
void volumeSheet(Book &book, const ServiceReview &review)
{
    if (review.periods.isEmpty() || review.overall.byParty.isEmpty())
        return;
    const QString name = Tr::tr("Volume by party");
    lxw_worksheet *ws = book.sheet(name);
    if (!ws)
        return;
    QStringList header{Tr::tr("Period")};
    QList<int> ids;
    for (const ReviewGroup &g : review.overall.byParty) {
        header.append(g.label);
        ids.append(g.partyId);
    }
    QList<QList<Value>> rows;
    for (const PeriodFigures &p : review.periods) {
        QList<Value> row{Value::of(p.label)};
        for (const int id : std::as_const(ids)) {
            const auto g = std::find_if(p.byParty.cbegin(), p.byParty.cend(),
                                        [id](const ReviewGroup &g) { return g.partyId == id; });
            row.append(Value::of(g == p.byParty.cend() ? 0 : g->volume));
        }
        rows.append(row);
    }
    book.table(ws, 0, header, rows);

    lxw_chart *chart = workbook_add_chart(book.workbook(), LXW_CHART_COLUMN_STACKED);
    if (!chart)
        return book.check(LXW_ERROR_MEMORY_MALLOC_FAILED);
    const QByteArray title = Tr::tr("Tickets per period, by party").toUtf8();
    chart_title_set_name(chart, title.constData());
    const QByteArray sheetName = name.left(31).toUtf8();
    for (int s = 0; s < ids.size(); ++s) {
        lxw_chart_series *series = chart_add_series(chart, nullptr, nullptr);
        chart_series_set_categories(series, sheetName.constData(), 1, 0, lxw_row_t(rows.size()), 0);
        chart_series_set_values(series, sheetName.constData(), 1, lxw_col_t(s + 1),
                                lxw_row_t(rows.size()), lxw_col_t(s + 1));
        chart_series_set_name_range(series, sheetName.constData(), 0, lxw_col_t(s + 1));
    }
    lxw_chart_options options{};
    options.x_scale = 1.6;
    options.y_scale = 1.4;
    book.check(worksheet_insert_chart_opt(ws, 1, lxw_col_t(ids.size() + 2), chart, &options));
}

void figuresSheet(Book &book, const ServiceReview &review)
{
    lxw_worksheet *ws = book.sheet(Tr::tr("Figures"));
    const QStringList header{Tr::tr("Period"),
                             Tr::tr("First day"),
                             Tr::tr("Last day"),
                             Tr::tr("Breakdown"),
                             Tr::tr("Group"),
                             Tr::tr("Tickets"),
                             Tr::tr("After hours"),
                             Tr::tr("Response with target"),
                             Tr::tr("Response met"),
                             Tr::tr("Response attainment"),
                             Tr::tr("Median response (min)"),
                             Tr::tr("90th percentile response (min)"),
                             Tr::tr("Resolution with target"),
                             Tr::tr("Resolution met"),
                             Tr::tr("Resolution attainment"),
                             Tr::tr("Median resolution (min)"),
                             Tr::tr("90th percentile resolution (min)")};
    QList<QList<Value>> rows;
    const auto add = [&](const PeriodFigures &p, const QString &breakdown, const QString &group,
                         int volume, int afterHours, const TimeFigures &response,
                         const TimeFigures &resolution) {
        QList<Value> row{Value::of(p.label),
                         Value::of(p.first.toString(Qt::ISODate)),
                         Value::of(p.last.toString(Qt::ISODate)),
                         Value::of(breakdown),
                         Value::of(group),
                         Value::of(volume),
                         Value::of(afterHours)};
        row += timeValues(response);
        row += timeValues(resolution);
        rows.append(row);
    };
    QList<const PeriodFigures *> periods{&review.overall};
    for (const PeriodFigures &p : review.periods)
        periods.append(&p);
    for (const PeriodFigures *p : std::as_const(periods)) {
        add(*p, Tr::tr("All"), QString(), p->volume, p->afterHours, p->response, p->resolution);
        for (const auto &[name, groups] :
             {std::pair{Tr::tr("Urgency"), &p->byUrgency},
              std::pair{Tr::tr("Category"), &p->byCategory},
              std::pair{Tr::tr("Party"), &p->byParty}, std::pair{Tr::tr("Site"), &p->bySite}}) {
            for (const ReviewGroup &g : *groups)
                add(*p, name, g.label.isEmpty() ? Tr::tr("(none)") : g.label, g.volume,
                    g.afterHours, g.response, g.resolution);
        }
    }
    book.table(ws, 0, header, rows);
}

void routingSheet(Book &book, const ServiceReview &review, const Agreement &agreement)
{
    lxw_worksheet *ws = book.sheet(Tr::tr("Routing"));
    QList<QList<Value>> rows;
    for (const Misroute &m : review.misroutes)
        rows.append({Value::of(m.category),
                     Value::of(m.afterHours ? Tr::tr("after hours") : Tr::tr("business hours")),
                     Value::of(partyLabel(agreement, m.handledPartyId)),
                     Value::of(partyLabel(agreement, m.expectedPartyId)), Value::of(m.count),
                     Value::of(m.ofTickets)});
    for (const auto &[category, n] : review.uncoveredCategories)
        rows.append({Value::of(category), Value{}, Value{}, Value::of(Tr::tr("(no rule matches)")),
                     Value::of(n), Value::of(n)});
    book.table(ws, 0,
               {Tr::tr("Category"), Tr::tr("When"), Tr::tr("Handled by"), Tr::tr("The rule names"),
                Tr::tr("Tickets"), Tr::tr("Of tickets")},
               rows);
}

void recurringSheet(Book &book, const ServiceReview &review)
{
    lxw_worksheet *ws = book.sheet(Tr::tr("Recurring"));
    QList<QList<Value>> rows;
    for (const Recurrence &r : review.recurring)
        rows.append({Value::of(r.subject), Value::of(r.count)});
    book.table(ws, 0, {Tr::tr("Subject"), Tr::tr("Times")}, rows);
}

void trendSheet(Book &book, const ServiceReview &review, const Agreement &agreement)
{
    const ReviewTrend trend = ReviewTrend::of(review, agreement.details.savedReviews);
    if (!trend.hasHistory())
        return;
    lxw_worksheet *ws = book.sheet(Tr::tr("Trend"));
    QList<QList<Value>> rows;
    for (const ReviewTrend::Point &p : trend.points) {
        Value tickets = Value::of(p.volume);
        Value perMonth{Value::Count, {}, qRound(p.ticketsPerMonth * 10) / 10.0};
        rows.append({Value::of(p.current ? Tr::tr("%1 (this review)").arg(p.name) : p.name),
                     Value::of(p.first.toString(Qt::ISODate)),
                     Value::of(p.last.toString(Qt::ISODate)), tickets, perMonth,
                     Value::share(p.responseAttainment), Value::share(p.resolutionAttainment),
                     Value::of(p.misrouted), Value::of(p.findings)});
    }
    book.table(ws, 0,
               {Tr::tr("Review"), Tr::tr("First day"), Tr::tr("Last day"), Tr::tr("Tickets"),
                Tr::tr("Per month"), Tr::tr("Response attainment"), Tr::tr("Resolution attainment"),
                Tr::tr("Misrouted"), Tr::tr("Findings")},
               rows);
}

} // namespace

Status ReviewXlsx::write(const ServiceReview &review, const Agreement &agreement, QIODevice *device)
{
    const DocumentLanguage::Scope scope(agreement.details.language);
    // libxlsxwriter writes files only: build the workbook in a private
    // temporary folder, then copy it to the device.
    QTemporaryDir dir;
    if (!dir.isValid())
        return Status::failure(
            Tr::tr("no temporary folder for the workbook: %1").arg(dir.errorString()));
    const QString path = dir.filePath(QStringLiteral("review.xlsx"));
    lxw_workbook *workbook = workbook_new(QFile::encodeName(path).constData());
    if (!workbook)
        return Status::failure(Tr::tr("the workbook could not be created"));
    Book book(workbook);
    const QByteArray title = Tr::tr("Service review: %1").arg(agreement.details.title).toUtf8();
    QByteArray app = QByteArrayLiteral("Dutymap");
    lxw_doc_properties props{};
    props.title = const_cast<char *>(title.constData());
    props.author = app.data();
    book.check(workbook_set_properties(workbook, &props));

    summarySheet(book, review, agreement);
    volumeSheet(book, review);
    figuresSheet(book, review);
    routingSheet(book, review, agreement);
    recurringSheet(book, review);
    trendSheet(book, review, agreement);
    book.check(workbook_close(workbook));
    if (book.error() != LXW_NO_ERROR)
        return Status::failure(QString::fromUtf8(lxw_strerror(book.error())));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(file.errorString());
    const QByteArray bytes = file.readAll();
    if (device->write(bytes) != bytes.size())
        return Status::failure(device->errorString());
    return {};
}
