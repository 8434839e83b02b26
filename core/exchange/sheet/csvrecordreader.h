#pragma once

#include <QList>
#include <QString>
#include <QStringView>

// Cuts CSV text into records of cells as spreadsheets write them: quoted
// cells may hold the delimiter, doubled quotes and line breaks; text after a
// closing quote is kept; lines end in LF or CRLF. The cells of a record are
// views, valid until the next call, so a large export is read without a
// string per cell.
class CsvRecordReader
{
public:
    // maxColumns > 0: a record with more cells is an error.
    CsvRecordReader(QStringView text, QChar delimiter, int maxColumns = 0);

    // The next record; false at the end of the text or on malformed text
    // (then error() says what and where).
    bool next(QList<QStringView> &cells);
    const QString &error() const { return m_error; }
    // The line the next record starts on, 1-based.
    int line() const { return m_line; }

private:
    QStringView m_text;
    QChar m_delimiter;
    qsizetype m_position = 0;
    int m_line = 1;
    int m_record = 0;
    int m_maxColumns = 0;
    QList<QString> m_unquoted; // one buffer per column for quoted cells
    QString m_error;
};
