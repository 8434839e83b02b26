#include "revisions/threewaymerge.h"

#include "exchange/jsonformat.h"
#include "revisions/contenttree.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSet>

using namespace ContentTree;

namespace {

using KeyOf = QString (*)(const QJsonObject &);

QString idKey(const QJsonObject &o)
{
    return QString::number(o.value(QLatin1String("id")).toInt());
}

QString nameKey(const QJsonObject &o)
{
    return o.value(QLatin1String("name")).toString().trimmed().toCaseFolded();
}

// Sites are plain texts; they merge as {"name": site} like categories.
QJsonArray wrapped(const QJsonArray &texts)
{
    QJsonArray out;
    for (const QJsonValue &v : texts)
        out.append(QJsonObject{{QStringLiteral("name"), v}});
    return out;
}

QJsonArray unwrapped(const QJsonArray &objects)
{
    QJsonArray out;
    for (const QJsonValue &v : objects)
        out.append(v.toObject().value(QLatin1String("name")));
    return out;
}

QList<QString> restrictedOrder(const QList<QString> &order, const QSet<QString> &keep)
{
    QList<QString> out;
    for (const QString &k : order)
        if (keep.contains(k))
            out.append(k);
    return out;
}

class Merger
{
public:
    Merger(const Names &names)
        : m_names(names)
    {}

    QList<MergeConflict> conflicts;

    QJsonValue mergeValue(const QJsonValue &b, const QJsonValue &o, const QJsonValue &t,
                          const MergeConflict &where, const QString &field)
    {
        if (o == t || t == b)
            return o;
        if (o == b)
            return t;
        MergeConflict c = where;
        c.field = field;
        c.base = fieldText(c.list, field, b, m_names);
        c.ours = fieldText(c.list, field, o, m_names);
        c.theirs = fieldText(c.list, field, t, m_names);
        conflicts.append(c);
        return o;
    }

    QJsonObject mergeKeyed(const QJsonObject &b, const QJsonObject &o, const QJsonObject &t,
                           MergeConflict where, bool access)
    {
        QJsonObject out;
        QStringList keys = b.keys() + o.keys() + t.keys();
        keys.removeDuplicates();
        for (const QString &key : keys) {
            const QJsonValue vb = b.value(key), vo = o.value(key), vt = t.value(key);
            QJsonValue v = vo;
            if (vo == vt || vt == vb) {
                v = vo;
            } else if (vo == vb) {
                v = vt;
            } else {
                MergeConflict c = where;
                c.partyId = key.toInt();
                c.party = m_names.value(QStringLiteral("parties")).value(c.partyId, key);
                c.field = access ? QStringLiteral("access") : QStringLiteral("roles");
                c.base = access ? accessText(vb) : vb.toString();
                c.ours = access ? accessText(vo) : vo.toString();
                c.theirs = access ? accessText(vt) : vt.toString();
                conflicts.append(c);
            }
            if (!v.isUndefined())
                out.insert(key, v);
        }
        return out;
    }

    QJsonObject mergeObject(const QJsonObject &b, const QJsonObject &o, const QJsonObject &t,
                            const MergeConflict &where, const QString &noun)
    {
        // Most items are untouched or changed on one side only.
        if (o == t || t == b)
            return o;
        if (o == b)
            return t;
        QJsonObject out;
        QStringList keys = b.keys() + o.keys() + t.keys();
        keys.removeDuplicates();
        for (const QString &key : keys) {
            const QJsonValue vb = b.value(key), vo = o.value(key), vt = t.value(key);
            QJsonValue v;
            if (key == QLatin1String("roles") || key == QLatin1String("access")) {
                MergeConflict w = where;
                w.kind = key == QLatin1String("roles") ? QStringLiteral("role-changed")
                                                       : QStringLiteral("access-changed");
                v = mergeKeyed(vb.toObject(), vo.toObject(), vt.toObject(), w,
                               key == QLatin1String("access"));
            } else {
                MergeConflict w = where;
                w.kind = noun + QLatin1String("-changed");
                if (noun == QLatin1String("duty") && key == QLatin1String("area"))
                    w.kind = QStringLiteral("duty-moved");
                else if (noun == QLatin1String("duty") && key == QLatin1String("title"))
                    w.kind = QStringLiteral("duty-retitled");
                v = mergeValue(vb, vo, vt, w, key);
            }
            if (!v.isUndefined())
                out.insert(key, v);
        }
        return out;
    }

