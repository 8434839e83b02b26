// Reads arbitrary bytes as an XLSX ticket export (Review → Import tickets,
// dutymap-cli review --tickets FILE.xlsx): the workbook reader, then the
// ticket import of every worksheet and a replay of what it kept. The first
// byte picks the preset (or none) and the order for ambiguous dates.
// Invariants: as the CSV target's, for every worksheet.
#include "fuzzsupport.h"
#include "ticketchecks.h"

#include "exchange/sheet/xlsxsheetreader.h"
#include "review/ticketimport.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzSupport::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const std::uint8_t choice = data[0];
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const QString source = QStringLiteral("fuzz.xlsx");
    const Result<Workbook> book = XlsxSheetReader::read(bytes, source);
    if (!book) {
        if (!book.error().contains(source))
            FuzzSupport::violated("a refused workbook is named in the error", book.error());
        return 0;
    }

    TicketImportOptions options;
    const QList<TicketPreset> &presets = TicketPreset::all();
    const qsizetype preset = choice % (presets.size() + 1);
    options.preset = preset < presets.size() ? &presets.at(preset) : nullptr;
    if (choice & 0x40)
        options.dateOrder =
            (choice & 0x80) ? TimestampFormat::Order::DayFirst : TimestampFormat::Order::MonthFirst;
    options.hours.timeZone = "Europe/Berlin";
    for (const Sheet &sheet : book->sheets)
        TicketChecks::check(TicketImport::readSheet(sheet, source, options), source);
    return 0;
}
