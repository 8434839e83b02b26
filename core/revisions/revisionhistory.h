#pragma once

#include "model/agreement.h"
#include "result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

// Where an agreement stands against its signed revisions: what the title
// bar, the Details page, the exports and the health check say about it.
struct RevisionState {
    AgreementDetails::Status status = AgreementDetails::Status::Draft;
    int revision = 1;         // the number the current content has, or will have when signed
    int lastSignedNumber = 0; // 0: nothing signed yet
    QDate lastSignedOn;       // of that revision
    bool changedSinceSigned = false;
    QByteArray fingerprint; // of the current content; empty while nothing is signed
};

// The signed revisions of an agreement: signing the current content,
// the state that follows from them, and reading an old revision back.
// Status is derived here instead of being typed: signed while the content
// is the last signed revision's, draft (or in review) after any change.
class RevisionHistory
{
public:
    static RevisionState state(const Agreement &agreement);
    // "revision 3, draft — changed since revision 2 signed on 2026-05-01"
    static QString describe(const RevisionState &state);

    // Records the sign-off of the current content as a new revision.
    // Signatories without a date signed on `date`. Fails when nobody signs,
    // a signatory's party does not exist, or the content is already the
    // last signed revision.
    static Status sign(Agreement &agreement, QList<Signatory> signatories, const QDate &date);

    static const Revision *find(const Agreement &agreement, int number);
    // The canonical JSON of revision `number`, unpacked from its snapshot
    // (and the newer ones it is kept as a difference from); empty when a
    // snapshot is damaged.
    static QByteArray contentJson(const Agreement &agreement, int number);
    // Keeps the last revision whole and every older one as the difference
    // from the next: after reading revisions stored whole (JSON).
    static void compact(Agreement &agreement);
    // The agreement exactly as signed in revision `number`, with the
    // revisions up to it: to open read-only or export as it was.
    static Result<Agreement> open(const Agreement &agreement, int number);
    // The content of revision `number` as the new draft of `agreement`: its
    // revisions stay, and new ids continue after every id used so far.
    static Result<Agreement> restore(const Agreement &agreement, int number);

    // The next review: the date set by hand, else the cadence counted from
    // the last signed revision, else from the effective date.
    static QDate dueReview(const Agreement &agreement);
};
