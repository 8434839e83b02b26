#pragma once

#include "command.h"

// dutymap-cli export: writes the agreement in one of the registered formats.
class ExportCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    int run(const QStringList &args, Streams io) const override;
};
