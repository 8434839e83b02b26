#include "checks/healthcheck.h"
#include "exchange/csvformat.h"
#include "exchange/jsonformat.h"
#include "exchange/sampleagreement.h"
#include "model/agreement.h"
#include "report/reportbuilder.h"
#include "revisions/agreementdiff.h"
#include "revisions/canonicalform.h"
#include "revisions/conflictsettlement.h"
#include "revisions/revisionhistory.h"
#include "revisions/threewaymerge.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch

namespace {

using State = AgreementDetails::Status;

Agreement sample()
{
    const Result<Agreement> r = SampleAgreement::load();
    REQUIRE(r.ok());
    return *r;
}

QList<Signatory> twoSigners(const Agreement &a)
{
    return {
        Signatory{
            QStringLiteral("Maria Chen"), QStringLiteral("IT Manager"), a.parties.at(0).id, {}, {}},
        Signatory{QStringLiteral("Daniel Ortiz"), QStringLiteral("Account manager"),
                  a.parties.at(1).id, QDate(2026, 3, 2), QStringLiteral("signed on paper")}};
}

void signOrFail(Agreement &a, const QDate &date)
{
    const Status s = RevisionHistory::sign(a, twoSigners(a), date);
    INFO(s.error().toStdString());
    REQUIRE(s.ok());
}

QStringList kinds(const QList<Change> &changes)
{
    QStringList out;
    for (const Change &c : changes)
        out.append(c.kind);
    return out;
}

const Change *find(const QList<Change> &changes, const char *kind)
{
    for (const Change &c : changes)
        if (c.kind == QLatin1String(kind))
            return &c;
    return nullptr;
}

bool hasConflict(const QList<MergeConflict> &conflicts, const char *kind)
{
    return std::any_of(conflicts.cbegin(), conflicts.cend(),
                       [&](const MergeConflict &c) { return c.kind == QLatin1String(kind); });
}

Duty &dutyAt(Agreement &a, int index)
{
    return a.duties[index];
}

} // namespace

TEST_CASE("The canonical form and fingerprint depend on content only", "[revisions]")
{
    Agreement a = sample();
    const QByteArray fp = CanonicalForm::fingerprint(a);
    CHECK(fp.size() == 32);
    CHECK(CanonicalForm::shortText(fp).size() == 9);
    CHECK(CanonicalForm::shortText(fp).at(4) == u' ');

    Agreement b = a;
    b.details.status = State::InReview;
    b.details.revision = 7;
    b.nextId += 10;
    CHECK(CanonicalForm::fingerprint(b) == fp);

    // Through the JSON format and back: the same fingerprint.
    const Result<Agreement> back = JsonFormat::fromJson(
        QJsonDocument(JsonFormat::toJson(a)).toJson(), QStringLiteral("round trip"));
    REQUIRE(back.ok());
    CHECK(CanonicalForm::fingerprint(*back) == fp);

    b.duties[0].title += QStringLiteral(" (weekly)");
    CHECK(CanonicalForm::fingerprint(b) != fp);
}

