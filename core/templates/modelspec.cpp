#include "templates/modelspec.h"

#include "model/agreement.h"
#include "model/duration.h"
#include "templates/templatecatalog.h"
#include "templates/templatereader.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>

namespace {

using Need = TemplateReader::Need;

QLatin1StringView operator""_l1(const char *text, std::size_t size)
{
    return QLatin1StringView(text, static_cast<qsizetype>(size));
}

class ModelParser
{
    Q_DECLARE_TR_FUNCTIONS(ModelSpec)

public:
    ModelParser(const QJsonObject &root, const TemplateCatalog &catalog)
        : m_root(root)
        , m_catalog(catalog)
    {}

    Result<ModelSpec> run()
    {
        m_reader.checkFormat(m_root, "dutymap-model"_l1);
        m_spec.id = m_reader.id(m_root, QString(), "id"_l1);
        m_spec.name = m_reader.text(m_root, QString(), "name"_l1);
        m_spec.bestFor = m_reader.text(m_root, QString(), "bestFor"_l1);
        m_spec.summary = m_reader.text(m_root, QString(), "summary"_l1);
        readParties();
        readCategories();
        readMatrix();
        readRules();
        readToolAccess();
        if (m_reader.failed())
            return Result<ModelSpec>::failure(m_reader.error());
        return m_spec;
    }

private:
    // A party key where one is expected; empty is allowed when optional.
    QString partyKey(const QJsonObject &object, const QString &path, QLatin1StringView key,
                     Need need)
    {
        const QString value = m_reader.text(object, path, key, need);
        if (!value.isEmpty() && !m_spec.party(value))
            m_reader.fail(tr("\"%1\" names the party \"%2\", which this model does not define "
                             "under \"parties\".")
                              .arg(TemplateReader::join(path, key), value));
        return value;
    }

    void readParties()
    {
        const QJsonArray items = m_reader.array(m_root, QString(), "parties"_l1);
        if (!m_reader.failed() && items.isEmpty())
            m_reader.fail(tr("\"parties\" must list at least internal IT and the provider."));
        for (qsizetype i = 0; i < items.size() && !m_reader.failed(); ++i) {
            const QString path = TemplateReader::at(QStringLiteral("parties"), i);
            const QJsonObject object = m_reader.objectAt(items, QStringLiteral("parties"), i);
            ModelSpec::PartySpec spec;
            spec.key = m_reader.id(object, path, "key"_l1);
            if (m_spec.party(spec.key))
                m_reader.fail(tr("\"%1.key\" repeats \"%2\"; each party key must be unique.")
                                  .arg(path, spec.key));
            spec.party.name = m_reader.text(object, path, "name"_l1);
            spec.party.code = m_reader.text(object, path, "code"_l1);
            spec.party.kind = m_reader.choice(object, path, "kind"_l1, Party::Kind::Other,
                                              &Party::kindKey, 6, Need::Required);
            const QString color = m_reader.text(object, path, "color"_l1, Need::Optional);
            static const QRegularExpression hex(QStringLiteral("^#[0-9a-fA-F]{6}$"));
            if (!color.isEmpty()) {
                if (hex.match(color).hasMatch())
                    spec.party.color = color.toLower();
                else
                    m_reader.fail(
                        tr("\"%1.color\" is \"%2\"; write a colour as #rrggbb.").arg(path, color));
            }
            m_spec.parties.append(spec);
        }
        if (m_reader.failed())
            return;
        // A co-managed agreement needs both sides; everything else builds on them.
        const auto hasKind = [this](Party::Kind kind) {
            return std::any_of(
                m_spec.parties.cbegin(), m_spec.parties.cend(),
                [kind](const ModelSpec::PartySpec &p) { return p.party.kind == kind; });
        };
        if (!hasKind(Party::Kind::Internal) || !hasKind(Party::Kind::Provider))
            m_reader.fail(tr("\"parties\" must include one party of kind \"internal\" and one of "
                             "kind \"provider\"."));
    }

