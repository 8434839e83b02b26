#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

// How often a duty is done. A duty's frequency is stored as text: either the
// key of one of the fixed choices ("monthly", "on-request"), shown in the
// reader's language, or free text a user typed ("after each board
// meeting"), shown as it is. Files written before the choices existed hold
// free text and keep it.
class Frequency
{
public:
    enum class Choice {
        Continuous,
        Daily,
        Weekly,
        Monthly,
        Quarterly,
        HalfYearly,
        Yearly,
        OnRequest,
        PerIncident,
        PerChange,
        PerProject,
    };

    // Every choice, in the order a list offers them.
    static QList<Choice> choices();
    static QString key(Choice choice);
    static std::optional<Choice> fromKey(QStringView key);
    // The choice's name in the current language ("monatlich").
    static QString name(Choice choice);
    // What to show for a stored frequency: a choice's name, or the free
    // text unchanged.
    static QString displayText(const QString &stored);
    // What to store for text a user typed or picked: the key of the choice
    // whose name or key it matches (ignoring case), else the trimmed text.
    static QString fromText(const QString &text);
};
