#pragma once

#include "fontfile.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QRgb>
#include <QSizeF>
#include <QString>

#include <cmath>
#include <vector>

class QDateTime;
class QIODevice;
class QPainterPath;
class QRawFont;
class QRectF;
class QPointF;

// Writes a PDF of filled rectangles and text in embedded fonts,
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
// The document is tagged (ISO 32000-1, 14.7 and 14.8) for screen readers:
// the caller opens structure elements around what they hold, in reading
// order, and whatever is drawn meanwhile becomes the innermost element's
// marked content; the rest is marked as artifact (decoration, page
// furniture). The catalog names the language and asks viewers to show the
// title.
//
// Coordinates are in points from the top left corner of the page.
class PdfCanvas
{
public:
    // What an artifact is (14.8.2.2): drawn for the page's layout, or
    // repeated on every page.
    enum class Artifact { Layout, Pagination };

    explicit PdfCanvas(QIODevice *device);

    void setTitle(const QString &title) { m_title = title; }
    void setCreator(const QString &creator) { m_creator = creator; }
    // The document's natural language, a BCP 47 tag: "en", "de-CH".
    void setLanguage(const QString &language) { m_language = language; }
    // Whether the document is tagged (by default): untagged, the structure
    // calls below do nothing, and no structure tree is written. Set before
    // the first page.
    void setTagged(bool tagged) { m_tagged = tagged; }

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
    // order: what a reader copies, searches and reads aloud. The span is
    // marked content of its own inside the open element's (or artifact's):
    // no element may begin or end before endActualText().
    void beginActualText(const QString &text);
    void endActualText();
    // Maps glyph of font to the characters text in the font's ToUnicode
    // map, unless it has a mapping already: a glyph Qt shaped from several
    // characters, copied as them where a reader ignores the actual text.
    void mapGlyph(int font, quint32 glyph, const QString &text);
    // Fills path (in points from the top left corner of the page): glyphs
    // of a font that cannot be embedded are drawn as their outlines.
    void fillPath(const QPainterPath &path, QRgb color);

    // --- structure ----------------------------------------------------------

    // Opens a structure element of a standard type, a string literal ("P",
    // "H1", "Table", "TH", "Figure", ...), as the last child of the element open now, or of
    // the document's root. It takes what is drawn until the next
    // beginElement() or endElement(), across pages when needed.
    void beginElement(const char *type);
    // Alternative text of the open element: what a reader says for a Figure.
    void setAlternateText(const QString &text);
    // Attributes of the open element: the inside of a PDF attribute
    // dictionary, "/O /Table /Scope /Column".
    void setAttributes(const QByteArray &attributes);
    void endElement();
    // Until the matching endArtifact(), what is drawn is an artifact even
    // inside an element. Nests.
    void beginArtifact(Artifact kind);
    void endArtifact();

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
        // Glyphs that stand for several characters (a ligature, a
        // syllable), for the ToUnicode map of readers that ignore actual
        // text: poppler's structure text, for one.
        QHash<quint32, QString> clusters;

        // A glyph's advance in thousandths of the size, as /W gives it.
        double width(quint32 glyph) const
        {
            return std::round(file.advance(glyph) * 10000.0 / file.unitsPerEm()) / 10;
        }
    };

    // An open structure element.
    struct Element {
        int object = 0;
        int parent = 0;
        int page = 0;               // the page of its first marked content, 0 for none yet
        const char *type = nullptr; // a string literal
        QByteArray kids;
        int kidCount = 0;
        QByteArray attributes;
        QString alternateText;
    };
    // What the marked-content sequence open in the page's content is.
    enum class Mark { None, Content, LayoutArtifact, PaginationArtifact };

    int newObject();
    void beginObject(int object);
    void writeObject(int object, const QByteArray &body);
    // Writes a small object into a compressed object stream: the structure
    // tree holds several objects per table cell, which on their own would
    // make a large agreement's file several times larger.
    void writePacked(int object, const QByteArray &body);
    void flushPacked();
    void writeCrossReferences(int info, const QByteArray &id);
    void write(const QByteArray &bytes);
    void writeStream(int object, const QByteArray &data, const QByteArray &extraKeys = {});
    void endPage();
    void writeFont(const Font &font);
    void setColor(QRgb color);
    // Opens a text object in font at size and colour, selecting the font
    // only when it changed.
    void beginText(int font, qreal size, QRgb color);
    // Appends glyph to the open TJ array, offset thousandths of the font
    // size from the first glyph, with the character it stands for alone
    // (0: none); pen is where the viewer would put it.
    void appendGlyph(Font &f, quint32 glyph, double offset, char16_t unicode, double &pen);
    // Opens the marked-content sequence what is drawn next belongs to.
    void mark();
    void closeMark();
    void writeStructure();
    void writeMetadata(int object, const QDateTime &time);

    QIODevice *m_device;
    qint64 m_offset = 0;
    bool m_failed = false;
    QList<qint64> m_offsets; // by object number; 0 is the free list head
    // By object number: the object stream holding it, and its index there;
    // 0 for an object written on its own.
    QList<int> m_packedIn;
    QList<int> m_packedAt;
    QByteArray m_packed;      // the bodies in the object stream being filled
    QByteArray m_packedIndex; // its pairs of object number and offset
    QList<int> m_packedObjects;
    QByteArray m_elementBuffer; // a structure element's dictionary being written
    QList<int> m_pages;
    std::vector<Font> m_fonts;
    QString m_title;
    QString m_creator;
    QString m_language;

    int m_catalog = 0, m_pageTree = 0, m_resources = 0, m_structRoot = 0;
    std::vector<Element> m_open;
    QByteArray m_rootKids;
    QList<Artifact> m_artifacts;
    Mark m_mark = Mark::None;
    int m_actualTextDepth = 0; // spans of actual text open inside m_mark
    int m_mcid = 0;            // the next marked-content id on this page
    QByteArray m_pageParents;  // by marked-content id, the element that holds it
    QList<int> m_parentTree;   // by page, its array of m_pageParents
    int m_page = 0;
    bool m_inPage = false;
    QSizeF m_pageSize;
    QByteArray m_content;
    QRgb m_color = 0;
    bool m_hasColor = false;
    int m_font = -1;
    qreal m_fontSize = 0;
    bool m_openType = false; // a CFF font is embedded: PDF 1.6
    bool m_tagged = true;
};
