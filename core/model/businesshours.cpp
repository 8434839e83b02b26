#include "model/businesshours.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("BusinessHours", text);
}

constexpr int MaxHolidays = 1000;

} // namespace

BusinessHours BusinessHours::standard()
{
    BusinessHours hours;
    const QByteArray system = QTimeZone::systemTimeZoneId();
    if (!system.isEmpty() && QTimeZone(system).isValid())
        hours.timeZone = system;
    return hours;
}

QJsonObject BusinessHours::toJson() const
{
    QJsonArray days;
    for (int day : workingDays)
        days.append(day);
    QJsonArray dates;
    for (const QDate &date : holidays)
        dates.append(date.toString(Qt::ISODate));
    return QJsonObject{
        {QStringLiteral("timeZone"), QString::fromLatin1(timeZone)},
        {QStringLiteral("workingDays"), days},
        {QStringLiteral("opens"), opens.toString(u"HH:mm")},
        {QStringLiteral("closes"), closes.toString(u"HH:mm")},
        {QStringLiteral("holidays"), dates},
    };
}

Result<BusinessHours> BusinessHours::fromJson(const QJsonObject &object)
{
    using R = Result<BusinessHours>;
    BusinessHours hours;
    for (auto it = object.begin(); it != object.end(); ++it) {
        static const QStringList known{QStringLiteral("timeZone"), QStringLiteral("workingDays"),
                                       QStringLiteral("opens"), QStringLiteral("closes"),
                                       QStringLiteral("holidays")};
        if (!known.contains(it.key()))
            return R::failure(tr("unknown key “%1”").arg(it.key().left(80)));
    }
    const QString zone = object.value(u"timeZone").toString();
    if (zone.isEmpty() || zone.size() > 64 || !QTimeZone(zone.toLatin1()).isValid())
        return R::failure(
            tr("“%1” is not a time zone (timeZone)").arg(zone.left(80)));
    hours.timeZone = zone.toLatin1();

    if (!object.value(u"workingDays").isArray())
        return R::failure(tr("workingDays must be a list of days 1 to 7"));
    hours.workingDays.clear();
    for (const QJsonValue &day : object.value(u"workingDays").toArray()) {
        const int d = day.toInt(0);
        if (!day.isDouble() || d < 1 || d > 7 || day.toDouble() != d
            || hours.workingDays.contains(d))
            return R::failure(tr("workingDays must be a list of days 1 to 7"));
        hours.workingDays.append(d);
    }
    std::sort(hours.workingDays.begin(), hours.workingDays.end());

    const auto time = [&](QStringView key, QTime &out) {
        out = QTime::fromString(object.value(key).toString(), u"HH:mm");
        return out.isValid();
    };
    if (!time(u"opens", hours.opens) || !time(u"closes", hours.closes))
        return R::failure(tr("opens and closes must be times such as 08:00"));
    if (hours.closes <= hours.opens)
        return R::failure(
            tr("closing time %1 is not after opening time %2")
                .arg(hours.closes.toString(u"HH:mm"), hours.opens.toString(u"HH:mm")));

    const QJsonValue holidays = object.value(u"holidays");
    if (!holidays.isUndefined() && !holidays.isArray())
        return R::failure(tr("holidays must be a list of dates"));
    const QJsonArray dates = holidays.toArray();
    if (dates.size() > MaxHolidays)
        return R::failure(tr("more than %1 holidays").arg(MaxHolidays));
    for (const QJsonValue &value : dates) {
        const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
        if (!date.isValid())
            return R::failure(tr("“%1” in holidays is not a date (YYYY-MM-DD)")
                                  .arg(value.toString().left(40)));
        hours.holidays.append(date);
    }
    std::sort(hours.holidays.begin(), hours.holidays.end());
    hours.holidays.erase(std::unique(hours.holidays.begin(), hours.holidays.end()),
                         hours.holidays.end());
    return hours;
}
