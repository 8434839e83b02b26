#include "agreementgenerator.h"

#include "storage/agreementfile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>

#include <algorithm>
#include <array>

namespace {

// splitmix64: tiny, fast, and unlike the std:: distributions it gives the
// same numbers with every compiler and standard library.
class Rng
{
public:
    explicit Rng(quint64 seed)
        : m_state(seed)
    {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return static_cast<int>(next() % static_cast<quint64>(n)); }
    // True with a probability of perMille / 1000.
    bool chance(int perMille) { return below(1000) < perMille; }

    template <typename List>
    QString pick(const List &list)
    {
        return QString::fromUtf8(list[static_cast<std::size_t>(below(int(std::size(list))))]);
    }

private:
    quint64 m_state;
};

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

// --- vocabulary, in the words of docs/architecture.md

constexpr std::array sites = {
    "head office",     "Lyon office",    "Zürich branch",     "São Paulo plant",
    "Leeds warehouse", "Dublin office",  "Kraków office",     "Rotterdam depot",
    "Austin lab",      "Malmö showroom", "Porto call centre", "Nagoya workshop",
};

constexpr std::array areaNames = {
    "Help desk",
    "Monitoring and alerting",
    "Endpoint management",
    "Patch management",
    "Security operations",
    "Security governance",
    "Backup and recovery",
    "Microsoft 365",
    "Identity and access",
    "Network",
    "Cloud infrastructure",
    "Line-of-business applications",
    "Projects",
    "Vendor management",
    "Onboarding and offboarding",
    "Documentation",
    "Asset management",
    "Compliance",
};

struct SystemSpec {
    const char *name;
    const char *kind;
    System::Criticality criticality;
};

constexpr std::array systemSpecs = {
    SystemSpec{"Microsoft 365 tenant", "cloud service", System::Criticality::Critical},
    SystemSpec{"Windows laptops", "endpoints", System::Criticality::High},
    SystemSpec{"macOS laptops", "endpoints", System::Criticality::Medium},
    SystemSpec{"Perimeter firewall", "network", System::Criticality::Critical},
    SystemSpec{"Backup platform", "platform", System::Criticality::High},
    SystemSpec{"Entra ID directory", "identity", System::Criticality::Critical},
    SystemSpec{"ERP system", "line-of-business application", System::Criticality::Critical},
    SystemSpec{"CRM platform", "line-of-business application", System::Criticality::High},
    SystemSpec{"Azure subscription", "cloud service", System::Criticality::High},
    SystemSpec{"Wi-Fi network", "network", System::Criticality::Medium},
    SystemSpec{"File servers", "server", System::Criticality::Medium},
    SystemSpec{"VPN gateway", "network", System::Criticality::High},
    SystemSpec{"Email security gateway", "cloud service", System::Criticality::High},
    SystemSpec{"Mobile phones", "endpoints", System::Criticality::Low},
    SystemSpec{"Printers and scanners", "endpoints", System::Criticality::Low},
    SystemSpec{"Door access system", "facility", System::Criticality::Medium},
};

constexpr std::array taskVerbs = {
    "Triage",    "Resolve",      "Monitor",  "Review", "Patch",     "Update",
    "Configure", "Troubleshoot", "Document", "Renew",  "Test",      "Replace",
    "Restore",   "Clean up",     "Deploy",   "Track",  "Reconcile", "Handle",
};
constexpr std::array securityVerbs = {
    "Investigate", "Remediate",        "Contain",
    "Harden",      "Review alerts on", "Tune detection rules for",
    "Scan",        "Enforce MFA for",  "Rotate credentials for",
    "Report on",
};
constexpr std::array approvalVerbs = {
    "Approve", "Sign off on", "Decide on", "Authorise", "Set priorities for", "Accept the risk of",
};
constexpr std::array projectVerbs = {
    "Plan and run", "Scope", "Deliver", "Coordinate", "Pilot", "Close out",
};

constexpr std::array objects = {
    "password reset requests",
    "endpoint protection alerts",
    "failed backup jobs",
    "Microsoft 365 licence assignments",
    "VPN connection issues",
    "printer queue problems",
    "shared mailbox permissions",
    "conditional access policies",
    "firewall rule changes",
    "server disk space warnings",
    "meeting room devices",
    "SharePoint site permissions",
    "laptop hardware faults",
    "new starter accounts",
    "leaver account removals",
    "guest access to Teams",
    "Windows feature updates",
    "third-party application patches",
    "mobile device enrolments",
    "Wi-Fi access point outages",
    "DNS and DHCP changes",
    "certificate renewals",
    "privileged access requests",
    "phishing reports from staff",
    "vulnerability scan findings",
    "restore tests of critical data",
    "software licence renewals",
    "asset inventory changes",
    "line-of-business app updates",
    "email delivery problems",
    "multi-factor authentication resets",
    "local admin rights requests",
    "security awareness campaigns",
    "change requests to core systems",
    "storage capacity forecasts",
    "vendor support cases",
    "cloud cost anomalies",
    "domain name renewals",
    "network switch firmware",
    "disaster recovery runbooks",
};
constexpr std::array projects = {
    "Microsoft 365 migration", "SharePoint clean-up",     "firewall upgrade",
    "office expansion",        "hardware refresh",        "documentation clean-up",
    "backup platform upgrade", "identity and access",     "cloud migration",
    "Wi-Fi refresh",           "disk encryption rollout", "Intune enrolment",
};
// %s: a site, %y: a system.
constexpr std::array qualifiers = {
    "for remote staff",
    "at the %s",
    "during business hours",
    "after hours and at weekends",
    "for VIP users",
    "for the finance department",
    "on the %y",
    "within the agreed response target",
    "before month-end close",
    "for the warehouse team",
    "across all sites",
    "for new starters",
    "with the vendor",
    "for contractors",
    "ahead of the quarterly review",
    "for the sales team",
};

// %o: the duty's object, %y: a system, %s: a site, %f: a frequency,
// %m: minutes.
constexpr std::array sentences = {
    "The provider works the queue and records each step in the ticketing system.",
    "Internal IT decides when business context or an approval is needed.",
    "Covers the %y at the %s, including after-hours callouts.",
    "Escalate to internal IT after %m minutes without progress.",
    "Evidence goes into the documentation platform %f.",
    "Results are reported to leadership in the monthly service review.",
    "Changes follow the agreed change window and need a rollback plan.",
    "Users hear the outcome by e-mail and in the self-service portal.",
    "A vendor case is opened when the fault lies in their product.",
    "Follows the runbook kept in the shared documentation space.",
    "Counts toward the response and resolution targets in the agreement.",
    "Exceptions are logged and looked at in the next quarterly review.",
    "Applies to all %o raised through the service desk.",
    "Security-relevant findings go to internal IT the same day.",
    "Keeps licence counts and costs within the approved budget.",
    "The asset owner signs off before anything is removed or replaced.",
    "Checked %f against the baseline agreed at onboarding.",
    "On-site work at the %s stays with internal IT.",
};

constexpr std::array frequencies = {
    "daily", "weekly", "monthly", "quarterly", "per request", "per incident", "yearly",
};
constexpr std::array controls = {
    "NIST CSF PR.AA-01", "NIST CSF PR.PS-02", "NIST CSF DE.CM-01", "NIST CSF RS.MA-01",
    "NIST CSF GV.RM-01", "CIS 1.1",           "CIS 4.1",           "CIS 5.3",
    "CIS 6.5",           "CIS 7.3",           "CIS 10.1",          "CIS 11.2",
    "CIS 14.1",          "ISO 27001 A.8.8",
};
constexpr std::array notes = {
    "Agreed at the onboarding workshop.",
    "Review after the first three months.",
    "Temporary until the new hire starts.",
    "See the runbook for the exact steps.",
};

constexpr std::array categories = {
    "Password reset",  "Hardware",          "Software",       "Microsoft 365",
    "Network",         "Security incident", "Access request", "Backup and restore",
    "Printing",        "Onboarding",        "Offboarding",    "Business application",
    "Project request",
};
constexpr std::array locations = {"Head office", "Lyon office", "Leeds warehouse", "Remote"};

constexpr int InternalId = 1;
constexpr int ProviderId = 2;
constexpr int LeadershipId = 3;
constexpr int VendorId = 4;

QString fill(QString text, Rng &rng, const QString &object, const QString &system)
{
    text.replace(QLatin1String("%o"), object);
    text.replace(QLatin1String("%y"), system);
    text.replace(QLatin1String("%s"), rng.pick(sites));
    text.replace(QLatin1String("%f"), rng.pick(frequencies));
    text.replace(QLatin1String("%m"), QString::number(30 * (1 + rng.below(8))));
    return text;
}

// Cuts at the last word that fits, so no title ends mid-word.
QString cutAtWord(const QString &text, qsizetype max)
{
    if (text.size() <= max)
        return text;
    const qsizetype space = text.lastIndexOf(QLatin1Char(' '), max);
    return text.left(space > 0 ? space : max);
}

QString makeTitle(Rng &rng, Duty::Kind kind, const QString &object, const QString &system)
{
    QString title;
    switch (kind) {
    case Duty::Kind::Task:
        title = rng.pick(taskVerbs) + QLatin1Char(' ') + object;
        break;
    case Duty::Kind::Security:
        title = rng.pick(securityVerbs) + QLatin1Char(' ') + object;
        break;
    case Duty::Kind::Approval:
        title = rng.pick(approvalVerbs) + QLatin1Char(' ') + object;
        break;
    case Duty::Kind::Project:
        title = rng.pick(projectVerbs) + QLatin1String(" the ") + rng.pick(projects)
                + QLatin1String(" project");
        break;
    }
    // One qualifier, sometimes two, then as many as it takes to reach 40.
    const int wanted = 1 + (rng.chance(350) ? 1 : 0);
    for (int i = 0; (i < wanted || title.size() < 40) && i < 4; ++i)
        title += QLatin1Char(' ') + fill(rng.pick(qualifiers), rng, object, system);
    title = cutAtWord(title, 80);
    while (title.endsWith(QLatin1String(" the")) || title.endsWith(QLatin1String(" and"))
           || title.endsWith(QLatin1String(" for")) || title.endsWith(QLatin1String(" at"))
           || title.endsWith(QLatin1String(" on")) || title.endsWith(QLatin1String(" with")))
        title.truncate(title.lastIndexOf(QLatin1Char(' ')));
    if (title.size() < 40)
        title += QLatin1String(" at the ") + rng.pick(sites);
    return cutAtWord(title, 80);
}

QString makeDescription(Rng &rng, const QString &object, const QString &system)
{
    QString text;
    for (int attempt = 0; attempt < 8 && text.size() < 150; ++attempt) {
        const QString sentence = fill(rng.pick(sentences), rng, object, system);
        if (text.size() + 1 + sentence.size() > 182)
            continue;
        if (!text.isEmpty())
            text += QLatin1Char(' ');
        text += sentence;
    }
    return text;
}

Raci roles(const char *text)
{
    return Raci::parse(QString::fromLatin1(text)).value_or(Raci());
}

// A healthy spread by kind: exactly one A, one or two R, internal IT holds
// a role wherever the provider or the vendor does the work.
void assignRoles(Rng &rng, Duty &duty)
{
    const int variant = rng.below(100);
    switch (duty.kind) {
    case Duty::Kind::Task:
        if (variant < 30) {
            // Routine work the provider owns outright, with internal IT told.
            duty.setRoles(ProviderId, roles("A/R"));
            duty.setRoles(InternalId, roles("I"));
        } else if (variant < 60) {
            duty.setRoles(ProviderId, roles("R"));
            duty.setRoles(InternalId, roles("A"));
        } else if (variant < 85) {
            duty.setRoles(InternalId, roles("A/R"));
            duty.setRoles(ProviderId, roles(rng.chance(500) ? "C" : "I"));
        } else {
            duty.setRoles(ProviderId, roles("R"));
            duty.setRoles(InternalId, roles("A/R"));
        }
        if (rng.chance(200))
            duty.setRoles(LeadershipId, roles("I"));
        if (rng.chance(100))
            duty.setRoles(VendorId, roles("C"));
        break;
    case Duty::Kind::Security:
        duty.setRoles(ProviderId, roles("R"));
        duty.setRoles(InternalId, roles("A"));
        if (variant < 25)
            duty.setRoles(VendorId, roles("R"));
        else if (variant < 55)
            duty.setRoles(VendorId, roles("C"));
        if (rng.chance(500))
            duty.setRoles(LeadershipId, roles("I"));
        break;
    case Duty::Kind::Approval:
        if (variant < 75) {
            duty.setRoles(InternalId, roles("A/R"));
            duty.setRoles(LeadershipId, roles(rng.chance(500) ? "C" : "I"));
        } else {
            duty.setRoles(LeadershipId, roles("A"));
            duty.setRoles(InternalId, roles("R"));
        }
        duty.setRoles(ProviderId, roles("C"));
        break;
    case Duty::Kind::Project:
        duty.setRoles(ProviderId, roles("R"));
        duty.setRoles(InternalId, roles("A"));
        duty.setRoles(LeadershipId, roles(rng.chance(600) ? "C" : "I"));
        duty.setRoles(VendorId, roles(variant < 30 ? "R" : "C/I"));
        break;
    }
}

// About 1.5% of duties carry one of the faults the health check reports,
// so the check runs its reporting paths too, as on a real draft.
void spoil(Rng &rng, Duty &duty)
{
    switch (rng.below(5)) {
    case 0: // nobody owns the outcome
        for (auto it = duty.roles.begin(); it != duty.roles.end(); ++it)
            *it = it->accountable() && !it->responsible() ? roles("I")
                                                          : it->without(Raci::Accountable);
        break;
    case 1: // two owners
        duty.setRoles(ProviderId, duty.rolesOf(ProviderId).with(Raci::Accountable));
        break;
    case 2: // a decision handed to the provider
        duty.kind = Duty::Kind::Approval;
        duty.roles.clear();
        duty.setRoles(ProviderId, roles("A/R"));
        duty.setRoles(InternalId, roles("C"));
        break;
    case 3: // work hidden behind the vendor wall
        duty.roles.clear();
        duty.setRoles(ProviderId, roles("A/R"));
        break;
    case 4: // nobody at all
        duty.roles.clear();
        break;
    }
}

Duty::Kind pickKind(Rng &rng)
{
    const int n = rng.below(100);
    if (n < 55)
        return Duty::Kind::Task;
    if (n < 75)
        return Duty::Kind::Security;
    if (n < 90)
        return Duty::Kind::Approval;
    return Duty::Kind::Project;
}

// A name from a list of bases, made unique with a site and then a number
// once the bases run out.
QString uniqueName(const char *base, int index, int baseCount)
{
    const int round = index / baseCount;
    QString name = u8(base);
    if (round == 0)
        return name;
    const int site = (round - 1) % int(sites.size());
    name += QStringLiteral(" – ") + u8(sites[static_cast<std::size_t>(site)]);
    const int lap = (round - 1) / int(sites.size());
    if (lap > 0)
        name += QLatin1Char(' ') + QString::number(lap + 1);
    return name;
}

void addParties(Agreement &a)
{
    a.parties = {
        Party{InternalId, u8("Internal IT"), u8("IT"), Party::Kind::Internal,
              QStringLiteral("#1f5fbf")},
        Party{ProviderId, u8("Bluepeak Managed Services"), u8("MSP"), Party::Kind::Provider,
              QStringLiteral("#e07b00")},
        Party{LeadershipId, u8("Leadership"), u8("LEAD"), Party::Kind::Leadership,
              QStringLiteral("#444444")},
        Party{VendorId, u8("Fabrikam Network Services"), u8("VEN"), Party::Kind::Vendor,
              QStringLiteral("#2e8b57")},
    };
    a.nextId = VendorId + 1;
}

struct ToolSpec {
    const char *name;
    const char *category;
    int ownerId;
    // Access of internal IT, provider, leadership, vendor.
    std::array<ToolAccess::Level, 4> levels;
};

void addTools(Agreement &a)
{
    using L = ToolAccess::Level;
    // The security console leaves internal IT out on purpose: one finding.
    static constexpr std::array specs = {
        ToolSpec{"Service desk", "ticketing", InternalId, {L::Admin, L::Operate, L::Read, L::None}},
        ToolSpec{"IT documentation wiki",
                 "documentation",
                 InternalId,
                 {L::Admin, L::Operate, L::None, L::Read}},
        ToolSpec{"Remote monitoring and management",
                 "monitoring",
                 ProviderId,
                 {L::Read, L::Admin, L::None, L::None}},
        ToolSpec{"Endpoint management",
                 "endpoint management",
                 InternalId,
                 {L::Admin, L::Admin, L::None, L::None}},
        ToolSpec{"Microsoft 365 admin centre",
                 "m365 admin",
                 InternalId,
                 {L::Admin, L::Operate, L::None, L::None}},
        ToolSpec{"Security alert console",
                 "security alerts",
                 ProviderId,
                 {L::None, L::Admin, L::None, L::Read}},
        ToolSpec{"Backup reporting portal",
                 "backup reporting",
                 ProviderId,
                 {L::Read, L::Admin, L::Read, L::None}},
        ToolSpec{"Asset inventory",
                 "asset inventory",
                 InternalId,
                 {L::Admin, L::Operate, L::Read, L::None}},
        ToolSpec{"Project tracker",
                 "project tracking",
                 InternalId,
                 {L::Admin, L::Operate, L::Read, L::Operate}},
        ToolSpec{
            "Password vault", "credentials", InternalId, {L::Admin, L::Operate, L::None, L::None}},
    };
    static constexpr std::array partyIds = {InternalId, ProviderId, LeadershipId, VendorId};
    for (const ToolSpec &spec : specs) {
        Tool tool;
        tool.id = a.takeId();
        tool.name = u8(spec.name);
        tool.category = u8(spec.category);
        tool.ownerId = spec.ownerId;
        for (std::size_t p = 0; p < partyIds.size(); ++p) {
            if (spec.levels[p] == L::None)
                continue;
            ToolAccess access;
            access.level = spec.levels[p];
            access.role = ToolAccess::levelName(spec.levels[p]);
            access.approvedBy = u8("IT manager");
            access.mfaRequired = spec.levels[p] == L::Admin;
            if (partyIds[p] == VendorId)
                access.expires = QDate(2027, 12, 31);
            tool.access.insert(partyIds[p], access);
        }
        a.tools.append(tool);
    }
}

void addRules(Agreement &a)
{
    using U = EscalationRule::Urgency;
    using M = EscalationRule::Match;
    using T = EscalationRule::Trigger;
    struct RuleSpec {
        const char *name;
        const char *category;
        U minUrgency;
        const char *location;
        M vip;
        M afterHours;
        int first;
        int escalateTo;
        T trigger;
        int after;
    };
    static constexpr std::array specs = {
        RuleSpec{"VIP users", "", U::Low, "", M::Yes, M::Any, InternalId, 0, T::None, 0},
        RuleSpec{"After hours", "", U::High, "", M::Any, M::Yes, ProviderId, InternalId,
                 T::Unresolved, 60},
        RuleSpec{"Critical security incidents", "Security incident", U::Critical, "", M::Any,
                 M::Any, ProviderId, InternalId, T::SecurityIncident, 0},
        RuleSpec{"Security incidents", "Security incident", U::Low, "", M::Any, M::Any, ProviderId,
                 InternalId, T::Unresolved, 60},
        RuleSpec{"Business application faults", "Business application", U::Low, "", M::Any, M::Any,
                 InternalId, VendorId, T::NeedsBusinessContext, 0},
        RuleSpec{"Access requests", "Access request", U::Low, "", M::Any, M::Any, ProviderId,
                 InternalId, T::NeedsApproval, 0},
        RuleSpec{"Password resets", "Password reset", U::Low, "", M::Any, M::Any, ProviderId, 0,
                 T::None, 0},
        RuleSpec{"Hardware at head office", "Hardware", U::Low, "Head office", M::Any, M::Any,
                 InternalId, ProviderId, T::Unresolved, 240},
        RuleSpec{"Hardware in Lyon", "Hardware", U::Low, "Lyon office", M::Any, M::Any, InternalId,
                 ProviderId, T::Unresolved, 240},
        RuleSpec{"Hardware for remote staff", "Hardware", U::Low, "Remote", M::Any, M::Any,
                 ProviderId, InternalId, T::Unresolved, 480},
        RuleSpec{"Hardware", "Hardware", U::Low, "", M::Any, M::Any, ProviderId, InternalId,
                 T::Unresolved, 240},
        RuleSpec{"Software", "Software", U::Low, "", M::Any, M::Any, ProviderId, InternalId,
                 T::Unresolved, 120},
        RuleSpec{"Microsoft 365", "Microsoft 365", U::Low, "", M::Any, M::Any, ProviderId,
                 InternalId, T::NeedsApproval, 0},
        RuleSpec{"Urgent network faults", "Network", U::High, "", M::Any, M::Any, ProviderId,
                 VendorId, T::Unresolved, 30},
        RuleSpec{"Network", "Network", U::Low, "", M::Any, M::Any, ProviderId, InternalId,
                 T::Unresolved, 120},
        RuleSpec{"Backup and restore", "Backup and restore", U::Low, "", M::Any, M::Any, ProviderId,
                 InternalId, T::NeedsApproval, 0},
        RuleSpec{"Printing", "Printing", U::Low, "", M::Any, M::Any, ProviderId, 0, T::None, 0},
        RuleSpec{"Onboarding", "Onboarding", U::Low, "", M::Any, M::Any, InternalId, ProviderId,
                 T::Unresolved, 480},
        RuleSpec{"Offboarding", "Offboarding", U::Low, "", M::Any, M::Any, ProviderId, InternalId,
                 T::NeedsApproval, 0},
        RuleSpec{"Project requests", "Project request", U::Low, "", M::Any, M::Any, InternalId,
                 LeadershipId, T::NeedsApproval, 0},
        RuleSpec{"Everything else", "", U::Low, "", M::Any, M::Any, ProviderId, InternalId,
                 T::Unresolved, 240},
    };
    for (const RuleSpec &spec : specs) {
        EscalationRule rule;
        rule.id = a.takeId();
        rule.name = u8(spec.name);
        rule.category = u8(spec.category);
        rule.minUrgency = spec.minUrgency;
        rule.location = u8(spec.location);
        rule.vip = spec.vip;
        rule.afterHours = spec.afterHours;
        rule.firstResponderId = spec.first;
        rule.escalateToId = spec.escalateTo;
        rule.trigger = spec.trigger;
        rule.escalateAfterMinutes = spec.after;
        rule.responseMinutes = {480, 240, 60, 15};
        rule.resolutionMinutes = {2880, 1440, 480, 240};
        rule.afterHoursHandlerId = spec.first == InternalId ? ProviderId : 0;
        a.rules.append(rule);
    }
}

void addDetails(Agreement &a, int duties)
{
    AgreementDetails &d = a.details;
    d.title = u8("Co-managed IT agreement – Northwind Traders");
    d.client = u8("Northwind Traders");
    d.provider = u8("Bluepeak Managed Services");
    d.modelId = u8("full-hybrid");
    d.effectiveDate = QDate(2025, 1, 6);
    d.reviewMonths = 6;
    // Far ahead so the figures do not change the day the review falls due.
    d.nextReview = QDate(2035, 1, 6);
    d.status = AgreementDetails::Status::InReview;
    d.revision = 3;
    d.signatories = {
        Signatory{u8("Dana Whitfield"), u8("CFO"), LeadershipId, {}, {}},
        Signatory{u8("Priya Natarajan"), u8("IT manager"), InternalId, {}, {}},
        Signatory{u8("Sam Okafor"), u8("Account manager"), ProviderId, {}, {}},
    };
    for (const char *category : categories)
        d.ticketCategories.append({u8(category), 0});
    for (const char *location : locations)
        d.locations.append(u8(location));
    d.notes = u8("Generated for benchmarks: %1 duties.").arg(duties);

    Assessment &s = a.assessment;
    s.set(QStringLiteral("users"), 400 + duties / 10);
    s.set(QStringLiteral("devices"), 650 + duties / 6);
    s.set(QStringLiteral("locations"), int(locations.size()));
    s.set(QStringLiteral("itStaff"), 4 + duties / 2000);
    s.set(QStringLiteral("monthlyTickets"), 900 + duties / 4);
    s.set(QStringLiteral("afterHoursCoverage"), false);
    s.set(QStringLiteral("securityStaff"), false);
    s.set(QStringLiteral("projectBacklog"), 7);
    s.set(QStringLiteral("complianceNeeds"), QStringList{u8("cyber insurance"), u8("PCI DSS")});
}

QByteArray csvField(const QString &text)
{
    QString field = text;
    // Spreadsheet formula injection: a leading = + - @ is neutralised.
    if (!field.isEmpty() && QStringLiteral("=+-@").contains(field.front()))
        field.prepend(QLatin1Char('\''));
    const bool quote = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"'))
                       || field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'));
    if (quote) {
        field.replace(QLatin1String("\""), QLatin1String("\"\""));
        field = QLatin1Char('"') + field + QLatin1Char('"');
    }
    return field.toUtf8();
}

} // namespace

