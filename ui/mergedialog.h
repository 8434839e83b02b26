#pragma once

#include "model/agreement.h"
#include "revisions/conflictsettlement.h"
#include "revisions/threewaymerge.h"

#include <QDialog>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTreeWidget;

// The conflicts of a three-way merge, settled one by one: keep ours, take
// theirs, or type the value. Every change only one side made is already in
// the merged agreement; the result holds those and the settlements.
class MergeDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { ConflictColumn, BaseColumn, OursColumn, TheirsColumn, SettledColumn };

    // taken: how many changes of theirs the merge took without asking.
    MergeDialog(MergeOutcome outcome, Agreement theirs, int taken, const QString &theirsName,
                QWidget *parent = nullptr);

    QTreeWidget *conflictList() const { return m_list; }
    QPushButton *applyButton() const { return m_apply; }
    QLabel *summary() const { return m_summary; }
    // Settles conflict `index` (selecting it as a user would).
    void settle(int index, Settlement::Choice choice, const QString &edited = {});
    bool allSettled() const;
    // The merged agreement with the settlements, or why not.
    Result<Agreement> result() const;

    void accept() override;

private:
    void showConflict();
    void choiceChanged();
    void updateRow(int index);

    MergeOutcome m_outcome;
    Agreement m_theirs;
    QList<std::optional<Settlement>> m_settlements;
    QLabel *m_summary;
    QTreeWidget *m_list;
    QLabel *m_detail;
    QButtonGroup *m_choices;
    QRadioButton *m_ours;
    QRadioButton *m_theirsChoice;
    QRadioButton *m_edit;
    QLineEdit *m_editText;
    QLabel *m_error;
    QPushButton *m_apply;
    bool m_showing = false;
};
