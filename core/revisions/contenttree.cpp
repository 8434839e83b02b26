#include "revisions/contenttree.h"

#include "exchange/jsonformat.h"
#include "model/agreement.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace ContentTree {

namespace {

struct Reference {
    const char *list;
    const char *field;
    const char *target;
};

// Every field that holds an id of another item. Roles and access are keyed
// by party id and handled apart.
constexpr Reference References[] = {
    {"tools", "owner", "parties"},
    {"duties", "area", "areas"},
    {"duties", "system", "systems"},
    {"duties", "tools", "tools"},
    {"rules", "firstResponder", "parties"},
    {"rules", "escalateTo", "parties"},
    {"rules", "afterHoursHandler", "parties"},
    {"ticketCategories", "area", "areas"},
    {"signatories", "party", "parties"},
};

QJsonObject remapKeys(const QJsonObject &byParty, const IdMap &map)
{
    QJsonObject out;
    for (auto it = byParty.constBegin(); it != byParty.constEnd(); ++it)
        out.insert(QString::number(map(QStringLiteral("parties"), it.key().toInt())), it.value());
    return out;
}

QJsonObject remapItem(const QString &list, QJsonObject item, const IdMap &map, bool hasId)
{
    if (hasId)
        item.insert(QStringLiteral("id"), map(list, item.value(QLatin1String("id")).toInt()));
    for (const Reference &r : References) {
        if (list != QLatin1String(r.list))
            continue;
        const QString field = QLatin1String(r.field);
        const QJsonValue v = item.value(field);
        const QString target = QLatin1String(r.target);
        if (v.isArray()) {
            QJsonArray ids;
            for (const QJsonValue &id : v.toArray())
                ids.append(map(target, id.toInt()));
            item.insert(field, ids);
        } else if (v.isDouble() && v.toInt() != 0) {
            item.insert(field, map(target, v.toInt()));
        }
    }
    for (const char *keyed : {"roles", "access"}) {
        const QString field = QLatin1String(keyed);
        if (item.value(field).isObject())
            item.insert(field, remapKeys(item.value(field).toObject(), map));
    }
    return item;
}

QJsonArray remapList(const QString &list, const QJsonArray &items, const IdMap &map, bool hasId)
{
    QJsonArray out;
    for (const QJsonValue &v : items)
        out.append(remapItem(list, v.toObject(), map, hasId));
    return out;
}

} // namespace

const QList<ListSpec> &lists()
{
    static const QList<ListSpec> specs = {
        {"parties", "party", "name"}, {"areas", "area", "name"},   {"systems", "system", "name"},
        {"tools", "tool", "name"},    {"duties", "duty", "title"}, {"rules", "rule", "name"},
    };
    return specs;
}

QJsonObject fromAgreement(const Agreement &agreement)
{
    QJsonObject tree = JsonFormat::toJson(agreement);
    for (const char *key : {"format", "version", "revisions"})
        tree.remove(QLatin1String(key));
    // Ownership follows from the roles; it is not a change of its own.
    QJsonArray duties;
    for (const QJsonValue &v : tree.value(QLatin1String("duties")).toArray()) {
        QJsonObject duty = v.toObject();
        duty.remove(QLatin1String("ownership"));
        duties.append(duty);
    }
    tree.insert(QStringLiteral("duties"), duties);
    QJsonArray tools;
    for (const QJsonValue &v : tree.value(QLatin1String("tools")).toArray()) {
        QJsonObject tool = v.toObject();
        QJsonObject byParty;
        for (const QJsonValue &a : tool.value(QLatin1String("access")).toArray()) {
            QJsonObject access = a.toObject();
            const int party = access.take(QLatin1String("party")).toInt();
            byParty.insert(QString::number(party), access);
        }
        tool.insert(QStringLiteral("access"), byParty);
        tools.append(tool);
    }
    tree.insert(QStringLiteral("tools"), tools);
    return tree;
}

