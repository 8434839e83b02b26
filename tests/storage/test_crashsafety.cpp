#include <catch2/catch.hpp>

#include "revisions/revisionhistory.h"
#include "storage/agreementfile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <algorithm>
#include <chrono>
#include <map>
#include <optional>
#include <sstream>
#include <thread>
#include <vector>

namespace {

const QString SaveChild = QStringLiteral(DUTYMAP_SAVECHILD_PATH);

#if defined(__SANITIZE_ADDRESS__)
// The sanitizers make saving several times slower: smaller agreements keep
// the kill test short in CI, and a save still takes many milliseconds.
constexpr int DutyDivisor = 3;
#else
constexpr int DutyDivisor = 1;
#endif

// An agreement whose size and text depend on its arguments, so that two of
// them differ in every table and a mix of both cannot pass as either.
Agreement generated(const QString &title, int revision, int dutyCount)
{
    Agreement a;
    a.details.title = title;
    a.details.client = title + QStringLiteral(" client");
    a.details.provider = title + QStringLiteral(" MSP");
    a.details.revision = revision;
    a.details.effectiveDate = QDate(2025, 1, 1).addDays(revision);
    a.details.ticketCategories = {{QStringLiteral("Password"), 0}, {title, 0}};
    a.parties = {
        Party{1, QStringLiteral("Internal IT"), QStringLiteral("IT"), Party::Kind::Internal,
              QStringLiteral("#0a5ac8")},
        Party{2, title + QStringLiteral(" MSP"), QStringLiteral("MSP"), Party::Kind::Provider,
              QStringLiteral("#f078%1").arg(revision % 256, 2, 16, QLatin1Char('0'))},
    };
    for (int i = 0; i < 3 + revision % 3; ++i)
        a.areas.append(Area{10 + i, QString(), QStringLiteral("%1 area %2").arg(title).arg(i)});
    a.systems = {System{20, QString(), title + QStringLiteral(" tenant"),
                        QStringLiteral("cloud service"), System::Criticality::High}};
    Tool rmm;
    rmm.id = 30;
    rmm.name = title + QStringLiteral(" RMM");
    rmm.ownerId = 2;
    rmm.access.insert(
        1, ToolAccess{ToolAccess::Level::Read, QStringLiteral("Viewer"), QString(), true, QDate()});
    a.tools = {rmm};
    for (int i = 0; i < dutyCount; ++i) {
        Duty d;
        d.id = 100 + i;
        d.areaId = a.areas.at(i % a.areas.size()).id;
        d.systemId = i % 3 == 0 ? 20 : 0;
        d.title = QStringLiteral("%1, duty %2").arg(title).arg(i);
        d.description = QStringLiteral("What duty %1 of revision %2 involves, in a sentence.")
                            .arg(i)
                            .arg(revision);
        d.kind = static_cast<Duty::Kind>((i + revision) % 4);
        d.controls = {QStringLiteral("CIS %1.%2").arg(i % 18).arg(revision)};
        d.toolIds = {30};
        d.setRoles(1, Raci::parse(i % 2 ? QStringLiteral("A") : QStringLiteral("A/R")).value());
        d.setRoles(
            2, Raci::parse((i + revision) % 3 ? QStringLiteral("R") : QStringLiteral("C")).value());
        a.duties.append(d);
    }
    a.nextId = a.computeNextId();
    // Signed revisions, so a kill can land while their contents are written.
    a.details.revision = 1;
    for (int r = 0; r < 1 + revision % 3; ++r) {
        a.duties[r].notes = QStringLiteral("%1, revision %2").arg(title).arg(r);
        const Status signedOff = RevisionHistory::sign(
            a, {Signatory{title + QStringLiteral(" signer"), QString(), 1, {}, {}}},
            QDate(2025, 2, 1).addDays(r));
        REQUIRE(signedOff.ok());
    }
    a.duties.last().notes = QStringLiteral("changed since signed");
    return a;
}

void saveOrFail(const Agreement &agreement, const QString &path)
{
    const Status s = AgreementFile::save(agreement, path);
    INFO(s.error().toStdString());
    REQUIRE(s.ok());
}

Agreement loadOrFail(const QString &path)
{
    const Result<Agreement> r = AgreementFile::load(path);
    INFO(r.error().toStdString());
    REQUIRE(r.ok());
    return *r;
}

// Temporary files a save left beside its target.
QStringList leftovers(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral(".*.tmp")},
                                  QDir::Files | QDir::Hidden | QDir::System);
}

