#include "benchcontext.h"
#include "benchmarks.h"
#include "childprocess.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
constexpr double OpenLimitMs = 1000;
constexpr double FrameMs = 16;
constexpr double BatchLimitMs = 100;
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
    edit.key = QStringLiteral("editor/edit-latency-10000");
    edit.name = QStringLiteral("key to updated view, 10,000 duties");
    edit.unit = QStringLiteral("ms");
    edit.goal = BenchRow::Goal::Below;
    edit.limit = FrameMs;

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
    edit.ours = r.value(QStringLiteral("editMedianMs")).toDouble();
    edit.runs = r.value(QStringLiteral("edits")).toInt();
    BenchRow p90 = edit;
    p90.key = QStringLiteral("editor/edit-latency-10000-p90");
    p90.name = QStringLiteral("key to updated view, 90th percentile");
    p90.goal = BenchRow::Goal::None;
    p90.ours = r.value(QStringLiteral("editP90Ms")).toDouble();
    QList<BenchRow> rows{open, edit, p90};
    const int batch = r.value(QStringLiteral("batch")).toInt();
    for (const auto &[key, what] : {std::pair{"batchDeleteMs", "delete"},
                                    {"batchUndoMs", "undo the delete of"},
                                    {"batchRedoMs", "redo the delete of"}}) {
        BenchRow row;
        row.key = QStringLiteral("editor/%1-10000").arg(QLatin1String(key));
        row.name = QStringLiteral("%1 %2 of 10,000 duties").arg(QLatin1String(what)).arg(batch);
        row.unit = QStringLiteral("ms");
        row.goal = BenchRow::Goal::Below;
        row.limit = BatchLimitMs;
        row.runs = 1;
        row.ours = r.value(QLatin1String(key)).toDouble();
        rows.append(row);
    }
    return rows;
}
