// The Review tab and the business-hours editor, driven as a user would: a
// generated quarter of tickets is imported through the tab, its figures and
// drill-downs are checked against what the generator wrote, and screenshots
// go to $DUTYMAP_SCREENSHOTS when it is set.
#include "businesshoursedit.h"
#include "detailspage.h"
#include "document/document.h"
#include "exchange/sampleagreement.h"
#include "mainwindow.h"
#include "review/savedreview.h"
#include "review/ticketmapping.h"
#include "reviewmappingdialog.h"
#include "reviewpage.h"
#include "reviewtask.h"
#include "reviewticketlist.h"
#include "routingpage.h"
#include "rulesmodel.h"
#include "scriptedprompter.h"
#include "sheetfixtures.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QToolButton>

#include <map>
#include <set>

namespace {

// A quarter of help desk tickets as Freshservice exports them, with what
// the figures must show. Times are local to Europe/Berlin.
struct Quarter {
    QByteArray csv;
    int good = 0;
    int bad = 0;
    std::map<QString, std::set<QString>> idsByCategory;
    std::set<QString>
        endpointByInternal; // Endpoint tickets internal IT took (the rule names the MSP)
    int afterHours = 0;

    explicit Quarter(int tickets)
    {
        const QStringList categories{
            QStringLiteral("Password reset"), QStringLiteral("Endpoint"),
            QStringLiteral("Microsoft 365"),  QStringLiteral("Business application"),
            QStringLiteral("Network"),        QStringLiteral("Printing"),
            QStringLiteral("Backup alert"),   QStringLiteral("On-site")};
        const QStringList subjects{QStringLiteral("Password expired"),
                                   QStringLiteral("Laptop will not start"),
                                   QStringLiteral("Outlook keeps asking for password"),
                                   QStringLiteral("ERP client error"),
                                   QStringLiteral("VPN drops"),
                                   QStringLiteral("Printer jammed"),
                                   QStringLiteral("Backup job failed"),
                                   QStringLiteral("New starter desk set-up")};
        const QStringList urgencies{QStringLiteral("Low"), QStringLiteral("Medium"),
                                    QStringLiteral("High"), QStringLiteral("Urgent")};
        csv = "Ticket Id,Subject,Created Time,Initial Response Time,Resolved Time,Group,Agent,"
              "Category,Urgency,Requester Location,Requester VIP\n";
        quint32 seed = 12345;
        const auto next = [&seed](int n) {
            seed = seed * 1103515245u + 12345u;
            return int((seed >> 16) % quint32(n));
        };
        const QDateTime start(QDate(2024, 7, 1), QTime(0, 0));
        for (int i = 0; i < tickets; ++i) {
            const int c = next(100) < 30 ? 1 : next(int(categories.size()));
            const QString category = categories.at(c);
            QDateTime created = start.addDays(next(92));
            // Few tickets at weekends, as at most offices.
            if (created.date().dayOfWeek() > 5 && next(100) < 80)
                created = created.addDays(8 - created.date().dayOfWeek());
            if (created.date() > QDate(2024, 9, 30))
                created = created.addDays(-7);
            // Most in the working day, some in the evening and at weekends.
            const bool evening = next(100) < 12;
            created = created.addSecs(evening ? (19 * 3600 + next(4 * 3600))
                                              : (8 * 3600 + next(9 * 3600 + 1800)));
            const bool after = evening || created.date().dayOfWeek() > 5;
            const int urgency = next(100) < 10 ? 3 : next(3);
            const int response = 5 + next(urgency == 3 ? 40 : 300);
            const int resolution = response + 30 + next(3000);
            QString group = QStringLiteral("MSP");
            if (category == u"Business application" || category == u"On-site")
                group = QStringLiteral("Internal IT");
            const bool strayed = category == u"Endpoint" && next(100) < 30;
            if (strayed)
                group = QStringLiteral("IT");
            const QString id = QStringLiteral("SR-%1").arg(1000 + i);
            const auto time = [](const QDateTime &t) {
                return t.toString(u"yyyy-MM-dd HH:mm:ss").toUtf8();
            };
            csv += id.toUtf8() + ',' + subjects.at(c).toUtf8() + ',' + time(created) + ','
                   + time(created.addSecs(response * 60)) + ','
                   + time(created.addSecs(resolution * 60)) + ',' + group.toUtf8() + ",Agent "
                   + QByteArray::number(next(6)) + ',' + category.toUtf8() + ','
                   + urgencies.at(urgency).toUtf8() + ','
                   + (next(4) == 0 ? "Branch office" : "Head office") + ','
                   + (next(40) == 0 && category != u"Endpoint" ? "Yes" : "No") + '\n';
            ++good;
            idsByCategory[category].insert(id);
            if (strayed)
                endpointByInternal.insert(id);
            afterHours += after;
        }
        // Rows that cannot be read.
        csv += "SR-9001,Broken,2024-07-40 10:00:00,,,MSP,,Endpoint,Low,Head office,No\n"
               ",No id,2024-07-02 10:00:00,,,MSP,,Endpoint,Low,Head office,No\n"
               "SR-9003,Backwards,2024-07-03 10:00:00,,2024-07-02 10:00:00,MSP,,Endpoint,Low,"
               "Head office,No\n";
        bad = 3;
    }
};

Agreement berlinSample()
{
    const Result<Agreement> sample = SampleAgreement::load();
    REQUIRE(sample.ok());
    Agreement a = sample.value();
    BusinessHours hours;
    hours.timeZone = "Europe/Berlin";
    hours.holidays = {QDate(2024, 8, 15)};
    a.details.businessHours = hours;
    return a;
}

struct Window {
    QTemporaryDir dir;
    ScriptedPrompter prompter;
    MainWindow window{&prompter};
    Window()
    {
        QSettings().clear();
        window.setRecoveryStore(RecoveryStore(dir.filePath(QStringLiteral("recovery"))));
        window.resize(1500, 950);
        window.show();
        window.showAgreement(berlinSample());
    }
    ReviewPage *review() { return window.reviewPage(); }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }
    // Imports through the tab's button and waits for the worker.
    void import(const QString &path)
    {
        window.tabs()->setCurrentWidget(review());
        prompter.fileName = path;
        QSignalSpy shown(review(), &ReviewPage::reviewShown);
        QTest::mouseClick(review()->importButton(), Qt::LeftButton);
        CHECK(review()->progressBar()->isVisible());
        REQUIRE(shown.wait(20000));
    }
};

