#include "pdfformat.h"
#include "reportfixture.h"
#include "reportpainter.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

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
