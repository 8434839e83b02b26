#include <catch2/catch.hpp>

#include "exchange/sampleagreement.h"
#include "revisions/revisionhistory.h"
#include "storage/agreementfile.h"
#include "testpaths.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

namespace {

const QString V1Dir = QStringLiteral(DUTYMAP_TEST_DATA_DIR "/v1");

Agreement loadOrFail(const QString &path)
{
    const Result<Agreement> r = AgreementFile::load(path);
    INFO(r.error().toStdString());
    REQUIRE(r.ok());
    return *r;
}

void saveOrFail(const Agreement &a, const QString &path)
{
    const Status s = AgreementFile::save(a, path);
    INFO(s.error().toStdString());
    REQUIRE(s.ok());
}

int userVersion(const QString &path)
{
    int version = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                    QStringLiteral("revision-storage-version"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version")));
        REQUIRE(q.next());
        version = q.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("revision-storage-version"));
    return version;
}

Signatory signer(const QString &name, int party)
{
    return Signatory{name, QStringLiteral("Manager"), party, {}, QStringLiteral("note")};
}

} // namespace

TEST_CASE("Version-1 files open and save as version 2", "[storage][migration]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    SECTION("a draft stays a draft of its typed revision, with nothing signed")
    {
        REQUIRE(userVersion(V1Dir + QStringLiteral("/draft.dutymap")) == 1);
        const Agreement a = loadOrFail(V1Dir + QStringLiteral("/draft.dutymap"));
        CHECK(a.duties.size() == 106);
        CHECK(a.revisions.isEmpty());
        const RevisionState s = RevisionHistory::state(a);
        CHECK(s.status == AgreementDetails::Status::Draft);
        CHECK(s.revision == 1);

        const QString path = dir.filePath(QStringLiteral("draft.dutymap"));
        saveOrFail(a, path);
        CHECK(userVersion(path) == 2);
        CHECK(loadOrFail(path) == a);
    }

    SECTION("a file marked signed becomes that signed revision")
    {
        const Agreement a = loadOrFail(V1Dir + QStringLiteral("/signed.dutymap"));
        REQUIRE(a.revisions.size() == 1);
        const Revision &r = a.revisions.first();
        CHECK(r.number == 3);
        CHECK(r.signedOn == a.details.effectiveDate);
        REQUIRE(r.signatories.size() == 2);
        CHECK(r.signatories.at(0).name == QStringLiteral("Ana Lopez"));
        CHECK(r.signatories.at(1).partyId == 2);
        const RevisionState s = RevisionHistory::state(a);
        CHECK(s.status == AgreementDetails::Status::Signed);
        CHECK(s.revision == 3);
        CHECK_FALSE(s.changedSinceSigned);

        const QString path = dir.filePath(QStringLiteral("signed.dutymap"));
        saveOrFail(a, path);
        CHECK(userVersion(path) == 2);
        const Agreement again = loadOrFail(path);
        CHECK(again == a);
        const Result<Agreement> old = RevisionHistory::open(again, 3);
        REQUIRE(old.ok());
        CHECK(old->duties == a.duties);
    }
}

