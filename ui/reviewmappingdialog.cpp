#include "reviewmappingdialog.h"

#include "model/agreement.h"
#include "review/timestampformat.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

using F = TicketField;
using Urgency = EscalationRule::Urgency;

constexpr std::array dateFields{F::Created, F::FirstResponse, F::Resolved, F::Closed};
constexpr int PreviewShown = 12;

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QTableWidget *valueTable(const QString &valueHeader, const QString &choiceHeader,
                         const QString &accessibleName, QWidget *parent)
{
    auto *table = new QTableWidget(0, 2, parent);
    table->setHorizontalHeaderLabels({valueHeader, choiceHeader});
    table->setAccessibleName(accessibleName);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    // Room for the longest choice of the lists in the second column.
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Fixed);
    table->setColumnWidth(1, 200);
    table->setMinimumHeight(120);
    return table;
}

} // namespace

ReviewMappingDialog::ReviewMappingDialog(const QList<QStringList> &rows, const Agreement &agreement,
                                         const TicketImportOptions &options,
                                         const QHash<QString, int> &handlers, QWidget *parent)
    : QDialog(parent)
    , m_rows(rows)
    , m_agreement(agreement)
    , m_priorities(options.priorities)
    , m_handlerParties(handlers)
    , m_preview(new QTableWidget(this))
    , m_dateOrder(new QGroupBox(tr("Order of day and month"), this))
    , m_dateExample(new QLabel(this))
    , m_dayFirst(new QRadioButton(tr("&Day first (31/12/2024)"), this))
    , m_monthFirst(new QRadioButton(tr("&Month first (12/31/2024)"), this))
    , m_orderGroup(new QButtonGroup(this))
    , m_urgencies(valueTable(tr("Priority in the export"), tr("Urgency"),
                             tr("Urgency of each priority"), this))
    , m_handlerNote(new QLabel(this))
    , m_handlers(
          valueTable(tr("Handler in the export"), tr("Party"), tr("Party of each handler"), this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("reviewMapping"));
    setWindowTitle(tr("Map Ticket Columns"));
    const QStringList header = rows.value(0);

    // The first rows as they are in the file.
    m_preview->setColumnCount(int(header.size()));
    m_preview->setHorizontalHeaderLabels(header);
    m_preview->setRowCount(
        int(std::min<qsizetype>(PreviewShown, std::max<qsizetype>(0, rows.size() - 1))));
    for (int r = 0; r < m_preview->rowCount(); ++r) {
        for (int c = 0; c < header.size(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(rows.at(r + 1).value(c)));
    }
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setAccessibleName(tr("First rows of the export"));
    m_preview->resizeColumnsToContents();
    for (int c = 0; c < m_preview->columnCount(); ++c)
        m_preview->setColumnWidth(c, std::min(m_preview->columnWidth(c), 220));
    // The last column takes the width left, so no blank stripe is shown.
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->setMinimumHeight(160);

    // One list of columns per field, chosen from the mapping so far or the
    // preset the header row matches.
    const TicketPreset *preset = options.preset ? options.preset : TicketPreset::guess(header);
    auto *fields = new QGridLayout;
    for (int f = 0; f < TicketFieldCount; ++f) {
        auto *box = new QComboBox(this);
        box->addItem(tr("(not in the export)"));
        for (const QString &h : header)
            box->addItem(h);
        QString chosen = options.columns.value(F(f));
        if (chosen.isEmpty() && preset) {
            for (const QString &spelling : preset->headers[size_t(f)]) {
                const auto it = std::find_if(header.cbegin(), header.cend(), [&](const QString &h) {
                    return h.trimmed().compare(spelling, Qt::CaseInsensitive) == 0;
                });
                if (it != header.cend()) {
                    chosen = *it;
                    break;
                }
            }
        }
        box->setCurrentIndex(chosen.isEmpty() ? 0 : std::max(0, box->findText(chosen)));
        const QString name = capitalised(ticketFieldName(F(f)));
        box->setAccessibleName(name);
        auto *label = new QLabel(name + QLatin1Char(':'), this);
        label->setBuddy(box);
        // Two columns of fields, the first half on the left.
        const int half = (TicketFieldCount + 1) / 2;
        fields->addWidget(label, f % half, f / half * 2);
        fields->addWidget(box, f % half, f / half * 2 + 1);
        m_columns[size_t(f)] = box;
        connect(box, &QComboBox::currentIndexChanged, this, &ReviewMappingDialog::update);
    }
    fields->setColumnStretch(1, 1);
    fields->setColumnStretch(3, 1);
    fields->setColumnMinimumWidth(2, 0);
    auto *fieldsBox = new QGroupBox(tr("Columns"), this);
    fieldsBox->setLayout(fields);

    m_dateExample->setWordWrap(true);
    m_orderGroup->addButton(m_dayFirst);
    m_orderGroup->addButton(m_monthFirst);
    m_orderGroup->setExclusive(true);
    if (options.dateOrder == TimestampFormat::Order::DayFirst)
        m_dayFirst->setChecked(true);
    else if (options.dateOrder == TimestampFormat::Order::MonthFirst)
        m_monthFirst->setChecked(true);
    auto *order = new QVBoxLayout(m_dateOrder);
    order->addWidget(m_dateExample);
    auto *orderButtons = new QHBoxLayout;
    orderButtons->addWidget(m_dayFirst);
    orderButtons->addWidget(m_monthFirst);
    orderButtons->addStretch();
    order->addLayout(orderButtons);
    connect(m_orderGroup, &QButtonGroup::buttonClicked, this, &ReviewMappingDialog::update);

    auto *urgencyBox = new QGroupBox(tr("Priorities"), this);
    auto *urgencyLayout = new QVBoxLayout(urgencyBox);
    urgencyLayout->addWidget(m_urgencies);
    auto *handlerBox = new QGroupBox(tr("Handlers"), this);
    auto *handlerLayout = new QVBoxLayout(handlerBox);
    m_handlerNote->setWordWrap(true);
    handlerLayout->addWidget(m_handlerNote);
    handlerLayout->addWidget(m_handlers);
    auto *tables = new QHBoxLayout;
    tables->addWidget(urgencyBox, 1);
    tables->addWidget(handlerBox, 1);

    m_problem->setObjectName(QStringLiteral("mappingProblem"));
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    m_problem->setWordWrap(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *previewLabel = new QLabel(tr("First rows of the export:"), this);
    previewLabel->setBuddy(m_preview);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(previewLabel);
    layout->addWidget(m_preview, 1);
    layout->addWidget(fieldsBox);
    layout->addWidget(m_dateOrder);
    layout->addLayout(tables, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    resize(980, 820);
    update();
}

QPushButton *ReviewMappingDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QStringList ReviewMappingDialog::valuesOf(TicketField field) const
{
    QStringList values;
    const int column = m_columns[size_t(field)]->currentIndex() - 1;
    if (column < 0)
        return values;
    for (qsizetype r = 1; r < m_rows.size(); ++r) {
        const QString v = m_rows.at(r).value(column).trimmed();
        if (!v.isEmpty())
            values.append(v);
    }
    return values;
}

void ReviewMappingDialog::update()
{
    // Dates: asked when a column's values could be either order.
    QString ambiguous;
    for (F field : dateFields) {
        const QStringList values = valuesOf(field);
        const auto detection = TimestampFormat::detect(values);
        if (detection.outcome == TimestampFormat::Detection::Outcome::Ambiguous
            && ambiguous.isEmpty())
            ambiguous = tr("The column “%1” writes dates such as “%2”: is that day/month/year or "
                           "month/day/year?")
                            .arg(m_columns[size_t(field)]->currentText(), values.value(0));
    }
    m_dateOrder->setVisible(!ambiguous.isEmpty());
    m_dateExample->setText(ambiguous);

    fillUrgencies();
    fillHandlers();

    QStringList missing;
    for (F required : {F::Id, F::Created}) {
        if (m_columns[size_t(required)]->currentIndex() <= 0)
            missing.append(ticketFieldName(required));
    }
    QString problem;
    if (!missing.isEmpty())
        problem = tr("Choose a column for the %1.").arg(QLocale().createSeparatedList(missing));
    else if (!ambiguous.isEmpty() && !m_orderGroup->checkedButton())
        problem = tr("Say in which order the dates give day and month.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    okButton()->setEnabled(problem.isEmpty());
}

void ReviewMappingDialog::fillUrgencies()
{
    // Keep what was chosen for values already listed.
    for (int r = 0; r < m_urgencies->rowCount(); ++r) {
        if (auto *box = qobject_cast<QComboBox *>(m_urgencies->cellWidget(r, 1)))
            m_priorities.insert(m_urgencies->item(r, 0)->text().toCaseFolded(),
                                Urgency(box->currentData().toInt()));
    }
    QStringList values;
    QSet<QString> seen;
    for (const QString &v : valuesOf(F::Priority)) {
        if (!seen.contains(v.toCaseFolded())) {
            seen.insert(v.toCaseFolded());
            values.append(v);
        }
    }
    m_urgencies->setRowCount(int(values.size()));
    for (int r = 0; r < values.size(); ++r) {
        m_urgencies->setItem(r, 0, new QTableWidgetItem(values.at(r)));
        auto *box = new QComboBox(m_urgencies);
        for (Urgency u : {Urgency::Low, Urgency::Normal, Urgency::High, Urgency::Critical})
            box->addItem(EscalationRule::urgencyName(u), int(u));
        const QString key = values.at(r).toCaseFolded();
        const Urgency urgency =
            m_priorities.contains(key)
                ? m_priorities.value(key)
                : TicketImport::urgencyFromText(values.at(r)).value_or(Urgency::Normal);
        box->setCurrentIndex(box->findData(int(urgency)));
        box->setAccessibleName(tr("Urgency of “%1”").arg(values.at(r)));
        m_urgencies->setCellWidget(r, 1, box);
    }
}

void ReviewMappingDialog::fillHandlers()
{
    for (int r = 0; r < m_handlers->rowCount(); ++r) {
        if (auto *box = qobject_cast<QComboBox *>(m_handlers->cellWidget(r, 1)))
            m_handlerParties.insert(m_handlers->item(r, 0)->text().toCaseFolded(),
                                    box->currentData().toInt());
    }
    QStringList values;
    QSet<QString> seen;
    int matching = 0;
    for (F field : {F::Team, F::Agent}) {
        for (const QString &v : valuesOf(field)) {
            const QString key = v.toCaseFolded();
            if (seen.contains(key))
                continue;
            seen.insert(key);
            // A party's own name or code needs no answer.
            if (m_agreement.findParty(v))
                ++matching;
            else
                values.append(v);
        }
    }
    m_handlerNote->setText(
        matching > 0 ? tr("%n name(s) in the export match a party's name or code and are taken "
                          "as that party.",
                          nullptr, matching)
                     : tr("Which party each team, queue or agent of the export belongs to."));
    m_handlers->setRowCount(int(values.size()));
    for (int r = 0; r < values.size(); ++r) {
        m_handlers->setItem(r, 0, new QTableWidgetItem(values.at(r)));
        auto *box = new QComboBox(m_handlers);
        box->addItem(tr("(no party)"), 0);
        for (const Party &p : m_agreement.parties)
            box->addItem(p.labelWithCode(), p.id);
        box->setCurrentIndex(
            std::max(0, box->findData(m_handlerParties.value(values.at(r).toCaseFolded()))));
        box->setAccessibleName(tr("Party of “%1”").arg(values.at(r)));
        m_handlers->setCellWidget(r, 1, box);
    }
}

TicketImportOptions ReviewMappingDialog::options() const
{
    TicketImportOptions o;
    for (int f = 0; f < TicketFieldCount; ++f) {
        if (m_columns[size_t(f)]->currentIndex() > 0)
            o.columns.insert(F(f), m_columns[size_t(f)]->currentText());
    }
    if (m_dateOrder->isVisibleTo(this) || m_orderGroup->checkedButton()) {
        if (m_dayFirst->isChecked())
            o.dateOrder = TimestampFormat::Order::DayFirst;
        else if (m_monthFirst->isChecked())
            o.dateOrder = TimestampFormat::Order::MonthFirst;
    }
    o.priorities = m_priorities;
    for (int r = 0; r < m_urgencies->rowCount(); ++r) {
        if (auto *box = qobject_cast<QComboBox *>(m_urgencies->cellWidget(r, 1)))
            o.priorities.insert(m_urgencies->item(r, 0)->text().toCaseFolded(),
                                Urgency(box->currentData().toInt()));
    }
    return o;
}

QHash<QString, int> ReviewMappingDialog::handlers() const
{
    QHash<QString, int> out = m_handlerParties;
    for (int r = 0; r < m_handlers->rowCount(); ++r) {
        if (auto *box = qobject_cast<QComboBox *>(m_handlers->cellWidget(r, 1)))
            out.insert(m_handlers->item(r, 0)->text().toCaseFolded(), box->currentData().toInt());
    }
    // No party chosen is no entry: the review lists those names as unknown.
    out.removeIf([](const auto &it) { return it.value() == 0; });
    return out;
}
