#include "review/ticketimport.h"

#include "exchange/sheet/csvrecordreader.h"
#include "exchange/sheet/csvsheetreader.h"
#include "exchange/sheet/sheet.h"
#include "exchange/sheet/utf8recordreader.h"
#include "review/hugepages.h"
#include "review/reviewclock.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QUtf8StringView>

#include <array>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <thread>
#include <vector>

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(TicketImport)
};

using F = TicketField;
using Urgency = EscalationRule::Urgency;

constexpr std::array timestampFields{F::Created, F::FirstResponse, F::Resolved, F::Closed};

// The columns of each field; a header may repeat, and then the first
// non-empty cell of those columns is the value.
struct ColumnMap {
    std::array<QList<int>, TicketFieldCount> columns;
    QStringList header;

    bool has(F field) const { return !columns[size_t(field)].isEmpty(); }
    QString headerOf(F field) const
    {
        return has(field) ? header.at(columns[size_t(field)].constFirst()) : QString();
    }
};

Result<ColumnMap> mapColumns(const QStringList &header, const TicketPreset *preset,
                             const TicketImportOptions &options, const QString &source)
{
    ColumnMap map;
    map.header = header;
    for (int f = 0; f < TicketFieldCount; ++f) {
        QStringList spellings;
        if (const auto it = options.columns.constFind(F(f)); it != options.columns.cend())
            spellings = {*it};
        else if (preset)
            spellings = preset->headers[size_t(f)];
        for (const QString &spelling : std::as_const(spellings)) {
            for (int c = 0; c < header.size(); ++c) {
                if (header.at(c).trimmed().compare(spelling.trimmed(), Qt::CaseInsensitive) == 0)
                    map.columns[size_t(f)].append(c);
            }
            if (!map.columns[size_t(f)].isEmpty())
                break;
        }
        if (options.columns.contains(F(f)) && map.columns[size_t(f)].isEmpty())
            return Result<ColumnMap>::failure(
                Tr::tr("“%1” has no column “%2” for the %3.")
                    .arg(source, options.columns.value(F(f)).left(80), ticketFieldName(F(f))));
    }
    QStringList missing;
    for (F required : {F::Id, F::Created}) {
        if (!map.has(required))
            missing.append(ticketFieldName(required));
    }
    if (!missing.isEmpty()) {
        QStringList shown;
        for (const QString &h : header.first(std::min<qsizetype>(header.size(), 12)))
            shown.append(QStringLiteral("“%1”").arg(h.left(40)));
        return Result<ColumnMap>::failure(
            Tr::tr("“%1” is not a ticket export Dutymap can read%2: no column for the %3. Its "
                   "columns are %4. Choose the help desk it comes from, or map the columns.")
                .arg(source, preset ? Tr::tr(" as %1").arg(preset->name) : QString(),
                     QLocale().createSeparatedList(missing), QLocale().createSeparatedList(shown)));
    }
    return map;
}

QString shown(QStringView text)
{
    return text.size() > 60 ? text.first(57).toString() + QStringLiteral("…") : text.toString();
}

std::optional<float> satisfactionFromText(QStringView text)
{
    const QString folded = text.trimmed().toString().toCaseFolded();
    static const QStringList good{QStringLiteral("good"),  QStringLiteral("satisfied"),
                                  QStringLiteral("happy"), QStringLiteral("positive"),
                                  QStringLiteral("gut"),   QStringLiteral("zufrieden")};
    static const QStringList bad{QStringLiteral("bad"),      QStringLiteral("dissatisfied"),
                                 QStringLiteral("unhappy"),  QStringLiteral("negative"),
                                 QStringLiteral("schlecht"), QStringLiteral("unzufrieden")};
    if (good.contains(folded))
        return 1.0f;
    if (bad.contains(folded))
        return 0.0f;
    if (folded == u"neutral")
        return 0.5f;
    QString number = folded;
    const bool percent = number.endsWith(u'%');
    if (percent)
        number.chop(1);
    bool ok = false;
    const double value = number.replace(u',', u'.').toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < 0)
        return std::nullopt;
    if (percent || value > 5)
        return value <= 100 ? std::optional<float>(float(value / 100)) : std::nullopt;
    if (value >= 1)
        return float((value - 1) / 4); // a 1 to 5 rating
    return std::nullopt;
}

bool vipFromText(QStringView text)
{
    const QString folded = text.trimmed().toString().toCaseFolded();
    static const QStringList yes{QStringLiteral("yes"), QStringLiteral("true"),
                                 QStringLiteral("1"),   QStringLiteral("x"),
                                 QStringLiteral("y"),   QStringLiteral("ja"),
                                 QStringLiteral("vip"), QStringLiteral("wahr")};
    return yes.contains(folded);
}

// The log's texts, each kept once: an open-addressing table of indices into
// the list with their hashes, looked up by view, so that a cell seen before
// costs no string and a probe rarely reads one.
class TextPool
{
public:
    explicit TextPool(QStringList &texts)
        : m_texts(texts)
    {
        m_slots.resize(1024);
    }

    int intern(QStringView text)
    {
        const size_t hash = qHash(text);
        const size_t mask = size_t(m_slots.size()) - 1;
        for (size_t i = hash & mask;; i = (i + 1) & mask) {
            const Slot &slot = m_slots.at(qsizetype(i));
            if (slot.index < 0)
                break;
            if (slot.hash == quint32(hash) && m_texts.at(slot.index) == text)
                return slot.index;
        }
        const int index = append(text);
        if (m_used * 2 > m_slots.size())
            grow();
        else
            place(index, hash);
        return index;
    }

private:
    int append(QStringView text)
    {
        m_texts.append(text.toString());
        return int(m_texts.size() - 1);
    }

    struct Slot {
        quint32 hash = 0;
        int index = -1;
    };

    void place(int index, size_t hash)
    {
        const size_t mask = size_t(m_slots.size()) - 1;
        size_t i = hash & mask;
        while (m_slots.at(qsizetype(i)).index >= 0)
            i = (i + 1) & mask;
        m_slots[qsizetype(i)] = {quint32(hash), index};
        ++m_used;
    }
    void grow()
    {
        const QList<Slot> old = std::exchange(m_slots, QList<Slot>(m_slots.size() * 2));
        m_used = 0;
        for (const Slot &slot : old) {
            if (slot.index >= 0)
                place(slot.index, qHash(QStringView(m_texts.at(slot.index))));
        }
        place(int(m_texts.size() - 1), qHash(QStringView(m_texts.constLast())));
    }

    QStringList &m_texts;
    QList<Slot> m_slots; // a power of two, at most half used
    qsizetype m_used = 0;
};

