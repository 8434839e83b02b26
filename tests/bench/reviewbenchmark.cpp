#include "benchcontext.h"
#include "benchmarks.h"
#include "childprocess.h"
#include "reviewdata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMap>

namespace {

constexpr int TicketCount = 1'000'000;
constexpr int QuickTicketCount = 100'000;
constexpr double RatioLimit = 0.2; // at least five times faster
constexpr double MemoryLimitMiB = 1024;

// The figures both sides compute, for checking that they agree:
// "category/Endpoint", "party/2" → tickets; "urgency/3" → "with,within".
using Figures = QMap<QString, QString>;

Figures ourFigures(const QJsonObject &out)
{
    Figures f;
    const QJsonObject categories = out.value(QStringLiteral("categories")).toObject();
    for (auto it = categories.begin(); it != categories.end(); ++it) {
        // The review names tickets without a category "(no category)";
        // SQL groups them under the empty text.
        const QString name = it.key().startsWith(u'(') ? QString() : it.key();
        f.insert(QStringLiteral("category/") + name, QString::number(it.value().toInt()));
    }
    const QJsonObject parties = out.value(QStringLiteral("parties")).toObject();
    for (auto it = parties.begin(); it != parties.end(); ++it)
        f.insert(QStringLiteral("party/") + it.key(), QString::number(it.value().toInt()));
    const QJsonObject urgencies = out.value(QStringLiteral("urgencies")).toObject();
    for (auto it = urgencies.begin(); it != urgencies.end(); ++it) {
        const QJsonArray pair = it.value().toArray();
        f.insert(QStringLiteral("urgency/") + it.key(),
                 QStringLiteral("%1,%2").arg(pair.at(0).toInt()).arg(pair.at(1).toInt()));
    }
    return f;
}

Figures sqliteFigures(const QByteArray &csv)
{
    Figures f;
    for (const QByteArray &line : csv.split('\n')) {
        const QList<QByteArray> cells = line.trimmed().split(',');
        if (cells.size() < 3)
            continue;
        const QString key = QString::fromUtf8(cells.at(0) + '/' + cells.at(1));
        f.insert(key, cells.size() == 3 ? QString::fromUtf8(cells.at(2))
                                        : QString::fromUtf8(cells.at(2) + ',' + cells.at(3)));
    }
    return f;
}

QString difference(const Figures &ours, const Figures &theirs)
{
    QStringList lines;
    QStringList keys = ours.keys() + theirs.keys();
    keys.removeDuplicates();
    for (const QString &key : std::as_const(keys)) {
        if (ours.value(key) != theirs.value(key))
            lines.append(QStringLiteral("%1: ours %2, sqlite3 %3")
                             .arg(key, ours.value(key, QStringLiteral("-")),
                                  theirs.value(key, QStringLiteral("-"))));
    }
    return lines.mid(0, 5).join(QLatin1String("; "));
}

double readKiB(const QString &path)
{
    QFile report(path);
    bool ok = false;
    const double kib =
        report.open(QIODevice::ReadOnly) ? report.readAll().trimmed().toDouble(&ok) : 0;
    return ok ? kib : 0;
}

} // namespace

