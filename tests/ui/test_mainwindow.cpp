#include "chartspanel.h"
#include "detailspage.h"
#include "document/document.h"
#include "dutyinspector.h"
#include "exchange/format.h"
#include "exchange/sampleagreement.h"
#include "exportdialog.h"
#include "filterbar.h"
#include "findingsmodel.h"
#include "findingspanel.h"
#include "importdialog.h"
#include "mainwindow.h"
#include "matrixfiltermodel.h"
#include "matrixmodel.h"
#include "matrixview.h"
#include "model/frequency.h"
#include "report/reportbuilder.h"
#include "reviewpage.h"
#include "revisions/canonicalform.h"
#include "revisions/revisionhistory.h"
#include "rolepicker.h"
#include "scriptedprompter.h"
#include "startview.h"
#include "storage/agreementfile.h"
#include "systemspage.h"

#include <catch2/catch.hpp>

#include "checks/healthcheck.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>
#include <QUndoStack>

namespace {

Agreement sample()
{
    const Result<Agreement> s = SampleAgreement::load();
    REQUIRE(s.ok());
    return s.value();
}

// The proxy index of a duty's cell in the window's matrix.
QModelIndex cellOf(MainWindow &w, int dutyId, int partyId)
{
    const int column = w.matrixModel()->columnOfParty(partyId);
    return w.filterModel()->mapFromSource(w.matrixModel()->indexOfDuty(dutyId, column));
}

Raci rolesOf(MainWindow &w, int dutyId, int partyId)
{
    return w.document()->agreement().duty(dutyId)->rolesOf(partyId);
}

// The findings, charts and status follow an edit on a short timer, so that
// the edited cell repaints first; wait for them as the user would.
bool settled(MainWindow &w)
{
    return QTest::qWaitFor([&w] { return !w.document()->hasUnsettledChanges(); }, 2000);
}

struct Fixture {
    QTemporaryDir dir;
    ScriptedPrompter prompter;
    MainWindow window{&prompter};
    Fixture()
    {
        QSettings().clear();
        window.setRecoveryStore(RecoveryStore(dir.filePath(QStringLiteral("recovery"))));
        window.show();
    }
};

} // namespace

TEST_CASE("The window starts on the start view and creates an agreement from each model", "[ui]")
{
    Fixture f;
    CHECK(f.window.isShowingStartView());
    for (const QString &id : TemplateLibrary::builtInModelIds()) {
        INFO(id.toStdString());
        f.prompter.saveChoice = Prompter::SaveChoice::Discard;
        QPushButton *start = f.window.startView()->modelButton(id);
        REQUIRE(start != nullptr);
        f.window.closeDocument();
        QTest::mouseClick(f.window.startView()->modelButton(id), Qt::LeftButton);
        REQUIRE(f.window.document() != nullptr);
        CHECK_FALSE(f.window.isShowingStartView());
        CHECK(f.window.document()->agreement().details.modelId == id);
        CHECK(f.window.document()->agreement().details.client == QStringLiteral("Northwind"));
        CHECK(f.window.matrixModel()->rowCount() == f.window.document()->agreement().areas.size());
        CHECK(f.window.findingsPanel()->summary().contains(QStringLiteral("0 error(s)")));
    }
}

TEST_CASE("The panels show only where they mean something", "[ui][docks]")
{
    Fixture f;
    const auto panel = [&f](const char *name) {
        QDockWidget *d = f.window.findChild<QDockWidget *>(QLatin1StringView(name));
        REQUIRE(d != nullptr);
        return d;
    };
    QDockWidget *duty = panel("inspector");
    QDockWidget *findings = panel("findings");
    QDockWidget *charts = panel("charts");
    QDockWidget *history = panel("history");
    const auto shown = [](const QDockWidget *d) { return !d->isHidden(); };

    // The start view has no agreement to inspect or check.
    REQUIRE(f.window.isShowingStartView());
    for (const QDockWidget *d : {duty, findings, charts, history}) {
        INFO(d->objectName().toStdString());
        CHECK_FALSE(shown(d));
    }

    // An agreement brings them back, on the matrix.
    f.window.showAgreement(sample());
    CHECK(f.window.tabs()->currentIndex() == 0);
    CHECK(shown(duty));
    CHECK(shown(findings));

    // The Duty panel serves the matrix only; the findings serve every tab
    // but the Review tab, which has findings of its own.
    for (int tab = 1; tab < f.window.tabs()->count(); ++tab) {
        f.window.tabs()->setCurrentIndex(tab);
        INFO(f.window.tabs()->tabText(tab).toStdString());
        CHECK_FALSE(shown(duty));
        CHECK(shown(findings) != (f.window.tabs()->widget(tab) == f.window.reviewPage()));
    }
    f.window.tabs()->setCurrentIndex(0);
    CHECK(shown(duty));

    // A panel the user closed stays closed when the start view comes and goes.
    findings->close();
    f.prompter.saveChoice = Prompter::SaveChoice::Discard;
    f.window.closeDocument();
    REQUIRE(f.window.isShowingStartView());
    CHECK_FALSE(shown(duty));
    CHECK_FALSE(shown(findings));
    f.window.showAgreement(sample());
    CHECK(shown(duty));
    CHECK_FALSE(shown(findings));
}

TEST_CASE("Typing a role letter edits the cell, undo and redo restore it", "[ui]")
{
    Fixture f;
    f.window.showAgreement(sample());
    const Agreement &a = f.window.document()->agreement();
    const int duty = a.duties.at(0).id;
    const int party = a.parties.at(2).id; // leadership: no role on the first duty
    REQUIRE(rolesOf(f.window, duty, party).isEmpty());
    MatrixView *view = f.window.matrixView();
    view->setCurrentIndex(cellOf(f.window, duty, party));
    view->setFocus();

    QTest::keyClick(view, Qt::Key_C);
    CHECK(rolesOf(f.window, duty, party) == Raci(Raci::Consulted));
    CHECK(view->currentIndex().data().toString() == QStringLiteral("C"));
    CHECK(f.window.isWindowModified());
    QTest::keyClick(view, Qt::Key_I);
    CHECK(rolesOf(f.window, duty, party) == Raci(Raci::Consulted | Raci::Informed));
    QTest::keyClick(view, Qt::Key_C);
    CHECK(rolesOf(f.window, duty, party) == Raci(Raci::Informed));
    QTest::keyClick(view, Qt::Key_Delete);
    CHECK(rolesOf(f.window, duty, party).isEmpty());

    QUndoStack *stack = f.window.document()->undoStack();
    CHECK(stack->count() == 4);
    stack->undo();
    CHECK(rolesOf(f.window, duty, party) == Raci(Raci::Informed));
    stack->undo();
    stack->undo();
    stack->undo();
    CHECK(rolesOf(f.window, duty, party).isEmpty());
    CHECK_FALSE(f.window.isWindowModified());
    stack->redo();
    CHECK(rolesOf(f.window, duty, party) == Raci(Raci::Consulted));
    CHECK(view->currentIndex().data().toString() == QStringLiteral("C"));

    // Arrows move between cells.
    const QModelIndex before = view->currentIndex();
    QTest::keyClick(view, Qt::Key_Down);
    CHECK(view->currentIndex().row() == before.row() + 1);
    QTest::keyClick(view, Qt::Key_Left);
    CHECK(view->currentIndex().column() == before.column() - 1);
}