    QJsonArray mergeList(const QString &list, const QString &noun, const QString &label,
                         KeyOf keyOf, const QJsonArray &base, const QJsonArray &ours,
                         const QJsonArray &theirs)
    {
        QHash<QString, QJsonObject> b, o, t;
        QList<QString> bOrder, oOrder, tOrder;
        for (const auto &[array, map, order] :
             {std::tuple{&base, &b, &bOrder}, std::tuple{&ours, &o, &oOrder},
              std::tuple{&theirs, &t, &tOrder}}) {
            for (const QJsonValue &v : *array) {
                const QString k = keyOf(v.toObject());
                map->insert(k, v.toObject());
                order->append(k);
            }
        }
        QHash<QString, QJsonObject> merged;
        QList<QString> keys = bOrder + oOrder + tOrder;
        keys.removeDuplicates();
        for (const QString &k : keys) {
            const bool inB = b.contains(k), inO = o.contains(k), inT = t.contains(k);
            const QJsonObject &any = inO ? o[k] : inT ? t[k] : b[k];
            MergeConflict where;
            where.list = list;
            where.id = any.value(QLatin1String("id")).toInt();
            where.item = any.value(label).toString();
            if (!inB) {
                if (inO && inT)
                    merged.insert(k, mergeObject({}, o[k], t[k], where, noun));
                else
                    merged.insert(k, inO ? o[k] : t[k]);
                continue;
            }
            if (inO && inT) {
                merged.insert(k, mergeObject(b[k], o[k], t[k], where, noun));
                continue;
            }
            // Removed on at least one side: gone, unless the other side edited it.
            const bool editedO = inO && o[k] != b[k];
            const bool editedT = inT && t[k] != b[k];
            if (editedO || editedT) {
                MergeConflict c = where;
                c.kind = noun + QLatin1String("-removed");
                c.base = QStringLiteral("present");
                c.ours = inO ? QStringLiteral("edited") : QString();
                c.theirs = inT ? QStringLiteral("edited") : QString();
                conflicts.append(c);
            }
            // A conflict keeps the item as in ours; otherwise it is gone.
            if (editedO)
                merged.insert(k, o[k]);
        }

        // Order: the side that changed the order of the common items
        // leads; both changing it differently is a conflict, kept as ours.
        QSet<QString> common;
        for (const QString &k : bOrder)
            if (o.contains(k) && t.contains(k))
                common.insert(k);
        const QList<QString> bc = restrictedOrder(bOrder, common);
        const QList<QString> oc = restrictedOrder(oOrder, common);
        const QList<QString> tc = restrictedOrder(tOrder, common);
        bool theirsLead = oc == bc && tc != bc;
        if (oc != bc && tc != bc && oc != tc) {
            MergeConflict c;
            c.kind = noun + QLatin1String("-moved");
            c.list = list;
            c.item = list;
            c.field = QStringLiteral("order");
            conflicts.append(c);
            theirsLead = false;
        }
        const QList<QString> &lead = theirsLead ? tOrder : oOrder;
        const QList<QString> &other = theirsLead ? oOrder : tOrder;
        QList<QString> result;
        QSet<QString> placed;
        for (const QString &k : lead)
            if (merged.contains(k) && !placed.contains(k)) {
                result.append(k);
                placed.insert(k);
            }
        // Items only the other side has go after their predecessor there.
        QString previous;
        for (const QString &k : other) {
            if (merged.contains(k) && !placed.contains(k)) {
                const qsizetype at = previous.isEmpty() ? -1 : result.indexOf(previous);
                result.insert(at + 1, k);
                placed.insert(k);
            }
            if (placed.contains(k))
                previous = k;
        }
        // Items of the base that both sides still... cannot be missing; the
        // ones only the base had were dropped above.
        QJsonArray out;
        for (const QString &k : result)
            out.append(merged.value(k));
        return out;
    }

private:
    const Names &m_names;
};

// All ids of a tree, whatever the list.
QSet<int> allIds(const QJsonObject &tree)
{
    QSet<int> ids;
    for (const ListSpec &spec : lists())
        for (const QJsonValue &v : tree.value(QLatin1String(spec.list)).toArray())
            ids.insert(v.toObject().value(QLatin1String("id")).toInt());
    return ids;
}

} // namespace

