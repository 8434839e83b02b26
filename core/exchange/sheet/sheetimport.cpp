#include "exchange/sheet/sheetimport.h"

#include "exchange/agreementnames.h"

#include "exchange/csvimport.h"
#include "exchange/sheet/sheetreader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SheetImport)
};

using Role = SheetLayout::Role;
using Problem = SheetImport::Problem;

QString shown(QStringView text)
{
    constexpr qsizetype Max = 40;
    if (text.size() <= Max)
        return text.toString();
    return text.first(Max).toString() + QChar(0x2026);
}

using Problems = CsvImport::ProblemList;

void fill(SheetImport::Outcome &o, const Problems &problems)
{
    o.problems = problems.list();
    o.unlisted = problems.unlisted();
    o.source = problems.source();
}

struct PartyColumn {
    int column = 0;
    QString name;
    Party::Kind kind = Party::Kind::Other;
};

// One duty as the sheet states it; party indexes point into Parsed::parties.
struct Row {
    int row = 0;
    QString area;
    QString title;
    std::optional<Duty::Kind> kind;
    QString system;
    std::optional<QString> notes;
    QList<std::pair<qsizetype, Raci>> roles;
};

struct Parsed {
    QList<PartyColumn> parties; // in column order (inverted: order of first mention)
    QList<Row> rows;
    QStringList areas; // in order of first appearance
    bool marks = false;
    bool sections = false;
};

bool isFigure(const QString &text)
{
    QString t = text.trimmed();
    if (t.endsWith(u'%'))
        t.chop(1);
    t.replace(u',', u'.');
    bool ok = false;
    t.toDouble(&ok);
    return ok;
}