void shoot(QWidget &widget, const QString &name)
{
    QApplication::processEvents();
    const QImage image = widget.grab().toImage();
    CHECK_FALSE(image.isNull());
    const QString dir = qEnvironmentVariable("DUTYMAP_SCREENSHOTS");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        CHECK(image.save(QDir(dir).filePath(name)));
    }
}

int rowOf(QTableWidget *table, const QString &label)
{
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0) && table->item(r, 0)->text() == label)
            return r;
    }
    return -1;
}

std::set<QString> idsOf(const ReviewTicketList *list)
{
    const QStringList ids = list->ticketIds();
    return {ids.cbegin(), ids.cend()};
}

} // namespace

TEST_CASE("Business hours are edited on the Details page, each change one undo step",
          "[ui][review][hours]")
{
    Window w;
    w.window.tabs()->setCurrentIndex(1);
    BusinessHoursEdit *edit = w.window.detailsPage()->businessHoursEdit();
    Document *doc = w.window.document();
    QUndoStack *stack = doc->undoStack();
    const int before = stack->count();
    REQUIRE(edit->isVisible());
    CHECK(edit->timeZoneBox()->currentText() == QStringLiteral("Europe/Berlin"));

    // The zone is found by typing part of its name.
    edit->timeZoneBox()->setFocus();
    edit->timeZoneBox()->lineEdit()->selectAll();
    QTest::keyClicks(edit->timeZoneBox()->lineEdit(), QStringLiteral("America/New_York"));
    QTest::keyClick(edit->timeZoneBox()->lineEdit(), Qt::Key_Return);
    CHECK(doc->agreement().details.hours().timeZone == "America/New_York");
    // A zone that does not exist is not taken.
    edit->timeZoneBox()->lineEdit()->selectAll();
    QTest::keyClicks(edit->timeZoneBox()->lineEdit(), QStringLiteral("Mars/Olympus"));
    QTest::keyClick(edit->timeZoneBox()->lineEdit(), Qt::Key_Return);
    CHECK(doc->agreement().details.hours().timeZone == "America/New_York");
    CHECK(edit->timeZoneBox()->currentText() == QStringLiteral("America/New_York"));

    QTest::mouseClick(edit->dayBox(Qt::Saturday), Qt::LeftButton);
    CHECK(doc->agreement().details.hours().workingDays == QList<int>{1, 2, 3, 4, 5, 6});

    // Typing a time is one step, however many keys.
    edit->opensEdit()->setFocus();
    edit->opensEdit()->setTime(QTime(7, 0));
    edit->opensEdit()->setTime(QTime(7, 30));
    CHECK(doc->agreement().details.hours().opens == QTime(7, 30));
    // Closing before opening is refused with a word, not stored.
    edit->closesEdit()->setTime(QTime(6, 0));
    CHECK(doc->agreement().details.hours().closes == QTime(18, 0));
    CHECK(edit->findChild<QLabel *>(QStringLiteral("timesProblem"))->isVisible());
    edit->closesEdit()->setTime(QTime(17, 0));
    CHECK(doc->agreement().details.hours().closes == QTime(17, 0));

    // Holidays with the keyboard: Enter in the date adds, Delete removes.
    edit->holidayEdit()->setFocus();
    edit->holidayEdit()->setDate(QDate(2024, 12, 25));
    QTest::keyClick(edit->holidayEdit(), Qt::Key_Return);
    edit->holidayEdit()->setDate(QDate(2024, 12, 26));
    QTest::mouseClick(edit->addHolidayButton(), Qt::LeftButton);
    CHECK(doc->agreement().details.hours().holidays
          == QList<QDate>{QDate(2024, 8, 15), QDate(2024, 12, 25), QDate(2024, 12, 26)});
    REQUIRE(edit->holidayList()->count() == 3);
    edit->holidayList()->setFocus();
    edit->holidayList()->setCurrentRow(1);
    QTest::keyClick(edit->holidayList(), Qt::Key_Delete);
    CHECK(doc->agreement().details.hours().holidays
          == QList<QDate>{QDate(2024, 8, 15), QDate(2024, 12, 26)});
    CHECK(edit->holidayList()->count() == 2);

    // time zone, Saturday, opening (merged), closing, two holidays added, one removed
    CHECK(stack->count() == before + 7);
    CHECK(stack->text(stack->count() - 1).contains(QStringLiteral("2024-12-25")));
    for (int i = 0; i < 7; ++i)
        stack->undo();
    CHECK(doc->agreement().details.hours() == berlinSample().details.hours());
    CHECK(edit->timeZoneBox()->currentText() == QStringLiteral("Europe/Berlin"));
    CHECK_FALSE(edit->dayBox(Qt::Saturday)->isChecked());
    CHECK(edit->holidayList()->count() == 1);
    stack->redo();
    CHECK(doc->agreement().details.hours().timeZone == "America/New_York");

    // Every control is named for a screen reader.
    for (QWidget *control :
         {static_cast<QWidget *>(edit->timeZoneBox()), static_cast<QWidget *>(edit->opensEdit()),
          static_cast<QWidget *>(edit->closesEdit()), static_cast<QWidget *>(edit->holidayList()),
          static_cast<QWidget *>(edit->holidayEdit())})
        CHECK_FALSE(control->accessibleName().isEmpty());
}

