#pragma once

#include "command.h"

// dutymap-cli sign: records the sign-off of an agreement's current content.
class SignCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("sign"); }
    QString summary() const override;
    int run(const QStringList &args, Streams io) const override;
};
