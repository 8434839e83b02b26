#include "document/document.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QSignalSpy>

#include <functional>
#include <initializer_list>

namespace {
Agreement smallAgreement()
{
    Agreement a;
    a.parties = {
        Party{1, QStringLiteral("Internal IT"), QStringLiteral("IT"), Party::Kind::Internal, {}},
        Party{2, QStringLiteral("MSP"), QStringLiteral("MSP"), Party::Kind::Provider, {}}};
    a.areas = {Area{3, {}, QStringLiteral("Help desk")}, Area{4, {}, QStringLiteral("Security")}};
    a.systems = {System{5, {}, QStringLiteral("Endpoints"), {}, System::Criticality::High}};
    Duty reset;
    reset.id = 6;
    reset.areaId = 3;
    reset.title = QStringLiteral("Reset passwords");
    reset.setRoles(2, Raci(Raci::Responsible | Raci::Accountable));
    reset.setRoles(1, Raci(Raci::Informed));
    Duty policy;
    policy.id = 7;
    policy.areaId = 4;
    policy.systemId = 5;
    policy.title = QStringLiteral("Approve security policy");
    policy.kind = Duty::Kind::Approval;
    policy.setRoles(1, Raci(Raci::Accountable | Raci::Responsible));
    a.duties = {reset, policy};
    Tool rmm;
    rmm.id = 8;
    rmm.name = QStringLiteral("RMM");
    rmm.ownerId = 2;
    rmm.access.insert(1, ToolAccess{ToolAccess::Level::Read, {}, {}, true, {}});
    rmm.access.insert(2, ToolAccess{ToolAccess::Level::Admin, {}, {}, true, {}});
    a.tools = {rmm};
    a.duties[0].toolIds = {8};
    EscalationRule all;
    all.id = 9;
    all.firstResponderId = 2;
    all.escalateToId = 1;
    a.rules = {all};
    a.details.signatories = {Signatory{QStringLiteral("Ann"), QStringLiteral("CIO"), 1, {}, {}},
                             Signatory{QStringLiteral("Bob"), QStringLiteral("AM"), 2, {}, {}}};
    a.nextId = 10;
    return a;
}
} // namespace

TEST_CASE("Setting one cell's roles is undoable and signals that cell", "[document]")
{
    Document doc(smallAgreement());
    QSignalSpy roles(&doc, &Document::rolesChanged);
    QSignalSpy modified(&doc, &Document::modifiedChanged);
    CHECK_FALSE(doc.isModified());

    doc.setRoles(6, 1, Raci(Raci::Consulted));
    CHECK(doc.agreement().duty(6)->rolesOf(1) == Raci(Raci::Consulted));
    REQUIRE(roles.size() == 1);
    CHECK(roles.at(0).at(0).toInt() == 6);
    CHECK(roles.at(0).at(1).toInt() == 1);
    CHECK(doc.isModified());
    CHECK(modified.size() == 1);
    CHECK(doc.undoStack()->undoText() == QStringLiteral("Set roles"));

    doc.undoStack()->undo();
    CHECK(doc.agreement().duty(6)->rolesOf(1) == Raci(Raci::Informed));
    CHECK_FALSE(doc.isModified());
    doc.undoStack()->redo();
    CHECK(doc.agreement().duty(6)->rolesOf(1) == Raci(Raci::Consulted));
}

TEST_CASE("Many cells change in one undo step, unchanged cells are skipped", "[document]")
{
    Document doc(smallAgreement());
    const Agreement before = doc.agreement();
    doc.setRoles({{6, 1, Raci(Raci::Responsible)},
                  {7, 2, Raci(Raci::Informed)},
                  {7, 1, Raci(Raci::Accountable | Raci::Responsible)}, // unchanged
                  {99, 1, Raci(Raci::Responsible)}});                  // no such duty
    CHECK(doc.undoStack()->count() == 1);
    CHECK(doc.undoStack()->undoText() == QStringLiteral("Set roles of 2 cells"));
    doc.undoStack()->undo();
    CHECK(doc.agreement() == before);

    doc.setRoles(7, 1, Raci(Raci::Accountable | Raci::Responsible));
    CHECK(doc.undoStack()->count() == 1); // nothing to do, nothing pushed
}

