#include "mainwindow.h"

#include "assessmentpage.h"
#include "chartspanel.h"
#include "checks/healthcheck.h"
#include "databaseorigin.h"
#include "detailspage.h"
#include "document/document.h"
#include "dutyinspector.h"
#include "exchange/agreementnames.h"
#include "filterbar.h"
#include "findingspanel.h"
#include "matrixfiltermodel.h"
#include "matrixmodel.h"
#include "matrixview.h"
#include "passwordvault.h"
#include "prompter.h"
#include "reviewpage.h"
#include "revisions/canonicalform.h"
#include "revisions/revisionhistory.h"
#include "revisionsdialog.h"
#include "rolecolors.h"
#include "routingpage.h"
#include "securitypage.h"
#include "startview.h"
#include "storage/agreementfile.h"
#include "systemspage.h"
#include "templates/templatelibrary.h"
#include "toolspage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QUndoGroup>
#include <QUndoView>
#include <QVBoxLayout>

namespace {
constexpr int MaxRecentFiles = 8;
constexpr int AutosaveMilliseconds = 60 * 1000;

QString fileFilter()
{
    return QCoreApplication::translate("MainWindow", "Dutymap agreements (*.dutymap)");
}

QWidget *legend(QWidget *parent)
{
    auto *w = new QWidget(parent);
    auto *layout = new QHBoxLayout(w);
    layout->setContentsMargins(0, 0, 0, 0);
    for (Raci::Role r : {Raci::Accountable, Raci::Responsible, Raci::Consulted, Raci::Informed}) {
        auto *label = new QLabel(
            QStringLiteral("%1 = %2").arg(Raci::roleLetter(r)).arg(Raci::roleName(r)), w);
        label->setStyleSheet(
            QStringLiteral("QLabel { background: %1; color: black; padding: 1px 6px; "
                           "border-radius: 3px; }")
                .arg(RoleColors::of(r).name()));
        layout->addWidget(label);
    }
    auto *hint =
        new QLabel(QCoreApplication::translate(
                       "MainWindow", "Type A, R, C or I to toggle a role · Delete clears · "
                                     "Enter edits the duty"),
                   w);
    hint->setEnabled(false);
    layout->addSpacing(12);
    layout->addWidget(hint);
    layout->addStretch();
    return w;
}
} // namespace

