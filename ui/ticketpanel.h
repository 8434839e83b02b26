#pragma once

#include "routing/ticketrouter.h"

#include <QWidget>

class Document;
class QCheckBox;
class QComboBox;
class QLabel;

// "Try a ticket": the user describes a ticket (category, urgency, location,
// VIP, after hours) and sees which rule takes it, who picks it up, when and
// to whom it escalates, and the targets. It follows every edit of the rules.
class TicketPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TicketPanel(QWidget *parent = nullptr);
    void setDocument(Document *document);

    Ticket ticket() const;
    void setTicket(const Ticket &ticket);
    // The route of the current ticket; nothing when no rule matches.
    std::optional<Route> route() const { return m_route; }

    // What the panel says, for tests and screen readers.
    QString ruleText() const;
    QString takenByText() const;
    QString escalationText() const;
    QString targetsText() const;

    QComboBox *categoryBox() const { return m_category; }
    QComboBox *urgencyBox() const { return m_urgency; }
    QComboBox *locationBox() const { return m_location; }
    QCheckBox *vipBox() const { return m_vip; }
    QCheckBox *afterHoursBox() const { return m_afterHours; }

signals:
    // After each evaluation: the matching rule's id, 0 when none matches.
    void ruleMatched(int ruleId);
    // The user changed the ticket (not the rules): the page shows the rule.
    void ticketTried(int ruleId);

private:
    void loadChoices();
    void evaluate();
    void tryTicket();
    QString partyHtml(int partyId) const;

    Document *m_document = nullptr;
    std::optional<Route> m_route;
    QComboBox *m_category;
    QComboBox *m_urgency;
    QComboBox *m_location;
    QCheckBox *m_vip;
    QCheckBox *m_afterHours;
    QLabel *m_rule;
    QLabel *m_takenBy;
    QLabel *m_escalation;
    QLabel *m_targets;
};
