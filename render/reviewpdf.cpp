#include "reviewpdf.h"

#include "barchartpainter.h"
#include "model/documentlanguage.h"
#include "pageflow.h"
#include "pdfcanvas.h"
#include "reportfonts.h"
#include "review/reviewreport.h"
#include "tablepainter.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QIODevice>
#include <QLocale>
#include <QPdfWriter>

#include <algorithm>

using namespace ReportStyle;

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ReviewPdf)
};

constexpr QRgb AttentionFill = 0xfdf3e7;

// The headline figures as tiles, three to a row: the value large, what it
// is below, and a line of detail.
void figures(PageFlow &flow, const QList<report::Figure> &figures)
{
    ReportFonts &fonts = flow.fonts();
    constexpr int PerRow = 3;
    const qreal gap = flow.pt(8);
    const qreal pad = flow.pt(7);
    const qreal width = (flow.contentWidth() - (PerRow - 1) * gap) / PerRow;
    const PageFlow::Element list(flow, "L");
    for (qsizetype first = 0; first < figures.size(); first += PerRow) {
        const auto row = figures.mid(first, PerRow);
        QList<QStringList> labels, details;
        qreal height = 0;
        for (const report::Figure &f : row) {
            labels.append(fonts.wrap(SmallBold, f.label, width - 2 * pad));
            details.append(fonts.wrap(Small, f.detail, width - 2 * pad));
            height = std::max(height, 2 * pad + flow.pt(3) + fonts.lineHeight(BigNumber)
                                          + labels.constLast().size() * fonts.lineHeight(SmallBold)
                                          + details.constLast().size() * fonts.lineHeight(Small));
        }
        flow.ensure(height);
        const qreal top = flow.y();
        for (qsizetype i = 0; i < row.size(); ++i) {
            const report::Figure &f = row.at(i);
            const qreal left = flow.left() + i * (width + gap);
            flow.fill(QRectF(left, top, width, height),
                      QColor(f.attention ? AttentionFill : AccentLight));
            flow.fill(QRectF(left, top, width, flow.pt(3)), QColor(f.attention ? Warning : Accent));
            const PageFlow::Element item(flow, "LI");
            const PageFlow::Element body(flow, "LBody");
            qreal y = top + flow.pt(3) + pad;
            flow.text(BigNumber, left + pad, y, f.value, f.attention ? Warning : Accent);
            y += fonts.lineHeight(BigNumber);
            y += flow.lines(SmallBold, left + pad, y, labels.at(i), Ink);
            flow.lines(Small, left + pad, y, details.at(i), Muted);
        }
        flow.setY(top + height + gap);
    }
    flow.advance(flow.pt(4));
}

void findings(PageFlow &flow, const report::ReviewReport &r)
{
    if (r.findings.isEmpty())
        return;
    flow.subheading(H3, r.findingsHeading, flow.pt(30));
    const PageFlow::Element list(flow, "L");
    for (const report::ReviewFinding &f : r.findings)
        flow.bullet(Tr::tr("%1: %2").arg(f.severity, f.message));
    flow.advance(flow.pt(6));
}

QString number(double value)
{
    return QLocale().toString(qint64(qRound64(value)));
}

// Tickets per period as horizontal bars split by party, under a legend.
void stackedChart(PageFlow &flow, const report::StackedChart &c)
{
    if (c.isEmpty())
        return;
    ReportFonts &fonts = flow.fonts();
    double max = 0;
    qreal labelWidth = 0;
    for (qsizetype i = 0; i < c.categories.size(); ++i) {
        max = std::max(max, c.total(i));
        labelWidth = std::max(labelWidth, fonts.width(Small, c.categories.at(i)));
    }
    labelWidth = std::min(labelWidth + flow.pt(8), flow.contentWidth() * 0.3);
    const qreal rowHeight = flow.pt(15);
    const qreal legendHeight = fonts.lineHeight(Small) + flow.pt(4);

    QStringList described;
    for (qsizetype i = 0; i < c.categories.size(); ++i) {
        QStringList parts;
        for (qsizetype s = 0; s < c.series.size(); ++s) {
            if (const double v = c.values.at(i).value(s); v > 0)
                parts.append(c.series.at(s).name + u' ' + number(v));
        }
        described.append(c.categories.at(i) + QStringLiteral(": ")
                         + parts.join(QStringLiteral(", ")));
    }

    const auto title = [&](bool continued) {
        if (continued)
            flow.beginArtifact();
        flow.subheading(H3, continued ? Tr::tr("%1 (continued)").arg(c.title) : c.title,
                        legendHeight + 2 * rowHeight);
        if (!continued)
            flow.beginFigure(Tr::tr("Stacked bar chart. %1 (%2): %3.")
                                 .arg(c.title, c.valueLabel, described.join(QStringLiteral("; "))));
        // The legend: a swatch and a name per party, wrapped as needed.
        qreal x = flow.left();
        const qreal swatch = flow.pt(8);
        for (const report::StackedChart::Series &s : c.series) {
            const qreal w = swatch + flow.pt(4) + fonts.width(Small, s.name) + flow.pt(12);
            if (x > flow.left() && x + w > flow.right()) {
                x = flow.left();
                flow.advance(legendHeight);
            }
            flow.fill(QRectF(x, flow.y() + (fonts.lineHeight(Small) - swatch) / 2, swatch, swatch),
                      colorOr(s.color, Accent));
            flow.text(Small, x + swatch + flow.pt(4), flow.y(), s.name, Ink);
            x += w;
        }
        flow.advance(legendHeight);
        if (continued)
            flow.endArtifact();
    };

    flow.advance(flow.pt(6));
    title(false);
    const qreal totalWidth = flow.pt(44);
    const qreal barLeft = flow.left() + labelWidth;
    const qreal barSpace = flow.contentWidth() - labelWidth - totalWidth;
    int page = flow.pageNumber();
    for (qsizetype i = 0; i < c.categories.size(); ++i) {
        flow.ensure(rowHeight);
        if (flow.pageNumber() != page) {
            page = flow.pageNumber();
            title(true);
        }
        const qreal top = flow.y();
        flow.text(Small, flow.left(), top + flow.pt(2),
                  fonts.elided(Small, c.categories.at(i), labelWidth - flow.pt(4)), Ink);
        const qreal barHeight = flow.pt(9);
        const qreal barTop = top + flow.pt(2) + (fonts.lineHeight(Small) - barHeight) / 2;
        qreal x = barLeft;
        for (qsizetype s = 0; s < c.series.size(); ++s) {
            const double v = c.values.at(i).value(s);
            if (v <= 0 || max <= 0)
                continue;
            const qreal w = barSpace * v / max;
            flow.fill(QRectF(x, barTop, std::max(w, flow.pt(0.6)), barHeight),
                      colorOr(c.series.at(s).color, Accent));
            x += w;
        }
        flow.text(SmallBold, x + flow.pt(5), top + flow.pt(2), number(c.total(i)), Ink);
        flow.advance(rowHeight);
    }
    flow.endFigure();
    flow.advance(flow.pt(12));
}

