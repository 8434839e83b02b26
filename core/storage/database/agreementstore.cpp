#include "storage/database/agreementstore.h"

#include "exchange/jsonformat.h"
#include "model/agreementvalidator.h"
#include "storage/database/databaseschema.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QVariant>

#include <atomic>

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AgreementStore)
};

constexpr qsizetype MaxSummaryBytes = 64 * 1024;

std::atomic<AgreementStore::SaveObserver> s_saveObserver{nullptr};

QString quoted(const QString &text)
{
    return QStringLiteral("“%1”").arg(text);
}

QString compact(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

// The columns every reading of a row's bookkeeping selects, in this order;
// texts written by others are cut short before they reach us.
const QString &infoColumns()
{
    static const QString columns =
        QStringLiteral("id, name, version, left(saved_by, 200), left(saved_from, 200),"
                       " (extract(epoch FROM saved_at) * 1000)::bigint");
    return columns;
}

StoredAgreementInfo infoFrom(const QSqlQuery &query, int first = 0)
{
    StoredAgreementInfo info;
    info.id = query.value(first).toLongLong();
    info.name = query.value(first + 1).toString();
    info.version = query.value(first + 2).toInt();
    info.savedBy = query.value(first + 3).toString();
    info.savedFrom = query.value(first + 4).toString();
    info.savedAt = QDateTime::fromMSecsSinceEpoch(query.value(first + 5).toLongLong(), Qt::UTC);
    return info;
}

} // namespace

QString StoredAgreementInfo::savedByText() const
{
    const QString when = savedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    if (savedFrom.isEmpty())
        return Tr::tr("%1 at %2").arg(savedBy, when);
    return Tr::tr("%1 (%2) at %3").arg(savedBy, savedFrom, when);
}

void AgreementStore::setSaveObserver(SaveObserver observer)
{
    s_saveObserver.store(observer);
}

QString AgreementStore::defaultClientName()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    const QString host = QSysInfo::machineHostName();
    if (user.isEmpty())
        return host;
    return host.isEmpty() ? user : Tr::tr("%1 on %2").arg(user, host);
}

QString AgreementStore::nameProblem(const QString &name)
{
    if (name.trimmed().isEmpty())
        return Tr::tr("An agreement in the database needs a name.");
    if (name.size() > MaxNameLength)
        return Tr::tr("The name is too long: at most %1 characters.").arg(MaxNameLength);
    for (const QChar c : name)
        if (c.category() == QChar::Other_Control)
            return Tr::tr("The name must not contain control characters.");
    return {};
}

Status AgreementStore::connect(const DatabaseAddress &address, const QString &password)
{
    if (const Status opened = m_connection.open(address, password); !opened)
        return opened;
    if (const Status ready = DatabaseSchema::check(m_connection.db()); !ready)
        return Status::failure(Tr::tr("%1: %2").arg(address.displayName(), ready.error()));
    return {};
}

Result<QList<StoredAgreementInfo>> AgreementStore::list()
{
    QSqlQuery query(m_connection.db());
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT %1 FROM dutymap.agreement ORDER BY name").arg(infoColumns())))
        return Result<QList<StoredAgreementInfo>>::failure(
            Tr::tr("Cannot list the agreements in %1: %2")
                .arg(m_connection.address().displayName(),
                     DatabaseConnection::engineText(query.lastError())));
    QList<StoredAgreementInfo> list;
    while (query.next())
        list.append(infoFrom(query));
    return list;
}

