#include "signdialog.h"

#include "revisions/canonicalform.h"
#include "revisions/revisionhistory.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

SignDialog::SignDialog(const Agreement &agreement, QWidget *parent)
    : QDialog(parent)
    , m_agreement(agreement)
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_table(new QTableWidget(0, 4, this))
    , m_note(new QLineEdit(this))
    , m_fingerprint(new QLabel(this))
    , m_sign(nullptr)
    , m_remove(new QPushButton(tr("&Remove Signatory"), this))
{
    const RevisionState state = RevisionHistory::state(agreement);
    setWindowTitle(tr("Sign Revision %1").arg(state.revision));
    setObjectName(QStringLiteral("SignDialog"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_note->setPlaceholderText(tr("For example: signed on paper, copy filed with the contract"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Title"), tr("Signs for"), tr("Date")});
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(PartyColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(DateColumn, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Signatories"));
    m_table->setMinimumSize(560, 140);

    // What is signed, as the parties compare it on paper.
    const QByteArray fingerprint = CanonicalForm::fingerprint(agreement);
    m_fingerprint->setText(
        tr("You sign the content as it is now: %n duties, fingerprint <b>%1</b>.", nullptr,
           int(agreement.duties.size()))
            .arg(CanonicalForm::shortText(fingerprint)));
    m_fingerprint->setToolTip(QString::fromLatin1(fingerprint.toHex()));
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *intro = new QLabel(
        state.lastSignedNumber == 0
            ? tr("Signing records who agreed to this agreement and freezes a copy of it as "
                 "revision %1.")
                  .arg(state.revision)
            : tr("Signing records who agreed to this revision and freezes a copy of it as "
                 "revision %1. Revision %2, signed on %3, stays in the file.")
                  .arg(state.revision)
                  .arg(state.lastSignedNumber)
                  .arg(state.lastSignedOn.toString(Qt::ISODate)),
        this);
    intro->setWordWrap(true);

    auto *add = new QPushButton(tr("&Add Signatory"), this);
    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(add);
    rowButtons->addWidget(m_remove);
    rowButtons->addStretch();

    auto *form = new QFormLayout;
    form->addRow(tr("Signed &on:"), m_date);
    auto *noteLabel = new QLabel(tr("&Note:"), this);
    noteLabel->setBuddy(m_note);
    form->addRow(noteLabel, m_note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_sign = buttons->addButton(tr("&Sign Revision %1").arg(state.revision),
                                QDialogButtonBox::AcceptRole);
    auto *signatoriesLabel = new QLabel(tr("Si&gnatories:"), this);
    signatoriesLabel->setBuddy(m_table);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_fingerprint);
    layout->addWidget(signatoriesLabel);
    layout->addWidget(m_table, 1);
    layout->addLayout(rowButtons);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(add, &QPushButton::clicked, this, [this] {
        addRow();
        m_table->setCurrentCell(m_table->rowCount() - 1, NameColumn);
        m_table->editItem(m_table->currentItem());
    });
    connect(m_remove, &QPushButton::clicked, this, &SignDialog::removeCurrentRow);
    connect(m_table, &QTableWidget::cellChanged, this, &SignDialog::updateButtons);
    connect(m_table, &QTableWidget::currentCellChanged, this, &SignDialog::updateButtons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // The people planned on the Details page, else one row per party to fill in.
    QList<Signatory> planned = agreement.details.signatories;
    if (planned.isEmpty())
        for (const Party &p : agreement.parties)
            if (p.kind == Party::Kind::Internal || p.kind == Party::Kind::Provider)
                planned.append(Signatory{QString(), QString(), p.id, {}, {}});
    setSignatories(planned);
}

QDate SignDialog::date() const
{
    return m_date->date();
}

void SignDialog::setDate(const QDate &date)
{
    m_date->setDate(date);
}

QString SignDialog::note() const
{
    return m_note->text().trimmed();
}

void SignDialog::setNote(const QString &note)
{
    m_note->setText(note);
}

void SignDialog::addRow(const Signatory &s)
{
    const int row = m_table->rowCount();
    m_table->blockSignals(true);
    m_table->insertRow(row);
    m_table->setItem(row, NameColumn, new QTableWidgetItem(s.name));
    m_table->setItem(row, TitleColumn, new QTableWidgetItem(s.title));
    auto *party = new QComboBox(m_table);
    party->setAccessibleName(tr("Signs for"));
    party->addItem(tr("(no party)"), 0);
    for (const Party &p : m_agreement.parties)
        party->addItem(p.name, p.id);
    party->setCurrentIndex(std::max(0, party->findData(s.partyId)));
    m_table->setCellWidget(row, PartyColumn, party);
    auto *date = new QDateEdit(s.date.isValid() ? s.date : m_date->date(), m_table);
    date->setAccessibleName(tr("Date signed"));
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    date->setCalendarPopup(true);
    // Rows that had no date of their own follow the revision's date.
    date->setProperty("followsRevision", !s.date.isValid());
    connect(m_date, &QDateEdit::dateChanged, date, [date](const QDate &d) {
        if (date->property("followsRevision").toBool())
            date->setDate(d);
    });
    connect(date, &QDateEdit::editingFinished, date,
            [date] { date->setProperty("followsRevision", false); });
    m_table->setCellWidget(row, DateColumn, date);
    m_table->blockSignals(false);
    updateButtons();
}

void SignDialog::removeCurrentRow()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    updateButtons();
}

void SignDialog::setSignatories(const QList<Signatory> &signatories)
{
    m_table->setRowCount(0);
    for (const Signatory &s : signatories)
        addRow(s);
    if (!signatories.isEmpty())
        setNote(signatories.constFirst().note);
    updateButtons();
}

QList<Signatory> SignDialog::signatories() const
{
    QList<Signatory> out;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        Signatory s;
        s.name = m_table->item(r, NameColumn) ? m_table->item(r, NameColumn)->text().trimmed()
                                              : QString();
        s.title = m_table->item(r, TitleColumn) ? m_table->item(r, TitleColumn)->text().trimmed()
                                                : QString();
        if (auto *party = qobject_cast<QComboBox *>(m_table->cellWidget(r, PartyColumn)))
            s.partyId = party->currentData().toInt();
        if (auto *date = qobject_cast<QDateEdit *>(m_table->cellWidget(r, DateColumn)))
            s.date = date->date();
        s.note = note();
        // Rows left empty are not signatories.
        if (!s.name.isEmpty() || !s.title.isEmpty())
            out.append(s);
    }
    return out;
}

void SignDialog::updateButtons()
{
    m_remove->setEnabled(m_table->currentRow() >= 0);
    const QList<Signatory> people = signatories();
    bool named = !people.isEmpty();
    for (const Signatory &s : people)
        named = named && !s.name.isEmpty();
    m_sign->setEnabled(named);
    m_sign->setToolTip(named ? QString() : tr("Every signatory needs a name."));
}