TEST_CASE("Adding, editing, moving and removing duties", "[document]")
{
    Document doc(smallAgreement());
    const Agreement original = doc.agreement();
    QSignalSpy inserted(&doc, &Document::itemInserted);
    QSignalSpy removed(&doc, &Document::itemRemoved);
    QSignalSpy moved(&doc, &Document::itemMoved);

    Duty d;
    d.areaId = 3;
    d.title = QStringLiteral("Triage tickets");
    const int id = doc.addDuty(d, 1);
    CHECK(id == 10);
    CHECK(doc.agreement().duties.at(1).title == QStringLiteral("Triage tickets"));
    REQUIRE(inserted.size() == 1);
    CHECK(inserted.at(0).at(0).value<Document::List>() == Document::List::Duties);
    CHECK(inserted.at(0).at(1).toLongLong() == 1);

    Duty edited = *doc.agreement().duty(id);
    edited.title = QStringLiteral("Triage incoming tickets");
    doc.setDuty(edited, QStringLiteral("Rename duty"), 1);
    edited.title = QStringLiteral("Triage all incoming tickets");
    doc.setDuty(edited, QStringLiteral("Rename duty"), 1);
    CHECK(doc.undoStack()->count() == 2); // the two renames merged

    doc.moveDuty(id, 0);
    CHECK(doc.agreement().duties.at(0).id == id);
    CHECK(moved.size() == 1);

    // Several duties at once: the views hear of one reset of the duties,
    // not of each duty, and nothing of the other lists.
    QSignalSpy reset(&doc, &Document::listReset);
    QSignalSpy agreementReset(&doc, &Document::agreementReset);
    doc.removeDuties({id, 6});
    CHECK(doc.agreement().duties.size() == 1);
    CHECK(removed.isEmpty());
    REQUIRE(reset.size() == 1);
    CHECK(reset.at(0).at(0).value<Document::List>() == Document::List::Duties);
    CHECK(agreementReset.isEmpty());

    while (doc.undoStack()->canUndo())
        doc.undoStack()->undo();
    Agreement expected = original;
    expected.nextId = 11; // ids are never reused, even after undo
    CHECK(doc.agreement() == expected);
    while (doc.undoStack()->canRedo())
        doc.undoStack()->redo();
    CHECK(doc.agreement().duties.size() == 1);
    CHECK(doc.agreement().duties.at(0).id == 7);
}

TEST_CASE("Removing a party takes its roles, access and routing with it, undoably", "[document]")
{
    Document doc(smallAgreement());
    const Agreement before = doc.agreement();
    QSignalSpy reset(&doc, &Document::agreementReset);
    doc.removeParty(2);
    const Agreement &a = doc.agreement();
    CHECK(a.parties.size() == 1);
    CHECK_FALSE(a.duty(6)->roles.contains(2));
    CHECK_FALSE(a.tool(8)->access.contains(2));
    CHECK(a.tool(8)->ownerId == 0);
    CHECK(a.rules.at(0).firstResponderId == 0);
    CHECK(a.rules.at(0).escalateToId == 1);
    CHECK(a.details.signatories.at(1).partyId == 0);
    CHECK(reset.size() == 1);
    CHECK(doc.undoStack()->undoText() == QStringLiteral("Remove party “MSP”"));
    doc.undoStack()->undo();
    CHECK(doc.agreement() == before);
}

TEST_CASE("Removing an area removes its duties, removing a system or tool unlinks it", "[document]")
{
    Document doc(smallAgreement());
    const Agreement before = doc.agreement();
    doc.removeArea(3);
    CHECK(doc.agreement().areas.size() == 1);
    CHECK(doc.agreement().duty(6) == nullptr);
    doc.removeSystem(5);
    CHECK(doc.agreement().duty(7)->systemId == 0);
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    CHECK(doc.agreement() == before);

    doc.removeTool(8);
    CHECK(doc.agreement().tools.isEmpty());
    CHECK(doc.agreement().duty(6)->toolIds.isEmpty());
    doc.undoStack()->undo();
    CHECK(doc.agreement() == before);
}

