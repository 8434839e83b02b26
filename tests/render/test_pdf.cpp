#include "fontfile.h"
#include "pdfcanvas.h"
#include "pdfformat.h"
#include "reportfixture.h"
#include "reportpainter.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QPainterPath>
#include <QPdfWriter>
#include <QProcess>
#include <QRawFont>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtEndian>

namespace {

QString writePdf(const report::Report &report, const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    const Status status = PdfFormat().writeReport(report, &file);
    INFO(status.error().toStdString());
    REQUIRE(status.ok());
    file.close();
    // For looking at the pages: DUTYMAP_TEST_KEEP=folder keeps a copy.
    if (const QString keep = qEnvironmentVariable("DUTYMAP_TEST_KEEP"); !keep.isEmpty())
        QFile::copy(path, QStringLiteral("%1/%2-%3.pdf")
                              .arg(keep)
                              .arg(report.matrix.dutyCount())
                              .arg(report.matrix.parties.size()));
    return path;
}

QString info(const QString &pdf, const QString &key)
{
    const QString out = runTool(QStringLiteral("pdfinfo"), {pdf});
    const QRegularExpression re(QStringLiteral("^%1:\\s*(.*)$").arg(key),
                                QRegularExpression::MultilineOption);
    return re.match(out).captured(1).trimmed();
}

// The text of each page, in drawing order, whitespace folded.
QStringList pageTexts(const QString &pdf, int pages)
{
    QStringList texts;
    const QString all =
        runTool(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    const QStringList split = all.split(u'\f');
    for (int i = 0; i < pages; ++i)
        texts.append(split.value(i).simplified());
    return texts;
}

// Takes the first limit bytes, then fails like a full disk.
class FullDevice : public QIODevice
{
public:
    explicit FullDevice(qint64 limit)
        : m_limit(limit)
    {
        open(QIODevice::WriteOnly);
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 size) override
    {
        if (m_written + size > m_limit) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        m_written += size;
        return size;
    }

private:
    qint64 m_limit;
    qint64 m_written = 0;
};

} // namespace

TEST_CASE("PDF: cover, metadata, every duty, header on every matrix page, page numbers")
{
    const report::Report report = makeReport(300, 4);
    QTemporaryDir dir;
    const QString pdf = writePdf(report, dir);
    const int pages = info(pdf, QStringLiteral("Pages")).toInt();
    CHECK(pages > 8);
    CHECK(info(pdf, QStringLiteral("Title")) == report.cover.title);
    CHECK(info(pdf, QStringLiteral("Creator")).startsWith(QStringLiteral("Dutymap")));
    CHECK(info(pdf, QStringLiteral("Page size")).startsWith(QStringLiteral("595 x 842")));

    const QStringList texts = pageTexts(pdf, pages);
    const QString cover = texts.value(0);
    for (const QString &fact :
         {report.cover.title, report.cover.client, report.cover.provider, report.cover.model,
          report.cover.effectiveDate, report.cover.status})
        CHECK(cover.contains(fact));
    for (int i = 0; i < pages; ++i) {
        INFO("page " << i + 1);
        CHECK(texts[i].contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages)));
        CHECK(texts[i].contains(report.cover.title));
    }

    const QString all = texts.join(u' ');
    for (const report::MatrixGroup &g : report.matrix.groups)
        for (const report::MatrixRow &r : g.rows) {
            INFO(r.title.toStdString());
            CHECK(all.contains(r.title));
        }
    for (const report::Signature &s : report.signatures)
        CHECK(all.contains(s.name));
    CHECK(all.contains(QStringLiteral("Tool access")));
    CHECK(all.contains(QStringLiteral("=SUM(A1:A2)")));

    // The matrix runs from its chapter to the first party list; each of
    // its pages starts with the header row.
    int first = -1, last = -1;
    for (int i = 0; i < pages; ++i) {
        if (first < 0 && texts[i].contains(QStringLiteral("Responsibility matrix")))
            first = i;
        if (first >= 0 && last < 0 && texts[i].contains(QStringLiteral("What Internal IT does")))
            last = i - 1;
    }
    REQUIRE(first > 0);
    REQUIRE(last > first + 2);
    for (int i = first; i <= last; ++i) {
        INFO("matrix page " << i + 1);
        CHECK(texts[i].contains(QStringLiteral("Duty IT P2 P3 P4 Ownership")));
    }
    // Continued areas say so under the repeated header.
    CHECK(texts[first + 1].contains(QStringLiteral("(continued)")));
}

