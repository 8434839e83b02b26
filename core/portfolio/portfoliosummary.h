#pragma once

#include "model/agreement.h"
#include "result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

class PortfolioFollower;

// What the portfolio lists of one agreement, computed when it is saved so
// that a folder or a database of agreements lists without loading each one.
// A .dutymap file keeps it in its meta table, the shared store in a column.
struct PortfolioSummary {
    // The key of the .dutymap meta row that holds toJson(), written at save.
    static constexpr const char *MetaKey = "portfolio_summary";

    QString title;
    QString client;
    QString provider;
    QString modelId;
    AgreementDetails::Status status = AgreementDetails::Status::Draft;
    int revision = 1;         // the draft's number, or the signed one's
    int lastSignedNumber = 0; // 0: never signed
    QDate lastSignedOn;
    bool changedSinceSigned = false;
    QDate nextReview; // null: no review date can be told
    int errors = 0;
    int warnings = 0;
    int duties = 0;
    int dutiesWithResponsible = 0; // duties someone is Responsible for
    int providerResponsible = 0;   // of those, the ones a provider is Responsible for

    // The provider's share of the duties someone is Responsible for, 0 to 1;
    // 0 for an agreement without any.
    double providerShare() const
    {
        return dutiesWithResponsible == 0 ? 0.0
                                          : double(providerResponsible) / dutiesWithResponsible;
    }

    // Overdue on a day: the review date has passed.
    bool overdueOn(const QDate &today) const { return nextReview.isValid() && nextReview < today; }
    // Due within the next days (30 in the portfolio), not overdue.
    bool dueWithin(const QDate &today, int days) const
    {
        return nextReview.isValid() && nextReview >= today && nextReview <= today.addDays(days);
    }

    static PortfolioSummary of(const Agreement &agreement);

    // Version 1 of the stored form; reading is strict about types and
    // ranges, since a summary may come from a file or a row anyone wrote.
    QJsonObject toJson() const;
    static Result<PortfolioSummary> fromJson(const QJsonObject &json);

    friend bool operator==(const PortfolioSummary &, const PortfolioSummary &) = default;
};

// One agreement of a portfolio, wherever it lives: a file in a folder or a
// row in the shared store. Without a summary when it could not be read; the
// error then says why, and the portfolio still lists it.
struct PortfolioEntry {
    QString location; // a file's path, or the agreement's name in the store
    QString savedBy;  // empty when unknown (a file does not record it)
    QDateTime savedAt;
    std::optional<PortfolioSummary> summary;
    QString error;
};

// Where a portfolio's agreements come from. list() reads only what the
// portfolio shows, never whole agreements; open() reads one of them fully.
class PortfolioSource
{
public:
    virtual ~PortfolioSource() = default;
    virtual QString name() const = 0; // "/srv/agreements", "postgresql://…/msp"
    // The folder whose files are listed, their locations being paths; empty
    // when locations are names (the shared store).
    virtual QString folder() const { return {}; }
    virtual Result<QList<PortfolioEntry>> list() = 0;
    virtual Result<Agreement> open(const QString &location) = 0;
    // Tells of entries that changed after list(), or null when the source
    // cannot be followed (the view then re-lists when asked).
    virtual std::unique_ptr<PortfolioFollower> follow();
};
