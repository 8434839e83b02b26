#include <catch2/catch.hpp>

#include "assessment/assessmentquestions.h"
#include "assessment/tailoring.h"
#include "checks/healthcheck.h"
#include "exchange/jsonformat.h"
#include "model/documentlanguage.h"
#include "model/frequency.h"
#include "report/reportbuilder.h"
#include "storage/agreementfile.h"
#include "templates/modelspec.h"
#include "templates/templatelibrary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTranslator>

#include <algorithm>

namespace {

const TemplateLibrary &library()
{
    static const TemplateLibrary l = TemplateLibrary::load({}, true);
    return l;
}

const QString German = QStringLiteral("de");

std::string text(const QString &s)
{
    return s.toStdString();
}

const Duty *dutyByKey(const Agreement &agreement, const char *key)
{
    for (const Duty &d : agreement.duties)
        if (d.key == QLatin1StringView(key))
            return &d;
    return nullptr;
}

// Words that are the same in German and English; every other German text
// that equals its English source was left untranslated.
bool sameInBothLanguages(const QString &word)
{
    static const QSet<QString> words{QStringLiteral("Microsoft 365"), QStringLiteral("IT"),
                                     QStringLiteral("MSP")};
    return words.contains(word);
}

void checkTranslated(const QString &where, const QString &english, const QString &german)
{
    if (english.isEmpty())
        return;
    INFO(text(where) << ": " << text(english));
    CHECK_FALSE(german.isEmpty());
    if (!sameInBothLanguages(english))
        CHECK(german != english);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

Agreement withFrequencies()
{
    Result<Agreement> made = library().instantiate(QStringLiteral("helpdesk-overflow"),
                                                   {QStringLiteral("Acme"), {}, {}, German});
    REQUIRE(made);
    Agreement a = made.value();
    REQUIRE(a.duties.size() >= 3);
    a.duties[0].frequency = Frequency::key(Frequency::Choice::Quarterly);
    a.duties[1].frequency = QStringLiteral("per request"); // as files before the choices hold
    a.duties[2].frequency = QStringLiteral("nach jeder Vorstandssitzung");
    return a;
}

} // namespace

TEST_CASE("Every template has a complete German translation", "[templates][translation]")
{
    INFO(text(library().problems().join(u'\n')));
    REQUIRE(library().problems().isEmpty());
    REQUIRE(library().languages() == QStringList{QStringLiteral("en"), German});
    // A key the templates have and the translation lacks.
    const QStringList missing = library().untranslated(German);
    INFO(text(missing.join(u'\n')));
    CHECK(missing.isEmpty());

    // A key translated to its own English words.
    const TemplateCatalog english = library().catalog();
    const TemplateCatalog german = library().catalog(German);
    for (qsizetype i = 0; i < english.areas().size(); ++i)
        checkTranslated(english.areas().at(i).id, english.areas().at(i).name,
                        german.areas().at(i).name);
    for (qsizetype i = 0; i < english.systems().size(); ++i) {
        const auto &en = english.systems().at(i);
        const auto &de = german.systems().at(i);
        checkTranslated(en.id, en.name, de.name);
        checkTranslated(en.id, en.kind, de.kind);
    }
    for (qsizetype i = 0; i < english.tools().size(); ++i) {
        const auto &en = english.tools().at(i);
        const auto &de = german.tools().at(i);
        checkTranslated(en.id, en.name, de.name);
        checkTranslated(en.id, en.category, de.category);
    }
    for (qsizetype i = 0; i < english.duties().size(); ++i) {
        const auto &en = english.duties().at(i);
        const auto &de = german.duties().at(i);
        checkTranslated(en.id, en.title, de.title);
        checkTranslated(en.id, en.description, de.description);
        if (Frequency::fromKey(en.frequency))
            CHECK(de.frequency == en.frequency); // a choice stays a key
        else
            checkTranslated(en.id, en.frequency, de.frequency);
    }

    const QList<ModelTemplate> englishModels = library().models();
    const QList<ModelTemplate> germanModels = library().models(German);
    REQUIRE(englishModels.size() == 4);
    for (qsizetype m = 0; m < englishModels.size(); ++m) {
        const ModelTemplate &en = englishModels.at(m);
        const ModelTemplate &de = germanModels.at(m);
        checkTranslated(en.id, en.name, de.name);
        checkTranslated(en.id, en.bestFor, de.bestFor);
        checkTranslated(en.id, en.summary, de.summary);
        Result<ModelSpec> spec = ModelSpec::parse(en.data, english);
        REQUIRE(spec);
        ModelSpec translated = spec.value();
        library().translation(German)->translate(translated);
        for (qsizetype i = 0; i < spec->parties.size(); ++i) {
            checkTranslated(en.id, spec->parties.at(i).party.name,
                            translated.parties.at(i).party.name);
            checkTranslated(en.id, spec->parties.at(i).party.code,
                            translated.parties.at(i).party.code);
        }
        for (qsizetype i = 0; i < spec->ticketCategories.size(); ++i)
            checkTranslated(en.id, spec->ticketCategories.at(i).name,
                            translated.ticketCategories.at(i).name);
        for (qsizetype i = 0; i < spec->locations.size(); ++i)
            checkTranslated(en.id, spec->locations.at(i), translated.locations.at(i));
        for (qsizetype i = 0; i < spec->rules.size(); ++i)
            checkTranslated(en.id, spec->rules.at(i).rule.name, translated.rules.at(i).rule.name);
        for (qsizetype t = 0; t < spec->tools.size(); ++t)
            for (qsizetype i = 0; i < spec->tools.at(t).access.size(); ++i)
                checkTranslated(en.id, spec->tools.at(t).access.at(i).access.role,
                                translated.tools.at(t).access.at(i).access.role);
    }
}

TEST_CASE("A key the German translation lacks is named", "[templates][translation]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    // Only the built-in English, plus a folder that translates one area.
    writeFile(dir.filePath(QStringLiteral("translations/fr/catalog.json")),
              R"({"format": "dutymap-catalog-translation", "formatVersion": 1,
                  "areas": {"help-desk": {"name": "Assistance aux utilisateurs"}}})");
    const TemplateLibrary withFrench = TemplateLibrary::load({dir.path()}, true);
    INFO(text(withFrench.problems().join(u'\n')));
    CHECK(withFrench.problems().isEmpty());
    CHECK(withFrench.languages().contains(QStringLiteral("fr")));
    const QStringList missing = withFrench.untranslated(QStringLiteral("fr"));
    CHECK_FALSE(missing.contains(QStringLiteral("areas.help-desk.name")));
    CHECK(missing.contains(QStringLiteral("areas.monitoring.name")));
    CHECK(missing.contains(QStringLiteral("duties.ticket-triage.title")));
    CHECK(missing.contains(QStringLiteral("duties.tier1-overflow.frequency")));
    CHECK_FALSE(missing.contains(QStringLiteral("duties.ticket-triage.frequency"))); // a choice
    CHECK(missing.contains(QStringLiteral("models.full-hybrid.rules.VIP users")));
    // What is there is used; what is not stays English.
    const TemplateCatalog french = withFrench.catalog(QStringLiteral("fr"));
    CHECK(french.area(QStringLiteral("help-desk"))->name
          == QStringLiteral("Assistance aux utilisateurs"));
    CHECK(french.area(QStringLiteral("monitoring"))->name
          == library().catalog().area(QStringLiteral("monitoring"))->name);
}

