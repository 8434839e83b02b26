#include "exchange/jsonformat.h"

#include "assessment/assessmentquestions.h"

#include "model/agreement.h"
#include "model/agreementvalidator.h"
#include "model/duration.h"
#include "revisions/canonicalform.h"
#include "revisions/revisionhistory.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <array>
#include <cmath>
#include <limits>

namespace {

constexpr int MaxId = Agreement::MaxId;

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(JsonFormat)
};

QJsonArray toArray(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

QJsonArray toArray(const QList<int> &list)
{
    QJsonArray a;
    for (int i : list)
        a.append(i);
    return a;
}

template <std::size_t N>
QJsonArray toArray(const std::array<int, N> &list)
{
    QJsonArray a;
    for (int i : list)
        a.append(i);
    return a;
}

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

// Date and note only when set, so that files from before they existed keep
// their canonical form and fingerprint.
QJsonArray signatoriesJson(const QList<Signatory> &list)
{
    QJsonArray signatories;
    for (const Signatory &s : list) {
        QJsonObject o{{QStringLiteral("name"), s.name},
                      {QStringLiteral("title"), s.title},
                      {QStringLiteral("party"), s.partyId}};
        if (s.date.isValid())
            o.insert(QStringLiteral("date"), dateText(s.date));
        if (!s.note.isEmpty())
            o.insert(QStringLiteral("note"), s.note);
        signatories.append(o);
    }
    return signatories;
}

QJsonObject detailsJson(const AgreementDetails &d)
{
    QJsonArray categories;
    for (const TicketCategory &c : d.ticketCategories)
        categories.append(
            QJsonObject{{QStringLiteral("name"), c.name}, {QStringLiteral("area"), c.areaId}});
    QJsonObject details{
        {QStringLiteral("title"), d.title},
        {QStringLiteral("client"), d.client},
        {QStringLiteral("provider"), d.provider},
        {QStringLiteral("model"), d.modelId},
        {QStringLiteral("effectiveDate"), dateText(d.effectiveDate)},
        {QStringLiteral("reviewMonths"), d.reviewMonths},
        {QStringLiteral("nextReview"), dateText(d.nextReview)},
        {QStringLiteral("status"), AgreementDetails::statusKey(d.status)},
        {QStringLiteral("revision"), d.revision},
        {QStringLiteral("signatories"), signatoriesJson(d.signatories)},
        {QStringLiteral("ticketCategories"), categories},
        {QStringLiteral("locations"), toArray(d.locations)},
        {QStringLiteral("notes"), d.notes},
    };
    // Only when known, so agreements from before keep their fingerprints.
    if (!d.language.isEmpty())
        details.insert(QStringLiteral("language"), d.language);
    if (d.businessHours)
        details.insert(QStringLiteral("businessHours"), d.businessHours->toJson());
    if (d.ticketMapping)
        details.insert(QStringLiteral("ticketMapping"), d.ticketMapping->toJson());
    if (!d.savedReviews.isEmpty())
        details.insert(QStringLiteral("savedReviews"), SavedReview::listToJson(d.savedReviews));
    return details;
}

// Reads one JSON value tree, remembering where it is so every complaint
// names its place ("duties[4].roles.7").
class Reader
{
public:
    explicit Reader(QString source)
        : m_source(std::move(source))
    {}

    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }

    void fail(const QString &path, const QString &what)
    {
        // `what` is a clause, but Raci::parse() gives whole sentences.
        if (m_error.isEmpty())
            m_error = Tr::tr("“%1” is not a valid Dutymap agreement: at %2, %3.")
                          .arg(m_source, path, what.endsWith(u'.') ? what.chopped(1) : what);
    }

    QString string(const QJsonObject &o, const QString &path, const char *key,
                   bool required = false)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(path, Tr::tr("“%1” is missing").arg(QLatin1String(key)));
            return {};
        }
        if (!v.isString()) {
            fail(path + u'.' + QLatin1String(key), Tr::tr("a text was expected"));
            return {};
        }
        return checkedLength(v.toString(), path + u'.' + QLatin1String(key));
    }

    // As in a .dutymap file, no text is longer than JsonFormat::MaxTextLength.
    QString checkedLength(const QString &text, const QString &path)
    {
        if (text.size() <= JsonFormat::MaxTextLength)
            return text;
        fail(path, Tr::tr("the text is longer than %1 characters").arg(JsonFormat::MaxTextLength));
        return {};
    }

    int integer(const QJsonObject &o, const QString &path, const char *key, int min, int max,
                bool required = false)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(path, Tr::tr("“%1” is missing").arg(QLatin1String(key)));
            return std::max(min, 0);
        }
        const double d = v.toDouble(-1e300);
        // Range first: converting a double beyond qint64 to an integer is undefined.
        if (!v.isDouble() || d < min || d > max || d != std::trunc(d)) {
            fail(path + u'.' + QLatin1String(key),
                 Tr::tr("a whole number from %1 to %2 was expected").arg(min).arg(max));
            return std::max(min, 0);
        }
        return int(d);
    }

    bool boolean(const QJsonObject &o, const QString &path, const char *key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return false;
        if (!v.isBool())
            fail(path + u'.' + QLatin1String(key), Tr::tr("true or false was expected"));
        return v.toBool();
    }

    QDate date(const QJsonObject &o, const QString &path, const char *key)
    {
        const QString text = string(o, path, key);
        if (text.isEmpty())
            return {};
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid())
            fail(path + u'.' + QLatin1String(key),
                 Tr::tr("“%1” is not a date like 2026-01-31").arg(text.left(40)));
        return d;
    }

    QJsonArray array(const QJsonObject &o, const QString &path, const char *key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray())
            fail(path + u'.' + QLatin1String(key), Tr::tr("a list was expected"));
        return v.toArray();
    }

    QJsonObject object(const QJsonValue &v, const QString &path)
    {
        if (!v.isObject() && !v.isUndefined())
            fail(path, Tr::tr("an object was expected"));
        return v.toObject();
    }

    QStringList strings(const QJsonObject &o, const QString &path, const char *key)
    {
        QStringList list;
        const QJsonArray a = array(o, path, key);
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a.at(i).isString()) {
                fail(QStringLiteral("%1.%2[%3]").arg(path, QLatin1String(key)).arg(i),
                     Tr::tr("a text was expected"));
                return {};
            }
            list.append(
                checkedLength(a.at(i).toString(),
                              QStringLiteral("%1.%2[%3]").arg(path, QLatin1String(key)).arg(i)));
        }
        return list;
    }

    template <typename Enum>
    Enum enumValue(const QJsonObject &o, const QString &path, const char *key,
                   std::optional<Enum> (*fromKey)(QStringView), Enum fallback)
    {
        const QString text = string(o, path, key);
        if (text.isEmpty())
            return fallback;
        const std::optional<Enum> value = fromKey(text);
        if (!value) {
            fail(path + u'.' + QLatin1String(key),
                 Tr::tr("“%1” is not a known value").arg(text.left(40)));
            return fallback;
        }
        return *value;
    }

    // Ids must be positive and unique across all lists.
    int id(const QJsonObject &o, const QString &path)
    {
        const int value = integer(o, path, "id", 1, MaxId, true);
        if (failed())
            return 0;
        if (m_ids.contains(value))
            fail(path, Tr::tr("the id %1 is used twice").arg(value));
        m_ids.insert(value);
        return value;
    }

