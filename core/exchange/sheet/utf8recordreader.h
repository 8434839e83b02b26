#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

#include <array>
#include <utility>
#include <vector>

// CsvRecordReader's twin for an export that is valid UTF-8: records cut on
// the bytes, each cell decoded only when it is read.

// One record of a CSV export that is valid UTF-8, cut on its bytes: the
// delimiter, quotes and line breaks are ASCII, so each cell is whole UTF-8
// and decodes alone to what the whole file's text would hold there.
class Utf8Record
{
public:
    std::vector<QByteArrayView> cells;

    qsizetype size() const { return qsizetype(cells.size()); }

    // Starts a record: forgets the decoded texts of the one before.
    void reset()
    {
        m_decodedAt.fill(-1, size());
        m_decodedSize.resize(size());
        qsizetype bytes = 0;
        for (const QByteArrayView cell : std::as_const(cells))
            bytes += cell.size();
        // UTF-8 never takes fewer bytes than UTF-16 code units, so the
        // buffer never grows while views into it are handed out.
        if (m_buffer.size() < bytes)
            m_buffer.resize(bytes);
        m_used = 0;
    }

    QStringView text(qsizetype c) const
    {
        if (m_decodedAt.at(c) < 0) {
            const QByteArrayView bytes = cells[size_t(c)];
            QChar *const start = m_buffer.data() + m_used;
            QChar *out = start;
            const auto *in = reinterpret_cast<const uchar *>(bytes.data());
            const uchar *const end = in + bytes.size();
            while (in < end) {
                const uchar b = *in;
                char32_t code;
                if (b < 0x80) {
                    *out++ = QChar(char16_t(b));
                    ++in;
                    continue;
                }
                if (b < 0xE0) {
                    code = (char32_t(b & 0x1F) << 6) | (in[1] & 0x3F);
                    in += 2;
                } else if (b < 0xF0) {
                    code =
                        (char32_t(b & 0x0F) << 12) | (char32_t(in[1] & 0x3F) << 6) | (in[2] & 0x3F);
                    in += 3;
                } else {
                    code = (char32_t(b & 0x07) << 18) | (char32_t(in[1] & 0x3F) << 12)
                           | (char32_t(in[2] & 0x3F) << 6) | (in[3] & 0x3F);
                    in += 4;
                }
                if (code >= 0x10000) {
                    *out++ = QChar(QChar::highSurrogate(code));
                    *out++ = QChar(QChar::lowSurrogate(code));
                } else {
                    *out++ = QChar(char16_t(code));
                }
            }
            m_decodedAt[c] = m_used;
            m_decodedSize[c] = out - start;
            m_used += out - start;
        }
        return QStringView(m_buffer.constData() + m_decodedAt.at(c), m_decodedSize.at(c));
    }

    bool blank(qsizetype c) const
    {
        for (const char ch : cells[size_t(c)]) {
            const auto b = uchar(ch);
            if (b >= 0x80) // perhaps a space beyond ASCII: as the text says
                return text(c).trimmed().isEmpty();
            if (!(b == ' ' || (b >= '\t' && b <= '\r')))
                return false;
        }
        return true;
    }

    // Longer than TicketImport::MaxCellChars UTF-16 code units: a byte
    // each, less the continuation bytes, and one more for each character
    // beyond U+FFFF. A cell of no more bytes than that never is.
    bool tooLong(qsizetype c) const
    {
        const QByteArrayView bytes = cells[size_t(c)];
        return bytes.size() > TicketImport::MaxCellChars
               && utf16Size(bytes) > TicketImport::MaxCellChars;
    }

private:
    static qsizetype utf16Size(QByteArrayView bytes)
    {
        qsizetype n = 0;
        for (const char ch : bytes) {
            const auto b = uchar(ch);
            if ((b & 0xC0) != 0x80)
                ++n;
            if (b >= 0xF0)
                ++n;
        }
        return n;
    }

    mutable QList<qsizetype> m_decodedAt;
    mutable QList<qsizetype> m_decodedSize;
    mutable QString m_buffer;
    mutable qsizetype m_used = 0;
};

// CsvRecordReader on the bytes of a UTF-8 export: the same records, lines
// and errors, without the whole file as UTF-16 text.
class Utf8RecordReader
{
public:
    Utf8RecordReader(QByteArrayView bytes, char delimiter, int maxColumns)
        : m_bytes(bytes)
        , m_delimiter(delimiter)
        , m_maxColumns(maxColumns)
    {
        for (const char stop : {delimiter, '\n', '\r', '\0'})
            m_stops[uchar(stop)] = true;
    }

    bool next(std::vector<QByteArrayView> &cells)
    {
        cells.clear();
        const qsizetype n = m_bytes.size();
        const char *const d = m_bytes.data();
        if (m_position >= n || !m_error.isEmpty())
            return false;
        qsizetype i = m_position;
        ++m_record;
        for (;;) {
            const qsizetype column = qsizetype(cells.size());
            if (m_maxColumns > 0 && column >= m_maxColumns) {
                m_error =
                    QCoreApplication::translate("SheetReader", "row %1 has more than %2 columns")
                        .arg(m_record)
                        .arg(m_maxColumns);
                return false;
            }
            if (i < n && d[i] == '"') {
                if (m_unquoted.size() <= column)
                    m_unquoted.resize(column + 1);
                QByteArray &cell = m_unquoted[column];
                cell.clear();
                const int startLine = m_line;
                ++i;
                bool closed = false;
                while (i < n) {
                    const char c = d[i];
                    if (c == '"') {
                        if (i + 1 < n && d[i + 1] == '"') {
                            cell += '"';
                            i += 2;
                            continue;
                        }
                        ++i;
                        closed = true;
                        break;
                    }
                    if (c == '\n')
                        ++m_line;
                    else if (c == '\0')
                        return zero();
                    cell += c;
                    ++i;
                }
                if (!closed) {
                    m_error =
                        QCoreApplication::translate(
                            "SheetReader", "a quoted cell that starts on line %1 is never closed")
                            .arg(startLine);
                    return false;
                }
                while (i < n && d[i] != m_delimiter && d[i] != '\n' && d[i] != '\r') {
                    if (d[i] == '\0')
                        return zero();
                    cell += d[i++];
                }
                cells.emplace_back(cell);
            } else {
                const qsizetype start = i;
                while (i < n && !m_stops[uchar(d[i])])
                    ++i;
                cells.emplace_back(d + start, i - start);
            }
            if (i >= n)
                break;
            if (d[i] == '\0')
                return zero();
            if (d[i] == m_delimiter) {
                ++i;
                if (i >= n) {
                    cells.emplace_back();
                    break;
                }
                continue;
            }
            if (d[i] == '\r' && i + 1 < n && d[i + 1] == '\n')
                ++i;
            ++i;
            ++m_line;
            break;
        }
        m_position = i;
        return true;
    }
    const QString &error() const { return m_error; }
    // Where the next record starts, in bytes.
    qsizetype position() const { return m_position; }
    // Stopped at a zero byte: not a text file, which CsvSheetReader::decode
    // explains.
    bool sawZero() const { return m_zero; }

private:
    bool zero()
    {
        m_zero = true;
        return false;
    }

    QByteArrayView m_bytes;
    char m_delimiter;
    qsizetype m_position = 0;
    int m_line = 1;
    int m_record = 0;
    int m_maxColumns = 0;
    QList<QByteArray> m_unquoted;
    std::array<bool, 256> m_stops{}; // the bytes that end an unquoted cell
    QString m_error;
    bool m_zero = false;
};
