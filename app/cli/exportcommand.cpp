#include "exportcommand.h"

#include "exchange/format.h"
#include "exchange/formatregistry.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QSaveFile>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
};
} // namespace

QString ExportCommand::summary() const
{
    return Tr::tr("Export an agreement. Formats: %1.")
        .arg(FormatRegistry::instance().ids().join(QStringLiteral(", ")));
}

int ExportCommand::run(const QStringList &args, Streams io) const
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The agreement to export."));
    const QCommandLineOption formatOption(
        {QStringLiteral("f"), QStringLiteral("format")},
        Tr::tr("Output format: %1.")
            .arg(FormatRegistry::instance().ids().join(QStringLiteral(", "))),
        QStringLiteral("FORMAT"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    Tr::tr("Output file; standard output when omitted."),
                                    QStringLiteral("OUT"));
    parser.addOptions({formatOption, output});
    if (const int code = parse(parser, args, io, QStringLiteral("FILE")); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1) {
        io.err << "dutymap-cli export: " << Tr::tr("give exactly one file.") << '\n';
        return UsageError;
    }

    const Format *format = nullptr;
    if (parser.isSet(formatOption))
        format = FormatRegistry::instance().byId(parser.value(formatOption));
    else if (parser.isSet(output))
        format = FormatRegistry::instance().byExtension(parser.value(output));
    if (!format) {
        io.err << "dutymap-cli export: "
               << Tr::tr("unknown format “%1”; choose one of: %2.")
                      .arg(parser.value(formatOption),
                           FormatRegistry::instance().ids().join(QStringLiteral(", ")))
               << '\n';
        return UsageError;
    }

    const Result<Agreement> agreement = openAgreement(parser.positionalArguments().constFirst());
    if (!agreement) {
        io.err << "dutymap-cli export: " << agreement.error() << '\n';
        return FileError;
    }

    if (!parser.isSet(output)) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        if (const Status s = format->write(agreement.value(), &buffer); !s) {
            io.err << "dutymap-cli export: " << s.error() << '\n';
            return FileError;
        }
        io.out << QString::fromUtf8(buffer.data());
        return Success;
    }

    // Written beside the target and renamed into place: an interrupted
    // export never leaves half a file under the requested name.
    const QString path = parser.value(output);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        io.err << "dutymap-cli export: "
               << Tr::tr("cannot write “%1”: %2.").arg(path, file.errorString()) << '\n';
        return FileError;
    }
    if (const Status s = format->write(agreement.value(), &file); !s) {
        file.cancelWriting();
        io.err << "dutymap-cli export: " << s.error() << '\n';
        return FileError;
    }
    if (!file.commit()) {
        io.err << "dutymap-cli export: "
               << Tr::tr("cannot write “%1”: %2.").arg(path, file.errorString()) << '\n';
        return FileError;
    }
    return Success;
}
