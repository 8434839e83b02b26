#include "model/party.h"

#include <QCoreApplication>

#include <cctype>

#include "model/enumkeys.h"

namespace {
constexpr EnumKeys<Party::Kind, 6> kindKeys{{{
    {Party::Kind::Internal, QLatin1StringView("internal")},
    {Party::Kind::Provider, QLatin1StringView("provider")},
    {Party::Kind::Leadership, QLatin1StringView("leadership")},
    {Party::Kind::EndUsers, QLatin1StringView("end-users")},
    {Party::Kind::Vendor, QLatin1StringView("vendor")},
    {Party::Kind::Other, QLatin1StringView("other")},
}}};
} // namespace

QString Party::kindKey(Kind kind)
{
    return kindKeys.key(kind);
}

std::optional<Party::Kind> Party::kindFromKey(QStringView key)
{
    return kindKeys.fromKey(key);
}

bool Party::isColor(QStringView text)
{
    if (text.size() != 7 || text.front() != u'#')
        return false;
    for (QChar c : text.sliced(1))
        if (!isxdigit(c.unicode() < 128 ? char(c.unicode()) : 'x'))
            return false;
    return true;
}

QString Party::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Internal:
        return QCoreApplication::translate("Party", "Internal IT");
    case Kind::Provider:
        return QCoreApplication::translate("Party", "Service provider");
    case Kind::Leadership:
        return QCoreApplication::translate("Party", "Leadership");
    case Kind::EndUsers:
        return QCoreApplication::translate("Party", "End users");
    case Kind::Vendor:
        return QCoreApplication::translate("Party", "Vendor");
    case Kind::Other:
        return QCoreApplication::translate("Party", "Other");
    }
    return {};
}

QString Party::label() const
{
    if (!name.trimmed().isEmpty())
        return name;
    if (!code.trimmed().isEmpty())
        return code;
    return kindName(kind);
}
