#pragma once

#include "command.h"

class AgreementStore;
struct DatabaseAddress;

// dutymap-cli db: the shared store on PostgreSQL. `init` sets it up or
// upgrades it, `push` stores a file's agreement, `pull` writes one to a
// file, `list` names what is there. The address comes from --db or
// DUTYMAP_DB; a password from the URI, PGPASSWORD or ~/.pgpass.
class DbCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("db"); }
    QString summary() const override;
    int run(const QStringList &args, Streams io) const override;

private:
    int init(const DatabaseAddress &address, Streams io) const;
    int push(AgreementStore &store, const QString &file, const QString &name, int over,
             bool replace, Streams io) const;
    int pull(AgreementStore &store, const QString &name, const QString &file, Streams io) const;
    int list(AgreementStore &store, Streams io) const;
};