TEST_CASE("A quarter of tickets imported through the Review tab", "[ui][review]")
{
    Window w;
    const Quarter quarter(420);
    w.import(w.write(QStringLiteral("freshservice.csv"), quarter.csv));
    ReviewPage *page = w.review();
    INFO(page->messageLabel()->text().toStdString());
    REQUIRE(page->hasReview());
    CHECK_FALSE(page->progressBar()->isVisible());

    // Headline figures.
    CHECK(page->figure(QStringLiteral("tickets"))->text() == QLocale().toString(quarter.good));
    CHECK(page->review().overall.afterHours >= quarter.afterHours);
    CHECK_FALSE(page->figure(QStringLiteral("response"))->text().isEmpty());
    // "Printing" is a category no rule names, but the catch-all takes it.
    CHECK(page->review().uncoveredCategories.isEmpty());

    // The unreadable rows, counted and listed with row and reason.
    CHECK(page->problemToggle()->isVisible());
    CHECK(page->problemToggle()->text().contains(QString::number(quarter.bad)));
    CHECK_FALSE(page->problemTable()->isVisible());
    QTest::mouseClick(page->problemToggle(), Qt::LeftButton);
    CHECK(page->problemTable()->isVisible());
    REQUIRE(page->problemTable()->rowCount() == quarter.bad);
    CHECK(page->problemTable()->item(0, 0)->text() == QString::number(quarter.good + 2));
    CHECK(page->problemTable()->item(0, 2)->text().contains(u"2024-07-40"));
    CHECK(page->problemTable()->item(1, 2)->text().contains(u"no ticket id"));

    // The charts have data: one bar set per party, three months.
    REQUIRE(page->charts().size() == 3);
    for (QChartView *view : page->charts())
        CHECK_FALSE(view->chart()->series().isEmpty());

    // By category: the figure and the tickets behind it agree with the file.
    QTableWidget *byCategory = page->table(QStringLiteral("byCategory"));
    REQUIRE(byCategory);
    for (const auto &[category, ids] : quarter.idsByCategory) {
        const int row = rowOf(byCategory, category);
        INFO(category.toStdString());
        REQUIRE(row >= 0);
        CHECK(byCategory->item(row, 1)->text() == QLocale().toString(int(ids.size())));
    }
    const int endpoint = rowOf(byCategory, QStringLiteral("Endpoint"));
    page->tables()->setCurrentWidget(byCategory);
    byCategory->setFocus();
    byCategory->setCurrentCell(endpoint, 0);
    QTest::keyClick(byCategory, Qt::Key_Return);
    auto *list = page->findChild<ReviewTicketList *>();
    REQUIRE(list);
    CHECK(idsOf(list) == quarter.idsByCategory.at(QStringLiteral("Endpoint")));
    CHECK(list->windowTitle().contains(u"Endpoint"));
    list->close();
    QApplication::processEvents();

    // Misroutes: internal IT took endpoint tickets the rule gives the MSP.
    QTableWidget *misroutes = page->table(QStringLiteral("misroutes"));
    REQUIRE(misroutes);
    std::set<QString> strayed;
    for (int r = 0; r < misroutes->rowCount(); ++r) {
        if (misroutes->item(r, 0)->text() != u"Endpoint")
            continue;
        ReviewTicketList *opened = page->openTickets(misroutes, r);
        REQUIRE(opened);
        CHECK(opened->table()->rowCount() == misroutes->item(r, 5)->text().toInt());
        const std::set<QString> ids = idsOf(opened);
        strayed.insert(ids.cbegin(), ids.cend());
        opened->close();
    }
    CHECK(strayed == quarter.endpointByInternal);

    // Every drill-down of every breakdown counts what its row says.
    for (const QString &name :
         {QStringLiteral("byUrgency"), QStringLiteral("bySite"), QStringLiteral("byParty")}) {
        QTableWidget *table = page->table(name);
        REQUIRE(table);
        int total = 0;
        for (int r = 0; r < table->rowCount(); ++r) {
            ReviewTicketList *opened = page->openTickets(table, r);
            REQUIRE(opened);
            INFO(name.toStdString() << " row " << r);
            CHECK(QLocale().toString(opened->table()->rowCount()) == table->item(r, 1)->text());
            total += opened->table()->rowCount();
            opened->close();
        }
        CHECK(total == quarter.good);
    }

    // Recurring subjects open their tickets too.
    QTableWidget *recurring = page->table(QStringLiteral("recurring"));
    REQUIRE(recurring);
    REQUIRE(recurring->rowCount() > 0);
    ReviewTicketList *subjects = page->openTickets(recurring, 0);
    REQUIRE(subjects);
    CHECK(subjects->table()->rowCount() == recurring->item(0, 1)->text().toInt());
    subjects->close();

    // Quarters, then only August.
    page->periodBox()->setCurrentIndex(1);
    QSignalSpy shown(page, &ReviewPage::reviewShown);
    emit page->periodBox()->activated(1);
    REQUIRE(shown.wait(10000));
    CHECK(page->review().periods.size() == 1);
    CHECK(page->review().periods.at(0).label == QStringLiteral("2024 Q3"));
    page->fromEdit()->setDate(QDate(2024, 8, 1));
    REQUIRE(shown.wait(10000));
    page->toEdit()->setDate(QDate(2024, 8, 31));
    REQUIRE(shown.wait(10000));
    while (page->isBusy())
        REQUIRE(shown.wait(10000));
    CHECK(page->review().first == QDate(2024, 8, 1));
    CHECK(page->review().last == QDate(2024, 8, 31));
    CHECK(page->review().overall.volume < quarter.good);
    CHECK(page->figure(QStringLiteral("tickets"))->text()
          == QLocale().toString(page->review().overall.volume));
}