TEST_CASE("A role typed over a multi-cell selection is one undo step", "[ui]")
{
    Fixture f;
    f.window.showAgreement(sample());
    const Agreement before = f.window.document()->agreement();
    MatrixView *view = f.window.matrixView();
    const int party = before.parties.at(2).id;
    const QModelIndex first = cellOf(f.window, before.duties.at(0).id, party);
    const QModelIndex last = cellOf(f.window, before.duties.at(3).id, party);
    view->setCurrentIndex(first);
    view->selectionModel()->select(QItemSelection(first, last),
                                   QItemSelectionModel::ClearAndSelect);
    QTest::keyClick(view, Qt::Key_I);
    for (int i = 0; i < 4; ++i)
        CHECK(rolesOf(f.window, before.duties.at(i).id, party).informed());
    CHECK(f.window.document()->undoStack()->count() == 1);
    // All four have I now: the same key takes it away from all of them.
    QTest::keyClick(view, Qt::Key_I);
    for (int i = 0; i < 4; ++i)
        CHECK_FALSE(rolesOf(f.window, before.duties.at(i).id, party).informed());
    f.window.document()->undoStack()->undo();
    f.window.document()->undoStack()->undo();
    CHECK(f.window.document()->agreement() == before);
}

TEST_CASE("Copy a block of cells and paste it elsewhere", "[ui]")
{
    Fixture f;
    f.window.showAgreement(sample());
    const Agreement &a = f.window.document()->agreement();
    MatrixView *view = f.window.matrixView();
    const int it = a.parties.at(0).id;
    const int msp = a.parties.at(1).id;
    const int d0 = a.duties.at(0).id;
    const int d1 = a.duties.at(1).id;
    view->selectionModel()->select(
        QItemSelection(cellOf(f.window, d0, it), cellOf(f.window, d1, msp)),
        QItemSelectionModel::ClearAndSelect);
    const QString copied = view->selectionAsText();
    CHECK(copied
          == rolesOf(f.window, d0, it).toString() + u'\t' + rolesOf(f.window, d0, msp).toString()
                 + u'\n' + rolesOf(f.window, d1, it).toString() + u'\t'
                 + rolesOf(f.window, d1, msp).toString() + u'\n');
    view->copy();
    CHECK(QApplication::clipboard()->text() == copied);

    // Paste onto the "business-critical application" rows, which differ.
    const int t0 = a.duties.at(10).id;
    const int t1 = a.duties.at(11).id;
    view->setCurrentIndex(cellOf(f.window, t0, it));
    const Raci expected00 = rolesOf(f.window, d0, it);
    const Raci expected11 = rolesOf(f.window, d1, msp);
    view->paste();
    CHECK(rolesOf(f.window, t0, it) == expected00);
    CHECK(rolesOf(f.window, t1, msp) == expected11);
    CHECK(f.window.document()->undoStack()->count() == 1);
    CHECK(f.window.document()->undoStack()->undoText() == QStringLiteral("Paste roles"));

    // Bad letters are reported and nothing changes.
    const Agreement before = f.window.document()->agreement();
    const Status bad = view->pasteText(QStringLiteral("A/R\tX\nQ\tI\n"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().contains(QStringLiteral("Row 1, column 2")));
    CHECK(bad.error().contains(QStringLiteral("Row 2, column 1")));
    CHECK(f.window.document()->agreement() == before);
}

TEST_CASE("A click on a role cell opens the role picker", "[ui]")
{
    Fixture f;
    f.window.showAgreement(sample());
    const Agreement &a = f.window.document()->agreement();
    const int duty = a.duties.at(2).id;
    const int party = a.parties.at(2).id;
    MatrixView *view = f.window.matrixView();
    const QModelIndex cell = cellOf(f.window, duty, party);
    view->scrollTo(cell);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(cell).center());
    auto *picker = view->findChild<RolePicker *>();
    REQUIRE(picker != nullptr);
    QTest::mouseClick(picker->button(Raci::Informed), Qt::LeftButton);
    CHECK(rolesOf(f.window, duty, party) == Raci(Raci::Informed));
    picker->close();
}

TEST_CASE("The filter bar narrows the matrix", "[ui]")
{
    Fixture f;
    f.window.showAgreement(sample());
    MatrixFilterModel *filter = f.window.filterModel();
    const int areas = filter->rowCount();
    f.window.filterBar()->textEdit()->setText(QStringLiteral("password"));
    int shown = 0;
    for (int r = 0; r < filter->rowCount(); ++r)
        shown += filter->rowCount(filter->index(r, 0));
    CHECK(shown >= 1);
    CHECK(filter->rowCount() < areas);
    for (int r = 0; r < filter->rowCount(); ++r)
        for (int c = 0; c < filter->rowCount(filter->index(r, 0)); ++c)
            CHECK(filter->index(c, 0, filter->index(r, 0))
                      .data(MatrixModel::SearchTextRole)
                      .toString()
                      .contains(QStringLiteral("password"), Qt::CaseInsensitive));

    // Escape clears; then only the duties where the leadership is Informed.
    QTest::keyClick(f.window.filterBar()->textEdit(), Qt::Key_Escape);
    CHECK(filter->rowCount() == areas);
    const Agreement &a = f.window.document()->agreement();
    f.window.filterBar()->partyBox()->setCurrentIndex(3);
    f.window.filterBar()->roleBox()->setCurrentIndex(4); // Informed
    int expected = 0;
    for (const Duty &d : a.duties)
        expected += d.rolesOf(a.parties.at(2).id).informed() ? 1 : 0;
    shown = 0;
    for (int r = 0; r < filter->rowCount(); ++r)
        shown += filter->rowCount(filter->index(r, 0));
    CHECK(shown == expected);
}

