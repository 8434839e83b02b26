#include "revisions/conflictsettlement.h"

#include "exchange/jsonformat.h"
#include "model/raci.h"
#include "revisions/contenttree.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSet>

using namespace ContentTree;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ConflictSettlement)
};

bool isIdList(const QString &list)
{
    for (const ListSpec &spec : lists())
        if (list == QLatin1String(spec.list))
            return true;
    return false;
}

// Lists kept in the details and matched by name rather than id.
bool isNamedList(const QString &list)
{
    return list == QLatin1String("ticketCategories") || list == QLatin1String("signatories")
           || list == QLatin1String("locations") || list == QLatin1String("savedReviews");
}

QString keyOf(const QString &list, const QJsonValue &v)
{
    if (list == QLatin1String("locations"))
        return v.toString().trimmed().toCaseFolded();
    if (isNamedList(list))
        return v.toObject().value(QLatin1String("name")).toString().trimmed().toCaseFolded();
    return QString::number(v.toObject().value(QLatin1String("id")).toInt());
}

qsizetype indexOf(const QString &list, const QJsonArray &array, const QString &key)
{
    for (qsizetype i = 0; i < array.size(); ++i)
        if (keyOf(list, array.at(i)) == key)
            return i;
    return -1;
}

// The conflict's item key in its list: the id, or the name for named lists.
QString conflictKey(const MergeConflict &c)
{
    return isNamedList(c.list) ? c.item.trimmed().toCaseFolded() : QString::number(c.id);
}

// Theirs' order for the items both have; the others stay after the item
// they followed.
QJsonArray reordered(const QString &list, const QJsonArray &ours, const QJsonArray &theirs)
{
    QJsonArray out;
    QSet<QString> placed;
    for (const QJsonValue &t : theirs) {
        const qsizetype i = indexOf(list, ours, keyOf(list, t));
        if (i >= 0) {
            out.append(ours.at(i));
            placed.insert(keyOf(list, t));
        }
    }
    qsizetype at = 0;
    for (const QJsonValue &o : ours) {
        const QString key = keyOf(list, o);
        if (placed.contains(key)) {
            at = indexOf(list, out, key) + 1;
            continue;
        }
        out.insert(at++, o);
    }
    return out;
}

class Settler
{
public:
    Settler(QJsonObject tree, const QJsonObject &theirs)
        : m_tree(std::move(tree))
        , m_theirs(theirs)
    {}

    Status settle(const MergeConflict &c, const Settlement &s)
    {
        if (s.choice == Settlement::Choice::Ours)
            return {};
        if (c.list == QLatin1String("details")) {
            QJsonObject details = m_tree.value(QLatin1String("details")).toObject();
            const QJsonValue theirs =
                m_theirs.value(QLatin1String("details")).toObject().value(c.field);
            Result<QJsonValue> v = value(c, s, details.value(c.field), theirs);
            if (!v)
                return Status::failure(v.error());
            put(details, c.field, *v);
            m_tree.insert(QStringLiteral("details"), details);
            return {};
        }
        if (c.list == QLatin1String("assessment")) {
            QJsonObject assessment = m_tree.value(QLatin1String("assessment")).toObject();
            const QJsonValue theirs =
                m_theirs.value(QLatin1String("assessment")).toObject().value(c.field);
            Result<QJsonValue> v = value(c, s, assessment.value(c.field), theirs);
            if (!v)
                return Status::failure(v.error());
            put(assessment, c.field, *v);
            m_tree.insert(QStringLiteral("assessment"), assessment);
            return {};
        }
        const bool named = isNamedList(c.list);
        if (!named && !isIdList(c.list))
            return Status::failure(
                Tr::tr("A conflict about “%1” cannot be settled here.").arg(c.list));
        QJsonObject holder = named ? m_tree.value(QLatin1String("details")).toObject() : m_tree;
        const QJsonObject theirsHolder =
            named ? m_theirs.value(QLatin1String("details")).toObject() : m_theirs;
        QJsonArray array = holder.value(c.list).toArray();
        const QJsonArray theirsArray = theirsHolder.value(c.list).toArray();
        const Status done = settleInList(c, s, array, theirsArray);
        if (!done)
            return done;
        holder.insert(c.list, array);
        if (named)
            m_tree.insert(QStringLiteral("details"), holder);
        else
            m_tree = holder;
        return {};
    }

    const QJsonObject &tree() const { return m_tree; }

private:
    static void put(QJsonObject &o, const QString &key, const QJsonValue &v)
    {
        if (v.isUndefined())
            o.remove(key);
        else
            o.insert(key, v);
    }

