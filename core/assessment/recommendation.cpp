#include "assessment/recommendation.h"

#include "assessment/assessmentquestions.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Recommendation)
};

using Points = std::array<int, Recommendation::ModelCount>;
using Sentence = std::optional<QString>;

// Points in model order: help desk overflow, security and tool support,
// project and escalation support, full hybrid.
constexpr Points helpdesk(int hd, int hybrid = 0)
{
    return {hd, 0, 0, hybrid};
}
constexpr Points security(int sec, int hybrid = 0)
{
    return {0, sec, 0, hybrid};
}
constexpr Points project(int proj, int hybrid = 0)
{
    return {0, 0, proj, hybrid};
}
constexpr Points hybrid(int hyb)
{
    return {0, 0, 0, hyb};
}

struct Answers {
    const Assessment &a;
    std::optional<int> n(const char *key) const { return a.number(QLatin1String(key)); }
    bool yes(const char *key) const { return a.yesNo(QLatin1String(key)) == true; }
    bool no(const char *key) const { return a.yesNo(QLatin1String(key)) == false; }
    QString text(const char *key) const { return a.text(QLatin1String(key)); }
    bool is(const char *key, const char *value) const
    {
        return a.text(QLatin1String(key)) == QLatin1String(value);
    }
};

// The basic controls step 1 reviews; "missing" counts those answered No.
const char *const controlKeys[] = {"edr", "mfaForAll", "testedBackups", "centralLogging",
                                   "securityAwareness"};

QStringList missingControls(const Answers &x)
{
    QStringList missing;
    for (const char *key : controlKeys)
        if (x.no(key))
            missing.append(AssessmentQuestions::find(QLatin1String(key))->label());
    if (x.is("patchCadence", "irregular"))
        missing.append(Tr::tr("Regular patching"));
    return missing;
}

bool supportPressure(const Answers &x)
{
    const auto tickets = x.n("monthlyTickets");
    const auto staff = x.n("itStaff");
    const bool load = tickets && staff && *tickets > 150 * std::max(1, *staff);
    return load || x.no("afterHoursCoverage") || x.yes("signReactive")
           || x.yes("signSlowWhenAbsent");
}

bool securityPressure(const Answers &x)
{
    return x.no("securityStaff") || missingControls(x).size() >= 2 || x.yes("signSecurityGrowing");
}

bool projectPressure(const Answers &x)
{
    return x.n("projectBacklog").value_or(0) >= 3 || x.yes("signProjectsSlip")
           || x.n("oldestProjectMonths").value_or(0) >= 6;
}

struct Rule {
    const char *id;
    QStringList keys;
    std::function<Sentence(const Answers &)> when;
    Points points;
};

QStringList keys(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *k : list)
        out.append(QLatin1String(k));
    return out;
}

