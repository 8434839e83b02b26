// The window's side of the shared store, against a real server: the
// connection dialog, open and save, a save refused because someone else
// saved in between (merge, copy, reload, cancel), the server going away
// mid-save, and a window that keeps working while the database does.
#include "postgresserver.h"
#include "scriptedprompter.h"

#include "databasedialog.h"
#include "databaseorigin.h"
#include "document/document.h"
#include "mainwindow.h"
#include "mergedialog.h"
#include "passwordvault.h"
#include "portfoliofiltermodel.h"
#include "portfoliowindow.h"
#include "storage/database/agreementstore.h"
#include "storage/database/databaseschema.h"
#include "templates/templatelibrary.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

#include <atomic>

namespace {

PostgresServer *s_server = nullptr;
std::atomic<int> s_pauseMs{0};

struct Fixture {
    PostgresServer server;
    MemoryVault vault;
    ScriptedPrompter prompter;
    std::unique_ptr<MainWindow> window;

    Fixture()
    {
        INFO(server.error().toStdString());
        REQUIRE(server.error().isEmpty());
        DatabaseConnection connection;
        REQUIRE(connection.open(server.address()).ok());
        REQUIRE(DatabaseSchema::init(connection.db()).ok());
        QSettings().remove(QStringLiteral("database"));
        window = std::make_unique<MainWindow>(&prompter);
        window->setPasswordVault(&vault);
    }
    ~Fixture()
    {
        AgreementStore::setSaveObserver(nullptr);
        window.reset();
    }

    // A second member of the account team.
    void addUser(const QString &name)
    {
        for (const QString &sql :
             {QStringLiteral("CREATE ROLE %1 LOGIN").arg(name),
              QStringLiteral("GRANT USAGE ON SCHEMA dutymap TO %1").arg(name),
              QStringLiteral("GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA dutymap TO %1")
                  .arg(name)})
            REQUIRE(server.execute(sql).isEmpty());
    }

    StoredAgreement load(const QString &name, const QString &user = QStringLiteral("dutymap"))
    {
        AgreementStore store;
        REQUIRE(store.connect(server.address(user)).ok());
        Result<StoredAgreement> stored = store.load(name);
        INFO(stored.error().toStdString());
        REQUIRE(stored.ok());
        return std::move(stored).value();
    }

    StoreSaveOutcome save(const QString &name, const Agreement &a, int over,
                          const QString &user = QStringLiteral("dutymap"))
    {
        AgreementStore store;
        store.setClientName(user + QStringLiteral(" on laptop-7"));
        REQUIRE(store.connect(server.address(user)).ok());
        return over == 0 ? store.create(name, a) : store.save(name, a, over);
    }

    int auditRows(const QString &name)
    {
        DatabaseConnection connection;
        REQUIRE(connection.open(server.address()).ok());
        QSqlQuery query(connection.db());
        query.prepare(
            QStringLiteral("SELECT count(*) FROM dutymap.audit WHERE agreement_name = ?"));
        query.addBindValue(name);
        REQUIRE(query.exec());
        REQUIRE(query.next());
        return query.value(0).toInt();
    }

    // Opens `name` as a user would, through the dialog.
    void openInWindow(const QString &name)
    {
        prompter.answerDialog = [&, name](QDialog *d) {
            auto *dialog = qobject_cast<DatabaseDialog *>(d);
            REQUIRE(dialog);
            fill(*dialog);
            REQUIRE(dialog->refresh());
            const QList<QTreeWidgetItem *> found =
                dialog->agreementList()->findItems(name, Qt::MatchExactly);
            REQUIRE(found.size() == 1);
            dialog->agreementList()->setCurrentItem(found.first());
            dialog->accept();
            return dialog->result() == QDialog::Accepted;
        };
        window->openFromDatabaseWithDialog();
        prompter.answerDialog = nullptr;
        REQUIRE(window->databaseOrigin());
        REQUIRE(window->databaseOrigin()->stored.name == name);
    }

    void fill(DatabaseDialog &dialog, const QString &user = QStringLiteral("dutymap"))
    {
        dialog.hostEdit()->setText(server.socketFolder());
        dialog.databaseEdit()->setText(QStringLiteral("dutymap"));
        dialog.userEdit()->setText(user);
    }
};

Agreement fromTemplate(const QString &id)
{
    static const TemplateLibrary library = TemplateLibrary::load();
    const Result<Agreement> a = library.instantiate(
        id, {QStringLiteral("Northwind"), QStringLiteral("Contoso"), QDate(2026, 1, 1)});
    REQUIRE(a.ok());
    return *a;
}

void setNotes(Document *document, const QString &notes)
{
    AgreementDetails details = document->agreement().details;
    details.notes = notes;
    document->setDetails(details);
}

void saveShot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("DUTYMAP_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    widget->grab().save(folder + u'/' + name);
}

} // namespace

