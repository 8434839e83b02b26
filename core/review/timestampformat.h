#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

// A moment as a ticket export writes it: a civil date and time, and the UTC
// offset when the text gives one ("Z", "+02:00"). Without an offset the time
// is local to the agreement's business hours.
struct WrittenTime {
    qint64 civilSeconds = 0; // seconds from 1970-01-01 00:00 on the wall clock
    std::optional<int> offsetSeconds;
    friend bool operator==(const WrittenTime &, const WrittenTime &) = default;
};

// How one column of a ticket export writes its dates and times, decided once
// from the column's values and then applied to every row. Help desks write
// ISO 8601 ("2024-03-01T08:00:00Z"), US and European numbers ("3/1/2024
// 8:00 PM", "01.03.2024 08:00"), month names in the export's language
// ("01/Mar/24 8:00 AM", "01/Mär/24") or, in workbooks, Excel serial numbers.
// Slashed numbers whose day and month cannot be told apart are reported as
// ambiguous, never guessed.
class TimestampFormat
{
public:
    enum class Order {
        Iso,         // year first
        DayFirst,    // 31/12/2024, 31.12.2024
        MonthFirst,  // 12/31/2024
        MonthName,   // 31/Dec/24, Dec 31 2024
        ExcelSerial, // 45292.5
    };

    // What a column's values allow.
    struct Detection {
        enum class Outcome { Detected, Ambiguous, Unreadable, Empty };
        Outcome outcome = Outcome::Empty;
        Order order = Order::Iso; // with Detected
        QString example;          // with Unreadable: the first value no order reads
    };

    TimestampFormat() = default;
    explicit TimestampFormat(Order order);

    Order order() const { return m_order; }
    QString name() const; // "ISO 8601", "day/month/year", …

    // Looks at (a sample of) a column's non-empty values. Slashed or dashed
    // numbers are day first when some first number exceeds 12, month first
    // when some second number does, and ambiguous when neither does; dotted
    // numbers are always day first.
    static Detection detect(const QStringList &values);

    // Reads one value in this format; nothing for text it does not read
    // (also an impossible date such as 31/02/2024).
    std::optional<WrittenTime> parse(QStringView text) const;
    // The quick way for what most ISO exports write, as UTF-8 bytes:
    // "2024-03-01T08:00:00" or with a space for the T, then nothing, "Z" or
    // "+02:00". Nothing when the text is laid out otherwise or the order is
    // not ISO; then parse() decides. What it reads, parse() reads alike.
    std::optional<WrittenTime> parseFixedIso(QByteArrayView text) const;

private:
    Order m_order = Order::Iso;
};
