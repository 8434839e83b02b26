#pragma once

#include "sectionpainter.h"

#include <QList>

struct TableCell;
namespace report {
struct Matrix;
struct MatrixRow;
struct Report;
} // namespace report

// The responsibility matrix: a legend of the roles and party codes, then
// one row per duty by area, a column per party and the ownership.
class MatrixPainter : public SectionPainter
{
public:
    explicit MatrixPainter(const report::Report &report)
        : m_report(report)
    {}
    void paint(PageFlow &flow) const override;

private:
    void legend(PageFlow &flow) const;
    static QList<TableCell> cells(const report::Matrix &m, const report::MatrixRow &r);

    const report::Report &m_report;
};
