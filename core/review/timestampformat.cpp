#include "review/timestampformat.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <array>
#include <cmath>

namespace {

// A value cut into numbers and words; everything else separates them.
struct Token {
    enum class Kind { Number, Word };
    Kind kind = Kind::Number;
    qint64 number = 0;
    int digits = 0;
    QStringView text;
    QChar separator; // the last character before the token that was neither
};

constexpr int MaxTokens = 12;

struct Tokens {
    std::array<Token, MaxTokens> items;
    int count = 0;
};

bool tokenize(QStringView text, Tokens &out)
{
    out.count = 0;
    QChar separator;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const QChar c = text[i];
        if (c.isDigit() && c.unicode() < 128) {
            if (out.count == MaxTokens)
                return false;
            Token &t = out.items[size_t(out.count++)];
            t.kind = Token::Kind::Number;
            t.number = 0;
            t.digits = 0;
            t.separator = separator;
            const qsizetype start = i;
            while (i < n && text[i].unicode() >= '0' && text[i].unicode() <= '9') {
                if (t.digits < 12)
                    t.number = t.number * 10 + (text[i].unicode() - '0');
                ++t.digits;
                ++i;
            }
            t.text = text.sliced(start, i - start);
            separator = QChar();
        } else if (c.isLetter()) {
            if (out.count == MaxTokens)
                return false;
            Token &t = out.items[size_t(out.count++)];
            t.kind = Token::Kind::Word;
            t.separator = separator;
            const qsizetype start = i;
            while (i < n && text[i].isLetter())
                ++i;
            t.text = text.sliced(start, i - start);
            separator = QChar();
        } else {
            separator = c.isSpace() ? QChar(u' ') : c;
            ++i;
        }
    }
    return true;
}

// Days from 1970-01-01 to a civil date (proleptic Gregorian).
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

bool validDate(qint64 year, qint64 month, qint64 day)
{
    if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1)
        return false;
    static constexpr std::array<int, 12> length{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return day <= length[size_t(month - 1)] + (month == 2 && leap ? 1 : 0);
}

qint64 fullYear(const Token &t)
{
    if (t.digits == 4)
        return t.number;
    if (t.digits == 2)
        return 2000 + t.number;
    return -1;
}

// Month names, short and long, in the languages help desks export in,
// case-folded and without a trailing dot ("mär", "march", "mars", "dic").
const QHash<QString, int> &monthNames()
{
    static const QHash<QString, int> names = [] {
        QHash<QString, int> map;
        const std::array languages{
            QLocale::English, QLocale::German,          QLocale::French,     QLocale::Spanish,
            QLocale::Italian, QLocale::Dutch,           QLocale::Portuguese, QLocale::Swedish,
            QLocale::Danish,  QLocale::NorwegianBokmal, QLocale::Polish,     QLocale::Czech,
        };
        for (const QLocale::Language language : languages) {
            const QLocale locale(language);
            for (int month = 1; month <= 12; ++month) {
                for (const auto format : {QLocale::ShortFormat, QLocale::LongFormat}) {
                    for (const QString &name : {locale.monthName(month, format),
                                                locale.standaloneMonthName(month, format)}) {
                        QString key = name.toCaseFolded();
                        while (key.endsWith(u'.'))
                            key.chop(1);
                        if (!key.isEmpty())
                            map.insert(key, month); // the first language wins
                    }
                }
            }
        }
        // Common abbreviations the locale data spells otherwise.
        map.insert(QStringLiteral("sept"), 9);
        map.insert(QStringLiteral("mrz"), 3);
        return map;
    }();
    return names;
}

int monthFromName(QStringView word)
{
    return monthNames().value(word.toString().toCaseFolded(), 0);
}

