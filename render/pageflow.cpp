#include "pageflow.h"

#include "textshaping.h"

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
    beginArtifact();
    footer();
    endArtifact();
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
    if (!m_canvas.drawing())
        return;
    const QPointF baseline(x, top + m_fonts.ascent(f));
    const bool fromGlyphs = m_fonts.glyphs(f, s, &m_line);
    if (m_canvas.pdf) {
        const qreal size = m_fonts.rawFont(f).pixelSize() / m_k;
        // Lines wrapped at a space, or a number beside its label, are runs
        // of their own: a reader takes an element's runs as one text, so a
        // run that goes on a word starts with an (invisible) space.
        bool spaceFirst = false;
        qreal spaceWidth = 0;
        if (m_artifactDepth == 0 && !m_elements.isEmpty() && m_elements.back().tagged) {
            spaceFirst = m_elements.back().inWord && !s.front().isSpace()
                         && m_fonts.glyphs(f, QStringLiteral(" "), &m_space, &spaceWidth);
            m_elements.back().inWord = !s.back().isSpace();
        }
        if (!fromGlyphs) {
            // Shaped by Qt (textshaping.h); the space before it is a run
            // of its own, in the same marked content.
            if (spaceFirst) {
                const qreal spaceX = -spaceWidth / m_k;
                const QChar space(u' ');
                m_canvas.pdf->drawGlyphs(m_canvas.pdfFonts[f], size, baseline / m_k,
                                         m_space.ids.constData(), &spaceX, &space, 1, color);
            }
            textshaping::drawShapedText(m_canvas.pdf, s, m_fonts.font(f), m_device, m_k,
                                        baseline / m_k, color);
            return;
        }
        QString spaced;
        const QChar *chars = s.constData();
        if (spaceFirst) {
            m_line.ids.insert(m_line.ids.begin(), m_space.ids.value(0));
            m_line.x.insert(m_line.x.begin(), m_line.x.value(0) - spaceWidth);
            spaced = u' ' + s;
            chars = spaced.constData();
        }
        for (qreal &glyphX : m_line.x)
            glyphX /= m_k;
        m_canvas.pdf->drawGlyphs(m_canvas.pdfFonts[f], size, baseline / m_k, m_line.ids.constData(),
                                 m_line.x.constData(), chars, int(m_line.ids.size()), color);
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
    if (m_canvas.painter) {
        m_canvas.painter->fillRect(rect, color);
    } else if (m_canvas.pdf) {
        // Backgrounds, rules and bullets are decoration; a chart's bars are
        // part of its figure.
        if (!m_inFigure)
            m_canvas.pdf->beginArtifact(PdfCanvas::Artifact::Layout);
        m_canvas.pdf->fillRect(QRectF(rect.topLeft() / m_k, rect.size() / m_k), color.rgb());
        if (!m_inFigure)
            m_canvas.pdf->endArtifact();
    }
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
    // The title is elided once for the room beside each width of the page
    // number: eliding shapes the text, on every page it was a good part
    // of a long agreement's export.
    const qreal room = contentWidth() - pageWidth - pt(24);
    if (room != m_footerRoom) {
        m_footerRoom = room;
        m_footerElided = m_fonts.width(Footer, m_footerTitle) <= room
                             ? m_footerTitle
                             : m_fonts.elided(Footer, m_footerTitle, room);
    }
    text(Footer, m_left, ruleY + pt(6), m_footerElided, Muted);
    text(Footer, m_right - pageWidth, ruleY + pt(6), pageText, Muted);
}

void PageFlow::chapter(const QString &title, bool onNewPage)
{
    if (onNewPage && !atPageTop())
        newPage();
    else
        ensure(pt(110));
    ++m_chapter;
    const Element heading(*this, "H1");
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
    const Element heading(*this, f == H2 ? "H2" : "H3");
    m_y += lines(f, m_left, m_y, ls, Accent) + pt(5);
}

void PageFlow::paragraph(const QString &s, FontId f, qreal indent, QRgb color)
{
    const QStringList ls = m_fonts.wrap(f, s, contentWidth() - indent);
    const qreal lh = m_fonts.lineHeight(f);
    const Element paragraph(*this, "P");
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
    const Element item(*this, "LI");
    fill(QRectF(m_left + pt(3), m_y + m_fonts.ascent(Body) * 0.55, pt(3.5), pt(3.5)),
         QColor(Accent));
    const Element body(*this, "LBody");
    for (const QString &line : ls) {
        ensure(lh);
        text(Body, m_left + indent, m_y, line, Ink);
        m_y += lh;
    }
    m_y += pt(2);
}

void PageFlow::beginElement(const char *type)
{
    const bool tagged = m_canvas.pdf && m_artifactDepth == 0;
    m_elements.append(OpenElement{tagged, false});
    if (tagged)
        m_canvas.pdf->beginElement(type);
}

void PageFlow::endElement()
{
    if (m_elements.isEmpty())
        return;
    const bool tagged = m_elements.back().tagged;
    m_elements.removeLast();
    if (tagged)
        m_canvas.pdf->endElement();
}

void PageFlow::setAlternateText(const QString &text)
{
    if (m_canvas.pdf && m_artifactDepth == 0)
        m_canvas.pdf->setAlternateText(text);
}

void PageFlow::setAttributes(const QByteArray &attributes)
{
    if (m_canvas.pdf && m_artifactDepth == 0)
        m_canvas.pdf->setAttributes(attributes);
}

void PageFlow::beginFigure(const QString &alternateText)
{
    beginElement("Figure");
    setAlternateText(alternateText);
    m_inFigure = true;
}

void PageFlow::endFigure()
{
    m_inFigure = false;
    endElement();
}

void PageFlow::beginArtifact(PdfCanvas::Artifact kind)
{
    ++m_artifactDepth;
    if (m_canvas.pdf)
        m_canvas.pdf->beginArtifact(kind);
}

void PageFlow::endArtifact()
{
    --m_artifactDepth;
    if (m_canvas.pdf)
        m_canvas.pdf->endArtifact();
}
