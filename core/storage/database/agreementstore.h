#pragma once

#include "model/agreement.h"
#include "portfolio/portfoliosummary.h"
#include "result.h"
#include "storage/database/databaseconnection.h"

#include <QDateTime>
#include <QList>
#include <QString>

// One agreement's row in the shared store, without its content.
struct StoredAgreementInfo {
    qint64 id = 0;
    QString name;
    int version = 0;   // counts saves; a save names the version it started from
    QString savedBy;   // the database user who saved it last
    QString savedFrom; // where from, as that program said ("jdoe on laptop-7")
    QDateTime savedAt;

    // "alice (jdoe on laptop-7) at 2026-12-03 14:02", for messages.
    QString savedByText() const;
};

struct StoredAgreement {
    StoredAgreementInfo info;
    Agreement agreement;
};

// What became of a save: saved (the new row), refused because someone
// else saved since (the row that is there now, and a sentence naming who
// and when), or failed (nothing changed, or the server went away).
struct StoreSaveOutcome {
    enum class Kind { Saved, Conflict, Failed };
    Kind kind = Kind::Failed;
    StoredAgreementInfo stored;
    QString message; // empty when saved

    bool saved() const { return kind == Kind::Saved; }
};

// The shared store: agreements in PostgreSQL the way they live in a file.
// The content is the JSON of docs/json-format.md and is read back by the
// same strict reader as a JSON file, since any database user may have
// written the row. Each save is one short transaction with bound values;
// optimistic locking by the version column means nothing is locked while
// someone edits, and a save over a version other than the one opened is
// refused. Every save is recorded in dutymap.audit.
class AgreementStore
{
public:
    static constexpr qsizetype MaxNameLength = 200;
    static constexpr qsizetype MaxContentBytes = 512ll * 1024 * 1024; // as a JSON file

    // Connects and checks that the store is set up at this version.
    Status connect(const DatabaseAddress &address, const QString &password = {});
    DatabaseConnection &connection() { return m_connection; }

    // Recorded as saved_from with each save; by default "user on host".
    void setClientName(const QString &name) { m_clientName = name; }
    static QString defaultClientName();

    Result<QList<StoredAgreementInfo>> list();
    // Every agreement with its stored portfolio summary, without reading any
    // agreement's content.
    Result<QList<PortfolioEntry>> portfolio();
    Result<StoredAgreement> load(const QString &name);
    // A new agreement under a name no other has.
    StoreSaveOutcome create(const QString &name, const Agreement &agreement);
    // Over `baseVersion`, the version that was opened; refused when the
    // stored one is another.
    StoreSaveOutcome save(const QString &name, const Agreement &agreement, int baseVersion);

    // Empty when `name` can name an agreement, else why not.
    static QString nameProblem(const QString &name);

    // Where a save stands; tests stop the server there.
    enum class SaveStage {
        Written, // every statement ran; the commit comes next
    };
    using SaveObserver = void (*)(SaveStage stage);
    static void setSaveObserver(SaveObserver observer);

private:
    StoreSaveOutcome conflict(const QString &name, int baseVersion);
    StoreSaveOutcome failure(const QString &name, const QString &reason);
    StoreSaveOutcome write(const QString &name, const Agreement &agreement, int baseVersion);

    DatabaseConnection m_connection;
    QString m_clientName = defaultClientName();
};
