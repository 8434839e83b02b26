#pragma once

#include "model/agreement.h"
#include "result.h"
#include "templates/templatelibrary.h"

#include <QList>
#include <QString>

class TemplateCatalog;

// Adjusts an agreement to the assessment's answers: who takes after-hours
// work, who writes knowledge down, who runs security operations, which sites
// and on-site rules exist, which compliance duties and references it
// carries, whether it has a Microsoft 365 area. Approvals are never touched:
// internal IT keeps every decision whatever the answers. Applying it twice
// changes nothing the second time.
struct Tailoring {
    struct Adjustment {
        QString rule;   // stable id: "after-hours", "knowledge", ...
        QString change; // what was done, in plain words
        QString reason; // the answer that asked for it
    };

    Agreement agreement;
    QList<Adjustment> adjustments;
    QStringList skipped; // rules that applied but could not act, and why

    bool changed() const { return !adjustments.isEmpty(); }
};

// The catalog supplies duties the agreement lacks (compliance duties a user
// removed), in the agreement's language
// (TemplateLibrary::catalog(agreement.details.language)); it may be empty.
Tailoring tailor(Agreement agreement, const Assessment &assessment, const TemplateCatalog &catalog);

// A new agreement from the assessment: the recommended model (or `modelId`
// when not empty) built by the library, tailored to the answers in the
// agreement's language, with the answers recorded in it. Fails, naming the
// answers that matter most, when no model is given and the answers are too
// few to recommend one.
Result<Tailoring> startFromAssessment(const TemplateLibrary &library, const Assessment &assessment,
                                      const QString &modelId,
                                      const TemplateLibrary::NewAgreement &options);