TEST_CASE("Signing, editing, and the state that follows", "[revisions]")
{
    Agreement a = sample();
    a.details.revision = 1;
    RevisionState s = RevisionHistory::state(a);
    CHECK(s.lastSignedNumber == 0);
    CHECK_FALSE(s.changedSinceSigned);

    SECTION("nobody signing is refused")
    {
        CHECK_FALSE(RevisionHistory::sign(a, {}, QDate(2026, 3, 1)).ok());
        Signatory ghost{QStringLiteral("Ghost"), {}, 999, {}, {}};
        CHECK_FALSE(RevisionHistory::sign(a, {ghost}, QDate(2026, 3, 1)).ok());
        CHECK(a.revisions.isEmpty());
    }

    signOrFail(a, QDate(2026, 3, 1));
    REQUIRE(a.revisions.size() == 1);
    const Revision &r1 = a.revisions.first();
    CHECK(r1.number == 1);
    CHECK(r1.signedOn == QDate(2026, 3, 1));
    REQUIRE(r1.signatories.size() == 2);
    CHECK(r1.signatories.at(0).date == QDate(2026, 3, 1)); // the revision's date when none given
    CHECK(r1.signatories.at(1).date == QDate(2026, 3, 2));
    CHECK(r1.signatories.at(1).note == QStringLiteral("signed on paper"));
    s = RevisionHistory::state(a);
    CHECK(s.status == State::Signed);
    CHECK(s.revision == 1);
    CHECK_FALSE(s.changedSinceSigned);
    CHECK(RevisionHistory::describe(s) == QStringLiteral("revision 1, signed on 2026-03-01"));

    // The same content twice is refused.
    CHECK_FALSE(RevisionHistory::sign(a, twoSigners(a), QDate(2026, 3, 5)).ok());

    // Any edit makes a draft of the next revision.
    const QString oldTitle = a.duties[0].title;
    a.duties[0].title = QStringLiteral("Reset passwords and unlock accounts");
    a.duties[1].setRoles(a.parties.at(0).id, Raci::parse(QStringLiteral("C")).value());
    s = RevisionHistory::state(a);
    CHECK(s.status == State::Draft);
    CHECK(s.revision == 2);
    CHECK(s.changedSinceSigned);
    CHECK(RevisionHistory::describe(s)
          == QStringLiteral("revision 2, draft — changed since revision 1 signed on 2026-03-01"));

    // "In review" is kept while changed; signing makes it signed again.
    a.details.status = State::InReview;
    CHECK(RevisionHistory::state(a).status == State::InReview);

    SECTION("the health check counts the changes since signing")
    {
        CheckOptions options;
        options.today = QDate(2026, 3, 10);
        const QList<Finding> findings = HealthCheck::run(a, options);
        const auto it = std::find_if(findings.cbegin(), findings.cend(), [](const Finding &f) {
            return f.code == QLatin1String("revision.changed-since-signed");
        });
        REQUIRE(it != findings.cend());
        CHECK(it->severity == Finding::Severity::Info);
        CHECK(it->message.contains(QStringLiteral("2 change")));
    }

    SECTION("an old revision opens as it was, and restores as the new draft")
    {
        signOrFail(a, QDate(2026, 9, 1));
        REQUIRE(a.revisions.size() == 2);
        CHECK(a.revisions.last().number == 2);
        // The older one is kept as the difference from the newer, and small.
        CHECK(CanonicalForm::isDifference(a.revisions.first().snapshot));
        CHECK_FALSE(CanonicalForm::isDifference(a.revisions.last().snapshot));
        CHECK(a.revisions.first().snapshot.size() * 10 < a.revisions.last().snapshot.size());
        a.duties.removeLast();
        const Result<Agreement> first = RevisionHistory::open(a, 1);
        REQUIRE(first.ok());
        CHECK(first->duties[0].title == oldTitle);
        CHECK(first->revisions.size() == 1);
        CHECK(RevisionHistory::state(*first).status == State::Signed);
        CHECK(RevisionHistory::state(*first).revision == 1);
        CHECK_FALSE(RevisionHistory::open(a, 5).ok());

        const Result<Agreement> restored = RevisionHistory::restore(a, 1);
        REQUIRE(restored.ok());
        CHECK(restored->duties[0].title == oldTitle);
        CHECK(restored->revisions == a.revisions);
        CHECK(restored->nextId >= a.nextId);
        const RevisionState rs = RevisionHistory::state(*restored);
        CHECK(rs.status == State::Draft);
        CHECK(rs.revision == 3);
        CHECK(rs.changedSinceSigned);
    }

    SECTION("a damaged snapshot is reported, not read")
    {
        a.revisions[0].snapshot[10] = char(a.revisions[0].snapshot[10] ^ 0x55);
        CHECK_FALSE(RevisionHistory::open(a, 1).ok());
    }
}

TEST_CASE("The JSON format keeps the revisions", "[revisions][json]")
{
    Agreement a = sample();
    signOrFail(a, QDate(2026, 3, 1));
    a.duties[0].notes = QStringLiteral("changed after signing");
    signOrFail(a, QDate(2026, 6, 1));
    a.duties[1].notes = QStringLiteral("draft of revision 3");

    const QByteArray json = QJsonDocument(JsonFormat::toJson(a)).toJson();
    const Result<Agreement> back = JsonFormat::fromJson(json, QStringLiteral("a.json"));
    INFO(back.error().toStdString());
    REQUIRE(back.ok());
    CHECK(back->revisions.size() == 2);
    CHECK(back->revisions == a.revisions);
    CHECK(*back == a);

    SECTION("content that does not match its fingerprint is refused")
    {
        QJsonObject root = JsonFormat::toJson(a);
        QJsonArray revisions = root.value(QLatin1String("revisions")).toArray();
        QJsonObject first = revisions.at(0).toObject();
        QJsonObject content = first.value(QLatin1String("content")).toObject();
        content.insert(QStringLiteral("duties"), QJsonArray());
        first.insert(QStringLiteral("content"), content);
        revisions.replace(0, first);
        root.insert(QStringLiteral("revisions"), revisions);
        const Result<Agreement> bad =
            JsonFormat::fromJson(QJsonDocument(root).toJson(), QStringLiteral("b.json"));
        REQUIRE_FALSE(bad.ok());
        CHECK(bad.error().contains(QStringLiteral("revisions[0].content")));
    }
}

