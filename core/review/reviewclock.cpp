#include "review/reviewclock.h"

#include <QDateTime>

namespace {

constexpr qint64 DaySeconds = 86400;
constexpr size_t RecentHours = 1 << 14; // about two years

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - (a % b != 0 && (a < 0) != (b < 0));
}

const QDate Epoch(1970, 1, 1);

} // namespace

ReviewClock::ReviewClock(const BusinessHours &hours)
    : m_zone(hours.timeZone)
    , m_opens(hours.opens.msecsSinceStartOfDay() / 1000)
    , m_closes(hours.closes.msecsSinceStartOfDay() / 1000)
{
    if (!m_zone.isValid())
        m_zone = QTimeZone::utc();
    for (const QDate &date : hours.holidays)
        m_holidays.insert(Epoch.daysTo(date));
    for (int day : hours.workingDays) {
        if (day >= 1 && day <= 7)
            m_workingDays |= quint8(1u << (day - 1));
    }
}

int ReviewClock::offsetAt(qint64 utcSeconds)
{
    const qint64 hour = floorDiv(utcSeconds, 3600);
    if (m_recentHours.empty())
        m_recentHours.resize(RecentHours);
    RecentHour &recent = m_recentHours[size_t(hour) & (RecentHours - 1)];
    if (recent.hour == hour)
        return recent.offset;
    if (auto it = m_offsetByUtcHour.constFind(hour); it != m_offsetByUtcHour.cend()) {
        recent = {hour, *it};
        return *it;
    }
    // Zones change their offset on the hour or half hour: look at both.
    const int first =
        m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(hour * 3600, QTimeZone::utc()));
    const int second =
        m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(hour * 3600 + 3599, QTimeZone::utc()));
    if (first != second)
        return m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utcSeconds, QTimeZone::utc()));
    m_offsetByUtcHour.insert(hour, first);
    recent = {hour, first};
    return first;
}

qint64 ReviewClock::toUtc(const WrittenTime &time)
{
    if (time.offsetSeconds)
        return time.civilSeconds - *time.offsetSeconds;
    const qint64 day = floorDiv(time.civilSeconds, DaySeconds);
    if (!m_changeDays.contains(day)) {
        if (auto it = m_offsetByLocalDay.constFind(day); it != m_offsetByLocalDay.cend())
            return time.civilSeconds - *it;
        // No zone is more than 14 hours from UTC: the UTC moments 14 hours
        // before the local day and 14 hours after it bracket all of it, and
        // equal offsets at both mean none changed in between.
        const qint64 start = day * DaySeconds;
        const int before = offsetAt(start - 14 * 3600);
        const int after = offsetAt(start + DaySeconds + 14 * 3600);
        if (before == after) {
            m_offsetByLocalDay.insert(day, before);
            return time.civilSeconds - before;
        }
        m_changeDays.insert(day);
    }
    const qint64 seconds = time.civilSeconds - day * DaySeconds;
    const QDateTime local(Epoch.addDays(day), QTime::fromMSecsSinceStartOfDay(int(seconds * 1000)),
                          m_zone);
    return local.toSecsSinceEpoch();
}

bool ReviewClock::isAfterHours(qint64 utcSeconds)
{
    return local(utcSeconds).afterHours;
}

ReviewClock::Local ReviewClock::local(qint64 utcSeconds)
{
    const qint64 local = utcSeconds + offsetAt(utcSeconds);
    const qint64 day = floorDiv(local, DaySeconds);
    const int weekday = int((day + 3) % 7 + 7) % 7 + 1; // 1970-01-01 was a Thursday
    if (!(m_workingDays & (1u << (weekday - 1))) || m_holidays.contains(day))
        return {day, true};
    const qint64 timeOfDay = local - day * DaySeconds;
    return {day, timeOfDay < m_opens || timeOfDay >= m_closes};
}

QDate ReviewClock::localDate(qint64 utcSeconds)
{
    return Epoch.addDays(floorDiv(utcSeconds + offsetAt(utcSeconds), DaySeconds));
}
