// dutymap-bench: runs the benchmarks and prints a table of our figures,
// the references measured in the same run, and the targets.
//
// Exit codes: 0 every target met, 1 a target missed, 2 a benchmark could
// not measure or the arguments were wrong.

#include "benchcontext.h"
#include "benchmarks.h"
#include "benchreport.h"

#include "checks/healthcheck.h"
#include "document/document.h"
#include "storage/agreementfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QSysInfo>
#include <QThread>

#include <cstdio>

namespace {

// The one-minute load average, or -1 where /proc is missing.
double loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    bool ok = false;
    const double load = file.readLine().split(' ').value(0).toDouble(&ok);
    return ok ? load : -1;
}

void print(const QString &text, FILE *stream = stdout)
{
    std::fputs(qUtf8Printable(text), stream);
    std::fflush(stream);
}

// The child process the memory benchmark measures: what the app does when
// a user opens a file, then the check its window shows.
int probe(const QStringList &args)
{
    if (args.size() != 2 || args.at(0) != QLatin1String("open-check")) {
        print(QStringLiteral("usage: dutymap-bench probe open-check FILE\n"), stderr);
        return 2;
    }
    Result<Agreement> loaded = AgreementFile::load(args.at(1));
    if (!loaded) {
        print(loaded.error() + QLatin1Char('\n'), stderr);
        return 2;
    }
    const Document document(std::move(loaded).value());
    const QList<Finding> findings = HealthCheck::run(document.agreement());
    print(QStringLiteral("%1 findings\n").arg(findings.size()));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dutymap-bench"));

    QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() >= 2 && arguments.at(1) == QLatin1String("probe"))
        return probe(arguments.mid(2));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Runs Dutymap's benchmarks. Exit code 0: every target met; 1: a target missed; "
        "2: a benchmark could not measure."));
    parser.addHelpOption();
    const QCommandLineOption quick(QStringLiteral("quick"),
                                   QStringLiteral("Skip the 100,000-duty agreement."));
    const QCommandLineOption only(QStringLiteral("only"),
                                  QStringLiteral("Run only these benchmarks (comma-separated)."),
                                  QStringLiteral("names"));
    const QCommandLineOption list(QStringLiteral("list"), QStringLiteral("List the benchmarks."));
    const QCommandLineOption runs(QStringLiteral("runs"),
                                  QStringLiteral("Samples per timing instead of the defaults."),
                                  QStringLiteral("n"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Write every figure to this JSON file."),
                                  QStringLiteral("file"));
    const QCommandLineOption baseline(
        QStringLiteral("baseline"),
        QStringLiteral("Show the figures of an earlier JSON results file beside ours."),
        QStringLiteral("file"));
    const QCommandLineOption work(
        QStringLiteral("work"),
        QStringLiteral("Folder for generated agreements and scratch "
                       "files (default: bench-data beside this program)."),
        QStringLiteral("dir"));
    const QCommandLineOption sqlite(QStringLiteral("sqlite3"),
                                    QStringLiteral("The sqlite3 shell (default: sqlite3 in PATH)."),
                                    QStringLiteral("path"), QStringLiteral("sqlite3"));
    const QCommandLineOption label(QStringLiteral("label"),
                                   QStringLiteral("A name for this run in the JSON file, such as "
                                                  "the commit."),
                                   QStringLiteral("text"));
    parser.addOptions({quick, only, list, runs, json, baseline, work, sqlite, label});
    parser.process(app);

    QList<Benchmark> benchmarks = allBenchmarks();
    if (parser.isSet(list)) {
        for (const Benchmark &b : benchmarks)
            print(QStringLiteral("%1  %2\n").arg(b.name.leftJustified(8), b.description));
        return 0;
    }
    if (parser.isSet(only)) {
        const QStringList wanted = parser.value(only).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &name : wanted) {
            if (std::none_of(benchmarks.cbegin(), benchmarks.cend(),
                             [&](const Benchmark &b) { return b.name == name.trimmed(); })) {
                print(QStringLiteral("dutymap-bench: no benchmark is called %1 (see --list).\n")
                          .arg(name),
                      stderr);
                return 2;
            }
        }
        benchmarks.removeIf([&](const Benchmark &b) { return !wanted.contains(b.name); });
    }

    BenchOptions options;
    options.quick = parser.isSet(quick);
    options.runs = parser.value(runs).toInt();
    options.workDir =
        parser.isSet(work)
            ? parser.value(work)
            : QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("bench-data"));
    options.cliPath = QStringLiteral(DUTYMAP_BENCH_CLI);
    options.barePath = QStringLiteral(DUTYMAP_BENCH_BARE);
    options.bareGuiPath = QStringLiteral(DUTYMAP_BENCH_BARE_GUI);
    options.editorPath = QStringLiteral(DUTYMAP_BENCH_EDITOR);
    options.pdfPath = QStringLiteral(DUTYMAP_BENCH_PDF);
    options.rssPath = QStringLiteral(DUTYMAP_BENCH_RSS);
    options.selfPath = QCoreApplication::applicationFilePath();
    options.sqlitePath = parser.value(sqlite);
    options.reviewPath = QStringLiteral(DUTYMAP_BENCH_REVIEW);

    BenchReport report;
    if (parser.isSet(baseline)) {
        QString error;
        if (!report.loadBaseline(parser.value(baseline), &error)) {
            print(QStringLiteral("dutymap-bench: %1\n").arg(error), stderr);
            return 2;
        }
    }

    BenchContext context(options);
    const double loadBefore = loadAverage();
    QElapsedTimer total;
    total.start();
    for (const Benchmark &benchmark : benchmarks) {
        print(QStringLiteral("%1: %2\n").arg(benchmark.name, benchmark.description), stderr);
        report.add(benchmark.run(context));
    }

    print(QLatin1String("\n") + report.table());
    const double seconds = double(total.elapsed()) / 1000.0;
    const double loadAfter = loadAverage();
    const int cores = QThread::idealThreadCount();
    print(
        QStringLiteral("%1 s in all%2; load average %3 before, %4 after, on %5 cores\n")
            .arg(seconds, 0, 'f', 1)
            .arg(options.quick ? QStringLiteral(" (quick: no 100,000-duty agreement)") : QString())
            .arg(loadBefore, 0, 'f', 1)
            .arg(loadAfter, 0, 'f', 1)
            .arg(cores));
    // Other programs competing for the processors stretch wall times, ours
    // and the references' alike but not evenly; processor times much less.
    if (std::max(loadBefore, loadAfter) > cores)
        print(QStringLiteral("note: the machine was busy, so wall times are noisy; the cpu "
                             "ratios are steadier.\n"));

    if (parser.isSet(json)) {
        const QJsonObject run{
            {QStringLiteral("label"), parser.value(label)},
            {QStringLiteral("date"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
            {QStringLiteral("quick"), options.quick},
            {QStringLiteral("cores"), cores},
            {QStringLiteral("load_before"), loadBefore},
            {QStringLiteral("load_after"), loadAfter},
            {QStringLiteral("host"), QSysInfo::prettyProductName()},
            {QStringLiteral("kernel"), QSysInfo::kernelVersion()},
            {QStringLiteral("cpu"), QSysInfo::currentCpuArchitecture()},
            {QStringLiteral("seconds"), seconds},
        };
        QString error;
        if (!report.writeJson(parser.value(json), run, &error)) {
            print(QStringLiteral("dutymap-bench: %1\n").arg(error), stderr);
            return 2;
        }
    }
    if (report.anyError())
        return 2;
    return report.allPassed() ? 0 : 1;
}
