#include "assessment/assessmentquestions.h"
#include "assessment/recommendation.h"
#include "assessment/tailoring.h"
#include "checks/healthcheck.h"
#include "exchange/jsonformat.h"
#include "report/reportbuilder.h"
#include "templates/templatelibrary.h"

#include <QJsonDocument>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {

// Answers written as the answers file has them, so a profile reads like one.
Assessment answers(const char *json)
{
    const QJsonObject o = QJsonDocument::fromJson(QByteArray(json)).object();
    Result<Assessment> a = AssessmentQuestions::fromJson(o, QStringLiteral("profile"));
    INFO(a.error().toStdString());
    REQUIRE(a.ok());
    return a.value();
}

bool hasFactor(const Recommendation &r, const char *rule)
{
    for (const Recommendation::Factor &f : r.factors)
        if (f.rule == QLatin1String(rule))
            return true;
    return false;
}

const TemplateLibrary &library()
{
    static const TemplateLibrary l = TemplateLibrary::load({}, true);
    return l;
}

Agreement fromModel(const char *model)
{
    Result<Agreement> a = library().instantiate(QLatin1String(model), {});
    REQUIRE(a.ok());
    return a.value();
}

const Duty *dutyWithKey(const Agreement &a, const char *key)
{
    for (const Duty &d : a.duties)
        if (d.key == QLatin1String(key))
            return &d;
    return nullptr;
}

bool hasAdjustment(const Tailoring &t, const char *rule)
{
    for (const Tailoring::Adjustment &adj : t.adjustments)
        if (adj.rule == QLatin1String(rule))
            return true;
    return false;
}

int errorsOf(const Agreement &a)
{
    const QList<Finding> findings = HealthCheck::run(a);
    for (const Finding &f : findings)
        if (f.severity == Finding::Severity::Error)
            UNSCOPED_INFO(f.message.toStdString());
    return HealthCheck::count(findings, Finding::Severity::Error);
}

} // namespace

TEST_CASE("Every question has a unique key, a label and a section", "[assessment]")
{
    QSet<QString> keys;
    for (const AssessmentQuestion &q : AssessmentQuestions::all()) {
        const QString key = QLatin1String(q.key);
        CHECK_FALSE(keys.contains(key));
        keys.insert(key);
        CHECK_FALSE(q.label().isEmpty());
        CHECK_FALSE(q.sectionName().isEmpty());
        if (q.kind == AssessmentQuestion::Kind::Choice || q.kind == AssessmentQuestion::Kind::Level)
            CHECK(q.choices.size() >= 2);
        CHECK(AssessmentQuestions::find(key) == &q);
    }
    // Everything step 1 reviews has a question.
    for (const char *key : {"monthlyTickets",
                            "afterHoursShare",
                            "users",
                            "devices",
                            "locations",
                            "locationNames",
                            "itStaff",
                            "skillHelpDesk",
                            "skillEndpoints",
                            "skillNetwork",
                            "skillM365",
                            "skillSecurity",
                            "skillCloud",
                            "skillProjects",
                            "securityStaff",
                            "edr",
                            "mfaForAll",
                            "testedBackups",
                            "centralLogging",
                            "patchCadence",
                            "securityAwareness",
                            "complianceNeeds",
                            "m365",
                            "backupPractice",
                            "networkNeeds",
                            "afterHoursCoverage",
                            "vacationCoverage",
                            "projectBacklog",
                            "oldestProjectMonths",
                            "signReactive",
                            "signProjectsSlip",
                            "signSecurityGrowing",
                            "signSinglePerson",
                            "signSlowWhenAbsent",
                            "signGrowthOutpacesIt",
                            "signDepthNeeded",
                            "signMaturity",
                            "notes"})
        CHECK(keys.contains(QLatin1String(key)));
}

