// A program the crash-safety tests start, kill and watch: it saves
// agreements the way the app does and reports each stage of every save on
// standard output, unbuffered, so that what the parent reads after a
// SIGKILL is exactly what happened before it.
//
//   dutymap_savechild loop A.dutymap B.dutymap TARGET
//       saves A and B alternately onto TARGET until killed; each line
//       starts with the time of the monotonic clock in microseconds
//   dutymap_savechild kill-before-rename NEW.dutymap TARGET
//       saves NEW onto TARGET and kills itself right before the rename
//   dutymap_savechild fill SMALL.dutymap LARGE.dutymap FOLDER
//       on a small file system: saves SMALL, then LARGE, which fills it,
//       then SMALL again, and reports what it finds after each
#include "storage/agreementfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QStorageInfo>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <optional>
#include <unistd.h>

namespace {

// One line to the parent, written before the program goes on.
void say(const QString &line)
{
    QByteArray bytes = line.toUtf8();
    bytes.replace('\n', ' ');
    bytes.append('\n');
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(STDOUT_FILENO, bytes.constData() + done,
                                  static_cast<size_t>(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            ::_exit(3);
        done += n;
    }
}

QString stageWord(AgreementFile::SaveStage stage)
{
    switch (stage) {
    case AgreementFile::SaveStage::TempCreated:
        return QStringLiteral("created");
    case AgreementFile::SaveStage::Written:
        return QStringLiteral("written");
    case AgreementFile::SaveStage::Synced:
        return QStringLiteral("synced");
    case AgreementFile::SaveStage::Renamed:
        return QStringLiteral("renamed");
    }
    return QStringLiteral("unknown");
}

// A line of the save loop, stamped with the monotonic clock the parent
// shares, in microseconds, so the parent can aim kills at stages.
void sayTimed(const QString &word)
{
    const auto now = std::chrono::duration_cast<std::chrono::microseconds>(
        std::chrono::steady_clock::now().time_since_epoch());
    say(QString::number(now.count()) + QLatin1Char(' ') + word);
}

void reportStage(AgreementFile::SaveStage stage, const QString &)
{
    sayTimed(stageWord(stage));
}

void killBeforeRename(AgreementFile::SaveStage stage, const QString &tempPath)
{
    say(stageWord(stage) + QLatin1Char(' ') + tempPath);
    if (stage == AgreementFile::SaveStage::Synced)
        ::kill(::getpid(), SIGKILL);
}

std::optional<Agreement> loadOrSay(const QString &path)
{
    Result<Agreement> loaded = AgreementFile::load(path);
    if (!loaded.ok()) {
        say(QStringLiteral("error ") + loaded.error());
        return std::nullopt;
    }
    return std::move(loaded).value();
}

int loop(const QString &pathA, const QString &pathB, const QString &target)
{
    const std::optional<Agreement> a = loadOrSay(pathA);
    const std::optional<Agreement> b = loadOrSay(pathB);
    if (!a || !b)
        return 1;
    AgreementFile::setSaveObserver(reportStage);
    sayTimed(QStringLiteral("ready"));
    for (bool isA = true;; isA = !isA) {
        const QString name = isA ? QStringLiteral("a") : QStringLiteral("b");
        sayTimed(QStringLiteral("begin ") + name);
        const Status saved = AgreementFile::save(isA ? *a : *b, target);
        if (!saved.ok()) {
            sayTimed(QStringLiteral("error ") + saved.error());
            return 1;
        }
        sayTimed(QStringLiteral("saved ") + name);
    }
}

int saveThenDie(const QString &path, const QString &target)
{
    const std::optional<Agreement> agreement = loadOrSay(path);
    if (!agreement)
        return 1;
    AgreementFile::setSaveObserver(killBeforeRename);
    const Status saved = AgreementFile::save(*agreement, target);
    // Reaching this line means the kill did not happen: the parent fails.
    say(saved.ok() ? QStringLiteral("saved") : QStringLiteral("error ") + saved.error());
    return 1;
}

// Facts only; the parent decides what is right.
void reportFolder(const QString &folder, const QString &target, const Agreement &expected)
{
    const QStringList temps = QDir(folder).entryList({QStringLiteral(".*.tmp")},
                                                     QDir::Files | QDir::Hidden | QDir::System);
    say(QStringLiteral("leftovers %1").arg(temps.size()));
    const Result<Agreement> loaded = AgreementFile::load(target);
    say(QStringLiteral("target %1")
            .arg(!loaded.ok()          ? QStringLiteral("unreadable ") + loaded.error()
                 : *loaded == expected ? QStringLiteral("expected")
                                       : QStringLiteral("different")));
}

int fill(const QString &smallPath, const QString &largePath, const QString &folder)
{
    const std::optional<Agreement> small = loadOrSay(smallPath);
    const std::optional<Agreement> large = loadOrSay(largePath);
    if (!small || !large)
        return 1;
    const QStorageInfo storage(folder);
    say(QStringLiteral("filesystem %1 %2")
            .arg(QString::fromLatin1(storage.fileSystemType()))
            .arg(storage.bytesTotal()));
    const QString target = QDir(folder).filePath(QStringLiteral("x.dutymap"));

    Status s = AgreementFile::save(*small, target);
    say(QStringLiteral("first ") + (s.ok() ? QStringLiteral("ok") : s.error()));
    s = AgreementFile::save(*large, target);
    say(QStringLiteral("large ") + (s.ok() ? QStringLiteral("ok") : s.error()));
    reportFolder(folder, target, *small);

    Agreement again = *small;
    again.details.title += QStringLiteral(" (saved after the disk was full)");
    s = AgreementFile::save(again, target);
    say(QStringLiteral("again ") + (s.ok() ? QStringLiteral("ok") : s.error()));
    reportFolder(folder, target, again);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const QString mode = args.value(1);
    if (mode == QLatin1String("loop") && args.size() == 5)
        return loop(args.at(2), args.at(3), args.at(4));
    if (mode == QLatin1String("kill-before-rename") && args.size() == 4)
        return saveThenDie(args.at(2), args.at(3));
    if (mode == QLatin1String("fill") && args.size() == 5)
        return fill(args.at(2), args.at(3), args.at(4));
    std::fputs("usage: dutymap_savechild loop A B TARGET | kill-before-rename NEW TARGET"
               " | fill SMALL LARGE FOLDER\n",
               stderr);
    return 2;
}
