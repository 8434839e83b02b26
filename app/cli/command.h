#pragma once

#include "model/agreement.h"
#include "result.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

// One dutymap-cli sub-command. Output goes to the streams it is given, so a
// test can run a command in-process and read what it printed.
class Command
{
public:
    // Exit codes, documented in --help.
    enum ExitCode {
        Success = 0,
        ChecksFailed = 1, // check: the agreement has errors
        Different = 1,    // diff: the agreements differ; merge: conflicts remain
        Conflict = 1,     // db push: someone else saved, or the name is taken
        FileError = 2,    // a file could not be read or written
        UsageError = 3,   // wrong arguments
    };

    struct Streams {
        QTextStream &out;
        QTextStream &err;
    };

    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // args[0] is the sub-command's name.
    virtual int run(const QStringList &args, Streams io) const = 0;

protected:
    // Parses args, handling --help; returns an exit code when the command
    // should stop now (help shown or usage error), or -1 to go on.
    int parse(QCommandLineParser &parser, const QStringList &args, Streams io,
              const QString &positionalSyntax) const;
    // Opens a .dutymap file, or any format that can be read (by extension).
    static Result<Agreement> openAgreement(const QString &path);
    // The same, and FILE@N for signed revision N of a file.
    static Result<Agreement> openAgreementOrRevision(const QString &spec);
    // The value of an option in raw arguments (args[0] the command), before
    // any parser runs: "-o X", "--output X", "--output=X" or "-oX"; the
    // last one given wins.
    static QString rawOption(const QStringList &args, QLatin1String shortName,
                             QLatin1String longName);
    // Writes a .dutymap file, or JSON when the name ends in .json.
    static Status saveAgreement(const Agreement &agreement, const QString &path);
};
