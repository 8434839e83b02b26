#pragma once

#include "exchange/format.h"

// The agreement as a PDF document to read and sign: ReportPainter's pages
// drawn on a QPdfWriter, with the title and creator in the document's
// metadata. Needs a QGuiApplication; dutymap-cli gets one by loading the
// render module (rendermodule.h), the window and the tests link this
// library directly and register the format at start-up.
class PdfFormat : public Format
{
public:
    QString id() const override { return QStringLiteral("pdf"); }
    QString name() const override;
    QString extension() const override { return QStringLiteral("pdf"); }
    Capabilities capabilities() const override { return WritesDocument | NeedsGui | Binary; }

    Status write(const ExportJob &job, QIODevice *device) const override;
    // The same from a report already built.
    Status writeReport(const report::Report &report, QIODevice *device) const;
};