MainWindow::MainWindow(Prompter *prompter, QWidget *parent)
    : QMainWindow(parent)
    , m_ownPrompter(prompter ? nullptr : new DialogPrompter)
    , m_prompter(prompter ? prompter : m_ownPrompter.get())
    , m_templates(TemplateLibrary::load())
    , m_autosaveTimer(new QTimer(this))
    , m_undoGroup(new QUndoGroup(this))
    , m_stack(new QStackedWidget(this))
    , m_start(new StartView(m_templates, this))
    , m_tabs(new QTabWidget(this))
    , m_filterBar(new FilterBar(this))
    , m_view(new MatrixView(this))
    , m_details(new DetailsPage(m_templates.models(m_templates.languageFor(QLocale())), this))
    , m_systems(new SystemsPage(this))
    , m_routing(new RoutingPage(this))
    , m_toolsPage(new ToolsPage(this))
    , m_security(new SecurityPage(this))
    , m_assessment(new AssessmentPage(m_templates, this))
    , m_review(new ReviewPage(m_prompter, this))
    , m_inspector(new DutyInspector(this))
    , m_findings(new FindingsPanel(this))
    , m_charts(new ChartsPanel(this))
    , m_history(new QUndoView(m_undoGroup, this))
    , m_status(new QLabel(this))
    , m_vault(&PasswordVault::system())
{
    setObjectName(QStringLiteral("MainWindow"));
    setMinimumSize(800, 500);
    resize(1280, 800);
    setAcceptDrops(true);

    auto *matrixPage = new QWidget(this);
    auto *matrixLayout = new QVBoxLayout(matrixPage);
    matrixLayout->setContentsMargins(4, 4, 4, 4);
    matrixLayout->addWidget(m_filterBar);
    matrixLayout->addWidget(m_view, 1);
    matrixLayout->addWidget(legend(matrixPage));
    auto *detailsScroll = new QScrollArea(this);
    detailsScroll->setWidget(m_details);
    detailsScroll->setWidgetResizable(true);
    m_tabs->addTab(matrixPage, tr("&Matrix"));
    m_tabs->addTab(detailsScroll, tr("&Details"));
    m_tabs->addTab(m_systems, tr("S&ystems"));
    m_tabs->addTab(m_routing, tr("R&outing"));
    m_tabs->addTab(m_toolsPage, tr("Too&ls"));
    m_tabs->addTab(m_security, tr("Sec&urity"));
    m_tabs->addTab(m_assessment, tr("Asses&sment"));
    // No Alt+letter is left free on every tab; Import Tickets in the File
    // menu (Alt+F, T) leads here.
    m_tabs->addTab(m_review, tr("Review"));
    connect(m_review, &ReviewPage::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    connect(m_review, &ReviewPage::ruleRequested, this, [this](int ruleId) {
        m_tabs->setCurrentWidget(m_routing);
        m_routing->selectRule(ruleId);
    });
    m_stack->addWidget(m_start);
    m_stack->addWidget(m_tabs);
    setCentralWidget(m_stack);

    const auto dock = [this](QWidget *content, const QString &title, const QString &name,
                             Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(content);
        addDockWidget(area, d);
        return d;
    };
    QDockWidget *inspectorDock =
        dock(m_inspector, tr("Duty"), QStringLiteral("inspector"), Qt::RightDockWidgetArea);
    m_inspectorDock = inspectorDock;
    QDockWidget *chartsDock =
        dock(m_charts, tr("Charts"), QStringLiteral("charts"), Qt::RightDockWidgetArea);
    QDockWidget *findingsDock =
        dock(m_findings, tr("Findings"), QStringLiteral("findings"), Qt::BottomDockWidgetArea);
    QDockWidget *historyDock =
        dock(m_history, tr("History"), QStringLiteral("history"), Qt::BottomDockWidgetArea);
    tabifyDockWidget(inspectorDock, chartsDock);
    inspectorDock->raise();
    tabifyDockWidget(findingsDock, historyDock);
    findingsDock->raise();
    m_history->setEmptyLabel(tr("<opened>"));
    statusBar()->addPermanentWidget(m_status);

    connect(m_filterBar, &FilterBar::criteriaChanged, this,
            [this](const MatrixFilterModel::Criteria &c) {
                if (!m_filter)
                    return;
                m_filter->setCriteria(c);
            });
    connect(m_view, &MatrixView::dutyActivated, this, [this, inspectorDock](int id) {
        m_inspector->setDuty(id);
        inspectorDock->show();
        inspectorDock->raise();
        m_inspector->focusTitle();
    });
    connect(m_view, &MatrixView::problem, this,
            [this](const QString &message) { showError(tr("Paste"), message); });
    connect(m_view->header(), &QHeaderView::sectionResized, this,
            [this](int column, int, int width) {
                if (!m_model)
                    return;
                const QString key =
                    column == MatrixModel::DutyColumn      ? QStringLiteral("matrix/dutyWidth")
                    : column == m_model->ownershipColumn() ? QStringLiteral("matrix/ownershipWidth")
                                                           : QStringLiteral("matrix/partyWidth");
                QSettings().setValue(key, width);
            });
    connect(m_findings, &FindingsPanel::findingActivated, this, &MainWindow::goToFinding);
    connect(m_details, &DetailsPage::signRequested, this, &MainWindow::signRevision);
    connect(m_details, &DetailsPage::revisionsRequested, this, &MainWindow::showRevisions);
    connect(m_security, &SecurityPage::dutyActivated, this, [this](int dutyId) {
        m_tabs->setCurrentIndex(0);
        m_view->selectDuty(dutyId);
        m_view->setFocus();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::placeDocks);
    connect(m_start, &StartView::newFromModel, this, &MainWindow::newFromModel);
    connect(m_start, &StartView::assessRequested, this, &MainWindow::newFromAssessment);
    connect(m_start, &StartView::openRequested, this, &MainWindow::openWithDialog);
    connect(m_start, &StartView::openRecent, this, &MainWindow::openFile);
    connect(m_autosaveTimer, &QTimer::timeout, this, &MainWindow::autosave);
    m_autosaveTimer->start(AutosaveMilliseconds);

    createActions();
    m_start->setRecentFiles(recentFiles());

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    if (!restoreState(settings.value(QStringLiteral("window/state")).toByteArray())) {
        // First start: the matrix gets most of the room.
        resizeDocks({findingsDock}, {170}, Qt::Vertical);
        resizeDocks({inspectorDock}, {380}, Qt::Horizontal);
    }
    setDocument(nullptr);
}

MainWindow::~MainWindow()
{
    // Views go before the models and the document they show.
    m_view->setModel(nullptr);
    m_inspector->setDocument(nullptr);
    m_details->setDocument(nullptr);
    m_systems->setDocument(nullptr);
    m_routing->setDocument(nullptr);
    m_toolsPage->setDocument(nullptr);
    m_security->setDocument(nullptr);
    m_assessment->setDocument(nullptr);
    m_review->setDocument(nullptr);
    m_charts->setDocument(nullptr);
    m_filterBar->setDocument(nullptr);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New Agreement…"), this, [this] {
        if (maybeSave())
            setDocument(nullptr);
    });
    newAction->setShortcut(QKeySequence::New);
    newAction->setStatusTip(tr("Start a new agreement from a responsibility model"));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::openWithDialog);
    open->setShortcut(QKeySequence::Open);
    open->setStatusTip(tr("Open an agreement file"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    updateRecentMenu();
    file->addAction(tr("Open Por&tfolio…"), this, &MainWindow::openPortfolioWithDialog)
        ->setStatusTip(tr("List the agreements of a folder: status, reviews due, findings"));
    file->addAction(tr("Portfo&lio from Database…"), this,
                    &MainWindow::openDatabasePortfolioWithDialog)
        ->setStatusTip(tr("List the agreements of a shared store on PostgreSQL"));
    QAction *openDatabase =
        file->addAction(tr("Open from &Database…"), this, &MainWindow::openFromDatabaseWithDialog);
    openDatabase->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    openDatabase->setStatusTip(tr("Open an agreement from your team's PostgreSQL database"));
    file->addSeparator();
    m_saveAction = file->addAction(tr("&Save"), this, &MainWindow::save);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setStatusTip(tr("Save the agreement"));
    QAction *saveAs = file->addAction(tr("Save &As…"), this, &MainWindow::saveAs);
    saveAs->setShortcut(QKeySequence::SaveAs);
    QAction *saveDatabase = file->addAction(tr("Save to Data&base…"), this, [this] {
        if (m_origin)
            saveToDatabase();
        else
            saveToDatabaseWithDialog();
    });
    saveDatabase->setStatusTip(
        tr("Store the agreement in your team's PostgreSQL database, or save it there again"));
    m_documentActions << saveDatabase;
    file->addSeparator();
    file->addAction(tr("&Import Spreadsheet…"), this, &MainWindow::importSpreadsheetWithDialog)
        ->setStatusTip(tr("Read a RACI matrix from an Excel workbook (XLSX) or a CSV file"));
    QAction *tickets = file->addAction(tr("Import &Tickets…"), this, [this] {
        m_tabs->setCurrentWidget(m_review);
        m_review->importWithDialog();
    });
    tickets->setStatusTip(
        tr("Read a help desk's ticket export and review the agreement against it"));
    m_documentActions << tickets;
    QAction *exportAction = file->addAction(tr("&Export…"), this, &MainWindow::exportWithDialog);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setStatusTip(tr("Write the agreement as PDF, XLSX, CSV, Markdown, HTML or JSON"));
    QAction *preview = file->addAction(tr("Print Pre&view…"), this, &MainWindow::printPreview);
    QAction *print = file->addAction(tr("&Print…"), this, &MainWindow::printWithDialog);
    print->setShortcut(QKeySequence::Print);
    m_documentActions << exportAction << preview << print;
    file->addSeparator();
    QAction *sign = file->addAction(tr("Si&gn Revision…"), this, &MainWindow::signRevision);
    sign->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S));
    sign->setStatusTip(
        tr("Record who signed the agreement as it is now, and freeze that revision"));
    QAction *revisions =
        file->addAction(tr("Revision &History…"), this, &MainWindow::showRevisions);
    revisions->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_H));
    revisions->setStatusTip(tr("The signed revisions: open, export, restore or compare one"));
    QAction *compare =
        file->addAction(tr("Compare &With File…"), this, &MainWindow::compareWithFileDialog);
    compare->setStatusTip(tr("Show what differs from another copy (.dutymap or JSON export)"));
    QAction *merge = file->addAction(tr("&Merge With File…"), this, &MainWindow::mergeWithDialog);
    merge->setStatusTip(
        tr("Take the changes of another edited copy, settling conflicts one by one"));
    m_documentActions << sign << revisions << compare << merge;
    file->addSeparator();
    m_revertAction = file->addAction(tr("Re&vert"), this, &MainWindow::revert);
    m_revertAction->setStatusTip(tr("Discard the changes since the last save"));
    QAction *close = file->addAction(tr("&Close"), this, &MainWindow::closeDocument);
    close->setShortcut(QKeySequence::Close);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    m_documentActions << saveAs << close;

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *copy = edit->addAction(tr("&Copy"), m_view, &MatrixView::copy);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    QAction *paste = edit->addAction(tr("&Paste"), m_view, &MatrixView::paste);
    paste->setShortcut(QKeySequence::Paste);
    paste->setShortcutContext(Qt::WidgetShortcut);
    edit->addSeparator();
    QMenu *roles = edit->addMenu(tr("&Roles"));
    for (Raci::Role r : {Raci::Accountable, Raci::Responsible, Raci::Consulted, Raci::Informed}) {
        QAction *toggle = roles->addAction(tr("Toggle %1").arg(Raci::roleName(r)), m_view,
                                           [this, r] { m_view->toggleRole(r); });
        toggle->setShortcut(QKeySequence(QString(Raci::roleLetter(r))));
        toggle->setShortcutContext(Qt::WidgetShortcut); // the view handles the key itself
        m_documentActions << toggle;
    }
    QAction *clear = roles->addAction(tr("C&lear Roles"), m_view, &MatrixView::clearRoles);
    clear->setShortcut(QKeySequence::Delete);
    clear->setShortcutContext(Qt::WidgetShortcut);
    edit->addSeparator();
    QAction *addDuty = edit->addAction(tr("&Add Duty"), this, &MainWindow::addDuty);
    addDuty->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    QAction *removeDuty = edit->addAction(tr("Remo&ve Duties"), this, &MainWindow::removeDuties);
    removeDuty->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    QAction *up = edit->addAction(tr("Move Duty &Up"), this, [this] { moveDuty(-1); });
    up->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up));
    QAction *down = edit->addAction(tr("Move Duty &Down"), this, [this] { moveDuty(1); });
    down->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down));
    edit->addSeparator();
    QMenu *areas = edit->addMenu(tr("Ar&eas"));
    QAction *addArea = areas->addAction(tr("&Add Area…"), this, &MainWindow::addArea);
    QAction *renameArea = areas->addAction(tr("&Rename Area…"), this, &MainWindow::renameArea);
    renameArea->setShortcut(QKeySequence(Qt::Key_F2));
    renameArea->setShortcutContext(Qt::WidgetShortcut);
    QAction *removeArea = areas->addAction(tr("Re&move Area"), this, &MainWindow::removeArea);
    QAction *areaUp = areas->addAction(tr("Move Area &Up"), this, [this] { moveArea(-1); });
    QAction *areaDown = areas->addAction(tr("Move Area &Down"), this, [this] { moveArea(1); });
    QMenu *parties = edit->addMenu(tr("&Parties"));
    QAction *addParty = parties->addAction(tr("&Add Party…"), this, &MainWindow::addParty);
    QAction *renameParty = parties->addAction(tr("&Rename Party…"), this, &MainWindow::renameParty);
    QAction *removeParty = parties->addAction(tr("Re&move Party"), this, &MainWindow::removeParty);
    QAction *partyLeft =
        parties->addAction(tr("Move Party &Left"), this, [this] { moveParty(-1); });
    QAction *partyRight =
        parties->addAction(tr("Move Party Ri&ght"), this, [this] { moveParty(1); });
    m_documentActions << copy << paste << clear << addDuty << removeDuty << up << down << addArea
                      << renameArea << removeArea << addParty << renameParty << removeParty
                      << partyLeft << partyRight << areaUp << areaDown;
    m_view->addActions({copy, paste, clear, renameArea});
    // The duty keys act on the matrix only: on the other tabs the same keys
    // belong to their own lists (rules, tools).
    for (QAction *a : {addDuty, removeDuty, up, down})
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_tabs->widget(0)->addActions({addDuty, removeDuty, up, down});

    // The matrix's context menu offers the same actions.
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [=, this](const QPoint &pos) {
        QMenu menu(this);
        menu.addMenu(roles);
        menu.addSeparator();
        menu.addActions({addDuty, removeDuty, up, down});
        menu.addSeparator();
        menu.addActions({addArea, renameArea, removeArea, areaUp, areaDown});
        menu.addSeparator();
        menu.addActions({copy, paste});
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *find = view->addAction(tr("&Filter Duties"), this, [this] {
        m_tabs->setCurrentIndex(0);
        m_filterBar->textEdit()->setFocus();
        m_filterBar->textEdit()->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    view->addAction(tr("&Expand All Areas"), m_view, &QTreeView::expandAll);
    view->addAction(tr("&Collapse All Areas"), m_view, &QTreeView::collapseAll);
    view->addSeparator();
    for (QDockWidget *d : findChildren<QDockWidget *>())
        view->addAction(d->toggleViewAction());
    m_documentActions << find;

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Dutymap"), this, [this] {
        QMessageBox::about(this, tr("About Dutymap"),
                           tr("<h3>Dutymap %1</h3><p>Plan who does what in co-managed IT: "
                              "internal IT and a managed service provider, side by side.</p>"
                              "<p>Licensed under the GNU GPL, version 3 or later.</p>")
                               .arg(QStringLiteral(DUTYMAP_VERSION)));
    });
}

