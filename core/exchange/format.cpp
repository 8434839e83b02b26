#include "exchange/format.h"

#include "model/agreement.h"

#include <QCoreApplication>

Result<Agreement> Format::read(QIODevice *, const QString &sourceName) const
{
    return Result<Agreement>::failure(
        QCoreApplication::translate("Format", "Dutymap cannot read %1 files (“%2”).")
            .arg(name(), sourceName));
}
