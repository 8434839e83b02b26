#include "model/agreementvalidator.h"

#include "model/agreement.h"

#include <QCoreApplication>
#include <QSet>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AgreementValidator)
};

using List = AgreementValidator::List;
using Problem = AgreementValidator::Problem;

QLatin1StringView listKey(List list)
{
    switch (list) {
    case List::Parties:
        return QLatin1StringView("parties");
    case List::Areas:
        return QLatin1StringView("areas");
    case List::Systems:
        return QLatin1StringView("systems");
    case List::Tools:
        return QLatin1StringView("tools");
    case List::Duties:
        return QLatin1StringView("duties");
    case List::Rules:
        return QLatin1StringView("rules");
    case List::TicketCategories:
        return QLatin1StringView("details.ticketCategories");
    case List::Signatories:
        return QLatin1StringView("details.signatories");
    }
    return {};
}

QString pluralName(List list)
{
    switch (list) {
    case List::Parties:
        return Tr::tr("parties");
    case List::Areas:
        return Tr::tr("areas");
    case List::Systems:
        return Tr::tr("systems");
    case List::Tools:
        return Tr::tr("tools");
    case List::Duties:
        return Tr::tr("duties");
    case List::Rules:
        return Tr::tr("escalation rules");
    case List::TicketCategories:
        return Tr::tr("ticket categories");
    case List::Signatories:
        return Tr::tr("signatories");
    }
    return {};
}

// Walks the agreement once, collecting problems until the limit.
class Walk
{
public:
    Walk(const Agreement &agreement, qsizetype limit)
        : m_a(agreement)
        , m_limit(limit)
    {}

    QList<Problem> run()
    {
        ids(m_a.parties, List::Parties, m_parties);
        ids(m_a.areas, List::Areas, m_areas);
        ids(m_a.systems, List::Systems, m_systems);
        ids(m_a.tools, List::Tools, m_tools);
        ids(m_a.duties, List::Duties, m_duties);
        ids(m_a.rules, List::Rules, m_rules);
        // References are judged against complete id sets; a list with a bad
        // id would make every later sentence about it doubtful.
        if (!m_out.isEmpty())
            return m_out;
        tools();
        categories();
        duties();
        rules();
        signatories();
        return m_out;
    }

private:
    bool full() const { return m_out.size() >= m_limit; }

    void add(Problem p)
    {
        if (!full())
            m_out.append(std::move(p));
    }

    template <typename T>
    void ids(const QList<T> &items, List list, QSet<int> &seen)
    {
        seen.reserve(items.size());
        for (qsizetype i = 0; i < items.size() && !full(); ++i) {
            const int id = items.at(i).id;
            Problem p;
            p.list = list;
            p.index = i;
            p.id = id;
            p.targetId = id;
            if (id <= 0)
                p.kind = Problem::Kind::IdNotPositive;
            else if (id > Agreement::MaxId)
                p.kind = Problem::Kind::IdTooLarge;
            else if (seen.contains(id))
                p.kind = Problem::Kind::IdTwice;
            else {
                seen.insert(id);
                continue;
            }
            add(p);
        }
    }

    // A reference from item `index` (id `id`) of `list`, through `field`, to
    // `targetId` in `target`; 0 means "none" where `optional` says so.
    void reference(List list, qsizetype index, int id, const char *field, List target,
                   const QSet<int> &known, int targetId, bool optional, qsizetype fieldIndex = -1)
    {
        if ((optional && targetId == 0) || known.contains(targetId))
            return;
        Problem p;
        p.kind = Problem::Kind::MissingItem;
        p.list = list;
        p.index = index;
        p.id = id;
        p.field = QLatin1String(field);
        p.fieldIndex = fieldIndex;
        p.targetList = target;
        p.targetId = targetId;
        add(p);
    }

    void tools()
    {
        for (qsizetype i = 0; i < m_a.tools.size() && !full(); ++i) {
            const Tool &tool = m_a.tools.at(i);
            reference(List::Tools, i, tool.id, "owner", List::Parties, m_parties, tool.ownerId,
                      true);
            for (auto it = tool.access.cbegin(); it != tool.access.cend(); ++it)
                reference(List::Tools, i, tool.id, "access", List::Parties, m_parties, it.key(),
                          false);
        }
    }

    void categories()
    {
        const QList<TicketCategory> &list = m_a.details.ticketCategories;
        for (qsizetype i = 0; i < list.size() && !full(); ++i)
            reference(List::TicketCategories, i, 0, "area", List::Areas, m_areas, list.at(i).areaId,
                      true);
    }

