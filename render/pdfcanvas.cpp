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
    m_packedIn.append(0);
    m_packedAt.append(0);
    m_catalog = newObject();
    m_pageTree = newObject();
    m_resources = newObject();
    m_structRoot = newObject();
    m_content.reserve(64 * 1024);
}

int PdfCanvas::newObject()
{
    m_offsets.append(0);
    m_packedIn.append(0);
    m_packedAt.append(0);
    return int(m_offsets.size() - 1);
}

void PdfCanvas::beginObject(int object)
{
    // The header goes out with the first object, so that nothing is
    // written before the first page: up to then the caller can still
    // write the document another way.
    if (m_offset == 0)
        write("%PDF-1.5\n%\xe2\xe3\xcf\xd3\n");
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

void PdfCanvas::writePacked(int object, const QByteArray &body)
{
    appendInt(m_packedIndex, object);
    m_packedIndex += ' ';
    appendInt(m_packedIndex, m_packed.size());
    m_packedIndex += ' ';
    m_packed += body;
    m_packed += '\n';
    m_packedObjects.append(object);
    if (m_packedObjects.size() == 256)
        flushPacked();
}

void PdfCanvas::flushPacked()
{
    if (m_packedObjects.isEmpty())
        return;
    const int stream = newObject();
    for (qsizetype i = 0; i < m_packedObjects.size(); ++i) {
        m_packedIn[m_packedObjects[i]] = stream;
        m_packedAt[m_packedObjects[i]] = int(i);
    }
    QByteArray keys = " /Type /ObjStm /N ";
    appendInt(keys, m_packedObjects.size());
    keys += " /First ";
    appendInt(keys, m_packedIndex.size());
    writeStream(stream, m_packedIndex + m_packed, keys);
    m_packed.clear();
    m_packedIndex.clear();
    m_packedObjects.clear();
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
    Font f{key, fontName(font), std::move(*file), newObject(), {}, {}, {}};
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
    m_page = newObject();
    m_mcid = 0;
    m_pageParents.clear();
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
    mark();
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

void PdfCanvas::beginText(int font, qreal size, QRgb color)
{
    mark();
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
}

void PdfCanvas::drawGlyphs(int font, qreal size, const QPointF &baseline, const quint32 *glyphs,
                           const qreal *x, const QChar *text, int count, QRgb color)
{
    if (font < 0 || font >= int(m_fonts.size()) || count <= 0 || size <= 0)
        return;
    Font &f = m_fonts[font];
    beginText(font, size, color);
    appendNumber(m_content, baseline.x() + x[0]);
    m_content += ' ';
    appendNumber(m_content, m_pageSize.height() - baseline.y());
    m_content += " Td [<";
    const double toThousandths = 1000.0 / size;
    double pen = 0;
    for (int i = 0; i < count; ++i)
        appendGlyph(f, glyphs[i], (x[i] - x[0]) * toThousandths, text[i].unicode(), pen);
    m_content += ">] TJ\nET\n";
}

void PdfCanvas::appendGlyph(Font &f, quint32 glyph, double offset, char16_t unicode, double &pen)
{
    // Where the viewer puts the next glyph (pen, in thousandths of the
    // font size from the first one); a difference to where the layout
    // wants it becomes a kerning number.
    const long long shift = std::llround(offset - pen);
    if (shift != 0) {
        m_content += ">";
        appendInt(m_content, -shift);
        m_content += "<";
        pen += double(shift);
    }
    appendHex4(m_content, glyph);
    if (glyph < f.used.size()) {
        f.used[glyph] = true;
        if (unicode != 0 && f.unicode[glyph] == 0)
            f.unicode[glyph] = unicode;
    }
    pen += f.width(glyph);
}

void PdfCanvas::mark()
{
    if (!m_tagged)
        return;
    Mark want = Mark::LayoutArtifact;
    if (!m_artifacts.isEmpty())
        want = m_artifacts.constLast() == Artifact::Pagination ? Mark::PaginationArtifact
                                                               : Mark::LayoutArtifact;
    else if (!m_open.empty())
        want = Mark::Content;
    if (want == m_mark)
        return;
    closeMark();
    m_mark = want;
    if (want == Mark::LayoutArtifact) {
        m_content += "/Artifact BMC\n";
        return;
    }
    if (want == Mark::PaginationArtifact) {
        m_content += "/Artifact << /Type /Pagination >> BDC\n";
        return;
    }
    // The element's content on this page: its kids hold the number, the
    // page's entry in the parent tree points back at the element.
    Element &e = m_open.back();
    const int mcid = m_mcid++;
    if (e.page == 0)
        e.page = m_page;
    ++e.kidCount;
    if (e.page == m_page) {
        e.kids += ' ';
        appendInt(e.kids, mcid);
    } else {
        e.kids += " << /Type /MCR /Pg ";
        appendRef(e.kids, m_page);
        e.kids += " /MCID ";
        appendInt(e.kids, mcid);
        e.kids += " >>";
    }
    appendRef(m_pageParents, e.object);
    m_pageParents += ' ';
    m_content += '/';
    m_content += e.type;
    m_content += " << /MCID ";
    appendInt(m_content, mcid);
    m_content += " >> BDC\n";
}

void PdfCanvas::closeMark()
{
    // A span of actual text left open ends first.
    for (; m_actualTextDepth > 0; --m_actualTextDepth)
        m_content += "EMC\n";
    if (m_mark == Mark::None)
        return;
    m_content += "EMC\n";
    m_mark = Mark::None;
}

void PdfCanvas::beginElement(const char *type)
{
    if (!m_tagged)
        return;
    if (m_mark == Mark::Content)
        closeMark();
    Element e;
    e.object = newObject();
    e.parent = m_open.empty() ? m_structRoot : m_open.back().object;
    e.type = type;
    m_open.push_back(std::move(e));
}

void PdfCanvas::setAlternateText(const QString &text)
{
    if (!m_open.empty())
        m_open.back().alternateText = text;
}

void PdfCanvas::setAttributes(const QByteArray &attributes)
{
    if (!m_open.empty())
        m_open.back().attributes = attributes;
}

void PdfCanvas::endElement()
{
    if (!m_tagged || m_open.empty())
        return;
    if (m_mark == Mark::Content)
        closeMark();
    const Element e = std::move(m_open.back());
    m_open.pop_back();
    QByteArray &siblings = m_open.empty() ? m_rootKids : m_open.back().kids;
    siblings += ' ';
    appendRef(siblings, e.object);
    if (!m_open.empty())
        ++m_open.back().kidCount;

    // Small as it can be, there are several per table cell: no /Type (it
    // is optional), a single kid without an array, no kids no /K. Written
    // in a buffer kept from one element to the next.
    QByteArray &dict = m_elementBuffer;
    dict.truncate(0);
    dict += "<< /S /";
    dict += e.type;
    dict += " /P ";
    appendRef(dict, e.parent);
    if (e.page != 0) {
        dict += " /Pg ";
        appendRef(dict, e.page);
    }
    if (e.kidCount == 1) {
        dict += " /K";
        dict += e.kids;
    } else if (e.kidCount > 1) {
        dict += " /K [";
        dict += e.kids;
        dict += " ]";
    }
    if (!e.alternateText.isEmpty()) {
        dict += " /Alt ";
        dict += textString(e.alternateText);
    }
    if (!e.attributes.isEmpty()) {
        dict += " /A << ";
        dict += e.attributes;
        dict += " >>";
    }
    dict += " >>";
    writePacked(e.object, dict);
}

void PdfCanvas::beginArtifact(Artifact kind)
{
    m_artifacts.append(kind);
}

void PdfCanvas::endArtifact()
{
    if (!m_artifacts.isEmpty())
        m_artifacts.removeLast();
}

void PdfCanvas::endPage()
{
    m_inPage = false;
    closeMark();
    const int contents = newObject();
    writeStream(contents, m_content);
    const int page = m_page;
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
    if (m_tagged) {
        const int parents = newObject();
        writePacked(parents, '[' + m_pageParents + ']');
        m_parentTree.append(parents);
        dict += " /StructParents ";
        appendInt(dict, m_parentTree.size() - 1);
    }
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
        const auto cluster =
            f.unicode[g] == 0 ? f.clusters.constFind(quint32(g)) : f.clusters.constEnd();
        if (f.unicode[g] == 0 && cluster == f.clusters.constEnd())
            continue;
        block += '<';
        appendHex4(block, quint32(g));
        block += "> <";
        if (cluster == f.clusters.constEnd()) {
            appendHex4(block, f.unicode[g]);
        } else {
            for (const QChar c : *cluster)
                appendHex4(block, c.unicode());
        }
        block += ">\n";
        if (++inBlock == 100)
            flush();
    }
    flush();
    cmap += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    writeStream(toUnicode, cmap);
}

void PdfCanvas::writeStructure()
{
    const int parentTree = newObject();
    QByteArray dict = "<< /Nums [";
    for (qsizetype i = 0; i < m_parentTree.size(); ++i) {
        appendInt(dict, i);
        dict += ' ';
        appendRef(dict, m_parentTree[i]);
        dict += ' ';
    }
    dict += "] >>";
    writePacked(parentTree, dict);

    dict = "<< /Type /StructTreeRoot /K [" + m_rootKids + " ] /ParentTree ";
    appendRef(dict, parentTree);
    dict += " /ParentTreeNextKey ";
    appendInt(dict, m_parentTree.size());
    dict += " >>";
    writePacked(m_structRoot, dict);
    flushPacked();
}

// The document's metadata as XMP (ISO 16684-1), which PDF/UA asks for
// beside the information dictionary: the title a viewer shows, the
// language, the tool. Not compressed, so that any tool can find it.
void PdfCanvas::writeMetadata(int object, const QDateTime &time)
{
    const auto escaped = [](const QString &text) { return text.toHtmlEscaped().toUtf8(); };
    QByteArray xmp = "<?xpacket begin=\"\xef\xbb\xbf\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                     "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                     "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                     "<rdf:Description rdf:about=\"\""
                     " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                     " xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\""
                     " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
                     "<dc:format>application/pdf</dc:format>\n"
                     "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">"
                     + escaped(m_title) + "</rdf:li></rdf:Alt></dc:title>\n";
    if (!m_language.isEmpty())
        xmp += "<dc:language><rdf:Bag><rdf:li>" + escaped(m_language)
               + "</rdf:li></rdf:Bag></dc:language>\n";
    xmp += "<pdf:Producer>" + escaped(m_creator) + "</pdf:Producer>\n<xmp:CreatorTool>"
           + escaped(m_creator) + "</xmp:CreatorTool>\n<xmp:CreateDate>"
           + time.toString(Qt::ISODate).toLatin1()
           + "</xmp:CreateDate>\n</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n"
             "<?xpacket end=\"w\"?>";
    beginObject(object);
    QByteArray dict = "<< /Type /Metadata /Subtype /XML /Length ";
    appendInt(dict, xmp.size());
    write(dict + " >>\nstream\n");
    write(xmp);
    write("\nendstream\nendobj\n");
}

bool PdfCanvas::finish()
{
    // Elements left open end with the document.
    while (!m_open.empty())
        endElement();
    if (m_inPage)
        endPage();
    if (m_tagged)
        writeStructure();
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

    const QDateTime time = QDateTime::currentDateTimeUtc();
    const QString now = time.toString(QStringLiteral("yyyyMMddHHmmss"));
    const int metadata = newObject();
    writeMetadata(metadata, time);

    dict = "<< /Type /Catalog /Pages ";
    appendRef(dict, m_pageTree);
    if (m_tagged) {
        dict += " /StructTreeRoot ";
        appendRef(dict, m_structRoot);
        dict += " /MarkInfo << /Marked true >>";
    }
    dict += " /ViewerPreferences << /DisplayDocTitle true >>";
    if (!m_language.isEmpty())
        dict += " /Lang " + textString(m_language);
    dict += " /Metadata ";
    appendRef(dict, metadata);
    if (m_openType) // the header says 1.5: written before the fonts were known
        dict += " /Version /1.6";
    dict += " >>";
    writeObject(m_catalog, dict);

    const int info = newObject();
    dict = "<< /Title " + textString(m_title) + " /Creator " + textString(m_creator) + " /Producer "
           + textString(m_creator) + " /CreationDate (D:" + now.toLatin1() + "Z) >>";
    writeObject(info, dict);

    // The file's identifier: made from what it says and when, as the
    // specification suggests.
    const QByteArray id =
        QCryptographicHash::hash(m_title.toUtf8() + now.toLatin1() + QByteArray::number(m_offset),
                                 QCryptographicHash::Md5)
            .toHex()
            .toUpper();
    writeCrossReferences(info, id);
    return !m_failed;
}

// The cross-reference table as a stream (7.5.8), which can point into
// object streams: per object a type (0 free, 1 on its own, 2 packed), its
// offset or object stream, and its generation or index.
void PdfCanvas::writeCrossReferences(int info, const QByteArray &id)
{
    const int object = newObject();
    const qint64 start = m_offset;
    m_offsets[object] = start;
    QByteArray rows;
    rows.reserve(m_offsets.size() * 8);
    const auto row = [&rows](int type, qint64 field2, int field3) {
        rows += char(type);
        for (int shift = 32; shift >= 0; shift -= 8)
            rows += char((field2 >> shift) & 0xff);
        rows += char((field3 >> 8) & 0xff);
        rows += char(field3 & 0xff);
    };
    row(0, 0, 0xffff);
    for (qsizetype i = 1; i < m_offsets.size(); ++i) {
        if (m_packedIn[i] != 0)
            row(2, m_packedIn[i], m_packedAt[i]);
        else if (m_offsets[i] != 0)
            row(1, m_offsets[i], 0);
        else
            row(0, 0, 0);
    }
    QByteArray keys = " /Type /XRef /Size ";
    appendInt(keys, m_offsets.size());
    keys += " /W [1 5 2] /Root ";
    appendRef(keys, m_catalog);
    keys += " /Info ";
    appendRef(keys, info);
    keys += " /ID [<" + id + "> <" + id + ">]";
    writeStream(object, rows, keys);
    QByteArray tail = "startxref\n";
    appendInt(tail, start);
    tail += "\n%%EOF\n";
    write(tail);
}

void PdfCanvas::drawShapedGlyphs(int font, qreal size, const QPointF &baseline,
                                 const quint32 *glyphs, const QPointF *positions,
                                 const char16_t *unicode, int count, QRgb color)
{
    if (font < 0 || font >= int(m_fonts.size()) || count <= 0 || size <= 0)
        return;
    Font &f = m_fonts[font];
    beginText(font, size, color);
    appendNumber(m_content, baseline.x() + positions[0].x());
    m_content += ' ';
    appendNumber(m_content, m_pageSize.height() - baseline.y());
    m_content += " Td [<";
    // A mark above or below its base is raised (Ts), which needs an array
    // of its own.
    const double toThousandths = 1000.0 / size;
    double pen = 0;
    qreal rise = 0;
    for (int i = 0; i < count; ++i) {
        const qreal glyphRise = -positions[i].y();
        if (std::abs(glyphRise - rise) > 0.005) {
            rise = glyphRise;
            m_content += ">] TJ ";
            appendNumber(m_content, rise, 3);
            m_content += " Ts [<";
        }
        // A glyph of several characters, or of one in another glyph's
        // company, is not mapped: its actual text says what it stands for.
        appendGlyph(f, glyphs[i], (positions[i].x() - positions[0].x()) * toThousandths,
                    unicode ? unicode[i] : 0, pen);
    }
    m_content += ">] TJ\n";
    if (rise != 0) // the rise outlasts the text object
        m_content += "0 Ts\n";
    m_content += "ET\n";
}

// The span goes inside the marked-content sequence of what it is drawn for
// (an element's MCID, or an artifact), opened first: sequences nest, they
// must not overlap.
void PdfCanvas::beginActualText(const QString &text)
{
    mark();
    m_content += "/Span << /ActualText " + textString(text) + " >> BDC\n";
    ++m_actualTextDepth;
}

void PdfCanvas::endActualText()
{
    if (m_actualTextDepth == 0) // closed with its sequence already
        return;
    --m_actualTextDepth;
    m_content += "EMC\n";
    // What follows in the element goes into a sequence of its own: poppler
    // (22.12) takes a nested sequence's end for its element's, and would
    // lose the rest of the element's text.
    if (m_actualTextDepth == 0 && m_mark == Mark::Content)
        closeMark();
}

void PdfCanvas::mapGlyph(int font, quint32 glyph, const QString &text)
{
    if (font < 0 || font >= int(m_fonts.size()) || text.isEmpty())
        return;
    Font &f = m_fonts[font];
    if (glyph < f.unicode.size() && f.unicode[glyph] == 0 && !f.clusters.contains(glyph))
        f.clusters.insert(glyph, text);
}

void PdfCanvas::fillPath(const QPainterPath &path, QRgb color)
{
    if (path.isEmpty())
        return;
    mark();
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
