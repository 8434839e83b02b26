#include "benchcontext.h"
#include "benchmarks.h"
#include "childprocess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

// `dutymap-cli export` to PDF and XLSX as whole processes, against
// LibreOffice converting the same matrix, as CSV, to PDF in the same run
// (soffice --headless --convert-to pdf; tests/bench/run installs
// libreoffice-calc-nogui when it is missing). Targets, from issue 5: the
// 300-duty PDF at least 10x faster than LibreOffice, the 10,000-duty PDF
// at least 2x faster with a peak memory under 150 MiB.
//
// Beside them, the cost of tagging (the structure for screen readers):
// dutymap-bench-pdf writes the same agreement tagged and untagged, turn
// about, in the same run. Targets: time within 10 % (the noise of a shared
// machine), size within 35 %.

namespace {

constexpr double SmallPdfRatio = 0.1;
constexpr double MediumPdfRatio = 0.5;
constexpr double MemoryLimitMiB = 150;
constexpr double TaggingTimeRatio = 1.10;
constexpr double TaggingSizeRatio = 1.35;

int pageCount(const QString &pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), {pdf});
    if (!process.waitForFinished(60000))
        return 0;
    const QRegularExpression re(QStringLiteral("^Pages:\\s*(\\d+)"),
                                QRegularExpression::MultilineOption);
    return re.match(QString::fromUtf8(process.readAllStandardOutput())).captured(1).toInt();
}

} // namespace

