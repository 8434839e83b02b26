#include "matrixpainter.h"

#include "pageflow.h"
#include "report/report.h"
#include "tablepainter.h"

#include <QCoreApplication>

#include <algorithm>

using namespace ReportStyle;

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ReportPainter)
};
} // namespace

void MatrixPainter::legend(PageFlow &flow) const
{
    ReportFonts &fonts = flow.fonts();
    qreal x = flow.left();
    const qreal swatch = flow.pt(10);
    flow.ensure(2 * fonts.lineHeight(Small) + flow.pt(20));
    {
        const PageFlow::Element list(flow, "L");
        for (const Raci::Role role :
             {Raci::Accountable, Raci::Responsible, Raci::Consulted, Raci::Informed}) {
            const QString letter = QString(Raci::roleLetter(role));
            const QString name = Raci::roleName(role);
            const qreal w = swatch + flow.pt(4) + fonts.width(Small, name) + flow.pt(16);
            if (x + w > flow.right()) {
                x = flow.left();
                flow.advance(fonts.lineHeight(Small) + flow.pt(4));
            }
            const qreal y = flow.y();
            const PageFlow::Element item(flow, "LI");
            flow.fill(QRectF(x, y, swatch + flow.pt(6), swatch + flow.pt(2)),
                      roleColor(Raci(role)));
            const qreal lw = fonts.width(SmallBold, letter);
            flow.beginElement("Lbl");
            flow.text(SmallBold, x + (swatch + flow.pt(6) - lw) / 2, y + flow.pt(0.5), letter, Ink);
            flow.endElement();
            const PageFlow::Element body(flow, "LBody");
            flow.text(Small, x + swatch + flow.pt(10), y + flow.pt(0.5), name, Ink);
            x += w + flow.pt(6);
        }
    }
    flow.advance(fonts.lineHeight(Small) + flow.pt(8));
    QStringList codes;
    for (const report::PartyColumn &p : m_report.matrix.parties)
        codes.append(p.code == p.name ? p.name : Tr::tr("%1 = %2").arg(p.code, p.name));
    if (!codes.isEmpty())
        flow.paragraph(codes.join(QStringLiteral("   ·   ")), Small, 0, Muted);
    flow.advance(flow.pt(2));
}

void MatrixPainter::paint(PageFlow &flow) const
{
    ReportFonts &fonts = flow.fonts();
    const report::Matrix &m = m_report.matrix;
    flow.chapter(Tr::tr("Responsibility matrix"), true);
    flow.paragraph(Tr::tr("Who is Responsible, Accountable, Consulted and Informed for every "
                          "duty, by area. Ownership says who performs the work."),
                   Body, 0, Muted);
    legend(flow);

    TableDef t;
    const QString ownershipHeader = Tr::tr("Ownership");
    qreal ownWidth = fonts.width(CellBold, ownershipHeader);
    for (const report::MatrixGroup &g : m.groups)
        for (const report::MatrixRow &r : g.rows)
            ownWidth = std::max(ownWidth, fonts.width(Cell, r.ownership));
    ownWidth += 2 * flow.padX() + flow.pt(2);
    const qsizetype n = m.parties.size();
    qreal partyWidth = flow.pt(34);
    for (const report::PartyColumn &p : m.parties)
        partyWidth =
            std::max(partyWidth, fonts.width(CellBold, p.code) + 2 * flow.padX() + flow.pt(2));
    partyWidth = std::min(partyWidth, flow.pt(72));
    const qreal contentWidth = flow.contentWidth();
    const qreal minDuty = flow.pt(150);
    if (n > 0 && contentWidth - ownWidth - n * partyWidth < minDuty)
        partyWidth = std::max(flow.pt(16), (contentWidth - ownWidth - minDuty) / n);
    const qreal dutyWidth = std::max(flow.pt(60), contentWidth - ownWidth - n * partyWidth);
    t.columns.append(TableColumn{dutyWidth, false});
    t.header.append(Tr::tr("Duty"));
    t.headerStrips.append(QColor());
    for (const report::PartyColumn &p : m.parties) {
        t.columns.append(TableColumn{partyWidth, true});
        t.header.append(p.code);
        t.headerStrips.append(colorOr(p.color, AccentSoft));
    }
    t.columns.append(TableColumn{ownWidth, false});
    t.header.append(ownershipHeader);

    TablePainter table(flow, t);
    for (const report::MatrixGroup &g : m.groups) {
        if (g.rows.isEmpty())
            continue;
        table.group(g.area, table.rowHeight(cells(m, g.rows.constFirst())));
        for (const report::MatrixRow &r : g.rows)
            table.row(cells(m, r));
    }
    if (m.dutyCount() == 0)
        table.row({TableCell{Tr::tr("No duties."), {}, {}, Cell}});
    table.end();
}

QList<TableCell> MatrixPainter::cells(const report::Matrix &m, const report::MatrixRow &r)
{
    QList<TableCell> cells;
    cells.reserve(m.parties.size() + 2);
    cells.append(TableCell{r.title, {}, {}, Cell});
    for (qsizetype i = 0; i < m.parties.size(); ++i) {
        const Raci raci = r.roles.value(i);
        cells.append(TableCell{raci.toString(), {}, roleColor(raci), CellBold});
    }
    cells.append(TableCell{r.ownership, {}, {}, Cell});
    return cells;
}