TEST_CASE("Review due and overdue count from the last signed revision", "[revisions][checks]")
{
    Agreement a = sample();
    a.details.nextReview = QDate();
    a.details.reviewMonths = 6;
    signOrFail(a, QDate(2026, 1, 10));
    CHECK(RevisionHistory::dueReview(a) == QDate(2026, 7, 10));
    const auto codes = [&](const QDate &today) {
        CheckOptions options;
        options.today = today;
        QStringList out;
        for (const Finding &f : HealthCheck::run(a, options))
            if (f.code.startsWith(QLatin1String("review.")))
                out.append(f.code + QLatin1Char(' ') + Finding::severityKey(f.severity));
        return out;
    };
    CHECK(codes(QDate(2026, 5, 1)).isEmpty());
    CHECK(codes(QDate(2026, 6, 20)) == QStringList{QStringLiteral("review.due info")});
    CHECK(codes(QDate(2026, 7, 10)) == QStringList{QStringLiteral("review.due info")});
    CHECK(codes(QDate(2026, 7, 11)) == QStringList{QStringLiteral("review.overdue warning")});
}

TEST_CASE("Diff reports every kind of change, in both directions", "[revisions][diff]")
{
    const Agreement a = sample();
    Agreement b = a;
    REQUIRE(AgreementDiff::compare(a, b).isEmpty());

    const int it = a.parties.at(0).id;
    const int msp = a.parties.at(1).id;
    // duty-retitled, duty-changed, role-changed, duty-moved
    dutyAt(b, 0).title = QStringLiteral("Renamed duty");
    dutyAt(b, 1).description = QStringLiteral("New description");
    const auto other = [](Raci r, const char *text, const char *otherwise) {
        const Raci wanted = Raci::parse(QString::fromLatin1(text)).value();
        return r == wanted ? Raci::parse(QString::fromLatin1(otherwise)).value() : wanted;
    };
    dutyAt(b, 2).setRoles(msp, other(dutyAt(b, 2).rolesOf(msp), "A/R", "C"));
    dutyAt(b, 2).setRoles(it, other(dutyAt(b, 2).rolesOf(it), "I", "C/I"));
    const int otherArea = a.areas.last().id;
    REQUIRE(dutyAt(b, 3).areaId != otherArea);
    dutyAt(b, 3).areaId = otherArea;
    // duty-removed, duty-added
    const Duty removed = b.duties.takeAt(4);
    Duty added;
    added.id = b.takeId();
    added.areaId = otherArea;
    added.title = QStringLiteral("Review the backup restores");
    added.setRoles(it, Raci::parse(QStringLiteral("A")).value());
    b.duties.append(added);
    // parties, rules, categories, sites, tools and access, signatories, details
    b.parties[1].name = QStringLiteral("Contoso Managed IT Services");
    b.rules[0].responseMinutes[3] = 5;
    b.rules.move(1, 2);
    b.details.ticketCategories.append({QStringLiteral("Printers"), 0});
    b.details.locations.removeFirst();
    Tool &tool = b.tools[0];
    const int accessParty = tool.access.firstKey();
    tool.access[accessParty].level = tool.access[accessParty].level == ToolAccess::Level::Admin
                                         ? ToolAccess::Level::Read
                                         : ToolAccess::Level::Admin;
    b.details.signatories.removeLast();
    b.details.client = QStringLiteral("Northwind Logistics Inc.");
    b.areas[0].name = QStringLiteral("Service desk");

    const QList<Change> forward = AgreementDiff::compare(a, b);
    const QStringList k = kinds(forward);
    INFO(k.join(QLatin1Char(',')).toStdString());
    for (const char *kind :
         {"duty-retitled", "duty-changed", "role-changed", "duty-moved", "duty-removed",
          "duty-added", "party-changed", "rule-changed", "rule-moved", "category-added",
          "site-removed", "access-changed", "signatory-removed", "detail-changed", "area-changed"})
        CHECK(k.contains(QLatin1String(kind)));

    const Change *role = find(forward, "role-changed");
    REQUIRE(role);
    CHECK(role->id == a.duties.at(2).id);
    const Change *removal = find(forward, "duty-removed");
    REQUIRE(removal);
    CHECK(removal->id == removed.id);
    CHECK(removal->item == removed.title);
    const Change *retitle = find(forward, "duty-retitled");
    REQUIRE(retitle);
    CHECK(retitle->before == a.duties.at(0).title);
    CHECK(retitle->after == QStringLiteral("Renamed duty"));
    const Change *moved = find(forward, "duty-moved");
    REQUIRE(moved);
    CHECK(moved->after == a.areas.last().name);
    CHECK(k.count(QStringLiteral("role-changed")) == 2);
    CHECK(k.count(QStringLiteral("rule-moved")) == 1);

    // Backwards: additions become removals and values swap.
    const QList<Change> back = AgreementDiff::compare(b, a);
    const QStringList kb = kinds(back);
    CHECK(kb.contains(QStringLiteral("duty-added")));
    CHECK(kb.contains(QStringLiteral("duty-removed")));
    CHECK(kb.contains(QStringLiteral("category-removed")));
    CHECK(kb.contains(QStringLiteral("site-added")));
    CHECK(kb.contains(QStringLiteral("signatory-added")));
    CHECK(back.size() == forward.size());
    const Change *retitleBack = find(back, "duty-retitled");
    REQUIRE(retitleBack);
    CHECK(retitleBack->before == QStringLiteral("Renamed duty"));
}

