#include "assessment/assessmentquestions.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cmath>

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AssessmentQuestions)
};

using Q = AssessmentQuestion;
using Kind = AssessmentQuestion::Kind;

const QList<Q::Choice> levels = {
    {"none", QT_TRANSLATE_NOOP("AssessmentQuestions", "None")},
    {"some", QT_TRANSLATE_NOOP("AssessmentQuestions", "Some")},
    {"strong", QT_TRANSLATE_NOOP("AssessmentQuestions", "Strong")},
};

QList<Q> makeQuestions()
{
    const char *load = QT_TRANSLATE_NOOP("AssessmentQuestions", "Help desk and users");
    const char *team = QT_TRANSLATE_NOOP("AssessmentQuestions", "Internal IT team");
    const char *security = QT_TRANSLATE_NOOP("AssessmentQuestions", "Security");
    const char *systems = QT_TRANSLATE_NOOP("AssessmentQuestions", "Systems");
    const char *coverage = QT_TRANSLATE_NOOP("AssessmentQuestions", "Coverage and projects");
    const char *signs = QT_TRANSLATE_NOOP("AssessmentQuestions", "Signs of strain");
    const auto skill = [&](const char *key, const char *text) {
        return Q{key, Kind::Level, team, text, nullptr, levels};
    };
    const auto sign = [&](const char *key, const char *text) {
        return Q{key, Kind::YesNo, signs, text};
    };
    return {
        {"monthlyTickets", Kind::Count, load,
         QT_TRANSLATE_NOOP("AssessmentQuestions", "Help desk tickets a month")},
        {"afterHoursShare", Kind::Percent, load,
         QT_TRANSLATE_NOOP("AssessmentQuestions", "Share of tickets raised after hours"),
         QT_TRANSLATE_NOOP("AssessmentQuestions", "In per cent, if your ticket system shows it")},
        {"users", Kind::Count, load, QT_TRANSLATE_NOOP("AssessmentQuestions", "Users")},
        {"devices", Kind::Count, load, QT_TRANSLATE_NOOP("AssessmentQuestions", "Devices"),
         QT_TRANSLATE_NOOP("AssessmentQuestions", "Laptops, desktops, phones and servers")},
        {"locations", Kind::Count, load, QT_TRANSLATE_NOOP("AssessmentQuestions", "Locations")},
        {"locationNames", Kind::List, load,
         QT_TRANSLATE_NOOP("AssessmentQuestions", "Names of the locations"),
         QT_TRANSLATE_NOOP("AssessmentQuestions",
                           "One a line; the first is where internal IT works")},

        {"itStaff", Kind::Count, team,
         QT_TRANSLATE_NOOP("AssessmentQuestions", "Internal IT staff")},
        skill("skillHelpDesk", QT_TRANSLATE_NOOP("AssessmentQuestions", "Help desk skills")),
        skill("skillEndpoints",
              QT_TRANSLATE_NOOP("AssessmentQuestions", "Endpoint management skills")),
        skill("skillNetwork", QT_TRANSLATE_NOOP("AssessmentQuestions", "Network skills")),
        skill("skillM365", QT_TRANSLATE_NOOP("AssessmentQuestions", "Microsoft 365 skills")),
        skill("skillSecurity", QT_TRANSLATE_NOOP("AssessmentQuestions", "Security skills")),
        skill("skillCloud", QT_TRANSLATE_NOOP("AssessmentQuestions", "Cloud skills")),
        skill("skillProjects", QT_TRANSLATE_NOOP("AssessmentQuestions", "Project skills")),

        {"securityStaff", Kind::YesNo, security,
         QT_TRANSLATE_NOOP("AssessmentQuestions", "Dedicated security staff")},
        {"edr", Kind::YesNo, security,
         QT_TRANSLATE_NOOP("AssessmentQuestions",
                           "Endpoint detection and response on every device")},
        {"mfaForAll", Kind::YesNo, security,
         QT_TRANSLATE_NOOP("AssessmentQuestions", "Multi-factor authentication for all users")},
        {"testedBackups", Kind::YesNo, security,
         QT_TRANSLATE_NOOP("AssessmentQuestions", "Backups restored in a test this quarter")},
        {"centralLogging", Kind::YesNo, security,
         QT_TRANSLATE_NOOP("AssessmentQuestions", "Central logging of key systems")},
        {"patchCadence",
         Kind::Choice,
         security,
         QT_TRANSLATE_NOOP("AssessmentQuestions", "Patches deployed"),
         nullptr,
         {{"irregular", QT_TRANSLATE_NOOP("AssessmentQuestions", "Irregularly")},
          {"monthly", QT_TRANSLATE_NOOP("AssessmentQuestions", "Every month")},
          {"weekly", QT_TRANSLATE_NOOP("AssessmentQuestions", "Every week or faster")}}},
        {"securityAwareness", Kind::YesNo, security,
         QT_TRANSLATE_NOOP("AssessmentQuestions", "Security awareness training for staff")},
        {"complianceNeeds",
         Kind::List,
         security,
         QT_TRANSLATE_NOOP("AssessmentQuestions", "Compliance needs"),
         QT_TRANSLATE_NOOP("AssessmentQuestions",
                           "Frameworks, regulations and insurers to satisfy"),
         {},
         {QStringLiteral("Cyber insurance"), QStringLiteral("HIPAA"), QStringLiteral("PCI DSS"),
          QStringLiteral("SOC 2"), QStringLiteral("ISO 27001"), QStringLiteral("NIST CSF")}},

        {"m365",
         Kind::Choice,
         systems,
         QT_TRANSLATE_NOOP("AssessmentQuestions", "Microsoft 365 plan"),
         nullptr,
         {{"none", QT_TRANSLATE_NOOP("AssessmentQuestions", "No Microsoft 365")},
          {"business-basic", QT_TRANSLATE_NOOP("AssessmentQuestions", "Business Basic")},
          {"business-standard", QT_TRANSLATE_NOOP("AssessmentQuestions", "Business Standard")},
          {"business-premium", QT_TRANSLATE_NOOP("AssessmentQuestions", "Business Premium")},
          {"e3", QT_TRANSLATE_NOOP("AssessmentQuestions", "E3")},
          {"e5", QT_TRANSLATE_NOOP("AssessmentQuestions", "E5")},
          {"other", QT_TRANSLATE_NOOP("AssessmentQuestions", "Another plan")}}},
        {"backupPractice",
         Kind::Choice,
         systems,
         QT_TRANSLATE_NOOP("AssessmentQuestions", "Backup and disaster recovery"),
         nullptr,
         {{"none", QT_TRANSLATE_NOOP("AssessmentQuestions", "No regular backups")},
          {"untested", QT_TRANSLATE_NOOP("AssessmentQuestions", "Backups, never test-restored")},
          {"tested", QT_TRANSLATE_NOOP("AssessmentQuestions", "Backups tested by restores")},
          {"dr-plan", QT_TRANSLATE_NOOP("AssessmentQuestions",
                                        "Tested backups and a rehearsed recovery plan")}}},
        {"networkNeeds",
         Kind::Choice,
         systems,
         QT_TRANSLATE_NOOP("AssessmentQuestions", "Network and infrastructure support needed"),
         nullptr,
         {{"little",
           QT_TRANSLATE_NOOP("AssessmentQuestions", "Little: cloud first, one simple site")},
          {"some", QT_TRANSLATE_NOOP("AssessmentQuestions", "Some: servers or a firewall")},
          {"much", QT_TRANSLATE_NOOP("AssessmentQuestions",
                                     "Much: several sites, servers and firewalls")}}},

        {"afterHoursCoverage", Kind::YesNo, coverage,
         QT_TRANSLATE_NOOP("AssessmentQuestions", "Someone covers urgent tickets after hours")},
        {"vacationCoverage", Kind::YesNo, coverage,
         QT_TRANSLATE_NOOP("AssessmentQuestions", "Work carries on when someone is away")},
        {"projectBacklog", Kind::Count, coverage,
         QT_TRANSLATE_NOOP("AssessmentQuestions", "Projects waiting for people")},
        {"oldestProjectMonths", Kind::Count, coverage,
         QT_TRANSLATE_NOOP("AssessmentQuestions", "Months the oldest of them has waited")},

        sign("signReactive", QT_TRANSLATE_NOOP("AssessmentQuestions",
                                               "The team is always reacting, rarely planning")),
        sign("signProjectsSlip",
             QT_TRANSLATE_NOOP("AssessmentQuestions", "Projects slip behind tickets")),
        sign("signSecurityGrowing",
             QT_TRANSLATE_NOOP("AssessmentQuestions", "Security duties keep growing")),
        sign("signSinglePerson",
             QT_TRANSLATE_NOOP("AssessmentQuestions", "One person holds critical knowledge")),
        sign("signSlowWhenAbsent",
             QT_TRANSLATE_NOOP("AssessmentQuestions", "Response slows when someone is out")),
        sign("signGrowthOutpacesIt",
             QT_TRANSLATE_NOOP("AssessmentQuestions", "The business grows faster than IT")),
        sign("signDepthNeeded", QT_TRANSLATE_NOOP("AssessmentQuestions",
                                                  "Not enough Microsoft 365 or security depth")),
        sign("signMaturity",
             QT_TRANSLATE_NOOP("AssessmentQuestions",
                               "Leadership wants more maturity without outsourcing IT")),
        {"notes", Kind::Text, signs, QT_TRANSLATE_NOOP("AssessmentQuestions", "Notes")},
    };
}