private:
    QString m_source;
    QString m_error;
    QSet<int> m_ids;
};

QString at(const char *list, qsizetype i)
{
    return QStringLiteral("%1[%2]").arg(QLatin1String(list)).arg(i);
}

// Each revision with its content as an object (the canonical form), so a
// script can read an old revision without Dutymap.
QJsonArray revisionsJson(const QList<Revision> &revisions)
{
    // Older revisions are kept as differences from newer ones: unpack from
    // the newest back.
    QList<QJsonObject> contents(revisions.size());
    QByteArray newer;
    for (qsizetype i = revisions.size() - 1; i >= 0; --i) {
        newer = CanonicalForm::unpackJson(revisions.at(i).snapshot, newer);
        contents[i] = QJsonDocument::fromJson(newer).object();
    }
    QJsonArray list;
    for (qsizetype i = 0; i < revisions.size(); ++i) {
        const Revision &r = revisions.at(i);
        list.append(
            QJsonObject{{QStringLiteral("number"), r.number},
                        {QStringLiteral("signedOn"), dateText(r.signedOn)},
                        {QStringLiteral("signatories"), signatoriesJson(r.signatories)},
                        {QStringLiteral("fingerprint"), QString::fromLatin1(r.fingerprint.toHex())},
                        {QStringLiteral("content"), contents.at(i)}});
    }
    return list;
}

