#include "dutyinspector.h"

#include "document/document.h"
#include "focusoutwatcher.h"
#include "model/frequency.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStackedLayout>
#include <QVBoxLayout>

namespace {
QStringList splitControls(const QString &text)
{
    QStringList list;
    for (const QString &part : text.split(u';')) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            list.append(trimmed);
    }
    return list;
}
} // namespace

DutyInspector::DutyInspector(QWidget *parent)
    : QWidget(parent)
    , m_empty(new QLabel(tr("Select a duty in the matrix to edit it here."), this))
    , m_form(new QWidget(this))
    , m_title(new QLineEdit(m_form))
    , m_description(new QPlainTextEdit(m_form))
    , m_area(new QComboBox(m_form))
    , m_system(new QComboBox(m_form))
    , m_kind(new QComboBox(m_form))
    , m_frequency(new QComboBox(m_form))
    , m_frequencyText(new QLineEdit(m_form))
    , m_controls(new QLineEdit(m_form))
    , m_notes(new QPlainTextEdit(m_form))
{
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    auto *form = new QFormLayout(m_form);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("T&itle:"), m_title);
    form->addRow(tr("Des&cription:"), m_description);
    form->addRow(tr("&Area:"), m_area);
    form->addRow(tr("Sys&tem:"), m_system);
    form->addRow(tr("&Kind:"), m_kind);
    auto *frequencyRow = new QHBoxLayout;
    frequencyRow->setContentsMargins(0, 0, 0, 0);
    frequencyRow->addWidget(m_frequency);
    frequencyRow->addWidget(m_frequencyText, 1);
    form->addRow(tr("Fre&quency:"), frequencyRow);
    // The label's mnemonic goes to the choice; the text follows it in the
    // tab order.
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(frequencyRow)))
        label->setBuddy(m_frequency);
    form->addRow(tr("Cont&rols:"), m_controls);
    form->addRow(tr("&Notes:"), m_notes);
    m_description->setTabChangesFocus(true);
    m_notes->setTabChangesFocus(true);
    m_description->setMaximumHeight(90);
    m_notes->setMaximumHeight(70);
    m_controls->setPlaceholderText(tr("e.g. NIST CSF 2.0 PR.AA-05; CIS v8 6.1"));
    m_controls->setToolTip(tr("Control references, separated by semicolons"));
    // A choice is stored as its key and shown in the reader's language;
    // "Other" takes free text, which older files may hold too.
    m_frequency->addItem(tr("(not set)"), QString());
    for (const Frequency::Choice choice : Frequency::choices())
        m_frequency->addItem(Frequency::name(choice), Frequency::key(choice));
    m_frequency->addItem(tr("Other…"));
    m_frequencyText->setPlaceholderText(tr("e.g. after each board meeting"));
    m_frequencyText->setAccessibleName(tr("Frequency in your own words"));
    m_frequencyText->setToolTip(tr("How often, in your own words"));
    for (Duty::Kind k :
         {Duty::Kind::Task, Duty::Kind::Security, Duty::Kind::Approval, Duty::Kind::Project})
        m_kind->addItem(Duty::kindName(k), int(k));

    auto *stack = new QStackedLayout(this);
    stack->addWidget(m_empty);
    stack->addWidget(m_form);

    connect(m_title, &QLineEdit::editingFinished, this, [this] { commit(Title); });
    connect(m_controls, &QLineEdit::editingFinished, this, [this] { commit(Controls); });
    new FocusOutWatcher(m_description, [this] { commit(Description); });
    new FocusOutWatcher(m_notes, [this] { commit(Notes); });
    connect(m_area, &QComboBox::activated, this, [this] { commit(AreaField); });
    connect(m_system, &QComboBox::activated, this, [this] { commit(SystemField); });
    connect(m_kind, &QComboBox::activated, this, [this] { commit(KindField); });
    connect(m_frequency, &QComboBox::activated, this, [this] {
        if (!isOtherFrequency()) {
            commit(FrequencyField);
            return;
        }
        // Free text is committed once it is typed.
        m_frequencyText->setVisible(true);
        m_frequencyText->setFocus();
    });
    connect(m_frequencyText, &QLineEdit::editingFinished, this, [this] { commit(FrequencyField); });
    setDuty(0);
}

