#include "storage/agreementfile.h"

#include "assessment/assessmentquestions.h"
#include "revisions/canonicalform.h"
#include "storage/migration.h"
#include "storage/schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>
#include <QtEndian>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <limits>
#include <system_error>

#if defined(Q_OS_WIN)
#include <io.h>
#else
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace {

constexpr qint64 MaxFileSize = qint64(1) << 30;
constexpr int MaxRows = 1'000'000;
constexpr qsizetype MaxTextLength = 1'000'000;
constexpr int MaxId = Agreement::MaxId;
constexpr qsizetype HeaderSize = 100;

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AgreementFile)
};

QString quoted(const QString &text)
{
    return QStringLiteral("“%1”").arg(text);
}

QString quoted(const char *latin1)
{
    return quoted(QLatin1String(latin1));
}

std::filesystem::path fsPath(const QString &path)
{
    return std::filesystem::path(QFile::encodeName(path).toStdString());
}

QString engineText(const QSqlError &error)
{
    const QString text = error.databaseText();
    return text.isEmpty() ? error.text() : text;
}

// One uniquely named connection per call, removed afterwards. Every QSqlQuery
// on it must be destroyed before this is, or Qt warns the connection is
// still in use; callers keep their queries in narrower scopes.
class Connection
{
public:
    Connection(const QString &file, const QString &options)
        : m_name(QStringLiteral("dutymap-storage-%1-%2")
                     .arg(++s_counter)
                     .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0')))
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(file);
        m_db.setConnectOptions(options);
    }
    ~Connection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    QSqlDatabase &db() { return m_db; }

private:
    static inline std::atomic<quint64> s_counter{0};
    QString m_name;
    QSqlDatabase m_db;
};

bool sqliteAvailable()
{
    return QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"));
}

QString noDriverReason()
{
    return Tr::tr("the SQLite driver of Qt (QSQLITE) is not installed.");
}

// ---------------------------------------------------------------------------
// Consistency of references, shared by save (refuse to write a file that
// load would refuse) and load (after all rows are read).

template <typename T>
QString duplicateOrInvalidId(const QList<T> &list, const char *noun, const char *plural,
                             QSet<int> &ids)
{
    ids.reserve(list.size());
    for (const T &item : list) {
        if (item.id <= 0)
            return Tr::tr("%1 has an id that is not above 0.").arg(Tr::tr(noun).arg(item.id));
        if (item.id > MaxId)
            return Tr::tr("%1 has an id above 1,000,000,000.").arg(Tr::tr(noun).arg(item.id));
        if (ids.contains(item.id))
            return Tr::tr("two %1 have the id %2.").arg(Tr::tr(plural)).arg(item.id);
        ids.insert(item.id);
    }
    return {};
}

QString missingReference(const QString &who, const char *targetNoun, int targetId)
{
    return Tr::tr("%1 refers to %2, which does not exist.")
        .arg(who, Tr::tr(targetNoun).arg(targetId));
}

QString referenceProblem(const Agreement &a)
{
    QSet<int> parties, areas, systems, duties, rules, tools;
    for (const QString &problem : {
             duplicateOrInvalidId(a.parties, QT_TRANSLATE_NOOP("AgreementFile", "party %1"),
                                  QT_TRANSLATE_NOOP("AgreementFile", "parties"), parties),
             duplicateOrInvalidId(a.areas, QT_TRANSLATE_NOOP("AgreementFile", "area %1"),
                                  QT_TRANSLATE_NOOP("AgreementFile", "areas"), areas),
             duplicateOrInvalidId(a.systems, QT_TRANSLATE_NOOP("AgreementFile", "system %1"),
                                  QT_TRANSLATE_NOOP("AgreementFile", "systems"), systems),
             duplicateOrInvalidId(a.tools, QT_TRANSLATE_NOOP("AgreementFile", "tool %1"),
                                  QT_TRANSLATE_NOOP("AgreementFile", "tools"), tools),
             duplicateOrInvalidId(a.duties, QT_TRANSLATE_NOOP("AgreementFile", "duty %1"),
                                  QT_TRANSLATE_NOOP("AgreementFile", "duties"), duties),
             duplicateOrInvalidId(a.rules, QT_TRANSLATE_NOOP("AgreementFile", "escalation rule %1"),
                                  QT_TRANSLATE_NOOP("AgreementFile", "escalation rules"), rules),
         }) {
        if (!problem.isEmpty())
            return problem;
    }

    const auto partyRef = [&](const QString &who, int id) {
        return id == 0 || parties.contains(id)
                   ? QString()
                   : missingReference(who, QT_TRANSLATE_NOOP("AgreementFile", "party %1"), id);
    };

    for (const Tool &tool : a.tools) {
        const QString who = Tr::tr("tool %1").arg(tool.id);
        if (QString p = partyRef(who, tool.ownerId); !p.isEmpty())
            return p;
        for (auto it = tool.access.cbegin(); it != tool.access.cend(); ++it)
            if (!parties.contains(it.key()))
                return Tr::tr("tool %1 gives access to party %2, which does not exist.")
                    .arg(tool.id)
                    .arg(it.key());
    }
    for (qsizetype i = 0; i < a.details.ticketCategories.size(); ++i) {
        const int areaId = a.details.ticketCategories.at(i).areaId;
        if (areaId != 0 && !areas.contains(areaId))
            return missingReference(Tr::tr("ticket category %1").arg(i + 1),
                                    QT_TRANSLATE_NOOP("AgreementFile", "area %1"), areaId);
    }
    for (const Duty &duty : a.duties) {
        const QString who = Tr::tr("duty %1").arg(duty.id);
        if (duty.areaId != 0 && !areas.contains(duty.areaId))
            return missingReference(who, QT_TRANSLATE_NOOP("AgreementFile", "area %1"),
                                    duty.areaId);
        if (duty.systemId != 0 && !systems.contains(duty.systemId))
            return missingReference(who, QT_TRANSLATE_NOOP("AgreementFile", "system %1"),
                                    duty.systemId);
        for (const int toolId : duty.toolIds)
            if (!tools.contains(toolId))
                return missingReference(who, QT_TRANSLATE_NOOP("AgreementFile", "tool %1"), toolId);
        for (auto it = duty.roles.cbegin(); it != duty.roles.cend(); ++it)
            if (!parties.contains(it.key()))
                return Tr::tr("duty %1 gives roles to party %2, which does not exist.")
                    .arg(duty.id)
                    .arg(it.key());
    }
    for (const EscalationRule &rule : a.rules) {
        const QString who = Tr::tr("escalation rule %1").arg(rule.id);
        for (const int id : {rule.firstResponderId, rule.escalateToId, rule.afterHoursHandlerId})
            if (QString p = partyRef(who, id); !p.isEmpty())
                return p;
    }
    for (qsizetype i = 0; i < a.details.signatories.size(); ++i) {
        const QString who = Tr::tr("signatory %1").arg(i + 1);
        if (QString p = partyRef(who, a.details.signatories.at(i).partyId); !p.isEmpty())
            return p;
    }
    return {};
}

// ---------------------------------------------------------------------------
// Saving

// Qt binds a null QString as SQL NULL; text columns are NOT NULL, and the
// model does not tell null from empty.
QVariant textValue(const QString &text)
{
    return text.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(text);
}

QVariant optionalId(int id)
{
    return id == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(id);
}

QVariant optionalDate(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                          : QVariant(QMetaType::fromType<QString>());
}

// Inserts rows into one table many at a time: for a small row, Qt's cost
// per exec() is several times SQLite's own work, so rows are gathered into
// multi-row INSERT statements.
class BatchInsert
{
public:
    static constexpr int RowsPerStatement = 100;

    BatchInsert(QSqlDatabase &db, const char *table, const char *columns, int columnCount)
        : m_db(db)
        , m_table(QLatin1String(table))
        , m_columns(QLatin1String(columns))
        , m_columnCount(columnCount)
        , m_full(db)
    {
        m_pending.reserve(RowsPerStatement * columnCount);
    }

    // False once a statement failed; error() says why.
    bool add(std::initializer_list<QVariant> row)
    {
        Q_ASSERT(qsizetype(row.size()) == m_columnCount);
        m_pending.append(row);
        return m_pending.size() < RowsPerStatement * m_columnCount || flush();
    }

