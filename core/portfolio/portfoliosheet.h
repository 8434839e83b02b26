#pragma once

#include "portfolio/portfoliotable.h"

#include <QByteArray>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

// The portfolio as exported: the rows as shown (filtered and sorted), each
// cell's text and value, and the counts the one-pager leads with. CSV, text
// and JSON are written here; the PDF and XLSX in render/ from the same.
struct PortfolioSheet {
    Q_DECLARE_TR_FUNCTIONS(PortfolioSheet)

public:
    struct Row {
        QStringList cells;   // text, one per column
        QVariantList values; // PortfolioTable::value(), one per column
        PortfolioTable::Review review = PortfolioTable::Review::Unknown;
        bool errors = false;     // errors among the findings, or unreadable
        bool unreadable = false; // the file could not be read
    };

    QString source; // the folder or database
    QDate date;     // "today" for overdue and due soon
    QList<PortfolioTable::Column> columns;
    QStringList headers;
    QList<Row> rows;
    QJsonArray entries; // PortfolioTable::toJson() of each row
    int overdue = 0;
    int dueSoon = 0;
    int withErrors = 0;
    int notSigned = 0;

    static PortfolioSheet build(const QList<PortfolioEntry> &entries, const PortfolioTable &table,
                                const QString &source);

    // UTF-8 with a byte order mark, RFC 4180, cells neutralised against
    // spreadsheet formulas (as CsvFormat writes them).
    QByteArray csv() const;
    // Aligned columns for a terminal, then the problems of unreadable files.
    QString text() const;
    QJsonDocument json() const;
    // "Agreements: 12 · overdue: 3 · due within 30 days: 2 · with errors: 1 · not signed: 4"
    QString countsSentence() const;
};
