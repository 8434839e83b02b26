#include "detailspage.h"

#include "businesshoursedit.h"
#include "document/document.h"
#include "focusoutwatcher.h"
#include "revisions/agreementdiff.h"
#include "revisions/canonicalform.h"
#include "revisions/revisionhistory.h"
#include "templates/templatelibrary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum SignatoryColumn { NameColumn, TitleColumn, PartyColumn };

} // namespace

DetailsPage::DetailsPage(const QList<ModelTemplate> &models, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLineEdit(this))
    , m_client(new QLineEdit(this))
    , m_provider(new QLineEdit(this))
    , m_model(new QComboBox(this))
    , m_effective(new QDateEdit(this))
    , m_reviewMonths(new QSpinBox(this))
    , m_hasNextReview(new QCheckBox(tr("Fixed date:"), this))
    , m_nextReview(new QDateEdit(this))
    , m_state(new QLabel(this))
    , m_inReview(new QCheckBox(tr("Sent out for review"), this))
    , m_sign(new QPushButton(tr("Sign Revision…"), this))
    , m_signatories(new QTableWidget(0, 3, this))
    , m_notes(new QPlainTextEdit(this))
    , m_hours(new BusinessHoursEdit(this))
{
    for (const ModelTemplate &m : models)
        m_model->addItem(m.name, m.id);
    m_effective->setCalendarPopup(true);
    m_effective->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_nextReview->setCalendarPopup(true);
    m_nextReview->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_reviewMonths->setRange(1, 60);
    m_reviewMonths->setToolTip(tr("Months between two reviews of the agreement"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_state->setObjectName(QStringLiteral("revisionState"));
    m_inReview->setToolTip(tr("The draft is with the other party; it is still a draft until "
                              "it is signed"));
    m_signatories->setHorizontalHeaderLabels({tr("Name"), tr("Title"), tr("Signs for")});
    m_signatories->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_signatories->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_signatories->horizontalHeader()->setSectionResizeMode(PartyColumn,
                                                            QHeaderView::ResizeToContents);
    m_signatories->verticalHeader()->hide();
    m_signatories->setMinimumHeight(120);
    m_notes->setTabChangesFocus(true);

    auto *review = new QHBoxLayout;
    review->addWidget(m_reviewMonths);
    review->addSpacing(12);
    review->addWidget(m_hasNextReview);
    review->addWidget(m_nextReview);
    review->addStretch();

    auto *signButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add signatory"), this);
    auto *remove = new QPushButton(tr("Remove signatory"), this);
    signButtons->addWidget(add);
    signButtons->addWidget(remove);
    signButtons->addStretch();
    auto *signatories = new QVBoxLayout;
    signatories->addWidget(m_signatories);
    signatories->addLayout(signButtons);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Client:"), m_client);
    form->addRow(tr("&Provider:"), m_provider);
    form->addRow(tr("Started from model:"), m_model);
    form->addRow(tr("Effect&ive date:"), m_effective);
    auto *reviewLabel = new QLabel(tr("&Review every (months):"), this);
    reviewLabel->setBuddy(m_reviewMonths);
    form->addRow(reviewLabel, review);
    auto *revisions = new QPushButton(tr("Revisions…"), this);
    auto *stateRow = new QHBoxLayout;
    stateRow->addWidget(m_inReview);
    stateRow->addStretch();
    stateRow->addWidget(m_sign);
    stateRow->addWidget(revisions);
    auto *stateBox = new QVBoxLayout;
    stateBox->addWidget(m_state);
    stateBox->addLayout(stateRow);
    form->addRow(tr("Status:"), stateBox);
    auto *signatoriesLabel = new QLabel(tr("Si&gnatories:"), this);
    signatoriesLabel->setBuddy(m_signatories);
    form->addRow(signatoriesLabel, signatories);
    auto *hoursLabel = new QLabel(tr("Business hours:"), this);
    hoursLabel->setBuddy(m_hours->timeZoneBox());
    form->addRow(hoursLabel, m_hours);
    form->addRow(tr("&Notes:"), m_notes);
    auto *outer = new QVBoxLayout(this);
    outer->addLayout(form);
    setMaximumWidth(900);

    connect(m_title, &QLineEdit::editingFinished, this, [this] { commit(Title); });
    connect(m_client, &QLineEdit::editingFinished, this, [this] { commit(Client); });
    connect(m_provider, &QLineEdit::editingFinished, this, [this] { commit(Provider); });
    connect(m_model, &QComboBox::activated, this, [this] { commit(Model); });
    connect(m_effective, &QDateEdit::dateChanged, this, [this] { commit(Effective); });
    connect(m_reviewMonths, &QSpinBox::valueChanged, this, [this] { commit(Review); });
    connect(m_hasNextReview, &QCheckBox::toggled, this, [this] { commit(NextReview); });
    connect(m_nextReview, &QDateEdit::dateChanged, this, [this] { commit(NextReview); });
    connect(m_inReview, &QCheckBox::clicked, this, [this] { commit(Status); });
    connect(m_sign, &QPushButton::clicked, this, &DetailsPage::signRequested);
    connect(revisions, &QPushButton::clicked, this, &DetailsPage::revisionsRequested);
    connect(m_signatories, &QTableWidget::cellChanged, this, [this] { commit(Signatories); });
    connect(add, &QPushButton::clicked, this, &DetailsPage::addSignatory);
    connect(remove, &QPushButton::clicked, this, &DetailsPage::removeSignatory);
    new FocusOutWatcher(m_notes, [this] { commit(Notes); });
    connect(m_hours, &BusinessHoursEdit::edited, this,
            [this](const BusinessHours &hours, const QString &text, BusinessHoursEdit::Part part) {
                if (m_loading || !m_document)
                    return;
                AgreementDetails d = m_document->agreement().details;
                d.businessHours = hours;
                // Typing a time is one step; a click or a holiday is its own.
                const bool typed = part == BusinessHoursEdit::Part::Opens
                                   || part == BusinessHoursEdit::Part::Closes;
                m_document->setDetails(d, text, typed ? Notes + 1 + int(part) : -1);
            });
}

void DetailsPage::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &Document::detailsChanged, this, &DetailsPage::load);
        connect(document, &Document::agreementReset, this, &DetailsPage::load);
        connect(document, &Document::itemChanged, this, [this](Document::List list) {
            if (list == Document::List::Parties)
                load();
        });
        connect(document, &Document::changed, this, &DetailsPage::updateState);
    }
    load();
}

void DetailsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateState();
}

// Where the content stands against its signed revisions; the number of
// changes costs a diff, so it is counted only while the page is seen.
void DetailsPage::updateState()
{
    if (!m_document || !isVisible())
        return;
    const Agreement &a = m_document->agreement();
    const RevisionState state = RevisionHistory::state(a);
    QString text = RevisionHistory::describe(state);
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    if (state.lastSignedNumber == 0) {
        text = tr("%1 — never signed").arg(text);
    } else if (state.changedSinceSigned) {
        const Result<Agreement> signedContent = RevisionHistory::open(a, state.lastSignedNumber);
        if (signedContent) {
            const qsizetype count =
                AgreementDiff::compare(*signedContent, a, AgreementDiff::Matching::ById).size();
            text += QStringLiteral(" · ") + tr("%n change(s)", nullptr, int(count));
        }
    } else {
        QStringList people;
        for (const Signatory &s : a.revisions.constLast().signatories)
            people.append(s.name);
        text = tr("%1 by %2 · fingerprint %3")
                   .arg(text, people.join(QStringLiteral(", ")),
                        CanonicalForm::shortText(state.fingerprint));
    }
    m_state->setText(text);
    m_inReview->setChecked(state.status == AgreementDetails::Status::InReview);
    m_inReview->setEnabled(state.status != AgreementDetails::Status::Signed);
    m_sign->setEnabled(state.status != AgreementDetails::Status::Signed);
}

