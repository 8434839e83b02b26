#pragma once

#include "portfolio/portfoliosummary.h"
#include "storage/database/databaseaddress.h"

#include <memory>

// The agreements of the shared store as a portfolio. Each call connects
// afresh, so the source may be used from any one thread at a time and
// survives a server restart between calls.
class DatabasePortfolioSource : public PortfolioSource
{
public:
    DatabasePortfolioSource(DatabaseAddress address, QString password = {});

    // The source of a connection as the user gave it (URI or dialog).
    static std::unique_ptr<PortfolioSource> create(const DatabaseAddress &address,
                                                   const QString &password = {});

    const DatabaseAddress &address() const { return m_address; }
    const QString &password() const { return m_password; }

    QString name() const override; // the URI, without a password
    Result<QList<PortfolioEntry>> list() override;
    Result<Agreement> open(const QString &location) override;

private:
    DatabaseAddress m_address;
    QString m_password;
};