TEST_CASE("Export Report writes the review in every format it offers", "[ui][review][export]")
{
    Window w;
    ReviewPage *page = w.review();
    w.window.tabs()->setCurrentWidget(page);
    CHECK_FALSE(page->exportButton()->isEnabled()); // nothing to export yet
    const Quarter quarter(300);
    w.import(w.write(QStringLiteral("tickets.csv"), quarter.csv));
    REQUIRE(page->hasReview());
    REQUIRE(page->exportButton()->isEnabled());

    // Through the button: a name without an extension is a PDF.
    w.prompter.fileName = w.dir.filePath(QStringLiteral("quarter"));
    QSignalSpy said(page, &ReviewPage::statusMessage);
    QTest::mouseClick(page->exportButton(), Qt::LeftButton);
    CHECK(w.prompter.errors.isEmpty());
    QFile pdf(w.dir.filePath(QStringLiteral("quarter.pdf")));
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == "%PDF-");
    REQUIRE(said.count() == 1);
    CHECK(said.at(0).at(0).toString().contains(u"quarter.pdf"));

    const std::map<QString, QByteArray> starts{{QStringLiteral("html"), "<!DOCTYPE html>"},
                                               {QStringLiteral("md"), "# Service review: "},
                                               {QStringLiteral("json"), "{"},
                                               {QStringLiteral("csv"), "period,first,last"},
                                               {QStringLiteral("xlsx"), "PK\x03\x04"}};
    for (const auto &[suffix, start] : starts) {
        const QString path = w.dir.filePath(QStringLiteral("review.") + suffix);
        const Status written = page->exportReportTo(path);
        INFO(suffix.toStdString() << ": " << written.error().toStdString());
        REQUIRE(written.ok());
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.read(start.size()) == start);
    }

    // A format the review is not written in, and a folder that is not
    // there: said, and nothing written.
    CHECK(page->exportReportTo(w.dir.filePath(QStringLiteral("review.docx")))
              .error()
              .contains(u".docx"));
    CHECK_FALSE(QFile::exists(w.dir.filePath(QStringLiteral("review.docx"))));
    w.prompter.fileName = w.dir.filePath(QStringLiteral("gone/review.pdf"));
    CHECK_FALSE(page->exportReport());
    REQUIRE(w.prompter.errors.size() == 1);
    CHECK(w.prompter.errors.at(0).contains(u"review.pdf"));
}

TEST_CASE("A finding that names a rule opens it on the Routing tab", "[ui][review]")
{
    Window w;
    const Quarter quarter(300);
    w.import(w.write(QStringLiteral("tickets.csv"), quarter.csv));
    QTableWidget *findings = w.review()->table(QStringLiteral("findings"));
    REQUIRE(findings);
    int row = -1;
    int ruleId = 0;
    for (int r = 0; r < w.review()->review().findings.size(); ++r) {
        if (w.review()->review().findings.at(r).ruleId != 0) {
            row = r;
            ruleId = w.review()->review().findings.at(r).ruleId;
            break;
        }
    }
    REQUIRE(row >= 0);
    w.review()->tables()->setCurrentWidget(findings);
    findings->setFocus();
    findings->setCurrentCell(row, 1);
    QTest::keyClick(findings, Qt::Key_Return);
    CHECK(w.window.tabs()->currentWidget() == w.window.routingPage());
    CHECK(w.window.routingPage()->currentRuleId() == ruleId);
}