TEST_CASE("Findings update as the user edits and lead to the cell concerned", "[ui]")
{
    Fixture f;
    f.window.showAgreement(sample());
    FindingsPanel *panel = f.window.findingsPanel();
    // The sample is healthy: notes for the reader at most.
    const auto problems = [panel] {
        return HealthCheck::count(panel->findings(), Finding::Severity::Error)
               + HealthCheck::count(panel->findings(), Finding::Severity::Warning);
    };
    CHECK(problems() == 0);
    QAbstractItemModelTester tester(panel->view()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);

    const Agreement &a = f.window.document()->agreement();
    const Duty &duty = a.duties.at(5);
    const int msp = a.parties.at(1).id;
    f.window.document()->setRoles(duty.id, msp, Raci(Raci::Responsible)); // nobody Accountable now
    REQUIRE(settled(f.window));
    REQUIRE(problems() == 1);
    qsizetype at = -1;
    for (qsizetype i = 0; i < panel->findings().size() && at < 0; ++i)
        if (panel->findings().at(i).code == QStringLiteral("raci.no-accountable"))
            at = i;
    REQUIRE(at >= 0);
    CHECK(panel->findings().at(at).dutyId == duty.id);
    CHECK(panel->summary().contains(QStringLiteral("1 error")));
    CHECK(f.window.matrixModel()->indexOfDuty(duty.id).data(MatrixModel::SeverityRole).toInt()
          == int(Finding::Severity::Error));

    f.window.matrixView()->setCurrentIndex(cellOf(f.window, a.duties.at(0).id, msp));
    const QModelIndex row = panel->view()->model()->index(int(at), 0);
    panel->view()->setCurrentIndex(row);
    emit panel->view()->activated(row);
    CHECK(f.window.matrixView()->currentDutyId() == duty.id);

    f.window.document()->undoStack()->undo();
    REQUIRE(settled(f.window));
    CHECK(problems() == 0);
    CHECK(f.window.matrixModel()->indexOfDuty(duty.id).data(MatrixModel::SeverityRole).toInt()
          == -1);
}

TEST_CASE("The charts follow every edit", "[ui]")
{
    Fixture f;
    f.window.showAgreement(sample());
    const Agreement &a = f.window.document()->agreement();
    ChartsPanel *charts = f.window.chartsPanel();
    const qsizetype parties = a.parties.size();
    REQUIRE(charts->responsibleCounts().size() == parties);
    // Categories run bottom to top: the last value is the first party.
    int leadershipR = 0;
    for (const Duty &d : a.duties)
        leadershipR += d.rolesOf(a.parties.at(2).id).responsible() ? 1 : 0;
    CHECK(charts->responsibleCounts().at(parties - 3) == leadershipR);
    f.window.document()->setRoles(a.duties.at(0).id, a.parties.at(2).id, Raci(Raci::Responsible));
    REQUIRE(settled(f.window));
    CHECK(charts->responsibleCounts().at(parties - 3) == leadershipR + 1);
}

TEST_CASE("Keys typed in a row are checked once, and the findings and charts match the result",
          "[ui]")
{
    Fixture f;
    f.window.showAgreement(sample());
    const Agreement &a = f.window.document()->agreement();
    REQUIRE(settled(f.window));
    QSignalSpy settledSpy(f.window.document(), &Document::changesSettled);
    QSignalSpy changedSpy(f.window.document(), &Document::changed);
    const QList<Finding> before = f.window.findingsPanel()->findings();

    // Take Accountable from a few duties' accountable party, one key each.
    MatrixView *view = f.window.matrixView();
    view->setFocus();
    int typed = 0;
    for (qsizetype i = 0; i < a.duties.size() && typed < 4; ++i) {
        const Duty &duty = a.duties.at(i);
        for (const Party &p : a.parties) {
            if (!duty.rolesOf(p.id).accountable())
                continue;
            view->setCurrentIndex(cellOf(f.window, duty.id, p.id));
            QTest::keyClick(view, Qt::Key_A);
            CHECK_FALSE(rolesOf(f.window, duty.id, p.id).accountable()); // the cell at once
            ++typed;
            break;
        }
    }
    REQUIRE(typed == 4);
    CHECK(changedSpy.size() == 4);
    // Nothing recomputed the whole agreement yet: the old findings still stand.
    CHECK(settledSpy.isEmpty());
    CHECK(f.window.findingsPanel()->findings() == before);

    REQUIRE(settled(f.window));
    CHECK(settledSpy.size() == 1); // one check for the four keys
    const QList<Finding> expected = HealthCheck::run(a);
    CHECK(f.window.findingsPanel()->findings() == expected);
    CHECK(HealthCheck::count(expected, Finding::Severity::Error) >= 4);
    const qsizetype parties = a.parties.size();
    for (qsizetype p = 0; p < parties; ++p) {
        int accountable = 0;
        for (const Duty &d : a.duties)
            accountable += d.rolesOf(a.parties.at(p).id).accountable() ? 1 : 0;
        CHECK(f.window.chartsPanel()->accountableCounts().at(parties - 1 - p) == accountable);
    }
}

namespace {
// The duties the filtered matrix shows, top to bottom.
QList<int> shownDuties(MainWindow &w)
{
    QList<int> ids;
    const QAbstractItemModel *m = w.filterModel();
    for (int r = 0; r < m->rowCount(); ++r)
        for (int c = 0; c < m->rowCount(m->index(r, 0)); ++c)
            ids.append(m->index(c, 0, m->index(r, 0)).data(MatrixModel::DutyIdRole).toInt());
    return ids;
}

QList<qreal> responsibleTally(const Agreement &a)
{
    QList<qreal> counts;
    for (auto p = a.parties.crbegin(); p != a.parties.crend(); ++p) {
        int n = 0;
        for (const Duty &d : a.duties)
            n += d.rolesOf(p->id).responsible() ? 1 : 0;
        counts.append(n);
    }
    return counts;
}
} // namespace

