#include "fontfile.h"

#include <QFont>
#include <QHash>
#include <QRawFont>
#include <QtEndian>

#include <hb-ot.h>
#include <hb-subset.h>
#include <hb.h>

namespace {

// HB_TAG, without the macro's C casts.
constexpr hb_tag_t tag(const char (&name)[5])
{
    return hb_tag_t(quint8(name[0])) << 24 | hb_tag_t(quint8(name[1])) << 16
           | hb_tag_t(quint8(name[2])) << 8 | hb_tag_t(quint8(name[3]));
}

// The tables HarfBuzz asks for, read through Qt, which already has the
// font open (a face of a collection as well as a single file). Each table
// is read once: a CJK font's outlines are megabytes.
struct TableSource {
    QRawFont font;
    QHash<hb_tag_t, QByteArray> tables;
};

hb_blob_t *referenceTable(hb_face_t *, hb_tag_t table, void *userData)
{
    // Tag 0 asks for the whole file, which Qt does not give: HarfBuzz
    // then works from the tables.
    if (table == 0)
        return nullptr;
    auto *source = static_cast<TableSource *>(userData);
    auto it = source->tables.find(table);
    if (it == source->tables.end()) {
        const char name[5] = {char(table >> 24), char(table >> 16), char(table >> 8), char(table),
                              '\0'};
        it = source->tables.insert(table, source->font.fontTable(name));
    }
    if (it->isEmpty())
        return nullptr;
    // The blob keeps a copy of the (implicitly shared) bytes alive.
    auto *bytes = new QByteArray(*it);
    return hb_blob_create(bytes->constData(), unsigned(bytes->size()), HB_MEMORY_MODE_READONLY,
                          bytes, [](void *data) { delete static_cast<QByteArray *>(data); });
}

unsigned tableLength(hb_face_t *face, hb_tag_t table)
{
    hb_blob_t *blob = hb_face_reference_table(face, table);
    const unsigned length = hb_blob_get_length(blob);
    hb_blob_destroy(blob);
    return length;
}

} // namespace

std::optional<FontFile> FontFile::fromRawFont(const QRawFont &font)
{
    if (!font.isValid())
        return std::nullopt;
    auto *source = new TableSource{font, {}};
    std::shared_ptr<hb_face_t> face(
        hb_face_create_for_tables(referenceTable, source,
                                  [](void *data) { delete static_cast<TableSource *>(data); }),
        hb_face_destroy);

    FontFile f;
    f.m_face = face;
    if (tableLength(face.get(), tag("glyf")) > 0 && tableLength(face.get(), tag("loca")) > 0)
        f.m_outlines = Outlines::TrueType;
    else if (tableLength(face.get(), tag("CFF ")) > 0)
        f.m_outlines = Outlines::Cff;
    else
        return std::nullopt;
    f.m_unitsPerEm = int(hb_face_get_upem(face.get()));
    const unsigned glyphs = hb_face_get_glyph_count(face.get());
    if (f.m_unitsPerEm < 16 || f.m_unitsPerEm > 16384 || glyphs == 0)
        return std::nullopt;
    // A variable font's tables are its default instance, whatever weight
    // was asked for.
    if (hb_ot_var_has_data(face.get()))
        return std::nullopt;

    std::unique_ptr<hb_font_t, decltype(&hb_font_destroy)> hbFont(hb_font_create(face.get()),
                                                                  hb_font_destroy);
    hb_font_t *metrics = hbFont.get(); // scaled to font units
    // A bold or italic that Qt synthesizes is not in the file at all.
    const bool bold = hb_style_get_value(metrics, HB_STYLE_TAG_WEIGHT) >= 600;
    const bool italic = hb_style_get_value(metrics, HB_STYLE_TAG_ITALIC) != 0;
    if (bold != (font.weight() >= QFont::DemiBold)
        || italic != (font.style() != QFont::StyleNormal))
        return std::nullopt;
    f.m_italicAngle = hb_style_get_value(metrics, HB_STYLE_TAG_SLANT_ANGLE);

    std::vector<hb_codepoint_t> ids(glyphs);
    for (unsigned g = 0; g < glyphs; ++g)
        ids[g] = g;
    std::vector<hb_position_t> advances(glyphs);
    hb_font_get_glyph_h_advances(metrics, glyphs, ids.data(), sizeof(hb_codepoint_t),
                                 advances.data(), sizeof(hb_position_t));
    f.m_advances.assign(advances.begin(), advances.end());

    hb_position_t position = 0;
    if (hb_ot_metrics_get_position(metrics, HB_OT_METRICS_TAG_HORIZONTAL_ASCENDER, &position))
        f.m_ascent = position;
    if (hb_ot_metrics_get_position(metrics, HB_OT_METRICS_TAG_HORIZONTAL_DESCENDER, &position))
        f.m_descent = position;
    f.m_capHeight = f.m_ascent;
    if (hb_ot_metrics_get_position(metrics, HB_OT_METRICS_TAG_CAP_HEIGHT, &position)
        && position > 0) {
        f.m_capHeight = position;
    } else {
        // Older tables: the top of the H.
        hb_codepoint_t h = 0;
        hb_glyph_extents_t extents{};
        if (hb_font_get_nominal_glyph(metrics, 'H', &h)
            && hb_font_get_glyph_extents(metrics, h, &extents))
            f.m_capHeight = extents.y_bearing;
    }
    hb_blob_t *head = hb_face_reference_table(face.get(), tag("head"));
    unsigned length = 0;
    const char *data = hb_blob_get_data(head, &length);
    if (length >= 54) {
        for (int i = 0; i < 4; ++i)
            f.m_bbox[i] = qFromBigEndian<qint16>(data + 36 + 2 * i);
    }
    hb_blob_destroy(head);
    // What HarfBuzz cannot cut (damaged tables) is refused here, before a
    // document relies on it.
    if (f.subset({}).isEmpty())
        return std::nullopt;
    return f;
}

QByteArray FontFile::subset(const std::vector<bool> &used) const
{
    hb_subset_input_t *input = hb_subset_input_create_or_fail();
    if (!input)
        return {};
    hb_set_t *glyphs = hb_subset_input_glyph_set(input);
    hb_set_add(glyphs, 0);
    for (size_t g = 0; g < used.size() && g < m_advances.size(); ++g) {
        if (used[g])
            hb_set_add(glyphs, hb_codepoint_t(g));
    }
    // The writer names glyphs by their number in the whole font.
    hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_RETAIN_GIDS);
    // Text is shaped before it is written: a PDF reader needs no layout
    // tables, and without them no glyph is kept for a substitution that
    // the document never made.
    hb_set_t *drop = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
    for (const hb_tag_t dropped : {tag("GSUB"), tag("GPOS"), tag("GDEF"), tag("BASE"), tag("JSTF"),
                                   tag("MATH"), tag("kern"), tag("hdmx"), tag("VDMX"), tag("LTSH"),
                                   tag("DSIG"), tag("vhea"), tag("vmtx"), tag("VORG")})
        hb_set_add(drop, dropped);

    hb_face_t *cut = hb_subset_or_fail(m_face.get(), input);
    hb_subset_input_destroy(input);
    if (!cut)
        return {};
    hb_blob_t *blob = hb_face_reference_blob(cut);
    unsigned length = 0;
    const char *data = hb_blob_get_data(blob, &length);
    const QByteArray out(data, qsizetype(length));
    hb_blob_destroy(blob);
    hb_face_destroy(cut);
    return out;
}