TEST_CASE("A profile clearly for help desk overflow", "[assessment]")
{
    const Recommendation r = recommend(answers(R"({
        "monthlyTickets": 900, "users": 400, "itStaff": 2, "afterHoursCoverage": false,
        "securityStaff": true, "edr": true, "mfaForAll": true, "testedBackups": true,
        "centralLogging": true, "securityAwareness": true, "patchCadence": "monthly",
        "projectBacklog": 0, "signReactive": true})"));
    CHECK(r.recommended == QStringLiteral("helpdesk-overflow"));
    CHECK(r.runnerUp.isEmpty());
    CHECK(hasFactor(r, "ticket-load-high"));
    CHECK(hasFactor(r, "controls-in-place"));
    const QStringList reasons = r.reasonsFor(r.recommended);
    REQUIRE_FALSE(reasons.isEmpty());
    CHECK(reasons.first()
          == QStringLiteral("900 tickets a month fall on 2 internal IT people (450 each): the "
                            "provider can take routine tickets off them."));
    CHECK(r.reasonsFor(u"security-tools", false)
              .contains(QStringLiteral("The basic security controls are all in place.")));
}

TEST_CASE("A profile clearly for security and tool support", "[assessment]")
{
    const Recommendation r = recommend(answers(R"({
        "monthlyTickets": 150, "users": 80, "itStaff": 3, "afterHoursCoverage": true,
        "securityStaff": false, "edr": false, "mfaForAll": false, "centralLogging": false,
        "complianceNeeds": ["HIPAA"], "projectBacklog": 0})"));
    CHECK(r.recommended == QStringLiteral("security-tools"));
    CHECK(hasFactor(r, "controls-missing"));
    CHECK(r.reasonsFor(r.recommended)
              .contains(QStringLiteral("Basic security controls are missing: Endpoint detection "
                                       "and response on every device; Multi-factor "
                                       "authentication for all users; Central logging of key "
                                       "systems.")));
    CHECK(hasFactor(r, "ticket-load-low"));
}

TEST_CASE("A profile clearly for project and escalation support", "[assessment]")
{
    const Recommendation r = recommend(answers(R"({
        "monthlyTickets": 320, "users": 150, "itStaff": 4, "afterHoursCoverage": true,
        "securityStaff": true, "skillHelpDesk": "strong", "skillEndpoints": "strong",
        "projectBacklog": 6, "oldestProjectMonths": 9, "signProjectsSlip": true})"));
    CHECK(r.recommended == QStringLiteral("project-escalation"));
    CHECK(r.runnerUp.isEmpty());
    CHECK(hasFactor(r, "capable-team"));
    CHECK(r.reasonsFor(r.recommended)
              .contains(QStringLiteral("The oldest waiting project has waited 9 months.")));
}

TEST_CASE("A profile clearly for full hybrid", "[assessment]")
{
    const Recommendation r = recommend(answers(R"({
        "monthlyTickets": 600, "users": 300, "itStaff": 1, "afterHoursCoverage": false,
        "securityStaff": false, "projectBacklog": 4, "signGrowthOutpacesIt": true,
        "signSinglePerson": true})"));
    CHECK(r.recommended == QStringLiteral("full-hybrid"));
    CHECK(hasFactor(r, "pressure-everywhere"));
    CHECK(hasFactor(r, "one-person-it"));
}

TEST_CASE("A borderline profile names the close runner-up", "[assessment]")
{
    // Support strain and missing security controls weigh nearly the same.
    const Recommendation r = recommend(answers(R"({
        "monthlyTickets": 500, "users": 200, "itStaff": 3, "afterHoursCoverage": true,
        "securityStaff": false, "edr": false, "mfaForAll": false, "projectBacklog": 1,
        "signReactive": true})"));
    CHECK(r.recommended == QStringLiteral("helpdesk-overflow"));
    CHECK(r.runnerUp == QStringLiteral("security-tools"));
    CHECK(r.score(u"helpdesk-overflow") - r.score(u"security-tools") <= 2);
}