    void readCategories()
    {
        // Each entry is {"name", "area"}, area a catalog area id; a bare
        // name is a category with no area.
        const QJsonArray items =
            m_reader.array(m_root, QString(), "ticketCategories"_l1, Need::Required);
        QStringList names;
        for (qsizetype i = 0; i < items.size() && !m_reader.failed(); ++i) {
            const QString path = TemplateReader::at(QStringLiteral("ticketCategories"), i);
            ModelSpec::CategorySpec category;
            if (items.at(i).isString()) {
                category.name = items.at(i).toString().trimmed();
                if (category.name.isEmpty()) {
                    m_reader.fail(tr("\"%1\" must not be empty.").arg(path));
                    return;
                }
            } else {
                const QJsonObject object =
                    m_reader.objectAt(items, QStringLiteral("ticketCategories"), i);
                category.name = m_reader.text(object, path, "name"_l1).trimmed();
                category.area = m_reader.text(object, path, "area"_l1, Need::Optional);
                if (m_reader.failed())
                    return;
                if (!category.area.isEmpty() && !m_catalog.area(category.area)) {
                    m_reader.fail(
                        tr("\"%1.area\" names \"%2\", which is not an area of the catalog.")
                            .arg(path, category.area));
                    return;
                }
            }
            names.append(category.name);
            if (!AgreementDetails::firstDuplicate(names).isEmpty()) {
                m_reader.fail(tr("\"%1\" repeats \"%2\"; each ticket category must be unique.")
                                  .arg(path, category.name));
                return;
            }
            m_spec.ticketCategories.append(category);
        }
        if (m_reader.failed())
            return;
        m_spec.locations = m_reader.textList(m_root, QString(), "locations"_l1);
        if (const QString twice = AgreementDetails::firstDuplicate(m_spec.locations);
            !m_reader.failed() && !twice.isEmpty())
            m_reader.fail(tr("\"locations\" repeats \"%1\"; each site must be unique.").arg(twice));
    }

    void readMatrix()
    {
        const QJsonArray items = m_reader.array(m_root, QString(), "matrix"_l1);
        QSet<QString> seen;
        for (qsizetype i = 0; i < items.size() && !m_reader.failed(); ++i) {
            const QString path = TemplateReader::at(QStringLiteral("matrix"), i);
            const QJsonObject object = m_reader.objectAt(items, QStringLiteral("matrix"), i);
            ModelSpec::RowSpec row;
            row.duty = m_reader.text(object, path, "duty"_l1);
            if (m_reader.failed())
                return;
            if (!m_catalog.duty(row.duty)) {
                m_reader.fail(tr("\"%1.duty\" names \"%2\", which is not a duty of the catalog.")
                                  .arg(path, row.duty));
                return;
            }
            if (seen.contains(row.duty)) {
                m_reader.fail(tr("\"%1.duty\" repeats \"%2\"; each duty may appear once in "
                                 "\"matrix\".")
                                  .arg(path, row.duty));
                return;
            }
            seen.insert(row.duty);
            // Keep the parties' order, not the JSON object's sorted keys.
            for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
                if (it.key() != u"duty" && !m_spec.party(it.key())) {
                    m_reader.fail(tr("\"%1.%2\" is not a party of this model; each key besides "
                                     "\"duty\" must be a party key.")
                                      .arg(path, it.key()));
                    return;
                }
            }
            for (const ModelSpec::PartySpec &party : std::as_const(m_spec.parties)) {
                const QJsonValue value = object.value(party.key);
                if (value.isUndefined() || value.isNull())
                    continue;
                const QString cellPath = path + u'.' + party.key;
                if (!value.isString()) {
                    m_reader.fail(tr("\"%1\" must be text such as \"A/R\".").arg(cellPath));
                    return;
                }
                QString error;
                const std::optional<Raci> raci = Raci::parse(value.toString(), &error);
                if (!raci) {
                    m_reader.fail(tr("\"%1\": %2").arg(cellPath, error));
                    return;
                }
                if (!raci->isEmpty())
                    row.roles.append({party.key, *raci});
            }
            m_spec.matrix.append(row);
        }
    }

