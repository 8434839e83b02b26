#pragma once

class PageFlow;

// Draws one part of the report (the cover, the summary, the matrix, ...)
// onto the pages at the flow's cursor, leaving the cursor below it.
// ReportPainter runs one painter per part, in the order the report reads.
class SectionPainter
{
public:
    virtual ~SectionPainter() = default;
    virtual void paint(PageFlow &flow) const = 0;
};
