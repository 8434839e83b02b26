#include "model/duty.h"

#include "model/enumkeys.h"

#include <QCoreApplication>

namespace {
constexpr EnumKeys<Duty::Kind, 4> kindKeys{{{
    {Duty::Kind::Task, QLatin1StringView("task")},
    {Duty::Kind::Security, QLatin1StringView("security")},
    {Duty::Kind::Approval, QLatin1StringView("approval")},
    {Duty::Kind::Project, QLatin1StringView("project")},
}}};
} // namespace

QString Duty::kindKey(Kind kind)
{
    return kindKeys.key(kind);
}

std::optional<Duty::Kind> Duty::kindFromKey(QStringView key)
{
    return kindKeys.fromKey(key);
}

std::optional<Duty::Kind> Duty::kindFromText(QStringView text)
{
    for (const Kind kind : {Kind::Task, Kind::Security, Kind::Approval, Kind::Project})
        if (text.compare(kindKey(kind), Qt::CaseInsensitive) == 0
            || text.compare(kindName(kind), Qt::CaseInsensitive) == 0)
            return kind;
    return std::nullopt;
}

QString Duty::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Task:
        return QCoreApplication::translate("Duty", "Task");
    case Kind::Security:
        return QCoreApplication::translate("Duty", "Security");
    case Kind::Approval:
        return QCoreApplication::translate("Duty", "Approval / decision");
    case Kind::Project:
        return QCoreApplication::translate("Duty", "Project");
    }
    return {};
}