QString integrityCheck(const QString &path)
{
    static int counter = 0;
    const QString name = QStringLiteral("crash-integrity-%1").arg(++counter);
    QString answer;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next())
                answer = q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return answer;
}

qint64 nowUs()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// A line of the save loop: the child's monotonic clock, then the text.
struct TimedLine {
    qint64 us = 0;
    QString text;
};

TimedLine parseTimed(const QString &line)
{
    const qsizetype space = line.indexOf(QLatin1Char(' '));
    bool ok = false;
    const qint64 us = line.left(space).toLongLong(&ok);
    if (space < 0 || !ok)
        return TimedLine{0, line};
    return TimedLine{us, line.mid(space + 1)};
}

// The save child, read line by line.
class Child
{
public:
    explicit Child(const QStringList &arguments, const QString &program = SaveChild)
    {
        m_process.start(program, arguments);
        m_started = m_process.waitForStarted(10000);
    }
    ~Child()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }

    bool started() const { return m_started; }

    // The next line, or nothing when the child ended or `ms` passed.
    std::optional<QString> nextLine(int ms = 20000)
    {
        QElapsedTimer timer;
        timer.start();
        while (!m_process.canReadLine()) {
            const qint64 left = ms - timer.elapsed();
            if (left <= 0 || m_process.state() == QProcess::NotRunning
                || !m_process.waitForReadyRead(int(left)))
                break;
        }
        if (!m_process.canReadLine())
            return std::nullopt;
        m_lines.append(QString::fromUtf8(m_process.readLine()).trimmed());
        return m_lines.last();
    }

    std::optional<TimedLine> nextTimed()
    {
        const std::optional<QString> line = nextLine();
        if (!line)
            return std::nullopt;
        return parseTimed(*line);
    }

    // Reads timed lines until one says `text`.
    std::optional<TimedLine> waitForTimed(const QString &text)
    {
        while (std::optional<TimedLine> line = nextTimed())
            if (line->text == text)
                return line;
        return std::nullopt;
    }

    void kill()
    {
        m_process.kill();
        m_process.waitForFinished(10000);
    }
    bool waitForFinished() { return m_process.waitForFinished(60000); }
    QProcess::ExitStatus exitStatus() const { return m_process.exitStatus(); }
    int exitCode() const { return m_process.exitCode(); }

    // Every line not read yet; call once the child has ended.
    QStringList rest()
    {
        const qsizetype from = m_lines.size();
        while (nextLine(0)) {
        }
        const QString tail = QString::fromUtf8(m_process.readAll()).trimmed();
        if (!tail.isEmpty())
            m_lines.append(tail);
        return m_lines.sliced(from);
    }
    // Every line read so far.
    const QStringList &lines() const { return m_lines; }
    QString errors() { return QString::fromUtf8(m_process.readAllStandardError()); }

private:
    QProcess m_process;
    bool m_started = false;
    QStringList m_lines;
};

// When the stages of saving B come, in microseconds after "saved a"
// (medians over a few cycles), and how long a whole cycle of A and B takes.
struct SaveTimes {
    qint64 written = 0;
    qint64 synced = 0;
    qint64 renamed = 0;
    qint64 saved = 0;
    qint64 cycle = 0;
};