TEST_CASE("Removing many filtered duties is one matrix reset and undo brings the same rows back",
          "[ui]")
{
    Fixture f;
    f.window.showAgreement(sample());
    REQUIRE(settled(f.window));
    Document *doc = f.window.document();
    const Agreement &a = doc->agreement();
    const Agreement original = a;
    const QList<Finding> originalFindings = f.window.findingsPanel()->findings();
    // The duties where the leadership is Informed.
    f.window.filterBar()->partyBox()->setCurrentIndex(3);
    f.window.filterBar()->roleBox()->setCurrentIndex(4);
    const QList<int> shown = shownDuties(f.window);
    REQUIRE(shown.size() >= 6);
    REQUIRE(shown.size() < a.duties.size());
    QAbstractItemModelTester tester(f.window.filterModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);

    // Every other shown duty selected; the current one stays.
    MatrixView *view = f.window.matrixView();
    const int kept = shown.at(1);
    view->selectDuty(kept);
    QList<int> removed;
    QList<int> left;
    for (qsizetype i = 0; i < shown.size(); ++i)
        (i % 2 == 0 ? removed : left).append(shown.at(i));
    view->selectionModel()->clearSelection();
    for (int id : std::as_const(removed))
        view->selectionModel()->select(
            f.window.filterModel()->mapFromSource(f.window.matrixModel()->indexOfDuty(id)),
            QItemSelectionModel::Select | QItemSelectionModel::Rows);
    REQUIRE(view->selectedDutyIds().size() == removed.size());
    CHECK(view->currentDutyId() == kept);
    CHECK(f.window.inspector()->dutyId() == kept);

    QSignalSpy resets(f.window.matrixModel(), &QAbstractItemModel::modelReset);
    QSignalSpy rowsRemoved(f.window.matrixModel(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy rowsInserted(f.window.matrixModel(), &QAbstractItemModel::rowsInserted);
    QSignalSpy agreementResets(doc, &Document::agreementReset);
    QAction *remove = nullptr;
    for (QAction *action : f.window.findChildren<QAction *>())
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_Delete))
            remove = action;
    REQUIRE(remove);
    remove->trigger();

    // One step, one reset of the matrix; the filter still applies.
    CHECK(doc->undoStack()->count() == 1);
    CHECK(a.duties.size() == original.duties.size() - removed.size());
    CHECK(resets.size() == 1);
    CHECK(rowsRemoved.isEmpty());
    CHECK(agreementResets.isEmpty());
    CHECK(shownDuties(f.window) == left);
    CHECK(view->currentDutyId() == kept);
    CHECK(f.window.inspector()->dutyId() == kept);
    // The findings and charts follow once, for the agreement as it is now.
    REQUIRE(settled(f.window));
    CHECK(f.window.findingsPanel()->findings() == HealthCheck::run(a));
    CHECK(f.window.chartsPanel()->responsibleCounts() == responsibleTally(a));

    doc->undoStack()->undo();
    CHECK(a == original);
    CHECK(resets.size() == 2);
    CHECK(rowsInserted.isEmpty());
    CHECK(shownDuties(f.window) == shown);
    CHECK(view->currentDutyId() == kept);
    CHECK(f.window.inspector()->dutyId() == kept);
    REQUIRE(settled(f.window));
    CHECK(f.window.findingsPanel()->findings() == originalFindings);
    CHECK(f.window.chartsPanel()->responsibleCounts() == responsibleTally(a));

    doc->undoStack()->redo();
    CHECK(resets.size() == 3);
    CHECK(shownDuties(f.window) == left);
    CHECK(view->currentDutyId() == kept);
    REQUIRE(settled(f.window));
    CHECK(f.window.findingsPanel()->findings() == HealthCheck::run(a));
    CHECK(f.window.chartsPanel()->responsibleCounts() == responsibleTally(a));
}

TEST_CASE("The inspector and the details page edit through the undo stack", "[ui]")
{
    Fixture f;
    f.window.showAgreement(sample());
    const int duty = f.window.document()->agreement().duties.at(0).id;
    f.window.matrixView()->selectDuty(duty);
    CHECK(f.window.inspector()->dutyId() == duty);
    QLineEdit *title = f.window.inspector()->titleEdit();
    title->setText(QStringLiteral("Triage every ticket"));
    emit title->editingFinished();
    CHECK(f.window.document()->agreement().duty(duty)->title
          == QStringLiteral("Triage every ticket"));
    CHECK(f.window.document()->undoStack()->undoText() == QStringLiteral("Rename duty"));
    f.window.document()->undoStack()->undo();
    CHECK(title->text() == f.window.document()->agreement().duty(duty)->title);

    QLineEdit *client = f.window.detailsPage()->clientEdit();
    client->setText(QStringLiteral("Northwind Freight"));
    emit client->editingFinished();
    CHECK(f.window.document()->agreement().details.client == QStringLiteral("Northwind Freight"));
    f.window.document()->undoStack()->undo();
    CHECK(client->text() == QStringLiteral("Northwind Logistics"));
}

TEST_CASE("Save, close and reopen give the same agreement", "[ui]")
{
    Fixture f;
    f.window.showAgreement(sample());
    f.window.document()->setRoles(f.window.document()->agreement().duties.at(0).id,
                                  f.window.document()->agreement().parties.at(2).id,
                                  Raci(Raci::Informed));
    const Agreement edited = f.window.document()->agreement();
    f.prompter.fileName = f.dir.filePath(QStringLiteral("northwind"));
    REQUIRE(f.window.save()); // no file yet: asks for a name, adds .dutymap
    const QString path = f.dir.filePath(QStringLiteral("northwind.dutymap"));
    CHECK(f.window.document()->filePath() == path);
    CHECK_FALSE(f.window.isWindowModified());
    CHECK(f.window.windowTitle().startsWith(QStringLiteral("northwind.dutymap")));
    REQUIRE(f.window.closeDocument());
    CHECK(f.prompter.asked.isEmpty()); // nothing unsaved: no question
    CHECK(f.window.isShowingStartView());
    CHECK(f.window.startView()->recentList()->count() == 1);

    REQUIRE(f.window.openFile(path));
    CHECK(f.window.document()->agreement() == edited);
}

