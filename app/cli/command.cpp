#include "command.h"

#include "exchange/format.h"
#include "exchange/formatregistry.h"
#include "exchange/sheet/sheetimport.h"
#include "storage/agreementfile.h"

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

Result<Agreement> Command::openAgreement(const QString &path)
{
    // A workbook goes through the spreadsheet import, as `import` reads it.
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0)
        return SheetImport::readFile(path);
    const Format *format = FormatRegistry::instance().byExtension(path);
    if (!format || !format->canRead())
        return AgreementFile::load(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<Agreement>::failure(
            QCoreApplication::translate("Command", "Cannot open “%1”: %2.")
                .arg(QFileInfo(path).fileName(), file.errorString()));
    return format->read(&file, QFileInfo(path).fileName());
}
