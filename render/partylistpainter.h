#pragma once

#include "sectionpainter.h"

#include <QList>

struct TableCell;
namespace report {
struct PartyDuty;
struct PartyList;
} // namespace report

// One party's list: every duty it is Responsible or Accountable for, by
// area, with its role and frequency, the page a team keeps at hand.
class PartyListPainter : public SectionPainter
{
public:
    // Past this many duties, descriptions would make the list hundreds of
    // pages (and the PDF slow to write): it lists titles only and says so.
    static constexpr int MaxDescribedDuties = 500;

    explicit PartyListPainter(const report::PartyList &list)
        : m_list(list)
    {}
    void paint(PageFlow &flow) const override;

private:
    static QList<TableCell> cells(const report::PartyDuty &d, bool describe);

    const report::PartyList &m_list;
};
