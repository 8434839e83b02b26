#include "document/document.h"
#include "exchange/sampleagreement.h"
#include "mainwindow.h"
#include "matrixmodel.h"
#include "storage/agreementfile.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>

TEST_CASE("The sample agreement loads and follows the full hybrid model", "[ui]")
{
    const Result<Agreement> sample = SampleAgreement::load();
    REQUIRE(sample.ok());
    CHECK(sample->details.modelId == QStringLiteral("full-hybrid"));
    CHECK(sample->duties.size() > 40);
    CHECK(sample->parties.size() >= 3);
    CHECK_FALSE(sample->details.client.isEmpty());
}

TEST_CASE("The matrix model passes the item model tester through edits", "[ui]")
{
    const Result<Agreement> sample = SampleAgreement::load();
    REQUIRE(sample.ok());
    Document doc(sample.value());
    MatrixModel model(&doc);
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    const Agreement &a = doc.agreement();
    REQUIRE(model.rowCount() == a.duties.size());
    CHECK(model.columnCount() == 2 + a.parties.size() + 1);

    const Duty &first = a.duties.at(0);
    const int party = a.parties.at(0).id;
    doc.setRoles(first.id, party, Raci(Raci::Consulted));
    CHECK(model.data(model.index(0, MatrixModel::FirstPartyColumn)).toString()
          == QStringLiteral("C"));

    Duty added;
    added.areaId = a.areas.at(0).id;
    added.title = QStringLiteral("Review the on-call rota");
    doc.addDuty(added, 0);
    CHECK(model.data(model.index(0, MatrixModel::DutyColumn)).toString()
          == QStringLiteral("Review the on-call rota"));
    CHECK(model.data(model.index(0, model.ownershipColumn())).toString()
          == QStringLiteral("Unassigned"));
    doc.removeParty(party);
    CHECK(model.columnCount() == 2 + doc.agreement().parties.size() + 1);
    while (doc.undoStack()->canUndo())
        doc.undoStack()->undo();
    CHECK(model.rowCount() == doc.agreement().duties.size());
}

TEST_CASE("The window shows an opened file's matrix and its health", "[ui]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.dutymap"));
    const Result<Agreement> sample = SampleAgreement::load();
    REQUIRE(sample.ok());
    REQUIRE(AgreementFile::save(sample.value(), path).ok());

    MainWindow window;
    REQUIRE(window.openFile(path));
    window.show();
    CHECK(window.windowTitle().startsWith(QStringLiteral("sample.dutymap")));
    QAbstractItemModel *model = window.matrixView()->model();
    REQUIRE(model != nullptr);
    CHECK(model->rowCount() == window.document()->agreement().duties.size());
    const QString status = window.statusBar()->findChild<QLabel *>()->text();
    CHECK(status.contains(QStringLiteral("duties")));
    CHECK(status.contains(QStringLiteral("0 error(s)")));

    window.document()->setRoles(window.document()->agreement().duties.at(0).id,
                                window.document()->agreement().parties.at(0).id, Raci());
    CHECK(window.isWindowModified());
}
