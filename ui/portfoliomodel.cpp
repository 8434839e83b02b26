#include "portfoliomodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QHash>

namespace {

const QColor OverdueText(0xb0, 0x1e, 0x1e);
const QColor DueSoonBackground(0xff, 0xf0, 0xc2);

} // namespace

PortfolioModel::PortfolioModel(const PortfolioTable &table, QObject *parent)
    : QAbstractTableModel(parent)
    , m_table(table)
{}

void PortfolioModel::setEntries(const QList<PortfolioEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

void PortfolioModel::apply(const QList<PortfolioEntry> &updated, const QStringList &removed)
{
    for (const QString &location : removed) {
        for (int row = 0; row < m_entries.size(); ++row) {
            if (m_entries.at(row).location != location)
                continue;
            beginRemoveRows({}, row, row);
            m_entries.removeAt(row);
            endRemoveRows();
            break;
        }
    }
    QHash<QString, int> rows;
    for (int row = 0; row < m_entries.size(); ++row)
        rows.insert(m_entries.at(row).location, row);
    for (const PortfolioEntry &entry : updated) {
        const auto it = rows.constFind(entry.location);
        if (it != rows.cend()) {
            m_entries[*it] = entry;
            emit dataChanged(index(*it, 0), index(*it, PortfolioTable::ColumnCount - 1));
            continue;
        }
        const int row = int(m_entries.size());
        beginInsertRows({}, row, row);
        m_entries.append(entry);
        endInsertRows();
        rows.insert(entry.location, row);
    }
}

int PortfolioModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int PortfolioModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : PortfolioTable::ColumnCount;
}

QVariant PortfolioModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const PortfolioEntry &e = m_entries.at(index.row());
    const auto column = PortfolioTable::Column(index.column());
    const PortfolioTable::Review review = m_table.review(e);
    const bool reviewColumn = column == PortfolioTable::NextReview;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        const QString text = m_table.text(e, column);
        if (reviewColumn && review == PortfolioTable::Review::Overdue)
            return tr("%1 · overdue").arg(text);
        if (reviewColumn && review == PortfolioTable::Review::DueSoon)
            return tr("%1 · due soon").arg(text);
        return text;
    }
    case SortRole:
        return m_table.value(e, column);
    case Qt::ToolTipRole:
        if (!e.summary)
            return e.error;
        if (reviewColumn && review == PortfolioTable::Review::Overdue)
            return tr("The review was due on %1.").arg(m_table.text(e, column));
        if (reviewColumn && review == PortfolioTable::Review::DueSoon)
            return tr("The review is due within %1 days.").arg(PortfolioTable::DueSoonDays);
        if (column == PortfolioTable::Client || column == PortfolioTable::File)
            return m_table.location(e);
        return {};
    case Qt::ForegroundRole:
        if ((reviewColumn && review == PortfolioTable::Review::Overdue)
            || (column == PortfolioTable::Errors && PortfolioTable::hasErrors(e))
            || (!e.summary && column == PortfolioTable::Client))
            return QBrush(OverdueText);
        return {};
    case Qt::BackgroundRole:
        if (reviewColumn && review == PortfolioTable::Review::DueSoon)
            return QBrush(DueSoonBackground);
        return {};
    case Qt::FontRole:
        if ((reviewColumn && review == PortfolioTable::Review::Overdue)
            || (column == PortfolioTable::Errors && PortfolioTable::hasErrors(e))) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        switch (column) {
        case PortfolioTable::LastSigned:
        case PortfolioTable::Errors:
        case PortfolioTable::Warnings:
        case PortfolioTable::ProviderShare:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant PortfolioModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= PortfolioTable::ColumnCount)
        return {};
    if (role == Qt::DisplayRole)
        return m_table.header(PortfolioTable::Column(section));
    return {};
}
