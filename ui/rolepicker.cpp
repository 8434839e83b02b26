#include "rolepicker.h"

#include "rolecolors.h"

#include <QHBoxLayout>
#include <QToolButton>

RolePicker::RolePicker(QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_clear(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(2);
    for (Raci::Role role :
         {Raci::Accountable, Raci::Responsible, Raci::Consulted, Raci::Informed}) {
        auto *b = new QToolButton(this);
        b->setText(QString(Raci::roleLetter(role)));
        b->setToolTip(Raci::roleName(role));
        b->setCheckable(true);
        b->setMinimumSize(32, 28);
        // The checked state shows in the role's own colour.
        b->setStyleSheet(QStringLiteral("QToolButton:checked { background: %1; color: black; "
                                        "font-weight: bold; }")
                             .arg(RoleColors::of(role).name()));
        connect(b, &QToolButton::clicked, this, [this, role](bool on) {
            m_roles = on ? m_roles.with(role) : m_roles.without(role);
            emit rolesPicked(m_roles);
        });
        layout->addWidget(b);
        m_buttons.append({role, b});
    }
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Remove every role from this cell"));
    connect(m_clear, &QToolButton::clicked, this, [this] {
        setRoles(Raci());
        emit rolesPicked(m_roles);
    });
    layout->addWidget(m_clear);
}

void RolePicker::setRoles(Raci roles)
{
    m_roles = roles;
    for (const auto &[role, button] : std::as_const(m_buttons))
        button->setChecked(roles.has(role));
}

QToolButton *RolePicker::button(Raci::Role role) const
{
    for (const auto &[r, button] : m_buttons)
        if (r == role)
            return button;
    return nullptr;
}