TEST_CASE("A broken translation file is skipped with the key at fault", "[templates][translation]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    writeFile(dir.filePath(QStringLiteral("translations/de/catalog.json")),
              R"({"format": "dutymap-catalog-translation",
                  "duties": {"no-such-duty": {"title": "Gibt es nicht"}}})");
    writeFile(dir.filePath(QStringLiteral("translations/de/models/full-hybrid.json")),
              R"({"format": "dutymap-model-translation", "model": "full-hybrid",
                  "rules": {"No such rule": "Keine Regel"}})");
    writeFile(dir.filePath(QStringLiteral("translations/de/models/unknown.json")),
              R"({"format": "dutymap-model-translation", "model": "no-such-model"})");
    writeFile(dir.filePath(QStringLiteral("translations/German/catalog.json")), "{}");
    const TemplateLibrary loaded = TemplateLibrary::load({dir.path()}, true);
    const QString problems = loaded.problems().join(u'\n');
    INFO(text(problems));
    CHECK(loaded.problems().size() == 4);
    CHECK(problems.contains(QStringLiteral("\"duties.no-such-duty\"")));
    CHECK(problems.contains(QStringLiteral("\"rules.No such rule\"")));
    CHECK(problems.contains(QStringLiteral("\"no-such-model\"")));
    CHECK(problems.contains(QStringLiteral("\"German\" is not a language code")));
    // The built-in German stays whole.
    CHECK(loaded.untranslated(German).isEmpty());
}

