#pragma once

#include "portfolio/portfoliotable.h"

#include <QAbstractTableModel>
#include <QList>

// The portfolio's entries as a table for the view: one row per agreement,
// the columns of PortfolioTable. Overdue reviews are red, reviews due soon
// have an amber background, and both say so in words too; errors are red.
class PortfolioModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The value a column sorts by (PortfolioTable::value()).
    static constexpr int SortRole = Qt::UserRole + 1;

    PortfolioModel(const PortfolioTable &table, QObject *parent = nullptr);

    const PortfolioTable &table() const { return m_table; }
    void setEntries(const QList<PortfolioEntry> &entries);
    const QList<PortfolioEntry> &entries() const { return m_entries; }
    const PortfolioEntry &entry(int row) const { return m_entries.at(row); }
    // Applies what a follower reported: changed rows in place, new rows
    // added, gone rows removed; the rest of the view stays as it is.
    void apply(const QList<PortfolioEntry> &updated, const QStringList &removed);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    PortfolioTable m_table;
    QList<PortfolioEntry> m_entries;
};
