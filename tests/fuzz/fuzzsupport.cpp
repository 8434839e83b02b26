#include "fuzzsupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <filesystem>

namespace {

// Both live until the process ends and are never destroyed: libFuzzer exits
// through exit(), after which Qt's own globals may already be gone, and a
// QCoreApplication destroyed then crashes.
QCoreApplication *s_application = nullptr;
QString *s_scratch = nullptr;
std::string s_scratchNative;

void removeScratch()
{
    std::error_code ignored;
    std::filesystem::remove_all(s_scratchNative, ignored);
}

} // namespace

namespace FuzzSupport {

void initialize(int *argc, char ***argv)
{
    // Qt would otherwise look for settings and templates in the real home.
    QStandardPaths::setTestModeEnabled(true);
    qputenv("QT_HASH_SEED", "0");
    s_application = new QCoreApplication(*argc, *argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Dutymap"));
    QCoreApplication::setApplicationName(QStringLiteral("dutymap-fuzz"));
    QTemporaryDir scratch;
    if (!scratch.isValid())
        violated("a scratch folder can be made", scratch.errorString());
    scratch.setAutoRemove(false);
    s_scratch = new QString(scratch.path());
    s_scratchNative = QFile::encodeName(*s_scratch).toStdString();
    std::atexit(removeScratch);
    // Qt's warnings (a closed SQL connection, a missing folder) would flood
    // the fuzzer's log without telling anything the invariants do not.
    qSetMessagePattern(QString());
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &text) {
        if (type == QtFatalMsg) {
            std::fprintf(stderr, "Qt fatal: %s\n", qUtf8Printable(text));
            std::abort();
        }
    });
}

QString scratchFolder()
{
    return *s_scratch;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        violated("the scratch file can be written", file.errorString());
}

void violated(const char *invariant, const QString &detail)
{
    std::fprintf(stderr, "Invariant violated: %s\n%s\n", invariant, qUtf8Printable(detail));
    std::abort();
}

} // namespace FuzzSupport