TEST_CASE("A borderline profile between projects and hybrid", "[assessment]")
{
    const Recommendation r = recommend(answers(R"({
        "monthlyTickets": 200, "users": 260, "itStaff": 3, "afterHoursCoverage": true,
        "securityStaff": true, "projectBacklog": 5, "signMaturity": true,
        "networkNeeds": "much"})"));
    CHECK(r.recommended == QStringLiteral("full-hybrid"));
    CHECK(r.runnerUp == QStringLiteral("project-escalation"));
}

TEST_CASE("Mostly don't know recommends nothing and says what matters", "[assessment]")
{
    const Recommendation r = recommend(answers(R"({
        "users": 120, "itStaff": null, "signReactive": true, "notes": "First call."})"));
    CHECK(r.recommended.isEmpty());
    CHECK(r.mattersMost
          == QStringList({QStringLiteral("monthlyTickets"), QStringLiteral("itStaff"),
                          QStringLiteral("afterHoursCoverage"), QStringLiteral("securityStaff"),
                          QStringLiteral("projectBacklog")}));
    CHECK(r.unknown.contains(QStringLiteral("itStaff")));
    CHECK_FALSE(r.unknown.contains(QStringLiteral("users")));

    const Recommendation none = recommend({});
    CHECK(none.recommended.isEmpty());
    CHECK(none.factors.isEmpty());
    CHECK(none.unknown.size() == AssessmentQuestions::all().size());
}

TEST_CASE("A contradictory profile weighs both sides and says so", "[assessment]")
{
    // Security staff on paper, yet no skills and no controls; a light ticket
    // load, yet a team that feels always reactive.
    const Recommendation r = recommend(answers(R"({
        "monthlyTickets": 90, "users": 60, "itStaff": 2, "afterHoursCoverage": true,
        "securityStaff": true, "skillSecurity": "none", "edr": false, "mfaForAll": false,
        "testedBackups": false, "projectBacklog": 0, "signReactive": true})"));
    CHECK(r.recommended == QStringLiteral("security-tools"));
    CHECK(hasFactor(r, "ticket-load-low"));
    CHECK(hasFactor(r, "always-reactive"));
    CHECK_FALSE(r.reasonsFor(u"helpdesk-overflow", false).isEmpty());
    CHECK_FALSE(r.reasonsFor(u"helpdesk-overflow", true).isEmpty());
}

TEST_CASE("No pressing need points gently to project and escalation support", "[assessment]")
{
    const Recommendation r = recommend(answers(R"({
        "monthlyTickets": 100, "users": 90, "itStaff": 3, "afterHoursCoverage": true,
        "securityStaff": true, "projectBacklog": 1})"));
    CHECK(r.recommended == QStringLiteral("project-escalation"));
    CHECK(hasFactor(r, "no-pressure"));
}

TEST_CASE("The answers file is read strictly", "[assessment]")
{
    const auto read = [](const char *json) {
        return AssessmentQuestions::fromJson(QJsonDocument::fromJson(QByteArray(json)).object(),
                                             QStringLiteral("answers.json"));
    };
    CHECK(read(R"({"users": 10, "afterHoursCoverage": null})").ok());
    CHECK(read(R"({"userz": 10})").error()
          == QStringLiteral("answers.json: “userz” is not a question of the assessment."));
    CHECK(read(R"({"users": "ten"})").error()
          == QStringLiteral("answers.json: the answer “users” must be a whole number from 0 to "
                            "100000000, or null."));
    CHECK(read(R"({"afterHoursShare": 140})").error().contains(QStringLiteral("from 0 to 100")));
    CHECK(read(R"({"securityStaff": 1})").error().contains(QStringLiteral("true, false")));
    CHECK(read(R"({"m365": "e7"})").error().contains(QStringLiteral("business-premium")));
    CHECK(
        read(R"({"skillCloud": "great"})").error().contains(QStringLiteral("none, some, strong")));
    CHECK(
        read(R"({"locationNames": ["Leeds", "leeds"]})").error().contains(QStringLiteral("twice")));
    CHECK(read(R"({"locationNames": [""]})").ok() == false);

    // Round trip through JSON keeps every kind of answer.
    const Assessment a = answers(R"({"users": 10, "afterHoursShare": 20, "edr": false,
        "skillCloud": "some", "m365": "e3", "complianceNeeds": ["SOC 2"], "notes": "x"})");
    CHECK(AssessmentQuestions::fromJson(AssessmentQuestions::toJson(a), {}).value() == a);
}

