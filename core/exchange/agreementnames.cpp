#include "agreementnames.h"

#include "model/agreement.h"

namespace {

QString keyOf(const QString &name)
{
    return name.trimmed().toCaseFolded();
}

// The first item of each name, as a reader finds it.
template <typename T>
QHash<QString, int> indexOf(const QList<T> &list)
{
    QHash<QString, int> index;
    for (const T &item : list) {
        const QString key = keyOf(item.name);
        if (!index.contains(key))
            index.insert(key, item.id);
    }
    return index;
}

template <typename T>
int findOrAdd(QList<T> &list, QHash<QString, int> &index, const QString &name, Agreement &a)
{
    const QString key = keyOf(name);
    if (const auto it = index.constFind(key); it != index.cend())
        return *it;
    T item;
    item.id = a.takeId();
    item.name = name;
    list.append(item);
    index.insert(key, item.id);
    return item.id;
}

} // namespace

AgreementNames::AgreementNames(Agreement &agreement)
    : m_agreement(agreement)
    , m_areas(indexOf(agreement.areas))
    , m_systems(indexOf(agreement.systems))
{}

int AgreementNames::area(const QString &name)
{
    return findOrAdd(m_agreement.areas, m_areas, name, m_agreement);
}

int AgreementNames::system(const QString &name)
{
    if (name.trimmed().isEmpty())
        return 0;
    return findOrAdd(m_agreement.systems, m_systems, name, m_agreement);
}

int AgreementNames::addParty(const QString &name, Party::Kind kind)
{
    Party party = newParty(m_agreement, name, kind);
    party.id = m_agreement.takeId();
    m_agreement.parties.append(party);
    return party.id;
}

Party AgreementNames::newParty(const Agreement &agreement, const QString &name, Party::Kind kind)
{
    Party party;
    party.name = name;
    party.code = Party::codeFromName(name);
    party.kind = kind;
    party.color = Party::paletteColor(agreement.parties.size());
    return party;
}
