#pragma once

#include "checks/finding.h"

#include <QList>

struct Agreement;
struct Duty;

// The three security questions of docs/architecture.md — who monitors, who remediates, who
// approves — answered for one security duty (Duty::Kind::Security) from the
// RACI and the duties around it:
//
// - remediates: the parties Responsible for the duty; they carry out the
//   fixes.
// - approves: the parties Accountable for it; they sign the outcome off
//   (the RACI rules want exactly one).
// - monitors: the parties Responsible for a monitoring duty that watches
//   the same ground: a duty in the same area, or on the same system, whose
//   catalog key or title says "monitor", "alert" or "detect" (the duty itself
//   counts when it is one). Where none does, the parties Responsible for a
//   security monitoring duty (a monitoring duty of kind Security, such as
//   security alert monitoring), which watches the whole estate. Where the
//   agreement has none either, the parties Informed of the duty, since they
//   are the ones told how it goes. Parties appear once, in the agreement's
//   party order.
//
// Party ids are those of existing parties only.
struct SecurityOwnership {
    int dutyId = 0;
    QList<int> monitorIds, remediatorIds, approverIds;

    // One entry per security duty, in list order.
    static QList<SecurityOwnership> of(const Agreement &agreement);

    // True for a duty that watches for problems, by the words above.
    static bool isMonitoring(const Duty &duty);

    // Warnings "security.no-monitor", "security.no-remediator" and
    // "security.no-approver" where one of the three is missing, and the note
    // (Info) "security.provider-approves" where a service provider or vendor
    // is among the approvers; in duty order.
    static QList<Finding> findings(const Agreement &agreement);

    friend bool operator==(const SecurityOwnership &, const SecurityOwnership &) = default;
};