TEST_CASE("Creating an agreement in German gives German words", "[templates][translation]")
{
    for (const QString &id : TemplateLibrary::builtInModelIds()) {
        INFO(text(id));
        const Result<Agreement> english =
            library().instantiate(id, {QStringLiteral("Acme"), {}, {}, {}});
        const Result<Agreement> german =
            library().instantiate(id, {QStringLiteral("Acme"), {}, {}, German});
        REQUIRE(english);
        REQUIRE(german);
        CHECK(english->details.language == QStringLiteral("en"));
        CHECK(german->details.language == German);
        // The same agreement, only in other words.
        REQUIRE(german->duties.size() == english->duties.size());
        REQUIRE(german->rules.size() == english->rules.size());
        for (qsizetype i = 0; i < german->duties.size(); ++i) {
            CHECK(german->duties.at(i).key == english->duties.at(i).key);
            CHECK(german->duties.at(i).roles == english->duties.at(i).roles);
            CHECK(german->duties.at(i).title != english->duties.at(i).title);
        }
        for (const EscalationRule &rule : german->rules) {
            if (!rule.category.isEmpty())
                CHECK(std::any_of(
                    german->details.ticketCategories.cbegin(),
                    german->details.ticketCategories.cend(),
                    [&rule](const TicketCategory &c) { return c.name == rule.category; }));
            if (!rule.location.isEmpty())
                CHECK(german->details.locations.contains(rule.location));
        }
        // Translating changes no finding of the health check.
        CHECK(HealthCheck::run(german.value()).size() == HealthCheck::run(english.value()).size());
    }
    const Result<Agreement> hybrid = library().instantiate(
        QStringLiteral("full-hybrid"), {QStringLiteral("Acme"), {}, {}, German});
    REQUIRE(hybrid);
    const Duty *triage = dutyByKey(hybrid.value(), "ticket-triage");
    REQUIRE(triage);
    CHECK(triage->title
          == QStringLiteral("Routinetickets beim Eingang sichten und kategorisieren"));
    CHECK(triage->frequency == QStringLiteral("continuous"));
    CHECK(hybrid->parties.at(0).name == QStringLiteral("Interne IT"));
    CHECK(hybrid->details.provider == QStringLiteral("IT-Dienstleister"));
    CHECK(hybrid->areas.at(0).name == QStringLiteral("Helpdesk und Benutzerunterstützung"));
    CHECK(hybrid->details.locations
          == QStringList{QStringLiteral("Hauptsitz"), QStringLiteral("Niederlassung")});

    const Result<Agreement> unknown = library().instantiate(
        QStringLiteral("full-hybrid"), {QStringLiteral("Acme"), {}, {}, QStringLiteral("xx")});
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().contains(QStringLiteral("\"xx\"")));
}

TEST_CASE("The language follows the locale, else English", "[templates][translation]")
{
    CHECK(library().languageFor(QLocale(QStringLiteral("de_DE"))) == German);
    CHECK(library().languageFor(QLocale(QStringLiteral("de_AT"))) == German);
    CHECK(library().languageFor(QLocale(QStringLiteral("fr_FR"))) == QStringLiteral("en"));
    CHECK(library().languageFor(QLocale::c()) == QStringLiteral("en"));
}

