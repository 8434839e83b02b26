#include "model/party.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
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

QString Party::labelWithCode() const
{
    const QString shown = label();
    const QString shortCode = code.trimmed();
    if (shortCode.isEmpty() || shortCode == shown)
        return shown;
    return QStringLiteral("%1 (%2)").arg(shown, shortCode);
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

QString Party::shortLabel() const
{
    return code.trimmed().isEmpty() ? label() : code;
}

qsizetype Party::indexByNameOrCode(const QList<Party> &parties, QStringView nameOrCode)
{
    const QStringView wanted = nameOrCode.trimmed();
    if (wanted.isEmpty())
        return -1;
    // Names first: a party called "IT" wins over another whose code is "IT".
    for (qsizetype i = 0; i < parties.size(); ++i)
        if (QStringView(parties.at(i).name).trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
            return i;
    for (qsizetype i = 0; i < parties.size(); ++i)
        if (QStringView(parties.at(i).code).trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

QString Party::codeFromName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.size() <= 5)
        return trimmed.toUpper();
    QString initials;
    for (const QString &word : trimmed.split(u' ', Qt::SkipEmptyParts))
        if (word.front().isLetterOrNumber() && initials.size() < 5)
            initials += word.front().toUpper();
    return initials.isEmpty() ? trimmed.first(3).toUpper() : initials;
}

QString Party::paletteColor(qsizetype index)
{
    static constexpr std::array<QLatin1StringView, 6> palette{
        QLatin1StringView("#2563eb"), QLatin1StringView("#ea580c"), QLatin1StringView("#7c3aed"),
        QLatin1StringView("#059669"), QLatin1StringView("#db2777"), QLatin1StringView("#0891b2")};
    return palette.at(std::size_t(std::max<qsizetype>(index, 0)) % palette.size());
}
