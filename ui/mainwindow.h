#pragma once

#include "result.h"
#include "storage/recoverystore.h"
#include "templates/templatelibrary.h"

#include <QDateTime>
#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <memory>

struct DatabaseAddress;
struct DatabaseOrigin;
struct ReportOptions;
struct StoreSaveOutcome;

class ChartsPanel;
class ComparisonView;
class RevisionsDialog;
class AssessmentPage;
class QDockWidget;
class DetailsPage;
class Document;
class DutyInspector;
class FilterBar;
class FindingsPanel;
class MatrixFilterModel;
class MatrixModel;
class MatrixView;
class ExportTask;
class PortfolioSource;
class PortfolioWindow;
class PasswordVault;
class Prompter;
class QPrinter;
class QLabel;
class QMenu;
class QStackedWidget;
class QTabWidget;
class QTimer;
class QUndoGroup;
class QUndoView;
class ReviewPage;
class RoutingPage;
class SecurityPage;
class StartView;
class SystemsPage;
class ToolsPage;
struct Agreement;
struct Party;
struct Finding;
namespace report {
struct Report;
}

// The window an IT lead works in: the start view when nothing is open,
// else the responsibility matrix of one agreement with its inspector,
// findings, charts and history. File handling lives here too: open, save
// (never over a file someone else changed), recent files, autosave to a
// recovery copy, and the questions before anything is lost.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // prompter: who answers questions (nullptr: real dialogs).
    explicit MainWindow(Prompter *prompter = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setRecoveryStore(const RecoveryStore &store) { m_recovery = store; }
    // Offers the newest unsaved work left by a crash; true when taken.
    bool offerRecovery();

    // Shows an agreement that has no file yet (a new one, the sample).
    void showAgreement(const Agreement &agreement, const QString &path = {});
    bool openFile(const QString &path);
    // The agreements of a folder in a window of their own; Enter opens one
    // here when this window is empty, else in a new window.
    PortfolioWindow *openPortfolio(const QString &folder);
    // The same for any source; an agreement of the shared store opens
    // without a file, so saving it asks where.
    PortfolioWindow *openPortfolioSource(std::unique_ptr<PortfolioSource> source);
    // The agreements of the shared store at a PostgreSQL URI; the address
    // (never its password) is remembered for next time. Null when the
    // address is wrong (the error is shown).
    PortfolioWindow *openDatabasePortfolio(const QString &uri);
    // Asks for the address, offering the last one, else DUTYMAP_DB.
    PortfolioWindow *openDatabasePortfolioWithDialog();
    bool newFromModel(const QString &modelId);
    // A new agreement whose model the assessment chooses: it opens on the
    // Assessment tab.
    bool newFromAssessment();
    bool save();
    bool saveAs();
    bool saveTo(const QString &path);
    bool revert();
    bool closeDocument();
    // Writes the recovery copy now (the timer does it every minute).
    void autosave();

    // Exports, printing and import (mainwindowexport.cpp). The formats
    // come from the registry; the program installs those of dutymap_render
    // (PDF, XLSX) at start-up (RenderFormats::install()).
    ReportOptions reportOptions() const;
    void exportWithDialog();
    // Writes the current agreement off the GUI thread; exportFinished
    // tells the outcome. False when nothing was started.
    bool startExport(const QString &formatId, int partyId, const QString &path);
    void printPreview();
    void printWithDialog();
    void printReport(const report::Report &report, QPrinter *printer);
    void importSpreadsheetWithDialog();
    // Reads a workbook or CSV file and shows the import dialog; what the
    // user accepts opens as a new document, or changes the open one as
    // one undo step. False when nothing was imported.
    bool importSpreadsheet(const QString &path);

    // Structure edits on the current cell's duty, area or party (menus and
    // context menu); names are asked through the prompter.
    void addDuty();
    void removeDuties();
    void moveDuty(int delta);
    void addArea();
    void renameArea();
    void removeArea();
    void addParty();
    void renameParty();
    void removeParty();
    void moveParty(int delta);
    void moveArea(int delta);

    // Signed revisions (mainwindowrevisions.cpp). Sign asks through the
    // sign dialog and is one undo step; the others act on revision
    // `number` of the open agreement.
    bool signRevision();
    RevisionsDialog *showRevisions();
    // A read-only window with the revision's matrix as signed.
    ComparisonView *openRevision(int number);
    bool exportRevision(int number, const QString &formatId, const QString &path);
    void exportRevisionWithDialog(int number);
    bool restoreRevision(int number);
    ComparisonView *compareWithRevision(int number);
    // Another copy: a .dutymap file or a JSON export.
    ComparisonView *compareWithFile(const QString &path);
    // Merges `theirsPath` into the open agreement (ours). The base is the
    // newest signed revision both share, else the file `basePath`, asked
    // for when empty. Conflicts are settled in the merge dialog; the
    // result is one undo step. False when nothing changed.
    bool mergeWithFile(const QString &theirsPath, const QString &basePath = {});
    void compareWithFileDialog();
    void mergeWithDialog();

    // The shared store on PostgreSQL (mainwindowdatabase.cpp). Each step
    // connects on a worker thread for one short transaction, so the window
    // stays responsive and nothing is locked while the user edits.
    // Passwords are kept in `vault` (the system keychain unless set).
    void setPasswordVault(PasswordVault *vault) { m_vault = vault; }
    void openFromDatabaseWithDialog();
    bool openFromDatabase(const DatabaseAddress &address, const QString &password,
                          const QString &name);
    // Saves over the version that was opened. When someone else saved in
    // between, the prompter offers to merge, save a copy, reload or cancel;
    // when the server cannot be reached, the edits stay in the window.
    // A document that is not in the store yet asks where to put it.
    bool saveToDatabase();
    bool saveToDatabaseWithDialog();
    // Stores the document as a new agreement `name`.
    bool saveToDatabaseAs(const DatabaseAddress &address, const QString &password,
                          const QString &name);
    // Where the document is stored, or nullptr for a file or a new one.
    const DatabaseOrigin *databaseOrigin() const { return m_origin.get(); }
    bool isDatabaseBusy() const { return m_databaseBusy; }

    Document *document() const { return m_document.get(); }
    MatrixView *matrixView() const { return m_view; }
    MatrixModel *matrixModel() const { return m_model.get(); }
    MatrixFilterModel *filterModel() const { return m_filter.get(); }
    FilterBar *filterBar() const { return m_filterBar; }
    FindingsPanel *findingsPanel() const { return m_findings; }
    ChartsPanel *chartsPanel() const { return m_charts; }
    DutyInspector *inspector() const { return m_inspector; }
    DetailsPage *detailsPage() const { return m_details; }
    SystemsPage *systemsPage() const { return m_systems; }
    RoutingPage *routingPage() const { return m_routing; }
    ToolsPage *toolsPage() const { return m_toolsPage; }
    SecurityPage *securityPage() const { return m_security; }
    AssessmentPage *assessmentPage() const { return m_assessment; }
    ReviewPage *reviewPage() const { return m_review; }
    StartView *startView() const { return m_start; }
    QTabWidget *tabs() const { return m_tabs; }
    bool isShowingStartView() const;
    QString recoveryKey() const { return m_recoveryKey; }

signals:
    // error is empty when the export succeeded.
    void exportFinished(const QString &error);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    // Shows the panels where they mean something: none on the start view,
    // the Duty panel only beside the matrix. A panel the user had open comes
    // back when it fits again.
    void placeDocks();
    void unparkDocks();
    void setDocument(std::unique_ptr<Document> document);
    bool maybeSave();
    void openWithDialog();
    void openPortfolioWithDialog();
    void openFromPortfolio(PortfolioWindow *portfolio, const QString &location);
    void updateTitle();
    void updateActions();
    void runChecks();
    void goToFinding(const Finding &finding);
    void addRecentFile(const QString &path);
    QStringList recentFiles() const;
    void updateRecentMenu();
    void rememberFileStamp();
    bool fileChangedOnDisk() const;
    void showError(const QString &title, const QString &message);
    // The content of a .dutymap file or an export the formats can read.
    ComparisonView *showComparisonWindow(const QString &title);
    bool startExportOf(const Agreement &agreement, const QString &formatId, int partyId,
                       const QString &path);

    bool loadFromDatabase(const DatabaseAddress &address, const QString &password,
                          const QString &name);
    bool writeToDatabase(const DatabaseAddress &address, const QString &password,
                         const QString &name, int baseVersion);
    bool settleDatabaseConflict(const StoreSaveOutcome &refused);
    // False (and a word in the status bar) while a database step runs.
    bool databaseIdle();
    // The document's name for titles and questions.
    QString documentName() const;

    int currentAreaId() const;
    const Party *currentParty() const;

    std::unique_ptr<Prompter> m_ownPrompter;
    Prompter *m_prompter;
    RecoveryStore m_recovery;
    // Read once: the start view, the details page and new agreements share it.
    TemplateLibrary m_templates;
    QString m_recoveryKey;
    QTimer *m_autosaveTimer;
    QUndoGroup *m_undoGroup;

    std::unique_ptr<Document> m_document;
    std::unique_ptr<MatrixModel> m_model;
    std::unique_ptr<MatrixFilterModel> m_filter;
    QDateTime m_fileModified;
    qint64 m_fileSize = -1;

    QStackedWidget *m_stack;
    StartView *m_start;
    QTabWidget *m_tabs;
    FilterBar *m_filterBar;
    MatrixView *m_view;
    DetailsPage *m_details;
    SystemsPage *m_systems;
    RoutingPage *m_routing;
    ToolsPage *m_toolsPage;
    SecurityPage *m_security;
    QDockWidget *m_inspectorDock = nullptr;
    // Panels hidden where they mean nothing, and whether the user had them open.
    QHash<QDockWidget *, bool> m_parkedDocks;
    AssessmentPage *m_assessment;
    ReviewPage *m_review;
    DutyInspector *m_inspector;
    FindingsPanel *m_findings;
    ChartsPanel *m_charts;
    QUndoView *m_history;
    QLabel *m_status;
    QMenu *m_recentMenu = nullptr;
    QList<QAction *> m_documentActions;
    QAction *m_saveAction = nullptr;
    QAction *m_revertAction = nullptr;
    ExportTask *m_export = nullptr;
    QPointer<RevisionsDialog> m_revisions; // null once it closed
    std::unique_ptr<DatabaseOrigin> m_origin;
    PasswordVault *m_vault;
    bool m_databaseBusy = false;
};
