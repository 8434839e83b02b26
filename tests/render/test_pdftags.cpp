#include "exchange/sampleagreement.h"
#include "pdfcanvas.h"
#include "pdfformat.h"
#include "report/reportbuilder.h"
#include "reportfixture.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QFile>
#include <QRawFont>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace {

// One node of the structure tree as `pdfinfo -struct-text` prints it: its
// type, its depth, and the text it holds.
struct Node {
    int depth = 0;
    QString type;
    QString text;
};

// Reads the tree printed by pdfinfo: a line per element, indented two
// spaces per level, its text on the lines below in quotes.
QList<Node> structureOf(const QString &pdf)
{
    const QString out = runTool(QStringLiteral("pdfinfo"), {QStringLiteral("-struct-text"), pdf});
    QList<Node> nodes;
    const QRegularExpression element(QStringLiteral("^( *)([A-Za-z0-9]+)\\b(.*)$"));
    const QRegularExpression text(QStringLiteral("^ *\"(.*)\"$"));
    for (const QString &line : out.split(u'\n', Qt::SkipEmptyParts)) {
        if (const QRegularExpressionMatch m = text.match(line); m.hasMatch()) {
            if (!nodes.isEmpty())
                nodes.last().text += m.captured(1);
        } else if (const QRegularExpressionMatch e = element.match(line); e.hasMatch()) {
            nodes.append(Node{int(e.capturedLength(1) / 2), e.captured(2), {}});
        }
    }
    return nodes;
}

QString pdfinfoField(const QString &pdf, const QString &key)
{
    const QString out = runTool(QStringLiteral("pdfinfo"), {pdf});
    const QRegularExpression re(QStringLiteral("^%1:\\s*(.*)$").arg(key),
                                QRegularExpression::MultilineOption);
    return re.match(out).captured(1).trimmed();
}

// The file's bytes followed by the inflated content of every stream: the
// structure elements are packed into compressed object streams.
QByteArray inflated(const QByteArray &pdf)
{
    QByteArray all = pdf;
    qsizetype at = 0;
    while ((at = pdf.indexOf(">>\nstream\n", at)) >= 0) {
        const qsizetype begin = at + 10;
        const qsizetype end = pdf.indexOf("\nendstream", begin);
        if (end < 0)
            break;
        const QByteArray dict = pdf.mid(pdf.lastIndexOf("<<", at), at - pdf.lastIndexOf("<<", at));
        if (dict.contains("/FlateDecode")) {
            const QByteArray data = pdf.mid(begin, end - begin);
            QByteArray sized(4, 0);
            const quint32 guess = quint32(data.size()) * 20 + 1024;
            for (int i = 0; i < 4; ++i)
                sized[i] = char((guess >> (24 - 8 * i)) & 0xff);
            all += '\n' + qUncompress(sized + data);
        }
        at = end;
    }
    return all;
}

// The text strings <FEFF...> after /Alt, decoded.
QStringList alternateTexts(const QByteArray &objects)
{
    QStringList texts;
    const QRegularExpression alt(QStringLiteral("/Alt <FEFF([0-9A-F]*)>"));
    auto it = alt.globalMatch(QString::fromLatin1(objects));
    while (it.hasNext()) {
        const QByteArray hex = QByteArray::fromHex(it.next().captured(1).toLatin1());
        QString text;
        for (qsizetype i = 0; i + 1 < hex.size(); i += 2)
            text += QChar(char16_t((uchar(hex[i]) << 8) | uchar(hex[i + 1])));
        texts.append(text);
    }
    return texts;
}

bool havePdfinfo()
{
    if (!QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
        return true;
    WARN("pdfinfo is not installed (Debian package poppler-utils): the structure of the PDF "
         "is not checked");
    return false;
}

} // namespace

