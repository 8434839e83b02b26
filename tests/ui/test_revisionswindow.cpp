// Signed revisions in the window: the sign dialog, the Details page's
// state, the revisions list (open, export, restore, compare), the compare
// view and the merge dialog. Screenshots go to $DUTYMAP_SCREENSHOTS.
#include "comparisonview.h"
#include "detailspage.h"
#include "document/document.h"
#include "exchange/jsonformat.h"
#include "exchange/sampleagreement.h"
#include "mainwindow.h"
#include "mergedialog.h"
#include "revisions/canonicalform.h"
#include "revisions/revisionhistory.h"
#include "revisionsdialog.h"
#include "scriptedprompter.h"
#include "signdialog.h"
#include "storage/agreementfile.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch

namespace {

Agreement sample()
{
    const Result<Agreement> s = SampleAgreement::load();
    REQUIRE(s.ok());
    return s.value();
}

void shoot(QWidget *widget, const char *name)
{
    QApplication::processEvents();
    const QImage image = widget->grab().toImage();
    CHECK_FALSE(image.isNull());
    const QString dir = qEnvironmentVariable("DUTYMAP_SCREENSHOTS");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        CHECK(image.save(QDir(dir).filePath(QLatin1String(name))));
    }
}

struct Fixture {
    QTemporaryDir dir;
    ScriptedPrompter prompter;
    MainWindow window{&prompter};
    Fixture()
    {
        QSettings().clear();
        window.setRecoveryStore(RecoveryStore(dir.filePath(QStringLiteral("recovery"))));
        window.resize(1280, 800);
        window.show();
        window.showAgreement(sample());
    }
    const Agreement &agreement() const { return window.document()->agreement(); }
    QString detailsState()
    {
        window.tabs()->setCurrentWidget(window.detailsPage()->parentWidget()->parentWidget());
        QApplication::processEvents();
        return window.detailsPage()->revisionLabel()->text();
    }
    // Signs through the dialog: two people, a note, a date.
    void sign(const QDate &date)
    {
        prompter.answerDialog = [&, date](QDialog *d) {
            auto *dialog = qobject_cast<SignDialog *>(d);
            REQUIRE(dialog != nullptr);
            QList<Signatory> people{Signatory{QStringLiteral("Maria Chen"),
                                              QStringLiteral("IT Manager"),
                                              agreement().parties.at(0).id,
                                              {},
                                              {}},
                                    Signatory{QStringLiteral("Daniel Ortiz"),
                                              QStringLiteral("Account manager"),
                                              agreement().parties.at(1).id,
                                              {},
                                              {}}};
            dialog->setSignatories(people);
            dialog->setDate(date);
            dialog->setNote(QStringLiteral("signed on paper"));
            return dialog->signButton()->isEnabled();
        };
        REQUIRE(window.signRevision());
    }
    void setRole(int dutyIndex, int partyIndex, const char *roles)
    {
        window.document()->setRoles(agreement().duties.at(dutyIndex).id,
                                    agreement().parties.at(partyIndex).id,
                                    Raci::parse(QString::fromLatin1(roles)).value());
    }
};

} // namespace

