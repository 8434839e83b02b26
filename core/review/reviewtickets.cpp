#include "review/reviewtickets.h"

#include "model/agreement.h"
#include "review/reviewclock.h"
#include "review/ticketlog.h"
#include "routing/ticketrouter.h"

#include <QCoreApplication>
#include <QHash>

#include <array>
#include <climits>

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ServiceReview)
};

} // namespace

QString ReviewTickets::subjectKey(const QString &subject)
{
    QString folded = subject.toCaseFolded();
    // Replies and forwards are the same subject.
    static const std::array prefixes{u"re:", u"aw:", u"fw:", u"fwd:", u"wg:", u"tr:"};
    for (bool again = true; again;) {
        again = false;
        folded = folded.trimmed();
        for (QStringView prefix : prefixes) {
            if (folded.startsWith(prefix)) {
                folded.remove(0, prefix.size());
                again = true;
            }
        }
    }
    QString key;
    key.reserve(folded.size());
    bool space = false;
    bool digits = false;
    for (const QChar c : std::as_const(folded)) {
        if (c.isDigit()) {
            if (!digits)
                key += u'#';
            digits = true;
            space = false;
            continue;
        }
        digits = false;
        if (c.isLetter()) {
            if (space && !key.isEmpty())
                key += u' ';
            key += c;
            space = false;
        } else {
            space = true;
        }
    }
    return key;
}

QList<ReviewedTicket> ReviewTickets::classify(const Agreement &agreement,
                                              const BusinessHours &hours, const TicketLog &log,
                                              const ServiceReview &review,
                                              const ReviewOptions &options)
{
    QList<ReviewedTicket> out;
    if (!review.first.isValid() || !review.last.isValid() || review.last < review.first)
        return out;
    ReviewClock clock(hours);
    const TicketRouter router(agreement.rules);

    // Labels as the review spells them: the agreement's spelling first.
    QHash<QString, QString> categories;
    for (const TicketCategory &c : agreement.details.ticketCategories)
        categories.insert(c.name.toCaseFolded(), c.name);
    QHash<QString, QString> sites;
    for (const QString &site : agreement.details.locations)
        sites.insert(site.toCaseFolded(), site);
    const auto label = [](const QString &text, QHash<QString, QString> &known) {
        if (text.isEmpty())
            return text;
        const QString key = text.toCaseFolded();
        const auto it = known.constFind(key);
        if (it != known.cend())
            return *it;
        known.insert(key, text);
        return text;
    };
    const QString noCategory = Tr::tr("(no category)");

    QHash<int, int> partyOfText;
    const auto partyOf = [&](int text) {
        if (text < 0)
            return 0;
        if (const auto it = partyOfText.constFind(text); it != partyOfText.cend())
            return *it;
        const QString folded = log.text(text).toCaseFolded();
        int id = options.handlers.value(folded, 0);
        for (const Party &p : agreement.parties) {
            if (id == 0 && p.name.toCaseFolded() == folded)
                id = p.id;
        }
        for (const Party &p : agreement.parties) {
            if (id == 0 && !p.code.isEmpty() && p.code.toCaseFolded() == folded)
                id = p.id;
        }
        partyOfText.insert(text, id);
        return id;
    };

    const bool quarters = review.period == ReviewOptions::Period::Quarter;
    const auto periodOf = [&](QDate d) {
        return quarters ? d.year() * 4 + (d.month() - 1) / 3 : d.year() * 12 + d.month() - 1;
    };
    const int firstPeriod = periodOf(review.first);

    for (qsizetype i = 0; i < log.tickets.size(); ++i) {
        const TicketRecord &t = log.tickets.at(i);
        const QDate date = clock.localDate(t.created);
        if (date < review.first || date > review.last)
            continue;
        ReviewedTicket r;
        r.index = int(i);
        r.period = periodOf(date) - firstPeriod;
        r.category = label(log.text(t.category), categories);
        if (r.category.isEmpty())
            r.category = noCategory;
        r.site = label(log.text(t.site), sites);
        r.partyId = partyOf(t.team);
        if (r.partyId == 0 && t.agent >= 0)
            r.partyId = partyOf(t.agent);
        r.urgency = t.urgency;
        r.afterHours = clock.isAfterHours(t.created);
        if (t.subject >= 0)
            r.subject = subjectKey(log.text(t.subject));
        if (t.firstResponse != TicketRecord::NoTime)
            r.responseMinutes = int(std::min<qint64>((t.firstResponse - t.created) / 60, INT_MAX));
        if (t.resolved != TicketRecord::NoTime)
            r.resolutionMinutes = int(std::min<qint64>((t.resolved - t.created) / 60, INT_MAX));

        Ticket ticket;
        ticket.category = r.category == noCategory ? QString() : r.category;
        ticket.urgency = t.urgency;
        ticket.location = r.site;
        ticket.vip = t.vip;
        ticket.afterHours = r.afterHours;
        if (const std::optional<Route> route = router.route(ticket)) {
            r.covered = true;
            r.ruleId = route->ruleId;
            r.expectedPartyId = route->takenById;
            r.responseTarget = route->responseMinutes;
            r.resolutionTarget = route->resolutionMinutes;
        }
        out.append(r);
    }
    return out;
}
