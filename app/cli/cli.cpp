#include "cli.h"

#include "assesscommand.h"
#include "checkcommand.h"
#include "dbcommand.h"
#include "diffcommand.h"
#include "exportcommand.h"
#include "importcommand.h"
#include "mergecommand.h"
#include "newcommand.h"
#include "pdfmoduleformat.h"
#include "portfoliocommand.h"
#include "reviewcommand.h"
#include "revisionscommand.h"
#include "routecommand.h"
#include "showcommand.h"
#include "signcommand.h"
#include "templatescommand.h"

#include "exchange/formatregistry.h"

#include <QCoreApplication>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace

Cli::Cli()
{
    registerFormats();
    m_commands.push_back(std::make_unique<TemplatesCommand>());
    m_commands.push_back(std::make_unique<NewCommand>());
    m_commands.push_back(std::make_unique<AssessCommand>());
    m_commands.push_back(std::make_unique<ImportCommand>());
    m_commands.push_back(std::make_unique<CheckCommand>());
    m_commands.push_back(std::make_unique<ShowCommand>());
    m_commands.push_back(std::make_unique<RouteCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
    m_commands.push_back(std::make_unique<DiffCommand>());
    m_commands.push_back(std::make_unique<MergeCommand>());
    m_commands.push_back(std::make_unique<SignCommand>());
    m_commands.push_back(std::make_unique<RevisionsCommand>());
    m_commands.push_back(std::make_unique<ReviewCommand>());
    m_commands.push_back(std::make_unique<PortfolioCommand>());
    m_commands.push_back(std::make_unique<DbCommand>());
}

Cli::~Cli() = default;

void Cli::registerFormats()
{
    FormatRegistry &registry = FormatRegistry::instance();
    if (!registry.byId(QStringLiteral("pdf")))
        registry.add(std::make_unique<PdfModuleFormat>());
    if (!registry.byId(QStringLiteral("xlsx")))
        registry.add(std::make_unique<XlsxModuleFormat>());
}

bool Cli::needsRenderer(const QStringList &args)
{
    registerFormats();
    if (args.value(1) == QLatin1String("portfolio"))
        return PortfolioCommand::needsRenderer(args.mid(1));
    if (args.value(1) == QLatin1String("review"))
        return ReviewCommand::needsRenderer(args.mid(1));
    return args.value(1) == QLatin1String("export") && ExportCommand::needsRenderer(args.mid(1));
}

QString Cli::helpText() const
{
    QString text = Tr::tr("Usage: dutymap-cli COMMAND [options] [FILE]\n\n"
                          "Plan who does what in co-managed IT, without a display.\n\n"
                          "Commands:\n");
    for (const auto &c : m_commands)
        text += QStringLiteral("  %1%2\n").arg(c->name().leftJustified(11), c->summary());
    text += Tr::tr("\nRun 'dutymap-cli COMMAND --help' for the options of one command.\n\n"
                   "Exit codes:\n"
                   "  0  success\n"
                   "  1  check found errors in the agreement; route found no rule; diff found\n"
                   "     differences; merge left conflicts; sign found it signed already;\n"
                   "     import found problems in the sheet; db push found the agreement\n"
                   "     saved by someone else since, or its name taken\n"
                   "  2  a file or the database could not be read or written\n"
                   "  3  wrong usage\n");
    return text;
}

int Cli::run(const QStringList &args, Command::Streams io) const
{
    const QString first = args.value(1);
    if (first.isEmpty() || first == QLatin1String("-h") || first == QLatin1String("--help")
        || first == QLatin1String("help")) {
        (first.isEmpty() ? io.err : io.out) << helpText();
        return first.isEmpty() ? Command::UsageError : Command::Success;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        io.out << "dutymap-cli " << DUTYMAP_VERSION << '\n';
        return Command::Success;
    }
    for (const auto &c : m_commands)
        if (c->name() == first)
            return c->run(args.mid(1), io);
    io.err << "dutymap-cli: " << Tr::tr("unknown command “%1”.").arg(first) << "\n\n" << helpText();
    return Command::UsageError;
}
