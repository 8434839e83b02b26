#include "findingspanel.h"

#include "checks/healthcheck.h"
#include "findingsmodel.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

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
    m_view->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
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
    m_summary->setText(tr("Open or create an agreement to check it."));
}

void FindingsPanel::setFindings(const QList<Finding> &findings)
{
    m_model->setFindings(findings);
    const int errors = HealthCheck::count(findings, Finding::Severity::Error);
    const int warnings = HealthCheck::count(findings, Finding::Severity::Warning);
    m_summary->setText(findings.isEmpty()
                           ? tr("No findings: the agreement passes every check.")
                           : tr("%n error(s)", nullptr, errors) + QStringLiteral(", ")
                                 + tr("%n warning(s)", nullptr, warnings));
}
