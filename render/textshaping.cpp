#include "textshaping.h"

#include "pdfcanvas.h"

#include <QGlyphRun>
#include <QGuiApplication>
#include <QHash>
#include <QPainterPath>
#include <QRawFont>
#include <QSet>
#include <QTextLayout>
#include <QTransform>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <tuple>
#include <vector>

bool textshaping::needsShaping(QChar c)
{
    if (c.isMark() || c.isSurrogate() || c.category() == QChar::Other_Format)
        return true;
    switch (c.direction()) {
    case QChar::DirR:
    case QChar::DirAL:
    case QChar::DirAN:
    case QChar::DirLRE:
    case QChar::DirLRO:
    case QChar::DirRLE:
    case QChar::DirRLO:
    case QChar::DirPDF:
    case QChar::DirLRI:
    case QChar::DirRLI:
    case QChar::DirFSI:
    case QChar::DirPDI:
        return true;
    default:
        break;
    }
    switch (c.script()) {
    case QChar::Script_Common:
    case QChar::Script_Latin:
    case QChar::Script_Greek:
    case QChar::Script_Cyrillic:
        return false;
    default:
        return true;
    }
}

namespace {

// One line of text laid out by Qt as QPainter::drawText lays it out.
class ShapedLine
{
public:
    ShapedLine(const QString &text, const QFont &font, QPaintDevice *device)
        : m_layout(text, font, device)
    {
        QTextOption option;
        option.setWrapMode(QTextOption::NoWrap);
        // As QPainter::drawText: the paragraph runs in the application's
        // direction, and the line starts at the point given.
        option.setTextDirection(QGuiApplication::layoutDirection());
        option.setAlignment(Qt::AlignLeft | Qt::AlignAbsolute);
        m_layout.setTextOption(option);
        m_layout.beginLayout();
        m_line = m_layout.createLine();
        if (m_line.isValid()) {
            m_line.setLineWidth(1e6);
            m_line.setPosition(QPointF(0, 0));
            m_baseline = m_line.ascent();
        }
        m_layout.endLayout();
    }

    // The glyphs of the characters from..from + length (all by default),
    // positioned from the start of the baseline.
    QList<QGlyphRun> runs(int from = -1, int length = -1) const
    {
        if (!m_line.isValid())
            return {};
        QList<QGlyphRun> runs = m_line.glyphRuns(from, length);
        for (QGlyphRun &run : runs) {
            QList<QPointF> positions = run.positions();
            for (QPointF &p : positions)
                p.ry() -= m_baseline;
            run.setPositions(positions);
        }
        return runs;
    }

private:
    QTextLayout m_layout;
    QTextLine m_line;
    qreal m_baseline = 0;
};

// What each glyph of runs stands for: the characters of its cluster (the
// characters and glyphs shaped together, a ligature or a syllable), in
// logical order, and the cluster's number; -1 for a glyph that stands for
// nothing.
struct GlyphText {
    int cluster = -1;
    QString text;
    bool single = false; // one glyph for one character: a plain Unicode map entry
};

std::vector<GlyphText> glyphTexts(const ShapedLine &line, const QList<QGlyphRun> &runs,
                                  const QString &text)
{
    // A glyph is known by its number and position, in the line's runs and
    // in the runs of one character alike.
    using Key = std::tuple<quint32, long long, long long>;
    const auto key = [](quint32 glyph, const QPointF &p) {
        return Key{glyph, std::llround(p.x() * 64), std::llround(p.y() * 64)};
    };
    std::map<Key, int> byKey;
    int count = 0;
    for (const QGlyphRun &run : runs) {
        const QList<quint32> ids = run.glyphIndexes();
        const QList<QPointF> positions = run.positions();
        for (qsizetype i = 0; i < ids.size() && i < positions.size(); ++i)
            byKey.emplace(key(ids[i], positions[i]), count + int(i));
        count += int(ids.size());
    }

    // Characters that share a glyph are one cluster (union-find).
    const int n = int(text.size());
    std::vector<int> parent(static_cast<size_t>(n), 0);
    std::iota(parent.begin(), parent.end(), 0);
    const auto find = [&parent](int c) {
        while (parent[size_t(c)] != c)
            c = parent[size_t(c)] = parent[size_t(parent[size_t(c)])];
        return c;
    };
    std::vector<int> glyphChar(static_cast<size_t>(count), -1);
    for (int c = 0; c < n;) {
        const int length =
            text[c].isHighSurrogate() && c + 1 < n && text[c + 1].isLowSurrogate() ? 2 : 1;
        for (const QGlyphRun &part : line.runs(c, length)) {
            const QList<quint32> ids = part.glyphIndexes();
            const QList<QPointF> positions = part.positions();
            for (qsizetype i = 0; i < ids.size() && i < positions.size(); ++i) {
                const auto it = byKey.find(key(ids[i], positions[i]));
                if (it == byKey.end())
                    continue;
                int &owner = glyphChar[size_t(it->second)];
                if (owner < 0)
                    owner = c;
                else
                    parent[size_t(find(c))] = find(owner);
            }
        }
        if (length == 2)
            parent[size_t(c + 1)] = c;
        c += length;
    }

    QHash<int, QString> clusterText;
    for (int c = 0; c < n; ++c)
        clusterText[find(c)] += text[c];
    QHash<int, int> clusterGlyphs;
    std::vector<GlyphText> out(static_cast<size_t>(count));
    for (int g = 0; g < count; ++g) {
        if (glyphChar[size_t(g)] < 0)
            continue;
        const int cluster = find(glyphChar[size_t(g)]);
        out[size_t(g)].cluster = cluster;
        out[size_t(g)].text = clusterText.value(cluster);
        ++clusterGlyphs[cluster];
    }
    for (GlyphText &glyph : out)
        glyph.single =
            glyph.cluster >= 0 && glyph.text.size() == 1 && clusterGlyphs.value(glyph.cluster) == 1;
    return out;
}

bool hasRightToLeft(const QString &text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) {
        return c.direction() == QChar::DirR || c.direction() == QChar::DirAL;
    });
}

} // namespace

