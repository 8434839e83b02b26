#pragma once

#include "model/agreement.h"
#include "result.h"
#include "revisions/threewaymerge.h"

#include <QList>
#include <QString>

// How a person settled one merge conflict: keep ours (what the merged
// agreement already holds), take theirs, or type the value.
struct Settlement {
    enum class Choice { Ours, Theirs, Edited };
    Choice choice = Choice::Ours;
    QString edited; // the value typed, for Edited: roles as "A/R", a text, a number
};

// Applies the settlements of a three-way merge's conflicts to its merged
// agreement, so that nothing either side wrote is lost without a decision.
class ConflictSettlement
{
public:
    // Whether a conflict can be settled by typing a value: a changed text,
    // number or RACI cell; not a removal, an order or a reference.
    static bool canEdit(const MergeConflict &conflict);

    // The merged agreement with every settlement applied; `settlements`
    // lines up with outcome.conflicts (missing ones keep ours). Fails with a
    // sentence when a typed value does not fit or the result is not a
    // valid agreement (theirs removed a party that ours still uses).
    static Result<Agreement> apply(const MergeOutcome &outcome, const Agreement &theirs,
                                   const QList<Settlement> &settlements);
};
