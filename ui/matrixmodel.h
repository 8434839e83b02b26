#pragma once

#include "checks/finding.h"
#include "model/raci.h"

struct Duty;

#include <QAbstractItemModel>
#include <QHash>

class Document;

// The responsibility matrix as a tree: one top-level row per area, with its
// duties below; one column for the duty, one per party, and the derived
// ownership label. It follows the document's change signals cell by cell.
// Role cells accept edits as RACI text; each edit becomes an undo command.
class MatrixModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { DutyColumn = 0, FirstPartyColumn = 1 };
    enum Role {
        DutyIdRole = Qt::UserRole + 1, // duty id, 0 on area rows
        AreaIdRole,                    // area id of an area row or a duty row
        PartyIdRole,                   // party id of a role cell, else 0
        RaciRole,                      // the cell's Raci bits
        SeverityRole,                  // worst finding on the duty or cell, -1 for none
        SearchTextRole,                // what the text filter looks at
    };

    explicit MatrixModel(Document *document, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Duties are dragged to a new place, in their area or into another.
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    Document *document() const { return m_document; }
    int ownershipColumn() const;
    // The party shown in a column, or 0 for the other columns.
    int partyAt(int column) const;
    int columnOfParty(int partyId) const;
    QModelIndex indexOfDuty(int dutyId, int column = DutyColumn) const;
    QModelIndex indexOfArea(int areaId) const;
    // The duty shown in a row, or nullptr on an area row; in constant time.
    const Duty *dutyAt(const QModelIndex &index) const;

    // Marks cells and duties that have findings.
    void setFindings(const QList<Finding> &findings);

    // The last rejected edit's reason, for the view to show.
    QString lastError() const { return m_lastError; }

private:
    void rebuild();
    void resetAll();
    int areaRow(const QModelIndex &index) const;
    void onRolesChanged(int dutyId, int partyId);
    void onItemChanged(int list, int id);

    Document *m_document;
    // Per area (in area order): indexes into agreement().duties, in list order.
    QList<QList<int>> m_dutiesByArea;
    QHash<int, int> m_areaRowOfDuty;    // duty id -> area row
    QHash<int, int> m_rowOfDuty;        // duty id -> row inside its area
    QHash<int, int> m_dutySeverity;     // duty id -> worst severity
    QHash<quint64, int> m_cellSeverity; // (duty id, party id) -> worst severity
    QString m_lastError;
};
