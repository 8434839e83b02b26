#pragma once

#include "fontfile.h"

#include <QByteArray>
#include <QList>
#include <QRgb>
#include <QSizeF>
#include <QString>

#include <cmath>
#include <vector>

class QIODevice;
class QPainterPath;
class QRawFont;
class QRectF;
class QPointF;

// Writes a PDF of filled rectangles and text in embedded TrueType fonts,
// page by page straight to a device: all the agreement's pages need.
//
// It exists for speed: QPdfWriter positions every glyph with an operator
// of its own and compresses at zlib's default level, which on a
// 1,000-page agreement is most of the export's time. Here a line of text
// is one operator with its glyphs, and streams are compressed at zlib's
// fastest level. Fonts are embedded as subsets with a ToUnicode map, so
// text can be selected, searched and copied. Text that Qt shaped (joined
// Arabic, positioned marks, reordered Indic syllables) is written as its
// glyphs with the string itself as /ActualText, so it copies as written.
//
// Coordinates are in points from the top left corner of the page.
class PdfCanvas
{
public:
    explicit PdfCanvas(QIODevice *device);

    void setTitle(const QString &title) { m_title = title; }
    void setCreator(const QString &creator) { m_creator = creator; }

    // Makes font available to drawGlyphs(); returns its number, or -1 when
    // it cannot be embedded (see FontFile::fromRawFont). The same font
    // file added twice, at any size, gives the same number.
    int addFont(const QRawFont &font);

    void beginPage(const QSizeF &size);
    void fillRect(const QRectF &rect, QRgb color);
    // Draws count glyphs of font at size points: glyph i at x[i] points
    // right of the baseline's start, standing for the character text[i].
    void drawGlyphs(int font, qreal size, const QPointF &baseline, const quint32 *glyphs,
                    const qreal *x, const QChar *text, int count, QRgb color);
    // Draws count glyphs that Qt shaped, glyph i at positions[i] points
    // from the baseline's start (y down, as Qt gives it). unicode, when
    // given, holds the character each glyph stands for alone (0: none);
    // other glyphs go between beginActualText() and endActualText(), so
    // that they copy as the string they were shaped from.
    void drawShapedGlyphs(int font, qreal size, const QPointF &baseline, const quint32 *glyphs,
                          const QPointF *positions, const char16_t *unicode, int count, QRgb color);
    // What the glyphs drawn until endActualText() stand for, in logical
    // order: what a reader copies, searches and reads aloud.
    void beginActualText(const QString &text);
    void endActualText();
    // Fills path (in points from the top left corner of the page): glyphs
    // of a font that cannot be embedded are drawn as their outlines.
    void fillPath(const QPainterPath &path, QRgb color);

    // Ends the last page and writes the fonts, the page tree, the document
    // information and the cross-reference table. False when the device
    // did not take every byte: its error says why.
    bool finish();

private:
    struct Font {
        QByteArray key;
        QByteArray name;
        FontFile file;
        int object = 0; // the Type0 font; the next four are its parts
        std::vector<bool> used;
        std::vector<char16_t> unicode;

        // A glyph's advance in thousandths of the size, as /W gives it.
        double width(quint32 glyph) const
        {
            return std::round(file.advance(glyph) * 10000.0 / file.unitsPerEm()) / 10;
        }
    };

    int newObject();
    void beginObject(int object);
    void writeObject(int object, const QByteArray &body);
    void write(const QByteArray &bytes);
    void writeStream(int object, const QByteArray &data, const QByteArray &extraKeys = {});
    void endPage();
    void writeFont(const Font &font);
    void setColor(QRgb color);

    QIODevice *m_device;
    qint64 m_offset = 0;
    bool m_failed = false;
    QList<qint64> m_offsets; // by object number; 0 is the free list head
    QList<int> m_pages;
    std::vector<Font> m_fonts;
    QString m_title;
    QString m_creator;

    int m_catalog = 0, m_pageTree = 0, m_resources = 0;
    bool m_inPage = false;
    QSizeF m_pageSize;
    QByteArray m_content;
    QRgb m_color = 0;
    bool m_hasColor = false;
    int m_font = -1;
    qreal m_fontSize = 0;
    bool m_openType = false; // a CFF font is embedded: PDF 1.6
};
