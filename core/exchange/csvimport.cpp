#include "exchange/csvimport.h"

#include "exchange/agreementnames.h"
#include "exchange/sheet/sheetlayout.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringDecoder>

#include <vector>

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CsvImport)
};

using Problem = CsvImport::Problem;

// Long cell text is cut in messages so that one bad cell cannot flood them.
QString shown(QStringView text)
{
    constexpr qsizetype Max = 40;
    if (text.size() <= Max)
        return text.toString();
    return text.first(Max).toString() + QChar(0x2026);
}

using Problems = CsvImport::ProblemList;

CsvImport::Outcome outcomeOf(const Problems &problems)
{
    CsvImport::Outcome o;
    o.problems = problems.list();
    o.unlisted = problems.unlisted();
    o.source = problems.source();
    return o;
}

struct Record {
    QStringList cells;
    int row = 0;        // 1-based record number
    QList<int> tooLong; // 0-based columns whose text was dropped, already reported
};

// UTF-8 text from the bytes, or a problem saying why the file is not text.
std::optional<QString> decode(const QByteArray &bytes, Problems &problems)
{
    if (bytes.isEmpty()) {
        problems.add(0, 0, {}, Tr::tr("the file is empty"));
        return std::nullopt;
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        problems.add(0, 0, {}, Tr::tr("the file is UTF-16 text; save it as CSV in UTF-8"));
        return std::nullopt;
    }
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0) {
        problems.add(0, 0, {},
                     Tr::tr("not a text file: byte %1 (line %2) is a zero byte")
                         .arg(nul + 1)
                         .arg(bytes.first(nul).count('\n') + 1));
        return std::nullopt;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        // The first replacement character marks the spot (near enough to find it).
        qsizetype at = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text.at(i) == QChar::ReplacementCharacter) {
                at = i;
                break;
            }
        }
        problems.add(0, 0, {},
                     Tr::tr("not UTF-8 text (line %1 holds bytes that are not UTF-8); save it "
                            "as CSV in UTF-8")
                         .arg(QStringView(text).first(at).count(u'\n') + 1));
        return std::nullopt;
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

// The delimiter the header row uses: a comma unless it holds none and
// semicolons or tabs instead (spreadsheets in some locales write those).
QChar delimiterOf(QStringView text)
{
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == u'\n' || c == u'\r')
            break;
        else if (c == u',')
            ++commas;
        else if (c == u';')
            ++semicolons;
        else if (c == u'\t')
            ++tabs;
    }
    if (commas > 0)
        return u',';
    if (semicolons > 0 || tabs > 0)
        return semicolons >= tabs ? u';' : u'\t';
    return u',';
}

