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
    // The checks on the bytes alone that load() starts with (a regular
    // file, SQLite, Dutymap's application id, a known format): empty when
    // they pass, else the sentence load() would give.
    static QString checkFile(const QString &path);
};
