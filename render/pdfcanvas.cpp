#include "pdfcanvas.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QIODevice>
#include <QPainterPath>
#include <QPointF>
#include <QRawFont>
#include <QRectF>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>

namespace {

// Appends value with at most decimals (≤ 4) digits after the point, without
// trailing zeros: "12.5", "0.333", "-3".
void appendNumber(QByteArray &out, double value, int decimals = 2)
{
    static constexpr long long Scale[] = {1, 10, 100, 1000, 10000};
    // Far beyond any page, and never "nan": PDF numbers are plain decimals.
    value = std::isfinite(value) ? std::clamp(value, -1e9, 1e9) : 0.0;
    long long n = std::llround(value * Scale[decimals]);
    if (n < 0) {
        out += '-';
        n = -n;
    }
    char buffer[24];
    const auto whole = std::to_chars(buffer, buffer + sizeof buffer, n / Scale[decimals]);
    out.append(buffer, whole.ptr - buffer);
    long long fraction = n % Scale[decimals];
    if (fraction == 0)
        return;
    while (fraction % 10 == 0) {
        fraction /= 10;
        --decimals;
    }
    char digits[4];
    for (int i = decimals - 1; i >= 0; --i) {
        digits[i] = char('0' + fraction % 10);
        fraction /= 10;
    }
    out += '.';
    out.append(digits, decimals);
}

void appendInt(QByteArray &out, long long value)
{
    char buffer[24];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, end.ptr - buffer);
}

// An indirect reference: "12 0 R".
void appendRef(QByteArray &out, int object)
{
    appendInt(out, object);
    out += " 0 R";
}

void appendHex4(QByteArray &out, quint32 value)
{
    static constexpr char Digits[] = "0123456789ABCDEF";
    const char hex[4] = {Digits[(value >> 12) & 0xf], Digits[(value >> 8) & 0xf],
                         Digits[(value >> 4) & 0xf], Digits[value & 0xf]};
    out.append(hex, 4);
}

// A PDF text string in UTF-16 with a byte order mark, as hex: any
// character, and nothing in it needs escaping.
QByteArray textString(const QString &text)
{
    QByteArray out = "<FEFF";
    for (const QChar c : text)
        appendHex4(out, c.unicode());
    return out + '>';
}

// A PDF name from a font's family and style: letters and digits only.
QByteArray fontName(const QRawFont &font)
{
    QByteArray name;
    const QString style = font.styleName();
    const QString full =
        style.isEmpty() || style == QLatin1String("Book") || style == QLatin1String("Regular")
            ? font.familyName()
            : font.familyName() + u'-' + style;
    for (const QChar c : full) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            name += char(c.unicode());
        else if (c == u'-')
            name += '-';
    }
    return name.isEmpty() ? QByteArray("Font") : name;
}

QByteArray deflate(const QByteArray &data)
{
    // qCompress is zlib's format behind a four-byte length; FlateDecode
    // wants the zlib format alone. Level 1: a little larger, several times
    // faster.
    return qCompress(data, 1).mid(4);
}

} // namespace

PdfCanvas::PdfCanvas(QIODevice *device)
    : m_device(device)
{
    m_offsets.append(0);
    m_catalog = newObject();
    m_pageTree = newObject();
    m_resources = newObject();
    m_content.reserve(64 * 1024);
}

int PdfCanvas::newObject()
{
    m_offsets.append(0);
    return int(m_offsets.size() - 1);
}

void PdfCanvas::beginObject(int object)
{
    // The header goes out with the first object, so that nothing is
    // written before the first page: up to then the caller can still
    // write the document another way.
    if (m_offset == 0)
        write("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n");
    m_offsets[object] = m_offset;
    QByteArray head;
    appendInt(head, object);
    write(head + " 0 obj\n");
}

void PdfCanvas::writeObject(int object, const QByteArray &body)
{
    beginObject(object);
    write(body);
    write("\nendobj\n");
}

void PdfCanvas::write(const QByteArray &bytes)
{
    if (m_failed)
        return;
    if (m_device->write(bytes) != bytes.size())
        m_failed = true;
    m_offset += bytes.size();
}

void PdfCanvas::writeStream(int object, const QByteArray &data, const QByteArray &extraKeys)
{
    // Deflating nothing gives nothing, which is no zlib stream.
    const QByteArray packed = data.isEmpty() ? data : deflate(data);
    beginObject(object);
    QByteArray dict = "<< /Length ";
    appendInt(dict, packed.size());
    if (!data.isEmpty())
        dict += " /Filter /FlateDecode";
    dict += extraKeys + " >>\nstream\n";
    write(dict);
    write(packed);
    write("\nendstream\nendobj\n");
}