// The whole judgement, one line a rule: which answers it reads, when it
// applies (with the sentence a manager reads), and whom it favours.
const QList<Rule> &rules()
{
    static const QList<Rule> table = {
        // Help desk and coverage: the help desk overflow model.
        {"ticket-load-high", keys({"monthlyTickets", "itStaff"}),
         [](const Answers &x) -> Sentence {
             const auto t = x.n("monthlyTickets");
             const auto s = x.n("itStaff");
             if (!t || !s || *t <= 150 * std::max(1, *s))
                 return {};
             return Tr::tr(
                        "%1 tickets a month fall on %n internal IT people (%2 each): the provider "
                        "can take routine tickets off them.",
                        nullptr, *s)
                 .arg(*t)
                 .arg(*t / std::max(1, *s));
         },
         helpdesk(3, 1)},
        {"ticket-load-low", keys({"monthlyTickets", "itStaff"}),
         [](const Answers &x) -> Sentence {
             const auto t = x.n("monthlyTickets");
             const auto s = x.n("itStaff");
             if (!t || !s || *s == 0 || *t >= 60 * *s)
                 return {};
             return Tr::tr("At %1 tickets a month for each internal IT person, the help desk "
                           "load is manageable.")
                 .arg(*t / *s);
         },
         helpdesk(-2)},
        {"users-per-staff", keys({"users", "itStaff"}),
         [](const Answers &x) -> Sentence {
             const auto u = x.n("users");
             const auto s = x.n("itStaff");
             if (!u || !s || *u <= 100 * std::max(1, *s))
                 return {};
             return Tr::tr("%1 users share %n internal IT people, more than 100 each.", nullptr, *s)
                 .arg(*u);
         },
         helpdesk(2, 1)},
        {"no-after-hours", keys({"afterHoursCoverage"}),
         [](const Answers &x) -> Sentence {
             if (!x.no("afterHoursCoverage"))
                 return {};
             return Tr::tr("Nobody covers urgent tickets after hours today; the provider can.");
         },
         helpdesk(2, 1)},
        {"after-hours-share", keys({"afterHoursShare"}),
         [](const Answers &x) -> Sentence {
             const auto share = x.n("afterHoursShare");
             if (!share || *share < 15)
                 return {};
             return Tr::tr("%1 % of tickets arrive after hours.").arg(*share);
         },
         helpdesk(1)},
        {"absence-slows", keys({"vacationCoverage", "signSlowWhenAbsent"}),
         [](const Answers &x) -> Sentence {
             if (!x.no("vacationCoverage") && !x.yes("signSlowWhenAbsent"))
                 return {};
             return Tr::tr("Response slows when someone is away: a second team keeps tickets "
                           "moving.");
         },
         helpdesk(2, 1)},
        {"always-reactive", keys({"signReactive"}),
         [](const Answers &x) -> Sentence {
             if (!x.yes("signReactive"))
                 return {};
             return Tr::tr("The team is always reacting; routine tickets should leave its desk.");
         },
         helpdesk(2, 1)},
        {"helpdesk-skills-thin", keys({"skillHelpDesk"}),
         [](const Answers &x) -> Sentence {
             if (!x.is("skillHelpDesk", "none"))
                 return {};
             return Tr::tr("Internal IT has no help desk experience of its own.");
         },
         helpdesk(1)},

        // Security: the security and tool support model.
        {"no-security-staff", keys({"securityStaff"}),
         [](const Answers &x) -> Sentence {
             if (!x.no("securityStaff"))
                 return {};
             return Tr::tr("Nobody in internal IT is dedicated to security: the provider can "
                           "do that work without a hire.");
         },
         security(2, 1)},
        {"controls-missing",
         keys({"edr", "mfaForAll", "testedBackups", "centralLogging", "securityAwareness",
               "patchCadence"}),
         [](const Answers &x) -> Sentence {
             const QStringList missing = missingControls(x);
             if (missing.size() < 2)
                 return {};
             return Tr::tr("Basic security controls are missing: %1.")
                 .arg(missing.join(QStringLiteral("; ")));
         },
         security(3, 1)},
        {"controls-in-place",
         keys({"edr", "mfaForAll", "testedBackups", "centralLogging", "securityAwareness",
               "patchCadence"}),
         [](const Answers &x) -> Sentence {
             for (const char *key : controlKeys)
                 if (!x.yes(key))
                     return {};
             if (!x.is("patchCadence", "monthly") && !x.is("patchCadence", "weekly"))
                 return {};
             return Tr::tr("The basic security controls are all in place.");
         },
         security(-2)},
        {"compliance", keys({"complianceNeeds"}),
         [](const Answers &x) -> Sentence {
             const QStringList needs = x.a.list(QStringLiteral("complianceNeeds"));
             if (needs.isEmpty())
                 return {};
             return Tr::tr("Compliance needs (%1) call for evidence, reporting and steady "
                           "security work.")
                 .arg(needs.join(QStringLiteral(", ")));
         },
         security(2, 1)},
        {"security-growing", keys({"signSecurityGrowing"}),
         [](const Answers &x) -> Sentence {
             if (!x.yes("signSecurityGrowing"))
                 return {};
             return Tr::tr("Security duties keep growing.");
         },
         security(2, 1)},
        {"depth-needed", keys({"signDepthNeeded"}),
         [](const Answers &x) -> Sentence {
             if (!x.yes("signDepthNeeded"))
                 return {};
             return Tr::tr("The team needs more Microsoft 365 or security depth than it has.");
         },
         security(2)},
        {"security-skills-none", keys({"skillSecurity"}),
         [](const Answers &x) -> Sentence {
             if (!x.is("skillSecurity", "none"))
                 return {};
             return Tr::tr("Internal IT has no security skills of its own.");
         },
         security(1)},
        {"security-skills-strong", keys({"skillSecurity"}),
         [](const Answers &x) -> Sentence {
             if (!x.is("skillSecurity", "strong"))
                 return {};
             return Tr::tr("Internal IT has strong security skills.");
         },
         security(-2)},
        {"backups-untested", keys({"backupPractice"}),
         [](const Answers &x) -> Sentence {
             if (!x.is("backupPractice", "none") && !x.is("backupPractice", "untested"))
                 return {};
             return Tr::tr("Backups are not proven by test restores.");
         },
         security(1, 1)},

        // Projects: the project and escalation model.
        {"project-backlog", keys({"projectBacklog"}),
         [](const Answers &x) -> Sentence {
             const auto b = x.n("projectBacklog");
             if (!b || *b < 3)
                 return {};
             return Tr::tr("%1 projects are waiting for people: the provider's senior "
                           "engineers can staff them.")
                 .arg(*b);
         },
         project(3, 1)},
        {"no-backlog", keys({"projectBacklog"}),
         [](const Answers &x) -> Sentence {
             if (x.n("projectBacklog") != 0)
                 return {};
             return Tr::tr("No projects are waiting for people.");
         },
         project(-2)},
        {"old-project", keys({"oldestProjectMonths"}),
         [](const Answers &x) -> Sentence {
             const auto m = x.n("oldestProjectMonths");
             if (!m || *m < 6)
                 return {};
             return Tr::tr("The oldest waiting project has waited %n months.", nullptr, *m);
         },
         project(2)},
        {"projects-slip", keys({"signProjectsSlip"}),
         [](const Answers &x) -> Sentence {
             if (!x.yes("signProjectsSlip"))
                 return {};
             return Tr::tr("Projects slip behind tickets.");
         },
         project(2, 1)},
        {"capable-team",
         keys({"skillHelpDesk", "skillEndpoints"}),
         [](const Answers &x) -> Sentence {
             if (!x.is("skillHelpDesk", "strong") || !x.is("skillEndpoints", "strong"))
                 return {};
             return Tr::tr("Internal IT handles day-to-day support well; what it lacks is room "
                           "for large work and hard escalations.");
         },
         {-2, 0, 2, 0}},
        {"project-skills-thin", keys({"skillProjects", "skillCloud"}),
         [](const Answers &x) -> Sentence {
             if (!x.is("skillProjects", "none") && !x.is("skillCloud", "none"))
                 return {};
             return Tr::tr("Internal IT lacks project or cloud experience.");
         },
         project(1)},
        {"network-heavy", keys({"networkNeeds", "locations"}),
         [](const Answers &x) -> Sentence {
             const auto sites = x.n("locations");
             if (!x.is("networkNeeds", "much") && sites.value_or(0) <= 3)
                 return {};
             if (sites.value_or(0) > 3)
                 return Tr::tr("%1 locations need network and infrastructure work.").arg(*sites);
             return Tr::tr("Much network and infrastructure work is needed.");
         },
         project(1, 1)},

        // A long-term shared model: full hybrid.
        {"growth", keys({"signGrowthOutpacesIt"}),
         [](const Answers &x) -> Sentence {
             if (!x.yes("signGrowthOutpacesIt"))
                 return {};
             return Tr::tr("The business grows faster than IT: a long-term shared model grows "
                           "with it.");
         },
         hybrid(3)},
        {"maturity", keys({"signMaturity"}),
         [](const Answers &x) -> Sentence {
             if (!x.yes("signMaturity"))
                 return {};
             return Tr::tr("Leadership wants more maturity without outsourcing IT.");
         },
         hybrid(2)},
        {"single-person", keys({"signSinglePerson"}),
         [](const Answers &x) -> Sentence {
             if (!x.yes("signSinglePerson"))
                 return {};
             return Tr::tr("One person holds critical knowledge: a shared model spreads it.");
         },
         hybrid(2)},
        {"one-person-it",
         keys({"itStaff"}),
         [](const Answers &x) -> Sentence {
             const auto s = x.n("itStaff");
             if (!s || *s > 1)
                 return {};
             return Tr::tr("Internal IT is one person or fewer.");
         },
         {1, 0, 0, 2}},
        {"large-and-thin", keys({"users", "itStaff"}),
         [](const Answers &x) -> Sentence {
             const auto u = x.n("users");
             const auto s = x.n("itStaff");
             if (!u || !s || *u <= 250 || *s > 3)
                 return {};
             return Tr::tr("%1 users with %n internal IT people need more than one kind of help.",
                           nullptr, *s)
                 .arg(*u);
         },
         hybrid(2)},
        {"pressure-everywhere",
         keys({"monthlyTickets", "itStaff", "afterHoursCoverage", "securityStaff",
               "projectBacklog"}),
         [](const Answers &x) -> Sentence {
             if (!supportPressure(x) || !securityPressure(x) || !projectPressure(x))
                 return {};
             return Tr::tr("Support, security and projects all need help at once: one model "
                           "that shares all three fits best.");
         },
         hybrid(3)},
    };
    return table;
}

