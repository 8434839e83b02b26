#include "assessment/assessmentquestions.h"
#include "assessmentpage.h"
#include "document/document.h"
#include "exchange/sampleagreement.h"
#include "mainwindow.h"
#include "scriptedprompter.h"
#include "startview.h"
#include "storage/recoverystore.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Window {
    QTemporaryDir dir;
    ScriptedPrompter prompter;
    MainWindow window{&prompter};
    Window()
    {
        QSettings().clear();
        window.setRecoveryStore(RecoveryStore(dir.filePath(QStringLiteral("recovery"))));
        window.resize(1400, 900);
        window.show();
    }
    AssessmentPage *page() const { return window.assessmentPage(); }
    const Agreement &agreement() const { return window.document()->agreement(); }

    void setNumber(const char *key, int value) const
    {
        auto *spin = qobject_cast<QSpinBox *>(page()->editor(QLatin1String(key)));
        REQUIRE(spin);
        spin->setValue(value);
    }
    // "Yes", "No", "Don't know" or a choice's text, as the user picks it.
    void choose(const char *key, const QString &text) const
    {
        auto *combo = qobject_cast<QComboBox *>(page()->editor(QLatin1String(key)));
        REQUIRE(combo);
        const int index = combo->findText(text);
        REQUIRE(index >= 0);
        combo->setCurrentIndex(index);
    }
    void type(const char *key, const QString &text) const
    {
        auto *line = qobject_cast<QLineEdit *>(page()->editor(QLatin1String(key)));
        REQUIRE(line);
        line->setText(text);
        emit line->editingFinished();
    }
    void shoot(const char *name)
    {
        QApplication::processEvents();
        const QString dir = qEnvironmentVariable("DUTYMAP_SCREENSHOTS");
        const QImage image = window.grab().toImage();
        CHECK_FALSE(image.isNull());
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            CHECK(image.save(QDir(dir).filePath(QLatin1String(name))));
        }
    }
};

} // namespace

TEST_CASE("The start view offers the assessment, which opens on its own tab", "[ui][assessment]")
{
    Window w;
    QPushButton *assess = w.window.startView()->assessButton();
    REQUIRE(assess);
    CHECK(assess->isVisible());
    w.shoot("start-view.png");
    assess->click();
    REQUIRE(w.window.document());
    CHECK(w.window.tabs()->currentWidget() == w.page());
    CHECK(w.page()->recommendationText() == QStringLiteral("Not enough answers yet"));
    CHECK_FALSE(w.page()->startButton()->isEnabled());
    CHECK(w.agreement().details.client == QStringLiteral("Northwind"));
    w.shoot("assessment-empty.png");
}

TEST_CASE("Every question has a labelled, named editor that starts at Don't know",
          "[ui][assessment]")
{
    Window w;
    w.window.newFromAssessment();
    for (const AssessmentQuestion &q : AssessmentQuestions::all()) {
        QWidget *editor = w.page()->editor(QLatin1String(q.key));
        INFO(q.key);
        REQUIRE(editor);
        CHECK(editor->accessibleName() == q.label());
        bool hasBuddy = false;
        for (QLabel *label : w.page()->findChildren<QLabel *>())
            hasBuddy = hasBuddy || label->buddy() == editor;
        CHECK(hasBuddy);
        if (auto *spin = qobject_cast<QSpinBox *>(editor))
            CHECK(spin->text() == QStringLiteral("Don't know"));
        if (auto *combo = qobject_cast<QComboBox *>(editor))
            CHECK(combo->currentText() == QStringLiteral("Don't know"));
    }
    CHECK(w.agreement().assessment.isEmpty());
}