TEST_CASE("Answers an older Dutymap wrote still read", "[assessment]")
{
    // It always wrote all ten keys, with zeros and false for "not asked".
    const Assessment empty = answers(R"({"users": 0, "devices": 0, "locations": 0,
        "itStaff": 0, "monthlyTickets": 0, "afterHoursCoverage": false, "securityStaff": false,
        "projectBacklog": 0, "complianceNeeds": [], "notes": ""})");
    CHECK(empty.isEmpty());
    const Assessment filled = answers(R"({"users": 250, "devices": 0, "locations": 2,
        "itStaff": 2, "monthlyTickets": 600, "afterHoursCoverage": false, "securityStaff": true,
        "projectBacklog": 4, "complianceNeeds": ["cyber insurance"], "notes": "Jan."})");
    CHECK(filled.number(QStringLiteral("users")) == 250);
    CHECK_FALSE(filled.isAnswered(QStringLiteral("devices")));
    CHECK(filled.yesNo(QStringLiteral("afterHoursCoverage")) == false);
    CHECK(filled.list(QStringLiteral("complianceNeeds"))
          == QStringList{QStringLiteral("cyber insurance")});
}

TEST_CASE("Tailoring: no after-hours coverage hands after-hours work to the provider",
          "[assessment][tailoring]")
{
    const Agreement base = fromModel("project-escalation");
    const Party *msp = base.firstOfKind(Party::Kind::Provider);
    const Party *it = base.firstOfKind(Party::Kind::Internal);
    const Tailoring t =
        tailor(base, answers(R"({"afterHoursCoverage": false})"), library().catalog());
    CHECK(hasAdjustment(t, "after-hours"));
    const Duty *d = dutyWithKey(t.agreement, "after-hours-support");
    REQUIRE(d);
    CHECK(d->rolesOf(msp->id).responsible());
    CHECK(d->rolesOf(it->id).accountable());
    for (const EscalationRule &r : t.agreement.rules) {
        const int handler = r.afterHoursHandlerId ? r.afterHoursHandlerId : r.firstResponderId;
        if (r.afterHours != EscalationRule::Match::No)
            CHECK(handler != it->id);
    }
    CHECK(errorsOf(t.agreement) == 0);

    const Tailoring covered =
        tailor(base, answers(R"({"afterHoursCoverage": true})"), library().catalog());
    CHECK_FALSE(covered.changed());
    CHECK(covered.agreement == base);
}

TEST_CASE("Tailoring: one person holding knowledge gives documentation to the provider",
          "[assessment][tailoring]")
{
    const Agreement base = fromModel("helpdesk-overflow");
    const Party *msp = base.firstOfKind(Party::Kind::Provider);
    const Party *it = base.firstOfKind(Party::Kind::Internal);
    const Tailoring t = tailor(base, answers(R"({"signSinglePerson": true})"), library().catalog());
    CHECK(hasAdjustment(t, "knowledge"));
    for (const char *key : {"knowledge-transfer", "documentation-support"}) {
        const Duty *d = dutyWithKey(t.agreement, key);
        REQUIRE(d);
        CHECK(d->rolesOf(msp->id).responsible());
        CHECK(d->rolesOf(it->id).accountable());
        CHECK(d->countOf(Raci::Accountable) == 1);
        CHECK(d->countOf(Raci::Responsible) == 1);
    }
    CHECK(errorsOf(t.agreement) == 0);
    CHECK_FALSE(
        tailor(base, answers(R"({"signSinglePerson": false})"), library().catalog()).changed());
}

