#include "model/system.h"

#include "model/enumkeys.h"

#include <QCoreApplication>

namespace {
constexpr EnumKeys<System::Criticality, 4> criticalityKeys{{{
    {System::Criticality::Low, QLatin1StringView("low")},
    {System::Criticality::Medium, QLatin1StringView("medium")},
    {System::Criticality::High, QLatin1StringView("high")},
    {System::Criticality::Critical, QLatin1StringView("critical")},
}}};
} // namespace

QString System::criticalityKey(Criticality c)
{
    return criticalityKeys.key(c);
}

std::optional<System::Criticality> System::criticalityFromKey(QStringView key)
{
    return criticalityKeys.fromKey(key);
}

QString System::criticalityName(Criticality c)
{
    switch (c) {
    case Criticality::Low:
        return QCoreApplication::translate("System", "Low");
    case Criticality::Medium:
        return QCoreApplication::translate("System", "Medium");
    case Criticality::High:
        return QCoreApplication::translate("System", "High");
    case Criticality::Critical:
        return QCoreApplication::translate("System", "Critical");
    }
    return {};
}
