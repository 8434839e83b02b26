#pragma once

#include "checks/finding.h"

#include <QWidget>

#include <memory>

class Document;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLineEdit;
class QTableView;
class ToolsModel;

// Who may use which tool: tools against parties, each cell an access level
// (N, R, O, A type it; a double-click offers a list), the owner of each
// tool, and for the selected cell the role, approver, MFA and expiry.
// Catalog tools come with the model; the user adds their own.
class ToolsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ToolsPage(QWidget *parent = nullptr);
    ~ToolsPage() override;

    void setDocument(Document *document);
    void setFindings(const QList<Finding> &findings);

    QTableView *toolsView() const { return m_view; }
    ToolsModel *toolsModel() const { return m_model.get(); }
    QGroupBox *accessBox() const { return m_accessBox; }
    QLineEdit *roleEdit() const { return m_role; }
    QLineEdit *approvedByEdit() const { return m_approvedBy; }
    QCheckBox *mfaBox() const { return m_mfa; }
    QCheckBox *expiresBox() const { return m_hasExpiry; }
    QDateEdit *expiryEdit() const { return m_expires; }

    void selectCell(int toolId, int partyId = 0);
    void addTool();
    void renameTool();
    void removeTool();
    void moveTool(int delta);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum Field { Role = 200, ApprovedBy, Mfa, Expiry };
    void loadAccess();
    void commitAccess(Field field);

    Document *m_document = nullptr;
    std::unique_ptr<ToolsModel> m_model;
    QList<Finding> m_findings;
    bool m_loading = false;
    QTableView *m_view;
    QGroupBox *m_accessBox;
    QComboBox *m_level;
    QLineEdit *m_role;
    QLineEdit *m_approvedBy;
    QCheckBox *m_mfa;
    QCheckBox *m_hasExpiry;
    QDateEdit *m_expires;
};