    void duties()
    {
        for (qsizetype i = 0; i < m_a.duties.size() && !full(); ++i) {
            const Duty &duty = m_a.duties.at(i);
            reference(List::Duties, i, duty.id, "area", List::Areas, m_areas, duty.areaId, true);
            reference(List::Duties, i, duty.id, "system", List::Systems, m_systems, duty.systemId,
                      true);
            for (qsizetype t = 0; t < duty.toolIds.size(); ++t)
                reference(List::Duties, i, duty.id, "tools", List::Tools, m_tools,
                          duty.toolIds.at(t), false, t);
            for (auto it = duty.roles.cbegin(); it != duty.roles.cend(); ++it)
                reference(List::Duties, i, duty.id, "roles", List::Parties, m_parties, it.key(),
                          false);
        }
    }

    void rules()
    {
        for (qsizetype i = 0; i < m_a.rules.size() && !full(); ++i) {
            const EscalationRule &rule = m_a.rules.at(i);
            reference(List::Rules, i, rule.id, "firstResponder", List::Parties, m_parties,
                      rule.firstResponderId, true);
            reference(List::Rules, i, rule.id, "escalateTo", List::Parties, m_parties,
                      rule.escalateToId, true);
            reference(List::Rules, i, rule.id, "afterHoursHandler", List::Parties, m_parties,
                      rule.afterHoursHandlerId, true);
        }
    }

    void signatories()
    {
        const QList<Signatory> &list = m_a.details.signatories;
        for (qsizetype i = 0; i < list.size() && !full(); ++i)
            reference(List::Signatories, i, 0, "party", List::Parties, m_parties,
                      list.at(i).partyId, true);
    }

    const Agreement &m_a;
    const qsizetype m_limit;
    QList<Problem> m_out;
    QSet<int> m_parties, m_areas, m_systems, m_tools, m_duties, m_rules;
};
} // namespace

QString AgreementValidator::itemName(List list, int idOrNumber)
{
    switch (list) {
    case List::Parties:
        return Tr::tr("party %1").arg(idOrNumber);
    case List::Areas:
        return Tr::tr("area %1").arg(idOrNumber);
    case List::Systems:
        return Tr::tr("system %1").arg(idOrNumber);
    case List::Tools:
        return Tr::tr("tool %1").arg(idOrNumber);
    case List::Duties:
        return Tr::tr("duty %1").arg(idOrNumber);
    case List::Rules:
        return Tr::tr("escalation rule %1").arg(idOrNumber);
    case List::TicketCategories:
        return Tr::tr("ticket category %1").arg(idOrNumber);
    case List::Signatories:
        return Tr::tr("signatory %1").arg(idOrNumber);
    }
    return {};
}

QString AgreementValidator::Problem::path() const
{
    QString p = QStringLiteral("%1[%2]").arg(listKey(list)).arg(index);
    if (field.isEmpty())
        return p;
    p += u'.' + field;
    if (fieldIndex >= 0)
        p += QStringLiteral("[%1]").arg(fieldIndex);
    else if (field == QLatin1String("roles")) // an object keyed by party id
        p += u'.' + QString::number(targetId);
    return p;
}

QString AgreementValidator::Problem::item() const
{
    const bool numbered = list == List::TicketCategories || list == List::Signatories;
    return itemName(list, numbered ? int(index + 1) : id);
}

QString AgreementValidator::Problem::what() const
{
    switch (kind) {
    case Kind::IdNotPositive:
        return Tr::tr("the id %1 is not above 0").arg(targetId);
    case Kind::IdTooLarge:
        return Tr::tr("the id %1 is above 1,000,000,000").arg(targetId);
    case Kind::IdTwice:
        return Tr::tr("the id %1 is used twice").arg(targetId);
    case Kind::MissingItem:
        return Tr::tr("%1 does not exist").arg(itemName(targetList, targetId));
    }
    return {};
}

QString AgreementValidator::Problem::sentence() const
{
    switch (kind) {
    case Kind::IdNotPositive:
        return Tr::tr("%1 has an id that is not above 0.").arg(item());
    case Kind::IdTooLarge:
        return Tr::tr("%1 has an id above 1,000,000,000.").arg(item());
    case Kind::IdTwice:
        return Tr::tr("two %1 have the id %2.").arg(pluralName(list)).arg(targetId);
    case Kind::MissingItem:
        if (field == QLatin1String("access"))
            return Tr::tr("%1 gives access to %2, which does not exist.")
                .arg(item(), itemName(targetList, targetId));
        if (field == QLatin1String("roles"))
            return Tr::tr("%1 gives roles to %2, which does not exist.")
                .arg(item(), itemName(targetList, targetId));
        return Tr::tr("%1 refers to %2, which does not exist.")
            .arg(item(), itemName(targetList, targetId));
    }
    return {};
}

std::optional<AgreementValidator::Problem>
AgreementValidator::firstProblem(const Agreement &agreement)
{
    const QList<Problem> found = Walk(agreement, 1).run();
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

QList<AgreementValidator::Problem> AgreementValidator::problems(const Agreement &agreement,
                                                                qsizetype limit)
{
    return Walk(agreement, std::max<qsizetype>(limit, 1)).run();
}