TEST_CASE("An import can be cancelled and leaves nothing behind", "[ui][review]")
{
    Window w;
    const Quarter big(60000);
    const QString path = w.write(QStringLiteral("big.csv"), big.csv);
    ReviewPage *page = w.review();
    w.window.tabs()->setCurrentWidget(page);
    QSignalSpy shown(page, &ReviewPage::reviewShown);
    REQUIRE(page->importFile(path));
    CHECK(page->cancelButton()->isVisible());
    QTest::mouseClick(page->cancelButton(), Qt::LeftButton);
    CHECK_FALSE(page->isBusy());
    CHECK_FALSE(page->progressBar()->isVisible());
    CHECK(page->messageLabel()->text().contains(u"cancelled"));
    CHECK(page->importButton()->isEnabled());
    // The cancelled job ends without a word; the tab stays empty.
    CHECK_FALSE(shown.wait(1500));
    CHECK_FALSE(page->hasReview());

    // A new import right after runs to the end.
    const Quarter small(50);
    w.import(w.write(QStringLiteral("small.csv"), small.csv));
    CHECK(page->hasReview());
    CHECK(page->review().overall.volume == small.good);
}

TEST_CASE("A Zendesk workbook is read with its serial dates", "[ui][review]")
{
    Window w;
    // 2024-07-01 09:00, 2024-07-01 21:00 and Saturday 2024-07-06 10:00 in Berlin.
    const QByteArray book = sheetfixtures::xlsx(
        {{QStringLiteral("Tickets"),
          {{QStringLiteral("Id"), QStringLiteral("Subject"), QStringLiteral("Created at"),
            QStringLiteral("Solved at"), QStringLiteral("Group"), QStringLiteral("Priority"),
            QStringLiteral("Ticket type"), QStringLiteral("First reply time in minutes")},
           {QStringLiteral("#n:501"), QStringLiteral("Mailbox full"),
            QStringLiteral("#n:45474.375"), QStringLiteral("#n:45474.5"), QStringLiteral("MSP"),
            QStringLiteral("high"), QStringLiteral("Microsoft 365"), QStringLiteral("#n:20")},
           {QStringLiteral("#n:502"), QStringLiteral("VPN"), QStringLiteral("#n:45474.875"),
            QStringLiteral(""), QStringLiteral("MSP"), QStringLiteral("urgent"),
            QStringLiteral("Network"), QStringLiteral("#n:5")},
           {QStringLiteral("#n:503"), QStringLiteral("Laptop"), QStringLiteral("#n:45479.4166667"),
            QStringLiteral(""), QStringLiteral("IT"), QStringLiteral("low"),
            QStringLiteral("Endpoint"), QStringLiteral("")}},
          {}}});
    w.import(w.write(QStringLiteral("zendesk.xlsx"), book));
    INFO(w.review()->messageLabel()->text().toStdString());
    REQUIRE(w.review()->hasReview());
    const ServiceReview &r = w.review()->review();
    CHECK(r.overall.volume == 3);
    CHECK(r.overall.afterHours == 2);
    CHECK(r.first == QDate(2024, 7, 1));
    CHECK(r.last == QDate(2024, 7, 6));
    CHECK(r.overall.response.measured == 2);
    CHECK(w.review()->messageLabel()->text().contains(u"Zendesk"));
}

TEST_CASE("An export that is not a ticket export says why", "[ui][review]")
{
    Window w;
    w.import(w.write(QStringLiteral("coffee.csv"), "Name,Amount\nCoffee,3\n"));
    CHECK_FALSE(w.review()->hasReview());
    CHECK(w.review()->messageLabel()->isVisible());
    CHECK(w.review()->messageLabel()->text().contains(u"ticket id"));
}

TEST_CASE("Screenshots of the Review tab and the business hours", "[ui][review][screenshot]")
{
    Window w;
    const Quarter quarter(480);
    w.import(w.write(QStringLiteral("freshservice-q3.csv"), quarter.csv));
    REQUIRE(w.review()->hasReview());
    w.review()->tables()->setCurrentWidget(w.review()->table(QStringLiteral("byCategory")));
    shoot(w.window, QStringLiteral("review-tab.png"));
    w.review()->tables()->setCurrentWidget(w.review()->table(QStringLiteral("findings")));
    QTest::mouseClick(w.review()->problemToggle(), Qt::LeftButton);
    shoot(w.window, QStringLiteral("review-tab-findings.png"));
    QTableWidget *misroutes = w.review()->table(QStringLiteral("misroutes"));
    ReviewTicketList *list = w.review()->openTickets(misroutes, 0);
    REQUIRE(list);
    shoot(*list, QStringLiteral("review-tickets.png"));
    list->close();

    w.window.tabs()->setCurrentIndex(1);
    auto *scroll = qobject_cast<QScrollArea *>(w.window.tabs()->currentWidget());
    REQUIRE(scroll);
    scroll->ensureWidgetVisible(w.window.detailsPage()->businessHoursEdit());
    shoot(w.window, QStringLiteral("details-business-hours.png"));
}

