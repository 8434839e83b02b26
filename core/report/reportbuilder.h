#pragma once

#include "report/report.h"

#include <QDate>

struct Agreement;
struct Duty;
class TemplateLibrary;

// The responsibility model an agreement follows, in words for the summary.
struct ModelDescription {
    QString name;
    QString bestFor;
    QString summary;
};

// What a report covers and the facts it is built against.
struct ReportOptions {
    // Non-zero: limit the report to that party's responsibilities (its own
    // party list, and only the matrix rows where it holds a role).
    int partyId = 0;
    // The day the health check counts from (an overdue review is a finding).
    QDate today = QDate::currentDate();
    // The agreement's model in words, from the templates the program loaded
    // (ReportBuilder::describeModel()). Left empty, the built-in model of
    // the agreement's model id is used: the builder reads no folders.
    ModelDescription model;
};

// Turns an agreement into the content every document export renders
// (report.h): cover, executive summary, matrix by area, per-party lists,
// escalation, tools, security ownership, review, findings, signatures.
// Linear in the size of the agreement: 10,000 duties build in milliseconds.
class ReportBuilder
{
public:
    static report::Report build(const Agreement &agreement, const ReportOptions &options = {});

    // The model `modelId` of `library` in words, in `language` where the
    // templates are translated; its id alone when the library has no such
    // model, nothing for an empty id.
    static ModelDescription describeModel(const TemplateLibrary &library, const QString &modelId,
                                          const QString &language = {});

    // True when a duty belongs in a report made with these options: always
    // without a party filter, else when the party holds any role on it.
    static bool inScope(const Duty &duty, const ReportOptions &options);
};