// The line that follows "saved a" starts the measurement.
SaveTimes measure(Child &child)
{
    constexpr int Cycles = 3;
    std::map<QString, std::vector<qint64>> offsets;
    std::optional<TimedLine> start = child.waitForTimed(QStringLiteral("saved a"));
    for (int i = 0; start && i < Cycles; ++i) {
        std::optional<TimedLine> line;
        QString saving;
        while ((line = child.nextTimed())) {
            if (line->text.startsWith(QLatin1String("begin ")))
                saving = line->text;
            // Stages of saving B only; "saved a" closes the cycle.
            if (saving == QLatin1String("begin b") || line->text == QLatin1String("saved a"))
                offsets[line->text].push_back(line->us - start->us);
            if (line->text == QLatin1String("saved a"))
                break;
        }
        start = line;
    }
    const auto median = [&](const char *word) -> qint64 {
        std::vector<qint64> &v = offsets[QString::fromLatin1(word)];
        if (v.size() != size_t(Cycles))
            return 0;
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    return SaveTimes{median("written"), median("synced"), median("renamed"), median("saved b"),
                     median("saved a")};
}

// Where in a save a kill landed, named by the last stage the child reported.
const char *phaseOf(const QString &lastLine)
{
    if (lastLine.startsWith(QLatin1String("begin")))
        return "checking and creating the temporary file";
    if (lastLine == QLatin1String("created"))
        return "writing the database";
    if (lastLine == QLatin1String("written"))
        return "fsync of the new file";
    if (lastLine == QLatin1String("synced"))
        return "rename";
    if (lastLine == QLatin1String("renamed"))
        return "fsync of the folder and clean-up";
    return "between saves";
}

struct ObserverReset {
    ~ObserverReset() { AgreementFile::setSaveObserver(nullptr); }
};

// State of a save started from inside another save of the same target.
struct NestedSave {
    static inline QString target;
    static inline const Agreement *agreement = nullptr;
    static inline bool done = false;
    static inline Status status;
    static inline QString outerTemp;
    static inline bool outerTempSurvived = false;
};

void saveAgainBeforeRename(AgreementFile::SaveStage stage, const QString &tempPath)
{
    if (stage != AgreementFile::SaveStage::Synced || NestedSave::done)
        return;
    NestedSave::done = true;
    NestedSave::outerTemp = tempPath;
    NestedSave::status = AgreementFile::save(*NestedSave::agreement, NestedSave::target);
    NestedSave::outerTempSurvived = QFileInfo::exists(tempPath);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

} // namespace

TEST_CASE("A save killed at any instant leaves the old or the new file, whole", "[crash]")
{
    const int kills = qEnvironmentVariableIsSet("DUTYMAP_KILLS")
                          ? std::max(1, qEnvironmentVariableIntValue("DUTYMAP_KILLS"))
                          : 20;
    const quint32 seed = qEnvironmentVariableIsSet("DUTYMAP_KILL_SEED")
                             ? quint32(qEnvironmentVariableIntValue("DUTYMAP_KILL_SEED"))
                             : QRandomGenerator::global()->generate();
    INFO("DUTYMAP_KILL_SEED=" << seed);
    QRandomGenerator random(seed);

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("work")));
    const QString folder = dir.filePath(QStringLiteral("work"));
    const QString target = folder + QStringLiteral("/shared.dutymap");
    const Agreement a = generated(QStringLiteral("Agreement A"), 3, 3000 / DutyDivisor);
    const Agreement b = generated(QStringLiteral("Agreement B"), 8, 2000 / DutyDivisor);
    REQUIRE_FALSE(a == b);
    const QString pathA = dir.filePath(QStringLiteral("a.dutymap"));
    const QString pathB = dir.filePath(QStringLiteral("b.dutymap"));
    saveOrFail(a, pathA);
    saveOrFail(b, pathB);
    saveOrFail(a, target);

    SaveTimes times;
    std::map<std::string, int> phases;
    int aimed = 0;
    int late = 0;
    int maxLeftovers = 0;
    QElapsedTimer wall;
    wall.start();

    for (int kill = 0; kill < kills; ++kill) {
        INFO("kill " << kill + 1 << " of " << kills);
        Child child({QStringLiteral("loop"), pathA, pathB, target});
        REQUIRE(child.started());
        // The first save of each child has cleared up after the last kill.
        std::optional<TimedLine> savedA = child.waitForTimed(QStringLiteral("saved a"));
        REQUIRE(savedA);
        if (kill == 0) {
            times = measure(child);
            REQUIRE(times.cycle > 0);
            savedA = child.waitForTimed(QStringLiteral("saved a"));
            REQUIRE(savedA);
        }

        // Half the kills land anywhere in a cycle, timed from "saved a";
        // half come after B reports its database written, and land in its
        // fsync, its rename or just after, where a missing fsync or a
        // replace that is not atomic would show.
        const qsizetype mark = child.lines().size();
        qint64 due = 0;
        if (kill % 2 == 0) {
            due = savedA->us + qint64(random.bounded(quint32(times.cycle)));
        } else {
            ++aimed;
            const std::optional<TimedLine> written = child.waitForTimed(QStringLiteral("written"));
            REQUIRE(written);
            // A quarter beyond the end of the save reaches into the next.
            const qint64 window = std::max<qint64>((times.saved - times.written) * 5 / 4, 1);
            due = written->us + qint64(random.bounded(quint32(window)));
        }
        std::this_thread::sleep_until(
            std::chrono::steady_clock::time_point(std::chrono::microseconds(due)));
        if (nowUs() > due + 1000)
            ++late;
        child.kill();
        CHECK(child.exitStatus() == QProcess::CrashExit);

        // What the child reported since "saved a": the agreement last
        // renamed into place, the one in flight, and the last stage.
        QChar renamed = u'a';
        QChar inFlight = u'a';
        QString last = QStringLiteral("saved a");
        child.rest();
        for (const QString &line : child.lines().sliced(mark)) {
            const QString text = parseTimed(line).text;
            INFO(line.toStdString());
            CHECK_FALSE(text.startsWith(QLatin1String("error")));
            if (text.startsWith(QLatin1String("begin ")))
                inFlight = text.back();
            if (text == QLatin1String("renamed"))
                renamed = inFlight;
            last = text;
        }
        INFO("last stage reported: " << last.toStdString()
                                     << "; in flight: " << QString(inFlight).toStdString());
        INFO("child's errors: " << child.errors().toStdString());

        const Result<Agreement> loaded = AgreementFile::load(target);
        INFO(loaded.error().toStdString());
        REQUIRE(loaded.ok());
        REQUIRE(integrityCheck(target) == QStringLiteral("ok"));
        const bool isA = *loaded == a;
        const bool isB = *loaded == b;
        REQUIRE((isA || isB));
        const QChar onDisk = isA ? u'a' : u'b';

        const int temps = int(leftovers(folder).size());
        maxLeftovers = std::max(maxLeftovers, temps);
        const std::string phase = phaseOf(last);
        ++phases[phase];
        if (last == QLatin1String("synced")) {
            // Killed around the rename: either file, and the temporary file
            // exactly when the rename had not happened.
            CHECK((onDisk == renamed || onDisk == inFlight));
            CHECK(temps == (onDisk == inFlight ? 0 : 1));
        } else {
            CHECK(onDisk == renamed);
            if (last == QLatin1String("created") || last == QLatin1String("written"))
                CHECK(temps == 1);
            else if (last.startsWith(QLatin1String("begin")))
                CHECK(temps <= 1);
            else
                CHECK(temps == 0);
        }
    }

    // The next save in this process clears up after the last kill.
    saveOrFail(b, target);
    CHECK(leftovers(folder).isEmpty());
    CHECK(loadOrFail(target) == b);

    std::ostringstream summary;
    summary << kills << " kills in " << wall.elapsed() << " ms (" << aimed
            << " aimed at the end of a save, " << late << " more than 1 ms late); at most "
            << maxLeftovers << " temporary file(s) left at once.\nSaving B, measured from the "
            << "end of saving A, in microseconds: written " << times.written << ", synced "
            << times.synced << ", renamed " << times.renamed << ", saved " << times.saved
            << "; a cycle of A and B takes " << times.cycle << ".\nKills landed in:";
    for (const auto &[phase, count] : phases)
        summary << "\n  " << phase << ": " << count;
    WARN(summary.str());
}