// Reads the time of day and an offset from tokens[at…]; the whole rest must
// be a time ("8:00", "20:00:15.250", "8:00 PM", "08:00Z", "08:00+02:00").
bool readTime(const Tokens &tokens, int at, qint64 &seconds, std::optional<int> &offset)
{
    seconds = 0;
    offset.reset();
    int i = at;
    if (i < tokens.count && tokens.items[size_t(i)].kind == Token::Kind::Word
        && tokens.items[size_t(i)].text.compare(u"T", Qt::CaseInsensitive) == 0)
        ++i;
    if (i == tokens.count)
        return true; // a date alone
    const auto number = [&](int k) -> const Token * {
        return k < tokens.count && tokens.items[size_t(k)].kind == Token::Kind::Number
                   ? &tokens.items[size_t(k)]
                   : nullptr;
    };
    const Token *hour = number(i);
    const Token *minute = number(i + 1);
    if (!hour || !minute || hour->digits > 2 || minute->digits != 2 || minute->separator != u':')
        return false;
    qint64 h = hour->number;
    const qint64 m = minute->number;
    qint64 s = 0;
    i += 2;
    if (const Token *second = number(i); second && second->separator == u':') {
        if (second->digits != 2)
            return false;
        s = second->number;
        ++i;
        if (const Token *fraction = number(i);
            fraction && (fraction->separator == u'.' || fraction->separator == u','))
            ++i; // fractions of a second do not matter to a service review
    }
    if (i < tokens.count && tokens.items[size_t(i)].kind == Token::Kind::Word) {
        const QStringView word = tokens.items[size_t(i)].text;
        if (word.compare(u"AM", Qt::CaseInsensitive) == 0
            || word.compare(u"PM", Qt::CaseInsensitive) == 0) {
            if (h < 1 || h > 12)
                return false;
            const bool pm = word.compare(u"PM", Qt::CaseInsensitive) == 0;
            h = h % 12 + (pm ? 12 : 0);
            ++i;
        }
    }
    if (h > 23 || m > 59 || s > 60)
        return false;
    seconds = h * 3600 + m * 60 + std::min<qint64>(s, 59);
    if (i == tokens.count)
        return true;
    const Token &zone = tokens.items[size_t(i)];
    if (zone.kind == Token::Kind::Word) {
        if (i + 1 != tokens.count
            || (zone.text.compare(u"Z", Qt::CaseInsensitive) != 0
                && zone.text.compare(u"UTC", Qt::CaseInsensitive) != 0
                && zone.text.compare(u"GMT", Qt::CaseInsensitive) != 0))
            return false;
        offset = 0;
        return true;
    }
    if (zone.separator != u'+' && zone.separator != u'-' && zone.separator != QChar(0x2212))
        return false;
    qint64 offsetMinutes = 0;
    if (zone.digits == 4 && i + 1 == tokens.count) {
        offsetMinutes = zone.number / 100 * 60 + zone.number % 100;
    } else if (zone.digits == 2) {
        offsetMinutes = zone.number * 60;
        if (const Token *minutes = number(i + 1)) {
            if (minutes->digits != 2 || minutes->separator != u':' || i + 2 != tokens.count)
                return false;
            offsetMinutes += minutes->number;
        } else if (i + 1 != tokens.count) {
            return false;
        }
    } else {
        return false;
    }
    if (offsetMinutes > 14 * 60)
        return false;
    offset = int(zone.separator == u'+' ? offsetMinutes * 60 : -offsetMinutes * 60);
    return true;
}

std::optional<WrittenTime> civil(qint64 year, qint64 month, qint64 day, const Tokens &tokens,
                                 int timeAt)
{
    if (!validDate(year, month, day))
        return std::nullopt;
    qint64 seconds = 0;
    std::optional<int> offset;
    if (!readTime(tokens, timeAt, seconds, offset))
        return std::nullopt;
    return WrittenTime{daysFromCivil(year, unsigned(month), unsigned(day)) * 86400 + seconds,
                       offset};
}

std::optional<WrittenTime> parseExcelSerial(QStringView text)
{
    bool ok = false;
    const double serial = text.trimmed().toDouble(&ok);
    // 1900-01-01 … 9999-12-31; Excel counts from 1899-12-30 as day 0.
    if (!ok || !std::isfinite(serial) || serial < 1 || serial >= 2958466)
        return std::nullopt;
    const qint64 seconds = std::llround((serial - 25569.0) * 86400.0);
    return WrittenTime{seconds, std::nullopt};
}