TEST_CASE("Tagged PDF: the sample agreement reads as headings, paragraphs, lists, tables and "
          "figures, in page order")
{
    if (!havePdfinfo())
        return;
    const Result<Agreement> sample = SampleAgreement::load();
    REQUIRE(sample.ok());
    const report::Report report = ReportBuilder::build(sample.value());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.pdf"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(PdfFormat().writeReport(report, &file).ok());
    file.close();
    if (const QString keep = qEnvironmentVariable("DUTYMAP_TEST_KEEP"); !keep.isEmpty())
        QFile::copy(path, keep + QStringLiteral("/sample-tagged.pdf"));

    CHECK(pdfinfoField(path, QStringLiteral("Tagged")) == QStringLiteral("yes"));
    CHECK(pdfinfoField(path, QStringLiteral("Title")) == report.cover.title);
    CHECK(pdfinfoField(path, QStringLiteral("Metadata Stream")) == QStringLiteral("yes"));
    QFile written(path);
    REQUIRE(written.open(QIODevice::ReadOnly));
    const QByteArray bytes = inflated(written.readAll());
    CHECK(bytes.contains("/MarkInfo << /Marked true >>"));
    CHECK(bytes.contains("/ViewerPreferences << /DisplayDocTitle true >>"));
    CHECK(bytes.contains("/Lang <FEFF0065006E>")); // "en": the tests run untranslated

    const QList<Node> nodes = structureOf(path);
    REQUIRE_FALSE(nodes.isEmpty());
    CHECK(nodes.first().type == QStringLiteral("Document"));
    CHECK(nodes.first().depth == 0);
    QStringList headings, subheadings, tableHeaders, figures;
    int paragraphs = 0, listItems = 0, tables = 0, cells = 0;
    QString all;
    for (const Node &n : nodes) {
        all += n.text + u' ';
        if (n.type == QStringLiteral("H1"))
            headings.append(n.text.simplified());
        else if (n.type == QStringLiteral("H2") || n.type == QStringLiteral("H3"))
            subheadings.append(n.text.simplified());
        else if (n.type == QStringLiteral("P"))
            ++paragraphs;
        else if (n.type == QStringLiteral("LI"))
            ++listItems;
        else if (n.type == QStringLiteral("Table"))
            ++tables;
        else if (n.type == QStringLiteral("TD"))
            ++cells;
        else if (n.type == QStringLiteral("TH"))
            tableHeaders.append(n.text.simplified());
        else if (n.type == QStringLiteral("Figure"))
            figures.append(n.text);
    }
    INFO(headings.join(u'|').toStdString());
    // The cover's title, then the chapters in the order the pages have them.
    REQUIRE(headings.size() >= 5);
    CHECK(headings[0] == report.cover.title.simplified());
    CHECK(headings[1] == QStringLiteral("1 Executive summary"));
    CHECK(headings[2] == QStringLiteral("2 Responsibility matrix"));
    // Lines wrapped at a space read with the space.
    CHECK(headings[0].contains(QStringLiteral("and Contoso Managed IT")));
    CHECK(headings[3] == QStringLiteral("3 ") + report.partyLists.first().heading);
    CHECK(headings.last().endsWith(QStringLiteral("Signatures")));
    CHECK(subheadings.contains(report.summary.charts.first().title));
    CHECK(paragraphs > 10);
    CHECK(listItems >= int(report.summary.internalAuthority.size()));
    // Every table has its header cells, scoped to their columns; the
    // matrix's cells are all there once, repeated headers are not.
    CHECK(tables >= 2 + int(report.partyLists.size()));
    CHECK(tableHeaders.count(QStringLiteral("Ownership")) == 1);
    CHECK(tableHeaders.count(QStringLiteral("Duty")) >= 1 + int(report.partyLists.size()));
    CHECK(cells > report.matrix.dutyCount() * (report.matrix.parties.size() + 2));
    CHECK(bytes.contains("/S /TH /P"));
    CHECK(bytes.contains("/A << /O /Table /Scope /Column >>"));
    // A chart is a figure a reader hears as its numbers.
    REQUIRE(figures.size() == report.summary.charts.size());
    const QStringList alternates = alternateTexts(bytes);
    REQUIRE(alternates.size() == report.summary.charts.size());
    for (qsizetype i = 0; i < alternates.size(); ++i) {
        const report::Chart &chart = report.summary.charts[i];
        INFO(alternates[i].toStdString());
        CHECK(alternates[i].startsWith(QStringLiteral("Bar chart. ") + chart.title));
        for (const report::Bar &bar : chart.bars)
            CHECK(alternates[i].contains(bar.label));
        CHECK(figures[i].contains(chart.bars.first().label));
    }
    // Page furniture is no part of the text a reader hears.
    CHECK_FALSE(all.contains(QStringLiteral("Page 1 of")));
    CHECK_FALSE(all.contains(QStringLiteral("(continued)")));
    CHECK(all.contains(report.matrix.groups.first().rows.first().title));
}