    bool finish() { return m_pending.isEmpty() || flush(); }

    const QSqlError &error() const { return m_error; }

private:
    QString statement(qsizetype rows) const
    {
        QString row = QStringLiteral("(?");
        for (int i = 1; i < m_columnCount; ++i)
            row += QLatin1String(", ?");
        row += QLatin1Char(')');
        QStringList values(rows, row);
        return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
            .arg(m_table, m_columns, values.join(QLatin1String(", ")));
    }

    bool flush()
    {
        const qsizetype rows = m_pending.size() / m_columnCount;
        QSqlQuery partial(m_db);
        QSqlQuery *q = &m_full;
        if (rows == RowsPerStatement) {
            if (!m_fullPrepared && !m_full.prepare(statement(rows))) {
                m_error = m_full.lastError();
                return false;
            }
            m_fullPrepared = true;
        } else {
            q = &partial;
            if (!q->prepare(statement(rows))) {
                m_error = q->lastError();
                return false;
            }
        }
        for (qsizetype i = 0; i < m_pending.size(); ++i)
            q->bindValue(int(i), m_pending.at(i));
        m_pending.clear();
        if (!q->exec()) {
            m_error = q->lastError();
            return false;
        }
        return true;
    }

    QSqlDatabase &m_db;
    QString m_table;
    QString m_columns;
    int m_columnCount;
    QSqlQuery m_full;
    bool m_fullPrepared = false;
    QVariantList m_pending;
    QSqlError m_error;
};

// Writes one agreement into a fresh database; the first failure stops it
// and keeps the engine's reason.
class Writer
{
public:
    explicit Writer(QSqlDatabase &db)
        : m_db(db)
    {}

    QString error() const { return m_error; }
    // SQLite's primary result code of the failure, 0 when none.
    int code() const { return m_code & 0xff; }

    bool write(const Agreement &a)
    {
        // The file is a temporary one that is renamed into place only when
        // complete, so neither a journal nor syncing each page buys safety.
        const QStringList setup = {
            QStringLiteral("PRAGMA journal_mode = OFF"),
            QStringLiteral("PRAGMA synchronous = OFF"),
            QStringLiteral("PRAGMA locking_mode = EXCLUSIVE"),
            QStringLiteral("PRAGMA cache_size = -65536"),
            QStringLiteral("PRAGMA foreign_keys = ON"),
            QStringLiteral("PRAGMA application_id = %1").arg(AgreementFile::ApplicationId),
            QStringLiteral("PRAGMA user_version = %1").arg(AgreementFile::SchemaVersion),
        };
        for (const QString &sql : setup)
            if (!exec(sql))
                return false;
        if (!m_db.transaction())
            return failed(m_db.lastError());
        for (const QString &sql : AgreementSchema::createStatements())
            if (!exec(sql))
                return false;
        // Parents before children: foreign keys are checked per statement.
        if (!writeMeta(a) || !writeLists(a) || !writeParties(a) || !writeAreas(a)
            || !writeCategories(a) || !writeSystems(a) || !writeTools(a) || !writeDuties(a)
            || !writeRules(a) || !writeSignatories(a) || !writeRevisions(a))
            return false;
        // Not QSqlDatabase::commit(): its error drops SQLite's result code,
        // and a full disk shows up exactly here.
        return exec(QStringLiteral("COMMIT"));
    }

private:
    bool failed(const QSqlError &error)
    {
        m_error = engineText(error);
        m_code = error.nativeErrorCode().toInt();
        return false;
    }

    bool exec(const QString &sql)
    {
        QSqlQuery q(m_db);
        if (!q.exec(sql))
            return failed(q.lastError());
        return true;
    }

    bool finish(BatchInsert &batch) { return batch.finish() || failed(batch.error()); }
    bool add(BatchInsert &batch, std::initializer_list<QVariant> row)
    {
        return batch.add(row) || failed(batch.error());
    }

    bool writeMeta(const Agreement &a)
    {
        const AgreementDetails &d = a.details;
        BatchInsert meta(m_db, "meta", "key, value", 2);
        const auto put = [&](const char *key, const QVariant &value) {
            return add(meta, {QString::fromLatin1(key), value});
        };
        const QString assessment =
            QString::fromUtf8(QJsonDocument(AssessmentQuestions::toJson(a.assessment))
                                  .toJson(QJsonDocument::Compact));
        return put("title", d.title) && put("client", d.client) && put("provider", d.provider)
               && put("model_id", d.modelId) && put("language", d.language)
               && put("effective_date", optionalDate(d.effectiveDate))
               && put("review_months", d.reviewMonths)
               && put("next_review", optionalDate(d.nextReview))
               && put("status", AgreementDetails::statusKey(d.status))
               && put("revision", d.revision) && put("notes", d.notes) && put("next_id", a.nextId)
               && put("assessment", assessment) && finish(meta);
    }

    bool writeList(const char *table, const QStringList &names)
    {
        BatchInsert list(m_db, table, "position, name", 2);
        for (qsizetype i = 0; i < names.size(); ++i)
            if (!add(list, {i, textValue(names.at(i))}))
                return false;
        return finish(list);
    }

    bool writeLists(const Agreement &a) { return writeList("location", a.details.locations); }

    bool writeParties(const Agreement &a)
    {
        BatchInsert party(m_db, "party", "id, position, name, code, kind, color", 6);
        for (qsizetype i = 0; i < a.parties.size(); ++i) {
            const Party &p = a.parties.at(i);
            const QVariant color =
                p.color.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(p.color);
            if (!add(party, {p.id, i, textValue(p.name), textValue(p.code), Party::kindKey(p.kind),
                             color}))
                return false;
        }
        return finish(party);
    }

    bool writeAreas(const Agreement &a)
    {
        BatchInsert area(m_db, "area", "id, position, template_key, name", 4);
        for (qsizetype i = 0; i < a.areas.size(); ++i) {
            const Area &r = a.areas.at(i);
            if (!add(area, {r.id, i, textValue(r.key), textValue(r.name)}))
                return false;
        }
        return finish(area);
    }

    // After the areas: a category refers to one.
    bool writeCategories(const Agreement &a)
    {
        BatchInsert category(m_db, "ticket_category", "position, name, area_id", 3);
        const QList<TicketCategory> &categories = a.details.ticketCategories;
        for (qsizetype i = 0; i < categories.size(); ++i)
            if (!add(category,
                     {i, textValue(categories.at(i).name), optionalId(categories.at(i).areaId)}))
                return false;
        return finish(category);
    }

    bool writeSystems(const Agreement &a)
    {
        BatchInsert system(m_db, "system", "id, position, template_key, name, kind, criticality",
                           6);
        for (qsizetype i = 0; i < a.systems.size(); ++i) {
            const System &s = a.systems.at(i);
            if (!add(system, {s.id, i, textValue(s.key), textValue(s.name), textValue(s.kind),
                              System::criticalityKey(s.criticality)}))
                return false;
        }
        return finish(system);
    }

    bool writeTools(const Agreement &a)
    {
        BatchInsert tool(m_db, "tool", "id, position, template_key, name, category, owner_id", 6);
        for (qsizetype i = 0; i < a.tools.size(); ++i) {
            const Tool &t = a.tools.at(i);
            if (!add(tool, {t.id, i, textValue(t.key), textValue(t.name), textValue(t.category),
                            optionalId(t.ownerId)}))
                return false;
        }
        if (!finish(tool))
            return false;
        BatchInsert access(m_db, "tool_access",
                           "tool_id, party_id, level, role, approved_by, mfa_required, expires", 7);
        for (const Tool &t : a.tools) {
            for (auto it = t.access.cbegin(); it != t.access.cend(); ++it) {
                if (!add(access, {t.id, it.key(), ToolAccess::levelKey(it->level),
                                  textValue(it->role), textValue(it->approvedBy),
                                  it->mfaRequired ? 1 : 0, optionalDate(it->expires)}))
                    return false;
            }
        }
        return finish(access);
    }