// RFC 4180 records. Lines end with CRLF, LF or CR. A quote inside an
// unquoted cell is kept as text; text after a closing quote is a problem.
// An unterminated quote, too many columns or rows stop the reading.
std::vector<Record> tokenize(const QString &text, Problems &problems)
{
    std::vector<Record> records;
    const QChar delimiter = delimiterOf(text);
    const qsizetype n = text.size();
    qsizetype i = 0;
    int row = 0;
    while (i < n) {
        Record record;
        record.row = ++row;
        if (row > CsvImport::MaxRows) {
            problems.add(row, 0, {},
                         Tr::tr("the file has more than %1 rows").arg(CsvImport::MaxRows));
            return records;
        }
        bool endOfRecord = false;
        while (!endOfRecord) {
            const int column = int(record.cells.size()) + 1;
            if (column > CsvImport::MaxColumns) {
                problems.add(row, 0, {},
                             Tr::tr("the row has more than %1 columns").arg(CsvImport::MaxColumns));
                return records;
            }
            QString cell;
            bool tooLong = false;
            if (i < n && text.at(i) == u'"') {
                const qsizetype start = i++;
                bool closed = false;
                while (i < n) {
                    const QChar c = text.at(i);
                    if (c == u'"') {
                        if (i + 1 < n && text.at(i + 1) == u'"') {
                            if (!tooLong)
                                cell += u'"';
                            i += 2;
                            continue;
                        }
                        ++i;
                        closed = true;
                        break;
                    }
                    if (!tooLong)
                        cell += c;
                    tooLong = tooLong || cell.size() > CsvImport::MaxCellChars;
                    ++i;
                }
                if (!closed) {
                    problems.add(row, column, {},
                                 Tr::tr("a quoted cell is never closed (its opening quote is on "
                                        "line %1)")
                                     .arg(QStringView(text).first(start).count(u'\n') + 1));
                    return records;
                }
                // Anything between the closing quote and the delimiter is an error.
                qsizetype stray = i;
                while (stray < n && text.at(stray) != delimiter && text.at(stray) != u'\n'
                       && text.at(stray) != u'\r')
                    ++stray;
                if (stray > i) {
                    problems.add(row, column, {},
                                 Tr::tr("text follows the closing quote of a quoted cell"));
                    i = stray;
                }
            } else {
                const qsizetype start = i;
                while (i < n && text.at(i) != delimiter && text.at(i) != u'\n'
                       && text.at(i) != u'\r')
                    ++i;
                tooLong = i - start > CsvImport::MaxCellChars;
                if (!tooLong)
                    cell = text.sliced(start, i - start);
            }
            if (tooLong) {
                problems.add(
                    row, column, {},
                    Tr::tr("the cell is longer than %1 characters").arg(CsvImport::MaxCellChars));
                cell.clear();
                record.tooLong.append(column - 1);
            }
            record.cells.append(cell);
            if (i >= n) {
                endOfRecord = true;
            } else if (text.at(i) == delimiter) {
                ++i;
            } else {
                // CRLF, LF or CR ends the record.
                if (text.at(i) == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                    ++i;
                ++i;
                endOfRecord = true;
            }
        }
        records.push_back(std::move(record));
    }
    return records;
}

// CsvFormat puts an apostrophe in front of cells a spreadsheet would
// evaluate, and in front of cells starting with one; take it off again.
QString cellText(const QString &raw)
{
    return raw.startsWith(u'\'') ? raw.sliced(1) : raw;
}

enum class Column { Area, Duty, Kind, System, Ownership, Party };

struct ColumnMap {
    QList<Column> kinds;      // per column
    QList<qsizetype> parties; // per column: index into the party list, or -1
    QList<QString> names;     // per column: the header text
    int area = -1;
    int duty = -1;
    int kind = -1;
    int system = -1;
};

std::optional<Column> knownColumn(const QString &name)
{
    const QString n = name.toCaseFolded();
    if (n == QLatin1String("area"))
        return Column::Area;
    if (n == QLatin1String("duty") || n == QLatin1String("title"))
        return Column::Duty;
    if (n == QLatin1String("kind"))
        return Column::Kind;
    if (n == QLatin1String("system"))
        return Column::System;
    if (n == QLatin1String("ownership"))
        return Column::Ownership;
    return std::nullopt;
}

// Maps the header row. parties: the agreement's parties to match (apply),
// or nullptr to make one party per unknown column (read).
ColumnMap mapHeader(const Record &header, const QList<Party> *parties, QList<Party> &created,
                    Problems &problems)
{
    ColumnMap map;
    QHash<QString, int> seen; // case-folded meaning -> first column
    for (int c = 0; c < header.cells.size(); ++c) {
        const int column = c + 1;
        const QString name = cellText(header.cells.at(c)).trimmed();
        map.names.append(name);
        map.kinds.append(Column::Party);
        map.parties.append(-1);
        if (name.isEmpty()) {
            problems.add(1, column, {}, Tr::tr("the column has no name"));
            continue;
        }
        QString meaning;
        if (const std::optional<Column> known = knownColumn(name)) {
            map.kinds.last() = *known;
            meaning = u'#' + QString::number(int(*known));
            int *slot = *known == Column::Area     ? &map.area
                        : *known == Column::Duty   ? &map.duty
                        : *known == Column::Kind   ? &map.kind
                        : *known == Column::System ? &map.system
                                                   : nullptr;
            if (slot && *slot < 0)
                *slot = c;
        } else if (parties) {
            const qsizetype found = Party::indexByNameOrCode(*parties, name);
            if (found < 0) {
                QStringList names;
                for (const Party &p : *parties)
                    names.append(p.name);
                problems.add(1, column, name,
                             Tr::tr("“%1” is neither a known column (Area, Duty, Kind, System, "
                                    "Ownership) nor a party of the agreement (%2)")
                                 .arg(shown(name), names.join(QStringLiteral(", "))));
                continue;
            }
            map.parties.last() = found;
            meaning = QStringLiteral("party:") + QString::number(found);
        } else {
            meaning = QStringLiteral("name:") + name.toCaseFolded();
            if (!seen.contains(meaning)) {
                map.parties.last() = created.size();
                // Only its name and kind: AgreementNames adds it.
                Party p;
                p.name = name;
                p.kind = SheetLayout::guessPartyKind(name);
                created.append(p);
            }
        }
        const auto first = seen.constFind(meaning);
        if (first != seen.cend()) {
            problems.add(
                1, column, name,
                Tr::tr("column %1 (“%2”) already means the same")
                    .arg(CsvImport::columnLetter(*first + 1), shown(map.names.at(*first))));
            map.parties.last() = -1;
            continue;
        }
        seen.insert(meaning, c);
    }
    if (map.duty < 0)
        problems.add(1, 0, {}, Tr::tr("the header row has no “Duty” column"));
    if (map.area < 0)
        problems.add(1, 0, {}, Tr::tr("the header row has no “Area” column"));
    return map;
}

struct Row {
    int row = 0;
    QString area;
    QString title;
    Duty::Kind kind = Duty::Kind::Task;
    QString system;
    QList<std::pair<qsizetype, Raci>> roles; // party index, roles
};

std::optional<Duty::Kind> parseKind(const QString &text)
{
    if (text.isEmpty())
        return Duty::Kind::Task;
    return Duty::kindFromText(text);
}

// Checks every data row; returns the rows to apply.
QList<Row> readRows(const std::vector<Record> &records, const ColumnMap &map, Problems &problems)
{
    QList<Row> rows;
    const qsizetype width = map.names.size();
    for (size_t r = 1; r < records.size(); ++r) {
        const Record &rec = records[r];
        bool blank = true;
        for (const QString &c : rec.cells)
            blank = blank && c.trimmed().isEmpty();
        if (blank)
            continue;
        if (rec.cells.size() != width) {
            problems.add(
                rec.row, 0, {},
                Tr::tr("the row has %1 cells, the header row %2").arg(rec.cells.size()).arg(width));
            continue;
        }
        Row row;
        row.row = rec.row;
        for (int c = 0; c < width; ++c) {
            // Names and titles are kept exactly (a round trip must not change
            // them); roles and kinds forgive spaces typed around them.
            const QString exact = cellText(rec.cells.at(c));
            const QString text = exact.trimmed();
            const QString &name = map.names.at(c);
            switch (map.kinds.at(c)) {
            case Column::Area:
                if (c == map.area)
                    row.area = exact;
                break;
            case Column::Duty:
                if (c == map.duty)
                    row.title = exact;
                break;
            case Column::Kind:
                if (c != map.kind)
                    break;
                if (const auto kind = parseKind(text))
                    row.kind = *kind;
                else
                    problems.add(rec.row, c + 1, name,
                                 Tr::tr("“%1” is not a duty kind (task, security, approval, "
                                        "project)")
                                     .arg(shown(text)));
                break;
            case Column::System:
                if (c == map.system)
                    row.system = exact;
                break;
            case Column::Ownership:
                break; // derived from the roles
            case Column::Party: {
                if (map.parties.at(c) < 0)
                    break;
                QString error;
                std::optional<Raci> raci;
                if (text.size() <= 64)
                    raci = Raci::parse(text, &error);
                else
                    error = Tr::tr("“%1” is too long to be a RACI value").arg(shown(text));
                if (raci)
                    row.roles.append({map.parties.at(c), *raci});
                else
                    problems.add(rec.row, c + 1, name, error);
                break;
            }
            }
        }
        if (map.area >= 0 && row.area.trimmed().isEmpty() && !rec.tooLong.contains(map.area))
            problems.add(rec.row, map.area + 1, map.names.at(map.area),
                         Tr::tr("the area is empty"));
        if (map.duty >= 0 && row.title.trimmed().isEmpty() && !rec.tooLong.contains(map.duty))
            problems.add(rec.row, map.duty + 1, map.names.at(map.duty),
                         Tr::tr("the duty has no title"));
        rows.append(row);
    }
    return rows;
}

// Finds an area or system by name (case-insensitive), or makes one.
// Reads the file up to its rows: decode, tokenize, header.
struct Parsed {
    std::vector<Record> records;
    ColumnMap map;
    QList<Row> rows;
};

std::optional<Parsed> parse(const QByteArray &csv, const QList<Party> *parties,
                            QList<Party> &created, Problems &problems)
{
    if (csv.size() > CsvImport::MaxBytes) {
        problems.add(
            0, 0, {},
            Tr::tr("the file is larger than %1 MiB").arg(CsvImport::MaxBytes / (1024 * 1024)));
        return std::nullopt;
    }
    const std::optional<QString> text = decode(csv, problems);
    if (!text)
        return std::nullopt;
    Parsed p;
    p.records = tokenize(*text, problems);
    if (p.records.empty()) {
        problems.add(0, 0, {}, Tr::tr("the file has no header row"));
        return std::nullopt;
    }
    p.map = mapHeader(p.records.front(), parties, created, problems);
    p.rows = readRows(p.records, p.map, problems);
    if (problems.any())
        return std::nullopt;
    return p;
}

} // namespace

