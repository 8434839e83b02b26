#include "revisions/canonicalform.h"

#include "exchange/jsonformat.h"
#include "model/agreement.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CanonicalForm)
};

// A snapshot never holds more than a JSON file may (JsonFormat::read).
constexpr quint32 MaxUnpackedSize = 512u * 1024 * 1024;

} // namespace

QByteArray CanonicalForm::json(const Agreement &agreement)
{
    QJsonObject root = JsonFormat::toJson(agreement);
    for (const char *key : {"version", "nextId", "revisions"})
        root.remove(QLatin1String(key));
    QJsonObject details = root.value(QLatin1String("details")).toObject();
    details.remove(QLatin1String("status"));
    details.remove(QLatin1String("revision"));
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
    return qCompress(canonicalJson, 9);
}

Result<Agreement> CanonicalForm::unpack(const QByteArray &snapshot, const QByteArray &fingerprint,
                                        const QString &sourceName)
{
    // qCompress puts the unpacked size first; refuse a bomb before unpacking.
    if (snapshot.size() < 4 || qFromBigEndian<quint32>(snapshot.constData()) > MaxUnpackedSize)
        return Result<Agreement>::failure(
            Tr::tr("%1: the stored content is damaged.").arg(sourceName));
    const QByteArray json = qUncompress(snapshot);
    if (json.isEmpty())
        return Result<Agreement>::failure(
            Tr::tr("%1: the stored content is damaged.").arg(sourceName));
    if (fingerprintOf(json) != fingerprint)
        return Result<Agreement>::failure(
            Tr::tr("%1: the stored content does not match its fingerprint.").arg(sourceName));
    return JsonFormat::fromJson(json, sourceName);
}
