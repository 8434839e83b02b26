#pragma once

#include "command.h"

// dutymap-cli diff: what changed between two agreements or revisions.
class DiffCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("diff"); }
    QString summary() const override;
    int run(const QStringList &args, Streams io) const override;
};
