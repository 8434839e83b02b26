#pragma once

#include "model/agreement.h"
#include "result.h"

#include <QString>

// Reads a .dutymap file into an Agreement, treating it as hostile: the
// bytes are checked before SQLite parses anything, every value for type,
// range, length and known keys, and the whole agreement with
// AgreementValidator. The first problem stops it with a sentence naming the
// file, the table, the row and the column. AgreementFile::load() is the
// public way in.
class AgreementLoader
{
public:
    static Result<Agreement> load(const QString &path);
};
