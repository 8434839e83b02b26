#include "templates/templatelibrary.h"

#include "model/documentlanguage.h"

#include "templates/modelspec.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>

#include <algorithm>

// Template files skipped, for maintainers
// (QT_LOGGING_RULES="dutymap.templates.info=true"); users see problems().
Q_LOGGING_CATEGORY(lcTemplates, "dutymap.templates", QtWarningMsg)

namespace {

// Templates are small; anything bigger is not a template and would only
// slow the start-up down.
constexpr qint64 MaxTemplateBytes = 4 * 1024 * 1024;

const QString BuiltInFolder = QStringLiteral(":/templates");

QString displayPath(const QString &path)
{
    return path.startsWith(u':') ? path : QDir::toNativeSeparators(path);
}

struct JsonFile {
    QString path;
    QJsonObject root;
    int folder = 0; // position of its folder in the load order
};

} // namespace

const ModelTemplate *TemplateLibrary::model(const QString &id) const
{
    for (const ModelTemplate &m : m_models)
        if (m.id == id)
            return &m;
    return nullptr;
}

QStringList TemplateLibrary::builtInModelIds()
{
    return {QStringLiteral("helpdesk-overflow"), QStringLiteral("security-tools"),
            QStringLiteral("project-escalation"), QStringLiteral("full-hybrid")};
}

QString TemplateLibrary::userFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/templates");
}

QString TemplateLibrary::builtInFolder()
{
    return BuiltInFolder;
}

QStringList TemplateLibrary::installedFolders()
{
    const QString dataDir = QStringLiteral(DUTYMAP_INSTALL_DATADIR);
    const QString installed =
        (QDir::isAbsolutePath(dataDir)
             ? dataDir
             : QCoreApplication::applicationDirPath() + QStringLiteral("/../") + dataDir)
        + QStringLiteral("/dutymap/templates");
    return {QDir::cleanPath(installed), userFolder()};
}

TemplateLibrary TemplateLibrary::load()
{
    return load(installedFolders(), true);
}

TemplateLibrary TemplateLibrary::load(const QStringList &extraFolders, bool includeBuiltIn)
{
    QStringList folders;
    if (includeBuiltIn)
        folders.append(BuiltInFolder);
    folders.append(extraFolders);
    TemplateLibrary library;
    library.loadFolders(folders);
    for (const QString &problem : std::as_const(library.m_problems))
        qCInfo(lcTemplates) << problem;
    return library;
}

bool TemplateLibrary::readJson(const QString &path, QJsonObject *root)
{
    QFile file(path);
    if (file.size() > MaxTemplateBytes) {
        m_problems.append(tr("%1: the file is larger than %2 MB, too large for a template. "
                             "The file was skipped.")
                              .arg(displayPath(path))
                              .arg(MaxTemplateBytes / (1024 * 1024)));
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        m_problems.append(tr("%1: the file could not be read: %2. The file was skipped.")
                              .arg(displayPath(path), file.errorString()));
        return false;
    }
    const QByteArray bytes = file.readAll();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        // Report where an editor would show it: line and column, 1-based.
        const QByteArray before = bytes.left(error.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = before.size() - (before.lastIndexOf('\n') + 1) + 1;
        m_problems.append(tr("%1: line %2, column %3: %4. The file was skipped.")
                              .arg(displayPath(path))
                              .arg(line)
                              .arg(column)
                              .arg(error.errorString()));
        return false;
    }
    if (!document.isObject()) {
        m_problems.append(tr("%1: the file must hold one JSON object in curly braces. The "
                             "file was skipped.")
                              .arg(displayPath(path)));
        return false;
    }
    *root = document.object();
    return true;
}

