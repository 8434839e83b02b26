#include "revisions/agreementdiff.h"

#include "model/agreement.h"
#include "revisions/contenttree.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

using namespace ContentTree;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AgreementDiff)
};

QString lower(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString().trimmed().toCaseFolded();
}

// Matches the items of two lists: id -> id.
QHash<int, int> matchItems(const ListSpec &spec, const QJsonArray &older, const QJsonArray &newer,
                           bool byId)
{
    QHash<int, int> map;
    QSet<int> newerIds;
    for (const QJsonValue &v : newer)
        newerIds.insert(v.toObject().value(QLatin1String("id")).toInt());
    if (byId) {
        for (const QJsonValue &v : older) {
            const int id = v.toObject().value(QLatin1String("id")).toInt();
            if (newerIds.contains(id))
                map.insert(id, id);
        }
        return map;
    }
    // By the catalog key, then the party code, then the name or title.
    const bool parties = qstrcmp(spec.list, "parties") == 0;
    QSet<int> taken;
    for (const char *field : {"key", "code", spec.label}) {
        if (qstrcmp(field, "code") == 0 && !parties)
            continue;
        QMultiHash<QString, int> index;
        for (const QJsonValue &v : newer) {
            const QJsonObject o = v.toObject();
            const QString k = lower(o, field);
            if (!k.isEmpty())
                index.insert(k, o.value(QLatin1String("id")).toInt());
        }
        for (const QJsonValue &v : older) {
            const QJsonObject o = v.toObject();
            const int id = o.value(QLatin1String("id")).toInt();
            const QString k = lower(o, field);
            if (map.contains(id) || k.isEmpty())
                continue;
            // The first untaken item of that name, in list order.
            QList<int> candidates = index.values(k);
            std::reverse(candidates.begin(), candidates.end());
            for (const int candidate : candidates) {
                if (!taken.contains(candidate)) {
                    map.insert(id, candidate);
                    taken.insert(candidate);
                    break;
                }
            }
        }
    }
    return map;
}

// Indices into `sequence` of a longest increasing subsequence: the items
// that kept their relative order. The others moved.
QSet<int> keptOrder(const QList<int> &sequence)
{
    QList<int> tails; // index into sequence of the smallest tail per length
    QList<int> parents(sequence.size(), -1);
    for (int i = 0; i < sequence.size(); ++i) {
        const auto it =
            std::lower_bound(tails.begin(), tails.end(), sequence.at(i),
                             [&](int index, int value) { return sequence.at(index) < value; });
        if (it != tails.begin())
            parents[i] = *(it - 1);
        if (it == tails.end())
            tails.append(i);
        else
            *it = i;
    }
    QSet<int> kept;
    for (int i = tails.isEmpty() ? -1 : tails.last(); i >= 0; i = parents.at(i))
        kept.insert(i);
    return kept;
}

class Comparer
{
public:
    Comparer(const QJsonObject &older, const QJsonObject &newer, const Names &names)
        : m_older(older)
        , m_newer(newer)
        , m_names(names)
    {}

    QList<Change> run(const QHash<QString, QHash<int, int>> &reverse)
    {
        compareDetails();
        for (const ListSpec &spec : lists())
            compareList(spec, reverse.value(QLatin1String(spec.list)));
        compareNamed("ticketCategories", "category");
        compareSites();
        compareNamed("signatories", "signatory");
        compareNamed("savedReviews", "review");
        compareAssessment();
        return m_changes;
    }

private:
    void add(const char *kind, const QString &list, int id, const QString &item,
             const QString &field = {}, const QString &before = {}, const QString &after = {})
    {
        Change c;
        c.kind = QLatin1String(kind);
        c.list = list;
        c.id = id;
        c.item = item;
        c.field = field;
        c.before = before;
        c.after = after;
        m_changes.append(c);
    }

    QString partyName(int id) const
    {
        return m_names.value(QStringLiteral("parties")).value(id, QString::number(id));
    }

    void compareDetails()
    {
        const QJsonObject a = m_older.value(QLatin1String("details")).toObject();
        const QJsonObject b = m_newer.value(QLatin1String("details")).toObject();
        for (const char *field :
             {"title", "client", "provider", "model", "effectiveDate", "reviewMonths", "nextReview",
              "notes", "businessHours", "ticketMapping"}) {
            const QJsonValue va = a.value(QLatin1String(field));
            const QJsonValue vb = b.value(QLatin1String(field));
            if (va != vb)
                add("detail-changed", QStringLiteral("details"), 0, Tr::tr("Details"),
                    QLatin1String(field), text(va), text(vb));
        }
    }

