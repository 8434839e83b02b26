#include "tablepainter.h"

#include "pageflow.h"
#include "report/report.h"

#include <QCoreApplication>

#include <algorithm>

using namespace ReportStyle;

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ReportPainter)
};
} // namespace

TablePainter::TablePainter(PageFlow &flow, const TableDef &table)
    : m_flow(flow)
    , m_table(table)
{
    m_flow.ensure(headerHeight() + m_flow.pt(40));
    m_flow.beginElement("Table");
    m_groupAttributes = "/O /Table /ColSpan " + QByteArray::number(m_table.columns.size());
    header(false);
}

void TablePainter::end()
{
    m_flow.endElement();
    m_flow.advance(m_flow.pt(14));
}

qreal TablePainter::headerHeight()
{
    ReportFonts &fonts = m_flow.fonts();
    qreal h = 0;
    for (int c = 0; c < m_table.columns.size(); ++c) {
        const QStringList ls = fonts.wrap(CellBold, m_table.header.value(c),
                                          m_table.columns[c].width - 2 * m_flow.padX());
        h = std::max(h, ls.size() * fonts.lineHeight(CellBold));
    }
    return h + 2 * m_flow.padY() + m_flow.pt(2);
}

void TablePainter::header(bool repeated)
{
    ReportFonts &fonts = m_flow.fonts();
    const qreal h = headerHeight();
    const qreal top = m_flow.y();
    if (repeated)
        m_flow.beginArtifact();
    const PageFlow::Element row(m_flow, "TR");
    m_flow.fill(QRectF(m_flow.left(), top, width(), h), QColor(Accent));
    qreal x = m_flow.left();
    for (int c = 0; c < m_table.columns.size(); ++c) {
        const TableColumn &col = m_table.columns[c];
        const PageFlow::Element cell(m_flow, "TH");
        m_flow.setAttributes("/O /Table /Scope /Column");
        const QStringList ls =
            fonts.wrap(CellBold, m_table.header.value(c), col.width - 2 * m_flow.padX());
        for (int i = 0; i < ls.size(); ++i) {
            const qreal w = fonts.width(CellBold, ls[i]);
            const qreal tx = col.center ? x + (col.width - w) / 2 : x + m_flow.padX();
            m_flow.text(CellBold, tx, top + m_flow.padY() + i * fonts.lineHeight(CellBold), ls[i],
                        White);
        }
        if (c < m_table.headerStrips.size() && m_table.headerStrips[c].isValid())
            m_flow.fill(QRectF(x, top + h - m_flow.pt(2.5), col.width, m_flow.pt(2.5)),
                        m_table.headerStrips[c]);
        x += col.width;
    }
    m_flow.advance(h);
    if (repeated)
        m_flow.endArtifact();
}

qreal TablePainter::width() const
{
    qreal w = 0;
    for (const TableColumn &c : m_table.columns)
        w += c.width;
    return w;
}

qreal TablePainter::groupHeight(const QString &title)
{
    ReportFonts &fonts = m_flow.fonts();
    return fonts.wrap(SmallBold, title, width() - 2 * m_flow.padX()).size()
               * fonts.lineHeight(SmallBold)
           + 2 * m_flow.padY() + m_flow.pt(1);
}

void TablePainter::groupRow(const QString &title)
{
    ReportFonts &fonts = m_flow.fonts();
    const QStringList ls = fonts.wrap(SmallBold, title, width() - 2 * m_flow.padX());
    const qreal h = ls.size() * fonts.lineHeight(SmallBold) + 2 * m_flow.padY() + m_flow.pt(1);
    const qreal top = m_flow.y();
    const PageFlow::Element row(m_flow, "TR");
    const PageFlow::Element cell(m_flow, "TD");
    m_flow.setAttributes(m_groupAttributes);
    m_flow.fill(QRectF(m_flow.left(), top, width(), h), QColor(AccentLight));
    m_flow.lines(SmallBold, m_flow.left() + m_flow.padX(), top + m_flow.padY() + m_flow.pt(0.5), ls,
                 Accent);
    m_flow.advance(h);
}

void TablePainter::group(const QString &title, qreal firstRowHeight)
{
    if (!m_flow.fits(groupHeight(title) + firstRowHeight)) {
        m_flow.newPage();
        header(true);
    }
    m_group = title;
    groupRow(title);
    m_zebra = 0;
}

qreal TablePainter::rowHeight(const QList<TableCell> &cells)
{
    QList<QStringList> texts, subs;
    return rowHeight(cells, &texts, &subs);
}

qreal TablePainter::rowHeight(const QList<TableCell> &cells, QList<QStringList> *texts,
                              QList<QStringList> *subs)
{
    ReportFonts &fonts = m_flow.fonts();
    qreal h = 0;
    texts->resize(cells.size());
    subs->resize(cells.size());
    for (int c = 0; c < cells.size() && c < m_table.columns.size(); ++c) {
        const qreal w = m_table.columns[c].width - 2 * m_flow.padX();
        (*texts)[c] = fonts.wrap(cells[c].font, cells[c].text, w);
        qreal ch = (*texts)[c].size() * fonts.lineHeight(cells[c].font);
        if (!cells[c].sub.isEmpty()) {
            (*subs)[c] = fonts.wrap(CellSmall, cells[c].sub, w);
            ch += m_flow.pt(1.5) + (*subs)[c].size() * fonts.lineHeight(CellSmall);
        }
        h = std::max(h, ch);
    }
    return h + 2 * m_flow.padY();
}