bool MainWindow::isShowingStartView() const
{
    return m_stack->currentWidget() == m_start;
}

void MainWindow::setDocument(std::unique_ptr<Document> document)
{
    if (m_revisions)
        m_revisions->close();
    m_view->setModel(nullptr);
    m_inspector->setDocument(nullptr);
    m_details->setDocument(nullptr);
    m_systems->setDocument(nullptr);
    m_routing->setDocument(nullptr);
    m_toolsPage->setDocument(nullptr);
    m_security->setDocument(nullptr);
    m_assessment->setDocument(nullptr);
    m_review->setDocument(nullptr);
    m_charts->setDocument(nullptr);
    m_filterBar->setDocument(nullptr);
    if (m_document)
        m_undoGroup->removeStack(m_document->undoStack());
    m_filter.reset();
    m_model.reset();
    m_origin.reset();
    if (!m_recoveryKey.isEmpty())
        m_recovery.discard(m_recoveryKey);
    m_recoveryKey.clear();
    m_document = std::move(document);

    if (!m_document) {
        m_start->setRecentFiles(recentFiles());
        m_stack->setCurrentWidget(m_start);
        placeDocks();
        m_findings->clear();
        m_status->clear();
        updateTitle();
        updateActions();
        return;
    }

    m_recoveryKey = RecoveryStore::keyFor(m_document->filePath());
    m_model = std::make_unique<MatrixModel>(m_document.get());
    m_filter = std::make_unique<MatrixFilterModel>();
    m_filter->setSourceModel(m_model.get());
    m_view->setModels(m_model.get(), m_filter.get());
    m_undoGroup->addStack(m_document->undoStack());
    m_undoGroup->setActiveStack(m_document->undoStack());
    m_inspector->setDocument(m_document.get());
    m_details->setDocument(m_document.get());
    m_systems->setDocument(m_document.get());
    m_routing->setDocument(m_document.get());
    m_toolsPage->setDocument(m_document.get());
    m_security->setDocument(m_document.get());
    m_assessment->setDocument(m_document.get());
    m_review->setDocument(m_document.get());
    m_charts->setDocument(m_document.get());
    m_filterBar->setDocument(m_document.get());
    // The whole-agreement check follows the edits instead of holding up the
    // repaint of the edited cell; a burst of edits is checked once.
    connect(m_document.get(), &Document::changesSettled, this, &MainWindow::runChecks);
    connect(m_document.get(), &Document::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document.get(), &Document::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                const int duty = current.data(MatrixModel::DutyIdRole).toInt();
                if (duty != 0)
                    m_inspector->setDuty(duty);
            });

    // Column widths are the user's: kept per kind of column across documents.
    QHeaderView *header = m_view->header();
    header->setSectionResizeMode(QHeaderView::Interactive);
    const QSettings settings;
    header->resizeSection(MatrixModel::DutyColumn,
                          settings.value(QStringLiteral("matrix/dutyWidth"), 460).toInt());
    for (int c = MatrixModel::FirstPartyColumn; c < m_model->ownershipColumn(); ++c)
        header->resizeSection(c, settings.value(QStringLiteral("matrix/partyWidth"), 64).toInt());
    header->resizeSection(m_model->ownershipColumn(),
                          settings.value(QStringLiteral("matrix/ownershipWidth"), 100).toInt());
    m_stack->setCurrentWidget(m_tabs);
    placeDocks();
    m_tabs->setCurrentIndex(0);
    const QModelIndex first = m_filter->index(0, 0, m_filter->index(0, 0));
    if (first.isValid())
        m_view->setCurrentIndex(first);
    m_view->setFocus();
    runChecks();
    updateTitle();
    updateActions();
}

