#include "storage/sqliteconnection.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlError>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AgreementFile)
};
} // namespace

SqliteConnection::SqliteConnection(const QString &file, const QString &options)
    : m_name(QStringLiteral("dutymap-storage-%1-%2")
                 .arg(++s_counter)
                 .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0')))
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_db.setDatabaseName(file);
    m_db.setConnectOptions(options);
}

SqliteConnection::~SqliteConnection()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

bool SqliteConnection::driverAvailable()
{
    return QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"));
}

QString SqliteConnection::noDriverReason()
{
    return Tr::tr("the SQLite driver of Qt (QSQLITE) is not installed.");
}

QString SqliteConnection::engineText(const QSqlError &error)
{
    const QString text = error.databaseText();
    return text.isEmpty() ? error.text() : text;
}
