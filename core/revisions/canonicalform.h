#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

struct Agreement;

// The canonical form of an agreement's content: the unit Dutymap hashes,
// stores in a signed revision and compares. It is the JSON of
// docs/json-format.md, compact, keys sorted, without what is bookkeeping
// rather than content (format version, next id, the typed status and
// revision number, the revisions themselves), so that signing, saving or
// reading a file in another format never changes a fingerprint.
class CanonicalForm
{
public:
    static QByteArray json(const Agreement &agreement);
    // SHA-256 of json(): 32 bytes.
    static QByteArray fingerprint(const Agreement &agreement);
    static QByteArray fingerprintOf(const QByteArray &canonicalJson);
    // The first 8 hex digits in two groups, "4f2a 91c0", as people read it.
    static QString shortText(const QByteArray &fingerprint);

    // A snapshot is the canonical JSON compressed, whole ("Z" and
    // qCompress) or as the difference from the next newer revision's
    // canonical JSON ("D"), so that fifty revisions of a large agreement
    // cost little more than one. unpackJson needs that newer JSON for a
    // difference; it returns an empty array for damaged data.
    static QByteArray pack(const QByteArray &canonicalJson);
    static QByteArray packDifference(const QByteArray &canonicalJson, const QByteArray &newerJson);
    static bool isDifference(const QByteArray &snapshot);
    static bool isSnapshot(const QByteArray &snapshot);
    static QByteArray unpackJson(const QByteArray &snapshot, const QByteArray &newerJson = {});
    // Reads canonical JSON as strictly as a JSON file, after checking it
    // against its fingerprint.
    static Result<Agreement> read(const QByteArray &canonicalJson, const QByteArray &fingerprint,
                                  const QString &sourceName);
};