void section(PageFlow &flow, const report::Section &s)
{
    // The heading starts a page rather than stand alone at its foot: it
    // needs room for a caption, a table's header and a first row below.
    flow.ensure(flow.pt(s.tables.isEmpty() ? 110 : 200));
    flow.chapter(s.heading, false);
    for (const QString &p : s.paragraphs)
        flow.paragraph(p);
    for (const report::Table &table : s.tables) {
        if (!table.caption.isEmpty())
            flow.subheading(H3, table.caption, flow.pt(90));
        TableDef def;
        def.columns = TablePainter::fitColumns(flow, table);
        for (qsizetype c = 0; c < def.columns.size(); ++c)
            def.columns[c].center = report::isNumericColumn(table, c);
        def.header = table.header;
        TablePainter painter(flow, def);
        for (const QStringList &row : table.rows) {
            QList<TableCell> cells;
            for (qsizetype c = 0; c < def.columns.size(); ++c)
                cells.append(TableCell{row.value(c), {}, {}, Cell});
            painter.row(cells);
        }
        painter.end();
    }
}

int layOut(const report::ReviewReport &r, QPdfWriter *writer, ReportFonts &fonts,
           const PageCanvas &canvas, int totalPages)
{
    PageFlow flow(writer, fonts, canvas, r.title, totalPages);
    flow.begin();
    flow.text(Kicker, flow.left(), flow.y(), Tr::tr("SERVICE REVIEW"), AccentSoft);
    flow.advance(fonts.lineHeight(Kicker) + flow.pt(4));
    flow.subheading(H2, r.title, flow.pt(60));
    flow.paragraph(r.byline, Small, 0, Muted);
    flow.paragraph(r.summary, BodyBold);
    figures(flow, r.figures);
    findings(flow, r);
    stackedChart(flow, r.volume);
    for (const report::Chart &c : r.charts)
        BarChartPainter(c).paint(flow);
    for (const report::Section &s : r.sections)
        section(flow, s);
    return flow.pageNumber();
}

} // namespace

Status ReviewPdf::write(const report::ReviewReport &report, QIODevice *device)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Status::failure(Tr::tr("drawing a PDF needs the graphical libraries, which this "
                                      "program did not start"));
    // The words the page adds ("continued", the kicker) in the report's
    // language too.
    const DocumentLanguage::Scope scope(report.language);
    QPdfWriter writer(device);
    writer.setTitle(report.title);
    writer.setCreator(QStringLiteral("Dutymap"));
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    ReportFonts fonts(&writer);
    const int pages = layOut(report, &writer, fonts, {}, 0);

    PdfCanvas pdf(device);
    PageCanvas canvas;
    canvas.pdf = &pdf;
    for (int f = 0; f < FontCount; ++f) {
        canvas.pdfFonts[f] = pdf.addFont(fonts.rawFont(FontId(f)));
        if (canvas.pdfFonts[f] < 0)
            return Status::failure(Tr::tr("the font %1 cannot be embedded in a PDF")
                                       .arg(fonts.rawFont(FontId(f)).familyName()));
    }
    pdf.setTitle(report.title);
    pdf.setCreator(QStringLiteral("Dutymap"));
    pdf.setLanguage(report.language.isEmpty() ? QStringLiteral("en") : report.language);
    pdf.beginPage(writer.pageLayout().fullRect(QPageLayout::Point).size());
    pdf.beginElement("Document");
    layOut(report, &writer, fonts, canvas, pages);
    pdf.endElement();
    if (!pdf.finish())
        return Status::failure(device->errorString());
    return {};
}