TEST_CASE("Signing in the window records the revision, undo takes it back, and an edit shows",
          "[ui][revisions]")
{
    Fixture f;
    CHECK(f.detailsState().contains(QStringLiteral("never signed")));

    SECTION("the dialog shows the fingerprint and edits its rows")
    {
        SignDialog dialog(f.agreement());
        CHECK(dialog.fingerprintLabel()->text().contains(
            CanonicalForm::shortText(CanonicalForm::fingerprint(f.agreement()))));
        const int rows = dialog.table()->rowCount();
        dialog.addRow();
        CHECK(dialog.table()->rowCount() == rows + 1);
        dialog.table()->setCurrentCell(rows, SignDialog::NameColumn);
        dialog.removeCurrentRow();
        CHECK(dialog.table()->rowCount() == rows);
        // A titled signatory without a name cannot sign.
        dialog.setSignatories({Signatory{QString(), QStringLiteral("CFO"), 0, {}, {}}});
        CHECK_FALSE(dialog.signButton()->isEnabled());
        dialog.table()->item(0, SignDialog::NameColumn)->setText(QStringLiteral("Ann Lee"));
        CHECK(dialog.signButton()->isEnabled());
        shoot(&dialog, "sign-dialog.png");
    }

    const int steps = f.window.document()->undoStack()->count();
    f.sign(QDate(2026, 3, 1));
    REQUIRE(f.agreement().revisions.size() == 1);
    const Revision &r = f.agreement().revisions.constLast();
    CHECK(r.signedOn == QDate(2026, 3, 1));
    REQUIRE(r.signatories.size() == 2);
    CHECK(r.signatories.at(1).name == QStringLiteral("Daniel Ortiz"));
    CHECK(r.signatories.at(1).note == QStringLiteral("signed on paper"));
    CHECK(r.signatories.at(1).date == QDate(2026, 3, 1));
    CHECK(f.window.document()->isModified());
    CHECK(f.window.document()->undoStack()->count() == steps + 1);
    const QString fingerprint = CanonicalForm::shortText(r.fingerprint);
    const int number = r.number;
    QString state = f.detailsState();
    CHECK(state.startsWith(QStringLiteral("Revision %1, signed on 2026-03-01").arg(number)));
    CHECK(state.contains(QStringLiteral("Maria Chen, Daniel Ortiz")));
    CHECK(state.contains(fingerprint));
    CHECK_FALSE(f.window.detailsPage()->inReviewBox()->isEnabled());
    shoot(&f.window, "details-signed.png");

    // Nothing new to sign: refused with a sentence, no dialog.
    f.prompter.asked.clear();
    CHECK_FALSE(f.window.signRevision());
    CHECK(f.prompter.asked.isEmpty());
    CHECK(f.prompter.errors.last().contains(QStringLiteral("already signed")));

    // An edit after signing: changed since, with the number of changes.
    f.setRole(0, 2, "I");
    f.setRole(1, 2, "C");
    state = f.detailsState();
    // (The plural's English forms come with the translations the app loads.)
    CHECK(state.toStdString()
          == QStringLiteral("Revision %1, draft — changed since revision %2 signed on 2026-03-01 · "
                            "2 change(s)")
                 .arg(number + 1)
                 .arg(number)
                 .toStdString());
    shoot(&f.window, "details-changed.png");

    // "In review" is the one status typed by hand, and undoable.
    QTest::mouseClick(f.window.detailsPage()->inReviewBox(), Qt::LeftButton);
    CHECK(RevisionHistory::state(f.agreement()).status == AgreementDetails::Status::InReview);
    CHECK(f.detailsState().contains(QStringLiteral("in review")));
    f.window.document()->undoStack()->undo();
    CHECK(RevisionHistory::state(f.agreement()).status == AgreementDetails::Status::Draft);

    // Undo back to before the signature: nothing signed, nothing lost.
    f.window.document()->undoStack()->setIndex(steps);
    CHECK(f.agreement().revisions.isEmpty());
    CHECK(f.detailsState().contains(QStringLiteral("never signed")));
    f.window.document()->undoStack()->redo();
    CHECK(f.agreement().revisions.size() == 1);

    // Saved and reopened, the signature is in the file.
    const QString path = f.dir.filePath(QStringLiteral("signed.dutymap"));
    REQUIRE(f.window.saveTo(path));
    const Result<Agreement> back = AgreementFile::load(path);
    REQUIRE(back.ok());
    CHECK(back->revisions == f.agreement().revisions);
}

