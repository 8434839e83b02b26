#pragma once

#include "exchange/sheet/sheet.h"
#include "result.h"

#include <QByteArray>

#include <optional>

// Reads a CSV file as people's spreadsheets write it into one Sheet: the
// delimiter is detected (comma, semicolon or tab), so is the encoding (UTF-8
// with or without a byte-order mark, UTF-16 with one; anything else is read
// as Windows-1252 and a note says so). Quoted fields may hold delimiters,
// doubled quotes and line breaks. Dutymap's own CSV protects cells a
// spreadsheet would evaluate with a leading apostrophe; it is taken off.
class CsvSheetReader
{
public:
    static constexpr qint64 MaxBytes = 64 * 1024 * 1024;
    static constexpr qsizetype MaxCells = 4'000'000;
    static constexpr int MaxColumns = 1000;

    struct Decoded {
        QString text;
        QString note; // "“%1” is not UTF-8 text; it was read as Windows-1252…", %1 the file
    };
    // The text of a CSV file: UTF-8 (a byte-order mark is dropped), UTF-16
    // with a byte-order mark, or else Windows-1252 with a note. Nothing, and
    // *error set, for bytes that are not text.
    static std::optional<Decoded> decode(const QByteArray &bytes, QString *error);

    static Result<Workbook> read(const QByteArray &bytes, const QString &sourceName);
    // The delimiter the first lines agree on: ',', ';' or '\t'.
    static QChar detectDelimiter(QStringView text);
};
