#pragma once

#include "model/duty.h"
#include "model/raci.h"

#include <QSortFilterProxyModel>

#include <optional>

// Narrows the matrix to the duties that match every criterion set; an area
// stays visible while any of its duties does.
class MatrixFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    struct Criteria {
        QString text;
        int areaId = 0;
        int systemId = 0;
        std::optional<Duty::Kind> kind;
        int partyId = 0;                // with role: the party must hold it
        std::optional<Raci::Role> role; // without party: any party holds it
        bool onlyWithFindings = false;

        bool isEmpty() const
        {
            return text.isEmpty() && areaId == 0 && systemId == 0 && !kind && partyId == 0 && !role
                   && !onlyWithFindings;
        }
        friend bool operator==(const Criteria &, const Criteria &) = default;
    };

    explicit MatrixFilterModel(QObject *parent = nullptr);

    void setCriteria(const Criteria &criteria);
    const Criteria &criteria() const { return m_criteria; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Criteria m_criteria;
};
