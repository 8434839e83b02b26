#include "newcommand.h"

#include "storage/agreementfile.h"
#include "templates/templatelibrary.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(NewCommand)
};
} // namespace

QString NewCommand::summary() const
{
    return Tr::tr("Create a new agreement from a responsibility model.");
}

int NewCommand::run(const QStringList &args, Streams io) const
{
    QCommandLineParser parser;
    const QCommandLineOption model({QStringLiteral("m"), QStringLiteral("model")},
                                   Tr::tr("The model to start from (see 'dutymap-cli templates')."),
                                   QStringLiteral("ID"));
    const QCommandLineOption client(QStringLiteral("client"), Tr::tr("The client company's name."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption provider(QStringLiteral("provider"),
                                      Tr::tr("The managed service provider's name."),
                                      QStringLiteral("NAME"));
    const QCommandLineOption effective(QStringLiteral("effective"),
                                       Tr::tr("Effective date, YYYY-MM-DD (default: today)."),
                                       QStringLiteral("DATE"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    Tr::tr("The .dutymap file to write."), QStringLiteral("FILE"));
    const QCommandLineOption force(QStringLiteral("force"),
                                   Tr::tr("Replace the output file if it exists."));
    parser.addOptions({model, client, provider, effective, output, force});
    if (const int code = parse(parser, args, io, QString()); code >= 0)
        return code;

    if (!parser.isSet(model) || !parser.isSet(output)) {
        io.err << "dutymap-cli new: " << Tr::tr("--model and -o are required.") << '\n';
        return UsageError;
    }
    const QString path = parser.value(output);
    if (QFileInfo::exists(path) && !parser.isSet(force)) {
        io.err << "dutymap-cli new: "
               << Tr::tr("“%1” already exists; use --force to replace it.").arg(path) << '\n';
        return FileError;
    }
    TemplateLibrary::NewAgreement options;
    options.client = parser.isSet(client) ? parser.value(client) : Tr::tr("Client company");
    options.provider = parser.isSet(provider) ? parser.value(provider) : Tr::tr("Service provider");
    options.effectiveDate = QDate::currentDate();
    if (parser.isSet(effective)) {
        options.effectiveDate = QDate::fromString(parser.value(effective), Qt::ISODate);
        if (!options.effectiveDate.isValid()) {
            io.err << "dutymap-cli new: "
                   << Tr::tr("“%1” is not a date like 2026-01-31.").arg(parser.value(effective))
                   << '\n';
            return UsageError;
        }
    }

    const TemplateLibrary library = TemplateLibrary::load();
    if (!library.model(parser.value(model))) {
        QStringList known;
        for (const ModelTemplate &m : library.models())
            known.append(m.id);
        io.err << "dutymap-cli new: "
               << Tr::tr("there is no model “%1”. Known models: %2.")
                      .arg(parser.value(model), known.join(QStringLiteral(", ")))
               << '\n';
        return UsageError;
    }
    const Result<Agreement> agreement = library.instantiate(parser.value(model), options);
    if (!agreement) {
        io.err << "dutymap-cli new: " << agreement.error() << '\n';
        return FileError;
    }
    if (const Status saved = AgreementFile::save(agreement.value(), path); !saved) {
        io.err << "dutymap-cli new: " << saved.error() << '\n';
        return FileError;
    }
    io.out << Tr::tr("Wrote %1: %2 duties, %3 parties, %4 escalation rules.")
                  .arg(path)
                  .arg(agreement->duties.size())
                  .arg(agreement->parties.size())
                  .arg(agreement->rules.size())
           << '\n';
    return Success;
}
