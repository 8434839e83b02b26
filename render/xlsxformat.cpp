#include "xlsxformat.h"

#include "model/documentlanguage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <algorithm>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(XlsxFormat)
};

constexpr lxw_color_t HeaderColor = 0x1d3557;
constexpr int MaxCellLength = 32767; // Excel's limit
constexpr double MaxColumnWidth = 70;

// Writes one workbook; keeps the first libxlsxwriter error.
class Writer
{
public:
    explicit Writer(const QByteArray &path)
        : m_book(workbook_new(path.constData()))
    {
        if (!m_book)
            return;
        m_header = workbook_add_format(m_book);
        format_set_bold(m_header);
        format_set_font_color(m_header, LXW_COLOR_WHITE);
        format_set_bg_color(m_header, HeaderColor);
        format_set_text_wrap(m_header);
        format_set_align(m_header, LXW_ALIGN_VERTICAL_TOP);
        m_text = workbook_add_format(m_book);
        format_set_text_wrap(m_text);
        format_set_align(m_text, LXW_ALIGN_VERTICAL_TOP);
        m_role = workbook_add_format(m_book);
        format_set_align(m_role, LXW_ALIGN_CENTER);
        format_set_align(m_role, LXW_ALIGN_VERTICAL_TOP);
        format_set_bold(m_role);
        // The role tints of the matrix on screen and in the PDF.
        for (int i = 0; i < 4; ++i) {
            m_roleFills[i] = workbook_add_format(m_book);
            format_set_bg_color(m_roleFills[i], Raci::tint(Raci::ByStrength[i]));
        }
    }
    ~Writer()
    {
        if (m_book && !m_closed)
            workbook_close(m_book);
    }

    bool ok() const { return m_book && m_error == LXW_NO_ERROR; }
    QString error() const
    {
        if (!m_book)
            return Tr::tr("the workbook could not be created");
        return QString::fromUtf8(lxw_strerror(m_error));
    }

    void properties(const QString &title)
    {
        const QByteArray t = title.toUtf8();
        QByteArray app = QByteArrayLiteral("Dutymap");
        lxw_doc_properties props{};
        props.title = const_cast<char *>(t.constData());
        props.author = app.data();
        check(workbook_set_properties(m_book, &props));
    }

