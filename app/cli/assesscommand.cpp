#include "assesscommand.h"

#include "assessment/assessmentquestions.h"
#include "assessment/recommendation.h"
#include "templates/templatelibrary.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AssessCommand)
};

QString modelName(const TemplateLibrary &library, const QString &id)
{
    const ModelTemplate *m = library.model(id);
    return m ? m->name : id;
}

QStringList labels(const QStringList &keys)
{
    QStringList out;
    for (const QString &key : keys)
        out.append(AssessmentQuestions::find(key)->label());
    return out;
}

QJsonObject resultJson(const Recommendation &r)
{
    QJsonObject scores;
    for (int i = 0; i < Recommendation::ModelCount; ++i)
        scores.insert(Recommendation::modelIds()[size_t(i)], r.scores[size_t(i)]);
    QJsonArray factors;
    for (const Recommendation::Factor &f : r.factors) {
        QJsonObject points;
        for (int i = 0; i < Recommendation::ModelCount; ++i)
            if (f.points[size_t(i)] != 0)
                points.insert(Recommendation::modelIds()[size_t(i)], f.points[size_t(i)]);
        factors.append(
            QJsonObject{{QStringLiteral("rule"), f.rule},
                        {QStringLiteral("sentence"), f.sentence},
                        {QStringLiteral("points"), points},
                        {QStringLiteral("answers"), QJsonArray::fromStringList(f.keys)}});
    }
    return {
        {QStringLiteral("recommended"),
         r.recommended.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.recommended)},
        {QStringLiteral("runnerUp"),
         r.runnerUp.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.runnerUp)},
        {QStringLiteral("scores"), scores},
        {QStringLiteral("reasons"), QJsonArray::fromStringList(r.reasonsFor(r.recommended))},
        {QStringLiteral("factors"), factors},
        {QStringLiteral("unknown"), QJsonArray::fromStringList(r.unknown)},
        {QStringLiteral("mattersMost"), QJsonArray::fromStringList(r.mattersMost)},
    };
}

void printText(const Recommendation &r, const TemplateLibrary &library, QTextStream &out)
{
    if (r.recommended.isEmpty()) {
        out << Tr::tr("Too few answers to recommend a model.") << '\n'
            << Tr::tr("Answer these first: %1.")
                   .arg(labels(r.mattersMost).join(QStringLiteral(", ")))
            << '\n';
    } else {
        out << Tr::tr("Recommended: %1 (%2)").arg(modelName(library, r.recommended), r.recommended)
            << '\n';
        if (!r.runnerUp.isEmpty())
            out << Tr::tr("A close second: %1 (%2)").arg(modelName(library, r.runnerUp), r.runnerUp)
                << '\n';
        out << '\n' << Tr::tr("Why:") << '\n';
        for (const QString &reason : r.reasonsFor(r.recommended))
            out << "  - " << reason << '\n';
        const QStringList against = r.reasonsFor(r.recommended, false);
        if (!against.isEmpty()) {
            out << Tr::tr("Against it:") << '\n';
            for (const QString &reason : against)
                out << "  - " << reason << '\n';
        }
    }
    out << '\n' << Tr::tr("Scores:") << '\n';
    for (int i = 0; i < Recommendation::ModelCount; ++i) {
        const QString &id = Recommendation::modelIds()[size_t(i)];
        out << "  " << QString::number(r.scores[size_t(i)]).rightJustified(3) << "  "
            << modelName(library, id) << '\n';
    }
    if (!r.unknown.isEmpty())
        out << '\n'
            << Tr::tr("Not judged, answered “don't know” (%1): %2.")
                   .arg(r.unknown.size())
                   .arg(labels(r.unknown).join(QStringLiteral(", ")))
            << '\n';
}
} // namespace

QString AssessCommand::summary() const
{
    return Tr::tr("Recommend a responsibility model from an assessment's answers "
                  "(docs/assessment-format.md).");
}

int AssessCommand::run(const QStringList &args, Streams io) const
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), Tr::tr("text (default) or json."),
                                    QStringLiteral("FORMAT"), QStringLiteral("text"));
    parser.addOption(format);
    parser.addPositionalArgument(QStringLiteral("ANSWERS"), Tr::tr("The answers file (JSON)."));
    if (const int code = parse(parser, args, io, QStringLiteral("ANSWERS")); code >= 0)
        return code;
    const QString how = parser.value(format);
    if (parser.positionalArguments().size() != 1
        || (how != QLatin1String("text") && how != QLatin1String("json"))) {
        io.err << "dutymap-cli assess: "
               << Tr::tr("give one answers file, and --format text or json.") << '\n';
        return UsageError;
    }
    const Result<Assessment> answers =
        AssessmentQuestions::readFile(parser.positionalArguments().constFirst());
    if (!answers) {
        io.err << "dutymap-cli assess: " << answers.error() << '\n';
        return FileError;
    }
    const Recommendation r = recommend(answers.value());
    if (how == QLatin1String("json"))
        io.out << QString::fromUtf8(QJsonDocument(resultJson(r)).toJson(QJsonDocument::Indented));
    else
        printText(r, TemplateLibrary::load(), io.out);
    return Success;
}