int PdfCanvas::addFont(const QRawFont &font)
{
    const QByteArray key = font.familyName().toUtf8() + '\0' + font.styleName().toUtf8() + '\0'
                           + QByteArray::number(int(font.weight())) + '\0'
                           + QByteArray::number(int(font.style()));
    for (size_t i = 0; i < m_fonts.size(); ++i) {
        if (m_fonts[i].key == key)
            return int(i);
    }
    std::optional<FontFile> file = FontFile::fromRawFont(font);
    if (!file)
        return -1;
    if (file->outlines() == FontFile::Outlines::Cff)
        m_openType = true;
    Font f{key, fontName(font), std::move(*file), newObject(), {}, {}};
    for (int i = 0; i < 4; ++i)
        newObject();
    f.used.assign(f.file.glyphCount(), false);
    f.unicode.assign(f.file.glyphCount(), 0);
    m_fonts.push_back(std::move(f));
    return int(m_fonts.size() - 1);
}

void PdfCanvas::beginPage(const QSizeF &size)
{
    if (m_inPage)
        endPage();
    m_inPage = true;
    m_pageSize = size;
    m_content.clear();
    m_hasColor = false;
    m_font = -1;
}

void PdfCanvas::setColor(QRgb color)
{
    color &= 0xffffff; // opaque: a fill has no alpha here
    if (m_hasColor && color == m_color)
        return;
    m_hasColor = true;
    m_color = color;
    appendNumber(m_content, qRed(color) / 255.0, 3);
    m_content += ' ';
    appendNumber(m_content, qGreen(color) / 255.0, 3);
    m_content += ' ';
    appendNumber(m_content, qBlue(color) / 255.0, 3);
    m_content += " rg\n";
}

void PdfCanvas::fillRect(const QRectF &rect, QRgb color)
{
    setColor(color);
    appendNumber(m_content, rect.x());
    m_content += ' ';
    appendNumber(m_content, m_pageSize.height() - rect.bottom());
    m_content += ' ';
    appendNumber(m_content, rect.width());
    m_content += ' ';
    appendNumber(m_content, rect.height());
    m_content += " re f\n";
}

void PdfCanvas::drawGlyphs(int font, qreal size, const QPointF &baseline, const quint32 *glyphs,
                           const qreal *x, const QChar *text, int count, QRgb color)
{
    if (font < 0 || font >= int(m_fonts.size()) || count <= 0 || size <= 0)
        return;
    Font &f = m_fonts[font];
    setColor(color);
    m_content += "BT\n";
    if (m_font != font || m_fontSize != size) {
        m_font = font;
        m_fontSize = size;
        m_content += "/F";
        appendInt(m_content, font);
        m_content += ' ';
        appendNumber(m_content, size, 3);
        m_content += " Tf\n";
    }
    appendNumber(m_content, baseline.x() + x[0]);
    m_content += ' ';
    appendNumber(m_content, m_pageSize.height() - baseline.y());
    m_content += " Td [<";
    // Where the viewer puts the next glyph, in thousandths of the font
    // size from the first one; a difference to where the layout wants it
    // becomes a kerning number.
    const double toThousandths = 1000.0 / size;
    double pen = 0;
    for (int i = 0; i < count; ++i) {
        const quint32 g = glyphs[i];
        if (i > 0) {
            const double want = (x[i] - x[0]) * toThousandths;
            const long long shift = std::llround(want - pen);
            if (shift != 0) {
                m_content += ">";
                appendInt(m_content, -shift);
                m_content += "<";
                pen += double(shift);
            }
        }
        appendHex4(m_content, g);
        if (g < f.used.size()) {
            f.used[g] = true;
            if (f.unicode[g] == 0)
                f.unicode[g] = text[i].unicode();
        }
        pen += f.width(g);
    }
    m_content += ">] TJ\nET\n";
}

void PdfCanvas::endPage()
{
    m_inPage = false;
    const int contents = newObject();
    writeStream(contents, m_content);
    const int page = newObject();
    QByteArray dict = "<< /Type /Page /Parent ";
    appendRef(dict, m_pageTree);
    dict += " /MediaBox [0 0 ";
    appendNumber(dict, m_pageSize.width(), 3);
    dict += ' ';
    appendNumber(dict, m_pageSize.height(), 3);
    dict += "] /Resources ";
    appendRef(dict, m_resources);
    dict += " /Contents ";
    appendRef(dict, contents);
    dict += " >>";
    writeObject(page, dict);
    m_pages.append(page);
}