QString translated(const char *text)
{
    return text ? QCoreApplication::translate("AssessmentQuestions", text) : QString();
}

// What an older Dutymap wrote: always all of these, zeros for unknown.
const QStringList legacyKeys = {
    QStringLiteral("users"),           QStringLiteral("devices"),
    QStringLiteral("locations"),       QStringLiteral("itStaff"),
    QStringLiteral("monthlyTickets"),  QStringLiteral("afterHoursCoverage"),
    QStringLiteral("securityStaff"),   QStringLiteral("projectBacklog"),
    QStringLiteral("complianceNeeds"), QStringLiteral("notes"),
};

bool isLegacy(const QJsonObject &o)
{
    if (o.size() != legacyKeys.size())
        return false;
    for (const QString &key : legacyKeys)
        if (!o.contains(key))
            return false;
    return true;
}

// Zeros meant "not asked"; with no count at all the flags were defaults too.
QJsonObject fromLegacy(QJsonObject o)
{
    bool anyCount = false;
    for (const char *key : {"users", "devices", "locations", "itStaff", "monthlyTickets"}) {
        if (o.value(QLatin1String(key)).toDouble() == 0)
            o.remove(QLatin1String(key));
        else
            anyCount = true;
    }
    if (!anyCount) {
        o.remove(QStringLiteral("afterHoursCoverage"));
        o.remove(QStringLiteral("securityStaff"));
        o.remove(QStringLiteral("projectBacklog"));
    }
    return o;
}

} // namespace

