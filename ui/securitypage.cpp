#include "securitypage.h"

#include "document/document.h"
#include "partychipsdelegate.h"
#include "securitymodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

SecurityPage::SecurityPage(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_view(new QTableView(this))
{
    auto *intro = new QLabel(
        tr("Who monitors, who remediates and who approves each security duty, from the "
           "matrix: remediation is whoever is Responsible, approval whoever is Accountable. "
           "Double-click a row to edit the duty in the matrix."),
        this);
    intro->setWordWrap(true);
    m_summary->setWordWrap(true);
    m_view->setItemDelegate(new PartyChipsDelegate(SecurityModel::PartyChipsRole, m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(intro);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        const int duty = index.data(SecurityModel::DutyIdRole).toInt();
        if (duty != 0)
            emit dutyActivated(duty);
    });
    setDocument(nullptr);
}

SecurityPage::~SecurityPage()
{
    m_view->setModel(nullptr);
}

void SecurityPage::setDocument(Document *document)
{
    m_view->setModel(nullptr);
    if (m_model)
        disconnect(m_model.get(), nullptr, this, nullptr);
    m_model.reset();
    if (document) {
        m_model = std::make_unique<SecurityModel>(document);
        m_model->setLive(isVisible());
        m_model->setFindings(m_findings);
        m_view->setModel(m_model.get());
        QHeaderView *header = m_view->horizontalHeader();
        header->setSectionResizeMode(QHeaderView::Interactive);
        header->setStretchLastSection(true);
        const std::array<int, SecurityModel::ColumnCount - 1> widths{240, 130, 150, 150, 150};
        for (int c = 0; c < SecurityModel::FindingsColumn; ++c)
            header->resizeSection(c, widths.at(std::size_t(c)));
        connect(m_model.get(), &QAbstractItemModel::dataChanged, this,
                &SecurityPage::updateSummary);
        connect(m_model.get(), &QAbstractItemModel::modelReset, this, &SecurityPage::updateSummary);
    }
    setEnabled(document != nullptr);
    updateSummary();
}

void SecurityPage::setFindings(const QList<Finding> &findings)
{
    m_findings = findings;
    if (m_model)
        m_model->setFindings(findings);
    updateSummary();
}

QString SecurityPage::summary() const
{
    return m_summary->text();
}

void SecurityPage::updateSummary()
{
    if (!m_model) {
        m_summary->clear();
        return;
    }
    const int rows = m_model->rowCount();
    const int incomplete = m_model->incompleteCount();
    if (rows == 0)
        m_summary->setText(tr("The agreement has no security duties."));
    else if (incomplete == 0)
        m_summary->setText(tr("%n security duties; each has someone who monitors, remediates "
                              "and approves.",
                              nullptr, rows));
    else
        m_summary->setText(tr("%n security duties;", nullptr, rows) + u' '
                           + tr("%n of them miss someone who monitors, remediates or approves.",
                                nullptr, incomplete));
}

void SecurityPage::showEvent(QShowEvent *event)
{
    if (m_model)
        m_model->setLive(true);
    QWidget::showEvent(event);
}

void SecurityPage::hideEvent(QHideEvent *event)
{
    if (m_model)
        m_model->setLive(false);
    QWidget::hideEvent(event);
}
