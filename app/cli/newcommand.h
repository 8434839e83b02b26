#pragma once

#include "command.h"

// dutymap-cli new: a new agreement file from a responsibility model.
class NewCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("new"); }
    QString summary() const override;
    int run(const QStringList &args, Streams io) const override;
};