QList<BenchRow> exportBenchmark(BenchContext &context)
{
    const BenchOptions &options = context.options();
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    // LibreOffice's own profile, so a desktop session's does not interfere.
    const QString profile =
        QStringLiteral("-env:UserInstallation=file://%1")
            .arg(QDir(context.scratchPath(QStringLiteral("lo-profile"))).absolutePath());
    const QString loDir = context.scratchPath(QStringLiteral("lo-out"));
    QDir().mkpath(loDir);
    const QString stderrPath = context.scratchPath(QStringLiteral("export.stderr"));

    QList<BenchRow> rows;
    for (const int duties : {BenchContext::SmallSize, BenchContext::MediumSize}) {
        const QString size = BenchContext::sizeName(duties);
        BenchRow pdf;
        pdf.key = QStringLiteral("export/pdf/%1").arg(duties);
        pdf.unit = QStringLiteral("ms");
        pdf.referenceName =
            QStringLiteral("soffice --headless --convert-to pdf, same matrix as CSV");
        pdf.goal = BenchRow::Goal::RatioAtMost;
        pdf.limit = duties == BenchContext::SmallSize ? SmallPdfRatio : MediumPdfRatio;
        pdf.runs = context.runs(duties, duties == BenchContext::SmallSize ? 5 : 3);
        BenchRow xlsx = pdf;
        xlsx.key = QStringLiteral("export/xlsx/%1").arg(duties);
        xlsx.name = QStringLiteral("export XLSX, %1").arg(size);
        xlsx.goal = BenchRow::Goal::None;
        BenchRow memory;
        memory.key = QStringLiteral("export/pdf-memory/%1").arg(duties);
        memory.name = QStringLiteral("peak memory, export PDF %1").arg(size);
        memory.unit = QStringLiteral("MiB");
        memory.goal =
            duties == BenchContext::MediumSize ? BenchRow::Goal::Below : BenchRow::Goal::None;
        memory.limit = MemoryLimitMiB;
        memory.runs = 1;
        BenchRow tagging = pdf;
        tagging.key = QStringLiteral("export/pdf-tagging/%1").arg(duties);
        tagging.name = QStringLiteral("export PDF tagged, %1").arg(size);
        tagging.referenceName = QStringLiteral("the same PDF untagged");
        tagging.limit = TaggingTimeRatio;
        BenchRow taggingSize = tagging;
        taggingSize.key = QStringLiteral("export/pdf-tagging-size/%1").arg(duties);
        taggingSize.name = QStringLiteral("size of the tagged PDF, %1").arg(size);
        taggingSize.unit = QStringLiteral("KiB");
        taggingSize.limit = TaggingSizeRatio;
        taggingSize.runs = 1;

        const Result<QString> file = context.agreementFile(duties);
        const QString csv = context.scratchPath(QStringLiteral("agreement-%1.csv").arg(duties));
        QString error = file ? QString() : file.error();
        if (error.isEmpty() && soffice.isEmpty())
            error = QStringLiteral("soffice not found: install libreoffice-calc-nogui");
        if (!error.isEmpty()) {
            pdf.name = QStringLiteral("export PDF, %1").arg(size);
            rows << BenchRow::failed(pdf.key, pdf.name, error)
                 << BenchRow::failed(xlsx.key, xlsx.name, error)
                 << BenchRow::failed(memory.key, memory.name, error)
                 << BenchRow::failed(tagging.key, tagging.name, error)
                 << BenchRow::failed(taggingSize.key, taggingSize.name, error);
            continue;
        }
        const QString ourPdf = context.scratchPath(QStringLiteral("export-%1.pdf").arg(duties));
        const QString ourXlsx = context.scratchPath(QStringLiteral("export-%1.xlsx").arg(duties));
        const QString tagged = context.scratchPath(QStringLiteral("tagged-%1.pdf").arg(duties));
        const QString untagged = context.scratchPath(QStringLiteral("untagged-%1.pdf").arg(duties));
        const QStringList programs[] = {
            {options.cliPath, QStringLiteral("export"), *file, QStringLiteral("-o"), ourPdf},
            {options.cliPath, QStringLiteral("export"), *file, QStringLiteral("-o"), ourXlsx},
            {soffice, profile, QStringLiteral("--headless"), QStringLiteral("--convert-to"),
             QStringLiteral("pdf"), QStringLiteral("--outdir"), loDir, csv},
            {options.pdfPath, *file, tagged},
            {options.pdfPath, QStringLiteral("--untagged"), *file, untagged},
        };
        BenchContext::progress(QStringLiteral("export %1 to PDF and XLSX, and LibreOffice, %2 runs")
                                   .arg(size)
                                   .arg(pdf.runs));
        TimeSamples samples[std::size(programs)];
        // One warm-up round: page cache, and LibreOffice's first start
        // creating its profile.
        for (int i = 0; i < 1 + pdf.runs && error.isEmpty(); ++i) {
            for (std::size_t p = 0; p < std::size(programs); ++p) {
                const ChildProcess::Outcome outcome =
                    ChildProcess::run(programs[p], {}, {}, stderrPath);
                if (!outcome.ok()) {
                    error = outcome.error;
                    break;
                }
                if (i > 0)
                    samples[p].add(outcome.wallMs, outcome.cpuMs);
            }
        }
        const ChildProcess::Outcome peak =
            error.isEmpty()
                ? ChildProcess::runForMemory(options.rssPath,
                                             context.scratchPath(QStringLiteral("export.report")),
                                             programs[0], stderrPath)
                : ChildProcess::Outcome{};
        if (error.isEmpty() && !peak.ok())
            error = peak.error;
        const int ourPages = pageCount(ourPdf);
        const int loPages =
            pageCount(QDir(loDir).filePath(QStringLiteral("agreement-%1.pdf").arg(duties)));
        pdf.name = QStringLiteral("export PDF, %1 (%2 pages; LibreOffice %3 pages)")
                       .arg(size)
                       .arg(ourPages)
                       .arg(loPages);
        pdf.error = xlsx.error = memory.error = error;
        BenchContext::setTimes(pdf, samples[0], samples[2]);
        BenchContext::setTimes(xlsx, samples[1], samples[2]);
        memory.ours = peak.maxRssMiB;
        BenchContext::setTimes(tagging, samples[3], samples[4]);
        tagging.error = taggingSize.error = error;
        taggingSize.ours = double(QFileInfo(tagged).size()) / 1024;
        taggingSize.reference = double(QFileInfo(untagged).size()) / 1024;
        rows << pdf << xlsx << memory << tagging << taggingSize;
    }
    return rows;
}
