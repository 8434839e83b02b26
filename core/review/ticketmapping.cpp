#include "review/ticketmapping.h"

#include "model/agreement.h"
#include "review/servicereview.h"
#include "review/ticketimport.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(TicketMapping)
};

QString shortened(const QString &text)
{
    return text.size() > 80 ? text.left(79) + QChar(0x2026) : text;
}

// A header, priority word, team or requester: one line of modest length.
bool isShortText(const QString &text)
{
    return !text.trimmed().isEmpty() && text.size() <= TicketMapping::MaxTextLength
           && !text.contains(u'\n');
}

} // namespace

bool TicketMapping::isEmpty() const
{
    return preset.isEmpty() && columns.isEmpty() && !dateOrder && priorities.isEmpty()
           && handlers.isEmpty() && vipRequesters.isEmpty();
}

QString TicketMapping::dateOrderKey(DateOrder order)
{
    return order == DateOrder::DayFirst ? QStringLiteral("dmy") : QStringLiteral("mdy");
}

std::optional<TicketMapping::DateOrder> TicketMapping::dateOrderFromKey(QStringView key)
{
    if (key == u"dmy")
        return DateOrder::DayFirst;
    if (key == u"mdy")
        return DateOrder::MonthFirst;
    return std::nullopt;
}

QJsonObject TicketMapping::toJson() const
{
    QJsonObject out;
    if (!preset.isEmpty())
        out.insert(QStringLiteral("preset"), preset);
    if (!columns.isEmpty()) {
        QJsonObject o;
        for (auto it = columns.cbegin(); it != columns.cend(); ++it)
            o.insert(ticketFieldKey(it.key()), it.value());
        out.insert(QStringLiteral("columns"), o);
    }
    if (dateOrder)
        out.insert(QStringLiteral("dateOrder"), dateOrderKey(*dateOrder));
    if (!priorities.isEmpty()) {
        QJsonObject o;
        for (auto it = priorities.cbegin(); it != priorities.cend(); ++it)
            o.insert(it.key(), EscalationRule::urgencyKey(it.value()));
        out.insert(QStringLiteral("priorities"), o);
    }
    if (!handlers.isEmpty()) {
        QJsonObject o;
        for (auto it = handlers.cbegin(); it != handlers.cend(); ++it)
            o.insert(it.key(), it.value());
        out.insert(QStringLiteral("handlers"), o);
    }
    if (!vipRequesters.isEmpty())
        out.insert(QStringLiteral("vipRequesters"), QJsonArray::fromStringList(vipRequesters));
    return out;
}

