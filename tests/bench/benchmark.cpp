#include "benchmark.h"

#include <QCoreApplication>

std::optional<bool> BenchRow::pass() const
{
    if (!error.isEmpty())
        return false;
    switch (goal) {
    case Goal::None:
        return std::nullopt;
    case Goal::RatioAtMost:
        return reference > 0 && ratio() <= limit;
    case Goal::Below:
        return ours < limit;
    }
    return std::nullopt;
}

QString BenchRow::targetText() const
{
    switch (goal) {
    case Goal::None:
        return {};
    case Goal::RatioAtMost:
        return QStringLiteral("≤ %1×").arg(limit);
    case Goal::Below:
        return QStringLiteral("< %1 %2").arg(limit).arg(unit);
    }
    return {};
}

BenchRow BenchRow::failed(const QString &key, const QString &name, const QString &error)
{
    BenchRow row;
    row.key = key;
    row.name = name;
    row.error = error.isEmpty()
                    ? QCoreApplication::translate("BenchRow", "failed for an unknown reason")
                    : error;
    return row;
}
