// dutymap-bench-editor FILE: opens FILE in the main window and measures,
// as the user would feel it, the time to open it, the time from a key typed
// in the matrix to its cell being painted, and the time until the findings
// and the charts, which follow the edit, are updated and painted too.
// Prints one JSON object.
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

#include <QEventLoop>

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

// Counts the paints of a widget.
class PaintCounter : public QObject
{
public:
    explicit PaintCounter(QWidget *widget)
        : QObject(widget)
    {
        widget->installEventFilter(this);
    }
    int count = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++count;
        return false;
    }
};

// Paints what is waiting to be painted: repaints arrive as posted events,
// while the checks wait on a timer, so this does not run them.
void paintPending()
{
    QCoreApplication::sendPostedEvents();
}

// Lets the event loop run until the checks, charts and pages have followed
// the last edit, then paints what they changed.
bool settle(Document *document)
{
    QElapsedTimer waited;
    waited.start();
    while (document->hasUnsettledChanges()) {
        if (waited.elapsed() > 5000)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    }
    paintPending();
    return true;
}

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
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

    Document *document = window.document();
    if (!settle(document))
        return 2;
    const double openSettledMs = msSince(open);
    const Agreement &a = document->agreement();
    MatrixView *view = window.matrixView();
    view->setFocus();
    const auto *paints = new PaintCounter(view->viewport());
    QList<double> cellSamples;
    QList<double> settledSamples;
    const int party = a.parties.at(2).id;
    for (int i = 0; i < edits; ++i) {
        // Spread the edits over the document; each key adds or removes a role.
        const int duty = a.duties.at((i * 97) % a.duties.size()).id;
        const QModelIndex cell = window.filterModel()->mapFromSource(
            window.matrixModel()->indexOfDuty(duty, window.matrixModel()->columnOfParty(party)));
        view->setCurrentIndex(cell);
        view->scrollTo(cell);
        QCoreApplication::processEvents();
        if (!settle(document))
            return 2;
        const Raci before = a.duty(duty)->rolesOf(party);
        const int paintsBefore = paints->count;
        QElapsedTimer t;
        t.start();
        QTest::keyClick(view, Qt::Key_C);
        paintPending(); // the edited cell
        cellSamples.append(msSince(t));
        if (a.duty(duty)->rolesOf(party) == before || paints->count == paintsBefore) {
            std::fputs("dutymap-bench-editor: the key did not change and repaint the cell\n",
                       stderr);
            return 2;
        }
        if (!settle(document)) // the findings, charts and pages
            return 2;
        settledSamples.append(msSince(t));
    }
    // A batch: 1,000 of the duties removed at once, then undone and redone;
    // each until the views, findings and charts are up to date.
    QList<int> batch;
    for (qsizetype i = 0; i < a.duties.size() && batch.size() < 1000; i += 10)
        batch.append(a.duties.at(i).id);
    bool settled = true;
    const auto timed = [&](const auto &step) {
        QElapsedTimer t;
        t.start();
        step();
        paintPending();
        settled = settle(document) && settled;
        return msSince(t);
    };
    const qsizetype before = a.duties.size();
    const double deleteMs = timed([&] { document->removeDuties(batch); });
    const qsizetype after = a.duties.size();
    const double undoMs = timed([&] { document->undoStack()->undo(); });
    const bool restored = a.duties.size() == before;
    const double redoMs = timed([&] { document->undoStack()->redo(); });
    if (!settled || after != before - batch.size() || !restored || a.duties.size() != after) {
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
        {QStringLiteral("openSettledMs"), openSettledMs},
        {QStringLiteral("cellMedianMs"), median(cellSamples)},
        {QStringLiteral("cellP90Ms"), percentile90(cellSamples)},
        {QStringLiteral("settledMedianMs"), median(settledSamples)},
        {QStringLiteral("settledP90Ms"), percentile90(settledSamples)},
        {QStringLiteral("edits"), cellSamples.size()},
        {QStringLiteral("findings"), window.findingsPanel()->findings().size()},
    };
    std::fputs(QJsonDocument(result).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
    // Close without questions: the edits are not to be saved.
    document->markSaved();
    return 0;
}