TEST_CASE("Tailoring: no security staff moves security operations, approvals stay internal",
          "[assessment][tailoring]")
{
    const Agreement base = fromModel("project-escalation");
    const Party *msp = base.firstOfKind(Party::Kind::Provider);
    const Party *it = base.firstOfKind(Party::Kind::Internal);
    const Tailoring t = tailor(base, answers(R"({"securityStaff": false})"), library().catalog());
    CHECK(hasAdjustment(t, "security-operations"));
    int securityArea = 0;
    for (const Area &a : t.agreement.areas)
        if (a.key == QLatin1String("security-ops"))
            securityArea = a.id;
    for (const Duty &d : t.agreement.duties) {
        if (d.areaId == securityArea)
            CHECK(d.rolesOf(msp->id).responsible());
        if (d.kind == Duty::Kind::Approval) {
            const Duty *before = dutyWithKey(base, d.key.toUtf8().constData());
            REQUIRE(before);
            CHECK(d.roles == before->roles);
            CHECK(d.rolesOf(it->id).accountable());
        }
    }
    CHECK(errorsOf(t.agreement) == 0);
    CHECK_FALSE(tailor(base, answers(R"({"securityStaff": true})"), library().catalog()).changed());
}

TEST_CASE("Tailoring: named locations become the sites with their on-site rules",
          "[assessment][tailoring]")
{
    const Agreement base = fromModel("full-hybrid");
    const Tailoring t = tailor(base, answers(R"({"locationNames": ["Leeds HQ", "York", "Hull"]})"),
                               library().catalog());
    CHECK(hasAdjustment(t, "sites"));
    CHECK(t.agreement.details.locations
          == QStringList(
              {QStringLiteral("Leeds HQ"), QStringLiteral("York"), QStringLiteral("Hull")}));
    QStringList located;
    for (const EscalationRule &r : t.agreement.rules)
        if (!r.location.isEmpty())
            located.append(r.location);
    CHECK(located == QStringList({QStringLiteral("York"), QStringLiteral("Hull")}));
    CHECK(HealthCheck::routing(t.agreement).isEmpty() == HealthCheck::routing(base).isEmpty());
    CHECK(errorsOf(t.agreement) == 0);
    CHECK_FALSE(tailor(base, answers(R"({"locations": 3})"), library().catalog()).changed());
}

TEST_CASE("Tailoring: compliance needs bring the compliance duties with their references",
          "[assessment][tailoring]")
{
    Agreement base = fromModel("helpdesk-overflow");
    // A user removed one of them; tailoring brings it back from the catalog.
    base.duties.removeIf(
        [](const Duty &d) { return d.key == QLatin1String("compliance-evidence"); });
    const Tailoring t =
        tailor(base, answers(R"({"complianceNeeds": ["HIPAA", "SOC 2", "Our bank"]})"),
               library().catalog());
    CHECK(hasAdjustment(t, "compliance"));
    const Duty *evidence = dutyWithKey(t.agreement, "compliance-evidence");
    REQUIRE(evidence);
    CHECK(evidence->controls.contains(QStringLiteral("HIPAA 164.308(a)(1)")));
    CHECK(evidence->controls.contains(QStringLiteral("SOC 2 CC4.1")));
    CHECK(evidence->controls.contains(QStringLiteral("Our bank")));
    const Duty *coordination = dutyWithKey(t.agreement, "compliance-coordination");
    REQUIRE(coordination);
    CHECK(coordination->controls.contains(QStringLiteral("HIPAA 164.308(a)(1)")));
    CHECK(errorsOf(t.agreement) == 0);
    CHECK_FALSE(tailor(fromModel("helpdesk-overflow"), answers(R"({"complianceNeeds": null})"),
                       library().catalog())
                    .changed());
}

