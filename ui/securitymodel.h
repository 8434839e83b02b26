#pragma once

#include "checks/finding.h"
#include "checks/securityownership.h"

#include <QAbstractTableModel>

class Document;

// The security questions (docs/architecture.md), one row per security duty: who monitors,
// who remediates, who approves, and what the health check says about it.
// Read-only; it follows every edit of the agreement.
class SecurityModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DutyColumn,
        AreaColumn,
        MonitorsColumn,
        RemediatesColumn,
        ApprovesColumn,
        FindingsColumn,
        ColumnCount
    };
    enum Role {
        DutyIdRole = Qt::UserRole + 1,
        // In the party columns: one QStringList{Party::label(), "#rrggbb",
        // Party::shortLabel()} per party.
        PartyChipsRole,
    };

    explicit SecurityModel(Document *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setFindings(const QList<Finding> &findings);
    // Rows where monitoring, remediation or approval has nobody.
    int incompleteCount() const;
    // A model nobody looks at skips the work of following edits and
    // catches up when it becomes live again (its page is shown).
    void setLive(bool live);

private:
    void refresh();
    QList<int> partiesOf(int row, int column) const;

    Document *m_document;
    QList<SecurityOwnership> m_rows;
    QList<Finding> m_findings;
    bool m_live = true;
    bool m_stale = false;
};
