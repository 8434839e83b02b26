#include "mergedialog.h"

#include <QButtonGroup>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QString orRemoved(const QString &text)
{
    if (text.isNull())
        return QCoreApplication::translate("MergeDialog", "(removed)");
    return text.isEmpty() ? QStringLiteral("—") : text;
}

} // namespace

MergeDialog::MergeDialog(MergeOutcome outcome, Agreement theirs, int taken,
                         const QString &theirsName, QWidget *parent)
    : QDialog(parent)
    , m_outcome(std::move(outcome))
    , m_theirs(std::move(theirs))
    , m_settlements(m_outcome.conflicts.size())
    , m_summary(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_detail(new QLabel(this))
    , m_choices(new QButtonGroup(this))
    , m_ours(new QRadioButton(tr("Keep &ours (this window)"), this))
    , m_theirsChoice(new QRadioButton(tr("Take &theirs (%1)").arg(theirsName), this))
    , m_edit(new QRadioButton(tr("&Edit:"), this))
    , m_editText(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_apply(nullptr)
{
    setObjectName(QStringLiteral("MergeDialog"));
    setWindowTitle(tr("Merge “%1”").arg(theirsName));
    m_summary->setWordWrap(true);
    m_summary->setText(
        tr("%n change(s) made only in “%1” are taken.", nullptr, taken).arg(theirsName) + u' '
        + (m_outcome.conflicts.isEmpty()
               ? tr("There are no conflicts.")
               : tr("%n conflict(s): both sides changed the same thing differently. Settle each "
                    "one; nothing changes until you apply the merge.",
                    nullptr, int(m_outcome.conflicts.size()))));
    m_list->setHeaderLabels({tr("Conflict"), tr("Base"), tr("Ours"), tr("Theirs"), tr("Settled")});
    m_list->setRootIsDecorated(false);
    m_list->setAccessibleName(tr("Conflicts"));
    m_list->header()->setSectionResizeMode(ConflictColumn, QHeaderView::Stretch);
    m_list->setMinimumSize(720, 200);
    for (int i = 0; i < m_outcome.conflicts.size(); ++i) {
        const MergeConflict &c = m_outcome.conflicts.at(i);
        const QString where = c.party.isEmpty() ? c.field : c.party;
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(ConflictColumn,
                      where.isEmpty() ? c.item : QStringLiteral("%1 — %2").arg(c.item, where));
        item->setToolTip(ConflictColumn, c.sentence());
        item->setText(BaseColumn, orRemoved(c.base));
        item->setText(OursColumn, orRemoved(c.ours));
        item->setText(TheirsColumn, orRemoved(c.theirs));
        updateRow(i);
    }
    m_detail->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_editText->setAccessibleName(tr("Value"));

    m_choices->addButton(m_ours, int(Settlement::Choice::Ours));
    m_choices->addButton(m_theirsChoice, int(Settlement::Choice::Theirs));
    m_choices->addButton(m_edit, int(Settlement::Choice::Edited));
    auto *choiceBox = new QGroupBox(tr("Settle the selected conflict"), this);
    auto *choiceLayout = new QVBoxLayout(choiceBox);
    choiceLayout->addWidget(m_detail);
    choiceLayout->addWidget(m_ours);
    choiceLayout->addWidget(m_theirsChoice);
    auto *editRow = new QHBoxLayout;
    editRow->addWidget(m_edit);
    editRow->addWidget(m_editText, 1);
    choiceLayout->addLayout(editRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_apply = buttons->addButton(tr("&Apply Merge"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &MergeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(choiceBox);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &MergeDialog::showConflict);
    connect(m_choices, &QButtonGroup::idClicked, this, &MergeDialog::choiceChanged);
    connect(m_editText, &QLineEdit::textEdited, this, [this] {
        m_edit->setChecked(true);
        choiceChanged();
    });
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    else
        choiceBox->setEnabled(false);
    m_apply->setEnabled(allSettled());
}

void MergeDialog::showConflict()
{
    const int index = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (index < 0)
        return;
    m_showing = true;
    const MergeConflict &c = m_outcome.conflicts.at(index);
    m_detail->setText(c.sentence());
    const bool editable = ConflictSettlement::canEdit(c);
    m_edit->setEnabled(editable);
    m_editText->setEnabled(editable);
    const std::optional<Settlement> &s = m_settlements.at(index);
    m_choices->setExclusive(false);
    for (QAbstractButton *b : m_choices->buttons())
        b->setChecked(s && m_choices->id(b) == int(s->choice));
    m_choices->setExclusive(true);
    m_editText->setText(s && s->choice == Settlement::Choice::Edited ? s->edited
                        : c.ours.isNull()                            ? c.theirs
                                                                     : c.ours);
    m_showing = false;
}

void MergeDialog::choiceChanged()
{
    if (m_showing)
        return;
    const int index = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (index < 0 || m_choices->checkedId() < 0)
        return;
    settle(index, Settlement::Choice(m_choices->checkedId()), m_editText->text());
}

void MergeDialog::settle(int index, Settlement::Choice choice, const QString &edited)
{
    if (index < 0 || index >= m_settlements.size())
        return;
    if (m_list->currentItem() != m_list->topLevelItem(index))
        m_list->setCurrentItem(m_list->topLevelItem(index));
    m_settlements[index] = Settlement{choice, edited};
    updateRow(index);
    showConflict(); // the choice shown as made, also when made from code
    m_error->clear();
    m_apply->setEnabled(allSettled());
}

void MergeDialog::updateRow(int index)
{
    QTreeWidgetItem *item = m_list->topLevelItem(index);
    const std::optional<Settlement> &s = m_settlements.at(index);
    QString text = tr("not yet");
    if (s) {
        switch (s->choice) {
        case Settlement::Choice::Ours:
            text = tr("ours");
            break;
        case Settlement::Choice::Theirs:
            text = tr("theirs");
            break;
        case Settlement::Choice::Edited:
            text = tr("edited: %1").arg(s->edited);
            break;
        }
    }
    item->setText(SettledColumn, text);
    QFont font = item->font(ConflictColumn);
    font.setBold(!s);
    item->setFont(ConflictColumn, font);
}

bool MergeDialog::allSettled() const
{
    for (const std::optional<Settlement> &s : m_settlements)
        if (!s)
            return false;
    return true;
}

Result<Agreement> MergeDialog::result() const
{
    QList<Settlement> settlements;
    for (const std::optional<Settlement> &s : m_settlements)
        settlements.append(s.value_or(Settlement{}));
    return ConflictSettlement::apply(m_outcome, m_theirs, settlements);
}

void MergeDialog::accept()
{
    if (!allSettled())
        return;
    // A typed value that does not fit keeps the dialog open, with the reason.
    if (const Result<Agreement> r = result(); !r) {
        m_error->setText(r.error());
        return;
    }
    QDialog::accept();
}
