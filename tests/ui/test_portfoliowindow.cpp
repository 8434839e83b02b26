// The portfolio window driven with keys: filter, sort, open, export, and
// following the folder. Saves screenshots into $DUTYMAP_SCREENSHOTS when set.
#include "document/document.h"
#include "mainwindow.h"
#include "portfolio/foldersource.h"
#include "portfoliofiltermodel.h"
#include "portfoliomodel.h"
#include "portfoliowindow.h"
#include "revisions/revisionhistory.h"
#include "scriptedprompter.h"
#include "storage/agreementfile.h"
#include "templates/templatelibrary.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QDate Today(2026, 6, 1);

// Fifteen agreements from the four models, as an MSP's share holds them:
// signed and drafts, reviews overdue, due soon and later, some with
// errors, one damaged file and one from another program.
void makePortfolio(const QString &root)
{
    const TemplateLibrary library = TemplateLibrary::load();
    const QStringList models = TemplateLibrary::builtInModelIds();
    const QStringList clients = {
        QStringLiteral("Acme Manufacturing"),   QStringLiteral("Birch Legal LLP"),
        QStringLiteral("Cedar Health Clinics"), QStringLiteral("Delta Freight"),
        QStringLiteral("Evergreen Schools"),    QStringLiteral("Fjord Shipping"),
        QStringLiteral("Granite Bank"),         QStringLiteral("Harbor Hotels"),
        QStringLiteral("Iris Architects"),      QStringLiteral("Juniper Retail"),
        QStringLiteral("Kestrel Energy"),       QStringLiteral("Lumen Media"),
        QStringLiteral("Maple Dental")};
    const QStringList providers = {QStringLiteral("Bright MSP"), QStringLiteral("Northstar IT")};
    for (int i = 0; i < clients.size(); ++i) {
        TemplateLibrary::NewAgreement options{clients.at(i), providers.at(i % 2),
                                              QDate(2025, 1 + i % 12, 1)};
        Agreement a = library.instantiate(models.at(i % models.size()), options).value();
        a.details.nextReview = Today.addDays(
            QList<int>{-40, 12, 90, -5, 200, 25, 150, 60, -120, 300, 8, 45, 180}.at(i));
        if (i == 1 || i == 5 || i == 10) {
            // Findings: duties nobody answers for, one decided by two.
            for (int d = 0; d < 3 && d < a.duties.size(); ++d)
                a.duties[d].roles.clear();
        }
        if (i % 3 == 0) {
            Signatory s;
            s.name = QStringLiteral("Dana Reyes");
            s.partyId = a.parties.constFirst().id;
            s.date = QDate(2025, 2 + i % 10, 15);
            REQUIRE(RevisionHistory::sign(a, {s}, s.date).ok());
        } else if (i % 3 == 1) {
            a.details.status = AgreementDetails::Status::InReview;
        }
        const QString folder = i < 6 ? QStringLiteral("/north/") : QStringLiteral("/south/");
        QDir().mkpath(root + folder);
        REQUIRE(AgreementFile::save(a, root + folder + clients.at(i).section(u' ', 0, 0).toLower()
                                           + QStringLiteral(".dutymap"))
                    .ok());
    }
    QFile damaged(root + QStringLiteral("/south/old-copy.dutymap"));
    REQUIRE(damaged.open(QIODevice::WriteOnly));
    damaged.write(QByteArray("SQLite format 3\0", 16) + QByteArray(1000, '\x7f'));
    damaged.close();
    QFile notes(root + QStringLiteral("/notes.dutymap"));
    REQUIRE(notes.open(QIODevice::WriteOnly));
    notes.write("meeting notes, saved with the wrong extension\n");
}

void screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("DUTYMAP_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    w->grab().save(dir + u'/' + name);
}

int rowOf(PortfolioWindow &w, const QString &client)
{
    for (int r = 0; r < w.shown()->rowCount(); ++r) {
        if (w.shown()->index(r, PortfolioTable::Client).data().toString() == client)
            return r;
    }
    return -1;
}

} // namespace

