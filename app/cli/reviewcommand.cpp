#include "reviewcommand.h"

#include "exchange/sheet/sheetreader.h"
#include "renderermodule.h"
#include "review/reviewexport.h"
#include "review/servicereview.h"
#include "review/ticketimport.h"
#include "review/ticketmapping.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ReviewCommand)
};

const QStringList Formats{QStringLiteral("pdf"),  QStringLiteral("html"), QStringLiteral("md"),
                          QStringLiteral("json"), QStringLiteral("csv"),  QStringLiteral("xlsx")};

// --format, else the output file's extension, else Markdown.
QString formatOf(const QString &format, const QString &output)
{
    if (!format.isEmpty())
        return format.toLower();
    const QString suffix = QFileInfo(output).suffix().toLower();
    if (suffix == QLatin1String("htm"))
        return QStringLiteral("html");
    return Formats.contains(suffix) ? suffix : QStringLiteral("md");
}

QStringList presetKeys()
{
    QStringList keys;
    for (const TicketPreset &p : TicketPreset::all())
        keys.append(p.key);
    return keys;
}

// The mapping file: the JSON form of a ticket mapping (columns by field
// key, priorities by text, handlers by team or agent name, …), the same as
// an agreement keeps (docs/service-review.md).
Result<TicketMapping> readMapping(const QString &path, const Agreement &agreement)
{
    using R = Result<TicketMapping>;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(Tr::tr("cannot read “%1”: %2.").arg(path, file.errorString()));
    if (file.size() > 1024 * 1024)
        return R::failure(Tr::tr("“%1” is larger than 1 MiB; a mapping is small.").arg(path));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject())
        return R::failure(Tr::tr("“%1” is not a JSON object: %2.")
                              .arg(path, error.error == QJsonParseError::NoError
                                             ? Tr::tr("it holds another value")
                                             : error.errorString()));
    auto mapping = TicketMapping::fromJson(doc.object(), &agreement);
    if (!mapping)
        return R::failure(Tr::tr("“%1”: %2.").arg(path, mapping.error()));
    return mapping;
}

} // namespace

bool ReviewCommand::needsRenderer(const QStringList &args)
{
    return formatOf(rawOption(args, QLatin1String("-f"), QLatin1String("--format")),
                    rawOption(args, QLatin1String("-o"), QLatin1String("--output")))
           == QLatin1String("pdf");
}

QString ReviewCommand::summary() const
{
    return Tr::tr("Measure the agreement against a help desk's ticket export: volume, response and "
                  "resolution against the targets, routing as practised, what keeps coming back. "
                  "Exits with 1 when the review has warnings.");
}

