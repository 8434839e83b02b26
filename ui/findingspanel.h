#pragma once

#include "checks/finding.h"

#include <QWidget>

class FindingsModel;
class QLabel;
class QTreeView;

// The live health check: every finding with its severity; double-click (or
// Enter) goes to the duty or cell it concerns.
class FindingsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FindingsPanel(QWidget *parent = nullptr);

    void setFindings(const QList<Finding> &findings);
    // Nothing to check: no agreement is open.
    void clear();
    const QList<Finding> &findings() const;
    QTreeView *view() const { return m_view; }
    QString summary() const;

    static QIcon iconFor(Finding::Severity severity);

signals:
    void findingActivated(const Finding &finding);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fitCodeColumn();

    FindingsModel *m_model;
    QLabel *m_summary;
    QTreeView *m_view;
};
