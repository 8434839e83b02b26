#pragma once

#include "reportstyle.h"

#include <QByteArray>
#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

class PageFlow;
namespace report {
struct Table;
}

// One cell of a table row: its text, an optional smaller second text
// below it, a background and the font.
struct TableCell {
    QString text;
    QString sub;
    QColor background;
    ReportStyle::FontId font = ReportStyle::Cell;
};

struct TableColumn {
    qreal width = 0;
    bool center = false;
};

struct TableDef {
    QList<TableColumn> columns;
    QStringList header;
    QList<QColor> headerStrips; // a colour line under a header cell, may be shorter
};

// Draws one table onto the flow, paginated row by row: the header row
// repeated on every page, group rows ("Identity and access") kept with
// their first row and repeated as continued, no row split across pages.
class TablePainter
{
public:
    // Starts the table with its header row.
    TablePainter(PageFlow &flow, const TableDef &table);

    // A group row, kept with a first row of that height (rowHeight()).
    void group(const QString &title, qreal firstRowHeight);
    void row(const QList<TableCell> &cells);
    // Ends the table with the space that follows it.
    void end();

    // The height of a row of these cells.
    qreal rowHeight(const QList<TableCell> &cells);

    // Column widths for a table of plain text: the natural widths when
    // they fit (stretched to the full width), else every column gets a
    // fair share and the wide ones split what is left.
    static QList<TableColumn> fitColumns(PageFlow &flow, const report::Table &table);

private:
    qreal rowHeight(const QList<TableCell> &cells, QList<QStringList> *texts,
                    QList<QStringList> *subs);
    qreal headerHeight();
    // The header row: structure the first time, page furniture when
    // repeated on a new page.
    void header(bool repeated);
    qreal width() const;
    qreal groupHeight(const QString &title);
    void groupRow(const QString &title);

    PageFlow &m_flow;
    TableDef m_table;
    QString m_group; // the group row in force, repeated after a page break
    int m_zebra = 0;
    QByteArray m_groupAttributes; // a group row's cell spans the table
};
