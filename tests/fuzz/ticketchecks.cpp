#include "ticketchecks.h"

#include "fuzzsupport.h"

#include "model/agreement.h"
#include "review/servicereview.h"

namespace TicketChecks {

namespace {

// Two parties, a category and three rules, one of them for after hours: the
// replay routes every ticket through them.
Agreement reviewed()
{
    Agreement a;
    a.parties = {
        Party{1, QStringLiteral("Internal IT"), QStringLiteral("IT"), Party::Kind::Internal, {}},
        Party{2, QStringLiteral("Provider"), QStringLiteral("MSP"), Party::Kind::Provider, {}}};
    a.details.ticketCategories = {{QStringLiteral("Endpoint"), 0}, {QStringLiteral("Network"), 0}};
    EscalationRule night;
    night.id = 10;
    night.category = QStringLiteral("Endpoint");
    night.afterHours = EscalationRule::Match::Yes;
    night.firstResponderId = 2;
    night.responseMinutes = {120, 60, 30, 15};
    EscalationRule day = night;
    day.id = 11;
    day.afterHours = EscalationRule::Match::Any;
    day.firstResponderId = 1;
    EscalationRule vip;
    vip.id = 12;
    vip.vip = EscalationRule::Match::Yes;
    vip.firstResponderId = 2;
    vip.resolutionMinutes = {480, 240, 120, 60};
    a.rules = {night, day, vip};
    return a;
}

bool validText(const TicketLog &log, int index)
{
    return index >= -1 && index < log.texts.size();
}

} // namespace

void check(const Result<TicketLog> &result, const QString &source)
{
    if (!result) {
        if (!result.error().contains(source))
            FuzzSupport::violated("a refused export is named in the error", result.error());
        return;
    }
    const TicketLog &log = *result;
    if (log.tickets.size() > log.rowsRead)
        FuzzSupport::violated("no more tickets than rows read");
    int reasons = 0;
    for (const int count : log.skippedByReason)
        reasons += count;
    if (reasons != log.skipped())
        FuzzSupport::violated(
            "every skipped row has a reason",
            QStringLiteral("%1 reasons, %2 skipped").arg(reasons).arg(log.skipped()));
    if (log.problems.size() + log.unlistedProblems != log.skipped())
        FuzzSupport::violated("every skipped row is listed or counted");
    for (const auto &problem : log.problems) {
        if (problem.row < 1 || problem.message.isEmpty())
            FuzzSupport::violated("a problem names its row and says why", problem.message);
    }
    int lastRow = 0;
    for (const TicketRecord &t : log.tickets) {
        if (t.row <= lastRow)
            FuzzSupport::violated("tickets keep the export's order");
        lastRow = t.row;
        if (t.id < 0 || t.id >= log.idEnds.size() || log.ticketId(t.id).isEmpty())
            FuzzSupport::violated("every ticket has an id");
        for (const int text : {t.category, t.subcategory, t.site, t.team, t.agent, t.subject}) {
            if (!validText(log, text) || (text >= 0 && log.text(text).isEmpty()))
                FuzzSupport::violated("texts are indices into the log");
        }
        if (t.created == TicketRecord::NoTime)
            FuzzSupport::violated("every ticket has a created time");
        if ((t.firstResponse != TicketRecord::NoTime && t.firstResponse < t.created)
            || (t.resolved != TicketRecord::NoTime && t.resolved < t.created))
            FuzzSupport::violated("nothing happens to a ticket before it was created");
        if (!std::isnan(t.satisfaction) && (t.satisfaction < 0 || t.satisfaction > 1))
            FuzzSupport::violated("satisfaction is a share", QString::number(t.satisfaction));
    }

    BusinessHours hours;
    hours.timeZone = "Europe/Berlin";
    hours.holidays = {QDate(2024, 12, 25)};
    const ServiceReview review = ServiceReview::build(reviewed(), hours, log, {});
    if (review.overall.volume != log.tickets.size())
        FuzzSupport::violated(
            "a review without dates counts every ticket",
            QStringLiteral("%1 of %2").arg(review.overall.volume).arg(log.tickets.size()));
    int inPeriods = 0;
    for (const PeriodFigures &p : review.periods)
        inPeriods += p.volume;
    if (inPeriods != review.overall.volume)
        FuzzSupport::violated("the periods add up to the whole");
    int byUrgency = 0;
    for (const ReviewGroup &g : review.overall.byUrgency) {
        byUrgency += g.volume;
        if (g.response.withinTarget > g.response.withTarget
            || g.response.withTarget > g.response.measured)
            FuzzSupport::violated("attainment counts stay nested");
    }
    if (byUrgency != review.overall.volume)
        FuzzSupport::violated("the urgencies add up to the whole");
}

} // namespace TicketChecks