// A hash of a cell's bytes, eight at a time; seeded like QHash.
inline size_t hashBytes(QByteArrayView bytes)
{
    const char *p = bytes.data();
    qsizetype n = bytes.size();
    quint64 h = quint64(size_t(QHashSeed::globalSeed())) ^ (quint64(n) * 0x9E3779B97F4A7C15ULL);
    while (n >= 8) {
        quint64 v;
        std::memcpy(&v, p, 8);
        h = (h ^ v) * 0xFF51AFD7ED558CCDULL;
        h ^= h >> 32;
        p += 8;
        n -= 8;
    }
    quint64 tail = 0;
    for (qsizetype i = 0; i < n; ++i)
        tail |= quint64(uchar(p[i])) << (8 * i);
    h = (h ^ tail) * 0xC4CEB9FE1A85EC53ULL;
    h ^= h >> 29;
    h *= 0x9E3779B97F4A7C15ULL;
    return size_t(h ^ (h >> 32));
}

// Texts as UTF-8 bytes and a number for each: an open-addressing table
// that keeps its own copy of the bytes.
class Utf8Map
{
public:
    Utf8Map() { m_slots.resize(64); }

    // The number of the text; -1 when it is not in the table.
    int find(QByteArrayView bytes, size_t hash) const
    {
        const size_t mask = m_slots.size() - 1;
        for (size_t i = hash & mask;; i = (i + 1) & mask) {
            const Slot &slot = m_slots[i];
            if (slot.value < 0)
                return -1;
            if (slot.hash == quint32(hash) && qsizetype(slot.size) == bytes.size()
                && std::memcmp(m_bytes.constData() + slot.offset, bytes.data(),
                               size_t(bytes.size()))
                       == 0)
                return slot.value;
        }
    }
    void insert(QByteArrayView bytes, size_t hash, int value)
    {
        if ((m_used + 1) * 2 > m_slots.size())
            grow();
        const Slot slot{quint32(hash), value, quint32(m_bytes.size()), quint32(bytes.size())};
        place(slot);
        m_inserted.push_back(slot);
        m_bytes.append(bytes);
    }
    qsizetype size() const { return qsizetype(m_used); }
    // The k-th text inserted, and its hash (as far as find() reads it).
    QByteArrayView bytesAt(qsizetype k) const
    {
        const Slot &slot = m_inserted[size_t(k)];
        return QByteArrayView(m_bytes.constData() + slot.offset, slot.size);
    }
    size_t hashAt(qsizetype k) const { return m_inserted[size_t(k)].hash; }

private:
    // Sixteen bytes, so that four share a cache line: an export is at most
    // TicketImport::MaxBytes long, and so are its texts together.
    struct Slot {
        quint32 hash = 0;
        int value = -1;
        quint32 offset = 0; // into m_bytes
        quint32 size = 0;
    };

    void place(const Slot &slot)
    {
        const size_t mask = m_slots.size() - 1;
        size_t i = slot.hash & mask;
        while (m_slots[i].value >= 0)
            i = (i + 1) & mask;
        m_slots[i] = slot;
        ++m_used;
    }
    void grow()
    {
        const std::vector<Slot> old = std::exchange(m_slots, std::vector<Slot>(m_slots.size() * 2));
        m_used = 0;
        for (const Slot &slot : old) {
            if (slot.value >= 0)
                place(slot);
        }
    }

    std::vector<Slot> m_slots; // a power of two, at most half used
    size_t m_used = 0;
    std::vector<Slot> m_inserted; // in the order they came
    QByteArray m_bytes;           // the texts' UTF-8, one after another
};

// TextPool for the UTF-8 bytes of an export: looked up by the bytes, so a
// cell seen before is neither decoded nor hashed as text. Equal UTF-8 is
// equal text, so the texts and their order are TextPool's. Each field also
// has a table of its own, small for most fields, where its cells are found
// first.
class Utf8TextPool
{
public:
    explicit Utf8TextPool(QStringList &texts)
        : m_texts(texts)
    {}

    int intern(QByteArrayView bytes) { return intern(bytes, hashBytes(bytes)); }

    int intern(TicketField field, QByteArrayView bytes)
    {
        const size_t hash = hashBytes(bytes);
        Utf8Map &mine = m_byField[size_t(field)];
        // A field of many texts (subjects) is no faster in a table of its own.
        if (mine.size() >= FieldTexts)
            return intern(bytes, hash);
        int index = mine.find(bytes, hash);
        if (index < 0) {
            index = intern(bytes, hash);
            mine.insert(bytes, hash, index);
        }
        return index;
    }

    // The texts of another pool, in their order: the number each has here.
    QList<int> adopt(Utf8TextPool &other)
    {
        QList<int> numbers(other.m_texts.size());
        for (qsizetype k = 0; k < other.m_texts.size(); ++k) {
            const QByteArrayView bytes = other.m_all.bytesAt(k);
            const size_t hash = other.m_all.hashAt(k);
            int index = m_all.find(bytes, hash);
            if (index < 0) {
                m_texts.append(std::move(other.m_texts[k]));
                index = int(m_texts.size() - 1);
                m_all.insert(bytes, hash, index);
            }
            numbers[k] = index;
        }
        return numbers;
    }

private:
    int intern(QByteArrayView bytes, size_t hash)
    {
        int index = m_all.find(bytes, hash);
        if (index < 0) {
            m_texts.append(QString::fromUtf8(bytes));
            index = int(m_texts.size() - 1);
            m_all.insert(bytes, hash, index);
        }
        return index;
    }

    static constexpr qsizetype FieldTexts = 2048;
    QStringList &m_texts;
    Utf8Map m_all;
    std::array<Utf8Map, TicketFieldCount> m_byField;
};

// What a few distinct cell values mean (priorities, VIP flags, ratings):
// remembered by text, so each value is read once. Beyond a handful of
// values, the rest are read each time.
template <typename T>
class ValueCache
{
public:
    template <typename Read>
    T value(QStringView text, Read read)
    {
        for (const auto &[known, meaning] : std::as_const(m_values)) {
            if (known == text)
                return meaning;
        }
        T meaning = read(text);
        if (m_values.size() < Capacity)
            m_values.append({text.toString(), meaning});
        return meaning;
    }

private:
    static constexpr qsizetype Capacity = 32;
    QList<std::pair<QString, T>> m_values;
};

