#include "exchange/sampleagreement.h"

#include "exchange/jsonformat.h"

#include <QFile>

Result<Agreement> SampleAgreement::load()
{
    QFile file(QStringLiteral(":/sample/sample-agreement.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Result<Agreement>::failure(
            QStringLiteral("The built-in sample agreement is missing."));
    return JsonFormat::fromJson(file.readAll(), QStringLiteral("sample-agreement.json"));
}
