#pragma once

#include "sectionpainter.h"

#include <QtGlobal>

namespace report {
struct Report;
struct Signature;
} // namespace report

// The signature page: a block per party, two to a row, with lines for the
// signature and the date.
class SignaturePainter : public SectionPainter
{
public:
    explicit SignaturePainter(const report::Report &report)
        : m_report(report)
    {}
    void paint(PageFlow &flow) const override;

private:
    static void block(PageFlow &flow, const report::Signature &s, qreal x, qreal width);

    const report::Report &m_report;
};
