#include "passwordvault.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QEventLoop>

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PasswordVault)
};

// QtKeychain works asynchronously; a keychain that is locked may ask the
// user to unlock it, so the event loop must keep running meanwhile.
void runJob(QKeychain::Job &job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit,
                     Qt::QueuedConnection);
    job.setAutoDelete(false);
    job.start();
    loop.exec();
}

} // namespace

PasswordVault &PasswordVault::system()
{
    static SystemKeychain keychain;
    return keychain;
}

QString SystemKeychain::service()
{
    return QStringLiteral("Dutymap database");
}

std::optional<QString> SystemKeychain::read(const QString &key)
{
    QKeychain::ReadPasswordJob job(service());
    job.setInsecureFallback(false);
    job.setKey(key);
    runJob(job);
    if (job.error() != QKeychain::NoError)
        return std::nullopt;
    return job.textData();
}

Status SystemKeychain::write(const QString &key, const QString &password)
{
    QKeychain::WritePasswordJob job(service());
    // Never a plain file when there is no keychain.
    job.setInsecureFallback(false);
    job.setKey(key);
    job.setTextData(password);
    runJob(job);
    if (job.error() != QKeychain::NoError)
        return Status::failure(Tr::tr("The password could not be kept in the system keychain: %1")
                                   .arg(job.errorString()));
    return {};
}

void SystemKeychain::remove(const QString &key)
{
    QKeychain::DeletePasswordJob job(service());
    job.setInsecureFallback(false);
    job.setKey(key);
    runJob(job);
}

std::optional<QString> MemoryVault::read(const QString &key)
{
    const auto found = m_passwords.constFind(key);
    if (found == m_passwords.cend())
        return std::nullopt;
    return *found;
}

Status MemoryVault::write(const QString &key, const QString &password)
{
    m_passwords.insert(key, password);
    return {};
}

void MemoryVault::remove(const QString &key)
{
    m_passwords.remove(key);
}
