#pragma once

#include "command.h"

// dutymap-cli assess: the model an answers file points to, and why.
class AssessCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("assess"); }
    QString summary() const override;
    int run(const QStringList &args, Streams io) const override;
};