TEST_CASE("the portfolio window lists, marks, filters and sorts", "[ui][portfolio]")
{
    QTemporaryDir dir;
    makePortfolio(dir.path());
    ScriptedPrompter prompter;
    PortfolioWindow w(std::make_unique<FolderSource>(dir.path()), &prompter, nullptr, Today);
    w.resize(1500, 560);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    CHECK(w.shown()->rowCount() == 15);
    CHECK(prompter.errors.isEmpty());

    // Overdue in red and in words; due soon marked.
    const int acme = rowOf(w, QStringLiteral("Acme Manufacturing"));
    REQUIRE(acme >= 0);
    const QModelIndex review = w.shown()->index(acme, PortfolioTable::NextReview);
    CHECK(review.data().toString().endsWith(QStringLiteral("overdue")));
    CHECK(review.data(Qt::ForegroundRole).value<QBrush>().color().red() > 150);
    const QModelIndex soon =
        w.shown()->index(rowOf(w, QStringLiteral("Birch Legal LLP")), PortfolioTable::NextReview);
    CHECK(soon.data().toString().endsWith(QStringLiteral("due soon")));
    CHECK(soon.data(Qt::BackgroundRole).value<QBrush>().style() != Qt::NoBrush);
    CHECK(w.countsLabel()->text().startsWith(QStringLiteral("Agreements: 15 · overdue: 3 ·")));
    screenshot(&w, QStringLiteral("portfolio.png"));

    // Sorting by a column with a click on its header.
    QHeaderView *header = w.view()->horizontalHeader();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(PortfolioTable::NextReview) + 5, 5));
    CHECK(w.shown()->index(0, PortfolioTable::Client).data().toString()
          == QStringLiteral("Iris Architects"));
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(PortfolioTable::NextReview) + 5, 5));
    CHECK(w.shown()->index(0, PortfolioTable::Client).data().toString()
          == QStringLiteral("Juniper Retail"));

    // Filters, typed and ticked as a user would.
    w.errorsCheck()->setFocus();
    QTest::keyClick(w.errorsCheck(), Qt::Key_Space);
    CHECK(w.shown()->rowCount() == 5); // three with findings, two unreadable
    QTest::keyClick(w.errorsCheck(), Qt::Key_Space);
    w.overdueCheck()->click();
    CHECK(w.shown()->rowCount() == 3);
    w.overdueCheck()->click();
    w.statusCombo()->setCurrentIndex(w.statusCombo()->findText(QStringLiteral("Signed")));
    CHECK(w.shown()->rowCount() == 5);
    w.statusCombo()->setCurrentIndex(0);
    w.modelCombo()->setCurrentIndex(w.modelCombo()->findData(QStringLiteral("security-tools")));
    const int ofModel = w.shown()->rowCount();
    CHECK(ofModel > 0);
    CHECK(ofModel < 13);
    w.modelCombo()->setCurrentIndex(0);
    QTest::keyClicks(w.searchEdit(), QStringLiteral("south"));
    CHECK(w.shown()->rowCount() == 8);
    CHECK(w.countsLabel()->text().contains(QStringLiteral("filtered from 15")));
    screenshot(&w, QStringLiteral("portfolio-filtered.png"));
    w.searchEdit()->clear();
    CHECK(w.shown()->rowCount() == 15);

    // Exports of what is shown.
    const QString csv = dir.filePath(QStringLiteral("shown.csv"));
    REQUIRE(w.exportTo(csv, QStringLiteral("csv")).ok());
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(file.readAll()).count(QStringLiteral("\r\n")) == 16);
    const QString pdf = dir.filePath(QStringLiteral("portfolio.pdf"));
    REQUIRE(w.exportTo(pdf, QStringLiteral("pdf")).ok());
    CHECK(QFileInfo(pdf).size() > 1000);
    if (const QString shots = qEnvironmentVariable("DUTYMAP_SCREENSHOTS"); !shots.isEmpty())
        QFile::copy(pdf, shots + QStringLiteral("/portfolio.pdf"));
    const QString xlsx = dir.filePath(QStringLiteral("portfolio.xlsx"));
    REQUIRE(w.exportTo(xlsx, QStringLiteral("xlsx")).ok());
}

TEST_CASE("Enter in the portfolio opens the agreement in a main window", "[ui][portfolio]")
{
    QTemporaryDir dir;
    makePortfolio(dir.path());
    ScriptedPrompter prompter;
    prompter.fileName = dir.path();
    MainWindow main(&prompter);
    main.show();
    PortfolioWindow *w = main.openPortfolio(dir.path());
    REQUIRE(w);
    REQUIRE(QTest::qWaitForWindowExposed(w));
    QSignalSpy opened(w, &PortfolioWindow::openRequested);
    const int row = rowOf(*w, QStringLiteral("Cedar Health Clinics"));
    REQUIRE(row >= 0);
    w->view()->setFocus();
    w->view()->setCurrentIndex(w->shown()->index(row, 0));
    QTest::keyClick(w->view(), Qt::Key_Return);
    REQUIRE(opened.size() == 1);
    CHECK(opened.first().first().toString().endsWith(QStringLiteral("north/cedar.dutymap")));
    REQUIRE(main.document());
    CHECK(main.document()->agreement().details.client == QStringLiteral("Cedar Health Clinics"));

    // An unreadable file says why instead of opening.
    w->view()->setCurrentIndex(w->shown()->index(rowOf(*w, QStringLiteral("notes.dutymap")), 0));
    QTest::keyClick(w->view(), Qt::Key_Return);
    CHECK(opened.size() == 1);
    REQUIRE(prompter.errors.size() == 1);
    CHECK(prompter.errors.constFirst().contains(QStringLiteral("not a Dutymap file")));
    w->close();
}