TEST_CASE("Diff across unrelated files matches by key or title", "[revisions][diff]")
{
    const Agreement a = sample();
    // The same content with every id shifted, as another file would have it.
    Agreement b = a;
    // Renumber by hand: ids + 5000 everywhere.
    const auto shift = [](int id) { return id == 0 ? 0 : id + 5000; };
    for (Party &p : b.parties)
        p.id = shift(p.id);
    for (Area &ar : b.areas)
        ar.id = shift(ar.id);
    for (System &s : b.systems)
        s.id = shift(s.id);
    for (Tool &t : b.tools) {
        t.id = shift(t.id);
        t.ownerId = shift(t.ownerId);
        QMap<int, ToolAccess> access;
        for (auto i = t.access.cbegin(); i != t.access.cend(); ++i)
            access.insert(shift(i.key()), i.value());
        t.access = access;
    }
    for (Duty &d : b.duties) {
        d.id = shift(d.id);
        d.areaId = shift(d.areaId);
        d.systemId = shift(d.systemId);
        for (int &t : d.toolIds)
            t = shift(t);
        QMap<int, Raci> roles;
        for (auto i = d.roles.cbegin(); i != d.roles.cend(); ++i)
            roles.insert(shift(i.key()), i.value());
        d.roles = roles;
    }
    for (EscalationRule &r : b.rules) {
        r.id = shift(r.id);
        r.firstResponderId = shift(r.firstResponderId);
        r.escalateToId = shift(r.escalateToId);
        r.afterHoursHandlerId = shift(r.afterHoursHandlerId);
    }
    for (TicketCategory &c : b.details.ticketCategories)
        c.areaId = shift(c.areaId);
    for (Signatory &s : b.details.signatories)
        s.partyId = shift(s.partyId);
    b.nextId = b.computeNextId();

    CHECK_FALSE(AgreementDiff::sameLineage(a, b));
    CHECK(AgreementDiff::compare(a, b).isEmpty());
    // By id they would look entirely different.
    CHECK(AgreementDiff::compare(a, b, AgreementDiff::Matching::ById).size() > a.duties.size());

    b.duties[0].setRoles(b.parties.at(1).id, Raci::parse(QStringLiteral("C/I")).value());
    const QList<Change> changes = AgreementDiff::compare(a, b);
    REQUIRE(changes.size() == 1);
    CHECK(changes.first().kind == QStringLiteral("role-changed"));
    CHECK(changes.first().id == b.duties[0].id);
    CHECK(changes.first().party == b.parties.at(1).code);
}