    bool writeDuties(const Agreement &a)
    {
        // One pass per table, so that every duty exists before a row
        // refers to it.
        BatchInsert duty(m_db, "duty",
                         "id, position, template_key, area_id, system_id, title, description,"
                         " kind, frequency, notes",
                         10);
        for (qsizetype i = 0; i < a.duties.size(); ++i) {
            const Duty &d = a.duties.at(i);
            if (!add(duty, {d.id, i, textValue(d.key), optionalId(d.areaId), optionalId(d.systemId),
                            textValue(d.title), textValue(d.description), Duty::kindKey(d.kind),
                            textValue(d.frequency), textValue(d.notes)}))
                return false;
        }
        if (!finish(duty))
            return false;

        BatchInsert control(m_db, "duty_control", "duty_id, position, control", 3);
        BatchInsert tool(m_db, "duty_tool", "duty_id, position, tool_id", 3);
        BatchInsert raci(m_db, "raci", "duty_id, party_id, roles", 3);
        for (const Duty &d : a.duties) {
            for (qsizetype c = 0; c < d.controls.size(); ++c)
                if (!add(control, {d.id, c, textValue(d.controls.at(c))}))
                    return false;
            for (qsizetype t = 0; t < d.toolIds.size(); ++t)
                if (!add(tool, {d.id, t, d.toolIds.at(t)}))
                    return false;
            for (auto it = d.roles.cbegin(); it != d.roles.cend(); ++it) {
                // An empty entry means "no role", which the file says by absence.
                if (!it->isEmpty() && !add(raci, {d.id, it.key(), it->toString()}))
                    return false;
            }
        }
        return finish(control) && finish(tool) && finish(raci);
    }

    bool writeRules(const Agreement &a)
    {
        BatchInsert rule(m_db, "escalation_rule",
                         "id, position, name, category, min_urgency, location, vip,"
                         " after_hours, first_responder_id, escalate_to_id, escalate_when,"
                         " escalate_after_minutes, response_low, response_normal, response_high,"
                         " response_critical, resolution_low, resolution_normal,"
                         " resolution_high, resolution_critical, after_hours_handler_id",
                         21);
        for (qsizetype i = 0; i < a.rules.size(); ++i) {
            const EscalationRule &r = a.rules.at(i);
            static_assert(EscalationRule::UrgencyCount == 4, "one column per urgency");
            const auto &response = r.responseMinutes;
            const auto &resolution = r.resolutionMinutes;
            if (!add(rule, {r.id,
                            i,
                            textValue(r.name),
                            textValue(r.category),
                            EscalationRule::urgencyKey(r.minUrgency),
                            textValue(r.location),
                            EscalationRule::matchKey(r.vip),
                            EscalationRule::matchKey(r.afterHours),
                            optionalId(r.firstResponderId),
                            optionalId(r.escalateToId),
                            EscalationRule::triggerKey(r.trigger),
                            r.escalateAfterMinutes,
                            response[0],
                            response[1],
                            response[2],
                            response[3],
                            resolution[0],
                            resolution[1],
                            resolution[2],
                            resolution[3],
                            optionalId(r.afterHoursHandlerId)}))
                return false;
        }
        return finish(rule);
    }

    bool writeSignatories(const Agreement &a)
    {
        BatchInsert signatory(m_db, "signatory", "position, name, title, party_id, signed_on, note",
                              6);
        for (qsizetype i = 0; i < a.details.signatories.size(); ++i) {
            const Signatory &s = a.details.signatories.at(i);
            if (!add(signatory, {i, textValue(s.name), textValue(s.title), optionalId(s.partyId),
                                 optionalDate(s.date), textValue(s.note)}))
                return false;
        }
        return finish(signatory);
    }

    bool writeRevisions(const Agreement &a)
    {
        // One row at a time: a content blob can be large, and 100 of them
        // in one statement would be held in memory twice.
        BatchInsert revision(m_db, "revision", "number, signed_on, fingerprint, content", 4);
        BatchInsert signatory(m_db, "revision_signatory",
                              "revision, position, name, title, party_id, signed_on, note", 7);
        for (const Revision &r : a.revisions) {
            if (!add(revision, {r.number, optionalDate(r.signedOn), r.fingerprint, r.snapshot})
                || !finish(revision))
                return false;
            for (qsizetype i = 0; i < r.signatories.size(); ++i) {
                const Signatory &s = r.signatories.at(i);
                if (!add(signatory,
                         {r.number, i, textValue(s.name), textValue(s.title), optionalId(s.partyId),
                          optionalDate(s.date), textValue(s.note)}))
                    return false;
            }
        }
        return finish(signatory);
    }

    QSqlDatabase &m_db;
    QString m_error;
    int m_code = 0;
};

QString writeReason(int sqliteCode, const QString &engine)
{
    constexpr int SqliteFull = 13;
    constexpr int SqliteIoErr = 10;
    if (sqliteCode == SqliteFull)
        return Tr::tr("the disk is full.");
    if (sqliteCode == SqliteIoErr)
        return Tr::tr("writing failed (%1); the disk may be full or failing.").arg(engine);
    return Tr::tr("the database engine reported: %1.").arg(engine);
}

QString createReason(int error, const QString &folder, const QString &qtText)
{
    switch (error) {
    case EACCES:
    case EPERM:
    case EROFS:
        return Tr::tr("the folder %1 is not writable.").arg(folder);
    case ENOSPC:
#if defined(EDQUOT)
    case EDQUOT:
#endif
        return Tr::tr("the disk is full.");
    case ENOENT:
    case ENOTDIR:
        return Tr::tr("the folder %1 does not exist.").arg(folder);
    default:
        return Tr::tr("cannot create a file in the folder %1 (%2).").arg(folder, qtText);
    }
}

bool syncFile(const QString &path, QString *reason)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite)) {
        *reason = file.errorString();
        return false;
    }
#if defined(Q_OS_WIN)
    const int rc = ::_commit(file.handle());
#else
    const int rc = ::fsync(file.handle());
#endif
    if (rc != 0) {
        *reason = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    return true;
}

// Makes the rename itself durable. Some file systems refuse fsync on a
// folder; the new file is complete either way, so that is not an error.
void syncFolder(const QString &folder)
{
#if !defined(Q_OS_WIN)
    const int fd =
        ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(folder);
#endif
}

// Temporary files are named ".<target name>.<hex>.tmp"; the lock a save
// holds on its own tells a live save from one that was killed. flock locks
// are separate from the fcntl locks SQLite takes (except on NFS, where the
// lock may lapse when SQLite closes the file: the worst case is a concurrent
// save of the same target failing with a message).
bool isOwnTempName(const QString &name, const QString &targetName)
{
    const QString prefix = QLatin1Char('.') + targetName + QLatin1Char('.');
    const QLatin1String suffix(".tmp");
    if (!name.startsWith(prefix) || !name.endsWith(suffix))
        return false;
    const QStringView hex = QStringView(name).sliced(prefix.size()).chopped(suffix.size());
    if (hex.isEmpty() || hex.size() > 16)
        return false;
    for (const QChar c : hex)
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    return true;
}

// Locks a newly created temporary file. False when a clean-up removed it
// between its creation and the lock; the caller then picks another name.
bool claimTemp(const QFile &file)
{
#if !defined(Q_OS_WIN)
    struct stat opened {};
    struct stat named {};
    return ::flock(file.handle(), LOCK_EX | LOCK_NB) == 0 && ::fstat(file.handle(), &opened) == 0
           && ::lstat(QFile::encodeName(file.fileName()).constData(), &named) == 0
           && opened.st_dev == named.st_dev && opened.st_ino == named.st_ino;
#else
    Q_UNUSED(file);
    return true;
#endif
}

// Removes the temporary files that killed saves of `targetName` left in
// `folder`: only names of save()'s own pattern, only regular files, and only
// when no running save holds their lock.
void removeStaleTemps(const QString &folder, const QString &targetName)
{
#if !defined(Q_OS_WIN)
    const QDir dir(folder);
    const QStringList names =
        dir.entryList({QStringLiteral(".*.tmp")}, QDir::Files | QDir::Hidden | QDir::NoSymLinks);
    for (const QString &name : names) {
        if (!isOwnTempName(name, targetName))
            continue;
        const QByteArray path = QFile::encodeName(dir.filePath(name));
        const int fd = ::open(path.constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
        if (fd < 0)
            continue;
        struct stat opened {};
        struct stat named {};
        // Checked under the lock: the name must still be this very file.
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0 && ::fstat(fd, &opened) == 0
            && S_ISREG(opened.st_mode) && ::lstat(path.constData(), &named) == 0
            && opened.st_dev == named.st_dev && opened.st_ino == named.st_ino)
            ::unlink(path.constData());
        ::close(fd);
    }
#else
    Q_UNUSED(folder);
    Q_UNUSED(targetName);
#endif
}

