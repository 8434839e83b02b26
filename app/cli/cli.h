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

    // True when the command in args (as in main()) draws, so main() must
    // load the renderer module and let it make a QGuiApplication before
    // anything else (render/rendermodule.h); false for every command that
    // runs on Qt Core alone. Works before any application object exists.
    static bool needsRenderer(const QStringList &args);
    // Adds dutymap-cli's own formats (PDF through the renderer module) to
    // the registry, unless formats with their ids are there already.
    static void registerFormats();

private:
    std::vector<std::unique_ptr<Command>> m_commands;
};
