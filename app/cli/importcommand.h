#pragma once

#include "command.h"

// dutymap-cli import: a new agreement file from a spreadsheet people
// already keep (XLSX or CSV), its layout detected or given by a mapping.
class ImportCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    int run(const QStringList &args, Streams io) const override;
};
