#include "portfolio/portfoliosheet.h"

#include "exchange/csvformat.h"

#include <QJsonArray>
#include <QJsonObject>

PortfolioSheet PortfolioSheet::build(const QList<PortfolioEntry> &entries,
                                     const PortfolioTable &table, const QString &source)
{
    PortfolioSheet sheet;
    sheet.source = source;
    sheet.date = table.today();
    for (int c = 0; c < PortfolioTable::ColumnCount; ++c) {
        sheet.columns.append(PortfolioTable::Column(c));
        sheet.headers.append(table.header(PortfolioTable::Column(c)));
    }
    for (const PortfolioEntry &entry : entries) {
        Row row;
        for (const PortfolioTable::Column c : std::as_const(sheet.columns)) {
            row.cells.append(table.text(entry, c));
            row.values.append(table.value(entry, c));
        }
        row.review = table.review(entry);
        row.errors = PortfolioTable::hasErrors(entry);
        row.unreadable = !entry.summary;
        sheet.overdue += row.review == PortfolioTable::Review::Overdue ? 1 : 0;
        sheet.dueSoon += row.review == PortfolioTable::Review::DueSoon ? 1 : 0;
        sheet.withErrors += row.errors ? 1 : 0;
        sheet.notSigned +=
            entry.summary && entry.summary->status != AgreementDetails::Status::Signed ? 1 : 0;
        sheet.rows.append(row);
        sheet.entries.append(table.toJson(entry));
    }
    return sheet;
}

QByteArray PortfolioSheet::csv() const
{
    QString text;
    const auto line = [&](const QStringList &cells) {
        QStringList fields;
        for (const QString &cell : cells)
            fields.append(CsvFormat::field(cell));
        text += fields.join(QLatin1Char(',')) + QLatin1String("\r\n");
    };
    line(headers);
    for (const Row &row : rows)
        line(row.cells);
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

QString PortfolioSheet::text() const
{
    // The problem goes below the table: it is a sentence, not a cell.
    QList<int> shown;
    for (int c = 0; c < columns.size(); ++c) {
        if (columns.at(c) != PortfolioTable::Problem)
            shown.append(c);
    }
    QList<qsizetype> widths;
    for (const int c : std::as_const(shown)) {
        qsizetype w = headers.at(c).size();
        for (const Row &row : rows)
            w = std::max(w, row.cells.at(c).size());
        widths.append(std::min<qsizetype>(w, 40));
    }
    QString out;
    const auto line = [&](const QStringList &cells) {
        QStringList parts;
        for (qsizetype i = 0; i < shown.size(); ++i) {
            QString cell = cells.at(shown.at(i));
            if (cell.size() > widths.at(i))
                cell = cell.left(widths.at(i) - 1) + QChar(0x2026);
            parts.append(cell.leftJustified(widths.at(i)));
        }
        out += parts.join(QLatin1String("  ")).trimmed() + QLatin1Char('\n');
    };
    line(headers);
    for (const Row &row : rows)
        line(row.cells);
    const int problem = int(columns.indexOf(PortfolioTable::Problem));
    const int file = int(columns.indexOf(PortfolioTable::File));
    for (const Row &row : rows) {
        if (row.unreadable && problem >= 0 && file >= 0)
            out += QLatin1Char('\n') + row.cells.at(file) + QLatin1String(": ")
                   + row.cells.at(problem);
    }
    if (!out.endsWith(QLatin1Char('\n')))
        out += QLatin1Char('\n');
    out += QLatin1Char('\n') + countsSentence() + QLatin1Char('\n');
    return out;
}

QString PortfolioSheet::countsSentence() const
{
    return tr("Agreements: %1 · overdue: %2 · due within %3 days: %4 · with errors: %5 · "
              "not signed: %6")
        .arg(rows.size())
        .arg(overdue)
        .arg(PortfolioTable::DueSoonDays)
        .arg(dueSoon)
        .arg(withErrors)
        .arg(notSigned);
}

QJsonDocument PortfolioSheet::json() const
{
    return QJsonDocument(QJsonObject{
        {QStringLiteral("source"), source},
        {QStringLiteral("date"), date.toString(Qt::ISODate)},
        {QStringLiteral("agreements"), entries},
    });
}
