#include "benchcontext.h"
#include "benchmarks.h"
#include "childprocess.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
constexpr double OpenLimitMs = 500;
// The edited cell within half a frame; what follows it (findings, charts)
// within a tenth of a second, as do batch edits.
constexpr double CellLimitMs = 8;
constexpr double FollowLimitMs = 100;
} // namespace

QList<BenchRow> editorBenchmark(BenchContext &context)
{
    BenchRow open;
    open.key = QStringLiteral("editor/open-10000");
    open.name = QStringLiteral("window opens 10,000 duties");
    open.unit = QStringLiteral("ms");
    open.goal = BenchRow::Goal::Below;
    open.limit = OpenLimitMs;
    open.runs = 1;
    BenchRow edit;
    edit.key = QStringLiteral("editor/cell-latency-10000");
    edit.name = QStringLiteral("key to repainted cell, 10,000 duties");
    edit.unit = QStringLiteral("ms");
    edit.goal = BenchRow::Goal::Below;
    edit.limit = CellLimitMs;

    const Result<QString> file = context.agreementFile(BenchContext::MediumSize);
    if (!file.ok())
        return {BenchRow::failed(open.key, open.name, file.error())};
    const QString out = context.scratchPath(QStringLiteral("editor.json"));
    const QString err = context.scratchPath(QStringLiteral("editor.stderr"));
    BenchContext::progress(QStringLiteral("%1 and %2").arg(open.name, edit.name));
    const ChildProcess::Outcome outcome = ChildProcess::run(
        {context.options().editorPath, file.value(), QStringLiteral("60")}, {}, out, err);
    if (!outcome.ok())
        return {BenchRow::failed(open.key, open.name, outcome.error)};
    QFile json(out);
    if (!json.open(QIODevice::ReadOnly))
        return {BenchRow::failed(open.key, open.name, json.errorString())};
    const QJsonObject r = QJsonDocument::fromJson(json.readAll()).object();
    open.ours = r.value(QStringLiteral("openMs")).toDouble();
    BenchRow openSettled = open;
    openSettled.key = QStringLiteral("editor/open-settled-10000");
    openSettled.name = QStringLiteral("window opens, findings and charts up to date");
    openSettled.goal = BenchRow::Goal::None;
    openSettled.ours = r.value(QStringLiteral("openSettledMs")).toDouble();
    edit.ours = r.value(QStringLiteral("cellMedianMs")).toDouble();
    edit.runs = r.value(QStringLiteral("edits")).toInt();
    BenchRow p90 = edit;
    p90.key = QStringLiteral("editor/cell-latency-10000-p90");
    p90.name = QStringLiteral("key to repainted cell, 90th percentile");
    p90.goal = BenchRow::Goal::None;
    p90.ours = r.value(QStringLiteral("cellP90Ms")).toDouble();
    BenchRow settled = edit;
    settled.key = QStringLiteral("editor/settled-latency-10000");
    settled.name = QStringLiteral("key to findings and charts up to date");
    settled.limit = FollowLimitMs;
    settled.ours = r.value(QStringLiteral("settledMedianMs")).toDouble();
    BenchRow settledP90 = settled;
    settledP90.key = QStringLiteral("editor/settled-latency-10000-p90");
    settledP90.name = QStringLiteral("key to findings and charts, 90th percentile");
    settledP90.goal = BenchRow::Goal::None;
    settledP90.ours = r.value(QStringLiteral("settledP90Ms")).toDouble();
    QList<BenchRow> rows{open, openSettled, edit, p90, settled, settledP90};
    const int batch = r.value(QStringLiteral("batch")).toInt();
    for (const auto &[key, what] : {std::pair{"batchDeleteMs", "delete"},
                                    {"batchUndoMs", "undo the delete of"},
                                    {"batchRedoMs", "redo the delete of"}}) {
        BenchRow row;
        row.key = QStringLiteral("editor/%1-10000").arg(QLatin1String(key));
        row.name = QStringLiteral("%1 %2 of 10,000 duties").arg(QLatin1String(what)).arg(batch);
        row.unit = QStringLiteral("ms");
        row.goal = BenchRow::Goal::Below;
        row.limit = FollowLimitMs;
        row.runs = 1;
        row.ours = r.value(QLatin1String(key)).toDouble();
        rows.append(row);
    }
    return rows;
}