std::atomic<AgreementFile::SaveObserver> s_saveObserver{nullptr};

void notifySaveStage(AgreementFile::SaveStage stage, const QString &tempPath)
{
    if (const AgreementFile::SaveObserver observer = s_saveObserver.load())
        observer(stage, tempPath);
}

// The mode bits only: WriteUser says what the current user may do, and
// root may do anything.
bool hasAnyWriteBit(QFileDevice::Permissions permissions)
{
    return permissions
           & (QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther);
}

// ---------------------------------------------------------------------------
// Loading

// Checks made on the bytes alone, before SQLite parses anything: what kind
// of file this is, who made it, and whether its size fits its header.
QString checkFileBytes(const QString &path, const QString &name)
{
    const auto cannotOpen = [&](const QString &reason) {
        return Tr::tr("Cannot open %1: %2").arg(quoted(name), reason);
    };

    std::error_code ec;
    const std::filesystem::file_status status = std::filesystem::status(fsPath(path), ec);
    if (status.type() == std::filesystem::file_type::not_found) {
        if (QFileInfo(path).isSymLink())
            return cannotOpen(Tr::tr("it is a link to a file that does not exist."));
        return cannotOpen(Tr::tr("the file does not exist."));
    }
    if (ec)
        return cannotOpen(QString::fromLocal8Bit(ec.message().c_str()) + QLatin1Char('.'));
    if (status.type() == std::filesystem::file_type::directory)
        return cannotOpen(Tr::tr("it is a folder, not a file."));
    if (status.type() != std::filesystem::file_type::regular)
        return cannotOpen(Tr::tr("it is not a regular file (a device, pipe or socket)."));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return cannotOpen(file.errorString() + QLatin1Char('.'));
    const qint64 size = file.size();
    if (size == 0)
        return cannotOpen(Tr::tr("the file is empty."));
    if (size >= MaxFileSize)
        return cannotOpen(Tr::tr("the file is 1 GiB or larger, too large for an agreement."));

    const QByteArray header = file.read(HeaderSize);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (!header.startsWith(magic))
        return Tr::tr("%1 is not a Dutymap file (not an SQLite database).").arg(quoted(name));
    const QString damaged = Tr::tr("%1 is truncated or damaged.").arg(quoted(name));
    if (header.size() < HeaderSize)
        return damaged;

    const auto be16 = [&](int offset) {
        return qFromBigEndian<quint16>(header.constData() + offset);
    };
    const auto be32 = [&](int offset) {
        return qFromBigEndian<quint32>(header.constData() + offset);
    };

    if (qint32(be32(68)) != AgreementFile::ApplicationId)
        return Tr::tr("%1 is an SQLite database of another program, not a Dutymap agreement.")
            .arg(quoted(name));
    const qint32 version = qint32(be32(60));
    if (version > AgreementFile::SchemaVersion)
        return Tr::tr("%1 was made by a newer Dutymap (format %2); this version reads format %3.")
            .arg(quoted(name))
            .arg(version)
            .arg(AgreementFile::SchemaVersion);
    if (version < 1)
        return Tr::tr("%1 is damaged: its format number %2 is not one Dutymap ever wrote.")
            .arg(quoted(name))
            .arg(version);

    // Page size is a power of two from 512 to 65536; 1 stands for 65536.
    const quint32 rawPageSize = be16(16);
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return damaged;
    if (size % pageSize != 0)
        return damaged;
    // The page count in the header is only meaningful when the "valid for"
    // counter matches the change counter (SQLite 3.7.0 and later).
    const quint32 pageCount = be32(28);
    if (pageCount != 0 && be32(24) == be32(92) && qint64(pageCount) * pageSize != size)
        return damaged;
    return {};
}

// What a SELECT row is, for error sentences: "duty 42", "party 3".
struct RowRef {
    const char *noun; // translatable, with %1 for the id
    qint64 id;

    QString label() const
    {
        const QString text = Tr::tr(noun);
        return text.contains(QLatin1String("%1")) ? text.arg(id) : text;
    }
};

// Reads an untrusted database into an Agreement. Every value is checked for
// type, range, length and known keys; the first problem stops the reading
// with a sentence naming the table, the row and the column.
class Loader
{
public:
    Loader(QSqlDatabase &db, const QString &name)
        : m_db(db)
        , m_name(name)
    {}

    const QString &error() const { return m_error; }

    std::optional<Agreement> load()
    {
        Agreement a;
        if (!prepareConnection() || !checkTables() || !readMeta(a) || !readLists(a)
            || !readParties(a) || !readAreas(a) || !readSystems(a) || !readTools(a)
            || !readToolAccess(a) || !readDuties(a) || !readControls(a) || !readDutyTools(a)
            || !readRaci(a) || !readRules(a) || !readSignatories(a) || !readRevisions(a))
            return std::nullopt;
        if (const QString problem = referenceProblem(a); !problem.isEmpty()) {
            fail(problem);
            return std::nullopt;
        }
        a.nextId = std::max(a.nextId, a.computeNextId());
        if (m_version == 1)
            Migration::fromVersion1(a);
        return a;
    }

private:
    bool fail(const QString &reason)
    {
        m_error = Tr::tr("%1 is damaged: %2").arg(quoted(m_name), reason);
        return false;
    }

    bool failWhole(const QString &sentence)
    {
        m_error = sentence;
        return false;
    }

