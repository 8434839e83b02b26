#include "storage/database/databaseportfoliosource.h"

#include "storage/database/agreementstore.h"

DatabasePortfolioSource::DatabasePortfolioSource(DatabaseAddress address, QString password)
    : m_address(std::move(address))
    , m_password(std::move(password))
{}

std::unique_ptr<PortfolioSource> DatabasePortfolioSource::create(const DatabaseAddress &address,
                                                                 const QString &password)
{
    return std::make_unique<DatabasePortfolioSource>(address, password);
}

QString DatabasePortfolioSource::name() const
{
    return m_address.toUri();
}

Result<QList<PortfolioEntry>> DatabasePortfolioSource::list()
{
    AgreementStore store;
    if (const Status connected = store.connect(m_address, m_password); !connected)
        return Result<QList<PortfolioEntry>>::failure(connected.error());
    return store.portfolio();
}

Result<Agreement> DatabasePortfolioSource::open(const QString &location)
{
    AgreementStore store;
    if (const Status connected = store.connect(m_address, m_password); !connected)
        return Result<Agreement>::failure(connected.error());
    Result<StoredAgreement> stored = store.load(location);
    if (!stored)
        return Result<Agreement>::failure(stored.error());
    return std::move(stored).value().agreement;
}
