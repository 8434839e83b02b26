#pragma once

#include "command.h"

#include <memory>
#include <vector>

// dutymap-cli: finds the sub-command named by the first argument and runs it.
class Cli
{
public:
    Cli();
    ~Cli();

    // args as in main(): args[0] is the program.
    int run(const QStringList &args, Command::Streams io) const;
    QString helpText() const;

private:
    std::vector<std::unique_ptr<Command>> m_commands;
};
