#include "portfolioxlsx.h"

#include "portfolio/portfoliosheet.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <algorithm>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PortfolioXlsx)
};

constexpr lxw_color_t HeaderColor = 0x1d3557;
constexpr lxw_color_t OverdueColor = 0xc0392b;
constexpr lxw_color_t DueSoonFill = 0xfff3cd;
constexpr int MaxCellLength = 32767; // Excel's limit

lxw_datetime toLxw(const QDateTime &t)
{
    const QDateTime local = t.toLocalTime();
    return {local.date().year(), local.date().month(),  local.date().day(),
            local.time().hour(), local.time().minute(), double(local.time().second())};
}

} // namespace

Status PortfolioXlsx::write(const PortfolioSheet &sheet, QIODevice *device)
{
    // libxlsxwriter writes files only: build the workbook in a private
    // temporary folder, then copy it to the device.
    QTemporaryDir dir;
    if (!dir.isValid())
        return Status::failure(
            Tr::tr("no temporary folder for the workbook: %1").arg(dir.errorString()));
    const QString path = dir.filePath(QStringLiteral("portfolio.xlsx"));
    lxw_error error = LXW_NO_ERROR;
    const auto check = [&](lxw_error e) {
        if (error == LXW_NO_ERROR)
            error = e;
    };
    {
        lxw_workbook *book = workbook_new(QFile::encodeName(path).constData());
        if (!book)
            return Status::failure(Tr::tr("the workbook could not be created"));
        const QByteArray title = Tr::tr("Portfolio: %1").arg(sheet.source).toUtf8();
        QByteArray app = QByteArrayLiteral("Dutymap");
        lxw_doc_properties props{};
        props.title = const_cast<char *>(title.constData());
        props.author = app.data();
        check(workbook_set_properties(book, &props));

        lxw_format *header = workbook_add_format(book);
        format_set_bold(header);
        format_set_font_color(header, LXW_COLOR_WHITE);
        format_set_bg_color(header, HeaderColor);
        format_set_text_wrap(header);
        format_set_align(header, LXW_ALIGN_VERTICAL_TOP);
        lxw_format *text = workbook_add_format(book);
        format_set_align(text, LXW_ALIGN_VERTICAL_TOP);
        lxw_format *date = workbook_add_format(book);
        format_set_num_format(date, "yyyy-mm-dd");
        format_set_align(date, LXW_ALIGN_VERTICAL_TOP);
        lxw_format *overdue = workbook_add_format(book);
        format_set_num_format(overdue, "yyyy-mm-dd");
        format_set_font_color(overdue, OverdueColor);
        format_set_bold(overdue);
        format_set_align(overdue, LXW_ALIGN_VERTICAL_TOP);
        lxw_format *dueSoon = workbook_add_format(book);
        format_set_num_format(dueSoon, "yyyy-mm-dd");
        format_set_bg_color(dueSoon, DueSoonFill);
        format_set_align(dueSoon, LXW_ALIGN_VERTICAL_TOP);
        lxw_format *time = workbook_add_format(book);
        format_set_num_format(time, "yyyy-mm-dd hh:mm");
        format_set_align(time, LXW_ALIGN_VERTICAL_TOP);
        lxw_format *share = workbook_add_format(book);
        format_set_num_format(share, "0%");
        format_set_align(share, LXW_ALIGN_VERTICAL_TOP);
        lxw_format *errors = workbook_add_format(book);
        format_set_font_color(errors, OverdueColor);
        format_set_align(errors, LXW_ALIGN_VERTICAL_TOP);

        const QByteArray sheetName = Tr::tr("Portfolio").toUtf8();
        lxw_worksheet *ws = workbook_add_worksheet(book, sheetName.constData());
        if (!ws) {
            workbook_close(book);
            return Status::failure(QString::fromUtf8(lxw_strerror(LXW_ERROR_MEMORY_MALLOC_FAILED)));
        }
        const int columns = int(sheet.columns.size());
        QList<double> widths(columns, 8);
        const auto putText = [&](int row, int col, const QString &value, lxw_format *format) {
            // Always a string cell, never a formula.
            const QByteArray utf8 = value.left(MaxCellLength).toUtf8();
            check(value.isEmpty()
                      ? worksheet_write_blank(ws, lxw_row_t(row), lxw_col_t(col), format)
                      : worksheet_write_string(ws, lxw_row_t(row), lxw_col_t(col), utf8.constData(),
                                               format));
        };
        for (int c = 0; c < columns; ++c) {
            putText(0, c, sheet.headers.at(c), header);
            widths[c] = std::max(widths[c], sheet.headers.at(c).size() + 2.0);
        }
        for (int r = 0; r < sheet.rows.size(); ++r) {
            const PortfolioSheet::Row &row = sheet.rows.at(r);
            for (int c = 0; c < columns; ++c) {
                const QVariant &v = row.values.at(c);
                const PortfolioTable::Column column = sheet.columns.at(c);
                const lxw_row_t y = lxw_row_t(r + 1);
                const lxw_col_t x = lxw_col_t(c);
                if (column == PortfolioTable::Errors && row.unreadable) {
                    putText(r + 1, c, row.cells.at(c), errors);
                } else if (v.typeId() == QMetaType::Int) {
                    check(worksheet_write_number(
                        ws, y, x, v.toInt(),
                        column == PortfolioTable::Errors && v.toInt() > 0 ? errors : text));
                } else if (v.typeId() == QMetaType::Double) {
                    check(worksheet_write_number(ws, y, x, v.toDouble(), share));
                } else if (v.typeId() == QMetaType::QDate) {
                    lxw_format *format = date;
                    if (column == PortfolioTable::NextReview
                        && row.review == PortfolioTable::Review::Overdue)
                        format = overdue;
                    else if (column == PortfolioTable::NextReview
                             && row.review == PortfolioTable::Review::DueSoon)
                        format = dueSoon;
                    lxw_datetime d = toLxw(v.toDate().startOfDay());
                    check(worksheet_write_datetime(ws, y, x, &d, format));
                } else if (v.typeId() == QMetaType::QDateTime) {
                    lxw_datetime d = toLxw(v.toDateTime());
                    check(worksheet_write_datetime(ws, y, x, &d, time));
                } else {
                    putText(r + 1, c, row.cells.at(c), text);
                }
                if (r < 2000)
                    widths[c] = std::max(widths[c], std::min(row.cells.at(c).size() + 2.0, 60.0));
            }
        }
        for (int c = 0; c < columns; ++c)
            check(worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), widths[c], nullptr));
        worksheet_freeze_panes(ws, 1, 1);
        if (columns > 0)
            check(worksheet_autofilter(ws, 0, 0,
                                       lxw_row_t(std::max<qsizetype>(sheet.rows.size(), 1)),
                                       lxw_col_t(columns - 1)));
        check(workbook_close(book));
    }
    if (error != LXW_NO_ERROR)
        return Status::failure(QString::fromUtf8(lxw_strerror(error)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(file.errorString());
    const QByteArray bytes = file.readAll();
    if (device->write(bytes) != bytes.size())
        return Status::failure(device->errorString());
    return {};
}