TEST_CASE("PDF: many parties turn the pages to landscape")
{
    QTemporaryDir dir;
    const report::Report wide = makeReport(20, ReportPainter::MaxPortraitParties + 2);
    const QString pdf = writePdf(wide, dir);
    CHECK(info(pdf, QStringLiteral("Page size")).startsWith(QStringLiteral("842 x 595")));
}

TEST_CASE("PDF: markup in titles is drawn literally")
{
    const QString title = QStringLiteral("<b>Bold</b> & <img src=\"file:///etc/passwd\">");
    report::Report report = makeReport(12, 2, title);
    const QString duty =
        QStringLiteral("<a href=\"http://example.org\">click</a> <script>x</script>");
    report.matrix.groups[0].rows[0].title = duty;
    report.partyFilter = QStringLiteral("Internal IT");
    QTemporaryDir dir;
    const QString pdf = writePdf(report, dir);
    const int pages = info(pdf, QStringLiteral("Pages")).toInt();
    const QString all = pageTexts(pdf, pages).join(u' ');
    CHECK(all.contains(title));
    CHECK(all.contains(duty));
    CHECK(all.contains(QStringLiteral("Limited to the responsibilities of Internal IT")));
    CHECK(info(pdf, QStringLiteral("Title")) == title);
}

TEST_CASE("PDF: a title longer than a page is wrapped, never lost or overflowing")
{
    report::Report report = makeReport(3, 2);
    QString huge;
    for (int i = 0; i < 40; ++i)
        huge += QStringLiteral("Supercalifragilisticexpialidocious%1 ").arg(i);
    report.matrix.groups[0].rows[1].title = huge.trimmed();
    QTemporaryDir dir;
    const QString pdf = writePdf(report, dir);
    const QString all = pageTexts(pdf, info(pdf, QStringLiteral("Pages")).toInt()).join(u' ');
    CHECK(all.contains(QStringLiteral("Supercalifragilisticexpialidocious39")));
}

TEST_CASE("PDF: Dutymap's own writer draws the pages QPdfWriter draws, fonts embedded")
{
    report::Report report = makeReport(60, 3);
    // Letters beyond Latin that the document's fonts have stay on the fast path.
    report.matrix.groups[0].rows[0].title =
        QStringLiteral("Резервное копирование for the Ωmega site, Größe ≥ 2 TB");
    QTemporaryDir dir;
    const QString ours = writePdf(report, dir);

    const QString qtPath = dir.filePath(QStringLiteral("qt.pdf"));
    {
        QPdfWriter writer(qtPath);
        writer.setPageLayout(ReportPainter::pageLayoutFor(report));
        REQUIRE(ReportPainter::paint(report, &writer).ok());
    }

    CHECK(info(ours, QStringLiteral("Producer")).startsWith(QStringLiteral("Dutymap")));
    CHECK(info(qtPath, QStringLiteral("Producer")).startsWith(QStringLiteral("Qt")));
    const int pages = info(ours, QStringLiteral("Pages")).toInt();
    REQUIRE(pages > 4);
    CHECK(info(qtPath, QStringLiteral("Pages")).toInt() == pages);
    const QStringList ourTexts = pageTexts(ours, pages);
    const QStringList qtTexts = pageTexts(qtPath, pages);
    for (int i = 0; i < pages; ++i) {
        INFO("page " << i + 1);
        CHECK(ourTexts[i] == qtTexts[i]);
    }
    CHECK(ourTexts.join(u' ').contains(report.matrix.groups[0].rows[0].title));

    // Every font embedded as a subset with a Unicode map, so text copies.
    const QStringList fonts =
        runTool(QStringLiteral("pdffonts"), {ours}).split(u'\n', Qt::SkipEmptyParts).mid(2);
    CHECK(fonts.size() == 2);
    for (const QString &font : fonts) {
        INFO(font.toStdString());
        CHECK(font.contains(QRegularExpression(QStringLiteral("^[A-Z]{6}\\+\\S+ +CID TrueType "
                                                              "+Identity-H +yes +yes +yes "))));
    }
    // A reader finds nothing to complain about on any page.
    QProcess render;
    render.start(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("12"), ours,
                                              dir.filePath(QStringLiteral("page"))});
    REQUIRE(render.waitForFinished(120000));
    CHECK(render.exitCode() == 0);
    CHECK(render.readAllStandardError().toStdString() == "");
}

