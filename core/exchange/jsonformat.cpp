#include "exchange/jsonformat.h"

#include "assessment/assessmentquestions.h"

#include "model/agreement.h"
#include "revisions/canonicalform.h"
#include "revisions/revisionhistory.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cmath>

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
        if (m_error.isEmpty())
            m_error = Tr::tr("“%1” is not a valid Dutymap agreement: at %2, %3.")
                          .arg(m_source, path, what);
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
        return v.toString();
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
            list.append(a.at(i).toString());
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

    Reader r(sourceName);
    Agreement a;
    constexpr int maxInt = std::numeric_limits<int>::max();
    constexpr int maxMinutes = 60 * 24 * 366;

    const QString dPath = QStringLiteral("details");
    const QJsonObject d = r.object(root.value(QLatin1String("details")), dPath);
    a.details.title = r.string(d, dPath, "title");
    a.details.client = r.string(d, dPath, "client");
    a.details.provider = r.string(d, dPath, "provider");
    a.details.modelId = r.string(d, dPath, "model");
    a.details.language = r.string(d, dPath, "language");
    a.details.effectiveDate = r.date(d, dPath, "effectiveDate");
    a.details.reviewMonths = r.integer(d, dPath, "reviewMonths", 0, 120);
    a.details.nextReview = r.date(d, dPath, "nextReview");
    a.details.status = r.enumValue(d, dPath, "status", &AgreementDetails::statusFromKey,
                                   AgreementDetails::Status::Draft);
    a.details.revision = r.integer(d, dPath, "revision", 1, maxInt);
    // Read after the areas, which categories refer to.
    const QJsonArray categories = r.array(d, dPath, "ticketCategories");
    a.details.locations = r.strings(d, dPath, "locations");
    a.details.notes = r.string(d, dPath, "notes");

    const QJsonArray parties = r.array(root, QString(), "parties");
    for (qsizetype i = 0; i < parties.size() && !r.failed(); ++i) {
        const QString path = at("parties", i);
        const QJsonObject o = r.object(parties.at(i), path);
        Party p;
        p.id = r.id(o, path);
        p.name = r.string(o, path, "name", true);
        p.code = r.string(o, path, "code");
        p.kind = r.enumValue(o, path, "kind", &Party::kindFromKey, Party::Kind::Other);
        const QString color = r.string(o, path, "color");
        if (!color.isEmpty()) {
            p.color = color;
            if (!Party::isColor(color))
                r.fail(path + QStringLiteral(".color"),
                       Tr::tr("“%1” is not a colour").arg(color.left(40)));
        }
        a.parties.append(p);
    }
    const auto checkParty = [&](int id, const QString &path) {
        if (id != 0 && !a.party(id))
            r.fail(path, Tr::tr("party %1 does not exist").arg(id));
    };

    const QJsonArray areas = r.array(root, QString(), "areas");
    for (qsizetype i = 0; i < areas.size() && !r.failed(); ++i) {
        const QString path = at("areas", i);
        const QJsonObject o = r.object(areas.at(i), path);
        Area ar;
        ar.id = r.id(o, path);
        ar.key = r.string(o, path, "key");
        ar.name = r.string(o, path, "name", true);
        a.areas.append(ar);
    }
    for (qsizetype i = 0; i < categories.size() && !r.failed(); ++i) {
        const QString path = QStringLiteral("details.ticketCategories[%1]").arg(i);
        TicketCategory c;
        // A bare name is a category with no area (how the first files wrote them).
        if (categories.at(i).isString()) {
            c.name = categories.at(i).toString();
        } else {
            const QJsonObject o = r.object(categories.at(i), path);
            c.name = r.string(o, path, "name", true);
            c.areaId = r.integer(o, path, "area", 0, maxInt);
            if (c.areaId != 0 && !a.area(c.areaId))
                r.fail(path + QStringLiteral(".area"),
                       Tr::tr("area %1 does not exist").arg(c.areaId));
        }
        a.details.ticketCategories.append(c);
    }
    const QJsonArray systems = r.array(root, QString(), "systems");
    for (qsizetype i = 0; i < systems.size() && !r.failed(); ++i) {
        const QString path = at("systems", i);
        const QJsonObject o = r.object(systems.at(i), path);
        System s;
        s.id = r.id(o, path);
        s.key = r.string(o, path, "key");
        s.name = r.string(o, path, "name", true);
        s.kind = r.string(o, path, "kind");
        s.criticality = r.enumValue(o, path, "criticality", &System::criticalityFromKey,
                                    System::Criticality::Medium);
        a.systems.append(s);
    }
    const QJsonArray tools = r.array(root, QString(), "tools");
    for (qsizetype i = 0; i < tools.size() && !r.failed(); ++i) {
        const QString path = at("tools", i);
        const QJsonObject o = r.object(tools.at(i), path);
        Tool t;
        t.id = r.id(o, path);
        t.key = r.string(o, path, "key");
        t.name = r.string(o, path, "name", true);
        t.category = r.string(o, path, "category");
        t.ownerId = r.integer(o, path, "owner", 0, maxInt);
        checkParty(t.ownerId, path + QStringLiteral(".owner"));
        const QJsonArray access = r.array(o, path, "access");
        for (qsizetype j = 0; j < access.size() && !r.failed(); ++j) {
            const QString aPath = QStringLiteral("%1.access[%2]").arg(path).arg(j);
            const QJsonObject ao = r.object(access.at(j), aPath);
            const int party = r.integer(ao, aPath, "party", 1, maxInt, true);
            checkParty(party, aPath + QStringLiteral(".party"));
            if (t.access.contains(party))
                r.fail(aPath, Tr::tr("party %1 is listed twice").arg(party));
            ToolAccess ta;
            ta.level =
                r.enumValue(ao, aPath, "level", &ToolAccess::levelFromKey, ToolAccess::Level::None);
            ta.role = r.string(ao, aPath, "role");
            ta.approvedBy = r.string(ao, aPath, "approvedBy");
            ta.mfaRequired = r.boolean(ao, aPath, "mfaRequired");
            ta.expires = r.date(ao, aPath, "expires");
            t.access.insert(party, ta);
        }
        a.tools.append(t);
    }

    const QJsonArray duties = r.array(root, QString(), "duties");
    a.duties.reserve(duties.size());
    for (qsizetype i = 0; i < duties.size() && !r.failed(); ++i) {
        const QString path = at("duties", i);
        const QJsonObject o = r.object(duties.at(i), path);
        Duty du;
        du.id = r.id(o, path);
        du.key = r.string(o, path, "key");
        du.areaId = r.integer(o, path, "area", 1, maxInt, true);
        if (!r.failed() && !a.area(du.areaId))
            r.fail(path + QStringLiteral(".area"), Tr::tr("area %1 does not exist").arg(du.areaId));
        du.systemId = r.integer(o, path, "system", 0, maxInt);
        if (du.systemId != 0 && !a.system(du.systemId))
            r.fail(path + QStringLiteral(".system"),
                   Tr::tr("system %1 does not exist").arg(du.systemId));
        du.title = r.string(o, path, "title", true);
        du.description = r.string(o, path, "description");
        du.kind = r.enumValue(o, path, "kind", &Duty::kindFromKey, Duty::Kind::Task);
        du.frequency = r.string(o, path, "frequency");
        du.controls = r.strings(o, path, "controls");
        du.notes = r.string(o, path, "notes");
        const QJsonArray toolIds = r.array(o, path, "tools");
        for (qsizetype j = 0; j < toolIds.size() && !r.failed(); ++j) {
            const int toolId = toolIds.at(j).toInt(0);
            if (!a.tool(toolId))
                r.fail(QStringLiteral("%1.tools[%2]").arg(path).arg(j),
                       Tr::tr("tool %1 does not exist").arg(toolIds.at(j).toVariant().toString()));
            du.toolIds.append(toolId);
        }
        const QJsonObject roles =
            r.object(o.value(QLatin1String("roles")), path + QStringLiteral(".roles"));
        for (auto it = roles.constBegin(); it != roles.constEnd() && !r.failed(); ++it) {
            const QString rPath = QStringLiteral("%1.roles.%2").arg(path, it.key().left(20));
            bool ok = false;
            const int party = it.key().toInt(&ok);
            if (!ok || !a.party(party)) {
                r.fail(rPath, Tr::tr("“%1” is not a party id").arg(it.key().left(20)));
                break;
            }
            QString raciError;
            const std::optional<Raci> raci = it.value().isString()
                                                 ? Raci::parse(it.value().toString(), &raciError)
                                                 : std::nullopt;
            if (!raci) {
                r.fail(rPath, raciError.isEmpty() ? Tr::tr("a RACI text was expected") : raciError);
                break;
            }
            du.setRoles(party, *raci);
        }
        a.duties.append(std::move(du));
    }

    const QJsonArray rules = r.array(root, QString(), "rules");
    for (qsizetype i = 0; i < rules.size() && !r.failed(); ++i) {
        const QString path = at("rules", i);
        const QJsonObject o = r.object(rules.at(i), path);
        EscalationRule ru;
        ru.id = r.id(o, path);
        ru.name = r.string(o, path, "name");
        ru.category = r.string(o, path, "category");
        ru.minUrgency = r.enumValue(o, path, "minUrgency", &EscalationRule::urgencyFromKey,
                                    EscalationRule::Urgency::Low);
        ru.location = r.string(o, path, "location");
        ru.vip =
            r.enumValue(o, path, "vip", &EscalationRule::matchFromKey, EscalationRule::Match::Any);
        ru.afterHours = r.enumValue(o, path, "afterHours", &EscalationRule::matchFromKey,
                                    EscalationRule::Match::Any);
        ru.firstResponderId = r.integer(o, path, "firstResponder", 0, maxInt);
        checkParty(ru.firstResponderId, path + QStringLiteral(".firstResponder"));
        ru.escalateToId = r.integer(o, path, "escalateTo", 0, maxInt);
        checkParty(ru.escalateToId, path + QStringLiteral(".escalateTo"));
        ru.trigger = r.enumValue(o, path, "trigger", &EscalationRule::triggerFromKey,
                                 EscalationRule::Trigger::None);
        ru.escalateAfterMinutes = r.integer(o, path, "escalateAfterMinutes", 0, maxMinutes);
        for (const auto &[key, targets] : {std::pair{"responseMinutes", &ru.responseMinutes},
                                           std::pair{"resolutionMinutes", &ru.resolutionMinutes}}) {
            const QJsonArray list = r.array(o, path, key);
            if (list.isEmpty())
                continue;
            if (list.size() != EscalationRule::UrgencyCount) {
                r.fail(path + u'.' + QLatin1String(key), Tr::tr("four numbers were expected"));
                break;
            }
            for (int u = 0; u < EscalationRule::UrgencyCount; ++u) {
                const double v = list.at(u).toDouble(-1);
                if (v < 0 || v > maxMinutes || v != double(int(v))) {
                    r.fail(path + u'.' + QLatin1String(key),
                           Tr::tr("minutes must be whole numbers"));
                    break;
                }
                (*targets)[u] = int(v);
            }
        }
        ru.afterHoursHandlerId = r.integer(o, path, "afterHoursHandler", 0, maxInt);
        checkParty(ru.afterHoursHandlerId, path + QStringLiteral(".afterHoursHandler"));
        a.rules.append(ru);
    }

    const auto readSignatories = [&](const QJsonArray &list, const QString &listPath,
                                     bool currentParties) {
        QList<Signatory> out;
        for (qsizetype i = 0; i < list.size() && !r.failed(); ++i) {
            const QString path = QStringLiteral("%1[%2]").arg(listPath).arg(i);
            const QJsonObject o = r.object(list.at(i), path);
            Signatory s;
            s.name = r.string(o, path, "name");
            s.title = r.string(o, path, "title");
            s.partyId = r.integer(o, path, "party", 0, maxInt);
            // A revision's signatories sign for the parties of its content.
            if (currentParties)
                checkParty(s.partyId, path + QStringLiteral(".party"));
            s.date = r.date(o, path, "date");
            s.note = r.string(o, path, "note");
            out.append(s);
        }
        return out;
    };
    a.details.signatories = readSignatories(r.array(d, dPath, "signatories"),
                                            QStringLiteral("details.signatories"), true);

    const QJsonArray revisions = r.array(root, QString(), "revisions");
    for (qsizetype i = 0; i < revisions.size() && !r.failed(); ++i) {
        const QString path = at("revisions", i);
        const QJsonObject o = r.object(revisions.at(i), path);
        Revision rev;
        rev.number = r.integer(o, path, "number", 1, maxInt, true);
        if (!a.revisions.isEmpty() && rev.number <= a.revisions.last().number)
            r.fail(path + QStringLiteral(".number"), Tr::tr("revision numbers must increase"));
        rev.signedOn = r.date(o, path, "signedOn");
        rev.signatories = readSignatories(r.array(o, path, "signatories"),
                                          path + QStringLiteral(".signatories"), false);
        const QString hex = r.string(o, path, "fingerprint", true);
        rev.fingerprint = QByteArray::fromHex(hex.toLatin1());
        if (!r.failed() && (hex.size() != 64 || rev.fingerprint.size() != 32))
            r.fail(path + QStringLiteral(".fingerprint"),
                   Tr::tr("64 hexadecimal digits were expected"));
        const QJsonValue content = o.value(QLatin1String("content"));
        if (!r.failed() && !content.isObject())
            r.fail(path + QStringLiteral(".content"), Tr::tr("an object was expected"));
        if (r.failed())
            break;
        const QByteArray json = QJsonDocument(content.toObject()).toJson(QJsonDocument::Compact);
        if (CanonicalForm::fingerprintOf(json) != rev.fingerprint) {
            r.fail(path + QStringLiteral(".content"),
                   Tr::tr("the content does not match the fingerprint"));
            break;
        }
        rev.snapshot = CanonicalForm::pack(json);
        a.revisions.append(std::move(rev));
    }
    RevisionHistory::compact(a);

    const QJsonValue as = root.value(QLatin1String("assessment"));
    if (as.isObject()) {
        Result<Assessment> answers = AssessmentQuestions::fromJson(
            as.toObject(), QStringLiteral("“%1”, assessment").arg(sourceName));
        if (!answers)
            return Result<Agreement>::failure(answers.error());
        a.assessment = std::move(answers).value();
    } else if (!as.isUndefined() && !as.isNull()) {
        r.fail(QStringLiteral("assessment"), Tr::tr("an object was expected"));
    }

    a.nextId = std::max(r.integer(root, QString(), "nextId", 1, MaxId + 1), a.computeNextId());
    if (r.failed())
        return Result<Agreement>::failure(r.error());
    return a;
}
