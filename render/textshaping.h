#pragma once

#include <QList>
#include <QRgb>

class PdfCanvas;
class QChar;
class QFont;
class QGlyphRun;
class QPaintDevice;
class QPointF;
class QString;

// Text that is not drawn one character to one glyph: right-to-left
// scripts, combining marks, scripts whose letters join or reorder, and
// characters the document's font lacks. Qt shapes it (QTextLayout, with
// the system's fallback fonts), exactly as QPainter::drawText would.
namespace textshaping {

// Whether a string with c in it needs shaping to be drawn right. Latin,
// Greek, Cyrillic and the common digits, punctuation and symbols do not;
// letters of other scripts, combining marks and the controls of
// direction and joining do.
bool needsShaping(QChar c);

// The glyph runs of text on one line in font, as QPainter::drawText draws
// it: in visual order, from the fonts that have the glyphs; positions
// from the start of the baseline, y down, in the device's units.
QList<QGlyphRun> glyphRuns(const QString &text, const QFont &font, QPaintDevice *device);

// Draws text shaped into pdf, baseline in points, with the string as its
// actual text. unitsPerPoint converts the device's units to points. Glyphs
// of a font that cannot be embedded are drawn as outlines.
void drawShapedText(PdfCanvas *pdf, const QString &text, const QFont &font, QPaintDevice *device,
                    qreal unitsPerPoint, const QPointF &baseline, QRgb color);

} // namespace textshaping
