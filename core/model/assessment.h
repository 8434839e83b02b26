#pragma once

#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

// The answers gathered before choosing a responsibility model (step 1 of a
// co-managed relationship). Each answer is filed under its question's key
// (the questions, their kinds and their order are in
// assessment/assessmentquestions.h); a question without an answer is
// "don't know". Values are int (counts, percentages), bool (yes/no),
// QString (a level, a choice or free text) or QStringList (lists).
class Assessment
{
public:
    bool isEmpty() const { return m_answers.isEmpty(); }
    bool isAnswered(const QString &key) const { return m_answers.contains(key); }
    const QVariantMap &answers() const { return m_answers; }
    QVariant value(const QString &key) const { return m_answers.value(key); }

    std::optional<int> number(const QString &key) const;
    std::optional<bool> yesNo(const QString &key) const;
    QString text(const QString &key) const;     // a level, a choice or a text; empty: unknown
    QStringList list(const QString &key) const; // empty: unknown

    // An invalid QVariant, an empty text or an empty list clears the answer.
    void set(const QString &key, const QVariant &value);
    void clear(const QString &key) { m_answers.remove(key); }

    friend bool operator==(const Assessment &, const Assessment &) = default;

private:
    QVariantMap m_answers;
};
