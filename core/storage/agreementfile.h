#pragma once

#include "model/agreement.h"
#include "result.h"

#include <QString>
#include <QtGlobal>

// The .dutymap file: an SQLite database holding one agreement. Saving is
// atomic (a complete new file is renamed over the old one); loading treats
// the file as hostile, since agreements arrive by e-mail from another
// company, and reports what is wrong in a sentence instead of crashing.
class AgreementFile
{
public:
    static constexpr qint32 ApplicationId = 0x44544d50; // "DTMP"
    static constexpr int SchemaVersion = 1;

    static Result<Agreement> load(const QString &path);
    // Writes the whole agreement into a temporary file beside `path`, then
    // renames it over `path`.
    static Status save(const Agreement &agreement, const QString &path);
};
