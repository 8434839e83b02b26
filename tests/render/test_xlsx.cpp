#include "exchange/csvformat.h"
#include "exchange/sampleagreement.h"
#include "exchange/sheet/sheetimport.h"
#include "exchange/sheet/sheetlayout.h"
#include "exchange/sheet/sheetreader.h"
#include "reportfixture.h"
#include "templates/templatelibrary.h"
#include "xlsxformat.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace {

// Reads the workbook with openpyxl, an independent reader, and reports
// what a spreadsheet user would see, as JSON.
const char *const Reader = R"(
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": wb.sheetnames, "title": wb.properties.title}
for ws in wb.worksheets:
    rows = [[c.value for c in r] for r in ws.iter_rows()]
    types = [[c.data_type for c in r] for r in ws.iter_rows()]
    out[ws.title] = {
        "rows": rows, "types": types, "freeze": ws.freeze_panes,
        "filter": ws.auto_filter.ref,
        "validations": [{"type": dv.type, "formula": dv.formula1, "ranges": str(dv.sqref)}
                        for dv in ws.data_validations.dataValidation],
        "conditional": len(ws.conditional_formatting),
        "widths": {k: v.width for k, v in ws.column_dimensions.items()},
    }
print(json.dumps(out))
)";

QJsonObject readBack(const report::Report &report)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.xlsx"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    const Status status = XlsxFormat().writeReport(report, &file);
    INFO(status.error().toStdString());
    REQUIRE(status.ok());
    file.close();
    const QString json = runTool(QStringLiteral("/usr/bin/python3"),
                                 {QStringLiteral("-c"), QString::fromUtf8(Reader), path});
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

} // namespace

TEST_CASE("XLSX: sheets, values, frozen header, filter and RACI drop-down, read by openpyxl")
{
    report::Report report = makeReport(25, 3);
    report.matrix.groups[0].rows[0].title = QStringLiteral("=HYPERLINK(\"http://x\",\"y\")");
    report.matrix.groups[0].rows[1].title = QStringLiteral("+1+1");
    report.matrix.groups[0].rows[2].title = QStringLiteral("\tTabbed");
    const QJsonObject book = readBack(report);
    REQUIRE(!book.isEmpty());
    CHECK(book.value(QStringLiteral("title")).toString() == report.cover.title);
    const QJsonArray sheets = book.value(QStringLiteral("sheets")).toArray();
    REQUIRE(sheets.size() == 4);
    CHECK(sheets[0].toString() == QStringLiteral("Matrix"));
    CHECK(sheets[1].toString() == QStringLiteral("IT"));
    CHECK(sheets[2].toString() == QStringLiteral("Escalation rules"));
    CHECK(sheets[3].toString() == QStringLiteral("Tools"));

    const QJsonObject matrix = book.value(QStringLiteral("Matrix")).toObject();
    const QJsonArray rows = matrix.value(QStringLiteral("rows")).toArray();
    REQUIRE(rows.size() == 26);
    const QJsonArray header = rows[0].toArray();
    CHECK(header[0].toString() == QStringLiteral("Area"));
    CHECK(header[1].toString() == QStringLiteral("Duty"));
    CHECK(header[4].toString() == QStringLiteral("Internal IT"));
    CHECK(header[7].toString() == QStringLiteral("Ownership"));
    // Every duty with its roles, in order.
    int r = 1;
    for (const report::MatrixGroup &g : report.matrix.groups)
        for (const report::MatrixRow &row : g.rows) {
            const QJsonArray cells = rows[r++].toArray();
            CHECK(cells[0].toString() == g.area);
            CHECK(cells[1].toString() == row.title);
            for (int p = 0; p < 3; ++p)
                CHECK(cells[4 + p].toString() == row.roles[p].toString());
        }
    // Formula-like text stays a string.
    const QJsonArray types = matrix.value(QStringLiteral("types")).toArray();
    CHECK(types[1].toArray()[1].toString() == QStringLiteral("s"));
    CHECK(types[2].toArray()[1].toString() == QStringLiteral("s"));
    CHECK(rows[2].toArray()[1].toString() == QStringLiteral("+1+1"));

    CHECK(matrix.value(QStringLiteral("freeze")).toString() == QStringLiteral("A2"));
    CHECK(matrix.value(QStringLiteral("filter")).toString() == QStringLiteral("A1:H26"));
    const QJsonArray validations = matrix.value(QStringLiteral("validations")).toArray();
    REQUIRE(validations.size() == 1);
    const QJsonObject dv = validations[0].toObject();
    CHECK(dv.value(QStringLiteral("type")).toString() == QStringLiteral("list"));
    CHECK(dv.value(QStringLiteral("ranges")).toString() == QStringLiteral("E2:G26"));
    const QString formula = dv.value(QStringLiteral("formula")).toString();
    for (const char *value : {"A/R", "R", "A", "C", "I", "C/I", "A/R/C/I"})
        CHECK(formula.contains(QStringLiteral("%1,").arg(QLatin1String(value)))
              == (QLatin1String(value) != QLatin1String("A/R/C/I")));
    CHECK(matrix.value(QStringLiteral("conditional")).toInt() >= 1);

    const QJsonObject escalation = book.value(QStringLiteral("Escalation rules")).toObject();
    const QJsonArray escalationRows = escalation.value(QStringLiteral("rows")).toArray();
    REQUIRE(escalationRows.size() == 3);
    CHECK(escalationRows[2].toArray()[0].toString() == QStringLiteral("=SUM(A1:A2)"));
    CHECK(escalationRows[2].toArray()[1].toString() == QStringLiteral("@evil"));
    CHECK(escalation.value(QStringLiteral("freeze")).toString() == QStringLiteral("A2"));
}

TEST_CASE("XLSX round trip: every model's workbook imports back to an equal matrix",
          "[xlsx][import]")
{
    const TemplateLibrary library = TemplateLibrary::load();
    REQUIRE_FALSE(library.models().isEmpty());
    const Result<Agreement> sample = SampleAgreement::load();
    REQUIRE(sample.ok());
    QList<Agreement> agreements = {sample.value()};
    for (const ModelTemplate &m : library.models()) {
        const Result<Agreement> a = library.instantiate(
            m.id, {QStringLiteral("Northwind"), QStringLiteral("Contoso"), QDate(2026, 1, 1)});
        REQUIRE(a.ok());
        agreements.append(a.value());
    }
    for (const Agreement &a : std::as_const(agreements)) {
        INFO(a.details.title.toStdString());
        QBuffer buffer;
        REQUIRE(buffer.open(QIODevice::WriteOnly));
        REQUIRE(XlsxFormat().writeAgreement(a, &buffer).ok());
        const Result<Workbook> book = SheetReader::read(buffer.data(), QStringLiteral("a.xlsx"));
        REQUIRE(book.ok());
        const int index = SheetLayout::likelySheet(book.value());
        CHECK(book->sheets.at(index).name == QStringLiteral("Matrix"));
        const Sheet &sheet = book->sheets.at(index);
        const SheetImport::Outcome o =
            SheetImport::read(sheet, SheetLayout::detect(sheet), QStringLiteral("a.xlsx"));
        INFO(o.error().toStdString());
        REQUIRE(o.ok());
        CHECK(CsvFormat::matrixCsv(*o.agreement).toStdString()
              == CsvFormat::matrixCsv(a).toStdString());
    }
}
