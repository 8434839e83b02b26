#pragma once

#include "exchange/sheet/sheet.h"
#include "exchange/sheet/sheetimport.h"
#include "exchange/sheet/sheetlayout.h"
#include "model/agreement.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// Spreadsheets written the way people's templates look, for the import
// tests and the screenshots of the import dialog.
namespace sheetfixtures {

// One worksheet to write with libxlsxwriter. A cell "#n:3" is the number
// 3, "#b:1" the boolean true, "#f:=SUM(1,2)|3" a formula with its cached
// value; merges are written with their text in the top-left cell.
struct SheetSpec {
    QString name;
    QList<QStringList> rows;
    QList<Sheet::Range> merges;
};

// An .xlsx file's bytes; constantMemory makes libxlsxwriter write inline
// strings instead of shared ones.
QByteArray xlsx(const QList<SheetSpec> &sheets, bool constantMemory = false);
// A zip of the given parts (for hand-made, hostile workbooks).
QByteArray zip(const QMap<QString, QByteArray> &parts);
// A workbook whose worksheet unpacks to mib MiB (of spaces inside the XML).
QByteArray zipBomb(int mib);
// A minimal workbook around one worksheet's XML.
QByteArray workbookWith(const QByteArray &sheetXml);

// The legend-above, merged-sections workbook the dialog's screenshot shows.
QByteArray messyWorkbook();

struct Imported {
    Workbook book;
    int sheet = -1;
    SheetLayout layout;
    SheetImport::Outcome outcome;
    QString readError;
};
Imported importBytes(const QByteArray &bytes, const QString &name);

// "Area / Title: IT=R, MSP=A/R [notes]" per duty, for pinning.
QStringList matrixLines(const Agreement &a);
// "Name (kind)" per party.
QStringList partyLines(const Agreement &a);

} // namespace sheetfixtures