// ValueCache for the UTF-8 bytes of a cell: read once by its text.
template <typename T>
class Utf8ValueCache
{
public:
    template <typename Read>
    T value(QByteArrayView bytes, Read read)
    {
        for (const auto &[known, meaning] : std::as_const(m_values)) {
            if (known == bytes)
                return meaning;
        }
        T meaning = read(QString::fromUtf8(bytes));
        if (m_values.size() < Capacity)
            m_values.append({bytes.toByteArray(), meaning});
        return meaning;
    }

private:
    static constexpr qsizetype Capacity = 32;
    QList<std::pair<QByteArray, T>> m_values;
};

// The UTF-8 of a cell without the white space QStringView::trimmed() takes
// off its decoded text: the bytes of exactly the trimmed text.
QByteArrayView trimmedUtf8(QByteArrayView bytes)
{
    const auto *d = reinterpret_cast<const uchar *>(bytes.data());
    const auto asciiSpace = [](uchar b) { return b == ' ' || (b >= '\t' && b <= '\r'); };
    // A character of two or three bytes; those of four are never spaces.
    const auto space = [d](qsizetype at, qsizetype length) {
        const char32_t code = length == 2
                                  ? (char32_t(d[at] & 0x1F) << 6) | (d[at + 1] & 0x3F)
                                  : (char32_t(d[at] & 0x0F) << 12)
                                        | (char32_t(d[at + 1] & 0x3F) << 6) | (d[at + 2] & 0x3F);
        return QChar::isSpace(code);
    };
    qsizetype begin = 0;
    qsizetype end = bytes.size();
    while (begin < end) {
        const uchar b = d[begin];
        if (b < 0x80) {
            if (!asciiSpace(b))
                break;
            ++begin;
            continue;
        }
        const qsizetype length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
        if (length == 4 || !space(begin, length))
            break;
        begin += length;
    }
    while (end > begin) {
        const uchar b = d[end - 1];
        if (b < 0x80) {
            if (!asciiSpace(b))
                break;
            --end;
            continue;
        }
        qsizetype start = end - 1;
        while (start > begin && (d[start] & 0xC0) == 0x80)
            --start;
        const qsizetype length = end - start;
        if (length >= 4 || !space(start, length))
            break;
        end = start;
    }
    return bytes.sliced(begin, end - begin);
}

// The cells of a record as the log builder reads them: a list of texts
// (records of UTF-8 bytes go through LogBuilder::addUtf8Row()).
template <typename List>
QStringView cellText(const List &cells, qsizetype c)
{
    return QStringView(cells.at(c));
}
template <typename List>
bool cellBlank(const List &cells, qsizetype c)
{
    return QStringView(cells.at(c)).trimmed().isEmpty();
}
template <typename List>
bool cellTooLong(const List &cells, qsizetype c)
{
    return QStringView(cells.at(c)).size() > TicketImport::MaxCellChars;
}

// Reads rows into a log: the part shared by CSV and worksheets.
class LogBuilder
{
public:
    LogBuilder(const TicketImportOptions &options, const QString &source, ColumnMap map,
               bool responseInHours)
        : m_options(options)
        , m_map(std::move(map))
        , m_clock(options.hours)
        , m_problems(source)
        , m_responseInHours(responseInHours)
        , m_pool(m_log.texts)
        , m_utf8Pool(m_log.texts)
    {
        m_log.source = source;
    }

    // Decides each date column's format from the first rows. The columns of
    // one export write dates alike: a column whose day and month cannot be
    // told apart follows another whose can.
    Status detectFormats(const QList<QStringList> &sample)
    {
        using Detection = TimestampFormat::Detection;
        using Order = TimestampFormat::Order;
        std::array<Detection, TicketFieldCount> detections{};
        std::array<QString, TicketFieldCount> firstValues;
        std::optional<Order> numericOrder = m_options.dateOrder;
        for (F field : timestampFields) {
            if (!m_map.has(field))
                continue;
            QStringList values;
            for (const QStringList &row : sample) {
                const QString v = value(row, field).toString();
                if (!v.isEmpty())
                    values.append(v);
            }
            Detection &d = detections[size_t(field)];
            d = TimestampFormat::detect(values);
            firstValues[size_t(field)] = values.value(0);
            if (d.outcome == Detection::Outcome::Detected && !m_options.dateOrder
                && (d.order == Order::DayFirst || d.order == Order::MonthFirst))
                numericOrder = d.order;
        }
        for (F field : timestampFields) {
            if (!m_map.has(field))
                continue;
            const Detection &d = detections[size_t(field)];
            const QString column = m_map.headerOf(field);
            TimestampFormat &format = m_formats[size_t(field)];
            switch (d.outcome) {
            case Detection::Outcome::Detected:
                format = TimestampFormat(d.order);
                break;
            case Detection::Outcome::Empty:
                format = TimestampFormat(numericOrder.value_or(Order::Iso));
                break;
            case Detection::Outcome::Ambiguous:
                if (!numericOrder)
                    return Status::failure(
                        Tr::tr("The column “%1” of “%2” writes dates such as “%3” that can be "
                               "day/month/year or month/day/year. Say which order the export "
                               "uses.")
                            .arg(column, m_log.source, shown(firstValues[size_t(field)])));
                format = TimestampFormat(*numericOrder);
                break;
            case Detection::Outcome::Unreadable:
                return Status::failure(Tr::tr("The column “%1” of “%2” holds no date and time "
                                              "Dutymap reads, such as “%3”.")
                                           .arg(column, m_log.source, shown(d.example)));
            }
        }
        return {};
    }

