#include <catch2/catch.hpp>

#include "exchange/jsonformat.h"
#include "exchange/sampleagreement.h"
#include "model/agreement.h"
#include "review/reviewexport.h"
#include "review/savedreview.h"
#include "review/servicereview.h"
#include "review/ticketimport.h"
#include "review/ticketlog.h"
#include "review/ticketmapping.h"
#include "revisions/agreementdiff.h"
#include "revisions/canonicalform.h"
#include "revisions/revisionhistory.h"
#include "revisions/threewaymerge.h"
#include "storage/agreementfile.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch

namespace {

using Urgency = EscalationRule::Urgency;

Agreement sample()
{
    const Result<Agreement> r = SampleAgreement::load();
    REQUIRE(r.ok());
    return *r;
}

QJsonObject parsed(const char *json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json));
    REQUIRE(doc.isObject());
    return doc.object();
}

TicketMapping fullMapping(const Agreement &a)
{
    TicketMapping m;
    m.preset = QStringLiteral("autotask");
    m.columns.insert(TicketField::Created, QStringLiteral("Opened On"));
    m.columns.insert(TicketField::Requester, QStringLiteral("Raised by"));
    m.dateOrder = TicketMapping::DateOrder::DayFirst;
    m.priorities.insert(QStringLiteral("sehr hoch"), Urgency::Critical);
    m.priorities.insert(QStringLiteral("gering"), Urgency::Low);
    m.handlers.insert(QStringLiteral("service desk"), a.parties.at(0).id);
    m.handlers.insert(QStringLiteral("noc"), a.parties.at(1).id);
    m.vipRequesters = {QStringLiteral("Ada Lovelace"), QStringLiteral("Grace Hopper")};
    return m;
}

// A review of three months: 60 tickets per month, a few misrouted.
ServiceReview quarterReview(const Agreement &a, int year, int quarter, int perMonth)
{
    TicketLog log;
    const auto text = [&](const QString &s) {
        qsizetype i = log.texts.indexOf(s);
        if (i < 0) {
            i = log.texts.size();
            log.texts.append(s);
        }
        return int(i);
    };
    const QString category = a.details.ticketCategories.isEmpty()
                                 ? QStringLiteral("Endpoint")
                                 : a.details.ticketCategories.constFirst().name;
    for (int month = 0; month < 3; ++month) {
        for (int i = 0; i < perMonth; ++i) {
            TicketRecord t;
            const QDateTime created(QDate(year, (quarter - 1) * 3 + month + 1, 1 + i % 28),
                                    QTime(9 + i % 12, 0), QTimeZone::utc());
            t.created = created.toSecsSinceEpoch();
            t.firstResponse = t.created + 60 * (5 + i);
            t.resolved = t.created + 3600 * (1 + i % 10);
            t.category = text(category);
            t.team = text(a.parties.at(i % 5 == 0 ? 1 : 0).name);
            t.urgency = i % 3 == 0 ? Urgency::High : Urgency::Normal;
            t.urgencyKnown = true;
            t.row = int(log.tickets.size()) + 2;
            log.tickets.append(t);
            ++log.rowsRead;
        }
    }
    BusinessHours hours;
    hours.timeZone = "UTC";
    ReviewOptions options;
    options.first = QDate(year, (quarter - 1) * 3 + 1, 1);
    options.last = options.first.addMonths(3).addDays(-1);
    return ServiceReview::build(a, hours, log, options);
}

// Runs one SQL statement on a saved file, then loads it again.
Result<Agreement> damaged(const QString &path, const QString &sql)
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("damage"));
    return AgreementFile::load(path);
}

Agreement roundTripJson(const Agreement &a)
{
    const QByteArray json = QJsonDocument(JsonFormat::toJson(a)).toJson();
    const Result<Agreement> back = JsonFormat::fromJson(json, QStringLiteral("test.json"));
    INFO(back.error().toStdString());
    REQUIRE(back.ok());
    return *back;
}

} // namespace

