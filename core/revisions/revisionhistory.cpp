#include "revisions/revisionhistory.h"

#include "revisions/canonicalform.h"

#include <QCoreApplication>

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(RevisionHistory)
};

} // namespace

RevisionState RevisionHistory::state(const Agreement &a)
{
    using Status = AgreementDetails::Status;
    RevisionState s;
    if (a.revisions.isEmpty()) {
        // Nothing recorded: the typed fields of a file from before revisions.
        s.status = a.details.status;
        s.revision = std::max(1, a.details.revision);
        return s;
    }
    // Hashing costs about as much as building a report: only when there
    // is a signed revision to compare with.
    s.fingerprint = CanonicalForm::fingerprint(a);
    const Revision &last = a.revisions.last();
    s.lastSignedNumber = last.number;
    s.lastSignedOn = last.signedOn;
    if (last.fingerprint == s.fingerprint) {
        s.status = Status::Signed;
        s.revision = last.number;
    } else {
        s.status = a.details.status == Status::InReview ? Status::InReview : Status::Draft;
        s.revision = last.number + 1;
        s.changedSinceSigned = true;
    }
    return s;
}

QString RevisionHistory::describe(const RevisionState &s)
{
    const QString head = Tr::tr("revision %1, %2")
                             .arg(s.revision)
                             .arg(AgreementDetails::statusName(s.status).toLower());
    if (s.lastSignedNumber == 0)
        return head;
    if (!s.changedSinceSigned)
        return Tr::tr("%1 on %2").arg(head, s.lastSignedOn.toString(Qt::ISODate));
    return Tr::tr("%1 — changed since revision %2 signed on %3")
        .arg(head)
        .arg(s.lastSignedNumber)
        .arg(s.lastSignedOn.toString(Qt::ISODate));
}

Status RevisionHistory::sign(Agreement &a, QList<Signatory> signatories, const QDate &date)
{
    if (signatories.isEmpty())
        return Status::failure(Tr::tr("A revision needs at least one signatory."));
    if (!date.isValid())
        return Status::failure(Tr::tr("A revision needs the date it was signed."));
    for (Signatory &s : signatories) {
        if (s.name.trimmed().isEmpty())
            return Status::failure(Tr::tr("Every signatory needs a name."));
        if (s.partyId != 0 && !a.party(s.partyId))
            return Status::failure(
                Tr::tr("%1 signs for party %2, which does not exist.").arg(s.name).arg(s.partyId));
        if (!s.date.isValid())
            s.date = date;
    }
    const QByteArray json = CanonicalForm::json(a);
    Revision r;
    r.fingerprint = CanonicalForm::fingerprintOf(json);
    if (!a.revisions.isEmpty() && a.revisions.last().fingerprint == r.fingerprint)
        return Status::failure(Tr::tr("Revision %1 is already signed with this content.")
                                   .arg(a.revisions.last().number));
    r.number =
        a.revisions.isEmpty() ? std::max(1, a.details.revision) : a.revisions.last().number + 1;
    r.signedOn = date;
    r.signatories = std::move(signatories);
    r.snapshot = CanonicalForm::pack(json);
    // The revision before becomes the difference from this one.
    if (!a.revisions.isEmpty() && !CanonicalForm::isDifference(a.revisions.last().snapshot)) {
        const QByteArray previous = CanonicalForm::unpackJson(a.revisions.last().snapshot);
        if (!previous.isEmpty())
            a.revisions.last().snapshot = CanonicalForm::packDifference(previous, json);
    }
    a.revisions.append(std::move(r));
    a.details.status = AgreementDetails::Status::Signed;
    a.details.revision = a.revisions.last().number;
    return {};
}

const Revision *RevisionHistory::find(const Agreement &a, int number)
{
    for (const Revision &r : a.revisions)
        if (r.number == number)
            return &r;
    return nullptr;
}

QByteArray RevisionHistory::contentJson(const Agreement &a, int number)
{
    // A whole snapshot needs nothing newer.
    if (const Revision *r = find(a, number); r && !CanonicalForm::isDifference(r->snapshot))
        return CanonicalForm::unpackJson(r->snapshot);
    QByteArray newer;
    for (qsizetype i = a.revisions.size() - 1; i >= 0; --i) {
        const Revision &r = a.revisions.at(i);
        if (CanonicalForm::isDifference(r.snapshot) && newer.isEmpty())
            return {};
        newer = CanonicalForm::unpackJson(r.snapshot, newer);
        if (r.number == number)
            return newer;
        if (newer.isEmpty())
            return {};
    }
    return {};
}

void RevisionHistory::compact(Agreement &a)
{
    QByteArray newer;
    for (qsizetype i = a.revisions.size() - 1; i >= 0; --i) {
        Revision &r = a.revisions[i];
        const QByteArray json = CanonicalForm::unpackJson(r.snapshot, newer);
        if (json.isEmpty())
            return;
        if (!newer.isEmpty() && !CanonicalForm::isDifference(r.snapshot))
            r.snapshot = CanonicalForm::packDifference(json, newer);
        newer = json;
    }
}

Result<Agreement> RevisionHistory::open(const Agreement &a, int number)
{
    const Revision *r = find(a, number);
    if (!r)
        return Result<Agreement>::failure(Tr::tr("There is no signed revision %1.").arg(number));
    const QByteArray json = contentJson(a, number);
    Result<Agreement> content =
        CanonicalForm::read(json, r->fingerprint, Tr::tr("revision %1").arg(number));
    if (!content)
        return content;
    Agreement old = std::move(content).value();
    for (const Revision &earlier : a.revisions) {
        old.revisions.append(earlier);
        if (earlier.number == number)
            break;
    }
    // The newer revisions it was kept as a difference from stay behind:
    // it becomes the whole snapshot the older ones build on.
    old.revisions.last().snapshot = CanonicalForm::pack(json);
    old.details.status = AgreementDetails::Status::Signed;
    old.details.revision = number;
    // Not part of what was signed (canonicalform.cpp), so no revision keeps
    // them: they are the agreement's as it is now.
    old.details.ticketMapping = a.details.ticketMapping;
    old.details.savedReviews = a.details.savedReviews;
    return old;
}

Result<Agreement> RevisionHistory::restore(const Agreement &a, int number)
{
    Result<Agreement> old = open(a, number);
    if (!old)
        return old;
    Agreement draft = std::move(old).value();
    draft.revisions = a.revisions;
    draft.details.ticketMapping = a.details.ticketMapping;
    draft.details.savedReviews = a.details.savedReviews;
    draft.details.status = AgreementDetails::Status::Draft;
    draft.details.revision = a.revisions.last().number + 1;
    // Ids removed since that revision must not come back for new items.
    draft.nextId = std::max({draft.nextId, a.nextId, draft.computeNextId()});
    return draft;
}

QDate RevisionHistory::dueReview(const Agreement &a)
{
    const AgreementDetails &d = a.details;
    if (d.nextReview.isValid())
        return d.nextReview;
    if (!a.revisions.isEmpty() && a.revisions.last().signedOn.isValid())
        return a.revisions.last().signedOn.addMonths(d.reviewMonths);
    return d.dueReview();
}