TEST_CASE("Closing with unsaved changes asks, and Cancel keeps the work", "[ui]")
{
    Fixture f;
    f.window.showAgreement(sample());
    f.window.document()->setRoles(f.window.document()->agreement().duties.at(0).id,
                                  f.window.document()->agreement().parties.at(2).id,
                                  Raci(Raci::Informed));
    f.prompter.saveChoice = Prompter::SaveChoice::Cancel;
    CHECK_FALSE(f.window.close());
    CHECK(f.window.isVisible());
    REQUIRE(f.prompter.asked.size() == 1);
    CHECK(f.prompter.asked.at(0).startsWith(QStringLiteral("save:")));

    f.prompter.saveChoice = Prompter::SaveChoice::Save;
    f.prompter.fileName = f.dir.filePath(QStringLiteral("kept.dutymap"));
    CHECK(f.window.close());
    CHECK(AgreementFile::load(f.prompter.fileName).ok());
}

TEST_CASE("A file changed by someone else is not silently overwritten", "[ui]")
{
    Fixture f;
    const QString path = f.dir.filePath(QStringLiteral("shared.dutymap"));
    REQUIRE(AgreementFile::save(sample(), path).ok());
    REQUIRE(f.window.openFile(path));
    f.window.document()->setRoles(f.window.document()->agreement().duties.at(0).id,
                                  f.window.document()->agreement().parties.at(2).id,
                                  Raci(Raci::Informed));
    Agreement theirs = sample();
    theirs.details.revision = 7;
    QTest::qWait(20); // a different modification time
    REQUIRE(AgreementFile::save(theirs, path).ok());

    f.prompter.conflictChoice = Prompter::ConflictChoice::Cancel;
    CHECK_FALSE(f.window.save());
    CHECK(AgreementFile::load(path)->details.revision == 7);
    f.prompter.conflictChoice = Prompter::ConflictChoice::Overwrite;
    CHECK(f.window.save());
    CHECK(AgreementFile::load(path).value() == f.window.document()->agreement());
}

TEST_CASE("Unsaved work survives a crash through the recovery copy", "[ui]")
{
    QTemporaryDir dir;
    const QString recovery = dir.filePath(QStringLiteral("recovery"));
    const QString path = dir.filePath(QStringLiteral("crash.dutymap"));
    REQUIRE(AgreementFile::save(sample(), path).ok());
    Agreement edited;
    {
        ScriptedPrompter prompter;
        auto *window = new MainWindow(&prompter);
        window->setRecoveryStore(RecoveryStore(recovery));
        REQUIRE(window->openFile(path));
        window->document()->setRoles(window->document()->agreement().duties.at(0).id,
                                     window->document()->agreement().parties.at(2).id,
                                     Raci(Raci::Consulted));
        edited = window->document()->agreement();
        window->autosave();
        // A crash: the window never closes normally, so the copy stays.
        CHECK(RecoveryStore(recovery).pending().size() == 1);
        window->setRecoveryStore(RecoveryStore(dir.filePath(QStringLiteral("elsewhere"))));
        delete window;
    }
    ScriptedPrompter prompter;
    MainWindow window(&prompter);
    window.setRecoveryStore(RecoveryStore(recovery));
    REQUIRE(window.offerRecovery());
    REQUIRE(prompter.asked.size() == 1);
    CHECK(prompter.asked.at(0).contains(QStringLiteral("crash.dutymap")));
    CHECK(window.document()->agreement() == edited);
    CHECK(window.document()->filePath() == path);
    CHECK(window.isWindowModified());
    window.document()->undoStack()->undo(); // back to the file as saved
    CHECK(window.document()->agreement() == AgreementFile::load(path).value());
    window.document()->undoStack()->redo();
    prompter.saveChoice = Prompter::SaveChoice::Discard;
    REQUIRE(window.closeDocument());
    CHECK(RecoveryStore(recovery).pending().isEmpty());
}

