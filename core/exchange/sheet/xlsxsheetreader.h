#pragma once

#include "exchange/sheet/sheet.h"
#include "result.h"

#include <QByteArray>

// Reads every worksheet of an Office Open XML workbook (.xlsx) into Sheets:
// shared and inline strings, numbers, booleans, error values, formulas by
// their cached value, merged cells. Workbooks arrive by e-mail: the zip is
// read with limits on the uncompressed size of each part and of all parts
// together, and on the number of cells; XML with a document type
// declaration (where entities would be declared) is refused.
class XlsxSheetReader
{
public:
    static constexpr qint64 MaxFileBytes = 64 * 1024 * 1024;
    static constexpr qint64 MaxPartBytes = 128 * 1024 * 1024;
    static constexpr qint64 MaxTotalBytes = 256 * 1024 * 1024;
    static constexpr qsizetype MaxCells = 4'000'000;
    static constexpr int MaxRows = 1'048'576; // Excel's own limit
    static constexpr int MaxColumns = 16'384;
    static constexpr int MaxSheets = 256;

    static Result<Workbook> read(const QByteArray &bytes, const QString &sourceName);
    // "B12" -> column 1, row 11; false when it is not a cell reference.
    static bool parseReference(QStringView ref, int *row, int *column);
};
