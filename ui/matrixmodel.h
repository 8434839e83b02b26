#pragma once

#include <QAbstractTableModel>

class Document;

// The responsibility matrix as a table: one row per duty, one column per
// party, plus the area, the duty's title and the derived ownership label.
// It follows the document's change signals cell by cell.
class MatrixModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { AreaColumn, DutyColumn, FirstPartyColumn };

    explicit MatrixModel(Document *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    int ownershipColumn() const;
    // The party shown in a column, or 0 for the other columns.
    int partyAt(int column) const;

private:
    void onRolesChanged(int dutyId, int partyId);
    void onItemChanged(int list, int id);

    Document *m_document;
};
