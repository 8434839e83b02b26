#include "dbcommand.h"

#include "storage/database/agreementstore.h"
#include "storage/database/databaseschema.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DbCommand)
};

const char *const Prefix = "dutymap-cli db: ";

} // namespace

QString DbCommand::summary() const
{
    return Tr::tr("The shared store on PostgreSQL: init, push FILE, pull NAME -o FILE, list "
                  "(--db URL or DUTYMAP_DB).");
}

int DbCommand::run(const QStringList &args, Streams io) const
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ACTION"),
                                 Tr::tr("init: create or upgrade the store; push FILE: store "
                                        "an agreement; pull NAME: write one to a file; list: "
                                        "the agreements in the store."));
    parser.addPositionalArgument(QStringLiteral("ARGUMENT"),
                                 Tr::tr("The file to push, or the name to pull."));
    const QCommandLineOption db(
        QStringLiteral("db"),
        Tr::tr("The database, as a PostgreSQL URI: "
               "postgresql://user@host:port/dbname?sslmode=require (host=/folder for a Unix "
               "socket). Default: the DUTYMAP_DB environment variable. A password comes from "
               "PGPASSWORD or ~/.pgpass."),
        QStringLiteral("URL"));
    const QCommandLineOption nameOption(
        QStringLiteral("name"),
        Tr::tr("push: the agreement's name in the store (default: the file's name without "
               "its extension)."),
        QStringLiteral("NAME"));
    const QCommandLineOption over(
        QStringLiteral("over"),
        Tr::tr("push: save over this version of an agreement already stored (the version "
               "pull reported); refused when someone saved since."),
        QStringLiteral("VERSION"));
    const QCommandLineOption replace(
        QStringLiteral("replace"),
        Tr::tr("push: save over the stored agreement, whatever its version."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    Tr::tr("pull: the file to write (.dutymap or .json)."),
                                    QStringLiteral("FILE"));
    parser.addOptions({db, nameOption, over, replace, output});
    if (const int code = parse(parser, args, io, QStringLiteral("init|push FILE|pull NAME|list"));
        code >= 0)
        return code;

    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const auto usage = [&](const QString &why) {
        io.err << Prefix << why << '\n';
        return UsageError;
    };
    const qsizetype wanted =
        (action == QLatin1String("push") || action == QLatin1String("pull")) ? 2 : 1;
    if (!QStringList{QStringLiteral("init"), QStringLiteral("push"), QStringLiteral("pull"),
                     QStringLiteral("list")}
             .contains(action))
        return usage(Tr::tr("give an action: init, push, pull or list."));
    if (positional.size() != wanted)
        return usage(wanted == 2 ? Tr::tr("%1 takes exactly one argument.").arg(action)
                                 : Tr::tr("%1 takes no argument.").arg(action));
    if (action != QLatin1String("push")
        && (parser.isSet(nameOption) || parser.isSet(over) || parser.isSet(replace)))
        return usage(Tr::tr("--name, --over and --replace are for push."));
    if (action != QLatin1String("pull") && parser.isSet(output))
        return usage(Tr::tr("-o is for pull."));
    if (action == QLatin1String("pull") && !parser.isSet(output))
        return usage(Tr::tr("pull needs -o FILE."));
    int overVersion = 0;
    if (parser.isSet(over)) {
        bool ok = false;
        overVersion = parser.value(over).toInt(&ok);
        if (!ok || overVersion < 1)
            return usage(Tr::tr("--over needs a version number from 1 up."));
        if (parser.isSet(replace))
            return usage(Tr::tr("give --over or --replace, not both."));
    }

    const QString uri = parser.isSet(db) ? parser.value(db) : qEnvironmentVariable("DUTYMAP_DB");
    if (uri.isEmpty())
        return usage(Tr::tr("name the database with --db URL or the DUTYMAP_DB environment "
                            "variable."));
    const Result<DatabaseAddress> address = DatabaseAddress::parse(uri);
    if (!address)
        return usage(address.error());

    if (action == QLatin1String("init"))
        return init(*address, io);
    AgreementStore store;
    if (const Status connected = store.connect(*address); !connected) {
        io.err << Prefix << connected.error() << '\n';
        return FileError;
    }
    if (action == QLatin1String("push")) {
        const QString file = positional.at(1);
        const QString name = parser.isSet(nameOption) ? parser.value(nameOption)
                                                      : QFileInfo(file).completeBaseName();
        return push(store, file, name, overVersion, parser.isSet(replace), io);
    }
    if (action == QLatin1String("pull"))
        return pull(store, positional.at(1), parser.value(output), io);
    return list(store, io);
}