QList<BenchRow> reviewBenchmark(BenchContext &context)
{
    const int tickets = context.options().quick ? QuickTicketCount : TicketCount;
    const QString count = QLocale(QLocale::English).toString(tickets);
    BenchRow time;
    time.key = QStringLiteral("review/%1").arg(tickets);
    time.name = QStringLiteral("review %1 tickets: import + replay + aggregate").arg(count);
    time.unit = QStringLiteral("ms");
    time.referenceName = QStringLiteral("sqlite3 shell: .import --csv, the same three aggregates");
    time.goal = BenchRow::Goal::RatioAtMost;
    time.limit = RatioLimit;
    BenchRow memory;
    memory.key = QStringLiteral("review-memory/%1").arg(tickets);
    memory.name = QStringLiteral("peak memory, review %1 tickets").arg(count);
    memory.unit = QStringLiteral("MiB");
    memory.referenceName = QStringLiteral("sqlite3 shell, same work (max RSS)");
    memory.goal = BenchRow::Goal::Below;
    memory.limit = MemoryLimitMiB;

    const QString csv = context.scratchPath(QStringLiteral("tickets-%1.csv").arg(tickets));
    BenchContext::progress(QStringLiteral("writing %1 tickets").arg(count));
    if (const Status written = ReviewData::writeTickets(csv, tickets); !written)
        return {BenchRow::failed(time.key, time.name, written.error())};
    const QString script = context.scratchPath(QStringLiteral("review-%1.sql").arg(tickets));
    {
        QFile file(script);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(ReviewData::sqliteScript(csv).toUtf8()) < 0)
            return {BenchRow::failed(time.key, time.name, file.errorString())};
    }
    const QString report = context.scratchPath(QStringLiteral("review.rss"));
    const QString ourOut = context.scratchPath(QStringLiteral("review.json"));
    const QString sqliteOut = context.scratchPath(QStringLiteral("review-sqlite.csv"));
    const QString stderrPath = context.scratchPath(QStringLiteral("review.stderr"));
    const QString rss = context.options().rssPath;

    const int runs = context.options().runs > 0 ? context.options().runs : 3;
    time.runs = memory.runs = runs;
    TimeSamples ours, reference;
    QList<double> ourMemory, sqliteMemory, importMs, replayMs;
    for (int i = 0; i < runs && time.error.isEmpty(); ++i) {
        BenchContext::progress(
            QStringLiteral("%1, run %2 of %3").arg(time.name).arg(i + 1).arg(runs));
        const ChildProcess::Outcome o = ChildProcess::run(
            {rss, report, context.options().reviewPath, csv}, {}, ourOut, stderrPath);
        if (!o.ok()) {
            time.error = o.error;
            break;
        }
        ours.add(o.wallMs, o.cpuMs);
        ourMemory.append(readKiB(report) / 1024);
        QFile out(ourOut);
        out.open(QIODevice::ReadOnly);
        const QJsonObject figures = QJsonDocument::fromJson(out.readAll()).object();
        importMs.append(figures.value(QStringLiteral("importMs")).toDouble());
        replayMs.append(figures.value(QStringLiteral("reviewMs")).toDouble());

        const ChildProcess::Outcome s =
            ChildProcess::run({rss, report, context.options().sqlitePath, QStringLiteral("-batch")},
                              script, sqliteOut, stderrPath);
        if (!s.ok()) {
            time.error = s.error;
            break;
        }
        reference.add(s.wallMs, s.cpuMs);
        sqliteMemory.append(readKiB(report) / 1024);
        if (i == 0) {
            QFile theirs(sqliteOut);
            theirs.open(QIODevice::ReadOnly);
            const QString differs =
                difference(ourFigures(figures), sqliteFigures(theirs.readAll()));
            if (!differs.isEmpty())
                time.error = QStringLiteral("the figures differ from sqlite3's: ") + differs;
        }
    }
    BenchContext::setTimes(time, ours, reference);
    memory.ours = BenchContext::median(ourMemory);
    memory.reference = BenchContext::median(sqliteMemory);
    memory.error = time.error;

    BenchRow import;
    import.key = QStringLiteral("review-import/%1").arg(tickets);
    import.name = QStringLiteral("  of which reading the CSV into tickets");
    import.unit = QStringLiteral("ms");
    import.ours = BenchContext::median(importMs);
    import.runs = runs;
    BenchRow replay = import;
    replay.key = QStringLiteral("review-replay/%1").arg(tickets);
    replay.name = QStringLiteral("  of which replay through %1 rules and aggregates")
                      .arg(ReviewData::RuleCount);
    replay.ours = BenchContext::median(replayMs);
    return {time, import, replay, memory};
}