TEST_CASE("A save killed between writing and renaming leaves the old file, and the next save "
          "clears up",
          "[crash]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("work")));
    const QString folder = dir.filePath(QStringLiteral("work"));
    const QString target = folder + QStringLiteral("/x.dutymap");
    const Agreement before = generated(QStringLiteral("Signed"), 1, 300);
    const Agreement after = generated(QStringLiteral("Draft of revision 2"), 2, 200);
    saveOrFail(before, target);
    QFile file(target);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    file.close();
    const QString newPath = dir.filePath(QStringLiteral("new.dutymap"));
    saveOrFail(after, newPath);

    Child child({QStringLiteral("kill-before-rename"), newPath, target});
    REQUIRE(child.started());
    REQUIRE(child.waitForFinished());
    const QStringList lines = child.rest();
    INFO(lines.join(QLatin1Char('\n')).toStdString());
    INFO(child.errors().toStdString());
    REQUIRE(child.exitStatus() == QProcess::CrashExit);
    REQUIRE_FALSE(lines.isEmpty());
    REQUIRE(lines.last().startsWith(QLatin1String("synced ")));

    // The old file is untouched, byte for byte.
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == bytes);
    file.close();
    CHECK(loadOrFail(target) == before);
    // The new file was complete; only its rename was missing.
    const QString temp = lines.last().mid(7);
    REQUIRE(leftovers(folder) == QStringList{QFileInfo(temp).fileName()});
    CHECK(loadOrFail(temp) == after);

    saveOrFail(after, target);
    CHECK(leftovers(folder).isEmpty());
    CHECK(loadOrFail(target) == after);
}

