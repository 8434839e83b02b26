#include "clirun.h"
#include "model/frequency.h"
#include "storage/agreementfile.h"
#include "templates/templatelibrary.h"
#include "testpaths.h"

#include <catch2/catch.hpp>

#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace {

const QString German = QStringLiteral("de");

const TemplateLibrary &library()
{
    static const TemplateLibrary l = TemplateLibrary::load({}, true);
    return l;
}

Agreement agreementIn(const QString &model, const QString &language)
{
    Result<Agreement> a = library().instantiate(model, {QStringLiteral("Acme"), {}, {}, language});
    REQUIRE(a);
    return a.value();
}

struct Process {
    int code = -1;
    QString out, err;
};

// A German desktop: LANG says German, nothing overrides it.
Process runGerman(const QString &program, const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANGUAGE", "DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(program, args);
    REQUIRE(p.waitForFinished(120000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// The PDF's text in the order it was written, one space between words, so
// that a title wrapped over two lines of a table cell reads as one.
QString pdfText(const QString &pdf)
{
    const Process text =
        runGerman(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    REQUIRE(text.code == 0);
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return QString(text.out).replace(space, QStringLiteral(" "));
}

} // namespace

TEST_CASE("new --language picks the words of the agreement", "[cli][language]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("de.dutymap"));
    const CliRun made =
        runCli({QStringLiteral("new"), QStringLiteral("--model"), QStringLiteral("security-tools"),
                QStringLiteral("--language"), German, QStringLiteral("-o"), path});
    INFO(made.err.toStdString());
    REQUIRE(made.code == 0);
    const Result<Agreement> loaded = AgreementFile::load(path);
    REQUIRE(loaded);
    CHECK(loaded->details.language == German);
    CHECK(loaded->areas == agreementIn(QStringLiteral("security-tools"), German).areas);

    const CliRun unknown =
        runCli({QStringLiteral("new"), QStringLiteral("--model"), QStringLiteral("security-tools"),
                QStringLiteral("--language"), QStringLiteral("tlh"), QStringLiteral("-o"),
                dir.filePath(QStringLiteral("x.dutymap"))});
    CHECK(unknown.code == 3);
    CHECK(unknown.err.contains(QStringLiteral("“tlh”")));
    CHECK(unknown.err.contains(QStringLiteral("en, de")));

    // Without the option, the locale decides; one with no translation gets
    // English.
    const QLocale before;
    for (const auto &[locale, language] : {std::pair{"de_AT", "de"}, std::pair{"fr_FR", "en"}}) {
        QLocale::setDefault(QLocale(QLatin1StringView(locale)));
        const QString file = dir.filePath(QLatin1StringView(locale) + QStringLiteral(".dutymap"));
        const CliRun run = runCli({QStringLiteral("new"), QStringLiteral("--model"),
                                   QStringLiteral("full-hybrid"), QStringLiteral("-o"), file});
        QLocale::setDefault(before);
        REQUIRE(run.code == 0);
        const Result<Agreement> a = AgreementFile::load(file);
        REQUIRE(a);
        CHECK(a->details.language == QLatin1StringView(language));
    }
}

TEST_CASE("A German user gets a German PDF from every model", "[cli][language][pdf]")
{
    QTemporaryDir dir;
    const QString cli = QStringLiteral(DUTYMAP_CLI_PATH);
    for (const QString &model : TemplateLibrary::builtInModelIds()) {
        INFO(model.toStdString());
        const QString file = dir.filePath(model + QStringLiteral(".dutymap"));
        const QString pdf = dir.filePath(model + QStringLiteral(".pdf"));
        const Process made = runGerman(cli, {QStringLiteral("new"), QStringLiteral("--model"),
                                             model, QStringLiteral("-o"), file});
        INFO(made.err.toStdString());
        REQUIRE(made.code == 0);
        const Process exported =
            runGerman(cli, {QStringLiteral("export"), file, QStringLiteral("-o"), pdf});
        INFO(exported.err.toStdString());
        REQUIRE(exported.code == 0);
        const QString text = pdfText(pdf);

        // The report's own headings come from the program's German catalog.
        CHECK(text.contains(QStringLiteral("Wie Tickets zugewiesen und eskaliert werden")));
        const Agreement english = agreementIn(model, QStringLiteral("en"));
        const Agreement german = agreementIn(model, German);
        REQUIRE(german.duties.size() == english.duties.size());
        for (qsizetype i = 0; i < german.duties.size(); ++i) {
            // Found the way the English would be found, were it there.
            CHECK(text.contains(german.duties.at(i).title));
            INFO(english.duties.at(i).title.toStdString());
            CHECK_FALSE(text.contains(english.duties.at(i).title));
            CHECK_FALSE(text.contains(english.duties.at(i).description));
            const QString &frequency = english.duties.at(i).frequency;
            if (!frequency.isEmpty() && !Frequency::fromKey(frequency))
                CHECK_FALSE(text.contains(frequency));
        }
        for (qsizetype i = 0; i < german.areas.size(); ++i) {
            CHECK(text.contains(german.areas.at(i).name));
            if (english.areas.at(i).name != german.areas.at(i).name)
                CHECK_FALSE(text.contains(english.areas.at(i).name));
        }
        for (qsizetype i = 0; i < german.rules.size(); ++i)
            CHECK_FALSE(text.contains(english.rules.at(i).name + u' '));
        CHECK_FALSE(text.contains(QStringLiteral("Internal IT")));
        CHECK_FALSE(text.contains(QStringLiteral("Managed service provider")));
    }
}
