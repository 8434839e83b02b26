#include "portfoliopdf.h"

#include "pageflow.h"
#include "pdfcanvas.h"
#include "portfolio/portfoliosheet.h"
#include "reportfonts.h"
#include "tablepainter.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QIODevice>
#include <QPdfWriter>

#include <iterator>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PortfolioPdf)
};

constexpr QRgb OverdueFill = 0xf8d7da;
constexpr QRgb DueSoonFill = 0xfff3cd;

// The columns a meeting needs; the file, the problem sentence and who
// saved stay in the table on screen and in the spreadsheet.
const QList<PortfolioTable::Column> PageColumns = {
    PortfolioTable::Client,  PortfolioTable::Provider,   PortfolioTable::Model,
    PortfolioTable::Status,  PortfolioTable::LastSigned, PortfolioTable::NextReview,
    PortfolioTable::Errors,  PortfolioTable::Warnings,   PortfolioTable::ProviderShare,
    PortfolioTable::SavedAt,
};

// A cell as the page shows it: the review's state in words below the
// date, for a page printed in black and white; the signed revision with
// its date below; the time a file was saved as its day.
TableCell cellOf(const PortfolioSheet &sheet, const PortfolioSheet::Row &row,
                 PortfolioTable::Column column, const QString &text)
{
    TableCell cell;
    cell.text = text;
    switch (column) {
    case PortfolioTable::NextReview:
        if (row.review == PortfolioTable::Review::Overdue) {
            cell.sub = Tr::tr("overdue");
            cell.background = QColor(OverdueFill);
            cell.font = ReportStyle::CellBold;
        } else if (row.review == PortfolioTable::Review::DueSoon) {
            cell.sub = Tr::tr("due soon");
            cell.background = QColor(DueSoonFill);
        }
        break;
    case PortfolioTable::LastSigned:
        if (!text.isEmpty()) {
            cell.text = Tr::tr("Revision %1").arg(text);
            const int on = int(sheet.columns.indexOf(PortfolioTable::SignedOn));
            cell.sub = on >= 0 ? row.cells.at(on) : QString();
        }
        break;
    case PortfolioTable::Errors:
        if (row.errors) {
            cell.background = QColor(OverdueFill);
            cell.font = ReportStyle::CellBold;
        }
        break;
    case PortfolioTable::SavedAt:
        cell.text = text.left(10);
        break;
    default:
        break;
    }
    return cell;
}

int layOut(const PortfolioSheet &sheet, QPdfWriter *writer, ReportFonts &fonts,
           const PageCanvas &canvas, int totalPages)
{
    const QString title = Tr::tr("Portfolio");
    PageFlow flow(writer, fonts, canvas, title, totalPages);
    flow.begin();
    flow.subheading(ReportStyle::H2, title, flow.pt(40));
    flow.paragraph(Tr::tr("%1, as of %2").arg(sheet.source, sheet.date.toString(Qt::ISODate)),
                   ReportStyle::Small, 0, ReportStyle::Muted);
    flow.paragraph(sheet.countsSentence(), ReportStyle::BodyBold);

    // Shares of the width: the names wide, the numbers narrow.
    static constexpr qreal Shares[] = {17, 11, 11, 7, 9, 9, 10, 8.5, 8.5, 9};
    static_assert(std::size(Shares) == 10, "one share per column of the page");
    qreal total = 0;
    for (const qreal share : Shares)
        total += share;
    TableDef def;
    QList<int> indexes;
    for (qsizetype k = 0; k < PageColumns.size(); ++k) {
        const int i = int(sheet.columns.indexOf(PageColumns.at(k)));
        if (i < 0)
            continue;
        indexes.append(i);
        def.header.append(sheet.headers.at(i));
        def.columns.append(TableColumn{flow.contentWidth() * Shares[k] / total, false});
    }
    TablePainter table(flow, def);
    for (const PortfolioSheet::Row &row : sheet.rows) {
        QList<TableCell> cells;
        for (const int i : std::as_const(indexes))
            cells.append(cellOf(sheet, row, sheet.columns.at(i), row.cells.at(i)));
        table.row(cells);
    }
    table.end();
    if (sheet.rows.isEmpty())
        flow.paragraph(Tr::tr("No agreements match."), ReportStyle::Body, 0, ReportStyle::Muted);
    return flow.pageNumber();
}

} // namespace

Status PortfolioPdf::write(const PortfolioSheet &sheet, QIODevice *device)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Status::failure(Tr::tr("drawing a PDF needs the graphical libraries, which this "
                                      "program did not start"));
    const QString title = Tr::tr("Portfolio");
    QPdfWriter writer(device);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Dutymap"));
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(0, 0, 0, 0)));
    ReportFonts fonts(&writer);
    const int pages = layOut(sheet, &writer, fonts, {}, 0);

    PdfCanvas pdf(device);
    PageCanvas canvas;
    canvas.pdf = &pdf;
    for (int f = 0; f < ReportStyle::FontCount; ++f) {
        canvas.pdfFonts[f] = pdf.addFont(fonts.rawFont(ReportStyle::FontId(f)));
        if (canvas.pdfFonts[f] < 0)
            return Status::failure(Tr::tr("the font %1 cannot be embedded in a PDF")
                                       .arg(fonts.rawFont(ReportStyle::FontId(f)).familyName()));
    }
    pdf.setTitle(title);
    pdf.setCreator(QStringLiteral("Dutymap"));
    //: The BCP 47 tag of this translation's language ("de" in German).
    pdf.setLanguage(Tr::tr("en"));
    pdf.beginPage(writer.pageLayout().fullRect(QPageLayout::Point).size());
    pdf.beginElement("Document");
    layOut(sheet, &writer, fonts, canvas, pages);
    pdf.endElement();
    if (!pdf.finish())
        return Status::failure(device->errorString());
    return {};
}
