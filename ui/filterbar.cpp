#include "filterbar.h"

#include "document/document.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QToolButton>

namespace {
// Keeps a combo's choice by its data while its items are refilled.
template <typename Fill>
void refill(QComboBox *box, Fill fill)
{
    const QVariant current = box->currentData();
    const QSignalBlocker blocker(box);
    box->clear();
    fill();
    box->setCurrentIndex(std::max(0, box->findData(current)));
}
} // namespace

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLineEdit(this))
    , m_area(new QComboBox(this))
    , m_system(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_party(new QComboBox(this))
    , m_role(new QComboBox(this))
    , m_findings(new QCheckBox(tr("&With findings"), this))
{
    m_text->setPlaceholderText(tr("Filter duties…"));
    m_text->setMinimumWidth(160);
    m_text->setClearButtonEnabled(true);
    m_text->installEventFilter(this);
    m_text->setToolTip(tr("Shows duties whose title, description, controls or notes contain "
                          "this text. Escape clears the filter."));
    m_kind->addItem(tr("All kinds"), -1);
    for (Duty::Kind k :
         {Duty::Kind::Task, Duty::Kind::Security, Duty::Kind::Approval, Duty::Kind::Project})
        m_kind->addItem(Duty::kindName(k), int(k));
    m_role->addItem(tr("any role"), -1);
    for (Raci::Role r : {Raci::Accountable, Raci::Responsible, Raci::Consulted, Raci::Informed})
        m_role->addItem(Raci::roleName(r), int(r));
    auto *clear = new QToolButton(this);
    clear->setText(tr("Clear"));
    clear->setToolTip(tr("Show every duty"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 2);
    layout->addWidget(m_area, 1);
    layout->addWidget(m_system, 1);
    layout->addWidget(m_kind);
    layout->addWidget(m_party);
    layout->addWidget(m_role);
    layout->addWidget(m_findings);
    layout->addWidget(clear);

    connect(m_text, &QLineEdit::textChanged, this, &FilterBar::emitCriteria);
    for (QComboBox *box : {m_area, m_system, m_kind, m_party, m_role})
        connect(box, &QComboBox::currentIndexChanged, this, &FilterBar::emitCriteria);
    connect(m_findings, &QCheckBox::toggled, this, &FilterBar::emitCriteria);
    connect(clear, &QToolButton::clicked, this, &FilterBar::clear);
    reloadChoices();
}

void FilterBar::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &Document::itemInserted, this, &FilterBar::reloadChoices);
        connect(document, &Document::itemRemoved, this, &FilterBar::reloadChoices);
        connect(document, &Document::itemMoved, this, &FilterBar::reloadChoices);
        connect(document, &Document::agreementReset, this, &FilterBar::reloadChoices);
        connect(document, &Document::itemChanged, this, [this](Document::List list) {
            if (list != Document::List::Duties)
                reloadChoices();
        });
    }
    clear();
    reloadChoices();
}

void FilterBar::reloadChoices()
{
    const Agreement empty;
    const Agreement &a = m_document ? m_document->agreement() : empty;
    refill(m_area, [&] {
        m_area->addItem(tr("All areas"), 0);
        for (const Area &area : a.areas)
            m_area->addItem(area.name, area.id);
    });
    refill(m_system, [&] {
        m_system->addItem(tr("All systems"), 0);
        for (const System &s : a.systems)
            m_system->addItem(s.name, s.id);
    });
    refill(m_party, [&] {
        m_party->addItem(tr("Any party"), 0);
        for (const Party &p : a.parties)
            m_party->addItem(p.name, p.id);
    });
}

MatrixFilterModel::Criteria FilterBar::criteria() const
{
    MatrixFilterModel::Criteria c;
    c.text = m_text->text().trimmed();
    c.areaId = m_area->currentData().toInt();
    c.systemId = m_system->currentData().toInt();
    if (m_kind->currentData().toInt() >= 0)
        c.kind = Duty::Kind(m_kind->currentData().toInt());
    c.partyId = m_party->currentData().toInt();
    if (m_role->currentData().toInt() >= 0)
        c.role = Raci::Role(m_role->currentData().toInt());
    c.onlyWithFindings = m_findings->isChecked();
    return c;
}

void FilterBar::clear()
{
    for (QComboBox *box : {m_area, m_system, m_kind, m_party, m_role}) {
        const QSignalBlocker blocker(box);
        box->setCurrentIndex(0);
    }
    {
        const QSignalBlocker blocker(m_findings);
        m_findings->setChecked(false);
    }
    const QSignalBlocker blocker(m_text);
    m_text->clear();
    emitCriteria();
}

void FilterBar::emitCriteria()
{
    emit criteriaChanged(criteria());
}

bool FilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        clear();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}
