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

#include <algorithm>

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

    TableDef def;
    QList<int> indexes;
    QList<QList<TableCell>> rows(sheet.rows.size());
    for (const PortfolioTable::Column c : PageColumns) {
        const int i = int(sheet.columns.indexOf(c));
        if (i < 0)
            continue;
        indexes.append(i);
        def.header.append(sheet.headers.at(i));
        for (qsizetype r = 0; r < sheet.rows.size(); ++r)
            rows[r].append(cellOf(sheet, sheet.rows.at(r), c, sheet.rows.at(r).cells.at(i)));
    }
    // The short columns as wide as their widest cell; the names (client,
    // provider, model) share what is left by their own widths, wrapping
    // only when the page is too narrow for them.
    const qreal pad = 2 * flow.padX() + flow.pt(1);
    QList<qreal> natural;
    for (qsizetype k = 0; k < indexes.size(); ++k) {
        qreal w = fonts.width(ReportStyle::CellBold, def.header.at(k));
        for (const QList<TableCell> &row : std::as_const(rows)) {
            const TableCell &cell = row.at(k);
            w = std::max({w, fonts.width(cell.font, cell.text),
                          cell.sub.isEmpty() ? 0 : fonts.width(ReportStyle::CellSmall, cell.sub)});
        }
        natural.append(w + pad);
    }
    const auto isName = [&](qsizetype k) {
        const PortfolioTable::Column c = sheet.columns.at(indexes.at(k));
        return c == PortfolioTable::Client || c == PortfolioTable::Provider
               || c == PortfolioTable::Model;
    };
    // A header such as "Provider share" may wrap: short columns need no
    // more than their cells and a word of the header.
    qreal fixed = 0, names = 0;
    for (qsizetype k = 0; k < indexes.size(); ++k) {
        if (isName(k)) {
            names += natural.at(k);
            continue;
        }
        qreal cells = flow.pt(30);
        for (const QString &word : def.header.at(k).split(u' '))
            cells = std::max(cells, fonts.width(ReportStyle::CellBold, word) + pad);
        for (const QList<TableCell> &row : std::as_const(rows)) {
            const TableCell &cell = row.at(k);
            cells = std::max(
                {cells, fonts.width(cell.font, cell.text) + pad,
                 cell.sub.isEmpty() ? 0 : fonts.width(ReportStyle::CellSmall, cell.sub) + pad});
        }
        natural[k] = cells;
        fixed += cells;
    }
    const qreal room = std::max(flow.contentWidth() - fixed, flow.contentWidth() * 0.3);
    const qreal scale = names > 0 ? room / names : 1;
    qreal used = 0;
    for (qsizetype k = 0; k < indexes.size(); ++k) {
        const qreal w = isName(k) ? natural.at(k) * scale : natural.at(k);
        def.columns.append(TableColumn{w, false});
        used += w;
    }
    // Whatever is left over (or too much) is evened out over all columns.
    const qreal even = (flow.contentWidth() - used) / std::max<qsizetype>(indexes.size(), 1);
    for (TableColumn &column : def.columns)
        column.width += even;
    TablePainter table(flow, def);
    for (const QList<TableCell> &row : std::as_const(rows))
        table.row(row);
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