int ReviewCommand::run(const QStringList &args, Streams io) const
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("AGREEMENT"),
                                 Tr::tr("The agreement whose rules and targets are measured."));
    const QCommandLineOption tickets(QStringLiteral("tickets"),
                                     Tr::tr("The ticket export, CSV or XLSX."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption preset(
        QStringLiteral("preset"),
        Tr::tr("The help desk the export comes from: %1. Guessed from the headers by default.")
            .arg(presetKeys().join(QLatin1String(", "))),
        QStringLiteral("TOOL"));
    const QCommandLineOption map(QStringLiteral("map"),
                                 Tr::tr("A mapping file for other exports (JSON: columns, "
                                        "priorities, handlers)."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption from(QStringLiteral("from"), Tr::tr("First day, YYYY-MM-DD."),
                                  QStringLiteral("D"));
    const QCommandLineOption to(QStringLiteral("to"), Tr::tr("Last day, YYYY-MM-DD."),
                                QStringLiteral("D"));
    const QCommandLineOption period(QStringLiteral("period"), Tr::tr("month (default) or quarter."),
                                    QStringLiteral("P"), QStringLiteral("month"));
    const QCommandLineOption dateOrder(
        QStringLiteral("date-order"),
        Tr::tr("dmy or mdy, for an export whose dates could be either."), QStringLiteral("ORDER"));
    const QCommandLineOption format(
        {QStringLiteral("f"), QStringLiteral("format")},
        Tr::tr("pdf or html (the report for a meeting), md, json, csv or xlsx (the figures); "
               "default: from the output file's extension, else md."),
        QStringLiteral("FORMAT"));
    const QCommandLineOption output(
        {QStringLiteral("o"), QStringLiteral("output")},
        Tr::tr("The output file, needed for pdf and xlsx; standard output when omitted."),
        QStringLiteral("OUT"));
    parser.addOptions({tickets, preset, map, from, to, period, dateOrder, format, output});
    if (const int code = parse(parser, args, io, QStringLiteral("AGREEMENT")); code >= 0)
        return code;

    const auto usage = [&](const QString &what) {
        io.err << "dutymap-cli review: " << what << '\n';
        return UsageError;
    };
    if (parser.positionalArguments().size() != 1 || !parser.isSet(tickets))
        return usage(Tr::tr("give one agreement and --tickets FILE."));
    TicketImportOptions importOptions;
    ReviewOptions reviewOptions;
    if (parser.isSet(preset)) {
        importOptions.preset = TicketPreset::find(parser.value(preset));
        if (!importOptions.preset)
            return usage(
                Tr::tr("--preset must be one of %1.").arg(presetKeys().join(QLatin1String(", "))));
    }
    for (const auto &[option, date] :
         {std::pair{&from, &reviewOptions.first}, std::pair{&to, &reviewOptions.last}}) {
        if (parser.isSet(*option)) {
            *date = QDate::fromString(parser.value(*option), Qt::ISODate);
            if (!date->isValid())
                return usage(Tr::tr("--%1 must be a date such as 2024-07-01.")
                                 .arg(option->names().constFirst()));
        }
    }
    if (reviewOptions.first.isValid() && reviewOptions.last.isValid()
        && reviewOptions.last < reviewOptions.first)
        return usage(Tr::tr("--to is before --from."));
    if (parser.value(period) == u"quarter")
        reviewOptions.period = ReviewOptions::Period::Quarter;
    else if (parser.value(period) != u"month")
        return usage(Tr::tr("--period must be month or quarter."));
    std::optional<TimestampFormat::Order> dateOrderGiven;
    if (parser.isSet(dateOrder)) {
        const QString order = parser.value(dateOrder);
        if (order == u"dmy")
            dateOrderGiven = TimestampFormat::Order::DayFirst;
        else if (order == u"mdy")
            dateOrderGiven = TimestampFormat::Order::MonthFirst;
        else
            return usage(Tr::tr("--date-order must be dmy or mdy."));
    }
    const QString how = formatOf(parser.value(format), parser.value(output));
    if (!Formats.contains(how))
        return usage(Tr::tr("--format must be one of %1.").arg(Formats.join(QStringLiteral(", "))));
    const bool binary = how == u"pdf" || how == u"xlsx";
    if (binary && !parser.isSet(output))
        return usage(Tr::tr("the %1 format is binary and cannot go to standard output; give an "
                            "output file with -o.")
                         .arg(how));

    const auto fail = [&](const QString &what) {
        io.err << "dutymap-cli review: " << what << '\n';
        return FileError;
    };
    const auto agreement = openAgreement(parser.positionalArguments().constFirst());
    if (!agreement)
        return fail(agreement.error());
    importOptions.hours = agreement->details.hours();
    if (parser.isSet(map)) {
        const auto mapping = readMapping(parser.value(map), *agreement);
        if (!mapping)
            return fail(mapping.error());
        mapping->apply(*agreement, importOptions, reviewOptions);
    } else if (!parser.isSet(preset) && agreement->details.ticketMapping) {
        // The mapping chosen at the last review, unless told otherwise.
        agreement->details.ticketMapping->apply(*agreement, importOptions, reviewOptions);
    }
    // --preset and --date-order win over a mapping's.
    if (parser.isSet(preset))
        importOptions.preset = TicketPreset::find(parser.value(preset));
    if (dateOrderGiven)
        importOptions.dateOrder = *dateOrderGiven;

    const QString ticketPath = parser.value(tickets);
    const Result<TicketImport::FileBytes> read = TicketImport::readFile(ticketPath);
    if (!read)
        return fail(read.error());
    const QByteArray &bytes = read->bytes;
    const QString source = QFileInfo(ticketPath).fileName();
    Result<TicketLog> log = Result<TicketLog>::failure(QString());
    if (bytes.startsWith("PK\x03\x04")) {
        const auto book = SheetReader::read(bytes, source);
        if (!book)
            return fail(book.error());
        // The worksheet with the most rows holds the tickets.
        const Sheet *largest = nullptr;
        for (const Sheet &sheet : book->sheets) {
            if (!largest || sheet.rowCount() > largest->rowCount())
                largest = &sheet;
        }
        if (!largest)
            return fail(Tr::tr("“%1” has no worksheet.").arg(source));
        log = TicketImport::readSheet(*largest, source, importOptions);
    } else {
        log = TicketImport::readCsv(bytes, source, importOptions);
    }
    if (!log)
        return fail(log.error()
                    + (log.error().contains(u"day/month/year")
                           ? u' ' + Tr::tr("Give --date-order dmy or mdy.")
                           : QString()));
    for (const QString &note : log->notes)
        io.err << note << '\n';
    for (const auto &problem : log->problems)
        io.err << problem.message << '\n';
    if (log->unlistedProblems > 0)
        io.err << Tr::tr("… and %1 more rows that could not be read.").arg(log->unlistedProblems)
               << '\n';

    const ServiceReview review =
        ServiceReview::build(*agreement, importOptions.hours, *log, reviewOptions);
    QByteArray out;
    if (how == u"json")
        out = QJsonDocument(ReviewExport::json(review, *agreement)).toJson(QJsonDocument::Indented);
    else if (how == u"csv")
        out = ReviewExport::csv(review);
    else if (how == u"html")
        out = ReviewExport::html(review, *agreement).toUtf8();
    else if (how == u"md")
        out = ReviewExport::markdown(review, *agreement).toUtf8();

    if (binary) {
        QString error;
        const RendererModule *renderer = RendererModule::load(&error);
        if (!renderer)
            return fail(error);
        QSaveFile saved(parser.value(output));
        if (!saved.open(QIODevice::WriteOnly))
            return fail(
                Tr::tr("cannot write “%1”: %2.").arg(parser.value(output), saved.errorString()));
        const Status written = how == u"pdf"
                                   ? renderer->writeReviewPdf(review, *agreement, &saved)
                                   : renderer->writeReviewXlsx(review, *agreement, &saved);
        if (!written || !saved.commit())
            return fail(
                Tr::tr("cannot write “%1”: %2.")
                    .arg(parser.value(output), written ? saved.errorString() : written.error()));
    } else if (parser.isSet(output)) {
        QSaveFile saved(parser.value(output));
        if (!saved.open(QIODevice::WriteOnly) || saved.write(out) != out.size() || !saved.commit())
            return fail(
                Tr::tr("cannot write “%1”: %2.").arg(parser.value(output), saved.errorString()));
    } else {
        io.out << QString::fromUtf8(out);
    }
    const bool warnings =
        std::any_of(review.findings.cbegin(), review.findings.cend(),
                    [](const Finding &f) { return f.severity != Finding::Severity::Info; });
    return warnings ? ChecksFailed : Success;
}
