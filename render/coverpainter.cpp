#include "coverpainter.h"

#include "pageflow.h"
#include "report/report.h"

#include <QCoreApplication>

#include <algorithm>
#include <utility>

using namespace ReportStyle;

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ReportPainter)
};
} // namespace

void CoverPainter::paint(PageFlow &flow) const
{
    ReportFonts &fonts = flow.fonts();
    const report::Cover &c = m_report.cover;
    const qreal left = flow.left();
    const qreal width = flow.contentWidth();
    const qreal band = flow.pageHeight() * 0.42;
    flow.fill(QRectF(0, 0, flow.pageWidth(), band), QColor(Accent));
    flow.fill(QRectF(0, band, flow.pageWidth(), flow.pt(5)), QColor(AccentSoft));

    qreal y = flow.top() + flow.pt(46);
    {
        const PageFlow::Element kicker(flow, "P");
        flow.text(Kicker, left, y, Tr::tr("CO-MANAGED IT RESPONSIBILITY AGREEMENT"), AccentSoft);
    }
    y += fonts.lineHeight(Kicker) + flow.pt(18);
    const QStringList titleLines = fonts.wrap(CoverTitle, c.title, width);
    {
        const PageFlow::Element title(flow, "H1");
        y += flow.lines(CoverTitle, left, y, titleLines, White) + flow.pt(10);
    }
    if (!c.client.isEmpty() || !c.provider.isEmpty()) {
        const PageFlow::Element paragraph(flow, "P");
        const QString parties = c.client.isEmpty() || c.provider.isEmpty()
                                    ? c.client + c.provider
                                    : Tr::tr("%1 and %2").arg(c.client, c.provider);
        y += flow.lines(CoverSub, left, y, fonts.wrap(CoverSub, parties, width), AccentSoft);
    }
    if (!m_report.partyFilter.isEmpty()) {
        const PageFlow::Element paragraph(flow, "P");
        y += flow.pt(8);
        flow.lines(
            Body, left, y,
            fonts.wrap(Body,
                       Tr::tr("Limited to the responsibilities of %1").arg(m_report.partyFilter),
                       width),
            White);
    }

    // The facts, two to a row, label above value: a list of labelled items.
    const QList<std::pair<QString, QString>> facts = {
        {Tr::tr("Client"), c.client},
        {Tr::tr("Provider"), c.provider},
        {Tr::tr("Responsibility model"), c.model},
        {Tr::tr("Effective date"), c.effectiveDate},
        {Tr::tr("Status"), c.status},
        {Tr::tr("Revision"), c.revision},
        {Tr::tr("Next review"), c.nextReview},
    };
    flow.setY(band + flow.pt(40));
    const qreal colWidth = (width - flow.pt(24)) / 2;
    const PageFlow::Element list(flow, "L");
    for (int i = 0; i < facts.size(); i += 2) {
        qreal rowHeight = 0;
        const qreal top = flow.y();
        for (int j = i; j < std::min<int>(i + 2, int(facts.size())); ++j) {
            const qreal x = left + (j - i) * (colWidth + flow.pt(24));
            const PageFlow::Element item(flow, "LI");
            flow.beginElement("Lbl");
            flow.text(SmallBold, x, top, facts[j].first.toUpper(), Muted);
            flow.endElement();
            const PageFlow::Element body(flow, "LBody");
            const QString value = facts[j].second.isEmpty() ? QStringLiteral("—") : facts[j].second;
            const QStringList ls = fonts.wrap(H3, value, colWidth);
            const qreal h =
                fonts.lineHeight(SmallBold) + flow.pt(3)
                + flow.lines(H3, x, top + fonts.lineHeight(SmallBold) + flow.pt(3), ls, Ink);
            rowHeight = std::max(rowHeight, h);
        }
        flow.advance(rowHeight + flow.pt(8));
        flow.hline(left, flow.right(), flow.y(), Rule, flow.pt(0.6));
        flow.advance(flow.pt(12));
    }
}
