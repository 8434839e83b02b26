#include "truetypefont.h"

#include <QFont>
#include <QRawFont>
#include <QtEndian>

#include <algorithm>

namespace {

quint16 u16(const QByteArray &table, qsizetype offset)
{
    return qFromBigEndian<quint16>(table.constData() + offset);
}

qint16 s16(const QByteArray &table, qsizetype offset)
{
    return qFromBigEndian<qint16>(table.constData() + offset);
}

quint32 u32(const QByteArray &table, qsizetype offset)
{
    return qFromBigEndian<quint32>(table.constData() + offset);
}

void put16(QByteArray &table, qsizetype offset, quint16 value)
{
    qToBigEndian<quint16>(value, table.data() + offset);
}

void put32(QByteArray &table, qsizetype offset, quint32 value)
{
    qToBigEndian<quint32>(value, table.data() + offset);
}

void append32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToBigEndian<quint32>(value, bytes);
    out.append(bytes, 4);
}

void append16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToBigEndian<quint16>(value, bytes);
    out.append(bytes, 2);
}

void pad4(QByteArray &data)
{
    while (data.size() % 4 != 0)
        data.append('\0');
}

quint32 checksum(const QByteArray &padded)
{
    quint32 sum = 0;
    for (qsizetype i = 0; i + 4 <= padded.size(); i += 4)
        sum += u32(padded, i);
    return sum;
}

// The glyphs a composite glyph is made of (none for a simple glyph).
std::vector<quint32> components(const QByteArray &glyph)
{
    std::vector<quint32> parts;
    if (glyph.size() < 10 || s16(glyph, 0) >= 0)
        return parts;
    enum : quint16 {
        ArgsAreWords = 0x0001,
        HaveScale = 0x0008,
        MoreComponents = 0x0020,
        HaveXYScale = 0x0040,
        HaveTwoByTwo = 0x0080,
    };
    qsizetype at = 10;
    while (at + 4 <= glyph.size()) {
        const quint16 flags = u16(glyph, at);
        parts.push_back(u16(glyph, at + 2));
        at += 4 + ((flags & ArgsAreWords) ? 4 : 2);
        if (flags & HaveScale)
            at += 2;
        else if (flags & HaveXYScale)
            at += 4;
        else if (flags & HaveTwoByTwo)
            at += 8;
        if (!(flags & MoreComponents))
            break;
    }
    return parts;
}

} // namespace

std::optional<TrueTypeFont> TrueTypeFont::fromRawFont(const QRawFont &font)
{
    if (!font.isValid())
        return std::nullopt;
    TrueTypeFont f;
    f.m_head = font.fontTable("head");
    f.m_hhea = font.fontTable("hhea");
    f.m_maxp = font.fontTable("maxp");
    f.m_hmtx = font.fontTable("hmtx");
    f.m_loca = font.fontTable("loca");
    f.m_glyf = font.fontTable("glyf");
    f.m_cvt = font.fontTable("cvt ");
    f.m_fpgm = font.fontTable("fpgm");
    f.m_prep = font.fontTable("prep");
    if (f.m_head.size() < 54 || u32(f.m_head, 12) != 0x5F0F3CF5 || f.m_hhea.size() < 36
        || f.m_maxp.size() < 6 || f.m_glyf.isEmpty())
        return std::nullopt;
    f.m_unitsPerEm = u16(f.m_head, 18);
    f.m_glyphCount = u16(f.m_maxp, 4);
    f.m_hMetrics = u16(f.m_hhea, 34);
    f.m_longLoca = s16(f.m_head, 50) != 0;
    const qsizetype locaEntry = f.m_longLoca ? 4 : 2;
    if (f.m_unitsPerEm < 16 || f.m_glyphCount == 0 || f.m_hMetrics == 0
        || f.m_hMetrics > f.m_glyphCount
        || f.m_hmtx.size() < f.m_hMetrics * 4 + (f.m_glyphCount - f.m_hMetrics) * 2
        || f.m_loca.size() < (f.m_glyphCount + 1) * locaEntry)
        return std::nullopt;
    for (int g = 0; g < f.m_glyphCount; ++g) {
        if (f.glyphOffset(g) > f.glyphOffset(g + 1) || f.glyphOffset(g + 1) > f.m_glyf.size())
            return std::nullopt;
    }
    for (int i = 0; i < 4; ++i)
        f.m_bbox[i] = s16(f.m_head, 36 + 2 * i);
    f.m_ascent = s16(f.m_hhea, 4);
    f.m_descent = s16(f.m_hhea, 6);

    // A variable font's tables are its default instance, whatever weight
    // was asked for; a bold or italic that Qt synthesizes is not in the
    // file at all. Either would embed other letters than the layout's.
    if (!font.fontTable("fvar").isEmpty())
        return std::nullopt;
    const QByteArray os2 = font.fontTable("OS/2");
    const quint16 macStyle = u16(f.m_head, 44);
    const bool bold = (macStyle & 1) || (os2.size() >= 6 && u16(os2, 4) >= 600);
    const bool italic = (macStyle & 2) || (os2.size() >= 64 && (u16(os2, 62) & 1));
    if (bold != (font.weight() >= QFont::DemiBold)
        || italic != (font.style() != QFont::StyleNormal))
        return std::nullopt;
    const QByteArray post = font.fontTable("post");
    if (post.size() >= 8)
        f.m_italicAngle = qint32(u32(post, 4)) / 65536.0;

    if (os2.size() >= 90 && u16(os2, 0) >= 2) {
        f.m_capHeight = s16(os2, 88);
    } else {
        // Older tables: the top of the H.
        const QByteArray h = f.glyphData(font.glyphIndexesForString(QStringLiteral("H")).value(0));
        f.m_capHeight = h.size() >= 10 ? s16(h, 8) : f.m_ascent;
    }
    return f;
}

