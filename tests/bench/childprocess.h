#pragma once

#include <QString>
#include <QStringList>

// Runs a program to its end in a child process and measures it whole:
// wall time from spawning to reaping, and its peak resident memory
// (wait4's ru_maxrss, so each child is measured alone). posix_spawn is used
// rather than fork so a large harness process does not slow the spawn down.
// run()'s maxRssMiB includes the harness's own memory (see rsslauncher.cpp);
// use runForMemory() for memory figures.
class ChildProcess
{
public:
    struct Outcome {
        double wallMs = 0;
        double cpuMs = 0; // user + system time of the child
        double maxRssMiB = 0;
        int exitCode = -1;
        QString error; // why the program did not run or failed, empty on success

        bool ok() const { return error.isEmpty(); }
    };

    // argv[0] is looked up in PATH when it has no '/'. Standard input comes
    // from stdinPath (or /dev/null), output goes to stdoutPath; standard
    // error is kept in stderrPath, and its start goes into the error
    // sentence when the program fails.
    static Outcome run(const QStringList &argv, const QString &stdinPath = {},
                       const QString &stdoutPath = {}, const QString &stderrPath = {});

    // Runs argv through the dutymap-bench-rss launcher, so that maxRssMiB
    // is the program's own peak; reportPath is a scratch file for it.
    static Outcome runForMemory(const QString &launcher, const QString &reportPath,
                                const QStringList &argv, const QString &stderrPath = {});
};
