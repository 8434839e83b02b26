#include "model/assessment.h"

#include <QCoreApplication>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Assessment)
};
} // namespace

Assessment::Recommendation Assessment::recommend() const
{
    if (isEmpty())
        return {};

    // Score each need the source material names; the strongest need picks
    // the model, and several strong needs together call for the hybrid model.
    const int staff = qMax(1, itStaff);
    const double ticketsPerStaff = double(monthlyTickets) / staff;
    const double usersPerStaff = double(users) / staff;

    QStringList supportReasons;
    if (ticketsPerStaff > 250)
        supportReasons << Tr::tr("More than 250 tickets a month per internal IT person.");
    if (usersPerStaff > 100)
        supportReasons << Tr::tr("More than 100 users per internal IT person.");
    if (!afterHoursCoverage)
        supportReasons << Tr::tr("No after-hours coverage today.");

    QStringList securityReasons;
    if (!securityStaff)
        securityReasons << Tr::tr("No dedicated security staff.");
    if (!complianceNeeds.isEmpty())
        securityReasons
            << Tr::tr("Compliance needs: %1.").arg(complianceNeeds.join(QLatin1String(", ")));

    QStringList projectReasons;
    if (projectBacklog >= 3)
        projectReasons << Tr::tr("%1 projects waiting for people.").arg(projectBacklog);
    if (locations > 3)
        projectReasons << Tr::tr("%1 locations to support.").arg(locations);

    const int strongNeeds = (supportReasons.size() >= 2 ? 1 : 0)
                            + (securityReasons.size() >= 1 ? 1 : 0)
                            + (projectReasons.size() >= 1 ? 1 : 0);

    Recommendation r;
    if (strongNeeds >= 3 || (strongNeeds >= 2 && users > 250)) {
        r.modelId = QStringLiteral("full-hybrid");
        r.reasons << supportReasons << securityReasons << projectReasons;
    } else if (supportReasons.size() >= 2
               || (supportReasons.size() >= securityReasons.size()
                   && supportReasons.size() >= projectReasons.size()
                   && !supportReasons.isEmpty())) {
        r.modelId = QStringLiteral("helpdesk-overflow");
        r.reasons = supportReasons;
    } else if (!securityReasons.isEmpty() && securityReasons.size() >= projectReasons.size()) {
        r.modelId = QStringLiteral("security-tools");
        r.reasons = securityReasons;
    } else if (!projectReasons.isEmpty()) {
        r.modelId = QStringLiteral("project-escalation");
        r.reasons = projectReasons;
    } else {
        r.modelId = QStringLiteral("project-escalation");
        r.reasons << Tr::tr("The internal team covers support and security; extra senior capacity "
                            "for escalations and projects is the usual first step.");
    }
    return r;
}
