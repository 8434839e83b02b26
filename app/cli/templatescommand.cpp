#include "templatescommand.h"

#include "templates/templatelibrary.h"

#include <QCoreApplication>

QString TemplatesCommand::summary() const
{
    return QCoreApplication::translate(
        "TemplatesCommand", "List the responsibility models a new agreement can start from.");
}

int TemplatesCommand::run(const QStringList &args, Streams io) const
{
    QCommandLineParser parser;
    const QCommandLineOption ids(
        QStringLiteral("ids"),
        QCoreApplication::translate("TemplatesCommand", "Print only the model ids, one a line."));
    parser.addOption(ids);
    if (const int code = parse(parser, args, io, QString()); code >= 0)
        return code;

    const TemplateLibrary library = TemplateLibrary::load();
    for (const QString &problem : library.problems())
        io.err << "dutymap-cli templates: " << problem << '\n';
    const QList<ModelTemplate> models = library.models();
    if (parser.isSet(ids)) {
        for (const ModelTemplate &m : models)
            io.out << m.id << '\n';
        return Success;
    }
    qsizetype width = 0;
    for (const ModelTemplate &m : models)
        width = std::max(width, m.id.size());
    for (const ModelTemplate &m : models) {
        io.out << m.id.leftJustified(width + 2) << m.name << '\n';
        io.out << QString(width + 2, u' ') << m.bestFor << '\n';
    }
    return Success;
}