Result<TicketMapping> TicketMapping::fromJson(const QJsonObject &object, const Agreement *names)
{
    using R = Result<TicketMapping>;
    TicketMapping m;
    static const QStringList known{QStringLiteral("preset"),    QStringLiteral("columns"),
                                   QStringLiteral("dateOrder"), QStringLiteral("priorities"),
                                   QStringLiteral("handlers"),  QStringLiteral("vipRequesters")};
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            return R::failure(Tr::tr("unknown key “%1”; a ticket mapping has preset, columns, "
                                     "dateOrder, priorities, handlers and vipRequesters")
                                  .arg(shortened(it.key())));
    }
    for (const char *key : {"columns", "priorities", "handlers"}) {
        const QJsonValue v = object.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isObject())
            return R::failure(Tr::tr("%1 must be an object").arg(QLatin1String(key)));
        if (v.toObject().size() > MaxEntries)
            return R::failure(
                Tr::tr("%1 has more than %2 entries").arg(QLatin1String(key)).arg(MaxEntries));
    }

    if (const QJsonValue v = object.value(u"preset"); !v.isUndefined()) {
        if (!v.isString() || !TicketPreset::find(v.toString()))
            return R::failure(
                Tr::tr("preset “%1” is none of %2").arg(shortened(v.toVariant().toString()), [] {
                    QStringList keys;
                    for (const TicketPreset &p : TicketPreset::all())
                        keys.append(p.key);
                    return keys.join(QLatin1String(", "));
                }()));
        m.preset = TicketPreset::find(v.toString())->key;
    }

    const QJsonObject columns = object.value(u"columns").toObject();
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        bool ok = false;
        const TicketField field = ticketFieldFromKey(it.key(), &ok);
        if (!ok)
            return R::failure(Tr::tr("columns.%1 is not a ticket field").arg(shortened(it.key())));
        if (!it.value().isString() || !isShortText(it.value().toString()))
            return R::failure(Tr::tr("columns.%1 must be a column header of at most %2 characters")
                                  .arg(shortened(it.key()))
                                  .arg(MaxTextLength));
        m.columns.insert(field, it.value().toString());
    }

    if (const QJsonValue v = object.value(u"dateOrder"); !v.isUndefined()) {
        m.dateOrder = dateOrderFromKey(v.toString());
        if (!v.isString() || !m.dateOrder)
            return R::failure(Tr::tr("dateOrder must be dmy or mdy"));
    }

    const QJsonObject priorities = object.value(u"priorities").toObject();
    for (auto it = priorities.begin(); it != priorities.end(); ++it) {
        if (!isShortText(it.key()))
            return R::failure(Tr::tr("priorities has a text that is empty or longer than %1 "
                                     "characters")
                                  .arg(MaxTextLength));
        const auto urgency = EscalationRule::urgencyFromKey(it.value().toString());
        if (!it.value().isString() || !urgency)
            return R::failure(Tr::tr("priorities.%1 must be low, normal, high or critical")
                                  .arg(shortened(it.key())));
        m.priorities.insert(it.key().trimmed().toCaseFolded(), *urgency);
    }

    const QJsonObject handlers = object.value(u"handlers").toObject();
    for (auto it = handlers.begin(); it != handlers.end(); ++it) {
        const QJsonValue v = it.value();
        int id = 0;
        if (!isShortText(it.key()))
            return R::failure(Tr::tr("handlers has a name that is empty or longer than %1 "
                                     "characters")
                                  .arg(MaxTextLength));
        if (v.isDouble()) {
            const double d = v.toDouble();
            if (d < 1 || d > Agreement::MaxId || d != int(d))
                return R::failure(Tr::tr("handlers.%1 is not a party id").arg(shortened(it.key())));
            id = int(d);
            if (names && !names->party(id))
                return R::failure(Tr::tr("handlers.%1 names party %2, which does not exist")
                                      .arg(shortened(it.key()), QString::number(id)));
        } else if (v.isString() && names) {
            const Party *p = names->findParty(v.toString().trimmed());
            if (!p)
                return R::failure(
                    Tr::tr("handlers.%1 names “%2”, which is no party of the agreement")
                        .arg(shortened(it.key()), shortened(v.toString())));
            id = p->id;
        } else {
            return R::failure(Tr::tr("handlers.%1 is not a party id").arg(shortened(it.key())));
        }
        m.handlers.insert(it.key().trimmed().toCaseFolded(), id);
    }

    if (const QJsonValue v = object.value(u"vipRequesters"); !v.isUndefined()) {
        if (!v.isArray())
            return R::failure(Tr::tr("vipRequesters must be a list of names"));
        const QJsonArray list = v.toArray();
        if (list.size() > MaxEntries)
            return R::failure(Tr::tr("vipRequesters has more than %1 entries").arg(MaxEntries));
        for (const QJsonValue &name : list) {
            if (!name.isString() || !isShortText(name.toString()))
                return R::failure(Tr::tr("vipRequesters must be a list of names of at most %1 "
                                         "characters")
                                      .arg(MaxTextLength));
            m.vipRequesters.append(name.toString().trimmed());
        }
    }
    return m;
}

void TicketMapping::apply(const Agreement &agreement, TicketImportOptions &import,
                          ReviewOptions &review) const
{
    if (!preset.isEmpty())
        import.preset = TicketPreset::find(preset);
    for (auto it = columns.cbegin(); it != columns.cend(); ++it)
        import.columns.insert(it.key(), it.value());
    if (dateOrder)
        import.dateOrder = *dateOrder == DateOrder::DayFirst ? TimestampFormat::Order::DayFirst
                                                             : TimestampFormat::Order::MonthFirst;
    for (auto it = priorities.cbegin(); it != priorities.cend(); ++it)
        import.priorities.insert(it.key(), it.value());
    for (auto it = handlers.cbegin(); it != handlers.cend(); ++it) {
        if (agreement.party(it.value()))
            review.handlers.insert(it.key(), it.value());
    }
    for (const QString &name : vipRequesters)
        import.vipRequesters.insert(name.toCaseFolded());
}
