// Layout detection and the import on arbitrary sheets: the bytes are read
// as CSV (any delimiter, any encoding), the layout detected, the sheet
// imported as a new agreement and onto a small one. Invariants: detection
// never points outside the sheet; an import gives an agreement or
// problems, never both; an accepted agreement's duties all have an area;
// a detected layout survives its mapping file unchanged.
#include "fuzzsupport.h"

#include "exchange/sheet/csvsheetreader.h"
#include "exchange/sheet/sheetimport.h"
#include "exchange/sheet/sheetlayout.h"

#include <cstddef>
#include <cstdint>

namespace {

Agreement base()
{
    Agreement a;
    a.parties = {
        Party{1, QStringLiteral("Internal IT"), QStringLiteral("IT"), Party::Kind::Internal, {}},
        Party{2, QStringLiteral("Provider"), QStringLiteral("MSP"), Party::Kind::Provider, {}}};
    a.areas = {Area{3, {}, QStringLiteral("Help desk")}};
    Duty d;
    d.id = 4;
    d.areaId = 3;
    d.title = QStringLiteral("Reset passwords");
    d.setRoles(2, Raci(Raci::Accountable | Raci::Responsible));
    a.duties = {d};
    a.nextId = 5;
    return a;
}

void check(const SheetImport::Outcome &o, const char *what)
{
    if (o.ok() == !o.problems.isEmpty())
        FuzzSupport::violated("an import gives an agreement or problems, never both",
                              QString::fromLatin1(what));
    if (!o.ok() && o.error().isEmpty())
        FuzzSupport::violated("a refused import says why", QString::fromLatin1(what));
    if (!o.ok())
        return;
    const Agreement &a = *o.agreement;
    if (a.computeNextId() > a.nextId)
        FuzzSupport::violated("ids stay below nextId", QString::fromLatin1(what));
    for (const Duty &d : a.duties)
        if (!a.area(d.areaId) || (d.systemId != 0 && !a.system(d.systemId)))
            FuzzSupport::violated("every duty's area and system exist", QString::fromLatin1(what));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzSupport::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<Workbook> book = CsvSheetReader::read(bytes, QStringLiteral("fuzz.csv"));
    if (!book)
        return 0;
    const Sheet &sheet = book->sheets.at(0);
    const SheetLayout layout = SheetLayout::detect(sheet);
    if (layout.headerRow >= sheet.rowCount() || layout.columns.size() > sheet.columnCount())
        FuzzSupport::violated("the layout stays inside the sheet");
    if (layout.headerRow >= 0) {
        const Result<SheetLayout> back =
            SheetLayout::fromJson(layout.toJson(sheet.name), QStringLiteral("map.json"));
        SheetLayout expected = layout;
        expected.marksSeen = false;
        if (!back || !(back.value() == expected))
            FuzzSupport::violated("a layout survives its mapping file", back.error());
    }
    check(SheetImport::read(sheet, layout, QStringLiteral("fuzz.csv")), "read");
    check(SheetImport::apply(base(), sheet, layout, QStringLiteral("fuzz.csv")), "apply");
    return 0;
}
