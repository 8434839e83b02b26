#include "matrixfiltermodel.h"

#include "document/document.h"
#include "matrixmodel.h"

MatrixFilterModel::MatrixFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    // Findings change on every edit; keep the filter current without a reset.
    setDynamicSortFilter(true);
}

void MatrixFilterModel::setCriteria(const Criteria &criteria)
{
    if (criteria == m_criteria)
        return;
    m_criteria = criteria;
    invalidateRowsFilter();
}

bool MatrixFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *matrix = qobject_cast<const MatrixModel *>(sourceModel());
    if (!matrix)
        return true;
    const QModelIndex index = matrix->index(sourceRow, 0, sourceParent);
    if (!sourceParent.isValid()) {
        // An area is shown by its matching duties, or alone when nothing
        // filters but the area itself (so an empty area can be found).
        if (m_criteria.isEmpty())
            return true;
        Criteria onlyThisArea;
        onlyThisArea.areaId = index.data(MatrixModel::AreaIdRole).toInt();
        return m_criteria == onlyThisArea;
    }

    const Duty *duty = matrix->dutyAt(index);
    if (!duty)
        return false;
    const Criteria &c = m_criteria;
    if (c.areaId != 0 && duty->areaId != c.areaId)
        return false;
    if (c.systemId != 0 && duty->systemId != c.systemId)
        return false;
    if (c.kind && duty->kind != *c.kind)
        return false;
    if (c.partyId != 0 || c.role) {
        bool holds = false;
        for (auto it = duty->roles.cbegin(); it != duty->roles.cend() && !holds; ++it) {
            if (c.partyId != 0 && it.key() != c.partyId)
                continue;
            holds = c.role ? it.value().has(*c.role) : !it.value().isEmpty();
        }
        if (!holds)
            return false;
    }
    if (c.onlyWithFindings && index.data(MatrixModel::SeverityRole).toInt() < 0)
        return false;
    if (!c.text.isEmpty()
        && !index.data(MatrixModel::SearchTextRole)
                .toString()
                .contains(c.text, Qt::CaseInsensitive))
        return false;
    return true;
}