    template <typename Cells>
    void addRow(int row, const Cells &cells)
    {
        bool empty = true;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            if (!cellBlank(cells, c)) {
                empty = false;
                break;
            }
        }
        if (empty)
            return;
        ++m_log.rowsRead;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            if (cellTooLong(cells, c)) {
                skip(row, int(c),
                     Tr::tr("a cell longer than %L1 characters").arg(TicketImport::MaxCellChars));
                return;
            }
        }

        TicketRecord t;
        t.row = row;
        const QStringView id = value(cells, F::Id);
        if (id.isEmpty())
            return skip(row, column(F::Id), Tr::tr("no ticket id"));

        const auto moment = [&](F field, qint64 &out) {
            const QStringView text = value(cells, field);
            if (text.isEmpty())
                return true;
            const auto written = m_formats[size_t(field)].parse(text);
            if (!written) {
                skip(row, column(field),
                     Tr::tr("“%1” is not a date and time as the column writes them (%2)")
                         .arg(shown(text), m_formats[size_t(field)].name()));
                return false;
            }
            out = m_clock.toUtc(*written);
            return true;
        };
        t.created = TicketRecord::NoTime;
        if (!moment(F::Created, t.created))
            return;
        if (t.created == TicketRecord::NoTime)
            return skip(row, column(F::Created), Tr::tr("no created time"));
        if (!moment(F::FirstResponse, t.firstResponse))
            return;
        if (t.firstResponse == TicketRecord::NoTime && m_map.has(F::FirstResponseMinutes)) {
            const QStringView text = value(cells, F::FirstResponseMinutes);
            if (!text.isEmpty()) {
                const auto minutes = TicketImport::minutesFromText(text, m_responseInHours);
                if (!minutes)
                    return skip(row, column(F::FirstResponseMinutes),
                                Tr::tr("“%1” is not a duration").arg(shown(text)));
                t.firstResponse = t.created + *minutes * 60;
            }
        }
        if (!moment(F::Resolved, t.resolved))
            return;
        if (t.resolved == TicketRecord::NoTime && !moment(F::Closed, t.resolved))
            return;
        if (t.firstResponse != TicketRecord::NoTime && t.firstResponse < t.created)
            return skip(row, column(F::FirstResponse), Tr::tr("first response before created"));
        if (t.resolved != TicketRecord::NoTime && t.resolved < t.created)
            return skip(row, column(m_map.has(F::Resolved) ? F::Resolved : F::Closed),
                        Tr::tr("resolved before created"));

        const QStringView priority = value(cells, F::Priority);
        if (!priority.isEmpty()) {
            const auto urgency =
                m_urgencies.value(priority, [this](QStringView text) { return urgencyOf(text); });
            if (urgency) {
                t.urgency = *urgency;
                t.urgencyKnown = true;
            } else {
                ++m_unmappedPriorities[priority.left(80).toString()];
            }
        }
        t.category = internOrNone(value(cells, F::Category));
        t.subcategory = internOrNone(value(cells, F::Subcategory));
        t.site = internOrNone(value(cells, F::Site));
        t.team = internOrNone(value(cells, F::Team));
        t.agent = internOrNone(value(cells, F::Agent));
        t.subject = internOrNone(value(cells, F::Subject));
        if (const QStringView vip = value(cells, F::Vip); !vip.isEmpty())
            t.vip = m_vips.value(vip, vipFromText);
        if (!t.vip && !m_options.vipRequesters.isEmpty())
            t.vip = m_options.vipRequesters.contains(
                value(cells, F::Requester).trimmed().toString().toCaseFolded());
        if (const QStringView s = value(cells, F::Satisfaction); !s.isEmpty()) {
            if (const auto score = m_ratings.value(s, satisfactionFromText))
                t.satisfaction = *score;
        }
        t.id = m_log.addTicketId(id.toUtf8());
        m_log.tickets.append(t);
    }

    // addRow() for a record of UTF-8 bytes, read on the bytes: a cell is
    // decoded only to be kept as a new text or to say what is wrong with it.
    void addUtf8Row(int row, const Utf8Record &cells)
    {
        bool empty = true;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            if (!cells.blank(c)) {
                empty = false;
                break;
            }
        }
        if (empty)
            return;
        ++m_log.rowsRead;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            if (cells.tooLong(c)) {
                skip(row, int(c),
                     Tr::tr("a cell longer than %L1 characters").arg(TicketImport::MaxCellChars));
                return;
            }
        }

        TicketRecord t;
        t.row = row;
        const QByteArrayView id = utf8Value(cells, F::Id);
        if (id.isEmpty())
            return skip(row, column(F::Id), Tr::tr("no ticket id"));

        const auto moment = [&](F field, qint64 &out) {
            const QByteArrayView bytes = utf8Value(cells, field);
            if (bytes.isEmpty())
                return true;
            const TimestampFormat &format = m_formats[size_t(field)];
            std::optional<WrittenTime> written = format.parseFixedIso(bytes);
            if (!written) {
                const QString text = QString::fromUtf8(bytes);
                written = format.parse(text);
                if (!written) {
                    skip(row, column(field),
                         Tr::tr("“%1” is not a date and time as the column writes them (%2)")
                             .arg(shown(text), format.name()));
                    return false;
                }
            }
            out = m_clock.toUtc(*written);
            return true;
        };
        t.created = TicketRecord::NoTime;
        if (!moment(F::Created, t.created))
            return;
        if (t.created == TicketRecord::NoTime)
            return skip(row, column(F::Created), Tr::tr("no created time"));
        if (!moment(F::FirstResponse, t.firstResponse))
            return;
        if (t.firstResponse == TicketRecord::NoTime && m_map.has(F::FirstResponseMinutes)) {
            const QString text = QString::fromUtf8(utf8Value(cells, F::FirstResponseMinutes));
            if (!text.isEmpty()) {
                const auto minutes = TicketImport::minutesFromText(text, m_responseInHours);
                if (!minutes)
                    return skip(row, column(F::FirstResponseMinutes),
                                Tr::tr("“%1” is not a duration").arg(shown(text)));
                t.firstResponse = t.created + *minutes * 60;
            }
        }
        if (!moment(F::Resolved, t.resolved))
            return;
        if (t.resolved == TicketRecord::NoTime && !moment(F::Closed, t.resolved))
            return;
        if (t.firstResponse != TicketRecord::NoTime && t.firstResponse < t.created)
            return skip(row, column(F::FirstResponse), Tr::tr("first response before created"));
        if (t.resolved != TicketRecord::NoTime && t.resolved < t.created)
            return skip(row, column(m_map.has(F::Resolved) ? F::Resolved : F::Closed),
                        Tr::tr("resolved before created"));

        if (const QByteArrayView priority = utf8Value(cells, F::Priority); !priority.isEmpty()) {
            const auto urgency = m_utf8Urgencies.value(
                priority, [this](QStringView text) { return urgencyOf(text); });
            if (urgency) {
                t.urgency = *urgency;
                t.urgencyKnown = true;
            } else {
                ++m_unmappedPriorities[QString::fromUtf8(priority).left(80)];
            }
        }
        const auto intern = [&](F field) {
            const QByteArrayView bytes = utf8Value(cells, field);
            return bytes.isEmpty() ? -1 : m_utf8Pool.intern(field, bytes);
        };
        t.category = intern(F::Category);
        t.subcategory = intern(F::Subcategory);
        t.site = intern(F::Site);
        t.team = intern(F::Team);
        t.agent = intern(F::Agent);
        t.subject = intern(F::Subject);
        if (const QByteArrayView vip = utf8Value(cells, F::Vip); !vip.isEmpty())
            t.vip = m_utf8Vips.value(vip, vipFromText);
        if (!t.vip && !m_options.vipRequesters.isEmpty())
            t.vip = m_options.vipRequesters.contains(
                QString::fromUtf8(utf8Value(cells, F::Requester)).toCaseFolded());
        if (const QByteArrayView s = utf8Value(cells, F::Satisfaction); !s.isEmpty()) {
            if (const auto score = m_utf8Ratings.value(s, satisfactionFromText))
                t.satisfaction = *score;
        }
        t.id = m_log.addTicketId(id);
        m_log.tickets.append(t);
    }

    // Room for about this many tickets, so that a large export's list is
    // not copied each time it grows.
    void reserve(qsizetype tickets, qsizetype idBytes = 0)
    {
        m_log.idBytes.reserve(idBytes);
        preferHugePages(m_log.idBytes.constData(), m_log.idBytes.capacity());
        m_log.tickets.reserve(tickets);
        preferHugePages(m_log.tickets.constData(),
                        m_log.tickets.capacity() * qsizetype(sizeof(TicketRecord)));
        m_log.idEnds.reserve(tickets);
        preferHugePages(m_log.idEnds.constData(),
                        m_log.idEnds.capacity() * qsizetype(sizeof(qsizetype)));
    }

    // A builder for the rows after a record boundary, read at the same time
    // as the rows before it: rows are counted from the boundary, and
    // absorb() adds them to this builder's.
    std::unique_ptr<LogBuilder> forLaterRows(const QString &source) const
    {
        auto later = std::make_unique<LogBuilder>(m_options, source, m_map, m_responseInHours);
        later->m_formats = m_formats;
        later->m_rowsLater = true;
        return later;
    }

    // Appends what a builder from forLaterRows() read, as if this one had
    // read on: its rows come after the first `rowsBefore` of the export.
    void absorb(LogBuilder &later, int rowsBefore)
    {
        TicketLog &other = later.m_log;
        const QList<int> textOf = m_utf8Pool.adopt(later.m_utf8Pool);
        const int *const number = textOf.constData();
        const auto text = [number](int index) { return index < 0 ? index : number[index]; };
        const qsizetype ids = m_log.idEnds.size();
        const qsizetype idBytes = m_log.idBytes.size();
        m_log.idBytes.append(other.idBytes);
        m_log.idEnds.resize(ids + other.idEnds.size());
        qsizetype *const ends = m_log.idEnds.data() + ids;
        const qsizetype *const otherEnds = other.idEnds.constData();
        for (qsizetype k = 0; k < other.idEnds.size(); ++k)
            ends[k] = idBytes + otherEnds[k];
        const qsizetype before = m_log.tickets.size();
        m_log.tickets.resize(before + other.tickets.size());
        TicketRecord *const out = m_log.tickets.data() + before;
        const TicketRecord *const in = other.tickets.constData();
        for (qsizetype k = 0; k < other.tickets.size(); ++k) {
            TicketRecord t = in[k];
            t.id += int(ids);
            t.row += rowsBefore;
            t.category = text(t.category);
            t.subcategory = text(t.subcategory);
            t.site = text(t.site);
            t.team = text(t.team);
            t.agent = text(t.agent);
            t.subject = text(t.subject);
            out[k] = t;
        }
        m_log.rowsRead += other.rowsRead;
        for (auto it = other.skippedByReason.cbegin(); it != other.skippedByReason.cend(); ++it)
            m_log.skippedByReason[it.key()] += it.value();
        for (const LaterProblem &p : std::as_const(later.m_laterProblems))
            m_problems.add(p.row + rowsBefore, p.column + 1,
                           p.column >= 0 ? m_map.header.value(p.column) : QString(), p.reason);
        m_unlisted += later.m_unlisted;
        for (auto it = later.m_unmappedPriorities.cbegin(); it != later.m_unmappedPriorities.cend();
             ++it)
            m_unmappedPriorities[it.key()] += it.value();
    }

    TicketLog finish(const QStringList &notes)
    {
        m_log.problems = m_problems.list();
        m_log.unlistedProblems = m_problems.unlisted() + m_unlisted;
        m_log.notes = notes;
        for (auto it = m_unmappedPriorities.cbegin(); it != m_unmappedPriorities.cend(); ++it)
            m_log.notes.append(Tr::tr("The priority “%1” (%n ticket(s)) means no urgency Dutymap "
                                      "knows; those tickets count as normal until it is mapped.",
                                      nullptr, it.value())
                                   .arg(it.key()));
        // Squeezing copies every ticket and text once more, at a million
        // rows a fifth of the import; only a list mostly slack is worth it.
        if (m_log.tickets.capacity() > m_log.tickets.size() * 2)
            m_log.tickets.squeeze();
        return std::move(m_log);
    }

    template <typename Cells>
    QStringView value(const Cells &cells, F field) const
    {
        for (int c : m_map.columns[size_t(field)]) {
            if (c < cells.size()) {
                const QStringView v = cellText(cells, c).trimmed();
                if (!v.isEmpty())
                    return v;
            }
        }
        return {};
    }

