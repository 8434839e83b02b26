#include "signcommand.h"

#include "revisions/canonicalform.h"
#include "revisions/revisionhistory.h"

#include <QCoreApplication>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SignCommand)
};
} // namespace

QString SignCommand::summary() const
{
    return Tr::tr("Record that the current content of an agreement was signed, as a new "
                  "revision. Exits with 1 when it is already signed as it is.");
}

int SignCommand::run(const QStringList &args, Streams io) const
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The agreement; saved in place."));
    const QCommandLineOption by(QStringLiteral("by"),
                                Tr::tr("Who signs (repeat for each signatory)."),
                                QStringLiteral("NAME"));
    const QCommandLineOption party(QStringLiteral("party"),
                                   Tr::tr("The party they sign for, by code or name (one per "
                                          "--by)."),
                                   QStringLiteral("CODE"));
    const QCommandLineOption title(QStringLiteral("title"),
                                   Tr::tr("Their title (one per --by, optional)."),
                                   QStringLiteral("TITLE"));
    const QCommandLineOption note(QStringLiteral("note"),
                                  Tr::tr("A note, such as \"signed on paper\" (one per --by, "
                                         "optional)."),
                                  QStringLiteral("NOTE"));
    const QCommandLineOption date(QStringLiteral("date"),
                                  Tr::tr("The date of signing, YYYY-MM-DD (default: today)."),
                                  QStringLiteral("DATE"));
    parser.addOptions({by, party, title, note, date});
    if (const int code = parse(parser, args, io, QStringLiteral("FILE --by NAME --party CODE"));
        code >= 0)
        return code;
    const QStringList names = parser.values(by);
    const QStringList parties = parser.values(party);
    if (parser.positionalArguments().size() != 1 || names.isEmpty()
        || names.size() != parties.size()) {
        io.err << "dutymap-cli sign: "
               << Tr::tr("give one file, and --by NAME --party CODE for each signatory.") << '\n';
        return UsageError;
    }
    QDate when = QDate::currentDate();
    if (parser.isSet(date)) {
        when = QDate::fromString(parser.value(date), Qt::ISODate);
        if (!when.isValid()) {
            io.err << "dutymap-cli sign: "
                   << Tr::tr("“%1” is not a date like 2026-01-31.").arg(parser.value(date)) << '\n';
            return UsageError;
        }
    }
    const QString path = parser.positionalArguments().constFirst();
    Result<Agreement> agreement = openAgreement(path);
    if (!agreement) {
        io.err << "dutymap-cli sign: " << agreement.error() << '\n';
        return FileError;
    }
    QList<Signatory> signatories;
    for (qsizetype i = 0; i < names.size(); ++i) {
        const Party *p = agreement->findParty(parties.at(i));
        if (!p) {
            io.err << "dutymap-cli sign: "
                   << Tr::tr("the agreement has no party “%1”.").arg(parties.at(i)) << '\n';
            return UsageError;
        }
        signatories.append(Signatory{names.at(i), parser.values(title).value(i), p->id, when,
                                     parser.values(note).value(i)});
    }
    Agreement &a = agreement.value();
    if (const Status s = RevisionHistory::sign(a, signatories, when); !s) {
        io.err << "dutymap-cli sign: " << s.error() << '\n';
        return Different;
    }
    if (const Status saved = saveAgreement(a, path); !saved) {
        io.err << "dutymap-cli sign: " << saved.error() << '\n';
        return FileError;
    }
    const Revision &r = a.revisions.last();
    io.out << Tr::tr("Signed revision %1 of %2 on %3, fingerprint %4.")
                  .arg(r.number)
                  .arg(path, r.signedOn.toString(Qt::ISODate),
                       CanonicalForm::shortText(r.fingerprint))
           << '\n';
    return Success;
}