TEST_CASE("The connection dialog remembers the connection, and the password only in the keychain",
          "[database][window]")
{
    Fixture f;
    REQUIRE(
        f.save(QStringLiteral("Contoso"), fromTemplate(QStringLiteral("full-hybrid")), 0).saved());
    REQUIRE(f.save(QStringLiteral("Fabrikam"), fromTemplate(QStringLiteral("helpdesk-overflow")), 0)
                .saved());
    const QString secret = QStringLiteral("correct-horse-battery-staple");
    {
        DatabaseDialog dialog(DatabaseDialog::Mode::Open, f.vault);
        CHECK_FALSE(dialog.acceptButton()->isEnabled());
        f.fill(dialog);
        dialog.sslModeBox()->setCurrentIndex(
            dialog.sslModeBox()->findData(QStringLiteral("disable")));
        dialog.passwordEdit()->setText(secret);
        dialog.rememberBox()->setChecked(true);
        REQUIRE(dialog.refresh());
        INFO(dialog.messageLabel()->text().toStdString());
        CHECK(
            dialog.messageLabel()->text().endsWith(QStringLiteral("Agreements stored there: 2.")));
        QTreeWidget *list = dialog.agreementList();
        REQUIRE(list->topLevelItemCount() == 2);
        CHECK(list->topLevelItem(0)->text(DatabaseDialog::NameColumn) == QStringLiteral("Contoso"));
        CHECK(list->topLevelItem(0)->text(DatabaseDialog::VersionColumn) == QStringLiteral("1"));
        CHECK(list->topLevelItem(0)->text(DatabaseDialog::SavedByColumn)
              == QStringLiteral("dutymap (dutymap on laptop-7)"));
        CHECK_FALSE(list->topLevelItem(0)->text(DatabaseDialog::SavedAtColumn).isEmpty());
        CHECK(dialog.acceptButton()->isEnabled());
        CHECK(dialog.agreementName() == QStringLiteral("Contoso"));
        dialog.resize(720, 560);
        saveShot(&dialog, QStringLiteral("connection-dialog.png"));
        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
    }
    // Everything but the password is in the settings; the password is in the vault.
    QSettings settings;
    settings.sync();
    CHECK(settings.value(QStringLiteral("database/host")).toString() == f.server.socketFolder());
    CHECK(settings.value(QStringLiteral("database/database")).toString()
          == QStringLiteral("dutymap"));
    CHECK(settings.value(QStringLiteral("database/user")).toString() == QStringLiteral("dutymap"));
    CHECK(settings.value(QStringLiteral("database/sslmode")).toString()
          == QStringLiteral("disable"));
    for (const QString &key : settings.allKeys())
        CHECK_FALSE(settings.value(key).toString().contains(secret));
    QFile file(settings.fileName());
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK_FALSE(file.readAll().contains(secret.toUtf8()));
    CHECK(f.vault.read(f.server.address().displayName()) == secret);

    // The next time the connection is filled in, the password comes from the keychain.
    DatabaseDialog again(DatabaseDialog::Mode::Open, f.vault);
    CHECK(again.hostEdit()->text() == f.server.socketFolder());
    CHECK(again.userEdit()->text() == QStringLiteral("dutymap"));
    CHECK(again.sslModeBox()->currentData().toString() == QStringLiteral("disable"));
    CHECK(again.passwordEdit()->text().isEmpty());
    CHECK(again.rememberBox()->isChecked());
    CHECK(again.password() == secret);
    // Unticked, the keychain forgets it.
    again.rememberBox()->setChecked(false);
    REQUIRE(again.refresh());
    again.accept();
    CHECK_FALSE(f.vault.read(f.server.address().displayName()).has_value());
}

