#pragma once

#include "command.h"

// dutymap-cli show: the responsibility matrix as aligned text.
class ShowCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("show"); }
    QString summary() const override;
    int run(const QStringList &args, Streams io) const override;
};
