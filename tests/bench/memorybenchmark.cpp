#include "benchcontext.h"
#include "benchmarks.h"
#include "childprocess.h"

namespace {

constexpr double MemoryLimitMiB = 100;

// Peak RSS varies by a few pages from run to run; the median of a few
// runs keeps one noisy run out.
double medianRss(const BenchContext &context, const QStringList &argv, int runs, QString *error)
{
    const QString report = context.scratchPath(QStringLiteral("memory.report"));
    const QString stderrPath = context.scratchPath(QStringLiteral("memory.stderr"));
    QList<double> samples;
    for (int i = 0; i < runs; ++i) {
        const ChildProcess::Outcome outcome =
            ChildProcess::runForMemory(context.options().rssPath, report, argv, stderrPath);
        if (!outcome.ok()) {
            *error = outcome.error;
            return 0;
        }
        samples.append(outcome.maxRssMiB);
    }
    return BenchContext::median(samples);
}

} // namespace

QList<BenchRow> memoryBenchmark(BenchContext &context)
{
    QList<BenchRow> rows;
    QString bareError;
    const double bare = medianRss(context, {context.options().barePath}, 3, &bareError);
    for (const int duties : context.sizes()) {
        if (duties < BenchContext::MediumSize)
            continue;
        BenchRow row;
        row.key = QStringLiteral("memory/%1").arg(duties);
        row.name =
            QStringLiteral("peak memory, open + check %1").arg(BenchContext::sizeName(duties));
        row.unit = QStringLiteral("MiB");
        row.referenceName = QStringLiteral("bare QCoreApplication (max RSS)");
        if (duties == BenchContext::MediumSize) {
            row.goal = BenchRow::Goal::Below;
            row.limit = MemoryLimitMiB;
        }
        const Result<QString> file = context.agreementFile(duties);
        if (!file) {
            rows.append(BenchRow::failed(row.key, row.name, file.error()));
            continue;
        }
        // A child process of its own, so the figure is that of opening and
        // checking alone, not of the harness holding every agreement.
        row.runs = duties >= BenchContext::LargeSize ? 1 : 3;
        BenchContext::progress(QStringLiteral("%1, %2 runs").arg(row.name).arg(row.runs));
        row.ours = medianRss(context,
                             {context.options().selfPath, QStringLiteral("probe"),
                              QStringLiteral("open-check"), *file},
                             row.runs, &row.error);
        row.reference = bare;
        if (row.error.isEmpty() && !bareError.isEmpty())
            row.error = bareError;
        rows.append(row);
    }
    return rows;
}
