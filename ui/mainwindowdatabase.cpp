// MainWindow's shared store: open from and save to PostgreSQL, and what
// to do when someone else saved in between. Kept apart from the file
// handling in mainwindow.cpp.
#include "mainwindow.h"

#include "databasedialog.h"
#include "databaseorigin.h"
#include "document/document.h"
#include "mergedialog.h"
#include "offthread.h"
#include "passwordvault.h"
#include "prompter.h"
#include "revisions/agreementdiff.h"
#include "revisions/threewaymerge.h"

#include <QApplication>
#include <QFileInfo>
#include <QStatusBar>
#include <QUndoStack>

namespace {

Result<StoredAgreement> loadStored(const DatabaseAddress &address, const QString &password,
                                   const QString &name)
{
    AgreementStore store;
    if (const Status connected = store.connect(address, password); !connected)
        return Result<StoredAgreement>::failure(connected.error());
    return store.load(name);
}

StoreSaveOutcome storeAgreement(const DatabaseAddress &address, const QString &password,
                                const QString &name, const Agreement &agreement, int baseVersion)
{
    AgreementStore store;
    if (const Status connected = store.connect(address, password); !connected) {
        StoreSaveOutcome outcome;
        outcome.message = connected.error();
        return outcome;
    }
    return baseVersion == 0 ? store.create(name, agreement)
                            : store.save(name, agreement, baseVersion);
}

// While one database step runs: a busy pointer and a word in the status
// bar, and no second step.
class DatabaseStep
{
public:
    DatabaseStep(bool &busy, QStatusBar *bar, const QString &what)
        : m_busy(busy)
        , m_bar(bar)
    {
        m_busy = true;
        m_bar->showMessage(what);
        QApplication::setOverrideCursor(Qt::BusyCursor);
    }
    ~DatabaseStep()
    {
        QApplication::restoreOverrideCursor();
        m_bar->clearMessage();
        m_busy = false;
    }
    DatabaseStep(const DatabaseStep &) = delete;
    DatabaseStep &operator=(const DatabaseStep &) = delete;

private:
    bool &m_busy;
    QStatusBar *m_bar;
};

} // namespace

bool MainWindow::databaseIdle()
{
    if (!m_databaseBusy)
        return true;
    statusBar()->showMessage(tr("Wait a moment: the database is still busy with the last step."),
                             5000);
    return false;
}

QString MainWindow::documentName() const
{
    if (!m_document)
        return {};
    if (m_origin)
        return m_origin->stored.name;
    if (!m_document->filePath().isEmpty())
        return QFileInfo(m_document->filePath()).fileName();
    return tr("Untitled agreement");
}

void MainWindow::openFromDatabaseWithDialog()
{
    if (!databaseIdle() || !maybeSave())
        return;
    DatabaseDialog dialog(DatabaseDialog::Mode::Open, *m_vault, {}, this);
    if (!m_prompter->runDialog(&dialog))
        return;
    if (!dialog.vaultProblem().isEmpty())
        statusBar()->showMessage(dialog.vaultProblem(), 10000);
    loadFromDatabase(dialog.address(), dialog.password(), dialog.agreementName());
}

bool MainWindow::openFromDatabase(const DatabaseAddress &address, const QString &password,
                                  const QString &name)
{
    if (!databaseIdle() || !maybeSave())
        return false;
    return loadFromDatabase(address, password, name);
}