TEST_CASE("the portfolio window follows the folder", "[ui][portfolio]")
{
    QTemporaryDir dir;
    makePortfolio(dir.path());
    ScriptedPrompter prompter;
    PortfolioWindow w(std::make_unique<FolderSource>(dir.path()), &prompter, nullptr, Today);
    w.show();
    REQUIRE(w.shown()->rowCount() == 15);

    const TemplateLibrary library = TemplateLibrary::load();
    Agreement a = library
                      .instantiate(QStringLiteral("helpdesk-overflow"),
                                   {QStringLiteral("Nimbus Logistics"),
                                    QStringLiteral("Bright MSP"), QDate(2026, 1, 1)})
                      .value();
    REQUIRE(AgreementFile::save(a, dir.filePath(QStringLiteral("south/nimbus.dutymap"))).ok());
    QTRY_COMPARE_WITH_TIMEOUT(w.shown()->rowCount(), 16, 5000);
    CHECK(rowOf(w, QStringLiteral("Nimbus Logistics")) >= 0);

    a.details.client = QStringLiteral("Nimbus Logistics Group");
    QTest::qWait(1100); // a later modification time on coarse file systems
    REQUIRE(AgreementFile::save(a, dir.filePath(QStringLiteral("south/nimbus.dutymap"))).ok());
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(w, QStringLiteral("Nimbus Logistics Group")) >= 0, 5000);
    CHECK(w.shown()->rowCount() == 16);

    REQUIRE(QFile::remove(dir.filePath(QStringLiteral("north/acme.dutymap"))));
    QTRY_COMPARE_WITH_TIMEOUT(w.shown()->rowCount(), 15, 5000);
}

namespace {

// The shared store as the window sees it: agreements by name, who saved
// them and when, one whose row cannot be read, and one that was deleted
// after the list was made.
class FakeStoreSource : public PortfolioSource
{
public:
    QString name() const override { return QStringLiteral("postgresql://alice@db.example/msp"); }
    Result<QList<PortfolioEntry>> list() override
    {
        ++listed;
        if (!listError.isEmpty())
            return Result<QList<PortfolioEntry>>::failure(listError);
        return entries;
    }
    Result<Agreement> open(const QString &location) override
    {
        opened << location;
        const auto it = agreements.constFind(location);
        if (it == agreements.cend())
            return Result<Agreement>::failure(
                QStringLiteral("There is no agreement named “%1” in the store.").arg(location));
        return *it;
    }

    void add(const QString &name, const Agreement &agreement, const QString &by)
    {
        PortfolioEntry e;
        e.location = name;
        e.savedBy = by;
        e.savedAt = QDateTime(QDate(2026, 5, 20), QTime(9, 30));
        e.summary = PortfolioSummary::of(agreement);
        entries.append(e);
        agreements.insert(name, agreement);
    }

    QList<PortfolioEntry> entries;
    QHash<QString, Agreement> agreements;
    QStringList opened;
    QString listError;
    int listed = 0;
};

Agreement agreementFor(const QString &client, int reviewInDays)
{
    Agreement a = TemplateLibrary::load()
                      .instantiate(QStringLiteral("full-hybrid"),
                                   {client, QStringLiteral("Bright MSP"), QDate(2025, 3, 1)})
                      .value();
    // The window counts from the real today.
    a.details.nextReview = QDate::currentDate().addDays(reviewInDays);
    return a;
}

} // namespace

