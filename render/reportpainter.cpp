#include "reportpainter.h"

#include "pdfcanvas.h"
#include "textshaping.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGlyphRun>
#include <QGuiApplication>
#include <QHash>
#include <QIODevice>
#include <QLocale>
#include <QLoggingCategory>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QRawFont>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <memory>
#include <vector>

// Why a PDF took the slow path, for maintainers (QT_LOGGING_RULES="dutymap.pdf.info=true").
Q_LOGGING_CATEGORY(lcPdf, "dutymap.pdf", QtWarningMsg)

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ReportPainter)
};

// One palette for the whole document: dark ink, a navy accent for
// headings and header rows, light tints for group rows and zebra stripes.
constexpr QRgb Ink = 0x1f2937;
constexpr QRgb Muted = 0x5b6778;
constexpr QRgb Accent = 0x1d3557;
constexpr QRgb AccentSoft = 0xa8c5e6;
constexpr QRgb AccentLight = 0xe6edf5;
constexpr QRgb Zebra = 0xf5f7fa;
constexpr QRgb Rule = 0xd3dae3;
constexpr QRgb White = 0xffffff;
constexpr QRgb Warning = 0xb45309;
constexpr QRgb Good = 0x2f7d4f;

// The tint of a cell's strongest role, as on screen.
QColor roleColor(Raci raci)
{
    const std::optional<Raci::Role> role = raci.strongest();
    return role ? QColor(QRgb(Raci::tint(*role))) : QColor();
}

QColor colorOr(const QString &text, QRgb fallback)
{
    const QColor c = QColor::fromString(text);
    return c.isValid() ? c : QColor(fallback);
}

enum FontId {
    Body,
    BodyBold,
    Small,
    SmallBold,
    Cell,
    CellBold,
    CellSmall,
    Footer,
    H1,
    H2,
    H3,
    Kicker,
    CoverTitle,
    CoverSub,
    BigNumber,
    FontCount
};

// The words of text between which a line may break: at spaces, but not
// between a number and the word after it, so "30 min" or "4 h" stays on
// one line.
QStringList wordsOf(const QString &text)
{
    const QStringList parts = text.split(u' ', Qt::SkipEmptyParts);
    const auto isNumber = [](const QString &word) {
        return word.front().isDigit() && std::all_of(word.begin(), word.end(), [](QChar c) {
                   return c.isDigit() || c == u'.' || c == u',';
               });
    };
    QStringList words;
    words.reserve(parts.size());
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i + 1 < parts.size() && isNumber(parts[i]) && !isNumber(parts[i + 1])) {
            words.append(parts[i] + u' ' + parts[i + 1]);
            ++i;
        } else {
            words.append(parts[i]);
        }
    }
    return words;
}

// The glyphs of one string, and where each starts from x = 0 on the
// baseline.
struct GlyphLine {
    QVarLengthArray<quint32, 128> ids;
    QVarLengthArray<qreal, 128> x;
};

// The fonts of the document with their metrics for the device, and every
// measured width cached per font and string: the same area names, roles
// and words come back thousands of times in a large matrix.
//
// Text is measured and drawn from glyphs looked up once per character
// (QRawFont), without shaping every string again: on 10,000 duties that
// is most of the time QPainter::drawText would take. Strings that need
// shaping (textshaping::needsShaping(), or a character the font lacks,
// drawn from a fallback font) take Qt's shaped path, string by string.
class Fonts
{
public:
    explicit Fonts(QPaintDevice *device)
    {
        struct Spec {
            qreal points;
            bool bold;
        };
        const Spec specs[FontCount] = {
            {9.5, false}, {9.5, true}, {8, false}, {8, true},   {8, false},
            {8, true},    {7, false},  {7, false}, {17, true},  {12.5, true},
            {10, true},   {8, true},   {26, true}, {13, false}, {22, true},
        };
        m_faces.reserve(FontCount);
        for (const Spec &s : specs) {
            QFont font(QStringLiteral("DejaVu Sans"));
            font.setStyleHint(QFont::SansSerif);
            font.setPointSizeF(s.points);
            font.setBold(s.bold);
            // Any letter spacing turns ligatures off, so "fi" is copied
            // and found as two letters, not as one "ﬁ" glyph.
            font.setLetterSpacing(QFont::AbsoluteSpacing, 0.02);
            const QFont deviceFont(font, device);
            m_faces.push_back(Face{deviceFont,
                                   QFontMetricsF(deviceFont, device),
                                   QRawFont::fromFont(deviceFont),
                                   0,
                                   {},
                                   {}});
        }
        // Capitals spaced out evenly, by less than a PDF reader takes for a
        // space between words (a tenth of the size), so they still read as
        // words when copied.
        Face &kicker = m_faces[Kicker];
        kicker.tracking = 0.08 * kicker.raw.pixelSize();
        kicker.font.setLetterSpacing(QFont::AbsoluteSpacing, kicker.tracking);
        kicker.metrics = QFontMetricsF(kicker.font, device);
    }

    const QFont &font(FontId f) const { return m_faces[f].font; }
    const QRawFont &rawFont(FontId f) const { return m_faces[f].raw; }
    qreal ascent(FontId f) const { return m_faces[f].metrics.ascent(); }
    // The distance between two baselines.
    qreal lineHeight(FontId f) const { return m_faces[f].metrics.height() * 1.18; }

    qreal width(FontId f, const QString &text)
    {
        Face &face = m_faces[f];
        const auto it = face.widths.constFind(text);
        if (it != face.widths.constEnd())
            return *it;
        qreal w = 0;
        if (!glyphs(f, text, nullptr, &w))
            w = face.metrics.horizontalAdvance(text);
        face.widths.insert(text, w);
        return w;
    }

