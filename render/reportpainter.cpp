#include "reportpainter.h"

#include "coverpainter.h"
#include "matrixpainter.h"
#include "model/documentlanguage.h"
#include "pageflow.h"
#include "partylistpainter.h"
#include "pdfcanvas.h"
#include "reportfonts.h"
#include "signaturepainter.h"
#include "summarypainter.h"
#include "textsectionpainter.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QIODevice>
#include <QLoggingCategory>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

#include <memory>
#include <vector>

// Why a PDF took the slow path, for maintainers (QT_LOGGING_RULES="dutymap.pdf.info=true").
Q_LOGGING_CATEGORY(lcPdf, "dutymap.pdf", QtWarningMsg)

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ReportPainter)
};

// Lays out and, when given a canvas, draws the whole report, one painter
// per part in reading order; returns the number of pages. Run once without
// a canvas to count the pages, then with one.
int layOut(const report::Report &report, QPagedPaintDevice *device, ReportFonts &fonts,
           const PageCanvas &canvas, int totalPages)
{
    // The pages' own words ("Page 2 of 9", "continued") in the agreement's
    // language, as the report's are.
    const DocumentLanguage::Scope language(report.language);
    std::vector<std::unique_ptr<SectionPainter>> painters;
    painters.push_back(std::make_unique<CoverPainter>(report));
    painters.push_back(std::make_unique<SummaryPainter>(report));
    painters.push_back(std::make_unique<MatrixPainter>(report));
    for (const report::PartyList &list : report.partyLists)
        painters.push_back(std::make_unique<PartyListPainter>(list));
    for (const report::Section &section : report.sections)
        painters.push_back(
            std::make_unique<TextSectionPainter>(section, &section == &report.sections.front()));
    painters.push_back(std::make_unique<SignaturePainter>(report));

    PageFlow flow(device, fonts, canvas, report.cover.title, totalPages);
    flow.begin();
    for (const std::unique_ptr<SectionPainter> &painter : painters)
        painter->paint(flow);
    return flow.pageNumber();
}

} // namespace

QPageLayout ReportPainter::pageLayoutFor(const report::Report &report)
{
    const auto orientation = report.matrix.parties.size() > MaxPortraitParties
                                 ? QPageLayout::Landscape
                                 : QPageLayout::Portrait;
    return QPageLayout(QPageSize(QPageSize::A4), orientation, QMarginsF(0, 0, 0, 0));
}

namespace {

Result<int> noGuiApplication()
{
    return Result<int>::failure(
        Tr::tr("Drawing the agreement needs a graphical application (fonts); this program "
               "has none."));
}

// The second pass, on a QPainter: the first one counted the pages.
Result<int> paintPages(const report::Report &report, QPagedPaintDevice *device, ReportFonts &fonts,
                       int pages)
{
    QPainter painter;
    if (!painter.begin(device))
        return Result<int>::failure(Tr::tr("Could not start drawing the agreement's pages."));
    painter.setRenderHint(QPainter::Antialiasing, false);
    PageCanvas canvas;
    canvas.painter = &painter;
    const int painted = layOut(report, device, fonts, canvas, pages);
    painter.end();
    return painted;
}

} // namespace

Result<int> ReportPainter::paint(const report::Report &report, QPagedPaintDevice *device)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return noGuiApplication();
    ReportFonts fonts(device);
    const int pages = layOut(report, device, fonts, {}, 0);
    return paintPages(report, device, fonts, pages);
}

Result<int> ReportPainter::writePdf(const report::Report &report, QIODevice *device,
                                    const QString &creator, Tagging tagging)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return noGuiApplication();
    // The writer gives the layout its page and resolution; it draws only
    // when our own writer cannot.
    QPdfWriter writer(device);
    writer.setTitle(report.cover.title);
    writer.setCreator(creator);
    writer.setPageLayout(pageLayoutFor(report));
    ReportFonts fonts(&writer);
    const int pages = layOut(report, &writer, fonts, {}, 0);

    PdfCanvas pdf(device);
    PageCanvas canvas;
    canvas.pdf = &pdf;
    for (int f = 0; f < ReportStyle::FontCount; ++f) {
        canvas.pdfFonts[f] = pdf.addFont(fonts.rawFont(ReportStyle::FontId(f)));
        if (canvas.pdfFonts[f] < 0) { // see FontFile::fromRawFont()
            qCInfo(lcPdf) << "The font" << fonts.rawFont(ReportStyle::FontId(f)).familyName()
                          << "cannot be embedded: the PDF is drawn by QPdfWriter.";
            return paintPages(report, &writer, fonts, pages);
        }
    }
    pdf.setTagged(tagging == Tagging::Tagged);
    pdf.setTitle(report.cover.title);
    pdf.setCreator(creator);
    // Screen readers read the text in the agreement's language.
    pdf.setLanguage(report.language.isEmpty() ? QStringLiteral("en") : report.language);
    pdf.beginPage(writer.pageLayout().fullRect(QPageLayout::Point).size());
    pdf.beginElement("Document");
    const int drawn = layOut(report, &writer, fonts, canvas, pages);
    pdf.endElement();
    if (!pdf.finish()) // as Format::deviceFailure() says it
        return Result<int>::failure(device->errorString());
    return drawn;
}
