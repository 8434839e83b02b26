#pragma once

#include <QString>

// One difference between two agreements, as AgreementDiff reports it: a
// stable kind for scripts and filters ("duty-added", "role-changed", ...;
// docs/json-format.md lists them), the item it is about and, for a changed
// field or cell, the value before and after as text.
struct Change {
    QString kind;
    QString list;    // "duties", "parties", "rules", ..., "details"
    int id = 0;      // the item's id in the newer agreement (the older one when removed); 0: none
    QString item;    // the item's title or name as a reader knows it
    int partyId = 0; // role-changed, access-changed: the party, by its id in the newer agreement
    QString party;   // and its label
    QString
        field; // the changed field ("title", "area", "responseMinutes"); empty for the whole item
    QString before;
    QString after;

    // A sentence for a reader: "Duty “Patch servers”: MSP A/R → R".
    QString sentence() const;

    friend bool operator==(const Change &, const Change &) = default;
};

// One place where a three-way merge found both sides changed the same thing
// differently (or one side edited what the other removed). The merged
// agreement keeps the item as in "ours"; the texts let a person decide.
struct MergeConflict {
    QString
        kind; // the change kind it is about: "duty-changed", "role-changed", "duty-removed", ...
    QString list;
    int id = 0;
    QString item;
    int partyId = 0;
    QString party;
    QString field;
    QString base;
    QString ours;
    QString theirs;

    QString sentence() const;

    friend bool operator==(const MergeConflict &, const MergeConflict &) = default;
};