std::optional<Parsed> parse(const Sheet &sheet, const SheetLayout &layout, Problems &problems)
{
    if (layout.headerRow < 0 || layout.headerRow >= sheet.rowCount()) {
        problems.add(0, 0, {},
                     Tr::tr("no header row was found (a row naming the duty column and the "
                            "parties' columns)"));
        return std::nullopt;
    }
    const int header = layout.headerRow + 1;
    const int dutyColumn = layout.columnOf(Role::Duty);
    if (dutyColumn < 0)
        problems.add(header, 0, {}, Tr::tr("no column holds the duties; choose one"));
    Parsed p;
    QList<int> notesColumns;
    QList<int> roleColumns;
    for (qsizetype c = 0; c < layout.columns.size(); ++c) {
        const SheetLayout::Column &col = layout.columns.at(c);
        if (col.role == Role::Party) {
            const QString name = col.name.isEmpty()
                                     ? Tr::tr("Column %1").arg(CsvImport::columnLetter(int(c) + 1))
                                     : col.name;
            for (const PartyColumn &other : std::as_const(p.parties))
                if (other.name.compare(name, Qt::CaseInsensitive) == 0)
                    problems.add(header, int(c) + 1, name,
                                 Tr::tr("column %1 already holds the party “%2”")
                                     .arg(CsvImport::columnLetter(other.column + 1), shown(name)));
            p.parties.append({int(c), name, col.partyKind});
        } else if (col.role == Role::Notes) {
            notesColumns.append(int(c));
        } else if (col.role == Role::RoleColumn) {
            roleColumns.append(int(c));
        }
    }
    if (p.parties.isEmpty() && roleColumns.isEmpty())
        problems.add(header, 0, {},
                     Tr::tr("no column holds RACI roles; mark the parties' columns as parties"));
    if (problems.any())
        return std::nullopt;

    const int areaColumn = layout.columnOf(Role::Area);
    const int kindColumn = layout.columnOf(Role::Kind);
    const int systemColumn = layout.columnOf(Role::System);
    const QString defaultArea = Tr::tr("General");
    QString section;  // from the last section row
    QString lastArea; // an area column's value carries down over empty cells
    bool dataSeen = false;
    const auto cellOf = [&sheet](int r, int c) { return c < 0 ? QString() : sheet.cell(r, c); };

    for (int r = layout.firstDataRow(); r < sheet.rowCount(); ++r) {
        if (sheet.rowIsEmpty(r))
            continue;
        const QStringList &cells = sheet.rows.at(r);
        if (SheetLayout::isLegendRow(cells)) {
            // A legend below the table ends it.
            if (dataSeen)
                break;
            continue;
        }
        if (SheetLayout::isPlaceholderRow(cells))
            continue;
        const QString title = cellOf(r, dutyColumn);
        const QString areaCell = cellOf(r, areaColumn).trimmed();

        // A section row: one text, left of or in the duty column, maybe
        // merged across, maybe with rolled-up figures; no roles.
        int texts = 0;
        int firstText = -1;
        bool roles = false;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            const QString t = cells.at(c).trimmed();
            if (t.isEmpty())
                continue;
            const Role role = c < layout.columns.size() ? layout.columns.at(c).role : Role::Ignore;
            if (role == Role::Party || role == Role::RoleColumn) {
                if (!isFigure(t))
                    roles = true;
                continue;
            }
            if (isFigure(t) && role != Role::Duty)
                continue;
            ++texts;
            if (firstText < 0)
                firstText = int(c);
        }
        const bool merged = sheet.mergedAcross(r) != nullptr;
        if (!roles && texts == 1 && firstText <= std::max(dutyColumn, 0)
            && (areaColumn < 0 || firstText == areaColumn || merged)) {
            if (areaColumn >= 0 && firstText == areaColumn && !merged) {
                lastArea = areaCell;
            } else {
                section = cells.at(firstText).trimmed();
                lastArea.clear();
                p.sections = true;
            }
            continue;
        }
        if (!roles && texts == 0)
            continue; // figures only: a total row

        Row row;
        row.row = r + 1;
        if (!areaCell.isEmpty())
            lastArea = cellOf(r, areaColumn);
        row.area = !lastArea.isEmpty() ? lastArea : !section.isEmpty() ? section : defaultArea;
        row.title = title;
        if (title.trimmed().isEmpty()) {
            problems.add(r + 1, dutyColumn + 1, layout.columns.at(dutyColumn).name,
                         Tr::tr("the row has roles but no duty title"));
            continue;
        }
        if (kindColumn >= 0) {
            const QString k = cellOf(r, kindColumn).trimmed();
            if (!k.isEmpty()) {
                row.kind = Duty::kindFromText(k);
                if (!row.kind)
                    problems.add(r + 1, kindColumn + 1, layout.columns.at(kindColumn).name,
                                 Tr::tr("“%1” is not a duty kind (task, security, approval, "
                                        "project)")
                                     .arg(shown(k)));
            }
        }
        row.system =
            cellOf(r, systemColumn).trimmed().isEmpty() ? QString() : cellOf(r, systemColumn);
        if (!notesColumns.isEmpty()) {
            QStringList lines;
            for (const int c : std::as_const(notesColumns)) {
                const QString t = cellOf(r, c).trimmed();
                if (t.isEmpty())
                    continue;
                lines.append(notesColumns.size() == 1
                                 ? t
                                 : QStringLiteral("%1: %2").arg(layout.columns.at(c).name, t));
            }
            row.notes = lines.join(u'\n');
        }
        for (qsizetype i = 0; i < p.parties.size(); ++i) {
            const int c = p.parties.at(i).column;
            if (c < 0)
                continue;
            QString error;
            bool mark = false;
            const std::optional<Raci> raci =
                SheetLayout::parseRoles(cellOf(r, c), layout.mark, &mark, &error);
            if (!raci) {
                problems.add(r + 1, c + 1, p.parties.at(i).name, error);
                continue;
            }
            p.marks = p.marks || mark;
            row.roles.append({i, *raci});
        }
        for (const int c : std::as_const(roleColumns)) {
            const Raci::Role role = layout.columns.at(c).raciRole;
            const QString text = cellOf(r, c).trimmed();
            if (text == QLatin1String("-"))
                continue;
            for (const QString &name : SheetLayout::partyNames(text)) {
                qsizetype found = -1;
                for (qsizetype i = 0; i < p.parties.size() && found < 0; ++i)
                    if (p.parties.at(i).name.compare(name, Qt::CaseInsensitive) == 0)
                        found = i;
                if (found < 0) {
                    if (name.size() > 80) {
                        problems.add(
                            r + 1, c + 1, layout.columns.at(c).name,
                            Tr::tr("“%1” is too long to be a party's name").arg(shown(name)));
                        continue;
                    }
                    found = p.parties.size();
                    // Column -1: named in cells, not a column of its own.
                    p.parties.append({-1, name, SheetLayout::guessPartyKind(name)});
                }
                bool merged = false;
                for (auto &[party, raci] : row.roles)
                    if (party == found) {
                        raci = raci.with(role);
                        merged = true;
                    }
                if (!merged)
                    row.roles.append({found, Raci(role)});
            }
        }
        if (!p.areas.contains(row.area))
            p.areas.append(row.area);
        p.rows.append(row);
        dataSeen = true;
        if (p.rows.size() > SheetImport::MaxDuties) {
            problems.add(r + 1, 0, {},
                         Tr::tr("the sheet has more than %1 duties").arg(SheetImport::MaxDuties));
            break;
        }
    }
    if (p.rows.isEmpty() && !problems.any())
        problems.add(0, 0, {},
                     Tr::tr("no duty rows were found below the header row %1").arg(header));
    if (problems.any())
        return std::nullopt;
    return p;
}

void addNotes(SheetImport::Outcome &o, const Parsed &p, const SheetLayout &layout)
{
    if (p.marks)
        o.notes.append(
            Tr::tr("Cells marked with x or ✓ were read as %1 (%2).")
                .arg(layout.mark.toString(),
                     Raci::roleName(layout.mark.strongest().value_or(Raci::Responsible))));
    o.duties = int(p.rows.size());
    o.parties = int(p.parties.size());
    o.areas = int(p.areas.size());
}

} // namespace