TEST_CASE("PDF: text the document's fonts cannot draw is shaped string by string, nothing lost")
{
    // Outside the Basic Multilingual Plane: needs shaping, and a fallback font.
    const QString title = QStringLiteral("Agreement \U0001D400\U0001D401 for Northwind");
    const report::Report report = makeReport(12, 2, title);
    QTemporaryDir dir;
    const QString pdf = writePdf(report, dir);
    // The rest of the document stays on Dutymap's own writer.
    CHECK(info(pdf, QStringLiteral("Producer")).startsWith(QStringLiteral("Dutymap")));
    const int pages = info(pdf, QStringLiteral("Pages")).toInt();
    const QString all = pageTexts(pdf, pages).join(u' ');
    CHECK(all.contains(title));
    CHECK(all.contains(report.matrix.groups[0].rows[0].title));
}

TEST_CASE("PDF: a device that stops taking bytes gives its error, never a broken success")
{
    const report::Report report = makeReport(300, 4);
    for (const qint64 limit : {qint64(0), qint64(2000), qint64(20000)}) {
        INFO("fails after " << limit << " bytes");
        FullDevice device(limit);
        const Status status = PdfFormat().writeReport(report, &device);
        CHECK_FALSE(status.ok());
        CHECK(status.error() == QStringLiteral("No space left on device"));
    }
}

TEST_CASE("PDF: a font subset keeps the outlines and widths of the glyphs used, and only those")
{
    QFont dejaVu(QStringLiteral("DejaVu Sans"));
    dejaVu.setPixelSize(100);
    const QRawFont raw = QRawFont::fromFont(dejaVu);
    const std::optional<FontFile> font = FontFile::fromRawFont(raw);
    REQUIRE(font);
    CHECK(font->outlines() == FontFile::Outlines::TrueType);
    CHECK(font->unitsPerEm() == int(raw.unitsPerEm()));
    CHECK(font->glyphCount() > 1000);

    const QList<quint32> used = raw.glyphIndexesForString(QStringLiteral("Aé"));
    const QList<quint32> unused = raw.glyphIndexesForString(QStringLiteral("Zß"));
    std::vector<bool> marks(font->glyphCount(), false);
    for (const quint32 g : used)
        marks[g] = true;
    const QByteArray subset = font->subset(marks);
    CHECK(subset.size() < raw.fontTable("glyf").size() / 10);

    const QRawFont cut = QRawFont(subset, 100);
    REQUIRE(cut.isValid());
    for (const quint32 g : used) {
        INFO("glyph " << g);
        CHECK_FALSE(cut.pathForGlyph(g).isEmpty());
        CHECK(cut.pathForGlyph(g).boundingRect() == raw.pathForGlyph(g).boundingRect());
        CHECK(font->advance(g) > 0);
    }
    for (const quint32 g : unused) {
        INFO("glyph " << g);
        CHECK_FALSE(raw.pathForGlyph(g).isEmpty());
        CHECK(cut.pathForGlyph(g).isEmpty());
    }
    CHECK_FALSE(FontFile::fromRawFont(QRawFont()));
    // An oblique that Qt slants itself is not in the file: refused. (Where
    // an oblique file is installed, it is taken.)
    QFont slanted(QStringLiteral("DejaVu Sans"));
    slanted.setPixelSize(100);
    slanted.setItalic(true);
    const QRawFont oblique = QRawFont::fromFont(slanted);
    REQUIRE(oblique.style() != QFont::StyleNormal);
    const bool obliqueFile =
        qFromBigEndian<quint16>(oblique.fontTable("head").constData() + 44) & 2;
    CHECK(bool(FontFile::fromRawFont(oblique)) == obliqueFile);
    CHECK_FALSE(FontFile::fromRawFont(QRawFont(QByteArray("not a font"), 10)));
}

