#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// One table of text cells as a spreadsheet shows it, read from a CSV file or
// one worksheet of an XLSX workbook. Rows and columns count from 0 here;
// messages number them as a spreadsheet does (row 1, column A). Trailing
// empty cells of a row and trailing empty rows are not kept.
struct Sheet {
    // A block of merged cells; the value is in its top-left cell.
    struct Range {
        int firstRow = 0;
        int firstColumn = 0;
        int lastRow = 0;
        int lastColumn = 0;
        friend bool operator==(const Range &, const Range &) = default;
    };

    QString name; // the worksheet's name, or the file's name for CSV
    QList<QStringList> rows;
    QList<Range> merged;

    int rowCount() const { return int(rows.size()); }
    int columnCount() const;
    QString cell(int row, int column) const;
    bool rowIsEmpty(int row) const;
    // The merged block that starts at (row, column) and spans columns, if any.
    const Range *mergedAcross(int row) const;
    // Drops trailing empty cells and rows (readers call it once).
    void trim();
};

// Every sheet of one file, and what the reader noticed on the way ("read as
// Windows-1252 text").
struct Workbook {
    QString source; // the file's name, for messages
    QList<Sheet> sheets;
    QStringList notes;
};
