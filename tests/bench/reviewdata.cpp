#include "reviewdata.h"

#include <QDateTime>
#include <QFile>
#include <QRandomGenerator>
#include <QStringList>

#include <array>
#include <cstdio>

namespace ReviewData {

namespace {

using Urgency = EscalationRule::Urgency;

constexpr int InternalIt = 1;
constexpr int Provider = 2;
constexpr int SecurityVendor = 3;

// Category, its share of tickets in per mille, and subjects people write.
struct CategorySpec {
    const char *name;
    int weight;
    std::array<const char *, 4> subjects;
};

constexpr std::array<CategorySpec, 12> categories{{
    {"Endpoint", 220, {"Laptop will not start", "Screen flickers", "Docking station", "Slow PC"}},
    {"Accounts", 180, {"Password reset", "Account locked", "New starter", "Leaver"}},
    {"Email", 110, {"Mailbox full", "Cannot send mail", "Shared mailbox access", "Spam"}},
    {"Network", 90, {"Wi-Fi drops", "VPN down", "No network in room", "Slow internet"}},
    {"Printing", 80, {"Printer jam", "Cannot print", "Toner low", "Scanner to mail"}},
    {"Applications", 80, {"ERP error", "Install software", "Licence request", "Teams crash"}},
    {"Telephony", 50, {"Desk phone dead", "Voicemail", "Mobile setup", "Call quality"}},
    {"Servers", 50, {"Disk full", "Service down", "Backup alert", "Patch failed"}},
    {"Security", 40, {"Phishing mail", "Malware alert", "Suspicious login", "Lost device"}},
    {"Cloud", 40, {"SharePoint access", "OneDrive sync", "Azure alert", "Tenant setting"}},
    {"Backup", 30, {"Restore a file", "Backup failed", "Restore a mailbox", "Retention"}},
    {"Facilities", 30, {"Meeting room screen", "Badge reader", "Desk booking", "Access card"}},
}};
constexpr const char *UncoveredCategory = "Facilities";

constexpr std::array sites{"Berlin",    "Hamburg", "Munich", "Cologne",
                           "Frankfurt", "Vienna",  "Zurich", "Remote"};

struct TeamSpec {
    const char *name;
    int party; // 0: no party (the agent decides, and it is unmapped)
    int weight;
};
constexpr std::array<TeamSpec, 7> teams{{
    {"Service Desk", InternalIt, 300},
    {"Field Services", InternalIt, 150},
    {"MSP Service Desk", Provider, 250},
    {"MSP NOC", Provider, 150},
    {"MSP Projects", Provider, 50},
    {"SOC", SecurityVendor, 90},
    {"", 0, 10},
}};

constexpr std::array agents{"Ann Becker", "Bob Meyer",   "Carla Diaz",  "Dev Patel",
                            "Eva Schulz", "Finn Larsen", "Gita Rao",    "Hugo Klein",
                            "Ines Costa", "Jon Berg",    "Kim Nguyen",  "Lea Wagner",
                            "Max Braun",  "Nora Weiss",  "Omar Haddad", "Pia Vogel"};

// P1 … P4 are critical … low, as HaloPSA's default priorities are.
constexpr std::array<std::pair<const char *, int>, 4> priorities{
    {{"P4", 150}, {"P3", 600}, {"P2", 200}, {"P1", 50}}};

template <typename Spec>
int pickWeighted(QRandomGenerator &rng, const Spec &specs, int total)
{
    int x = int(rng.bounded(quint32(total)));
    for (int i = 0; i < int(specs.size()); ++i) {
        x -= specs[size_t(i)].weight;
        if (x < 0)
            return i;
    }
    return int(specs.size()) - 1;
}

// "2025-03-01T08:00:00Z", as HaloPSA writes UTC times.
QByteArray iso(qint64 seconds)
{
    const QDateTime t = QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc());
    const QDate d = t.date();
    const QTime c = t.time();
    char text[24];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02dZ", d.year(), d.month(), d.day(),
                  c.hour(), c.minute(), c.second());
    return QByteArray(text);
}

// Minutes to first response: most within the target, a tail well beyond.
int responseMinutes(QRandomGenerator &rng, int target)
{
    const int base = target > 0 ? target : 240;
    const quint32 x = rng.bounded(100u);
    if (x < 80)
        return int(rng.bounded(quint32(base) + 1));
    if (x < 95)
        return base + int(rng.bounded(quint32(base) * 2 + 1));
    return base * 3 + int(rng.bounded(2880u));
}

} // namespace

int responseTarget(const QString &category, Urgency urgency)
{
    if (category == QLatin1String(UncoveredCategory))
        return 0;
    // Critical 15 minutes … low one working day; security tighter.
    static constexpr std::array<int, EscalationRule::UrgencyCount> usual{480, 240, 60, 15};
    const int minutes = usual[size_t(urgency)];
    return category == QLatin1String("Security") ? std::max(10, minutes / 2) : minutes;
}

