#include "checks/securityownership.h"
#include "choicedelegate.h"
#include "document/document.h"
#include "exchange/sampleagreement.h"
#include "findingspanel.h"
#include "mainwindow.h"
#include "matrixmodel.h"
#include "matrixview.h"
#include "prompter.h"
#include "routingpage.h"
#include "rulesmodel.h"
#include "securitymodel.h"
#include "securitypage.h"
#include "templates/templatelibrary.h"
#include "ticketpanel.h"
#include "toolsmodel.h"
#include "toolspage.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QGroupBox>
#include <QImage>
#include <QLineEdit>
#include <QMimeData>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Answers nothing and discards everything: these tests never need a dialog.
class SilentPrompter : public Prompter
{
public:
    QStringList errors;
    SaveChoice askToSaveChanges(QWidget *, const QString &) override { return SaveChoice::Discard; }
    ConflictChoice askAboutChangedFile(QWidget *, const QString &) override
    {
        return ConflictChoice::Cancel;
    }
    bool askToRecover(QWidget *, const QString &) override { return false; }
    bool askToRevert(QWidget *, const QString &) override { return false; }
    std::optional<TemplateLibrary::NewAgreement>
    askNewAgreement(QWidget *, const QString &, const QStringList &, const QString &) override
    {
        return std::nullopt;
    }
    std::optional<QString> askText(QWidget *, const QString &, const QString &,
                                   const QString &) override
    {
        return std::nullopt;
    }
    void showError(QWidget *, const QString &, const QString &message) override
    {
        errors << message;
    }
    QString openFileName(QWidget *, const QString &, const QString &) override { return {}; }
    QString saveFileName(QWidget *, const QString &, const QString &, const QString &) override
    {
        return {};
    }
};

Agreement sample()
{
    const Result<Agreement> s = SampleAgreement::load();
    REQUIRE(s.ok());
    return s.value();
}

QList<int> ruleIds(const Document &document)
{
    QList<int> ids;
    for (const EscalationRule &r : document.agreement().rules)
        ids << r.id;
    return ids;
}

const EscalationRule &ruleNamed(const Agreement &a, const QString &name)
{
    for (const EscalationRule &r : a.rules)
        if (r.name == name)
            return r;
    FAIL("no rule " << name.toStdString());
    return a.rules.constFirst();
}

const Party &partyOfKind(const Agreement &a, Party::Kind kind)
{
    const Party *p = a.firstOfKind(kind);
    REQUIRE(p != nullptr);
    return *p;
}

struct Window {
    QTemporaryDir dir;
    SilentPrompter prompter;
    MainWindow window{&prompter};
    Window()
    {
        QSettings().clear();
        window.setRecoveryStore(RecoveryStore(dir.filePath(QStringLiteral("recovery"))));
        window.show();
        window.showAgreement(sample());
    }
};

// Where screenshots go: $DUTYMAP_SCREENSHOTS, else a temporary folder.
QString screenshotPath(const QTemporaryDir &fallback, const QString &name)
{
    const QString dir = qEnvironmentVariable("DUTYMAP_SCREENSHOTS");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        return QDir(dir).filePath(name);
    }
    return fallback.filePath(name);
}

// True when an image has some variety: not blank, not one flat colour.
bool looksDrawn(const QImage &image)
{
    if (image.isNull())
        return false;
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    return colours.size() > 20;
}

} // namespace

TEST_CASE("The targets of a rule read in human units", "[ui][routing]")
{
    CHECK(RulesModel::targetsText({60, 30, 0, 2880})
          == QStringLiteral("1 h / 30 min / — / 2 days"));
}

