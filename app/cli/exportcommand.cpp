#include "exportcommand.h"

#include "exchange/format.h"
#include "exchange/formatregistry.h"
#include "report/reportbuilder.h"
#include "templates/templatelibrary.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringDecoder>

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
    const QCommandLineOption output(
        {QStringLiteral("o"), QStringLiteral("output")},
        Tr::tr("Output file; when omitted, standard output, or for PDF and XLSX the agreement's "
               "name with the format's extension beside it."),
        QStringLiteral("OUT"));
    const QCommandLineOption partyOption(
        {QStringLiteral("p"), QStringLiteral("party")},
        Tr::tr("Limit the export to one party's responsibilities (its name or code)."),
        QStringLiteral("NAME"));
    parser.addOptions({formatOption, output, partyOption});
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
               << (parser.isSet(formatOption) || parser.isSet(output)
                       ? Tr::tr("unknown format “%1”; choose one of: %2.")
                             .arg(parser.isSet(formatOption) ? parser.value(formatOption)
                                                             : parser.value(output),
                                  FormatRegistry::instance().ids().join(QStringLiteral(", ")))
                       : Tr::tr("give --format (%1) or an output file with one of these "
                                "extensions.")
                             .arg(FormatRegistry::instance().ids().join(QStringLiteral(", "))))
               << '\n';
        return UsageError;
    }
    // Painting needs a QGuiApplication; only a host that made one may use such a format.
    const QCoreApplication *app = QCoreApplication::instance();
    if (format->has(Format::NeedsGui) && (!app || !app->inherits("QGuiApplication"))) {
        io.err << "dutymap-cli export: "
               << Tr::tr("the %1 format needs the graphical libraries, which this program "
                         "did not start.")
                      .arg(format->id())
               << '\n';
        return FileError;
    }

    const QString input = parser.positionalArguments().constFirst();
    const Result<Agreement> agreement = openAgreement(input);
    if (!agreement) {
        io.err << "dutymap-cli export: " << agreement.error() << '\n';
        return FileError;
    }

    ReportOptions options;
    // The model in words, from every template folder (the user's models too).
    options.model = ReportBuilder::describeModel(
        TemplateLibrary::load(), agreement->details.modelId, agreement->details.language);
    if (parser.isSet(partyOption)) {
        const QString wanted = parser.value(partyOption).trimmed();
        const Party *party = agreement->findParty(wanted);
        if (!party) {
            QStringList known;
            for (const Party &p : agreement->parties)
                known.append(p.labelWithCode());
            io.err << "dutymap-cli export: "
                   << Tr::tr("no party “%1” in the agreement; its parties are: %2.")
                          .arg(wanted, known.join(QStringLiteral(", ")))
                   << '\n';
            return UsageError;
        }
        options.partyId = party->id;
    }
    const ExportJob job(agreement.value(), options);

    // A binary format cannot go to a terminal: it goes beside the agreement.
    QString path = parser.value(output);
    if (path.isEmpty() && format->has(Format::Binary)) {
        const QFileInfo source(input);
        path = source.dir().filePath(source.completeBaseName() + u'.' + format->extension());
        if (QFileInfo(path) == source) {
            io.err << "dutymap-cli export: "
                   << Tr::tr("“%1” would replace the agreement itself; give an output file with "
                             "-o.")
                          .arg(path)
                   << '\n';
            return UsageError;
        }
    }

    if (path.isEmpty()) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        if (const Status s = format->write(job, &buffer); !s) {
            io.err << "dutymap-cli export: "
                   << format->writeError(Tr::tr("standard output"), s.error()) << '\n';
            return FileError;
        }
        // Decoded as it is, keeping the byte order mark the CSV starts with.
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
        io.out << utf8.decode(buffer.data());
        return Success;
    }

    // Written beside the target and renamed into place: an interrupted
    // export never leaves half a file under the requested name.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        io.err << "dutymap-cli export: "
               << Tr::tr("cannot write “%1”: %2.").arg(path, file.errorString()) << '\n';
        return FileError;
    }
    if (const Status s = format->write(job, &file); !s) {
        file.cancelWriting();
        io.err << "dutymap-cli export: " << format->writeError(path, s.error()) << '\n';
        return FileError;
    }
    if (!file.commit()) {
        io.err << "dutymap-cli export: "
               << Tr::tr("cannot write “%1”: %2.").arg(path, file.errorString()) << '\n';
        return FileError;
    }
    if (!parser.isSet(output))
        io.out << Tr::tr("Wrote %1").arg(QDir::toNativeSeparators(path)) << '\n';
    return Success;
}

bool ExportCommand::needsRenderer(const QStringList &args)
{
    const QString formatId = rawOption(args, QLatin1String("-f"), QLatin1String("--format"));
    const QString output = rawOption(args, QLatin1String("-o"), QLatin1String("--output"));
    const FormatRegistry &registry = FormatRegistry::instance();
    const Format *format = !formatId.isEmpty()
                               ? registry.byId(formatId)
                               : (output.isEmpty() ? nullptr : registry.byExtension(output));
    return format && format->has(Format::NeedsGui);
}
