#include "revisionsdialog.h"

#include "document/document.h"
#include "revisions/canonicalform.h"
#include "revisions/revisionhistory.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

RevisionsDialog::RevisionsDialog(Document *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_state(new QLabel(this))
    , m_table(new QTableWidget(0, 4, this))
    , m_open(new QPushButton(tr("&Open Read-Only"), this))
    , m_export(new QPushButton(tr("&Export As Signed…"), this))
    , m_restore(new QPushButton(tr("&Restore As Draft"), this))
    , m_compare(new QPushButton(tr("&Compare With Draft"), this))
{
    setObjectName(QStringLiteral("RevisionsDialog"));
    setWindowTitle(tr("Signed Revisions"));
    m_state->setWordWrap(true);
    m_table->setHorizontalHeaderLabels(
        {tr("Revision"), tr("Signed on"), tr("Signatories"), tr("Fingerprint")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(SignatoriesColumn, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Signed revisions"));
    m_table->setMinimumSize(880, 180);
    m_restore->setToolTip(tr("Make this revision's content the new draft (one undo step)"));

    auto *actions = new QHBoxLayout;
    for (QPushButton *b : {m_open, m_export, m_restore, m_compare})
        actions->addWidget(b);
    actions->addStretch();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addWidget(close);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RevisionsDialog::updateButtons);
    connect(m_open, &QPushButton::clicked, this,
            [this] { emit openRequested(selectedRevision()); });
    connect(m_export, &QPushButton::clicked, this,
            [this] { emit exportRequested(selectedRevision()); });
    connect(m_restore, &QPushButton::clicked, this,
            [this] { emit restoreRequested(selectedRevision()); });
    connect(m_compare, &QPushButton::clicked, this,
            [this] { emit compareRequested(selectedRevision()); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this,
            [this] { emit openRequested(selectedRevision()); });
    if (m_document)
        connect(m_document, &Document::changed, this, &RevisionsDialog::reload);
    reload();
}

int RevisionsDialog::selectedRevision() const
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    return selected.isEmpty()
               ? 0
               : m_table->item(selected.first()->row(), NumberColumn)->data(Qt::UserRole).toInt();
}

void RevisionsDialog::selectRevision(int number)
{
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (m_table->item(r, NumberColumn)->data(Qt::UserRole).toInt() == number)
            m_table->selectRow(r);
}

void RevisionsDialog::reload()
{
    const int selected = selectedRevision();
    const Agreement &a = m_document->agreement();
    const RevisionState state = RevisionHistory::state(a);
    QString text = RevisionHistory::describe(state);
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    m_state->setText(a.revisions.isEmpty()
                         ? tr("%1. Nothing has been signed yet: File → Sign Revision records the "
                              "first sign-off.")
                               .arg(text)
                         : text + u'.');
    m_table->setRowCount(int(a.revisions.size()));
    // Newest first: the one people look for.
    for (int i = 0; i < a.revisions.size(); ++i) {
        const Revision &r = a.revisions.at(a.revisions.size() - 1 - i);
        QStringList people;
        for (const Signatory &s : r.signatories) {
            const Party *p = a.party(s.partyId);
            QString who = s.title.isEmpty() ? s.name : tr("%1, %2").arg(s.name, s.title);
            if (p)
                who += QStringLiteral(" (%1)").arg(p->label());
            if (s.date.isValid() && s.date != r.signedOn)
                who += QStringLiteral(" %1").arg(s.date.toString(Qt::ISODate));
            people.append(who);
        }
        auto *number = new QTableWidgetItem(QString::number(r.number));
        number->setData(Qt::UserRole, r.number);
        number->setTextAlignment(Qt::AlignCenter);
        m_table->setItem(i, NumberColumn, number);
        m_table->setItem(i, DateColumn, new QTableWidgetItem(r.signedOn.toString(Qt::ISODate)));
        auto *signatories = new QTableWidgetItem(people.join(QStringLiteral("; ")));
        if (!r.signatories.isEmpty() && !r.signatories.constFirst().note.isEmpty())
            signatories->setToolTip(r.signatories.constFirst().note);
        m_table->setItem(i, SignatoriesColumn, signatories);
        auto *fingerprint = new QTableWidgetItem(CanonicalForm::shortText(r.fingerprint));
        fingerprint->setToolTip(QString::fromLatin1(r.fingerprint.toHex()));
        m_table->setItem(i, FingerprintColumn, fingerprint);
    }
    m_table->resizeColumnToContents(NumberColumn);
    m_table->resizeColumnToContents(DateColumn);
    m_table->resizeColumnToContents(FingerprintColumn);
    if (selected != 0)
        selectRevision(selected);
    else if (m_table->rowCount() > 0)
        m_table->selectRow(0);
    updateButtons();
}

void RevisionsDialog::updateButtons()
{
    const int number = selectedRevision();
    for (QPushButton *b : {m_open, m_export, m_restore, m_compare})
        b->setEnabled(number != 0);
    // Restoring the content that is already the draft changes nothing.
    const RevisionState state = RevisionHistory::state(m_document->agreement());
    m_restore->setEnabled(
        number != 0
        && !(state.status == AgreementDetails::Status::Signed && number == state.lastSignedNumber));
}