void MainWindow::showAgreement(const Agreement &agreement, const QString &path)
{
    auto document = std::make_unique<Document>(agreement);
    document->setFilePath(path);
    setDocument(std::move(document));
    if (!path.isEmpty())
        rememberFileStamp();
}

void MainWindow::runChecks()
{
    if (!m_document)
        return;
    const QList<Finding> findings = HealthCheck::run(m_document->agreement());
    m_model->setFindings(findings);
    m_findings->setFindings(findings);
    m_routing->setFindings(findings);
    m_toolsPage->setFindings(findings);
    m_security->setFindings(findings);
    const int errors = HealthCheck::count(findings, Finding::Severity::Error);
    const int warnings = HealthCheck::count(findings, Finding::Severity::Warning);
    // Where the content stands against its signed revisions, with the
    // fingerprint the parties compare when they sign.
    const RevisionState state = RevisionHistory::state(m_document->agreement());
    QString revision = RevisionHistory::describe(state);
    if (!revision.isEmpty())
        revision[0] = revision.at(0).toUpper();
    if (!state.fingerprint.isEmpty())
        revision += QStringLiteral(" · ") + CanonicalForm::shortText(state.fingerprint);
    m_status->setText(revision + QStringLiteral(" · ")
                      + tr("%n duties", nullptr, int(m_document->agreement().duties.size()))
                      + QStringLiteral(" · ") + tr("%n error(s)", nullptr, errors)
                      + QStringLiteral(" · ") + tr("%n warning(s)", nullptr, warnings));
    updateTitle();
}

