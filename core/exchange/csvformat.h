#pragma once

#include "exchange/format.h"

#include <QByteArray>

// The responsibility matrix as CSV, one duty a row, in the column layout of
// docs/csv-format.md: Area, Duty, Kind, System, one column per party, then
// Ownership. UTF-8 with a byte order mark, RFC 4180 quoting, CRLF line ends,
// so spreadsheets open it cleanly. A cell that a spreadsheet would evaluate
// (starting with = + - @, a tab or CR) or that starts with an apostrophe
// gets an apostrophe in front; CsvImport removes it again, so a round trip
// is exact. Reading builds a new agreement through CsvImport::read().
class CsvFormat : public Format
{
public:
    QString id() const override { return QStringLiteral("csv"); }
    QString name() const override;
    QString extension() const override { return QStringLiteral("csv"); }
    Capabilities capabilities() const override { return CanRead | WritesAgreement; }

    Status write(const ExportJob &job, QIODevice *device) const override;
    Result<Agreement> read(QIODevice *device, const QString &sourceName) const override;

    // The whole file, BOM included; with a party filter, only the duties
    // where that party holds a role (every party keeps its column).
    static QByteArray matrixCsv(const Agreement &agreement, const ReportOptions &options = {});
    // One cell as written: neutralised, then quoted when it needs to be.
    static QString field(const QString &text);
    // The apostrophe rule alone: text a spreadsheet would evaluate, or that
    // starts with an apostrophe, gets one in front.
    static QString neutralised(const QString &text);
};
