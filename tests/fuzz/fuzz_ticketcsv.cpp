// Reads arbitrary bytes as a help desk's ticket export (Review → Import
// tickets, dutymap-cli review --tickets FILE.csv), then replays the tickets
// against a small agreement. The first byte picks the preset (or none, so
// that the header row decides) and the order for ambiguous dates; the rest
// is the file. Invariants: a log or a sentence naming the file; rows kept
// or listed with a reason; a review that counts every ticket.
#include "fuzzsupport.h"
#include "ticketchecks.h"

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

    TicketImportOptions options;
    const QList<TicketPreset> &presets = TicketPreset::all();
    const qsizetype preset = choice % (presets.size() + 1);
    options.preset = preset < presets.size() ? &presets.at(preset) : nullptr;
    if (choice & 0x40)
        options.dateOrder =
            (choice & 0x80) ? TimestampFormat::Order::DayFirst : TimestampFormat::Order::MonthFirst;
    options.hours.timeZone = "Europe/Berlin";
    options.priorities.insert(QStringLiteral("sev a"), EscalationRule::Urgency::Critical);

    const QString source = QStringLiteral("fuzz.csv");
    TicketChecks::check(TicketImport::readCsv(bytes, source, options), source);
    return 0;
}