void DutyInspector::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_dutyId = 0;
    if (document) {
        connect(document, &Document::itemChanged, this, [this](Document::List list, int id) {
            if ((list == Document::List::Duties && id == m_dutyId) || list == Document::List::Areas
                || list == Document::List::Systems)
                load();
        });
        connect(document, &Document::changed, this, [this] {
            if (m_dutyId != 0 && !m_document->agreement().duty(m_dutyId))
                setDuty(0); // removed, or undone away
        });
        connect(document, &Document::agreementReset, this, &DutyInspector::load);
    }
    load();
}

void DutyInspector::setDuty(int dutyId)
{
    m_dutyId = dutyId;
    load();
}

void DutyInspector::focusTitle()
{
    m_title->setFocus();
    m_title->selectAll();
}

void DutyInspector::reloadChoices()
{
    const Agreement &a = m_document->agreement();
    m_area->clear();
    for (const Area &area : a.areas)
        m_area->addItem(area.name, area.id);
    m_system->clear();
    m_system->addItem(tr("(no single system)"), 0);
    for (const System &s : a.systems)
        m_system->addItem(s.name, s.id);
}

void DutyInspector::load()
{
    const Duty *duty = m_document ? m_document->agreement().duty(m_dutyId) : nullptr;
    auto *stack = static_cast<QStackedLayout *>(layout());
    stack->setCurrentWidget(duty ? m_form : static_cast<QWidget *>(m_empty));
    if (!duty)
        return;
    m_loading = true;
    reloadChoices();
    // Only touch fields whose text differs, so the cursor stays where it is.
    if (m_title->text() != duty->title) {
        m_title->setText(duty->title);
        m_title->setCursorPosition(0); // long titles show their beginning
    }
    if (m_description->toPlainText() != duty->description)
        m_description->setPlainText(duty->description);
    m_area->setCurrentIndex(m_area->findData(duty->areaId));
    m_system->setCurrentIndex(std::max(0, m_system->findData(duty->systemId)));
    m_kind->setCurrentIndex(m_kind->findData(int(duty->kind)));
    const int choice = duty->frequency.isEmpty() ? 0 : m_frequency->findData(duty->frequency);
    const bool freeText = choice < 0;
    m_frequency->setCurrentIndex(freeText ? m_frequency->count() - 1 : choice);
    if (freeText && m_frequencyText->text() != duty->frequency)
        m_frequencyText->setText(duty->frequency);
    else if (!freeText)
        m_frequencyText->clear();
    m_frequencyText->setVisible(freeText);
    const QString controls = duty->controls.join(QStringLiteral("; "));
    if (m_controls->text() != controls)
        m_controls->setText(controls);
    if (m_notes->toPlainText() != duty->notes)
        m_notes->setPlainText(duty->notes);
    m_loading = false;
}

bool DutyInspector::isOtherFrequency() const
{
    return m_frequency->currentIndex() == m_frequency->count() - 1;
}

void DutyInspector::commit(Field field)
{
    if (m_loading || !m_document)
        return;
    const Duty *current = m_document->agreement().duty(m_dutyId);
    if (!current)
        return;
    Duty duty = *current;
    QString text;
    switch (field) {
    case Title:
        duty.title = m_title->text().trimmed();
        if (duty.title.isEmpty()) { // a duty needs a name; put the old one back
            m_title->setText(current->title);
            return;
        }
        text = tr("Rename duty");
        break;
    case Description:
        duty.description = m_description->toPlainText();
        text = tr("Edit description");
        break;
    case AreaField:
        duty.areaId = m_area->currentData().toInt();
        text = tr("Move duty to another area");
        break;
    case SystemField:
        duty.systemId = m_system->currentData().toInt();
        text = tr("Change system");
        break;
    case KindField:
        duty.kind = Duty::Kind(m_kind->currentData().toInt());
        text = tr("Change kind");
        break;
    case FrequencyField:
        duty.frequency = isOtherFrequency() ? Frequency::fromText(m_frequencyText->text())
                                            : m_frequency->currentData().toString();
        if (duty.frequency.isEmpty() && isOtherFrequency())
            return; // "Other" picked, nothing typed yet
        if (duty.frequency == current->frequency)
            return;
        text = tr("Change frequency");
        break;
    case Controls:
        duty.controls = splitControls(m_controls->text());
        text = tr("Edit control references");
        break;
    case Notes:
        duty.notes = m_notes->toPlainText();
        text = tr("Edit notes");
        break;
    }
    if (duty.areaId == 0)
        return;
    m_document->setDuty(duty, text, field);
}