TEST_CASE("The mapping dialog maps an export no preset knows", "[ui][review][mapping]")
{
    Window w;
    // German headers, dates that could be either order, priorities and
    // teams of the help desk's own.
    const QByteArray csv = "Nummer;Thema;Eröffnet;Erledigt;Stufe;Team\n"
                           "N-1;Drucker;03.01.2024 08:00;;Sev A;MSP\n"
                           "N-2;Drucker;3/1/2024 09:00;3/1/2024 10:00;Sev A;Nachtdienst\n"
                           "N-3;Konto;4/1/2024 09:00;4/1/2024 09:30;Sev B;Servicedesk Intern\n"
                           "N-4;Konto;5/2/2024 22:00;;Sev C;Nachtdienst\n"
                           "N-5;VPN;6/2/2024 11:00;6/2/2024 12:00;Sev B;IT\n";
    // The first row's dotted date is what a day-first export might hold; the
    // rest cannot tell day from month.
    QByteArray ambiguous = csv;
    ambiguous.replace("03.01.2024 08:00", "3/1/2024 08:00");
    const QString path = w.write(QStringLiteral("eigenes-system.csv"), ambiguous);

    int asked = 0;
    w.prompter.answerDialog = [&asked](QDialog *d) {
        ++asked;
        auto *dialog = qobject_cast<ReviewMappingDialog *>(d);
        REQUIRE(dialog);
        CHECK(dialog->previewTable()->rowCount() == 5);
        CHECK(dialog->previewTable()->columnCount() == 6);
        // Nothing is known yet: the two columns every import needs are asked for.
        CHECK_FALSE(dialog->okButton()->isEnabled());
        CHECK(dialog->problemLabel()->text().contains(u"ticket id"));
        const auto pick = [dialog](TicketField field, const char *column) {
            QComboBox *box = dialog->columnBox(field);
            box->setCurrentIndex(box->findText(QString::fromUtf8(column)));
            REQUIRE(box->currentIndex() > 0);
        };
        pick(TicketField::Id, "Nummer");
        pick(TicketField::Created, "Eröffnet");
        pick(TicketField::Resolved, "Erledigt");
        pick(TicketField::Priority, "Stufe");
        pick(TicketField::Team, "Team");
        pick(TicketField::Subject, "Thema");
        // The dates are asked about, not guessed.
        CHECK(dialog->dateOrderBox()->isVisibleTo(dialog));
        CHECK_FALSE(dialog->okButton()->isEnabled());
        dialog->dayFirstButton()->click();
        CHECK(dialog->okButton()->isEnabled());

        // Priorities the usual words do not cover.
        QTableWidget *urgencies = dialog->urgencyTable();
        REQUIRE(urgencies->rowCount() == 3);
        for (int r = 0; r < urgencies->rowCount(); ++r) {
            auto *box = qobject_cast<QComboBox *>(urgencies->cellWidget(r, 1));
            REQUIRE(box);
            const QString value = urgencies->item(r, 0)->text();
            const EscalationRule::Urgency u = value == u"Sev A" ? EscalationRule::Urgency::Critical
                                              : value == u"Sev B" ? EscalationRule::Urgency::High
                                                                  : EscalationRule::Urgency::Low;
            box->setCurrentIndex(box->findData(int(u)));
        }
        // "MSP" and "IT" are the parties' codes: only the others are asked.
        QTableWidget *handlers = dialog->handlerTable();
        REQUIRE(handlers->rowCount() == 2);
        for (int r = 0; r < handlers->rowCount(); ++r) {
            auto *box = qobject_cast<QComboBox *>(handlers->cellWidget(r, 1));
            REQUIRE(box);
            const bool night = handlers->item(r, 0)->text() == u"Nachtdienst";
            box->setCurrentIndex(box->findText(night ? QStringLiteral("MSP") : QStringLiteral("IT"),
                                               Qt::MatchContains));
            REQUIRE(box->currentIndex() > 0);
        }
        return true;
    };
    w.window.tabs()->setCurrentWidget(w.review());
    w.prompter.fileName = path;
    QSignalSpy shown(w.review(), &ReviewPage::reviewShown);
    QTest::mouseClick(w.review()->importButton(), Qt::LeftButton);
    // The first reading fails (no preset knows the columns), the dialog
    // answers, and the second reading succeeds.
    while (!w.review()->hasReview())
        REQUIRE(shown.wait(10000));
    CHECK(asked == 1);
    const ServiceReview &review = w.review()->review();
    CHECK(review.overall.volume == 5);
    // Day first: 3/1/2024 is the 3rd of January.
    CHECK(review.first == QDate(2024, 1, 3));
    CHECK(review.last == QDate(2024, 2, 6));
    REQUIRE(review.overall.byUrgency.size() == 3);
    CHECK(review.overall.byUrgency.at(0).label
          == EscalationRule::urgencyName(EscalationRule::Urgency::Critical));
    CHECK(review.overall.byUrgency.at(0).volume == 2);
    CHECK(review.unknownHandlers.isEmpty());
    const Agreement &a = w.window.document()->agreement();
    int msp = 0;
    for (const ReviewGroup &g : review.overall.byParty) {
        if (g.partyId == a.findParty(u"MSP")->id)
            msp = g.volume;
    }
    CHECK(msp == 3);
    CHECK(w.review()->mapButton()->isEnabled());

    // The mapping is kept in the agreement, as one undo step.
    Document *doc = w.window.document();
    REQUIRE(doc->agreement().details.ticketMapping);
    const TicketMapping kept = *doc->agreement().details.ticketMapping;
    CHECK(kept.columns.value(TicketField::Id) == u"Nummer");
    CHECK(kept.dateOrder == TicketMapping::DateOrder::DayFirst);
    CHECK(kept.priorities.value(QStringLiteral("sev a")) == EscalationRule::Urgency::Critical);
    CHECK(kept.handlers.value(QStringLiteral("nachtdienst")) == a.findParty(u"MSP")->id);
    CHECK(doc->undoStack()->undoText() == w.review()->tr("Remember ticket columns"));

    // The next export with the same headers is read with it, nothing asked.
    w.import(w.write(QStringLiteral("naechstes-quartal.csv"), ambiguous));
    CHECK(asked == 1);
    CHECK(w.review()->review().overall.volume == 5);
    CHECK(w.review()->review().first == QDate(2024, 1, 3));
    CHECK(w.review()->review().unknownHandlers.isEmpty());
    CHECK(w.review()->messageLabel()->text().contains(u"kept in the agreement"));

    // Undone, the agreement keeps no mapping again.
    doc->undoStack()->undo();
    CHECK_FALSE(doc->agreement().details.ticketMapping);

    // Cancelling the dialog leaves the review as it was.
    w.prompter.answerDialog = [](QDialog *) { return false; };
    CHECK_FALSE(w.review()->mapColumns());
    CHECK(w.review()->review().overall.volume == 5);
}