    bool prepareConnection()
    {
        // Schema objects of a stranger's file must not call functions with
        // side effects; nothing here writes, and SQLite is told so twice.
        for (const char *pragma : {"PRAGMA trusted_schema = OFF", "PRAGMA query_only = ON",
                                   "PRAGMA cell_size_check = ON", "PRAGMA mmap_size = 0"}) {
            QSqlQuery q(m_db);
            if (!q.exec(QString::fromLatin1(pragma)))
                return failWhole(Tr::tr("%1 is truncated or damaged (%2).")
                                     .arg(quoted(m_name), engineText(q.lastError())));
        }
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("PRAGMA quick_check(1)")) || !q.next())
            return failWhole(Tr::tr("%1 is truncated or damaged (%2).")
                                 .arg(quoted(m_name), engineText(q.lastError())));
        const QString verdict = q.value(0).toString();
        if (verdict != QLatin1String("ok"))
            return failWhole(
                Tr::tr("%1 is truncated or damaged (%2).").arg(quoted(m_name), verdict.left(200)));
        // checkFileBytes() refused versions out of range already.
        QSqlQuery v(m_db);
        if (!v.exec(QStringLiteral("PRAGMA user_version")) || !v.next())
            return failWhole(Tr::tr("%1 is truncated or damaged (%2).")
                                 .arg(quoted(m_name), engineText(v.lastError())));
        m_version = std::clamp(v.value(0).toInt(), 1, AgreementFile::SchemaVersion);
        return true;
    }

    bool checkTables()
    {
        QHash<QString, QString> found; // name -> SQL of the real, non-virtual tables
        {
            QSqlQuery q(m_db);
            q.setForwardOnly(true);
            if (!q.exec(QStringLiteral("SELECT name, type, sql FROM sqlite_master")))
                return fail(engineText(q.lastError()));
            int rows = 0;
            while (q.next()) {
                if (++rows > MaxRows)
                    return fail(Tr::tr("the file holds more than 1,000,000 schema objects."));
                if (q.value(1).toString() != QLatin1String("table"))
                    continue;
                found.insert(q.value(0).toString(), q.value(2).toString());
            }
            if (q.lastError().isValid())
                return fail(engineText(q.lastError()));
        }
        for (const QString &table : AgreementSchema::requiredTables(m_version)) {
            const auto it = found.constFind(table);
            if (it == found.cend())
                return fail(Tr::tr("table %1 is missing.").arg(quoted(table)));
            // A virtual table runs a module's code on every read.
            if (it->trimmed().startsWith(QLatin1String("CREATE VIRTUAL"), Qt::CaseInsensitive))
                return fail(Tr::tr("table %1 is a virtual table.").arg(quoted(table)));
        }
        return true;
    }

    bool select(QSqlQuery &q, const char *table, const QString &columns,
                const char *order = nullptr)
    {
        q.setForwardOnly(true);
        QString sql = QStringLiteral("SELECT %1 FROM %2").arg(columns, QLatin1String(table));
        if (order)
            sql += QLatin1String(" ORDER BY ") + QLatin1String(order);
        if (!q.exec(sql))
            return fail(Tr::tr("table %1 cannot be read (%2).")
                            .arg(quoted(table), engineText(q.lastError())));
        return true;
    }

    // Steps to the next row; false at the end or on an error (see m_error).
    bool next(QSqlQuery &q, const char *table, int &rows)
    {
        if (!q.next()) {
            if (q.lastError().isValid())
                fail(Tr::tr("table %1 cannot be read (%2).")
                         .arg(quoted(table), engineText(q.lastError())));
            return false;
        }
        if (++rows > MaxRows) {
            fail(Tr::tr("table %1 has more than 1,000,000 rows.").arg(quoted(table)));
            return false;
        }
        return true;
    }

    bool readInteger(const QVariant &v, const RowRef &row, const char *column, qint64 min,
                     qint64 max, qint64 &out)
    {
        if (v.typeId() != QMetaType::LongLong || v.isNull())
            return fail(
                Tr::tr("the %1 of %2 is not a whole number.").arg(quoted(column), row.label()));
        const qint64 value = v.toLongLong();
        if (value < min || value > max)
            return fail(Tr::tr("the %1 of %2 is out of range (%3).")
                            .arg(quoted(column), row.label())
                            .arg(value));
        out = value;
        return true;
    }

    bool readInt(const QVariant &v, const RowRef &row, const char *column, int &out)
    {
        qint64 value = 0;
        if (!readInteger(v, row, column, std::numeric_limits<int>::min(),
                         std::numeric_limits<int>::max(), value))
            return false;
        out = int(value);
        return true;
    }

    bool readBool(const QVariant &v, const RowRef &row, const char *column, bool &out)
    {
        qint64 value = 0;
        if (!readInteger(v, row, column, 0, 1, value))
            return false;
        out = value == 1;
        return true;
    }

    // An id that must be there, above 0.
    bool readId(const QVariant &v, const RowRef &row, const char *column, int &out)
    {
        qint64 value = 0;
        if (!readInteger(v, row, column, 1, MaxId, value))
            return false;
        out = int(value);
        return true;
    }

    // A reference that may be empty (NULL), stored as 0 in the model.
    bool readOptionalId(const QVariant &v, const RowRef &row, const char *column, int &out)
    {
        if (v.isNull()) {
            out = 0;
            return true;
        }
        return readId(v, row, column, out);
    }

    // The id that names a row, read before the row has a name.
    bool readRowId(const QVariant &v, const char *table, qint64 &out)
    {
        if (v.typeId() != QMetaType::LongLong || v.isNull() || v.toLongLong() <= 0
            || v.toLongLong() > MaxId)
            return fail(Tr::tr("table %1 has a row whose id %2 is not a whole number above 0"
                               " and up to 1,000,000,000.")
                            .arg(quoted(table), quoted(v.toString().left(40))));
        out = v.toLongLong();
        return true;
    }

    bool readText(const QVariant &v, const RowRef &row, const char *column, QString &out)
    {
        if (v.isNull()) {
            out.clear();
            return true;
        }
        if (v.typeId() != QMetaType::QString)
            return fail(Tr::tr("the %1 of %2 is not text.").arg(quoted(column), row.label()));
        out = v.toString();
        if (out.size() > MaxTextLength)
            return fail(Tr::tr("the %1 of %2 is longer than 1,000,000 characters.")
                            .arg(quoted(column), row.label()));
        return true;
    }

    bool readDate(const QVariant &v, const RowRef &row, const char *column, QDate &out)
    {
        QString text;
        if (!readText(v, row, column, text))
            return false;
        if (text.isEmpty()) {
            out = QDate();
            return true;
        }
        out = QDate::fromString(text, Qt::ISODate);
        if (!out.isValid() || text.size() != 10)
            return fail(Tr::tr("the %1 of %2 is not a date (YYYY-MM-DD): %3.")
                            .arg(quoted(column), row.label(), quoted(text.left(40))));
        return true;
    }

    template <typename Enum>
    bool readKey(const QVariant &v, const RowRef &row, const char *column,
                 std::optional<Enum> (*fromKey)(QStringView), Enum &out)
    {
        QString text;
        if (!readText(v, row, column, text))
            return false;
        const std::optional<Enum> value = fromKey(text);
        if (!value)
            return fail(Tr::tr("the %1 of %2 is %3, which Dutymap does not know.")
                            .arg(quoted(column), row.label(), quoted(text.left(40))));
        out = *value;
        return true;
    }

    // The answers as one JSON object under "assessment"; files from before
    // it kept eight numbers and flags under "assessment_*" keys and the
    // compliance needs in their own table.
    template <typename Integer, typename Boolean, typename Text>
    bool readAssessment(const QHash<QString, QVariant> &meta, const RowRef &where,
                        const Integer &integer, const Boolean &boolean, const Text &text,
                        Assessment &out)
    {
        QJsonObject answers;
        const auto json = meta.constFind(QStringLiteral("assessment"));
        if (json != meta.cend()) {
            QString value;
            if (!readText(*json, where, "assessment", value))
                return false;
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(value.toUtf8(), &error);
            if (error.error != QJsonParseError::NoError || !doc.isObject())
                return fail(
                    Tr::tr("the assessment in %1 is not a JSON object.").arg(where.label()));
            answers = doc.object();
        } else if (meta.contains(QStringLiteral("assessment_users"))) {
            int users = 0, devices = 0, locations = 0, staff = 0, tickets = 0, backlog = 0;
            bool afterHours = false, security = false;
            QString notes;
            QStringList compliance;
            if (!integer("assessment_users", users) || !integer("assessment_devices", devices)
                || !integer("assessment_locations", locations)
                || !integer("assessment_it_staff", staff)
                || !integer("assessment_monthly_tickets", tickets)
                || !boolean("assessment_after_hours_coverage", afterHours)
                || !boolean("assessment_security_staff", security)
                || !integer("assessment_project_backlog", backlog)
                || !text("assessment_notes", notes)
                || !readList("compliance_need",
                             QT_TRANSLATE_NOOP("AgreementFile", "compliance need %1"), compliance))
                return false;
            answers = {{QStringLiteral("users"), users},
                       {QStringLiteral("devices"), devices},
                       {QStringLiteral("locations"), locations},
                       {QStringLiteral("itStaff"), staff},
                       {QStringLiteral("monthlyTickets"), tickets},
                       {QStringLiteral("afterHoursCoverage"), afterHours},
                       {QStringLiteral("securityStaff"), security},
                       {QStringLiteral("projectBacklog"), backlog},
                       {QStringLiteral("complianceNeeds"), QJsonArray::fromStringList(compliance)},
                       {QStringLiteral("notes"), notes}};
        }
        Result<Assessment> read = AssessmentQuestions::fromJson(answers, where.label());
        if (!read)
            return fail(read.error());
        out = std::move(read).value();
        return true;
    }

    bool readMeta(Agreement &a)
    {
        QHash<QString, QVariant> meta;
        {
            QSqlQuery q(m_db);
            if (!select(q, "meta", QStringLiteral("key, value")))
                return false;
            int rows = 0;
            while (next(q, "meta", rows)) {
                const QVariant key = q.value(0);
                if (key.typeId() != QMetaType::QString || key.toString().size() > 200)
                    return fail(
                        Tr::tr("table %1 has a key that is not a short text.").arg(quoted("meta")));
                if (meta.contains(key.toString()))
                    return fail(Tr::tr("table %1 has the key %2 twice.")
                                    .arg(quoted("meta"), quoted(key.toString())));
                meta.insert(key.toString(), q.value(1));
            }
            if (!m_error.isEmpty())
                return false;
        }

        // Keys the file lacks keep the model's defaults; unknown keys are
        // left for newer versions of the same format.
        const RowRef where{QT_TRANSLATE_NOOP("AgreementFile", "the agreement header"), 0};
        AgreementDetails &d = a.details;
        const auto text = [&](const char *key, QString &out) {
            const auto it = meta.constFind(QLatin1String(key));
            return it == meta.cend() || readText(*it, where, key, out);
        };
        const auto integer = [&](const char *key, int &out) {
            const auto it = meta.constFind(QLatin1String(key));
            return it == meta.cend() || readInt(*it, where, key, out);
        };
        // Too low is repaired after loading; too high would overflow on an edit.
        const auto nextId = [&](int &out) {
            const auto it = meta.constFind(QLatin1String("next_id"));
            qint64 value = 0;
            if (it == meta.cend())
                return true;
            if (!readInteger(*it, where, "next_id", std::numeric_limits<int>::min(),
                             qint64(MaxId) + 1, value))
                return false;
            out = int(value);
            return true;
        };
        const auto boolean = [&](const char *key, bool &out) {
            const auto it = meta.constFind(QLatin1String(key));
            return it == meta.cend() || readBool(*it, where, key, out);
        };
        const auto date = [&](const char *key, QDate &out) {
            const auto it = meta.constFind(QLatin1String(key));
            return it == meta.cend() || readDate(*it, where, key, out);
        };
        const auto status = [&](const char *key, AgreementDetails::Status &out) {
            const auto it = meta.constFind(QLatin1String(key));
            return it == meta.cend()
                   || readKey(*it, where, key, &AgreementDetails::statusFromKey, out);
        };
        return text("title", d.title) && text("client", d.client) && text("provider", d.provider)
               && text("model_id", d.modelId) && text("language", d.language)
               && date("effective_date", d.effectiveDate)
               && integer("review_months", d.reviewMonths) && date("next_review", d.nextReview)
               && status("status", d.status) && integer("revision", d.revision)
               && text("notes", d.notes) && nextId(a.nextId)
               && readAssessment(meta, where, integer, boolean, text, a.assessment);
    }

    bool readList(const char *table, const char *noun, QStringList &out)
    {
        QSqlQuery q(m_db);
        if (!select(q, table, QStringLiteral("position, name"), "position"))
            return false;
        int rows = 0;
        while (next(q, table, rows)) {
            QString name;
            if (!readText(q.value(1), RowRef{noun, rows}, "name", name))
                return false;
            out.append(name);
        }
        return m_error.isEmpty();
    }

    bool readCategories(Agreement &a)
    {
        // Files written before categories had an area lack the column.
        const bool hasArea =
            m_db.record(QStringLiteral("ticket_category")).contains(QStringLiteral("area_id"));
        QSqlQuery q(m_db);
        if (!select(q, "ticket_category",
                    hasArea ? QStringLiteral("position, name, area_id")
                            : QStringLiteral("position, name, NULL"),
                    "position"))
            return false;
        int rows = 0;
        while (next(q, "ticket_category", rows)) {
            const RowRef row{QT_TRANSLATE_NOOP("AgreementFile", "ticket category %1"), rows};
            TicketCategory c;
            if (!readText(q.value(1), row, "name", c.name)
                || !readOptionalId(q.value(2), row, "area_id", c.areaId))
                return false;
            a.details.ticketCategories.append(c);
        }
        return m_error.isEmpty();
    }

    bool readLists(Agreement &a)
    {
        return readCategories(a)
               && readList("location", QT_TRANSLATE_NOOP("AgreementFile", "location %1"),
                           a.details.locations);
    }

    bool readParties(Agreement &a)
    {
        QSqlQuery q(m_db);
        if (!select(q, "party", QStringLiteral("id, name, code, kind, color"), "position, id"))
            return false;
        int rows = 0;
        while (next(q, "party", rows)) {
            qint64 id = 0;
            if (!readRowId(q.value(0), "party", id))
                return false;
            const RowRef row{QT_TRANSLATE_NOOP("AgreementFile", "party %1"), id};
            Party p;
            p.id = int(id);
            QString color;
            if (!readText(q.value(1), row, "name", p.name)
                || !readText(q.value(2), row, "code", p.code)
                || !readKey(q.value(3), row, "kind", &Party::kindFromKey, p.kind)
                || !readText(q.value(4), row, "color", color))
                return false;
            if (!color.isEmpty()) {
                p.color = color;
                if (!Party::isColor(color))
                    return fail(Tr::tr("the %1 of %2 is not a colour: %3.")
                                    .arg(quoted("color"), row.label(), quoted(color.left(40))));
            }
            a.parties.append(p);
        }
        return m_error.isEmpty();
    }

    bool readAreas(Agreement &a)
    {
        QSqlQuery q(m_db);
        if (!select(q, "area", QStringLiteral("id, template_key, name"), "position, id"))
            return false;
        int rows = 0;
        while (next(q, "area", rows)) {
            qint64 id = 0;
            if (!readRowId(q.value(0), "area", id))
                return false;
            const RowRef row{QT_TRANSLATE_NOOP("AgreementFile", "area %1"), id};
            Area area;
            area.id = int(id);
            if (!readText(q.value(1), row, "template_key", area.key)
                || !readText(q.value(2), row, "name", area.name))
                return false;
            a.areas.append(area);
        }
        return m_error.isEmpty();
    }

    bool readSystems(Agreement &a)
    {
        QSqlQuery q(m_db);
        if (!select(q, "system", QStringLiteral("id, template_key, name, kind, criticality"),
                    "position, id"))
            return false;
        int rows = 0;
        while (next(q, "system", rows)) {
            qint64 id = 0;
            if (!readRowId(q.value(0), "system", id))
                return false;
            const RowRef row{QT_TRANSLATE_NOOP("AgreementFile", "system %1"), id};
            System s;
            s.id = int(id);
            if (!readText(q.value(1), row, "template_key", s.key)
                || !readText(q.value(2), row, "name", s.name)
                || !readText(q.value(3), row, "kind", s.kind)
                || !readKey(q.value(4), row, "criticality", &System::criticalityFromKey,
                            s.criticality))
                return false;
            a.systems.append(s);
        }
        return m_error.isEmpty();
    }

    bool readTools(Agreement &a)
    {
        QSqlQuery q(m_db);
        if (!select(q, "tool", QStringLiteral("id, template_key, name, category, owner_id"),
                    "position, id"))
            return false;
        int rows = 0;
        while (next(q, "tool", rows)) {
            qint64 id = 0;
            if (!readRowId(q.value(0), "tool", id))
                return false;
            const RowRef row{QT_TRANSLATE_NOOP("AgreementFile", "tool %1"), id};
            Tool t;
            t.id = int(id);
            if (!readText(q.value(1), row, "template_key", t.key)
                || !readText(q.value(2), row, "name", t.name)
                || !readText(q.value(3), row, "category", t.category)
                || !readOptionalId(q.value(4), row, "owner_id", t.ownerId))
                return false;
            if (m_toolIndex.contains(t.id))
                return fail(Tr::tr("two %1 have the id %2.").arg(Tr::tr("tools")).arg(id));
            m_toolIndex.insert(t.id, a.tools.size());
            a.tools.append(t);
        }
        return m_error.isEmpty();
    }

    bool readToolAccess(Agreement &a)
    {
        QSqlQuery q(m_db);
        if (!select(q, "tool_access",
                    QStringLiteral(
                        "tool_id, party_id, level, role, approved_by, mfa_required, expires"),
                    "tool_id, party_id"))
            return false;
        int rows = 0;
        while (next(q, "tool_access", rows)) {
            qint64 toolId = 0;
            if (!readRowId(q.value(0), "tool_access", toolId))
                return false;
            const RowRef row{QT_TRANSLATE_NOOP("AgreementFile", "the access to tool %1"), toolId};
            const auto tool = m_toolIndex.constFind(int(toolId));
            if (tool == m_toolIndex.cend())
                return fail(Tr::tr("table %1 refers to tool %2, which does not exist.")
                                .arg(quoted("tool_access"))
                                .arg(toolId));
            int partyId = 0;
            ToolAccess access;
            if (!readId(q.value(1), row, "party_id", partyId)
                || !readKey(q.value(2), row, "level", &ToolAccess::levelFromKey, access.level)
                || !readText(q.value(3), row, "role", access.role)
                || !readText(q.value(4), row, "approved_by", access.approvedBy)
                || !readBool(q.value(5), row, "mfa_required", access.mfaRequired)
                || !readDate(q.value(6), row, "expires", access.expires))
                return false;
            Tool &t = a.tools[*tool];
            if (t.access.contains(partyId))
                return fail(
                    Tr::tr("tool %1 gives access to party %2 twice.").arg(toolId).arg(partyId));
            t.access.insert(partyId, access);
        }
        return m_error.isEmpty();
    }

    bool readDuties(Agreement &a)
    {
        QSqlQuery q(m_db);
        if (!select(q, "duty",
                    QStringLiteral("id, template_key, area_id, system_id, title, description,"
                                   " kind, frequency, notes"),
                    "position, id"))
            return false;
        int rows = 0;
        while (next(q, "duty", rows)) {
            qint64 id = 0;
            if (!readRowId(q.value(0), "duty", id))
                return false;
            const RowRef row{QT_TRANSLATE_NOOP("AgreementFile", "duty %1"), id};
            Duty d;
            d.id = int(id);
            if (!readText(q.value(1), row, "template_key", d.key)
                || !readOptionalId(q.value(2), row, "area_id", d.areaId)
                || !readOptionalId(q.value(3), row, "system_id", d.systemId)
                || !readText(q.value(4), row, "title", d.title)
                || !readText(q.value(5), row, "description", d.description)
                || !readKey(q.value(6), row, "kind", &Duty::kindFromKey, d.kind)
                || !readText(q.value(7), row, "frequency", d.frequency)
                || !readText(q.value(8), row, "notes", d.notes))
                return false;
            if (m_dutyIndex.contains(d.id))
                return fail(Tr::tr("two %1 have the id %2.").arg(Tr::tr("duties")).arg(id));
            m_dutyIndex.insert(d.id, a.duties.size());
            a.duties.append(std::move(d));
        }
        return m_error.isEmpty();
    }

    // The duty a child row belongs to, or nullptr after failing.
    Duty *dutyOf(Agreement &a, const QVariant &v, const char *table)
    {
        qint64 dutyId = 0;
        if (!readRowId(v, table, dutyId))
            return nullptr;
        // Child rows are read ordered by duty, so most belong to the duty of
        // the row before: this skips a hash lookup (a cache miss on large
        // files) per row.
        if (dutyId == m_lastDutyId)
            return &a.duties[m_lastDutyIndex];
        const auto it = m_dutyIndex.constFind(int(dutyId));
        if (it == m_dutyIndex.cend()) {
            fail(Tr::tr("table %1 refers to duty %2, which does not exist.")
                     .arg(quoted(table))
                     .arg(dutyId));
            return nullptr;
        }
        m_lastDutyId = dutyId;
        m_lastDutyIndex = *it;
        return &a.duties[*it];
    }

    bool readControls(Agreement &a)
    {
        QSqlQuery q(m_db);
        if (!select(q, "duty_control", QStringLiteral("duty_id, control"), "duty_id, position"))
            return false;
        int rows = 0;
        while (next(q, "duty_control", rows)) {
            Duty *d = dutyOf(a, q.value(0), "duty_control");
            if (!d)
                return false;
            QString control;
            if (!readText(q.value(1),
                          RowRef{QT_TRANSLATE_NOOP("AgreementFile", "a control of duty %1"), d->id},
                          "control", control))
                return false;
            d->controls.append(control);
        }
        return m_error.isEmpty();
    }

    bool readDutyTools(Agreement &a)
    {
        QSqlQuery q(m_db);
        if (!select(q, "duty_tool", QStringLiteral("duty_id, tool_id"), "duty_id, position"))
            return false;
        int rows = 0;
        while (next(q, "duty_tool", rows)) {
            Duty *d = dutyOf(a, q.value(0), "duty_tool");
            if (!d)
                return false;
            int toolId = 0;
            if (!readId(q.value(1),
                        RowRef{QT_TRANSLATE_NOOP("AgreementFile", "a tool of duty %1"), d->id},
                        "tool_id", toolId))
                return false;
            d->toolIds.append(toolId);
        }
        return m_error.isEmpty();
    }

    bool readRaci(Agreement &a)
    {
        QSqlQuery q(m_db);
        if (!select(q, "raci", QStringLiteral("duty_id, party_id, roles"), "duty_id, party_id"))
            return false;
        int rows = 0;
        while (next(q, "raci", rows)) {
            Duty *d = dutyOf(a, q.value(0), "raci");
            if (!d)
                return false;
            const RowRef row{QT_TRANSLATE_NOOP("AgreementFile", "the roles of duty %1"), d->id};
            int partyId = 0;
            QString text;
            if (!readId(q.value(1), row, "party_id", partyId)
                || !readText(q.value(2), row, "roles", text))
                return false;
            QString why;
            const std::optional<Raci> raci = Raci::parse(text, &why);
            if (!raci)
                return fail(Tr::tr("the roles of party %1 on duty %2 are invalid: %3")
                                .arg(partyId)
                                .arg(d->id)
                                .arg(why));
            if (raci->isEmpty())
                return fail(
                    Tr::tr("the roles of party %1 on duty %2 are empty.").arg(partyId).arg(d->id));
            if (d->roles.contains(partyId))
                return fail(
                    Tr::tr("duty %1 gives roles to party %2 twice.").arg(d->id).arg(partyId));
            d->roles.insert(partyId, *raci);
        }
        return m_error.isEmpty();
    }

    bool readRules(Agreement &a)
    {
        QSqlQuery q(m_db);
        if (!select(q, "escalation_rule",
                    QStringLiteral(
                        "id, name, category, min_urgency, location, vip, after_hours,"
                        " first_responder_id, escalate_to_id, escalate_when,"
                        " escalate_after_minutes, response_low, response_normal, response_high,"
                        " response_critical, resolution_low, resolution_normal, resolution_high,"
                        " resolution_critical, after_hours_handler_id"),
                    "position, id"))
            return false;
        static constexpr std::array<const char *, EscalationRule::UrgencyCount> response = {
            "response_low", "response_normal", "response_high", "response_critical"};
        static constexpr std::array<const char *, EscalationRule::UrgencyCount> resolution = {
            "resolution_low", "resolution_normal", "resolution_high", "resolution_critical"};
        int rows = 0;
        while (next(q, "escalation_rule", rows)) {
            qint64 id = 0;
            if (!readRowId(q.value(0), "escalation_rule", id))
                return false;
            const RowRef row{QT_TRANSLATE_NOOP("AgreementFile", "escalation rule %1"), id};
            EscalationRule r;
            r.id = int(id);
            if (!readText(q.value(1), row, "name", r.name)
                || !readText(q.value(2), row, "category", r.category)
                || !readKey(q.value(3), row, "min_urgency", &EscalationRule::urgencyFromKey,
                            r.minUrgency)
                || !readText(q.value(4), row, "location", r.location)
                || !readKey(q.value(5), row, "vip", &EscalationRule::matchFromKey, r.vip)
                || !readKey(q.value(6), row, "after_hours", &EscalationRule::matchFromKey,
                            r.afterHours)
                || !readOptionalId(q.value(7), row, "first_responder_id", r.firstResponderId)
                || !readOptionalId(q.value(8), row, "escalate_to_id", r.escalateToId)
                || !readKey(q.value(9), row, "escalate_when", &EscalationRule::triggerFromKey,
                            r.trigger)
                || !readInt(q.value(10), row, "escalate_after_minutes", r.escalateAfterMinutes))
                return false;
            for (int u = 0; u < EscalationRule::UrgencyCount; ++u) {
                if (!readInt(q.value(11 + u), row, response[u], r.responseMinutes[u])
                    || !readInt(q.value(15 + u), row, resolution[u], r.resolutionMinutes[u]))
                    return false;
            }
            if (!readOptionalId(q.value(19), row, "after_hours_handler_id", r.afterHoursHandlerId))
                return false;
            a.rules.append(r);
        }
        return m_error.isEmpty();
    }

    bool readSignatory(QSqlQuery &q, int first, const RowRef &row, Signatory &s)
    {
        if (!readText(q.value(first), row, "name", s.name)
            || !readText(q.value(first + 1), row, "title", s.title)
            || !readOptionalId(q.value(first + 2), row, "party_id", s.partyId))
            return false;
        // Version 1 kept no date or note.
        return m_version < 2
               || (readDate(q.value(first + 3), row, "signed_on", s.date)
                   && readText(q.value(first + 4), row, "note", s.note));
    }

    bool readSignatories(Agreement &a)
    {
        QSqlQuery q(m_db);
        const QString columns =
            m_version < 2 ? QStringLiteral("position, name, title, party_id")
                          : QStringLiteral("position, name, title, party_id, signed_on, note");
        if (!select(q, "signatory", columns, "position"))
            return false;
        int rows = 0;
        while (next(q, "signatory", rows)) {
            const RowRef row{QT_TRANSLATE_NOOP("AgreementFile", "signatory %1"), rows};
            Signatory s;
            if (!readSignatory(q, 1, row, s))
                return false;
            a.details.signatories.append(s);
        }
        return m_error.isEmpty();
    }

    // The contents stay packed: they are unpacked, and checked against
    // their fingerprints, only when a revision is opened or compared.
    bool readRevisions(Agreement &a)
    {
        if (m_version < 2)
            return true;
        QHash<int, qsizetype> index;
        {
            QSqlQuery q(m_db);
            if (!select(q, "revision", QStringLiteral("number, signed_on, fingerprint, content"),
                        "number"))
                return false;
            int rows = 0;
            while (next(q, "revision", rows)) {
                qint64 number = 0;
                if (!readRowId(q.value(0), "revision", number))
                    return false;
                const RowRef row{QT_TRANSLATE_NOOP("AgreementFile", "revision %1"), number};
                Revision r;
                r.number = int(number);
                if (!readDate(q.value(1), row, "signed_on", r.signedOn))
                    return false;
                const QVariant fingerprint = q.value(2);
                const QVariant content = q.value(3);
                if (fingerprint.typeId() != QMetaType::QByteArray
                    || fingerprint.toByteArray().size() != 32)
                    return fail(Tr::tr("the fingerprint of %1 is not 32 bytes.").arg(row.label()));
                if (content.typeId() != QMetaType::QByteArray
                    || !CanonicalForm::isSnapshot(content.toByteArray()))
                    return fail(
                        Tr::tr("the content of %1 is not a packed agreement.").arg(row.label()));
                r.fingerprint = fingerprint.toByteArray();
                r.snapshot = content.toByteArray();
                index.insert(r.number, a.revisions.size());
                a.revisions.append(std::move(r));
            }
            if (!m_error.isEmpty())
                return false;
        }
        QSqlQuery q(m_db);
        if (!select(q, "revision_signatory",
                    QStringLiteral("revision, name, title, party_id, signed_on, note"),
                    "revision, position"))
            return false;
        int rows = 0;
        while (next(q, "revision_signatory", rows)) {
            const RowRef row{QT_TRANSLATE_NOOP("AgreementFile", "signatory %1 of a revision"),
                             rows};
            int number = 0;
            if (!readId(q.value(0), row, "revision", number))
                return false;
            const auto it = index.constFind(number);
            if (it == index.cend())
                return fail(Tr::tr("%1 signs revision %2, which does not exist.")
                                .arg(row.label())
                                .arg(number));
            Signatory s;
            if (!readSignatory(q, 1, row, s))
                return false;
            a.revisions[*it].signatories.append(s);
        }
        return m_error.isEmpty();
    }

    QSqlDatabase &m_db;
    QString m_name;
    QString m_error;
    int m_version = AgreementFile::SchemaVersion;
    QHash<int, qsizetype> m_dutyIndex;
    qint64 m_lastDutyId = 0; // 0: none yet; row ids are above 0
    qsizetype m_lastDutyIndex = 0;
    QHash<int, qsizetype> m_toolIndex;
};

} // namespace