// Reads the lists of one agreement object in the order their references
// need; AgreementValidator then checks every id and reference at once.
class AgreementReader
{
public:
    AgreementReader(const QJsonObject &root, const QString &sourceName)
        : m_root(root)
        , m_r(sourceName)
        , m_source(sourceName)
    {}

    Result<Agreement> read()
    {
        const QJsonArray categories = readDetails();
        readParties();
        readAreas();
        readCategories(categories);
        readSystems();
        readTools();
        readDuties();
        readRules();
        m_a.details.signatories =
            readSignatories(m_r.array(m_details, QStringLiteral("details"), "signatories"),
                            QStringLiteral("details.signatories"));
        readRevisions();
        if (const std::optional<QString> failure = readAssessment())
            return Result<Agreement>::failure(*failure);
        m_a.nextId =
            std::max(m_r.integer(m_root, QString(), "nextId", 1, MaxId + 1), m_a.computeNextId());
        if (!m_r.failed())
            validate();
        if (m_r.failed())
            return Result<Agreement>::failure(m_r.error());
        return std::move(m_a);
    }

private:
    static constexpr int MaxInt = std::numeric_limits<int>::max();

    // The header; returns the ticket categories, read after the areas they refer to.
    QJsonArray readDetails()
    {
        const QString path = QStringLiteral("details");
        m_details = m_r.object(m_root.value(QLatin1String("details")), path);
        AgreementDetails &d = m_a.details;
        d.title = m_r.string(m_details, path, "title");
        d.client = m_r.string(m_details, path, "client");
        d.provider = m_r.string(m_details, path, "provider");
        d.modelId = m_r.string(m_details, path, "model");
        d.language = m_r.string(m_details, path, "language");
        d.effectiveDate = m_r.date(m_details, path, "effectiveDate");
        d.reviewMonths = m_r.integer(m_details, path, "reviewMonths", 0, 120);
        d.nextReview = m_r.date(m_details, path, "nextReview");
        d.status = m_r.enumValue(m_details, path, "status", &AgreementDetails::statusFromKey,
                                 AgreementDetails::Status::Draft);
        d.revision = m_r.integer(m_details, path, "revision", 1, MaxInt);
        const QJsonArray categories = m_r.array(m_details, path, "ticketCategories");
        d.locations = m_r.strings(m_details, path, "locations");
        if (const QString twice = d.duplicateLocation(); !m_r.failed() && !twice.isEmpty())
            m_r.fail(QStringLiteral("details.locations"),
                     Tr::tr("the site “%1” is listed twice").arg(twice.left(40)));
        d.notes = m_r.string(m_details, path, "notes");
        readBusinessHours(path);
        readTicketMapping(path);
        readSavedReviews(path);
        return categories;
    }

    // Handlers name parties by id; the ids are checked like every other
    // reference, but a removed party only drops out of the mapping.
    void readTicketMapping(const QString &detailsPath)
    {
        const QJsonValue mapping = m_details.value(QLatin1String("ticketMapping"));
        if (mapping.isUndefined() || m_r.failed())
            return;
        const QString path = detailsPath + QStringLiteral(".ticketMapping");
        auto read = TicketMapping::fromJson(m_r.object(mapping, path));
        if (read)
            m_a.details.ticketMapping = std::move(read).value();
        else if (!m_r.failed())
            m_r.fail(path, read.error());
    }

    void readSavedReviews(const QString &detailsPath)
    {
        const QJsonValue reviews = m_details.value(QLatin1String("savedReviews"));
        if (reviews.isUndefined() || m_r.failed())
            return;
        auto read = SavedReview::listFromJson(reviews);
        if (read)
            m_a.details.savedReviews = std::move(read).value();
        else
            m_r.fail(detailsPath + QStringLiteral(".savedReviews"), read.error());
    }

