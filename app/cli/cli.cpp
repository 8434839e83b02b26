#include "cli.h"

#include "checkcommand.h"
#include "exportcommand.h"
#include "newcommand.h"
#include "showcommand.h"
#include "templatescommand.h"

#include <QCoreApplication>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace

Cli::Cli()
{
    m_commands.push_back(std::make_unique<TemplatesCommand>());
    m_commands.push_back(std::make_unique<NewCommand>());
    m_commands.push_back(std::make_unique<CheckCommand>());
    m_commands.push_back(std::make_unique<ShowCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
}

Cli::~Cli() = default;

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
                   "  1  check found errors in the agreement\n"
                   "  2  a file could not be read or written\n"
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