TEST_CASE("An old revision is opened read-only, exported, compared and restored as the draft",
          "[ui][revisions]")
{
    Fixture f;
    f.sign(QDate(2026, 3, 1));
    const int first = f.agreement().revisions.constLast().number;
    const Agreement signedContent = f.agreement();
    const int duty = f.agreement().duties.at(0).id;
    const int party = f.agreement().parties.at(2).id;
    const QString before = signedContent.duty(duty)->rolesOf(party).toString();
    f.setRole(0, 2, "C/I");
    f.sign(QDate(2026, 6, 1));
    f.setRole(1, 2, "R");

    RevisionsDialog *list = f.window.showRevisions();
    REQUIRE(list != nullptr);
    REQUIRE(list->table()->rowCount() == 2);
    CHECK(list->table()->item(0, RevisionsDialog::NumberColumn)->text()
          == QString::number(first + 1)); // newest first
    CHECK(list->table()
              ->item(1, RevisionsDialog::SignatoriesColumn)
              ->text()
              .contains(QStringLiteral("Daniel Ortiz, Account manager")));
    CHECK(list->table()->item(1, RevisionsDialog::FingerprintColumn)->text()
          == CanonicalForm::shortText(signedContent.revisions.constLast().fingerprint));
    list->selectRevision(first);
    CHECK(list->selectedRevision() == first);
    shoot(list, "revisions-list.png");

    SECTION("open read-only shows the matrix as signed")
    {
        QSignalSpy opened(list, &RevisionsDialog::openRequested);
        QTest::mouseClick(list->openButton(), Qt::LeftButton);
        REQUIRE(opened.size() == 1);
        ComparisonView *view = f.window.findChildren<ComparisonView *>().value(0);
        REQUIRE(view != nullptr);
        QTreeWidgetItem *row = view->dutyItem(duty);
        REQUIRE(row != nullptr);
        const int column = int(signedContent.indexOfParty(party)) + 1;
        CHECK(row->text(column) == before);
        CHECK_FALSE(view->changeList()->isVisible());
        CHECK(view->matrix()->editTriggers() == QAbstractItemView::NoEditTriggers);
        CHECK(view->summary()->text().contains(QStringLiteral("Read-only")));
    }

    SECTION("export writes the revision as it was")
    {
        QSignalSpy done(&f.window, &MainWindow::exportFinished);
        const QString json = f.dir.filePath(QStringLiteral("revision.json"));
        REQUIRE(f.window.exportRevision(first, QStringLiteral("json"), json));
        REQUIRE(done.wait(30000));
        QFile file(json);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const Result<Agreement> read = JsonFormat::fromJson(file.readAll(), json);
        INFO(read.error().toStdString());
        REQUIRE(read.ok());
        CHECK(read->duty(duty)->rolesOf(party).toString() == before);
        CHECK(CanonicalForm::fingerprint(*read) == signedContent.revisions.constLast().fingerprint);
    }

    SECTION("compare marks the changed cell, the list leads to it and filters by kind")
    {
        ComparisonView *view = f.window.compareWithRevision(first);
        REQUIRE(view != nullptr);
        REQUIRE(view->changes().size() == 2);
        QTreeWidgetItem *row = view->dutyItem(duty);
        REQUIRE(row != nullptr);
        const int column = int(f.agreement().indexOfParty(party)) + 1;
        CHECK(row->data(column, ComparisonView::OldTextRole).toString() == before);
        CHECK(row->text(column) == QStringLiteral("C/I"));
        // An unchanged cell carries no old value.
        CHECK_FALSE(row->data(1, ComparisonView::OldTextRole).isValid());

        REQUIRE(view->changeList()->count() == 2);
        view->changeList()->setCurrentRow(1);
        CHECK(view->matrix()->currentItem() == view->dutyItem(f.agreement().duties.at(1).id));
        CHECK(view->matrix()->currentColumn() == column);
        view->changeList()->setCurrentRow(0);
        CHECK(view->matrix()->currentItem() == row);

        // The filter lists the kinds present, with their counts.
        REQUIRE(view->kindFilter()->count() == 2);
        CHECK(view->kindFilter()->itemText(1) == QStringLiteral("Roles changed (2)"));
        view->kindFilter()->setCurrentIndex(1);
        CHECK(view->changeList()->count() == 2);
        shoot(view->window(), "compare-revision.png");
    }

    SECTION("restore makes it the draft in one undo step")
    {
        const Agreement current = f.agreement();
        const int steps = f.window.document()->undoStack()->count();
        QTest::mouseClick(list->restoreButton(), Qt::LeftButton);
        CHECK(f.window.document()->undoStack()->count() == steps + 1);
        CHECK(f.agreement().duty(duty)->rolesOf(party).toString() == before);
        CHECK(f.agreement().revisions == current.revisions);
        const RevisionState s = RevisionHistory::state(f.agreement());
        CHECK(s.changedSinceSigned);
        CHECK(s.revision == first + 2);
        f.window.document()->undoStack()->undo();
        CHECK(f.agreement() == current);
    }
}