// The answers that decide most; a recommendation needs most of them.
const char *const keyQuestions[] = {"monthlyTickets",     "itStaff",       "users",
                                    "afterHoursCoverage", "securityStaff", "projectBacklog"};
constexpr int enoughKeyAnswers = 4;
// A second model this close to the first is worth naming.
constexpr int closeMargin = 2;

} // namespace

const std::array<QString, Recommendation::ModelCount> &Recommendation::modelIds()
{
    static const std::array<QString, ModelCount> ids = {
        QStringLiteral("helpdesk-overflow"), QStringLiteral("security-tools"),
        QStringLiteral("project-escalation"), QStringLiteral("full-hybrid")};
    return ids;
}

int Recommendation::modelIndex(QStringView modelId)
{
    for (int i = 0; i < ModelCount; ++i)
        if (modelIds()[size_t(i)] == modelId)
            return i;
    return -1;
}

int Recommendation::score(QStringView modelId) const
{
    const int i = modelIndex(modelId);
    return i < 0 ? 0 : scores[size_t(i)];
}

QStringList Recommendation::reasonsFor(QStringView modelId, bool raised) const
{
    const int i = modelIndex(modelId);
    QStringList out;
    if (i < 0)
        return out;
    for (const Factor &f : factors) {
        const int p = f.points[size_t(i)];
        if (raised ? p > 0 : p < 0)
            out.append(f.sentence);
    }
    return out;
}