TEST_CASE("Screenshot of the mapping dialog", "[ui][review][mapping][screenshot]")
{
    Window w;
    const QList<QStringList> rows{
        {QStringLiteral("Nummer"), QStringLiteral("Thema"), QStringLiteral("Eröffnet"),
         QStringLiteral("Erledigt"), QStringLiteral("Stufe"), QStringLiteral("Team"),
         QStringLiteral("Standort")},
        {QStringLiteral("N-1"), QStringLiteral("Drucker druckt nicht"),
         QStringLiteral("3/1/2024 08:00"), QStringLiteral("3/1/2024 09:10"),
         QStringLiteral("Sev A"), QStringLiteral("MSP"), QStringLiteral("Head office")},
        {QStringLiteral("N-2"), QStringLiteral("Passwort abgelaufen"),
         QStringLiteral("3/1/2024 09:00"), QStringLiteral("3/1/2024 10:00"),
         QStringLiteral("Sev B"), QStringLiteral("Nachtdienst"), QStringLiteral("Branch office")},
        {QStringLiteral("N-3"), QStringLiteral("VPN bricht ab"), QStringLiteral("4/1/2024 09:00"),
         QStringLiteral(""), QStringLiteral("Sev C"), QStringLiteral("Servicedesk Intern"),
         QStringLiteral("Head office")}};
    TicketImportOptions options;
    options.columns = {{TicketField::Id, QStringLiteral("Nummer")},
                       {TicketField::Created, QStringLiteral("Eröffnet")},
                       {TicketField::Resolved, QStringLiteral("Erledigt")},
                       {TicketField::Priority, QStringLiteral("Stufe")},
                       {TicketField::Team, QStringLiteral("Team")},
                       {TicketField::Site, QStringLiteral("Standort")},
                       {TicketField::Subject, QStringLiteral("Thema")}};
    ReviewMappingDialog dialog(rows, w.window.document()->agreement(), options, {});
    dialog.show();
    CHECK(dialog.dateOrderBox()->isVisible());
    // Every control has a label or a name.
    for (int f = 0; f < TicketFieldCount; ++f)
        CHECK_FALSE(dialog.columnBox(TicketField(f))->accessibleName().isEmpty());
    shoot(dialog, QStringLiteral("review-mapping-dialog.png"));
}

