#pragma once

#include <QObject>

#include <functional>

class QWidget;

// Calls a function when a widget loses focus: multi-line editors have no
// editingFinished signal, and their edits are committed this way.
class FocusOutWatcher : public QObject
{
public:
    FocusOutWatcher(QWidget *watched, std::function<void()> onFocusOut);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::function<void()> m_onFocusOut;
};