    void readBusinessHours(const QString &detailsPath)
    {
        const QJsonValue hours = m_details.value(QLatin1String("businessHours"));
        if (hours.isUndefined() || m_r.failed())
            return;
        const QString path = detailsPath + QStringLiteral(".businessHours");
        auto read = BusinessHours::fromJson(m_r.object(hours, path));
        if (read)
            m_a.details.businessHours = std::move(read).value();
        else if (!m_r.failed())
            m_r.fail(path, read.error());
    }

    void readParties()
    {
        const QJsonArray parties = m_r.array(m_root, QString(), "parties");
        for (qsizetype i = 0; i < parties.size() && !m_r.failed(); ++i) {
            const QString path = at("parties", i);
            const QJsonObject o = m_r.object(parties.at(i), path);
            Party p;
            p.id = m_r.id(o, path);
            p.name = m_r.string(o, path, "name", true);
            p.code = m_r.string(o, path, "code");
            p.kind = m_r.enumValue(o, path, "kind", &Party::kindFromKey, Party::Kind::Other);
            const QString color = m_r.string(o, path, "color");
            if (!color.isEmpty()) {
                p.color = color;
                if (!Party::isColor(color))
                    m_r.fail(path + QStringLiteral(".color"),
                             Tr::tr("“%1” is not a colour").arg(color.left(40)));
            }
            m_a.parties.append(p);
        }
    }

    void readAreas()
    {
        const QJsonArray areas = m_r.array(m_root, QString(), "areas");
        for (qsizetype i = 0; i < areas.size() && !m_r.failed(); ++i) {
            const QString path = at("areas", i);
            const QJsonObject o = m_r.object(areas.at(i), path);
            Area ar;
            ar.id = m_r.id(o, path);
            ar.key = m_r.string(o, path, "key");
            ar.name = m_r.string(o, path, "name", true);
            m_a.areas.append(ar);
        }
    }

    void readCategories(const QJsonArray &categories)
    {
        QList<TicketCategory> &list = m_a.details.ticketCategories;
        for (qsizetype i = 0; i < categories.size() && !m_r.failed(); ++i) {
            const QString path = QStringLiteral("details.ticketCategories[%1]").arg(i);
            TicketCategory c;
            // A bare name is a category with no area (how the first files wrote them).
            if (categories.at(i).isString()) {
                c.name = categories.at(i).toString();
            } else {
                const QJsonObject o = m_r.object(categories.at(i), path);
                c.name = m_r.string(o, path, "name", true);
                c.areaId = m_r.integer(o, path, "area", 0, MaxInt);
            }
            list.append(c);
        }
        if (const QString twice = m_a.details.duplicateCategory();
            !m_r.failed() && !twice.isEmpty())
            m_r.fail(QStringLiteral("details.ticketCategories"),
                     Tr::tr("the ticket category “%1” is listed twice").arg(twice.left(40)));
    }

    void readSystems()
    {
        const QJsonArray systems = m_r.array(m_root, QString(), "systems");
        for (qsizetype i = 0; i < systems.size() && !m_r.failed(); ++i) {
            const QString path = at("systems", i);
            const QJsonObject o = m_r.object(systems.at(i), path);
            System s;
            s.id = m_r.id(o, path);
            s.key = m_r.string(o, path, "key");
            s.name = m_r.string(o, path, "name", true);
            s.kind = m_r.string(o, path, "kind");
            s.criticality = m_r.enumValue(o, path, "criticality", &System::criticalityFromKey,
                                          System::Criticality::Medium);
            m_a.systems.append(s);
        }
    }