void PdfCanvas::writeFont(const Font &f)
{
    const int type0 = f.object, cidFont = f.object + 1, descriptor = f.object + 2,
              file = f.object + 3, toUnicode = f.object + 4;
    // A subset's name starts with six capital letters of its own.
    QByteArray tag;
    for (int i = 0; i < 6; ++i)
        tag += char('A' + (type0 * 7 + i * 5) % 26);
    const QByteArray name = '/' + tag + '+' + f.name;
    const double scale = 1000.0 / f.file.unitsPerEm();
    // CFF outlines go in as the whole OpenType file (PDF 1.6), whose
    // charset maps CIDs to glyphs; TrueType's glyphs are named directly.
    const bool cff = f.file.outlines() == FontFile::Outlines::Cff;
    QByteArray dict = "<< /Type /Font /Subtype /Type0 /BaseFont " + name
                      + " /Encoding /Identity-H /DescendantFonts [";
    appendRef(dict, cidFont);
    dict += "] /ToUnicode ";
    appendRef(dict, toUnicode);
    dict += " >>";
    writeObject(type0, dict);

    dict = "<< /Type /Font /Subtype " + QByteArray(cff ? "/CIDFontType0" : "/CIDFontType2")
           + " /BaseFont " + name
           + " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"
             " /FontDescriptor ";
    appendRef(dict, descriptor);
    if (!cff)
        dict += " /CIDToGIDMap /Identity";
    dict += " /W [";
    for (size_t g = 0; g < f.used.size(); ++g) {
        if (!f.used[g])
            continue;
        appendInt(dict, qint64(g));
        dict += " [";
        appendNumber(dict, f.width(quint32(g)), 1);
        dict += "] ";
    }
    dict += "] >>";
    writeObject(cidFont, dict);

    const int *box = f.file.boundingBox();
    // Symbolic (4): glyphs outside the standard Latin set; italic (64).
    const int flags = 4 | (f.file.italicAngle() != 0 ? 64 : 0);
    dict = "<< /Type /FontDescriptor /FontName " + name + " /Flags ";
    appendInt(dict, flags);
    dict += " /FontBBox [";
    for (int i = 0; i < 4; ++i) {
        appendNumber(dict, box[i] * scale, 0);
        dict += i < 3 ? " " : "]";
    }
    dict += " /ItalicAngle ";
    appendNumber(dict, f.file.italicAngle(), 1);
    dict += " /Ascent ";
    appendNumber(dict, f.file.ascent() * scale, 0);
    dict += " /Descent ";
    appendNumber(dict, f.file.descent() * scale, 0);
    dict += " /CapHeight ";
    appendNumber(dict, f.file.capHeight() * scale, 0);
    dict += cff ? " /StemV 80 /FontFile3 " : " /StemV 80 /FontFile2 ";
    appendRef(dict, file);
    dict += " >>";
    writeObject(descriptor, dict);

    const QByteArray fontFile = f.file.subset(f.used);
    QByteArray fileKeys = cff ? " /Subtype /OpenType" : " /Length1 ";
    if (!cff)
        appendInt(fileKeys, fontFile.size());
    writeStream(file, fontFile, fileKeys);

    QByteArray cmap = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                      "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                      "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    QByteArray block;
    int inBlock = 0;
    const auto flush = [&] {
        if (inBlock == 0)
            return;
        appendInt(cmap, inBlock);
        cmap += " beginbfchar\n" + block + "endbfchar\n";
        block.clear();
        inBlock = 0;
    };
    for (size_t g = 0; g < f.unicode.size(); ++g) {
        if (f.unicode[g] == 0)
            continue;
        block += '<';
        appendHex4(block, quint32(g));
        block += "> <";
        appendHex4(block, f.unicode[g]);
        block += ">\n";
        if (++inBlock == 100)
            flush();
    }
    flush();
    cmap += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    writeStream(toUnicode, cmap);
}

bool PdfCanvas::finish()
{
    if (m_inPage)
        endPage();
    for (const Font &f : m_fonts)
        writeFont(f);

    QByteArray dict = "<< /Font <<";
    for (size_t i = 0; i < m_fonts.size(); ++i) {
        dict += " /F";
        appendInt(dict, qint64(i));
        dict += ' ';
        appendRef(dict, m_fonts[i].object);
    }
    dict += " >> >>";
    writeObject(m_resources, dict);

    dict = "<< /Type /Pages /Count ";
    appendInt(dict, m_pages.size());
    dict += " /Kids [";
    for (const int page : std::as_const(m_pages)) {
        appendRef(dict, page);
        dict += " ";
    }
    dict += "] >>";
    writeObject(m_pageTree, dict);

    dict = "<< /Type /Catalog /Pages ";
    appendRef(dict, m_pageTree);
    if (m_openType) // the header says 1.4: written before the fonts were known
        dict += " /Version /1.6";
    dict += " >>";
    writeObject(m_catalog, dict);

    const int info = newObject();
    const QString now = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss"));
    dict = "<< /Title " + textString(m_title) + " /Creator " + textString(m_creator) + " /Producer "
           + textString(m_creator) + " /CreationDate (D:" + now.toLatin1() + "Z) >>";
    writeObject(info, dict);

    const qint64 xref = m_offset;
    QByteArray table = "xref\n0 ";
    appendInt(table, m_offsets.size());
    table += "\n0000000000 65535 f\r\n";
    for (qsizetype i = 1; i < m_offsets.size(); ++i) {
        char entry[21];
        std::snprintf(entry, sizeof entry, "%010lld 00000 n\r\n", m_offsets[i]);
        table.append(entry, 20);
    }
    table += "trailer\n<< /Size ";
    appendInt(table, m_offsets.size());
    table += " /Root ";
    appendRef(table, m_catalog);
    table += " /Info ";
    appendRef(table, info);
    // The file's identifier: made from what it says and when, as the
    // specification suggests.
    const QByteArray id =
        QCryptographicHash::hash(m_title.toUtf8() + now.toLatin1() + QByteArray::number(xref),
                                 QCryptographicHash::Md5)
            .toHex()
            .toUpper();
    table += " /ID [<" + id + "> <" + id + ">] >>\nstartxref\n";
    appendInt(table, xref);
    table += "\n%%EOF\n";
    write(table);
    return !m_failed;
}

