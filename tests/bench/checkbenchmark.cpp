#include "benchcontext.h"
#include "benchmarks.h"
#include "childprocess.h"

#include "checks/healthcheck.h"

namespace {

constexpr double CheckLimitMs = 50;

// For scale only: the "exactly one A" rule, written as one SQL query over
// the file, run by the sqlite3 shell (process start included).
const QString oneAccountableQuery =
    QStringLiteral("SELECT d.id FROM duty AS d LEFT JOIN raci AS r ON r.duty_id = d.id"
                   " AND instr(r.roles, 'A') > 0 GROUP BY d.id HAVING count(r.duty_id) <> 1;");

} // namespace

QList<BenchRow> checkBenchmark(BenchContext &context)
{
    QList<BenchRow> rows;
    for (const int duties : context.sizes()) {
        if (duties < BenchContext::MediumSize)
            continue;
        BenchRow row;
        row.key = QStringLiteral("check/%1").arg(duties);
        row.name = QStringLiteral("check %1").arg(BenchContext::sizeName(duties));
        row.unit = QStringLiteral("ms");
        row.referenceName = QStringLiteral("sqlite3 shell: the one-A rule as one query");
        if (duties == BenchContext::MediumSize) {
            row.goal = BenchRow::Goal::Below;
            row.limit = CheckLimitMs;
        }
        const Result<QString> file = context.agreementFile(duties);
        if (!file) {
            rows.append(BenchRow::failed(row.key, row.name, file.error()));
            continue;
        }
        const Agreement &agreement = context.agreement(duties);
        row.runs = context.runs(duties, 11);
        BenchContext::progress(QStringLiteral("%1, %2 runs").arg(row.name).arg(row.runs));
        TimeSamples ours, reference;
        qsizetype findings = 0;
        for (int i = 0; i < row.runs && row.error.isEmpty(); ++i) {
            Stopwatch watch;
            watch.start();
            const QList<Finding> found = HealthCheck::run(agreement);
            ours.add(watch);
            findings = found.size();
            const ChildProcess::Outcome sqlite =
                ChildProcess::run({context.options().sqlitePath, QStringLiteral("-readonly"),
                                   QStringLiteral("-batch"), *file, oneAccountableQuery},
                                  {}, {}, context.scratchPath(QStringLiteral("sqlite3.stderr")));
            if (!sqlite.ok())
                row.error = sqlite.error;
            reference.add(sqlite.wallMs, sqlite.cpuMs);
        }
        // A generated agreement always has a few findings; none means the
        // check did not look at the duties at all.
        if (row.error.isEmpty() && findings == 0)
            row.error = QStringLiteral("the check found nothing in a generated agreement");
        BenchContext::setTimes(row, ours, reference);
        rows.append(row);
    }
    return rows;
}