QJsonObject toFormat(QJsonObject tree)
{
    QJsonArray tools;
    for (const QJsonValue &v : tree.value(QLatin1String("tools")).toArray()) {
        QJsonObject tool = v.toObject();
        QJsonArray access;
        const QJsonObject byParty = tool.value(QLatin1String("access")).toObject();
        for (auto it = byParty.constBegin(); it != byParty.constEnd(); ++it) {
            QJsonObject a = it.value().toObject();
            a.insert(QStringLiteral("party"), it.key().toInt());
            access.append(a);
        }
        tool.insert(QStringLiteral("access"), access);
        tools.append(tool);
    }
    tree.insert(QStringLiteral("tools"), tools);
    tree.insert(QStringLiteral("format"), QStringLiteral("dutymap-agreement"));
    tree.insert(QStringLiteral("version"), JsonFormat::Version);
    return tree;
}

QJsonObject remapped(const QJsonObject &tree, const IdMap &map)
{
    QJsonObject out = tree;
    for (const ListSpec &spec : lists()) {
        const QString list = QLatin1String(spec.list);
        out.insert(list, remapList(list, tree.value(list).toArray(), map, true));
    }
    QJsonObject details = tree.value(QLatin1String("details")).toObject();
    for (const char *list : {"ticketCategories", "signatories"}) {
        const QString key = QLatin1String(list);
        details.insert(key, remapList(key, details.value(key).toArray(), map, false));
    }
    out.insert(QStringLiteral("details"), details);
    return out;
}

QString referenceTarget(const QString &list, const QString &field)
{
    for (const Reference &r : References)
        if (list == QLatin1String(r.list) && field == QLatin1String(r.field))
            return QLatin1String(r.target);
    return {};
}

void addNames(const QJsonObject &tree, Names &names, const std::function<int(int)> &idOf)
{
    for (const ListSpec &spec : lists()) {
        const QString list = QLatin1String(spec.list);
        QHash<int, QString> &byId = names[list];
        for (const QJsonValue &v : tree.value(list).toArray()) {
            const QJsonObject o = v.toObject();
            QString name = o.value(QLatin1String(spec.label)).toString();
            // Parties by their short code, as the matrix heads them.
            if (list == QLatin1String("parties")) {
                const QString code = o.value(QLatin1String("code")).toString();
                if (!code.isEmpty())
                    name = code;
            }
            byId.insert(idOf(o.value(QLatin1String("id")).toInt()), name);
        }
    }
}

QString text(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::Bool:
        return value.toBool() ? QCoreApplication::translate("AgreementDiff", "yes")
                              : QCoreApplication::translate("AgreementDiff", "no");
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &v : value.toArray())
            parts.append(text(v));
        return parts.join(QLatin1String(", "));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

QString fieldText(const QString &list, const QString &field, const QJsonValue &value,
                  const Names &names)
{
    const QString target = referenceTarget(list, field);
    if (target.isEmpty())
        return text(value);
    const QHash<int, QString> byId = names.value(target);
    const auto nameOf = [&](const QJsonValue &id) {
        return id.toInt() == 0 ? QString() : byId.value(id.toInt(), QString::number(id.toInt()));
    };
    if (!value.isArray())
        return nameOf(value);
    QStringList parts;
    for (const QJsonValue &id : value.toArray())
        parts.append(nameOf(id));
    return parts.join(QLatin1String(", "));
}

QString accessText(const QJsonValue &value)
{
    if (!value.isObject())
        return {};
    const QJsonObject a = value.toObject();
    QStringList parts{a.value(QLatin1String("level")).toString()};
    if (const QString role = a.value(QLatin1String("role")).toString(); !role.isEmpty())
        parts.append(role);
    if (const QString by = a.value(QLatin1String("approvedBy")).toString(); !by.isEmpty())
        parts.append(QCoreApplication::translate("AgreementDiff", "approved by %1").arg(by));
    if (a.value(QLatin1String("mfaRequired")).toBool())
        parts.append(QCoreApplication::translate("AgreementDiff", "MFA"));
    if (const QString until = a.value(QLatin1String("expires")).toString(); !until.isEmpty())
        parts.append(QCoreApplication::translate("AgreementDiff", "until %1").arg(until));
    return parts.join(QLatin1String(", "));
}

} // namespace ContentTree