void CsvImport::ProblemList::add(int row, int column, const QString &columnName,
                                 const QString &what)
{
    if (m_list.size() >= MaxProblemsListed) {
        ++m_unlisted;
        return;
    }
    QString place;
    if (row == 0)
        place = Tr::tr("“%1”").arg(m_source);
    else if (column == 0)
        place = Tr::tr("“%1”, row %2").arg(m_source).arg(row);
    else if (columnName.isEmpty())
        place = Tr::tr("“%1”, row %2, column %3").arg(m_source).arg(row).arg(columnLetter(column));
    else
        place = Tr::tr("“%1”, row %2, column %3 (%4)")
                    .arg(m_source)
                    .arg(row)
                    .arg(columnLetter(column), shown(columnName));
    // A problem is a clause; the list and Outcome::error() end it. Some
    // reasons come as whole sentences (Raci::parse()): drop their stop.
    const QString clause = what.endsWith(u'.') ? what.chopped(1) : what;
    m_list.append(Problem{row, column, Tr::tr("%1: %2").arg(place, clause)});
}

QString CsvImport::columnLetter(int column)
{
    QString letters;
    while (column > 0) {
        const int rem = (column - 1) % 26;
        letters.prepend(QChar(u'A' + rem));
        column = (column - 1) / 26;
    }
    return letters;
}

