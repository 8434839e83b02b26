#pragma once

#include "exchange/sheet/sheet.h"
#include "model/party.h"
#include "model/raci.h"
#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// How a sheet holds a responsibility matrix: which row is the header, what
// each column means, what a bare mark ("x", "✓") stands for. detect()
// guesses it from the sheet the way a person would read it (a title and a
// legend above the header, a group row above the role names, section rows
// for areas, the inverted layout whose columns are the four roles); the
// user can change any of it, and save it to reuse on the next export of
// the same sheet.
class SheetLayout
{
public:
    enum class Role {
        Ignore,
        Area,
        Duty,
        Kind,
        System,
        Notes,
        Party,      // the cells hold this party's roles (R, A/R, x, ...)
        RoleColumn, // inverted layout: the cells name the parties holding raciRole
    };

    struct Column {
        Role role = Role::Ignore;
        QString name;                               // the header's text
        Party::Kind partyKind = Party::Kind::Other; // Role::Party
        Raci::Role raciRole = Raci::Responsible;    // Role::RoleColumn
        friend bool operator==(const Column &, const Column &) = default;
    };

    int headerRow = -1; // 0-based row of the column names; -1: none found
    int groupRows = 0;  // rows above headerRow that belong to the header (a group row)
    QList<Column> columns;
    Raci mark = Raci(Raci::Responsible); // what "x" or "✓" means
    bool marksSeen = false;              // the party columns hold such marks

    friend bool operator==(const SheetLayout &, const SheetLayout &) = default;

    int firstDataRow() const { return headerRow + 1; }
    int columnOf(Role role) const; // the first column with this role, or -1
    bool inverted() const { return columnOf(Role::RoleColumn) >= 0; }

    // The sheet's layout as far as it can be told; never fails (a sheet
    // with no header row gets headerRow -1, which the import reports).
    static SheetLayout detect(const Sheet &sheet);
    // The columns as detect() reads them below a header row chosen by the
    // user (0-based), with groupRows rows above it naming unnamed columns.
    static SheetLayout withHeader(const Sheet &sheet, int headerRow, int groupRows = 0);
    // Which sheet of a workbook most looks like a matrix (the first one
    // with party columns), for the sheet picker's default.
    static int likelySheet(const Workbook &book);

    // A RACI cell in every spelling people type: what Raci::parse takes,
    // plus "A,R", "A+R", "RA", the English and German words, and marks,
    // which mean `mark`. Empty, "-" and "n/a" are no role.
    static std::optional<Raci> parseRoles(QStringView text, Raci mark, bool *isMark = nullptr,
                                          QString *error = nullptr);
    static bool isMark(QStringView text);
    // Party names in an inverted layout's cell: "IT + MSP", "IT, MSP", "IT und MSP".
    static QStringList partyNames(QStringView text);
    // A party's kind from its column's name ("Internal IT", "MSP", "Provider",
    // "Dienstleister"), for the CSV and the spreadsheet import alike.
    static Party::Kind guessPartyKind(const QString &name);
    // A row that is a legend ("R = Responsible") or says where to add rows.
    static bool isLegendRow(const QStringList &cells);
    static bool isPlaceholderRow(const QStringList &cells);

    static QString roleKey(Role role);
    static std::optional<Role> roleFromKey(QStringView key);
    static QString roleName(Role role);

    // A mapping file (JSON) that pins the layout for the next import.
    QByteArray toJson(const QString &sheetName = {}) const;
    static Result<SheetLayout> fromJson(const QByteArray &json, const QString &sourceName,
                                        QString *sheetName = nullptr);

    // What was understood, one line each, for dutymap-cli import --dry-run.
    QStringList describe(const Sheet &sheet) const;
};