    // A sheet with a header row, frozen, filtered and fitted; returns it
    // for more (validation, formats). rows may be ragged.
    lxw_worksheet *sheet(const QString &wantedName, const QStringList &header,
                         const QList<QStringList> &rows, const QList<int> &roleColumns = {})
    {
        lxw_worksheet *ws = workbook_add_worksheet(m_book, sheetName(wantedName).constData());
        if (!ws) {
            m_error = LXW_ERROR_MEMORY_MALLOC_FAILED;
            return nullptr;
        }
        const int columns = int(header.size());
        QList<double> widths(columns, 8);
        for (int c = 0; c < columns; ++c) {
            put(ws, 0, c, header[c], m_header);
            widths[c] = std::max(widths[c], header[c].size() + 2.0);
        }
        for (int r = 0; r < rows.size(); ++r) {
            for (int c = 0; c < columns; ++c) {
                const QString cell = rows[r].value(c);
                const bool role = roleColumns.contains(c);
                put(ws, r + 1, c, cell, role ? m_role : m_text);
                if (r < 2000)
                    widths[c] = std::max(widths[c], std::min(cell.size() + 2.0, MaxColumnWidth));
            }
        }
        for (int c = 0; c < columns; ++c)
            check(worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c),
                                       roleColumns.contains(c) ? 9 : widths[c], nullptr));
        worksheet_freeze_panes(ws, 1, 0);
        if (columns > 0)
            check(worksheet_autofilter(ws, 0, 0, lxw_row_t(std::max<qsizetype>(rows.size(), 1)),
                                       lxw_col_t(columns - 1)));
        return ws;
    }

    // Role cells: coloured by their strongest role (conditional formats, so
    // the colours follow edits) and limited to valid RACI values.
    void roleColumns(lxw_worksheet *ws, int firstColumn, int lastColumn, int rows)
    {
        if (!ws || rows < 1 || lastColumn < firstColumn)
            return;
        const lxw_row_t last = lxw_row_t(rows);
        for (int i = 0; i < 4; ++i) {
            char letter[2] = {char(Raci::roleLetter(Raci::ByStrength[i]).unicode()), '\0'};
            lxw_conditional_format cf{};
            cf.type = LXW_CONDITIONAL_TYPE_TEXT;
            cf.criteria = LXW_CONDITIONAL_CRITERIA_TEXT_BEGINS_WITH;
            cf.value_string = letter;
            cf.format = m_roleFills[i];
            cf.stop_if_true = LXW_TRUE;
            check(worksheet_conditional_format_range(ws, 1, lxw_col_t(firstColumn), last,
                                                     lxw_col_t(lastColumn), &cf));
        }
        // Every valid value in canonical form (A, R, C, I order, '/').
        static const QList<QByteArray> values = [] {
            QList<QByteArray> list;
            for (int bits : {3, 1, 2, 4, 8, 12, 6, 10, 5, 9, 7, 11, 13, 14, 15})
                list.append(Raci::fromBits(std::uint8_t(bits)).toString().toUtf8());
            return list;
        }();
        std::vector<char *> list;
        for (const QByteArray &v : values)
            list.push_back(const_cast<char *>(v.constData()));
        list.push_back(nullptr);
        QByteArray title = Tr::tr("RACI roles").toUtf8();
        QByteArray message =
            Tr::tr("Choose R, A, C, I or a combination such as A/R; leave empty for none.")
                .toUtf8();
        message.truncate(255); // Excel's limit
        lxw_data_validation dv{};
        dv.validate = LXW_VALIDATION_TYPE_LIST;
        dv.value_list = list.data();
        dv.ignore_blank = LXW_VALIDATION_ON;
        dv.error_title = title.data();
        dv.error_message = message.data();
        check(worksheet_data_validation_range(ws, 1, lxw_col_t(firstColumn), last,
                                              lxw_col_t(lastColumn), &dv));
    }

    bool close()
    {
        m_closed = true;
        const lxw_error e = workbook_close(m_book);
        if (m_error == LXW_NO_ERROR)
            m_error = e;
        return ok();
    }

private:
    void check(lxw_error e)
    {
        if (m_error == LXW_NO_ERROR && e != LXW_NO_ERROR)
            m_error = e;
    }

    // Always a string cell, never a formula: text starting with = + - @
    // stays text in every spreadsheet.
    void put(lxw_worksheet *ws, int row, int col, const QString &text, lxw_format *format)
    {
        if (text.isEmpty()) {
            check(worksheet_write_blank(ws, lxw_row_t(row), lxw_col_t(col), format));
            return;
        }
        const QByteArray utf8 = text.left(MaxCellLength).toUtf8();
        check(worksheet_write_string(ws, lxw_row_t(row), lxw_col_t(col), utf8.constData(), format));
    }

    // Excel's rules: at most 31 characters, none of []:*?/\, unique
    // regardless of case.
    QByteArray sheetName(const QString &wanted)
    {
        QString name = wanted.simplified();
        static const QString forbidden = QStringLiteral("[]:*?/\\");
        for (QChar &c : name)
            if (forbidden.contains(c))
                c = u'-';
        while (name.startsWith(u'\''))
            name.remove(0, 1);
        if (name.isEmpty())
            name = Tr::tr("Sheet");
        // A long caption keeps its first clause ("Escalation rules, in the
        // order they are tried"), else whole words.
        if (name.size() > 31 && name.indexOf(u',') > 0)
            name = name.left(name.indexOf(u','));
        if (name.size() > 31) {
            name = name.left(31);
            if (const qsizetype space = name.lastIndexOf(u' '); space > 10)
                name = name.left(space);
        }
        name = name.trimmed();
        QString unique = name;
        for (int n = 2; m_names.contains(unique.toLower()); ++n) {
            const QString suffix = QStringLiteral(" (%1)").arg(n);
            unique = name.left(31 - suffix.size()) + suffix;
        }
        m_names.insert(unique.toLower());
        return unique.toUtf8();
    }

    lxw_workbook *m_book = nullptr;
    lxw_format *m_header = nullptr;
    lxw_format *m_text = nullptr;
    lxw_format *m_role = nullptr;
    lxw_format *m_roleFills[4] = {}; // in Raci::ByStrength order
    lxw_error m_error = LXW_NO_ERROR;
    bool m_closed = false;
    QSet<QString> m_names;
};

} // namespace

