#include "exchange/sheet/xlsxsheetreader.h"

#include "exchange/csvimport.h"

#include <QCoreApplication>
#include <QHash>
#include <QXmlStreamReader>

#include <zip.h>

#include <cmath>

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SheetReader)
};

// A failure inside the workbook: what went wrong and in which part.
struct Failure {
    QString what;
};

// The workbook's zip, read from memory with libzip.
class Archive
{
public:
    explicit Archive(const QByteArray &bytes)
        : m_bytes(bytes)
    {}
    ~Archive()
    {
        if (m_zip)
            zip_discard(m_zip);
    }
    Archive(const Archive &) = delete;
    Archive &operator=(const Archive &) = delete;

    bool open()
    {
        zip_error_t error;
        zip_error_init(&error);
        zip_source_t *source =
            zip_source_buffer_create(m_bytes.constData(), zip_uint64_t(m_bytes.size()), 0, &error);
        if (source)
            m_zip = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
        if (source && !m_zip)
            zip_source_free(source);
        zip_error_fini(&error);
        return m_zip != nullptr;
    }

    bool has(const QString &part) const
    {
        return zip_name_locate(m_zip, part.toUtf8().constData(), 0) >= 0;
    }

    // The part's bytes, read with the limits; never trusts the sizes the
    // zip's directory claims. libzip checks each part's CRC at its end.
    std::optional<QByteArray> read(const QString &part, QString *error)
    {
        const zip_int64_t index = zip_name_locate(m_zip, part.toUtf8().constData(), 0);
        if (index < 0) {
            *error = Tr::tr("the workbook has no part “%1”").arg(part);
            return std::nullopt;
        }
        zip_file_t *file = zip_fopen_index(m_zip, zip_uint64_t(index), 0);
        if (!file) {
            *error = Tr::tr("the part “%1” cannot be unpacked (%2)")
                         .arg(part, QString::fromUtf8(zip_strerror(m_zip)));
            return std::nullopt;
        }
        QByteArray data;
        char chunk[64 * 1024];
        std::optional<QByteArray> result;
        for (;;) {
            const zip_int64_t n = zip_fread(file, chunk, sizeof chunk);
            if (n < 0) {
                *error = Tr::tr("the part “%1” is damaged (%2)")
                             .arg(part, QString::fromUtf8(zip_file_strerror(file)));
                break;
            }
            if (n == 0) {
                result = std::move(data);
                break;
            }
            m_total += n;
            if (data.size() + n > XlsxSheetReader::MaxPartBytes
                || m_total > XlsxSheetReader::MaxTotalBytes) {
                *error = Tr::tr("the part “%1” unpacks to more than %2 MiB (a zip bomb?)")
                             .arg(part)
                             .arg(XlsxSheetReader::MaxPartBytes / (1024 * 1024));
                break;
            }
            data.append(chunk, qsizetype(n));
        }
        zip_fclose(file);
        return result;
    }

private:
    QByteArray m_bytes;
    zip_t *m_zip = nullptr;
    qint64 m_total = 0;
};

// Wraps QXmlStreamReader: refuses DTDs, reports errors with the part's name.
class Xml
{
public:
    Xml(const QByteArray &data, QString part)
        : m_reader(data)
        , m_part(std::move(part))
    {}

    // Moves to the document's root element; a DTD before it is refused.
    bool root()
    {
        while (!m_reader.atEnd()) {
            const QXmlStreamReader::TokenType t = m_reader.readNext();
            if (t == QXmlStreamReader::DTD) {
                m_dtd = true;
                m_reader.raiseError(QStringLiteral("DTD"));
                return false;
            }
            if (t == QXmlStreamReader::StartElement)
                return true;
        }
        return false;
    }
    // The next child element of the current one; false at its end.
    bool child() { return m_reader.readNextStartElement(); }