private:
    std::optional<Urgency> urgencyOf(QStringView text) const
    {
        const QString folded = text.toString().toCaseFolded();
        if (const auto it = m_options.priorities.constFind(folded);
            it != m_options.priorities.cend())
            return *it;
        return TicketImport::urgencyFromText(text);
    }

    // value() on the bytes: the first of the field's cells that is not
    // blank, trimmed.
    QByteArrayView utf8Value(const Utf8Record &cells, F field) const
    {
        for (int c : m_map.columns[size_t(field)]) {
            if (c < cells.size()) {
                const QByteArrayView v = trimmedUtf8(cells.cells[size_t(c)]);
                if (!v.isEmpty())
                    return v;
            }
        }
        return {};
    }

    int column(F field) const
    {
        return m_map.has(field) ? m_map.columns[size_t(field)].constFirst() : -1;
    }

    void skip(int row, int column, const QString &reason)
    {
        ++m_log.skippedByReason[reasonKind(reason)];
        if (m_rowsLater) {
            // Told when the rows before are counted (absorb()).
            if (m_laterProblems.size() < CsvImport::MaxProblemsListed)
                m_laterProblems.append({row, column, reason});
            else
                ++m_unlisted;
            return;
        }
        m_problems.add(row, column + 1, column >= 0 ? m_map.header.value(column) : QString(),
                       reason);
    }

    // Reasons counted together: the sentence up to its first value.
    static QString reasonKind(const QString &reason)
    {
        const qsizetype quote = reason.indexOf(u'“');
        if (quote < 0)
            return reason;
        const qsizetype close = reason.indexOf(u'”', quote);
        QString kind = reason;
        return kind.replace(quote, close - quote + 1, QStringLiteral("…"));
    }

    int intern(QStringView text) { return m_pool.intern(text); }
    int internOrNone(QStringView text) { return text.isEmpty() ? -1 : intern(text); }

    const TicketImportOptions &m_options;
    ColumnMap m_map;
    ReviewClock m_clock;
    CsvImport::ProblemList m_problems;
    bool m_responseInHours = false;
    std::array<TimestampFormat, TicketFieldCount> m_formats{};
    QHash<QString, int> m_unmappedPriorities;
    ValueCache<std::optional<Urgency>> m_urgencies;
    ValueCache<bool> m_vips;
    ValueCache<std::optional<float>> m_ratings;
    // For the later part of an export read beside the first: rows counted
    // from its start, and its problems kept until they are known.
    bool m_rowsLater = false;
    struct LaterProblem {
        int row;
        int column;
        QString reason;
    };
    QList<LaterProblem> m_laterProblems;
    int m_unlisted = 0; // problems beyond those listed, from a later part
    Utf8ValueCache<std::optional<Urgency>> m_utf8Urgencies;
    Utf8ValueCache<bool> m_utf8Vips;
    Utf8ValueCache<std::optional<float>> m_utf8Ratings;
    TicketLog m_log; // before the pools, which fill its texts
    // One of them fills the texts: m_pool for rows of texts, m_utf8Pool for
    // rows of UTF-8 bytes.
    TextPool m_pool;
    Utf8TextPool m_utf8Pool;
};