void TemplateLibrary::loadFolders(const QStringList &folders)
{
    // Every catalog first, so that a model may use duties any layer adds.
    QList<JsonFile> modelFiles;
    for (int f = 0; f < folders.size(); ++f) {
        const QDir folder(folders.at(f));
        if (!folder.exists())
            continue;
        const QString catalogPath = folder.filePath(QStringLiteral("catalog.json"));
        QJsonObject root;
        if (QFileInfo::exists(catalogPath) && readJson(catalogPath, &root)) {
            const Status merged = m_catalog.merge(root);
            if (!merged)
                m_problems.append(tr("%1: %2 The file was skipped.")
                                      .arg(displayPath(catalogPath), merged.error()));
        }
        const QDir models(folder.filePath(QStringLiteral("models")));
        const QStringList names =
            models.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name);
        for (const QString &name : names) {
            JsonFile file;
            file.path = models.filePath(name);
            file.folder = f;
            if (readJson(file.path, &file.root))
                modelFiles.append(file);
        }
    }

    QHash<QString, int> folderOfModel;
    QList<ModelSpec> specs;
    for (const JsonFile &file : std::as_const(modelFiles)) {
        const Result<ModelSpec> spec = ModelSpec::parse(file.root, m_catalog);
        if (!spec) {
            m_problems.append(
                tr("%1: %2 The file was skipped.").arg(displayPath(file.path), spec.error()));
            continue;
        }
        ModelTemplate entry{spec->id,      spec->name, spec->bestFor,
                            spec->summary, file.path,  file.root};
        const auto existing = folderOfModel.constFind(entry.id);
        if (existing != folderOfModel.cend() && existing.value() == file.folder) {
            m_problems.append(tr("%1: the model id \"%2\" is already used by another file in the "
                                 "same folder. The file was skipped.")
                                  .arg(displayPath(file.path), entry.id));
            continue;
        }
        folderOfModel.insert(entry.id, file.folder);
        const auto it = std::find_if(m_models.begin(), m_models.end(),
                                     [&entry](const ModelTemplate &m) { return m.id == entry.id; });
        if (it != m_models.end()) {
            *it = entry; // a later layer overrides
            specs[it - m_models.begin()] = spec.value();
        } else {
            m_models.append(entry);
            specs.append(spec.value());
        }
    }
    loadTranslations(folders, specs);

    const QStringList fixed = builtInModelIds();
    std::stable_sort(m_models.begin(), m_models.end(),
                     [&fixed](const ModelTemplate &a, const ModelTemplate &b) {
                         const qsizetype ia = fixed.indexOf(a.id);
                         const qsizetype ib = fixed.indexOf(b.id);
                         if (ia >= 0 || ib >= 0)
                             return (ia < 0 ? fixed.size() : ia) < (ib < 0 ? fixed.size() : ib);
                         const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
                         return byName != 0 ? byName < 0 : a.id < b.id;
                     });
}

void TemplateLibrary::loadTranslations(const QStringList &folders, const QList<ModelSpec> &specs)
{
    // A language folder is named by its code: "de", or "pt-BR" for a
    // variant.
    static const QRegularExpression languageName(QStringLiteral("^[a-z]{2,3}(-[A-Z]{2})?$"));
    for (const QString &path : folders) {
        const QDir languages(QDir(path).filePath(QStringLiteral("translations")));
        const QStringList codes =
            languages.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Readable, QDir::Name);
        for (const QString &code : codes) {
            const QDir folder(languages.filePath(code));
            if (!languageName.match(code).hasMatch() || QLocale(code).language() == QLocale::C) {
                m_problems.append(tr("%1: \"%2\" is not a language code such as \"de\". The "
                                     "folder was skipped.")
                                      .arg(displayPath(folder.path()), code));
                continue;
            }
            TemplateTranslation &translation = m_translations[code];
            const QString catalogPath = folder.filePath(QStringLiteral("catalog.json"));
            QJsonObject root;
            if (QFileInfo::exists(catalogPath) && readJson(catalogPath, &root)) {
                if (const Status merged = translation.mergeCatalog(root, m_catalog); !merged)
                    m_problems.append(tr("%1: %2 The file was skipped.")
                                          .arg(displayPath(catalogPath), merged.error()));
            }
            const QDir models(folder.filePath(QStringLiteral("models")));
            const QStringList names = models.entryList({QStringLiteral("*.json")},
                                                       QDir::Files | QDir::Readable, QDir::Name);
            for (const QString &name : names) {
                const QString file = models.filePath(name);
                if (!readJson(file, &root))
                    continue;
                const QString id = TemplateTranslation::modelOf(root);
                const auto spec = std::find_if(specs.cbegin(), specs.cend(),
                                               [&id](const ModelSpec &s) { return s.id == id; });
                if (spec == specs.cend()) {
                    m_problems.append(tr("%1: \"model\" names \"%2\", which is not a model "
                                         "Dutymap knows. The file was skipped.")
                                          .arg(displayPath(file), id));
                    continue;
                }
                if (const Status merged = translation.mergeModel(root, *spec); !merged)
                    m_problems.append(
                        tr("%1: %2 The file was skipped.").arg(displayPath(file), merged.error()));
            }
        }
    }
}

