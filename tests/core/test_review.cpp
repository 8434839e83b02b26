#include <catch2/catch.hpp>

#include "review/businesshours.h"
#include "review/reviewclock.h"
#include "review/timestampformat.h"

#include <QDateTime>
#include <QJsonArray>

namespace {

using Order = TimestampFormat::Order;
using Outcome = TimestampFormat::Detection::Outcome;

qint64 civil(int y, int m, int d, int h = 0, int min = 0, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), QTimeZone::utc()).toSecsSinceEpoch();
}

WrittenTime parsed(Order order, const QString &text)
{
    const auto t = TimestampFormat(order).parse(text);
    INFO(text.toStdString());
    REQUIRE(t);
    return *t;
}

} // namespace

TEST_CASE("Timestamps: every way help desks write them", "[review][timestamps]")
{
    SECTION("ISO 8601 with and without seconds, offsets and Z")
    {
        CHECK(parsed(Order::Iso, QStringLiteral("2024-03-01T08:00:00Z"))
              == WrittenTime{civil(2024, 3, 1, 8), 0});
        CHECK(parsed(Order::Iso, QStringLiteral("2024-03-01 08:05"))
              == WrittenTime{civil(2024, 3, 1, 8, 5), std::nullopt});
        CHECK(parsed(Order::Iso, QStringLiteral("2024-03-01T08:00:00.123+02:00"))
              == WrittenTime{civil(2024, 3, 1, 8), 7200});
        CHECK(parsed(Order::Iso, QStringLiteral("2024-03-01T08:00:00-0530"))
              == WrittenTime{civil(2024, 3, 1, 8), -19800});
        CHECK(parsed(Order::Iso, QStringLiteral("2024-03-01"))
              == WrittenTime{civil(2024, 3, 1), std::nullopt});
    }
    SECTION("US and European numbers, 12- and 24-hour clocks")
    {
        CHECK(parsed(Order::MonthFirst, QStringLiteral("10/10/2022 8:00 PM")).civilSeconds
              == civil(2022, 10, 10, 20));
        CHECK(parsed(Order::MonthFirst, QStringLiteral("3/1/2024 12:15 AM")).civilSeconds
              == civil(2024, 3, 1, 0, 15));
        CHECK(parsed(Order::DayFirst, QStringLiteral("3/1/2024 12:15 PM")).civilSeconds
              == civil(2024, 1, 3, 12, 15));
        CHECK(parsed(Order::DayFirst, QStringLiteral("31.12.2024 23:59:59")).civilSeconds
              == civil(2024, 12, 31, 23, 59, 59));
        CHECK(parsed(Order::DayFirst, QStringLiteral("31-12-24 07:00")).civilSeconds
              == civil(2024, 12, 31, 7));
    }
    SECTION("month names in the export's language")
    {
        CHECK(parsed(Order::MonthName, QStringLiteral("01/Oct/17 8:00 AM")).civilSeconds
              == civil(2017, 10, 1, 8));
        CHECK(parsed(Order::MonthName, QStringLiteral("15/Mär/24 14:30")).civilSeconds
              == civil(2024, 3, 15, 14, 30));
        CHECK(parsed(Order::MonthName, QStringLiteral("02/déc./23 09:00")).civilSeconds
              == civil(2023, 12, 2, 9));
        CHECK(parsed(Order::MonthName, QStringLiteral("Dec 31, 2024 11:00 PM")).civilSeconds
              == civil(2024, 12, 31, 23));
    }
    SECTION("spreadsheet serial numbers")
    {
        CHECK(parsed(Order::ExcelSerial, QStringLiteral("45292")).civilSeconds
              == civil(2024, 1, 1));
        CHECK(parsed(Order::ExcelSerial, QStringLiteral("45292.75")).civilSeconds
              == civil(2024, 1, 1, 18));
    }
    SECTION("impossible and foreign values are refused")
    {
        for (const char *text : {"31/02/2024", "2024-13-01", "2024-02-30 10:00", "25:00",
                                 "2024-03-01 24:00", "2024-03-01 8:00 XM", "13/13/2024", "hello",
                                 "", "2024-03-01T08:00+15:00", "1/Foo/24"}) {
            INFO(text);
            for (Order order : {Order::Iso, Order::DayFirst, Order::MonthFirst, Order::MonthName}) {
                CHECK_FALSE(TimestampFormat(order).parse(QString::fromUtf8(text)));
            }
        }
        CHECK_FALSE(TimestampFormat(Order::ExcelSerial).parse(u"-3"));
        CHECK_FALSE(TimestampFormat(Order::ExcelSerial).parse(u"nan"));
        CHECK_FALSE(TimestampFormat(Order::Iso).parse(QString(100000, u'9')));
    }
}