    void readMinutes(const QJsonObject &object, const QString &path, QLatin1StringView key,
                     std::array<int, EscalationRule::UrgencyCount> &minutes)
    {
        const QJsonArray items = m_reader.array(object, path, key, Need::Optional);
        if (items.isEmpty())
            return;
        const QString listPath = TemplateReader::join(path, key);
        if (items.size() != EscalationRule::UrgencyCount) {
            m_reader.fail(tr("\"%1\" must hold %2 numbers, for low, normal, high and critical "
                             "urgency.")
                              .arg(listPath)
                              .arg(EscalationRule::UrgencyCount));
            return;
        }
        for (int u = 0; u < EscalationRule::UrgencyCount; ++u)
            minutes[u] = m_reader.integerValue(items.at(u), TemplateReader::at(listPath, u), 0, 0,
                                               Duration::MaxMinutes);
    }

    void readRules()
    {
        const QJsonArray items = m_reader.array(m_root, QString(), "rules"_l1);
        if (!m_reader.failed() && items.isEmpty())
            m_reader.fail(tr("\"rules\" must hold at least one rule, ending with a catch-all."));
        for (qsizetype i = 0; i < items.size() && !m_reader.failed(); ++i) {
            const QString path = TemplateReader::at(QStringLiteral("rules"), i);
            const QJsonObject object = m_reader.objectAt(items, QStringLiteral("rules"), i);
            ModelSpec::RuleSpec spec;
            EscalationRule &rule = spec.rule;
            rule.name = m_reader.text(object, path, "name"_l1);
            rule.category = m_reader.text(object, path, "category"_l1, Need::Optional);
            if (!rule.category.isEmpty() && !m_spec.hasCategory(rule.category)) {
                m_reader.fail(tr("\"%1.category\" is \"%2\", which is not one of the model's "
                                 "\"ticketCategories\".")
                                  .arg(path, rule.category));
                return;
            }
            rule.minUrgency =
                m_reader.choice(object, path, "minUrgency"_l1, EscalationRule::Urgency::Low,
                                &EscalationRule::urgencyKey, 4);
            rule.location = m_reader.text(object, path, "location"_l1, Need::Optional);
            if (!rule.location.isEmpty() && !m_spec.locations.contains(rule.location)) {
                m_reader.fail(tr("\"%1.location\" is \"%2\", which is not one of the model's "
                                 "\"locations\".")
                                  .arg(path, rule.location));
                return;
            }
            rule.vip = m_reader.choice(object, path, "vip"_l1, EscalationRule::Match::Any,
                                       &EscalationRule::matchKey, 3);
            rule.afterHours =
                m_reader.choice(object, path, "afterHours"_l1, EscalationRule::Match::Any,
                                &EscalationRule::matchKey, 3);
            spec.firstResponder = partyKey(object, path, "firstResponder"_l1, Need::Required);
            spec.escalateTo = partyKey(object, path, "escalateTo"_l1, Need::Optional);
            rule.trigger =
                m_reader.choice(object, path, "trigger"_l1, EscalationRule::Trigger::None,
                                &EscalationRule::triggerKey, 5);
            rule.escalateAfterMinutes = m_reader.integer(object, path, "escalateAfterMinutes"_l1, 0,
                                                         0, Duration::MaxMinutes);
            readMinutes(object, path, "responseMinutes"_l1, rule.responseMinutes);
            readMinutes(object, path, "resolutionMinutes"_l1, rule.resolutionMinutes);
            spec.afterHoursHandler = partyKey(object, path, "afterHoursHandler"_l1, Need::Optional);
            if (m_reader.failed())
                return;
            if (rule.trigger != EscalationRule::Trigger::None && spec.escalateTo.isEmpty())
                m_reader.fail(tr("\"%1.trigger\" is set, but \"%1.escalateTo\" names nobody to "
                                 "escalate to.")
                                  .arg(path));
            if (rule.trigger == EscalationRule::Trigger::Unresolved
                && rule.escalateAfterMinutes <= 0)
                m_reader.fail(tr("\"%1.trigger\" is \"unresolved\", so \"%1.escalateAfterMinutes\" "
                                 "must be more than 0.")
                                  .arg(path));
            m_spec.rules.append(spec);
        }
    }

    ToolAccess::Level accessLevel(const QString &value, const QString &path)
    {
        if (value.isEmpty())
            return ToolAccess::Level::None; // the reader has already said why
        if (const auto level = ToolAccess::levelFromKey(value))
            return *level;
        QStringList allowed;
        for (int i = 0; i < 4; ++i)
            allowed.append(ToolAccess::levelKey(static_cast<ToolAccess::Level>(i)));
        m_reader.failNotOneOf(path, value, allowed);
        return ToolAccess::Level::None;
    }