TEST_CASE("Areas, systems, parties, rules and tools edit with undo", "[document]")
{
    Document doc(smallAgreement());
    const Agreement before = doc.agreement();
    QSignalSpy changed(&doc, &Document::itemChanged);

    Area area = doc.agreement().areas.at(0);
    area.name = QStringLiteral("Service desk");
    doc.setArea(area);
    CHECK(doc.agreement().area(3)->name == QStringLiteral("Service desk"));
    CHECK(changed.size() == 1);
    CHECK(changed.at(0).at(0).value<Document::List>() == Document::List::Areas);
    CHECK(changed.at(0).at(1).toInt() == 3);

    doc.moveArea(4, 0);
    CHECK(doc.agreement().areas.at(0).id == 4);

    Party vendor;
    vendor.name = QStringLiteral("Backup vendor");
    vendor.kind = Party::Kind::Vendor;
    const int vendorId = doc.addParty(vendor);
    CHECK(doc.agreement().parties.size() == 3);
    doc.moveParty(vendorId, 0);
    CHECK(doc.agreement().parties.at(0).id == vendorId);

    System cloud;
    cloud.name = QStringLiteral("Cloud");
    doc.addSystem(cloud, 0);
    CHECK(doc.agreement().systems.at(0).name == QStringLiteral("Cloud"));

    EscalationRule vip;
    vip.vip = EscalationRule::Match::Yes;
    vip.firstResponderId = 1;
    const int ruleId = doc.addRule(vip, 0);
    EscalationRule changedRule = doc.agreement().rules.at(0);
    changedRule.responseMinutes[3] = 15;
    doc.setRule(changedRule);
    doc.moveRule(ruleId, 1);
    CHECK(doc.agreement().rules.at(1).responseMinutes[3] == 15);
    doc.removeRule(ruleId);
    CHECK(doc.agreement().rules.size() == 1);

    Tool backup;
    backup.name = QStringLiteral("Backup console");
    const int toolId = doc.addTool(backup);
    Tool t = *doc.agreement().tool(toolId);
    t.access.insert(1, ToolAccess{ToolAccess::Level::Read, {}, {}, false, {}});
    doc.setTool(t);
    CHECK(doc.agreement().tool(toolId)->levelOf(1) == ToolAccess::Level::Read);

    AgreementDetails details = doc.agreement().details;
    details.client = QStringLiteral("Acme");
    doc.setDetails(details, {}, 1);
    details.client = QStringLiteral("Acme Ltd");
    doc.setDetails(details, {}, 1);
    CHECK(doc.undoStack()->undoText() == QStringLiteral("Edit agreement details"));
    const int stepsBeforeMerge = doc.undoStack()->count();
    doc.undoStack()->undo();
    CHECK(doc.agreement().details.client.isEmpty()); // both edits were one step
    doc.undoStack()->redo();
    CHECK(doc.undoStack()->count() == stepsBeforeMerge);

    Assessment assessment;
    assessment.set(QStringLiteral("users"), 120);
    doc.setAssessment(assessment);
    CHECK(doc.agreement().assessment.number(QStringLiteral("users")) == 120);

    while (doc.undoStack()->canUndo())
        doc.undoStack()->undo();
    Agreement expected = before;
    expected.nextId = doc.agreement().nextId;
    CHECK(doc.agreement() == expected);
}

TEST_CASE("Saving marks the document clean, edits after saving make it modified again",
          "[document]")
{
    Document doc(smallAgreement());
    QSignalSpy path(&doc, &Document::filePathChanged);
    doc.setFilePath(QStringLiteral("/tmp/x.dutymap"));
    CHECK(path.size() == 1);
    doc.setRoles(6, 1, Raci(Raci::Consulted));
    doc.markSaved();
    CHECK_FALSE(doc.isModified());
    doc.undoStack()->undo();
    CHECK(doc.isModified()); // undoing past the save point differs from the file
}

TEST_CASE("Replacing the whole agreement is one undo step", "[document]")
{
    Document doc(smallAgreement());
    const Agreement before = doc.agreement();
    Agreement other;
    other.details.title = QStringLiteral("Imported");
    doc.replaceAgreement(other, QStringLiteral("Import"));
    CHECK(doc.agreement().details.title == QStringLiteral("Imported"));
    CHECK(doc.agreement().nextId >= before.nextId);
    doc.undoStack()->undo();
    CHECK(doc.agreement() == before);
}

TEST_CASE("Every undo step signals one change, however many items it touches", "[document]")
{
    Agreement a = smallAgreement();
    Duty d = a.duties.first();
    for (int i = 0; i < 200; ++i) {
        d.id = a.takeId();
        a.duties.append(d);
    }
    Document doc(a);
    QSignalSpy changed(&doc, &Document::changed);
    QSignalSpy aboutToReset(&doc, &Document::listAboutToBeReset);
    QSignalSpy reset(&doc, &Document::listReset);
    QList<int> ids;
    for (qsizetype i = 2; i < doc.agreement().duties.size(); ++i)
        ids.append(doc.agreement().duties.at(i).id);
    doc.removeDuties(ids);
    CHECK(aboutToReset.size() == 1);
    CHECK(reset.size() == 1);
    CHECK(changed.size() == 1);
    doc.undoStack()->undo();
    CHECK(aboutToReset.size() == 2);
    CHECK(reset.size() == 2);
    CHECK(changed.size() == 2);
    CHECK(doc.agreement().duties.size() == 202);
    doc.undoStack()->redo();
    CHECK(reset.size() == 3);
    CHECK(changed.size() == 3);

    // Merged edits of one field still tell the views each time.
    Duty first = doc.agreement().duties.first();
    first.title = QStringLiteral("A");
    doc.setDuty(first, {}, 1);
    first.title = QStringLiteral("AB");
    doc.setDuty(first, {}, 1);
    CHECK(changed.size() == 5);
    CHECK(doc.undoStack()->count() == 2);
}