std::optional<WrittenTime> parseTokens(const Tokens &t, TimestampFormat::Order order)
{
    using Order = TimestampFormat::Order;
    if (t.count < 3)
        return std::nullopt;
    const Token &a = t.items[0];
    const Token &b = t.items[1];
    const Token &c = t.items[2];
    const bool numbers = a.kind == Token::Kind::Number && b.kind == Token::Kind::Number
                         && c.kind == Token::Kind::Number;
    switch (order) {
    case Order::Iso:
        if (!numbers || a.digits != 4 || b.digits > 2 || c.digits > 2 || b.separator != c.separator
            || (b.separator != u'-' && b.separator != u'/' && b.separator != u'.'))
            return std::nullopt;
        return civil(a.number, b.number, c.number, t, 3);
    case Order::DayFirst:
    case Order::MonthFirst: {
        if (!numbers || a.digits > 2 || b.digits > 2 || b.separator != c.separator)
            return std::nullopt;
        const QChar separator = b.separator;
        const bool dotted = separator == u'.';
        if (!dotted && separator != u'/' && separator != u'-')
            return std::nullopt;
        if (dotted && order == Order::MonthFirst)
            return std::nullopt; // nobody writes 12.31.2024
        const qint64 year = fullYear(c);
        if (year < 0)
            return std::nullopt;
        return order == Order::DayFirst ? civil(year, b.number, a.number, t, 3)
                                        : civil(year, a.number, b.number, t, 3);
    }
    case Order::MonthName:
        // 31/Dec/24, 31-Dec-2024, 31. Dezember 2024
        if (a.kind == Token::Kind::Number && b.kind == Token::Kind::Word
            && c.kind == Token::Kind::Number && a.digits <= 2) {
            const int month = monthFromName(b.text);
            const qint64 year = fullYear(c);
            if (month == 0 || year < 0)
                return std::nullopt;
            return civil(year, month, a.number, t, 3);
        }
        // Dec 31 2024, Dec 31, 2024
        if (a.kind == Token::Kind::Word && b.kind == Token::Kind::Number
            && c.kind == Token::Kind::Number && b.digits <= 2 && c.digits == 4) {
            const int month = monthFromName(a.text);
            if (month == 0)
                return std::nullopt;
            return civil(c.number, month, b.number, t, 3);
        }
        return std::nullopt;
    case Order::ExcelSerial:
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace

TimestampFormat::TimestampFormat(Order order)
    : m_order(order)
{}

QString TimestampFormat::name() const
{
    switch (m_order) {
    case Order::Iso:
        return QCoreApplication::translate("TimestampFormat", "year-month-day (ISO 8601)");
    case Order::DayFirst:
        return QCoreApplication::translate("TimestampFormat", "day/month/year");
    case Order::MonthFirst:
        return QCoreApplication::translate("TimestampFormat", "month/day/year");
    case Order::MonthName:
        return QCoreApplication::translate("TimestampFormat", "day and month name");
    case Order::ExcelSerial:
        return QCoreApplication::translate("TimestampFormat", "spreadsheet serial number");
    }
    return {};
}

std::optional<WrittenTime> TimestampFormat::parse(QStringView text) const
{
    if (m_order == Order::ExcelSerial)
        return parseExcelSerial(text);
    Tokens tokens;
    if (text.size() > 64 || !tokenize(text, tokens))
        return std::nullopt;
    return parseTokens(tokens, m_order);
}

std::optional<WrittenTime> TimestampFormat::parseFixedIso(QByteArrayView text) const
{
    if (m_order != Order::Iso || (text.size() != 19 && text.size() != 20 && text.size() != 25))
        return std::nullopt;
    const char *d = text.data();
    const auto digits = [d](int at, int count, int &out) {
        int n = 0;
        for (int i = at; i < at + count; ++i) {
            if (d[i] < '0' || d[i] > '9')
                return false;
            n = n * 10 + (d[i] - '0');
        }
        out = n;
        return true;
    };
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!digits(0, 4, year) || d[4] != '-' || !digits(5, 2, month) || d[7] != '-'
        || !digits(8, 2, day) || (d[10] != 'T' && d[10] != ' ') || !digits(11, 2, hour)
        || d[13] != ':' || !digits(14, 2, minute) || d[16] != ':' || !digits(17, 2, second))
        return std::nullopt;
    if (!validDate(year, month, day) || hour > 23 || minute > 59 || second > 60)
        return std::nullopt;
    std::optional<int> offset;
    if (text.size() == 20) {
        if (d[19] != 'Z')
            return std::nullopt;
        offset = 0;
    } else if (text.size() == 25) {
        int offsetHours = 0, offsetMinutes = 0;
        if ((d[19] != '+' && d[19] != '-') || !digits(20, 2, offsetHours) || d[22] != ':'
            || !digits(23, 2, offsetMinutes))
            return std::nullopt;
        const int minutes = offsetHours * 60 + offsetMinutes;
        if (minutes > 14 * 60)
            return std::nullopt;
        offset = d[19] == '+' ? minutes * 60 : -minutes * 60;
    }
    return WrittenTime{daysFromCivil(year, unsigned(month), unsigned(day)) * 86400 + hour * 3600
                           + minute * 60 + std::min(second, 59),
                       offset};
}

TimestampFormat::Detection TimestampFormat::detect(const QStringList &values)
{
    static constexpr std::array orders{Order::Iso, Order::DayFirst, Order::MonthFirst,
                                       Order::MonthName, Order::ExcelSerial};
    std::array<int, orders.size()> read{};
    int nonEmpty = 0;
    QString firstUnread;
    for (const QString &value : values) {
        if (value.trimmed().isEmpty())
            continue;
        ++nonEmpty;
        bool any = false;
        for (size_t k = 0; k < orders.size(); ++k) {
            if (TimestampFormat(orders[k]).parse(value)) {
                ++read[k];
                any = true;
            }
        }
        if (!any && firstUnread.isEmpty())
            firstUnread = value;
    }
    Detection d;
    if (nonEmpty == 0)
        return d;
    size_t best = 0;
    for (size_t k = 1; k < orders.size(); ++k) {
        if (read[k] > read[best])
            best = k;
    }
    if (read[best] == 0) {
        d.outcome = Detection::Outcome::Unreadable;
        d.example = firstUnread;
        return d;
    }
    const int dayFirst = read[1];
    const int monthFirst = read[2];
    if (orders[best] == Order::DayFirst || orders[best] == Order::MonthFirst) {
        if (dayFirst == monthFirst) {
            d.outcome = Detection::Outcome::Ambiguous;
            return d;
        }
    }
    d.outcome = Detection::Outcome::Detected;
    d.order = orders[best];
    return d;
}
