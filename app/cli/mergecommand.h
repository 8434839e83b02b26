#pragma once

#include "command.h"

// dutymap-cli merge: combines two edited copies of one agreement.
class MergeCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("merge"); }
    QString summary() const override;
    int run(const QStringList &args, Streams io) const override;
};