void PdfCanvas::drawShapedGlyphs(int font, qreal size, const QPointF &baseline,
                                 const quint32 *glyphs, const QPointF *positions,
                                 const char16_t *unicode, int count, QRgb color)
{
    if (font < 0 || font >= int(m_fonts.size()) || count <= 0 || size <= 0)
        return;
    Font &f = m_fonts[font];
    setColor(color);
    m_content += "BT\n";
    if (m_font != font || m_fontSize != size) {
        m_font = font;
        m_fontSize = size;
        m_content += "/F";
        appendInt(m_content, font);
        m_content += ' ';
        appendNumber(m_content, size, 3);
        m_content += " Tf\n";
    }
    appendNumber(m_content, baseline.x() + positions[0].x());
    m_content += ' ';
    appendNumber(m_content, m_pageSize.height() - baseline.y());
    m_content += " Td [<";
    // As in drawGlyphs(), a glyph away from where the viewer would put it
    // is moved there by a kerning number; a mark above or below its base
    // by raising the text (Ts), which needs an array of its own.
    const double toThousandths = 1000.0 / size;
    double pen = 0;
    qreal rise = 0;
    for (int i = 0; i < count; ++i) {
        const quint32 g = glyphs[i];
        const qreal glyphRise = -positions[i].y();
        if (std::abs(glyphRise - rise) > 0.005) {
            rise = glyphRise;
            m_content += ">] TJ ";
            appendNumber(m_content, rise, 3);
            m_content += " Ts [<";
        }
        if (i > 0) {
            const double want = (positions[i].x() - positions[0].x()) * toThousandths;
            const long long shift = std::llround(want - pen);
            if (shift != 0) {
                m_content += ">";
                appendInt(m_content, -shift);
                m_content += "<";
                pen += double(shift);
            }
        }
        appendHex4(m_content, g);
        // A glyph of several characters, or of one in another glyph's
        // company, is not mapped: its actual text says what it stands for.
        if (g < f.used.size()) {
            f.used[g] = true;
            if (unicode && unicode[i] != 0 && f.unicode[g] == 0)
                f.unicode[g] = unicode[i];
        }
        pen += f.width(g);
    }
    m_content += ">] TJ\n";
    if (rise != 0) // the rise outlasts the text object
        m_content += "0 Ts\n";
    m_content += "ET\n";
}

void PdfCanvas::beginActualText(const QString &text)
{
    m_content += "/Span << /ActualText " + textString(text) + " >> BDC\n";
}

void PdfCanvas::endActualText()
{
    m_content += "EMC\n";
}

void PdfCanvas::fillPath(const QPainterPath &path, QRgb color)
{
    if (path.isEmpty())
        return;
    setColor(color);
    const qreal height = m_pageSize.height();
    const auto point = [&](qreal x, qreal y) {
        appendNumber(m_content, x, 3);
        m_content += ' ';
        appendNumber(m_content, height - y, 3);
        m_content += ' ';
    };
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element e = path.elementAt(i);
        if (e.isMoveTo()) {
            point(e.x, e.y);
            m_content += "m\n";
        } else if (e.isLineTo()) {
            point(e.x, e.y);
            m_content += "l\n";
        } else if (e.isCurveTo() && i + 2 < path.elementCount()) {
            point(e.x, e.y);
            point(path.elementAt(i + 1).x, path.elementAt(i + 1).y);
            point(path.elementAt(i + 2).x, path.elementAt(i + 2).y);
            m_content += "c\n";
            i += 2;
        }
    }
    m_content += path.fillRule() == Qt::WindingFill ? "f\n" : "f*\n";
}