    void compareList(const ListSpec &spec, const QHash<int, int> &reverse)
    {
        const QString list = QLatin1String(spec.list);
        const QString noun = QLatin1String(spec.noun);
        const QString label = QLatin1String(spec.label);
        QHash<int, QJsonObject> older;
        for (const QJsonValue &v : m_older.value(list).toArray())
            older.insert(v.toObject().value(QLatin1String("id")).toInt(), v.toObject());
        const QJsonArray newer = m_newer.value(list).toArray();
        QList<int> olderPositions; // of matched items, in the newer order
        QList<int> matchedIds;
        QHash<int, int> olderPosition;
        {
            int i = 0;
            for (const QJsonValue &v : m_older.value(list).toArray())
                olderPosition.insert(v.toObject().value(QLatin1String("id")).toInt(), i++);
        }
        for (const QJsonValue &v : newer) {
            const QJsonObject b = v.toObject();
            const int id = b.value(QLatin1String("id")).toInt();
            const QString name = b.value(label).toString();
            const auto it = older.constFind(id);
            if (it == older.cend()) {
                add((noun + QLatin1String("-added")).toLatin1().constData(), list, id, name);
                continue;
            }
            olderPositions.append(olderPosition.value(id));
            matchedIds.append(id);
            compareItem(spec, id, name, *it, b);
        }
        for (const QJsonValue &v : m_older.value(list).toArray()) {
            const QJsonObject a = v.toObject();
            const int id = a.value(QLatin1String("id")).toInt();
            // Unmatched items were given negative ids; report their own.
            if (id < 0)
                add((noun + QLatin1String("-removed")).toLatin1().constData(), list, -id,
                    a.value(label).toString());
        }
        Q_UNUSED(reverse);
        // Rules are tried in order, so a rule that moved changes routing.
        if (list == QLatin1String("rules")) {
            const QSet<int> kept = keptOrder(olderPositions);
            for (int i = 0; i < matchedIds.size(); ++i) {
                if (kept.contains(i))
                    continue;
                const int id = matchedIds.at(i);
                Change c;
                c.kind = QStringLiteral("rule-moved");
                c.list = list;
                c.id = id;
                c.item = m_names.value(list).value(id);
                c.field = QStringLiteral("order");
                c.before = QString::number(olderPositions.at(i) + 1);
                c.after = QString::number(i + 1);
                m_changes.append(c);
            }
        }
    }

    void compareKeyed(const char *kind, const QString &list, int id, const QString &name,
                      const QJsonObject &a, const QJsonObject &b, bool access)
    {
        QStringList keys = a.keys() + b.keys();
        keys.removeDuplicates();
        std::sort(keys.begin(), keys.end(),
                  [](const QString &x, const QString &y) { return x.toInt() < y.toInt(); });
        for (const QString &key : keys) {
            const QJsonValue va = a.value(key);
            const QJsonValue vb = b.value(key);
            if (va == vb)
                continue;
            Change c;
            c.kind = QLatin1String(kind);
            c.list = list;
            c.id = id;
            c.item = name;
            c.partyId = key.toInt();
            c.party = partyName(c.partyId);
            c.field = access ? QStringLiteral("access") : QStringLiteral("roles");
            c.before = access ? accessText(va) : va.toString();
            c.after = access ? accessText(vb) : vb.toString();
            m_changes.append(c);
        }
    }

    void compareItem(const ListSpec &spec, int id, const QString &name, const QJsonObject &a,
                     const QJsonObject &b)
    {
        if (a == b)
            return;
        const QString list = QLatin1String(spec.list);
        const QString changed = QLatin1String(spec.noun) + QLatin1String("-changed");
        QStringList keys = a.keys() + b.keys();
        keys.removeDuplicates();
        std::sort(keys.begin(), keys.end());
        for (const QString &key : keys) {
            if (key == QLatin1String("id"))
                continue;
            const QJsonValue va = a.value(key);
            const QJsonValue vb = b.value(key);
            if (va == vb)
                continue;
            if (key == QLatin1String("roles")) {
                compareKeyed("role-changed", list, id, name, va.toObject(), vb.toObject(), false);
                continue;
            }
            if (key == QLatin1String("access")) {
                compareKeyed("access-changed", list, id, name, va.toObject(), vb.toObject(), true);
                continue;
            }
            const QByteArray kindBytes = changed.toLatin1();
            const char *kind = kindBytes.constData();
            if (list == QLatin1String("duties") && key == QLatin1String("area"))
                kind = "duty-moved";
            else if (list == QLatin1String("duties") && key == QLatin1String("title"))
                kind = "duty-retitled";
            add(kind, list, id, name, key, fieldText(list, key, va, m_names),
                fieldText(list, key, vb, m_names));
        }
    }

