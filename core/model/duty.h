#pragma once

#include "model/raci.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// One line of the responsibility matrix: a task, a security duty, an
// approval or decision, or a project, with the roles each party holds.
struct Duty {
    enum class Kind { Task, Security, Approval, Project };

    int id = 0;
    QString key; // catalog id it came from, empty for duties a user added
    int areaId = 0;
    int systemId = 0; // 0: not about one system
    QString title;
    QString description;
    Kind kind = Kind::Task;
    QString frequency;    // "daily", "monthly", "per request", ...
    QStringList controls; // "NIST CSF PR.AA-01", "CIS 5.3"
    QString notes;
    QList<int> toolIds;    // tools the duty needs
    QMap<int, Raci> roles; // party id -> roles; parties without roles are absent

    Raci rolesOf(int partyId) const { return roles.value(partyId); }
    void setRoles(int partyId, Raci raci)
    {
        if (raci.isEmpty())
            roles.remove(partyId);
        else
            roles.insert(partyId, raci);
    }
    int countOf(Raci::Role role) const
    {
        int n = 0;
        for (const Raci r : roles)
            n += r.has(role) ? 1 : 0;
        return n;
    }

    static QString kindKey(Kind kind);
    static std::optional<Kind> kindFromKey(QStringView key);
    // A kind as people write it in a sheet: its key or its name, ignoring case.
    static std::optional<Kind> kindFromText(QStringView text);
    static QString kindName(Kind kind);

    friend bool operator==(const Duty &, const Duty &) = default;
};