TEST_CASE("A remembered column mapping is used only for an export with its columns",
          "[ui][review][mapping]")
{
    CHECK(ReviewTask::headersFit({QStringLiteral(" Nummer "), QStringLiteral("ERÖFFNET")},
                                 {{TicketField::Id, QStringLiteral("nummer")},
                                  {TicketField::Created, QStringLiteral("Eröffnet")}}));
    CHECK_FALSE(ReviewTask::headersFit({QStringLiteral("Nummer")},
                                       {{TicketField::Id, QStringLiteral("Nummer")},
                                        {TicketField::Created, QStringLiteral("Eröffnet")}}));
    CHECK_FALSE(ReviewTask::headersFit({QStringLiteral("Nummer")}, {}));

    const Agreement agreement = berlinSample();
    RememberedMapping remembered;
    remembered.import.columns = {{TicketField::Id, QStringLiteral("Nummer")},
                                 {TicketField::Created, QStringLiteral("Eröffnet")},
                                 {TicketField::Team, QStringLiteral("Team")}};
    remembered.import.dateOrder = TimestampFormat::Order::DayFirst;
    remembered.handlers.insert(QStringLiteral("nachtdienst"), agreement.findParty(u"MSP")->id);
    QTemporaryDir dir;
    const auto write = [&dir](const QString &name, const QByteArray &bytes) {
        QFile file(dir.filePath(name));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return file.fileName();
    };
    const auto run = [&](const QString &path) {
        ReviewTask task;
        QSignalSpy finished(&task, &ReviewTask::finished);
        TicketImportOptions import;
        import.hours = agreement.details.hours();
        task.startImport(path, import, agreement, {}, remembered);
        REQUIRE(finished.wait(20000));
        return finished.at(0).at(0).value<ReviewOutcome>();
    };

    // The same columns: read as mapped, 3 March rather than 1 April, and
    // the night shift counted as the provider's.
    const ReviewOutcome mapped =
        run(write(QStringLiteral("same.csv"), "Nummer,Eröffnet,Team\n"
                                              "N-1,3/4/2024 08:00,Nachtdienst\n"
                                              "N-2,13/4/2024 09:00,MSP\n"));
    INFO(mapped.error.toStdString());
    REQUIRE(mapped.usedRemembered);
    CHECK(mapped.review.overall.volume == 2);
    CHECK(mapped.review.first == QDate(2024, 4, 3));
    CHECK(mapped.review.unknownHandlers.isEmpty());
    CHECK(mapped.handlers.value(QStringLiteral("nachtdienst")) == agreement.findParty(u"MSP")->id);

    // Another export: its own columns, the mapping left alone.
    const ReviewOutcome other =
        run(write(QStringLiteral("other.csv"), "Ticket Id,Subject,Created Time,Group\n"
                                               "SR-1,Printer,2024-07-01 10:00:00,MSP\n"));
    INFO(other.error.toStdString());
    CHECK_FALSE(other.usedRemembered);
    CHECK(other.review.overall.volume == 1);
}

TEST_CASE("Save Review keeps the figures in the agreement and shows the trend",
          "[ui][review][saved]")
{
    Window w;
    Document *doc = w.window.document();
    ReviewPage *page = w.review();
    CHECK_FALSE(page->saveButton()->isEnabled());
    const Quarter quarter(300);
    w.import(w.write(QStringLiteral("q3.csv"), quarter.csv));
    REQUIRE(page->hasReview());
    REQUIRE(page->saveButton()->isEnabled());
    CHECK(page->saveButton()->text().contains(u"&"));
    CHECK(page->trendLabel(QStringLiteral("tickets"))->text() == page->tr("No saved review yet"));

    // Cancelled: nothing kept.
    const int steps = doc->undoStack()->count();
    QTest::mouseClick(page->saveButton(), Qt::LeftButton);
    CHECK(doc->agreement().details.savedReviews.isEmpty());
    CHECK(doc->undoStack()->count() == steps);

    w.prompter.texts = {QStringLiteral("Q3 2024")};
    QTest::mouseClick(page->saveButton(), Qt::LeftButton);
    REQUIRE(doc->agreement().details.savedReviews.size() == 1);
    const SavedReview &saved = doc->agreement().details.savedReviews.constFirst();
    CHECK(saved.name == u"Q3 2024");
    CHECK(saved.volume == quarter.good);
    CHECK(saved.first == QDate(2024, 7, 1));
    CHECK(doc->undoStack()->count() == steps + 1);
    REQUIRE(page->savedTable()->rowCount() == 1);
    CHECK(page->savedTable()->item(0, 0)->text() == u"Q3 2024");
    CHECK(page->savedTable()->item(0, 2)->text() == QLocale().toString(quarter.good));
    CHECK(page->table(QStringLiteral("saved")) == page->savedTable());

    // The next quarter: fewer tickets a month than Q3, against Q3.
    const QByteArray october = "Ticket Id,Subject,Created Time,Initial Response Time,Resolved "
                               "Time,Group,Category,Urgency\n"
                               "SR-1,VPN,2024-10-01 09:00:00,2024-10-01 09:10:00,2024-10-01 "
                               "10:00:00,MSP,Network,High\n"
                               "SR-2,Printer,2024-10-02 09:00:00,2024-10-02 09:10:00,2024-10-02 "
                               "10:00:00,MSP,Printing,Low\n";
    w.import(w.write(QStringLiteral("q4.csv"), october));
    REQUIRE(page->review().overall.volume == 2);
    const QString trend = page->trendLabel(QStringLiteral("tickets"))->text();
    CHECK(trend.contains(u"Q3 2024"));
    CHECK(trend.contains(QChar(0x2212)));
    CHECK(page->trendLabel(QStringLiteral("response"))->text().contains(u"Q3 2024"));
    shoot(w.window, QStringLiteral("review-tab-trend.png"));

    // Undone: the list and the trend follow.
    doc->undoStack()->undo();
    CHECK(doc->agreement().details.savedReviews.isEmpty());
    CHECK(page->savedTable()->rowCount() == 0);
    CHECK(page->trendLabel(QStringLiteral("tickets"))->text() == page->tr("No saved review yet"));
    doc->undoStack()->redo();
    CHECK(page->savedTable()->rowCount() == 1);

    // Saved under the same name again: replaced, not doubled.
    w.prompter.texts = {QStringLiteral("q3 2024")};
    QTest::mouseClick(page->saveButton(), Qt::LeftButton);
    CHECK(doc->agreement().details.savedReviews.size() == 1);
    CHECK(doc->undoStack()->undoText().contains(u"Replace"));
}
