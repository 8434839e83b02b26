#pragma once

#include "command.h"

// dutymap-cli export: writes the agreement in one of the registered formats.
class ExportCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    int run(const QStringList &args, Streams io) const override;

    // True when these arguments (args[0] is "export") pick a format that
    // needs a QGuiApplication (Format::NeedsGui): --format, or else the
    // extension of -o. For main(), before any application object exists;
    // run() still does the real parsing and reports usage errors.
    static bool needsRenderer(const QStringList &args);
};
