#pragma once

#include "portfolio/portfoliotable.h"

#include <QSortFilterProxyModel>

class PortfolioModel;

// The portfolio as shown: PortfolioFilter's rows, in PortfolioTable's
// order (empty cells last whichever way a column is sorted).
class PortfolioFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PortfolioFilterModel(PortfolioModel *source, QObject *parent = nullptr);

    const PortfolioFilter &filter() const { return m_filter; }
    void setFilter(const PortfolioFilter &filter);
    // The shown entries, in the shown order.
    QList<PortfolioEntry> shownEntries() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    PortfolioModel *m_source;
    PortfolioFilter m_filter;
};
