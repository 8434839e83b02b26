#include "benchcontext.h"
#include "benchmarks.h"

#include "exchange/sampleagreement.h"
#include "portfolio/foldersource.h"
#include "storage/agreementfile.h"

#include <QDir>

namespace {

constexpr int FileCount = 2000;
constexpr int ReferenceFiles = 200; // loaded whole, then scaled to FileCount
constexpr double LimitMs = 2000;

// 2,000 agreements of the sample's size in 20 client folders, each with
// another client, review date and status, as an MSP's share would hold.
Result<QString> makeFolder(BenchContext &context)
{
    const QString root = context.scratchPath(QStringLiteral("portfolio"));
    if (QFileInfo::exists(root + QStringLiteral("/ready")))
        return root;
    QDir(root).removeRecursively();
    Result<Agreement> sample = SampleAgreement::load();
    if (!sample)
        return Result<QString>::failure(sample.error());
    for (int i = 0; i < FileCount; ++i) {
        Agreement a = sample.value();
        a.details.client = QStringLiteral("Client %1").arg(i + 1, 4, 10, QLatin1Char('0'));
        a.details.nextReview = QDate(2026, 1, 1).addDays(i % 400);
        a.details.status = AgreementDetails::Status(i % 3);
        const QString folder = QStringLiteral("%1/region-%2").arg(root).arg(i % 20);
        QDir().mkpath(folder);
        const Status saved =
            AgreementFile::save(a, QStringLiteral("%1/client-%2.dutymap").arg(folder).arg(i + 1));
        if (!saved)
            return Result<QString>::failure(saved.error());
    }
    QFile ready(root + QStringLiteral("/ready"));
    if (!ready.open(QIODevice::WriteOnly))
        return Result<QString>::failure(ready.errorString());
    return root;
}

} // namespace

QList<BenchRow> portfolioBenchmark(BenchContext &context)
{
    const QString key = QStringLiteral("portfolio/folder-2000");
    const QString name = QStringLiteral("list a folder of 2,000 agreements");
    BenchContext::progress(QStringLiteral("portfolio: writing 2,000 agreements"));
    const Result<QString> folder = makeFolder(context);
    if (!folder)
        return {BenchRow::failed(key, name, folder.error())};

    TimeSamples ours, reference;
    const int runs = context.runs(0, 5);
    for (int run = 0; run < runs; ++run) {
        BenchContext::progress(
            QStringLiteral("portfolio: listing, run %1 of %2").arg(run + 1).arg(runs));
        FolderSource source(folder.value());
        Stopwatch watch;
        watch.start();
        const Result<QList<PortfolioEntry>> listed = source.list();
        ours.add(watch);
        if (!listed || listed.value().size() != FileCount)
            return {BenchRow::failed(
                key, name,
                listed ? QStringLiteral("listed %1 files, not 2,000").arg(listed.value().size())
                       : listed.error())};
        for (const PortfolioEntry &e : listed.value()) {
            if (!e.summary)
                return {BenchRow::failed(key, name, e.error)};
        }

        // What listing would cost without the stored summary: every file
        // loaded whole and summarised.
        const QStringList files = FolderSource::scan(folder.value()).keys().mid(0, ReferenceFiles);
        Stopwatch full;
        full.start();
        for (const QString &file : files) {
            const Result<Agreement> a = AgreementFile::load(file);
            if (!a)
                return {BenchRow::failed(key, name, a.error())};
            (void)PortfolioSummary::of(a.value());
        }
        const double scale = double(FileCount) / ReferenceFiles;
        reference.add(full.elapsedMs() * scale, full.cpuMs() * scale);
    }

    BenchRow row;
    row.key = key;
    row.name = name;
    row.unit = QStringLiteral("ms");
    row.referenceName = QStringLiteral("loading each file whole (200 timed, scaled)");
    row.goal = BenchRow::Goal::Below;
    row.limit = LimitMs;
    row.runs = runs;
    BenchContext::setTimes(row, ours, reference);
    return {row};
}
