#pragma once

#include "pdfcanvas.h"
#include "reportfonts.h"
#include "reportstyle.h"

#include <QGlyphRun>
#include <QRectF>
#include <QString>
#include <QVarLengthArray>

class QPagedPaintDevice;
class QPainter;

// Where a layout pass draws: nowhere (the pass that counts the pages), on
// a QPainter, or straight into a PDF file.
struct PageCanvas {
    QPainter *painter = nullptr;
    PdfCanvas *pdf = nullptr;
    int pdfFonts[ReportStyle::FontCount] = {}; // the PdfCanvas font of each of ours

    bool drawing() const { return painter || pdf; }
};

// The pages the report flows onto, and the one interface every section
// painter draws through: the page geometry, a cursor running down the
// page, page breaks with the footer on every page, the drawing primitives
// and the text blocks the sections share (chapter headings, paragraphs,
// bullets).
//
// Run once without a canvas to count the pages, then with one. The device
// gives the page and the resolution; the units are its pixels, pt()
// converts from points.
class PageFlow
{
public:
    using FontId = ReportStyle::FontId;

    PageFlow(QPagedPaintDevice *device, ReportFonts &fonts, const PageCanvas &canvas,
             const QString &footerTitle, int totalPages);

    // Starts the first page (the device has it already).
    void begin();

    ReportFonts &fonts() { return m_fonts; }
    int pageNumber() const { return m_page; }

    qreal pt(qreal points) const { return points * m_k; }
    qreal pageWidth() const { return m_pageWidth; }
    qreal pageHeight() const { return m_pageHeight; }
    qreal left() const { return m_left; }
    qreal right() const { return m_right; }
    qreal top() const { return m_top; }
    qreal bottom() const { return m_bottom; }
    qreal contentWidth() const { return m_right - m_left; }
    // A table cell's padding.
    qreal padX() const { return m_padX; }
    qreal padY() const { return m_padY; }

    // The cursor: where the next block starts.
    qreal y() const { return m_y; }
    void setY(qreal y) { m_y = y; }
    void advance(qreal dy) { m_y += dy; }
    bool atPageTop() const { return m_y <= m_top + 0.5; }
    bool fits(qreal height) const { return m_y + height <= m_bottom + 0.01; }
    // Starts a new page unless height fits on this one (or this page is
    // still empty, where nothing would be gained).
    void ensure(qreal height);
    void newPage();

    // --- drawing primitives: no-ops in the counting pass -----------------

    void text(FontId f, qreal x, qreal top, const QString &s, QRgb color);
    void fill(const QRectF &rect, const QColor &color);
    void hline(qreal x1, qreal x2, qreal y, QRgb color, qreal width);
    // Draws wrapped lines from top; returns the height used.
    qreal lines(FontId f, qreal x, qreal top, const QStringList &ls, QRgb color);

    // --- blocks at the cursor ---------------------------------------------

    // A numbered chapter heading, on a new page or kept with what follows.
    void chapter(const QString &title, bool onNewPage);
    // A heading kept with keepWithNext of what follows it.
    void subheading(FontId f, const QString &title, qreal keepWithNext);
    void paragraph(const QString &s, FontId f = ReportStyle::Body, qreal indent = 0,
                   QRgb color = ReportStyle::Ink);
    // An item of a list (L), its text after a bullet.
    void bullet(const QString &s);

    // --- structure for a tagged PDF: no-ops on other canvases -------------

    // Opens and closes a structure element (PdfCanvas::beginElement()):
    // the text drawn meanwhile is its content. Decoration drawn with
    // fill() is an artifact, except inside a figure.
    void beginElement(const char *type);
    void endElement();
    // Alternative text and attributes of the element open now.
    void setAlternateText(const QString &text);
    void setAttributes(const QByteArray &attributes);
    // A Figure: what is drawn until endFigure() is its content, the bars
    // as well as the text, and text says what it shows to a reader.
    void beginFigure(const QString &alternateText);
    void endFigure();
    // Until endArtifact(), whatever is drawn is an artifact: the footer, a
    // header row or title repeated on a new page.
    void beginArtifact(PdfCanvas::Artifact kind = PdfCanvas::Artifact::Pagination);
    void endArtifact();

    // Opens an element for the scope of a block.
    class Element
    {
    public:
        Element(PageFlow &flow, const char *type)
            : m_flow(flow)
        {
            m_flow.beginElement(type);
        }
        ~Element() { m_flow.endElement(); }
        Element(const Element &) = delete;
        Element &operator=(const Element &) = delete;

    private:
        PageFlow &m_flow;
    };

private:
    void startPage();
    void footer();

    QPagedPaintDevice *m_device;
    ReportFonts &m_fonts;
    PageCanvas m_canvas;
    QString m_footerTitle;
    QString m_footerElided; // the title as it fits in m_footerRoom
    qreal m_footerRoom = -1;
    int m_total;
    qreal m_k = 1;
    qreal m_pageWidth = 0, m_pageHeight = 0;
    qreal m_left = 0, m_right = 0, m_top = 0, m_bottom = 0;
    qreal m_padX = 0, m_padY = 0;
    qreal m_y = 0;
    int m_page = 0;
    int m_chapter = 0;
    bool m_inFigure = false;
    int m_artifactDepth = 0;
    // Per element begun: whether the canvas has it (not when begun inside
    // an artifact, where nothing is structure), and whether its text so
    // far ends in a word, so that the next line or run needs a space.
    struct OpenElement {
        bool tagged = false;
        bool inWord = false;
    };
    QVarLengthArray<OpenElement, 16> m_elements;
    GlyphLine m_space;
    int m_currentFont = -1;
    QRgb m_currentColor = 0x1000000; // none yet
    GlyphLine m_line;
    QGlyphRun m_run;
};