const TicketPreset *presetFor(const QStringList &header, const TicketImportOptions &options)
{
    return options.preset ? options.preset : TicketPreset::guess(header);
}

// The bytes of the first lines CsvSheetReader::detectDelimiter looks at:
// up to the 50th line break outside quotes.
qsizetype delimiterSampleSize(QByteArrayView bytes)
{
    bool quoted = false;
    int lines = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes[i] == '"')
            quoted = !quoted;
        else if (!quoted && bytes[i] == '\n' && ++lines == 50)
            return i + 1;
    }
    return bytes.size();
}

// Where the later part of a large export starts when it is read in two
// parts at once (rows from `from` on): just after the first line break past
// the middle. 0: read it in one, being small or the machine of one core.
qsizetype laterPart(QByteArrayView body, qsizetype from)
{
    constexpr qsizetype SplitFrom = 8 * 1024 * 1024;
    if (body.size() - from < SplitFrom || std::thread::hardware_concurrency() < 2)
        return 0;
    const qsizetype middle = from + (body.size() - from) / 2;
    const auto *lineBreak = static_cast<const char *>(
        std::memchr(body.data() + middle, '\n', size_t(body.size() - middle)));
    if (!lineBreak || lineBreak + 1 == body.data() + body.size())
        return 0;
    return lineBreak + 1 - body.data();
}

// QUtf8StringView::isValidUtf8(), a large export in two halves at once:
// cut before a byte that starts a character, each half is valid exactly when
// the whole is.
bool validUtf8(QByteArrayView bytes)
{
    constexpr qsizetype SplitFrom = 8 * 1024 * 1024;
    if (bytes.size() < SplitFrom || std::thread::hardware_concurrency() < 2)
        return QUtf8StringView(bytes).isValidUtf8();
    qsizetype middle = bytes.size() / 2;
    while (middle < bytes.size() && (uchar(bytes[middle]) & 0xC0) == 0x80)
        ++middle;
    bool laterValid = false;
    std::thread later([&] { laterValid = QUtf8StringView(bytes.sliced(middle)).isValidUtf8(); });
    const bool firstValid = QUtf8StringView(bytes.first(middle)).isValidUtf8();
    later.join();
    return firstValid && laterValid;
}

// readCsv for an export that is valid UTF-8 (without its byte order mark):
// records and cells are cut on the bytes, and only the cells a field reads
// are decoded, each into a buffer the next record reuses. Nothing when the
// export holds a zero byte, which readCsv then reports as a whole file's.
std::optional<Result<TicketLog>> readUtf8Csv(QByteArrayView body, const QString &source,
                                             const TicketImportOptions &options)
{
    using R = Result<TicketLog>;
    // A zero byte anywhere is the first thing wrong with the file.
    const auto fail = [&](const QString &error) -> std::optional<R> {
        if (body.contains('\0'))
            return std::nullopt;
        return R::failure(error);
    };
    const QChar delimiter =
        CsvSheetReader::detectDelimiter(QString::fromUtf8(body.first(delimiterSampleSize(body))));
    Utf8RecordReader records(body, char(delimiter.unicode()), 1000);
    Utf8Record record;

    QStringList header;
    int row = 0;
    while (header.isEmpty() && records.next(record.cells)) {
        ++row;
        record.reset();
        for (qsizetype c = 0; c < record.size(); ++c)
            header.append(record.text(c).trimmed().toString());
        while (!header.isEmpty() && header.constLast().isEmpty())
            header.removeLast();
    }
    if (records.sawZero())
        return std::nullopt;
    if (!records.error().isEmpty())
        return fail(Tr::tr("Cannot read “%1”: %2.").arg(source, records.error()));
    if (header.isEmpty())
        return fail(Tr::tr("“%1” is empty: it has no header row.").arg(source));

    const int headerRecords = row;
    const TicketPreset *preset = presetFor(header, options);
    auto map = mapColumns(header, preset, options, source);
    if (!map)
        return fail(map.error());
    LogBuilder builder(options, source, std::move(map).value(), preset && preset->responseInHours);

    // The first rows decide the date formats.
    QList<QStringList> sample;
    qsizetype sampleBytes = 0;
    while (sample.size() < TicketImport::DetectionSample && records.next(record.cells)) {
        record.reset();
        QStringList copy;
        copy.reserve(record.size());
        for (qsizetype c = 0; c < record.size(); ++c) {
            copy.append(record.text(c).toString());
            sampleBytes += record.cells.at(c).size() + 1;
        }
        sample.append(copy);
    }
    if (records.sawZero())
        return std::nullopt;
    if (const Status detected = builder.detectFormats(sample); !detected)
        return fail(detected.error());
    // The rows to come, estimated from the sample's length per row.
    qsizetype expected = 0;
    if (sample.size() == TicketImport::DetectionSample && sampleBytes > 0)
        expected =
            qsizetype(double(body.size()) * double(sample.size()) / double(sampleBytes) * 1.05);
    // And their ids' length, from the sample's.
    qsizetype idChars = 0;
    for (const QStringList &cells : std::as_const(sample))
        idChars += builder.value(cells, F::Id).size() + 1;
    const double idBytes = sample.isEmpty() ? 0 : double(idChars) / double(sample.size()) * 1.1;
    builder.reserve(expected, qsizetype(double(expected) * idBytes));
    sample.clear();
    // Every row from the bytes, the sample's again.
    Utf8RecordReader rows(body, char(delimiter.unicode()), 1000);
    for (int k = 0; k < headerRecords; ++k)
        rows.next(record.cells);
    row = headerRecords;

    // A large export is read in two parts at once: the rows from a line
    // break near the middle on another thread. That part counts only when
    // the rows before end exactly at that line break (it was no line break
    // inside a quoted cell) and it read without an error; otherwise the
    // rows before read on alone.
    qsizetype split = laterPart(body, rows.position());
    std::unique_ptr<LogBuilder> later;
    bool laterRead = false;
    int laterRecords = 0;
    std::thread thread;
    if (split > 0) {
        later = builder.forLaterRows(source);
        const double share = double(body.size() - split) / double(body.size() - rows.position());
        later->reserve(qsizetype(double(expected) * share),
                       qsizetype(double(expected) * share * idBytes));
        thread = std::thread([&, laterBuilder = later.get()] {
            Utf8RecordReader laterRows(body.sliced(split), char(delimiter.unicode()), 1000);
            Utf8Record laterRecord;
            while (laterRows.next(laterRecord.cells)) {
                laterRecord.reset();
                laterBuilder->addUtf8Row(++laterRecords, laterRecord);
            }
            laterRead = laterRows.error().isEmpty() && !laterRows.sawZero();
        });
        while (rows.position() < split && rows.next(record.cells)) {
            record.reset();
            builder.addUtf8Row(++row, record);
        }
        thread.join();
        if (rows.position() == split && laterRead && rows.error().isEmpty() && !rows.sawZero())
            builder.absorb(*later, row);
        else
            split = 0;
        later.reset();
    }
    while (split == 0 && rows.next(record.cells)) {
        record.reset();
        builder.addUtf8Row(++row, record);
    }
    if (rows.sawZero())
        return std::nullopt;
    if (!rows.error().isEmpty())
        return fail(Tr::tr("Cannot read “%1”: %2.").arg(source, rows.error()));

    QStringList notes;
    if (preset)
        notes.append(Tr::tr("Columns read as an export of %1.").arg(preset->name));
    return R(builder.finish(notes));
}

} // namespace