void DetailsPage::load()
{
    if (!m_document)
        return;
    m_loading = true;
    const Agreement &a = m_document->agreement();
    const AgreementDetails &d = a.details;
    if (m_title->text() != d.title)
        m_title->setText(d.title);
    if (m_client->text() != d.client)
        m_client->setText(d.client);
    if (m_provider->text() != d.provider)
        m_provider->setText(d.provider);
    int model = m_model->findData(d.modelId);
    if (model < 0 && !d.modelId.isEmpty()) {
        m_model->addItem(d.modelId, d.modelId);
        model = m_model->count() - 1;
    }
    m_model->setCurrentIndex(model);
    m_effective->setDate(d.effectiveDate.isValid() ? d.effectiveDate : QDate::currentDate());
    m_reviewMonths->setValue(std::max(1, d.reviewMonths));
    m_hasNextReview->setChecked(d.nextReview.isValid());
    m_nextReview->setEnabled(d.nextReview.isValid());
    m_nextReview->setDate(d.dueReview().isValid() ? d.dueReview() : QDate::currentDate());
    if (m_notes->toPlainText() != d.notes)
        m_notes->setPlainText(d.notes);
    m_hours->setHours(d.hours());

    m_signatories->setRowCount(int(d.signatories.size()));
    for (int r = 0; r < d.signatories.size(); ++r) {
        const Signatory &s = d.signatories.at(r);
        m_signatories->setItem(r, NameColumn, new QTableWidgetItem(s.name));
        m_signatories->setItem(r, TitleColumn, new QTableWidgetItem(s.title));
        auto *party = qobject_cast<QComboBox *>(m_signatories->cellWidget(r, PartyColumn));
        if (!party) {
            party = new QComboBox(m_signatories);
            connect(party, &QComboBox::activated, this, [this] { commit(Signatories); });
            m_signatories->setCellWidget(r, PartyColumn, party);
        }
        party->clear();
        party->addItem(tr("(no party)"), 0);
        for (const Party &p : a.parties)
            party->addItem(p.name, p.id);
        party->setCurrentIndex(std::max(0, party->findData(s.partyId)));
    }
    m_loading = false;
    updateState();
}

void DetailsPage::commit(Field field)
{
    if (m_loading || !m_document)
        return;
    AgreementDetails d = m_document->agreement().details;
    QString text;
    switch (field) {
    case Title:
        d.title = m_title->text().trimmed();
        text = tr("Edit title");
        break;
    case Client:
        d.client = m_client->text().trimmed();
        text = tr("Edit client");
        break;
    case Provider:
        d.provider = m_provider->text().trimmed();
        text = tr("Edit provider");
        break;
    case Model:
        d.modelId = m_model->currentData().toString();
        text = tr("Change model");
        break;
    case Effective:
        d.effectiveDate = m_effective->date();
        text = tr("Change effective date");
        break;
    case Review:
        d.reviewMonths = m_reviewMonths->value();
        text = tr("Change review cadence");
        break;
    case NextReview:
        m_nextReview->setEnabled(m_hasNextReview->isChecked());
        d.nextReview = m_hasNextReview->isChecked() ? m_nextReview->date() : QDate();
        text = tr("Change next review");
        break;
    case Status:
        d.status = m_inReview->isChecked() ? AgreementDetails::Status::InReview
                                           : AgreementDetails::Status::Draft;
        text = m_inReview->isChecked() ? tr("Mark as in review") : tr("Mark as draft");
        break;
    case Signatories: {
        // The date and note of a signature are not in the table: keep them.
        const QList<Signatory> before = d.signatories;
        d.signatories.clear();
        for (int r = 0; r < m_signatories->rowCount(); ++r) {
            Signatory s = r < before.size() ? before.at(r) : Signatory();
            s.name = m_signatories->item(r, NameColumn) ? m_signatories->item(r, NameColumn)->text()
                                                        : QString();
            s.title = m_signatories->item(r, TitleColumn)
                          ? m_signatories->item(r, TitleColumn)->text()
                          : QString();
            if (auto *party = qobject_cast<QComboBox *>(m_signatories->cellWidget(r, PartyColumn)))
                s.partyId = party->currentData().toInt();
            d.signatories.append(s);
        }
        text = tr("Edit signatories");
        break;
    }
    case Notes:
        d.notes = m_notes->toPlainText();
        text = tr("Edit notes");
        break;
    }
    m_document->setDetails(d, text, field);
}

void DetailsPage::addSignatory()
{
    if (!m_document)
        return;
    AgreementDetails d = m_document->agreement().details;
    d.signatories.append(Signatory{tr("New signatory"), QString(), 0, {}, {}});
    m_document->setDetails(d, tr("Add signatory"));
    m_signatories->setCurrentCell(m_signatories->rowCount() - 1, NameColumn);
    m_signatories->editItem(m_signatories->currentItem());
}

void DetailsPage::removeSignatory()
{
    const int row = m_signatories->currentRow();
    if (!m_document || row < 0)
        return;
    AgreementDetails d = m_document->agreement().details;
    if (row >= d.signatories.size())
        return;
    d.signatories.removeAt(row);
    m_document->setDetails(d, tr("Remove signatory"));
}