TEST_CASE("Tailoring adds catalog duties in the agreement's language", "[templates][translation]")
{
    Result<Agreement> made = library().instantiate(QStringLiteral("helpdesk-overflow"),
                                                   {QStringLiteral("Acme"), {}, {}, German});
    REQUIRE(made);
    Agreement base = made.value();
    base.duties.removeIf(
        [](const Duty &d) { return d.key == QLatin1String("compliance-evidence"); });
    Result<Assessment> answers = AssessmentQuestions::fromJson(
        QJsonDocument::fromJson(R"({"complianceNeeds": ["SOC 2"]})").object(),
        QStringLiteral("answers"));
    REQUIRE(answers);
    const Tailoring t = tailor(base, answers.value(), library().catalog(base.details.language));
    const Duty *evidence = dutyByKey(t.agreement, "compliance-evidence");
    REQUIRE(evidence);
    CHECK(evidence->title
          == QStringLiteral("Technische Nachweise für Audits und Versicherungsfragebögen sammeln"));
    CHECK(evidence->frequency == QStringLiteral("je Audit"));

    // Starting from the assessment builds and tailors in the language asked for.
    const Result<Tailoring> started =
        startFromAssessment(library(), answers.value(), QStringLiteral("security-tools"),
                            {QStringLiteral("Acme"), {}, {}, German});
    REQUIRE(started);
    CHECK(started->agreement.details.language == German);
    const Duty *coordination = dutyByKey(started->agreement, "compliance-coordination");
    REQUIRE(coordination);
    CHECK(coordination->title.startsWith(QStringLiteral("Compliance mit Prüfern")));
}

TEST_CASE("A frequency is a choice or free text", "[model][frequency]")
{
    for (const Frequency::Choice choice : Frequency::choices()) {
        CHECK(Frequency::fromKey(Frequency::key(choice)) == choice);
        CHECK(Frequency::fromText(Frequency::name(choice)) == Frequency::key(choice));
        CHECK(Frequency::displayText(Frequency::key(choice)) == Frequency::name(choice));
    }
    CHECK(Frequency::fromText(QStringLiteral("  Monthly ")) == QStringLiteral("monthly"));
    CHECK(Frequency::fromText(QStringLiteral(" after each board meeting "))
          == QStringLiteral("after each board meeting"));
    CHECK(Frequency::displayText(QStringLiteral("per request")) == QStringLiteral("per request"));
    CHECK(Frequency::displayText(QString()).isEmpty());
    CHECK_FALSE(Frequency::fromKey(QStringLiteral("Monthly")));
}

TEST_CASE("Frequency choices, free text and the language round-trip through file and JSON",
          "[storage][json][frequency]")
{
    const Agreement a = withFrequencies();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("f.dutymap"));
    REQUIRE(AgreementFile::save(a, path));
    const Result<Agreement> loaded = AgreementFile::load(path);
    REQUIRE(loaded);
    CHECK(loaded->duties.at(0).frequency == QStringLiteral("quarterly"));
    CHECK(loaded->duties.at(1).frequency == QStringLiteral("per request"));
    CHECK(loaded->duties.at(2).frequency == QStringLiteral("nach jeder Vorstandssitzung"));
    CHECK(loaded->details.language == German);
    CHECK(loaded.value() == a);

    const QJsonObject json = JsonFormat::toJson(a);
    CHECK(json.value(QLatin1String("details")).toObject().value(QLatin1String("language"))
          == German);
    const Result<Agreement> back =
        JsonFormat::fromJson(QJsonDocument(json).toJson(), QStringLiteral("f.json"));
    REQUIRE(back);
    CHECK(back->duties.at(0).frequency == QStringLiteral("quarterly"));
    CHECK(back->duties.at(2).frequency == QStringLiteral("nach jeder Vorstandssitzung"));
    CHECK(back->details.language == German);

    // An agreement without a recorded language writes none, so older
    // agreements keep their fingerprints.
    Agreement old = a;
    old.details.language.clear();
    CHECK_FALSE(JsonFormat::toJson(old)
                    .value(QLatin1String("details"))
                    .toObject()
                    .contains(QLatin1String("language")));
}