    // The glyphs of text in font f; false when the text needs shaping (see
    // the class comment).
    bool glyphs(FontId f, const QString &text, GlyphLine *line, qreal *width = nullptr)
    {
        Face &face = m_faces[f];
        if (!face.raw.isValid())
            return false;
        if (line) {
            line->ids.clear();
            line->x.clear();
        }
        qreal x = 0;
        for (const QChar c : text) {
            std::unique_ptr<Glyph[]> &block = face.glyphs[c.unicode() >> 8];
            if (!block)
                block = std::make_unique<Glyph[]>(256);
            Glyph &g = block[c.unicode() & 0xff];
            if (g.advance < 0) {
                quint32 id = 0;
                int count = 1;
                if (!textshaping::needsShaping(c))
                    face.raw.glyphIndexesForChars(&c, 1, &id, &count);
                if (id == 0 || count != 1) {
                    g.advance = MissingGlyph;
                } else {
                    QPointF advance;
                    face.raw.advancesForGlyphIndexes(&id, &advance, 1);
                    g = Glyph{id, float(advance.x() + face.tracking)};
                }
            }
            if (g.advance == MissingGlyph)
                return false;
            if (line) {
                line->ids.append(g.id);
                line->x.append(x);
            }
            x += g.advance;
        }
        if (width)
            *width = x;
        return true;
    }

    QString elided(FontId f, const QString &text, qreal width) const
    {
        return m_faces[f].metrics.elidedText(text, Qt::ElideRight, width);
    }

    // Breaks text into lines no wider than width: at spaces, and inside a
    // word only when the word alone is wider than a line. Line breaks in
    // the text are kept; tabs count as spaces. Never returns an empty list.
    QStringList wrap(FontId f, const QString &text, qreal width)
    {
        QStringList lines;
        QString clean = text;
        clean.replace(u'\t', u' ').remove(u'\r');
        const QStringList paragraphs = clean.split(u'\n');
        const qreal space = this->width(f, QStringLiteral(" "));
        for (const QString &para : paragraphs) {
            if (this->width(f, para) <= width) {
                lines.append(para);
                continue;
            }
            QString line;
            qreal lineWidth = 0;
            for (const QString &word : wordsOf(para)) {
                const qreal w = this->width(f, word);
                if (!line.isEmpty() && lineWidth + space + w <= width) {
                    line += u' ' + word;
                    lineWidth += space + w;
                    continue;
                }
                if (!line.isEmpty())
                    lines.append(line);
                if (w <= width) {
                    line = word;
                    lineWidth = w;
                } else {
                    breakWord(f, word, width, &lines, &line, &lineWidth);
                }
            }
            lines.append(line);
        }
        return lines;
    }

private:
    // A word wider than a line, cut between characters; the last piece
    // starts the next line.
    void breakWord(FontId f, const QString &word, qreal width, QStringList *lines, QString *line,
                   qreal *lineWidth)
    {
        QString piece;
        qreal pieceWidth = 0;
        for (const QChar c : word) {
            const qreal w = this->width(f, QString(c));
            if (!piece.isEmpty() && pieceWidth + w > width) {
                lines->append(piece);
                piece.clear();
                pieceWidth = 0;
            }
            piece += c;
            pieceWidth += w;
        }
        *line = piece;
        *lineWidth = pieceWidth;
    }

    static constexpr float MissingGlyph = -2; // or one that needs shaping
    struct Glyph {
        quint32 id = 0;
        float advance = -1; // -1: not looked up yet
    };
    struct Face {
        QFont font;
        QFontMetricsF metrics;
        QRawFont raw;
        qreal tracking; // added to every advance
        // By UTF-16 code unit, in blocks of 256 made on first use: most
        // text needs two or three.
        std::array<std::unique_ptr<Glyph[]>, 256> glyphs;
        QHash<QString, qreal> widths;
    };
    std::vector<Face> m_faces;
};

// One cell of a table row: its text, an optional smaller second text
// below it, a background and the font.
struct TableCell {
    QString text;
    QString sub;
    QColor background;
    FontId font = Cell;
};

struct TableColumn {
    qreal width = 0;
    bool center = false;
};

struct TableDef {
    QList<TableColumn> columns;
    QStringList header;
    QList<QColor> headerStrips; // a colour line under a header cell, may be shorter
};

// Where a layout pass draws: nowhere (the pass that counts the pages), on
// a QPainter, or straight into a PDF file.
struct Canvas {
    QPainter *painter = nullptr;
    PdfCanvas *pdf = nullptr;
    int pdfFonts[FontCount] = {}; // the PdfCanvas font of each of ours

    bool drawing() const { return painter || pdf; }
};

// Lays out and, when given a canvas, draws the whole report. Run once
// without one to count the pages, then with one. The device gives the
// page and the resolution; the layout's units are its pixels.
class Layout
{
public:
    static constexpr int MaxDescribedDuties = 500;

    Layout(const report::Report &report, QPagedPaintDevice *device, Fonts &fonts,
           const Canvas &canvas, int totalPages)
        : m_report(report)
        , m_device(device)
        , m_fonts(fonts)
        , m_canvas(canvas)
        , m_total(totalPages)
    {
        m_k = device->logicalDpiY() / 72.0;
        m_pageWidth = device->width();
        m_pageHeight = device->height();
        // Generous margins on paper; a printer's own unprintable margins
        // count towards them.
        const QMarginsF deviceMargins = device->pageLayout().margins(QPageLayout::Point);
        const auto margin = [this](qreal want, qreal have) {
            return pt(std::max(want - have, 14.0));
        };
        m_left = margin(54, deviceMargins.left());
        m_right = m_pageWidth - margin(54, deviceMargins.right());
        m_top = margin(54, deviceMargins.top());
        m_bottom = m_pageHeight - margin(66, deviceMargins.bottom());
        m_padX = pt(5);
        m_padY = pt(3.2);
    }