TEST_CASE("a portfolio from the shared store lists names and opens agreements from it",
          "[ui][portfolio]")
{
    auto store = std::make_unique<FakeStoreSource>();
    FakeStoreSource *fake = store.get();
    fake->add(QStringLiteral("acme/2026"), agreementFor(QStringLiteral("Acme Manufacturing"), -12),
              QStringLiteral("alice"));
    Agreement birch = agreementFor(QStringLiteral("Birch Legal LLP"), 20);
    for (int d = 0; d < 3; ++d)
        birch.duties[d].roles.clear();
    fake->add(QStringLiteral("birch"), birch, QStringLiteral("bob"));
    fake->add(QStringLiteral("cedar"), agreementFor(QStringLiteral("Cedar Health Clinics"), 90),
              QStringLiteral("alice"));
    PortfolioEntry broken;
    broken.location = QStringLiteral("delta");
    broken.savedBy = QStringLiteral("mallory");
    broken.error = QStringLiteral("The stored agreement “delta” is not valid: duty 4 names the "
                                  "party 99, which does not exist.");
    fake->entries.append(broken);
    // Listed, then deleted by someone else before it was opened.
    PortfolioEntry gone = fake->entries.constFirst();
    gone.location = QStringLiteral("evergreen");
    gone.summary->client = QStringLiteral("Evergreen Schools");
    fake->entries.append(gone);

    ScriptedPrompter prompter;
    MainWindow main(&prompter);
    main.show();
    PortfolioWindow *w = main.openPortfolioSource(std::move(store));
    REQUIRE(w);
    REQUIRE(QTest::qWaitForWindowExposed(w));
    CHECK(w->windowTitle().contains(QStringLiteral("postgresql://alice@db.example/msp")));
    CHECK(w->shown()->rowCount() == 5);
    w->resize(1500, 400);
    screenshot(w, QStringLiteral("portfolio-database.png"));
    CHECK(w->model()->headerData(PortfolioTable::File, Qt::Horizontal, Qt::DisplayRole).toString()
          == QStringLiteral("Name"));
    const int acme = rowOf(*w, QStringLiteral("Acme Manufacturing"));
    REQUIRE(acme >= 0);
    // A name is shown as it is, never as a path.
    CHECK(w->shown()->index(acme, PortfolioTable::File).data().toString()
          == QStringLiteral("acme/2026"));
    CHECK(w->shown()->index(acme, PortfolioTable::SavedBy).data().toString()
          == QStringLiteral("alice"));
    CHECK(w->shown()
              ->index(acme, PortfolioTable::NextReview)
              .data()
              .toString()
              .endsWith(QStringLiteral("overdue")));
    CHECK(w->shown()
              ->index(rowOf(*w, QStringLiteral("delta")), PortfolioTable::Errors)
              .data()
              .toString()
          == QStringLiteral("unreadable"));
    w->errorsCheck()->click();
    CHECK(w->shown()->rowCount() == 2); // Birch's findings and the unreadable row
    w->errorsCheck()->click();

    // Enter opens the agreement from the store in the empty main window.
    w->view()->setFocus();
    w->view()->setCurrentIndex(w->shown()->index(acme, 0));
    QTest::keyClick(w->view(), Qt::Key_Return);
    CHECK(fake->opened == QStringList{QStringLiteral("acme/2026")});
    REQUIRE(main.document());
    CHECK(main.document()->agreement().details.client == QStringLiteral("Acme Manufacturing"));
    CHECK(main.document()->filePath().isEmpty());
    CHECK(prompter.errors.isEmpty());

    // With that one open, the next opens in a window of its own.
    const auto mainWindows = [] {
        QList<MainWindow *> found;
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *m = qobject_cast<MainWindow *>(widget); m && m->isVisible())
                found.append(m);
        }
        return found;
    };
    const qsizetype before = mainWindows().size();
    w->view()->setCurrentIndex(
        w->shown()->index(rowOf(*w, QStringLiteral("Cedar Health Clinics")), 0));
    QTest::keyClick(w->view(), Qt::Key_Return);
    const QList<MainWindow *> after = mainWindows();
    REQUIRE(after.size() == before + 1);
    MainWindow *second = nullptr;
    for (MainWindow *m : after) {
        if (m != &main && m->document()
            && m->document()->agreement().details.client == QStringLiteral("Cedar Health Clinics"))
            second = m;
    }
    REQUIRE(second);
    CHECK(main.document()->agreement().details.client == QStringLiteral("Acme Manufacturing"));
    second->close();

    // An agreement deleted since the list was made says so, and opens nothing.
    w->view()->setCurrentIndex(
        w->shown()->index(rowOf(*w, QStringLiteral("Evergreen Schools")), 0));
    QTest::keyClick(w->view(), Qt::Key_Return);
    REQUIRE(prompter.errors.size() == 1);
    CHECK(prompter.errors.constFirst().contains(QStringLiteral("no agreement named “evergreen”")));
    CHECK(mainWindows().size() == before);
    // An unreadable row says why without asking the store.
    w->view()->setCurrentIndex(w->shown()->index(rowOf(*w, QStringLiteral("delta")), 0));
    QTest::keyClick(w->view(), Qt::Key_Return);
    REQUIRE(prompter.errors.size() == 2);
    CHECK(prompter.errors.at(1).contains(QStringLiteral("party 99")));
    CHECK(fake->opened.size() == 3);

    // The server gone: Reload says why and shows nothing stale.
    fake->listError = QStringLiteral("Cannot connect to alice@db.example/msp: server closed the "
                                     "connection unexpectedly.");
    CHECK_FALSE(w->reload());
    REQUIRE(prompter.errors.size() == 3);
    CHECK(prompter.errors.at(2).contains(QStringLiteral("server closed")));
    CHECK(w->shown()->rowCount() == 0);
    fake->listError.clear();
    CHECK(w->reload());
    CHECK(w->shown()->rowCount() == 5);
    w->close();
}
