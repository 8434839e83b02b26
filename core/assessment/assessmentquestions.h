#pragma once

#include "model/assessment.h"
#include "result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// One question of the assessment. The table of questions is the one place
// that says what is asked, in which order and section, and what an answer
// may be; the window, the answers file, the storage and the exports all
// read it. Texts are English source strings, translated at display time
// (context "AssessmentQuestions").
struct AssessmentQuestion {
    enum class Kind {
        Count,   // a whole number from 0
        Percent, // 0 to 100
        YesNo,
        Level,  // "none", "some", "strong"
        Choice, // one of choices
        List,   // several texts; suggestions offered
        Text,
    };
    struct Choice {
        const char *key;
        const char *text;
    };

    const char *key;
    Kind kind;
    const char *section;
    const char *text; // the question as a label
    const char *help = nullptr;
    QList<Choice> choices = {};
    QStringList suggestions = {};

    QString label() const;
    QString sectionName() const;
    QString helpText() const;
    // An answer as a reader sees it: "120", "Yes", "Some", "HIPAA, SOC 2".
    QString answerText(const QVariant &value) const;
    // The choice's display text for a key, the key itself when unknown.
    QString choiceText(const QString &choiceKey) const;
};

namespace AssessmentQuestions {

// Every question, in the order the page and the exports show them.
const QList<AssessmentQuestion> &all();
const AssessmentQuestion *find(const QString &key);
// The largest count the answers accept (a sanity limit, not a guess).
constexpr int MaxCount = 100'000'000;

// The answers as a JSON object: answered questions only, in table order.
QJsonObject toJson(const Assessment &assessment);
// Reads answers strictly: an unknown key, a wrong type or an impossible
// value is an error naming the key. `null` means "don't know". The object
// an older Dutymap wrote (eight numbers and flags, always all present) is
// recognised and converted. `where` names the source in the error.
Result<Assessment> fromJson(const QJsonObject &object, const QString &where);
// Reads an answers file (docs/assessment-format.md).
Result<Assessment> readFile(const QString &path);

} // namespace AssessmentQuestions