    int run()
    {
        startPage();
        cover();
        summary();
        matrix();
        partyLists();
        sections();
        signatures();
        return m_page;
    }

private:
    qreal pt(qreal points) const { return points * m_k; }
    qreal contentWidth() const { return m_right - m_left; }
    bool fits(qreal height) const { return m_y + height <= m_bottom + 0.01; }
    // Starts a new page unless height fits on this one (or this page is
    // still empty, where nothing would be gained).
    void ensure(qreal height)
    {
        if (!fits(height) && m_y > m_top + 0.5)
            newPage();
    }

    void startPage()
    {
        ++m_page;
        m_y = m_top;
        footer();
    }

    void newPage()
    {
        if (m_canvas.painter)
            m_device->newPage();
        if (m_canvas.pdf)
            m_canvas.pdf->beginPage(m_device->pageLayout().fullRect(QPageLayout::Point).size());
        startPage();
    }

    // --- drawing primitives: no-ops in the counting pass -----------------

    void text(FontId f, qreal x, qreal top, const QString &s, QRgb color)
    {
        if (s.isEmpty())
            return;
        if (!m_canvas.drawing())
            return;
        const QPointF baseline(x, top + m_fonts.ascent(f));
        const bool fromGlyphs = m_fonts.glyphs(f, s, &m_line);
        if (m_canvas.pdf) {
            if (!fromGlyphs) {
                textshaping::drawShapedText(m_canvas.pdf, s, m_fonts.font(f), m_device, m_k,
                                            baseline / m_k, color);
                return;
            }
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

    void fill(const QRectF &rect, const QColor &color)
    {
        if (!color.isValid())
            return;
        if (m_canvas.painter)
            m_canvas.painter->fillRect(rect, color);
        else if (m_canvas.pdf)
            m_canvas.pdf->fillRect(QRectF(rect.topLeft() / m_k, rect.size() / m_k), color.rgb());
    }

    void hline(qreal x1, qreal x2, qreal y, QRgb color, qreal width)
    {
        fill(QRectF(x1, y - width / 2, x2 - x1, width), QColor(color));
    }

    // Draws wrapped lines from top; returns the height used.
    qreal lines(FontId f, qreal x, qreal top, const QStringList &ls, QRgb color)
    {
        const qreal lh = m_fonts.lineHeight(f);
        for (int i = 0; i < ls.size(); ++i)
            text(f, x, top + i * lh, ls[i], color);
        return ls.size() * lh;
    }

    void footer()
    {
        const qreal ruleY = m_bottom + pt(22);
        hline(m_left, m_right, ruleY, Rule, pt(0.6));
        const QString pageText = Tr::tr("Page %1 of %2").arg(m_page).arg(m_total);
        const qreal pageWidth = m_fonts.width(Footer, pageText);
        const QString title =
            m_fonts.elided(Footer, m_report.cover.title, contentWidth() - pageWidth - pt(24));
        text(Footer, m_left, ruleY + pt(6), title, Muted);
        text(Footer, m_right - pageWidth, ruleY + pt(6), pageText, Muted);
    }

    // --- blocks ------------------------------------------------------------

    void chapter(const QString &title, bool onNewPage)
    {
        if (onNewPage && m_y > m_top + 0.5)
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

    void subheading(FontId f, const QString &title, qreal keepWithNext)
    {
        const QStringList ls = m_fonts.wrap(f, title, contentWidth());
        const qreal h = ls.size() * m_fonts.lineHeight(f);
        ensure(h + keepWithNext);
        m_y += lines(f, m_left, m_y, ls, Accent) + pt(5);
    }

    void paragraph(const QString &s, FontId f = Body, qreal indent = 0, QRgb color = Ink)
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

    void bullet(const QString &s)
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

    // --- cover ---------------------------------------------------------------

    void cover()
    {
        const report::Cover &c = m_report.cover;
        const qreal band = m_pageHeight * 0.42;
        fill(QRectF(0, 0, m_pageWidth, band), QColor(Accent));
        fill(QRectF(0, band, m_pageWidth, pt(5)), QColor(AccentSoft));

        qreal y = m_top + pt(46);
        text(Kicker, m_left, y, Tr::tr("CO-MANAGED IT RESPONSIBILITY AGREEMENT"), AccentSoft);
        y += m_fonts.lineHeight(Kicker) + pt(18);
        const QStringList titleLines = m_fonts.wrap(CoverTitle, c.title, contentWidth());
        y += lines(CoverTitle, m_left, y, titleLines, White) + pt(10);
        if (!c.client.isEmpty() || !c.provider.isEmpty()) {
            const QString parties = c.client.isEmpty() || c.provider.isEmpty()
                                        ? c.client + c.provider
                                        : Tr::tr("%1 and %2").arg(c.client, c.provider);
            y += lines(CoverSub, m_left, y, m_fonts.wrap(CoverSub, parties, contentWidth()),
                       AccentSoft);
        }
        if (!m_report.partyFilter.isEmpty()) {
            y += pt(8);
            lines(Body, m_left, y,
                  m_fonts.wrap(
                      Body,
                      Tr::tr("Limited to the responsibilities of %1").arg(m_report.partyFilter),
                      contentWidth()),
                  White);
        }

        // The facts, two to a row, label above value.
        const QList<std::pair<QString, QString>> facts = {
            {Tr::tr("Client"), c.client},
            {Tr::tr("Provider"), c.provider},
            {Tr::tr("Responsibility model"), c.model},
            {Tr::tr("Effective date"), c.effectiveDate},
            {Tr::tr("Status"), c.status},
            {Tr::tr("Revision"), c.revision},
            {Tr::tr("Next review"), c.nextReview},
        };
        m_y = band + pt(40);
        const qreal colWidth = (contentWidth() - pt(24)) / 2;
        for (int i = 0; i < facts.size(); i += 2) {
            qreal rowHeight = 0;
            for (int j = i; j < std::min<int>(i + 2, int(facts.size())); ++j) {
                const qreal x = m_left + (j - i) * (colWidth + pt(24));
                text(SmallBold, x, m_y, facts[j].first.toUpper(), Muted);
                const QString value =
                    facts[j].second.isEmpty() ? QStringLiteral("—") : facts[j].second;
                const QStringList ls = m_fonts.wrap(H3, value, colWidth);
                const qreal h =
                    m_fonts.lineHeight(SmallBold) + pt(3)
                    + lines(H3, x, m_y + m_fonts.lineHeight(SmallBold) + pt(3), ls, Ink);
                rowHeight = std::max(rowHeight, h);
            }
            m_y += rowHeight + pt(8);
            hline(m_left, m_right, m_y, Rule, pt(0.6));
            m_y += pt(12);
        }
    }

    // --- executive summary -------------------------------------------------

    void summary()
    {
        const report::Summary &s = m_report.summary;
        chapter(Tr::tr("Executive summary"), true);
        for (const QString &p : s.paragraphs)
            paragraph(p);
        findingsCallout(s.openFindings);
        for (const report::Chart &chart : s.charts)
            barChart(chart);
        if (!s.internalAuthority.isEmpty()) {
            m_y += pt(4);
            subheading(H2, Tr::tr("What internal IT keeps authority over"),
                       2 * m_fonts.lineHeight(Body));
            for (const QString &item : s.internalAuthority)
                bullet(item);
            m_y += pt(6);
        }
    }

    void findingsCallout(int count)
    {
        const qreal h = pt(48);
        ensure(h + pt(10));
        m_y += pt(4);
        const QRgb color = count > 0 ? Warning : Good;
        fill(QRectF(m_left, m_y, contentWidth(), h), QColor(AccentLight));
        fill(QRectF(m_left, m_y, pt(4), h), QColor(color));
        const QString number = QLocale().toString(count);
        const qreal numberWidth = m_fonts.width(BigNumber, number);
        text(BigNumber, m_left + pt(16), m_y + (h - m_fonts.lineHeight(BigNumber)) / 2 + pt(2),
             number, color);
        const QString label = count == 1 ? Tr::tr("open finding (error or warning) in the health "
                                                  "check")
                                         : Tr::tr("open findings (errors and warnings) in the "
                                                  "health check");
        const qreal x = m_left + pt(16) + numberWidth + pt(12);
        const QStringList ls = m_fonts.wrap(BodyBold, label, m_right - x - pt(10));
        const qreal th = ls.size() * m_fonts.lineHeight(BodyBold);
        lines(BodyBold, x, m_y + (h - th) / 2, ls, Ink);
        m_y += h + pt(16);
    }

    static QString number(double value)
    {
        if (value == double(qint64(value)))
            return QLocale().toString(qint64(value));
        return QLocale().toString(value, 'f', 1);
    }

    void barChart(const report::Chart &chart)
    {
        if (chart.bars.isEmpty())
            return;
        const qreal rowMin = pt(15);
        const auto title = [&](bool continued) {
            const QString t = continued ? Tr::tr("%1 (continued)").arg(chart.title) : chart.title;
            subheading(H3, t, 2 * rowMin);
            if (!chart.valueLabel.isEmpty()) {
                text(Small, m_left, m_y - pt(3), chart.valueLabel, Muted);
                m_y += m_fonts.lineHeight(Small) + pt(2);
            }
        };
        m_y += pt(6);
        title(false);
        qreal labelWidth = 0;
        double max = 0;
        for (const report::Bar &b : chart.bars) {
            labelWidth = std::max(labelWidth, m_fonts.width(Small, b.label));
            max = std::max(max, b.value);
        }
        labelWidth = std::min(labelWidth + pt(8), contentWidth() * 0.36);
        const qreal valueWidth = pt(44);
        const qreal barLeft = m_left + labelWidth;
        const qreal barSpace = contentWidth() - labelWidth - valueWidth;
        const QColor fallback(Accent);
        int page = m_page;
        for (const report::Bar &b : chart.bars) {
            const QStringList ls = m_fonts.wrap(Small, b.label, labelWidth - pt(8));
            const qreal h = std::max(rowMin, ls.size() * m_fonts.lineHeight(Small) + pt(4));
            ensure(h);
            if (m_page != page) {
                page = m_page;
                title(true);
            }
            lines(Small, m_left, m_y + pt(2), ls, Ink);
            const qreal barHeight = pt(9);
            const qreal barWidth = max > 0 ? barSpace * std::max(0.0, b.value) / max : 0;
            const qreal barTop = m_y + pt(2) + (m_fonts.lineHeight(Small) - barHeight) / 2;
            fill(QRectF(barLeft, barTop, std::max(barWidth, pt(0.8)), barHeight),
                 b.color.isEmpty() ? fallback : colorOr(b.color, Accent));
            text(SmallBold, barLeft + barWidth + pt(5), m_y + pt(2), number(b.value), Ink);
            m_y += h;
        }
        hline(barLeft, barLeft + pt(0.6), m_y, Rule, pt(0.6));
        m_y += pt(12);
    }

    // --- tables ------------------------------------------------------------

    qreal headerHeight(const TableDef &t)
    {
        qreal h = 0;
        for (int c = 0; c < t.columns.size(); ++c) {
            const QStringList ls =
                m_fonts.wrap(CellBold, t.header.value(c), t.columns[c].width - 2 * m_padX);
            h = std::max(h, ls.size() * m_fonts.lineHeight(CellBold));
        }
        return h + 2 * m_padY + pt(2);
    }

    void tableHeader(const TableDef &t)
    {
        const qreal h = headerHeight(t);
        fill(QRectF(m_left, m_y, tableWidth(t), h), QColor(Accent));
        qreal x = m_left;
        for (int c = 0; c < t.columns.size(); ++c) {
            const TableColumn &col = t.columns[c];
            const QStringList ls =
                m_fonts.wrap(CellBold, t.header.value(c), col.width - 2 * m_padX);
            for (int i = 0; i < ls.size(); ++i) {
                const qreal w = m_fonts.width(CellBold, ls[i]);
                const qreal tx = col.center ? x + (col.width - w) / 2 : x + m_padX;
                text(CellBold, tx, m_y + m_padY + i * m_fonts.lineHeight(CellBold), ls[i], White);
            }
            if (c < t.headerStrips.size() && t.headerStrips[c].isValid())
                fill(QRectF(x, m_y + h - pt(2.5), col.width, pt(2.5)), t.headerStrips[c]);
            x += col.width;
        }
        m_y += h;
    }

    static qreal tableWidth(const TableDef &t)
    {
        qreal w = 0;
        for (const TableColumn &c : t.columns)
            w += c.width;
        return w;
    }

    qreal groupHeight(const TableDef &t, const QString &title)
    {
        return m_fonts.wrap(SmallBold, title, tableWidth(t) - 2 * m_padX).size()
                   * m_fonts.lineHeight(SmallBold)
               + 2 * m_padY + pt(1);
    }

    void tableGroupRow(const TableDef &t, const QString &title)
    {
        const QStringList ls = m_fonts.wrap(SmallBold, title, tableWidth(t) - 2 * m_padX);
        const qreal h = ls.size() * m_fonts.lineHeight(SmallBold) + 2 * m_padY + pt(1);
        fill(QRectF(m_left, m_y, tableWidth(t), h), QColor(AccentLight));
        lines(SmallBold, m_left + m_padX, m_y + m_padY + pt(0.5), ls, Accent);
        m_y += h;
    }

    // A group row ("Identity and access") kept with at least one row.
    void tableGroup(const TableDef &t, const QString &title, qreal firstRowHeight)
    {
        if (!fits(groupHeight(t, title) + firstRowHeight)) {
            newPage();
            tableHeader(t);
        }
        m_group = title;
        tableGroupRow(t, title);
        m_zebra = 0;
    }

    qreal rowHeight(const TableDef &t, const QList<TableCell> &cells, QList<QStringList> *texts,
                    QList<QStringList> *subs)
    {
        qreal h = 0;
        texts->resize(cells.size());
        subs->resize(cells.size());
        for (int c = 0; c < cells.size() && c < t.columns.size(); ++c) {
            const qreal w = t.columns[c].width - 2 * m_padX;
            (*texts)[c] = m_fonts.wrap(cells[c].font, cells[c].text, w);
            qreal ch = (*texts)[c].size() * m_fonts.lineHeight(cells[c].font);
            if (!cells[c].sub.isEmpty()) {
                (*subs)[c] = m_fonts.wrap(CellSmall, cells[c].sub, w);
                ch += pt(1.5) + (*subs)[c].size() * m_fonts.lineHeight(CellSmall);
            }
            h = std::max(h, ch);
        }
        return h + 2 * m_padY;
    }

    // One row, never split: it moves whole to the next page, under a
    // repeated header row and its group's row, marked as continued.
    void tableRow(const TableDef &t, const QList<TableCell> &cells)
    {
        QList<QStringList> texts, subs;
        qreal h = rowHeight(t, cells, &texts, &subs);
        if (!fits(h)) {
            newPage();
            tableHeader(t);
            if (!m_group.isEmpty())
                tableGroupRow(t, Tr::tr("%1 (continued)").arg(m_group));
        }
        // A row taller than a whole page is cut at the page's end rather
        // than running over the footer.
        h = std::min(h, m_bottom - m_y);
        const qreal width = tableWidth(t);
        if (m_zebra++ % 2 == 1)
            fill(QRectF(m_left, m_y, width, h), QColor(Zebra));
        qreal x = m_left;
        for (int c = 0; c < cells.size() && c < t.columns.size(); ++c) {
            const TableColumn &col = t.columns[c];
            const TableCell &cell = cells[c];
            if (cell.background.isValid())
                fill(QRectF(x + pt(1.5), m_y + pt(1.5), col.width - pt(3), h - pt(3)),
                     cell.background);
            qreal y = m_y + m_padY;
            const qreal lh = m_fonts.lineHeight(cell.font);
            for (const QString &line : texts[c]) {
                if (y + lh > m_y + h + 0.01)
                    break;
                const qreal tx =
                    col.center ? x + (col.width - m_fonts.width(cell.font, line)) / 2 : x + m_padX;
                text(cell.font, tx, y, line, Ink);
                y += lh;
            }
            if (!subs[c].isEmpty()) {
                y += pt(1.5);
                const qreal slh = m_fonts.lineHeight(CellSmall);
                for (const QString &line : subs[c]) {
                    if (y + slh > m_y + h + 0.01)
                        break;
                    text(CellSmall, x + m_padX, y, line, Muted);
                    y += slh;
                }
            }
            x += col.width;
        }
        m_y += h;
        hline(m_left, m_left + width, m_y, Rule, pt(0.5));
    }

    void beginTable(const TableDef &t)
    {
        m_group.clear();
        m_zebra = 0;
        ensure(headerHeight(t) + pt(40));
        tableHeader(t);
    }

    void endTable() { m_y += pt(14); }

    // Column widths for a table of plain text: the natural widths when they
    // fit (stretched to the full width), else every column gets a fair
    // share and the wide ones split what is left.
    QList<TableColumn> fitColumns(const report::Table &table)
    {
        const qsizetype n = std::max<qsizetype>(table.header.size(), 1);
        QList<qreal> natural(n, pt(24));
        for (qsizetype c = 0; c < table.header.size(); ++c)
            natural[c] = std::max(natural[c], m_fonts.width(CellBold, table.header[c]));
        const qsizetype sample = std::min<qsizetype>(table.rows.size(), 400);
        for (qsizetype r = 0; r < sample; ++r)
            for (qsizetype c = 0; c < std::min(n, table.rows[r].size()); ++c)
                natural[c] = std::max(natural[c], m_fonts.width(Cell, table.rows[r][c]));
        qreal sum = 0;
        for (qreal &w : natural) {
            w += 2 * m_padX + pt(1);
            sum += w;
        }
        const qreal total = contentWidth();
        QList<TableColumn> columns(n);
        if (sum <= total) {
            for (qsizetype c = 0; c < n; ++c)
                columns[c].width = natural[c] * total / sum;
            return columns;
        }
        const qreal fair = total / n;
        qreal used = 0, wanting = 0;
        for (qsizetype c = 0; c < n; ++c) {
            columns[c].width = std::min(natural[c], fair);
            used += columns[c].width;
            wanting += natural[c] - columns[c].width;
        }
        if (wanting > 0)
            for (qsizetype c = 0; c < n; ++c)
                columns[c].width += (total - used) * (natural[c] - columns[c].width) / wanting;
        // No word is cut where it can be helped: a column gets at least its
        // longest word, taken from the columns with room to spare.
        QList<qreal> least(n, 0);
        qreal lacking = 0, spare = 0;
        for (qsizetype c = 0; c < n; ++c) {
            for (const QString &word : table.header.value(c).split(u' ', Qt::SkipEmptyParts))
                least[c] = std::max(least[c], m_fonts.width(CellBold, word) + 2 * m_padX + pt(1));
            for (qsizetype r = 0; r < sample; ++r)
                for (const QString &word : wordsOf(table.rows[r].value(c)))
                    least[c] = std::max(least[c], m_fonts.width(Cell, word) + 2 * m_padX + pt(1));
            least[c] = std::min(least[c], total / n * 1.6);
            if (columns[c].width < least[c])
                lacking += least[c] - columns[c].width;
            else
                spare += columns[c].width - least[c];
        }
        if (lacking > 0 && spare > lacking)
            for (qsizetype c = 0; c < n; ++c)
                columns[c].width =
                    columns[c].width < least[c]
                        ? least[c]
                        : columns[c].width - lacking * (columns[c].width - least[c]) / spare;
        return columns;
    }

    void plainTable(const report::Table &table)
    {
        if (!table.caption.isEmpty())
            subheading(H3, table.caption, pt(50));
        TableDef t;
        t.columns = fitColumns(table);
        t.header = table.header;
        beginTable(t);
        for (const QStringList &row : table.rows) {
            QList<TableCell> cells;
            cells.reserve(t.columns.size());
            for (qsizetype c = 0; c < t.columns.size(); ++c)
                cells.append(TableCell{row.value(c), {}, {}, Cell});
            tableRow(t, cells);
        }
        if (table.rows.isEmpty())
            tableRow(t, {TableCell{Tr::tr("None."), {}, {}, Cell}});
        endTable();
    }

    // --- the RACI matrix -------------------------------------------------------

    void legend()
    {
        qreal x = m_left;
        const qreal swatch = pt(10);
        ensure(2 * m_fonts.lineHeight(Small) + pt(20));
        for (const Raci::Role role :
             {Raci::Accountable, Raci::Responsible, Raci::Consulted, Raci::Informed}) {
            const QString letter = QString(Raci::roleLetter(role));
            const QString name = Raci::roleName(role);
            const qreal w = swatch + pt(4) + m_fonts.width(Small, name) + pt(16);
            if (x + w > m_right) {
                x = m_left;
                m_y += m_fonts.lineHeight(Small) + pt(4);
            }
            fill(QRectF(x, m_y, swatch + pt(6), swatch + pt(2)), roleColor(Raci(role)));
            const qreal lw = m_fonts.width(SmallBold, letter);
            text(SmallBold, x + (swatch + pt(6) - lw) / 2, m_y + pt(0.5), letter, Ink);
            text(Small, x + swatch + pt(10), m_y + pt(0.5), name, Ink);
            x += w + pt(6);
        }
        m_y += m_fonts.lineHeight(Small) + pt(8);
        QStringList codes;
        for (const report::PartyColumn &p : m_report.matrix.parties)
            codes.append(p.code.isEmpty() || p.code == p.name
                             ? p.name
                             : Tr::tr("%1 = %2").arg(p.code, p.name));
        if (!codes.isEmpty())
            paragraph(codes.join(QStringLiteral("   ·   ")), Small, 0, Muted);
        m_y += pt(2);
    }

    void matrix()
    {
        const report::Matrix &m = m_report.matrix;
        chapter(Tr::tr("Responsibility matrix"), true);
        paragraph(Tr::tr("Who is Responsible, Accountable, Consulted and Informed for every "
                         "duty, by area. Ownership says who performs the work."),
                  Body, 0, Muted);
        legend();

        TableDef t;
        const QString ownershipHeader = Tr::tr("Ownership");
        qreal ownWidth = m_fonts.width(CellBold, ownershipHeader);
        for (const report::MatrixGroup &g : m.groups)
            for (const report::MatrixRow &r : g.rows)
                ownWidth = std::max(ownWidth, m_fonts.width(Cell, r.ownership));
        ownWidth += 2 * m_padX + pt(2);
        const qsizetype n = m.parties.size();
        qreal partyWidth = pt(34);
        for (const report::PartyColumn &p : m.parties)
            partyWidth =
                std::max(partyWidth, m_fonts.width(CellBold, p.code.isEmpty() ? p.name : p.code)
                                         + 2 * m_padX + pt(2));
        partyWidth = std::min(partyWidth, pt(72));
        const qreal minDuty = pt(150);
        if (n > 0 && contentWidth() - ownWidth - n * partyWidth < minDuty)
            partyWidth = std::max(pt(16), (contentWidth() - ownWidth - minDuty) / n);
        const qreal dutyWidth = std::max(pt(60), contentWidth() - ownWidth - n * partyWidth);
        t.columns.append(TableColumn{dutyWidth, false});
        t.header.append(Tr::tr("Duty"));
        t.headerStrips.append(QColor());
        for (const report::PartyColumn &p : m.parties) {
            t.columns.append(TableColumn{partyWidth, true});
            t.header.append(p.code.isEmpty() ? p.name : p.code);
            t.headerStrips.append(colorOr(p.color, AccentSoft));
        }
        t.columns.append(TableColumn{ownWidth, false});
        t.header.append(ownershipHeader);

        beginTable(t);
        QList<TableCell> cells;
        for (const report::MatrixGroup &g : m.groups) {
            if (g.rows.isEmpty())
                continue;
            cells = matrixCells(m, g.rows.constFirst());
            QList<QStringList> texts, subs;
            tableGroup(t, g.area, rowHeight(t, cells, &texts, &subs));
            for (const report::MatrixRow &r : g.rows)
                tableRow(t, matrixCells(m, r));
        }
        if (m.dutyCount() == 0)
            tableRow(t, {TableCell{Tr::tr("No duties."), {}, {}, Cell}});
        endTable();
    }

    static QList<TableCell> matrixCells(const report::Matrix &m, const report::MatrixRow &r)
    {
        QList<TableCell> cells;
        cells.reserve(m.parties.size() + 2);
        cells.append(TableCell{r.title, {}, {}, Cell});
        for (qsizetype i = 0; i < m.parties.size(); ++i) {
            const Raci raci = r.roles.value(i);
            cells.append(TableCell{raci.toString(), {}, roleColor(raci), CellBold});
        }
        cells.append(TableCell{r.ownership, {}, {}, Cell});
        return cells;
    }

    // --- per-party lists -----------------------------------------------------

    void partyLists()
    {
        for (const report::PartyList &list : m_report.partyLists) {
            chapter(list.heading, true);
            int count = 0;
            for (const report::PartyDutyGroup &g : list.groups)
                count += int(g.duties.size());
            paragraph((count == 1
                           ? Tr::tr("One duty where %1 is Responsible or Accountable.")
                           : Tr::tr("%n duties where %1 is Responsible or Accountable, by area.",
                                    nullptr, count))
                          .arg(list.party.name),
                      Body, 0, Muted);
            // The list is the page a team keeps at hand. Past this many
            // duties, descriptions would make it hundreds of pages (and
            // the PDF slow to write): it lists titles only and says so.
            const bool describe = count <= MaxDescribedDuties;
            if (!describe)
                paragraph(Tr::tr("A long list: descriptions are left out here; the matrix "
                                 "export to Excel holds them."),
                          Body, 0, Muted);
            TableDef t;
            const qreal roleWidth = pt(46);
            const qreal frequencyWidth = pt(92);
            t.columns = {TableColumn{contentWidth() - roleWidth - frequencyWidth, false},
                         TableColumn{roleWidth, true}, TableColumn{frequencyWidth, false}};
            t.header = {Tr::tr("Duty"), Tr::tr("Role"), Tr::tr("Frequency")};
            const QColor strip = colorOr(list.party.color, AccentSoft);
            t.headerStrips = {strip, strip, strip};
            beginTable(t);
            for (const report::PartyDutyGroup &g : list.groups) {
                if (g.duties.isEmpty())
                    continue;
                const QList<TableCell> first = partyCells(g.duties.constFirst(), describe);
                QList<QStringList> texts, subs;
                tableGroup(t, g.area, rowHeight(t, first, &texts, &subs));
                for (const report::PartyDuty &d : g.duties)
                    tableRow(t, partyCells(d, describe));
            }
            if (count == 0)
                tableRow(t, {TableCell{Tr::tr("None."), {}, {}, Cell}});
            endTable();
        }
    }

    static QList<TableCell> partyCells(const report::PartyDuty &d, bool describe)
    {
        const std::optional<Raci> raci = Raci::parse(d.roles);
        return {TableCell{d.title, describe ? d.description : QString(), {}, CellBold},
                TableCell{d.roles, {}, raci ? roleColor(*raci) : QColor(), CellBold},
                TableCell{d.frequency, {}, {}, Cell}};
    }

    // --- sections and signatures --------------------------------------------------

    void sections()
    {
        bool first = true;
        for (const report::Section &s : m_report.sections) {
            chapter(s.heading, first);
            first = false;
            for (const QString &p : s.paragraphs)
                paragraph(p);
            for (const report::Table &t : s.tables)
                plainTable(t);
        }
    }

    void signatures()
    {
        if (m_report.signatures.isEmpty())
            return;
        const qreal blockHeight = pt(128);
        ensure(pt(110) + blockHeight);
        chapter(Tr::tr("Signatures"), false);
        paragraph(Tr::tr("Signed for and on behalf of the parties named below, who agree to "
                         "the responsibilities set out in this agreement."),
                  Body, 0, Muted);
        const qreal gap = pt(28);
        const qreal blockWidth = (contentWidth() - gap) / 2;
        for (int i = 0; i < m_report.signatures.size(); ++i) {
            const int column = i % 2;
            if (column == 0) {
                if (i > 0)
                    m_y += blockHeight;
                ensure(blockHeight);
            }
            signatureBlock(m_report.signatures[i], m_left + column * (blockWidth + gap),
                           blockWidth);
        }
        m_y += blockHeight;
    }

    void signatureBlock(const report::Signature &s, qreal x, qreal width)
    {
        qreal y = m_y + pt(6);
        const QStringList partyLines = m_fonts.wrap(SmallBold, s.party.toUpper(), width);
        y += lines(SmallBold, x, y, partyLines.mid(0, 2), Accent);
        y += pt(34);
        hline(x, x + width, y, Ink, pt(0.7));
        text(Footer, x, y + pt(2), Tr::tr("Signature"), Muted);
        y += pt(14);
        const auto field = [&](const QString &label, const QString &value) {
            const QString labelText = label + QStringLiteral(": ");
            const qreal lw = m_fonts.width(Small, labelText);
            text(Small, x, y, labelText, Muted);
            text(Body, x + lw, y - pt(1), m_fonts.elided(Body, value, width - lw), Ink);
            y += m_fonts.lineHeight(Body) + pt(2);
        };
        field(Tr::tr("Name"), s.name);
        field(Tr::tr("Title"), s.title);
        const QString dateLabel = Tr::tr("Date") + QStringLiteral(": ");
        text(Small, x, y, dateLabel, Muted);
        const qreal lw = m_fonts.width(Small, dateLabel);
        hline(x + lw, x + std::min(width, lw + pt(120)), y + m_fonts.lineHeight(Small), Ink,
              pt(0.5));
    }

    const report::Report &m_report;
    QPagedPaintDevice *m_device;
    Fonts &m_fonts;
    Canvas m_canvas;
    int m_total;
    qreal m_k = 1;
    qreal m_pageWidth = 0, m_pageHeight = 0;
    qreal m_left = 0, m_right = 0, m_top = 0, m_bottom = 0;
    qreal m_padX = 0, m_padY = 0;
    qreal m_y = 0;
    int m_page = 0;
    int m_chapter = 0;
    QString m_group; // the group row in force, repeated after a page break
    int m_zebra = 0;
    int m_currentFont = -1;
    QRgb m_currentColor = 0x1000000; // none yet
    GlyphLine m_line;
    QGlyphRun m_run;
};

} // namespace

QPageLayout ReportPainter::pageLayoutFor(const report::Report &report)
{
    const auto orientation = report.matrix.parties.size() > MaxPortraitParties
                                 ? QPageLayout::Landscape
                                 : QPageLayout::Portrait;
    return QPageLayout(QPageSize(QPageSize::A4), orientation, QMarginsF(0, 0, 0, 0));
}

namespace {

Result<int> noGuiApplication()
{
    return Result<int>::failure(
        Tr::tr("Drawing the agreement needs a graphical application (fonts); this program "
               "has none."));
}

// The second pass, on a QPainter: the first one counted the pages.
Result<int> paintPages(const report::Report &report, QPagedPaintDevice *device, Fonts &fonts,
                       int pages)
{
    QPainter painter;
    if (!painter.begin(device))
        return Result<int>::failure(Tr::tr("Could not start drawing the agreement's pages."));
    painter.setRenderHint(QPainter::Antialiasing, false);
    Canvas canvas;
    canvas.painter = &painter;
    const int painted = Layout(report, device, fonts, canvas, pages).run();
    painter.end();
    return painted;
}

} // namespace

Result<int> ReportPainter::paint(const report::Report &report, QPagedPaintDevice *device)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return noGuiApplication();
    Fonts fonts(device);
    const int pages = Layout(report, device, fonts, {}, 0).run();
    return paintPages(report, device, fonts, pages);
}

Result<int> ReportPainter::writePdf(const report::Report &report, QIODevice *device,
                                    const QString &creator)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return noGuiApplication();
    // The writer gives the layout its page and resolution; it draws only
    // when our own writer cannot.
    QPdfWriter writer(device);
    writer.setTitle(report.cover.title);
    writer.setCreator(creator);
    writer.setPageLayout(pageLayoutFor(report));
    Fonts fonts(&writer);
    const int pages = Layout(report, &writer, fonts, {}, 0).run();

    PdfCanvas pdf(device);
    Canvas canvas;
    canvas.pdf = &pdf;
    for (int f = 0; f < FontCount; ++f) {
        canvas.pdfFonts[f] = pdf.addFont(fonts.rawFont(FontId(f)));
        if (canvas.pdfFonts[f] < 0) { // see FontFile::fromRawFont()
            qCInfo(lcPdf) << "The font" << fonts.rawFont(FontId(f)).familyName()
                          << "cannot be embedded: the PDF is drawn by QPdfWriter.";
            return paintPages(report, &writer, fonts, pages);
        }
    }
    pdf.setTitle(report.cover.title);
    pdf.setCreator(creator);
    pdf.beginPage(writer.pageLayout().fullRect(QPageLayout::Point).size());
    const int drawn = Layout(report, &writer, fonts, canvas, pages).run();
    if (!pdf.finish()) // as Format::deviceFailure() says it
        return Result<int>::failure(device->errorString());
    return drawn;
}
