#pragma once

#include "model/agreement.h"
#include "result.h"
#include "templates/modeltemplate.h"
#include "templates/templatecatalog.h"
#include "templates/templatetranslation.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

struct ModelSpec;

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
    // folders, each holding catalog.json, models/*.json and/or
    // translations/<language>/ with the same two.
    static TemplateLibrary load(const QStringList &extraFolders, bool includeBuiltIn = true);
    // The folders load() reads after the built-ins, in order: the installed
    // templates, then the user's folder.
    static QStringList installedFolders();
    // The folder the built-in templates are compiled into (Qt resources).
    static QString builtInFolder();

    // The four built-in models in their fixed order, then others by name.
    QList<ModelTemplate> models() const { return m_models; }
    // The same with their names, "best for" and summaries in a language.
    QList<ModelTemplate> models(const QString &language) const;
    const ModelTemplate *model(const QString &id) const;
    // One sentence per skipped file: the file, then the line or key at fault.
    QStringList problems() const { return m_problems; }
    const TemplateCatalog &catalog() const { return m_catalog; }
    // The catalog in a language: translated where the translation has the
    // words, English where not or when there is no such language.
    TemplateCatalog catalog(const QString &language) const;

    // The language the template files are written in, "en".
    static QString sourceLanguage();
    // The languages an agreement can be made in: the source language, then
    // those with translations, as language codes ("de").
    QStringList languages() const;
    // The one of languages() that suits a locale best ("de" for de_AT),
    // else the source language.
    QString languageFor(const QLocale &locale) const;
    // The key paths the catalog and the models have but the translation to
    // a language lacks (TemplateTranslation::missing()); all of them for a
    // language with no translation.
    QStringList untranslated(const QString &language) const;
    // The translation to a language; nullptr for the source language or
    // one without files.
    const TemplateTranslation *translation(const QString &language) const;

    // The ids of the built-in models, in the order they are offered.
    static QStringList builtInModelIds();
    // The folder a user's own templates live in.
    static QString userFolder();

    struct NewAgreement {
        QString client;
        QString provider; // empty: the model's name for the provider party
        QDate effectiveDate;
        QString language{}; // one of languages(); empty: the source language
    };
    // A complete draft Agreement from a model: parties, the areas, systems
    // and tools its duties use, duties with roles, tool access, escalation
    // rules, ticket categories and the agreement's details. Area, System,
    // Duty and Tool keys are the catalog ids.
    Result<Agreement> instantiate(const QString &modelId, const NewAgreement &options) const;

private:
    // Reads one template file; a problem is added to problems().
    bool readJson(const QString &path, QJsonObject *root);
    void loadFolders(const QStringList &folders);
    void loadTranslations(const QStringList &folders, const QList<ModelSpec> &specs);

    TemplateCatalog m_catalog;
    QList<ModelTemplate> m_models;
    QStringList m_problems;
    QHash<QString, TemplateTranslation> m_translations; // by language code
};