TEST_CASE("Three-way merge takes one-sided changes and lists conflicts", "[revisions][merge]")
{
    const Agreement base = sample();
    const int it = base.parties.at(0).id;
    const int msp = base.parties.at(1).id;

    SECTION("an agreement merged with itself is itself, with no conflicts")
    {
        const Result<MergeOutcome> m = ThreeWayMerge::merge(base, base, base);
        INFO((m.ok() ? std::string() : m.error().toStdString()));
        REQUIRE(m.ok());
        CHECK(m->conflicts.isEmpty());
        CHECK(CanonicalForm::fingerprint(m->merged) == CanonicalForm::fingerprint(base));
    }

    SECTION("changes on different items and cells merge cleanly")
    {
        Agreement ours = base;
        Agreement theirs = base;
        ours.duties[0].title = QStringLiteral("Ours retitled");
        ours.duties[1].setRoles(it, Raci::parse(QStringLiteral("A/R")).value());
        theirs.duties[1].setRoles(msp, Raci::parse(QStringLiteral("C")).value());
        theirs.duties[2].notes = QStringLiteral("Theirs noted");
        theirs.rules.move(0, 1);
        theirs.details.locations.append(QStringLiteral("New depot"));
        // Both add a duty, under the same new id.
        Duty o;
        o.id = ours.takeId();
        o.areaId = base.areas.first().id;
        o.title = QStringLiteral("Added by ours");
        ours.duties.append(o);
        Duty t;
        t.id = theirs.takeId();
        REQUIRE(t.id == o.id);
        t.areaId = base.areas.first().id;
        t.title = QStringLiteral("Added by theirs");
        theirs.duties.append(t);
        const int removedId = base.duties.last().id;
        theirs.duties.removeAt(theirs.indexOfDuty(removedId));

        const Result<MergeOutcome> m = ThreeWayMerge::merge(base, ours, theirs);
        INFO((m.ok() ? std::string() : m.error().toStdString()));
        REQUIRE(m.ok());
        for (const MergeConflict &c : m->conflicts)
            UNSCOPED_INFO(c.sentence().toStdString());
        CHECK(m->conflicts.isEmpty());
        const Agreement &r = m->merged;
        CHECK(r.duties[0].title == QStringLiteral("Ours retitled"));
        CHECK(r.duties[1].rolesOf(it).toString() == QStringLiteral("A/R"));
        CHECK(r.duties[1].rolesOf(msp).toString() == QStringLiteral("C"));
        CHECK(r.duties[2].notes == QStringLiteral("Theirs noted"));
        CHECK(r.rules[0].id == base.rules[1].id);
        CHECK(r.details.locations.contains(QStringLiteral("New depot")));
        CHECK(r.indexOfDuty(removedId) == -1);
        QStringList titles;
        for (const Duty &d : r.duties)
            titles.append(d.title);
        CHECK(titles.contains(QStringLiteral("Added by ours")));
        CHECK(titles.contains(QStringLiteral("Added by theirs")));
        CHECK(r.duty(o.id)->title == QStringLiteral("Added by ours"));
        // Untouched duties keep their places around the merged ones.
        REQUIRE(r.duties.size() == base.duties.size() + 1);
        for (int i = 0; i < 10; ++i)
            CHECK(r.duties.at(i).id == base.duties.at(i).id);
        // Theirs' addition follows the duty it follows in theirs; ours' stays last.
        CHECK(r.duties.at(r.duties.size() - 2).title == QStringLiteral("Added by theirs"));
        CHECK(r.duties.last().title == QStringLiteral("Added by ours"));
        CHECK(r.nextId > o.id + 1);
    }

    SECTION("each kind of conflict is listed and kept as in ours")
    {
        Agreement ours = base;
        Agreement theirs = base;
        // The same cell changed differently.
        ours.duties[0].setRoles(msp, Raci::parse(QStringLiteral("A")).value());
        theirs.duties[0].setRoles(msp, Raci::parse(QStringLiteral("I")).value());
        // The same field.
        ours.duties[1].title = QStringLiteral("Ours");
        theirs.duties[1].title = QStringLiteral("Theirs");
        // A rule changed differently.
        ours.rules[0].escalateAfterMinutes = 11;
        theirs.rules[0].escalateAfterMinutes = 22;
        // Edited on one side, removed on the other.
        ours.duties[2].notes = QStringLiteral("kept");
        theirs.duties.removeAt(2);
        theirs.duties[3 - 1].notes = QStringLiteral("shifted"); // duty 3 of base
        ours.duties.removeAt(4);
        theirs.duties[4 - 1].description = QStringLiteral("edited by theirs"); // base duty 4
        // Access.
        const int party = base.tools[0].access.firstKey();
        ours.tools[0].access[party].role = QStringLiteral("ours role");
        theirs.tools[0].access[party].role = QStringLiteral("theirs role");
        // Details.
        ours.details.notes = QStringLiteral("ours notes");
        theirs.details.notes = QStringLiteral("theirs notes");

        const Result<MergeOutcome> m = ThreeWayMerge::merge(base, ours, theirs);
        INFO((m.ok() ? std::string() : m.error().toStdString()));
        REQUIRE(m.ok());
        const QList<MergeConflict> &c = m->conflicts;
        for (const MergeConflict &x : c)
            UNSCOPED_INFO(x.kind.toStdString() + ": " + x.sentence().toStdString());
        CHECK(hasConflict(c, "role-changed"));
        CHECK(hasConflict(c, "duty-retitled"));
        CHECK(hasConflict(c, "rule-changed"));
        CHECK(hasConflict(c, "duty-removed"));
        CHECK(hasConflict(c, "access-changed"));
        CHECK(hasConflict(c, "detail-changed"));
        const Agreement &r = m->merged;
        CHECK(r.duties[0].rolesOf(msp).toString() == QStringLiteral("A"));
        CHECK(r.duty(base.duties[1].id)->title == QStringLiteral("Ours"));
        CHECK(r.duty(base.duties[2].id)->notes == QStringLiteral("kept"));
        CHECK(r.duty(base.duties[4].id) == nullptr); // removed in ours, as ours
        CHECK(r.rules[0].escalateAfterMinutes == 11);
        CHECK(r.details.notes == QStringLiteral("ours notes"));
        // Theirs' one-sided change still arrives.
        CHECK(r.duty(base.duties[3].id)->notes == QStringLiteral("shifted"));
    }

    SECTION("the order of rules changed differently on both sides is a conflict")
    {
        Agreement ours = base;
        Agreement theirs = base;
        ours.rules.move(0, 2);
        theirs.rules.move(1, 0);
        const Result<MergeOutcome> m = ThreeWayMerge::merge(base, ours, theirs);
        REQUIRE(m.ok());
        CHECK(hasConflict(m->conflicts, "rule-moved"));
        CHECK(m->merged.rules.at(0).id == ours.rules.at(0).id);
    }
}

