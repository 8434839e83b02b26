#pragma once

#include "exchange/csvimport.h"
#include "model/escalationrule.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <cmath>
#include <limits>

// The tickets of one export, as compact records: moments in UTC seconds,
// texts as numbers into the log's lists, so a million tickets fit in a few
// hundred megabytes.
struct TicketRecord {
    static constexpr qint64 NoTime = std::numeric_limits<qint64>::min();

    qint64 created = 0;
    qint64 firstResponse = NoTime;
    qint64 resolved = NoTime;
    int id = -1; // TicketLog::ticketId(); -1: none
    int category = -1;
    int subcategory = -1;
    int site = -1;
    int team = -1;
    int agent = -1;
    int subject = -1;
    int row = 0; // in the export, as a spreadsheet numbers it
    float satisfaction = std::numeric_limits<float>::quiet_NaN(); // 0 … 1
    EscalationRule::Urgency urgency = EscalationRule::Urgency::Normal;
    bool urgencyKnown = false;
    bool vip = false;
};

struct TicketLog {
    QString source;
    QList<TicketRecord> tickets;
    // Every distinct text of the export once; not the ticket ids, which
    // are kept apart (ticketId()).
    QStringList texts;
    // The tickets' ids as UTF-8, one after another, and where each ends.
    QByteArray idBytes;
    QList<qsizetype> idEnds;
    int rowsRead = 0; // data rows, good and skipped
    // Rows left out, by reason ("no created date": 12), and the first of
    // them one by one with row and column.
    QHash<QString, int> skippedByReason;
    QList<CsvImport::Problem> problems;
    int unlistedProblems = 0;
    QStringList notes; // "read as Windows-1252", "time zone Europe/Berlin"

    int skipped() const { return rowsRead - int(tickets.size()); }
    const QString &text(int index) const
    {
        static const QString none;
        return index < 0 ? none : texts.at(index);
    }
    // A ticket's id (TicketRecord::id); "" for -1.
    QString ticketId(int index) const
    {
        if (index < 0)
            return {};
        const qsizetype start = index == 0 ? 0 : idEnds.at(index - 1);
        return QString::fromUtf8(QByteArrayView(idBytes).sliced(start, idEnds.at(index) - start));
    }
    // Keeps an id; its number for TicketRecord::id.
    int addTicketId(QByteArrayView utf8)
    {
        idBytes.append(utf8);
        idEnds.append(idBytes.size());
        return int(idEnds.size() - 1);
    }
};
