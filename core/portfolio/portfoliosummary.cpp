#include "portfolio/portfoliosummary.h"

#include "checks/healthcheck.h"
#include "portfolio/portfoliofollower.h"
#include "revisions/revisionhistory.h"

#include <QCoreApplication>

#include <limits>

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PortfolioSummary)
};

constexpr int Version = 1;

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// Reads one stored summary, remembering the first thing that is wrong.
class SummaryReader
{
public:
    explicit SummaryReader(const QJsonObject &json)
        : m_json(json)
    {}

    QString error() const { return m_error; }

    QString text(const char *key, qsizetype maxLength = 10'000)
    {
        const QJsonValue v = m_json.value(QLatin1String(key));
        if (v.isUndefined())
            return {};
        if (!v.isString() || v.toString().size() > maxLength)
            fail(key, Tr::tr("a text of at most %1 characters was expected").arg(maxLength));
        return v.toString().left(maxLength);
    }

    int integer(const char *key, int min = 0, int max = std::numeric_limits<int>::max())
    {
        const QJsonValue v = m_json.value(QLatin1String(key));
        if (v.isUndefined())
            return min;
        const double d = v.toDouble(-1.0);
        if (!v.isDouble() || d != double(qint64(d)) || d < min || d > max) {
            fail(key, Tr::tr("a whole number from %1 to %2 was expected").arg(min).arg(max));
            return min;
        }
        return int(d);
    }

    bool boolean(const char *key)
    {
        const QJsonValue v = m_json.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isBool())
            fail(key, Tr::tr("true or false was expected"));
        return v.toBool();
    }

    QDate date(const char *key)
    {
        const QString t = text(key, 10);
        if (t.isEmpty())
            return {};
        const QDate d = QDate::fromString(t, Qt::ISODate);
        if (!d.isValid())
            fail(key, Tr::tr("a date (YYYY-MM-DD) was expected"));
        return d;
    }

    void fail(const char *key, const QString &what)
    {
        if (m_error.isEmpty())
            m_error = Tr::tr("%1: %2").arg(QLatin1String(key), what);
    }

private:
    const QJsonObject &m_json;
    QString m_error;
};

} // namespace

PortfolioSummary PortfolioSummary::of(const Agreement &agreement)
{
    const AgreementDetails &d = agreement.details;
    const RevisionState state = RevisionHistory::state(agreement);
    PortfolioSummary s;
    s.title = d.title;
    s.client = d.client;
    s.provider = d.provider;
    s.modelId = d.modelId;
    s.status = state.status;
    s.revision = state.revision;
    s.lastSignedNumber = state.lastSignedNumber;
    s.lastSignedOn = state.lastSignedOn;
    s.changedSinceSigned = state.changedSinceSigned;
    s.nextReview = RevisionHistory::dueReview(agreement);

    const QList<Finding> findings = HealthCheck::run(agreement);
    s.errors = HealthCheck::count(findings, Finding::Severity::Error);
    s.warnings = HealthCheck::count(findings, Finding::Severity::Warning);

    QList<int> providers;
    for (const Party &p : agreement.parties) {
        if (p.kind == Party::Kind::Provider)
            providers.append(p.id);
    }
    for (const Duty &duty : agreement.duties) {
        ++s.duties;
        bool anyone = false;
        bool provider = false;
        for (auto it = duty.roles.cbegin(); it != duty.roles.cend(); ++it) {
            if (!it.value().responsible())
                continue;
            anyone = true;
            provider = provider || providers.contains(it.key());
        }
        s.dutiesWithResponsible += anyone ? 1 : 0;
        s.providerResponsible += provider ? 1 : 0;
    }
    return s;
}

QJsonObject PortfolioSummary::toJson() const
{
    return {
        {QStringLiteral("version"), Version},
        {QStringLiteral("title"), title},
        {QStringLiteral("client"), client},
        {QStringLiteral("provider"), provider},
        {QStringLiteral("model"), modelId},
        {QStringLiteral("status"), AgreementDetails::statusKey(status)},
        {QStringLiteral("revision"), revision},
        {QStringLiteral("lastSigned"), lastSignedNumber},
        {QStringLiteral("lastSignedOn"), dateText(lastSignedOn)},
        {QStringLiteral("changedSinceSigned"), changedSinceSigned},
        {QStringLiteral("nextReview"), dateText(nextReview)},
        {QStringLiteral("errors"), errors},
        {QStringLiteral("warnings"), warnings},
        {QStringLiteral("duties"), duties},
        {QStringLiteral("dutiesWithResponsible"), dutiesWithResponsible},
        {QStringLiteral("providerResponsible"), providerResponsible},
    };
}

Result<PortfolioSummary> PortfolioSummary::fromJson(const QJsonObject &json)
{
    using R = Result<PortfolioSummary>;
    SummaryReader r(json);
    const int version = r.integer("version", 1, 1000);
    if (version > Version)
        return R::failure(Tr::tr("the summary is of version %1; this Dutymap reads up to %2")
                              .arg(version)
                              .arg(Version));
    PortfolioSummary s;
    s.title = r.text("title");
    s.client = r.text("client");
    s.provider = r.text("provider");
    s.modelId = r.text("model", 200);
    const QString status = r.text("status", 40);
    if (const auto known = AgreementDetails::statusFromKey(status))
        s.status = *known;
    else
        r.fail("status", Tr::tr("“%1” is not a status").arg(status));
    s.revision = r.integer("revision", 1);
    s.lastSignedNumber = r.integer("lastSigned");
    s.lastSignedOn = r.date("lastSignedOn");
    s.changedSinceSigned = r.boolean("changedSinceSigned");
    s.nextReview = r.date("nextReview");
    s.errors = r.integer("errors");
    s.warnings = r.integer("warnings");
    s.duties = r.integer("duties");
    s.dutiesWithResponsible = r.integer("dutiesWithResponsible", 0, s.duties);
    s.providerResponsible = r.integer("providerResponsible", 0, s.dutiesWithResponsible);
    if (!r.error().isEmpty())
        return R::failure(r.error());
    return s;
}

std::unique_ptr<PortfolioFollower> PortfolioSource::follow()
{
    return nullptr;
}