int TrueTypeFont::advance(quint32 glyph) const
{
    if (glyph >= quint32(m_glyphCount))
        return 0;
    return u16(m_hmtx, 4 * std::min<qsizetype>(glyph, m_hMetrics - 1));
}

quint32 TrueTypeFont::glyphOffset(quint32 glyph) const
{
    return m_longLoca ? u32(m_loca, 4 * glyph) : 2 * quint32(u16(m_loca, 2 * glyph));
}

QByteArray TrueTypeFont::glyphData(quint32 glyph) const
{
    if (glyph >= quint32(m_glyphCount))
        return {};
    const quint32 begin = glyphOffset(glyph);
    return m_glyf.mid(begin, glyphOffset(glyph + 1) - begin);
}

QByteArray TrueTypeFont::subset(const std::vector<bool> &used) const
{
    // Every glyph used, directly or as part of a composite.
    std::vector<bool> keep(m_glyphCount, false);
    std::vector<quint32> todo = {0};
    for (size_t g = 0; g < used.size() && g < keep.size(); ++g) {
        if (used[g])
            todo.push_back(quint32(g));
    }
    while (!todo.empty()) {
        const quint32 g = todo.back();
        todo.pop_back();
        if (g >= keep.size() || keep[g])
            continue;
        keep[g] = true;
        for (const quint32 part : components(glyphData(g)))
            todo.push_back(part);
    }
    // Glyphs after the last one kept are dropped altogether.
    int count = m_glyphCount;
    while (count > 1 && !keep[count - 1])
        --count;

    QByteArray glyf;
    QByteArray loca;
    loca.reserve((count + 1) * 4);
    for (int g = 0; g < count; ++g) {
        append32(loca, quint32(glyf.size()));
        if (keep[g]) {
            glyf += glyphData(g);
            pad4(glyf);
        }
    }
    append32(loca, quint32(glyf.size()));

    const int hMetrics = std::min(m_hMetrics, count);
    QByteArray hmtx = m_hmtx.left(hMetrics * 4);
    for (int g = hMetrics; g < count; ++g)
        append16(hmtx, u16(m_hmtx, m_hMetrics * 4 + (g - m_hMetrics) * 2));
    QByteArray head = m_head.left(54);
    put32(head, 8, 0);  // checkSumAdjustment, set below
    put16(head, 50, 1); // long loca offsets
    QByteArray hhea = m_hhea.left(36);
    put16(hhea, 34, quint16(hMetrics));
    QByteArray maxp = m_maxp;
    put16(maxp, 4, quint16(count));

    struct Table {
        const char *tag;
        QByteArray data;
    };
    // Sorted by tag, as the table directory must be.
    std::vector<Table> tables = {{"cvt ", m_cvt}, {"fpgm", m_fpgm}, {"glyf", glyf},
                                 {"head", head},  {"hhea", hhea},   {"hmtx", hmtx},
                                 {"loca", loca},  {"maxp", maxp},   {"prep", m_prep}};
    // The instructions' tables only when the font has them.
    tables.erase(std::remove_if(tables.begin(), tables.end(),
                                [](const Table &t) {
                                    return t.data.isEmpty()
                                           && (qstrcmp(t.tag, "cvt ") == 0
                                               || qstrcmp(t.tag, "fpgm") == 0
                                               || qstrcmp(t.tag, "prep") == 0);
                                }),
                 tables.end());

    const auto n = quint16(tables.size());
    quint16 power = 1, log2 = 0;
    while (power * 2 <= n) {
        power *= 2;
        ++log2;
    }
    QByteArray out;
    append32(out, 0x00010000);
    append16(out, n);
    append16(out, power * 16);
    append16(out, log2);
    append16(out, n * 16 - power * 16);
    quint32 offset = 12 + 16 * n;
    qsizetype headOffset = 0;
    for (Table &t : tables) {
        const quint32 length = quint32(t.data.size());
        pad4(t.data);
        out.append(t.tag, 4);
        append32(out, checksum(t.data));
        append32(out, offset);
        append32(out, length);
        if (qstrcmp(t.tag, "head") == 0)
            headOffset = offset;
        offset += quint32(t.data.size());
    }
    for (const Table &t : tables)
        out += t.data;
    put32(out, headOffset + 8, 0xB1B0AFBA - checksum(out));
    return out;
}
