#include "childprocess.h"

#include <QCoreApplication>
#include <QFile>

#include <chrono>
#include <cstring>
#include <string>
#include <vector>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

extern char **environ;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ChildProcess", text);
}

std::string nativePath(const QString &path)
{
    return QFile::encodeName(path.isEmpty() ? QStringLiteral("/dev/null") : path).toStdString();
}

} // namespace

ChildProcess::Outcome ChildProcess::run(const QStringList &argv, const QString &stdinPath,
                                        const QString &stdoutPath, const QString &stderrPath)
{
    Outcome outcome;
    if (argv.isEmpty()) {
        outcome.error = tr("no program to run");
        return outcome;
    }
    std::vector<std::string> args;
    args.reserve(std::size_t(argv.size()));
    for (const QString &arg : argv)
        args.push_back(arg.toLocal8Bit().toStdString());
    std::vector<char *> pointers;
    for (std::string &arg : args)
        pointers.push_back(arg.data());
    pointers.push_back(nullptr);

    const std::string in = nativePath(stdinPath);
    const std::string out = nativePath(stdoutPath);
    const std::string err = nativePath(stderrPath);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, in.c_str(), O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&actions, 2, err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);

    const auto started = std::chrono::steady_clock::now();
    pid_t pid = 0;
    const int spawned =
        posix_spawnp(&pid, pointers.front(), &actions, nullptr, pointers.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        outcome.error = tr("cannot start %1: %2")
                            .arg(argv.first(), QString::fromLocal8Bit(std::strerror(spawned)));
        return outcome;
    }
    int status = 0;
    rusage usage{};
    pid_t reaped = -1;
    do {
        reaped = wait4(pid, &status, 0, &usage);
    } while (reaped < 0 && errno == EINTR);
    const auto ended = std::chrono::steady_clock::now();
    if (reaped != pid) {
        outcome.error = tr("lost track of %1: %2")
                            .arg(argv.first(), QString::fromLocal8Bit(std::strerror(errno)));
        return outcome;
    }

    outcome.wallMs = std::chrono::duration<double, std::milli>(ended - started).count();
    const auto ms = [](const timeval &t) {
        return double(t.tv_sec) * 1e3 + double(t.tv_usec) / 1e3;
    };
    outcome.cpuMs = ms(usage.ru_utime) + ms(usage.ru_stime);
    // Linux reports ru_maxrss in KiB.
    outcome.maxRssMiB = double(usage.ru_maxrss) / 1024.0;
    if (WIFEXITED(status)) {
        outcome.exitCode = WEXITSTATUS(status);
        if (outcome.exitCode != 0)
            outcome.error = tr("%1 exited with code %2").arg(argv.first()).arg(outcome.exitCode);
    } else if (WIFSIGNALED(status)) {
        outcome.error = tr("%1 was killed by signal %2").arg(argv.first()).arg(WTERMSIG(status));
    }
    if (!outcome.ok() && !stderrPath.isEmpty()) {
        QFile log(stderrPath);
        if (log.open(QIODevice::ReadOnly)) {
            const QString text = QString::fromLocal8Bit(log.read(300)).simplified();
            if (!text.isEmpty())
                outcome.error += QLatin1String(": ") + text;
        }
    }
    return outcome;
}

ChildProcess::Outcome ChildProcess::runForMemory(const QString &launcher, const QString &reportPath,
                                                 const QStringList &argv, const QString &stderrPath)
{
    QFile::remove(reportPath);
    Outcome outcome = run(QStringList{launcher, reportPath} + argv, {}, {}, stderrPath);
    if (!outcome.ok())
        return outcome;
    QFile report(reportPath);
    bool ok = false;
    const double kib =
        report.open(QIODevice::ReadOnly) ? report.readAll().trimmed().toDouble(&ok) : 0;
    if (!ok || kib <= 0) {
        outcome.error = tr("%1 gave no memory figure for %2").arg(launcher, argv.value(0));
        return outcome;
    }
    outcome.maxRssMiB = kib / 1024.0;
    return outcome;
}
