#pragma once

#include "model/assessment.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <array>

// What the assessment's answers say about the four responsibility models:
// a score for each, the answers that raised or lowered it in plain words,
// the recommended model and, when close, the runner-up.
struct Recommendation {
    // The models scored, in this order everywhere (scores, points).
    static constexpr int ModelCount = 4;
    static const std::array<QString, ModelCount> &modelIds();
    static int modelIndex(QStringView modelId); // -1 when not one of them

    // One rule that applied: what it saw, and the points it gave each model.
    struct Factor {
        QString rule; // stable id, "ticket-load-high"
        QString sentence;
        std::array<int, ModelCount> points{};
        QStringList keys; // the answers it read
    };

    std::array<int, ModelCount> scores{};
    QList<Factor> factors;
    QString recommended; // empty: too few answers
    QString runnerUp;    // empty: no close second
    QStringList unknown; // questions without an answer, in question order
    // The unanswered questions that decide most; empty once enough is known.
    QStringList mattersMost;

    int score(QStringView modelId) const;
    // The sentences of the factors that raised (or lowered) this model.
    QStringList reasonsFor(QStringView modelId, bool raised = true) const;
    // The answers that mattered: keys read by a factor, in question order.
    QStringList decisiveKeys() const;
};

// Scores the answers with the rule table in recommendation.cpp.
Recommendation recommend(const Assessment &assessment);
