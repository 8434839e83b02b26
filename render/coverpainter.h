#pragma once

#include "sectionpainter.h"

namespace report {
struct Report;
}

// The first page: the title on a coloured band, the parties, and the facts
// of the agreement (model, dates, status) two to a row.
class CoverPainter : public SectionPainter
{
public:
    explicit CoverPainter(const report::Report &report)
        : m_report(report)
    {}
    void paint(PageFlow &flow) const override;

private:
    const report::Report &m_report;
};
