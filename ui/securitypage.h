#pragma once

#include "checks/finding.h"

#include <QWidget>

#include <memory>

class Document;
class QLabel;
class QTableView;
class SecurityModel;

// Security ownership at a glance: for every security duty, who monitors,
// who remediates and who approves, with the health check's findings about
// it. Read-only; activating a row goes to the duty in the matrix.
class SecurityPage : public QWidget
{
    Q_OBJECT

public:
    explicit SecurityPage(QWidget *parent = nullptr);
    ~SecurityPage() override;

    void setDocument(Document *document);
    void setFindings(const QList<Finding> &findings);

    QTableView *view() const { return m_view; }
    SecurityModel *model() const { return m_model.get(); }
    QString summary() const;

signals:
    void dutyActivated(int dutyId);

protected:
    // The rows follow edits only while the page is shown.
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void updateSummary();

    std::unique_ptr<SecurityModel> m_model;
    QList<Finding> m_findings;
    QLabel *m_summary;
    QTableView *m_view;
};