    QStringView name() const { return m_reader.name(); }
    QString attr(const char *name) const
    {
        return m_reader.attributes().value(QLatin1String(name)).toString();
    }
    // All character data inside the current element (and its children).
    QString text()
    {
        QString out;
        int depth = 1;
        while (depth > 0 && !m_reader.atEnd()) {
            const QXmlStreamReader::TokenType t = m_reader.readNext();
            if (t == QXmlStreamReader::StartElement)
                ++depth;
            else if (t == QXmlStreamReader::EndElement)
                --depth;
            else if (t == QXmlStreamReader::Characters)
                out += m_reader.text();
            else if (t == QXmlStreamReader::DTD) {
                m_dtd = true;
                m_reader.raiseError(QStringLiteral("DTD"));
            }
        }
        return out;
    }
    // The text of the <t> elements inside the current <si> or <is>, leaving
    // out phonetic runs (<rPh>).
    QString richText()
    {
        QString out;
        int depth = 1;
        while (depth > 0 && !m_reader.atEnd()) {
            const QXmlStreamReader::TokenType t = m_reader.readNext();
            if (t == QXmlStreamReader::StartElement) {
                if (m_reader.name() == QLatin1String("t"))
                    out += text();
                else if (m_reader.name() == QLatin1String("rPh"))
                    m_reader.skipCurrentElement();
                else
                    ++depth;
            } else if (t == QXmlStreamReader::EndElement) {
                --depth;
            }
        }
        return out;
    }
    void skip() { m_reader.skipCurrentElement(); }
    void stop(const QString &why) { m_reader.raiseError(why); }

    std::optional<QString> error() const
    {
        if (m_dtd)
            return Tr::tr("the part “%1” declares a document type (entities are not allowed in "
                          "a workbook)")
                .arg(m_part);
        if (m_reader.hasError())
            return Tr::tr("the part “%1” is not well-formed XML (line %2: %3)")
                .arg(m_part)
                .arg(m_reader.lineNumber())
                .arg(m_reader.errorString());
        return std::nullopt;
    }

private:
    QXmlStreamReader m_reader;
    QString m_part;
    bool m_dtd = false;
};

// "xl/worksheets/sheet1.xml" from a relationship target as written in
// xl/_rels/workbook.xml.rels: relative to xl/, or absolute from the root.
QString partPath(const QString &target)
{
    if (target.startsWith(u'/'))
        return target.mid(1);
    QStringList parts = QStringList{QStringLiteral("xl")} + target.split(u'/');
    QStringList out;
    for (const QString &p : std::as_const(parts)) {
        if (p == QLatin1String("..")) {
            if (!out.isEmpty())
                out.removeLast();
        } else if (!p.isEmpty() && p != QLatin1String(".")) {
            out.append(p);
        }
    }
    return out.join(u'/');
}

// A number cell as a person reads it: 3 not 3.0, 0.25 not 2.5E-1.
QString numberText(const QString &raw)
{
    bool ok = false;
    const double value = raw.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return raw;
    if (value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 15);
}

bool parseRange(QStringView ref, Sheet::Range *range)
{
    const qsizetype colon = ref.indexOf(u':');
    if (colon < 0)
        return false;
    return XlsxSheetReader::parseReference(ref.first(colon), &range->firstRow, &range->firstColumn)
           && XlsxSheetReader::parseReference(ref.sliced(colon + 1), &range->lastRow,
                                              &range->lastColumn)
           && range->firstRow <= range->lastRow && range->firstColumn <= range->lastColumn;
}

struct SheetEntry {
    QString name;
    QString part;
};

