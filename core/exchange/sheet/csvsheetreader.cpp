#include "exchange/sheet/csvsheetreader.h"

#include "exchange/sheet/csvrecordreader.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringDecoder>

#include <array>

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SheetReader)
};

// Windows-1252 differs from Latin-1 in 0x80..0x9F only.
constexpr std::array<char16_t, 32> cp1252High = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

QString fromWindows1252(const QByteArray &bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        *out++ = (b >= 0x80 && b < 0xA0) ? QChar(cp1252High[b - 0x80]) : QChar(char16_t(b));
    }
    return text;
}

} // namespace

std::optional<CsvSheetReader::Decoded> CsvSheetReader::decode(const QByteArray &bytes,
                                                              QString *error)
{
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool little = bytes.startsWith("\xFF\xFE");
        QStringDecoder decoder(little ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE,
                               QStringDecoder::Flag::Stateless);
        QString text = decoder.decode(bytes.sliced(2));
        if (decoder.hasError()) {
            *error = Tr::tr("the file starts as UTF-16 text but holds bytes that are not UTF-16");
            return std::nullopt;
        }
        return Decoded{text, {}};
    }
    QByteArray body = bytes;
    if (body.startsWith("\xEF\xBB\xBF"))
        body.remove(0, 3);
    if (const qsizetype nul = body.indexOf('\0'); nul >= 0) {
        *error = Tr::tr("not a text file: byte %1 (line %2) is a zero byte")
                     .arg(nul + 1)
                     .arg(body.first(nul).count('\n') + 1);
        return std::nullopt;
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(body);
    if (!utf8.hasError())
        return Decoded{text, {}};
    return Decoded{fromWindows1252(body),
                   Tr::tr("“%1” is not UTF-8 text; it was read as Windows-1252 (Western "
                          "European). Check the accented letters in the preview.")};
}

QChar CsvSheetReader::detectDelimiter(QStringView text)
{
    // Counts per line outside quotes over the first lines; the delimiter
    // that splits most lines into the same number of cells wins.
    constexpr int Lines = 50;
    constexpr std::array<char16_t, 3> candidates = {u',', u';', u'\t'};
    std::array<QList<int>, 3> counts;
    std::array<int, 3> current = {0, 0, 0};
    bool quoted = false;
    int lines = 0;
    const auto endLine = [&] {
        if (current[0] + current[1] + current[2] > 0)
            for (size_t k = 0; k < 3; ++k)
                counts[k].append(current[k]);
        current = {0, 0, 0};
        ++lines;
    };
    for (qsizetype i = 0; i < text.size() && lines < Lines; ++i) {
        const QChar c = text.at(i);
        if (c == u'"') {
            quoted = !quoted;
        } else if (quoted) {
            continue;
        } else if (c == u'\n') {
            endLine();
        } else {
            for (size_t k = 0; k < 3; ++k)
                if (c == candidates[k])
                    ++current[k];
        }
    }
    endLine();
    int best = 0;
    long bestScore = -1;
    for (size_t k = 0; k < 3; ++k) {
        // The most frequent non-zero count, and how many lines have it.
        QHash<int, int> frequency;
        for (const int n : std::as_const(counts[k]))
            if (n > 0)
                ++frequency[n];
        int lines = 0;
        int mode = 0;
        for (auto it = frequency.cbegin(); it != frequency.cend(); ++it)
            if (it.value() > lines || (it.value() == lines && it.key() > mode)) {
                lines = it.value();
                mode = it.key();
            }
        const long score = long(lines) * 1000 + mode;
        if (score > bestScore) {
            bestScore = score;
            best = int(k);
        }
    }
    return bestScore <= 0 ? QChar(u',') : QChar(candidates[size_t(best)]);
}

Result<Workbook> CsvSheetReader::read(const QByteArray &bytes, const QString &sourceName)
{
    const auto fail = [&sourceName](const QString &what) {
        return Result<Workbook>::failure(Tr::tr("Cannot read “%1”: %2.").arg(sourceName, what));
    };
    if (bytes.size() > MaxBytes)
        return fail(Tr::tr("the file is larger than %1 MiB").arg(MaxBytes / (1024 * 1024)));
    if (bytes.startsWith("PK\x03\x04"))
        return fail(Tr::tr("it is a zip archive (an XLSX workbook?), not CSV text"));
    QString error;
    std::optional<Decoded> decoded = decode(bytes, &error);
    if (!decoded)
        return fail(error);
    const QString &text = decoded->text;
    const QChar delimiter = detectDelimiter(text);

    Workbook book;
    book.source = sourceName;
    if (!decoded->note.isEmpty())
        book.notes.append(decoded->note.arg(sourceName));
    Sheet sheet;
    sheet.name = sourceName;
    CsvRecordReader records(text, delimiter, MaxColumns);
    QList<QStringView> cells;
    qsizetype cellCount = 0;
    while (records.next(cells)) {
        cellCount += cells.size();
        if (cellCount > MaxCells)
            return fail(Tr::tr("it has more than %1 cells").arg(MaxCells));
        QStringList row;
        row.reserve(cells.size());
        for (QStringView cell : std::as_const(cells))
            row.append(cell.startsWith(u'\'') ? cell.sliced(1).toString() : cell.toString());
        while (!row.isEmpty() && row.constLast().trimmed().isEmpty())
            row.removeLast();
        sheet.rows.append(row);
    }
    if (!records.error().isEmpty())
        return fail(records.error());
    sheet.trim();
    book.sheets.append(std::move(sheet));
    return book;
}