TEST_CASE("A rule field edited through the model is one undo step", "[ui][routing]")
{
    Document document(sample());
    RulesModel model(&document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const Agreement &a = document.agreement();
    REQUIRE(model.rowCount() == a.rules.size());
    const int row = int(a.indexOfRule(ruleNamed(a, QStringLiteral("Password resets")).id));
    const QModelIndex name = model.index(row, RulesModel::NameColumn);
    CHECK(model.headerData(row, Qt::Vertical).toInt() == row + 1);
    CHECK(model.index(row, RulesModel::ResponseColumn).data().toString()
          == QStringLiteral("1 h / 30 min / 15 min / 15 min"));

    // Text, choices, a party and minutes.
    REQUIRE(model.setData(name, QStringLiteral("Password and MFA resets")));
    CHECK(a.rules.at(row).name == QStringLiteral("Password and MFA resets"));
    CHECK_FALSE(model.setData(name, QStringLiteral("   "))); // a rule needs a name
    const QModelIndex urgency = model.index(row, RulesModel::UrgencyColumn);
    REQUIRE(model.setData(urgency, int(EscalationRule::Urgency::High)));
    CHECK(a.rules.at(row).minUrgency == EscalationRule::Urgency::High);
    CHECK(urgency.data().toString() == QStringLiteral("High or above"));
    const QModelIndex category = model.index(row, RulesModel::CategoryColumn);
    CHECK(category.data(ChoiceDelegate::ChoiceLabelsRole)
              .toStringList()
              .contains(QStringLiteral("Endpoint")));
    CHECK_FALSE(model.setData(category, QStringLiteral("Not a category")));
    REQUIRE(model.setData(category, QStringLiteral("Endpoint")));
    const int leadership = partyOfKind(a, Party::Kind::Leadership).id;
    REQUIRE(model.setData(model.index(row, RulesModel::EscalateToColumn), leadership));
    CHECK(a.rules.at(row).escalateToId == leadership);
    CHECK_FALSE(model.setData(model.index(row, RulesModel::EscalateToColumn), 999999));
    // Minutes only mean something with the "unresolved" trigger.
    const QModelIndex after = model.index(row, RulesModel::AfterMinutesColumn);
    CHECK_FALSE(model.flags(after) & Qt::ItemIsEditable);
    REQUIRE(model.setData(model.index(row, RulesModel::TriggerColumn),
                          int(EscalationRule::Trigger::Unresolved)));
    CHECK(a.rules.at(row).escalateAfterMinutes == 60);
    REQUIRE(model.setData(after, 90));
    CHECK(after.data().toString() == QStringLiteral("1 h 30 min"));

    QUndoStack *stack = document.undoStack();
    CHECK(stack->count() == 6);
    stack->undo();
    CHECK(a.rules.at(row).escalateAfterMinutes == 60);
    stack->undo();
    stack->undo();
    stack->undo();
    CHECK(a.rules.at(row).category == QStringLiteral("Password reset"));
    stack->undo();
    stack->undo();
    CHECK(a.rules.at(row) == sample().rules.at(row));
    CHECK_FALSE(document.isModified());
    stack->redo();
    CHECK(name.data().toString() == QStringLiteral("Password and MFA resets"));
}

TEST_CASE("Rules move by keyboard and by drag, each one undo step", "[ui][routing]")
{
    Window w;
    RoutingPage *page = w.window.routingPage();
    QAbstractItemModelTester tester(page->rulesModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    Document *document = w.window.document();
    const QList<int> before = ruleIds(*document);
    w.window.tabs()->setCurrentWidget(page);
    QTableView *view = page->rulesView();
    page->selectRule(before.at(2));
    view->setFocus();
    const int duties = int(document->agreement().duties.size());
    const QList<Duty> dutiesBefore = document->agreement().duties;

    // Ctrl+Shift+Down moves the rule, not a duty of the hidden matrix.
    QTest::keyClick(view, Qt::Key_Down, Qt::ControlModifier | Qt::ShiftModifier);
    QList<int> expected = before;
    expected.move(2, 3);
    CHECK(ruleIds(*document) == expected);
    CHECK(page->currentRuleId() == before.at(2));
    CHECK(view->currentIndex().row() == 3);
    CHECK(document->agreement().duties == dutiesBefore);
    QTest::keyClick(view, Qt::Key_Up, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyClick(view, Qt::Key_Up, Qt::ControlModifier | Qt::ShiftModifier);
    expected = before;
    expected.move(2, 1);
    CHECK(ruleIds(*document) == expected);
    CHECK(document->undoStack()->count() == 3);
    document->undoStack()->undo();
    document->undoStack()->undo();
    document->undoStack()->undo();
    CHECK(ruleIds(*document) == before);

    // A drag of the first two rules dropped before the sixth: one step.
    RulesModel *model = page->rulesModel();
    const int steps = document->undoStack()->index();
    std::unique_ptr<QMimeData> mime(
        model->mimeData({model->index(0, 1), model->index(1, 3), model->index(0, 2)}));
    REQUIRE(mime);
    REQUIRE(model->canDropMimeData(mime.get(), Qt::MoveAction, 5, 0, {}));
    model->dropMimeData(mime.get(), Qt::MoveAction, 5, 0, {});
    expected = before;
    expected.move(0, 4);
    expected.move(0, 4);
    CHECK(ruleIds(*document) == expected);
    CHECK(expected.at(3) == before.at(0));
    CHECK(document->undoStack()->index() == steps + 1);
    document->undoStack()->undo();
    CHECK(ruleIds(*document) == before);
    // Dropped onto a rule: it goes before that rule.
    mime.reset(model->mimeData({model->index(7, 0)}));
    model->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, model->index(1, 0));
    expected = before;
    expected.move(7, 1);
    CHECK(ruleIds(*document) == expected);

    // Add, duplicate and remove from the keyboard.
    const int count = int(document->agreement().rules.size());
    page->selectRule(before.at(0));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_D, Qt::ControlModifier);
    REQUIRE(document->agreement().rules.size() == count + 1);
    CHECK(document->agreement().rules.at(1).name
          == document->agreement().rules.at(0).name + QStringLiteral(" (copy)"));
    CHECK(page->currentRuleId() == document->agreement().rules.at(1).id);
    QTest::keyClick(view, Qt::Key_Delete, Qt::ControlModifier);
    CHECK(document->agreement().rules.size() == count);
    QTest::keyClick(view, Qt::Key_Return, Qt::ControlModifier);
    CHECK(document->agreement().rules.size() == count + 1);
    CHECK(document->agreement().duties.size() == duties);
}

TEST_CASE("Try a ticket names the rule and party, and follows rule edits", "[ui][routing]")
{
    Window w;
    RoutingPage *page = w.window.routingPage();
    TicketPanel *panel = page->ticketPanel();
    Document *document = w.window.document();
    const Agreement &a = document->agreement();
    const Party &internal = partyOfKind(a, Party::Kind::Internal);
    const Party &provider = partyOfKind(a, Party::Kind::Provider);

    Ticket ticket;
    ticket.category = QStringLiteral("Password reset");
    ticket.urgency = EscalationRule::Urgency::Normal;
    panel->setTicket(ticket);
    const EscalationRule &passwords = ruleNamed(a, QStringLiteral("Password resets"));
    const int passwordRow = int(a.indexOfRule(passwords.id));
    CHECK(panel->ruleText() == QStringLiteral("Rule %1 · Password resets").arg(passwordRow + 1));
    CHECK(panel->takenByText() == provider.name);
    CHECK(panel->escalationText()
          == QStringLiteral("To %1 when it needs an approval.").arg(internal.name));
    CHECK(panel->targetsText() == QStringLiteral("response within 30 min · resolution within 2 h"));
    // The matched rule is selected and tinted in the table.
    CHECK(page->currentRuleId() == passwords.id);
    CHECK(page->rulesModel()->index(passwordRow, 0).data(RulesModel::MatchedRole).toBool());

    // A VIP after hours: the VIP rule, taken by its after-hours handler.
    ticket.category = QStringLiteral("Endpoint");
    ticket.vip = true;
    ticket.afterHours = true;
    panel->setTicket(ticket);
    CHECK(panel->ruleText().endsWith(QStringLiteral("VIP users")));
    CHECK(panel->takenByText() == QStringLiteral("%1 (after-hours handler)").arg(provider.name));
    CHECK(panel->escalationText().startsWith(QStringLiteral("None")));

    // The user's own controls.
    panel->vipBox()->setChecked(false);
    CHECK(panel->ruleText().endsWith(QStringLiteral("Endpoint and workstation issues")));
    CHECK(panel->escalationText()
          == QStringLiteral("To %1 if unresolved after 8 h.").arg(internal.name));
    panel->urgencyBox()->setCurrentIndex(
        panel->urgencyBox()->findData(int(EscalationRule::Urgency::Critical)));
    CHECK(panel->targetsText() == QStringLiteral("response within 15 min · resolution within 4 h"));

    // An edit of the rule shows at once.
    const EscalationRule &endpoint =
        ruleNamed(a, QStringLiteral("Endpoint and workstation issues"));
    RulesModel *model = page->rulesModel();
    const int row = model->rowOfRule(endpoint.id);
    REQUIRE(model->setData(model->index(row, RulesModel::ResponderColumn), internal.id));
    panel->afterHoursBox()->setChecked(false);
    CHECK(panel->takenByText() == internal.name);
    page->selectRule(endpoint.id);
    page->targetBox(int(EscalationRule::Urgency::Critical), 0)->setValue(0);
    CHECK(panel->targetsText()
          == QStringLiteral("no response target for Critical urgency · resolution within 4 h"));

    // Without a catch-all, an unlisted ticket finds no rule.
    document->removeRule(ruleNamed(a, QStringLiteral("Everything else: routine triage")).id);
    panel->categoryBox()->setCurrentIndex(panel->categoryBox()->findData(QString()));
    CHECK(panel->ruleText() == QStringLiteral("No rule matches this ticket."));
    CHECK_FALSE(panel->route().has_value());
    document->undoStack()->undo();
    CHECK(panel->ruleText().endsWith(QStringLiteral("Everything else: routine triage")));
}

TEST_CASE("Findings about a rule mark its row, and activating one opens the rule", "[ui][routing]")
{
    Window w;
    RoutingPage *page = w.window.routingPage();
    const Agreement &a = w.window.document()->agreement();
    const int id = a.rules.at(3).id;
    Finding f;
    f.severity = Finding::Severity::Error;
    f.code = QStringLiteral("routing.test");
    f.message = QStringLiteral("This rule is shadowed.");
    f.ruleId = id;
    page->setFindings({f});
    RulesModel *model = page->rulesModel();
    CHECK_FALSE(model->headerData(3, Qt::Vertical, Qt::DecorationRole).isNull());
    CHECK(model->headerData(3, Qt::Vertical, Qt::ToolTipRole).toString() == f.message);
    CHECK(model->index(3, RulesModel::NameColumn).data(Qt::ToolTipRole).toString() == f.message);
    CHECK(model->index(3, RulesModel::NameColumn).data(MatrixModel::SeverityRole).toInt()
          == int(Finding::Severity::Error));
    CHECK(model->headerData(2, Qt::Vertical, Qt::DecorationRole).isNull());
    CHECK(page->rulesModel()->index(2, RulesModel::NameColumn).data(MatrixModel::SeverityRole)
          == -1);

    emit w.window.findingsPanel()->findingActivated(f);
    CHECK(w.window.tabs()->currentWidget() == page);
    CHECK(page->currentRuleId() == id);
}

TEST_CASE("Ticket categories and sites are edited with undo, and renames carry the rules",
          "[ui][routing]")
{
    Window w;
    RoutingPage *page = w.window.routingPage();
    Document *document = w.window.document();
    const Agreement &a = document->agreement();
    QTableWidget *categories = page->categoriesTable();
    REQUIRE(categories->rowCount() == a.details.ticketCategories.size());
    int row = -1;
    for (int r = 0; r < categories->rowCount(); ++r)
        if (categories->item(r, 0)->text() == QStringLiteral("Password reset"))
            row = r;
    REQUIRE(row >= 0);
    const int rule = ruleNamed(a, QStringLiteral("Password resets")).id;
    const int steps = document->undoStack()->count();

    categories->item(row, 0)->setText(QStringLiteral("Password or MFA reset"));
    CHECK(a.details.ticketCategories.at(row).name == QStringLiteral("Password or MFA reset"));
    CHECK(a.rules.at(a.indexOfRule(rule)).category == QStringLiteral("Password or MFA reset"));
    CHECK(document->undoStack()->count() == steps + 1);
    // A duplicate name is refused with a reason.
    categories->item(row, 0)->setText(QStringLiteral("endpoint"));
    CHECK(page->detailsError().contains(QStringLiteral("endpoint"), Qt::CaseInsensitive));
    CHECK(categories->item(row, 0)->text() == QStringLiteral("Password or MFA reset"));
    CHECK(document->undoStack()->count() == steps + 1);
    document->undoStack()->undo();
    CHECK(a.details.ticketCategories.at(row).name == QStringLiteral("Password reset"));
    CHECK(a.rules.at(a.indexOfRule(rule)).category == QStringLiteral("Password reset"));

    // The area a category belongs to.
    auto *area = qobject_cast<QComboBox *>(categories->cellWidget(row, 1));
    REQUIRE(area != nullptr);
    area->setCurrentIndex(1);
    emit area->activated(1);
    CHECK(a.details.ticketCategories.at(row).areaId == a.areas.at(0).id);

    // Sites: add, and the try panel offers them.
    const qsizetype sites = a.details.locations.size();
    page->addLocation();
    CHECK(a.details.locations.size() == sites + 1);
    CHECK(page->ticketPanel()->locationBox()->findData(a.details.locations.constLast()) >= 0);
    page->addCategory();
    CHECK(a.details.ticketCategories.constLast().name == QStringLiteral("New category"));
    page->categoriesTable()->setCurrentCell(page->categoriesTable()->rowCount() - 1, 0);
    page->removeCategory();
    CHECK(a.details.ticketCategories.size() == categories->rowCount());
    CHECK(a.details.ticketCategories.constLast().name != QStringLiteral("New category"));
}

TEST_CASE("Tool access is set by keys and the side form, with undo", "[ui][tools]")
{
    Window w;
    ToolsPage *page = w.window.toolsPage();
    ToolsModel *model = page->toolsModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    Document *document = w.window.document();
    const Agreement &a = document->agreement();
    REQUIRE(model->rowCount() == a.tools.size());
    REQUIRE(model->columnCount() == ToolsModel::FirstPartyColumn + a.parties.size());
    const Tool &first = a.tools.at(0);
    const int leadership = partyOfKind(a, Party::Kind::Leadership).id;
    const int column = model->columnOfParty(leadership);
    w.window.tabs()->setCurrentWidget(page);
    QTableView *view = page->toolsView();

    // Keys N/R/O/A on a selection of two tools: one undo step.
    view->setFocus();
    view->setCurrentIndex(model->index(0, column));
    view->selectionModel()->select(model->index(1, column), QItemSelectionModel::Select);
    const int steps = document->undoStack()->count();
    QTest::keyClick(view, Qt::Key_O);
    CHECK(a.tools.at(0).levelOf(leadership) == ToolAccess::Level::Operate);
    CHECK(a.tools.at(1).levelOf(leadership) == ToolAccess::Level::Operate);
    CHECK(model->index(0, column).data().toString().startsWith(QStringLiteral("Operate")));
    CHECK(document->undoStack()->count() == steps + 1);
    document->undoStack()->undo();
    CHECK(a.tools.at(1) == sample().tools.at(1));

    // The combo editor's choices.
    REQUIRE(model->setData(model->index(0, column), int(ToolAccess::Level::Admin)));
    CHECK(a.tools.at(0).levelOf(leadership) == ToolAccess::Level::Admin);
    CHECK_FALSE(model->setData(model->index(0, column), 17));
    REQUIRE(model->setData(model->index(0, ToolsModel::OwnerColumn), leadership));
    CHECK(a.tools.at(0).ownerId == leadership);

    // Role, approver, MFA and expiry of the current cell.
    view->setCurrentIndex(model->index(0, column));
    CHECK(page->accessBox()->isEnabled());
    page->roleEdit()->setText(QStringLiteral("Auditor"));
    emit page->roleEdit()->editingFinished();
    page->approvedByEdit()->setText(QStringLiteral("CFO"));
    emit page->approvedByEdit()->editingFinished();
    page->mfaBox()->setChecked(false);
    page->expiresBox()->setChecked(true);
    page->expiryEdit()->setDate(QDate(2020, 1, 31));
    const ToolAccess access = a.tools.at(0).access.value(leadership);
    CHECK(access.role == QStringLiteral("Auditor"));
    CHECK(access.approvedBy == QStringLiteral("CFO"));
    CHECK_FALSE(access.mfaRequired);
    CHECK(access.expires == QDate(2020, 1, 31));
    CHECK(model->index(0, column).data().toString().contains(QStringLiteral("expired")));
    CHECK(model->index(0, column).data(Qt::ToolTipRole).toString().contains(QStringLiteral("CFO")));

    // Findings about a tool and party mark the cell.
    Finding f;
    f.code = QStringLiteral("tools.test");
    f.message = QStringLiteral("Admin without MFA");
    f.toolId = first.id;
    f.partyId = leadership;
    page->setFindings({f});
    CHECK(model->index(0, column).data(MatrixModel::SeverityRole).toInt()
          == int(Finding::Severity::Warning));
    CHECK_FALSE(model->index(0, ToolsModel::NameColumn).data(Qt::DecorationRole).isNull());

    // Add, rename, remove; all undone.
    const qsizetype tools = a.tools.size();
    page->addTool();
    REQUIRE(a.tools.size() == tools + 1);
    // The new tool's name is open for typing.
    auto *line = qobject_cast<QLineEdit *>(view->indexWidget(view->currentIndex()));
    REQUIRE(line != nullptr);
    line->setText(QStringLiteral("Password vault"));
    QTest::keyClick(line, Qt::Key_Return);
    QApplication::processEvents(); // the delegate commits in a queued call
    CHECK(a.tools.at(1).name == QStringLiteral("Password vault"));
    CHECK(a.tools.at(1).levelOf(partyOfKind(a, Party::Kind::Internal).id)
          == ToolAccess::Level::Admin);
    page->removeTool();
    CHECK(a.tools.size() == tools);
    while (document->undoStack()->canUndo())
        document->undoStack()->undo();
    CHECK(a.tools == sample().tools);
}

TEST_CASE("The security view answers the three questions for the sample", "[ui][security]")
{
    Window w;
    SecurityPage *page = w.window.securityPage();
    w.window.tabs()->setCurrentWidget(page); // a hidden page does not follow edits
    SecurityModel *model = page->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const Agreement &a = w.window.document()->agreement();
    const QList<SecurityOwnership> expected = SecurityOwnership::of(a);
    REQUIRE_FALSE(expected.isEmpty());
    REQUIRE(model->rowCount() == expected.size());
    for (int r = 0; r < model->rowCount(); ++r) {
        const SecurityOwnership &s = expected.at(r);
        CHECK(model->index(r, 0).data(SecurityModel::DutyIdRole).toInt() == s.dutyId);
        CHECK(model->index(r, SecurityModel::DutyColumn).data().toString()
              == a.duty(s.dutyId)->title);
        const QVariantList approvers = model->index(r, SecurityModel::ApprovesColumn)
                                           .data(SecurityModel::PartyChipsRole)
                                           .toList();
        CHECK(approvers.size() == s.approverIds.size());
        if (!s.approverIds.isEmpty())
            CHECK(approvers.at(0).toStringList().at(0) == a.party(s.approverIds.at(0))->name);
    }

    // Take every role off one duty: all three go missing, and the findings say so.
    const int duty = expected.at(0).dutyId;
    QList<CellRoles> clear;
    for (const Party &p : a.parties)
        clear.append({duty, p.id, Raci()});
    w.window.document()->setRoles(clear, QStringLiteral("clear"));
    const int row = 0;
    CHECK(model->index(row, SecurityModel::RemediatesColumn).data().toString()
          == QStringLiteral("— missing"));
    CHECK(model->index(row, SecurityModel::ApprovesColumn).data(Qt::ForegroundRole).isValid());
    CHECK_FALSE(model->index(row, SecurityModel::FindingsColumn).data().toString().isEmpty());
    CHECK(page->summary().contains(QStringLiteral("miss")));

    // Activating a row goes to the duty in the matrix.
    w.window.tabs()->setCurrentWidget(page);
    emit page->view()->activated(model->index(row, SecurityModel::ApprovesColumn));
    CHECK(w.window.tabs()->currentIndex() == 0);
    CHECK(w.window.matrixView()->currentDutyId() == duty);
}

TEST_CASE("Screenshots of the routing, tools and security tabs", "[ui][screenshot]")
{
    Window w;
    w.window.resize(1400, 900);
    const std::array<QWidget *, 3> pages{w.window.routingPage(), w.window.toolsPage(),
                                         w.window.securityPage()};
    const std::array names{QStringLiteral("routing.png"), QStringLiteral("tools.png"),
                           QStringLiteral("security.png")};
    Ticket ticket;
    ticket.category = QStringLiteral("Business application");
    ticket.urgency = EscalationRule::Urgency::Critical;
    ticket.afterHours = true;
    w.window.routingPage()->ticketPanel()->setTicket(ticket);
    for (std::size_t i = 0; i < pages.size(); ++i) {
        // A wide page would widen every tab and squeeze the docks beside it.
        INFO(names.at(i).toStdString() << " needs " << pages.at(i)->minimumSizeHint().width());
        CHECK(pages.at(i)->minimumSizeHint().width() <= 760);
        w.window.tabs()->setCurrentWidget(pages.at(i));
        QApplication::processEvents();
        const QImage image = w.window.grab().toImage();
        CHECK(looksDrawn(image));
        CHECK(image.save(screenshotPath(w.dir, names.at(i))));
    }
}

TEST_CASE("Screenshot of the sample's matrix for the README", "[ui][screenshot]")
{
    Window w;
    w.window.resize(1280, 800);
    w.window.tabs()->setCurrentIndex(0);
    QApplication::processEvents();
    const QImage image = w.window.grab().toImage();
    CHECK(looksDrawn(image));
    CHECK(image.save(screenshotPath(w.dir, QStringLiteral("main-window.png"))));
}

TEST_CASE("Each model's routing, tools and security tabs show its data", "[ui][screenshot]")
{
    Window w;
    w.window.resize(1400, 900);
    const TemplateLibrary library = TemplateLibrary::load();
    for (const QString &id : TemplateLibrary::builtInModelIds()) {
        INFO(id.toStdString());
        const Result<Agreement> agreement = library.instantiate(
            id, {QStringLiteral("Northwind"), QStringLiteral("Contoso"), QDate(2026, 1, 1)});
        REQUIRE(agreement.ok());
        w.window.showAgreement(agreement.value());
        const Agreement &a = w.window.document()->agreement();
        CHECK(w.window.routingPage()->rulesModel()->rowCount() == a.rules.size());
        CHECK(w.window.toolsPage()->toolsModel()->rowCount() == a.tools.size());
        CHECK(w.window.securityPage()->model()->rowCount() == SecurityOwnership::of(a).size());
        // The model's catch-all takes a ticket of no listed category.
        Ticket ticket;
        ticket.urgency = EscalationRule::Urgency::High;
        w.window.routingPage()->ticketPanel()->setTicket(ticket);
        CHECK(w.window.routingPage()->ticketPanel()->route().has_value());
        for (QWidget *page : std::initializer_list<QWidget *>{
                 w.window.routingPage(), w.window.toolsPage(), w.window.securityPage()}) {
            w.window.tabs()->setCurrentWidget(page);
            QApplication::processEvents();
            const QImage image = w.window.grab().toImage();
            CHECK(looksDrawn(image));
            const QString tab = page == w.window.routingPage() ? QStringLiteral("routing")
                                : page == w.window.toolsPage() ? QStringLiteral("tools")
                                                               : QStringLiteral("security");
            CHECK(image.save(screenshotPath(w.dir, id + u'-' + tab + QStringLiteral(".png"))));
        }
    }
}

TEST_CASE("Duty keys act on the matrix only, never on a hidden matrix from another tab",
          "[ui][tools]")
{
    Window w;
    // Shortcuts reach only the focus widget of the active window.
    w.window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w.window));
    Document *document = w.window.document();
    const qsizetype duties = document->agreement().duties.size();

    // On the Tools tab, Ctrl+Delete and Ctrl+Return leave the duties alone.
    w.window.tabs()->setCurrentWidget(w.window.toolsPage());
    QTableView *tools = w.window.toolsPage()->toolsView();
    tools->setFocus();
    REQUIRE(QApplication::focusWidget() == tools);
    tools->setCurrentIndex(w.window.toolsPage()->toolsModel()->index(0, 0));
    QTest::keyClick(tools, Qt::Key_Delete, Qt::ControlModifier);
    QTest::keyClick(tools, Qt::Key_Return, Qt::ControlModifier);
    CHECK(document->agreement().duties.size() == duties);

    // In the matrix the same keys add and remove a duty.
    w.window.tabs()->setCurrentIndex(0);
    MatrixView *view = w.window.findChild<MatrixView *>();
    REQUIRE(view != nullptr);
    view->setFocus();
    REQUIRE(QApplication::focusWidget() == view);
    QTest::keyClick(view, Qt::Key_Return, Qt::ControlModifier);
    CHECK(document->agreement().duties.size() == duties + 1);
    // The new duty's title is open for typing in the inspector; back to the
    // matrix, where the new duty is selected.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Delete, Qt::ControlModifier);
    CHECK(document->agreement().duties.size() == duties);
}