void MainWindow::goToFinding(const Finding &finding)
{
    // Routing and tool findings are shown where those are edited.
    if (finding.ruleId != 0) {
        m_tabs->setCurrentWidget(m_routing);
        m_routing->selectRule(finding.ruleId);
        return;
    }
    if (finding.toolId != 0) {
        m_tabs->setCurrentWidget(m_toolsPage);
        m_toolsPage->selectCell(finding.toolId, finding.partyId);
        return;
    }
    m_tabs->setCurrentIndex(0);
    if (finding.dutyId != 0) {
        m_view->selectDuty(finding.dutyId, finding.partyId);
        m_view->setFocus();
        return;
    }
    statusBar()->showMessage(finding.message, 8000);
}

// Also keeps Revert in step: it needs a file and changes since it was saved.
void MainWindow::updateTitle()
{
    if (!m_document) {
        setWindowTitle(QString());
        setWindowModified(false);
        m_revertAction->setEnabled(false);
        return;
    }
    QString name = m_document->filePath().isEmpty() ? m_document->agreement().details.title
                                                    : QFileInfo(m_document->filePath()).fileName();
    if (m_origin)
        name = tr("%1 (%2, version %3)")
                   .arg(m_origin->stored.name, m_origin->address.displayName())
                   .arg(m_origin->stored.version);
    if (name.isEmpty())
        name = tr("Untitled agreement");
    setWindowTitle(name + QStringLiteral("[*] — ")
                   + RevisionHistory::describe(RevisionHistory::state(m_document->agreement())));
    setWindowModified(m_document->isModified());
    m_revertAction->setEnabled(m_document->isModified() && !m_document->filePath().isEmpty());
}