    void readTools()
    {
        const QJsonArray tools = m_r.array(m_root, QString(), "tools");
        for (qsizetype i = 0; i < tools.size() && !m_r.failed(); ++i) {
            const QString path = at("tools", i);
            const QJsonObject o = m_r.object(tools.at(i), path);
            Tool t;
            t.id = m_r.id(o, path);
            t.key = m_r.string(o, path, "key");
            t.name = m_r.string(o, path, "name", true);
            t.category = m_r.string(o, path, "category");
            t.ownerId = m_r.integer(o, path, "owner", 0, MaxInt);
            const QJsonArray access = m_r.array(o, path, "access");
            for (qsizetype j = 0; j < access.size() && !m_r.failed(); ++j) {
                const QString aPath = QStringLiteral("%1.access[%2]").arg(path).arg(j);
                const QJsonObject ao = m_r.object(access.at(j), aPath);
                const int party = m_r.integer(ao, aPath, "party", 1, MaxInt, true);
                if (t.access.contains(party))
                    m_r.fail(aPath, Tr::tr("party %1 is listed twice").arg(party));
                ToolAccess ta;
                ta.level = m_r.enumValue(ao, aPath, "level", &ToolAccess::levelFromKey,
                                         ToolAccess::Level::None);
                ta.role = m_r.string(ao, aPath, "role");
                ta.approvedBy = m_r.string(ao, aPath, "approvedBy");
                ta.mfaRequired = m_r.boolean(ao, aPath, "mfaRequired");
                ta.expires = m_r.date(ao, aPath, "expires");
                t.access.insert(party, ta);
            }
            m_a.tools.append(t);
        }
    }

    void readDuties()
    {
        const QJsonArray duties = m_r.array(m_root, QString(), "duties");
        m_a.duties.reserve(duties.size());
        for (qsizetype i = 0; i < duties.size() && !m_r.failed(); ++i) {
            const QString path = at("duties", i);
            const QJsonObject o = m_r.object(duties.at(i), path);
            Duty du;
            du.id = m_r.id(o, path);
            du.key = m_r.string(o, path, "key");
            du.areaId = m_r.integer(o, path, "area", 1, MaxInt, true);
            du.systemId = m_r.integer(o, path, "system", 0, MaxInt);
            du.title = m_r.string(o, path, "title", true);
            du.description = m_r.string(o, path, "description");
            du.kind = m_r.enumValue(o, path, "kind", &Duty::kindFromKey, Duty::Kind::Task);
            du.frequency = m_r.string(o, path, "frequency");
            du.controls = m_r.strings(o, path, "controls");
            du.notes = m_r.string(o, path, "notes");
            const QJsonArray toolIds = m_r.array(o, path, "tools");
            for (qsizetype j = 0; j < toolIds.size() && !m_r.failed(); ++j) {
                const QJsonValue id = toolIds.at(j);
                if (!id.isDouble() || id.toDouble() != double(id.toInt(0)))
                    m_r.fail(QStringLiteral("%1.tools[%2]").arg(path).arg(j),
                             Tr::tr("a tool id was expected"));
                du.toolIds.append(id.toInt(0));
            }
            readRoles(o, path, du);
            m_a.duties.append(std::move(du));
        }
    }

    void readRoles(const QJsonObject &o, const QString &path, Duty &du)
    {
        const QJsonObject roles =
            m_r.object(o.value(QLatin1String("roles")), path + QStringLiteral(".roles"));
        for (auto it = roles.constBegin(); it != roles.constEnd() && !m_r.failed(); ++it) {
            const QString rPath = QStringLiteral("%1.roles.%2").arg(path, it.key().left(20));
            bool ok = false;
            const int party = it.key().toInt(&ok);
            if (!ok) {
                m_r.fail(rPath, Tr::tr("“%1” is not a party id").arg(it.key().left(20)));
                return;
            }
            QString raciError;
            const std::optional<Raci> raci = it.value().isString()
                                                 ? Raci::parse(it.value().toString(), &raciError)
                                                 : std::nullopt;
            if (!raci) {
                m_r.fail(rPath,
                         raciError.isEmpty() ? Tr::tr("a RACI text was expected") : raciError);
                return;
            }
            du.setRoles(party, *raci);
        }
    }