TEST_CASE("The connection dialog says why it cannot connect", "[database][window]")
{
    Fixture f;
    DatabaseDialog dialog(DatabaseDialog::Mode::Open, f.vault);
    f.fill(dialog);
    dialog.hostEdit()->setText(f.server.socketFolder() + QStringLiteral("/nowhere"));
    CHECK_FALSE(dialog.refresh());
    INFO(dialog.messageLabel()->text().toStdString());
    CHECK(dialog.messageLabel()->text().startsWith(QStringLiteral("Cannot connect to dutymap@")));
    CHECK(dialog.agreementList()->topLevelItemCount() == 0);
    CHECK_FALSE(dialog.acceptButton()->isEnabled());
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);

    // Saving needs a name no other agreement has.
    REQUIRE(
        f.save(QStringLiteral("Contoso"), fromTemplate(QStringLiteral("full-hybrid")), 0).saved());
    DatabaseDialog save(DatabaseDialog::Mode::Save, f.vault, QStringLiteral("Contoso"));
    f.fill(save);
    save.accept();
    CHECK(save.result() != QDialog::Accepted);
    INFO(save.messageLabel()->text().toStdString());
    CHECK(save.messageLabel()->text().startsWith(
        QStringLiteral("“Contoso” is taken: saved by dutymap")));
}

TEST_CASE("Open from the database, edit, save: the next version, in the audit",
          "[database][window]")
{
    Fixture f;
    REQUIRE(
        f.save(QStringLiteral("Contoso"), fromTemplate(QStringLiteral("full-hybrid")), 0).saved());
    f.openInWindow(QStringLiteral("Contoso"));
    CHECK(f.window->databaseOrigin()->stored.version == 1);
    CHECK(f.window->windowTitle().startsWith(QStringLiteral("Contoso (dutymap@")));
    CHECK_FALSE(f.window->document()->isModified());

    setNotes(f.window->document(), QStringLiteral("Reviewed with the account team."));
    REQUIRE(f.window->document()->isModified());
    REQUIRE(f.window->save());
    CHECK(f.prompter.errors.isEmpty());
    CHECK_FALSE(f.window->document()->isModified());
    CHECK(f.window->databaseOrigin()->stored.version == 2);
    CHECK(f.window->windowTitle().contains(QStringLiteral("version 2")));
    const StoredAgreement stored = f.load(QStringLiteral("Contoso"));
    CHECK(stored.info.version == 2);
    CHECK(stored.agreement == f.window->document()->agreement());
    CHECK(f.auditRows(QStringLiteral("Contoso")) == 2);

    // A file's agreement goes into the store under a new name, and is the
    // stored one from then on.
    f.window->showAgreement(fromTemplate(QStringLiteral("security-tools")));
    f.prompter.answerDialog = [&](QDialog *d) {
        auto *dialog = qobject_cast<DatabaseDialog *>(d);
        REQUIRE(dialog);
        f.fill(*dialog);
        CHECK(dialog->nameEdit()->text() == QStringLiteral("Northwind"));
        dialog->nameEdit()->setText(QStringLiteral("Contoso security"));
        dialog->accept();
        return dialog->result() == QDialog::Accepted;
    };
    REQUIRE(f.window->saveToDatabaseWithDialog());
    REQUIRE(f.window->databaseOrigin());
    CHECK(f.window->databaseOrigin()->stored.name == QStringLiteral("Contoso security"));
    CHECK(f.load(QStringLiteral("Contoso security")).agreement
          == f.window->document()->agreement());
}

TEST_CASE("An agreement opened from the store's portfolio saves back to the store",
          "[database][window][portfolio]")
{
    Fixture f;
    REQUIRE(
        f.save(QStringLiteral("Contoso"), fromTemplate(QStringLiteral("full-hybrid")), 0).saved());
    // The same connection dialog as Open from Database; it lists first.
    f.prompter.answerDialog = [&](QDialog *d) {
        auto *dialog = qobject_cast<DatabaseDialog *>(d);
        REQUIRE(dialog);
        CHECK(dialog->windowTitle() == QStringLiteral("Portfolio from Database"));
        f.fill(*dialog);
        dialog->accept();
        return dialog->result() == QDialog::Accepted;
    };
    PortfolioWindow *portfolio = f.window->openDatabasePortfolioWithDialog();
    f.prompter.answerDialog = nullptr;
    REQUIRE(portfolio);
    CHECK(portfolio->shown()->rowCount() == 1);
    emit portfolio->openRequested(QStringLiteral("Contoso"));
    REQUIRE(f.window->databaseOrigin());
    CHECK(f.window->databaseOrigin()->stored.name == QStringLiteral("Contoso"));
    CHECK(f.window->databaseOrigin()->stored.version == 1);

    setNotes(f.window->document(), QStringLiteral("Opened from the portfolio."));
    REQUIRE(f.window->save());
    CHECK(f.prompter.errors.isEmpty());
    CHECK(f.load(QStringLiteral("Contoso")).info.version == 2);

    // A name no longer in the store opens nothing and says so.
    MainWindow *before = f.window.get();
    const qsizetype errors = f.prompter.errors.size();
    emit portfolio->openRequested(QStringLiteral("Gone"));
    CHECK(f.prompter.errors.size() == errors + 1);
    CHECK(f.window->databaseOrigin()->stored.name == QStringLiteral("Contoso"));
    CHECK(f.window.get() == before);
    portfolio->close();
}

