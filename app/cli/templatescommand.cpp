#include "templatescommand.h"

#include "templates/templateindex.h"

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

    const TemplateIndex index = TemplateIndex::load();
    for (const QString &problem : index.problems())
        io.err << "dutymap-cli templates: " << problem << '\n';
    const QList<TemplateIndex::Entry> models = index.models();
    if (parser.isSet(ids)) {
        for (const TemplateIndex::Entry &m : models)
            io.out << m.id << '\n';
        return Success;
    }
    qsizetype width = 0;
    for (const TemplateIndex::Entry &m : models)
        width = std::max(width, m.id.size());
    for (const TemplateIndex::Entry &m : models) {
        io.out << m.id.leftJustified(width + 2) << m.name << '\n';
        io.out << QString(width + 2, u' ') << m.bestFor << '\n';
    }
    return Success;
}
