#pragma once

#include <QString>

// One thing the health check found wrong or worth a look in an agreement:
// a stable code for tools and filters, a sentence for a manager, and the
// ids of the duty, party, tool or escalation rule it is about.
struct Finding {
    enum class Severity { Error, Warning, Info };

    Severity severity = Severity::Warning;
    QString code;    // stable, e.g. "raci.no-accountable"
    QString message; // names the duty, party or tool it is about
    int dutyId = 0;  // 0: not about one duty
    int partyId = 0;
    int toolId = 0;
    int ruleId = 0; // escalation rule

    // "error", "warning", "info": for files and the command line.
    static QString severityKey(Severity severity);
    // The translated word shown to a user.
    static QString severityName(Severity severity);

    friend bool operator==(const Finding &, const Finding &) = default;
};