TEST_CASE("Ticket mapping: JSON form, hand-written files and hostile values", "[review][mapping]")
{
    const Agreement a = sample();
    const TicketMapping m = fullMapping(a);
    const auto back = TicketMapping::fromJson(m.toJson());
    INFO(back.error().toStdString());
    REQUIRE(back.ok());
    CHECK(*back == m);
    CHECK(TicketMapping().isEmpty());
    CHECK_FALSE(m.isEmpty());

    SECTION("a mapping file names parties by name or code")
    {
        const QJsonObject file = parsed(R"({"columns": {"created": "Opened"},
            "priorities": {"Sehr hoch": "critical"},
            "handlers": {"Service Desk": "Internal IT", "NOC team": "MSP"}})");
        const auto read = TicketMapping::fromJson(file, &a);
        INFO(read.error().toStdString());
        REQUIRE(read.ok());
        CHECK(read->handlers.value(QStringLiteral("service desk"))
              == a.findParty(u"Internal IT")->id);
        CHECK(read->handlers.value(QStringLiteral("noc team")) == a.findParty(u"MSP")->id);
        CHECK(read->priorities.value(QStringLiteral("sehr hoch")) == Urgency::Critical);
        // Names need the agreement; ids alone do not.
        CHECK_FALSE(TicketMapping::fromJson(file).ok());
    }
    SECTION("every bad value is named")
    {
        const std::pair<const char *, const char *> cases[] = {
            {R"({"colums": {}})", "unknown key “colums”"},
            {R"({"preset": "servicenow"})", "preset “servicenow” is none of"},
            {R"({"columns": {"opened": "Opened"}})", "columns.opened is not a ticket field"},
            {R"({"columns": {"created": ""}})", "columns.created must be a column header"},
            {R"({"columns": []})", "columns must be an object"},
            {R"({"dateOrder": "ymd"})", "dateOrder must be dmy or mdy"},
            {R"({"priorities": {"P1": "urgent"}})", "priorities.P1 must be low, normal"},
            {R"({"handlers": {"NOC": 0}})", "handlers.NOC is not a party id"},
            {R"({"handlers": {"NOC": 1.5}})", "handlers.NOC is not a party id"},
            {R"({"handlers": {"NOC": "Nobody"}})", "handlers.NOC names “Nobody”"},
            {R"({"handlers": {"NOC": 999999}})", "handlers.NOC names party 999999"},
            {R"({"priorities": {" ": "low"}})", "priorities has a text that is empty"},
            {R"({"handlers": {"": 3}})", "handlers has a name that is empty"},
            {R"({"handlers": {"NOC": ["MSP"]}})", "handlers.NOC is not a party id"},
            {R"({"preset": 7})", "preset “7” is none of"},
            {R"({"dateOrder": 1})", "dateOrder must be dmy or mdy"},
            {R"({"vipRequesters": "Ada"})", "vipRequesters must be a list"},
            {R"({"vipRequesters": ["Ada\nLovelace"]})", "vipRequesters must be a list of names"},
            {R"({"vipRequesters": [""]})", "vipRequesters must be a list of names"},
        };
        for (const auto &[json, error] : cases) {
            const auto read = TicketMapping::fromJson(parsed(json), &a);
            INFO(json);
            REQUIRE_FALSE(read.ok());
            CHECK(read.error().contains(QString::fromUtf8(error)));
        }
        QJsonObject many;
        for (int i = 0; i <= TicketMapping::MaxEntries; ++i)
            many.insert(QStringLiteral("p%1").arg(i), QStringLiteral("low"));
        const auto read =
            TicketMapping::fromJson(QJsonObject{{QStringLiteral("priorities"), many}});
        REQUIRE_FALSE(read.ok());
        CHECK(read.error().contains(QStringLiteral("more than 1000")));
    }
    SECTION("applied to the import and the replay")
    {
        TicketImportOptions import;
        ReviewOptions review;
        TicketMapping withGone = m;
        withGone.handlers.insert(QStringLiteral("old team"), 987654);
        withGone.apply(a, import, review);
        CHECK(import.preset == TicketPreset::find(u"autotask"));
        CHECK(import.columns.value(TicketField::Created) == QStringLiteral("Opened On"));
        CHECK(import.dateOrder == TimestampFormat::Order::DayFirst);
        CHECK(import.priorities.value(QStringLiteral("gering")) == Urgency::Low);
        CHECK(import.vipRequesters.contains(QStringLiteral("ada lovelace")));
        CHECK(review.handlers.value(QStringLiteral("noc")) == a.parties.at(1).id);
        // A party removed since the mapping was made maps nobody.
        CHECK_FALSE(review.handlers.contains(QStringLiteral("old team")));
    }
}

