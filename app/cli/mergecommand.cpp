#include "mergecommand.h"

#include "revisions/threewaymerge.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(MergeCommand)
};
} // namespace

QString MergeCommand::summary() const
{
    return Tr::tr("Merge two edited copies (OURS, THEIRS) of the agreement they started from "
                  "(BASE; FILE@N for a signed revision) into OUT. Exits with 0 when clean, 1 when "
                  "conflicts remain (listed; OUT keeps those items as in OURS), 2 when a file "
                  "cannot be read or written.");
}

int MergeCommand::run(const QStringList &args, Streams io) const
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("BASE"), Tr::tr("The common revision."));
    parser.addPositionalArgument(QStringLiteral("OURS"), Tr::tr("Our edited copy."));
    parser.addPositionalArgument(QStringLiteral("THEIRS"), Tr::tr("Their edited copy."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    Tr::tr("The merged agreement: a .dutymap file, or JSON when "
                                           "it ends in .json."),
                                    QStringLiteral("OUT"));
    const QCommandLineOption force(QStringLiteral("force"),
                                   Tr::tr("Replace the output file if it exists."));
    parser.addOptions({output, force});
    if (const int code = parse(parser, args, io, QStringLiteral("BASE OURS THEIRS -o OUT"));
        code >= 0)
        return code;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 3 || !parser.isSet(output)) {
        io.err << "dutymap-cli merge: " << Tr::tr("give BASE, OURS, THEIRS and -o OUT.") << '\n';
        return UsageError;
    }
    const QString out = parser.value(output);
    if (QFileInfo::exists(out) && !parser.isSet(force) && !files.contains(out)) {
        io.err << "dutymap-cli merge: "
               << Tr::tr("“%1” already exists; use --force to replace it.").arg(out) << '\n';
        return UsageError;
    }
    QList<Agreement> agreements;
    for (const QString &file : files) {
        const Result<Agreement> a = openAgreementOrRevision(file);
        if (!a) {
            io.err << "dutymap-cli merge: " << a.error() << '\n';
            return FileError;
        }
        agreements.append(*a);
    }
    const Result<MergeOutcome> merged =
        ThreeWayMerge::merge(agreements.at(0), agreements.at(1), agreements.at(2));
    if (!merged) {
        io.err << "dutymap-cli merge: " << merged.error() << '\n';
        return FileError;
    }
    if (const Status saved = saveAgreement(merged->merged, out); !saved) {
        io.err << "dutymap-cli merge: " << saved.error() << '\n';
        return FileError;
    }
    for (const MergeConflict &c : merged->conflicts)
        io.out << Tr::tr("conflict") << " [" << c.kind << "] " << c.sentence() << '\n';
    io.out
        << Tr::tr("Wrote %1 with %n conflict(s).", nullptr, int(merged->conflicts.size())).arg(out)
        << '\n';
    return merged->conflicts.isEmpty() ? Success : Different;
}
