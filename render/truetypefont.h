#pragma once

#include <QByteArray>

#include <optional>
#include <vector>

class QRawFont;

// The tables of a TrueType font that a PDF needs to embed it (FontFile2),
// read from a QRawFont, and the font cut down to the glyphs a document
// draws. Glyph numbers stay as they are, so text can name glyphs directly
// (Identity CID to glyph map): glyphs not used keep their number and lose
// their outline.
class TrueTypeFont
{
public:
    // Empty when the font is not TrueType (no glyf table, for example
    // CFF outlines), is a variable font, has a bold or italic style that
    // is not in the file (synthesized), or its tables do not add up.
    static std::optional<TrueTypeFont> fromRawFont(const QRawFont &font);

    int unitsPerEm() const { return m_unitsPerEm; }
    int glyphCount() const { return m_glyphCount; }
    // The advance width of a glyph in font units.
    int advance(quint32 glyph) const;
    int ascent() const { return m_ascent; }
    int descent() const { return m_descent; }
    int capHeight() const { return m_capHeight; }
    // Degrees, counter-clockwise from the vertical; 0 when upright.
    double italicAngle() const { return m_italicAngle; }
    // xMin, yMin, xMax, yMax of all glyphs, in font units.
    const int *boundingBox() const { return m_bbox; }

    // A complete font file with the outlines of the glyphs marked in used
    // (indexed by glyph, may be shorter than glyphCount()), of the glyphs
    // their composites are made of, and of glyph 0 (.notdef).
    QByteArray subset(const std::vector<bool> &used) const;

private:
    TrueTypeFont() = default;
    // The bytes of glyph's outline in glyf; empty for an empty glyph.
    QByteArray glyphData(quint32 glyph) const;
    quint32 glyphOffset(quint32 glyph) const;

    QByteArray m_head, m_hhea, m_maxp, m_hmtx, m_loca, m_glyf, m_cvt, m_fpgm, m_prep;
    int m_unitsPerEm = 1000;
    int m_glyphCount = 0;
    int m_hMetrics = 0;
    bool m_longLoca = false;
    int m_ascent = 0, m_descent = 0, m_capHeight = 0;
    double m_italicAngle = 0;
    int m_bbox[4] = {0, 0, 0, 0};
};