QString AssessmentQuestion::label() const
{
    return translated(text);
}

QString AssessmentQuestion::sectionName() const
{
    return translated(section);
}

QString AssessmentQuestion::helpText() const
{
    return translated(help);
}

QString AssessmentQuestion::choiceText(const QString &choiceKey) const
{
    for (const Choice &c : choices)
        if (choiceKey == QLatin1String(c.key))
            return translated(c.text);
    return choiceKey;
}

QString AssessmentQuestion::answerText(const QVariant &value) const
{
    if (!value.isValid())
        return Tr::tr("Don't know");
    switch (kind) {
    case Kind::Count:
        return QString::number(value.toInt());
    case Kind::Percent:
        return Tr::tr("%1 %").arg(value.toInt());
    case Kind::YesNo:
        return value.toBool() ? Tr::tr("Yes") : Tr::tr("No");
    case Kind::Level:
    case Kind::Choice:
        return choiceText(value.toString());
    case Kind::List:
        return value.toStringList().join(QStringLiteral(", "));
    case Kind::Text:
        return value.toString();
    }
    return value.toString();
}

const QList<AssessmentQuestion> &AssessmentQuestions::all()
{
    static const QList<AssessmentQuestion> questions = makeQuestions();
    return questions;
}

const AssessmentQuestion *AssessmentQuestions::find(const QString &key)
{
    for (const AssessmentQuestion &q : all())
        if (key == QLatin1String(q.key))
            return &q;
    return nullptr;
}