Agreement agreement()
{
    Agreement a;
    a.details.title = QStringLiteral("Review benchmark");
    a.parties = {Party{InternalIt,
                       QStringLiteral("Internal IT"),
                       QStringLiteral("IT"),
                       Party::Kind::Internal,
                       {}},
                 Party{Provider,
                       QStringLiteral("Managed provider"),
                       QStringLiteral("MSP"),
                       Party::Kind::Provider,
                       {}},
                 Party{SecurityVendor,
                       QStringLiteral("SecureOps"),
                       QStringLiteral("SOC"),
                       Party::Kind::Vendor,
                       {}}};
    a.nextId = 100;
    for (const CategorySpec &c : categories)
        a.details.ticketCategories.append({QString::fromLatin1(c.name), 0});
    for (const char *site : sites)
        a.details.locations.append(QString::fromLatin1(site));
    BusinessHours hours;
    hours.timeZone = "UTC";
    a.details.businessHours = hours;

    const auto rule = [&](const QString &name, const QString &category, Urgency floor,
                          int responder) {
        EscalationRule r;
        r.id = a.takeId();
        r.name = name;
        r.category = category;
        r.minUrgency = floor;
        r.firstResponderId = responder;
        for (int u = 0; u < EscalationRule::UrgencyCount; ++u) {
            r.responseMinutes[size_t(u)] = responseTarget(category, Urgency(u));
            r.resolutionMinutes[size_t(u)] = r.responseMinutes[size_t(u)] * 8;
        }
        return r;
    };
    // After hours the provider takes endpoints and accounts; Vienna's network
    // is the provider's at any hour. They come first: the first match wins.
    for (const char *category : {"Endpoint", "Accounts", "Email", "Printing"}) {
        EscalationRule r = rule(QStringLiteral("%1 after hours").arg(QLatin1String(category)),
                                QString::fromLatin1(category), Urgency::Low, Provider);
        r.afterHours = EscalationRule::Match::Yes;
        a.rules.append(r);
    }
    for (const char *site : {"Vienna", "Zurich"}) {
        EscalationRule r = rule(QStringLiteral("Network in %1").arg(QLatin1String(site)),
                                QStringLiteral("Network"), Urgency::Low, Provider);
        r.location = QString::fromLatin1(site);
        a.rules.append(r);
    }
    for (const CategorySpec &c : categories) {
        const QString category = QString::fromLatin1(c.name);
        if (category == QLatin1String(UncoveredCategory))
            continue;
        const int owner =
            category == QLatin1String("Security") ? SecurityVendor
            : (category == QLatin1String("Servers") || category == QLatin1String("Network")
               || category == QLatin1String("Cloud"))
                ? Provider
                : InternalIt;
        for (Urgency floor : {Urgency::Critical, Urgency::High, Urgency::Normal, Urgency::Low}) {
            a.rules.append(
                rule(QStringLiteral("%1 from %2").arg(category, EscalationRule::urgencyKey(floor)),
                     category, floor, floor == Urgency::Critical ? Provider : owner));
        }
    }
    Q_ASSERT(a.rules.size() == RuleCount);
    return a;
}

QHash<QString, int> handlers()
{
    QHash<QString, int> map;
    for (const TeamSpec &t : teams) {
        if (t.party != 0)
            map.insert(QString::fromLatin1(t.name).toCaseFolded(), t.party);
    }
    return map;
}