QString TemplateLibrary::sourceLanguage()
{
    return QStringLiteral("en");
}

QStringList TemplateLibrary::languages() const
{
    QStringList codes = m_translations.keys();
    codes.removeAll(sourceLanguage());
    codes.sort();
    codes.prepend(sourceLanguage());
    return codes;
}

QString TemplateLibrary::languageFor(const QLocale &locale) const
{
    const QStringList known = languages();
    // "pt-BR" before "pt": the closer match wins.
    const QString full = locale.name().replace(u'_', u'-');
    if (known.contains(full))
        return full;
    const QString language = full.section(u'-', 0, 0);
    return known.contains(language) ? language : sourceLanguage();
}

const TemplateTranslation *TemplateLibrary::translation(const QString &language) const
{
    if (language == sourceLanguage())
        return nullptr;
    const auto it = m_translations.constFind(language);
    return it == m_translations.cend() ? nullptr : &it.value();
}

TemplateCatalog TemplateLibrary::catalog(const QString &language) const
{
    const TemplateTranslation *words = translation(language);
    return words ? words->translated(m_catalog) : m_catalog;
}

QList<ModelTemplate> TemplateLibrary::models(const QString &language) const
{
    const TemplateTranslation *words = translation(language);
    if (!words)
        return m_models;
    QList<ModelTemplate> list;
    list.reserve(m_models.size());
    for (const ModelTemplate &m : m_models)
        list.append(words->translated(m));
    return list;
}

QStringList TemplateLibrary::untranslated(const QString &language) const
{
    QList<ModelSpec> specs;
    for (const ModelTemplate &m : m_models)
        if (Result<ModelSpec> spec = ModelSpec::parse(m.data, m_catalog))
            specs.append(std::move(spec).value());
    const TemplateTranslation none;
    const TemplateTranslation *words = translation(language);
    return (words ? words : &none)->missing(m_catalog, specs);
}

