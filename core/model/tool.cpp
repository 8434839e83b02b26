#include "model/tool.h"

#include "model/enumkeys.h"

#include <QCoreApplication>

namespace {
constexpr EnumKeys<ToolAccess::Level, 4> levelKeys{{{
    {ToolAccess::Level::None, QLatin1StringView("none")},
    {ToolAccess::Level::Read, QLatin1StringView("read")},
    {ToolAccess::Level::Operate, QLatin1StringView("operate")},
    {ToolAccess::Level::Admin, QLatin1StringView("admin")},
}}};
} // namespace

QString ToolAccess::levelKey(Level level)
{
    return levelKeys.key(level);
}

std::optional<ToolAccess::Level> ToolAccess::levelFromKey(QStringView key)
{
    return levelKeys.fromKey(key);
}

QString ToolAccess::levelName(Level level)
{
    switch (level) {
    case Level::None:
        return QCoreApplication::translate("ToolAccess", "None");
    case Level::Read:
        return QCoreApplication::translate("ToolAccess", "Read");
    case Level::Operate:
        return QCoreApplication::translate("ToolAccess", "Operate");
    case Level::Admin:
        return QCoreApplication::translate("ToolAccess", "Admin");
    }
    return {};
}