std::optional<Failure> readCell(Xml &xml, const QStringList &shared, Sheet &sheet, int row,
                                int &nextColumn, qsizetype &cells)
{
    int column = nextColumn;
    if (const QString r = xml.attr("r"); !r.isEmpty()) {
        int refRow = 0;
        if (!XlsxSheetReader::parseReference(r, &refRow, &column))
            return Failure{Tr::tr("sheet “%1”, row %2 has a cell named “%3”")
                               .arg(sheet.name)
                               .arg(row + 1)
                               .arg(r.left(20))};
    }
    nextColumn = column + 1;
    const QString type = xml.attr("t");
    QString value;
    bool hasValue = false;
    // <v> holds the value (a formula's cached result too), <is> inline text.
    while (xml.child()) {
        if (xml.name() == QLatin1String("v")) {
            value = xml.text();
            hasValue = true;
        } else if (xml.name() == QLatin1String("is")) {
            value = xml.richText();
            hasValue = true;
        } else {
            xml.skip();
        }
    }
    if (!hasValue)
        return std::nullopt;
    const QString place = CsvImport::columnLetter(column + 1) + QString::number(row + 1);
    if (type == QLatin1String("s")) {
        bool ok = false;
        const int index = value.trimmed().toInt(&ok);
        if (!ok || index < 0 || index >= shared.size())
            return Failure{Tr::tr("sheet “%1”, cell %2 refers to a shared text that does not "
                                  "exist (“%3”)")
                               .arg(sheet.name, place, value.left(20))};
        value = shared.at(index);
    } else if (type == QLatin1String("b")) {
        value = value.trimmed() == QLatin1String("1") ? QStringLiteral("TRUE")
                                                      : QStringLiteral("FALSE");
    } else if (type.isEmpty() || type == QLatin1String("n")) {
        value = numberText(value.trimmed());
    }
    if (value.isEmpty())
        return std::nullopt;
    if (++cells > XlsxSheetReader::MaxCells)
        return Failure{Tr::tr("the workbook has more than %1 cells with values")
                           .arg(XlsxSheetReader::MaxCells)};
    if (sheet.rows.size() <= row)
        sheet.rows.resize(row + 1);
    QStringList &cellsOfRow = sheet.rows[row];
    if (cellsOfRow.size() <= column)
        cellsOfRow.resize(column + 1);
    cellsOfRow[column] = value;
    return std::nullopt;
}

std::optional<Failure> readSheet(Xml &xml, const QStringList &shared, Sheet &sheet,
                                 qsizetype &cells)
{
    if (!xml.root())
        return std::nullopt;
    int nextRow = 0;
    while (xml.child()) {
        if (xml.name() == QLatin1String("sheetData")) {
            while (xml.child()) {
                if (xml.name() != QLatin1String("row")) {
                    xml.skip();
                    continue;
                }
                int row = nextRow;
                if (const QString r = xml.attr("r"); !r.isEmpty()) {
                    bool ok = false;
                    row = r.toInt(&ok) - 1;
                    if (!ok || row < 0 || row >= XlsxSheetReader::MaxRows)
                        return Failure{Tr::tr("sheet “%1” has a row numbered “%2”")
                                           .arg(sheet.name, r.left(20))};
                }
                nextRow = row + 1;
                int nextColumn = 0;
                // An empty <row/> adds nothing: only cells with values grow the sheet.
                while (xml.child()) {
                    if (xml.name() != QLatin1String("c")) {
                        xml.skip();
                        continue;
                    }
                    if (auto f = readCell(xml, shared, sheet, row, nextColumn, cells))
                        return f;
                }
            }
        } else if (xml.name() == QLatin1String("mergeCells")) {
            while (xml.child()) {
                Sheet::Range range;
                if (xml.name() == QLatin1String("mergeCell") && parseRange(xml.attr("ref"), &range)
                    && sheet.merged.size() < 100'000)
                    sheet.merged.append(range);
                xml.skip();
            }
        } else {
            xml.skip();
        }
    }
    return std::nullopt;
}

// A merge over several rows (an area typed once beside its duties) shows
// its value in each row: copy it into the first column of each.
void spreadMergedValues(Sheet &sheet)
{
    for (const Sheet::Range &r : std::as_const(sheet.merged)) {
        if (r.lastRow == r.firstRow || r.firstRow >= sheet.rows.size())
            continue;
        const QString value = sheet.cell(r.firstRow, r.firstColumn);
        if (value.isEmpty())
            continue;
        const int last = std::min(r.lastRow, int(sheet.rows.size()) - 1);
        for (int row = r.firstRow + 1; row <= last; ++row) {
            QStringList &cells = sheet.rows[row];
            if (cells.size() <= r.firstColumn)
                cells.resize(r.firstColumn + 1);
            if (cells[r.firstColumn].isEmpty())
                cells[r.firstColumn] = value;
        }
    }
}

} // namespace

bool XlsxSheetReader::parseReference(QStringView ref, int *row, int *column)
{
    qsizetype i = 0;
    int col = 0;
    while (i < ref.size() && ref.at(i).isLetter() && ref.at(i).unicode() < 128) {
        col = col * 26 + (ref.at(i).toUpper().unicode() - u'A' + 1);
        if (col > MaxColumns)
            return false;
        ++i;
    }
    if (i == 0 || i == ref.size())
        return false;
    bool ok = false;
    const int r = ref.sliced(i).toInt(&ok);
    if (!ok || r < 1 || r > MaxRows || !ref.at(i).isDigit())
        return false;
    *row = r - 1;
    *column = col - 1;
    return true;
}