TEST_CASE("Ticket import: VIP requesters from the mapping", "[review][mapping]")
{
    const QByteArray csv = "Id,Created at,Requester,Subject\n"
                           "1,2024-07-01T09:00:00Z,Ada Lovelace,Printer\n"
                           "2,2024-07-01T10:00:00Z,Someone Else,Printer\n"
                           "3,2024-07-01T11:00:00Z, ada LOVELACE ,Printer\n";
    TicketImportOptions options;
    options.preset = TicketPreset::find(u"zendesk");
    options.hours.timeZone = "UTC";
    options.vipRequesters.insert(QStringLiteral("ada lovelace"));
    const auto log = TicketImport::readCsv(csv, QStringLiteral("t.csv"), options);
    INFO(log.error().toStdString());
    REQUIRE(log.ok());
    REQUIRE(log->tickets.size() == 3);
    CHECK(log->tickets.at(0).vip);
    CHECK_FALSE(log->tickets.at(1).vip);
    CHECK(log->tickets.at(2).vip);
}

TEST_CASE("Saved reviews: figures from a review, JSON, file, trend", "[review][saved]")
{
    Agreement a = sample();
    const ServiceReview q1 = quarterReview(a, 2024, 1, 40);
    const ServiceReview q2 = quarterReview(a, 2024, 2, 60);
    const SavedReview s1 = SavedReview::from(q1, QDate(2024, 4, 5));
    CHECK(s1.name == QStringLiteral("2024 Q1"));
    CHECK(s1.first == QDate(2024, 1, 1));
    CHECK(s1.last == QDate(2024, 3, 31));
    CHECK(s1.volume == 120);
    CHECK(s1.periods.size() == 3);
    CHECK(s1.periods.at(0).volume == 40);
    CHECK(s1.response == q1.overall.response);
    CHECK(s1.byParty == q1.overall.byParty);
    CHECK(s1.findings == q1.findings.size());
    CHECK(s1.misrouted() >= 0);
    CHECK(SavedReview::defaultName(QDate(2024, 7, 1), QDate(2024, 7, 31))
          == QStringLiteral("2024-07"));
    CHECK(SavedReview::defaultName(QDate(2024, 7, 3), QDate(2024, 7, 31))
          == QStringLiteral("2024-07-03 – 2024-07-31"));

    const auto back = SavedReview::fromJson(s1.toJson());
    INFO(back.error().toStdString());
    REQUIRE(back.ok());
    CHECK(*back == s1);

    SECTION("saving again replaces the review of that period; oldest first")
    {
        QList<SavedReview> list =
            SavedReview::withSaved({}, SavedReview::from(q2, QDate(2024, 7, 2)));
        list = SavedReview::withSaved(list, s1);
        list = SavedReview::withSaved(list, SavedReview::from(q1, QDate(2024, 4, 9)));
        REQUIRE(list.size() == 2);
        CHECK(list.at(0).name == QStringLiteral("2024 Q1"));
        CHECK(list.at(0).savedOn == QDate(2024, 4, 9));
        CHECK(list.at(1).name == QStringLiteral("2024 Q2"));
    }
    SECTION("the trend runs from the saved reviews before the current one")
    {
        const ReviewTrend none = ReviewTrend::of(q2, {});
        CHECK_FALSE(none.hasHistory());
        CHECK(none.previous() == nullptr);
        // A review saved for a later period is no part of this one's past.
        SavedReview later = SavedReview::from(quarterReview(a, 2024, 3, 10), QDate(2024, 10, 1));
        const ReviewTrend trend = ReviewTrend::of(q2, {later, s1});
        REQUIRE(trend.points.size() == 2);
        CHECK(trend.hasHistory());
        CHECK(trend.previous()->name == QStringLiteral("2024 Q1"));
        CHECK(trend.previous()->volume == 120);
        CHECK(trend.latest().current);
        CHECK(trend.latest().volume == 180);
        CHECK(trend.latest().ticketsPerMonth == Approx(60).epsilon(0.02));
        // A short period is a rate per month too, not its count.
        SavedReview twoDays = SavedReview::from(quarterReview(a, 2024, 3, 10), QDate(2024, 10, 1));
        twoDays.first = QDate(2024, 7, 1);
        twoDays.last = QDate(2024, 7, 2);
        twoDays.volume = 2;
        CHECK(ReviewTrend::of(ServiceReview(), {twoDays}).points.constFirst().ticketsPerMonth
              == Approx(30.44).epsilon(0.01));
        CHECK(trend.latest().responseAttainment == q2.overall.response.attainment());
    }
    SECTION("hostile values are refused with their place")
    {
        const QJsonObject good = s1.toJson();
        const auto with = [&](const QString &key, const QJsonValue &value) {
            QJsonObject o = good;
            o.insert(key, value);
            return SavedReview::fromJson(o);
        };
        const auto errorOf = [](const Result<SavedReview> &r) {
            REQUIRE_FALSE(r.ok());
            return r.error();
        };
        CHECK(errorOf(with(QStringLiteral("volume"), -1))
                  .contains(QStringLiteral("volume: not a count")));
        CHECK(errorOf(with(QStringLiteral("volume"), 1e12)).contains(QStringLiteral("volume")));
        CHECK(errorOf(with(QStringLiteral("afterHours"), 121))
                  .contains(QStringLiteral("afterHours")));
        CHECK(errorOf(with(QStringLiteral("first"), QStringLiteral("2024-13-01")))
                  .contains(QStringLiteral("first: not a date")));
        CHECK(errorOf(with(QStringLiteral("last"), QStringLiteral("2023-12-31")))
                  .contains(QStringLiteral("last")));
        CHECK(errorOf(with(QStringLiteral("period"), QStringLiteral("week")))
                  .contains(QStringLiteral("period")));
        CHECK(errorOf(with(QStringLiteral("name"), QString(300, u'x')))
                  .contains(QStringLiteral("name")));
        CHECK(errorOf(with(QStringLiteral("extra"), 1))
                  .contains(QStringLiteral("unknown key “extra”")));
        CHECK(errorOf(with(QStringLiteral("satisfaction"), 0.5))
                  .contains(QStringLiteral("satisfaction")));
        CHECK(errorOf(with(QStringLiteral("warnings"), s1.findings + 1))
                  .contains(QStringLiteral("warnings")));
        QJsonObject times = good.value(u"response").toObject();
        times.insert(QStringLiteral("withinTarget"), times.value(u"withTarget").toInt() + 1);
        CHECK(
            errorOf(with(QStringLiteral("response"), times)).contains(QStringLiteral("response")));
        QJsonArray parties = good.value(u"byParty").toArray();
        QJsonObject party = parties.at(0).toObject();
        party.insert(QStringLiteral("volume"), QStringLiteral("many"));
        parties[0] = party;
        CHECK(errorOf(with(QStringLiteral("byParty"), parties))
                  .contains(QStringLiteral("byParty[0].volume: not a count")));
        QJsonArray periods = good.value(u"periods").toArray();
        QJsonObject p = periods.at(0).toObject();
        p.insert(QStringLiteral("first"), QStringLiteral("2023-01-01"));
        periods[0] = p;
        CHECK(errorOf(with(QStringLiteral("periods"), periods))
                  .contains(QStringLiteral("periods[0]")));
        QJsonArray tooMany;
        for (int i = 0; i <= SavedReview::MaxGroups; ++i)
            tooMany.append(good.value(u"byParty").toArray().at(0));
        CHECK(errorOf(with(QStringLiteral("byCategory"), tooMany))
                  .contains(QStringLiteral("more than 500")));

        const auto twice = SavedReview::listFromJson(QJsonArray{good, good});
        REQUIRE_FALSE(twice.ok());
        CHECK(twice.error().contains(QStringLiteral("[1]: the name “2024 Q1” is used twice")));
        CHECK_FALSE(SavedReview::listFromJson(QJsonValue(QStringLiteral("x"))).ok());
    }
}