TEST_CASE("Comparing with another file marks added, removed and changed duties", "[ui][revisions]")
{
    Fixture f;
    Agreement theirs = f.agreement();
    const QString removedTitle = theirs.duties.at(3).title;
    const int removedId = theirs.duties.at(3).id;
    // Theirs has a duty ours removed, lacks one ours added, and another role.
    Duty extra = theirs.duties.at(0);
    theirs.takeId(); // the id ours gives its own new duty
    extra.id = theirs.takeId();
    extra.key.clear();
    extra.title = QStringLiteral("Only in theirs");
    theirs.duties.append(extra);
    const QString path = f.dir.filePath(QStringLiteral("theirs.json"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(JsonFormat::toJson(theirs)).toJson());
    }
    f.window.document()->removeDuties({removedId});
    Duty mine = f.agreement().duties.at(0);
    mine.id = 0;
    mine.key.clear();
    mine.title = QStringLiteral("Only in ours");
    const int mineId = f.window.document()->addDuty(mine);
    f.setRole(1, 1, "A/R");

    ComparisonView *view = f.window.compareWithFile(path);
    REQUIRE(view != nullptr);
    QTreeWidgetItem *added = view->dutyItem(mineId);
    REQUIRE(added != nullptr);
    CHECK(added->data(0, ComparisonView::RowStateRole).toInt() == ComparisonView::Added);
    // Removed: theirs' extra duty and the one ours removed.
    int removedRows = 0;
    for (int a = 0; a < view->matrix()->topLevelItemCount(); ++a)
        for (int d = 0; d < view->matrix()->topLevelItem(a)->childCount(); ++d)
            if (view->matrix()->topLevelItem(a)->child(d)->data(0, ComparisonView::RowStateRole)
                == ComparisonView::Removed)
                ++removedRows;
    CHECK(removedRows == 2);
    QTreeWidgetItem *removed = view->dutyItem(removedId, true);
    REQUIRE(removed != nullptr);
    CHECK(removed->text(0).startsWith(removedTitle));
    CHECK(view->summary()->text().contains(QStringLiteral("theirs.json")));
    shoot(view->window(), "compare-file.png");

    // A file that is not an agreement: a clear error, no window.
    const QString junk = f.dir.filePath(QStringLiteral("junk.json"));
    {
        QFile file(junk);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("{ not json");
    }
    CHECK(f.window.compareWithFile(junk) == nullptr);
    CHECK(f.prompter.errors.last().contains(QStringLiteral("junk.json")));
}

