#pragma once

#include "exchange/csvimport.h"
#include "exchange/sheet/sheet.h"
#include "exchange/sheet/sheetlayout.h"
#include "model/agreement.h"
#include "result.h"

#include <QList>
#include <QString>

#include <optional>

// Turns a Sheet read with a SheetLayout into a responsibility matrix: a new
// agreement, or the open one updated (duties matched by title). Rows that
// are not duties are recognised and passed over: section rows (they name
// the area of the duties below), legends, placeholders such as "Insert new
// rows above this one". Every bad cell is reported by row and column, and
// nothing is imported while any is left.
class SheetImport
{
public:
    static constexpr int MaxProblemsListed = CsvImport::MaxProblemsListed;
    static constexpr int MaxDuties = 100'000;

    using Problem = CsvImport::Problem;

    struct Outcome {
        std::optional<Agreement> agreement; // set only when problems is empty
        QList<Problem> problems;
        int unlisted = 0;
        QString source;
        QStringList notes; // not problems: what was assumed ("x read as R")
        int duties = 0;    // duty rows read
        int parties = 0;   // party columns (or names, inverted)
        int areas = 0;
        // apply(): what happened to the open agreement's duties.
        int updated = 0;
        int added = 0;
        int unchanged = 0;

        bool ok() const { return agreement.has_value(); }
        QString error() const;
        Result<Agreement> toResult() const;
    };

    // A new draft agreement from the sheet alone.
    static Outcome read(const Sheet &sheet, const SheetLayout &layout, const QString &sourceName);
    // The sheet's duties applied onto an agreement: a duty row updates the
    // first not yet matched duty with the same title (case and surrounding
    // spaces aside), anywhere; other rows add duties. Party columns match
    // the agreement's parties by name or short code, else by kind when the
    // agreement has exactly one party of it; new ones are added.
    static Outcome apply(const Agreement &onto, const Sheet &sheet, const SheetLayout &layout,
                         const QString &sourceName);

    // The whole path from a file's bytes to an agreement, as dutymap-cli's
    // check, show and export use it: read, detect on the likeliest sheet,
    // import.
    static Result<Agreement> readFile(const QString &path);
};
