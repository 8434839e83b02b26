#pragma once

#include "checks/finding.h"

#include <QAbstractTableModel>
#include <QHash>

class Document;
struct Tool;

// Tools against parties: one row per tool with its name, category and
// owner, then one column per party holding that party's access level.
// Edits become Document::setTool commands; findings about a tool mark its
// row, findings about a tool and a party mark the cell.
class ToolsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, CategoryColumn, OwnerColumn, FirstPartyColumn };
    enum Role {
        ToolIdRole = Qt::UserRole + 1,
        PartyIdRole, // party of an access cell, else 0
        LevelRole,   // the access level of an access cell, as an int
    };

    explicit ToolsModel(Document *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    Document *document() const { return m_document; }
    int toolIdAt(int row) const;
    int rowOfTool(int toolId) const;
    int partyAt(int column) const;
    int columnOfParty(int partyId) const;

    // Sets one access level on many (tool, party) cells: one undo step.
    void setLevels(const QModelIndexList &cells, int level);
    void setFindings(const QList<Finding> &findings);

private:
    const Tool *toolAt(int row) const;
    void reset();
    void emitRowChanged(int row);

    Document *m_document;
    QList<int> m_ids;                   // tool ids in the order shown
    QHash<int, int> m_toolSeverity;     // tool id -> worst severity of any finding
    QHash<quint64, int> m_cellSeverity; // (tool id, party id) -> worst severity
    QHash<int, QStringList> m_messages; // tool id -> messages
    QHash<quint64, QStringList> m_cellMessages;
};
