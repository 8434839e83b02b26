#pragma once

#include "model/agreement.h"
#include "result.h"
#include "revisions/change.h"

#include <QList>

// The outcome of a three-way merge: the merged agreement, holding every
// change only one side made, and the conflicts, whose items stay as in "ours".
struct MergeOutcome {
    Agreement merged;
    QList<MergeConflict> conflicts;
};

// Merges two edited copies of one agreement (ours, theirs) against the
// revision both started from (base). A change made on one side only is
// taken; the same field, RACI cell, access level or rule order changed
// differently on both sides, or an item edited on one side and removed on
// the other, is a conflict. Items both sides added under the same id are
// kept apart: theirs get new ids.
class ThreeWayMerge
{
public:
    static Result<MergeOutcome> merge(const Agreement &base, const Agreement &ours,
                                      const Agreement &theirs);
};
