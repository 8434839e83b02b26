#include "showcommand.h"

#include "revisions/revisionhistory.h"

#include <QCoreApplication>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ShowCommand)
};

// Cuts text to a column, marking the cut.
QString fit(const QString &text, qsizetype width)
{
    if (text.size() <= width)
        return text.leftJustified(width);
    return text.left(width - 1) + QChar(0x2026);
}
} // namespace

QString ShowCommand::summary() const
{
    return Tr::tr("Print the responsibility matrix as aligned text.");
}

int ShowCommand::run(const QStringList &args, Streams io) const
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The agreement to show."));
    const QCommandLineOption widthOption(QStringLiteral("width"),
                                         Tr::tr("Width of the duty column (default 64)."),
                                         QStringLiteral("N"), QStringLiteral("64"));
    parser.addOption(widthOption);
    if (const int code = parse(parser, args, io, QStringLiteral("FILE")); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1) {
        io.err << "dutymap-cli show: " << Tr::tr("give exactly one file.") << '\n';
        return UsageError;
    }
    bool ok = false;
    const int titleWidth = parser.value(widthOption).toInt(&ok);
    if (!ok || titleWidth < 10 || titleWidth > 1000) {
        io.err << "dutymap-cli show: " << Tr::tr("--width must be a number from 10 to 1000.")
               << '\n';
        return UsageError;
    }
    const Result<Agreement> loaded = openAgreement(parser.positionalArguments().constFirst());
    if (!loaded) {
        io.err << "dutymap-cli show: " << loaded.error() << '\n';
        return FileError;
    }
    const Agreement &a = loaded.value();

    // The status and revision that follow from the signed revisions.
    const RevisionState state = RevisionHistory::state(a);
    io.out << a.details.title << '\n';
    io.out << Tr::tr("Client: %1  Provider: %2  Status: %3  Revision: %4")
                  .arg(a.details.client, a.details.provider,
                       AgreementDetails::statusName(state.status))
                  .arg(state.revision)
           << "\n\n";

    // Each party column is as wide as its code or the widest cell ("A/R/C/I").
    QList<qsizetype> widths;
    QString header = fit(Tr::tr("Duty"), titleWidth);
    for (const Party &p : a.parties) {
        const QString code = p.shortLabel();
        widths.append(std::max<qsizetype>(code.size(), 5));
        header += QStringLiteral("  ") + code.leftJustified(widths.last());
    }
    header += QStringLiteral("  ") + Tr::tr("Ownership");
    io.out << header << '\n' << QString(header.size(), u'-') << '\n';

    for (const Area &area : a.areas) {
        bool first = true;
        for (const Duty &d : a.duties) {
            if (d.areaId != area.id)
                continue;
            if (first) {
                io.out << area.name << '\n';
                first = false;
            }
            QString line = fit(QStringLiteral("  ") + d.title, titleWidth);
            for (qsizetype i = 0; i < a.parties.size(); ++i)
                line += QStringLiteral("  ")
                        + d.rolesOf(a.parties.at(i).id).toString().leftJustified(widths.at(i));
            line += QStringLiteral("  ") + Agreement::ownershipName(a.ownershipOf(d));
            io.out << line << '\n';
        }
    }
    io.out << '\n'
           << Tr::tr("A = Accountable, R = Responsible, C = Consulted, I = Informed") << '\n';
    return Success;
}