Result<TicketImport::FileBytes> TicketImport::readFile(const QString &path)
{
    using R = Result<FileBytes>;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(Tr::tr("cannot read “%1”: %2.").arg(path, file.errorString()));
    const qint64 size = file.size();
    if (size > MaxBytes)
        return R::failure(
            Tr::tr("“%1” is larger than %2 MiB.").arg(path).arg(MaxBytes / (1024 * 1024)));
    constexpr std::size_t HugePage = 2 * 1024 * 1024;
    const std::size_t capacity = (std::size_t(size) + HugePage) & ~(HugePage - 1);
    std::shared_ptr<char[]> buffer(static_cast<char *>(std::aligned_alloc(HugePage, capacity)),
                                   [](char *p) { std::free(p); });
    if (!buffer)
        return R::failure(Tr::tr("“%1” does not fit in memory.").arg(path));
    preferHugePages(buffer.get(), qsizetype(capacity));
    qint64 got = 0;
    while (got < size) {
        const qint64 n = file.read(buffer.get() + got, size - got);
        if (n < 0)
            return R::failure(Tr::tr("cannot read “%1”: %2.").arg(path, file.errorString()));
        if (n == 0)
            break; // cut short meanwhile
        got += n;
    }
    FileBytes read{buffer, QByteArray::fromRawData(buffer.get(), got)};
    return read;
}

Result<TicketLog> TicketImport::readCsv(const QByteArray &bytes, const QString &source,
                                        const TicketImportOptions &options)
{
    using R = Result<TicketLog>;
    if (bytes.size() > MaxBytes)
        return R::failure(Tr::tr("Cannot read “%1”: it is larger than %2 MiB.")
                              .arg(source)
                              .arg(MaxBytes / (1024 * 1024)));
    if (bytes.startsWith("PK\x03\x04"))
        return R::failure(Tr::tr("Cannot read “%1” as CSV: it is a zip archive (an XLSX "
                                 "workbook?).")
                              .arg(source));
    if (!bytes.startsWith("\xFF\xFE") && !bytes.startsWith("\xFE\xFF")) {
        QByteArrayView body(bytes);
        if (body.startsWith("\xEF\xBB\xBF"))
            body = body.sliced(3);
        // Anything else (UTF-16, Windows-1252, zero bytes, a second byte
        // order mark) is decoded as a whole, with its note or error.
        if (!body.startsWith("\xEF\xBB\xBF") && validUtf8(body)) {
            if (auto log = readUtf8Csv(body, source, options))
                return std::move(*log);
        }
    }
    QString error;
    const auto decoded = CsvSheetReader::decode(bytes, &error);
    if (!decoded)
        return R::failure(Tr::tr("Cannot read “%1”: %2.").arg(source, error));
    const QString &text = decoded->text;
    CsvRecordReader records(text, CsvSheetReader::detectDelimiter(text), 1000);
    QList<QStringView> cells;

    QStringList header;
    int row = 0;
    while (header.isEmpty() && records.next(cells)) {
        ++row;
        for (QStringView c : std::as_const(cells))
            header.append(c.trimmed().toString());
        while (!header.isEmpty() && header.constLast().isEmpty())
            header.removeLast();
    }
    if (!records.error().isEmpty())
        return R::failure(Tr::tr("Cannot read “%1”: %2.").arg(source, records.error()));
    if (header.isEmpty())
        return R::failure(Tr::tr("“%1” is empty: it has no header row.").arg(source));

    const TicketPreset *preset = presetFor(header, options);
    auto map = mapColumns(header, preset, options, source);
    if (!map)
        return R::failure(map.error());
    LogBuilder builder(options, source, std::move(map).value(), preset && preset->responseInHours);

    // The first rows decide the date formats, then go in like the rest.
    QList<QStringList> sample;
    QList<int> sampleRows;
    qsizetype sampleChars = 0;
    while (sample.size() < DetectionSample && records.next(cells)) {
        ++row;
        QStringList copy;
        copy.reserve(cells.size());
        for (QStringView c : std::as_const(cells)) {
            copy.append(c.toString());
            sampleChars += c.size() + 1;
        }
        sample.append(copy);
        sampleRows.append(row);
    }
    if (const Status detected = builder.detectFormats(sample); !detected)
        return R::failure(detected.error());
    // The rows to come, estimated from the sample's length per row.
    if (sample.size() == DetectionSample && sampleChars > 0)
        builder.reserve(
            qsizetype(double(text.size()) * double(sample.size()) / double(sampleChars) * 1.05));
    for (qsizetype k = 0; k < sample.size(); ++k)
        builder.addRow(sampleRows.at(k), sample.at(k));
    sample.clear();
    while (records.next(cells))
        builder.addRow(++row, cells);
    if (!records.error().isEmpty())
        return R::failure(Tr::tr("Cannot read “%1”: %2.").arg(source, records.error()));

    QStringList notes;
    if (!decoded->note.isEmpty())
        notes.append(decoded->note.arg(source));
    if (preset)
        notes.append(Tr::tr("Columns read as an export of %1.").arg(preset->name));
    return builder.finish(notes);
}

