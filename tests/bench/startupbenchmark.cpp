#include "benchcontext.h"
#include "benchmarks.h"
#include "childprocess.h"

namespace {

constexpr double StartupRatio = 1.5;
constexpr int StartupRuns = 20;
constexpr int WarmUpRuns = 2;

} // namespace

QList<BenchRow> startupBenchmark(BenchContext &context)
{
    const BenchOptions &options = context.options();
    BenchRow row;
    row.key = QStringLiteral("startup/cli-templates");
    row.name = QStringLiteral("start-up: dutymap-cli templates");
    row.unit = QStringLiteral("ms");
    row.referenceName = QStringLiteral("bare QCoreApplication printing one line");
    row.goal = BenchRow::Goal::RatioAtMost;
    row.limit = StartupRatio;
    row.runs = options.runs > 0 ? options.runs : StartupRuns;

    // Informational: the part of the gap that linking Qt Gui explains.
    BenchRow gui = row;
    gui.key = QStringLiteral("startup/cli-templates-vs-gui");
    gui.name = QStringLiteral("start-up: dutymap-cli templates, Qt Gui bare");
    gui.referenceName = QStringLiteral("bare QCoreApplication linked with Qt Gui");
    gui.goal = BenchRow::Goal::None;

    // Informational: the first start after templates changed, when the
    // template index must load every template in full (no cache folder).
    BenchRow cold = row;
    cold.key = QStringLiteral("startup/cli-templates-cold");
    cold.name = QStringLiteral("start-up: dutymap-cli templates, no template cache");
    cold.referenceName = QStringLiteral("bare QCoreApplication, both through env");
    cold.goal = BenchRow::Goal::None;

    const QStringList noCache{QStringLiteral("/usr/bin/env"),
                              QStringLiteral("XDG_CACHE_HOME=/nonexistent/dutymap-bench")};
    const QStringList programs[] = {
        {options.cliPath, QStringLiteral("templates")},
        {options.barePath},
        {options.bareGuiPath},
        noCache + QStringList{options.cliPath, QStringLiteral("templates")},
        noCache + QStringList{options.barePath},
    };
    const QString stderrPath = context.scratchPath(QStringLiteral("startup.stderr"));
    BenchContext::progress(QStringLiteral("%1, %2 runs each").arg(row.name).arg(row.runs));
    TimeSamples samples[std::size(programs)];
    // Warm-up runs fill the page cache; then the programs take turns so
    // that drift in the machine's load hits all of them alike.
    for (int i = 0; i < WarmUpRuns + row.runs && row.error.isEmpty(); ++i) {
        for (std::size_t p = 0; p < std::size(programs); ++p) {
            const ChildProcess::Outcome outcome =
                ChildProcess::run(programs[p], {}, {}, stderrPath);
            if (!outcome.ok()) {
                row.error = outcome.error;
                break;
            }
            if (i >= WarmUpRuns)
                samples[p].add(outcome.wallMs, outcome.cpuMs);
        }
    }
    gui.error = row.error;
    cold.error = row.error;
    BenchContext::setTimes(row, samples[0], samples[1]);
    BenchContext::setTimes(gui, samples[0], samples[2]);
    BenchContext::setTimes(cold, samples[3], samples[4]);
    return {row, gui, cold};
}
