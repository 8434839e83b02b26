// dutymap-bench-editor FILE: opens FILE in the main window and measures,
// as the user would feel it, the time to open it and the time from a key
// typed in the matrix to the matrix, the findings and the charts being
// updated and painted. Prints one JSON object.
#include "chartspanel.h"
#include "document/document.h"
#include "findingspanel.h"
#include "mainwindow.h"
#include "matrixfiltermodel.h"
#include "matrixmodel.h"
#include "matrixview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>
#include <cstdio>

namespace {
double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}
double percentile90(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(std::min<qsizetype>(v.size() - 1, v.size() * 9 / 10));
}
} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("DutymapBench"));
    if (argc < 2) {
        std::fputs("usage: dutymap-bench-editor FILE.dutymap [EDITS]\n", stderr);
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const int edits = argc > 2 ? std::max(5, QString::fromLocal8Bit(argv[2]).toInt()) : 60;

    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QCoreApplication::processEvents();

    QElapsedTimer open;
    open.start();
    if (!window.openFile(path))
        return 2;
    QCoreApplication::processEvents(); // the first paint
    const double openMs = double(open.nsecsElapsed()) / 1e6;

    const Agreement &a = window.document()->agreement();
    MatrixView *view = window.matrixView();
    view->setFocus();
    QList<double> samples;
    const int party = a.parties.at(2).id;
    for (int i = 0; i < edits; ++i) {
        // Spread the edits over the document; each key adds or removes a role.
        const int duty = a.duties.at((i * 97) % a.duties.size()).id;
        const QModelIndex cell = window.filterModel()->mapFromSource(
            window.matrixModel()->indexOfDuty(duty, window.matrixModel()->columnOfParty(party)));
        view->setCurrentIndex(cell);
        view->scrollTo(cell);
        QCoreApplication::processEvents();
        const Raci before = a.duty(duty)->rolesOf(party);
        QElapsedTimer t;
        t.start();
        QTest::keyClick(view, Qt::Key_C);
        QCoreApplication::processEvents(); // repaint of the cell, findings and charts
        samples.append(double(t.nsecsElapsed()) / 1e6);
        if (a.duty(duty)->rolesOf(party) == before) {
            std::fputs("dutymap-bench-editor: the key did not change the cell\n", stderr);
            return 2;
        }
    }
    // A batch: 1,000 of the duties removed at once, then undone and redone;
    // each until the views, findings and charts are up to date.
    QList<int> batch;
    for (qsizetype i = 0; i < a.duties.size() && batch.size() < 1000; i += 10)
        batch.append(a.duties.at(i).id);
    const auto timed = [](const auto &step) {
        QElapsedTimer t;
        t.start();
        step();
        QCoreApplication::processEvents();
        return double(t.nsecsElapsed()) / 1e6;
    };
    const qsizetype before = a.duties.size();
    const double deleteMs = timed([&] { window.document()->removeDuties(batch); });
    const qsizetype after = a.duties.size();
    const double undoMs = timed([&] { window.document()->undoStack()->undo(); });
    const bool restored = a.duties.size() == before;
    const double redoMs = timed([&] { window.document()->undoStack()->redo(); });
    if (after != before - batch.size() || !restored || a.duties.size() != after) {
        std::fputs("dutymap-bench-editor: the batch did not remove and restore the duties\n",
                   stderr);
        return 2;
    }

    const QJsonObject result{
        {QStringLiteral("batch"), batch.size()},
        {QStringLiteral("batchDeleteMs"), deleteMs},
        {QStringLiteral("batchUndoMs"), undoMs},
        {QStringLiteral("batchRedoMs"), redoMs},
        {QStringLiteral("duties"), a.duties.size()},
        {QStringLiteral("openMs"), openMs},
        {QStringLiteral("editMedianMs"), median(samples)},
        {QStringLiteral("editP90Ms"), percentile90(samples)},
        {QStringLiteral("edits"), samples.size()},
        {QStringLiteral("findings"), window.findingsPanel()->findings().size()},
    };
    std::fputs(QJsonDocument(result).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
    // Close without questions: the edits are not to be saved.
    window.document()->markSaved();
    return 0;
}
