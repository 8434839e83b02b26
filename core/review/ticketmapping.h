#pragma once

#include "model/escalationrule.h"
#include "result.h"
#include "review/ticketpreset.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

struct Agreement;
struct ReviewOptions;
struct TicketImportOptions;

// How an agreement reads its help desk's ticket export, kept in the
// agreement so that the next review asks nothing again: the preset or the
// column header of each field, the day/month order of dates that could be
// either, what the export's priority words mean, which party each team,
// queue, board or agent is, and the requesters who count as VIPs. The JSON
// form is also the mapping file of `dutymap-cli review --map`
// (docs/service-review.md).
struct TicketMapping {
    enum class DateOrder { DayFirst, MonthFirst };

    QString preset;                     // a TicketPreset key; empty: guessed from the headers
    QMap<TicketField, QString> columns; // wins over the preset
    std::optional<DateOrder> dateOrder; // for date columns that could be either
    QMap<QString, EscalationRule::Urgency> priorities; // case-folded text → urgency
    QMap<QString, int> handlers; // case-folded team or agent name → party id
    QStringList vipRequesters;   // as written; compared ignoring case

    static constexpr int MaxEntries =
        1000; // per list, so that a mapping stays far below a file's text limit
    static constexpr int MaxTextLength = 200;

    bool isEmpty() const;

    // Handlers by party id, so that renaming a party keeps the mapping.
    QJsonObject toJson() const;
    // Strict: an unknown key, a field that is not one, a priority that is
    // not low/normal/high/critical or a handler that is not a party id gets
    // an error naming the key ("handlers.Service Desk: …"), for the caller
    // to say where. With `names`, a handler may also be a party's name or
    // short code, as people write mapping files by hand; a party id must
    // then be one of its parties.
    static Result<TicketMapping> fromJson(const QJsonObject &object,
                                          const Agreement *names = nullptr);

    // Puts the mapping into the import's and the replay's options. Handlers
    // whose party has since been removed from the agreement are left out.
    void apply(const Agreement &agreement, TicketImportOptions &import,
               ReviewOptions &review) const;

    static QString dateOrderKey(DateOrder order); // "dmy", "mdy"
    static std::optional<DateOrder> dateOrderFromKey(QStringView key);

    friend bool operator==(const TicketMapping &, const TicketMapping &) = default;
};
