#pragma once

#include "result.h"
#include "review/servicereview.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

struct Agreement;

// The figures of one service review, kept in the agreement when the user
// saves the review, so that the next one shows how things moved from
// quarter to quarter. Only figures are kept, never the tickets: volume per
// period, after hours, times against targets, the breakdowns by urgency,
// category and party, routing as practised, and how many findings there
// were.
struct SavedReview {
    // One month or quarter of the review.
    struct Period {
        QString label; // "2024-07", "2024 Q3"
        QDate first;
        QDate last;
        int volume = 0;
        int afterHours = 0;
        TimeFigures response;
        TimeFigures resolution;
        friend bool operator==(const Period &, const Period &) = default;
    };

    QString name; // "2024 Q3", or the dates; unique within an agreement, ignoring case
    QDate first;  // the days reviewed, both included
    QDate last;
    QDate savedOn;
    ReviewOptions::Period period = ReviewOptions::Period::Month;
    int volume = 0;
    int afterHours = 0;
    TimeFigures response;
    TimeFigures resolution;
    int rated = 0;
    double satisfaction = 0; // mean of the ratings, 0 … 1
    QList<Period> periods;
    QList<ReviewGroup> byUrgency;
    QList<ReviewGroup> byCategory;
    QList<ReviewGroup> byParty; // party ids as they were; labels as they read then
    QList<Misroute> misroutes;
    int uncovered = 0;           // tickets no rule matched
    int afterHoursUnhandled = 0; // after hours with nobody named
    int findings = 0;
    int warnings = 0; // findings that are warnings

    static constexpr int MaxPerAgreement = 400; // a hundred years of quarters
    // Per breakdown: the largest groups of a review with more are kept, so
    // that one saved review stays well below a file's limit for one text.
    static constexpr int MaxGroups = 500;

    // The figures of a review, named after its period ("2024 Q3" for a
    // calendar quarter, "2024-07" for a month, else "2024-07-01 – 2024-09-15").
    static SavedReview from(const ServiceReview &review, QDate savedOn);
    static QString defaultName(QDate first, QDate last);

    // Tickets handled by a party other than the rule names.
    int misrouted() const;

    QJsonObject toJson() const;
    // Strict: every key, count and date is checked; the error names the key
    // ("byParty[2].volume is not a count"), for the caller to say where.
    static Result<SavedReview> fromJson(const QJsonObject &object);

    // A list as an agreement keeps it: oldest period first, names unique.
    // The error names the review ("[3]: …").
    static Result<QList<SavedReview>> listFromJson(const QJsonValue &value);
    static QJsonValue listToJson(const QList<SavedReview> &reviews);

    // The list with `review` added, replacing a saved review of the same
    // period or name; oldest first.
    static QList<SavedReview> withSaved(QList<SavedReview> reviews, const SavedReview &review);

    friend bool operator==(const SavedReview &, const SavedReview &) = default;
};

// How the current review compares with the reviews saved before it: one
// point per saved review that ends before the current one starts, oldest
// first, then the current review itself. For the trend lines of the Review
// tab and the report.
struct ReviewTrend {
    struct Point {
        QString name;
        QDate first;
        QDate last;
        int volume = 0;
        double ticketsPerMonth = 0; // volume over the months covered, so periods compare
        int afterHours = 0;
        std::optional<double> responseAttainment;
        std::optional<double> resolutionAttainment;
        int responseMedianMinutes = -1;
        int resolutionMedianMinutes = -1;
        int misrouted = 0;
        int findings = 0;
        bool current = false;
        friend bool operator==(const Point &, const Point &) = default;
    };
    QList<Point> points;

    // Earlier saved reviews and the current one; without saved ones, only
    // the current point.
    static ReviewTrend of(const ServiceReview &current, const QList<SavedReview> &saved);
    bool hasHistory() const { return points.size() > 1; }
    // The point before the current one, if any.
    const Point *previous() const;
    const Point &latest() const { return points.constLast(); }
};
