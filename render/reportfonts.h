#pragma once

#include "reportstyle.h"

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QRawFont>
#include <QStringList>
#include <QVarLengthArray>

#include <array>
#include <memory>
#include <vector>

class QPaintDevice;

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
class ReportFonts
{
public:
    using FontId = ReportStyle::FontId;

    explicit ReportFonts(QPaintDevice *device);

    const QFont &font(FontId f) const { return m_faces[f].font; }
    const QRawFont &rawFont(FontId f) const { return m_faces[f].raw; }
    qreal ascent(FontId f) const { return m_faces[f].metrics.ascent(); }
    // The distance between two baselines.
    qreal lineHeight(FontId f) const { return m_faces[f].metrics.height() * 1.18; }

    qreal width(FontId f, const QString &text);

    // The glyphs of text in font f; false when the text needs shaping (see
    // the class comment).
    bool glyphs(FontId f, const QString &text, GlyphLine *line, qreal *width = nullptr);

    QString elided(FontId f, const QString &text, qreal width) const;

    // Breaks text into lines no wider than width: at spaces, and inside a
    // word only when the word alone is wider than a line. Line breaks in
    // the text are kept; tabs count as spaces. Never returns an empty list.
    QStringList wrap(FontId f, const QString &text, qreal width);

    // The words of text between which a line may break: at spaces, but not
    // between a number and the word after it, so "30 min" or "4 h" stays on
    // one line.
    static QStringList wordsOf(const QString &text);

private:
    void breakWord(FontId f, const QString &word, qreal width, QStringList *lines, QString *line,
                   qreal *lineWidth);

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
