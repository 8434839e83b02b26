#include "summarypainter.h"

#include "barchartpainter.h"
#include "pageflow.h"
#include "report/report.h"

#include <QCoreApplication>
#include <QLocale>

using namespace ReportStyle;

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ReportPainter)
};
} // namespace

void SummaryPainter::paint(PageFlow &flow) const
{
    const report::Summary &s = m_report.summary;
    flow.chapter(Tr::tr("Executive summary"), true);
    for (const QString &p : s.paragraphs)
        flow.paragraph(p);
    findingsCallout(flow, s.openFindings);
    for (const report::Chart &chart : s.charts)
        BarChartPainter(chart).paint(flow);
    if (!s.internalAuthority.isEmpty()) {
        flow.advance(flow.pt(4));
        flow.subheading(H2, Tr::tr("What internal IT keeps authority over"),
                        2 * flow.fonts().lineHeight(Body));
        const PageFlow::Element list(flow, "L");
        for (const QString &item : s.internalAuthority)
            flow.bullet(item);
        flow.advance(flow.pt(6));
    }
}

void SummaryPainter::findingsCallout(PageFlow &flow, int count)
{
    ReportFonts &fonts = flow.fonts();
    const qreal h = flow.pt(48);
    flow.ensure(h + flow.pt(10));
    flow.advance(flow.pt(4));
    const qreal left = flow.left();
    const qreal top = flow.y();
    const PageFlow::Element paragraph(flow, "P");
    const QRgb color = count > 0 ? Warning : Good;
    flow.fill(QRectF(left, top, flow.contentWidth(), h), QColor(AccentLight));
    flow.fill(QRectF(left, top, flow.pt(4), h), QColor(color));
    const QString number = QLocale().toString(count);
    const qreal numberWidth = fonts.width(BigNumber, number);
    flow.text(BigNumber, left + flow.pt(16),
              top + (h - fonts.lineHeight(BigNumber)) / 2 + flow.pt(2), number, color);
    const QString label = count == 1 ? Tr::tr("open finding (error or warning) in the health "
                                              "check")
                                     : Tr::tr("open findings (errors and warnings) in the "
                                              "health check");
    const qreal x = left + flow.pt(16) + numberWidth + flow.pt(12);
    const QStringList ls = fonts.wrap(BodyBold, label, flow.right() - x - flow.pt(10));
    const qreal th = ls.size() * fonts.lineHeight(BodyBold);
    flow.lines(BodyBold, x, top + (h - th) / 2, ls, Ink);
    flow.advance(h + flow.pt(16));
}
