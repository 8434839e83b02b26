#pragma once

#include "model/agreement.h"
#include "revisions/change.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QTreeWidget;
class QTreeWidgetItem;

// Two versions of an agreement side by side in one matrix: changed cells
// show the old role struck through beside the new, added and removed
// duties are marked, and the list of changes (filterable by kind) leads to
// each. Without changes it shows one agreement read-only, as signed.
class ComparisonView : public QWidget
{
    Q_OBJECT

public:
    // Data roles of the matrix items.
    enum Role {
        OldTextRole = Qt::UserRole + 1, // the value before, where it changed
        RowStateRole,                   // RowState, on every cell of a duty row
        DutyIdRole,                     // in the newer agreement (the older one when removed)
    };
    enum RowState { Unchanged, Added, Removed, Changed };

    explicit ComparisonView(QWidget *parent = nullptr);

    // olderName and newerName say what is compared ("revision 2", "draft").
    void compare(const Agreement &older, const Agreement &newer, const QString &olderName,
                 const QString &newerName);
    // One agreement as it is, nothing marked and no list of changes.
    void showReadOnly(const Agreement &agreement, const QString &description);

    const QList<Change> &changes() const { return m_changes; }
    QTreeWidget *matrix() const { return m_matrix; }
    QListWidget *changeList() const { return m_list; }
    QComboBox *kindFilter() const { return m_filter; }
    QLabel *summary() const { return m_summary; }
    // The row of a duty; removed: the row of a duty the newer one no longer has.
    QTreeWidgetItem *dutyItem(int dutyId, bool removed = false) const;
    // Selects the change's row and cell in the matrix.
    void goToChange(int index);

private:
    void buildMatrix(const Agreement &older, const Agreement &newer);
    void fillList();

    QLabel *m_summary;
    QTreeWidget *m_matrix;
    QComboBox *m_filter;
    QListWidget *m_list;
    QWidget *m_listPanel;
    QList<Change> m_changes;
    QList<int> m_partyIds; // the newer agreement's parties, by column
};
