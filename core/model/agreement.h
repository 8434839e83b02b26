#pragma once

#include "model/area.h"
#include "model/assessment.h"
#include "model/businesshours.h"
#include "model/duty.h"
#include "model/escalationrule.h"
#include "model/party.h"
#include "model/system.h"
#include "model/tool.h"
#include "review/savedreview.h"
#include "review/ticketmapping.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

// Someone who signs the agreement for one party.
struct Signatory {
    QString name;
    QString title; // "CFO", "Account manager"
    int partyId = 0;
    QDate date;   // when this person signed; null: not yet
    QString note; // "signed on paper"

    friend bool operator==(const Signatory &, const Signatory &) = default;
};

// One signed revision of an agreement: who signed it, when, and the content
// as it was, frozen. The content is kept as its canonical JSON, compressed
// (core/revisions/canonicalform.h), so that a file holding many revisions
// stays small and opens without unpacking them; the fingerprint is the
// SHA-256 of that JSON.
struct Revision {
    int number = 1;
    QDate signedOn;
    QList<Signatory> signatories; // party ids refer to the snapshot's parties
    QByteArray fingerprint;       // 32 bytes
    QByteArray snapshot;          // qCompress()ed canonical JSON

    friend bool operator==(const Revision &, const Revision &) = default;
};

// A kind of ticket the routing rules match on, and the service area whose
// duties cover it (the routing lint checks escalation targets against them).
struct TicketCategory {
    QString name;
    int areaId = 0; // 0: none

    friend bool operator==(const TicketCategory &, const TicketCategory &) = default;
};

// The header of an agreement: everything that is not a list of items.
struct AgreementDetails {
    enum class Status { Draft, InReview, Signed };

    QString title;
    QString client;
    QString provider;
    QString modelId; // template the agreement started from
    // The language of the template words it started in ("de"), which words
    // added later from the catalog follow; empty: not recorded (English).
    QString language;
    QDate effectiveDate;
    int reviewMonths = 6; // review cadence
    QDate nextReview;     // null: effective date plus the cadence
    // Typed by hand before revisions were recorded; now what a reader of an
    // older file found, or "in review" set by the user. The state shown is
    // RevisionHistory::state(), which derives from the signed revisions.
    Status status = Status::Draft;
    int revision = 1; // the draft's number while no revision is signed
    QList<Signatory> signatories;
    QList<TicketCategory> ticketCategories;
    QStringList locations; // named sites for routing
    // When tickets count as in hours; none in files from before business
    // hours were kept, and then hours() assumes the usual ones.
    std::optional<BusinessHours> businessHours;
    // How the help desk's ticket export is read, as last chosen; none until
    // a review asked.
    std::optional<TicketMapping> ticketMapping;
    // The figures of the service reviews saved so far, oldest period first.
    // A record of what happened rather than terms: not part of the signed
    // content (core/revisions/canonicalform.h).
    QList<SavedReview> savedReviews;
    QString notes;

    // The agreement's business hours, or Monday to Friday 08:00 to 18:00 in
    // the system's time zone when it states none.
    BusinessHours hours() const { return businessHours.value_or(BusinessHours::standard()); }

    QDate dueReview() const
    {
        if (nextReview.isValid())
            return nextReview;
        return effectiveDate.isValid() ? effectiveDate.addMonths(reviewMonths) : QDate();
    }

    // Tickets name their category and their site, and routing matches them
    // ignoring case, so two categories (or two sites) of one name would be
    // one. The name listed a second time, ignoring case and the spaces around
    // it, or an empty string when every name is unique.
    QString duplicateCategory() const;
    QString duplicateLocation() const;
    static QString firstDuplicate(const QStringList &names);

    static QString statusKey(Status s);
    static std::optional<Status> statusFromKey(QStringView key);
    static QString statusName(Status s);

    friend bool operator==(const AgreementDetails &, const AgreementDetails &) = default;
};

// Who does what: the derived label shown beside each duty.
enum class Ownership { Internal, Provider, Shared, Unassigned };

// One co-managed relationship between one client and one provider: the
// whole content of a .dutymap file. Lists are kept in display order; ids are
// unique across all lists and never reused.
struct Agreement {
    AgreementDetails details;
    QList<Party> parties;
    QList<Area> areas;
    QList<System> systems;
    QList<Duty> duties;
    QList<EscalationRule> rules;
    QList<Tool> tools;
    Assessment assessment;
    QList<Revision> revisions; // signed revisions, oldest first
    int nextId = 1;

    // Readers refuse larger ids: they stop far below INT_MAX so that the
    // next id, and the ids later edits take, can never overflow an int.
    static constexpr int MaxId = 1'000'000'000;

    int takeId() { return nextId++; }

    const Party *party(int id) const;
    const Area *area(int id) const;
    const System *system(int id) const;
    const Duty *duty(int id) const;
    const Tool *tool(int id) const;
    qsizetype indexOfParty(int id) const;
    qsizetype indexOfArea(int id) const;
    qsizetype indexOfSystem(int id) const;
    qsizetype indexOfDuty(int id) const;
    qsizetype indexOfRule(int id) const;
    qsizetype indexOfTool(int id) const;

    // The party a person means by a name or a short code, ignoring case: a
    // party of that name first, else one with that code; nullptr for none.
    const Party *findParty(QStringView nameOrCode) const;
    // The first party of that kind, or nullptr.
    const Party *firstOfKind(Party::Kind kind) const;

    // Who performs a duty: Internal when only client-side parties are
    // Responsible, Provider when only external ones are, Shared when both,
    // Unassigned when nobody is.
    Ownership ownershipOf(const Duty &duty) const;

    // The highest id in use, plus one; for repairing nextId after loading.
    int computeNextId() const;

    static QString ownershipName(Ownership o);
    static QString ownershipKey(Ownership o);

    friend bool operator==(const Agreement &, const Agreement &) = default;
};
