#pragma once

#include "model/raci.h"

#include <QList>
#include <QString>
#include <QStringList>

// The content of an exported agreement, built once from the agreement by
// ReportBuilder and rendered by every document format (PDF, Markdown, HTML,
// XLSX, ...), so formats never disagree. Every string is final display text,
// already translated; renderers only lay it out and never interpret it as
// markup.
namespace report {

// A party as a column of the matrix.
struct PartyColumn {
    int id = 0;
    QString name;
    QString code;  // short column label, "IT", "MSP"
    QString color; // "#rrggbb", empty for none
};

struct Cover {
    QString title;
    QString client;
    QString provider;
    QString model; // the responsibility model's name, empty when none
    QString effectiveDate;
    QString status;
    QString revision;
    QString nextReview;
};

// One bar of a bar chart.
struct Bar {
    QString label;
    double value = 0;
    QString color; // "#rrggbb"
};

struct Chart {
    QString title;
    QString valueLabel;    // what the numbers count, "duties"
    QString categoryLabel; // what the bars are, "Party", "Area"
    QList<Bar> bars;
};

struct Summary {
    QStringList paragraphs;        // plain words: the model and why, the split
    QList<Chart> charts;           // per party, per area
    QStringList internalAuthority; // what internal IT keeps authority over
    QString authorityHeading;      // "Internal IT keeps authority over", empty without one
    int openFindings = 0;          // errors and warnings
};

struct MatrixRow {
    int dutyId = 0;
    QString title;
    QString kind;      // "Task", "Security", ...
    QString system;    // empty: not about one system
    QList<Raci> roles; // one per Matrix::parties entry
    QString ownership; // "Internal", "Provider", "Shared", "Unassigned"
};

struct MatrixGroup {
    QString area;
    QList<MatrixRow> rows;
};

struct Matrix {
    QList<PartyColumn> parties;
    QList<MatrixGroup> groups;
    int dutyCount() const
    {
        int n = 0;
        for (const MatrixGroup &g : groups)
            n += int(g.rows.size());
        return n;
    }
};

// "What the MSP does": every duty a party is Responsible or Accountable
// for, grouped by area.
struct PartyDuty {
    QString title;
    QString roles;     // "A/R"
    QString frequency; // as shown: a choice's name or free text; may be empty
    QString description;
};

struct PartyDutyGroup {
    QString area;
    QList<PartyDuty> duties;
};

struct PartyList {
    PartyColumn party;
    QString heading; // "What Managed service provider does"
    QList<PartyDutyGroup> groups;
};

// A plain table with a caption; cells are text.
struct Table {
    QString caption;
    QStringList header;
    QList<QStringList> rows;
};

// A titled part of the agreement made of paragraphs and tables: escalation
// path and rules, tool access, security ownership, review cadence, open
// findings. Renderers draw every section the same way, in order.
struct Section {
    QString id; // stable: "escalation", "tools", "security", "review", "findings"
    QString heading;
    QStringList paragraphs;
    QList<Table> tables;
};

struct Signature {
    QString party;
    QString name;
    QString title;
};

struct Report {
    Cover cover;
    Summary summary;
    Matrix matrix;
    QList<PartyList> partyLists;
    QList<Section> sections;
    QList<Signature> signatures;
    QString legend;      // "R Responsible · A Accountable · C Consulted · I Informed"
    QString partyFilter; // the party name when limited to one party, else empty
    // The agreement's language (AgreementDetails::language), which the
    // report's words are in and every format writes them in
    // (DocumentLanguage); empty for English.
    QString language;
};

} // namespace report
