#pragma once

#include "revisions/change.h"

#include <QList>

struct Agreement;

// What changed from one agreement to another: duties added, removed, moved
// to another area, retitled or otherwise changed, every RACI cell, parties,
// escalation rules (fields and order), categories, sites, systems, tools and
// access, signatories, details and the assessment. Items are matched by id
// within one lineage (two revisions or copies of one agreement) and by key,
// code or title across unrelated files.
class AgreementDiff
{
public:
    enum class Matching {
        Auto, // by id when the two share a signed revision or most duty ids
        ById,
        ByName,
    };

    // Changes from `older` to `newer`, in a fixed order: details, parties,
    // areas, systems, tools, duties, rules, categories, sites, signatories,
    // assessment; within a list, in the newer agreement's order, removals last.
    static QList<Change> compare(const Agreement &older, const Agreement &newer,
                                 Matching matching = Matching::Auto);
    static bool sameLineage(const Agreement &a, const Agreement &b);
};
