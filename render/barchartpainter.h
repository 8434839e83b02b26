#pragma once

#include "sectionpainter.h"

#include <QString>

namespace report {
struct Chart;
}

// A horizontal bar chart under its title: a label, a bar and the value per
// row, the title repeated as continued when the bars run onto a new page.
class BarChartPainter : public SectionPainter
{
public:
    explicit BarChartPainter(const report::Chart &chart)
        : m_chart(chart)
    {}
    void paint(PageFlow &flow) const override;

private:
    void title(PageFlow &flow, bool continued) const;
    QString alternateText() const;
    static QString number(double value);

    const report::Chart &m_chart;
};
