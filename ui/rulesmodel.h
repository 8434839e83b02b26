#pragma once

#include "checks/finding.h"

#include <QAbstractTableModel>
#include <QHash>

#include <array>

class Document;
struct EscalationRule;

// The ordered escalation rules as a table, one row per rule in the order
// they are tried. Every edit, drop or move goes to the document as one undo
// command; the model follows the document's change signals row by row.
class RulesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        CategoryColumn,
        UrgencyColumn,
        LocationColumn,
        VipColumn,
        AfterHoursColumn,
        ResponderColumn,
        EscalateToColumn,
        TriggerColumn,
        AfterMinutesColumn,
        ResponseColumn,
        ResolutionColumn,
        HandlerColumn,
        ColumnCount
    };
    enum Role {
        RuleIdRole = Qt::UserRole + 1,
        MatchedRole, // true on the rule the tried ticket matched
    };

    explicit RulesModel(Document *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Rules are dragged to a new place in the list.
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    Document *document() const { return m_document; }
    int ruleIdAt(int row) const;
    int rowOfRule(int ruleId) const;
    // Moves rules so that they come just before the rule at `row` (or last
    // when row is past the end), in their present order; one undo step.
    void moveRules(const QList<int> &ruleIds, int row);

    // Marks the rows of rules with findings.
    void setFindings(const QList<Finding> &findings);
    // Tints the row of the rule a tried ticket matched (0: none).
    void setMatchedRule(int ruleId);

    // The targets of all four urgencies, "1 h / 30 min / 15 min / —".
    static QString targetsText(const std::array<int, 4> &minutes);

private:
    const EscalationRule *ruleAt(int row) const;
    QVariant partyData(int partyId, int role, const QString &noneText) const;
    void emitRowChanged(int row);
    void emitAllChanged();
    void reset();

    Document *m_document;
    QList<int> m_ids;           // rule ids in the order shown, kept in step with the document
    QHash<int, int> m_severity; // rule id -> worst finding severity
    QHash<int, QStringList> m_messages; // rule id -> finding messages
    int m_matchedRule = 0;
};