TEST_CASE("A save over someone else's is refused, naming who and when", "[database][window]")
{
    Fixture f;
    f.addUser(QStringLiteral("bob"));
    const Agreement start = fromTemplate(QStringLiteral("full-hybrid"));
    REQUIRE(f.save(QStringLiteral("Contoso"), start, 0).saved());
    f.openInWindow(QStringLiteral("Contoso"));
    setNotes(f.window->document(), QStringLiteral("Ours: reviewed on site."));
    const Agreement ours = f.window->document()->agreement();

    // Bob saves a change of his own meanwhile.
    StoredAgreement bobs = f.load(QStringLiteral("Contoso"), QStringLiteral("bob"));
    bobs.agreement.details.provider = QStringLiteral("Northwind Managed Services");
    const StoreSaveOutcome bobSaved =
        f.save(QStringLiteral("Contoso"), bobs.agreement, 1, QStringLiteral("bob"));
    REQUIRE(bobSaved.saved());
    const QString when =
        bobSaved.stored.savedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));

    SECTION("cancel: nothing saved, the edits stay")
    {
        f.prompter.databaseConflictChoice = Prompter::DatabaseConflictChoice::Cancel;
        CHECK_FALSE(f.window->save());
        INFO(f.prompter.databaseConflict.toStdString());
        CHECK(f.prompter.databaseConflict
              == QStringLiteral("“Contoso” was saved by bob (bob on laptop-7) at %1 since you "
                                "opened it (version 2; you opened version 1). Your save was "
                                "refused so that neither change is lost.")
                     .arg(when));
        CHECK(f.window->document()->isModified());
        CHECK(f.window->document()->agreement() == ours);
        CHECK(f.window->databaseOrigin()->stored.version == 1);
        CHECK(f.load(QStringLiteral("Contoso")).agreement == bobs.agreement);
    }
    SECTION("compare and merge: both changes are saved")
    {
        f.prompter.databaseConflictChoice = Prompter::DatabaseConflictChoice::Merge;
        f.prompter.answerDialog = [](QDialog *d) {
            auto *dialog = qobject_cast<MergeDialog *>(d);
            REQUIRE(dialog);
            CHECK(dialog->allSettled());
            return true;
        };
        REQUIRE(f.window->save());
        CHECK(f.prompter.asked.contains(QStringLiteral("dialog:MergeDialog")));
        const StoredAgreement stored = f.load(QStringLiteral("Contoso"));
        CHECK(stored.info.version == 3);
        CHECK(stored.agreement.details.notes == QStringLiteral("Ours: reviewed on site."));
        CHECK(stored.agreement.details.provider == QStringLiteral("Northwind Managed Services"));
        CHECK(stored.agreement == f.window->document()->agreement());
        CHECK_FALSE(f.window->document()->isModified());
        CHECK(f.auditRows(QStringLiteral("Contoso")) == 3);
    }
    SECTION("save as a copy: both versions are kept")
    {
        f.prompter.databaseConflictChoice = Prompter::DatabaseConflictChoice::SaveCopy;
        f.prompter.texts << QStringLiteral("Contoso (ours)");
        REQUIRE(f.window->save());
        CHECK(f.window->databaseOrigin()->stored.name == QStringLiteral("Contoso (ours)"));
        CHECK(f.load(QStringLiteral("Contoso (ours)")).agreement == ours);
        CHECK(f.load(QStringLiteral("Contoso")).agreement == bobs.agreement);
    }
    SECTION("reload: their version, and Undo brings ours back")
    {
        f.prompter.databaseConflictChoice = Prompter::DatabaseConflictChoice::Reload;
        CHECK_FALSE(f.window->save());
        CHECK(f.window->document()->agreement() == bobs.agreement);
        CHECK_FALSE(f.window->document()->isModified());
        CHECK(f.window->databaseOrigin()->stored.version == 2);
        f.window->document()->undoStack()->undo();
        CHECK(f.window->document()->agreement() == ours);
        CHECK(f.window->document()->isModified());
    }
}

