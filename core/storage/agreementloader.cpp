#include "storage/agreementloader.h"

#include "assessment/assessmentquestions.h"
#include "model/agreementvalidator.h"
#include "model/duration.h"
#include "revisions/canonicalform.h"
#include "storage/agreementfile.h"
#include "storage/migration.h"
#include "storage/schema.h"
#include "storage/sqliteconnection.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>
#include <QtEndian>

#include <filesystem>
#include <limits>
#include <system_error>

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
        if (const auto problem = AgreementValidator::firstProblem(a)) {
            fail(problem->sentence());
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
                return failWhole(
                    Tr::tr("%1 is truncated or damaged (%2).")
                        .arg(quoted(m_name), SqliteConnection::engineText(q.lastError())));
        }
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("PRAGMA quick_check(1)")) || !q.next())
            return failWhole(Tr::tr("%1 is truncated or damaged (%2).")
                                 .arg(quoted(m_name), SqliteConnection::engineText(q.lastError())));
        const QString verdict = q.value(0).toString();
        if (verdict != QLatin1String("ok"))
            return failWhole(
                Tr::tr("%1 is truncated or damaged (%2).").arg(quoted(m_name), verdict.left(200)));
        // checkFileBytes() refused versions out of range already.
        QSqlQuery v(m_db);
        if (!v.exec(QStringLiteral("PRAGMA user_version")) || !v.next())
            return failWhole(Tr::tr("%1 is truncated or damaged (%2).")
                                 .arg(quoted(m_name), SqliteConnection::engineText(v.lastError())));
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
                return fail(SqliteConnection::engineText(q.lastError()));
            int rows = 0;
            while (q.next()) {
                if (++rows > MaxRows)
                    return fail(Tr::tr("the file holds more than 1,000,000 schema objects."));
                if (q.value(1).toString() != QLatin1String("table"))
                    continue;
                found.insert(q.value(0).toString(), q.value(2).toString());
            }
            if (q.lastError().isValid())
                return fail(SqliteConnection::engineText(q.lastError()));
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
                            .arg(quoted(table), SqliteConnection::engineText(q.lastError())));
        return true;
    }

    // Steps to the next row; false at the end or on an error (see m_error).
    bool next(QSqlQuery &q, const char *table, int &rows)
    {
        if (!q.next()) {
            if (q.lastError().isValid())
                fail(Tr::tr("table %1 cannot be read (%2).")
                         .arg(quoted(table), SqliteConnection::engineText(q.lastError())));
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

    // A time target: whole minutes from 0 (none) to the longest an
    // agreement holds, as the JSON reader and the editors have it.
    bool readMinutes(const QVariant &v, const RowRef &row, const char *column, int &out)
    {
        qint64 value = 0;
        if (!readInteger(v, row, column, 0, Duration::MaxMinutes, value))
            return false;
        out = int(value);
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
        // left for newer versions of the same format. The portfolio summary
        // is derived from the rest and not read back: the agreement is what
        // the rows say, whatever the summary claims.
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
               && readAssessment(meta, where, integer, boolean, text, a.assessment)
               && readBusinessHours(meta, where, d.businessHours)
               && readTicketMapping(meta, where, d.ticketMapping)
               && readSavedReviews(meta, where, d.savedReviews);
    }

    // A JSON object in one text of the header; false after failing.
    bool readJsonObject(const QVariant &value, const RowRef &where, const char *key,
                        QJsonObject &out)
    {
        QString text;
        if (!readText(value, where, key, text))
            return false;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return fail(
                Tr::tr("the %1 in %2 is not a JSON object.").arg(quoted(key), where.label()));
        out = doc.object();
        return true;
    }

    // Absent in files from before ticket mappings were kept. Handlers refer
    // to parties by id; one whose party is gone is left out when applied.
    bool readTicketMapping(const QHash<QString, QVariant> &meta, const RowRef &where,
                           std::optional<TicketMapping> &out)
    {
        const auto it = meta.constFind(QStringLiteral("ticket_mapping"));
        QJsonObject object;
        if (it == meta.cend())
            return true;
        if (!readJsonObject(*it, where, "ticket_mapping", object))
            return false;
        auto mapping = TicketMapping::fromJson(object);
        if (!mapping)
            return fail(
                Tr::tr("the ticket mapping in %1: %2.").arg(where.label(), mapping.error()));
        out = std::move(mapping).value();
        return true;
    }

    // "saved_review.0", "saved_review.1", …: one row per review, numbered
    // from 0 without gaps, oldest first.
    bool readSavedReviews(const QHash<QString, QVariant> &meta, const RowRef &where,
                          QList<SavedReview> &out)
    {
        const QString prefix = QStringLiteral("saved_review.");
        QMap<int, QJsonObject> byIndex;
        for (auto it = meta.cbegin(); it != meta.cend(); ++it) {
            if (!it.key().startsWith(prefix))
                continue;
            bool ok = false;
            const int index = QStringView(it.key()).sliced(prefix.size()).toInt(&ok);
            if (!ok || index < 0 || index >= SavedReview::MaxPerAgreement
                || it.key() != prefix + QString::number(index))
                return fail(Tr::tr("the key %1 in %2 is not a saved review's number.")
                                .arg(quoted(it.key().left(80)), where.label()));
            QJsonObject object;
            if (!readJsonObject(*it, where, it.key().toUtf8().constData(), object))
                return false;
            byIndex.insert(index, object);
        }
        QJsonArray list;
        for (auto it = byIndex.cbegin(); it != byIndex.cend(); ++it) {
            if (it.key() != list.size())
                return fail(Tr::tr("saved review %1 is missing in %2.")
                                .arg(list.size())
                                .arg(where.label()));
            list.append(it.value());
        }
        if (list.isEmpty())
            return true;
        auto reviews = SavedReview::listFromJson(list);
        if (!reviews)
            return fail(Tr::tr("the saved reviews in %1: %2.").arg(where.label(), reviews.error()));
        out = std::move(reviews).value();
        return true;
    }

    // Business hours as one JSON object; absent in files from before them.
    bool readBusinessHours(const QHash<QString, QVariant> &meta, const RowRef &where,
                           std::optional<BusinessHours> &out)
    {
        const auto it = meta.constFind(QStringLiteral("business_hours"));
        if (it == meta.cend())
            return true;
        QString value;
        if (!readText(*it, where, "business_hours", value))
            return false;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(value.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return fail(
                Tr::tr("the business hours in %1 are not a JSON object.").arg(where.label()));
        auto hours = BusinessHours::fromJson(doc.object());
        if (!hours)
            return fail(Tr::tr("the business hours in %1: %2.").arg(where.label(), hours.error()));
        out = std::move(hours).value();
        return true;
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
                || !readMinutes(q.value(10), row, "escalate_after_minutes", r.escalateAfterMinutes))
                return false;
            for (int u = 0; u < EscalationRule::UrgencyCount; ++u) {
                if (!readMinutes(q.value(11 + u), row, response[u], r.responseMinutes[u])
                    || !readMinutes(q.value(15 + u), row, resolution[u], r.resolutionMinutes[u]))
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

Result<Agreement> AgreementLoader::load(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    if (const QString problem = checkFileBytes(path, name); !problem.isEmpty())
        return Result<Agreement>::failure(problem);
    if (!SqliteConnection::driverAvailable())
        return Result<Agreement>::failure(
            Tr::tr("Cannot open %1: %2").arg(quoted(name), SqliteConnection::noDriverReason()));

    QString error;
    std::optional<Agreement> agreement;
    {
        SqliteConnection connection(path, QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!connection.db().open())
            return Result<Agreement>::failure(
                Tr::tr("Cannot open %1: %2.")
                    .arg(quoted(name), SqliteConnection::engineText(connection.db().lastError())));
        Loader loader(connection.db(), name);
        agreement = loader.load();
        error = loader.error();
    }
    if (!agreement)
        return Result<Agreement>::failure(error);
    return std::move(*agreement);
}

QString AgreementLoader::checkFile(const QString &path)
{
    return checkFileBytes(path, QFileInfo(path).fileName());
}