    // Lists of details matched by name: ticket categories, signatories.
    void compareNamed(const char *listKey, const char *noun)
    {
        const QString list = QLatin1String(listKey);
        const QJsonArray a =
            m_older.value(QLatin1String("details")).toObject().value(list).toArray();
        const QJsonArray b =
            m_newer.value(QLatin1String("details")).toObject().value(list).toArray();
        QHash<QString, QJsonObject> older;
        for (const QJsonValue &v : a)
            older.insert(lower(v.toObject(), "name"), v.toObject());
        QSet<QString> seen;
        const QString nounText = QLatin1String(noun);
        for (const QJsonValue &v : b) {
            const QJsonObject o = v.toObject();
            const QString name = o.value(QLatin1String("name")).toString();
            const QString k = lower(o, "name");
            seen.insert(k);
            const auto it = older.constFind(k);
            if (it == older.cend()) {
                add((nounText + QLatin1String("-added")).toLatin1().constData(), list, 0, name);
                continue;
            }
            QStringList keys = it->keys() + o.keys();
            keys.removeDuplicates();
            std::sort(keys.begin(), keys.end());
            for (const QString &key : keys) {
                if (key == QLatin1String("name") || it->value(key) == o.value(key))
                    continue;
                add((nounText + QLatin1String("-changed")).toLatin1().constData(), list, 0, name,
                    key, fieldText(list, key, it->value(key), m_names),
                    fieldText(list, key, o.value(key), m_names));
            }
        }
        for (const QJsonValue &v : a)
            if (!seen.contains(lower(v.toObject(), "name")))
                add((nounText + QLatin1String("-removed")).toLatin1().constData(), list, 0,
                    v.toObject().value(QLatin1String("name")).toString());
    }

    void compareSites()
    {
        const QString list = QStringLiteral("locations");
        const auto sites = [&](const QJsonObject &tree) {
            QStringList out;
            for (const QJsonValue &v :
                 tree.value(QLatin1String("details")).toObject().value(list).toArray())
                out.append(v.toString());
            return out;
        };
        const QStringList a = sites(m_older);
        const QStringList b = sites(m_newer);
        for (const QString &site : b)
            if (!a.contains(site))
                add("site-added", list, 0, site);
        for (const QString &site : a)
            if (!b.contains(site))
                add("site-removed", list, 0, site);
    }

    void compareAssessment()
    {
        const QJsonObject a = m_older.value(QLatin1String("assessment")).toObject();
        const QJsonObject b = m_newer.value(QLatin1String("assessment")).toObject();
        QStringList keys = a.keys() + b.keys();
        keys.removeDuplicates();
        std::sort(keys.begin(), keys.end());
        for (const QString &key : keys)
            if (a.value(key) != b.value(key))
                add("assessment-changed", QStringLiteral("assessment"), 0, Tr::tr("Assessment"),
                    key, text(a.value(key)), text(b.value(key)));
    }

    const QJsonObject &m_older;
    const QJsonObject &m_newer;
    const Names &m_names;
    QList<Change> m_changes;
};

} // namespace

bool AgreementDiff::sameLineage(const Agreement &a, const Agreement &b)
{
    for (const Revision &ra : a.revisions)
        for (const Revision &rb : b.revisions)
            if (ra.fingerprint == rb.fingerprint)
                return true;
    // Copies of one agreement keep their ids: most duties of the smaller
    // one are found under the same id with the same key or title.
    const Agreement &small = a.duties.size() <= b.duties.size() ? a : b;
    const Agreement &large = &small == &a ? b : a;
    if (small.duties.isEmpty())
        return small.parties.size() > 0 && [&] {
            for (const Party &p : small.parties) {
                const Party *q = large.party(p.id);
                if (!q || (q->name != p.name && q->code != p.code))
                    return false;
            }
            return true;
        }();
    QHash<int, const Duty *> byId;
    for (const Duty &d : large.duties)
        byId.insert(d.id, &d);
    qsizetype same = 0;
    for (const Duty &d : small.duties) {
        const Duty *other = byId.value(d.id);
        if (other && ((!d.key.isEmpty() && d.key == other->key) || d.title == other->title))
            ++same;
    }
    return same * 2 >= small.duties.size();
}