TEST_CASE("Answers go into the agreement with undo and the recommendation follows them",
          "[ui][assessment]")
{
    Window w;
    w.window.newFromAssessment();
    Document *doc = w.window.document();
    const int steps = doc->undoStack()->count();
    w.setNumber("monthlyTickets", 900);
    w.setNumber("users", 400);
    w.setNumber("itStaff", 2);
    CHECK(w.agreement().assessment.number(QStringLiteral("itStaff")) == 2);
    CHECK(w.page()->recommendationText() == QStringLiteral("Not enough answers yet"));
    w.shoot("assessment-half.png");
    w.choose("afterHoursCoverage", QStringLiteral("No"));
    CHECK(w.agreement().assessment.yesNo(QStringLiteral("afterHoursCoverage")) == false);
    CHECK(w.page()->recommendationText() == QStringLiteral("Recommended: Help desk overflow"));
    CHECK(w.page()->startButton()->isEnabled());
    // Consecutive answers are one undo step; undo brings the editors back.
    CHECK(doc->undoStack()->count() == steps + 1);
    doc->undoStack()->undo();
    CHECK(w.agreement().assessment.isEmpty());
    auto *spin = qobject_cast<QSpinBox *>(w.page()->editor(QStringLiteral("itStaff")));
    CHECK(spin->text() == QStringLiteral("Don't know"));
    CHECK(w.page()->recommendationText() == QStringLiteral("Not enough answers yet"));
    doc->undoStack()->redo();
    CHECK(spin->value() == 2);

    // Back to "don't know" removes the answer.
    w.choose("afterHoursCoverage", QStringLiteral("Don't know"));
    CHECK_FALSE(w.agreement().assessment.isAnswered(QStringLiteral("afterHoursCoverage")));
    w.type("complianceNeeds", QStringLiteral("HIPAA,  SOC 2; hipaa"));
    CHECK(w.agreement().assessment.list(QStringLiteral("complianceNeeds"))
          == QStringList({QStringLiteral("HIPAA"), QStringLiteral("SOC 2")}));
}

TEST_CASE("Starting from the recommendation rebuilds the agreement as one undo step",
          "[ui][assessment]")
{
    Window w;
    w.window.newFromAssessment();
    Document *doc = w.window.document();
    CHECK(w.agreement().details.modelId == QStringLiteral("full-hybrid"));
    w.setNumber("monthlyTickets", 900);
    w.setNumber("users", 400);
    w.setNumber("itStaff", 2);
    w.choose("afterHoursCoverage", QStringLiteral("No"));
    w.choose("securityStaff", QStringLiteral("Yes"));
    w.setNumber("projectBacklog", 0);
    w.choose("signSinglePerson", QStringLiteral("Yes"));
    w.type("locationNames", QStringLiteral("Leeds, York"));
    w.choose("m365", QStringLiteral("No Microsoft 365"));
    const Agreement before = w.agreement();
    const int steps = doc->undoStack()->count();
    REQUIRE(w.page()->startButton()->isEnabled());
    w.page()->startButton()->click();
    CHECK(w.agreement().details.modelId == QStringLiteral("helpdesk-overflow"));
    CHECK(w.agreement().details.client == QStringLiteral("Northwind"));
    CHECK(w.agreement().details.locations
          == QStringList({QStringLiteral("Leeds"), QStringLiteral("York")}));
    CHECK(w.agreement().assessment == before.assessment);
    CHECK(doc->undoStack()->count() == steps + 1);
    CHECK(w.page()->changesText().contains(QStringLiteral("Sites: Leeds, York.")));
    CHECK(w.page()->changesText().contains(QStringLiteral("Removed the Microsoft 365 area")));
    w.shoot("assessment-complete.png");
    doc->undoStack()->undo();
    CHECK(w.agreement() == before);

    // Tailoring the agreement as it is; a second time there is nothing to do.
    w.page()->tailorButton()->click();
    CHECK(w.agreement().details.modelId == QStringLiteral("full-hybrid"));
    CHECK(w.agreement().details.locations
          == QStringList({QStringLiteral("Leeds"), QStringLiteral("York")}));
    CHECK(doc->undoStack()->count() == steps + 1);
    w.page()->tailorButton()->click();
    CHECK(w.page()->changesText().contains(QStringLiteral("Nothing to adjust")));
    CHECK(doc->undoStack()->count() == steps + 1);
}

TEST_CASE("The sample's assessment recommends its own model", "[ui][assessment][screenshot]")
{
    Window w;
    const Result<Agreement> sample = SampleAgreement::load();
    REQUIRE(sample.ok());
    w.window.showAgreement(sample.value());
    w.window.resize(1280, 800);
    w.window.tabs()->setCurrentWidget(w.page());
    CHECK(w.page()->recommendationText()
          == QStringLiteral("Recommended: Full hybrid IT management"));
    w.shoot("assessment-sample.png");
}
