#pragma once

#include "checks/finding.h"
#include "model/agreement.h"

#include <QWidget>

#include <memory>

class Document;
class QGroupBox;
class QLabel;
class QListWidget;
class QSpinBox;
class QTableView;
class QTableWidget;
class RulesModel;
class TicketPanel;

// How tickets flow: the ordered escalation rules (edited in place, dragged
// or moved with Ctrl+Shift+Up/Down, every change one undo step), the
// targets of the selected rule, the agreement's ticket categories and
// named sites, and the "Try a ticket" panel that shows which rule wins.
class RoutingPage : public QWidget
{
    Q_OBJECT

public:
    explicit RoutingPage(QWidget *parent = nullptr);
    ~RoutingPage() override;

    void setDocument(Document *document);
    void setFindings(const QList<Finding> &findings);

    QTableView *rulesView() const { return m_view; }
    RulesModel *rulesModel() const { return m_model.get(); }
    TicketPanel *ticketPanel() const { return m_ticket; }
    QTableWidget *categoriesTable() const { return m_categories; }
    QListWidget *locationsList() const { return m_locations; }
    // Why the last category or site edit was refused; empty when it was not.
    QString detailsError() const;
    // Response (0) and resolution (1) targets of the selected rule, per urgency.
    QSpinBox *targetBox(int urgency, int kind) const { return m_targets.at(urgency * 2 + kind); }

    int currentRuleId() const;
    void selectRule(int ruleId);
    void addRule();
    void duplicateRule();
    void removeRules();
    void moveRule(int delta);

    void addCategory();
    void removeCategory();
    void addLocation();
    void removeLocation();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createRulesPane();
    void createTargetBoxes();
    QGroupBox *createListsBox();
    void loadTargets();
    void commitTarget(int box);
    void loadDetails();
    void commitCategories();
    void commitLocations();

    Document *m_document = nullptr;
    std::unique_ptr<RulesModel> m_model;
    QList<Finding> m_findings;
    bool m_loading = false;
    QTableView *m_view;
    TicketPanel *m_ticket;
    QGroupBox *m_targetsBox;
    QList<QSpinBox *> m_targets;
    QTableWidget *m_categories;
    QListWidget *m_locations;
    QLabel *m_detailsError;
    // What the categories and sites were last filled from.
    QList<TicketCategory> m_shownCategories;
    QStringList m_shownLocations;
    QList<Area> m_shownAreas;
};