Agreement AgreementGenerator::generate(int duties, quint32 seed)
{
    Rng rng(seed ^ (quint64(duties) << 32));
    Agreement a;
    addParties(a);
    addDetails(a, duties);

    const int areaCount = std::max(1, (duties + 12) / 25);
    for (int i = 0; i < areaCount; ++i) {
        Area area;
        area.id = a.takeId();
        area.name =
            uniqueName(areaNames[std::size_t(i) % areaNames.size()], i, int(areaNames.size()));
        a.areas.append(area);
    }
    // Each category is covered by one area, spread over them in turn.
    for (qsizetype i = 0; i < a.details.ticketCategories.size(); ++i)
        a.details.ticketCategories[i].areaId = a.areas.at(i % a.areas.size()).id;

    const int systemCount = std::max(8, duties / 50);
    for (int i = 0; i < systemCount; ++i) {
        const SystemSpec &spec = systemSpecs[std::size_t(i) % systemSpecs.size()];
        System system;
        system.id = a.takeId();
        system.name = uniqueName(spec.name, i, int(systemSpecs.size()));
        system.kind = u8(spec.kind);
        system.criticality = spec.criticality;
        a.systems.append(system);
    }

    addTools(a);
    addRules(a);

    a.duties.reserve(duties);
    for (int i = 0; i < duties; ++i) {
        Duty duty;
        duty.id = a.takeId();
        // Duties come grouped by area, as in a real matrix.
        duty.areaId = a.areas.at(qsizetype(qint64(i) * areaCount / duties)).id;
        const bool hasSystem = rng.chance(800);
        const System *system = hasSystem ? &a.systems.at(rng.below(systemCount)) : nullptr;
        if (system)
            duty.systemId = system->id;
        duty.kind = pickKind(rng);
        const QString object = rng.pick(objects);
        const QString systemName =
            system ? system->name
                   : u8(systemSpecs[std::size_t(rng.below(int(systemSpecs.size())))].name);
        duty.title = makeTitle(rng, duty.kind, object, systemName);
        duty.description = makeDescription(rng, object, systemName);
        duty.frequency = rng.pick(frequencies);
        const int controlCount = duty.kind == Duty::Kind::Security ? 1 + rng.below(2)
                                 : rng.chance(250)                 ? 1
                                                                   : 0;
        for (int c = 0; c < controlCount; ++c)
            duty.controls.append(rng.pick(controls));
        const int toolCount = rng.below(3);
        for (int t = 0; t < toolCount; ++t) {
            const int toolId = a.tools.at(rng.below(int(a.tools.size()))).id;
            if (!duty.toolIds.contains(toolId))
                duty.toolIds.append(toolId);
        }
        if (rng.chance(100))
            duty.notes = rng.pick(notes);
        assignRoles(rng, duty);
        if (rng.chance(15))
            spoil(rng, duty);
        a.duties.append(std::move(duty));
    }
    return a;
}