namespace {

// The inflated page content streams of pdf: the streams whose dictionary
// has nothing but their length and filter.
QList<QByteArray> contentStreams(const QByteArray &pdf)
{
    QList<QByteArray> streams;
    qsizetype at = 0;
    while ((at = pdf.indexOf(">>\nstream\n", at)) >= 0) {
        const qsizetype begin = at + 10;
        const qsizetype end = pdf.indexOf("\nendstream", begin);
        if (end < 0)
            break;
        const qsizetype open = pdf.lastIndexOf("<<", at);
        const QByteArray dict = pdf.mid(open, at - open);
        if (dict.contains("/FlateDecode") && !dict.contains("/Type") && !dict.contains("/Subtype")
            && !dict.contains("/Length1")) {
            const QByteArray data = pdf.mid(begin, end - begin);
            QByteArray sized(4, 0);
            const quint32 guess = quint32(data.size()) * 20 + 1024;
            for (int i = 0; i < 4; ++i)
                sized[i] = char((guess >> (24 - 8 * i)) & 0xff);
            streams.append(qUncompress(sized + data));
        }
        at = end;
    }
    return streams;
}

} // namespace

TEST_CASE("Tagged PDF: shaped text's actual text nests inside its element's marked content")
{
    if (!havePdfinfo())
        return;
    const QString arabic = QStringLiteral("شركة النور للتقنية");
    const QString hebrew = QStringLiteral("מערכות מידע שלום");
    const QString mark = QStringLiteral("Zoe\u0308 Bra\u0301ndt");
    const QString hindi = QStringLiteral("भारत सेवा केंद्र");
    const QString chinese = QStringLiteral("北京数据服务有限公司");
    const QStringList names = {arabic, hebrew, mark, hindi, chinese};
    report::Report report = makeReport(12, 6);
    report.cover.client = hindi;
    report.cover.provider = chinese;
    for (int p = 1; p < 6; ++p)
        report.matrix.parties[p].name = names[p - 1];
    for (int d = 0; d < 5; ++d)
        report.matrix.groups[0].rows[d].title = names[d] + QStringLiteral(" runs the backups");

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("scripts.pdf"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(PdfFormat().writeReport(report, &file).ok());
    file.close();
    if (const QString keep = qEnvironmentVariable("DUTYMAP_TEST_KEEP"); !keep.isEmpty())
        QFile::copy(path, keep + QStringLiteral("/scripts-tagged.pdf"));
    CHECK(pdfinfoField(path, QStringLiteral("Tagged")) == QStringLiteral("yes"));

    // Every sequence is closed on its page, in the order it was opened: an
    // element's content or an artifact at the top, actual text inside one
    // of them, and no element's content inside an artifact.
    QFile written(path);
    REQUIRE(written.open(QIODevice::ReadOnly));
    const QList<QByteArray> streams = contentStreams(written.readAll());
    REQUIRE(streams.size() > 1);
    enum class Kind { Content, Artifact, Span };
    int spansInContent = 0;
    int problems = 0;
    for (const QByteArray &stream : streams) {
        QList<Kind> open;
        for (const QByteArray &line : stream.split('\n')) {
            QByteArray problem;
            if (line == "EMC") {
                if (open.isEmpty())
                    problem = "EMC with nothing open";
                else
                    open.removeLast();
            } else if (line.endsWith(" BDC") || line.endsWith(" BMC")) {
                if (line.startsWith("/Span")) {
                    if (open.isEmpty() || open.last() == Kind::Span)
                        problem = "actual text outside an element's content or an artifact";
                    else if (open.last() == Kind::Content)
                        ++spansInContent;
                    open.append(Kind::Span);
                } else {
                    if (!open.isEmpty())
                        problem = "marked content inside " + QByteArray::number(int(open.last()));
                    open.append(line.startsWith("/Artifact") ? Kind::Artifact : Kind::Content);
                }
            } else if (line == "BT" && open.isEmpty()) {
                problem = "text that is neither content nor artifact";
            }
            if (!problem.isEmpty() && problems++ < 5)
                FAIL_CHECK(problem.toStdString() << ": " << line.left(80).toStdString());
        }
        CHECK(open.isEmpty());
    }
    CHECK(problems == 0);
    CHECK(spansInContent >= 4); // the cover's names and the matrix's

    // The names are the cells' text. poppler's structure text reads the
    // glyphs' ToUnicode map, not the actual text: every glyph that stands
    // for one character is mapped, so a name of such glyphs reads as
    // written, and the rest of a string shaped with it is there too.
    const QList<Node> nodes = structureOf(path);
    QString all;
    int shapedCells = 0;
    for (const Node &n : nodes) {
        all += n.text + u' ';
        if (n.type == QStringLiteral("TD") && n.text.endsWith(QStringLiteral(" runs the backups")))
            ++shapedCells;
    }
    INFO(all.toStdString());
    // Right-to-left names too: written in logical order, they read so.
    for (const QString &name : names) {
        INFO(name.toStdString());
        CHECK(all.contains(name + QStringLiteral(" runs the backups")));
    }
    CHECK(all.contains(QStringLiteral("and ") + chinese));
    CHECK(shapedCells == names.size());
}
