// Reads arbitrary bytes as an XLSX workbook (File → Import Spreadsheet…,
// dutymap-cli import and check on a .xlsx file): any input gives sheets or
// one sentence naming the file, never both; the sheets keep the limits; a
// sheet read goes on through layout detection and the import.
#include "fuzzsupport.h"

#include "exchange/sheet/sheetimport.h"
#include "exchange/sheet/sheetlayout.h"
#include "exchange/sheet/xlsxsheetreader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzSupport::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<Workbook> book = XlsxSheetReader::read(bytes, QStringLiteral("fuzz.xlsx"));
    if (!book) {
        if (!book.error().contains(QStringLiteral("fuzz.xlsx")))
            FuzzSupport::violated("a refused workbook is named in the error", book.error());
        return 0;
    }
    if (book->sheets.isEmpty())
        FuzzSupport::violated("a workbook read has a sheet");
    qsizetype cells = 0;
    for (const Sheet &sheet : book->sheets) {
        if (sheet.rowCount() > XlsxSheetReader::MaxRows)
            FuzzSupport::violated("rows stay within the limit");
        for (const QStringList &row : sheet.rows)
            cells += row.size();
        const SheetLayout layout = SheetLayout::detect(sheet);
        const SheetImport::Outcome o =
            SheetImport::read(sheet, layout, QStringLiteral("fuzz.xlsx"));
        if (o.ok() == !o.problems.isEmpty())
            FuzzSupport::violated("an import gives an agreement or problems, never both");
    }
    Q_UNUSED(cells);
    return 0;
}