TEST_CASE("Saved reviews and the ticket mapping in the agreement: JSON, file, diff, merge",
          "[review][saved]")
{
    Agreement a = sample();
    a.details.ticketMapping = fullMapping(a);
    a.details.savedReviews = {SavedReview::from(quarterReview(a, 2024, 1, 40), QDate(2024, 4, 5)),
                              SavedReview::from(quarterReview(a, 2024, 2, 60), QDate(2024, 7, 3))};

    SECTION("JSON round trip")
    {
        CHECK(roundTripJson(a) == a);
        const QJsonObject details = JsonFormat::toJson(a).value(u"details").toObject();
        CHECK(details.value(u"savedReviews").toArray().size() == 2);
        CHECK(details.value(u"ticketMapping").toObject().value(u"preset").toString()
              == QStringLiteral("autotask"));
        // Nothing is written for agreements without them.
        const QJsonObject plain = JsonFormat::toJson(sample()).value(u"details").toObject();
        CHECK_FALSE(plain.contains(QStringLiteral("savedReviews")));
        CHECK_FALSE(plain.contains(QStringLiteral("ticketMapping")));
    }
    SECTION("a bad value in the JSON names its place")
    {
        QJsonObject root = JsonFormat::toJson(a);
        QJsonObject details = root.value(u"details").toObject();
        QJsonObject mapping = details.value(u"ticketMapping").toObject();
        mapping.insert(QStringLiteral("dateOrder"), QStringLiteral("ydm"));
        details.insert(QStringLiteral("ticketMapping"), mapping);
        root.insert(QStringLiteral("details"), details);
        auto read = JsonFormat::fromJson(QJsonDocument(root).toJson(), QStringLiteral("a.json"));
        REQUIRE_FALSE(read.ok());
        CHECK(read.error().contains(QStringLiteral("details.ticketMapping")));
        CHECK(read.error().contains(QStringLiteral("dateOrder must be dmy or mdy")));

        details = JsonFormat::toJson(a).value(u"details").toObject();
        QJsonArray reviews = details.value(u"savedReviews").toArray();
        QJsonObject second = reviews.at(1).toObject();
        second.insert(QStringLiteral("findings"), -3);
        reviews[1] = second;
        details.insert(QStringLiteral("savedReviews"), reviews);
        root.insert(QStringLiteral("details"), details);
        read = JsonFormat::fromJson(QJsonDocument(root).toJson(), QStringLiteral("a.json"));
        REQUIRE_FALSE(read.ok());
        CHECK(read.error().contains(QStringLiteral("details.savedReviews")));
        CHECK(read.error().contains(QStringLiteral("[1].findings: not a count")));
    }
    SECTION(".dutymap file round trip and a damaged row")
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.dutymap"));
        const Status saved = AgreementFile::save(a, path);
        INFO(saved.error().toStdString());
        REQUIRE(saved.ok());
        const auto loaded = AgreementFile::load(path);
        INFO(loaded.error().toStdString());
        REQUIRE(loaded.ok());
        CHECK(loaded->details.ticketMapping == a.details.ticketMapping);
        CHECK(loaded->details.savedReviews == a.details.savedReviews);

        const auto damage = [&](const QString &sql) { return damaged(path, sql); };
        auto bad = damage(QStringLiteral("UPDATE meta SET value = '{\"handlers\": {\"NOC\": "
                                         "\"x\"}}' WHERE key = 'ticket_mapping'"));
        REQUIRE_FALSE(bad.ok());
        CHECK(bad.error().contains(QStringLiteral("ticket mapping")));
        CHECK(bad.error().contains(QStringLiteral("handlers.NOC is not a party id")));
        REQUIRE(AgreementFile::save(a, path).ok());
        bad = damage(
            QStringLiteral("UPDATE meta SET value = 'not json' WHERE key = 'saved_review.1'"));
        REQUIRE_FALSE(bad.ok());
        CHECK(bad.error().contains(QStringLiteral("saved_review.1")));
        REQUIRE(AgreementFile::save(a, path).ok());
        bad = damage(QStringLiteral("DELETE FROM meta WHERE key = 'saved_review.0'"));
        REQUIRE_FALSE(bad.ok());
        CHECK(bad.error().contains(QStringLiteral("saved review 0 is missing")));
    }
    SECTION("saving a review or a mapping leaves a signed agreement signed")
    {
        Agreement b = a;
        b.details.savedReviews.removeLast();
        b.details.ticketMapping->vipRequesters.append(QStringLiteral("Linus"));
        CHECK(CanonicalForm::fingerprint(a) == CanonicalForm::fingerprint(b));
        b.details.title += QStringLiteral(" (2025)");
        CHECK(CanonicalForm::fingerprint(a) != CanonicalForm::fingerprint(b));

        Signatory cfo;
        cfo.name = QStringLiteral("Dana");
        cfo.partyId = a.parties.at(0).id;
        cfo.date = QDate(2024, 1, 10);
        Agreement signedOne = a;
        REQUIRE(RevisionHistory::sign(signedOne, {cfo}, QDate(2024, 1, 10)).ok());
        signedOne.details.savedReviews.append(
            SavedReview::from(quarterReview(a, 2024, 3, 5), QDate(2024, 10, 2)));
        signedOne.details.ticketMapping->dateOrder = TicketMapping::DateOrder::MonthFirst;
        CHECK_FALSE(RevisionHistory::state(signedOne).changedSinceSigned);
        // The signed revision, opened or restored, has the reviews and the
        // mapping of the agreement as it is now: nothing to list as changed.
        const int number = signedOne.revisions.constLast().number;
        const auto opened = RevisionHistory::open(signedOne, number);
        INFO(opened.error().toStdString());
        REQUIRE(opened.ok());
        CHECK(opened->details.savedReviews == signedOne.details.savedReviews);
        CHECK(opened->details.ticketMapping == signedOne.details.ticketMapping);
        CHECK(AgreementDiff::compare(*opened, signedOne, AgreementDiff::Matching::ById).isEmpty());
        const auto restored = RevisionHistory::restore(signedOne, number);
        REQUIRE(restored.ok());
        CHECK(restored->details.savedReviews.size() == 3);
        CHECK(restored->details.ticketMapping == signedOne.details.ticketMapping);
    }
    SECTION("diff")
    {
        Agreement b = a;
        b.details.savedReviews.append(
            SavedReview::from(quarterReview(a, 2024, 3, 50), QDate(2024, 10, 2)));
        b.details.ticketMapping->dateOrder = TicketMapping::DateOrder::MonthFirst;
        const QList<Change> changes = AgreementDiff::compare(a, b);
        QStringList kinds;
        for (const Change &c : changes)
            kinds.append(c.kind + u':' + c.field + u':' + c.item);
        INFO(kinds.join(u'\n').toStdString());
        CHECK(kinds.contains(QStringLiteral("review-added::2024 Q3")));
        CHECK(kinds.contains(QStringLiteral("detail-changed:ticketMapping:Details")));
        CHECK(changes.size() == 2);
    }
    SECTION("three-way merge keeps the reviews saved on both sides")
    {
        Agreement ours = a;
        Agreement theirs = a;
        ours.details.savedReviews.append(
            SavedReview::from(quarterReview(a, 2024, 3, 50), QDate(2024, 10, 2)));
        theirs.details.savedReviews.append(
            SavedReview::from(quarterReview(a, 2024, 4, 30), QDate(2025, 1, 5)));
        theirs.details.ticketMapping->vipRequesters = {QStringLiteral("Linus")};
        const auto merged = ThreeWayMerge::merge(a, ours, theirs);
        INFO(merged.error().toStdString());
        REQUIRE(merged.ok());
        CHECK(merged->conflicts.isEmpty());
        QStringList names;
        for (const SavedReview &s : merged->merged.details.savedReviews)
            names.append(s.name);
        CHECK(names.size() == 4);
        CHECK(names.contains(QStringLiteral("2024 Q3")));
        CHECK(names.contains(QStringLiteral("2024 Q4")));
        CHECK(merged->merged.details.ticketMapping->vipRequesters
              == QStringList{QStringLiteral("Linus")});
    }
}

