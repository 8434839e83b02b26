#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <array>

// What a service review reads from a help desk's ticket export.
enum class TicketField {
    Id,
    Created,
    FirstResponse,        // a moment
    FirstResponseMinutes, // or a duration: minutes (or hours, see TicketPreset) to first reply
    Resolved,
    Closed, // used when Resolved is empty
    Category,
    Subcategory,
    Priority,
    Site,
    Vip,
    Team, // the team, queue, board or group that handled it
    Agent,
    Subject,
    Satisfaction,
    Requester, // who raised it: VIPs by name when the export has no VIP column
};
inline constexpr int TicketFieldCount = int(TicketField::Requester) + 1;

// The stable key of a field in mapping files ("created", "firstResponse").
QString ticketFieldKey(TicketField field);
TicketField ticketFieldFromKey(QStringView key, bool *ok);
QString ticketFieldName(TicketField field); // translated, for messages and dialogs

// How one help desk tool names its export's columns: for each field, the
// header spellings to look for, in order (compared case-insensitively).
struct TicketPreset {
    QString key;  // "connectwise"
    QString name; // "ConnectWise PSA"
    std::array<QStringList, TicketFieldCount> headers;
    bool responseInHours = false; // the duration column counts hours, not minutes

    static const QList<TicketPreset> &all();
    static const TicketPreset *find(QStringView key);
    // The preset whose headers a file's header row matches best, if any
    // matches the ticket id and created columns.
    static const TicketPreset *guess(const QStringList &headerRow);
};
