#pragma once

#include "command.h"

// dutymap-cli check: runs the health check and prints the findings.
class CheckCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override;
    int run(const QStringList &args, Streams io) const override;
};
