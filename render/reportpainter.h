#pragma once

#include "report/report.h"
#include "result.h"

#include <QPageLayout>

class QIODevice;
class QPagedPaintDevice;

// Draws a report::Report as a paged document: onto a QPrinter for printing
// and print preview, into a PDF file for the export (writePdf), from one
// layout, so paper and PDF always look the same.
//
// The layout is our own, not QTextDocument's (far too slow on 10,000
// duties, see docs/architecture.md): text is measured once per string and font,
// wrapped at word boundaries, tables are paginated row by row with the
// header row repeated on every page and no row split across pages. Text is
// drawn as text, so it stays selectable in the PDF. Two passes: the first
// only measures and counts the pages, the second paints with "Page N of M"
// known. Every string of the report is drawn literally; none is markup.
class ReportPainter
{
public:
    // Above this many parties the matrix does not fit a portrait page.
    static constexpr int MaxPortraitParties = 5;

    // A4, portrait or landscape (more than MaxPortraitParties parties), no
    // device margins: the painter keeps its own margins.
    static QPageLayout pageLayoutFor(const report::Report &report);

    // Paints every page of the report; the device must not be painted on
    // yet. Returns the number of pages, or a failure when the device cannot
    // be painted on. Needs a QGuiApplication (fonts).
    static Result<int> paint(const report::Report &report, QPagedPaintDevice *device);

    // Writes the report as a PDF document to device, the same pages as
    // paint() on a QPdfWriter, with the cover title and creator in its
    // metadata. Written by PdfCanvas, several times faster than
    // QPdfWriter and tagged for screen readers (headings, paragraphs,
    // lists, tables with header cells, charts as figures with their
    // numbers as alternative text); text that needs shaping (see
    // textshaping.h) is shaped by Qt string by string. Only when the
    // document's own fonts cannot be embedded does QPdfWriter draw it all,
    // untagged, as Qt's writer cannot tag. Untagged on request: the same
    // pages without the structure, what the benchmark compares with.
    enum class Tagging { Tagged, Untagged };
    static Result<int> writePdf(const report::Report &report, QIODevice *device,
                                const QString &creator, Tagging tagging = Tagging::Tagged);
};
