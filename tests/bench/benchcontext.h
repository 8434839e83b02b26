#pragma once

#include "benchmark.h"

#include "model/agreement.h"
#include "result.h"

#include <QElapsedTimer>
#include <QList>
#include <QMap>
#include <QString>

#include <algorithm>
#include <ctime>

// How the harness was asked to run, and where its helpers are.
struct BenchOptions {
    bool quick = false;  // skip the 100,000-duty agreement
    int runs = 0;        // samples per timing; 0: each benchmark's own default
    QString workDir;     // generated agreements and scratch files
    QString cliPath;     // dutymap-cli
    QString barePath;    // the bare QCoreApplication program
    QString bareGuiPath; // the same, linked with Qt Gui
    QString editorPath;  // dutymap-bench-editor
    QString pdfPath;     // dutymap-bench-pdf, the PDF export tagged or not
    QString rssPath;     // dutymap-bench-rss, which measures a program's peak memory
    QString selfPath;    // this harness, for child-process probes
    QString sqlitePath;  // the sqlite3 shell, the reference for storage
    QString reviewPath;  // dutymap-bench-review, the service review as one process
};

// What all benchmarks share: the options, the generated agreements (made
// once per size and run, so every benchmark reads the same data and a
// format change cannot leave stale files behind), and timing helpers.
struct TimeSamples;

class BenchContext
{
public:
    static constexpr int SmallSize = 300;
    static constexpr int MediumSize = 10'000;
    static constexpr int LargeSize = 100'000;

    explicit BenchContext(BenchOptions options);

    const BenchOptions &options() const { return m_options; }

    // The agreement sizes to measure: 300, 10,000 and, unless quick, 100,000.
    QList<int> sizes() const;
    // Samples for one timing: `normal`, fewer for the largest agreement,
    // or what --runs asked for.
    int runs(int duties, int normal) const;

    // The generated agreement with `duties` duties, and its .dutymap file
    // (written on first use).
    const Agreement &agreement(int duties);
    Result<QString> agreementFile(int duties);
    QString scratchPath(const QString &fileName) const;

    // A progress line on standard error, so the table on standard output
    // stays clean.
    static void progress(const QString &text);
    // "10,000 duties"
    static QString sizeName(int duties);

    static double median(QList<double> samples);
    // Puts the medians of both sides into the row.
    static void setTimes(BenchRow &row, const TimeSamples &ours, const TimeSamples &reference);

private:
    BenchOptions m_options;
    QMap<int, Agreement> m_agreements;
    QMap<int, QString> m_files;
};

// Times one region in milliseconds, of the wall clock and of this
// process's processor time; for in-process measurements.
class Stopwatch
{
public:
    void start();
    double elapsedMs() const { return double(m_timer.nsecsElapsed()) / 1e6; }
    double cpuMs() const;

private:
    static double processCpuMs();
    QElapsedTimer m_timer;
    double m_cpuStart = 0;
};

// Wall and processor times of repeated runs of one thing.
struct TimeSamples {
    QList<double> wall;
    QList<double> cpu;

    void add(double wallMs, double cpuMs)
    {
        wall.append(wallMs);
        cpu.append(cpuMs);
    }
    void add(const Stopwatch &watch) { add(watch.elapsedMs(), watch.cpuMs()); }
};