Result<QList<PortfolioEntry>> AgreementStore::portfolio()
{
    QSqlQuery query(m_connection.db());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT %1, summary IS NULL, octet_length(summary::text) <= ?,"
                       " CASE WHEN octet_length(summary::text) <= ? THEN summary::text END"
                       " FROM dutymap.agreement ORDER BY name")
            .arg(infoColumns()));
    query.addBindValue(MaxSummaryBytes);
    query.addBindValue(MaxSummaryBytes);
    if (!query.exec())
        return Result<QList<PortfolioEntry>>::failure(
            Tr::tr("Cannot list the agreements in %1: %2")
                .arg(m_connection.address().displayName(),
                     DatabaseConnection::engineText(query.lastError())));
    QList<PortfolioEntry> entries;
    while (query.next()) {
        const StoredAgreementInfo info = infoFrom(query);
        PortfolioEntry entry;
        entry.location = info.name;
        entry.savedBy = info.savedBy;
        entry.savedAt = info.savedAt;
        if (query.value(6).toBool()) {
            entry.error = Tr::tr("%1 has no portfolio summary: it was not saved by Dutymap, or "
                                 "could not be read when the store was upgraded.")
                              .arg(quoted(info.name));
        } else if (!query.value(7).toBool()) {
            entry.error =
                Tr::tr("The portfolio summary of %1 is too large.").arg(quoted(info.name));
        } else {
            QJsonParseError parseError;
            const QJsonDocument json =
                QJsonDocument::fromJson(query.value(8).toString().toUtf8(), &parseError);
            Result<PortfolioSummary> summary =
                json.isObject()
                    ? PortfolioSummary::fromJson(json.object())
                    : Result<PortfolioSummary>::failure(Tr::tr("it is not a JSON object."));
            if (summary)
                entry.summary = std::move(summary).value();
            else
                entry.error = Tr::tr("The portfolio summary of %1 cannot be read: %2")
                                  .arg(quoted(info.name), summary.error());
        }
        entries.append(std::move(entry));
    }
    return entries;
}

Result<StoredAgreement> AgreementStore::load(const QString &name)
{
    const QString where = m_connection.address().displayName();
    const auto fail = [&](const QString &why) {
        return Result<StoredAgreement>::failure(
            Tr::tr("Cannot open %1 from %2: %3").arg(quoted(name), where, why));
    };
    QSqlQuery query(m_connection.db());
    query.setForwardOnly(true);
    // The content is turned into text once, and sent only when its size is
    // sane: a row of a gigabyte must not reach the program.
    query.prepare(QStringLiteral("WITH found AS MATERIALIZED (SELECT %1, content::text AS text"
                                 " FROM dutymap.agreement WHERE name = ?)"
                                 " SELECT *, octet_length(text),"
                                 " CASE WHEN octet_length(text) <= ? THEN text END FROM found")
                      .arg(infoColumns()));
    query.addBindValue(name);
    query.addBindValue(MaxContentBytes);
    if (!query.exec())
        return fail(DatabaseConnection::engineText(query.lastError()));
    if (!query.next())
        return fail(Tr::tr("there is no agreement of that name."));
    StoredAgreement stored;
    stored.info = infoFrom(query);
    if (query.value(7).toLongLong() > MaxContentBytes)
        return fail(Tr::tr("it is too large to be a Dutymap agreement."));
    Result<Agreement> agreement = JsonFormat::fromJson(query.value(8).toString().toUtf8(),
                                                       Tr::tr("%1 in %2").arg(name, where));
    if (!agreement)
        return Result<StoredAgreement>::failure(agreement.error());
    stored.agreement = std::move(agreement).value();
    return stored;
}

StoreSaveOutcome AgreementStore::create(const QString &name, const Agreement &agreement)
{
    return write(name, agreement, 0);
}

StoreSaveOutcome AgreementStore::save(const QString &name, const Agreement &agreement,
                                      int baseVersion)
{
    if (baseVersion < 1)
        return failure(name, Tr::tr("no stored version was opened."));
    return write(name, agreement, baseVersion);
}