Result<Agreement> AgreementFile::load(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    if (const QString problem = checkFileBytes(path, name); !problem.isEmpty())
        return Result<Agreement>::failure(problem);
    if (!sqliteAvailable())
        return Result<Agreement>::failure(
            Tr::tr("Cannot open %1: %2").arg(quoted(name), noDriverReason()));

    QString error;
    std::optional<Agreement> agreement;
    {
        Connection connection(path, QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!connection.db().open())
            return Result<Agreement>::failure(
                Tr::tr("Cannot open %1: %2.")
                    .arg(quoted(name), engineText(connection.db().lastError())));
        Loader loader(connection.db(), name);
        agreement = loader.load();
        error = loader.error();
    }
    if (!agreement)
        return Result<Agreement>::failure(error);
    return std::move(*agreement);
}

Status AgreementFile::save(const Agreement &agreement, const QString &path)
{
    const QFileInfo given(path);
    const QString name = given.fileName();
    const auto fail = [&](const QString &reason) {
        return Status::failure(Tr::tr("Cannot save %1: %2").arg(quoted(name), reason));
    };
    if (name.isEmpty())
        return Status::failure(Tr::tr("Cannot save: no file name was given."));

    // Saving through a link replaces the file it points to, not the link.
    const QFileInfo target(given.isSymLink() ? given.symLinkTarget() : given.absoluteFilePath());
    const QString folder = QDir::toNativeSeparators(target.absolutePath());
    const QFileInfo folderInfo(target.absolutePath());
    if (!folderInfo.exists())
        return fail(Tr::tr("the folder %1 does not exist.").arg(folder));
    if (!folderInfo.isDir())
        return fail(Tr::tr("%1 is not a folder.").arg(folder));
    const bool replacing = target.exists();
    if (replacing) {
        if (target.isDir())
            return fail(Tr::tr("a folder of that name exists."));
        if (!target.isFile())
            return fail(Tr::tr("it is not a regular file."));
        // Root may write anything, so the permission bits count too: a file
        // its owner marked read-only is not silently replaced.
        if (!target.isWritable() || !hasAnyWriteBit(target.permissions()))
            return fail(Tr::tr("the file is read-only."));
    }
    if (const QString problem = referenceProblem(agreement); !problem.isEmpty())
        return fail(problem);
    if (!sqliteAvailable())
        return fail(noDriverReason());

    // The temporary file stays open and locked until save returns, so that
    // another save's clean-up can tell it from one a crash left behind.
    QString temp;
    QFile claim;
    for (int attempt = 0; temp.isEmpty(); ++attempt) {
        const QString candidate =
            target.absolutePath() + QLatin1String("/.") + target.fileName() + QLatin1Char('.')
            + QString::number(QRandomGenerator::global()->generate64(), 16) + QLatin1String(".tmp");
        claim.setFileName(candidate);
        errno = 0;
        if (!claim.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return fail(createReason(errno, folder, claim.errorString()));
        if (claimTemp(claim))
            temp = candidate;
        else if (attempt == 2)
            return fail(
                Tr::tr("another program keeps removing new files in the folder %1.").arg(folder));
        else
            claim.close();
    }
    const auto failAndClean = [&](const QString &reason) {
        QFile::remove(temp);
        return fail(reason);
    };
    notifySaveStage(SaveStage::TempCreated, temp);

    QString engineError;
    int engineCode = 0;
    bool written = false;
    {
        Connection connection(temp, QString());
        if (connection.db().open()) {
            Writer writer(connection.db());
            written = writer.write(agreement);
            engineError = writer.error();
            engineCode = writer.code();
        } else {
            engineError = engineText(connection.db().lastError());
        }
    }
    if (!written)
        return failAndClean(writeReason(engineCode, engineError));
    notifySaveStage(SaveStage::Written, temp);

    QString syncError;
    if (!syncFile(temp, &syncError))
        return failAndClean(
            Tr::tr("the new file could not be written to disk (%1).").arg(syncError));
    if (replacing)
        QFile::setPermissions(temp, target.permissions());
    notifySaveStage(SaveStage::Synced, temp);

    std::error_code ec;
    std::filesystem::rename(fsPath(temp), fsPath(target.absoluteFilePath()), ec);
    if (ec)
        return failAndClean(Tr::tr("the file could not be replaced (%1).")
                                .arg(QString::fromLocal8Bit(ec.message().c_str())));
    notifySaveStage(SaveStage::Renamed, temp);
    syncFolder(target.absolutePath());
    removeStaleTemps(target.absolutePath(), target.fileName());
    return {};
}

void AgreementFile::setSaveObserver(SaveObserver observer)
{
    s_saveObserver.store(observer);
}
