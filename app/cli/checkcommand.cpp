#include "checkcommand.h"

#include "checks/healthcheck.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)
};
} // namespace

QString CheckCommand::summary() const
{
    return Tr::tr(
        "Check an agreement and print its findings. Exits with 0 when there are no errors, "
        "1 when there are, 2 when the file cannot be read.");
}

int CheckCommand::run(const QStringList &args, Streams io) const
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The agreement to check."));
    const QCommandLineOption quiet({QStringLiteral("q"), QStringLiteral("quiet")},
                                   Tr::tr("Print only errors."));
    parser.addOption(quiet);
    if (const int code = parse(parser, args, io, QStringLiteral("FILE")); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1) {
        io.err << "dutymap-cli check: " << Tr::tr("give exactly one file.") << '\n';
        return UsageError;
    }
    const QString path = parser.positionalArguments().constFirst();
    const Result<Agreement> agreement = openAgreement(path);
    if (!agreement) {
        io.err << "dutymap-cli check: " << agreement.error() << '\n';
        return FileError;
    }

    const QList<Finding> findings = HealthCheck::run(agreement.value());
    for (const Finding &f : findings) {
        if (parser.isSet(quiet) && f.severity != Finding::Severity::Error)
            continue;
        io.out << QFileInfo(path).fileName() << ": " << Finding::severityKey(f.severity) << " ["
               << f.code << "] " << f.message << '\n';
    }
    const int errors = HealthCheck::count(findings, Finding::Severity::Error);
    const int warnings = HealthCheck::count(findings, Finding::Severity::Warning);
    io.out << Tr::tr("%n error(s)", nullptr, errors) << ", "
           << Tr::tr("%n warning(s)", nullptr, warnings) << '\n';
    return errors > 0 ? ChecksFailed : Success;
}
