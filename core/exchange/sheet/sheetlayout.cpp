#include "exchange/sheet/sheetlayout.h"

#include "exchange/csvimport.h"
#include "model/duty.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <vector>

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SheetLayout)
};

using Role = SheetLayout::Role;

// The words of a header cell, case-folded: "Task / Duty" -> {task, duty}.
QStringList wordsOf(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}%]+"));
    return text.toCaseFolded().split(separators, Qt::SkipEmptyParts);
}

bool hasWord(const QString &header, std::initializer_list<const char *> words)
{
    const QStringList w = wordsOf(header);
    for (const char *word : words)
        if (w.contains(QString::fromUtf8(word)))
            return true;
    return false;
}

bool isDutyName(const QString &h)
{
    return hasWord(h, {"duty",       "duties",      "task",         "tasks",       "activity",
                       "activities", "deliverable", "deliverables", "process",     "processes",
                       "step",       "steps",       "title",        "aufgabe",     "aufgaben",
                       "tätigkeit",  "tätigkeiten", "aktivität",    "aktivitäten", "prozess",
                       "prozesse",   "schritt",     "arbeitspaket", "leistung",    "leistungen",
                       "vorgang"});
}

bool isAreaName(const QString &h)
{
    return hasWord(h, {"area", "areas", "category", "categories", "phase", "section", "domain",
                       "bereich", "bereiche", "kategorie", "abschnitt", "themenbereich",
                       "themengebiet", "gebiet"});
}

bool isKindName(const QString &h)
{
    return hasWord(h, {"kind", "art", "typ", "type"});
}

bool isSystemName(const QString &h)
{
    return hasWord(h, {"system", "application", "anwendung", "systeme"});
}

bool isNotesName(const QString &h)
{
    return hasWord(h,
                   {"notes", "note", "comment", "comments", "remark", "remarks", "description",
                    "details", "hinweis", "hinweise", "bemerkung", "bemerkungen", "kommentar",
                    "kommentare", "anmerkung", "anmerkungen", "notiz", "notizen", "beschreibung"});
}

bool isIgnoredName(const QString &h)
{
    return hasWord(h, {"ownership", "status",      "due",       "date",   "deadline",
                       "progress",  "%",           "owner",     "id",     "no",
                       "nr",        "number",      "priority",  "fällig", "termin",
                       "datum",     "fortschritt", "priorität", "stand",  "zuständig"});
}

// Responsible / Accountable / Consulted / Informed as a column name.
std::optional<Raci::Role> roleColumnName(const QString &h)
{
    const QStringList w = wordsOf(h);
    if (w.isEmpty() || w.size() > 3)
        return std::nullopt;
    const QString &first = w.constFirst();
    if (first == QLatin1String("responsible") || first == QLatin1String("verantwortlich")
        || first == QLatin1String("durchführungsverantwortlich"))
        return Raci::Responsible;
    if (first == QLatin1String("accountable") || first == QLatin1String("rechenschaftspflichtig")
        || first == QLatin1String("gesamtverantwortlich"))
        return Raci::Accountable;
    if (first == QLatin1String("consulted") || first == QLatin1String("konsultiert")
        || first == QLatin1String("beratend"))
        return Raci::Consulted;
    if (first == QLatin1String("informed") || first == QLatin1String("informiert"))
        return Raci::Informed;
    return std::nullopt;
}

std::optional<Raci::Role> roleWord(const QString &word)
{
    static const std::array<std::pair<const char *, Raci::Role>, 14> words = {{
        {"responsible", Raci::Responsible},
        {"verantwortlich", Raci::Responsible},
        {"durchführungsverantwortlich", Raci::Responsible},
        {"accountable", Raci::Accountable},
        {"rechenschaftspflichtig", Raci::Accountable},
        {"gesamtverantwortlich", Raci::Accountable},
        {"consulted", Raci::Consulted},
        {"consult", Raci::Consulted},
        {"konsultiert", Raci::Consulted},
        {"beratend", Raci::Consulted},
        {"informed", Raci::Informed},
        {"inform", Raci::Informed},
        {"informiert", Raci::Informed},
        {"informieren", Raci::Informed},
    }};
    for (const auto &[w, role] : words)
        if (word == QString::fromUtf8(w))
            return role;
    return std::nullopt;
}

