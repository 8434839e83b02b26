#include "exchange/sheet/sheetreader.h"

#include "exchange/sheet/csvsheetreader.h"
#include "exchange/sheet/xlsxsheetreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SheetReader)
};
} // namespace

Result<Workbook> SheetReader::read(const QByteArray &bytes, const QString &sourceName)
{
    if (bytes.isEmpty())
        return Result<Workbook>::failure(
            Tr::tr("Cannot read “%1”: the file is empty.").arg(sourceName));
    if (bytes.startsWith("PK\x03\x04") || bytes.startsWith("PK\x05\x06"))
        return XlsxSheetReader::read(bytes, sourceName);
    if (bytes.startsWith("\xD0\xCF\x11\xE0"))
        return Result<Workbook>::failure(
            Tr::tr("Cannot read “%1”: it is an old Excel 97–2003 workbook (.xls); save it as "
                   ".xlsx or CSV first.")
                .arg(sourceName));
    return CsvSheetReader::read(bytes, sourceName);
}

Result<Workbook> SheetReader::readFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<Workbook>::failure(
            Tr::tr("Cannot read “%1”: %2.").arg(name, file.errorString()));
    if (file.size() > MaxBytes)
        return Result<Workbook>::failure(Tr::tr("Cannot read “%1”: the file is larger than %2 MiB.")
                                             .arg(name)
                                             .arg(MaxBytes / (1024 * 1024)));
    return read(file.read(MaxBytes + 1), name);
}

QString SheetReader::fileFilter()
{
    return Tr::tr("Spreadsheets (*.xlsx *.csv *.tsv *.txt)");
}

bool SheetReader::isSpreadsheetPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("xlsx") || suffix == QLatin1String("csv")
           || suffix == QLatin1String("tsv");
}