void MainWindow::updateActions()
{
    const bool open = m_document != nullptr;
    for (QAction *a : std::as_const(m_documentActions))
        a->setEnabled(open);
    m_saveAction->setEnabled(open);
}

void MainWindow::showError(const QString &title, const QString &message)
{
    m_prompter->showError(this, title, message);
}

// Files ----------------------------------------------------------------------

bool MainWindow::maybeSave()
{
    if (!databaseIdle())
        return false;
    if (!m_document || !m_document->isModified())
        return true;
    switch (m_prompter->askToSaveChanges(this, documentName())) {
    case Prompter::SaveChoice::Save:
        return save();
    case Prompter::SaveChoice::Discard:
        return true;
    case Prompter::SaveChoice::Cancel:
        return false;
    }
    return false;
}

bool MainWindow::openFile(const QString &path)
{
    if (!maybeSave())
        return false;
    const Result<Agreement> loaded = AgreementFile::load(path);
    if (!loaded) {
        showError(tr("Cannot open agreement"), loaded.error());
        return false;
    }
    showAgreement(loaded.value(), QFileInfo(path).absoluteFilePath());
    addRecentFile(m_document->filePath());
    return true;
}

void MainWindow::openWithDialog()
{
    const QString path = m_prompter->openFileName(this, tr("Open agreement"), fileFilter());
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::newFromModel(const QString &modelId)
{
    if (!maybeSave())
        return false;
    const ModelTemplate *model = m_templates.model(modelId);
    if (!model) {
        showError(tr("New agreement"), tr("There is no model “%1”.").arg(modelId));
        return false;
    }
    // The agreement's words follow the window's language unless the user
    // picks another.
    const QString language = m_templates.languageFor(QLocale());
    const QList<ModelTemplate> translated = m_templates.models(language);
    const auto shown = std::find_if(translated.cbegin(), translated.cend(),
                                    [&modelId](const ModelTemplate &m) { return m.id == modelId; });
    const std::optional<TemplateLibrary::NewAgreement> values =
        m_prompter->askNewAgreement(this, shown != translated.cend() ? shown->name : model->name,
                                    m_templates.languages(), language);
    if (!values)
        return false;
    const Result<Agreement> agreement = m_templates.instantiate(modelId, *values);
    if (!agreement) {
        showError(tr("New agreement"), agreement.error());
        return false;
    }
    showAgreement(agreement.value());
    return true;
}

bool MainWindow::newFromAssessment()
{
    // The broadest model holds every duty until the answers choose one.
    if (!newFromModel(QStringLiteral("full-hybrid")))
        return false;
    m_tabs->setCurrentWidget(m_assessment);
    if (QWidget *first = m_assessment->editor(QStringLiteral("monthlyTickets")))
        first->setFocus();
    statusBar()->showMessage(tr("Answer what you know, then start from the recommended model."),
                             10'000);
    return true;
}

void MainWindow::rememberFileStamp()
{
    const QFileInfo info(m_document->filePath());
    m_fileModified = info.lastModified();
    m_fileSize = info.size();
}

bool MainWindow::fileChangedOnDisk() const
{
    QFileInfo info(m_document->filePath());
    info.refresh();
    return info.exists() && (info.lastModified() != m_fileModified || info.size() != m_fileSize);
}

bool MainWindow::save()
{
    if (!m_document)
        return false;
    if (m_origin)
        return saveToDatabase();
    if (m_document->filePath().isEmpty())
        return saveAs();
    if (fileChangedOnDisk()) {
        switch (m_prompter->askAboutChangedFile(this, m_document->filePath())) {
        case Prompter::ConflictChoice::Overwrite:
            break;
        case Prompter::ConflictChoice::SaveAs:
            return saveAs();
        case Prompter::ConflictChoice::Cancel:
            return false;
        }
    }
    return saveTo(m_document->filePath());
}

bool MainWindow::saveAs()
{
    if (!m_document)
        return false;
    QString suggested = m_document->filePath();
    if (suggested.isEmpty())
        suggested = (m_document->agreement().details.client.isEmpty()
                         ? tr("agreement")
                         : m_document->agreement().details.client)
                    + QStringLiteral(".dutymap");
    QString path = m_prompter->saveFileName(this, tr("Save agreement"), suggested, fileFilter());
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".dutymap");
    return saveTo(path);
}

bool MainWindow::saveTo(const QString &path)
{
    const Status saved = AgreementFile::save(m_document->agreement(), path);
    if (!saved) {
        showError(tr("Cannot save agreement"), saved.error());
        return false;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    // A stored agreement saved as a file is that file from now on.
    m_origin.reset();
    if (absolute != m_document->filePath()) {
        m_recovery.discard(m_recoveryKey);
        m_document->setFilePath(absolute);
        m_recoveryKey = RecoveryStore::keyFor(absolute);
    }
    m_document->markSaved();
    m_recovery.discard(m_recoveryKey);
    rememberFileStamp();
    addRecentFile(absolute);
    updateTitle();
    statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(absolute).fileName()), 4000);
    return true;
}

