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

    // A snapshot is the canonical JSON compressed; these turn one into the
    // other. unpack checks the fingerprint and reads the content as strictly
    // as a JSON file.
    static QByteArray pack(const QByteArray &canonicalJson);
    static Result<Agreement> unpack(const QByteArray &snapshot, const QByteArray &fingerprint,
                                    const QString &sourceName);
};
