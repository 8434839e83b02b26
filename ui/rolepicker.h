#pragma once

#include "model/raci.h"

#include <QFrame>

class QToolButton;

// A small popup with one toggle per role, shown under a matrix cell.
// Each click changes the cell at once (one undo step per click).
class RolePicker : public QFrame
{
    Q_OBJECT

public:
    explicit RolePicker(QWidget *parent = nullptr);

    void setRoles(Raci roles);
    Raci roles() const { return m_roles; }
    QToolButton *button(Raci::Role role) const;

signals:
    void rolesPicked(Raci roles);

private:
    Raci m_roles;
    QList<QPair<Raci::Role, QToolButton *>> m_buttons;
    QToolButton *m_clear;
};