Status writeTickets(const QString &path, int count)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Status::failure(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    QRandomGenerator rng(20240101);
    const qint64 start =
        QDateTime(QDate(2025, 1, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    const qint64 span = 365LL * 86400;
    int categoryTotal = 0;
    for (const CategorySpec &c : categories)
        categoryTotal += c.weight;
    int teamTotal = 0;
    for (const TeamSpec &t : teams)
        teamTotal += t.weight;
    int priorityTotal = 0;
    for (const auto &p : priorities)
        priorityTotal += p.second;

    QByteArray out = "id,summary,dateoccurred,responsedate,dateclosed,category_1,team,"
                     "agent,site_name,priority,feedback_score\n";
    out.reserve(4 << 20);
    for (int i = 0; i < count; ++i) {
        // Tickets arrive mostly in working hours on working days.
        qint64 created = start + qint64(rng.bounded(quint32(span / 60))) * 60;
        const qint64 dayStart = created - created % 86400;
        if (rng.bounded(100u) < 70)
            created = dayStart + (8 * 60 + qint64(rng.bounded(600u))) * 60;
        const CategorySpec &category =
            categories[size_t(pickWeighted(rng, categories, categoryTotal))];
        int priority = 0;
        for (int x = int(rng.bounded(quint32(priorityTotal)));
             x >= priorities[size_t(priority)].second; ++priority)
            x -= priorities[size_t(priority)].second;
        const Urgency urgency = Urgency(priority);
        const TeamSpec &team = teams[size_t(pickWeighted(rng, teams, teamTotal))];
        const int target = responseTarget(QString::fromLatin1(category.name), urgency);

        QByteArray subject = category.subjects[rng.bounded(4u)];
        const quint32 variant = rng.bounded(10u);
        if (variant == 0)
            subject = "RE: " + subject;
        else if (variant < 3)
            subject += " (" + QByteArray(sites[rng.bounded(quint32(sites.size()))]) + ")";
        else if (variant == 3)
            subject += " #" + QByteArray::number(rng.bounded(100000u));

        out += QByteArray::number(1'000'000 + i);
        out += ',';
        out += subject;
        out += ',';
        out += iso(created);
        out += ',';
        if (rng.bounded(100u) < 97)
            out += iso(created + qint64(responseMinutes(rng, target)) * 60);
        out += ',';
        if (rng.bounded(100u) < 92)
            out += iso(created + qint64(rng.bounded(20u * 24 * 60)) * 60);
        out += ',';
        if (rng.bounded(200u) != 0) // a few tickets nobody categorised
            out += category.name;
        out += ',';
        out += team.name;
        out += ',';
        out += agents[rng.bounded(quint32(agents.size()))];
        out += ',';
        out += sites[rng.bounded(quint32(sites.size()))];
        out += ',';
        out += priorities[size_t(priority)].first;
        out += ',';
        if (rng.bounded(10u) == 0)
            out += QByteArray::number(1 + rng.bounded(5u));
        out += '\n';
        if (out.size() > (4 << 20) - 512) {
            if (file.write(out) != out.size())
                return Status::failure(
                    QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
            out.clear();
        }
    }
    if (file.write(out) != out.size() || !file.flush())
        return Status::failure(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

QString sqliteScript(const QString &csvPath)
{
    QStringList lines{QStringLiteral(".bail on"), QStringLiteral(".mode csv"),
                      QStringLiteral(".import --csv '%1' tickets").arg(csvPath),
                      QStringLiteral("CREATE TABLE party_of(team TEXT PRIMARY KEY, party INT);")};
    for (const TeamSpec &t : teams) {
        if (t.party != 0)
            lines.append(QStringLiteral("INSERT INTO party_of VALUES('%1', %2);")
                             .arg(QLatin1String(t.name))
                             .arg(t.party));
    }
    lines.append(
        QStringLiteral("CREATE TABLE urgency_of(priority TEXT PRIMARY KEY, urgency INT);"));
    for (int u = 0; u < EscalationRule::UrgencyCount; ++u)
        lines.append(QStringLiteral("INSERT INTO urgency_of VALUES('%1', %2);")
                         .arg(QLatin1String(priorities[size_t(u)].first))
                         .arg(u));
    // The response target of the rule each category and urgency meets first.
    lines.append(QStringLiteral(
        "CREATE TABLE target(category TEXT, urgency INT, minutes INT, PRIMARY KEY(category, "
        "urgency));"));
    for (const CategorySpec &c : categories) {
        for (int u = 0; u < EscalationRule::UrgencyCount; ++u) {
            const int minutes = responseTarget(QString::fromLatin1(c.name), Urgency(u));
            if (minutes > 0)
                lines.append(QStringLiteral("INSERT INTO target VALUES('%1', %2, %3);")
                                 .arg(QLatin1String(c.name))
                                 .arg(u)
                                 .arg(minutes));
        }
    }
    // Plain lines out: csv mode would quote the empty category as "".
    lines.append(QStringLiteral(".mode list"));
    lines.append(QStringLiteral(".separator ,"));
    lines.append(QStringLiteral(
        "SELECT 'category', category_1, count(*) FROM tickets GROUP BY category_1;"));
    lines.append(QStringLiteral(
        "SELECT 'party', coalesce(p.party, 0), count(*) FROM tickets AS t LEFT JOIN party_of AS p "
        "ON p.team = t.team GROUP BY 2;"));
    lines.append(QStringLiteral(
        "SELECT 'urgency', u.urgency, count(*), sum((strftime('%s', t.responsedate) - "
        "strftime('%s', t.dateoccurred)) / 60 <= g.minutes) FROM tickets AS t JOIN urgency_of AS u "
        "ON u.priority = t.priority JOIN target AS g ON g.category = t.category_1 AND g.urgency = "
        "u.urgency WHERE t.responsedate <> '' GROUP BY u.urgency;"));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace ReviewData