TEST_CASE("The matrix model passes the item model tester through edits", "[ui]")
{
    Document doc(sample());
    MatrixModel model(&doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    MatrixFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester filterTester(&filter,
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    const Agreement &a = doc.agreement();
    REQUIRE(model.rowCount() == a.areas.size());
    CHECK(model.columnCount() == 1 + a.parties.size() + 1);

    const Duty &first = a.duties.at(0);
    const int party = a.parties.at(0).id;
    doc.setRoles(first.id, party, Raci(Raci::Consulted));
    CHECK(model.indexOfDuty(first.id, model.columnOfParty(party)).data().toString()
          == QStringLiteral("C"));
    CHECK(model.setData(model.indexOfDuty(first.id, model.columnOfParty(party)),
                        QStringLiteral("r/a")));
    CHECK(doc.agreement().duty(first.id)->rolesOf(party)
          == Raci(Raci::Accountable | Raci::Responsible));
    CHECK_FALSE(model.setData(model.indexOfDuty(first.id, model.columnOfParty(party)),
                              QStringLiteral("X")));
    CHECK(model.lastError().contains(QStringLiteral("not a RACI value")));

    Duty added;
    added.areaId = a.areas.at(0).id;
    added.title = QStringLiteral("Review the on-call rota");
    const int id = doc.addDuty(added, 0);
    CHECK(model.indexOfDuty(id).data().toString() == QStringLiteral("Review the on-call rota"));
    CHECK(model.indexOfDuty(id, model.ownershipColumn()).data().toString()
          == QStringLiteral("Unassigned"));
    MatrixFilterModel::Criteria onCall;
    onCall.text = QStringLiteral("on-call");
    filter.setCriteria(onCall);
    CHECK(filter.rowCount() == 1);
    doc.removeParty(party);
    CHECK(model.columnCount() == 1 + doc.agreement().parties.size() + 1);
    doc.removeArea(a.areas.at(1).id);
    while (doc.undoStack()->canUndo())
        doc.undoStack()->undo();
    CHECK(model.rowCount() == doc.agreement().areas.size());
}

TEST_CASE("Duties are dragged to a new place, also into another area, as one undo step", "[ui]")
{
    Document doc(sample());
    MatrixModel model(&doc);
    const Agreement before = doc.agreement();
    const Duty first = before.duties.at(0);
    const QModelIndex secondArea = model.index(1, 0);
    const int secondAreaId = before.areas.at(1).id;

    // Drop the first duty onto the second area's first duty: it lands before it.
    std::unique_ptr<QMimeData> mime(model.mimeData({model.indexOfDuty(first.id)}));
    REQUIRE(mime);
    const QModelIndex target = model.index(0, 0, secondArea);
    const int targetId = target.data(MatrixModel::DutyIdRole).toInt();
    REQUIRE(model.canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, target));
    model.dropMimeData(mime.get(), Qt::MoveAction, -1, -1, target);
    const Agreement &a = doc.agreement();
    CHECK(a.duty(first.id)->areaId == secondAreaId);
    CHECK(a.indexOfDuty(first.id) + 1 == a.indexOfDuty(targetId));
    CHECK(model.indexOfDuty(first.id).parent().row() == 1);
    CHECK(doc.undoStack()->count() == 1);
    doc.undoStack()->undo();
    CHECK(doc.agreement() == before);

    // Dropped on an area's header: it goes to the end of that area.
    mime.reset(model.mimeData({model.indexOfDuty(first.id)}));
    model.dropMimeData(mime.get(), Qt::MoveAction, -1, -1, secondArea);
    CHECK(model.indexOfDuty(first.id).row() == model.rowCount(model.index(1, 0)) - 1);
}

TEST_CASE("Systems are added, renamed and removed on their page", "[ui]")
{
    Fixture f;
    f.window.showAgreement(sample());
    SystemsPage *page = f.window.systemsPage();
    const qsizetype systems = f.window.document()->agreement().systems.size();
    REQUIRE(page->table()->rowCount() == systems);
    page->addSystem();
    CHECK(f.window.document()->agreement().systems.size() == systems + 1);
    const int row = int(systems);
    page->table()->item(row, 0)->setText(QStringLiteral("Warehouse WMS"));
    CHECK(f.window.document()->agreement().systems.last().name == QStringLiteral("Warehouse WMS"));
    page->table()->setCurrentCell(row, 0);
    page->moveSystem(-1);
    CHECK(f.window.document()->agreement().systems.at(row - 1).name
          == QStringLiteral("Warehouse WMS"));
    page->table()->setCurrentCell(row - 1, 0);
    page->removeSystem();
    CHECK(f.window.document()->agreement().systems.size() == systems);
    f.window.document()->undoStack()->undo();
    CHECK(page->table()->rowCount() == systems + 1);
}

TEST_CASE("Collapsed areas stay collapsed through structural edits", "[ui]")
{
    Fixture f;
    f.window.showAgreement(sample());
    MatrixView *view = f.window.matrixView();
    const QModelIndex second = view->model()->index(1, 0);
    view->collapse(second);
    Duty added;
    added.areaId = f.window.document()->agreement().areas.at(0).id;
    added.title = QStringLiteral("Check the UPS batteries");
    f.window.document()->addDuty(added); // resets the model
    CHECK_FALSE(view->isExpanded(view->model()->index(1, 0)));
    CHECK(view->isExpanded(view->model()->index(0, 0)));
}

TEST_CASE("Areas and parties are added, renamed, moved and removed from the menus", "[ui]")
{
    Fixture f;
    f.window.showAgreement(sample());
    const Agreement before = f.window.document()->agreement();
    MatrixView *view = f.window.matrixView();
    view->selectDuty(before.duties.at(0).id, before.parties.at(1).id);

    f.prompter.texts = {QStringLiteral("Facilities"), QStringLiteral("Facilities and power")};
    f.window.addArea();
    const Agreement &a = f.window.document()->agreement();
    REQUIRE(a.areas.size() == before.areas.size() + 1);
    CHECK(a.areas.at(1).name == QStringLiteral("Facilities")); // after the current area
    view->setCurrentIndex(f.window.filterModel()->index(1, 0));
    f.window.renameArea();
    CHECK(a.areas.at(1).name == QStringLiteral("Facilities and power"));
    f.window.moveArea(1);
    CHECK(a.areas.at(2).name == QStringLiteral("Facilities and power"));
    f.window.addDuty(); // into the current area, opened for editing
    CHECK(a.duties.last().areaId == a.areas.at(2).id);

    view->selectDuty(before.duties.at(0).id, before.parties.at(1).id);
    f.prompter.texts = {QStringLiteral("Power Co"), QStringLiteral("Msp Renamed")};
    f.window.addParty();
    REQUIRE(a.parties.size() == before.parties.size() + 1);
    CHECK(a.parties.last().kind == Party::Kind::Vendor);
    // Its code and colour as every new party gets them, imported or not.
    CHECK(a.parties.last().code == QStringLiteral("PC"));
    CHECK(a.parties.last().color == Party::paletteColor(before.parties.size()));
    f.window.renameParty(); // the current cell is in the MSP's column
    CHECK(a.party(before.parties.at(1).id)->name == QStringLiteral("Msp Renamed"));
    f.window.moveParty(1);
    CHECK(a.parties.at(2).id == before.parties.at(1).id);
    f.window.removeParty();
    CHECK_FALSE(a.party(before.parties.at(1).id));

    f.prompter.texts.clear(); // a cancelled question changes nothing
    const int steps = f.window.document()->undoStack()->count();
    f.window.addArea();
    CHECK(f.window.document()->undoStack()->count() == steps);
    while (f.window.document()->undoStack()->canUndo())
        f.window.document()->undoStack()->undo();
    Agreement expected = before;
    expected.nextId = a.nextId;
    CHECK(a == expected);
}

// Exports, printing and CSV import from the window (mainwindowexport.cpp).

TEST_CASE("Export from the window runs off the GUI thread and writes the file", "[ui][export]")
{
    Fixture f;
    f.window.showAgreement(sample());
    QSignalSpy done(&f.window, &MainWindow::exportFinished);
    const QString pdf = f.dir.filePath(QStringLiteral("agreement.pdf"));
    REQUIRE(f.window.startExport(QStringLiteral("pdf"), 0, pdf));
    REQUIRE(done.wait(60000));
    CHECK(done.takeFirst().at(0).toString().isEmpty());
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == QByteArrayLiteral("%PDF-"));

    // Limited to one party, as a workbook.
    const QString xlsx = f.dir.filePath(QStringLiteral("it.xlsx"));
    const int partyId = f.window.document()->agreement().parties.constFirst().id;
    REQUIRE(f.window.startExport(QStringLiteral("xlsx"), partyId, xlsx));
    REQUIRE(done.wait(60000));
    CHECK(done.takeFirst().at(0).toString().isEmpty());
    CHECK(QFileInfo(xlsx).size() > 1000);

    // A folder that does not exist: a clear error, shown and reported.
    const QString bad = f.dir.filePath(QStringLiteral("missing/folder/a.pdf"));
    REQUIRE(f.window.startExport(QStringLiteral("pdf"), 0, bad));
    REQUIRE(done.wait(60000));
    const QString error = done.takeFirst().at(0).toString();
    CHECK(error.contains(bad));
    CHECK(f.prompter.errors.contains(error));
    CHECK_FALSE(QFile::exists(bad));
}

