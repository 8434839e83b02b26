#pragma once

#include "model/raci.h"
#include "result.h"

#include <QSet>
#include <QTreeView>

class MatrixModel;
class MatrixFilterModel;
class RolePicker;

// The matrix editor. Keyboard first: arrows move, R/A/C/I toggle that role
// on every selected cell (one undo step), Delete clears, Enter opens the
// duty. A click on a role cell opens a small role picker. Copy and paste
// use tab-separated text, as spreadsheets do.
class MatrixView : public QTreeView
{
    Q_OBJECT

public:
    explicit MatrixView(QWidget *parent = nullptr);

    // The view shows `filter`, whose source is `matrix`.
    void setModels(MatrixModel *matrix, MatrixFilterModel *filter);
    MatrixModel *matrixModel() const { return m_matrix; }

    // The duty of the current row, 0 on an area row.
    int currentDutyId() const;
    QList<int> selectedDutyIds() const;
    void selectDuty(int dutyId, int partyId = 0);

    // Toggle one role on all selected role cells: added to all unless all
    // have it already, then removed from all.
    void toggleRole(Raci::Role role);
    void clearRoles();
    QString selectionAsText() const;
    void copy();
    // Pastes tab-separated RACI text at the current cell. Every bad cell is
    // reported and nothing is changed when any is bad.
    Status pasteText(const QString &text);
    void paste();

    RolePicker *openRolePicker(const QModelIndex &index);
    // Expands every area but those the user collapsed; the view forgets
    // expansion when its model resets.
    void restoreExpansion();

signals:
    void dutyActivated(int dutyId);
    void problem(const QString &message);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;

private:
    QList<QModelIndex> selectedRoleCells() const; // source indexes
    QList<QModelIndex> visibleDutyRows() const;   // proxy indexes, column 0

    MatrixModel *m_matrix = nullptr;
    MatrixFilterModel *m_filter = nullptr;
    QSet<int> m_collapsedAreas;
    // The current cell across model resets: (duty, party) or (area, 0).
    QPair<int, int> m_keptCurrent;
    int m_keptArea = 0;
    bool m_restoring = false;
};
