#include "barchartpainter.h"

#include "pageflow.h"
#include "report/report.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

using namespace ReportStyle;

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ReportPainter)
};

// The smallest height of a bar's row.
qreal rowMin(const PageFlow &flow)
{
    return flow.pt(15);
}
} // namespace

QString BarChartPainter::number(double value)
{
    if (value == double(qint64(value)))
        return QLocale().toString(qint64(value));
    return QLocale().toString(value, 'f', 1);
}

void BarChartPainter::title(PageFlow &flow, bool continued) const
{
    // Repeated on a new page, the title is page furniture: the reader has
    // heard it.
    if (continued)
        flow.beginArtifact();
    const QString t = continued ? Tr::tr("%1 (continued)").arg(m_chart.title) : m_chart.title;
    flow.subheading(H3, t, 2 * rowMin(flow));
    if (!continued)
        flow.beginFigure(alternateText());
    if (!m_chart.valueLabel.isEmpty()) {
        flow.text(Small, flow.left(), flow.y() - flow.pt(3), m_chart.valueLabel, Muted);
        flow.advance(flow.fonts().lineHeight(Small) + flow.pt(2));
    }
    if (continued)
        flow.endArtifact();
}

// What the chart shows, for a reader that cannot see it: "Bar chart.
// Duties per area (duties): Help desk 14, Monitoring 3, ..."
QString BarChartPainter::alternateText() const
{
    QStringList bars;
    bars.reserve(m_chart.bars.size());
    for (const report::Bar &b : m_chart.bars)
        bars.append(b.label + u' ' + number(b.value));
    const QString title = m_chart.valueLabel.isEmpty()
                              ? m_chart.title
                              : QStringLiteral("%1 (%2)").arg(m_chart.title, m_chart.valueLabel);
    return Tr::tr("Bar chart. %1: %2.").arg(title, bars.join(QStringLiteral(", ")));
}

void BarChartPainter::paint(PageFlow &flow) const
{
    if (m_chart.bars.isEmpty())
        return;
    ReportFonts &fonts = flow.fonts();
    flow.advance(flow.pt(6));
    title(flow, false);
    qreal labelWidth = 0;
    double max = 0;
    for (const report::Bar &b : m_chart.bars) {
        labelWidth = std::max(labelWidth, fonts.width(Small, b.label));
        max = std::max(max, b.value);
    }
    labelWidth = std::min(labelWidth + flow.pt(8), flow.contentWidth() * 0.36);
    const qreal valueWidth = flow.pt(44);
    const qreal left = flow.left();
    const qreal barLeft = left + labelWidth;
    const qreal barSpace = flow.contentWidth() - labelWidth - valueWidth;
    const QColor fallback(Accent);
    int page = flow.pageNumber();
    for (const report::Bar &b : m_chart.bars) {
        const QStringList ls = fonts.wrap(Small, b.label, labelWidth - flow.pt(8));
        const qreal h = std::max(rowMin(flow), ls.size() * fonts.lineHeight(Small) + flow.pt(4));
        flow.ensure(h);
        if (flow.pageNumber() != page) {
            page = flow.pageNumber();
            title(flow, true);
        }
        const qreal top = flow.y();
        flow.lines(Small, left, top + flow.pt(2), ls, Ink);
        const qreal barHeight = flow.pt(9);
        const qreal barWidth = max > 0 ? barSpace * std::max(0.0, b.value) / max : 0;
        const qreal barTop = top + flow.pt(2) + (fonts.lineHeight(Small) - barHeight) / 2;
        flow.fill(QRectF(barLeft, barTop, std::max(barWidth, flow.pt(0.8)), barHeight),
                  b.color.isEmpty() ? fallback : colorOr(b.color, Accent));
        flow.text(SmallBold, barLeft + barWidth + flow.pt(5), top + flow.pt(2), number(b.value),
                  Ink);
        flow.advance(h);
    }
    flow.hline(barLeft, barLeft + flow.pt(0.6), flow.y(), Rule, flow.pt(0.6));
    flow.endFigure();
    flow.advance(flow.pt(12));
}
