#include "partylistpainter.h"

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

void PartyListPainter::paint(PageFlow &flow) const
{
    flow.chapter(m_list.heading, true);
    int count = 0;
    for (const report::PartyDutyGroup &g : m_list.groups)
        count += int(g.duties.size());
    flow.paragraph(
        (count == 1
             ? Tr::tr("One duty where %1 is Responsible or Accountable.")
             : Tr::tr("%n duties where %1 is Responsible or Accountable, by area.", nullptr, count))
            .arg(m_list.party.name),
        Body, 0, Muted);
    const bool describe = count <= MaxDescribedDuties;
    if (!describe)
        flow.paragraph(Tr::tr("A long list: descriptions are left out here; the matrix "
                              "export to Excel holds them."),
                       Body, 0, Muted);
    TableDef t;
    const qreal roleWidth = flow.pt(46);
    const qreal frequencyWidth = flow.pt(92);
    t.columns = {TableColumn{flow.contentWidth() - roleWidth - frequencyWidth, false},
                 TableColumn{roleWidth, true}, TableColumn{frequencyWidth, false}};
    t.header = {Tr::tr("Duty"), Tr::tr("Role"), Tr::tr("Frequency")};
    const QColor strip = colorOr(m_list.party.color, AccentSoft);
    t.headerStrips = {strip, strip, strip};
    TablePainter table(flow, t);
    for (const report::PartyDutyGroup &g : m_list.groups) {
        if (g.duties.isEmpty())
            continue;
        table.group(g.area, table.rowHeight(cells(g.duties.constFirst(), describe)));
        for (const report::PartyDuty &d : g.duties)
            table.row(cells(d, describe));
    }
    if (count == 0)
        table.row({TableCell{Tr::tr("None."), {}, {}, Cell}});
    table.end();
}

QList<TableCell> PartyListPainter::cells(const report::PartyDuty &d, bool describe)
{
    const std::optional<Raci> raci = Raci::parse(d.roles);
    return {TableCell{d.title, describe ? d.description : QString(), {}, CellBold},
            TableCell{d.roles, {}, raci ? roleColor(*raci) : QColor(), CellBold},
            TableCell{d.frequency, {}, {}, Cell}};
}
