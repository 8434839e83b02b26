#include "reportfonts.h"

#include "textshaping.h"

#include <QPaintDevice>

#include <algorithm>

using namespace ReportStyle;

ReportFonts::ReportFonts(QPaintDevice *device)
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

qreal ReportFonts::width(FontId f, const QString &text)
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

bool ReportFonts::glyphs(FontId f, const QString &text, GlyphLine *line, qreal *width)
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

QString ReportFonts::elided(FontId f, const QString &text, qreal width) const
{
    return m_faces[f].metrics.elidedText(text, Qt::ElideRight, width);
}

QStringList ReportFonts::wrap(FontId f, const QString &text, qreal width)
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

QStringList ReportFonts::wordsOf(const QString &text)
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

// A word wider than a line, cut between characters; the last piece starts
// the next line.
void ReportFonts::breakWord(FontId f, const QString &word, qreal width, QStringList *lines,
                            QString *line, qreal *lineWidth)
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
