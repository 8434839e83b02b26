#pragma once

#include <QList>
#include <QString>

#include <optional>

class BenchContext;

// One figure of a benchmark: ours, a reference measured in the same run on
// the same data (the "limit" we compare against), and the target the
// figure must meet. A benchmark may give several rows, one per size.
struct BenchRow {
    enum class Goal {
        None,        // informational
        RatioAtMost, // ours / reference <= limit
        Below,       // ours < limit, in the row's unit
    };

    QString key;  // stable across commits, for comparing result files: "open/10000"
    QString name; // for people: "open 10,000 duties"
    QString unit; // "ms" or "MiB"
    double ours = 0;
    double reference = 0; // 0: no reference
    // Processor time behind the same figures, 0 when not measured. On a
    // busy machine wall times wander with the load; these much less.
    double oursCpu = 0;
    double referenceCpu = 0;
    QString referenceName; // what the reference measures
    Goal goal = Goal::None;
    double limit = 0;
    int runs = 0;  // samples behind the medians
    QString error; // not empty: nothing could be measured, and why

    double ratio() const { return reference > 0 ? ours / reference : 0; }
    double cpuRatio() const { return referenceCpu > 0 ? oursCpu / referenceCpu : 0; }
    // nullopt when the row has no target.
    std::optional<bool> pass() const;
    QString targetText() const;

    static BenchRow failed(const QString &key, const QString &name, const QString &error);
};

// A named group of rows. A new benchmark is one function in a file of its
// own, declared in benchmarks.h and listed in allBenchmarks().
struct Benchmark {
    QString name; // for --only: "open", "save", ...
    QString description;
    QList<BenchRow> (*run)(BenchContext &context) = nullptr;
};
