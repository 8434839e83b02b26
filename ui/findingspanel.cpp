#include "findingspanel.h"

#include "checks/healthcheck.h"
#include "findingsmodel.h"

#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QSet>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

FindingsPanel::FindingsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new FindingsModel(this))
    , m_summary(new QLabel(this))
    , m_view(new QTreeView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_view);
    m_summary->setWordWrap(true);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setWordWrap(false);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    // As wide as the longest code, measured by fitCodeColumn(): the header's
    // ResizeToContents would measure every row on every layout, three times
    // after each edit's new findings.
    m_view->header()->setSectionResizeMode(1, QHeaderView::Fixed);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (index.isValid())
            emit findingActivated(m_model->findings().at(index.row()));
    });
    setFindings({});
}

QIcon FindingsPanel::iconFor(Finding::Severity severity)
{
    QStyle *style = QApplication::style();
    switch (severity) {
    case Finding::Severity::Error:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case Finding::Severity::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case Finding::Severity::Info:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    }
    return {};
}

const QList<Finding> &FindingsPanel::findings() const
{
    return m_model->findings();
}

QString FindingsPanel::summary() const
{
    return m_summary->text();
}

void FindingsPanel::clear()
{
    m_model->setFindings({});
    fitCodeColumn();
    m_summary->setText(tr("Open or create an agreement to check it."));
}

void FindingsPanel::setFindings(const QList<Finding> &findings)
{
    m_model->setFindings(findings);
    fitCodeColumn();
    const int errors = HealthCheck::count(findings, Finding::Severity::Error);
    const int warnings = HealthCheck::count(findings, Finding::Severity::Warning);
    m_summary->setText(findings.isEmpty()
                           ? tr("No findings: the agreement passes every check.")
                           : tr("%n error(s)", nullptr, errors) + QStringLiteral(", ")
                                 + tr("%n warning(s)", nullptr, warnings));
}

void FindingsPanel::fitCodeColumn()
{
    // A hundred findings share a dozen codes: one row of each is measured.
    int width = m_view->header()->sectionSizeHint(1);
    QSet<QString> measured;
    const QList<Finding> &findings = m_model->findings();
    for (qsizetype row = 0; row < findings.size(); ++row) {
        if (measured.contains(findings.at(row).code))
            continue;
        measured.insert(findings.at(row).code);
        width = std::max(width, m_view->sizeHintForIndex(m_model->index(int(row), 1)).width());
    }
    m_view->header()->resizeSection(1, width);
}

void FindingsPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fitCodeColumn();
}