QString SheetImport::Outcome::error() const
{
    return ok() ? QString() : CsvImport::failure(source, problems, unlisted);
}

Result<Agreement> SheetImport::Outcome::toResult() const
{
    if (ok())
        return *agreement;
    return Result<Agreement>::failure(error());
}

SheetImport::Outcome SheetImport::read(const Sheet &sheet, const SheetLayout &layout,
                                       const QString &sourceName)
{
    Problems problems(sourceName);
    Outcome o;
    const std::optional<Parsed> parsed = parse(sheet, layout, problems);
    fill(o, problems);
    if (!parsed)
        return o;
    Agreement a;
    a.details.title = Tr::tr("Imported from %1").arg(sourceName);
    AgreementNames names(a);
    QList<int> partyIds;
    for (const PartyColumn &column : parsed->parties)
        partyIds.append(names.addParty(column.name, column.kind));
    for (const QString &area : parsed->areas)
        names.area(area);
    for (const Row &row : parsed->rows) {
        Duty d;
        d.areaId = names.area(row.area);
        d.systemId = names.system(row.system);
        d.id = a.takeId();
        d.title = row.title;
        d.kind = row.kind.value_or(Duty::Kind::Task);
        d.notes = row.notes.value_or(QString());
        for (const auto &[party, raci] : row.roles)
            if (!raci.isEmpty())
                d.setRoles(partyIds.at(party), raci);
        a.duties.append(std::move(d));
    }
    addNotes(o, *parsed, layout);
    o.added = o.duties;
    o.agreement = std::move(a);
    return o;
}

SheetImport::Outcome SheetImport::apply(const Agreement &onto, const Sheet &sheet,
                                        const SheetLayout &layout, const QString &sourceName)
{
    Problems problems(sourceName);
    Outcome o;
    const std::optional<Parsed> parsed = parse(sheet, layout, problems);
    fill(o, problems);
    if (!parsed)
        return o;
    Agreement a = onto;
    AgreementNames names(a);

    // The sheet's parties onto the agreement's.
    QList<int> partyIds;
    for (const PartyColumn &column : parsed->parties) {
        const Party *named = a.findParty(column.name);
        int id = named ? named->id : 0;
        if (id == 0 && column.kind != Party::Kind::Other) {
            int sameKind = 0;
            int candidate = 0;
            for (const Party &p : std::as_const(a.parties))
                if (p.kind == column.kind) {
                    ++sameKind;
                    candidate = p.id;
                }
            if (sameKind == 1 && !partyIds.contains(candidate))
                id = candidate;
        }
        if (id == 0) {
            id = names.addParty(column.name, column.kind);
            o.notes.append(
                Tr::tr("“%1” is not a party of the agreement yet; it was added.").arg(column.name));
        }
        partyIds.append(id);
    }

    QHash<QString, QList<qsizetype>> byTitle;
    for (qsizetype i = 0; i < a.duties.size(); ++i)
        byTitle[a.duties.at(i).title.trimmed().toCaseFolded()].append(i);

    for (const Row &row : parsed->rows) {
        QList<qsizetype> &queue = byTitle[row.title.trimmed().toCaseFolded()];
        if (queue.isEmpty()) {
            Duty d;
            d.id = a.takeId();
            d.areaId = names.area(row.area);
            d.systemId = names.system(row.system);
            d.title = row.title;
            d.kind = row.kind.value_or(Duty::Kind::Task);
            d.notes = row.notes.value_or(QString());
            for (const auto &[party, raci] : row.roles)
                if (!raci.isEmpty())
                    d.setRoles(partyIds.at(party), raci);
            a.duties.append(std::move(d));
            ++o.added;
            continue;
        }
        Duty &d = a.duties[queue.takeFirst()];
        const Duty before = d;
        if (row.kind)
            d.kind = *row.kind;
        if (layout.columnOf(Role::System) >= 0)
            d.systemId = names.system(row.system);
        if (row.notes && !row.notes->isEmpty())
            d.notes = *row.notes;
        if (layout.inverted()) {
            // The row names every party that holds a role; others hold none.
            for (const int id : std::as_const(partyIds))
                d.setRoles(id, Raci());
        }
        for (const auto &[party, raci] : row.roles)
            d.setRoles(partyIds.at(party), raci);
        if (d == before)
            ++o.unchanged;
        else
            ++o.updated;
    }
    addNotes(o, *parsed, layout);
    o.agreement = std::move(a);
    return o;
}

Result<Agreement> SheetImport::readFile(const QString &path)
{
    const Result<Workbook> book = SheetReader::readFile(path);
    if (!book)
        return Result<Agreement>::failure(book.error());
    const Sheet &sheet = book->sheets.at(SheetLayout::likelySheet(*book));
    const SheetLayout layout = SheetLayout::detect(sheet);
    return read(sheet, layout, QFileInfo(path).fileName()).toResult();
}
