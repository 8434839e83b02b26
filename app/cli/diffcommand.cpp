#include "diffcommand.h"

#include "revisions/agreementdiff.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DiffCommand)
};

QJsonObject changeJson(const Change &c)
{
    QJsonObject o{{QStringLiteral("kind"), c.kind},
                  {QStringLiteral("list"), c.list},
                  {QStringLiteral("item"), c.item}};
    if (c.id != 0)
        o.insert(QStringLiteral("id"), c.id);
    if (c.partyId != 0) {
        o.insert(QStringLiteral("partyId"), c.partyId);
        o.insert(QStringLiteral("party"), c.party);
    }
    if (!c.field.isEmpty()) {
        o.insert(QStringLiteral("field"), c.field);
        o.insert(QStringLiteral("before"), c.before);
        o.insert(QStringLiteral("after"), c.after);
    }
    return o;
}

QString markdownEscaped(QString text)
{
    for (const QChar c : {u'\\', u'*', u'_', u'`', u'[', u']', u'<', u'>', u'|', u'#'})
        text.replace(c, QStringLiteral("\\") + c);
    return text;
}

} // namespace

QString DiffCommand::summary() const
{
    return Tr::tr("Show what changed between two agreements, or revisions (FILE@N). Exits with 0 "
                  "when they are equal, 1 when they differ, 2 when a file cannot be read.");
}

int DiffCommand::run(const QStringList &args, Streams io) const
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("A"),
                                 Tr::tr("The older agreement: a file, or FILE@N for its signed "
                                        "revision N."));
    parser.addPositionalArgument(QStringLiteral("B"), Tr::tr("The newer agreement."));
    const QCommandLineOption format({QStringLiteral("f"), QStringLiteral("format")},
                                    Tr::tr("text (default), json or md."), QStringLiteral("FORMAT"),
                                    QStringLiteral("text"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    Tr::tr("Write to this file instead of the output."),
                                    QStringLiteral("FILE"));
    parser.addOptions({format, output});
    if (const int code = parse(parser, args, io, QStringLiteral("A B")); code >= 0)
        return code;
    const QStringList files = parser.positionalArguments();
    const QString kind = parser.value(format);
    if (files.size() != 2) {
        io.err << "dutymap-cli diff: " << Tr::tr("give two agreements.") << '\n';
        return UsageError;
    }
    if (kind != QLatin1String("text") && kind != QLatin1String("json")
        && kind != QLatin1String("md")) {
        io.err << "dutymap-cli diff: " << Tr::tr("the format is text, json or md.") << '\n';
        return UsageError;
    }
    const Result<Agreement> a = openAgreementOrRevision(files.at(0));
    const Result<Agreement> b = a ? openAgreementOrRevision(files.at(1)) : a;
    if (!a || !b) {
        io.err << "dutymap-cli diff: " << (a ? b.error() : a.error()) << '\n';
        return FileError;
    }
    const QList<Change> changes = AgreementDiff::compare(*a, *b);

    QString text;
    if (kind == QLatin1String("json")) {
        QJsonArray list;
        for (const Change &c : changes)
            list.append(changeJson(c));
        text = QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("from"), files.at(0)},
                                      {QStringLiteral("to"), files.at(1)},
                                      {QStringLiteral("equal"), changes.isEmpty()},
                                      {QStringLiteral("changes"), list}})
                .toJson());
    } else if (kind == QLatin1String("md")) {
        text = Tr::tr("# Changes from %1 to %2\n\n")
                   .arg(markdownEscaped(files.at(0)), markdownEscaped(files.at(1)));
        if (changes.isEmpty())
            text += Tr::tr("No changes.\n");
        for (const Change &c : changes)
            text += QStringLiteral("- `%1` %2\n").arg(c.kind, markdownEscaped(c.sentence()));
    } else {
        for (const Change &c : changes)
            text += QStringLiteral("%1  %2\n").arg(c.kind.leftJustified(18), c.sentence());
        text += Tr::tr("%n change(s)", nullptr, int(changes.size())) + QLatin1Char('\n');
    }

    if (parser.isSet(output)) {
        QSaveFile file(parser.value(output));
        const QByteArray bytes = text.toUtf8();
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()
            || !file.commit()) {
            io.err << "dutymap-cli diff: "
                   << Tr::tr("cannot write “%1”: %2.").arg(parser.value(output), file.errorString())
                   << '\n';
            return FileError;
        }
    } else {
        io.out << text;
    }
    return changes.isEmpty() ? Success : Different;
}
