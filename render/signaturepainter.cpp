#include "signaturepainter.h"

#include "pageflow.h"
#include "report/report.h"

#include <QCoreApplication>

#include <algorithm>

using namespace ReportStyle;

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ReportPainter)
};

qreal blockHeight(const PageFlow &flow)
{
    return flow.pt(128);
}
} // namespace

void SignaturePainter::paint(PageFlow &flow) const
{
    if (m_report.signatures.isEmpty())
        return;
    flow.ensure(flow.pt(110) + blockHeight(flow));
    flow.chapter(Tr::tr("Signatures"), false);
    flow.paragraph(Tr::tr("Signed for and on behalf of the parties named below, who agree to "
                          "the responsibilities set out in this agreement."),
                   Body, 0, Muted);
    const qreal gap = flow.pt(28);
    const qreal blockWidth = (flow.contentWidth() - gap) / 2;
    for (int i = 0; i < m_report.signatures.size(); ++i) {
        const int column = i % 2;
        if (column == 0) {
            if (i > 0)
                flow.advance(blockHeight(flow));
            flow.ensure(blockHeight(flow));
        }
        block(flow, m_report.signatures[i], flow.left() + column * (blockWidth + gap), blockWidth);
    }
    flow.advance(blockHeight(flow));
}

void SignaturePainter::block(PageFlow &flow, const report::Signature &s, qreal x, qreal width)
{
    ReportFonts &fonts = flow.fonts();
    // Each party's block reads as a group of its own: the party, then its
    // signature line and fields.
    const PageFlow::Element group(flow, "Div");
    qreal y = flow.y() + flow.pt(6);
    const QStringList partyLines = fonts.wrap(SmallBold, s.party.toUpper(), width);
    flow.beginElement("P");
    y += flow.lines(SmallBold, x, y, partyLines.mid(0, 2), Accent);
    flow.endElement();
    y += flow.pt(34);
    flow.hline(x, x + width, y, Ink, flow.pt(0.7));
    flow.beginElement("P");
    flow.text(Footer, x, y + flow.pt(2), Tr::tr("Signature"), Muted);
    flow.endElement();
    y += flow.pt(14);
    const auto field = [&](const QString &label, const QString &value) {
        const PageFlow::Element paragraph(flow, "P");
        const QString labelText = label + QStringLiteral(": ");
        const qreal lw = fonts.width(Small, labelText);
        flow.text(Small, x, y, labelText, Muted);
        flow.text(Body, x + lw, y - flow.pt(1), fonts.elided(Body, value, width - lw), Ink);
        y += fonts.lineHeight(Body) + flow.pt(2);
    };
    field(Tr::tr("Name"), s.name);
    field(Tr::tr("Title"), s.title);
    const QString dateLabel = Tr::tr("Date") + QStringLiteral(": ");
    const PageFlow::Element paragraph(flow, "P");
    flow.text(Small, x, y, dateLabel, Muted);
    const qreal lw = fonts.width(Small, dateLabel);
    flow.hline(x + lw, x + std::min(width, lw + flow.pt(120)), y + fonts.lineHeight(Small), Ink,
               flow.pt(0.5));
}
