#include "model/agreement.h"

#include "model/enumkeys.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace {
constexpr EnumKeys<AgreementDetails::Status, 3> statusKeys{{{
    {AgreementDetails::Status::Draft, QLatin1StringView("draft")},
    {AgreementDetails::Status::InReview, QLatin1StringView("in-review")},
    {AgreementDetails::Status::Signed, QLatin1StringView("signed")},
}}};

template <typename T>
qsizetype indexById(const QList<T> &list, int id)
{
    const auto it =
        std::find_if(list.cbegin(), list.cend(), [id](const T &t) { return t.id == id; });
    return it == list.cend() ? -1 : it - list.cbegin();
}

template <typename T>
const T *findById(const QList<T> &list, int id)
{
    const qsizetype i = indexById(list, id);
    return i < 0 ? nullptr : &list.at(i);
}

template <typename T>
int maxId(const QList<T> &list)
{
    int m = 0;
    for (const T &t : list)
        m = std::max(m, t.id);
    return m;
}
} // namespace

QString AgreementDetails::statusKey(Status s)
{
    return statusKeys.key(s);
}

std::optional<AgreementDetails::Status> AgreementDetails::statusFromKey(QStringView key)
{
    return statusKeys.fromKey(key);
}

QString AgreementDetails::statusName(Status s)
{
    switch (s) {
    case Status::Draft:
        return QCoreApplication::translate("Agreement", "Draft");
    case Status::InReview:
        return QCoreApplication::translate("Agreement", "In review");
    case Status::Signed:
        return QCoreApplication::translate("Agreement", "Signed");
    }
    return {};
}

const Party *Agreement::party(int id) const
{
    return findById(parties, id);
}
const Area *Agreement::area(int id) const
{
    return findById(areas, id);
}
const System *Agreement::system(int id) const
{
    return findById(systems, id);
}
const Duty *Agreement::duty(int id) const
{
    return findById(duties, id);
}
const Tool *Agreement::tool(int id) const
{
    return findById(tools, id);
}
qsizetype Agreement::indexOfParty(int id) const
{
    return indexById(parties, id);
}
qsizetype Agreement::indexOfArea(int id) const
{
    return indexById(areas, id);
}
qsizetype Agreement::indexOfSystem(int id) const
{
    return indexById(systems, id);
}
qsizetype Agreement::indexOfDuty(int id) const
{
    return indexById(duties, id);
}
qsizetype Agreement::indexOfRule(int id) const
{
    return indexById(rules, id);
}
qsizetype Agreement::indexOfTool(int id) const
{
    return indexById(tools, id);
}

QString AgreementDetails::duplicateCategory() const
{
    QStringList names;
    names.reserve(ticketCategories.size());
    for (const TicketCategory &c : ticketCategories)
        names.append(c.name);
    return firstDuplicate(names);
}

QString AgreementDetails::duplicateLocation() const
{
    return firstDuplicate(locations);
}

QString AgreementDetails::firstDuplicate(const QStringList &names)
{
    QSet<QString> seen;
    seen.reserve(names.size());
    for (const QString &name : names) {
        const QString folded = name.trimmed().toCaseFolded();
        if (seen.contains(folded))
            return name.trimmed();
        seen.insert(folded);
    }
    return {};
}

const Party *Agreement::findParty(QStringView nameOrCode) const
{
    const qsizetype i = Party::indexByNameOrCode(parties, nameOrCode);
    return i < 0 ? nullptr : &parties.at(i);
}

const Party *Agreement::firstOfKind(Party::Kind kind) const
{
    for (const Party &p : parties)
        if (p.kind == kind)
            return &p;
    return nullptr;
}

Ownership Agreement::ownershipOf(const Duty &duty) const
{
    bool client = false;
    bool external = false;
    for (auto it = duty.roles.cbegin(); it != duty.roles.cend(); ++it) {
        if (!it.value().responsible())
            continue;
        const Party *p = party(it.key());
        if (!p)
            continue;
        (p->isClientSide() ? client : external) = true;
    }
    if (client && external)
        return Ownership::Shared;
    if (client)
        return Ownership::Internal;
    if (external)
        return Ownership::Provider;
    return Ownership::Unassigned;
}

int Agreement::computeNextId() const
{
    int m = std::max(
        {maxId(parties), maxId(areas), maxId(systems), maxId(duties), maxId(rules), maxId(tools)});
    return m + 1;
}

QString Agreement::ownershipName(Ownership o)
{
    switch (o) {
    case Ownership::Internal:
        return QCoreApplication::translate("Agreement", "Internal");
    case Ownership::Provider:
        return QCoreApplication::translate("Agreement", "Provider");
    case Ownership::Shared:
        return QCoreApplication::translate("Agreement", "Shared");
    case Ownership::Unassigned:
        return QCoreApplication::translate("Agreement", "Unassigned");
    }
    return {};
}

QString Agreement::ownershipKey(Ownership o)
{
    switch (o) {
    case Ownership::Internal:
        return QStringLiteral("internal");
    case Ownership::Provider:
        return QStringLiteral("provider");
    case Ownership::Shared:
        return QStringLiteral("shared");
    case Ownership::Unassigned:
        return QStringLiteral("unassigned");
    }
    return {};
}