TEST_CASE("PDF: the canvas writes nothing before its first page, so QPdfWriter can still take over")
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    PdfCanvas pdf(&buffer);
    CHECK(pdf.addFont(QRawFont()) == -1);
    QFont dejaVu(QStringLiteral("DejaVu Sans"));
    dejaVu.setPixelSize(40);
    CHECK(pdf.addFont(QRawFont::fromFont(dejaVu)) == 0);
    dejaVu.setPixelSize(12);
    CHECK(pdf.addFont(QRawFont::fromFont(dejaVu)) == 0);
    CHECK(buffer.data().isEmpty());

    // An empty page: its content stream is empty, not an empty deflate.
    pdf.beginPage(QSizeF(595.276, 841.89));
    REQUIRE(pdf.finish());
    CHECK(buffer.data().startsWith("%PDF-1.5\n"));
    CHECK(buffer.data().contains("/Length 0 >>"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.pdf"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(buffer.data());
    file.close();
    CHECK(info(path, QStringLiteral("Pages")) == QStringLiteral("1"));
}

TEST_CASE("PDF: a number and its unit stay on one line in a narrow column")
{
    report::Report report = makeReport(3, 2);
    const QString targets = QStringLiteral("1 h / 30 min / 15 min / 15 min");
    report.sections[0].tables[0] = {
        QStringLiteral("Escalation rules"),
        {QStringLiteral("#"), QStringLiteral("Rule"), QStringLiteral("Matches"),
         QStringLiteral("First responder"), QStringLiteral("Escalates to"), QStringLiteral("When"),
         QStringLiteral("Response"), QStringLiteral("Resolution"), QStringLiteral("After hours")},
        {}};
    // Long texts elsewhere squeeze the target columns.
    const QString lots = QStringLiteral("VIP users after hours on the branch office network");
    for (int i = 0; i < 3; ++i)
        report.sections[0].tables[0].rows.append(
            {QString::number(i + 1), lots, lots, lots, lots, lots, targets, targets, lots});
    QTemporaryDir dir;
    const QString pdf = writePdf(report, dir);

    struct Word {
        double left, top, right;
        QString text;
    };
    QList<Word> words;
    const QRegularExpression re(QStringLiteral(
        R"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>)re"));
    const QString html =
        runTool(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    for (const QRegularExpressionMatch &m : re.globalMatch(html))
        words.append({m.captured(1).toDouble(), m.captured(2).toDouble(), m.captured(3).toDouble(),
                      m.captured(4)});
    int units = 0;
    for (const Word &unit : std::as_const(words)) {
        if (unit.text != QLatin1String("min"))
            continue;
        ++units;
        const bool besideNumber = std::any_of(words.begin(), words.end(), [&](const Word &w) {
            return std::abs(w.top - unit.top) < 0.5 && unit.left - w.right > 0
                   && unit.left - w.right < 6 && !w.text.isEmpty() && w.text.front().isDigit();
        });
        INFO("\"min\" at " << unit.left << ", " << unit.top);
        CHECK(besideNumber);
    }
    CHECK(units == 18);
}

namespace {

// A font file made of tables, in the order given.
QByteArray fontFile(const QList<std::pair<QByteArray, QByteArray>> &tables)
{
    QByteArray out;
    const auto put32 = [&out](quint32 v) {
        char b[4];
        qToBigEndian(v, b);
        out.append(b, 4);
    };
    const auto put16 = [&out](quint16 v) {
        char b[2];
        qToBigEndian(v, b);
        out.append(b, 2);
    };
    put32(0x00010000);
    put16(quint16(tables.size()));
    put16(0);
    put16(0);
    put16(0);
    quint32 offset = 12 + 16 * quint32(tables.size());
    for (const auto &[tag, data] : tables) {
        out += tag;
        put32(0);
        put32(offset);
        put32(quint32(data.size()));
        offset += (quint32(data.size()) + 3) & ~3u;
    }
    for (const auto &[tag, data] : tables) {
        out += data;
        while (out.size() % 4)
            out += '\0';
    }
    return out;
}

} // namespace

TEST_CASE("PDF: a damaged font is refused or cut safely, never read out of bounds")
{
    QFont dejaVu(QStringLiteral("DejaVu Sans"));
    dejaVu.setPixelSize(20);
    const QRawFont raw = QRawFont::fromFont(dejaVu);
    REQUIRE(raw.isValid());
    QList<std::pair<QByteArray, QByteArray>> tables;
    for (const char *tag :
         {"OS/2", "cmap", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name", "post"})
        tables.append({QByteArray(tag), raw.fontTable(tag)});
    const auto table = [&tables](const char *tag) -> QByteArray & {
        for (auto &t : tables)
            if (t.first == tag)
                return t.second;
        FAIL(tag);
        return tables.first().second;
    };
    // Long loca offsets, so glyphs can be moved about below.
    if (qFromBigEndian<qint16>(table("head").constData() + 50) == 0) {
        QByteArray loca;
        for (qsizetype i = 0; i + 2 <= table("loca").size(); i += 2) {
            char b[4];
            qToBigEndian<quint32>(2 * qFromBigEndian<quint16>(table("loca").constData() + i), b);
            loca.append(b, 4);
        }
        table("loca") = loca;
        qToBigEndian<qint16>(1, table("head").data() + 50);
    }
    const auto load = [&tables] { return QRawFont(fontFile(tables), 20); };
    const QRawFont rebuilt = load();
    REQUIRE(rebuilt.isValid());
    REQUIRE(FontFile::fromRawFont(rebuilt));
    const int glyphs = qFromBigEndian<quint16>(table("maxp").constData() + 4);
    const quint32 a = raw.glyphIndexesForString(QStringLiteral("A")).value(0);
    REQUIRE(a > 0);

    SECTION("a variable font: its tables are one instance, not the weight asked for")
    {
        // fvar 1.0 with one axis, wght 100 to 900, and no named instances.
        QByteArray fvar(16 + 20, '\0');
        const quint16 header[] = {1, 0, 16, 2, 1, 20, 0, 8};
        for (int i = 0; i < 8; ++i)
            qToBigEndian<quint16>(header[i], fvar.data() + 2 * i);
        fvar.replace(16, 4, "wght");
        const quint32 axis[] = {100u << 16, 400u << 16, 900u << 16};
        for (int i = 0; i < 3; ++i)
            qToBigEndian<quint32>(axis[i], fvar.data() + 20 + 4 * i);
        qToBigEndian<quint16>(256, fvar.data() + 34);
        tables.append({QByteArray("fvar"), fvar});
        const QRawFont font = load();
        REQUIRE(font.isValid());
        REQUIRE_FALSE(font.fontTable("fvar").isEmpty());
        CHECK_FALSE(FontFile::fromRawFont(font));
    }
    // HarfBuzz reads a damaged table as empty: the font is refused, or
    // cut into a file that loads, with the glyphs it could keep.
    const auto refusedOrCutSafely = [&](const QRawFont &font) {
        const std::optional<FontFile> parsed = FontFile::fromRawFont(font);
        if (!parsed)
            return true;
        std::vector<bool> used(glyphs, false);
        used[a] = true;
        used[glyphs - 1] = true;
        const QByteArray subset = parsed->subset(used);
        for (quint32 g = 0; g < 64 && g < quint32(glyphs); ++g)
            (void)parsed->advance(g);
        (void)parsed->advance(quint32(glyphs) + 10);
        return QRawFont(subset, 20).isValid();
    };
    SECTION("a glyph that ends past the outlines")
    {
        qToBigEndian<quint32>(quint32(table("glyf").size() + 4000),
                              table("loca").data() + 4 * a + 4);
        const QRawFont font = load();
        REQUIRE(font.isValid());
        CHECK(refusedOrCutSafely(font));
    }
    SECTION("more horizontal metrics than the table holds")
    {
        table("hmtx").truncate(table("hmtx").size() / 2);
        const QRawFont font = load();
        REQUIRE(font.isValid());
        CHECK(refusedOrCutSafely(font));
    }
    SECTION("glyph locations that run backwards")
    {
        for (int g = 1; g < 40 && g < glyphs; ++g)
            qToBigEndian<quint32>(quint32(table("glyf").size() - g * 8),
                                  table("loca").data() + 4 * g);
        const QRawFont font = load();
        REQUIRE(font.isValid());
        CHECK(refusedOrCutSafely(font));
    }
    SECTION("a font without outlines")
    {
        tables.removeIf([](const auto &t) { return t.first == "glyf" || t.first == "loca"; });
        const QRawFont font = load();
        if (font.isValid())
            CHECK_FALSE(FontFile::fromRawFont(font));
    }
    SECTION("a composite glyph made of itself, and one of a glyph that does not exist")
    {
        // numberOfContours -1, a box, then one component: flags, glyph, two byte offsets.
        const auto composite = [](quint16 part) {
            QByteArray g(10, '\0');
            qToBigEndian<qint16>(-1, g.data());
            char c[6] = {0, 0, 0, 0, 0, 0};
            qToBigEndian<quint16>(part, c + 2);
            return g + QByteArray(c, 6);
        };
        QByteArray &glyf = table("glyf");
        const auto place = [&](quint32 glyph, const QByteArray &data) {
            // Appended at the end, the last glyph's entries moved along.
            const quint32 at = quint32(glyf.size());
            glyf += data;
            qToBigEndian<quint32>(at, table("loca").data() + 4 * glyph);
            qToBigEndian<quint32>(quint32(glyf.size()), table("loca").data() + 4 * glyph + 4);
        };
        // Only the last glyph can be moved without disturbing the order.
        const quint32 last = quint32(glyphs - 1);
        place(last, composite(quint16(last)));
        const QRawFont font = load();
        REQUIRE(font.isValid());
        CHECK(refusedOrCutSafely(font));

        glyf.chop(16);
        place(last, composite(0xfffe));
        CHECK(refusedOrCutSafely(load()));
    }
}

namespace {

// Page page of pdf drawn by poppler, in shades of grey.
QImage renderPage(const QString &pdf, int page, const QString &prefix)
{
    const QString n = QString::number(page);
    int exitCode = -1;
    runTool(QStringLiteral("pdftoppm"),
            {QStringLiteral("-png"), QStringLiteral("-gray"), QStringLiteral("-r"),
             QStringLiteral("100"), QStringLiteral("-f"), n, QStringLiteral("-l"), n,
             QStringLiteral("-singlefile"), pdf, prefix},
            &exitCode);
    REQUIRE(exitCode == 0);
    QImage image(prefix + QStringLiteral(".png"));
    REQUIRE_FALSE(image.isNull());
    return image.convertToFormat(QImage::Format_Grayscale8);
}

// How much of the ink differs between two drawings of the same page, in
// the tile of rect where most does: the share of pixels dark in either
// that are far apart in the two. Tiles about the height of a line of
// text, so that one word drawn differently stands out.
double worstTileDifference(const QImage &a, const QImage &b, const QRect &rect)
{
    REQUIRE(a.size() == b.size());
    constexpr int Tile = 24;
    double worst = 0;
    for (int top = rect.top(); top + Tile <= rect.bottom(); top += Tile / 2) {
        for (int left = rect.left(); left + Tile <= rect.right(); left += Tile / 2) {
            int ink = 0, differ = 0;
            for (int y = top; y < top + Tile; ++y) {
                const uchar *ra = a.constScanLine(y);
                const uchar *rb = b.constScanLine(y);
                for (int x = left; x < left + Tile; ++x) {
                    if (ra[x] < 128 || rb[x] < 128)
                        ++ink;
                    if (std::abs(int(ra[x]) - int(rb[x])) > 100)
                        ++differ;
                }
            }
            if (ink >= 20)
                worst = std::max(worst, double(differ) / ink);
        }
    }
    return worst;
}

} // namespace

TEST_CASE("PDF: Arabic, Hebrew, a combining mark, Devanagari and Chinese are shaped, copied in "
          "logical order, and drawn as printed")
{
    const QString arabic = QStringLiteral("شركة النور للتقنية");
    const QString hebrew = QStringLiteral("מערכות מידע שלום");
    const QString mark = QStringLiteral("Zoe\u0308 Bra\u0301ndt"); // decomposed ë and á
    const QString hindi = QStringLiteral("भारत सेवा केंद्र");
    const QString chinese = QStringLiteral("北京数据服务有限公司");
    const QStringList names = {arabic, hebrew, mark, hindi, chinese};

    report::Report report = makeReport(12, 6);
    report.cover.client = arabic;
    report.cover.provider = hebrew;
    report.cover.model = mark;
    report.cover.status = hindi;
    report.cover.nextReview = chinese;
    for (int p = 1; p < 6; ++p)
        report.matrix.parties[p].name = names[p - 1];
    for (int d = 0; d < 5; ++d)
        report.matrix.groups[0].rows[d].title = names[d] + QStringLiteral(" runs the backups");
    QTemporaryDir dir;
    const QString ours = writePdf(report, dir);
    const QString qtPath = dir.filePath(QStringLiteral("qt.pdf"));
    {
        QPdfWriter writer(qtPath);
        writer.setPageLayout(ReportPainter::pageLayoutFor(report));
        REQUIRE(ReportPainter::paint(report, &writer).ok());
    }

    // Dutymap's own writer, not the document-wide fallback.
    CHECK(info(ours, QStringLiteral("Producer")).startsWith(QStringLiteral("Dutymap")));
    const int pages = info(ours, QStringLiteral("Pages")).toInt();
    REQUIRE(pages > 1);
    CHECK(info(qtPath, QStringLiteral("Pages")).toInt() == pages);

    // Selectable, in the order the strings are written (not the order the
    // glyphs are drawn): on the cover and in the matrix. In reading order,
    // where poppler marks right-to-left words with embedding controls.
    const auto readingText = [](const QString &pdf, int first, int last) {
        QString text = runTool(QStringLiteral("pdftotext"),
                               {QStringLiteral("-f"), QString::number(first), QStringLiteral("-l"),
                                QString::number(last), pdf, QStringLiteral("-")});
        text.remove(QRegularExpression(QStringLiteral("[\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}]")));
        return text.simplified();
    };
    const QString cover = readingText(ours, 1, 1);
    // poppler moves the space after a right-to-left name to its front:
    // there the letters count, still in their order.
    QString all = readingText(ours, 1, pages);
    all.remove(u' ');
    for (const QString &name : names) {
        INFO(name.toStdString());
        CHECK(cover.contains(name));
        CHECK(all.contains(QString(name).remove(u' ') + QStringLiteral("runsthebackups")));
    }
    // The scripts DejaVu lacks come from the Noto fonts, the Chinese one
    // embedded with its CFF outlines.
    const QString fonts = runTool(QStringLiteral("pdffonts"), {ours});
    INFO(fonts.toStdString());
    CHECK(fonts.contains(QStringLiteral("NotoSansDevanagari")));
    CHECK(fonts.contains(
        QRegularExpression(QStringLiteral("NotoSansCJK\\S* +CID Type 0C \\(OT\\)"))));

    // Joined, positioned and reordered as QPainter prints them: the
    // cover's facts, below the band, drawn by both writers.
    const QImage a = renderPage(ours, 1, dir.filePath(QStringLiteral("ours")));
    const QImage b = renderPage(qtPath, 1, dir.filePath(QStringLiteral("qt")));
    const QRect facts(0, int(a.height() * 0.45), a.width(), int(a.height() * 0.45));
    if (const QString keep = qEnvironmentVariable("DUTYMAP_TEST_KEEP"); !keep.isEmpty()) {
        a.save(keep + QStringLiteral("/scripts-ours.png"));
        b.save(keep + QStringLiteral("/scripts-qt.png"));
    }
    CHECK(worstTileDifference(a, b, facts) < 0.12);
}
