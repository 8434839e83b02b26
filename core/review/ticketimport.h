#pragma once

#include "model/businesshours.h"
#include "model/escalationrule.h"
#include "result.h"
#include "review/ticketlog.h"
#include "review/ticketpreset.h"
#include "review/timestampformat.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

struct Sheet;

struct TicketImportOptions {
    // The tool the export comes from; none: guessed from the header row.
    const TicketPreset *preset = nullptr;
    // A header per field, for exports no preset knows; wins over the preset.
    QHash<TicketField, QString> columns;
    // For date columns whose day and month cannot be told apart.
    std::optional<TimestampFormat::Order> dateOrder;
    // Times without an offset are read in these hours' time zone.
    BusinessHours hours;
    // Priority texts (case-folded) and the urgency they mean; texts not
    // here are read by the usual words ("P1", "Critical", "3 - Medium").
    QHash<QString, EscalationRule::Urgency> priorities;
    // Requesters (case-folded) whose tickets count as VIP tickets, for
    // exports with no VIP column.
    QSet<QString> vipRequesters;
};

// Reads a help desk's ticket export (CSV, or one worksheet of an XLSX
// workbook) into a TicketLog. The header row is matched against the preset
// (or the explicit columns); each date column's format is detected once,
// and a column that could be day/month or month/day stops the import with a
// question unless options.dateOrder answers it. A row that cannot be read
// (no created time, a time that is not one, resolved before created, a huge
// cell) is left out and listed with its row, column and reason; the others
// are kept.
class TicketImport
{
public:
    static constexpr qint64 MaxBytes = 512LL * 1024 * 1024;
    static constexpr qsizetype MaxCellChars = 64 * 1024;
    // Values each date column's format is decided from.
    static constexpr int DetectionSample = 2000;

    // An export file read whole into a buffer of its own, aligned so that
    // the system can back it with huge pages (a copy costs a tenth of what
    // it costs into ordinary memory). A copy rather than a mapping, so that
    // a file another program cuts short meanwhile reads short instead of
    // ending the program.
    struct FileBytes {
        std::shared_ptr<char[]> buffer;
        QByteArray bytes; // the file, a view of buffer
    };
    // Refuses a file beyond MaxBytes.
    static Result<FileBytes> readFile(const QString &path);

    static Result<TicketLog> readCsv(const QByteArray &bytes, const QString &source,
                                     const TicketImportOptions &options);
    static Result<TicketLog> readSheet(const Sheet &sheet, const QString &source,
                                       const TicketImportOptions &options);

    // "P1", "1 - Critical", "Urgent", "hoch": the urgency the usual words
    // and numbers mean (1 is critical, 4 and above low).
    static std::optional<EscalationRule::Urgency> urgencyFromText(QStringView text);
    // "45", "1.5", "2h 30m", "1d 4h", "90 min": minutes, or nothing.
    static std::optional<qint64> minutesFromText(QStringView text, bool plainNumbersAreHours);
};