TEST_CASE("The report shows the sign-off state and the changes since signing",
          "[revisions][report]")
{
    Agreement a = sample();
    signOrFail(a, QDate(2026, 3, 1));
    report::Report r = ReportBuilder::build(a);
    CHECK(r.cover.status == QStringLiteral("Signed on 2026-03-01"));
    CHECK(r.cover.revision.startsWith(QStringLiteral("2 · fingerprint ")));
    CHECK(std::none_of(r.sections.cbegin(), r.sections.cend(),
                       [](const report::Section &s) { return s.id == QLatin1String("changes"); }));

    a.duties[0].setRoles(a.parties.at(1).id, Raci::parse(QStringLiteral("C")).value());
    r = ReportBuilder::build(a);
    CHECK(r.cover.status
          == QStringLiteral("Draft — changed since revision 2 signed on 2026-03-01"));
    CHECK(r.cover.revision.startsWith(QStringLiteral("3 · fingerprint ")));
    const auto it =
        std::find_if(r.sections.cbegin(), r.sections.cend(),
                     [](const report::Section &s) { return s.id == QLatin1String("changes"); });
    REQUIRE(it != r.sections.cend());
    CHECK(it->heading == QStringLiteral("Changes since revision 2"));
    REQUIRE(it->tables.size() == 1);
    REQUIRE(it->tables.first().rows.size() == 1);
    // A sentence a reader understands, not a change kind.
    const QString party =
        a.parties.at(1).code.isEmpty() ? a.parties.at(1).name : a.parties.at(1).code;
    CHECK(it->tables.first().rows.first().at(1).toStdString()
          == QStringLiteral("Duty “%1”: %2 %3 → C")
                 .arg(a.duties[0].title, party,
                      sample().duties[0].rolesOf(a.parties.at(1).id).toString())
                 .toStdString());

    // A duty moved to another area reads as such.
    const QString from = a.area(a.duties[1].areaId)->name;
    a.duties[1].areaId = a.areas.last().id;
    r = ReportBuilder::build(a);
    const auto changes =
        std::find_if(r.sections.cbegin(), r.sections.cend(),
                     [](const report::Section &s) { return s.id == QLatin1String("changes"); });
    REQUIRE(changes != r.sections.cend());
    QStringList sentences;
    for (const QStringList &row : changes->tables.first().rows)
        sentences.append(row.at(1));
    CHECK(sentences.contains(QStringLiteral("Duty “%1” moved from %2 to %3")
                                 .arg(a.duties[1].title, from, a.areas.last().name)));
}

TEST_CASE("A duty dragged within its area is one change, and nothing else is reported",
          "[revisions][diff]")
{
    const Agreement base = sample();
    // Two duties of the first area.
    const int area = base.duties.first().areaId;
    QList<qsizetype> inArea;
    for (qsizetype i = 0; i < base.duties.size(); ++i)
        if (base.duties.at(i).areaId == area)
            inArea.append(i);
    REQUIRE(inArea.size() >= 3);

    Agreement moved = base;
    moved.duties.move(inArea.at(0), inArea.at(2)); // the first duty to third place
    const QList<Change> changes = AgreementDiff::compare(base, moved);
    REQUIRE(changes.size() == 1);
    CHECK(changes.first().kind == QStringLiteral("duty-reordered"));
    CHECK(changes.first().id == base.duties.at(inArea.at(0)).id);
    CHECK(changes.first().before == QStringLiteral("1"));
    CHECK(changes.first().after == QStringLiteral("3"));
    CHECK(changes.first().sentence().contains(QStringLiteral("moved from place 1 to 3")));
    // The signed state agrees: the fingerprint covers the order.
    CHECK(CanonicalForm::fingerprint(moved) != CanonicalForm::fingerprint(base));
    // Across unrelated copies (matched by title) the same.
    CHECK(kinds(AgreementDiff::compare(base, moved, AgreementDiff::Matching::ByName))
          == QStringList{QStringLiteral("duty-reordered")});

    // Moving a duty to another area, adding and removing duties: no reorders.
    Agreement other = base;
    other.duties[inArea.at(1)].areaId = base.areas.last().id;
    other.duties.removeAt(inArea.at(2));
    const QStringList k = kinds(AgreementDiff::compare(base, other));
    CHECK_FALSE(k.contains(QStringLiteral("duty-reordered")));
    CHECK(k.contains(QStringLiteral("duty-moved")));
    CHECK(k.contains(QStringLiteral("duty-removed")));
}

