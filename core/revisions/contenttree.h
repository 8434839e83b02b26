#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <functional>

struct Agreement;

// The content of an agreement as a JSON tree (docs/json-format.md), shaped
// for comparing and merging: what AgreementDiff and ThreeWayMerge share.
// Working on the tree keeps one list of fields (the JSON format's) instead
// of a second one per model struct; tool access is keyed by party, like
// duty roles, so both compare cell by cell.
namespace ContentTree {

// The lists whose items carry ids, in the order their references allow.
struct ListSpec {
    const char *list;  // "duties"
    const char *noun;  // "duty": change kinds are noun + "-added" ...
    const char *label; // the field that names an item: "title"
};
const QList<ListSpec> &lists();

QJsonObject fromAgreement(const Agreement &agreement);
// Back to the JSON format's own shape, for JsonFormat::fromJson.
QJsonObject toFormat(QJsonObject tree);

// Rewrites every id and every reference to one: map(list, id) gives the new
// id of item `id` of `list` ("parties", "areas", ...).
using IdMap = std::function<int(const QString &list, int id)>;
QJsonObject remapped(const QJsonObject &tree, const IdMap &map);

// The list a field of an item refers to ("duties", "area" -> "areas"), or
// empty when it holds no reference.
QString referenceTarget(const QString &list, const QString &field);

// Names of items by list and id, for showing references.
using Names = QHash<QString, QHash<int, QString>>;
void addNames(const QJsonObject &tree, Names &names, const std::function<int(int)> &idOf);

// A value as a reader sees it; references by the names they point to.
QString text(const QJsonValue &value);
QString fieldText(const QString &list, const QString &field, const QJsonValue &value,
                  const Names &names);
// One party's tool access in a few words: "admin, MFA, until 2026-06-30".
QString accessText(const QJsonValue &access);

} // namespace ContentTree