    void readRules()
    {
        const QJsonArray rules = m_r.array(m_root, QString(), "rules");
        for (qsizetype i = 0; i < rules.size() && !m_r.failed(); ++i) {
            const QString path = at("rules", i);
            const QJsonObject o = m_r.object(rules.at(i), path);
            EscalationRule ru;
            ru.id = m_r.id(o, path);
            ru.name = m_r.string(o, path, "name");
            ru.category = m_r.string(o, path, "category");
            ru.minUrgency = m_r.enumValue(o, path, "minUrgency", &EscalationRule::urgencyFromKey,
                                          EscalationRule::Urgency::Low);
            ru.location = m_r.string(o, path, "location");
            ru.vip = m_r.enumValue(o, path, "vip", &EscalationRule::matchFromKey,
                                   EscalationRule::Match::Any);
            ru.afterHours = m_r.enumValue(o, path, "afterHours", &EscalationRule::matchFromKey,
                                          EscalationRule::Match::Any);
            ru.firstResponderId = m_r.integer(o, path, "firstResponder", 0, MaxInt);
            ru.escalateToId = m_r.integer(o, path, "escalateTo", 0, MaxInt);
            ru.trigger = m_r.enumValue(o, path, "trigger", &EscalationRule::triggerFromKey,
                                       EscalationRule::Trigger::None);
            ru.escalateAfterMinutes =
                m_r.integer(o, path, "escalateAfterMinutes", 0, Duration::MaxMinutes);
            readTargets(o, path, "responseMinutes", ru.responseMinutes);
            readTargets(o, path, "resolutionMinutes", ru.resolutionMinutes);
            ru.afterHoursHandlerId = m_r.integer(o, path, "afterHoursHandler", 0, MaxInt);
            m_a.rules.append(ru);
        }
    }

    // Four whole numbers of minutes, one per urgency; absent or empty: no targets.
    void readTargets(const QJsonObject &o, const QString &path, const char *key,
                     std::array<int, EscalationRule::UrgencyCount> &targets)
    {
        const QJsonArray list = m_r.array(o, path, key);
        if (list.isEmpty() || m_r.failed())
            return;
        const QString where = path + u'.' + QLatin1String(key);
        if (list.size() != EscalationRule::UrgencyCount) {
            m_r.fail(where, Tr::tr("four numbers were expected"));
            return;
        }
        for (int u = 0; u < EscalationRule::UrgencyCount; ++u) {
            const double v = list.at(u).toDouble(-1);
            if (v < 0 || v > Duration::MaxMinutes || v != double(int(v))) {
                m_r.fail(where, Tr::tr("minutes must be whole numbers"));
                return;
            }
            targets[u] = int(v);
        }
    }

    QList<Signatory> readSignatories(const QJsonArray &list, const QString &listPath)
    {
        QList<Signatory> out;
        for (qsizetype i = 0; i < list.size() && !m_r.failed(); ++i) {
            const QString path = QStringLiteral("%1[%2]").arg(listPath).arg(i);
            const QJsonObject o = m_r.object(list.at(i), path);
            Signatory s;
            s.name = m_r.string(o, path, "name");
            s.title = m_r.string(o, path, "title");
            s.partyId = m_r.integer(o, path, "party", 0, MaxInt);
            s.date = m_r.date(o, path, "date");
            s.note = m_r.string(o, path, "note");
            out.append(s);
        }
        return out;
    }

    void readRevisions()
    {
        const QJsonArray revisions = m_r.array(m_root, QString(), "revisions");
        for (qsizetype i = 0; i < revisions.size() && !m_r.failed(); ++i) {
            const QString path = at("revisions", i);
            const QJsonObject o = m_r.object(revisions.at(i), path);
            Revision rev;
            rev.number = m_r.integer(o, path, "number", 1, MaxInt, true);
            if (!m_a.revisions.isEmpty() && rev.number <= m_a.revisions.last().number)
                m_r.fail(path + QStringLiteral(".number"),
                         Tr::tr("revision numbers must increase"));
            rev.signedOn = m_r.date(o, path, "signedOn");
            // A revision's signatories sign for the parties of its content,
            // which the fingerprint below vouches for.
            rev.signatories = readSignatories(m_r.array(o, path, "signatories"),
                                              path + QStringLiteral(".signatories"));
            const QString hex = m_r.string(o, path, "fingerprint", true);
            rev.fingerprint = QByteArray::fromHex(hex.toLatin1());
            if (!m_r.failed() && (hex.size() != 64 || rev.fingerprint.size() != 32))
                m_r.fail(path + QStringLiteral(".fingerprint"),
                         Tr::tr("64 hexadecimal digits were expected"));
            const QJsonValue content = o.value(QLatin1String("content"));
            if (!m_r.failed() && !content.isObject())
                m_r.fail(path + QStringLiteral(".content"), Tr::tr("an object was expected"));
            if (m_r.failed())
                return;
            const QByteArray json =
                QJsonDocument(content.toObject()).toJson(QJsonDocument::Compact);
            if (CanonicalForm::fingerprintOf(json) != rev.fingerprint) {
                m_r.fail(path + QStringLiteral(".content"),
                         Tr::tr("the content does not match the fingerprint"));
                return;
            }
            rev.snapshot = CanonicalForm::pack(json);
            m_a.revisions.append(std::move(rev));
        }
        RevisionHistory::compact(m_a);
    }