TEST_CASE("Merge conflicts settled as ours, theirs or typed", "[revisions][merge]")
{
    const Agreement base = sample();
    const int msp = base.parties.at(1).id;
    Agreement ours = base;
    Agreement theirs = base;
    ours.duties[0].setRoles(msp, Raci::parse(QStringLiteral("A")).value());
    theirs.duties[0].setRoles(msp, Raci::parse(QStringLiteral("I")).value());
    ours.duties[1].title = QStringLiteral("Ours");
    theirs.duties[1].title = QStringLiteral("Theirs");
    ours.rules[0].escalateAfterMinutes = 11;
    theirs.rules[0].escalateAfterMinutes = 22;
    ours.duties[2].notes = QStringLiteral("kept");
    theirs.duties.removeAt(2);
    ours.duties.removeAt(4);
    theirs.duties[3].description = QStringLiteral("edited by theirs"); // base duty 4
    ours.details.notes = QStringLiteral("ours notes");
    theirs.details.notes = QStringLiteral("theirs notes");
    theirs.duties[5].notes = QStringLiteral("one-sided"); // base duty 6
    const Result<MergeOutcome> m = ThreeWayMerge::merge(base, ours, theirs);
    REQUIRE(m.ok());
    const QList<MergeConflict> &conflicts = m->conflicts;
    REQUIRE(conflicts.size() == 6);

    const auto all = [&](Settlement::Choice choice) {
        return QList<Settlement>(conflicts.size(), Settlement{choice, {}});
    };

    SECTION("ours everywhere is the merge as it was")
    {
        const Result<Agreement> r =
            ConflictSettlement::apply(*m, theirs, all(Settlement::Choice::Ours));
        REQUIRE(r.ok());
        CHECK(CanonicalForm::fingerprint(*r) == CanonicalForm::fingerprint(m->merged));
    }

    SECTION("theirs everywhere takes every value of theirs, and its removal")
    {
        const Result<Agreement> r =
            ConflictSettlement::apply(*m, theirs, all(Settlement::Choice::Theirs));
        INFO((r.ok() ? std::string() : r.error().toStdString()));
        REQUIRE(r.ok());
        CHECK(r->duty(base.duties[0].id)->rolesOf(msp).toString() == QStringLiteral("I"));
        CHECK(r->duty(base.duties[1].id)->title == QStringLiteral("Theirs"));
        CHECK(r->rules[0].escalateAfterMinutes == 22);
        CHECK(r->details.notes == QStringLiteral("theirs notes"));
        CHECK(r->duty(base.duties[2].id) == nullptr); // theirs removed it
        // Ours removed base duty 4, theirs edited it: theirs brings it back in its place.
        REQUIRE(r->duty(base.duties[4].id) != nullptr);
        CHECK(r->duty(base.duties[4].id)->description == QStringLiteral("edited by theirs"));
        CHECK(r->indexOfDuty(base.duties[4].id) == r->indexOfDuty(base.duties[3].id) + 1);
        CHECK(r->duty(base.duties[6].id)->notes == QStringLiteral("one-sided"));
        CHECK(r->revisions == m->merged.revisions);
    }

    SECTION("typed values, and values that do not fit")
    {
        QList<Settlement> s = all(Settlement::Choice::Ours);
        for (qsizetype i = 0; i < conflicts.size(); ++i) {
            const MergeConflict &c = conflicts.at(i);
            if (c.kind == QLatin1String("role-changed"))
                s[i] = {Settlement::Choice::Edited, QStringLiteral("a/r")};
            else if (c.kind == QLatin1String("duty-retitled"))
                s[i] = {Settlement::Choice::Edited, QStringLiteral("Agreed title")};
            else if (c.kind == QLatin1String("rule-changed"))
                s[i] = {Settlement::Choice::Edited, QStringLiteral("15")};
            else if (c.kind == QLatin1String("duty-removed"))
                CHECK_FALSE(ConflictSettlement::canEdit(c));
        }
        const Result<Agreement> r = ConflictSettlement::apply(*m, theirs, s);
        INFO((r.ok() ? std::string() : r.error().toStdString()));
        REQUIRE(r.ok());
        CHECK(r->duty(base.duties[0].id)->rolesOf(msp).toString() == QStringLiteral("A/R"));
        CHECK(r->duty(base.duties[1].id)->title == QStringLiteral("Agreed title"));
        CHECK(r->rules[0].escalateAfterMinutes == 15);

        for (qsizetype i = 0; i < conflicts.size(); ++i)
            if (conflicts.at(i).kind == QLatin1String("role-changed"))
                s[i].edited = QStringLiteral("X");
        const Result<Agreement> bad = ConflictSettlement::apply(*m, theirs, s);
        REQUIRE_FALSE(bad.ok());
        CHECK(bad.error().contains(QStringLiteral("“X”")));
    }
}

