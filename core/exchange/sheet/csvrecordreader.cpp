#include "exchange/sheet/csvrecordreader.h"

#include <QCoreApplication>

CsvRecordReader::CsvRecordReader(QStringView text, QChar delimiter, int maxColumns)
    : m_text(text)
    , m_delimiter(delimiter)
    , m_maxColumns(maxColumns)
{}

bool CsvRecordReader::next(QList<QStringView> &cells)
{
    cells.clear();
    const qsizetype n = m_text.size();
    if (m_position >= n || !m_error.isEmpty())
        return false;
    qsizetype i = m_position;
    ++m_record;
    for (;;) {
        const qsizetype column = cells.size();
        if (m_maxColumns > 0 && column >= m_maxColumns) {
            m_error = QCoreApplication::translate("SheetReader", "row %1 has more than %2 columns")
                          .arg(m_record)
                          .arg(m_maxColumns);
            return false;
        }
        if (i < n && m_text[i] == u'"') {
            if (m_unquoted.size() <= column)
                m_unquoted.resize(column + 1);
            QString &cell = m_unquoted[column];
            cell.clear();
            const int startLine = m_line;
            ++i;
            bool closed = false;
            while (i < n) {
                const QChar c = m_text[i];
                if (c == u'"') {
                    if (i + 1 < n && m_text[i + 1] == u'"') {
                        cell += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    closed = true;
                    break;
                }
                if (c == u'\n')
                    ++m_line;
                cell += c;
                ++i;
            }
            if (!closed) {
                m_error = QCoreApplication::translate(
                              "SheetReader", "a quoted cell that starts on line %1 is never closed")
                              .arg(startLine);
                return false;
            }
            // Text after the closing quote is kept, as spreadsheets do.
            while (i < n && m_text[i] != m_delimiter && m_text[i] != u'\n' && m_text[i] != u'\r')
                cell += m_text[i++];
            cells.append(cell);
        } else {
            const qsizetype start = i;
            while (i < n && m_text[i] != m_delimiter && m_text[i] != u'\n' && m_text[i] != u'\r')
                ++i;
            cells.append(m_text.sliced(start, i - start));
        }
        if (i >= n) {
            break;
        }
        if (m_text[i] == m_delimiter) {
            ++i;
            if (i >= n) {
                cells.append(QStringView());
                break;
            }
            continue;
        }
        if (m_text[i] == u'\r' && i + 1 < n && m_text[i + 1] == u'\n')
            ++i;
        ++i;
        ++m_line;
        break;
    }
    m_position = i;
    return true;
}
