#include "ticketpanel.h"

#include "document/document.h"
#include "model/duration.h"
#include "rulesmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace {
const QString ErrorColor = QStringLiteral("#d32f2f");
} // namespace

TicketPanel::TicketPanel(QWidget *parent)
    : QWidget(parent)
    , m_category(new QComboBox(this))
    , m_urgency(new QComboBox(this))
    , m_location(new QComboBox(this))
    , m_vip(new QCheckBox(tr("VI&P user"), this))
    , m_afterHours(new QCheckBox(tr("After hou&rs"), this))
    , m_rule(new QLabel(this))
    , m_takenBy(new QLabel(this))
    , m_escalation(new QLabel(this))
    , m_targets(new QLabel(this))
{
    for (auto u : {EscalationRule::Urgency::Low, EscalationRule::Urgency::Normal,
                   EscalationRule::Urgency::High, EscalationRule::Urgency::Critical})
        m_urgency->addItem(EscalationRule::urgencyName(u), int(u));
    m_urgency->setCurrentIndex(m_urgency->findData(int(EscalationRule::Urgency::Normal)));
    m_category->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_location->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (QLabel *l : {m_rule, m_takenBy, m_escalation, m_targets}) {
        l->setWordWrap(true);
        l->setTextFormat(Qt::RichText);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }

    auto *flags = new QHBoxLayout;
    flags->addWidget(m_vip);
    flags->addWidget(m_afterHours);
    flags->addStretch();
    auto *input = new QFormLayout;
    input->addRow(tr("Ca&tegory:"), m_category);
    input->addRow(tr("Ur&gency:"), m_urgency);
    input->addRow(tr("Locatio&n:"), m_location);
    input->addRow(flags);

    auto *output = new QFormLayout;
    output->setRowWrapPolicy(QFormLayout::WrapAllRows); // the answers get the full width
    output->addRow(tr("Matched rule:"), m_rule);
    output->addRow(tr("Taken by:"), m_takenBy);
    output->addRow(tr("Escalation:"), m_escalation);
    output->addRow(tr("Targets:"), m_targets);

    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(input);
    layout->addWidget(line);
    layout->addLayout(output);
    layout->addStretch();

    for (QComboBox *box : {m_category, m_urgency, m_location})
        connect(box, &QComboBox::currentIndexChanged, this, &TicketPanel::tryTicket);
    for (QCheckBox *box : {m_vip, m_afterHours})
        connect(box, &QCheckBox::toggled, this, &TicketPanel::tryTicket);
    evaluate();
}

void TicketPanel::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document)
        connect(document, &Document::changed, this, [this] {
            loadChoices();
            evaluate();
        });
    loadChoices();
    evaluate();
}

void TicketPanel::loadChoices()
{
    // Keep the user's ticket while the lists change under it.
    const QString category = m_category->currentData().toString();
    const QString location = m_location->currentData().toString();
    const QSignalBlocker blockCategory(m_category);
    const QSignalBlocker blockLocation(m_location);
    m_category->clear();
    m_location->clear();
    if (m_document) {
        for (const TicketCategory &c : m_document->agreement().details.ticketCategories)
            m_category->addItem(c.name, c.name);
    }
    m_category->addItem(tr("(no listed category)"), QString());
    m_location->addItem(tr("No named site"), QString());
    if (m_document) {
        for (const QString &l : m_document->agreement().details.locations)
            m_location->addItem(l, l);
    }
    m_category->setCurrentIndex(std::max(0, m_category->findData(category)));
    m_location->setCurrentIndex(std::max(0, m_location->findData(location)));
}

Ticket TicketPanel::ticket() const
{
    Ticket t;
    t.category = m_category->currentData().toString();
    t.urgency = EscalationRule::Urgency(m_urgency->currentData().toInt());
    t.location = m_location->currentData().toString();
    t.vip = m_vip->isChecked();
    t.afterHours = m_afterHours->isChecked();
    return t;
}

void TicketPanel::setTicket(const Ticket &ticket)
{
    {
        const QSignalBlocker b1(m_category);
        const QSignalBlocker b2(m_urgency);
        const QSignalBlocker b3(m_location);
        const QSignalBlocker b4(m_vip);
        const QSignalBlocker b5(m_afterHours);
        int category = m_category->findData(ticket.category);
        if (category < 0) { // a category the agreement does not list: try it anyway
            m_category->addItem(ticket.category, ticket.category);
            category = m_category->count() - 1;
        }
        m_category->setCurrentIndex(category);
        m_urgency->setCurrentIndex(m_urgency->findData(int(ticket.urgency)));
        int location = m_location->findData(ticket.location);
        if (location < 0) {
            m_location->addItem(ticket.location, ticket.location);
            location = m_location->count() - 1;
        }
        m_location->setCurrentIndex(location);
        m_vip->setChecked(ticket.vip);
        m_afterHours->setChecked(ticket.afterHours);
    }
    tryTicket();
}

