#pragma once

#include "result.h"

#include <QString>

class QIODevice;
struct Agreement;

// One file format Dutymap can write, and maybe read. The file dialogs' filters
// and dutymap-cli's --format list are built from the registered formats.
class Format
{
public:
    virtual ~Format() = default;

    virtual QString id() const = 0;        // "json", used by --format
    virtual QString name() const = 0;      // "JSON agreement", shown to users
    virtual QString extension() const = 0; // "json", without the dot
    virtual bool canRead() const { return false; }

    virtual Status write(const Agreement &agreement, QIODevice *device) const = 0;
    // sourceName names the input in error sentences (a file name).
    virtual Result<Agreement> read(QIODevice *device, const QString &sourceName) const;
};
