#include "importcommand.h"

#include "exchange/sheet/sheetimport.h"
#include "exchange/sheet/sheetlayout.h"
#include "exchange/sheet/sheetreader.h"
#include "storage/agreementfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)
};

constexpr auto prefix = "dutymap-cli import: ";
} // namespace

QString ImportCommand::summary() const
{
    return Tr::tr("Import a RACI matrix from a spreadsheet (XLSX or CSV) into a new agreement.");
}

int ImportCommand::run(const QStringList &args, Streams io) const
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Reads the sheet's layout (header row, duty, area and party columns, section "
               "rows) and writes it as a new .dutymap file. Nothing is written while any cell "
               "is a problem; every problem is listed with its row and column.\n\n"
               "Exit codes: 0 imported, 1 nothing imported because of problems, 2 a file "
               "could not be read or written, 3 wrong usage."));
    const QCommandLineOption sheetOption(QStringLiteral("sheet"),
                                         Tr::tr("The workbook's sheet to read (default: the "
                                                "first one that looks like a matrix)."),
                                         QStringLiteral("NAME"));
    const QCommandLineOption mapOption(QStringLiteral("map"),
                                       Tr::tr("A mapping saved by the import dialog or by "
                                              "--save-map, instead of detecting the layout."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption saveMapOption(QStringLiteral("save-map"),
                                           Tr::tr("Write the layout used to a mapping file."),
                                           QStringLiteral("FILE"));
    const QCommandLineOption markOption(QStringLiteral("mark"),
                                        Tr::tr("What a bare mark (x, ✓) means: R, A, C or I "
                                               "(default R)."),
                                        QStringLiteral("ROLE"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    Tr::tr("The .dutymap file to write."), QStringLiteral("FILE"));
    const QCommandLineOption force(QStringLiteral("force"),
                                   Tr::tr("Replace the output file if it exists."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    Tr::tr("Print what was understood and write nothing."));
    parser.addOptions({sheetOption, mapOption, saveMapOption, markOption, output, force, dryRun});
    if (const int code = parse(parser, args, io, QStringLiteral("SHEET")); code >= 0)
        return code;

    if (parser.positionalArguments().size() != 1) {
        io.err << prefix << Tr::tr("give exactly one spreadsheet file.") << '\n';
        return UsageError;
    }
    if (!parser.isSet(output) && !parser.isSet(dryRun)) {
        io.err << prefix << Tr::tr("-o FILE is required (or --dry-run).") << '\n';
        return UsageError;
    }
    std::optional<Raci> mark;
    if (parser.isSet(markOption)) {
        mark = Raci::parse(parser.value(markOption));
        if (!mark || mark->isEmpty()) {
            io.err << prefix
                   << Tr::tr("--mark takes R, A, C or I, not “%1”.").arg(parser.value(markOption))
                   << '\n';
            return UsageError;
        }
    }
    const QString path = parser.value(output);
    if (parser.isSet(output) && !parser.isSet(dryRun) && QFileInfo::exists(path)
        && !parser.isSet(force)) {
        io.err << prefix << Tr::tr("“%1” already exists; use --force to replace it.").arg(path)
               << '\n';
        return FileError;
    }

    const QString input = parser.positionalArguments().constFirst();
    const Result<Workbook> book = SheetReader::readFile(input);
    if (!book) {
        io.err << prefix << book.error() << '\n';
        return FileError;
    }
    std::optional<SheetLayout> mapped;
    QString mappedSheet;
    if (parser.isSet(mapOption)) {
        QFile file(parser.value(mapOption));
        if (!file.open(QIODevice::ReadOnly)) {
            io.err
                << prefix
                << Tr::tr("Cannot read “%1”: %2.").arg(parser.value(mapOption), file.errorString())
                << '\n';
            return FileError;
        }
        const Result<SheetLayout> layout = SheetLayout::fromJson(
            file.read(1024 * 1024), QFileInfo(parser.value(mapOption)).fileName(), &mappedSheet);
        if (!layout) {
            io.err << prefix << layout.error() << '\n';
            return FileError;
        }
        mapped = layout.value();
    }

    // The sheet: named on the command line, else the mapping's, else the likeliest.
    const QString wanted = parser.isSet(sheetOption) ? parser.value(sheetOption) : mappedSheet;
    qsizetype index = -1;
    if (!wanted.isEmpty()) {
        for (qsizetype i = 0; i < book->sheets.size() && index < 0; ++i)
            if (book->sheets.at(i).name.compare(wanted, Qt::CaseInsensitive) == 0)
                index = i;
        if (index < 0 && book->sheets.size() == 1 && !parser.isSet(sheetOption))
            index = 0; // a CSV file's one sheet, whatever the mapping called it
        if (index < 0) {
            QStringList names;
            for (const Sheet &s : book->sheets)
                names.append(s.name);
            io.err << prefix
                   << Tr::tr("“%1” has no sheet “%2”; its sheets are: %3.")
                          .arg(book->source, wanted, names.join(QStringLiteral(", ")))
                   << '\n';
            return UsageError;
        }
    } else {
        index = SheetLayout::likelySheet(*book);
    }
    const Sheet &sheet = book->sheets.at(index);
    SheetLayout layout = mapped ? *mapped : SheetLayout::detect(sheet);
    if (mark)
        layout.mark = *mark;

    const SheetImport::Outcome outcome = SheetImport::read(sheet, layout, book->source);
    if (parser.isSet(saveMapOption)) {
        QFile file(parser.value(saveMapOption));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(layout.toJson(sheet.name)) < 0) {
            io.err << prefix
                   << Tr::tr("Cannot write “%1”: %2.")
                          .arg(parser.value(saveMapOption), file.errorString())
                   << '\n';
            return FileError;
        }
    }
    for (const QString &note : book->notes)
        io.err << Tr::tr("Note: %1").arg(note) << '\n';
    for (const QString &note : outcome.notes)
        io.err << Tr::tr("Note: %1").arg(note) << '\n';

    if (parser.isSet(dryRun)) {
        io.out << Tr::tr("Sheet: %1 (%2 of %3)")
                      .arg(sheet.name)
                      .arg(index + 1)
                      .arg(book->sheets.size())
               << '\n';
        for (const QString &line : layout.describe(sheet))
            io.out << line << '\n';
        if (outcome.ok()) {
            for (const Party &p : outcome.agreement->parties)
                io.out << Tr::tr("Party: %1 (%2)").arg(p.name, Party::kindName(p.kind)) << '\n';
            io.out << Tr::tr("Would import %1 in %2 for %3.")
                          .arg(Tr::tr("%n duties", nullptr, outcome.duties),
                               Tr::tr("%n areas", nullptr, outcome.areas),
                               Tr::tr("%n parties", nullptr, outcome.parties))
                   << '\n';
            return Success;
        }
        io.out << outcome.error() << '\n';
        return ChecksFailed;
    }
    if (!outcome.ok()) {
        io.err << outcome.error() << '\n';
        return ChecksFailed;
    }
    if (const Status saved = AgreementFile::save(*outcome.agreement, path); !saved) {
        io.err << prefix << saved.error() << '\n';
        return FileError;
    }
    io.out << Tr::tr("Wrote %1: %2 in %3, %4, from sheet “%5”.")
                  .arg(path, Tr::tr("%n duties", nullptr, outcome.duties),
                       Tr::tr("%n areas", nullptr, outcome.areas),
                       Tr::tr("%n parties", nullptr, outcome.parties), sheet.name)
           << '\n';
    return Success;
}