    void readToolAccess()
    {
        const QJsonArray items = m_reader.array(m_root, QString(), "toolAccess"_l1);
        for (qsizetype i = 0; i < items.size() && !m_reader.failed(); ++i) {
            const QString path = TemplateReader::at(QStringLiteral("toolAccess"), i);
            const QJsonObject object = m_reader.objectAt(items, QStringLiteral("toolAccess"), i);
            ModelSpec::ToolSpec spec;
            spec.tool = m_reader.text(object, path, "tool"_l1);
            if (m_reader.failed())
                return;
            if (!m_catalog.tool(spec.tool)) {
                m_reader.fail(tr("\"%1.tool\" names \"%2\", which is not a tool of the catalog.")
                                  .arg(path, spec.tool));
                return;
            }
            if (m_spec.tool(spec.tool)) {
                m_reader.fail(tr("\"%1.tool\" repeats \"%2\"; each tool may appear once in "
                                 "\"toolAccess\".")
                                  .arg(path, spec.tool));
                return;
            }
            spec.owner = partyKey(object, path, "owner"_l1, Need::Optional);
            const bool mfa = m_reader.boolean(object, path, "mfaRequired"_l1, false);
            const QJsonObject access = m_reader.object(object, path, "access"_l1, Need::Optional);
            const QString accessPath = path + QStringLiteral(".access");
            for (auto it = access.constBegin(); it != access.constEnd(); ++it) {
                if (!m_spec.party(it.key())) {
                    m_reader.fail(
                        tr("\"%1.%2\" is not a party of this model.").arg(accessPath, it.key()));
                    return;
                }
            }
            for (const ModelSpec::PartySpec &party : std::as_const(m_spec.parties)) {
                const QJsonValue value = access.value(party.key);
                if (value.isUndefined() || value.isNull())
                    continue;
                // Either "read" or {"level": "read", "role": "Security Reader"}.
                const QString entryPath = accessPath + u'.' + party.key;
                ModelSpec::AccessSpec a;
                a.party = party.key;
                a.access.mfaRequired = mfa;
                if (value.isString()) {
                    a.access.level = accessLevel(value.toString(), entryPath);
                } else if (value.isObject()) {
                    const QJsonObject entry = value.toObject();
                    a.access.level = accessLevel(m_reader.text(entry, entryPath, "level"_l1),
                                                 entryPath + QStringLiteral(".level"));
                    a.access.role = m_reader.text(entry, entryPath, "role"_l1, Need::Optional);
                } else {
                    m_reader.fail(tr("\"%1\" must be an access level such as \"read\" or an "
                                     "object with \"level\" and \"role\".")
                                      .arg(entryPath));
                    return;
                }
                if (a.access.level != ToolAccess::Level::None)
                    spec.access.append(a);
            }
            m_spec.tools.append(spec);
        }
    }

    const QJsonObject &m_root;
    const TemplateCatalog &m_catalog;
    TemplateReader m_reader;
    ModelSpec m_spec;
};

} // namespace

const ModelSpec::PartySpec *ModelSpec::party(const QString &key) const
{
    for (const PartySpec &p : parties)
        if (p.key == key)
            return &p;
    return nullptr;
}

bool ModelSpec::hasCategory(const QString &name) const
{
    return std::any_of(ticketCategories.cbegin(), ticketCategories.cend(),
                       [&name](const CategorySpec &c) { return c.name == name; });
}

const ModelSpec::RowSpec *ModelSpec::row(const QString &duty) const
{
    for (const RowSpec &r : matrix)
        if (r.duty == duty)
            return &r;
    return nullptr;
}

const ModelSpec::ToolSpec *ModelSpec::tool(const QString &id) const
{
    for (const ToolSpec &t : tools)
        if (t.tool == id)
            return &t;
    return nullptr;
}

Result<ModelSpec> ModelSpec::parse(const QJsonObject &root, const TemplateCatalog &catalog)
{
    return ModelParser(root, catalog).run();
}
