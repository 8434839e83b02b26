#include "sheetfixtures.h"

#include "exchange/sheet/sheetreader.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>

#include <xlsxwriter.h>
#include <zip.h>

namespace sheetfixtures {

QByteArray xlsx(const QList<SheetSpec> &sheets, bool constantMemory)
{
    QTemporaryDir dir;
    const QByteArray path = QFile::encodeName(dir.filePath(QStringLiteral("book.xlsx")));
    lxw_workbook_options options = {};
    options.constant_memory = constantMemory ? LXW_TRUE : LXW_FALSE;
    lxw_workbook *book = workbook_new_opt(path.constData(), &options);
    for (const SheetSpec &spec : sheets) {
        lxw_worksheet *ws = workbook_add_worksheet(book, spec.name.toUtf8().constData());
        QSet<std::pair<int, int>> covered;
        for (const Sheet::Range &m : spec.merges)
            for (int r = m.firstRow; r <= m.lastRow; ++r)
                for (int c = m.firstColumn; c <= m.lastColumn; ++c)
                    covered.insert({r, c});
        for (int r = 0; r < spec.rows.size(); ++r) {
            for (int c = 0; c < spec.rows.at(r).size(); ++c) {
                if (covered.contains({r, c}))
                    continue;
                const QString text = spec.rows.at(r).at(c);
                if (text.isEmpty())
                    continue;
                const auto row = lxw_row_t(r);
                const auto col = lxw_col_t(c);
                if (text.startsWith(QLatin1String("#n:"))) {
                    worksheet_write_number(ws, row, col, text.mid(3).toDouble(), nullptr);
                } else if (text.startsWith(QLatin1String("#b:"))) {
                    worksheet_write_boolean(ws, row, col, text.mid(3).toInt(), nullptr);
                } else if (text.startsWith(QLatin1String("#f:"))) {
                    const QStringList parts = text.mid(3).split(u'|');
                    worksheet_write_formula_num(ws, row, col, parts.at(0).toUtf8().constData(),
                                                nullptr, parts.value(1).toDouble());
                } else {
                    worksheet_write_string(ws, row, col, text.toUtf8().constData(), nullptr);
                }
            }
        }
        for (const Sheet::Range &m : spec.merges) {
            const QString text = spec.rows.value(m.firstRow).value(m.firstColumn);
            worksheet_merge_range(ws, lxw_row_t(m.firstRow), lxw_col_t(m.firstColumn),
                                  lxw_row_t(m.lastRow), lxw_col_t(m.lastColumn),
                                  text.toUtf8().constData(), nullptr);
        }
    }
    if (workbook_close(book) != LXW_NO_ERROR)
        return {};
    QFile file(QFile::decodeName(path));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

namespace {

// Writes a zip of the parts to a temporary file with libzip; big parts
// are given as a function that fills the next chunk.
QByteArray writeZip(const QMap<QString, QByteArray> &parts, const QString &bigName = {},
                    qint64 bigSize = 0)
{
    QTemporaryDir dir;
    const QByteArray path = QFile::encodeName(dir.filePath(QStringLiteral("parts.zip")));
    int error = 0;
    zip_t *archive = zip_open(path.constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!archive)
        return {};
    for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
        zip_source_t *source =
            zip_source_buffer(archive, it.value().constData(), zip_uint64_t(it.value().size()), 0);
        zip_file_add(archive, it.key().toUtf8().constData(), source, ZIP_FL_ENC_UTF_8);
    }
    // A part of bigSize bytes: "<worksheet>", spaces, "</worksheet>".
    struct Big {
        qint64 size = 0;
        qint64 at = 0;
    } big{bigSize, 0};
    const auto fill = [](void *state, void *data, zip_uint64_t len,
                         zip_source_cmd_t cmd) -> zip_int64_t {
        auto *b = static_cast<Big *>(state);
        switch (cmd) {
        case ZIP_SOURCE_OPEN:
            b->at = 0;
            return 0;
        case ZIP_SOURCE_READ: {
            const qint64 n = std::min<qint64>(qint64(len), b->size - b->at);
            auto *out = static_cast<char *>(data);
            for (qint64 i = 0; i < n; ++i) {
                const qint64 pos = b->at + i;
                static const char head[] = "<worksheet>";
                out[i] = pos < 11 ? head[pos] : ' ';
            }
            b->at += n;
            return n;
        }
        case ZIP_SOURCE_CLOSE:
            return 0;
        case ZIP_SOURCE_STAT: {
            auto *st = static_cast<zip_stat_t *>(data);
            zip_stat_init(st);
            return sizeof(*st);
        }
        case ZIP_SOURCE_ERROR:
            return 0;
        case ZIP_SOURCE_FREE:
            return 0;
        case ZIP_SOURCE_SUPPORTS:
            return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ,
                                                  ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT,
                                                  ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, -1);
        default:
            return -1;
        }
    };
    if (!bigName.isEmpty()) {
        zip_source_t *source = zip_source_function(archive, fill, &big);
        zip_file_add(archive, bigName.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8);
    }
    if (zip_close(archive) != 0) {
        zip_discard(archive);
        return {};
    }
    QFile file(QFile::decodeName(path));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

QByteArray zip(const QMap<QString, QByteArray> &parts)
{
    return writeZip(parts);
}

QByteArray zipBomb(int mib)
{
    const QMap<QString, QByteArray> small = {
        {QStringLiteral("xl/workbook.xml"),
         "<workbook xmlns:r=\"r\"><sheets><sheet name=\"S\" r:id=\"rId1\"/></sheets>"
         "</workbook>"},
        {QStringLiteral("xl/_rels/workbook.xml.rels"),
         "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/>"
         "</Relationships>"}};
    return writeZip(small, QStringLiteral("xl/worksheets/sheet1.xml"), qint64(mib) * 1024 * 1024);
}

QByteArray workbookWith(const QByteArray &sheetXml)
{
    return zip({
        {QStringLiteral("xl/workbook.xml"),
         "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
         "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
         "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
        {QStringLiteral("xl/_rels/workbook.xml.rels"),
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
         "relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"},
        {QStringLiteral("xl/worksheets/sheet1.xml"), sheetXml},
    });
}

QByteArray messyWorkbook()
{
    SheetSpec s;
    s.name = QStringLiteral("RACI 2026");
    s.rows = {
        {QStringLiteral("Northwind – IT responsibilities (draft)")},
        {QStringLiteral("R = Responsible, A = Accountable, C = Consulted, I = Informed")},
        {},
        {QStringLiteral("Task / Duty"), QStringLiteral("Internal IT"),
         QStringLiteral("Contoso MSP"), QStringLiteral("Leadership"), QStringLiteral("Status"),
         QStringLiteral("Comments")},
        {QStringLiteral("HELP DESK")},
        {QStringLiteral("Reset passwords"), QStringLiteral("C"), QStringLiteral("A,R"), QString(),
         QStringLiteral("Done"), QStringLiteral("Self-service portal first")},
        {QStringLiteral("Onboard new staff"), QStringLiteral("RA"), QStringLiteral("C"),
         QStringLiteral("I"), QStringLiteral("Open")},
        {QStringLiteral("SECURITY")},
        {QStringLiteral("Review firewall rules"), QStringLiteral("A"), QStringLiteral("R?"),
         QStringLiteral("I"), QStringLiteral("Open"), QStringLiteral("Quarterly")},
        {QStringLiteral("Patch servers"), QStringLiteral("I"), QStringLiteral("A+R"), QString(),
         QStringLiteral("Done")},
        {QStringLiteral("Insert new rows above this one")},
    };
    s.merges = {{4, 0, 4, 5}, {7, 0, 7, 5}, {0, 0, 0, 5}};
    return xlsx({s});
}

Imported importBytes(const QByteArray &bytes, const QString &name)
{
    Imported i;
    const Result<Workbook> book = SheetReader::read(bytes, name);
    if (!book) {
        i.readError = book.error();
        return i;
    }
    i.book = book.value();
    i.sheet = SheetLayout::likelySheet(i.book);
    const Sheet &sheet = i.book.sheets.at(i.sheet);
    i.layout = SheetLayout::detect(sheet);
    i.outcome = SheetImport::read(sheet, i.layout, name);
    return i;
}

QStringList matrixLines(const Agreement &a)
{
    QStringList lines;
    for (const Duty &d : a.duties) {
        QStringList roles;
        for (const Party &p : a.parties)
            if (!d.rolesOf(p.id).isEmpty())
                roles.append(p.name + u'=' + d.rolesOf(p.id).toString());
        QString line = (a.area(d.areaId) ? a.area(d.areaId)->name : QStringLiteral("?"))
                       + QStringLiteral(" / ") + d.title + QStringLiteral(": ")
                       + roles.join(QStringLiteral(", "));
        if (!d.notes.isEmpty())
            line += QStringLiteral(" [") + d.notes + u']';
        lines.append(line);
    }
    return lines;
}

QStringList partyLines(const Agreement &a)
{
    QStringList lines;
    for (const Party &p : a.parties)
        lines.append(QStringLiteral("%1 (%2)").arg(p.name, Party::kindKey(p.kind)));
    return lines;
}

} // namespace sheetfixtures
