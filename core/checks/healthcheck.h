#pragma once

#include "checks/finding.h"

#include <QDate>
#include <QList>

struct Agreement;

// The limits the health check applies; the defaults suit a typical
// co-managed agreement.
struct CheckOptions {
    QDate today = QDate::currentDate(); // a review due before this is overdue
    int maxConsulted = 4;               // more Consulted parties than this slows decisions
    double maxAccountableShare = 0.85;  // of all duties, for one party but internal IT
    int minDutiesForShare = 10;         // below this, shares say little
};

// Checks an agreement against what a healthy co-managed relationship never
// does (docs/architecture.md): RACI gaps, decision authority handed to the provider,
// internal IT locked out of tools or duties, tool access nobody needs,
// security duties with no one to monitor, remediate or approve, routing
// that leaves tickets with no one. Findings come in a fixed order:
// agreement-level, then duties in list order, then parties, tools, security
// duties and escalation rules.
class HealthCheck
{
public:
    static QList<Finding> run(const Agreement &agreement, const CheckOptions &options = {});
    // Only the escalation-rule findings ("routing.*"), as run() reports them.
    // Rules are named by their number in the list ("rule 3").
    static QList<Finding> routing(const Agreement &agreement);
    static int count(const QList<Finding> &findings, Finding::Severity severity);
};