TEST_CASE("Saved reviews in the review's JSON and Markdown, with the trend", "[review][saved]")
{
    Agreement a = sample();
    const ServiceReview q1 = quarterReview(a, 2024, 1, 40);
    const ServiceReview q2 = quarterReview(a, 2024, 2, 60);

    QJsonObject json = ReviewExport::json(q2, a);
    CHECK(json.value(u"savedReviews").toArray().isEmpty());
    REQUIRE(json.value(u"trend").toArray().size() == 1);
    CHECK(json.value(u"trend").toArray().at(0).toObject().value(u"current").toBool());
    CHECK_FALSE(json.value(u"trend").toArray().at(0).toObject().contains(u"change"));
    CHECK_FALSE(ReviewExport::markdown(q2, a).contains(u"Compared with earlier reviews"));

    a.details.savedReviews = {SavedReview::from(q1, QDate(2024, 4, 5))};
    // A review saved for the period under review is no earlier review.
    a.details.savedReviews.append(SavedReview::from(q2, QDate(2024, 7, 1)));
    json = ReviewExport::json(q2, a);
    const QJsonArray saved = json.value(u"savedReviews").toArray();
    REQUIRE(saved.size() == 2);
    const auto first = SavedReview::fromJson(saved.at(0).toObject());
    REQUIRE(first.ok());
    CHECK(*first == a.details.savedReviews.at(0));

    const QJsonArray trend = json.value(u"trend").toArray();
    REQUIRE(trend.size() == 2);
    const QJsonObject before = trend.at(0).toObject();
    const QJsonObject now = trend.at(1).toObject();
    CHECK(before.value(u"name").toString() == QStringLiteral("2024 Q1"));
    CHECK_FALSE(before.value(u"current").toBool());
    CHECK(before.value(u"volume").toInt() == 120);
    CHECK(before.value(u"first").toString() == QStringLiteral("2024-01-01"));
    CHECK(now.value(u"current").toBool());
    CHECK(now.value(u"volume").toInt() == 180);
    const QJsonObject change = now.value(u"change").toObject();
    CHECK(change.value(u"volume").toInt() == 60);
    // Both quarters have 91 days: 40 and 60 tickets a month.
    CHECK(before.value(u"ticketsPerMonth").toDouble() == Approx(40.1).epsilon(0.01));
    CHECK(change.value(u"ticketsPerMonth").toDouble() == Approx(20.1).epsilon(0.01));
    const auto then = q1.overall.response.attainment();
    const auto latest = q2.overall.response.attainment();
    REQUIRE(then);
    REQUIRE(latest);
    CHECK(now.value(u"responseAttainment").toDouble() == Approx(*latest));
    CHECK(change.value(u"responseAttainment").toDouble() == Approx(*latest - *then));

    // A name with placeholders is written as it is.
    a.details.savedReviews[0].name = QStringLiteral("50%1 %2 | Q1");
    const QString md = ReviewExport::markdown(q2, a);
    INFO(md.toStdString());
    CHECK(md.contains(u"## Compared with earlier reviews"));
    CHECK(md.contains(u"| 50%1 %2 \\| Q1 | 120 | 40.1 |"));
    CHECK(md.contains(u"| 2024 Q2 (this review) | 180 | 60.2 |"));
}

