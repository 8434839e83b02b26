#include "newcommand.h"

#include "assessment/assessmentquestions.h"
#include "assessment/tailoring.h"
#include "storage/agreementfile.h"
#include "templates/templatelibrary.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(NewCommand)
};
} // namespace

QString NewCommand::summary() const
{
    return Tr::tr("Create a new agreement from a responsibility model, or from an assessment.");
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
    const QCommandLineOption assessment(
        QStringLiteral("assessment"),
        Tr::tr("Start from the model an answers file recommends (unless --model is given) "
               "and tailor the agreement to the answers."),
        QStringLiteral("ANSWERS"));
    const QCommandLineOption language(
        {QStringLiteral("l"), QStringLiteral("language")},
        Tr::tr("The language of the agreement's words, such as \"de\" or \"en\" (default: "
               "from LC_ALL, LC_MESSAGES or LANG)."),
        QStringLiteral("CODE"));
    parser.addOptions({model, client, provider, effective, output, force, assessment, language});
    if (const int code = parse(parser, args, io, QString()); code >= 0)
        return code;

    if ((!parser.isSet(model) && !parser.isSet(assessment)) || !parser.isSet(output)) {
        io.err << "dutymap-cli new: " << Tr::tr("-o and --model or --assessment are required.")
               << '\n';
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
    // An explicit language must exist; the locale's falls back to English.
    options.language = library.languageFor(QLocale());
    if (parser.isSet(language)) {
        // "de_DE" and "de-AT" mean German too.
        const QLocale asked(parser.value(language).trimmed());
        options.language = library.languageFor(asked);
        if (options.language == TemplateLibrary::sourceLanguage()
            && asked.language() != QLocale::English) {
            io.err << "dutymap-cli new: "
                   << Tr::tr("the templates have no words in “%1”. Known languages: %2.")
                          .arg(parser.value(language),
                               library.languages().join(QStringLiteral(", ")))
                   << '\n';
            return UsageError;
        }
    }
    if (parser.isSet(model) && !library.model(parser.value(model))) {
        QStringList known;
        for (const ModelTemplate &m : library.models())
            known.append(m.id);
        io.err << "dutymap-cli new: "
               << Tr::tr("there is no model “%1”. Known models: %2.")
                      .arg(parser.value(model), known.join(QStringLiteral(", ")))
               << '\n';
        return UsageError;
    }
    Result<Agreement> agreement = Result<Agreement>::failure({});
    if (parser.isSet(assessment)) {
        const Result<Assessment> answers = AssessmentQuestions::readFile(parser.value(assessment));
        if (!answers) {
            io.err << "dutymap-cli new: " << answers.error() << '\n';
            return FileError;
        }
        const Result<Tailoring> tailored =
            startFromAssessment(library, answers.value(), parser.value(model), options);
        if (!tailored) {
            io.err << "dutymap-cli new: " << tailored.error() << '\n';
            return UsageError;
        }
        for (const Tailoring::Adjustment &a : tailored->adjustments)
            io.out << Tr::tr("Tailored: %1 (%2)").arg(a.change, a.reason) << '\n';
        for (const QString &skipped : tailored->skipped)
            io.out << Tr::tr("Not tailored: %1").arg(skipped) << '\n';
        agreement = tailored->agreement;
    } else {
        agreement = library.instantiate(parser.value(model), options);
    }
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