// Not run by default (hidden tag): figures for the issue's targets, on
// 10,000 duties that differ in 500 cells and 50 duties.
TEST_CASE("Diff and merge of 10,000 duties, timed", "[.][revisions][performance]")
{
    Agreement base = sample();
    const QList<Duty> template_ = base.duties;
    base.duties.clear();
    for (int i = 0; base.duties.size() < 10'000; ++i) {
        Duty d = template_.at(i % template_.size());
        d.id = base.takeId();
        d.key.clear();
        d.title += QStringLiteral(" #%1").arg(i);
        base.duties.append(d);
    }
    Agreement ours = base;
    Agreement theirs = base;
    const int msp = base.parties.at(1).id;
    for (int i = 0; i < 500; ++i) {
        Duty &d = (i % 2 ? ours : theirs).duties[i * 19];
        d.setRoles(msp, d.rolesOf(msp) == Raci::parse(QStringLiteral("C")).value()
                            ? Raci::parse(QStringLiteral("I")).value()
                            : Raci::parse(QStringLiteral("C")).value());
    }
    for (int i = 0; i < 25; ++i) {
        ours.duties.removeAt(9000 - i * 7);
        Duty added = base.duties.at(i);
        added.id = theirs.takeId();
        added.title = QStringLiteral("Added %1").arg(i);
        theirs.duties.append(added);
    }
    QElapsedTimer timer;
    qint64 diffBest = std::numeric_limits<qint64>::max();
    qint64 mergeBest = diffBest;
    qsizetype changes = 0;
    for (int run = 0; run < 3; ++run) {
        timer.start();
        changes = AgreementDiff::compare(ours, theirs).size();
        diffBest = std::min(diffBest, timer.elapsed());
        timer.start();
        const Result<MergeOutcome> m = ThreeWayMerge::merge(base, ours, theirs);
        mergeBest = std::min(mergeBest, timer.elapsed());
        REQUIRE(m.ok());
    }
    CHECK(changes >= 500);
    // tests/bench/revisions compares with daff on the same agreements.
    if (const QString folder = qEnvironmentVariable("DUTYMAP_REVISIONS_CSV_DIR");
        !folder.isEmpty()) {
        for (const auto &[name, agreement] :
             {std::pair{"base", &base}, std::pair{"ours", &ours}, std::pair{"theirs", &theirs}}) {
            QFile file(folder + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".csv"));
            REQUIRE(file.open(QIODevice::WriteOnly));
            REQUIRE(CsvFormat().write(ExportJob(*agreement), &file).ok());
        }
    }
    WARN("10,000 duties: diff " << diffBest << " ms (" << changes << " changes), three-way merge "
                                << mergeBest << " ms (best of 3)");
}

TEST_CASE("An older revision opened on its own keeps a readable history", "[revisions][json]")
{
    Agreement a = sample();
    signOrFail(a, QDate(2026, 3, 1));
    const int first = a.revisions.constLast().number;
    a.duties[0].title = QStringLiteral("Changed after the first signature");
    signOrFail(a, QDate(2026, 6, 1));
    a.duties[1].title = QStringLiteral("Changed after the second");
    signOrFail(a, QDate(2026, 9, 1));
    // The older revisions are kept as differences from the newer ones.
    REQUIRE(CanonicalForm::isDifference(a.revisions.at(0).snapshot));

    const Result<Agreement> old = RevisionHistory::open(a, first + 1);
    REQUIRE(old.ok());
    REQUIRE(old->revisions.size() == 2);
    // Written as JSON (what "export as signed" does) and read back.
    const Result<Agreement> back = JsonFormat::fromJson(
        QJsonDocument(JsonFormat::toJson(*old)).toJson(), QStringLiteral("revision"));
    INFO(back.error().toStdString());
    REQUIRE(back.ok());
    CHECK(back->duties[0].title == QStringLiteral("Changed after the first signature"));
    CHECK(back->duties[1].title == sample().duties[1].title);
    const Result<Agreement> oldest = RevisionHistory::open(*back, first);
    REQUIRE(oldest.ok());
    CHECK(oldest->duties[0].title == sample().duties[0].title);
}
