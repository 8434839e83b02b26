#include "portfoliofiltermodel.h"

#include "portfoliomodel.h"

PortfolioFilterModel::PortfolioFilterModel(PortfolioModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setSourceModel(source);
    setDynamicSortFilter(true);
}

void PortfolioFilterModel::setFilter(const PortfolioFilter &filter)
{
    m_filter = filter;
    invalidateRowsFilter();
}

QList<PortfolioEntry> PortfolioFilterModel::shownEntries() const
{
    QList<PortfolioEntry> entries;
    entries.reserve(rowCount());
    for (int row = 0; row < rowCount(); ++row)
        entries.append(m_source->entry(mapToSource(index(row, 0)).row()));
    return entries;
}

bool PortfolioFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    return m_filter.accepts(m_source->entry(sourceRow), m_source->table());
}

bool PortfolioFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto column = PortfolioTable::Column(left.column());
    const PortfolioEntry &a = m_source->entry(left.row());
    const PortfolioEntry &b = m_source->entry(right.row());
    // The proxy reverses a descending sort itself; the table's order keeps
    // empty cells last, so it is asked for the order it will be shown in.
    if (sortOrder() == Qt::DescendingOrder)
        return m_source->table().lessThan(b, a, column, Qt::DescendingOrder);
    return m_source->table().lessThan(a, b, column, Qt::AscendingOrder);
}