TEST_CASE("Tailoring: no Microsoft 365 removes its area, duties, rules and tool",
          "[assessment][tailoring]")
{
    const Agreement base = fromModel("full-hybrid");
    const Tailoring t = tailor(base, answers(R"({"m365": "none"})"), library().catalog());
    CHECK(hasAdjustment(t, "no-m365"));
    for (const Area &a : t.agreement.areas)
        CHECK(a.key != QLatin1String("m365"));
    CHECK_FALSE(dutyWithKey(t.agreement, "m365-user-support"));
    CHECK(dutyWithKey(t.agreement, "m365-migration"));
    for (const Tool &tool : t.agreement.tools)
        CHECK(tool.key != QLatin1String("m365-admin"));
    for (const EscalationRule &r : t.agreement.rules)
        CHECK(r.category != QLatin1String("Microsoft 365"));
    CHECK(errorsOf(t.agreement) == 0);
    CHECK_FALSE(tailor(base, answers(R"({"m365": "e3"})"), library().catalog()).changed());
}

TEST_CASE("Every model tailored to every answer stays healthy, and tailoring twice changes nothing",
          "[assessment][tailoring]")
{
    const Assessment everything = answers(R"({
        "afterHoursCoverage": false, "signSinglePerson": true, "securityStaff": false,
        "locationNames": ["Head office", "Depot"], "complianceNeeds": ["PCI DSS"],
        "m365": "none"})");
    for (const QString &model : TemplateLibrary::builtInModelIds()) {
        INFO(model.toStdString());
        const Agreement base = fromModel(model.toUtf8().constData());
        const Tailoring once = tailor(base, everything, library().catalog());
        CHECK(once.changed());
        CHECK(once.skipped.isEmpty());
        CHECK(errorsOf(once.agreement) == 0);
        const Tailoring twice = tailor(once.agreement, everything, library().catalog());
        CHECK_FALSE(twice.changed());
        CHECK(twice.agreement == once.agreement);
    }
}

TEST_CASE("Tailoring without a provider party says why it could not act", "[assessment][tailoring]")
{
    Agreement a = fromModel("full-hybrid");
    a.parties.removeIf([](const Party &p) { return p.kind == Party::Kind::Provider; });
    const Tailoring t = tailor(a, answers(R"({"securityStaff": false})"), library().catalog());
    CHECK_FALSE(t.changed());
    REQUIRE(t.skipped.size() == 1);
    CHECK(t.skipped.first().contains(QStringLiteral("provider party")));
}

TEST_CASE("The report says what the assessment recommends and when the agreement differs",
          "[assessment][report]")
{
    Agreement a = fromModel("security-tools");
    a.assessment = answers(R"({"monthlyTickets": 900, "users": 400, "itStaff": 2,
        "afterHoursCoverage": false, "securityStaff": true, "projectBacklog": 0})");
    const report::Report r = ReportBuilder::build(a, {});
    const QString summary = r.summary.paragraphs.join(u'\n');
    CHECK(summary.contains(
        QStringLiteral("The assessment recommends the “Help desk overflow” model.")));
    CHECK(summary.contains(QStringLiteral("This agreement follows the “Security and tool support” "
                                          "model instead")));
    bool table = false;
    for (const report::Section &s : r.sections)
        if (s.id == QLatin1String("assessment"))
            table = !s.tables.isEmpty() && s.tables.first().rows.size() >= 4;
    CHECK(table);

    a.details.modelId = QStringLiteral("helpdesk-overflow");
    CHECK_FALSE(ReportBuilder::build(a, {}).summary.paragraphs.join(u'\n').contains(
        QStringLiteral("instead")));
}