StoreSaveOutcome AgreementStore::write(const QString &name, const Agreement &agreement,
                                       int baseVersion)
{
    if (const QString problem = nameProblem(name); !problem.isEmpty())
        return failure(name, problem);
    // The same check a file gets before it is written.
    if (const auto problem = AgreementValidator::firstProblem(agreement))
        return failure(name, problem->sentence());
    const QString content = compact(JsonFormat::toJson(agreement));
    const QString summary = compact(PortfolioSummary::of(agreement).toJson());

    QSqlDatabase &db = m_connection.db();
    if (!db.transaction())
        return failure(name, DatabaseConnection::engineText(db.lastError()));
    const auto rollback = [&](const QSqlQuery &failed) {
        const QString why = DatabaseConnection::engineText(failed.lastError());
        db.rollback();
        return failure(name, why);
    };
    QSqlQuery query(db);
    if (baseVersion == 0) {
        query.prepare(
            QStringLiteral("INSERT INTO dutymap.agreement"
                           " (name, version, content, summary, saved_by, saved_from, saved_at)"
                           " VALUES (?, 1, ?::jsonb, ?::jsonb, session_user, ?, now())"
                           " ON CONFLICT (name) DO NOTHING RETURNING %1")
                .arg(infoColumns()));
        query.addBindValue(name);
        query.addBindValue(content);
        query.addBindValue(summary);
        query.addBindValue(m_clientName);
    } else {
        query.prepare(QStringLiteral("UPDATE dutymap.agreement SET content = ?::jsonb,"
                                     " summary = ?::jsonb, version = version + 1,"
                                     " saved_by = session_user, saved_from = ?, saved_at = now()"
                                     " WHERE name = ? AND version = ? RETURNING %1")
                          .arg(infoColumns()));
        query.addBindValue(content);
        query.addBindValue(summary);
        query.addBindValue(m_clientName);
        query.addBindValue(name);
        query.addBindValue(baseVersion);
    }
    if (!query.exec())
        return rollback(query);
    if (!query.next()) {
        // Someone else created or saved it meanwhile; the row lock of the
        // statement is gone with the rollback.
        db.rollback();
        return conflict(name, baseVersion);
    }
    StoreSaveOutcome outcome;
    outcome.kind = StoreSaveOutcome::Kind::Saved;
    outcome.stored = infoFrom(query);
    query.finish();

    QSqlQuery audit(db);
    audit.prepare(QStringLiteral(
        "INSERT INTO dutymap.audit (agreement_id, agreement_name, version, based_on, revision,"
        " saved_by, saved_from, saved_at) VALUES (?, ?, ?, ?, ?, session_user, ?, now())"));
    audit.addBindValue(outcome.stored.id);
    audit.addBindValue(name);
    audit.addBindValue(outcome.stored.version);
    audit.addBindValue(baseVersion == 0 ? QVariant(QMetaType::fromType<int>())
                                        : QVariant(baseVersion));
    audit.addBindValue(agreement.details.revision);
    audit.addBindValue(m_clientName);
    if (!audit.exec())
        return rollback(audit);

    if (const SaveObserver observer = s_saveObserver.load())
        observer(SaveStage::Written);
    if (!db.commit()) {
        const QString why = DatabaseConnection::engineText(db.lastError());
        db.rollback();
        return failure(name, why);
    }
    return outcome;
}

StoreSaveOutcome AgreementStore::conflict(const QString &name, int baseVersion)
{
    QSqlQuery query(m_connection.db());
    query.prepare(
        QStringLiteral("SELECT %1 FROM dutymap.agreement WHERE name = ?").arg(infoColumns()));
    query.addBindValue(name);
    if (!query.exec())
        return failure(name, DatabaseConnection::engineText(query.lastError()));
    StoreSaveOutcome outcome;
    outcome.kind = StoreSaveOutcome::Kind::Conflict;
    if (!query.next()) {
        outcome.message =
            Tr::tr("%1 is no longer in the database: someone removed or renamed it since you "
                   "opened it.")
                .arg(quoted(name));
        return outcome;
    }
    outcome.stored = infoFrom(query);
    if (baseVersion == 0)
        outcome.message = Tr::tr("There is already an agreement named %1 in the database, "
                                 "saved by %2.")
                              .arg(quoted(name), outcome.stored.savedByText());
    else
        outcome.message = Tr::tr("%1 was saved by %2 since you opened it (version %3; you "
                                 "opened version %4). Your save was refused so that neither "
                                 "change is lost.")
                              .arg(quoted(name), outcome.stored.savedByText())
                              .arg(outcome.stored.version)
                              .arg(baseVersion);
    return outcome;
}

StoreSaveOutcome AgreementStore::failure(const QString &name, const QString &reason)
{
    StoreSaveOutcome outcome;
    outcome.kind = StoreSaveOutcome::Kind::Failed;
    outcome.message = Tr::tr("Cannot save %1 to %2: %3")
                          .arg(quoted(name), m_connection.address().displayName(), reason);
    return outcome;
}
