#include "revisionscommand.h"

#include "revisions/canonicalform.h"
#include "revisions/revisionhistory.h"

#include <QCoreApplication>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(RevisionsCommand)
};
} // namespace

QString RevisionsCommand::summary() const
{
    return Tr::tr("List the signed revisions of an agreement: number, date, signatories, "
                  "fingerprint; then where the current content stands.");
}

int RevisionsCommand::run(const QStringList &args, Streams io) const
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The agreement."));
    if (const int code = parse(parser, args, io, QStringLiteral("FILE")); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1) {
        io.err << "dutymap-cli revisions: " << Tr::tr("give exactly one file.") << '\n';
        return UsageError;
    }
    const Result<Agreement> agreement = openAgreement(parser.positionalArguments().constFirst());
    if (!agreement) {
        io.err << "dutymap-cli revisions: " << agreement.error() << '\n';
        return FileError;
    }
    const Agreement &a = *agreement;
    for (const Revision &r : a.revisions) {
        QStringList who;
        for (const Signatory &s : r.signatories) {
            const Party *p = nullptr;
            // Signatories sign for the parties of the revision's content,
            // which keep their ids; the current list names them.
            p = a.party(s.partyId);
            who.append(p ? QStringLiteral("%1 (%2)").arg(s.name, p->label()) : s.name);
        }
        io.out << QStringLiteral("%1  %2  %3  %4\n")
                      .arg(QString::number(r.number).rightJustified(3))
                      .arg(r.signedOn.toString(Qt::ISODate).leftJustified(10),
                           CanonicalForm::shortText(r.fingerprint), who.join(QLatin1String(", ")));
    }
    if (a.revisions.isEmpty())
        io.out << Tr::tr("No signed revisions.") << '\n';
    io.out << Tr::tr("Now: %1").arg(RevisionHistory::describe(RevisionHistory::state(a))) << '\n';
    return Success;
}