    // The assessment reports its own problems as a whole sentence.
    std::optional<QString> readAssessment()
    {
        const QJsonValue as = m_root.value(QLatin1String("assessment"));
        if (as.isObject()) {
            Result<Assessment> answers = AssessmentQuestions::fromJson(
                as.toObject(), QStringLiteral("“%1”, assessment").arg(m_source));
            if (!answers)
                return answers.error();
            m_a.assessment = std::move(answers).value();
        } else if (!as.isUndefined() && !as.isNull()) {
            m_r.fail(QStringLiteral("assessment"), Tr::tr("an object was expected"));
        }
        return std::nullopt;
    }

    void validate()
    {
        if (const auto problem = AgreementValidator::firstProblem(m_a))
            m_r.fail(problem->path(), problem->what());
    }

    const QJsonObject m_root;
    QJsonObject m_details;
    Reader m_r;
    QString m_source;
    Agreement m_a;
};

} // namespace

QString JsonFormat::name() const
{
    return Tr::tr("JSON agreement");
}

QJsonObject JsonFormat::toJson(const Agreement &a)
{
    QJsonArray parties;
    for (const Party &p : a.parties)
        parties.append(QJsonObject{{QStringLiteral("id"), p.id},
                                   {QStringLiteral("name"), p.name},
                                   {QStringLiteral("code"), p.code},
                                   {QStringLiteral("kind"), Party::kindKey(p.kind)},
                                   {QStringLiteral("color"), p.color}});
    QJsonArray areas;
    for (const Area &ar : a.areas)
        areas.append(QJsonObject{{QStringLiteral("id"), ar.id},
                                 {QStringLiteral("key"), ar.key},
                                 {QStringLiteral("name"), ar.name}});
    QJsonArray systems;
    for (const System &s : a.systems)
        systems.append(
            QJsonObject{{QStringLiteral("id"), s.id},
                        {QStringLiteral("key"), s.key},
                        {QStringLiteral("name"), s.name},
                        {QStringLiteral("kind"), s.kind},
                        {QStringLiteral("criticality"), System::criticalityKey(s.criticality)}});
    QJsonArray duties;
    for (const Duty &d : a.duties) {
        QJsonObject roles;
        for (auto it = d.roles.cbegin(); it != d.roles.cend(); ++it)
            roles.insert(QString::number(it.key()), it.value().toString());
        duties.append(
            QJsonObject{{QStringLiteral("id"), d.id},
                        {QStringLiteral("key"), d.key},
                        {QStringLiteral("area"), d.areaId},
                        {QStringLiteral("system"), d.systemId},
                        {QStringLiteral("title"), d.title},
                        {QStringLiteral("description"), d.description},
                        {QStringLiteral("kind"), Duty::kindKey(d.kind)},
                        {QStringLiteral("frequency"), d.frequency},
                        {QStringLiteral("controls"), toArray(d.controls)},
                        {QStringLiteral("notes"), d.notes},
                        {QStringLiteral("tools"), toArray(d.toolIds)},
                        {QStringLiteral("ownership"), Agreement::ownershipKey(a.ownershipOf(d))},
                        {QStringLiteral("roles"), roles}});
    }
    QJsonArray rules;
    for (const EscalationRule &r : a.rules)
        rules.append(QJsonObject{
            {QStringLiteral("id"), r.id},
            {QStringLiteral("name"), r.name},
            {QStringLiteral("category"), r.category},
            {QStringLiteral("minUrgency"), EscalationRule::urgencyKey(r.minUrgency)},
            {QStringLiteral("location"), r.location},
            {QStringLiteral("vip"), EscalationRule::matchKey(r.vip)},
            {QStringLiteral("afterHours"), EscalationRule::matchKey(r.afterHours)},
            {QStringLiteral("firstResponder"), r.firstResponderId},
            {QStringLiteral("escalateTo"), r.escalateToId},
            {QStringLiteral("trigger"), EscalationRule::triggerKey(r.trigger)},
            {QStringLiteral("escalateAfterMinutes"), r.escalateAfterMinutes},
            {QStringLiteral("responseMinutes"), toArray(r.responseMinutes)},
            {QStringLiteral("resolutionMinutes"), toArray(r.resolutionMinutes)},
            {QStringLiteral("afterHoursHandler"), r.afterHoursHandlerId},
        });
    QJsonArray tools;
    for (const Tool &t : a.tools) {
        QJsonArray access;
        for (auto it = t.access.cbegin(); it != t.access.cend(); ++it)
            access.append(QJsonObject{{QStringLiteral("party"), it.key()},
                                      {QStringLiteral("level"), ToolAccess::levelKey(it->level)},
                                      {QStringLiteral("role"), it->role},
                                      {QStringLiteral("approvedBy"), it->approvedBy},
                                      {QStringLiteral("mfaRequired"), it->mfaRequired},
                                      {QStringLiteral("expires"), dateText(it->expires)}});
        tools.append(QJsonObject{{QStringLiteral("id"), t.id},
                                 {QStringLiteral("key"), t.key},
                                 {QStringLiteral("name"), t.name},
                                 {QStringLiteral("category"), t.category},
                                 {QStringLiteral("owner"), t.ownerId},
                                 {QStringLiteral("access"), access}});
    }
    QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("dutymap-agreement")},
        {QStringLiteral("version"), Version},
        {QStringLiteral("details"), detailsJson(a.details)},
        {QStringLiteral("parties"), parties},
        {QStringLiteral("areas"), areas},
        {QStringLiteral("systems"), systems},
        {QStringLiteral("duties"), duties},
        {QStringLiteral("rules"), rules},
        {QStringLiteral("tools"), tools},
        {QStringLiteral("assessment"), AssessmentQuestions::toJson(a.assessment)},
        {QStringLiteral("nextId"), a.nextId},
    };
    if (!a.revisions.isEmpty())
        root.insert(QStringLiteral("revisions"), revisionsJson(a.revisions));
    return root;
}

