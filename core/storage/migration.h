#pragma once

struct Agreement;

// Brings an agreement read from an older .dutymap schema up to the current
// one: one function per version step, applied in order after reading. The
// file on disk changes only when the agreement is saved.
class Migration
{
public:
    // Version 1 had a typed status and revision number and no record of
    // signing. A file marked signed becomes that revision, signed by its
    // signatories on the effective date (the day of signing was not kept).
    static void fromVersion1(Agreement &agreement);
};