TEST_CASE("A window closed during an export finishes the file first", "[ui][export]")
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("agreement.pdf"));
    {
        Fixture f;
        f.window.showAgreement(sample());
        REQUIRE(f.window.startExport(QStringLiteral("pdf"), 0, pdf));
    } // the window goes while the worker writes
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("%PDF-"));
    CHECK(bytes.trimmed().endsWith("%%EOF"));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size() == 1); // no leftovers
}

TEST_CASE("The export dialog offers the registry's formats and the parties", "[ui][export]")
{
    const Agreement a = sample();
    ExportDialog dialog(a, QStringLiteral("/tmp/northwind.dutymap"));
    for (const char *id : {"pdf", "xlsx", "csv", "json"})
        CHECK(dialog.formatBox()->findData(QString::fromLatin1(id)) >= 0);
    CHECK(dialog.format()->id() == QStringLiteral("pdf"));
    CHECK(dialog.path() == QStringLiteral("/tmp/northwind.pdf"));
    dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(QStringLiteral("xlsx")));
    CHECK(dialog.path() == QStringLiteral("/tmp/northwind.xlsx"));
    CHECK(dialog.partyBox()->count() == a.parties.size() + 1);
    dialog.partyBox()->setCurrentIndex(1);
    CHECK(dialog.partyId() == a.parties.constFirst().id);
}

TEST_CASE("Printing draws the same pages on a printer", "[ui][export]")
{
    Fixture f;
    f.window.showAgreement(sample());
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString path = f.dir.filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(path);
    const report::Report report = ReportBuilder::build(f.window.document()->agreement());
    f.window.printReport(report, &printer);
    CHECK(f.prompter.errors.isEmpty());
    CHECK(QFileInfo(path).size() > 10000);
}

TEST_CASE("Import Spreadsheet lists every bad cell and imports nothing, and a good file opens",
          "[ui][export][import]")
{
    Fixture f;
    const QString bad = f.dir.filePath(QStringLiteral("bad.csv"));
    {
        QFile file(bad);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("Area,Duty,Internal IT,MSP\r\nHelp desk,Reset passwords,Z,A/R\r\n"
                   "Help desk,Triage,R,Q\r\n");
    }
    CHECK_FALSE(f.window.importSpreadsheet(bad));
    // Both bad cells, each with its place (row 2 column C, row 3 column D).
    REQUIRE(f.prompter.importProblems.size() == 2);
    CHECK(f.prompter.importProblems[0].startsWith(QStringLiteral("Row 2, column C")));
    CHECK(f.prompter.importProblems[1].startsWith(QStringLiteral("Row 3, column D")));
    CHECK(f.prompter.importSummary.startsWith(QStringLiteral("2 problem")));
    CHECK(f.window.isShowingStartView());

    const QString good = f.dir.filePath(QStringLiteral("good.csv"));
    {
        QFile file(good);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("Area,Duty,Internal IT,MSP\r\nHelp desk,Reset passwords,A,R\r\n");
    }
    f.prompter.fileName = good;
    f.window.importSpreadsheetWithDialog();
    REQUIRE(f.window.document());
    CHECK(f.window.document()->agreement().duties.size() == 1);
    CHECK(f.window.document()->agreement().parties.size() == 2);

    // Into the open agreement: one duty updated, one added, one undo step
    // (no catalog in tests: "1 duties" is the untranslated plural form).
    const QString more = f.dir.filePath(QStringLiteral("more.csv"));
    {
        QFile file(more);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("Task;Internal IT;MSP\r\nReset passwords;R;A\r\nPatch servers;I;A/R\r\n");
    }
    f.prompter.importInto = true;
    const int undoBefore = f.window.document()->undoStack()->count();
    REQUIRE(f.window.importSpreadsheet(more));
    CHECK(f.prompter.importSummary
          == QStringLiteral("Ready: 1 duties updated, 1 added, 0 unchanged."));
    const Agreement &a = f.window.document()->agreement();
    CHECK(a.duties.size() == 2);
    CHECK(f.window.document()->undoStack()->count() == undoBefore + 1);
    f.window.document()->undoStack()->undo();
    CHECK(f.window.document()->agreement().duties.size() == 1);

    // An unreadable file: an error, no dialog.
    const QString broken = f.dir.filePath(QStringLiteral("broken.xlsx"));
    {
        QFile file(broken);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("PK\x03\x04 not really a zip");
    }
    f.prompter.errors.clear();
    CHECK_FALSE(f.window.importSpreadsheet(broken));
    REQUIRE(f.prompter.errors.size() == 1);
    CHECK(f.prompter.errors[0].contains(QStringLiteral("broken.xlsx")));
}

TEST_CASE("The title bar and status bar say where the agreement stands against its signed revision",
          "[ui][revisions]")
{
    Fixture f;
    Agreement a = sample();
    REQUIRE(RevisionHistory::sign(
                a, {Signatory{QStringLiteral("Maria Chen"), QString(), a.parties.at(0).id, {}, {}}},
                QDate(2026, 3, 1))
                .ok());
    f.window.showAgreement(a);
    CHECK(f.window.windowTitle().endsWith(QStringLiteral("revision 2, signed on 2026-03-01")));
    const auto statusText = [&] {
        for (QLabel *label : f.window.statusBar()->findChildren<QLabel *>())
            if (label->text().contains(QStringLiteral(" duties")))
                return label->text();
        return QString();
    };
    CHECK(statusText().startsWith(QStringLiteral("Revision 2, signed on 2026-03-01 · ")
                                  + CanonicalForm::shortText(a.revisions.last().fingerprint)));

    f.window.document()->setRoles(f.window.document()->agreement().duties.at(0).id,
                                  f.window.document()->agreement().parties.at(2).id,
                                  Raci(Raci::Informed));
    CHECK(f.window.windowTitle().endsWith(
        QStringLiteral("revision 3, draft — changed since revision 2 signed on 2026-03-01")));
    REQUIRE(settled(f.window));
    CHECK(statusText().startsWith(
        QStringLiteral("Revision 3, draft — changed since revision 2 signed on 2026-03-01 · ")));
    f.window.document()->undoStack()->undo();
    CHECK(f.window.windowTitle().endsWith(QStringLiteral("revision 2, signed on 2026-03-01")));
}

