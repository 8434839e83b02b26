#pragma once

#include "report/report.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

struct Agreement;
struct ServiceReview;

// The service review as a document for a leadership meeting, built once
// from a review and rendered by every document format (PDF, HTML,
// Markdown), so they never disagree. Like report::Report, every string is
// final display text in the agreement's language.
namespace report {

// A headline figure: "First response within target: 87 %, 412 of 474".
struct Figure {
    QString key; // stable: "tickets", "afterHours", "response", "resolution", ...
    QString label;
    QString value;
    QString detail;         // one line under the value; may be empty
    bool attention = false; // below the bar the agreement should meet
};

// A finding of the review with its severity as words.
struct ReviewFinding {
    QString severityKey; // "error", "warning", "info"
    QString severity;    // translated
    QString message;
};

// Bars split into coloured parts: one bar per category (a month), one part
// per series (a party).
struct StackedChart {
    struct Series {
        QString name;
        QString color; // "#rrggbb"
    };
    QString title;
    QString valueLabel;
    QList<Series> series;
    QStringList categories;
    QList<QList<double>> values; // [category][series]

    double total(qsizetype category) const;
    bool isEmpty() const { return categories.isEmpty() || series.isEmpty(); }
};

struct ReviewReport {
    QString title;   // "Service review: Co-managed IT agreement"
    QString byline;  // "Acme Corp and Contoso IT · Prepared on 2024-10-03"
    QString summary; // "2024-07-01 to 2024-09-30: 3,204 tickets, 812 of them after hours. …"
    QList<Figure> figures;
    QString findingsHeading;
    QList<ReviewFinding> findings;
    StackedChart volume; // tickets per period by party
    QList<Chart> charts; // attainment by urgency, misroutes by category
    QList<Section> sections;
    QString language; // the agreement's, empty for English

    static ReviewReport build(const ServiceReview &review, const Agreement &agreement,
                              const QDate &today = QDate::currentDate());
};

// Whether a column of a table holds counts, shares or times (or nothing),
// which read right-aligned.
bool isNumericColumn(const Table &table, qsizetype column);

} // namespace report
