#pragma once

#include "cli.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

// What one in-process run of dutymap-cli returned and printed.
struct CliRun {
    int code = -1;
    QString out;
    QString err;
};

// Runs dutymap-cli in-process, capturing what it prints.
inline CliRun runCli(const QStringList &args)
{
    CliRun r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.code = Cli().run(QStringList{QStringLiteral("dutymap-cli")} + args, {out, err});
    out.flush();
    err.flush();
    return r;
}
