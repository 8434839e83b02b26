#include "textsectionpainter.h"

#include "pageflow.h"
#include "report/report.h"
#include "tablepainter.h"

#include <QCoreApplication>

using namespace ReportStyle;

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ReportPainter)
};
} // namespace

void TextSectionPainter::paint(PageFlow &flow) const
{
    flow.chapter(m_section.heading, m_first);
    for (const QString &p : m_section.paragraphs)
        flow.paragraph(p);
    for (const report::Table &t : m_section.tables)
        table(flow, t);
}

void TextSectionPainter::table(PageFlow &flow, const report::Table &table)
{
    if (!table.caption.isEmpty())
        flow.subheading(H3, table.caption, flow.pt(50));
    TableDef t;
    t.columns = TablePainter::fitColumns(flow, table);
    t.header = table.header;
    TablePainter painter(flow, t);
    for (const QStringList &row : table.rows) {
        QList<TableCell> cells;
        cells.reserve(t.columns.size());
        for (qsizetype c = 0; c < t.columns.size(); ++c)
            cells.append(TableCell{row.value(c), {}, {}, Cell});
        painter.row(cells);
    }
    if (table.rows.isEmpty())
        painter.row({TableCell{Tr::tr("None."), {}, {}, Cell}});
    painter.end();
}