std::optional<Raci> compactLetters(QStringView token)
{
    if (token.isEmpty() || token.size() > 4)
        return std::nullopt;
    std::uint8_t bits = 0;
    for (const QChar c : token) {
        std::uint8_t bit = 0;
        switch (c.toUpper().unicode()) {
        case u'R':
            bit = Raci::Responsible;
            break;
        case u'A':
            bit = Raci::Accountable;
            break;
        case u'C':
            bit = Raci::Consulted;
            break;
        case u'I':
            bit = Raci::Informed;
            break;
        default:
            return std::nullopt;
        }
        if (bits & bit)
            return std::nullopt;
        bits |= bit;
    }
    return Raci(bits);
}

bool isNumeric(const QString &text)
{
    QString t = text.trimmed();
    if (t.endsWith(u'%'))
        t.chop(1);
    t.replace(u',', u'.');
    bool ok = false;
    t.toDouble(&ok);
    return ok;
}

// A cheap test before the legend's regular expressions: a legend cell
// starts with a role letter or "Legend", "Key", "Schlüssel", "RACI".
bool looksLikeLegend(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.isEmpty())
        return false;
    switch (t.front().toUpper().unicode()) {
    case u'R':
    case u'A':
    case u'C':
    case u'I':
    case u'L':
    case u'K':
    case u'S':
        return true;
    default:
        return false;
    }
}

// Which rows are legends, worked out once per row and only when asked.
class LegendRows
{
public:
    explicit LegendRows(const Sheet &sheet)
        : m_sheet(sheet)
        , m_state(size_t(sheet.rowCount()), 0)
    {}
    bool at(int row)
    {
        char &state = m_state[size_t(row)];
        if (state == 0)
            state = SheetLayout::isLegendRow(m_sheet.rows.at(row)) ? 2 : 1;
        return state == 2;
    }

private:
    const Sheet &m_sheet;
    std::vector<char> m_state;
};

// What a column's cells below the header look like.
struct ColumnStats {
    int filled = 0;
    int raci = 0;  // parse as roles (not counting empty or "-")
    int marks = 0; // "x", "✓"
    int numbers = 0;
    int partyLike = 0; // short names joined by + , & (inverted layout)
    int distinct = 0;
    qsizetype chars = 0;
};

ColumnStats statsOf(const Sheet &sheet, LegendRows &legend, int column, int from, int to)
{
    ColumnStats s;
    QSet<QString> seen;
    for (int r = from; r < to; ++r) {
        const QString text = sheet.cell(r, column).trimmed();
        if (text.isEmpty())
            continue;
        if (looksLikeLegend(text) && legend.at(r))
            continue;
        ++s.filled;
        s.chars += text.size();
        if (!seen.contains(text)) {
            seen.insert(text);
            ++s.distinct;
        }
        if (isNumeric(text))
            ++s.numbers;
        bool mark = false;
        if (const auto raci = SheetLayout::parseRoles(text, Raci(Raci::Responsible), &mark);
            raci && (!raci->isEmpty() || mark)) {
            ++s.raci;
            if (mark)
                ++s.marks;
        } else if (text.size() <= 60 && SheetLayout::partyNames(text).size() >= 1
                   && !isNumeric(text)) {
            ++s.partyLike;
        }
    }
    return s;
}

bool mostlyRaci(const ColumnStats &s)
{
    return s.filled > 0 && s.raci * 10 >= s.filled * 6;
}

// A header row candidate: enough text cells, not a legend, not mostly RACI.
bool couldBeHeader(const QStringList &cells)
{
    int text = 0;
    int raci = 0;
    for (const QString &c : cells) {
        const QString t = c.trimmed();
        if (t.isEmpty())
            continue;
        if (isNumeric(t))
            continue;
        ++text;
        // Short role cells only: a header may name "Responsible".
        if (SheetLayout::isMark(t)
            || (t.size() <= 5
                && SheetLayout::parseRoles(t, Raci(Raci::Responsible)).value_or(Raci()).bits()
                       != 0))
            ++raci;
    }
    return text >= 2 && raci * 2 < text && !SheetLayout::isLegendRow(cells);
}

int headerScore(const QStringList &cells)
{
    int score = 0;
    int roleColumns = 0;
    for (const QString &c : cells) {
        if (c.trimmed().isEmpty())
            continue;
        if (isDutyName(c))
            score += 4;
        else if (isAreaName(c))
            score += 2;
        else if (isNotesName(c) || isIgnoredName(c) || isSystemName(c))
            score += 1;
        if (roleColumnName(c))
            ++roleColumns;
    }
    if (roleColumns >= 2)
        score += 4;
    return score;
}