Result<MergeOutcome> ThreeWayMerge::merge(const Agreement &base, const Agreement &ours,
                                          const Agreement &theirs)
{
    // Duties the same on all three sides need no merging: only the others
    // go through the JSON trees, and the untouched ones are put back after.
    QHash<int, const Duty *> untouched;
    {
        QHash<int, const Duty *> oursById, theirsById;
        for (const Duty &d : ours.duties)
            oursById.insert(d.id, &d);
        for (const Duty &d : theirs.duties)
            theirsById.insert(d.id, &d);
        for (const Duty &d : base.duties) {
            const Duty *o = oursById.value(d.id);
            const Duty *t = theirsById.value(d.id);
            if (o && t && *o == d && *t == d)
                untouched.insert(d.id, o);
        }
    }
    const auto changedPart = [&](const Agreement &whole) {
        Agreement part = whole;
        part.duties.clear();
        for (const Duty &d : whole.duties)
            if (!untouched.contains(d.id))
                part.duties.append(d);
        return part;
    };
    const QJsonObject b = fromAgreement(changedPart(base));
    const QJsonObject o = fromAgreement(changedPart(ours));
    QJsonObject t = fromAgreement(changedPart(theirs));

    // Both sides take new ids from the same counter: what theirs added
    // under an id ours uses for something else gets a fresh id.
    int next = std::max({base.nextId, ours.nextId, theirs.nextId, base.computeNextId(),
                         ours.computeNextId(), theirs.computeNextId()});
    QHash<QString, QHash<int, int>> renumbered;
    {
        QHash<QString, QHash<int, QJsonObject>> oursItems;
        for (const ListSpec &spec : lists())
            for (const QJsonValue &v : o.value(QLatin1String(spec.list)).toArray())
                oursItems[QLatin1String(spec.list)].insert(
                    v.toObject().value(QLatin1String("id")).toInt(), v.toObject());
        const QSet<int> baseIds = allIds(b);
        const QSet<int> oursIds = allIds(o);
        for (const ListSpec &spec : lists()) {
            const QString list = QLatin1String(spec.list);
            for (const QJsonValue &v : t.value(list).toArray()) {
                const int id = v.toObject().value(QLatin1String("id")).toInt();
                if (baseIds.contains(id) || !oursIds.contains(id))
                    continue;
                // The very same item added on both sides stays one.
                if (oursItems.value(list).value(id) == v.toObject())
                    continue;
                renumbered[list].insert(id, next++);
            }
        }
        if (!renumbered.isEmpty())
            t = remapped(t, [&](const QString &list, int id) {
                return renumbered.value(list).value(id, id);
            });
    }

    Names names;
    addNames(b, names, [](int id) { return id; });
    addNames(t, names, [](int id) { return id; });
    addNames(o, names, [](int id) { return id; });

    Merger m(names);
    QJsonObject out = o;
    for (const ListSpec &spec : lists()) {
        const QString list = QLatin1String(spec.list);
        out.insert(list, m.mergeList(list, QLatin1String(spec.noun), QLatin1String(spec.label),
                                     &idKey, b.value(list).toArray(), o.value(list).toArray(),
                                     t.value(list).toArray()));
    }

    const QString detailsKey = QStringLiteral("details");
    const QJsonObject bd = b.value(detailsKey).toObject();
    const QJsonObject od = o.value(detailsKey).toObject();
    const QJsonObject td = t.value(detailsKey).toObject();
    QJsonObject details = od;
    MergeConflict detailsWhere;
    detailsWhere.kind = QStringLiteral("detail-changed");
    detailsWhere.list = detailsKey;
    detailsWhere.item = QCoreApplication::translate("ThreeWayMerge", "Details");
    for (const char *field :
         {"title", "client", "provider", "model", "effectiveDate", "reviewMonths", "nextReview",
          "notes", "businessHours", "ticketMapping", "status", "revision"}) {
        const QString key = QLatin1String(field);
        details.insert(
            key, m.mergeValue(bd.value(key), od.value(key), td.value(key), detailsWhere, key));
    }
    const QString categories = QStringLiteral("ticketCategories");
    details.insert(categories,
                   m.mergeList(categories, QStringLiteral("category"), QStringLiteral("name"),
                               &nameKey, bd.value(categories).toArray(),
                               od.value(categories).toArray(), td.value(categories).toArray()));
    const QString signatories = QStringLiteral("signatories");
    details.insert(signatories,
                   m.mergeList(signatories, QStringLiteral("signatory"), QStringLiteral("name"),
                               &nameKey, bd.value(signatories).toArray(),
                               od.value(signatories).toArray(), td.value(signatories).toArray()));
    // Reviews saved on either side are all kept; one period saved on both
    // sides with different figures is a conflict like any changed item.
    const QString reviews = QStringLiteral("savedReviews");
    const QJsonArray mergedReviews = m.mergeList(
        reviews, QStringLiteral("review"), QStringLiteral("name"), &nameKey,
        bd.value(reviews).toArray(), od.value(reviews).toArray(), td.value(reviews).toArray());
    if (mergedReviews.isEmpty())
        details.remove(reviews);
    else
        details.insert(reviews, mergedReviews);
    const QString locations = QStringLiteral("locations");
    details.insert(locations,
                   unwrapped(m.mergeList(locations, QStringLiteral("site"), QStringLiteral("name"),
                                         &nameKey, wrapped(bd.value(locations).toArray()),
                                         wrapped(od.value(locations).toArray()),
                                         wrapped(td.value(locations).toArray()))));
    out.insert(detailsKey, details);

    MergeConflict assessmentWhere;
    assessmentWhere.kind = QStringLiteral("assessment-changed");
    assessmentWhere.list = QStringLiteral("assessment");
    assessmentWhere.item = QCoreApplication::translate("ThreeWayMerge", "Assessment");
    const QString assessment = QStringLiteral("assessment");
    out.insert(assessment,
               m.mergeObject(b.value(assessment).toObject(), o.value(assessment).toObject(),
                             t.value(assessment).toObject(), assessmentWhere,
                             QStringLiteral("assessment")));
    for (MergeConflict &c : m.conflicts)
        if (c.list == assessment)
            c.kind = QStringLiteral("assessment-changed");
    out.insert(QStringLiteral("nextId"), next);

    Result<Agreement> read =
        JsonFormat::fromJson(QJsonDocument(toFormat(out)).toJson(QJsonDocument::Compact),
                             QCoreApplication::translate("ThreeWayMerge", "the merged agreement"));
    if (!read)
        return Result<MergeOutcome>::failure(
            QCoreApplication::translate("ThreeWayMerge",
                                        "The two copies cannot be merged automatically: %1")
                .arg(read.error()));
    MergeOutcome outcome;
    outcome.merged = std::move(read).value();
    if (!untouched.isEmpty()) {
        // The untouched duties in ours' order, with the merged ones kept in
        // ours' places; the ones ours does not have (theirs' additions) go
        // after the duty they follow in the merged list.
        QList<Duty> &merged = outcome.merged.duties;
        QHash<int, qsizetype> mergedIndex;
        for (qsizetype i = 0; i < merged.size(); ++i)
            mergedIndex.insert(merged.at(i).id, i);
        QList<Duty> duties;
        duties.reserve(merged.size() + untouched.size());
        QSet<int> placed;
        for (const Duty &d : ours.duties) {
            if (untouched.contains(d.id)) {
                duties.append(d);
            } else if (const auto it = mergedIndex.constFind(d.id); it != mergedIndex.cend()) {
                duties.append(merged.at(*it));
                placed.insert(d.id);
            }
        }
        // Theirs' additions go after the duty they follow in theirs (under
        // its new id when it was renumbered), or first when none does.
        const QHash<int, int> renumberedDuties = renumbered.value(QStringLiteral("duties"));
        QHash<int, int> originalId;
        for (auto it = renumberedDuties.cbegin(); it != renumberedDuties.cend(); ++it)
            originalId.insert(it.value(), it.key());
        QHash<int, qsizetype> theirsIndex;
        for (qsizetype i = 0; i < theirs.duties.size(); ++i)
            theirsIndex.insert(theirs.duties.at(i).id, i);
        for (const Duty &d : merged) {
            if (placed.contains(d.id))
                continue;
            qsizetype at = duties.size();
            const auto ti = theirsIndex.constFind(originalId.value(d.id, d.id));
            if (ti != theirsIndex.cend()) {
                at = 0;
                for (qsizetype k = *ti - 1; k >= 0 && at == 0; --k) {
                    const int before =
                        renumberedDuties.value(theirs.duties.at(k).id, theirs.duties.at(k).id);
                    for (qsizetype j = 0; j < duties.size(); ++j)
                        if (duties.at(j).id == before) {
                            at = j + 1;
                            break;
                        }
                }
            }
            duties.insert(at, d);
            placed.insert(d.id);
        }
        merged = std::move(duties);
    }
    outcome.merged.revisions = ours.revisions;
    outcome.conflicts = std::move(m.conflicts);
    return outcome;
}