bool MainWindow::loadFromDatabase(const DatabaseAddress &address, const QString &password,
                                  const QString &name)
{
    // The open document stays usable while the agreement comes; edits
    // made to it meanwhile are not dropped without asking.
    bool editedMeanwhile = false;
    QMetaObject::Connection watch;
    if (m_document)
        watch = connect(m_document.get(), &Document::changed, this,
                        [&editedMeanwhile] { editedMeanwhile = true; });
    Result<StoredAgreement> loaded = Result<StoredAgreement>::failure(QString());
    {
        DatabaseStep step(m_databaseBusy, statusBar(),
                          tr("Opening “%1” from %2…").arg(name, address.displayName()));
        loaded = runOffThread([=] { return loadStored(address, password, name); });
    }
    disconnect(watch);
    if (!loaded) {
        showError(tr("Cannot open from the database"), loaded.error());
        return false;
    }
    if (editedMeanwhile && !maybeSave())
        return false;
    StoredAgreement stored = std::move(loaded).value();
    showAgreement(stored.agreement);
    m_origin = std::make_unique<DatabaseOrigin>(
        DatabaseOrigin{address, password, stored.info, std::move(stored.agreement)});
    updateTitle();
    statusBar()->showMessage(tr("Opened “%1”, version %2, saved by %3.")
                                 .arg(m_origin->stored.name)
                                 .arg(m_origin->stored.version)
                                 .arg(m_origin->stored.savedByText()),
                             8000);
    return true;
}

bool MainWindow::saveToDatabase()
{
    if (!m_document || !databaseIdle())
        return false;
    if (!m_origin)
        return saveToDatabaseWithDialog();
    const DatabaseOrigin origin = *m_origin;
    return writeToDatabase(origin.address, origin.password, origin.stored.name,
                           origin.stored.version);
}

bool MainWindow::saveToDatabaseWithDialog()
{
    if (!m_document || !databaseIdle())
        return false;
    QString suggested = m_document->agreement().details.client;
    if (m_origin)
        suggested = tr("%1 (copy)").arg(m_origin->stored.name);
    else if (!m_document->filePath().isEmpty())
        suggested = QFileInfo(m_document->filePath()).completeBaseName();
    DatabaseDialog dialog(DatabaseDialog::Mode::Save, *m_vault, suggested, this);
    if (!m_prompter->runDialog(&dialog))
        return false;
    if (!dialog.vaultProblem().isEmpty())
        statusBar()->showMessage(dialog.vaultProblem(), 10000);
    return writeToDatabase(dialog.address(), dialog.password(), dialog.agreementName(), 0);
}

bool MainWindow::saveToDatabaseAs(const DatabaseAddress &address, const QString &password,
                                  const QString &name)
{
    if (!m_document || !databaseIdle())
        return false;
    return writeToDatabase(address, password, name, 0);
}

bool MainWindow::writeToDatabase(const DatabaseAddress &address, const QString &password,
                                 const QString &name, int baseVersion)
{
    // The save works on a copy; the user may go on editing meanwhile, and
    // then the document stays modified.
    const Agreement snapshot = m_document->agreement();
    bool editedMeanwhile = false;
    const QMetaObject::Connection watch = connect(m_document.get(), &Document::changed, this,
                                                  [&editedMeanwhile] { editedMeanwhile = true; });
    StoreSaveOutcome outcome;
    {
        DatabaseStep step(m_databaseBusy, statusBar(),
                          tr("Saving “%1” to %2…").arg(name, address.displayName()));
        outcome = runOffThread(
            [=] { return storeAgreement(address, password, name, snapshot, baseVersion); });
    }
    disconnect(watch);

    switch (outcome.kind) {
    case StoreSaveOutcome::Kind::Saved:
        break;
    case StoreSaveOutcome::Kind::Failed:
        // Keep the work twice: in the window and in the recovery copy.
        autosave();
        showError(tr("Cannot save to the database"),
                  tr("%1\n\nYour changes are still here in the window, not saved. Save again when "
                     "the database can be reached, or keep them in a file with Save As.")
                      .arg(outcome.message));
        return false;
    case StoreSaveOutcome::Kind::Conflict:
        if (baseVersion == 0) {
            showError(tr("Cannot save to the database"),
                      tr("%1 Save under another name.").arg(outcome.message));
            return false;
        }
        return settleDatabaseConflict(outcome);
    }

    if (!m_document->filePath().isEmpty()) {
        // Like Save As: from now on the document is the stored one.
        m_recovery.discard(m_recoveryKey);
        m_document->setFilePath(QString());
        m_recoveryKey = RecoveryStore::keyFor(QString());
    }
    m_origin = std::make_unique<DatabaseOrigin>(
        DatabaseOrigin{address, password, outcome.stored, snapshot});
    if (editedMeanwhile) {
        m_document->undoStack()->resetClean();
    } else {
        m_document->markSaved();
        m_recovery.discard(m_recoveryKey);
    }
    updateTitle();
    statusBar()->showMessage(tr("Saved “%1” to %2 as version %3.")
                                 .arg(name, address.displayName())
                                 .arg(outcome.stored.version),
                             6000);
    return true;
}