bool MainWindow::revert()
{
    if (!m_document || m_document->filePath().isEmpty() || !m_document->isModified())
        return false;
    if (!m_prompter->askToRevert(this, QFileInfo(m_document->filePath()).fileName()))
        return false;
    const Result<Agreement> loaded = AgreementFile::load(m_document->filePath());
    if (!loaded) {
        showError(tr("Cannot revert"), loaded.error());
        return false;
    }
    showAgreement(loaded.value(), m_document->filePath());
    return true;
}

bool MainWindow::closeDocument()
{
    if (!maybeSave())
        return false;
    setDocument(nullptr);
    return true;
}

void MainWindow::autosave()
{
    if (!m_document || !m_document->isModified())
        return;
    if (const Status s =
            m_recovery.write(m_recoveryKey, m_document->agreement(), m_document->filePath());
        !s)
        statusBar()->showMessage(s.error(), 8000);
}

bool MainWindow::offerRecovery()
{
    const QList<RecoveryStore::Entry> pending = m_recovery.pending();
    if (pending.isEmpty())
        return false;
    const RecoveryStore::Entry &entry = pending.constFirst();
    const QString what =
        entry.documentPath.isEmpty()
            ? tr("Unsaved work on “%1” from %2 was kept.")
                  .arg(entry.title,
                       QLocale().toString(entry.savedAt.toLocalTime(), QLocale::ShortFormat))
            : tr("Unsaved changes to %1 from %2 were kept.")
                  .arg(QFileInfo(entry.documentPath).fileName(),
                       QLocale().toString(entry.savedAt.toLocalTime(), QLocale::ShortFormat));
    if (!m_prompter->askToRecover(this, what)) {
        m_recovery.discard(entry.key);
        return false;
    }
    const Result<Agreement> recovered = m_recovery.read(entry);
    if (!recovered) {
        showError(tr("Cannot recover"), recovered.error());
        return false;
    }
    // Start from the file as saved, so undo leads back to it, and apply the
    // recovered work as one step: the document shows as modified.
    Agreement base;
    if (!entry.documentPath.isEmpty()) {
        if (const Result<Agreement> onDisk = AgreementFile::load(entry.documentPath))
            base = onDisk.value();
    }
    showAgreement(base, entry.documentPath);
    m_document->replaceAgreement(recovered.value(), tr("Recover unsaved work"));
    m_recovery.discard(entry.key);
    autosave();
    return true;
}

QStringList MainWindow::recentFiles() const
{
    return QSettings().value(QStringLiteral("recentFiles")).toStringList();
}

void MainWindow::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    QSettings().setValue(QStringLiteral("recentFiles"), files);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        QAction *a = m_recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()), this,
            [this, path] { openFile(path); });
        a->setStatusTip(path);
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    unparkDocks();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    if (!m_recoveryKey.isEmpty())
        m_recovery.discard(m_recoveryKey);
    event->accept();
}

void MainWindow::placeDocks()
{
    const bool onTabs = m_stack->currentWidget() == m_tabs;
    // Backwards: a panel shown comes to the front of its group, and the
    // first ones made (Duty, Findings) should end up there.
    const QList<QDockWidget *> docks = findChildren<QDockWidget *>();
    for (auto it = docks.crbegin(); it != docks.crend(); ++it) {
        QDockWidget *d = *it;
        // The panels serve an open agreement; the Duty panel serves the matrix.
        // The Review tab has figures, charts and findings of its own.
        const bool fits = onTabs && (d != m_inspectorDock || m_tabs->currentIndex() == 0)
                          && m_tabs->currentWidget() != m_review;
        if (!fits && !m_parkedDocks.contains(d)) {
            m_parkedDocks.insert(d, !d->isHidden());
            d->hide();
        } else if (fits && m_parkedDocks.contains(d)) {
            if (m_parkedDocks.take(d))
                d->show();
        }
    }
}

void MainWindow::unparkDocks()
{
    for (auto it = m_parkedDocks.cbegin(); it != m_parkedDocks.cend(); ++it)
        if (it.value())
            it.key()->show();
    m_parkedDocks.clear();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()
        && urls.first().toLocalFile().endsWith(QStringLiteral(".dutymap"), Qt::CaseInsensitive))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty()) {
        event->acceptProposedAction();
        // Opening may ask questions; do it after the drop has finished.
        const QString path = urls.first().toLocalFile();
        QTimer::singleShot(0, this, [this, path] { openFile(path); });
    }
}

// Editing the structure -------------------------------------------------------

