#pragma once

#include "model/agreement.h"
#include "result.h"
#include "templates/modeltemplate.h"
#include "templates/templatecatalog.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

// The responsibility models a user can start an agreement from, with the
// shared catalog they draw on. Templates are data read from three layers:
// the built-ins compiled in as Qt resources, the installed copies, and the
// user's own folder; a later layer's model replaces one with the same id.
// A malformed file is skipped and described in problems(), never fatal.
class TemplateLibrary
{
    Q_DECLARE_TR_FUNCTIONS(TemplateLibrary)

public:
    // Built-in templates (Qt resources under :/templates/), then
    // <install prefix>/share/dutymap/templates (relative to the executable),
    // then AppDataLocation + "/templates".
    static TemplateLibrary load();
    // For tests and tools: the built-ins (unless excluded) plus the given
    // folders, each holding catalog.json and/or models/*.json.
    static TemplateLibrary load(const QStringList &extraFolders, bool includeBuiltIn = true);
    // The folders load() reads after the built-ins, in order: the installed
    // templates, then the user's folder.
    static QStringList installedFolders();
    // The folder the built-in templates are compiled into (Qt resources).
    static QString builtInFolder();

    // The four built-in models in their fixed order, then others by name.
    QList<ModelTemplate> models() const { return m_models; }
    const ModelTemplate *model(const QString &id) const;
    // One sentence per skipped file: the file, then the line or key at fault.
    QStringList problems() const { return m_problems; }
    const TemplateCatalog &catalog() const { return m_catalog; }

    // The ids of the built-in models, in the order they are offered.
    static QStringList builtInModelIds();
    // The folder a user's own templates live in.
    static QString userFolder();

    struct NewAgreement {
        QString client;
        QString provider; // empty: the model's name for the provider party
        QDate effectiveDate;
    };
    // A complete draft Agreement from a model: parties, the areas, systems
    // and tools its duties use, duties with roles, tool access, escalation
    // rules, ticket categories and the agreement's details. Area, System,
    // Duty and Tool keys are the catalog ids.
    Result<Agreement> instantiate(const QString &modelId, const NewAgreement &options) const;

private:
    void loadFolders(const QStringList &folders);

    TemplateCatalog m_catalog;
    QList<ModelTemplate> m_models;
    QStringList m_problems;
};
