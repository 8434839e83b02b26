#include "exchange/sheet/sheet.h"

#include <algorithm>

int Sheet::columnCount() const
{
    qsizetype n = 0;
    for (const QStringList &row : rows)
        n = std::max(n, row.size());
    return int(n);
}

QString Sheet::cell(int row, int column) const
{
    if (row < 0 || row >= rows.size())
        return {};
    return rows.at(row).value(column);
}

bool Sheet::rowIsEmpty(int row) const
{
    if (row < 0 || row >= rows.size())
        return true;
    for (const QString &c : rows.at(row))
        if (!c.trimmed().isEmpty())
            return false;
    return true;
}

const Sheet::Range *Sheet::mergedAcross(int row) const
{
    for (const Range &r : merged)
        if (r.firstRow == row && r.lastColumn > r.firstColumn)
            return &r;
    return nullptr;
}

void Sheet::trim()
{
    for (QStringList &row : rows)
        while (!row.isEmpty() && row.constLast().trimmed().isEmpty())
            row.removeLast();
    while (!rows.isEmpty() && rows.constLast().isEmpty())
        rows.removeLast();
}
