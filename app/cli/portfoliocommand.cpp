#include "portfoliocommand.h"

#include "portfolio/foldersource.h"
#include "portfolio/portfoliosheet.h"
#include "renderermodule.h"
#include "storage/database/databaseportfoliosource.h"
#include "templates/templatelibrary.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PortfolioCommand)
};

const QStringList Formats{QStringLiteral("text"), QStringLiteral("csv"), QStringLiteral("json"),
                          QStringLiteral("xlsx"), QStringLiteral("pdf")};

QString formatOf(const QString &format, const QString &output)
{
    if (!format.isEmpty())
        return format.toLower();
    const QString suffix = QFileInfo(output).suffix().toLower();
    if (suffix == QLatin1String("txt"))
        return QStringLiteral("text");
    return Formats.contains(suffix) ? suffix : QStringLiteral("text");
}

} // namespace

QString PortfolioCommand::summary() const
{
    return Tr::tr("List the agreements of a folder and its subfolders, or of the shared store "
                  "(--db URL): status, signature, review date, findings.");
}

bool PortfolioCommand::needsRenderer(const QStringList &args)
{
    return formatOf(rawOption(args, QLatin1String("-f"), QLatin1String("--format")),
                    rawOption(args, QLatin1String("-o"), QLatin1String("--output")))
           == QLatin1String("pdf");
}