TEST_CASE("Clearing up after killed saves spares running saves and other files", "[crash]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString target = dir.filePath(QStringLiteral("x.dutymap"));
    saveOrFail(generated(QStringLiteral("First"), 1, 20), target);

    // Names a killed save of x.dutymap can leave, and names it cannot.
    const QStringList stale = {QStringLiteral(".x.dutymap.0.tmp"),
                               QStringLiteral(".x.dutymap.fedcba9876543210.tmp")};
    const QStringList foreign = {
        QStringLiteral(".x.dutymap.notes.tmp"),
        QStringLiteral(".x.dutymap.ABC.tmp"),
        QStringLiteral(".x.dutymap.12345678901234567.tmp"),
        QStringLiteral(".x.dutymap..tmp"),
        QStringLiteral(".y.dutymap.1a2b.tmp"),
        QStringLiteral(".x.dutymap.1a2b.tmp.keep"),
        QStringLiteral("x.dutymap.1a2b.tmp"),
        QStringLiteral(".xx.dutymap.1a2b.tmp"),
    };
    for (const QString &name : stale + foreign)
        writeFile(dir.filePath(name), QByteArrayLiteral("partial"));
    REQUIRE(QDir(dir.path()).mkdir(QStringLiteral(".x.dutymap.abcd.tmp")));
    writeFile(dir.filePath(QStringLiteral("victim")), QByteArrayLiteral("keep me"));
    REQUIRE(QFile::link(dir.filePath(QStringLiteral("victim")),
                        dir.filePath(QStringLiteral(".x.dutymap.abce.tmp"))));

    // A second save of the same target runs while the first waits to
    // rename, as when two windows save one file.
    const Agreement outer = generated(QStringLiteral("Outer"), 2, 50);
    const Agreement inner = generated(QStringLiteral("Inner"), 3, 40);
    NestedSave::target = target;
    NestedSave::agreement = &inner;
    NestedSave::done = false;
    {
        const ObserverReset reset;
        AgreementFile::setSaveObserver(saveAgainBeforeRename);
        saveOrFail(outer, target);
    }
    REQUIRE(NestedSave::done);
    INFO(NestedSave::status.error().toStdString());
    CHECK(NestedSave::status.ok());
    CHECK(NestedSave::outerTempSurvived);
    // The outer save renamed last, so its agreement is the file.
    CHECK(loadOrFail(target) == outer);
    CHECK_FALSE(QFileInfo::exists(NestedSave::outerTemp));

    for (const QString &name : stale)
        CHECK_FALSE(QFileInfo::exists(dir.filePath(name)));
    for (const QString &name : foreign) {
        INFO(name.toStdString());
        CHECK(QFileInfo::exists(dir.filePath(name)));
    }
    CHECK(QFileInfo(dir.filePath(QStringLiteral(".x.dutymap.abcd.tmp"))).isDir());
    CHECK(QFileInfo(dir.filePath(QStringLiteral(".x.dutymap.abce.tmp"))).isSymLink());
    QFile victim(dir.filePath(QStringLiteral("victim")));
    REQUIRE(victim.open(QIODevice::ReadOnly));
    CHECK(victim.readAll() == QByteArrayLiteral("keep me"));
}

