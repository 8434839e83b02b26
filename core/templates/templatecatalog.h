#pragma once

#include "model/duty.h"
#include "model/system.h"
#include "result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

// The areas, systems, tools and duties that responsibility models share,
// each under a stable string id (catalog.json). Several catalog files can be
// layered: a user's catalog adds items and replaces those with the same id.
class TemplateCatalog
{
public:
    struct AreaEntry {
        QString id;
        QString name;
    };
    struct SystemEntry {
        QString id;
        QString name;
        QString kind;
        System::Criticality criticality = System::Criticality::Medium;
    };
    struct ToolEntry {
        QString id;
        QString name;
        QString category;
    };
    struct DutyEntry {
        QString id;
        QString area;
        QString system; // empty: not about one system
        QString title;
        QString description;
        Duty::Kind kind = Duty::Kind::Task;
        QString frequency;
        QStringList controls;
        QStringList tools;
    };

    const QList<AreaEntry> &areas() const { return m_areas; }
    const QList<SystemEntry> &systems() const { return m_systems; }
    const QList<ToolEntry> &tools() const { return m_tools; }
    const QList<DutyEntry> &duties() const { return m_duties; }

    const AreaEntry *area(const QString &id) const;
    const SystemEntry *system(const QString &id) const;
    const ToolEntry *tool(const QString &id) const;
    const DutyEntry *duty(const QString &id) const;

    // Layers one catalog file over this catalog. New ids are appended; an id
    // already known replaces the earlier item in place, so the order stays
    // that of the first catalog. A file with any problem changes nothing and
    // fails with a sentence naming the key.
    Status merge(const QJsonObject &root);

    // A copy with its words in another language. textOf maps a key path
    // ("areas.help-desk.name", "duties.ticket-triage.frequency") to its
    // translation, or to an empty text to keep the original.
    TemplateCatalog translated(const std::function<QString(const QString &)> &textOf) const;

private:
    QList<AreaEntry> m_areas;
    QList<SystemEntry> m_systems;
    QList<ToolEntry> m_tools;
    QList<DutyEntry> m_duties;
};
