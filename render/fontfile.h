#pragma once

#include <QByteArray>

#include <memory>
#include <optional>
#include <vector>

class QRawFont;
struct hb_face_t;

// A font's file as a PDF embeds it: the metrics its font dictionaries
// give, and the file cut down to the glyphs a document draws. Reading and
// cutting are HarfBuzz's (hb-subset), which takes TrueType and CFF
// outlines alike and is fuzzed upstream; a damaged table reads as empty,
// never out of bounds.
//
// Glyph numbers stay as they are, so text can name glyphs directly
// (Identity CID to glyph map): glyphs not used keep their number and lose
// their outline.
class FontFile
{
public:
    enum class Outlines {
        TrueType, // glyf: embedded as FontFile2
        Cff,      // CFF: embedded as an OpenType FontFile3
    };

    // Empty when the font has no outlines HarfBuzz can cut (no glyf and no
    // CFF table, or CFF2), is a variable font, or has a bold or italic
    // style that is not in the file (synthesized): either would embed
    // other letters than the layout's.
    static std::optional<FontFile> fromRawFont(const QRawFont &font);

    Outlines outlines() const { return m_outlines; }
    int unitsPerEm() const { return m_unitsPerEm; }
    int glyphCount() const { return int(m_advances.size()); }
    // The advance width of a glyph in font units.
    int advance(quint32 glyph) const { return glyph < m_advances.size() ? m_advances[glyph] : 0; }
    int ascent() const { return m_ascent; }
    int descent() const { return m_descent; }
    int capHeight() const { return m_capHeight; }
    // Degrees, counter-clockwise from the vertical; 0 when upright.
    double italicAngle() const { return m_italicAngle; }
    // xMin, yMin, xMax, yMax of all glyphs, in font units.
    const int *boundingBox() const { return m_bbox; }

    // A complete font file with the outlines of the glyphs marked in used
    // (indexed by glyph, may be shorter than glyphCount()), of the glyphs
    // their composites are made of, and of glyph 0 (.notdef). Empty when
    // the font cannot be cut.
    QByteArray subset(const std::vector<bool> &used) const;

private:
    FontFile() = default;

    std::shared_ptr<hb_face_t> m_face;
    Outlines m_outlines = Outlines::TrueType;
    int m_unitsPerEm = 1000;
    std::vector<int> m_advances;
    int m_ascent = 0, m_descent = 0, m_capHeight = 0;
    double m_italicAngle = 0;
    int m_bbox[4] = {0, 0, 0, 0};
};
