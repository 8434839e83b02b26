#include "pageflow.h"

#include "pdfcanvas.h"

#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>

using namespace ReportStyle;

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ReportPainter)
};
} // namespace

PageFlow::PageFlow(QPagedPaintDevice *device, ReportFonts &fonts, const PageCanvas &canvas,
                   const QString &footerTitle, int totalPages)
    : m_device(device)
    , m_fonts(fonts)
    , m_canvas(canvas)
    , m_footerTitle(footerTitle)
    , m_total(totalPages)
{
    m_k = device->logicalDpiY() / 72.0;
    m_pageWidth = device->width();
    m_pageHeight = device->height();
    // Generous margins on paper; a printer's own unprintable margins count
    // towards them.
    const QMarginsF deviceMargins = device->pageLayout().margins(QPageLayout::Point);
    const auto margin = [this](qreal want, qreal have) { return pt(std::max(want - have, 14.0)); };
    m_left = margin(54, deviceMargins.left());
    m_right = m_pageWidth - margin(54, deviceMargins.right());
    m_top = margin(54, deviceMargins.top());
    m_bottom = m_pageHeight - margin(66, deviceMargins.bottom());
    m_padX = pt(5);
    m_padY = pt(3.2);
}

void PageFlow::begin()
{
    startPage();
}

void PageFlow::ensure(qreal height)
{
    if (!fits(height) && !atPageTop())
        newPage();
}

void PageFlow::startPage()
{
    ++m_page;
    m_y = m_top;
    footer();
}

void PageFlow::newPage()
{
    if (m_canvas.painter)
        m_device->newPage();
    if (m_canvas.pdf)
        m_canvas.pdf->beginPage(m_device->pageLayout().fullRect(QPageLayout::Point).size());
    startPage();
}

void PageFlow::text(FontId f, qreal x, qreal top, const QString &s, QRgb color)
{
    if (s.isEmpty())
        return;
    if (!m_canvas.drawing()) {
        m_fonts.glyphs(f, s, nullptr); // notes whether the text needs shaping
        return;
    }
    const QPointF baseline(x, top + m_fonts.ascent(f));
    const bool fromGlyphs = m_fonts.glyphs(f, s, &m_line);
    if (m_canvas.pdf) {
        if (!fromGlyphs) // never: writePdf() draws here only when no text needs shaping
            return;
        for (qreal &glyphX : m_line.x)
            glyphX /= m_k;
        m_canvas.pdf->drawGlyphs(m_canvas.pdfFonts[f], m_fonts.rawFont(f).pixelSize() / m_k,
                                 baseline / m_k, m_line.ids.constData(), m_line.x.constData(),
                                 s.constData(), int(m_line.ids.size()), color);
        return;
    }
    if (m_currentFont != f) {
        m_canvas.painter->setFont(m_fonts.font(f));
        m_currentFont = f;
    }
    if (m_currentColor != color) {
        m_canvas.painter->setPen(QColor(color));
        m_currentColor = color;
    }
    if (!fromGlyphs) {
        m_canvas.painter->drawText(baseline, s);
        return;
    }
    QList<QPointF> positions;
    positions.reserve(m_line.x.size());
    for (const qreal glyphX : std::as_const(m_line.x))
        positions.append(QPointF(glyphX, 0));
    m_run.setRawFont(m_fonts.rawFont(f));
    m_run.setGlyphIndexes(QList<quint32>(m_line.ids.begin(), m_line.ids.end()));
    m_run.setPositions(positions);
    m_canvas.painter->drawGlyphRun(baseline, m_run);
}

void PageFlow::fill(const QRectF &rect, const QColor &color)
{
    if (!color.isValid())
        return;
    if (m_canvas.painter)
        m_canvas.painter->fillRect(rect, color);
    else if (m_canvas.pdf)
        m_canvas.pdf->fillRect(QRectF(rect.topLeft() / m_k, rect.size() / m_k), color.rgb());
}

void PageFlow::hline(qreal x1, qreal x2, qreal y, QRgb color, qreal width)
{
    fill(QRectF(x1, y - width / 2, x2 - x1, width), QColor(color));
}

qreal PageFlow::lines(FontId f, qreal x, qreal top, const QStringList &ls, QRgb color)
{
    const qreal lh = m_fonts.lineHeight(f);
    for (int i = 0; i < ls.size(); ++i)
        text(f, x, top + i * lh, ls[i], color);
    return ls.size() * lh;
}

void PageFlow::footer()
{
    const qreal ruleY = m_bottom + pt(22);
    hline(m_left, m_right, ruleY, Rule, pt(0.6));
    const QString pageText = Tr::tr("Page %1 of %2").arg(m_page).arg(m_total);
    const qreal pageWidth = m_fonts.width(Footer, pageText);
    const QString title =
        m_fonts.elided(Footer, m_footerTitle, contentWidth() - pageWidth - pt(24));
    text(Footer, m_left, ruleY + pt(6), title, Muted);
    text(Footer, m_right - pageWidth, ruleY + pt(6), pageText, Muted);
}

void PageFlow::chapter(const QString &title, bool onNewPage)
{
    if (onNewPage && !atPageTop())
        newPage();
    else
        ensure(pt(110));
    ++m_chapter;
    const QString number = QString::number(m_chapter);
    const qreal numberWidth = std::max(m_fonts.width(H1, number), pt(16)) + pt(10);
    const QStringList ls = m_fonts.wrap(H1, title, contentWidth() - numberWidth);
    text(H1, m_left, m_y, number, AccentSoft);
    const qreal h = lines(H1, m_left + numberWidth, m_y, ls, Accent);
    m_y += h + pt(4);
    hline(m_left, m_left + pt(48), m_y, Accent, pt(2));
    m_y += pt(14);
}

void PageFlow::subheading(FontId f, const QString &title, qreal keepWithNext)
{
    const QStringList ls = m_fonts.wrap(f, title, contentWidth());
    const qreal h = ls.size() * m_fonts.lineHeight(f);
    ensure(h + keepWithNext);
    m_y += lines(f, m_left, m_y, ls, Accent) + pt(5);
}

void PageFlow::paragraph(const QString &s, FontId f, qreal indent, QRgb color)
{
    const QStringList ls = m_fonts.wrap(f, s, contentWidth() - indent);
    const qreal lh = m_fonts.lineHeight(f);
    for (const QString &line : ls) {
        ensure(lh);
        text(f, m_left + indent, m_y, line, color);
        m_y += lh;
    }
    m_y += pt(6);
}

void PageFlow::bullet(const QString &s)
{
    const qreal indent = pt(14);
    const QStringList ls = m_fonts.wrap(Body, s, contentWidth() - indent);
    const qreal lh = m_fonts.lineHeight(Body);
    ensure(lh);
    fill(QRectF(m_left + pt(3), m_y + m_fonts.ascent(Body) * 0.55, pt(3.5), pt(3.5)),
         QColor(Accent));
    for (const QString &line : ls) {
        ensure(lh);
        text(Body, m_left + indent, m_y, line, Ink);
        m_y += lh;
    }
    m_y += pt(2);
}
