#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QTime>
#include <QTimeZone>

#include "result.h"

// When the internal team and the provider count a ticket as "in hours": a
// time zone, the working days, the opening hours and the public holidays.
// Everything else is after hours, in routing and in the service review.
struct BusinessHours {
    QByteArray timeZone = QByteArrayLiteral("UTC"); // an IANA id, "Europe/Berlin"
    QList<int> workingDays{1, 2, 3, 4, 5};          // Qt::DayOfWeek, Monday = 1
    QTime opens{8, 0};
    QTime closes{18, 0}; // after opens; a ticket at closing time is after hours
    QList<QDate> holidays;

    // Monday to Friday, 08:00 to 18:00, in the system's time zone.
    static BusinessHours standard();

    QJsonObject toJson() const;
    // Strict: every key is checked; the error names it ("“Mars/Olympus” is
    // not a time zone (timeZone)"), for the caller to say where.
    static Result<BusinessHours> fromJson(const QJsonObject &object);

    friend bool operator==(const BusinessHours &, const BusinessHours &) = default;
};