TEST_CASE("Saved reviews and the ticket mapping: older files, hostile rows, removed parties",
          "[review][saved]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.dutymap"));

    SECTION("files and JSON from before them read as before")
    {
        const Agreement plain = sample();
        REQUIRE(AgreementFile::save(plain, path).ok());
        const auto loaded = damaged(path, QStringLiteral("DELETE FROM meta WHERE key LIKE "
                                                         "'saved_review.%' OR key = "
                                                         "'ticket_mapping'"));
        INFO(loaded.error().toStdString());
        REQUIRE(loaded.ok());
        CHECK_FALSE(loaded->details.ticketMapping);
        CHECK(loaded->details.savedReviews.isEmpty());
        const Agreement json = roundTripJson(plain);
        CHECK_FALSE(json.details.ticketMapping);
        CHECK(json.details.savedReviews.isEmpty());
    }

    SECTION("hostile rows are refused, naming the key")
    {
        Agreement a = sample();
        a.details.ticketMapping = fullMapping(a);
        a.details.savedReviews = {
            SavedReview::from(quarterReview(a, 2024, 1, 4), QDate(2024, 4, 5)),
            SavedReview::from(quarterReview(a, 2024, 2, 6), QDate(2024, 7, 3))};
        const QString copy =
            QStringLiteral("(SELECT value FROM meta WHERE key = 'saved_review.1')");
        const std::pair<QString, const char *> cases[] = {
            {QStringLiteral("INSERT INTO meta (key, value) VALUES ('saved_review.x', '{}')"),
             "the key “saved_review.x”"},
            {QStringLiteral("INSERT INTO meta (key, value) VALUES ('saved_review.02', '{}')"),
             "the key “saved_review.02”"},
            {QStringLiteral("INSERT INTO meta (key, value) VALUES ('saved_review.-1', '{}')"),
             "the key “saved_review.-1”"},
            {QStringLiteral("INSERT INTO meta (key, value) VALUES ('saved_review.400', '{}')"),
             "the key “saved_review.400”"},
            {QStringLiteral("INSERT INTO meta (key, value) VALUES ('saved_review.3', %1)")
                 .arg(copy),
             "saved review 2 is missing"},
            {QStringLiteral("INSERT INTO meta (key, value) VALUES ('saved_review.2', %1)")
                 .arg(copy),
             "[2]: the name “2024 Q2” is used twice"},
            {QStringLiteral("UPDATE meta SET value = '[1, 2]' WHERE key = 'saved_review.0'"),
             "“saved_review.0”"},
            {QStringLiteral("UPDATE meta SET value = 42 WHERE key = 'saved_review.0'"),
             "“saved_review.0”"},
            {QStringLiteral("UPDATE meta SET value = NULL WHERE key = 'saved_review.1'"),
             "“saved_review.1”"},
            {QStringLiteral("UPDATE meta SET value = '{\"name\": \"x\"}' WHERE key = "
                            "'saved_review.0'"),
             "[0].first: not a date"},
            {QStringLiteral("UPDATE meta SET value = json_set(value, '$.volume', 1e300) "
                            "WHERE key = 'saved_review.1'"),
             "[1].volume: not a count"},
            {QStringLiteral("UPDATE meta SET value = json_set(value, '$.findings', '3') "
                            "WHERE key = 'saved_review.0'"),
             "[0].findings: not a count"},
            {QStringLiteral("UPDATE meta SET value = json_set(value, '$.byParty[0].partyId', "
                            "-2) WHERE key = 'saved_review.0'"),
             "[0].byParty[0].partyId: not a count"},
            {QStringLiteral("UPDATE meta SET value = json_set(value, '$.response.withinTarget', "
                            "1000000) WHERE key = 'saved_review.0'"),
             "[0].response: more tickets within target"},
            {QStringLiteral("UPDATE meta SET value = '[]' WHERE key = 'ticket_mapping'"),
             "“ticket_mapping”"},
            {QStringLiteral("UPDATE meta SET value = '{\"handlers\": {\"A\": -5}}' WHERE key "
                            "= 'ticket_mapping'"),
             "handlers.A is not a party id"},
            {QStringLiteral(
                 "UPDATE meta SET value = '{\"columns\": {\"created\": \"' || "
                 "replace(hex(zeroblob(150)), '0', 'x') || '\"}}' WHERE key = 'ticket_mapping'"),
             "columns.created must be a column header of at most 200 characters"},
        };
        for (const auto &[sql, error] : cases) {
            REQUIRE(AgreementFile::save(a, path).ok());
            const auto read = damaged(path, sql);
            INFO(sql.toStdString());
            REQUIRE_FALSE(read.ok());
            INFO(read.error().toStdString());
            CHECK(read.error().contains(QString::fromUtf8(error)));
        }
    }

    SECTION("a handler whose party was removed maps nobody, and the file still reads")
    {
        Agreement a = sample();
        Party contractor;
        contractor.id = a.takeId();
        contractor.name = QStringLiteral("Night contractor");
        contractor.code = QStringLiteral("NC");
        a.parties.append(contractor);
        TicketMapping m;
        m.handlers.insert(QStringLiteral("night shift"), contractor.id);
        m.handlers.insert(QStringLiteral("noc"), a.findParty(u"MSP")->id);
        a.details.ticketMapping = m;
        a.parties.removeLast();

        REQUIRE(AgreementFile::save(a, path).ok());
        const auto loaded = AgreementFile::load(path);
        INFO(loaded.error().toStdString());
        REQUIRE(loaded.ok());
        CHECK(loaded->details.ticketMapping == m);
        CHECK(roundTripJson(a).details.ticketMapping == m);

        TicketImportOptions import;
        ReviewOptions review;
        loaded->details.ticketMapping->apply(*loaded, import, review);
        CHECK_FALSE(review.handlers.contains(QStringLiteral("night shift")));
        CHECK(review.handlers.value(QStringLiteral("noc")) == a.findParty(u"MSP")->id);

        // A mapping file is checked against the agreement it is used with.
        const auto file = TicketMapping::fromJson(m.toJson(), &a);
        REQUIRE_FALSE(file.ok());
        CHECK(file.error().contains(
            QStringLiteral("handlers.night shift names party %1, which does not exist")
                .arg(contractor.id)));
    }
}
