#include "command.h"

#include "exchange/format.h"
#include "exchange/formatregistry.h"
#include "exchange/jsonformat.h"
#include "revisions/revisionhistory.h"
#include "storage/agreementfile.h"

#include <QJsonDocument>
#include <QSaveFile>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

int Command::parse(QCommandLineParser &parser, const QStringList &args, Streams io,
                   const QString &positionalSyntax) const
{
    parser.setApplicationDescription(summary());
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("Command", "Show this help."));
    parser.addOption(help);
    if (!parser.parse(args)) {
        io.err << "dutymap-cli " << name() << ": " << parser.errorText() << '\n';
        return UsageError;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // QCommandLineParser names the program; show the sub-command instead.
        const qsizetype line = text.indexOf(u'\n');
        text.replace(0, line,
                     QCoreApplication::translate("Command", "Usage: dutymap-cli %1 [options] %2")
                         .arg(name(), positionalSyntax)
                         .trimmed());
        io.out << text;
        return Success;
    }
    return -1;
}

QString Command::rawOption(const QStringList &args, QLatin1String shortName, QLatin1String longName)
{
    QString found;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == shortName || a == longName)
            found = args.value(++i);
        else if (a.startsWith(longName + u'='))
            found = a.mid(longName.size() + 1);
        else if (a.startsWith(shortName) && !a.startsWith(QLatin1String("--")))
            found = a.mid(shortName.size());
    }
    return found;
}

Result<Agreement> Command::openAgreement(const QString &path)
{
    return FormatRegistry::instance().readAgreement(path);
}

Result<Agreement> Command::openAgreementOrRevision(const QString &spec)
{
    // A name that exists is a file, even with an @ in it.
    const qsizetype at = spec.lastIndexOf(u'@');
    if (at <= 0 || QFileInfo::exists(spec))
        return openAgreement(spec);
    bool ok = false;
    const int number = spec.sliced(at + 1).toInt(&ok);
    if (!ok || number <= 0)
        return openAgreement(spec);
    const Result<Agreement> file = openAgreement(spec.left(at));
    if (!file)
        return file;
    const Result<Agreement> revision = RevisionHistory::open(*file, number);
    if (!revision)
        return Result<Agreement>::failure(
            QCoreApplication::translate("Command", "%1: %2")
                .arg(QFileInfo(spec.left(at)).fileName(), revision.error()));
    return revision;
}

Status Command::saveAgreement(const Agreement &agreement, const QString &path)
{
    if (!path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return AgreementFile::save(agreement, path);
    QSaveFile file(path);
    const QByteArray bytes = QJsonDocument(JsonFormat::toJson(agreement)).toJson();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Status::failure(QCoreApplication::translate("Command", "Cannot write “%1”: %2.")
                                   .arg(QFileInfo(path).fileName(), file.errorString()));
    return {};
}