Result<Agreement> TemplateLibrary::instantiate(const QString &modelId,
                                               const NewAgreement &options) const
{
    const ModelTemplate *tmpl = model(modelId);
    if (!tmpl)
        return Result<Agreement>::failure(
            tr("There is no responsibility model with the id \"%1\".").arg(modelId));
    // The file was checked when it was loaded; parsing again gives the same
    // result and keeps one reading of the format.
    Result<ModelSpec> parsed = ModelSpec::parse(tmpl->data, m_catalog);
    if (!parsed)
        return Result<Agreement>::failure(
            tr("%1: %2").arg(displayPath(tmpl->origin), parsed.error()));
    const QString language = options.language.isEmpty() ? sourceLanguage() : options.language;
    if (!languages().contains(language))
        return Result<Agreement>::failure(
            tr("The templates have no words in the language \"%1\". Known languages: %2.")
                .arg(language, languages().join(QStringLiteral(", "))));
    ModelSpec spec = std::move(parsed).value();
    const TemplateTranslation *words = translation(language);
    if (words)
        words->translate(spec);
    const TemplateCatalog catalog = words ? words->translated(m_catalog) : m_catalog;

    Agreement agreement;
    QHash<QString, int> partyIds;
    bool providerNamed = false;
    for (const ModelSpec::PartySpec &p : spec.parties) {
        Party party = p.party;
        party.id = agreement.takeId();
        if (party.kind == Party::Kind::Provider && !providerNamed) {
            providerNamed = true;
            if (!options.provider.trimmed().isEmpty())
                party.name = options.provider.trimmed();
            agreement.details.provider = party.name;
        }
        partyIds.insert(p.key, party.id);
        agreement.parties.append(party);
    }
    const auto partyId = [&partyIds](const QString &key) { return partyIds.value(key, 0); };

    // Only what the model's duties use, in catalog order.
    QSet<QString> usedAreas, usedSystems, usedTools;
    QList<const TemplateCatalog::DutyEntry *> duties;
    for (const TemplateCatalog::DutyEntry &duty : catalog.duties()) {
        if (!spec.row(duty.id))
            continue;
        duties.append(&duty);
        usedAreas.insert(duty.area);
        if (!duty.system.isEmpty())
            usedSystems.insert(duty.system);
        for (const QString &tool : duty.tools)
            usedTools.insert(tool);
    }
    for (const ModelSpec::ToolSpec &tool : spec.tools)
        usedTools.insert(tool.tool);
    for (const ModelSpec::CategorySpec &category : spec.ticketCategories)
        if (!category.area.isEmpty())
            usedAreas.insert(category.area);

    QHash<QString, int> areaIds, systemIds, toolIds;
    for (const TemplateCatalog::AreaEntry &entry : catalog.areas()) {
        if (!usedAreas.contains(entry.id))
            continue;
        Area area;
        area.id = agreement.takeId();
        area.key = entry.id;
        area.name = entry.name;
        areaIds.insert(entry.id, area.id);
        agreement.areas.append(area);
    }
    for (const TemplateCatalog::SystemEntry &entry : catalog.systems()) {
        if (!usedSystems.contains(entry.id))
            continue;
        System system;
        system.id = agreement.takeId();
        system.key = entry.id;
        system.name = entry.name;
        system.kind = entry.kind;
        system.criticality = entry.criticality;
        systemIds.insert(entry.id, system.id);
        agreement.systems.append(system);
    }
    for (const TemplateCatalog::ToolEntry &entry : catalog.tools()) {
        if (!usedTools.contains(entry.id))
            continue;
        Tool tool;
        tool.id = agreement.takeId();
        tool.key = entry.id;
        tool.name = entry.name;
        tool.category = entry.category;
        if (const ModelSpec::ToolSpec *access = spec.tool(entry.id)) {
            tool.ownerId = partyId(access->owner);
            for (const ModelSpec::AccessSpec &a : access->access)
                tool.access.insert(partyId(a.party), a.access);
        }
        toolIds.insert(entry.id, tool.id);
        agreement.tools.append(tool);
    }
    for (const TemplateCatalog::DutyEntry *entry : std::as_const(duties)) {
        Duty duty;
        duty.id = agreement.takeId();
        duty.key = entry->id;
        duty.areaId = areaIds.value(entry->area);
        duty.systemId = systemIds.value(entry->system, 0);
        duty.title = entry->title;
        duty.description = entry->description;
        duty.kind = entry->kind;
        duty.frequency = entry->frequency;
        duty.controls = entry->controls;
        for (const QString &tool : entry->tools)
            duty.toolIds.append(toolIds.value(tool));
        for (const auto &[party, raci] : spec.row(entry->id)->roles)
            duty.setRoles(partyId(party), raci);
        agreement.duties.append(duty);
    }
    for (const ModelSpec::RuleSpec &r : spec.rules) {
        EscalationRule rule = r.rule;
        rule.id = agreement.takeId();
        rule.firstResponderId = partyId(r.firstResponder);
        rule.escalateToId = r.escalateTo.isEmpty() ? 0 : partyId(r.escalateTo);
        rule.afterHoursHandlerId = r.afterHoursHandler.isEmpty() ? 0 : partyId(r.afterHoursHandler);
        agreement.rules.append(rule);
    }

    AgreementDetails &details = agreement.details;
    details.client = options.client.trimmed();
    // The title is the agreement's, in its language.
    const DocumentLanguage::Scope inLanguage(language);
    const QString clientName = details.client.isEmpty() ? tr("the client") : details.client;
    details.title = tr("Co-managed IT agreement: %1 and %2").arg(clientName, details.provider);
    details.modelId = spec.id;
    details.language = language;
    details.effectiveDate = options.effectiveDate;
    details.businessHours = BusinessHours::standard();
    details.reviewMonths = 6;
    details.status = AgreementDetails::Status::Draft;
    details.revision = 1;
    for (const ModelSpec::CategorySpec &category : spec.ticketCategories)
        details.ticketCategories.append({category.name, areaIds.value(category.area)});
    details.locations = spec.locations;
    return agreement;
}
