#pragma once

#include "command.h"

// dutymap-cli revisions: lists the signed revisions of an agreement.
class RevisionsCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("revisions"); }
    QString summary() const override;
    int run(const QStringList &args, Streams io) const override;
};
