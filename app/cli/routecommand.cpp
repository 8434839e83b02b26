#include "routecommand.h"

#include "model/duration.h"
#include "routing/ticketrouter.h"

#include <QCoreApplication>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(RouteCommand)
};

QString partyText(const Agreement &agreement, int id)
{
    const Party *party = agreement.party(id);
    if (!party)
        return Tr::tr("no one");
    return party->labelWithCode();
}

QString targetText(int minutes)
{
    return minutes > 0 ? Duration::text(minutes) : Tr::tr("none agreed");
}

QStringList urgencyKeys()
{
    QStringList keys;
    for (int u = 0; u < EscalationRule::UrgencyCount; ++u)
        keys.append(EscalationRule::urgencyKey(static_cast<EscalationRule::Urgency>(u)));
    return keys;
}

} // namespace

QString RouteCommand::summary() const
{
    return Tr::tr("Show how one ticket is routed: the rule that takes it, who picks it up, when "
                  "and to whom it escalates, and the targets. Exits with 1 when no rule takes it.");
}

int RouteCommand::run(const QStringList &args, Streams io) const
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 Tr::tr("The agreement whose rules route."));
    const QCommandLineOption category(QStringLiteral("category"),
                                      Tr::tr("The ticket's category, one of the agreement's."),
                                      QStringLiteral("C"));
    const QCommandLineOption urgency(
        QStringLiteral("urgency"),
        Tr::tr("The ticket's urgency: %1.").arg(urgencyKeys().join(QLatin1String(", "))),
        QStringLiteral("U"));
    const QCommandLineOption location(QStringLiteral("location"),
                                      Tr::tr("The site the ticket comes from; none by default."),
                                      QStringLiteral("L"));
    const QCommandLineOption vip(QStringLiteral("vip"), Tr::tr("The user is a VIP."));
    const QCommandLineOption afterHours(QStringLiteral("after-hours"),
                                        Tr::tr("The ticket comes in after hours."));
    parser.addOptions({category, urgency, location, vip, afterHours});
    if (const int code = parse(parser, args, io,
                               QStringLiteral("FILE --category C --urgency U [--location L] "
                                              "[--vip] [--after-hours]"));
        code >= 0)
        return code;
    const QString prefix = QStringLiteral("dutymap-cli route: ");
    if (parser.positionalArguments().size() != 1) {
        io.err << prefix << Tr::tr("give exactly one file.") << '\n';
        return UsageError;
    }
    if (!parser.isSet(category) || !parser.isSet(urgency)) {
        io.err << prefix << Tr::tr("give the ticket's --category and --urgency.") << '\n';
        return UsageError;
    }
    const std::optional<EscalationRule::Urgency> level =
        EscalationRule::urgencyFromKey(parser.value(urgency).trimmed().toLower());
    if (!level) {
        io.err << prefix
               << Tr::tr("unknown urgency “%1”; use one of: %2.")
                      .arg(parser.value(urgency), urgencyKeys().join(QLatin1String(", ")))
               << '\n';
        return UsageError;
    }

    const QString path = parser.positionalArguments().constFirst();
    const Result<Agreement> loaded = openAgreement(path);
    if (!loaded) {
        io.err << prefix << loaded.error() << '\n';
        return FileError;
    }
    const Agreement &agreement = loaded.value();

    Ticket ticket;
    ticket.category = parser.value(category).trimmed();
    ticket.urgency = *level;
    ticket.location = parser.value(location).trimmed();
    ticket.vip = parser.isSet(vip);
    ticket.afterHours = parser.isSet(afterHours);

    // The category must be one the agreement lists (any text when it lists none).
    const QList<TicketCategory> &categories = agreement.details.ticketCategories;
    if (!categories.isEmpty()) {
        QStringList names;
        bool known = false;
        for (const TicketCategory &c : categories) {
            names.append(QStringLiteral("“%1”").arg(c.name));
            if (c.name.compare(ticket.category, Qt::CaseInsensitive) == 0) {
                ticket.category = c.name;
                known = true;
            }
        }
        if (!known) {
            io.err << prefix
                   << Tr::tr("unknown category “%1”; the agreement's categories are: %2.")
                          .arg(ticket.category, names.join(QLatin1String(", ")))
                   << '\n';
            return UsageError;
        }
    }

    const std::optional<Route> route = TicketRouter(agreement.rules).route(ticket);
    if (!route) {
        io.out << Tr::tr("No rule takes this ticket: it has no one to go to. Add a rule for it or "
                         "end the rules with a catch-all.")
               << '\n';
        return ChecksFailed;
    }
    const EscalationRule &rule = agreement.rules.at(route->ruleIndex);
    const QString number = QString::number(route->ruleIndex + 1);
    io.out << (rule.name.trimmed().isEmpty() ? Tr::tr("Rule %1").arg(number)
                                             : Tr::tr("Rule %1: %2").arg(number, rule.name))
           << '\n';

    const bool byHandler = ticket.afterHours && rule.afterHoursHandlerId != 0;
    io.out << "  " << Tr::tr("Taken by:") << ' ' << partyText(agreement, route->takenById);
    if (byHandler)
        io.out << ' ' << Tr::tr("(after-hours handler)");
    io.out << '\n';

    io.out << "  " << Tr::tr("Escalates:") << ' ';
    if (route->escalateToId == 0) {
        io.out << Tr::tr("no escalation");
    } else {
        const QString to = partyText(agreement, route->escalateToId);
        switch (route->trigger) {
        case EscalationRule::Trigger::Unresolved:
            io.out << Tr::tr("to %1 when unresolved after %2")
                          .arg(to, targetText(route->escalateAfterMinutes));
            break;
        case EscalationRule::Trigger::None:
            io.out << Tr::tr("to %1 (no trigger set)").arg(to);
            break;
        default:
            io.out << Tr::tr("to %1 when: %2")
                          .arg(to, EscalationRule::triggerName(route->trigger).toLower());
            break;
        }
    }
    io.out << '\n';
    io.out << "  " << Tr::tr("Response target:") << ' ' << targetText(route->responseMinutes)
           << '\n';
    io.out << "  " << Tr::tr("Resolution target:") << ' ' << targetText(route->resolutionMinutes)
           << '\n';
    return Success;
}
