#pragma once

#include "command.h"

// dutymap-cli route: which rule takes one ticket, who picks it up, when and
// to whom it escalates, and the targets.
class RouteCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("route"); }
    QString summary() const override;
    int run(const QStringList &args, Streams io) const override;
};
