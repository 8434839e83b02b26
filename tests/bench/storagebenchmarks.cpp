#include "benchcontext.h"
#include "benchmarks.h"
#include "childprocess.h"

#include "document/document.h"
#include "storage/agreementfile.h"

#include <QFile>

#include <optional>

namespace {

constexpr double OpenRatio = 2.0;
constexpr double SaveRatio = 2.0;

// The rows a matrix view needs, read the way a plain SQLite program would:
// every duty with its area and roles, in display order.
const QString openQuery = QStringLiteral(
    "SELECT d.id, d.title, d.description, d.kind, d.frequency, a.name, r.party_id, r.roles"
    " FROM duty AS d JOIN area AS a ON a.id = d.area_id JOIN raci AS r ON r.duty_id = d.id"
    " ORDER BY d.position, r.party_id;");

BenchRow makeRow(const QString &what, int duties)
{
    BenchRow row;
    row.key = QStringLiteral("%1/%2").arg(what).arg(duties);
    row.name = QStringLiteral("%1 %2").arg(what, BenchContext::sizeName(duties));
    row.unit = QStringLiteral("ms");
    return row;
}

} // namespace

QList<BenchRow> openBenchmark(BenchContext &context)
{
    QList<BenchRow> rows;
    for (const int duties : context.sizes()) {
        BenchRow row = makeRow(QStringLiteral("open"), duties);
        row.referenceName = QStringLiteral("sqlite3 shell: duty ⋈ area ⋈ raci → /dev/null");
        if (duties == BenchContext::MediumSize) {
            row.goal = BenchRow::Goal::RatioAtMost;
            row.limit = OpenRatio;
        }
        const Result<QString> file = context.agreementFile(duties);
        if (!file) {
            rows.append(BenchRow::failed(row.key, row.name, file.error()));
            continue;
        }
        row.runs = context.runs(duties, 5);
        TimeSamples ours, reference;
        for (int i = 0; i < row.runs && row.error.isEmpty(); ++i) {
            BenchContext::progress(
                QStringLiteral("%1, run %2 of %3").arg(row.name).arg(i + 1).arg(row.runs));
            {
                Stopwatch watch;
                watch.start();
                Result<Agreement> loaded = AgreementFile::load(*file);
                if (!loaded) {
                    row.error = loaded.error();
                    break;
                }
                const Document document(std::move(loaded).value());
                ours.add(watch);
                // The document is freed here, outside the measured time.
            }
            const ChildProcess::Outcome sqlite =
                ChildProcess::run({context.options().sqlitePath, QStringLiteral("-readonly"),
                                   QStringLiteral("-batch"), *file, openQuery},
                                  {}, {}, context.scratchPath(QStringLiteral("sqlite3.stderr")));
            if (!sqlite.ok())
                row.error = sqlite.error;
            reference.add(sqlite.wallMs, sqlite.cpuMs);
        }
        BenchContext::setTimes(row, ours, reference);
        rows.append(row);
    }
    return rows;
}

QList<BenchRow> saveBenchmark(BenchContext &context)
{
    QList<BenchRow> rows;
    const QString stderrPath = context.scratchPath(QStringLiteral("sqlite3.stderr"));
    for (const int duties : context.sizes()) {
        BenchRow row = makeRow(QStringLiteral("save"), duties);
        row.referenceName = QStringLiteral("sqlite3 shell: same schema and rows, one transaction");
        row.goal = BenchRow::Goal::RatioAtMost;
        row.limit = SaveRatio;
        const Result<QString> file = context.agreementFile(duties);
        if (!file) {
            rows.append(BenchRow::failed(row.key, row.name, file.error()));
            continue;
        }
        // The reference script is the file's own dump: the CREATE statements
        // of AgreementSchema and one INSERT per row, between BEGIN and COMMIT.
        const QString script = context.scratchPath(QStringLiteral("save-%1.sql").arg(duties));
        const ChildProcess::Outcome dumped =
            ChildProcess::run({context.options().sqlitePath, QStringLiteral("-readonly"), *file,
                               QStringLiteral(".dump")},
                              {}, script, stderrPath);
        if (!dumped.ok()) {
            rows.append(BenchRow::failed(row.key, row.name, dumped.error));
            continue;
        }

        const Agreement &agreement = context.agreement(duties);
        const QString target = context.scratchPath(QStringLiteral("saved-%1.dutymap").arg(duties));
        const QString referenceDb = context.scratchPath(QStringLiteral("saved-%1.db").arg(duties));
        row.runs = context.runs(duties, 5);
        TimeSamples ours, reference;
        for (int i = 0; i < row.runs && row.error.isEmpty(); ++i) {
            BenchContext::progress(
                QStringLiteral("%1, run %2 of %3").arg(row.name).arg(i + 1).arg(row.runs));
            // Both write a new file each time, like a first "Save as".
            QFile::remove(target);
            Stopwatch watch;
            watch.start();
            const Status saved = AgreementFile::save(agreement, target);
            ours.add(watch);
            if (!saved) {
                row.error = saved.error();
                break;
            }
            QFile::remove(referenceDb);
            QFile::remove(referenceDb + QLatin1String("-journal"));
            const ChildProcess::Outcome sqlite =
                ChildProcess::run({context.options().sqlitePath, QStringLiteral("-bail"),
                                   QStringLiteral("-batch"), referenceDb},
                                  script, {}, stderrPath);
            if (!sqlite.ok())
                row.error = sqlite.error;
            reference.add(sqlite.wallMs, sqlite.cpuMs);
        }
        BenchContext::setTimes(row, ours, reference);
        rows.append(row);
    }
    return rows;
}