int PortfolioCommand::run(const QStringList &args, Streams io) const
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FOLDER"),
                                 Tr::tr("The folder whose .dutymap files are listed; without "
                                        "it, the shared store of --db or DUTYMAP_DB."));
    const QCommandLineOption db(
        QStringLiteral("db"),
        Tr::tr("List the shared store instead of a folder, as a PostgreSQL URI: "
               "postgresql://user@host:port/dbname?sslmode=require (host=/folder for a Unix "
               "socket). Default: the DUTYMAP_DB environment variable. A password comes from "
               "PGPASSWORD or ~/.pgpass."),
        QStringLiteral("URL"));
    const QCommandLineOption formatOption(
        {QStringLiteral("f"), QStringLiteral("format")},
        Tr::tr("Output format: %1 (default: from the output file's extension, else text).")
            .arg(Formats.join(QStringLiteral(", "))),
        QStringLiteral("FORMAT"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    Tr::tr("Output file; standard output when omitted."),
                                    QStringLiteral("OUT"));
    const QCommandLineOption overdue(QStringLiteral("overdue"),
                                     Tr::tr("Only agreements whose review is overdue."));
    const QCommandLineOption errors(
        QStringLiteral("errors"),
        Tr::tr("Only agreements with errors among their findings, and files that cannot be "
               "read."));
    const QCommandLineOption status(QStringLiteral("status"),
                                    Tr::tr("Only agreements of a status: draft, in-review, "
                                           "signed."),
                                    QStringLiteral("S"));
    const QCommandLineOption model(QStringLiteral("model"),
                                   Tr::tr("Only agreements of a model (its id or name)."),
                                   QStringLiteral("M"));
    const QCommandLineOption search(QStringLiteral("search"),
                                    Tr::tr("Only agreements whose client, provider, title, "
                                           "model or file contains this text."),
                                    QStringLiteral("TEXT"));
    QStringList columnKeys;
    for (int c = 0; c < PortfolioTable::ColumnCount; ++c)
        columnKeys.append(PortfolioTable::key(PortfolioTable::Column(c)));
    const QCommandLineOption sort(QStringLiteral("sort"),
                                  Tr::tr("Sort by a column: %1 (default: client).")
                                      .arg(columnKeys.join(QStringLiteral(", "))),
                                  QStringLiteral("COLUMN"));
    const QCommandLineOption descending(QStringLiteral("descending"),
                                        Tr::tr("Sort from the highest or latest."));
    const QCommandLineOption today(QStringLiteral("today"),
                                   Tr::tr("The day overdue and due soon are counted from "
                                          "(YYYY-MM-DD; default: today)."),
                                   QStringLiteral("DATE"));
    parser.addOptions({formatOption, output, db, overdue, errors, status, model, search, sort,
                       descending, today});
    if (const int code = parse(parser, args, io, QStringLiteral("[FOLDER | --db URL]")); code >= 0)
        return code;
    const auto usage = [&](const QString &message) {
        io.err << "dutymap-cli portfolio: " << message << '\n';
        return UsageError;
    };
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return usage(Tr::tr("give one folder, not %1.").arg(positional.size()));
    if (!positional.isEmpty() && parser.isSet(db))
        return usage(Tr::tr("give a folder or --db, not both."));
    // A folder named on the command line wins over DUTYMAP_DB.
    std::unique_ptr<PortfolioSource> source;
    if (!positional.isEmpty()) {
        source = std::make_unique<FolderSource>(positional.constFirst());
    } else {
        const QString uri =
            parser.isSet(db) ? parser.value(db) : qEnvironmentVariable("DUTYMAP_DB");
        if (uri.isEmpty())
            return usage(Tr::tr("give a folder, or a database with --db URL or the DUTYMAP_DB "
                                "environment variable."));
        const Result<DatabaseAddress> address = DatabaseAddress::parse(uri);
        if (!address)
            return usage(address.error());
        source = DatabasePortfolioSource::create(*address);
    }

    const QString format = formatOf(parser.value(formatOption), parser.value(output));
    if (!Formats.contains(format))
        return usage(Tr::tr("unknown format “%1”; choose one of: %2.")
                         .arg(parser.value(formatOption), Formats.join(QStringLiteral(", "))));
    const bool binary = format == QLatin1String("xlsx") || format == QLatin1String("pdf");
    if (binary && !parser.isSet(output))
        return usage(Tr::tr("the %1 format is binary and cannot go to standard output; give an "
                            "output file with -o.")
                         .arg(format));
    QDate day = QDate::currentDate();
    if (parser.isSet(today)) {
        day = QDate::fromString(parser.value(today), Qt::ISODate);
        if (!day.isValid())
            return usage(Tr::tr("“%1” is not a date (YYYY-MM-DD).").arg(parser.value(today)));
    }
    PortfolioTable::Column sortColumn = PortfolioTable::Client;
    if (parser.isSet(sort)) {
        const auto column = PortfolioTable::columnFromKey(parser.value(sort));
        if (!column)
            return usage(Tr::tr("unknown column “%1”; choose one of: %2.")
                             .arg(parser.value(sort), columnKeys.join(QStringLiteral(", "))));
        sortColumn = *column;
    }

    QHash<QString, QString> modelNames;
    for (const ModelTemplate &m : TemplateLibrary::load().models())
        modelNames.insert(m.id, m.name);
    PortfolioFilter filter;
    filter.text = parser.value(search);
    filter.overdueOnly = parser.isSet(overdue);
    filter.withErrorsOnly = parser.isSet(errors);
    if (parser.isSet(status)) {
        filter.status = AgreementDetails::statusFromKey(parser.value(status));
        if (!filter.status)
            return usage(Tr::tr("unknown status “%1”; choose one of: draft, in-review, signed.")
                             .arg(parser.value(status)));
    }
    if (parser.isSet(model)) {
        const QString wanted = parser.value(model);
        for (auto it = modelNames.cbegin(); it != modelNames.cend(); ++it) {
            if (it.key().compare(wanted, Qt::CaseInsensitive) == 0
                || it.value().compare(wanted, Qt::CaseInsensitive) == 0)
                filter.modelId = it.key();
        }
        // A model this Dutymap has no template for may still be in files.
        if (filter.modelId.isEmpty())
            filter.modelId = wanted;
    }

    const Result<QList<PortfolioEntry>> listed = source->list();
    if (!listed) {
        io.err << "dutymap-cli portfolio: " << listed.error() << '\n';
        return FileError;
    }
    const QString folder = source->folder();
    const PortfolioTable table(folder, modelNames, day,
                               folder.isEmpty() ? PortfolioTable::Locations::Names
                                                : PortfolioTable::Locations::Files);
    QList<PortfolioEntry> entries;
    for (const PortfolioEntry &e : listed.value()) {
        if (filter.accepts(e, table))
            entries.append(e);
    }
    table.sort(entries, sortColumn,
               parser.isSet(descending) ? Qt::DescendingOrder : Qt::AscendingOrder);
    const PortfolioSheet sheet = PortfolioSheet::build(entries, table, source->name());

    QByteArray bytes;
    if (!binary) {
        if (format == QLatin1String("csv"))
            bytes = sheet.csv();
        else if (format == QLatin1String("json"))
            bytes = sheet.json().toJson(QJsonDocument::Indented);
        else
            bytes = sheet.text().toUtf8();
        if (!parser.isSet(output)) {
            io.out << QString::fromUtf8(bytes);
            return Success;
        }
    }

    const QString path = parser.value(output);
    QSaveFile file(path);
    const auto cannotWrite = [&](const QString &reason) {
        io.err << "dutymap-cli portfolio: " << Tr::tr("cannot write “%1”: %2.").arg(path, reason)
               << '\n';
        return FileError;
    };
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(file.errorString());
    Status written;
    if (binary) {
        QString error;
        const RendererModule *module = RendererModule::load(&error);
        if (!module)
            return cannotWrite(error);
        written = format == QLatin1String("pdf") ? module->writePortfolioPdf(sheet, &file)
                                                 : module->writePortfolioXlsx(sheet, &file);
    } else if (file.write(bytes) != bytes.size()) {
        written = Status::failure(file.errorString());
    }
    if (!written) {
        file.cancelWriting();
        return cannotWrite(written.error());
    }
    if (!file.commit())
        return cannotWrite(file.errorString());
    return Success;
}