QByteArray AgreementGenerator::matrixCsv(const Agreement &agreement)
{
    QHash<int, QString> areaNames;
    for (const Area &area : agreement.areas)
        areaNames.insert(area.id, area.name);

    QByteArray out;
    // About 280 bytes a row; one allocation instead of dozens for 100k rows.
    out.reserve(300 * (agreement.duties.size() + 1));
    out += "Area,Duty,Description";
    for (const Party &party : agreement.parties)
        out += ',' + csvField(party.name);
    out += "\r\n";
    for (const Duty &duty : agreement.duties) {
        out += csvField(areaNames.value(duty.areaId));
        out += ',' + csvField(duty.title);
        out += ',' + csvField(duty.description);
        for (const Party &party : agreement.parties)
            out += ',' + csvField(duty.rolesOf(party.id).toString());
        out += "\r\n";
    }
    return out;
}

Status AgreementGenerator::write(const Agreement &agreement, const QString &dutymapPath,
                                 const QString &csvPath)
{
    if (Status saved = AgreementFile::save(agreement, dutymapPath); !saved)
        return saved;
    if (csvPath.isEmpty())
        return {};
    QSaveFile csv(csvPath);
    if (!csv.open(QIODevice::WriteOnly) || csv.write(matrixCsv(agreement)) < 0 || !csv.commit())
        return Status::failure(
            QCoreApplication::translate("AgreementGenerator", "Cannot write %1: %2")
                .arg(QFileInfo(csvPath).fileName(), csv.errorString()));
    return {};
}