TEST_CASE("The duty panel offers the frequency as a choice with free text", "[ui][frequency]")
{
    Fixture f;
    f.window.showAgreement(sample());
    const Agreement &a = f.window.document()->agreement();
    const int duty = a.duties.at(0).id;
    f.window.matrixView()->selectDuty(duty);
    DutyInspector *inspector = f.window.inspector();
    QComboBox *choice = inspector->frequencyChoice();
    QLineEdit *other = inspector->frequencyText();
    QUndoStack *undo = f.window.document()->undoStack();
    const QString before = a.duty(duty)->frequency;

    // A choice is stored by its key and shown by its name.
    const int quarterly = choice->findData(Frequency::key(Frequency::Choice::Quarterly));
    REQUIRE(quarterly > 0);
    CHECK(choice->itemText(quarterly) == Frequency::name(Frequency::Choice::Quarterly));
    choice->setCurrentIndex(quarterly);
    emit choice->activated(quarterly);
    CHECK(a.duty(duty)->frequency == QStringLiteral("quarterly"));
    CHECK(undo->undoText() == QStringLiteral("Change frequency"));
    CHECK(other->isHidden());

    // "Other" asks for text and stores it as typed.
    const int last = choice->count() - 1;
    choice->setCurrentIndex(last);
    emit choice->activated(last);
    CHECK(a.duty(duty)->frequency == QStringLiteral("quarterly")); // nothing typed yet
    CHECK(other->isVisible());
    other->setText(QStringLiteral("after each board meeting"));
    emit other->editingFinished();
    CHECK(a.duty(duty)->frequency == QStringLiteral("after each board meeting"));

    const QString shots = qEnvironmentVariable("DUTYMAP_SCREENSHOTS");
    if (!shots.isEmpty()) {
        QDir().mkpath(shots);
        CHECK(inspector->grab().save(QDir(shots).filePath(QStringLiteral("duty-inspector.png"))));
    }

    // Text that names a choice becomes the choice.
    other->setText(QStringLiteral("Monthly"));
    emit other->editingFinished();
    CHECK(a.duty(duty)->frequency == QStringLiteral("monthly"));
    CHECK(choice->currentData().toString() == QStringLiteral("monthly"));
    CHECK(other->isHidden());

    // Edits of one field in a row are one undo step, which undo takes back
    // whole, and the panel follows.
    undo->undo();
    CHECK(a.duty(duty)->frequency == before);
    CHECK(choice->currentData().toString() == before);
    undo->redo();
    CHECK(a.duty(duty)->frequency == QStringLiteral("monthly"));

    // A free text from an older file shows as "Other" with its text.
    Agreement old = sample();
    old.duties[0].frequency = QStringLiteral("per request");
    f.window.showAgreement(old);
    f.window.matrixView()->selectDuty(old.duties.at(0).id);
    CHECK(choice->currentIndex() == choice->count() - 1);
    CHECK(other->text() == QStringLiteral("per request"));
    CHECK(f.window.document()->agreement().duties.at(0).frequency == QStringLiteral("per request"));
}

TEST_CASE("A German user gets German models, words and frequencies", "[ui][language]")
{
    QTranslator german;
    REQUIRE(german.load(QStringLiteral(":/i18n/dutymap_de.qm")));
    QCoreApplication::installTranslator(&german);
    const QLocale before;
    QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
    {
        Fixture f;
        const QString id = QStringLiteral("helpdesk-overflow");
        QPushButton *start = f.window.startView()->modelButton(id);
        REQUIRE(start);
        CHECK(start->accessibleName().contains(QStringLiteral("Helpdesk-Überlauf")));
        QTest::mouseClick(start, Qt::LeftButton);
        REQUIRE(f.window.document());
        CHECK(f.prompter.offeredLanguage == QStringLiteral("de"));
        CHECK(f.prompter.asked.contains(QStringLiteral("new:Helpdesk-Überlauf")));
        const Agreement &a = f.window.document()->agreement();
        CHECK(a.details.language == QStringLiteral("de"));
        CHECK(a.parties.at(0).name == QStringLiteral("Interne IT"));
        const auto triage = std::find_if(a.duties.cbegin(), a.duties.cend(), [](const Duty &d) {
            return d.key == QLatin1String("ticket-triage");
        });
        REQUIRE(triage != a.duties.cend());
        f.window.matrixView()->selectDuty(triage->id);
        DutyInspector *inspector = f.window.inspector();
        CHECK(inspector->titleEdit()->text()
              == QStringLiteral("Routinetickets beim Eingang sichten und kategorisieren"));
        CHECK(inspector->frequencyChoice()->currentData().toString()
              == QStringLiteral("continuous"));
        CHECK(inspector->frequencyChoice()->currentText()
              == Frequency::name(Frequency::Choice::Continuous));
        CHECK(inspector->frequencyText()->isHidden());

        const QString shots = qEnvironmentVariable("DUTYMAP_SCREENSHOTS");
        if (!shots.isEmpty()) {
            QDir().mkpath(shots);
            QApplication::processEvents();
            CHECK(f.window.grab().save(QDir(shots).filePath(QStringLiteral("german-window.png"))));
            // The choices, open.
            inspector->frequencyChoice()->showPopup();
            QApplication::processEvents();
            CHECK(inspector->window()->grab().save(
                QDir(shots).filePath(QStringLiteral("german-frequency-open.png"))));
            if (QWidget *popup = QApplication::activePopupWidget()) {
                CHECK(popup->grab().save(
                    QDir(shots).filePath(QStringLiteral("german-frequency-list.png"))));
            }
            inspector->frequencyChoice()->hidePopup();
        }
    }
    QLocale::setDefault(before);
    QCoreApplication::removeTranslator(&german);
}