TEST_CASE("The security view catches up with edits made while it was hidden", "[ui][security]")
{
    Window w;
    SecurityPage *page = w.window.securityPage();
    const Agreement &a = w.window.document()->agreement();
    const int duty = SecurityOwnership::of(a).at(0).dutyId;
    QList<CellRoles> clear;
    for (const Party &p : a.parties)
        clear.append({duty, p.id, Raci()});
    w.window.document()->setRoles(clear, QStringLiteral("clear"));

    w.window.tabs()->setCurrentWidget(page);
    CHECK(page->model()->index(0, SecurityModel::ApprovesColumn).data().toString()
          == QStringLiteral("— missing"));
    w.window.document()->undoStack()->undo();
    CHECK(page->model()->index(0, SecurityModel::ApprovesColumn).data().toString()
          != QStringLiteral("— missing"));
}

TEST_CASE("A party without a name is shown by its code wherever the tabs name it",
          "[ui][routing][tools]")
{
    Agreement a = sample();
    const Party provider = partyOfKind(a, Party::Kind::Provider);
    REQUIRE_FALSE(provider.code.isEmpty());
    for (Party &p : a.parties)
        if (p.id == provider.id)
            p.name.clear();
    Document document(a);
    const Party &nameless = *document.agreement().party(provider.id);
    REQUIRE(nameless.label() == provider.code);

    RulesModel rules(&document);
    int rulesNaming = 0;
    for (int row = 0; row < rules.rowCount(); ++row)
        if (document.agreement().rules.at(row).firstResponderId == provider.id) {
            ++rulesNaming;
            CHECK(rules.index(row, RulesModel::ResponderColumn).data().toString() == provider.code);
        }
    CHECK(rulesNaming > 0);

    ToolsModel tools(&document);
    int toolsOwned = 0;
    for (int row = 0; row < tools.rowCount(); ++row)
        if (document.agreement().tools.at(row).ownerId == provider.id) {
            ++toolsOwned;
            CHECK(tools.index(row, ToolsModel::OwnerColumn).data().toString() == provider.code);
        }
    CHECK(toolsOwned > 0);
}