// One row, never split: it moves whole to the next page, under a repeated
// header row and its group's row, marked as continued.
void TablePainter::row(const QList<TableCell> &cells)
{
    ReportFonts &fonts = m_flow.fonts();
    QList<QStringList> texts, subs;
    qreal h = rowHeight(cells, &texts, &subs);
    if (!m_flow.fits(h)) {
        m_flow.newPage();
        header(true);
        if (!m_group.isEmpty()) {
            m_flow.beginArtifact();
            groupRow(Tr::tr("%1 (continued)").arg(m_group));
            m_flow.endArtifact();
        }
    }
    const qreal top = m_flow.y();
    // A row taller than a whole page is cut at the page's end rather than
    // running over the footer.
    h = std::min(h, m_flow.bottom() - top);
    const qreal left = m_flow.left();
    const qreal rowWidth = width();
    const PageFlow::Element rowElement(m_flow, "TR");
    // The row's backgrounds first, all of them: in a tagged PDF they are
    // one artifact, rather than one between every two cells' text.
    if (m_zebra++ % 2 == 1)
        m_flow.fill(QRectF(left, top, rowWidth, h), QColor(Zebra));
    qreal x = left;
    for (int c = 0; c < cells.size() && c < m_table.columns.size(); ++c) {
        const TableColumn &col = m_table.columns[c];
        if (cells[c].background.isValid())
            m_flow.fill(QRectF(x + m_flow.pt(1.5), top + m_flow.pt(1.5), col.width - m_flow.pt(3),
                               h - m_flow.pt(3)),
                        cells[c].background);
        x += col.width;
    }
    x = left;
    for (int c = 0; c < cells.size() && c < m_table.columns.size(); ++c) {
        const TableColumn &col = m_table.columns[c];
        const TableCell &cell = cells[c];
        const PageFlow::Element cellElement(m_flow, "TD");
        qreal y = top + m_flow.padY();
        const qreal lh = fonts.lineHeight(cell.font);
        for (const QString &line : texts[c]) {
            if (y + lh > top + h + 0.01)
                break;
            const qreal tx =
                col.center ? x + (col.width - fonts.width(cell.font, line)) / 2 : x + m_flow.padX();
            m_flow.text(cell.font, tx, y, line, Ink);
            y += lh;
        }
        if (!subs[c].isEmpty()) {
            y += m_flow.pt(1.5);
            const qreal slh = fonts.lineHeight(CellSmall);
            for (const QString &line : subs[c]) {
                if (y + slh > top + h + 0.01)
                    break;
                m_flow.text(CellSmall, x + m_flow.padX(), y, line, Muted);
                y += slh;
            }
        }
        x += col.width;
    }
    m_flow.advance(h);
    m_flow.hline(left, left + rowWidth, m_flow.y(), Rule, m_flow.pt(0.5));
}

QList<TableColumn> TablePainter::fitColumns(PageFlow &flow, const report::Table &table)
{
    ReportFonts &fonts = flow.fonts();
    const qsizetype n = std::max<qsizetype>(table.header.size(), 1);
    QList<qreal> natural(n, flow.pt(24));
    for (qsizetype c = 0; c < table.header.size(); ++c)
        natural[c] = std::max(natural[c], fonts.width(CellBold, table.header[c]));
    const qsizetype sample = std::min<qsizetype>(table.rows.size(), 400);
    for (qsizetype r = 0; r < sample; ++r)
        for (qsizetype c = 0; c < std::min(n, table.rows[r].size()); ++c)
            natural[c] = std::max(natural[c], fonts.width(Cell, table.rows[r][c]));
    qreal sum = 0;
    for (qreal &w : natural) {
        w += 2 * flow.padX() + flow.pt(1);
        sum += w;
    }
    const qreal total = flow.contentWidth();
    QList<TableColumn> columns(n);
    if (sum <= total) {
        for (qsizetype c = 0; c < n; ++c)
            columns[c].width = natural[c] * total / sum;
        return columns;
    }
    const qreal fair = total / n;
    qreal used = 0, wanting = 0;
    for (qsizetype c = 0; c < n; ++c) {
        columns[c].width = std::min(natural[c], fair);
        used += columns[c].width;
        wanting += natural[c] - columns[c].width;
    }
    if (wanting > 0)
        for (qsizetype c = 0; c < n; ++c)
            columns[c].width += (total - used) * (natural[c] - columns[c].width) / wanting;
    // No word is cut where it can be helped: a column gets at least its
    // longest word, taken from the columns with room to spare.
    QList<qreal> least(n, 0);
    qreal lacking = 0, spare = 0;
    for (qsizetype c = 0; c < n; ++c) {
        for (const QString &word : table.header.value(c).split(u' ', Qt::SkipEmptyParts))
            least[c] =
                std::max(least[c], fonts.width(CellBold, word) + 2 * flow.padX() + flow.pt(1));
        for (qsizetype r = 0; r < sample; ++r)
            for (const QString &word : ReportFonts::wordsOf(table.rows[r].value(c)))
                least[c] =
                    std::max(least[c], fonts.width(Cell, word) + 2 * flow.padX() + flow.pt(1));
        least[c] = std::min(least[c], total / n * 1.6);
        if (columns[c].width < least[c])
            lacking += least[c] - columns[c].width;
        else
            spare += columns[c].width - least[c];
    }
    if (lacking > 0 && spare > lacking)
        for (qsizetype c = 0; c < n; ++c)
            columns[c].width =
                columns[c].width < least[c]
                    ? least[c]
                    : columns[c].width - lacking * (columns[c].width - least[c]) / spare;
    return columns;
}
