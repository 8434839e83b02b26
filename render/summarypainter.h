#pragma once

#include "sectionpainter.h"

namespace report {
struct Report;
}

// The executive summary: its paragraphs, the open findings as a callout,
// the charts, and what internal IT keeps authority over.
class SummaryPainter : public SectionPainter
{
public:
    explicit SummaryPainter(const report::Report &report)
        : m_report(report)
    {}
    void paint(PageFlow &flow) const override;

private:
    static void findingsCallout(PageFlow &flow, int count);

    const report::Report &m_report;
};