int MainWindow::currentAreaId() const
{
    return m_view->currentIndex().data(MatrixModel::AreaIdRole).toInt();
}

void MainWindow::addDuty()
{
    if (!m_document || m_document->agreement().areas.isEmpty()) {
        showError(tr("Add duty"), tr("Add an area first: every duty belongs to one."));
        return;
    }
    const Agreement &a = m_document->agreement();
    Duty duty;
    duty.areaId = currentAreaId() != 0 ? currentAreaId() : a.areas.constFirst().id;
    duty.title = tr("New duty");
    // Right below the current duty, or at the end of its area.
    qsizetype index = a.indexOfDuty(m_view->currentDutyId());
    if (index >= 0) {
        ++index;
    } else {
        index = a.duties.size();
        for (qsizetype i = a.duties.size() - 1; i >= 0; --i)
            if (a.duties.at(i).areaId == duty.areaId) {
                index = i + 1;
                break;
            }
    }
    const int id = m_document->addDuty(duty, index);
    m_view->selectDuty(id);
    emit m_view->dutyActivated(id);
}

void MainWindow::removeDuties()
{
    if (!m_document)
        return;
    const QList<int> ids = m_view->selectedDutyIds();
    if (!ids.isEmpty())
        m_document->removeDuties(ids);
}

void MainWindow::moveDuty(int delta)
{
    if (!m_document)
        return;
    const int id = m_view->currentDutyId();
    const Agreement &a = m_document->agreement();
    const Duty *duty = a.duty(id);
    if (!duty)
        return;
    // Move past the neighbour in the same area: the matrix groups by area.
    qsizetype i = a.indexOfDuty(id) + delta;
    while (i >= 0 && i < a.duties.size() && a.duties.at(i).areaId != duty->areaId)
        i += delta;
    if (i < 0 || i >= a.duties.size())
        return;
    const int column = m_view->currentIndex().column();
    const int party = m_model->partyAt(column);
    m_document->moveDuty(id, i);
    m_view->selectDuty(id, party);
}

void MainWindow::addArea()
{
    if (!m_document)
        return;
    const std::optional<QString> name =
        m_prompter->askText(this, tr("Add area"), tr("Name of the new area:"), QString());
    if (!name)
        return;
    Area area;
    area.name = *name;
    const qsizetype at = m_document->agreement().indexOfArea(currentAreaId());
    m_document->addArea(area, at < 0 ? -1 : at + 1);
}

void MainWindow::renameArea()
{
    const Area *area = m_document ? m_document->agreement().area(currentAreaId()) : nullptr;
    if (!area)
        return;
    const std::optional<QString> name =
        m_prompter->askText(this, tr("Rename area"), tr("New name:"), area->name);
    if (!name)
        return;
    Area renamed = *area;
    renamed.name = *name;
    m_document->setArea(renamed);
}

void MainWindow::removeArea()
{
    const Area *area = m_document ? m_document->agreement().area(currentAreaId()) : nullptr;
    if (!area)
        return;
    m_document->removeArea(area->id);
}

void MainWindow::addParty()
{
    if (!m_document)
        return;
    const std::optional<QString> name = m_prompter->askText(
        this, tr("Add party"), tr("Name of the party (a vendor, a team…):"), QString());
    if (!name)
        return;
    m_document->addParty(
        AgreementNames::newParty(m_document->agreement(), *name, Party::Kind::Vendor));
}

const Party *MainWindow::currentParty() const
{
    return m_document
               ? m_document->agreement().party(m_model->partyAt(m_view->currentIndex().column()))
               : nullptr;
}

void MainWindow::renameParty()
{
    const Party *party = currentParty();
    if (!party) {
        showError(tr("Rename party"), tr("Select a cell in the party's column first."));
        return;
    }
    const std::optional<QString> name =
        m_prompter->askText(this, tr("Rename party"), tr("New name:"), party->name);
    if (!name)
        return;
    Party renamed = *party;
    renamed.name = *name;
    m_document->setParty(renamed);
}

void MainWindow::removeParty()
{
    const Party *party = currentParty();
    if (!party) {
        showError(tr("Remove party"), tr("Select a cell in the party's column first."));
        return;
    }
    m_document->removeParty(party->id);
}

void MainWindow::moveParty(int delta)
{
    if (!m_document)
        return;
    const int party = m_model->partyAt(m_view->currentIndex().column());
    const int duty = m_view->currentDutyId();
    const qsizetype at = m_document->agreement().indexOfParty(party);
    if (at < 0)
        return;
    m_document->moveParty(party, at + delta);
    m_view->selectDuty(duty, party);
}

void MainWindow::moveArea(int delta)
{
    const int area = currentAreaId();
    if (!m_document || area == 0)
        return;
    const qsizetype at = m_document->agreement().indexOfArea(area);
    m_document->moveArea(area, at + delta);
    const QModelIndex moved = m_filter->mapFromSource(m_model->indexOfArea(area));
    if (moved.isValid())
        m_view->setCurrentIndex(moved);
}
