#pragma once

#include "exchange/sheet/sheet.h"
#include "result.h"

#include <QByteArray>

// Reads a spreadsheet file into a Workbook, whichever it is: an XLSX
// workbook (a zip archive) or CSV text. The content decides, not the
// name, so a workbook saved as "matrix.csv" still opens.
class SheetReader
{
public:
    static constexpr qint64 MaxBytes = 64 * 1024 * 1024;

    static Result<Workbook> read(const QByteArray &bytes, const QString &sourceName);
    static Result<Workbook> readFile(const QString &path);
    // The file dialog's filter: "Spreadsheets (*.xlsx *.csv *.tsv *.txt)".
    static QString fileFilter();
    // Whether a path names a spreadsheet the importer reads (by extension).
    static bool isSpreadsheetPath(const QString &path);
};
