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
    static constexpr int SchemaVersion = 2;             // 2: signed revisions

    static Result<Agreement> load(const QString &path);
    // Writes the whole agreement into a temporary file beside `path`, then
    // renames it over `path`. A successful save also removes temporary files
    // that earlier, interrupted saves of the same name left behind.
    static Status save(const Agreement &agreement, const QString &path);

    // Points inside save() where crash-safety tests stop or kill a save.
    // Only tests set an observer; with none, save() behaves the same.
    enum class SaveStage {
        TempCreated, // the empty temporary file exists
        Written,     // the database in it is complete and closed
        Synced,      // it is on disk; the rename comes next
        Renamed,     // the target is the new file; folder sync and clean-up come next
    };
    using SaveObserver = void (*)(SaveStage stage, const QString &tempPath);
    static void setSaveObserver(SaveObserver observer);
};