QString XlsxFormat::name() const
{
    return Tr::tr("Excel workbook");
}

Status XlsxFormat::write(const ExportJob &job, QIODevice *device) const
{
    return writeReport(job.report(), device);
}

Status XlsxFormat::writeReport(const report::Report &report, QIODevice *device) const
{
    // libxlsxwriter writes files only: build the workbook in a private
    // temporary folder, then copy it to the device.
    QTemporaryDir dir;
    if (!dir.isValid())
        return Status::failure(
            Tr::tr("no temporary folder for the workbook: %1").arg(dir.errorString()));
    const QString path = dir.filePath(QStringLiteral("export.xlsx"));
    {
        Writer w(QFile::encodeName(path));
        if (!w.ok())
            return Status::failure(w.error());
        // The workbook's words in the agreement's language (DocumentLanguage).
        const DocumentLanguage::Scope language(report.language);
        w.properties(report.cover.title);

        // The matrix: area, duty, kind, system, one column per party, ownership.
        const report::Matrix &m = report.matrix;
        QStringList header = {Tr::tr("Area"), Tr::tr("Duty"), Tr::tr("Kind"), Tr::tr("System")};
        QList<int> roleColumns;
        for (const report::PartyColumn &p : m.parties) {
            roleColumns.append(int(header.size()));
            header.append(p.name);
        }
        header.append(Tr::tr("Ownership"));
        QList<QStringList> rows;
        rows.reserve(m.dutyCount());
        for (const report::MatrixGroup &g : m.groups) {
            for (const report::MatrixRow &r : g.rows) {
                QStringList row = {g.area, r.title, r.kind, r.system};
                for (qsizetype i = 0; i < m.parties.size(); ++i)
                    row.append(r.roles.value(i).toString());
                row.append(r.ownership);
                rows.append(row);
            }
        }
        lxw_worksheet *matrix = w.sheet(Tr::tr("Matrix"), header, rows, roleColumns);
        if (!roleColumns.isEmpty())
            w.roleColumns(matrix, roleColumns.constFirst(), roleColumns.constLast(),
                          std::max(int(rows.size()), 1));

        for (const report::PartyList &list : report.partyLists) {
            QList<QStringList> dutyRows;
            for (const report::PartyDutyGroup &g : list.groups)
                for (const report::PartyDuty &d : g.duties)
                    dutyRows.append({g.area, d.title, d.roles, d.frequency, d.description});
            lxw_worksheet *sheet = w.sheet(list.party.code,
                                           {Tr::tr("Area"), Tr::tr("Duty"), Tr::tr("Role"),
                                            Tr::tr("Frequency"), Tr::tr("Description")},
                                           dutyRows, {2});
            w.roleColumns(sheet, 2, 2, std::max(int(dutyRows.size()), 1));
        }

        for (const report::Section &s : report.sections)
            for (const report::Table &t : s.tables)
                if (!t.header.isEmpty())
                    // The table's own caption ("Escalation rules") names the
                    // sheet; a long section heading would be cut at 31.
                    w.sheet(t.caption.isEmpty() ? s.heading : t.caption, t.header, t.rows);
        if (!w.close())
            return Status::failure(w.error());
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(file.errorString());
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(1 << 16);
        if (chunk.isEmpty() && file.error() != QFileDevice::NoError)
            return Status::failure(file.errorString());
        if (device->write(chunk) != chunk.size())
            return deviceFailure(device);
    }
    return {};
}
