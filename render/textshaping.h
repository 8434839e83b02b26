#pragma once

#include <QRgb>

class PdfCanvas;
class QChar;
class QFont;
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

// Draws text into pdf as QPainter::drawText would draw it on one line on
// device, baseline in points: in visual order, from the fonts that have
// the glyphs, copied as the string itself. unitsPerPoint converts the
// device's units to points. Glyphs of a font that cannot be embedded are
// drawn as outlines.
void drawShapedText(PdfCanvas *pdf, const QString &text, const QFont &font, QPaintDevice *device,
                    qreal unitsPerPoint, const QPointF &baseline, QRgb color);

} // namespace textshaping