void textshaping::drawShapedText(PdfCanvas *pdf, const QString &text, const QFont &font,
                                 QPaintDevice *device, qreal unitsPerPoint, const QPointF &baseline,
                                 QRgb color)
{
    const ShapedLine line(text, font, device);
    const QList<QGlyphRun> runs = line.runs();
    // Left-to-right text copies as the string itself; right-to-left text is
    // mapped glyph by glyph, in logical order (below), and only a cluster
    // of several characters or glyphs (a ligature) gets its own actual
    // text: readers that sort glyphs by position turn right-to-left letters
    // around themselves, and would turn a whole string's actual text too.
    const bool wholeString = !hasRightToLeft(text);
    // What each glyph stands for goes into the font's ToUnicode map as
    // well, for readers that ignore actual text (poppler's structure text).
    std::vector<GlyphText> texts = glyphTexts(line, runs, text);
    if (wholeString)
        pdf->beginActualText(text);
    QSet<int> mappedClusters;

    size_t first = 0; // of the run, in texts
    for (const QGlyphRun &run : runs) {
        const QRawFont raw = run.rawFont();
        QList<quint32> glyphs = run.glyphIndexes();
        QList<QPointF> positions = run.positions();
        const size_t runFirst = first;
        first += size_t(glyphs.size());
        if (glyphs.isEmpty() || positions.size() != glyphs.size())
            continue;
        // A right-to-left run comes in logical order, and is written so:
        // each glyph placed where it belongs, from right to left. A reader
        // that takes the text in the order it is written (poppler's
        // structure text, a screen reader) reads it as written; one that
        // sorts by position turns right-to-left letters around anyway.
        for (QPointF &p : positions)
            p /= unitsPerPoint;
        const int pdfFont = pdf->addFont(raw);
        if (pdfFont < 0) {
            // A font that cannot be embedded (a variable font, a
            // synthesized style): its outlines, which still look right.
            QPainterPath outlines;
            outlines.setFillRule(Qt::WindingFill);
            QString runText;
            for (qsizetype i = 0; i < glyphs.size(); ++i) {
                QTransform toPoints;
                toPoints.translate(baseline.x() + positions[i].x(),
                                   baseline.y() + positions[i].y());
                toPoints.scale(1 / unitsPerPoint, 1 / unitsPerPoint);
                outlines.addPath(toPoints.map(raw.pathForGlyph(glyphs[i])));
                if (!wholeString && runFirst + size_t(i) < texts.size())
                    runText += texts[runFirst + size_t(i)].text;
            }
            if (!wholeString)
                pdf->beginActualText(runText);
            pdf->fillPath(outlines, color);
            if (!wholeString)
                pdf->endActualText();
            continue;
        }
        const qreal size = raw.pixelSize() / unitsPerPoint;
        if (runFirst + size_t(glyphs.size()) > texts.size())
            texts.resize(runFirst + size_t(glyphs.size()));
        // A single glyph with its character; the first glyph of a cluster
        // of several with the cluster's characters.
        QVarLengthArray<char16_t, 64> unicode(glyphs.size());
        for (qsizetype i = 0; i < glyphs.size(); ++i) {
            const GlyphText &t = texts[runFirst + size_t(i)];
            unicode[i] = t.single ? t.text.front().unicode() : 0;
            if (!t.single && t.cluster >= 0 && !mappedClusters.contains(t.cluster)) {
                mappedClusters.insert(t.cluster);
                pdf->mapGlyph(pdfFont, glyphs[i], t.text);
            }
        }
        if (wholeString) {
            pdf->drawShapedGlyphs(pdfFont, size, baseline, glyphs.constData(),
                                  positions.constData(), unicode.constData(), int(glyphs.size()),
                                  color);
            continue;
        }
        // Stretches of single glyphs with their character, and each
        // cluster of several with its actual text.
        for (qsizetype i = 0; i < glyphs.size();) {
            const GlyphText &t = texts[runFirst + size_t(i)];
            qsizetype end = i + 1;
            if (t.single) {
                while (end < glyphs.size() && texts[runFirst + size_t(end)].single)
                    ++end;
            } else {
                while (end < glyphs.size() && !texts[runFirst + size_t(end)].single
                       && texts[runFirst + size_t(end)].cluster == t.cluster)
                    ++end;
            }
            const bool actual = !t.single && t.cluster >= 0;
            if (actual)
                pdf->beginActualText(t.text);
            pdf->drawShapedGlyphs(pdfFont, size, baseline, glyphs.constData() + i,
                                  positions.constData() + i, unicode.constData() + i, int(end - i),
                                  color);
            if (actual)
                pdf->endActualText();
            i = end;
        }
    }
    if (wholeString)
        pdf->endActualText();
}
