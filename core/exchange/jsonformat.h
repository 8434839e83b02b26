#pragma once

#include "exchange/format.h"

#include <QByteArray>
#include <QJsonObject>

// The whole agreement as JSON, for scripts and for the built-in sample.
// The layout is documented in docs/json-format.md; reading validates every
// key, enum and reference and says where a problem is.
class JsonFormat : public Format
{
public:
    static constexpr int Version = 2; // 2: signed revisions
    // The longest text a reader accepts, as in a .dutymap file.
    static constexpr qsizetype MaxTextLength = 1'000'000;

    QString id() const override { return QStringLiteral("json"); }
    QString name() const override;
    QString extension() const override { return QStringLiteral("json"); }
    Capabilities capabilities() const override { return CanRead | WritesAgreement; }

    // Always the whole agreement: a party filter does not apply to JSON.
    Status write(const ExportJob &job, QIODevice *device) const override;
    Result<Agreement> read(QIODevice *device, const QString &sourceName) const override;

    static QJsonObject toJson(const Agreement &agreement);
    static Result<Agreement> fromJson(const QByteArray &json, const QString &sourceName);
};
