#pragma once

#include "model/agreement.h"
#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// Reads a responsibility matrix from CSV (the layout of docs/csv-format.md,
// as CsvFormat writes it, or as a person types it in a spreadsheet). The
// header row names the columns: Area, Duty, Kind, System, Ownership (derived,
// ignored on import) in any order and case, and one column per party by
// name or short code. Roles accept the usual spellings ("A/R", "R/A",
// "Accountable", "ar", "-" for none).
//
// Every bad cell is reported with its row and column, not just the first,
// and nothing is imported unless the whole file is good: the outcome holds
// either an agreement or the problems, never both.
class CsvImport
{
public:
    static constexpr qint64 MaxBytes = 64 * 1024 * 1024;
    static constexpr qsizetype MaxCellChars = 64 * 1024;
    static constexpr int MaxRows = 1'000'000;
    static constexpr int MaxColumns = 1000;
    // Problems beyond this many are counted, not listed.
    static constexpr int MaxProblemsListed = 100;

    struct Problem {
        int row = 0;     // 1 is the header row, as a spreadsheet numbers them; 0: the file
        int column = 0;  // 1 is column A; 0: the whole row
        QString message; // the complete sentence, naming the place
    };

    // Collects the problems of one import, each a sentence that names the
    // file, row and column; past MaxProblemsListed they are only counted.
    // The spreadsheet import (exchange/sheet) shares it.
    class ProblemList
    {
    public:
        explicit ProblemList(QString source)
            : m_source(std::move(source))
        {}
        // row and column 1-based; 0 for the whole file or row. columnName,
        // when known, is shown beside the column letter.
        void add(int row, int column, const QString &columnName, const QString &what);
        bool any() const { return !m_list.isEmpty() || m_unlisted > 0; }
        const QList<Problem> &list() const { return m_list; }
        int unlisted() const { return m_unlisted; }
        const QString &source() const { return m_source; }

    private:
        QString m_source;
        QList<Problem> m_list;
        int m_unlisted = 0;
    };

    // Why nothing was imported from source: how many problems, then one
    // line per problem. The spreadsheet import says it the same way.
    static QString failure(const QString &source, const QList<Problem> &problems, int unlisted);

    struct Outcome {
        std::optional<Agreement> agreement; // set only when problems is empty
        QList<Problem> problems;
        int unlisted = 0; // problems found beyond MaxProblemsListed
        QString source;

        bool ok() const { return agreement.has_value(); }
        // One sentence saying how many problems, then one line per problem.
        QString error() const;
        Result<Agreement> toResult() const;
    };

    // A new draft agreement from the file alone: one party per party column
    // (its kind guessed from its name: "internal", "MSP", "provider",
    // "leadership", "vendor", ...), areas and systems created by name in
    // the order they first appear, one duty per row.
    static Outcome read(const QByteArray &csv, const QString &sourceName);

    // The file's roles applied onto an existing agreement: party columns
    // must name its parties; a row updates the duty with the same area and
    // title (the n-th such row the n-th such duty), setting its kind,
    // system and the roles of the parties that have a column; other rows
    // add duties (and areas and systems named for the first time). Duties
    // absent from the file are left as they are. Exporting an agreement
    // and applying the file onto it gives the same agreement back.
    static Outcome apply(const Agreement &onto, const QByteArray &csv, const QString &sourceName);

    static Result<Agreement> tooLarge(const QString &sourceName, qint64 size);
    // 1 -> "A", 27 -> "AA": the column letter a spreadsheet shows.
    static QString columnLetter(int column);
};