bool MainWindow::settleDatabaseConflict(const StoreSaveOutcome &refused)
{
    const DatabaseOrigin origin = *m_origin;
    const auto fetchStored = [&]() {
        DatabaseStep step(
            m_databaseBusy, statusBar(),
            tr("Reading “%1” from %2…").arg(origin.stored.name, origin.address.displayName()));
        return runOffThread(
            [origin] { return loadStored(origin.address, origin.password, origin.stored.name); });
    };

    switch (m_prompter->askAboutDatabaseConflict(this, refused.message)) {
    case Prompter::DatabaseConflictChoice::Cancel:
        statusBar()->showMessage(tr("Not saved: your changes are still here."), 8000);
        return false;
    case Prompter::DatabaseConflictChoice::SaveCopy: {
        const std::optional<QString> name =
            m_prompter->askText(this, tr("Save as Copy"), tr("Name of the copy in the database:"),
                                tr("%1 (copy)").arg(origin.stored.name));
        if (!name)
            return false;
        return writeToDatabase(origin.address, origin.password, *name, 0);
    }
    case Prompter::DatabaseConflictChoice::Reload: {
        const Result<StoredAgreement> theirs = fetchStored();
        if (!theirs) {
            showError(tr("Cannot reload"), theirs.error());
            return false;
        }
        m_document->replaceAgreement(theirs->agreement,
                                     tr("Reload “%1” version %2 from the database")
                                         .arg(theirs->info.name)
                                         .arg(theirs->info.version));
        m_document->markSaved();
        m_recovery.discard(m_recoveryKey);
        m_origin->stored = theirs->info;
        m_origin->base = theirs->agreement;
        updateTitle();
        statusBar()->showMessage(tr("Version %1 by %2 is shown; Undo brings your changes back.")
                                     .arg(theirs->info.version)
                                     .arg(theirs->info.savedByText()),
                                 10000);
        return false;
    }
    case Prompter::DatabaseConflictChoice::Merge:
        break;
    }

    const Result<StoredAgreement> theirs = fetchStored();
    if (!theirs) {
        showError(tr("Merge"), theirs.error());
        return false;
    }
    const Agreement ours = m_document->agreement();
    const Result<MergeOutcome> outcome = ThreeWayMerge::merge(origin.base, ours, theirs->agreement);
    if (!outcome) {
        showError(tr("Merge"), outcome.error());
        return false;
    }
    const int taken =
        int(AgreementDiff::compare(ours, outcome->merged, AgreementDiff::Matching::ById).size());
    const QString theirsName =
        tr("version %1 by %2").arg(theirs->info.version).arg(theirs->info.savedBy);
    MergeDialog dialog(*outcome, theirs->agreement, taken, theirsName, this);
    if (!m_prompter->runDialog(&dialog))
        return false;
    const Result<Agreement> merged = dialog.result();
    if (!merged) {
        showError(tr("Merge"), merged.error());
        return false;
    }
    if (*merged != ours)
        m_document->replaceAgreement(*merged, tr("Merge “%1”").arg(theirsName));
    // The merge holds their version: the save goes over it.
    m_origin->stored = theirs->info;
    m_origin->base = theirs->agreement;
    return writeToDatabase(origin.address, origin.password, origin.stored.name,
                           theirs->info.version);
}
