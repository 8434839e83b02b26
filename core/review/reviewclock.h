#pragma once

#include "model/businesshours.h"
#include "review/timestampformat.h"

#include <QHash>
#include <QSet>
#include <QTimeZone>

#include <limits>
#include <vector>

// Puts the moments of a ticket export on one clock: a written time without
// an offset is read in the business hours' time zone (daylight saving
// included), and every moment can be told in hours or after hours. Keeps the
// offsets it looked up, so a million tickets cost a few hundred time-zone
// look-ups; not for use from two threads at once.
class ReviewClock
{
public:
    explicit ReviewClock(const BusinessHours &hours);

    // Seconds since 1970-01-01 00:00 UTC. A wall-clock time that a
    // daylight-saving change skips is read as the moment after the change.
    qint64 toUtc(const WrittenTime &time);
    bool isAfterHours(qint64 utcSeconds);
    // The local date of a moment, for months and quarters.
    QDate localDate(qint64 utcSeconds);
    // Both at once, the date as days since 1970-01-01 (QDate's Julian day
    // less 2440588).
    struct Local {
        qint64 day = 0;
        bool afterHours = false;
    };
    Local local(qint64 utcSeconds);

private:
    int offsetAt(qint64 utcSeconds);

    QTimeZone m_zone;
    QSet<qint64> m_holidays;  // local days since 1970-01-01
    quint8 m_workingDays = 0; // bit d-1 for Qt::DayOfWeek d
    int m_opens = 0;          // seconds after local midnight
    int m_closes = 0;
    QHash<qint64, int> m_offsetByUtcHour;
    // The hours looked up last, by hour modulo its size: most look-ups end
    // here without hashing.
    struct RecentHour {
        qint64 hour = std::numeric_limits<qint64>::min();
        int offset = 0;
    };
    std::vector<RecentHour> m_recentHours;
    // For a local day with no offset change: its offset; otherwise absent
    // from here and present in m_changeDays.
    QHash<qint64, int> m_offsetByLocalDay;
    QSet<qint64> m_changeDays;
};
