#include "mainwindow.h"

#include "checks/healthcheck.h"
#include "document/document.h"
#include "matrixmodel.h"
#include "storage/agreementfile.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_view(new QTableView(this))
    , m_findings(new QLabel(this))
{
    setMinimumSize(640, 400);
    resize(1100, 720);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    setCentralWidget(m_view);
    statusBar()->addPermanentWidget(m_findings);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::openWithDialog);
    open->setShortcut(QKeySequence::Open);
    open->setStatusTip(tr("Open an agreement file"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Dutymap"), this, [this] {
        QMessageBox::about(this, tr("About Dutymap"),
                           tr("<h3>Dutymap %1</h3><p>Plan who does what in co-managed IT: "
                              "internal IT and a managed service provider, side by side.</p>"
                              "<p>Licensed under the GNU GPL, version 3 or later.</p>")
                               .arg(QStringLiteral(DUTYMAP_VERSION)));
    });

    showAgreement(Agreement(), QString());
}

MainWindow::~MainWindow() = default;

void MainWindow::showAgreement(const Agreement &agreement, const QString &path)
{
    auto document = std::make_unique<Document>(agreement);
    document->setFilePath(path);
    auto model = std::make_unique<MatrixModel>(document.get());
    m_view->setModel(model.get());
    m_model = std::move(model);
    m_document = std::move(document);
    connect(m_document.get(), &Document::changed, this, &MainWindow::updateStatus);
    connect(m_document.get(), &Document::modifiedChanged, this, &MainWindow::updateTitle);

    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(MatrixModel::AreaColumn, 190);
    header->resizeSection(MatrixModel::DutyColumn, 420);
    for (int c = MatrixModel::FirstPartyColumn; c < m_model->ownershipColumn(); ++c)
        header->resizeSection(c, 70);
    header->setStretchLastSection(true);
    updateTitle();
    updateStatus();
}

bool MainWindow::openFile(const QString &path)
{
    const Result<Agreement> loaded = AgreementFile::load(path);
    if (!loaded) {
        QMessageBox::warning(this, tr("Cannot open agreement"), loaded.error());
        return false;
    }
    showAgreement(loaded.value(), path);
    return true;
}

void MainWindow::openWithDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open agreement"), QString(),
                                                      tr("Dutymap agreements (*.dutymap)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::updateTitle()
{
    const AgreementDetails &d = m_document->agreement().details;
    QString name =
        m_document->filePath().isEmpty() ? d.title : QFileInfo(m_document->filePath()).fileName();
    if (name.isEmpty())
        name = tr("Untitled agreement");
    setWindowTitle(name + QStringLiteral("[*]"));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateStatus()
{
    const QList<Finding> findings = HealthCheck::run(m_document->agreement());
    const int errors = HealthCheck::count(findings, Finding::Severity::Error);
    const int warnings = HealthCheck::count(findings, Finding::Severity::Warning);
    m_findings->setText(tr("%n duties", nullptr, int(m_document->agreement().duties.size()))
                        + QStringLiteral(" · ") + tr("%n error(s)", nullptr, errors)
                        + QStringLiteral(" · ") + tr("%n warning(s)", nullptr, warnings));
}
