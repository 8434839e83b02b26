#include "storage/database/databaseconnection.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlError>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DatabaseConnection)
};
} // namespace

DatabaseConnection::DatabaseConnection()
    : m_name(QStringLiteral("dutymap-database-%1-%2")
                 .arg(++s_counter)
                 .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0')))
{}

DatabaseConnection::~DatabaseConnection()
{
    if (!m_db.isValid())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

Status DatabaseConnection::open(const DatabaseAddress &address, const QString &password)
{
    m_address = address;
    const QString where = address.displayName();
    if (!driverAvailable())
        return Status::failure(Tr::tr("Cannot connect to %1: %2").arg(where, noDriverReason()));
    if (!m_db.isValid())
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
    m_db.setHostName(address.host);
    m_db.setPort(address.port > 0 ? address.port : -1);
    m_db.setDatabaseName(address.database);
    m_db.setUserName(address.user);
    m_db.setPassword(password.isEmpty() ? address.password : password);
    m_db.setConnectOptions(address.connectOptions());
    const bool opened = m_db.open();
    // The password stays with libpq's connection, not in Qt's settings copy.
    m_db.setPassword(QString());
    if (!opened)
        return Status::failure(
            Tr::tr("Cannot connect to %1: %2").arg(where, engineText(m_db.lastError())));
    return {};
}

bool DatabaseConnection::driverAvailable()
{
    return QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"));
}

QString DatabaseConnection::noDriverReason()
{
    return Tr::tr("the PostgreSQL driver of Qt (QPSQL, Debian package libqt6sql6-psql) is not "
                  "installed.");
}

QString DatabaseConnection::engineText(const QSqlError &error)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.driverText().trimmed();
    if (text.isEmpty())
        text = error.text().trimmed();
    // libpq's messages come on several lines, and Qt adds an empty "()"
    // when the server sent no error code.
    text = text.simplified();
    if (text.endsWith(QLatin1String("()")))
        text = text.chopped(2).trimmed();
    if (!text.isEmpty() && !text.endsWith(u'.'))
        text += u'.';
    return text;
}
