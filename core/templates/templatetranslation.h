#pragma once

#include "result.h"
#include "templates/modeltemplate.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

class TemplateCatalog;
struct ModelSpec;

// The words of the templates in one more language: the names, titles,
// descriptions and free-text frequencies of the catalog by their ids, and
// each model's names, parties, ticket categories, sites, rule names and tool
// roles (templates/translations/<language>/, described in
// templates/README.md). What it lacks stays in the templates' own language,
// English. Frequencies that are one of the fixed choices need no
// translation: they are stored as keys and shown in the reader's language.
class TemplateTranslation
{
    Q_DECLARE_TR_FUNCTIONS(TemplateTranslation)

public:
    // Reads one catalog translation file over this translation. Every id
    // must name an item of the catalog and every text be non-blank; a file
    // with any problem changes nothing and fails with a sentence naming the
    // key.
    Status mergeCatalog(const QJsonObject &root, const TemplateCatalog &catalog);
    // The model id a model translation file is for ("model"), empty when
    // the key is missing or not text.
    static QString modelOf(const QJsonObject &root);
    // Reads one model translation file, checked against the model it
    // translates.
    Status mergeModel(const QJsonObject &root, const ModelSpec &spec);

    TemplateCatalog translated(const TemplateCatalog &catalog) const;
    // Names, parties, categories (also where rules name them), sites, rule
    // names and tool roles of the model.
    void translate(ModelSpec &spec) const;
    // The words a chooser shows: name, "best for" and summary.
    ModelTemplate translated(ModelTemplate model) const;

    // The key paths ("duties.ticket-triage.title",
    // "models.full-hybrid.rules.VIP users") that the catalog and the models
    // have but this translation lacks, in file order.
    QStringList missing(const TemplateCatalog &catalog, const QList<ModelSpec> &models) const;
    // The translated text of a key path as missing() names it; empty: none.
    QString text(const QString &keyPath) const { return m_texts.value(keyPath); }

private:
    QHash<QString, QString> m_texts;
};