QString CsvImport::Outcome::error() const
{
    return ok() ? QString() : failure(source, problems, unlisted);
}

QString CsvImport::failure(const QString &source, const QList<Problem> &problems, int unlisted)
{
    const int total = int(problems.size()) + unlisted;
    if (total == 1)
        return Tr::tr("Nothing was imported from “%1”: %2.")
            .arg(source, problems.constFirst().message);
    QString text =
        Tr::tr("Nothing was imported from “%1”: it has %2 problems.").arg(source).arg(total);
    for (const Problem &p : problems)
        text += u'\n' + p.message + u'.';
    if (unlisted > 0)
        text += u'\n' + Tr::tr("… and %1 more.").arg(unlisted);
    return text;
}

Result<Agreement> CsvImport::Outcome::toResult() const
{
    if (ok())
        return *agreement;
    return Result<Agreement>::failure(error());
}

Result<Agreement> CsvImport::tooLarge(const QString &sourceName, qint64 size)
{
    return Result<Agreement>::failure(
        Tr::tr("Nothing was imported from “%1”: the file is %2 MiB, larger than %3 MiB.")
            .arg(sourceName)
            .arg(size / (1024 * 1024))
            .arg(MaxBytes / (1024 * 1024)));
}

CsvImport::Outcome CsvImport::read(const QByteArray &csv, const QString &sourceName)
{
    Problems problems(sourceName);
    QList<Party> created;
    const std::optional<Parsed> parsed = parse(csv, nullptr, created, problems);
    if (!parsed)
        return outcomeOf(problems);

    Agreement a;
    a.details.title = Tr::tr("Imported from %1").arg(sourceName);
    AgreementNames names(a);
    for (const Party &p : std::as_const(created))
        names.addParty(p.name, p.kind);
    a.duties.reserve(parsed->rows.size());
    for (const Row &row : parsed->rows) {
        Duty d;
        d.areaId = names.area(row.area);
        d.systemId = names.system(row.system);
        d.id = a.takeId();
        d.title = row.title;
        d.kind = row.kind;
        for (const auto &[party, raci] : row.roles)
            d.setRoles(a.parties.at(party).id, raci);
        a.duties.append(std::move(d));
    }
    Outcome o = outcomeOf(problems);
    o.agreement = std::move(a);
    return o;
}

CsvImport::Outcome CsvImport::apply(const Agreement &onto, const QByteArray &csv,
                                    const QString &sourceName)
{
    Problems problems(sourceName);
    QList<Party> created;
    const std::optional<Parsed> parsed = parse(csv, &onto.parties, created, problems);
    if (!parsed)
        return outcomeOf(problems);

    Agreement a = onto;
    AgreementNames names(a);
    // (area id, title) -> the duties with them, in list order; each row
    // takes the next one, so repeated titles pair up in order.
    QHash<QString, QList<qsizetype>> byTitle;
    const auto titleKey = [](int areaId, const QString &title) {
        return QString::number(areaId) + u'\x1f' + title.trimmed();
    };
    for (qsizetype i = 0; i < a.duties.size(); ++i)
        byTitle[titleKey(a.duties.at(i).areaId, a.duties.at(i).title)].append(i);

    for (const Row &row : parsed->rows) {
        const int areaId = names.area(row.area);
        const int systemId = names.system(row.system);
        QList<qsizetype> &queue = byTitle[titleKey(areaId, row.title)];
        Duty *d = nullptr;
        if (!queue.isEmpty()) {
            d = &a.duties[queue.takeFirst()];
        } else {
            Duty fresh;
            fresh.id = a.takeId();
            fresh.areaId = areaId;
            fresh.title = row.title;
            a.duties.append(fresh);
            d = &a.duties.last();
        }
        d->kind = row.kind;
        d->systemId = systemId;
        for (const auto &[party, raci] : row.roles)
            d->setRoles(a.parties.at(party).id, raci);
    }
    Outcome o = outcomeOf(problems);
    o.agreement = std::move(a);
    return o;
}
