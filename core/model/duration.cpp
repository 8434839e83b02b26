#include "model/duration.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <limits>

namespace {
constexpr int MinutesPerDay = 24 * 60;
} // namespace

QString Duration::text(int minutes)
{
    if (minutes <= 0)
        return {};
    if (minutes == MinutesPerDay)
        return QCoreApplication::translate("Duration", "1 day");
    if (minutes % MinutesPerDay == 0)
        return QCoreApplication::translate("Duration", "%n days", nullptr, minutes / MinutesPerDay);
    if (minutes % 60 == 0)
        return QCoreApplication::translate("Duration", "%1 h").arg(minutes / 60);
    if (minutes > 60)
        return QCoreApplication::translate("Duration", "%1 h %2 min")
            .arg(minutes / 60)
            .arg(minutes % 60);
    return QCoreApplication::translate("Duration", "%1 min").arg(minutes);
}

QString Duration::measuredText(int minutes)
{
    if (minutes < 0)
        return QStringLiteral("–");
    if (minutes < 60)
        return QCoreApplication::translate("Duration", "%1 min").arg(minutes);
    if (minutes < 2 * MinutesPerDay)
        return minutes % 60 == 0 ? QCoreApplication::translate("Duration", "%1 h").arg(minutes / 60)
                                 : QCoreApplication::translate("Duration", "%1 h %2 min")
                                       .arg(minutes / 60)
                                       .arg(minutes % 60);
    const int hours = minutes % MinutesPerDay / 60;
    return hours == 0 ? QCoreApplication::translate("Duration", "%1 d").arg(minutes / MinutesPerDay)
                      : QCoreApplication::translate("Duration", "%1 d %2 h")
                            .arg(minutes / MinutesPerDay)
                            .arg(hours);
}

std::optional<int> Duration::parse(QStringView text)
{
    static const QRegularExpression part(QStringLiteral("(\\d+)\\s*(\\p{L}*)"));
    qint64 total = 0;
    bool any = false;
    qsizetype consumed = 0;
    QRegularExpressionMatchIterator it = part.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (!text.sliced(consumed, m.capturedStart() - consumed).trimmed().isEmpty())
            return std::nullopt;
        consumed = m.capturedEnd();
        // Nine digits at most, so that one part alone cannot overflow.
        if (m.capturedLength(1) > 9)
            return std::nullopt;
        const qint64 n = m.capturedView(1).toLongLong();
        const QChar unit = m.capturedLength(2) == 0 ? u'm' : m.capturedView(2).front().toLower();
        total += unit == u'd' ? n * MinutesPerDay : unit == u'h' ? n * 60 : n;
        if (total > std::numeric_limits<int>::max())
            return std::nullopt;
        any = true;
    }
    if (!any || !text.sliced(consumed).trimmed().isEmpty())
        return std::nullopt;
    return int(total);
}