namespace {

// The user's window in German for the scope of a test, as
// Localization::install() puts it before DocumentLanguage's translator.
class GermanWindow
{
public:
    GermanWindow()
    {
        REQUIRE(m_translator.load(QStringLiteral("dutymap_de"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&m_translator);
        // DocumentLanguage's is asked first again.
        DocumentLanguage::install();
    }
    ~GermanWindow() { QCoreApplication::removeTranslator(&m_translator); }

private:
    QTranslator m_translator;
};

} // namespace

TEST_CASE("An agreement's own words follow its language, not the window's",
          "[templates][translation][report]")
{
    Result<Assessment> answers = AssessmentQuestions::fromJson(
        QJsonDocument::fromJson(
            R"({"locationNames": ["Berlin", "Hamburg"], "complianceNeeds": ["Cyber insurance"]})")
            .object(),
        QStringLiteral("answers"));
    REQUIRE(answers);
    const auto make = [&](const QString &language) {
        const Result<Tailoring> t =
            startFromAssessment(library(), answers.value(), QStringLiteral("full-hybrid"),
                                {QStringLiteral("Acme"), QStringLiteral("Contoso"), {}, language});
        REQUIRE(t);
        return t->agreement;
    };
    const auto ruleNames = [](const Agreement &a) {
        QStringList names;
        for (const EscalationRule &r : a.rules)
            names.append(r.name);
        return names;
    };
    const auto controls = [](const Agreement &a) {
        QStringList all;
        for (const Duty &d : a.duties)
            all += d.controls;
        return all;
    };
    const auto headings = [](const report::Report &r) {
        QStringList all;
        for (const report::Section &s : r.sections)
            all.append(s.heading);
        return all;
    };

    SECTION("A German agreement in an English window")
    {
        const Agreement german = make(German);
        CHECK(german.details.title
              == QStringLiteral("Co-Managed-IT-Vereinbarung: Acme und Contoso"));
        CHECK(ruleNames(german).contains(QStringLiteral("Vor Ort in Hamburg")));
        CHECK(controls(german).contains(QStringLiteral("Fragebogen der Cyberversicherung")));
        const report::Report r = ReportBuilder::build(german);
        CHECK(r.language == German);
        INFO(text(headings(r).join(u'|')));
        CHECK(headings(r).contains(QStringLiteral("Tool-Zugriff")));
        CHECK_FALSE(headings(r).contains(QStringLiteral("Tool access")));
        // The window's own words stay English, outside the agreement's.
        CHECK(QCoreApplication::translate("ReportBuilder", "Tool access")
              == QStringLiteral("Tool access"));
    }
    SECTION("An English agreement in a German window, and a German one")
    {
        const GermanWindow window;
        CHECK(QCoreApplication::translate("ReportBuilder", "Tool access")
              == QStringLiteral("Tool-Zugriff"));
        const Agreement english = make(QStringLiteral("en"));
        CHECK(english.details.title == QStringLiteral("Co-managed IT agreement: Acme and Contoso"));
        CHECK(ruleNames(english).contains(QStringLiteral("On-site at Hamburg")));
        CHECK(controls(english).contains(QStringLiteral("Cyber insurance questionnaire")));
        const report::Report r = ReportBuilder::build(english);
        INFO(text(headings(r).join(u'|')));
        CHECK(headings(r).contains(QStringLiteral("Tool access")));
        // English plural forms, not the window's German ones.
        CHECK(std::any_of(r.sections.cbegin(), r.sections.cend(), [](const report::Section &s) {
            return s.paragraphs.join(u' ').contains(QStringLiteral("every 6 months"));
        }));
        const report::Report de = ReportBuilder::build(make(German));
        CHECK(headings(de).contains(QStringLiteral("Tool-Zugriff")));
    }
}