int DbCommand::init(const DatabaseAddress &address, Streams io) const
{
    DatabaseConnection connection;
    if (const Status opened = connection.open(address); !opened) {
        io.err << Prefix << opened.error() << '\n';
        return FileError;
    }
    const Result<int> before = DatabaseSchema::versionOf(connection.db());
    if (!before) {
        io.err << Prefix << before.error() << '\n';
        return FileError;
    }
    if (const Status done = DatabaseSchema::init(connection.db()); !done) {
        io.err << Prefix << done.error() << '\n';
        return FileError;
    }
    const QString where = address.displayName();
    if (*before == 0)
        io.out << Tr::tr("Set up the Dutymap store (version %1) in %2.")
                      .arg(DatabaseSchema::Version)
                      .arg(where)
               << '\n';
    else if (*before < DatabaseSchema::Version)
        io.out << Tr::tr("Upgraded the Dutymap store in %1 from version %2 to %3.")
                      .arg(where)
                      .arg(*before)
                      .arg(DatabaseSchema::Version)
               << '\n';
    else
        io.out << Tr::tr("The Dutymap store in %1 is up to date (version %2).")
                      .arg(where)
                      .arg(DatabaseSchema::Version)
               << '\n';
    return Success;
}

int DbCommand::push(AgreementStore &store, const QString &file, const QString &name, int over,
                    bool replace, Streams io) const
{
    if (const QString problem = AgreementStore::nameProblem(name); !problem.isEmpty()) {
        io.err << Prefix << problem << '\n';
        return UsageError;
    }
    const Result<Agreement> agreement = openAgreement(file);
    if (!agreement) {
        io.err << Prefix << agreement.error() << '\n';
        return FileError;
    }
    int base = over;
    if (replace) {
        const Result<QList<StoredAgreementInfo>> stored = store.list();
        if (!stored) {
            io.err << Prefix << stored.error() << '\n';
            return FileError;
        }
        for (const StoredAgreementInfo &info : *stored)
            if (info.name == name)
                base = info.version;
    }
    const StoreSaveOutcome outcome =
        base > 0 ? store.save(name, *agreement, base) : store.create(name, *agreement);
    switch (outcome.kind) {
    case StoreSaveOutcome::Kind::Saved:
        io.out << Tr::tr("Saved “%1” to %2 as version %3.")
                      .arg(name, store.connection().address().displayName())
                      .arg(outcome.stored.version)
               << '\n';
        return Success;
    case StoreSaveOutcome::Kind::Conflict:
        io.err << Prefix << outcome.message << '\n';
        if (base == 0 && outcome.stored.version > 0)
            io.err << Tr::tr("Push with --over %1 to save over that version, or with --replace.")
                          .arg(outcome.stored.version)
                   << '\n';
        return Conflict;
    case StoreSaveOutcome::Kind::Failed:
        break;
    }
    io.err << Prefix << outcome.message << '\n';
    return FileError;
}

int DbCommand::pull(AgreementStore &store, const QString &name, const QString &file,
                    Streams io) const
{
    const Result<StoredAgreement> stored = store.load(name);
    if (!stored) {
        io.err << Prefix << stored.error() << '\n';
        return FileError;
    }
    if (const Status saved = saveAgreement(stored->agreement, file); !saved) {
        io.err << Prefix << saved.error() << '\n';
        return FileError;
    }
    io.out << Tr::tr("Wrote “%1” version %2, saved by %3, to %4.")
                  .arg(name)
                  .arg(stored->info.version)
                  .arg(stored->info.savedByText(), QFileInfo(file).fileName())
           << '\n';
    return Success;
}

int DbCommand::list(AgreementStore &store, Streams io) const
{
    const Result<QList<StoredAgreementInfo>> stored = store.list();
    if (!stored) {
        io.err << Prefix << stored.error() << '\n';
        return FileError;
    }
    if (stored->isEmpty()) {
        io.out << Tr::tr("No agreements in %1.").arg(store.connection().address().displayName())
               << '\n';
        return Success;
    }
    qsizetype width = 4;
    for (const StoredAgreementInfo &info : *stored)
        width = std::max(width, info.name.size());
    width = std::min<qsizetype>(width, 40);
    io.out << Tr::tr("NAME").leftJustified(width) << "  " << Tr::tr("VERSION") << "  "
           << Tr::tr("SAVED") << '\n';
    for (const StoredAgreementInfo &info : *stored)
        io.out << info.name.leftJustified(width) << "  "
               << QString::number(info.version).rightJustified(Tr::tr("VERSION").size()) << "  "
               << info.savedByText() << '\n';
    return Success;
}
