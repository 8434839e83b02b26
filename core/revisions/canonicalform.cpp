#include "revisions/canonicalform.h"

#include "exchange/jsonformat.h"
#include "model/agreement.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDataStream>
#include <QHash>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CanonicalForm)
};

// A snapshot never holds more than a JSON file may (JsonFormat::read).
constexpr quint32 MaxUnpackedSize = 512u * 1024 * 1024;

// The first byte of a snapshot, and the operations of a difference.
constexpr char Whole = 'Z';
constexpr char Difference = 'D';
enum Op : quint8 { Copy = 1, Insert = 2 };

} // namespace

QByteArray CanonicalForm::json(const Agreement &agreement)
{
    QJsonObject root = JsonFormat::toJson(agreement);
    for (const char *key : {"version", "nextId", "revisions"})
        root.remove(QLatin1String(key));
    QJsonObject details = root.value(QLatin1String("details")).toObject();
    details.remove(QLatin1String("status"));
    details.remove(QLatin1String("revision"));
    // Saved service reviews record how the agreement worked out, and the
    // ticket mapping how a help desk's export is read for them: neither is
    // a term, and reviewing a signed agreement must not make it look changed.
    details.remove(QLatin1String("savedReviews"));
    details.remove(QLatin1String("ticketMapping"));
    root.insert(QLatin1String("details"), details);
    // QJsonObject keeps its keys sorted, so the bytes depend on content only.
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QByteArray CanonicalForm::fingerprint(const Agreement &agreement)
{
    return fingerprintOf(json(agreement));
}

QByteArray CanonicalForm::fingerprintOf(const QByteArray &canonicalJson)
{
    return QCryptographicHash::hash(canonicalJson, QCryptographicHash::Sha256);
}

QString CanonicalForm::shortText(const QByteArray &fingerprint)
{
    const QString hex = QString::fromLatin1(fingerprint.left(4).toHex());
    if (hex.size() < 8)
        return hex;
    return hex.left(4) + QLatin1Char(' ') + hex.mid(4);
}

QByteArray CanonicalForm::pack(const QByteArray &canonicalJson)
{
    return QByteArray(1, Whole) + qCompress(canonicalJson, 9);
}

QByteArray CanonicalForm::packDifference(const QByteArray &json, const QByteArray &newer)
{
    // Chunks end after each '}': one chunk is a small object (a role map,
    // an access entry) or the tail of an item. The first place each chunk
    // occurs in the newer JSON is indexed; a run continues where the last
    // copy ended when it can, so repeated chunks like "}}" do not break it.
    QHash<QByteArrayView, qsizetype> index;
    for (qsizetype begin = 0; begin < newer.size();) {
        qsizetype end = newer.indexOf('}', begin);
        end = end < 0 ? newer.size() : end + 1;
        index.insert(QByteArrayView(newer.constData() + begin, end - begin), begin);
        begin = end;
    }
    QByteArray ops;
    QDataStream out(&ops, QIODevice::WriteOnly);
    qsizetype copyFrom = -1, copyLength = 0;
    QByteArray literal;
    const auto flushCopy = [&] {
        if (copyLength > 0)
            out << quint8(Copy) << quint32(copyFrom) << quint32(copyLength);
        copyLength = 0;
    };
    const auto flushLiteral = [&] {
        if (!literal.isEmpty())
            out << quint8(Insert) << literal;
        literal.clear();
    };
    for (qsizetype begin = 0; begin < json.size();) {
        qsizetype end = json.indexOf('}', begin);
        end = end < 0 ? json.size() : end + 1;
        const QByteArrayView chunk(json.constData() + begin, end - begin);
        begin = end;
        const qsizetype next = copyFrom + copyLength;
        if (copyLength > 0 && next + chunk.size() <= newer.size()
            && QByteArrayView(newer.constData() + next, chunk.size()) == chunk) {
            copyLength += chunk.size();
            continue;
        }
        const auto it = index.constFind(chunk);
        if (it == index.cend()) {
            flushCopy();
            literal.append(chunk);
            continue;
        }
        flushLiteral();
        flushCopy();
        copyFrom = *it;
        copyLength = chunk.size();
    }
    flushLiteral();
    flushCopy();
    return QByteArray(1, Difference) + qCompress(ops, 9);
}

bool CanonicalForm::isDifference(const QByteArray &snapshot)
{
    return snapshot.startsWith(Difference);
}

bool CanonicalForm::isSnapshot(const QByteArray &snapshot)
{
    return snapshot.size() >= 5 && (snapshot.at(0) == Whole || snapshot.at(0) == Difference);
}

QByteArray CanonicalForm::unpackJson(const QByteArray &snapshot, const QByteArray &newer)
{
    // qCompress puts the unpacked size first; refuse a bomb before unpacking.
    if (!isSnapshot(snapshot)
        || qFromBigEndian<quint32>(snapshot.constData() + 1) > MaxUnpackedSize)
        return {};
    const QByteArray data = qUncompress(snapshot.sliced(1));
    if (snapshot.at(0) == Whole)
        return data;
    QByteArray json;
    QDataStream in(data);
    while (!in.atEnd()) {
        quint8 op = 0;
        in >> op;
        if (op == Copy) {
            quint32 from = 0, length = 0;
            in >> from >> length;
            if (qint64(from) + length > newer.size())
                return {};
            json.append(newer.constData() + from, length);
        } else if (op == Insert) {
            QByteArray literal;
            in >> literal;
            json.append(literal);
        } else {
            return {};
        }
        if (in.status() != QDataStream::Ok || json.size() > qsizetype(MaxUnpackedSize))
            return {};
    }
    return json;
}

Result<Agreement> CanonicalForm::read(const QByteArray &json, const QByteArray &fingerprint,
                                      const QString &sourceName)
{
    if (json.isEmpty())
        return Result<Agreement>::failure(
            Tr::tr("%1: the stored content is damaged.").arg(sourceName));
    if (fingerprintOf(json) != fingerprint)
        return Result<Agreement>::failure(
            Tr::tr("%1: the stored content does not match its fingerprint.").arg(sourceName));
    return JsonFormat::fromJson(json, sourceName);
}