TEST_CASE("A save that fills a real file system fails cleanly and frees the space", "[crash]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const Agreement small = generated(QStringLiteral("Small"), 1, 100);
    const Agreement large = generated(QStringLiteral("Large"), 2, 6000);
    const QString smallPath = dir.filePath(QStringLiteral("small.dutymap"));
    const QString largePath = dir.filePath(QStringLiteral("large.dutymap"));
    saveOrFail(small, smallPath);
    saveOrFail(large, largePath);
    constexpr qint64 FileSystemBytes = 512 * 1024;
    REQUIRE(QFileInfo(smallPath).size() * 4 < FileSystemBytes);
    REQUIRE(QFileInfo(largePath).size() > FileSystemBytes);
    REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("small-fs")));
    const QString mountPoint = dir.filePath(QStringLiteral("small-fs"));

    // A tmpfs of 512 KiB in a private mount namespace: it needs no root
    // where user namespaces are allowed, and vanishes with the child.
    const QString script =
        QStringLiteral(
            "mount -t tmpfs -o size=%1 tmpfs \"$1\" && exec \"$2\" fill \"$3\" \"$4\" \"$1\"")
            .arg(FileSystemBytes);
    const QStringList scriptArgs = {QStringLiteral("sh"), mountPoint, SaveChild, smallPath,
                                    largePath};
    QStringList lines;
    QString errors;
    int exitCode = -1;
    for (const QStringList &unshare :
         {QStringList{QStringLiteral("--mount"), QStringLiteral("--map-root-user")},
          QStringList{QStringLiteral("--mount")}}) {
        Child child(unshare
                        + QStringList{QStringLiteral("--"), QStringLiteral("sh"),
                                      QStringLiteral("-c"), script}
                        + scriptArgs,
                    QStringLiteral("unshare"));
        if (!child.started())
            break;
        REQUIRE(child.waitForFinished());
        lines = child.rest();
        errors += child.errors();
        exitCode = child.exitCode();
        if (!lines.isEmpty() && lines.first().startsWith(QLatin1String("filesystem")))
            break;
        lines.clear();
    }
    if (lines.isEmpty()) {
        WARN("Skipped: cannot mount a small tmpfs here (unshare and mount said: "
             << errors.trimmed().toStdString() << ")");
        return;
    }

    INFO(lines.join(QLatin1Char('\n')).toStdString());
    INFO(errors.toStdString());
    const QStringList expected = {
        QStringLiteral("filesystem tmpfs %1").arg(FileSystemBytes),
        QStringLiteral("first ok"),
        QStringLiteral("large Cannot save “x.dutymap”: the disk is full."),
        QStringLiteral("leftovers 0"),
        QStringLiteral("target expected"),
        QStringLiteral("again ok"),
        QStringLiteral("leftovers 0"),
        QStringLiteral("target expected"),
    };
    CHECK(lines == expected);
    CHECK(exitCode == 0);
}
