#pragma once

#include "result.h"

class QSqlDatabase;

// The tables of the shared store, in the PostgreSQL schema "dutymap",
// versioned like the file format: dutymap.meta holds schema_version.
// init() creates the store or upgrades it one step at a time, in one
// transaction; check() tells a program whether it can use a store as it is.
//
// Version 1: the agreements (the JSON of docs/json-format.md, as jsonb)
// with a version for optimistic locking, and the audit of every save.
// Version 2: the portfolio summary of each agreement, computed from the
// rows already there.
class DatabaseSchema
{
public:
    static constexpr int Version = 2;

    // 0 when the database has no Dutymap store yet.
    static Result<int> versionOf(QSqlDatabase &db);
    // Creates the store, or upgrades it to `targetVersion` (tests build
    // older stores with it). A store from a newer Dutymap is refused.
    static Status init(QSqlDatabase &db, int targetVersion = Version);
    static Status check(QSqlDatabase &db);
};
