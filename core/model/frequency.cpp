#include "model/frequency.h"

#include <QCoreApplication>

QList<Frequency::Choice> Frequency::choices()
{
    return {Choice::Continuous,  Choice::Daily,      Choice::Weekly,    Choice::Monthly,
            Choice::Quarterly,   Choice::HalfYearly, Choice::Yearly,    Choice::OnRequest,
            Choice::PerIncident, Choice::PerChange,  Choice::PerProject};
}

QString Frequency::key(Choice choice)
{
    switch (choice) {
    case Choice::Continuous:
        return QStringLiteral("continuous");
    case Choice::Daily:
        return QStringLiteral("daily");
    case Choice::Weekly:
        return QStringLiteral("weekly");
    case Choice::Monthly:
        return QStringLiteral("monthly");
    case Choice::Quarterly:
        return QStringLiteral("quarterly");
    case Choice::HalfYearly:
        return QStringLiteral("half-yearly");
    case Choice::Yearly:
        return QStringLiteral("yearly");
    case Choice::OnRequest:
        return QStringLiteral("on-request");
    case Choice::PerIncident:
        return QStringLiteral("per-incident");
    case Choice::PerChange:
        return QStringLiteral("per-change");
    case Choice::PerProject:
        return QStringLiteral("per-project");
    }
    return {};
}

std::optional<Frequency::Choice> Frequency::fromKey(QStringView key)
{
    for (const Choice choice : choices())
        if (key == Frequency::key(choice))
            return choice;
    return std::nullopt;
}

QString Frequency::name(Choice choice)
{
    switch (choice) {
    case Choice::Continuous:
        return QCoreApplication::translate("Frequency", "continuous");
    case Choice::Daily:
        return QCoreApplication::translate("Frequency", "daily");
    case Choice::Weekly:
        return QCoreApplication::translate("Frequency", "weekly");
    case Choice::Monthly:
        return QCoreApplication::translate("Frequency", "monthly");
    case Choice::Quarterly:
        return QCoreApplication::translate("Frequency", "quarterly");
    case Choice::HalfYearly:
        return QCoreApplication::translate("Frequency", "every six months");
    case Choice::Yearly:
        return QCoreApplication::translate("Frequency", "yearly");
    case Choice::OnRequest:
        return QCoreApplication::translate("Frequency", "on request");
    case Choice::PerIncident:
        return QCoreApplication::translate("Frequency", "per incident");
    case Choice::PerChange:
        return QCoreApplication::translate("Frequency", "per change");
    case Choice::PerProject:
        return QCoreApplication::translate("Frequency", "per project");
    }
    return {};
}

QString Frequency::displayText(const QString &stored)
{
    const std::optional<Choice> choice = fromKey(stored);
    return choice ? name(*choice) : stored;
}

QString Frequency::fromText(const QString &text)
{
    const QString trimmed = text.trimmed();
    for (const Choice choice : choices())
        if (trimmed.compare(key(choice), Qt::CaseInsensitive) == 0
            || trimmed.compare(name(choice), Qt::CaseInsensitive) == 0)
            return key(choice);
    return trimmed;
}
