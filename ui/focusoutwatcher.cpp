#include "focusoutwatcher.h"

#include <QEvent>
#include <QWidget>

FocusOutWatcher::FocusOutWatcher(QWidget *watched, std::function<void()> onFocusOut)
    : QObject(watched)
    , m_onFocusOut(std::move(onFocusOut))
{
    watched->installEventFilter(this);
}

bool FocusOutWatcher::eventFilter(QObject *, QEvent *event)
{
    if (event->type() == QEvent::FocusOut)
        m_onFocusOut();
    return false;
}
