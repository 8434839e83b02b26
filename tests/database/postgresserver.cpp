#include "postgresserver.h"

#include "storage/database/databaseconnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QVersionNumber>

#include <grp.h>
#include <pwd.h>
#include <unistd.h>

namespace {

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

QString pgctl()
{
    return PostgresServer::binFolder() + QStringLiteral("/pg_ctl");
}

} // namespace

QString PostgresServer::binFolder()
{
    // The newest of Debian's versioned folders.
    const QDir lib(QStringLiteral("/usr/lib/postgresql"));
    QString best;
    QVersionNumber bestVersion;
    for (const QString &entry : lib.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QVersionNumber version = QVersionNumber::fromString(entry);
        if (QFileInfo::exists(lib.filePath(entry + QStringLiteral("/bin/initdb")))
            && version > bestVersion) {
            bestVersion = version;
            best = lib.filePath(entry + QStringLiteral("/bin"));
        }
    }
    return best;
}

PostgresServer::PostgresServer()
    : m_dir(QDir::tempPath() + QStringLiteral("/dutymap-pg-XXXXXX"))
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary folder");
        return;
    }
    if (binFolder().isEmpty()) {
        m_error = QStringLiteral("PostgreSQL is not installed (Debian package postgresql)");
        return;
    }
    if (runningAsRoot()) {
        const passwd *user = ::getpwnam("postgres");
        if (!user
            || ::chown(QFile::encodeName(m_dir.path()).constData(), user->pw_uid, user->pw_gid)
                   != 0) {
            m_error = QStringLiteral("cannot hand the folder to the postgres user");
            return;
        }
    }
    // If this program dies without running destructors, the server must
    // not outlive it.
    const QString stopAs = runningAsRoot() ? QStringLiteral("runuser -u postgres -- ") : QString();
    const QString watchdog = QStringLiteral("exec </dev/null >/dev/null 2>&1; while kill -0 \"$1\" "
                                            "2>/dev/null; do sleep 1; done; %1\"$2\" -D \"$3\" "
                                            "-m immediate stop; rm -rf \"$4\"")
                                 .arg(stopAs);
    QProcess::startDetached(QStringLiteral("/bin/sh"),
                            {QStringLiteral("-c"), watchdog, QStringLiteral("watchdog"),
                             QString::number(QCoreApplication::applicationPid()), pgctl(),
                             m_dir.filePath(QStringLiteral("data")), m_dir.path()});

    QString output;
    if (!run(binFolder() + QStringLiteral("/initdb"),
             {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-A"),
              QStringLiteral("trust"), QStringLiteral("-U"), QStringLiteral("dutymap"),
              QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C"),
              QStringLiteral("--no-sync")},
             &output)) {
        m_error = QStringLiteral("initdb failed: ") + output;
        return;
    }
    if (!start())
        return;
    const QString created = execute(QStringLiteral("CREATE DATABASE dutymap"));
    if (!created.isEmpty())
        m_error = created;
}

PostgresServer::~PostgresServer()
{
    stop();
}

bool PostgresServer::run(const QString &program, const QStringList &arguments, QString *output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(m_dir.path());
    if (runningAsRoot())
        process.start(QStringLiteral("runuser"),
                      QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                  QStringLiteral("--"), program}
                          + arguments);
    else
        process.start(program, arguments);
    const bool finished = process.waitForFinished(120'000);
    if (output)
        *output = QString::fromLocal8Bit(process.readAll()).trimmed();
    return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

bool PostgresServer::start()
{
    QString output;
    // -F: no fsync; a throwaway server need not survive a power cut.
    const QString options = QStringLiteral("-k %1 -c listen_addresses='' -F").arg(m_dir.path());
    if (!run(pgctl(),
             {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-l"),
              m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-o"), options,
              QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
              QStringLiteral("start")},
             &output)) {
        m_error = QStringLiteral("pg_ctl start failed: ") + output;
        return false;
    }
    m_running = true;
    return true;
}

bool PostgresServer::stop()
{
    if (!m_running)
        return true;
    m_running = false;
    return run(pgctl(),
               {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
                QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")});
}

QString PostgresServer::uri(const QString &user) const
{
    return address(user).toUri();
}

DatabaseAddress PostgresServer::address(const QString &user) const
{
    DatabaseAddress address;
    address.host = m_dir.path();
    address.user = user;
    address.database = QStringLiteral("dutymap");
    return address;
}

QString PostgresServer::execute(const QString &sql) const
{
    DatabaseAddress admin = address();
    if (sql.startsWith(QLatin1String("CREATE DATABASE")))
        admin.database = QStringLiteral("postgres");
    DatabaseConnection connection;
    if (const Status opened = connection.open(admin); !opened)
        return opened.error();
    QSqlQuery query(connection.db());
    if (!query.exec(sql))
        return DatabaseConnection::engineText(query.lastError());
    return {};
}