constexpr int ScanRows = 60;     // where a header row may be
constexpr int SampleRows = 400;  // rows looked at to judge a column
constexpr int MaxColumns = 1024; // columns a matrix may have

} // namespace

int SheetLayout::columnOf(Role role) const
{
    for (qsizetype c = 0; c < columns.size(); ++c)
        if (columns.at(c).role == role)
            return int(c);
    return -1;
}

bool SheetLayout::isMark(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.size() != 1)
        return t.compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0
               || t.compare(QLatin1String("ja"), Qt::CaseInsensitive) == 0;
    const char16_t c = t.front().unicode();
    return c == u'x' || c == u'X' || c == 0x2713 || c == 0x2714 || c == 0x2715 || c == 0x2716
           || c == 0x2717 || c == 0x2718 || c == 0x25CF || c == 0x2022 || c == 0x2611;
}

std::optional<Raci> SheetLayout::parseRoles(QStringView text, Raci mark, bool *isMarkOut,
                                            QString *error)
{
    if (isMarkOut)
        *isMarkOut = false;
    const QStringView t = text.trimmed();
    if (t.isEmpty() || t == u'-' || t == u'\u2013' || t == u'\u2014'
        || t.compare(QLatin1String("n/a"), Qt::CaseInsensitive) == 0)
        return Raci();
    if (t.size() > 80) {
        if (error)
            *error = Tr::tr("“%1…” is too long to be a RACI value").arg(t.first(40));
        return std::nullopt;
    }
    if (isMark(t)) {
        if (isMarkOut)
            *isMarkOut = true;
        return mark;
    }
    if (const std::optional<Raci> strict = Raci::parse(t))
        return strict;
    // Tokens: letters ("RA"), words ("Verantwortlich"), joined by / , + & ; or spaces.
    static const QRegularExpression separators(
        QStringLiteral("[\\s/,+&;|]+|\\b(?:and|und)\\b|[()]"),
        QRegularExpression::UseUnicodePropertiesOption);
    std::uint8_t bits = 0;
    const QStringList tokens = t.toString().toCaseFolded().split(separators, Qt::SkipEmptyParts);
    for (const QString &token : tokens) {
        if (const auto letters = compactLetters(token)) {
            bits |= letters->bits();
        } else if (const auto role = roleWord(token)) {
            bits |= *role;
        } else {
            if (error)
                *error = Tr::tr("“%1” is not a RACI value (R, A, C, I, a combination such as A/R "
                                "or RA, the role's name, or x)")
                             .arg(t.toString());
            return std::nullopt;
        }
    }
    if (tokens.isEmpty())
        return Raci();
    return Raci(bits);
}

QStringList SheetLayout::partyNames(QStringView text)
{
    static const QRegularExpression separators(
        QStringLiteral("\\s*(?:[+,;/&\\n]|\\band\\b|\\bund\\b)\\s*"),
        QRegularExpression::UseUnicodePropertiesOption);
    QStringList names;
    for (const QString &name : text.toString().split(separators, Qt::SkipEmptyParts)) {
        const QString n = name.trimmed();
        if (!n.isEmpty() && n != QLatin1String("-") && !names.contains(n, Qt::CaseInsensitive))
            names.append(n);
    }
    return names;
}

Party::Kind SheetLayout::guessPartyKind(const QString &name)
{
    const QString n = name.toCaseFolded().trimmed();
    const auto has = [&n](const char *word) { return n.contains(QString::fromUtf8(word)); };
    const QStringList w = wordsOf(name);
    if (has("msp") || has("provider") || has("managed") || has("dienstleister") || has("outsourc")
        || has("partner") || has("external it") || has("externe it"))
        return Party::Kind::Provider;
    if (has("internal") || has("interne") || has("in-house")
        || w == QStringList{QStringLiteral("it")} || w.contains(QStringLiteral("it"))
        || has("it-abteilung") || has("helpdesk intern"))
        return Party::Kind::Internal;
    if (has("leadership") || has("executive") || has("management") || has("geschäftsführung")
        || n == QLatin1String("lead") || has("leitung") || has("cio") || has("ceo")
        || has("sponsor") || has("board"))
        return Party::Kind::Leadership;
    if (has("end user") || has("end-user") || n == QLatin1String("users") || has("endanwender")
        || has("benutzer") || has("mitarbeiter") || has("staff") || has("employees"))
        return Party::Kind::EndUsers;
    if (has("vendor") || has("supplier") || has("hersteller") || has("lieferant"))
        return Party::Kind::Vendor;
    return Party::Kind::Other;
}