    // Theirs' value, or the typed one in the shape of ours.
    static Result<QJsonValue> value(const MergeConflict &c, const Settlement &s,
                                    const QJsonValue &ours, const QJsonValue &theirs)
    {
        if (s.choice == Settlement::Choice::Theirs)
            return theirs;
        if (!ConflictSettlement::canEdit(c))
            return Result<QJsonValue>::failure(
                Tr::tr("%1 cannot be typed; take ours or theirs.").arg(c.sentence()));
        const QString typed = s.edited.trimmed();
        if (c.field == QLatin1String("roles")) {
            const std::optional<Raci> roles = Raci::parse(typed);
            if (!roles)
                return Result<QJsonValue>::failure(
                    Tr::tr("“%1” for %2 on “%3” is not a RACI role (A, R, C, I or a "
                           "combination such as A/R).")
                        .arg(typed, c.party, c.item));
            return roles->isEmpty() ? QJsonValue(QJsonValue::Undefined)
                                    : QJsonValue(roles->toString());
        }
        const QJsonValue shape = ours.isUndefined() || ours.isNull() ? theirs : ours;
        if (shape.isDouble()) {
            bool ok = false;
            const int number = typed.toInt(&ok);
            if (!ok)
                return Result<QJsonValue>::failure(
                    Tr::tr("“%1” for %2 of “%3” is not a whole number.")
                        .arg(typed, c.field, c.item));
            return QJsonValue(number);
        }
        return QJsonValue(typed);
    }

    Status settleInList(const MergeConflict &c, const Settlement &s, QJsonArray &array,
                        const QJsonArray &theirsArray)
    {
        if (c.field == QLatin1String("order") && c.kind.endsWith(QLatin1String("-moved"))) {
            if (s.choice == Settlement::Choice::Theirs)
                array = reordered(c.list, array, theirsArray);
            return {};
        }
        const QString key = conflictKey(c);
        const qsizetype at = indexOf(c.list, array, key);
        const qsizetype theirsAt = indexOf(c.list, theirsArray, key);
        if (c.kind.endsWith(QLatin1String("-removed"))) {
            if (s.choice != Settlement::Choice::Theirs)
                return Status::failure(Tr::tr("%1: take ours or theirs.").arg(c.sentence()));
            if (theirsAt < 0) {
                if (at >= 0)
                    array.removeAt(at);
                return {};
            }
            const QJsonValue item = theirsArray.at(theirsAt);
            if (at >= 0) {
                array.replace(at, item);
                return {};
            }
            // Back after the item it follows in theirs.
            qsizetype place = 0;
            for (qsizetype k = theirsAt - 1; k >= 0; --k) {
                const qsizetype before = indexOf(c.list, array, keyOf(c.list, theirsArray.at(k)));
                if (before >= 0) {
                    place = before + 1;
                    break;
                }
            }
            array.insert(place, item);
            return {};
        }
        if (at < 0)
            return Status::failure(
                Tr::tr("%1: the item is no longer in the merged agreement.").arg(c.sentence()));
        QJsonObject item = array.at(at).toObject();
        const QJsonObject theirsItem =
            theirsAt >= 0 ? theirsArray.at(theirsAt).toObject() : QJsonObject();
        if (c.field == QLatin1String("roles") || c.field == QLatin1String("access")) {
            QJsonObject byParty = item.value(c.field).toObject();
            const QString party = QString::number(c.partyId);
            Result<QJsonValue> v = value(c, s, byParty.value(party),
                                         theirsItem.value(c.field).toObject().value(party));
            if (!v)
                return Status::failure(v.error());
            put(byParty, party, *v);
            item.insert(c.field, byParty);
        } else {
            Result<QJsonValue> v = value(c, s, item.value(c.field), theirsItem.value(c.field));
            if (!v)
                return Status::failure(v.error());
            put(item, c.field, *v);
        }
        array.replace(at, item);
        return {};
    }

    QJsonObject m_tree;
    const QJsonObject &m_theirs;
};

} // namespace

bool ConflictSettlement::canEdit(const MergeConflict &c)
{
    if (c.kind.endsWith(QLatin1String("-removed")) || c.kind.endsWith(QLatin1String("-moved"))
        || c.field.isEmpty() || c.field == QLatin1String("access"))
        return false;
    if (c.field == QLatin1String("roles"))
        return true;
    return referenceTarget(c.list, c.field).isEmpty();
}

Result<Agreement> ConflictSettlement::apply(const MergeOutcome &outcome, const Agreement &theirs,
                                            const QList<Settlement> &settlements)
{
    const QJsonObject theirsTree = fromAgreement(theirs);
    Settler settler(fromAgreement(outcome.merged), theirsTree);
    for (qsizetype i = 0; i < outcome.conflicts.size() && i < settlements.size(); ++i)
        if (const Status s = settler.settle(outcome.conflicts.at(i), settlements.at(i)); !s)
            return Result<Agreement>::failure(s.error());
    Result<Agreement> read =
        JsonFormat::fromJson(QJsonDocument(toFormat(settler.tree())).toJson(QJsonDocument::Compact),
                             Tr::tr("the merged agreement"));
    if (!read)
        return Result<Agreement>::failure(
            Tr::tr("The conflicts cannot be settled this way: %1").arg(read.error()));
    Agreement merged = std::move(read).value();
    merged.revisions = outcome.merged.revisions;
    merged.nextId = std::max({merged.nextId, outcome.merged.nextId, merged.computeNextId()});
    return merged;
}