QList<Change> AgreementDiff::compare(const Agreement &older, const Agreement &newer,
                                     Matching matching)
{
    const bool byId =
        matching == Matching::ById || (matching == Matching::Auto && sameLineage(older, newer));
    // Within one lineage most duties are untouched: comparing the structs
    // first spares building and comparing the JSON of thousands of them.
    Agreement olderPart = older;
    Agreement newerPart = newer;
    if (byId) {
        QHash<int, const Duty *> newerById;
        newerById.reserve(newer.duties.size());
        for (const Duty &d : newer.duties)
            newerById.insert(d.id, &d);
        QSet<int> same;
        for (const Duty &d : older.duties)
            if (const Duty *n = newerById.value(d.id); n && *n == d)
                same.insert(d.id);
        olderPart.duties.clear();
        newerPart.duties.clear();
        for (const Duty &d : older.duties)
            if (!same.contains(d.id))
                olderPart.duties.append(d);
        for (const Duty &d : newer.duties)
            if (!same.contains(d.id))
                newerPart.duties.append(d);
    }
    const QJsonObject a = fromAgreement(olderPart);
    const QJsonObject b = fromAgreement(newerPart);

    QHash<QString, QHash<int, int>> maps;
    QHash<QString, QHash<int, int>> reverse;
    for (const ListSpec &spec : lists()) {
        const QString list = QLatin1String(spec.list);
        maps.insert(list, matchItems(spec, a.value(list).toArray(), b.value(list).toArray(), byId));
        QHash<int, int> &back = reverse[list];
        const QHash<int, int> &forward = maps[list];
        for (auto it = forward.cbegin(); it != forward.cend(); ++it)
            back.insert(it.value(), it.key());
    }
    // The older tree in the newer one's ids; items with no match get their
    // own id negated, which no real id is.
    const auto map = [&](const QString &list, int id) {
        if (id == 0)
            return 0;
        const QHash<int, int> &forward = *maps.constFind(list);
        const auto it = forward.constFind(id);
        return it != forward.cend() ? *it : -id;
    };
    const QJsonObject olderMapped = remapped(a, map);

    Names names;
    addNames(a, names, [](int id) { return -id; });
    addNames(b, names, [](int id) { return id; });
    QList<Change> changes = Comparer(olderMapped, b, names).run(reverse);

    // The order of duties is part of the signed text (the fingerprint
    // covers it), so a duty dragged to another place within its area is a
    // change; only the duties out of the longest kept order are reported,
    // so one drag is one change. A move to another area is reported as that.
    const QHash<int, int> &dutyMap = *maps.constFind(QStringLiteral("duties"));
    const QHash<int, int> &areaMap = *maps.constFind(QStringLiteral("areas"));
    QSet<int> newerDutyIds;
    if (byId) {
        newerDutyIds.reserve(newer.duties.size());
        for (const Duty &d : newer.duties)
            newerDutyIds.insert(d.id);
    }
    const auto newerDutyId = [&](int olderId) {
        if (byId)
            return newerDutyIds.contains(olderId) ? olderId : 0;
        return dutyMap.value(olderId, 0);
    };
    QHash<int, QPair<int, int>> olderPlace; // newer duty id -> (newer area id, place)
    QHash<int, int> placesPerArea;
    for (const Duty &d : older.duties) {
        const int id = newerDutyId(d.id);
        const int area = byId ? d.areaId : areaMap.value(d.areaId, -1);
        const int place = placesPerArea[d.areaId]++;
        if (id != 0)
            olderPlace.insert(id, {area, place});
    }
    QHash<int, QList<int>> sequences, idsByArea, newPlaces;
    QHash<int, int> newPlacesPerArea;
    for (const Duty &d : newer.duties) {
        const int place = newPlacesPerArea[d.areaId]++;
        const auto it = olderPlace.constFind(d.id);
        if (it == olderPlace.cend() || it->first != d.areaId)
            continue;
        sequences[d.areaId].append(it->second);
        idsByArea[d.areaId].append(d.id);
        newPlaces[d.areaId].append(place);
    }
    QList<Change> reordered;
    for (const Area &area : newer.areas) {
        const QList<int> &sequence = sequences.value(area.id);
        const QSet<int> kept = keptOrder(sequence);
        for (int i = 0; i < sequence.size(); ++i) {
            if (kept.contains(i))
                continue;
            const Duty *d = newer.duty(idsByArea.value(area.id).at(i));
            Change c;
            c.kind = QStringLiteral("duty-reordered");
            c.list = QStringLiteral("duties");
            c.id = d->id;
            c.item = d->title;
            c.field = QStringLiteral("order");
            c.before = QString::number(sequence.at(i) + 1);
            c.after = QString::number(newPlaces.value(area.id).at(i) + 1);
            reordered.append(c);
        }
    }
    if (!reordered.isEmpty()) {
        // After the duties' other changes, before the rules'.
        qsizetype at = 0;
        for (qsizetype i = 0; i < changes.size(); ++i)
            for (const char *list : {"details", "parties", "areas", "systems", "tools", "duties"})
                if (changes.at(i).list == QLatin1String(list))
                    at = i + 1;
        for (const Change &c : std::as_const(reordered))
            changes.insert(at++, c);
    }
    return changes;
}