TEST_CASE("Signed revisions survive save and load", "[storage][revisions]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    Result<Agreement> sample = SampleAgreement::load();
    REQUIRE(sample.ok());
    Agreement a = *sample;
    const int it = a.parties.at(0).id;
    const int msp = a.parties.at(1).id;
    REQUIRE(RevisionHistory::sign(a, {signer(QStringLiteral("Maria Chen"), it)}, QDate(2026, 1, 5))
                .ok());
    a.duties[0].notes = QStringLiteral("after revision 2");
    REQUIRE(RevisionHistory::sign(a,
                                  {signer(QStringLiteral("Maria Chen"), it),
                                   signer(QStringLiteral("Daniel Ortiz"), msp)},
                                  QDate(2026, 7, 5))
                .ok());
    a.duties[1].notes = QStringLiteral("the draft");
    a.details.signatories[0].date = QDate(2026, 7, 5);
    a.details.signatories[0].note = QStringLiteral("signed on paper");

    const QString path = dir.filePath(QStringLiteral("revisions.dutymap"));
    saveOrFail(a, path);
    const Agreement loaded = loadOrFail(path);
    CHECK(loaded == a);
    CHECK(loaded.revisions.size() == 2);
    const RevisionState s = RevisionHistory::state(loaded);
    CHECK(s.changedSinceSigned);
    CHECK(s.revision == 4);
    const Result<Agreement> second = RevisionHistory::open(loaded, 3);
    REQUIRE(second.ok());
    CHECK(second->duties[0].notes == QStringLiteral("after revision 2"));

    SECTION("a revision whose content was tampered with opens no more")
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                        QStringLiteral("revision-tamper"));
            db.setDatabaseName(path);
            REQUIRE(db.open());
            QSqlQuery q(db);
            // Revision 2 is kept as the difference from revision 3; give it
            // revision 3's whole content instead.
            REQUIRE(q.exec(QStringLiteral("UPDATE revision SET content = "
                                          "(SELECT content FROM revision WHERE number = 3) "
                                          "WHERE number = 2")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("revision-tamper"));
        const Agreement tampered = loadOrFail(path);
        CHECK_FALSE(RevisionHistory::open(tampered, 2).ok());
        CHECK(RevisionHistory::open(tampered, 3).ok());
    }
}

// Not run by default (hidden tag): the issue's targets for a 1,000-duty
// agreement with 50 signed revisions, against the same file without them.
TEST_CASE("1,000 duties with 50 revisions: size and open time", "[.][storage][performance]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    Result<Agreement> sample = SampleAgreement::load();
    REQUIRE(sample.ok());
    Agreement a = *sample;
    const QList<Duty> catalog = a.duties;
    a.duties.clear();
    for (int i = 0; a.duties.size() < 1000; ++i) {
        Duty d = catalog.at(i % catalog.size());
        d.id = a.takeId();
        d.title += QStringLiteral(" #%1").arg(i);
        a.duties.append(d);
    }
    Agreement withRevisions = a;
    const int msp = a.parties.at(1).id;
    for (int r = 0; r < 50; ++r) {
        for (int k = 0; k < 10; ++k) {
            Duty &d = withRevisions.duties[(r * 37 + k * 101) % 1000];
            d.notes = QStringLiteral("revision %1, change %2").arg(r).arg(k);
            d.setRoles(msp, Raci::parse(k % 2 ? QStringLiteral("C") : QStringLiteral("R")).value());
        }
        REQUIRE(RevisionHistory::sign(withRevisions,
                                      {signer(QStringLiteral("Maria Chen"), a.parties.at(0).id)},
                                      QDate(2026, 1, 1).addDays(r * 7))
                    .ok());
    }
    const QString plain = dir.filePath(QStringLiteral("plain.dutymap"));
    const QString revised = dir.filePath(QStringLiteral("revised.dutymap"));
    saveOrFail(withRevisions, revised);
    Agreement current = withRevisions;
    current.revisions.clear();
    saveOrFail(current, plain);

    const auto openTime = [](const QString &path) {
        qint64 best = std::numeric_limits<qint64>::max();
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer t;
            t.start();
            const Result<Agreement> r = AgreementFile::load(path);
            best = std::min(best, t.nsecsElapsed() / 1000);
            REQUIRE(r.ok());
        }
        return best;
    };
    const qint64 plainUs = openTime(plain);
    const qint64 revisedUs = openTime(revised);
    const qint64 plainSize = QFileInfo(plain).size();
    const qint64 revisedSize = QFileInfo(revised).size();
    WARN("1,000 duties: open " << plainUs << " µs without revisions, " << revisedUs
                               << " µs with 50 (" << double(revisedUs) / plainUs << "×); size "
                               << plainSize << " B vs " << revisedSize << " B ("
                               << double(revisedSize) / plainSize << "×)");
    CHECK(revisedUs < 2 * plainUs);
    CHECK(revisedSize < 5 * plainSize);
}