TEST_CASE("Timestamps: a column's order is detected, never guessed", "[review][timestamps]")
{
    const auto detect = [](std::initializer_list<const char *> values) {
        QStringList list;
        for (const char *v : values)
            list.append(QString::fromUtf8(v));
        return TimestampFormat::detect(list);
    };
    CHECK(detect({"2024-03-01T08:00:00Z", "2024-03-02T09:00:00Z"}).order == Order::Iso);
    const auto us = detect({"3/1/2024 8:00 AM", "3/13/2024 9:00 AM"});
    CHECK(us.outcome == Outcome::Detected);
    CHECK(us.order == Order::MonthFirst);
    const auto eu = detect({"03/01/2024 08:00", "13/03/2024 09:00"});
    CHECK(eu.outcome == Outcome::Detected);
    CHECK(eu.order == Order::DayFirst);
    CHECK(detect({"01.03.2024 08:00", "02.03.2024"}).order == Order::DayFirst);
    CHECK(detect({"3/1/2024", "4/2/2024", "12/12/2024"}).outcome == Outcome::Ambiguous);
    CHECK(detect({"01/Oct/17 8:00 AM", ""}).order == Order::MonthName);
    CHECK(detect({"45292.5", "45293"}).order == Order::ExcelSerial);
    CHECK(detect({"", "  "}).outcome == Outcome::Empty);
    const auto bad = detect({"soon", "later"});
    CHECK(bad.outcome == Outcome::Unreadable);
    CHECK(bad.example == QStringLiteral("soon"));
    // One odd row does not change a column's order; the row is reported.
    const auto mostly = detect({"2024-03-01 08:00", "yesterday", "2024-03-02 08:00"});
    CHECK(mostly.outcome == Outcome::Detected);
    CHECK(mostly.order == Order::Iso);
}

TEST_CASE("Business hours: JSON is read strictly", "[review][hours]")
{
    BusinessHours hours;
    hours.timeZone = "Europe/Berlin";
    hours.holidays = {QDate(2024, 12, 25), QDate(2024, 12, 26)};
    const auto back = BusinessHours::fromJson(hours.toJson());
    REQUIRE(back);
    CHECK(*back == hours);

    auto broken = [&](const char *key, QJsonValue value) {
        QJsonObject o = hours.toJson();
        o.insert(QString::fromLatin1(key), value);
        const auto r = BusinessHours::fromJson(o);
        CHECK_FALSE(r);
        return r.ok() ? QString() : r.error();
    };
    CHECK(broken("timeZone", QStringLiteral("Mars/Olympus")).contains(u"Mars/Olympus"));
    CHECK(broken("workingDays", QJsonArray{1, 8}).contains(u"workingDays"));
    CHECK(broken("workingDays", QJsonArray{1, 1}).contains(u"workingDays"));
    CHECK(broken("opens", QStringLiteral("25:00")).contains(u"opens"));
    CHECK(broken("closes", QStringLiteral("07:00")).contains(u"07:00"));
    CHECK(broken("holidays", QJsonArray{QStringLiteral("2024-02-30")}).contains(u"2024-02-30"));
    CHECK(broken("lunch", 1).contains(u"lunch"));
}

TEST_CASE("Review clock: local times, daylight saving and after hours", "[review][hours]")
{
    BusinessHours hours;
    hours.timeZone = "Europe/Berlin";
    hours.holidays = {QDate(2024, 12, 25)};
    ReviewClock clock(hours);

    // Winter (UTC+1) and summer (UTC+2).
    CHECK(clock.toUtc({civil(2024, 1, 15, 9), std::nullopt}) == civil(2024, 1, 15, 8));
    CHECK(clock.toUtc({civil(2024, 7, 15, 9), std::nullopt}) == civil(2024, 7, 15, 7));
    // The day of the spring change: 01:30 is still UTC+1, 03:30 already UTC+2.
    CHECK(clock.toUtc({civil(2024, 3, 31, 1, 30), std::nullopt}) == civil(2024, 3, 31, 0, 30));
    CHECK(clock.toUtc({civil(2024, 3, 31, 3, 30), std::nullopt}) == civil(2024, 3, 31, 1, 30));
    // A written offset wins over the zone.
    CHECK(clock.toUtc({civil(2024, 7, 15, 9), 0}) == civil(2024, 7, 15, 9));

    // 17:30 local on a summer Monday is in hours; 18:00 is after.
    CHECK_FALSE(clock.isAfterHours(civil(2024, 7, 15, 15, 30)));
    CHECK(clock.isAfterHours(civil(2024, 7, 15, 16, 0)));
    // 07:30 UTC is 08:30 in winter (in hours), 09:30 in summer; 06:30 UTC
    // is 07:30 in winter (after hours) and 08:30 in summer (in hours).
    CHECK(clock.isAfterHours(civil(2024, 1, 15, 6, 30)));
    CHECK_FALSE(clock.isAfterHours(civil(2024, 7, 15, 6, 30)));
    // Weekend and holiday.
    CHECK(clock.isAfterHours(civil(2024, 7, 13, 10)));
    CHECK(clock.isAfterHours(civil(2024, 12, 25, 10)));
    CHECK_FALSE(clock.isAfterHours(civil(2024, 12, 27, 10)));
    // The local date of a moment near midnight.
    CHECK(clock.localDate(civil(2024, 6, 30, 22, 30)) == QDate(2024, 7, 1));
}
