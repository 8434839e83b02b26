#pragma once

#include "exchange/format.h"

// The agreement as an Excel workbook the teams keep editing, written with
// libxlsxwriter from the report content: a Matrix sheet (one column per
// party, role cells coloured by conditional formats and restricted by a
// drop-down of valid RACI values), one sheet per party's responsibilities,
// and one per table of the report's other sections (escalation rules,
// tools, ...). Every sheet has a frozen header row, an autofilter and
// column widths fitted to its content. All user text is written as
// strings, never as formulas, so a title starting with '=' stays text.
class XlsxFormat : public Format
{
public:
    QString id() const override { return QStringLiteral("xlsx"); }
    QString name() const override;
    QString extension() const override { return QStringLiteral("xlsx"); }
    Capabilities capabilities() const override { return WritesDocument | Binary; }
    Status write(const ExportJob &job, QIODevice *device) const override;
    // The same from a report already built.
    Status writeReport(const report::Report &report, QIODevice *device) const;
};
