// The import dialog on a messy workbook: what it detected, the problem
// list, a column's role changed by the user, mappings saved and loaded,
// and nothing imported while a problem is left. Screenshots go to
// $DUTYMAP_SCREENSHOTS when it is set.
#include "exchange/sheet/sheetreader.h"
#include "importdialog.h"
#include "sheetfixtures.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>

namespace {

using Role = SheetLayout::Role;

void shoot(QWidget &widget, const char *name)
{
    QApplication::processEvents();
    const QImage image = widget.grab().toImage();
    CHECK_FALSE(image.isNull());
    const QString dir = qEnvironmentVariable("DUTYMAP_SCREENSHOTS");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        CHECK(image.save(QDir(dir).filePath(QLatin1String(name))));
    }
}

QComboBox *roleBox(ImportDialog &d, int column)
{
    return qobject_cast<QComboBox *>(d.columnTable()->cellWidget(column, 2));
}

} // namespace

TEST_CASE("The import dialog shows the detected layout and the problems of a messy sheet",
          "[ui][import]")
{
    const Result<Workbook> book =
        SheetReader::read(sheetfixtures::messyWorkbook(), QStringLiteral("RACI Northwind.xlsx"));
    REQUIRE(book.ok());
    ImportDialog dialog(book.value(), nullptr);
    dialog.resize(1100, 760);
    dialog.show();

    // The header row below the title and the legend, and each column's role.
    CHECK(dialog.layout().headerRow == 3);
    CHECK(roleBox(dialog, 0)->currentText() == QStringLiteral("Duty"));
    CHECK(roleBox(dialog, 1)->currentText() == QStringLiteral("Party"));
    CHECK(roleBox(dialog, 4)->currentText() == QStringLiteral("Ignore"));
    CHECK(roleBox(dialog, 5)->currentText() == QStringLiteral("Notes"));
    CHECK(dialog.preview()->item(3, 0)->font().bold());

    // The one bad cell is listed by row and column, and blocks the import.
    REQUIRE(dialog.problemList()->count() >= 1);
    CHECK(dialog.problemList()->item(0)->text().toStdString()
          == "Row 9, column C (Contoso MSP): “R?” is not a RACI value (R, A, C, I, a combination "
             "such as A/R or RA, the role's name, or x)");
    CHECK_FALSE(dialog.importButton()->isEnabled());
    CHECK(dialog.summaryLabel()->text().startsWith(QStringLiteral("1 problem")));

    // The user keeps Status as notes: the preview and the layout follow.
    roleBox(dialog, 4)->setCurrentIndex(roleBox(dialog, 4)->findText(QStringLiteral("Notes")));
    CHECK(dialog.layout().columns.at(4).role == Role::Notes);
    CHECK(dialog.preview()->horizontalHeaderItem(4)->text() == QStringLiteral("E · Notes"));
    // Clicking the problem selects its cell in the preview.
    dialog.problemList()->setCurrentRow(0);
    CHECK(dialog.preview()->currentRow() == 8);
    CHECK(dialog.preview()->currentColumn() == 2);
    shoot(dialog, "import-dialog-messy.png");

    // Ignoring the bad party column clears the problem; now it can import.
    dialog.setColumnRole(2, Role::Ignore);
    CHECK(dialog.importButton()->isEnabled());
    CHECK(dialog.summaryLabel()->text()
          == QStringLiteral("Ready: 4 duties in 2 areas for 2 parties."));
    REQUIRE(dialog.outcome().ok());
    CHECK(dialog.outcome().agreement->duties.at(0).notes
          == QStringLiteral("Status: Done\nComments: Self-service portal first"));

    // The mapping saved and loaded again gives the same layout.
    QTemporaryDir dir;
    const QString map = dir.filePath(QStringLiteral("m.json"));
    REQUIRE(dialog.saveMapping(map).ok());
    const SheetLayout saved = dialog.layout();
    dialog.setColumnRole(5, Role::Ignore);
    CHECK_FALSE(dialog.layout() == saved);
    REQUIRE(dialog.loadMapping(map).ok());
    CHECK(dialog.layout().columns == saved.columns);
    CHECK(dialog.layout().headerRow == saved.headerRow);
}

TEST_CASE("Every control of the import dialog has a label or an accessible name", "[ui][import]")
{
    const Result<Workbook> book =
        SheetReader::read("Duty,IT,MSP\nPatch,R,A\n", QStringLiteral("a.csv"));
    REQUIRE(book.ok());
    ImportDialog dialog(book.value(), nullptr);
    for (QWidget *w : dialog.findChildren<QWidget *>()) {
        if (!qobject_cast<QComboBox *>(w) && !qobject_cast<QTableWidget *>(w)
            && !qobject_cast<QListWidget *>(w))
            continue;
        bool labelled = !w->accessibleName().isEmpty();
        for (const QLabel *l : dialog.findChildren<QLabel *>())
            labelled = labelled || l->buddy() == w;
        INFO(w->metaObject()->className());
        CHECK(labelled);
    }
    CHECK(dialog.importButton()->isEnabled());
    CHECK(dialog.importButton()->isDefault());
}