TEST_CASE("Merge takes one-sided changes and settles each conflict, as one undo step",
          "[ui][revisions]")
{
    Fixture f;
    const Agreement base = f.agreement();
    const int msp = base.parties.at(1).id;
    const int dutyA = base.duties.at(0).id;
    const int dutyB = base.duties.at(1).id;
    const int dutyC = base.duties.at(2).id;
    Agreement theirs = base;
    theirs.duties[0].setRoles(msp, Raci::parse(QStringLiteral("I")).value());
    theirs.duties[1].title = QStringLiteral("Theirs title");
    theirs.duties[2].notes = QStringLiteral("only theirs");
    const QString basePath = f.dir.filePath(QStringLiteral("base.dutymap"));
    const QString theirsPath = f.dir.filePath(QStringLiteral("theirs.dutymap"));
    REQUIRE(AgreementFile::save(base, basePath).ok());
    REQUIRE(AgreementFile::save(theirs, theirsPath).ok());
    f.setRole(0, 1, "A");
    Duty b = *f.agreement().duty(dutyB);
    b.title = QStringLiteral("Ours title");
    f.window.document()->setDuty(b);
    const Agreement ours = f.agreement();
    const int steps = f.window.document()->undoStack()->count();

    const auto mergeWith = [&](Settlement::Choice roleChoice, Settlement::Choice titleChoice,
                               const QString &typed = {}) {
        f.prompter.answerDialog = [&, roleChoice, titleChoice, typed](QDialog *d) {
            auto *dialog = qobject_cast<MergeDialog *>(d);
            REQUIRE(dialog != nullptr);
            REQUIRE(dialog->conflictList()->topLevelItemCount() == 2);
            INFO(dialog->summary()->text().toStdString());
            CHECK(dialog->summary()->text().startsWith(QStringLiteral("1 change")));
            CHECK(dialog->summary()->text().contains(QStringLiteral("made only in “theirs")));
            CHECK_FALSE(dialog->applyButton()->isEnabled()); // nothing settled yet
            for (int i = 0; i < 2; ++i) {
                const QString text =
                    dialog->conflictList()->topLevelItem(i)->text(MergeDialog::ConflictColumn);
                if (text.contains(QStringLiteral("—")) && !text.contains(QStringLiteral("title")))
                    dialog->settle(i, roleChoice, typed);
                else
                    dialog->settle(i, titleChoice, typed);
            }
            CHECK(dialog->applyButton()->isEnabled());
            shoot(dialog, "merge-conflicts.png");
            return true;
        };
        return f.window.mergeWithFile(theirsPath, basePath);
    };

    SECTION("ours for one, theirs for the other")
    {
        REQUIRE(mergeWith(Settlement::Choice::Ours, Settlement::Choice::Theirs));
        CHECK(f.agreement().duty(dutyA)->rolesOf(msp).toString() == QStringLiteral("A"));
        CHECK(f.agreement().duty(dutyB)->title == QStringLiteral("Theirs title"));
        CHECK(f.agreement().duty(dutyC)->notes == QStringLiteral("only theirs"));
    }

    SECTION("theirs for the cell, ours for the title")
    {
        REQUIRE(mergeWith(Settlement::Choice::Theirs, Settlement::Choice::Ours));
        CHECK(f.agreement().duty(dutyA)->rolesOf(msp).toString() == QStringLiteral("I"));
        CHECK(f.agreement().duty(dutyB)->title == QStringLiteral("Ours title"));
        CHECK(f.agreement().duty(dutyC)->notes == QStringLiteral("only theirs"));
    }

    SECTION("typed for both")
    {
        REQUIRE(
            mergeWith(Settlement::Choice::Edited, Settlement::Choice::Edited, QStringLiteral("C")));
        CHECK(f.agreement().duty(dutyA)->rolesOf(msp).toString() == QStringLiteral("C"));
        CHECK(f.agreement().duty(dutyB)->title == QStringLiteral("C"));
    }

    // One undo step takes the whole merge back.
    CHECK(f.window.document()->undoStack()->count() == steps + 1);
    f.window.document()->undoStack()->undo();
    CHECK(f.agreement() == ours);

    // Cancelled: nothing changes.
    f.prompter.answerDialog = [](QDialog *) { return false; };
    CHECK_FALSE(f.window.mergeWithFile(theirsPath, basePath));
    CHECK(f.agreement() == ours);
}
