#include <catch2/catch.hpp>

#include "exchange/sampleagreement.h"
#include "portfolio/folderfollower.h"
#include "portfolio/foldersource.h"
#include "portfolio/portfoliosheet.h"
#include "revisions/canonicalform.h"
#include "storage/agreementfile.h"
#include "storage/sqliteconnection.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch

namespace {

Agreement sample(const QString &client, const QDate &nextReview)
{
    Agreement a = SampleAgreement::load().value();
    a.details.client = client;
    a.details.nextReview = nextReview;
    return a;
}

void save(const Agreement &a, const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    const Status saved = AgreementFile::save(a, path);
    INFO(saved.error().toStdString());
    REQUIRE(saved.ok());
}

// Runs one statement on a file, as another program would.
void execOn(const QString &path, const QString &sql)
{
    SqliteConnection c(path, QString());
    REQUIRE(c.db().open());
    QSqlQuery q(c.db());
    REQUIRE(q.exec(sql));
}

QString storedSummaryText(const QString &path)
{
    SqliteConnection c(path, QStringLiteral("QSQLITE_OPEN_READONLY"));
    REQUIRE(c.db().open());
    QSqlQuery q(c.db());
    REQUIRE(q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'portfolio_summary'")));
    return q.next() ? q.value(0).toString() : QString();
}

const PortfolioEntry *entryNamed(const QList<PortfolioEntry> &entries, const QString &name)
{
    for (const PortfolioEntry &e : entries) {
        if (QFileInfo(e.location).fileName() == name)
            return &e;
    }
    return nullptr;
}

} // namespace

TEST_CASE("saving stores the portfolio summary, and it changes neither content nor fingerprint",
          "[portfolio]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("acme.dutymap"));
    const Agreement a = sample(QStringLiteral("Acme"), QDate(2026, 5, 1));
    save(a, path);

    const QJsonDocument json = QJsonDocument::fromJson(storedSummaryText(path).toUtf8());
    REQUIRE(json.isObject());
    const Result<PortfolioSummary> stored = PortfolioSummary::fromJson(json.object());
    REQUIRE(stored);
    CHECK(stored.value() == PortfolioSummary::of(a));

    const Agreement loaded = AgreementFile::load(path).value();
    CHECK(CanonicalForm::fingerprint(loaded) == CanonicalForm::fingerprint(a));

    // A summary that lies is derived data: the agreement is what its rows say.
    execOn(path, QStringLiteral("UPDATE meta SET value = '{\"client\": 42}' "
                                "WHERE key = 'portfolio_summary'"));
    const Result<Agreement> again = AgreementFile::load(path);
    REQUIRE(again);
    CHECK(CanonicalForm::fingerprint(again.value()) == CanonicalForm::fingerprint(a));
}

TEST_CASE("a folder lists from the stored summaries, old, corrupt and foreign files included",
          "[portfolio]")
{
    QTemporaryDir dir;
    const QString root = dir.path();
    save(sample(QStringLiteral("Acme"), QDate(2026, 1, 10)),
         root + QStringLiteral("/acme.dutymap"));
    save(sample(QStringLiteral("Birch"), QDate(2026, 9, 1)),
         root + QStringLiteral("/clients/north/birch.dutymap"));

    // Saved before files kept a summary: listed all the same, from a full load.
    const QString old = root + QStringLiteral("/clients/old.dutymap");
    save(sample(QStringLiteral("Cedar"), QDate(2026, 2, 1)), old);
    execOn(old, QStringLiteral("DELETE FROM meta WHERE key = 'portfolio_summary'"));
    REQUIRE(QFile::copy(QStringLiteral(DUTYMAP_TEST_DATA_DIR "/v1/signed.dutymap"),
                        root + QStringLiteral("/clients/version1.dutymap")));

    // A stored summary that says something else wins: proof it is what is read.
    const QString marked = root + QStringLiteral("/marked.dutymap");
    save(sample(QStringLiteral("Dune"), QDate(2026, 4, 1)), marked);
    PortfolioSummary fake = PortfolioSummary::of(sample(QStringLiteral("Dune"), QDate()));
    fake.client = QStringLiteral("Read from the summary");
    execOn(marked, QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'portfolio_summary'")
                       .arg(QString::fromUtf8(
                           QJsonDocument(fake.toJson()).toJson(QJsonDocument::Compact))));

    QFile corrupt(root + QStringLiteral("/clients/broken.dutymap"));
    REQUIRE(corrupt.open(QIODevice::WriteOnly));
    corrupt.write(QByteArray("SQLite format 3\0", 16) + QByteArray(200, 'x'));
    corrupt.close();
    QFile text(root + QStringLiteral("/notes.dutymap"));
    REQUIRE(text.open(QIODevice::WriteOnly));
    text.write("just some notes\n");
    text.close();
    QFile other(root + QStringLiteral("/readme.txt"));
    REQUIRE(other.open(QIODevice::WriteOnly));
    other.write("not listed\n");
    other.close();

    FolderSource source(root);
    const Result<QList<PortfolioEntry>> listed = source.list();
    REQUIRE(listed);
    const QList<PortfolioEntry> &entries = listed.value();
    CHECK(entries.size() == 7);
    CHECK(entryNamed(entries, QStringLiteral("readme.txt")) == nullptr);

    const PortfolioEntry *acme = entryNamed(entries, QStringLiteral("acme.dutymap"));
    REQUIRE(acme);
    REQUIRE(acme->summary);
    CHECK(acme->summary->client == QStringLiteral("Acme"));
    CHECK(acme->error.isEmpty());
    CHECK(acme->savedAt == QFileInfo(acme->location).lastModified());
    CHECK(acme->savedBy == QFileInfo(acme->location).owner());

    const PortfolioEntry *birch = entryNamed(entries, QStringLiteral("birch.dutymap"));
    REQUIRE(birch);
    REQUIRE(birch->summary);
    CHECK(birch->summary->nextReview == QDate(2026, 9, 1));

    const PortfolioEntry *cedar = entryNamed(entries, QStringLiteral("old.dutymap"));
    REQUIRE(cedar);
    REQUIRE(cedar->summary);
    CHECK(cedar->summary->client == QStringLiteral("Cedar"));
    const PortfolioEntry *v1 = entryNamed(entries, QStringLiteral("version1.dutymap"));
    REQUIRE(v1);
    CHECK(v1->summary);

    const PortfolioEntry *dune = entryNamed(entries, QStringLiteral("marked.dutymap"));
    REQUIRE(dune);
    REQUIRE(dune->summary);
    CHECK(dune->summary->client == QStringLiteral("Read from the summary"));

    const PortfolioEntry *broken = entryNamed(entries, QStringLiteral("broken.dutymap"));
    REQUIRE(broken);
    CHECK_FALSE(broken->summary);
    CHECK(broken->error.contains(QStringLiteral("broken.dutymap")));
    const PortfolioEntry *notes = entryNamed(entries, QStringLiteral("notes.dutymap"));
    REQUIRE(notes);
    CHECK_FALSE(notes->summary);
    CHECK(notes->error.contains(QStringLiteral("not a Dutymap file")));

    // Opening reads the whole agreement.
    const Result<Agreement> opened = source.open(acme->location);
    REQUIRE(opened);
    CHECK(opened.value().details.client == QStringLiteral("Acme"));

    CHECK_FALSE(FolderSource(root + QStringLiteral("/missing")).list());
}

TEST_CASE("the portfolio table filters and sorts", "[portfolio]")
{
    const QDate today(2026, 6, 1);
    const auto entry = [](const QString &client, const QString &model,
                          AgreementDetails::Status status, const QDate &review, int errors) {
        PortfolioEntry e;
        e.location = QStringLiteral("/srv/a/%1.dutymap").arg(client.toLower());
        PortfolioSummary s;
        s.client = client;
        s.provider = QStringLiteral("Bright MSP");
        s.modelId = model;
        s.status = status;
        s.nextReview = review;
        s.errors = errors;
        s.duties = 10;
        s.dutiesWithResponsible = 10;
        s.providerResponsible = client.size();
        e.summary = s;
        return e;
    };
    using S = AgreementDetails::Status;
    QList<PortfolioEntry> entries = {
        entry(QStringLiteral("Cedar"), QStringLiteral("helpdesk-overflow"), S::Signed,
              QDate(2026, 5, 1), 0),
        entry(QStringLiteral("Acme"), QStringLiteral("security-tools"), S::Draft,
              QDate(2026, 6, 20), 2),
        entry(QStringLiteral("Birch"), QStringLiteral("security-tools"), S::Signed,
              QDate(2026, 12, 1), 0),
    };
    PortfolioEntry broken;
    broken.location = QStringLiteral("/srv/a/broken.dutymap");
    broken.error = QStringLiteral("“broken.dutymap” is truncated or damaged.");
    entries.append(broken);

    const PortfolioTable table(
        QStringLiteral("/srv/a"),
        {{QStringLiteral("security-tools"), QStringLiteral("Security and tool support")}}, today);
    CHECK(table.review(entries[0]) == PortfolioTable::Review::Overdue);
    CHECK(table.review(entries[1]) == PortfolioTable::Review::DueSoon);
    CHECK(table.review(entries[2]) == PortfolioTable::Review::Later);
    CHECK(table.text(entries[1], PortfolioTable::Model)
          == QStringLiteral("Security and tool support"));
    CHECK(table.text(entries[0], PortfolioTable::Model) == QStringLiteral("helpdesk-overflow"));
    CHECK(table.text(entries[3], PortfolioTable::File) == QStringLiteral("broken.dutymap"));

    const auto clients = [&](const PortfolioFilter &filter) {
        QStringList names;
        for (const PortfolioEntry &e : entries) {
            if (filter.accepts(e, table))
                names.append(table.text(e, PortfolioTable::Client));
        }
        return names.join(u',');
    };
    PortfolioFilter f;
    CHECK(clients(f) == QStringLiteral("Cedar,Acme,Birch,broken.dutymap"));
    f.overdueOnly = true;
    CHECK(clients(f) == QStringLiteral("Cedar"));
    f = {};
    f.withErrorsOnly = true;
    CHECK(clients(f) == QStringLiteral("Acme,broken.dutymap"));
    f = {};
    f.modelId = QStringLiteral("security-tools");
    CHECK(clients(f) == QStringLiteral("Acme,Birch"));
    f.status = S::Signed;
    CHECK(clients(f) == QStringLiteral("Birch"));
    f = {};
    f.text = QStringLiteral("tool support"); // the model's name
    CHECK(clients(f) == QStringLiteral("Acme,Birch"));
    f.text = QStringLiteral("damaged");
    CHECK(clients(f) == QStringLiteral("broken.dutymap"));

    const auto sorted = [&](PortfolioTable::Column c, Qt::SortOrder order) {
        QList<PortfolioEntry> copy = entries;
        table.sort(copy, c, order);
        QStringList names;
        for (const PortfolioEntry &e : copy)
            names.append(table.text(e, PortfolioTable::Client));
        return names.join(u',');
    };
    CHECK(sorted(PortfolioTable::Client, Qt::AscendingOrder)
          == QStringLiteral("Acme,Birch,broken.dutymap,Cedar"));
    // Empty cells stay last either way.
    CHECK(sorted(PortfolioTable::NextReview, Qt::AscendingOrder)
          == QStringLiteral("Cedar,Acme,Birch,broken.dutymap"));
    CHECK(sorted(PortfolioTable::NextReview, Qt::DescendingOrder)
          == QStringLiteral("Birch,Acme,Cedar,broken.dutymap"));
    // Unreadable is worse than any number of errors.
    CHECK(sorted(PortfolioTable::Errors, Qt::DescendingOrder)
          == QStringLiteral("broken.dutymap,Acme,Birch,Cedar"));
    CHECK(sorted(PortfolioTable::ProviderShare, Qt::AscendingOrder)
          == QStringLiteral("Acme,Birch,Cedar,broken.dutymap"));

    const PortfolioSheet sheet = PortfolioSheet::build(entries, table, QStringLiteral("/srv/a"));
    CHECK(sheet.overdue == 1);
    CHECK(sheet.dueSoon == 1);
    CHECK(sheet.withErrors == 2);
    CHECK(sheet.notSigned == 1);
    CHECK(sheet.csv().startsWith("\xEF\xBB\xBF"));
    const QString csv = QString::fromUtf8(sheet.csv());
    CHECK(csv.contains(
        QStringLiteral("Cedar,Bright MSP,helpdesk-overflow,Signed,,,2026-05-01,0,0,50 %")));
    CHECK(csv.contains(QStringLiteral("is truncated or damaged.")));
}

TEST_CASE("following a folder re-reads only what changed", "[portfolio]")
{
    QTemporaryDir dir;
    const QString root = dir.path();
    save(sample(QStringLiteral("Acme"), QDate(2026, 1, 10)),
         root + QStringLiteral("/acme.dutymap"));
    save(sample(QStringLiteral("Birch"), QDate(2026, 1, 10)),
         root + QStringLiteral("/sub/birch.dutymap"));

    FolderSource source(root);
    REQUIRE(source.list());
    std::unique_ptr<PortfolioFollower> follower = source.follow();
    REQUIRE(follower);
    QSignalSpy spy(follower.get(), &PortfolioFollower::changed);

    // A new file in a subfolder, saved the way the window saves.
    save(sample(QStringLiteral("Cedar"), QDate(2026, 3, 1)),
         root + QStringLiteral("/sub/cedar.dutymap"));
    REQUIRE(spy.wait(5000));
    QList<PortfolioEntry> updated = spy.last().at(0).value<QList<PortfolioEntry>>();
    REQUIRE(updated.size() == 1);
    CHECK(updated.constFirst().summary->client == QStringLiteral("Cedar"));
    CHECK(spy.last().at(1).toStringList().isEmpty());

    // A changed file: only it is read again.
    spy.clear();
    QTest::qWait(1100); // a modification time a second on, on coarse file systems
    save(sample(QStringLiteral("Acme Group"), QDate(2026, 1, 10)),
         root + QStringLiteral("/acme.dutymap"));
    REQUIRE(spy.wait(5000));
    updated = spy.last().at(0).value<QList<PortfolioEntry>>();
    REQUIRE(updated.size() == 1);
    CHECK(updated.constFirst().summary->client == QStringLiteral("Acme Group"));

    spy.clear();
    REQUIRE(QFile::remove(root + QStringLiteral("/sub/birch.dutymap")));
    REQUIRE(spy.wait(5000));
    CHECK(spy.last().at(0).value<QList<PortfolioEntry>>().isEmpty());
    CHECK(spy.last().at(1).toStringList()
          == QStringList{QDir(root).absoluteFilePath(QStringLiteral("sub/birch.dutymap"))});
}