Result<Workbook> XlsxSheetReader::read(const QByteArray &bytes, const QString &sourceName)
{
    const auto fail = [&sourceName](const QString &what) {
        return Result<Workbook>::failure(Tr::tr("Cannot read “%1”: %2.").arg(sourceName, what));
    };
    if (bytes.size() > MaxFileBytes)
        return fail(Tr::tr("the file is larger than %1 MiB").arg(MaxFileBytes / (1024 * 1024)));
    if (!bytes.startsWith("PK"))
        return fail(Tr::tr("it is not an XLSX workbook (not a zip archive)"));
    Archive zip(bytes);
    if (!zip.open())
        return fail(Tr::tr("the zip archive is damaged or truncated"));
    QString error;

    // Shared strings, when there are any.
    QStringList shared;
    if (zip.has(QStringLiteral("xl/sharedStrings.xml"))) {
        const std::optional<QByteArray> data =
            zip.read(QStringLiteral("xl/sharedStrings.xml"), &error);
        if (!data)
            return fail(error);
        Xml xml(*data, QStringLiteral("xl/sharedStrings.xml"));
        if (xml.root()) {
            while (xml.child()) {
                if (xml.name() != QLatin1String("si")) {
                    xml.skip();
                    continue;
                }
                shared.append(xml.richText());
                if (shared.size() > MaxCells)
                    return fail(Tr::tr("the workbook has more than %1 shared texts").arg(MaxCells));
            }
        }
        if (const auto e = xml.error())
            return fail(*e);
    }

    // The sheets in the workbook's order, and their parts.
    QHash<QString, QString> targets; // relationship id -> part
    {
        const std::optional<QByteArray> data =
            zip.read(QStringLiteral("xl/_rels/workbook.xml.rels"), &error);
        if (!data)
            return fail(error);
        Xml xml(*data, QStringLiteral("xl/_rels/workbook.xml.rels"));
        if (xml.root()) {
            while (xml.child()) {
                if (xml.name() == QLatin1String("Relationship"))
                    targets.insert(xml.attr("Id"), partPath(xml.attr("Target")));
                xml.skip();
            }
        }
        if (const auto e = xml.error())
            return fail(*e);
    }
    QList<SheetEntry> entries;
    {
        const std::optional<QByteArray> data = zip.read(QStringLiteral("xl/workbook.xml"), &error);
        if (!data)
            return fail(error);
        Xml xml(*data, QStringLiteral("xl/workbook.xml"));
        const bool hasRoot = xml.root();
        while (hasRoot && xml.child()) {
            if (xml.name() != QLatin1String("sheets")) {
                xml.skip();
                continue;
            }
            while (xml.child()) {
                if (xml.name() == QLatin1String("sheet"))
                    entries.append({xml.attr("name"), targets.value(xml.attr("r:id"))});
                xml.skip();
                if (entries.size() > MaxSheets)
                    return fail(Tr::tr("the workbook has more than %1 sheets").arg(MaxSheets));
            }
        }
        if (const auto e = xml.error())
            return fail(*e);
    }
    if (entries.isEmpty())
        return fail(Tr::tr("the workbook has no sheets"));

    Workbook book;
    book.source = sourceName;
    qsizetype cells = 0;
    for (const SheetEntry &entry : std::as_const(entries)) {
        if (entry.part.isEmpty() || !entry.part.endsWith(QLatin1String(".xml")))
            continue; // a chart sheet or a broken link: no cells to read
        const std::optional<QByteArray> data = zip.read(entry.part, &error);
        if (!data)
            return fail(error);
        Sheet sheet;
        sheet.name = entry.name;
        Xml xml(*data, entry.part);
        if (const std::optional<Failure> f = readSheet(xml, shared, sheet, cells))
            return fail(f->what);
        if (const auto e = xml.error())
            return fail(*e);
        spreadMergedValues(sheet);
        sheet.trim();
        book.sheets.append(std::move(sheet));
    }
    if (book.sheets.isEmpty())
        return fail(Tr::tr("the workbook has no worksheets"));
    return book;
}