QStringList Recommendation::decisiveKeys() const
{
    QStringList out;
    for (const AssessmentQuestion &q : AssessmentQuestions::all()) {
        const QString key = QLatin1String(q.key);
        for (const Factor &f : factors)
            if (f.keys.contains(key) && !unknown.contains(key)) {
                out.append(key);
                break;
            }
    }
    return out;
}

Recommendation recommend(const Assessment &assessment)
{
    Recommendation r;
    for (const AssessmentQuestion &q : AssessmentQuestions::all())
        if (!assessment.isAnswered(QLatin1String(q.key)))
            r.unknown.append(QLatin1String(q.key));

    const Answers x{assessment};
    for (const Rule &rule : rules()) {
        const Sentence sentence = rule.when(x);
        if (!sentence)
            continue;
        r.factors.append({QLatin1String(rule.id), *sentence, rule.points, rule.keys});
        for (size_t i = 0; i < r.scores.size(); ++i)
            r.scores[i] += rule.points[i];
    }

    int known = 0;
    for (const char *key : keyQuestions) {
        if (assessment.isAnswered(QLatin1String(key)))
            ++known;
        else
            r.mattersMost.append(QLatin1String(key));
    }
    if (known < enoughKeyAnswers)
        return r;
    r.mattersMost.clear();

    // Highest score wins; ties go to the earlier, narrower model.
    int best = 0;
    for (int i = 1; i < Recommendation::ModelCount; ++i)
        if (r.scores[size_t(i)] > r.scores[size_t(best)])
            best = i;
    if (r.scores[size_t(best)] <= 0) {
        // Nothing presses: extra senior capacity is the gentle first step.
        const int gentle = Recommendation::modelIndex(u"project-escalation");
        r.factors.append({QStringLiteral("no-pressure"),
                          Tr::tr("No pressing need showed: senior help for escalations and "
                                 "projects is the gentle first step."),
                          project(1),
                          {}});
        r.scores[size_t(gentle)] += 1;
        best = gentle;
    }
    r.recommended = Recommendation::modelIds()[size_t(best)];
    int second = -1;
    for (int i = 0; i < Recommendation::ModelCount; ++i)
        if (i != best && (second < 0 || r.scores[size_t(i)] > r.scores[size_t(second)]))
            second = i;
    if (r.scores[size_t(second)] > 0
        && r.scores[size_t(best)] - r.scores[size_t(second)] <= closeMargin)
        r.runnerUp = Recommendation::modelIds()[size_t(second)];
    return r;
}