QJsonObject AssessmentQuestions::toJson(const Assessment &assessment)
{
    QJsonObject o;
    for (const AssessmentQuestion &q : all()) {
        const QString key = QLatin1String(q.key);
        if (!assessment.isAnswered(key))
            continue;
        const QVariant v = assessment.value(key);
        switch (q.kind) {
        case Kind::Count:
        case Kind::Percent:
            o.insert(key, v.toInt());
            break;
        case Kind::YesNo:
            o.insert(key, v.toBool());
            break;
        case Kind::List:
            o.insert(key, QJsonArray::fromStringList(v.toStringList()));
            break;
        case Kind::Level:
        case Kind::Choice:
        case Kind::Text:
            o.insert(key, v.toString());
            break;
        }
    }
    return o;
}

Result<Assessment> AssessmentQuestions::fromJson(const QJsonObject &object, const QString &where)
{
    const QJsonObject o = isLegacy(object) ? fromLegacy(object) : object;
    const auto fail = [&](const QString &key, const QString &what) {
        return Result<Assessment>::failure(
            Tr::tr("%1: the answer “%2” %3.").arg(where, key.left(60), what));
    };
    Assessment a;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString key = it.key();
        const QJsonValue v = it.value();
        const AssessmentQuestion *q = find(key);
        if (!q)
            return Result<Assessment>::failure(
                Tr::tr("%1: “%2” is not a question of the assessment.").arg(where, key.left(60)));
        if (v.isNull())
            continue; // don't know
        switch (q->kind) {
        case Kind::Count:
        case Kind::Percent: {
            const int max = q->kind == Kind::Percent ? 100 : MaxCount;
            const double d = v.toDouble(-1);
            if (!v.isDouble() || d < 0 || d > max || d != std::trunc(d))
                return fail(key, Tr::tr("must be a whole number from 0 to %1, or null").arg(max));
            a.set(key, int(d));
            break;
        }
        case Kind::YesNo:
            if (!v.isBool())
                return fail(key, Tr::tr("must be true, false or null"));
            a.set(key, v.toBool());
            break;
        case Kind::Level:
        case Kind::Choice: {
            QStringList keys;
            for (const AssessmentQuestion::Choice &c : q->choices)
                keys.append(QLatin1String(c.key));
            if (!v.isString() || !keys.contains(v.toString()))
                return fail(
                    key, Tr::tr("must be one of %1, or null").arg(keys.join(QStringLiteral(", "))));
            a.set(key, v.toString());
            break;
        }
        case Kind::List: {
            if (!v.isArray())
                return fail(key, Tr::tr("must be a list of texts, or null"));
            QStringList list;
            QSet<QString> seen;
            for (const QJsonValue item : v.toArray()) {
                const QString text = item.toString().trimmed();
                if (!item.isString() || text.isEmpty() || text.size() > 200)
                    return fail(key, Tr::tr("must list texts of 1 to 200 characters"));
                if (seen.contains(text.toCaseFolded()))
                    return fail(key, Tr::tr("names “%1” twice").arg(text));
                seen.insert(text.toCaseFolded());
                list.append(text);
            }
            if (list.size() > 1000)
                return fail(key, Tr::tr("lists more than 1,000 entries"));
            a.set(key, list);
            break;
        }
        case Kind::Text:
            if (!v.isString() || v.toString().size() > 100'000)
                return fail(key, Tr::tr("must be a text of at most 100,000 characters"));
            a.set(key, v.toString());
            break;
        }
    }
    return a;
}

Result<Assessment> AssessmentQuestions::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<Assessment>::failure(
            Tr::tr("Cannot read the answers file “%1”: %2.").arg(path, file.errorString()));
    constexpr qint64 maxSize = 4 * 1024 * 1024;
    if (file.size() > maxSize)
        return Result<Assessment>::failure(
            Tr::tr("“%1” is larger than 4 MiB: not an answers file.").arg(path));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        return Result<Assessment>::failure(Tr::tr("“%1” is not valid JSON: %2 at byte %3.")
                                               .arg(path, error.errorString())
                                               .arg(error.offset));
    if (!doc.isObject())
        return Result<Assessment>::failure(
            Tr::tr("“%1” must hold one JSON object of answers.").arg(path));
    return fromJson(doc.object(), QStringLiteral("“%1”").arg(path));
}