Result<TicketLog> TicketImport::readSheet(const Sheet &sheet, const QString &source,
                                          const TicketImportOptions &options)
{
    using R = Result<TicketLog>;
    int first = 0;
    while (first < sheet.rowCount() && sheet.rowIsEmpty(first))
        ++first;
    if (first == sheet.rowCount())
        return R::failure(Tr::tr("“%1” is empty: it has no header row.").arg(source));
    QStringList header;
    for (const QString &h : sheet.rows.at(first))
        header.append(h.trimmed());
    const TicketPreset *preset = presetFor(header, options);
    auto map = mapColumns(header, preset, options, source);
    if (!map)
        return R::failure(map.error());
    LogBuilder builder(options, source, std::move(map).value(), preset && preset->responseInHours);
    const QList<QStringList> sample = sheet.rows.mid(first + 1, DetectionSample);
    if (const Status detected = builder.detectFormats(sample); !detected)
        return R::failure(detected.error());
    for (int r = first + 1; r < sheet.rowCount(); ++r)
        builder.addRow(r + 1, sheet.rows.at(r));
    QStringList notes;
    if (preset)
        notes.append(Tr::tr("Columns read as an export of %1.").arg(preset->name));
    return builder.finish(notes);
}

std::optional<EscalationRule::Urgency> TicketImport::urgencyFromText(QStringView text)
{
    const QString folded = text.trimmed().toString().toCaseFolded();
    if (folded.isEmpty())
        return std::nullopt;
    // Words first: "1 - Critical" means critical whatever the number says.
    static const std::array<std::pair<Urgency, QStringList>, 4> words{{
        {Urgency::Critical,
         {QStringLiteral("critical"), QStringLiteral("urgent"), QStringLiteral("emergency"),
          QStringLiteral("highest"), QStringLiteral("blocker"), QStringLiteral("kritisch"),
          QStringLiteral("dringend"), QStringLiteral("sehr hoch")}},
        {Urgency::Low,
         {QStringLiteral("low"), QStringLiteral("lowest"), QStringLiteral("minor"),
          QStringLiteral("trivial"), QStringLiteral("planning"), QStringLiteral("niedrig"),
          QStringLiteral("gering")}},
        {Urgency::High, {QStringLiteral("high"), QStringLiteral("major"), QStringLiteral("hoch")}},
        {Urgency::Normal,
         {QStringLiteral("normal"), QStringLiteral("medium"), QStringLiteral("moderate"),
          QStringLiteral("mittel")}},
    }};
    const auto wordsOf = QStringView(folded).split(u' ', Qt::SkipEmptyParts);
    for (const auto &[urgency, list] : words) {
        for (const QString &word : list) {
            if (word.contains(u' ')
                    ? folded.contains(word)
                    : std::any_of(wordsOf.cbegin(), wordsOf.cend(), [&](QStringView w) {
                          return w.startsWith(word) && w.size() <= word.size() + 1;
                      }))
                return urgency;
        }
    }
    // Then numbers: "P1", "1", "Priority 2", "Sev 3".
    for (qsizetype i = 0; i < folded.size(); ++i) {
        if (folded.at(i).isDigit()) {
            const bool lone = (i + 1 == folded.size() || !folded.at(i + 1).isDigit())
                              && (i == 0 || !folded.at(i - 1).isDigit());
            if (!lone)
                return std::nullopt;
            const int n = folded.at(i).digitValue();
            if (n == 0)
                return std::nullopt;
            return n == 1   ? Urgency::Critical
                   : n == 2 ? Urgency::High
                   : n == 3 ? Urgency::Normal
                            : Urgency::Low;
        }
    }
    return std::nullopt;
}

std::optional<qint64> TicketImport::minutesFromText(QStringView text, bool plainNumbersAreHours)
{
    const QString t = text.trimmed().toString().toCaseFolded().replace(u',', u'.');
    bool ok = false;
    const double plain = t.toDouble(&ok);
    if (ok) {
        if (!std::isfinite(plain) || plain < 0 || plain > 10.0 * 366 * 24 * 60)
            return std::nullopt;
        return qint64(std::llround(plainNumbersAreHours ? plain * 60 : plain));
    }
    // "2h 30m", "1d 4h", "90 min", "1 hour 5 minutes"
    double minutes = 0;
    qsizetype i = 0;
    bool any = false;
    while (i < t.size()) {
        while (i < t.size() && t.at(i).isSpace())
            ++i;
        if (i == t.size())
            break;
        const qsizetype start = i;
        while (i < t.size() && (t.at(i).isDigit() || t.at(i) == u'.'))
            ++i;
        const double amount = QStringView(t).sliced(start, i - start).toDouble(&ok);
        if (!ok)
            return std::nullopt;
        while (i < t.size() && t.at(i).isSpace())
            ++i;
        const qsizetype unitStart = i;
        while (i < t.size() && t.at(i).isLetter())
            ++i;
        const QStringView unit = QStringView(t).sliced(unitStart, i - unitStart);
        double factor = 0;
        if (unit == u"w" || unit.startsWith(u"week"))
            factor = 7 * 24 * 60;
        else if (unit == u"d" || unit.startsWith(u"day") || unit.startsWith(u"tag"))
            factor = 24 * 60;
        else if (unit == u"h" || unit.startsWith(u"hour") || unit.startsWith(u"std"))
            factor = 60;
        else if (unit == u"m" || unit.startsWith(u"min"))
            factor = 1;
        else
            return std::nullopt;
        minutes += amount * factor;
        any = true;
        while (i < t.size() && (t.at(i).isSpace() || t.at(i) == u','))
            ++i;
    }
    if (!any || minutes > 10.0 * 366 * 24 * 60)
        return std::nullopt;
    return qint64(std::llround(minutes));
}
