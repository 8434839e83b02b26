#include "storage/agreementwriter.h"

#include "assessment/assessmentquestions.h"
#include "model/agreement.h"
#include "portfolio/portfoliosummary.h"
#include "storage/agreementfile.h"
#include "storage/schema.h"
#include "storage/sqliteconnection.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AgreementFile)
};

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
        m_error = SqliteConnection::engineText(error);
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
        // Derived data for listing many files without loading them
        // (core/portfolio/foldersource.h); the loader ignores it.
        const QString summary = QString::fromUtf8(
            QJsonDocument(PortfolioSummary::of(a).toJson()).toJson(QJsonDocument::Compact));
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
               && put("assessment", assessment)
               && (!d.businessHours
                   || put("business_hours",
                          QString::fromUtf8(QJsonDocument(d.businessHours->toJson())
                                                .toJson(QJsonDocument::Compact))))
               && (!d.ticketMapping
                   || put("ticket_mapping",
                          QString::fromUtf8(QJsonDocument(d.ticketMapping->toJson())
                                                .toJson(QJsonDocument::Compact))))
               && writeSavedReviews(d.savedReviews, put) && put(PortfolioSummary::MetaKey, summary)
               && finish(meta);
    }

    // One row each, "saved_review.0" oldest, so that no one text grows with
    // the number of reviews.
    template <typename Put>
    static bool writeSavedReviews(const QList<SavedReview> &reviews, const Put &put)
    {
        for (qsizetype i = 0; i < reviews.size(); ++i) {
            const QByteArray key = "saved_review." + QByteArray::number(i);
            if (!put(key.constData(),
                     QString::fromUtf8(
                         QJsonDocument(reviews.at(i).toJson()).toJson(QJsonDocument::Compact))))
                return false;
        }
        return true;
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

} // namespace

QString AgreementWriter::write(QSqlDatabase &db, const Agreement &agreement)
{
    Writer writer(db);
    if (writer.write(agreement))
        return {};
    return failureReason(writer.code(), writer.error());
}

QString AgreementWriter::failureReason(int sqliteCode, const QString &engine)
{
    constexpr int SqliteFull = 13;
    constexpr int SqliteIoErr = 10;
    if (sqliteCode == SqliteFull)
        return Tr::tr("the disk is full.");
    if (sqliteCode == SqliteIoErr)
        return Tr::tr("writing failed (%1); the disk may be full or failing.").arg(engine);
    return Tr::tr("the database engine reported: %1.").arg(engine);
}