TEST_CASE("Removing scattered duties and undoing it restores every duty in its place", "[document]")
{
    Agreement a = smallAgreement();
    Duty d = a.duties.first();
    for (int i = 0; i < 50; ++i) {
        d.id = a.takeId();
        d.title = QStringLiteral("Duty %1").arg(i);
        a.duties.append(d);
    }
    Document doc(a);
    const Agreement before = doc.agreement();
    // The first, the last, neighbours and gaps; an unknown id and a repeat are ignored.
    QList<int> ids{before.duties.first().id, before.duties.last().id, 999999};
    for (qsizetype i = 3; i < before.duties.size() - 1; i += 4)
        ids << before.duties.at(i).id << before.duties.at(i + 1).id;
    ids << before.duties.at(3).id;
    doc.removeDuties(ids);
    QList<int> left;
    for (const Duty &duty : doc.agreement().duties)
        left.append(duty.id);
    QList<int> expected;
    for (const Duty &duty : before.duties)
        if (!ids.contains(duty.id))
            expected.append(duty.id);
    CHECK(left == expected);
    CHECK(doc.undoStack()->undoText()
          == QStringLiteral("Remove %1 duties").arg(before.duties.size() - expected.size()));
    doc.undoStack()->undo();
    CHECK(doc.agreement() == before);
    doc.undoStack()->redo();
    left.clear();
    for (const Duty &duty : doc.agreement().duties)
        left.append(duty.id);
    CHECK(left == expected);
}

TEST_CASE("A burst of edits settles once, after the last view heard of each", "[document]")
{
    Document doc(smallAgreement());
    QSignalSpy changed(&doc, &Document::changed);
    QSignalSpy settled(&doc, &Document::changesSettled);
    CHECK_FALSE(doc.hasUnsettledChanges());
    // What a listener sees when the change has settled: the final agreement.
    QList<Raci> seen;
    QObject::connect(&doc, &Document::changesSettled, &doc,
                     [&] { seen.append(doc.agreement().duties.at(0).rolesOf(1)); });

    doc.setRoles(6, 1, Raci(Raci::Responsible));
    doc.setRoles(6, 1, Raci(Raci::Consulted));
    doc.undoStack()->undo();
    doc.setRoles(6, 1, Raci(Raci::Accountable));
    CHECK(changed.size() == 4);
    CHECK(settled.isEmpty()); // nothing recomputed while the edits come
    CHECK(doc.hasUnsettledChanges());
    REQUIRE(settled.wait(1000));
    CHECK(settled.size() == 1);
    CHECK_FALSE(doc.hasUnsettledChanges());
    CHECK(seen == QList<Raci>{Raci(Raci::Accountable)});

    // Settling at once, for code that needs the result now; nothing follows later.
    doc.setRoles(6, 1, Raci(Raci::Informed));
    doc.settleChanges();
    CHECK(settled.size() == 2);
    CHECK(seen.last() == Raci(Raci::Informed));
    CHECK_FALSE(settled.wait(3 * Document::SettleDelayMs));
    doc.settleChanges(); // nothing pending: no signal
    CHECK(settled.size() == 2);
}

TEST_CASE("A structural change settles without waiting for more keys", "[document]")
{
    Document doc(smallAgreement());
    QSignalSpy settled(&doc, &Document::changesSettled);

    // A role typed waits its delay: one pass of the event loop does not settle it.
    doc.setRoles(6, 1, Raci(Raci::Consulted));
    QCoreApplication::processEvents();
    if (settled.isEmpty()) { // unless the machine stalled for the whole delay
        CHECK(doc.hasUnsettledChanges());
        // A batch removal on top brings the settle forward: the next pass
        // of the event loop, after the views' repaints, settles both.
        doc.removeDuties({6, 7});
        CHECK(settled.isEmpty()); // never inside the edit itself
        QCoreApplication::processEvents();
        CHECK(settled.size() == 1);
        CHECK_FALSE(doc.hasUnsettledChanges());
    }

    // Its undo and redo, and a single structural edit, settle as soon.
    for (const auto &step : std::initializer_list<std::function<void()>>{
             [&] { doc.undoStack()->undo(); }, [&] { doc.undoStack()->redo(); },
             [&] { doc.undoStack()->undo(); }, [&] { doc.moveDuty(7, 0); },
             [&] { doc.removeArea(3); }}) {
        const qsizetype before = settled.size();
        step();
        CHECK(doc.hasUnsettledChanges());
        QCoreApplication::processEvents();
        CHECK(settled.size() == before + 1);
        CHECK_FALSE(doc.hasUnsettledChanges());
    }
}