TEST_CASE("The server going away mid-save keeps the edits and says so", "[database][window]")
{
    Fixture f;
    const Agreement start = fromTemplate(QStringLiteral("full-hybrid"));
    REQUIRE(f.save(QStringLiteral("Contoso"), start, 0).saved());
    f.openInWindow(QStringLiteral("Contoso"));
    setNotes(f.window->document(), QStringLiteral("Edited before the outage."));
    const Agreement edited = f.window->document()->agreement();

    s_server = &f.server;
    AgreementStore::setSaveObserver([](AgreementStore::SaveStage) { s_server->stop(); });
    CHECK_FALSE(f.window->save());
    AgreementStore::setSaveObserver(nullptr);
    REQUIRE(f.prompter.errors.size() == 1);
    INFO(f.prompter.errors.constFirst().toStdString());
    CHECK(f.prompter.errors.constFirst().startsWith(QStringLiteral("Cannot save “Contoso” to")));
    CHECK(f.prompter.errors.constFirst().contains(
        QStringLiteral("Your changes are still here in the window, not saved.")));
    CHECK(f.window->document()->isModified());
    CHECK(f.window->document()->agreement() == edited);
    CHECK(f.window->databaseOrigin()->stored.version == 1);

    REQUIRE(f.server.start());
    const StoredAgreement stored = f.load(QStringLiteral("Contoso"));
    CHECK(stored.info.version == 1);
    CHECK(stored.agreement == start);
    // Back up, the same save goes through.
    REQUIRE(f.window->save());
    CHECK(f.load(QStringLiteral("Contoso")).agreement == edited);
}

TEST_CASE("The window keeps working while the database saves", "[database][window]")
{
    Fixture f;
    REQUIRE(
        f.save(QStringLiteral("Contoso"), fromTemplate(QStringLiteral("full-hybrid")), 0).saved());
    f.openInWindow(QStringLiteral("Contoso"));
    setNotes(f.window->document(), QStringLiteral("First edit."));

    // The save stops in the middle for a while, as on a slow network.
    s_pauseMs = 600;
    AgreementStore::setSaveObserver(
        [](AgreementStore::SaveStage) { QThread::msleep(unsigned(s_pauseMs.load())); });
    int ticks = 0;
    bool secondSave = true;
    bool busySeen = false;
    QTimer timer;
    timer.setInterval(25);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        ++ticks;
        if (ticks == 4 && f.window->isDatabaseBusy()) {
            busySeen = true;
            // A second save waits for the first; an edit goes on.
            secondSave = f.window->save();
            setNotes(f.window->document(), QStringLiteral("Typed while saving."));
        }
    });
    timer.start();
    REQUIRE(f.window->save());
    timer.stop();
    AgreementStore::setSaveObserver(nullptr);
    CHECK(ticks >= 10);
    CHECK(busySeen);
    CHECK_FALSE(secondSave);
    // What was typed during the save is not in the database yet: still modified.
    CHECK(f.load(QStringLiteral("Contoso")).agreement.details.notes
          == QStringLiteral("First edit."));
    CHECK(f.window->document()->agreement().details.notes == QStringLiteral("Typed while saving."));
    CHECK(f.window->document()->isModified());
    REQUIRE(f.window->save());
    CHECK_FALSE(f.window->document()->isModified());
    CHECK(f.load(QStringLiteral("Contoso")).info.version == 3);
}

TEST_CASE("The conflict question offers merge, copy, reload and cancel", "[database][window]")
{
    const QString message =
        QStringLiteral("“Contoso” was saved by bob (bob on laptop-7) at 2026-12-03 14:02 since you "
                       "opened it (version 4; you opened version 3). Your save was refused so that "
                       "neither change is lost.");
    DatabaseConflictBox question(nullptr, message);
    QMessageBox *box = question.box();
    CHECK(box->text() == message);
    QStringList buttons;
    for (QAbstractButton *b : box->buttons())
        buttons << b->text();
    CHECK(buttons.contains(QStringLiteral("Compare and &Merge…")));
    CHECK(buttons.contains(QStringLiteral("Save as &Copy…")));
    CHECK(buttons.contains(QStringLiteral("&Reload")));
    CHECK(box->defaultButton()->text() == QStringLiteral("Compare and &Merge…"));
    CHECK(question.choice() == Prompter::DatabaseConflictChoice::Cancel);
    box->show();
    saveShot(box, QStringLiteral("conflict-message.png"));
    for (QAbstractButton *b : box->buttons())
        if (b->text() == QStringLiteral("&Reload")) {
            // The box closes on the click; the choice stays.
            b->click();
            CHECK(question.choice() == Prompter::DatabaseConflictChoice::Reload);
        }
}