void TicketPanel::tryTicket()
{
    evaluate();
    emit ticketTried(m_route ? m_route->ruleId : 0);
}

QString TicketPanel::partyHtml(int partyId) const
{
    const Party *p = m_document ? m_document->agreement().party(partyId) : nullptr;
    if (!p)
        return QStringLiteral("<span style=\"color:%1\">%2</span>")
            .arg(ErrorColor, tr("nobody (the rule names no party)").toHtmlEscaped());
    const QString chip = Party::isColor(p->color)
                             ? QStringLiteral("<span style=\"background-color:%1\">"
                                              "&nbsp;&nbsp;&nbsp;</span>&nbsp;")
                                   .arg(p->color)
                             : QString();
    return chip + QStringLiteral("<b>%1</b>").arg(p->label().toHtmlEscaped());
}

void TicketPanel::evaluate()
{
    const Ticket t = ticket();
    m_route.reset();
    if (m_document)
        m_route = TicketRouter(m_document->agreement().rules).route(t);
    if (!m_route) {
        m_rule->setText(QStringLiteral("<span style=\"color:%1\"><b>%2</b></span>")
                            .arg(ErrorColor, tr("No rule matches this ticket.").toHtmlEscaped()));
        m_takenBy->setText(
            tr("Nobody: add a catch-all rule at the end of the list so every ticket has an "
               "owner.")
                .toHtmlEscaped());
        m_escalation->setText(QStringLiteral("—"));
        m_targets->setText(QStringLiteral("—"));
        emit ruleMatched(0);
        return;
    }
    const Route &r = *m_route;
    const EscalationRule &rule = m_document->agreement().rules.at(r.ruleIndex);
    m_rule->setText(
        QStringLiteral("<b>%1</b>")
            .arg(tr("Rule %1 · %2").arg(r.ruleIndex + 1).arg(rule.name).toHtmlEscaped()));

    QString taken = partyHtml(r.takenById);
    if (t.afterHours && rule.afterHoursHandlerId != 0 && r.takenById != rule.firstResponderId)
        taken += QStringLiteral(" ") + tr("(after-hours handler)").toHtmlEscaped();
    m_takenBy->setText(taken);

    QString escalation;
    if (r.escalateToId == 0) {
        escalation = tr("None: the ticket stays with whoever takes it.").toHtmlEscaped();
    } else {
        const QString to = partyHtml(r.escalateToId);
        switch (r.trigger) {
        case EscalationRule::Trigger::Unresolved: {
            const QString after = Duration::text(r.escalateAfterMinutes);
            escalation = after.isEmpty()
                             ? tr("To %1 at once.").toHtmlEscaped().arg(to)
                             : tr("To %1 if unresolved after %2.").toHtmlEscaped().arg(to, after);
            break;
        }
        case EscalationRule::Trigger::NeedsApproval:
            escalation = tr("To %1 when it needs an approval.").toHtmlEscaped().arg(to);
            break;
        case EscalationRule::Trigger::NeedsBusinessContext:
            escalation = tr("To %1 when it needs business context.").toHtmlEscaped().arg(to);
            break;
        case EscalationRule::Trigger::SecurityIncident:
            escalation = tr("To %1 when it is a security incident.").toHtmlEscaped().arg(to);
            break;
        case EscalationRule::Trigger::None:
            escalation = tr("To %1, but the rule sets no trigger.").toHtmlEscaped().arg(to);
            break;
        }
    }
    m_escalation->setText(escalation);

    const QString urgency = EscalationRule::urgencyName(t.urgency);
    const QString response = Duration::text(r.responseMinutes);
    const QString resolution = Duration::text(r.resolutionMinutes);
    const auto missing = [](const QString &text) {
        return QStringLiteral("<span style=\"color:%1\">%2</span>")
            .arg(ErrorColor, text.toHtmlEscaped());
    };
    m_targets->setText(
        (response.isEmpty() ? missing(tr("no response target for %1 urgency").arg(urgency))
                            : tr("response within %1").arg(response).toHtmlEscaped())
        + QStringLiteral(" · ")
        + (resolution.isEmpty() ? missing(tr("no resolution target for %1 urgency").arg(urgency))
                                : tr("resolution within %1").arg(resolution).toHtmlEscaped()));
    emit ruleMatched(r.ruleId);
}

namespace {
QString plain(const QLabel *label)
{
    return QTextDocumentFragment::fromHtml(label->text()).toPlainText().simplified();
}
} // namespace

QString TicketPanel::ruleText() const
{
    return plain(m_rule);
}

QString TicketPanel::takenByText() const
{
    return plain(m_takenBy);
}

QString TicketPanel::escalationText() const
{
    return plain(m_escalation);
}

QString TicketPanel::targetsText() const
{
    return plain(m_targets);
}