Status JsonFormat::write(const ExportJob &job, QIODevice *device) const
{
    const QByteArray bytes = QJsonDocument(toJson(job.agreement())).toJson(QJsonDocument::Indented);
    if (device->write(bytes) != bytes.size())
        return deviceFailure(device);
    return {};
}

Result<Agreement> JsonFormat::read(QIODevice *device, const QString &sourceName) const
{
    // A JSON agreement of 100,000 duties is about 60 MB; refuse what is far beyond.
    constexpr qint64 maxBytes = 512ll * 1024 * 1024;
    if (device->size() > maxBytes)
        return Result<Agreement>::failure(
            Tr::tr("“%1” is too large to be a Dutymap agreement.").arg(sourceName));
    return fromJson(device->readAll(), sourceName);
}

Result<Agreement> JsonFormat::fromJson(const QByteArray &json, const QString &sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const qsizetype offset = std::clamp<qsizetype>(parseError.offset, 0, json.size());
        const qsizetype line = json.left(offset).count('\n') + 1;
        return Result<Agreement>::failure(Tr::tr("“%1” is not valid JSON: %2 at line %3.")
                                              .arg(sourceName, parseError.errorString())
                                              .arg(line));
    }
    if (!doc.isObject()
        || doc.object().value(QLatin1String("format")).toString()
               != QLatin1String("dutymap-agreement"))
        return Result<Agreement>::failure(
            Tr::tr(
                "“%1” is JSON, but not a Dutymap agreement (no \"format\": \"dutymap-agreement\").")
                .arg(sourceName));
    const QJsonObject root = doc.object();
    const int version = root.value(QLatin1String("version")).toInt(0);
    if (version > Version)
        return Result<Agreement>::failure(
            Tr::tr("“%1” was written by a newer Dutymap (JSON version "
                   "%2); this version reads version %3.")
                .arg(sourceName)
                .arg(version)
                .arg(Version));
    return AgreementReader(root, sourceName).read();
}