bool SheetLayout::isLegendRow(const QStringList &cells)
{
    static const QRegularExpression legend(
        QStringLiteral(
            "^\\s*(?:[RACI]|[RACI]\\s*/\\s*[RACI])\\s*(?:=|:|\\x{2013}|\\x{2014}|-)\\s*\\p{L}"),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression title(
        QStringLiteral("^\\s*(?:legend|legende|key|schlüssel|raci key)\\s*:?\\s*$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    for (const QString &c : cells)
        if (looksLikeLegend(c) && (legend.match(c).hasMatch() || title.match(c).hasMatch()))
            return true;
    return false;
}

bool SheetLayout::isPlaceholderRow(const QStringList &cells)
{
    static const QRegularExpression placeholder(
        QStringLiteral("\\b(?:insert|add)\\b.*\\b(?:rows?|lines?)\\b|\\bzeilen?\\b.*\\beinfügen\\b|"
                       "\\beinfügen\\b.*\\bzeilen?\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    int filled = 0;
    bool says = false;
    for (const QString &c : cells) {
        if (c.trimmed().isEmpty())
            continue;
        ++filled;
        says = says || placeholder.match(c).hasMatch();
    }
    return filled == 1 && says;
}

SheetLayout SheetLayout::detect(const Sheet &sheet)
{
    SheetLayout layout;
    const int rows = sheet.rowCount();
    const int scan = std::min(rows, ScanRows);
    const int width = std::min(sheet.columnCount(), MaxColumns);
    LegendRows legend(sheet);

    // The header: the best-scoring candidate by its names; without names,
    // the first candidate that has party-like columns below it.
    int best = -1;
    int bestScore = 0;
    for (int r = 0; r < scan; ++r) {
        if (!couldBeHeader(sheet.rows.at(r)))
            continue;
        const int score = headerScore(sheet.rows.at(r));
        if (score > bestScore) {
            best = r;
            bestScore = score;
        }
    }
    if (best < 0) {
        for (int r = 0; r < scan && best < 0; ++r) {
            if (!couldBeHeader(sheet.rows.at(r)))
                continue;
            int partyColumns = 0;
            for (int c = 0; c < width; ++c)
                if (!sheet.cell(r, c).trimmed().isEmpty()
                    && mostlyRaci(
                        statsOf(sheet, legend, c, r + 1, std::min(rows, r + 1 + SampleRows))))
                    ++partyColumns;
            if (partyColumns >= 1)
                best = r;
        }
    }
    if (best < 0)
        return layout;

    // A two-row header: the role names sit in the row below the one with
    // "Task" (a group row such as "Project team" above them).
    // How many cells of row r name a column of RACI values below it.
    const auto partyNamesIn = [&](int r) {
        if (r >= rows || !couldBeHeader(sheet.rows.at(r)))
            return 0;
        int named = 0;
        for (int c = 0; c < width; ++c) {
            const QString name = sheet.cell(r, c).trimmed();
            if (name.isEmpty() || isDutyName(name) || isMark(name)
                || parseRoles(name, Raci(Raci::Responsible)).value_or(Raci()).bits() != 0)
                continue;
            if (mostlyRaci(statsOf(sheet, legend, c, r + 1, std::min(rows, r + 1 + SampleRows))))
                ++named;
        }
        return named;
    };
    int header = best;
    // A group row has the duty column's name; the row of role names below
    // it leaves that column empty (a data row would hold a title there).
    int dutyNamed = -1;
    for (int c = 0; c < width && dutyNamed < 0; ++c)
        if (isDutyName(sheet.cell(best, c)))
            dutyNamed = c;
    if (const int below = dutyNamed >= 0 && sheet.cell(best + 1, dutyNamed).trimmed().isEmpty()
                              ? partyNamesIn(best + 1)
                              : 0;
        below > 0 && below > partyNamesIn(best)) {
        header = best + 1;
        layout.groupRows = 1;
    } else if (best > 0 && !sheet.rowIsEmpty(best - 1) && !isLegendRow(sheet.rows.at(best - 1))) {
        // A group row above: its cells stand over party columns only.
        int over = 0;
        int elsewhere = 0;
        for (int c = 0; c < width; ++c) {
            if (sheet.cell(best - 1, c).trimmed().isEmpty())
                continue;
            const ColumnStats s =
                statsOf(sheet, legend, c, best + 1, std::min(rows, best + 1 + SampleRows));
            (mostlyRaci(s) || s.filled == 0 ? over : elsewhere) += 1;
        }
        if (over > 0 && elsewhere == 0 && sheet.mergedAcross(best - 1))
            layout.groupRows = 1;
    }
    layout.headerRow = header;
    return withHeader(sheet, header, layout.groupRows);
}

SheetLayout SheetLayout::withHeader(const Sheet &sheet, int header, int groupRows)
{
    SheetLayout layout;
    const int rows = sheet.rowCount();
    const int width = std::min(sheet.columnCount(), MaxColumns);
    if (header < 0 || header >= rows)
        return layout;
    layout.headerRow = header;
    layout.groupRows = std::clamp(groupRows, 0, header);
    LegendRows legend(sheet);

    const int from = header + 1;
    const int to = std::min(rows, from + SampleRows);
    const auto nameOf = [&](int c) {
        QString name = sheet.cell(header, c).trimmed();
        if (name.isEmpty() && layout.groupRows > 0)
            name = sheet.cell(header - 1, c).trimmed();
        return name.simplified();
    };

    // The inverted layout: columns named after the roles, holding parties.
    int roleColumns = 0;
    for (int c = 0; c < width; ++c)
        if (roleColumnName(nameOf(c)) && !mostlyRaci(statsOf(sheet, legend, c, from, to)))
            ++roleColumns;
    const bool inverted = roleColumns >= 2;

    int lastUsed = -1;
    for (int c = 0; c < width; ++c) {
        Column col;
        col.name = nameOf(c);
        const ColumnStats s = statsOf(sheet, legend, c, from, to);
        if (!col.name.isEmpty() || s.filled > 0)
            lastUsed = c;
        if (inverted && roleColumnName(col.name) && !mostlyRaci(s)) {
            col.role = Role::RoleColumn;
            col.raciRole = *roleColumnName(col.name);
        } else if (isDutyName(col.name) && layout.columnOf(Role::Duty) < 0) {
            col.role = Role::Duty;
        } else if (isAreaName(col.name) && layout.columnOf(Role::Area) < 0 && !mostlyRaci(s)) {
            col.role = Role::Area;
        } else if (!inverted && mostlyRaci(s) && !col.name.isEmpty()) {
            col.role = Role::Party;
            layout.marksSeen = layout.marksSeen || s.marks > 0;
        } else if (isKindName(col.name) && layout.columnOf(Role::Kind) < 0) {
            col.role = Role::Kind;
        } else if (isSystemName(col.name) && layout.columnOf(Role::System) < 0) {
            col.role = Role::System;
        } else if (isNotesName(col.name)) {
            col.role = Role::Notes;
        } else if (isIgnoredName(col.name) || col.name.isEmpty()) {
            col.role = Role::Ignore;
        } else if (!inverted && s.filled == 0) {
            // A named column with no roles yet is still a party's.
            col.role = Role::Party;
        } else if (!inverted && guessPartyKind(col.name) != Party::Kind::Other && s.numbers == 0
                   && s.chars <= qsizetype(s.filled) * 12) {
            // Named like a party ("Internal IT") with short cells: a party
            // column with typing errors, which the import then lists.
            col.role = Role::Party;
        } else {
            col.role = Role::Ignore;
        }
        if (col.role == Role::Party)
            col.partyKind = guessPartyKind(col.name);
        layout.columns.append(col);
    }
    // Trailing empty columns are not part of the table.
    layout.columns.resize(lastUsed + 1);

    // Kind by name only when its cells are duty kinds; else they are notes.
    if (const int k = layout.columnOf(Role::Kind); k >= 0) {
        for (int r = from; r < to; ++r) {
            const QString text = sheet.cell(r, k).trimmed();
            if (!text.isEmpty() && !Duty::kindFromText(text)) {
                layout.columns[k].role = Role::Notes;
                break;
            }
        }
    }

    // The duty column by content: the text column with the most distinct
    // values, left of the first party column.
    if (layout.columnOf(Role::Duty) < 0) {
        int firstParty = int(layout.columns.size());
        for (qsizetype c = 0; c < layout.columns.size(); ++c)
            if (layout.columns.at(c).role == Role::Party
                || layout.columns.at(c).role == Role::RoleColumn) {
                firstParty = int(c);
                break;
            }
        int bestColumn = -1;
        int bestDistinct = 0;
        for (int c = 0; c < firstParty; ++c) {
            const Role role = layout.columns.at(c).role;
            if (role != Role::Ignore && role != Role::Notes)
                continue;
            const ColumnStats s = statsOf(sheet, legend, c, from, to);
            if (s.numbers * 2 > s.filled)
                continue;
            if (s.distinct > bestDistinct) {
                bestDistinct = s.distinct;
                bestColumn = c;
            }
        }
        if (bestColumn >= 0)
            layout.columns[bestColumn].role = Role::Duty;
    }
    // An unnamed first column left of the duties that repeats its values
    // holds the areas.
    if (const int duty = layout.columnOf(Role::Duty);
        duty > 0 && layout.columnOf(Role::Area) < 0 && layout.columns.at(0).role == Role::Ignore
        && !isIgnoredName(layout.columns.at(0).name)) {
        const ColumnStats s = statsOf(sheet, legend, 0, from, to);
        if (s.filled > 0 && s.numbers * 2 <= s.filled && s.distinct < s.filled)
            layout.columns[0].role = Role::Area;
    }
    return layout;
}

int SheetLayout::likelySheet(const Workbook &book)
{
    for (qsizetype i = 0; i < book.sheets.size(); ++i) {
        const SheetLayout l = detect(book.sheets.at(i));
        if (l.columnOf(Role::Duty) >= 0
            && (l.columnOf(Role::Party) >= 0 || l.columnOf(Role::RoleColumn) >= 0))
            return int(i);
    }
    return 0;
}

QString SheetLayout::roleKey(Role role)
{
    switch (role) {
    case Role::Ignore:
        return QStringLiteral("ignore");
    case Role::Area:
        return QStringLiteral("area");
    case Role::Duty:
        return QStringLiteral("duty");
    case Role::Kind:
        return QStringLiteral("kind");
    case Role::System:
        return QStringLiteral("system");
    case Role::Notes:
        return QStringLiteral("notes");
    case Role::Party:
        return QStringLiteral("party");
    case Role::RoleColumn:
        return QStringLiteral("role");
    }
    return {};
}

std::optional<SheetLayout::Role> SheetLayout::roleFromKey(QStringView key)
{
    for (int i = 0; i <= int(Role::RoleColumn); ++i)
        if (key == roleKey(Role(i)))
            return Role(i);
    return std::nullopt;
}

QString SheetLayout::roleName(Role role)
{
    switch (role) {
    case Role::Ignore:
        return Tr::tr("Ignore");
    case Role::Area:
        return Tr::tr("Area");
    case Role::Duty:
        return Tr::tr("Duty");
    case Role::Kind:
        return Tr::tr("Kind");
    case Role::System:
        return Tr::tr("System");
    case Role::Notes:
        return Tr::tr("Notes");
    case Role::Party:
        return Tr::tr("Party");
    case Role::RoleColumn:
        return Tr::tr("Role (cells name parties)");
    }
    return {};
}

QByteArray SheetLayout::toJson(const QString &sheetName) const
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), QStringLiteral("dutymap-sheet-mapping"));
    o.insert(QStringLiteral("version"), 1);
    if (!sheetName.isEmpty())
        o.insert(QStringLiteral("sheet"), sheetName);
    o.insert(QStringLiteral("headerRow"), headerRow + 1);
    o.insert(QStringLiteral("groupRows"), groupRows);
    o.insert(QStringLiteral("mark"), mark.toString());
    QJsonArray cols;
    for (qsizetype c = 0; c < columns.size(); ++c) {
        const Column &col = columns.at(c);
        QJsonObject j;
        j.insert(QStringLiteral("column"), CsvImport::columnLetter(int(c) + 1));
        j.insert(QStringLiteral("name"), col.name);
        j.insert(QStringLiteral("role"), roleKey(col.role));
        if (col.role == Role::Party)
            j.insert(QStringLiteral("kind"), Party::kindKey(col.partyKind));
        if (col.role == Role::RoleColumn)
            j.insert(QStringLiteral("raci"), QString(Raci::roleLetter(col.raciRole)));
        cols.append(j);
    }
    o.insert(QStringLiteral("columns"), cols);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<SheetLayout> SheetLayout::fromJson(const QByteArray &json, const QString &sourceName,
                                          QString *sheetName)
{
    const auto fail = [&sourceName](const QString &what) {
        return Result<SheetLayout>::failure(
            Tr::tr("“%1” is not a usable mapping: %2.").arg(sourceName, what));
    };
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (doc.isNull())
        return fail(Tr::tr("not JSON (%1 at byte %2)").arg(error.errorString()).arg(error.offset));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != QLatin1String("dutymap-sheet-mapping"))
        return fail(Tr::tr("it is not a Dutymap sheet mapping"));
    if (o.value(QStringLiteral("version")).toInt() != 1)
        return fail(
            Tr::tr("version %1 is not known").arg(o.value(QStringLiteral("version")).toInt()));
    SheetLayout l;
    l.headerRow = o.value(QStringLiteral("headerRow")).toInt() - 1;
    if (l.headerRow < 0 || l.headerRow >= 1'048'576)
        return fail(Tr::tr("“headerRow” must be a row number from 1"));
    l.groupRows = std::clamp(o.value(QStringLiteral("groupRows")).toInt(), 0, l.headerRow);
    const std::optional<Raci> mark = Raci::parse(o.value(QStringLiteral("mark")).toString());
    if (!mark || mark->isEmpty())
        return fail(Tr::tr("“mark” must be R, A, C or I"));
    l.mark = *mark;
    const QJsonArray cols = o.value(QStringLiteral("columns")).toArray();
    if (cols.size() > 16'384)
        return fail(Tr::tr("it has too many columns"));
    for (qsizetype c = 0; c < cols.size(); ++c) {
        const QJsonObject j = cols.at(c).toObject();
        Column col;
        col.name = j.value(QStringLiteral("name")).toString();
        const auto role = roleFromKey(j.value(QStringLiteral("role")).toString());
        if (!role)
            return fail(Tr::tr("column %1 has the unknown role “%2”")
                            .arg(CsvImport::columnLetter(int(c) + 1),
                                 j.value(QStringLiteral("role")).toString()));
        col.role = *role;
        if (col.role == Role::Party) {
            const auto kind = Party::kindFromKey(j.value(QStringLiteral("kind")).toString());
            col.partyKind = kind.value_or(guessPartyKind(col.name));
        }
        if (col.role == Role::RoleColumn) {
            const auto raci = Raci::parse(j.value(QStringLiteral("raci")).toString());
            if (!raci || !raci->strongest() || raci->bits() != std::uint8_t(*raci->strongest()))
                return fail(Tr::tr("column %1 must name one role (R, A, C or I)")
                                .arg(CsvImport::columnLetter(int(c) + 1)));
            col.raciRole = *raci->strongest();
        }
        l.columns.append(col);
    }
    if (sheetName)
        *sheetName = o.value(QStringLiteral("sheet")).toString();
    return l;
}

QStringList SheetLayout::describe(const Sheet &sheet) const
{
    QStringList lines;
    if (headerRow < 0) {
        lines.append(Tr::tr("Header row: none found"));
        return lines;
    }
    lines.append(groupRows > 0 ? Tr::tr("Header row: %1 (with the group row %2 above it)")
                                     .arg(headerRow + 1)
                                     .arg(headerRow)
                               : Tr::tr("Header row: %1").arg(headerRow + 1));
    Q_UNUSED(sheet);
    for (qsizetype c = 0; c < columns.size(); ++c) {
        const Column &col = columns.at(c);
        QString role = roleName(col.role);
        if (col.role == Role::Party)
            role += QStringLiteral(" (%1)").arg(Party::kindName(col.partyKind));
        if (col.role == Role::RoleColumn)
            role = Tr::tr("Parties that are %1").arg(Raci::roleName(col.raciRole));
        lines.append(
            Tr::tr("Column %1 “%2”: %3").arg(CsvImport::columnLetter(int(c) + 1), col.name, role));
    }
    if (marksSeen)
        lines.append(Tr::tr("A mark (x, ✓) means: %1").arg(mark.toString()));
    return lines;
}
