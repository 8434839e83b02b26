#pragma once

#include "command.h"

// dutymap-cli templates: the responsibility models one can start from.
class TemplatesCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("templates"); }
    QString summary() const override;
    int run(const QStringList &args, Streams io) const override;
};
