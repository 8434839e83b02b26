#include "templates/templatetranslation.h"

#include "model/frequency.h"
#include "templates/modelspec.h"
#include "templates/templatecatalog.h"
#include "templates/templatereader.h"

#include <QSet>

#include <functional>

namespace {

using Need = TemplateReader::Need;

QString keyPath(const QString &a, const QString &b)
{
    return a.isEmpty() ? b : a + u'.' + b;
}

// Reads one section of a translation file: an object whose keys name items
// (ids, or the English text for categories, sites, rules and roles) and
// whose values are either one text (fields empty) or an object of the
// given fields. exists() says whether the item is there to translate.
class SectionReader
{
public:
    SectionReader(TemplateReader &reader, QHash<QString, QString> &texts)
        : m_reader(reader)
        , m_texts(texts)
    {}

    void read(const QJsonObject &root, const QString &prefix, QLatin1StringView section,
              const QStringList &fields, const std::function<bool(const QString &)> &exists,
              const QString &noun)
    {
        const QJsonObject items = m_reader.object(root, QString(), section, Need::Optional);
        for (auto it = items.constBegin(); it != items.constEnd() && !m_reader.failed(); ++it) {
            const QString item = QString(section) + u'.' + it.key();
            if (!exists(it.key())) {
                m_reader.fail(TemplateTranslation::tr("\"%1\": there is no %2 \"%3\" in "
                                                      "the templates.")
                                  .arg(item, noun, it.key()));
                return;
            }
            if (fields.isEmpty()) {
                const QString value = it.value().toString().trimmed();
                if (!it.value().isString() || value.isEmpty()) {
                    m_reader.fail(
                        TemplateTranslation::tr("\"%1\" must be a non-blank text.").arg(item));
                    return;
                }
                m_texts.insert(keyPath(prefix, item), value);
                continue;
            }
            if (!it.value().isObject()) {
                m_reader.fail(
                    TemplateTranslation::tr("\"%1\" must be an object of texts.").arg(item));
                return;
            }
            const QJsonObject object = it.value().toObject();
            for (auto field = object.constBegin(); field != object.constEnd(); ++field) {
                if (!fields.contains(field.key())) {
                    m_reader.failNotOneOf(item + u'.' + field.key(), field.key(), fields);
                    return;
                }
            }
            for (const QString &field : fields) {
                const QString value = m_reader.text(
                    object, item, QLatin1StringView(field.toLatin1()), Need::Optional);
                if (!value.isEmpty())
                    m_texts.insert(keyPath(prefix, item + u'.' + field), value);
            }
        }
    }

private:
    TemplateReader &m_reader;
    QHash<QString, QString> &m_texts;
};

void replace(QString &text, const QHash<QString, QString> &texts, const QString &key)
{
    const auto it = texts.constFind(key);
    if (it != texts.cend())
        text = it.value();
}

} // namespace

Status TemplateTranslation::mergeCatalog(const QJsonObject &root, const TemplateCatalog &catalog)
{
    TemplateReader reader;
    reader.checkFormat(root, QLatin1StringView("dutymap-catalog-translation"));
    QHash<QString, QString> texts = m_texts;
    SectionReader section(reader, texts);
    section.read(
        root, QString(), QLatin1StringView("areas"), {QStringLiteral("name")},
        [&](const QString &id) { return catalog.area(id) != nullptr; }, tr("area"));
    section.read(
        root, QString(), QLatin1StringView("systems"),
        {QStringLiteral("name"), QStringLiteral("kind")},
        [&](const QString &id) { return catalog.system(id) != nullptr; }, tr("system"));
    section.read(
        root, QString(), QLatin1StringView("tools"),
        {QStringLiteral("name"), QStringLiteral("category")},
        [&](const QString &id) { return catalog.tool(id) != nullptr; }, tr("tool"));
    section.read(
        root, QString(), QLatin1StringView("duties"),
        {QStringLiteral("title"), QStringLiteral("description"), QStringLiteral("frequency")},
        [&](const QString &id) { return catalog.duty(id) != nullptr; }, tr("duty"));
    if (reader.failed())
        return Status::failure(reader.error());
    m_texts = std::move(texts);
    return {};
}

QString TemplateTranslation::modelOf(const QJsonObject &root)
{
    return root.value(QLatin1StringView("model")).toString();
}

Status TemplateTranslation::mergeModel(const QJsonObject &root, const ModelSpec &spec)
{
    TemplateReader reader;
    reader.checkFormat(root, QLatin1StringView("dutymap-model-translation"));
    reader.id(root, QString(), QLatin1StringView("model"));
    QHash<QString, QString> texts = m_texts;
    const QString prefix = QStringLiteral("models.") + spec.id;
    for (const char *key : {"name", "bestFor", "summary"}) {
        const QString value = reader.text(root, QString(), QLatin1StringView(key), Need::Optional);
        if (!value.isEmpty())
            texts.insert(keyPath(prefix, QString::fromLatin1(key)), value);
    }
    QSet<QString> roles;
    for (const ModelSpec::ToolSpec &tool : spec.tools)
        for (const ModelSpec::AccessSpec &access : tool.access)
            if (!access.access.role.isEmpty())
                roles.insert(access.access.role);
    QSet<QString> rules;
    for (const ModelSpec::RuleSpec &rule : spec.rules)
        rules.insert(rule.rule.name);

    SectionReader section(reader, texts);
    section.read(
        root, prefix, QLatin1StringView("parties"),
        {QStringLiteral("name"), QStringLiteral("code")},
        [&](const QString &key) { return spec.party(key) != nullptr; }, tr("party"));
    section.read(
        root, prefix, QLatin1StringView("ticketCategories"), {},
        [&](const QString &name) { return spec.hasCategory(name); }, tr("ticket category"));
    section.read(
        root, prefix, QLatin1StringView("locations"), {},
        [&](const QString &name) { return spec.locations.contains(name); }, tr("site"));
    section.read(
        root, prefix, QLatin1StringView("rules"), {},
        [&](const QString &name) { return rules.contains(name); }, tr("rule"));
    section.read(
        root, prefix, QLatin1StringView("roles"), {},
        [&](const QString &name) { return roles.contains(name); }, tr("tool role"));
    if (reader.failed())
        return Status::failure(reader.error());
    m_texts = std::move(texts);
    return {};
}

TemplateCatalog TemplateTranslation::translated(const TemplateCatalog &catalog) const
{
    return catalog.translated([this](const QString &keyPath) { return text(keyPath); });
}

void TemplateTranslation::translate(ModelSpec &spec) const
{
    const QString prefix = QStringLiteral("models.") + spec.id + u'.';
    replace(spec.name, m_texts, prefix + QStringLiteral("name"));
    replace(spec.bestFor, m_texts, prefix + QStringLiteral("bestFor"));
    replace(spec.summary, m_texts, prefix + QStringLiteral("summary"));
    for (ModelSpec::PartySpec &party : spec.parties) {
        const QString path = prefix + QStringLiteral("parties.") + party.key + u'.';
        replace(party.party.name, m_texts, path + QStringLiteral("name"));
        replace(party.party.code, m_texts, path + QStringLiteral("code"));
    }
    // Rules name categories and sites by their text, so both change together.
    const QString categories = prefix + QStringLiteral("ticketCategories.");
    const QString locations = prefix + QStringLiteral("locations.");
    for (ModelSpec::CategorySpec &category : spec.ticketCategories)
        replace(category.name, m_texts, categories + category.name);
    for (QString &location : spec.locations)
        replace(location, m_texts, locations + location);
    for (ModelSpec::RuleSpec &rule : spec.rules) {
        replace(rule.rule.name, m_texts, prefix + QStringLiteral("rules.") + rule.rule.name);
        if (!rule.rule.category.isEmpty())
            replace(rule.rule.category, m_texts, categories + rule.rule.category);
        if (!rule.rule.location.isEmpty())
            replace(rule.rule.location, m_texts, locations + rule.rule.location);
    }
    for (ModelSpec::ToolSpec &tool : spec.tools)
        for (ModelSpec::AccessSpec &access : tool.access)
            if (!access.access.role.isEmpty())
                replace(access.access.role, m_texts,
                        prefix + QStringLiteral("roles.") + access.access.role);
}

ModelTemplate TemplateTranslation::translated(ModelTemplate model) const
{
    const QString prefix = QStringLiteral("models.") + model.id + u'.';
    replace(model.name, m_texts, prefix + QStringLiteral("name"));
    replace(model.bestFor, m_texts, prefix + QStringLiteral("bestFor"));
    replace(model.summary, m_texts, prefix + QStringLiteral("summary"));
    return model;
}

QStringList TemplateTranslation::missing(const TemplateCatalog &catalog,
                                         const QList<ModelSpec> &models) const
{
    QStringList keys;
    const auto need = [&](const QString &path, const QString &source) {
        if (!source.isEmpty() && !m_texts.contains(path))
            keys.append(path);
    };
    for (const TemplateCatalog::AreaEntry &area : catalog.areas())
        need(QStringLiteral("areas.%1.name").arg(area.id), area.name);
    for (const TemplateCatalog::SystemEntry &system : catalog.systems()) {
        need(QStringLiteral("systems.%1.name").arg(system.id), system.name);
        need(QStringLiteral("systems.%1.kind").arg(system.id), system.kind);
    }
    for (const TemplateCatalog::ToolEntry &tool : catalog.tools()) {
        need(QStringLiteral("tools.%1.name").arg(tool.id), tool.name);
        need(QStringLiteral("tools.%1.category").arg(tool.id), tool.category);
    }
    for (const TemplateCatalog::DutyEntry &duty : catalog.duties()) {
        need(QStringLiteral("duties.%1.title").arg(duty.id), duty.title);
        need(QStringLiteral("duties.%1.description").arg(duty.id), duty.description);
        // A choice is shown in the reader's language without help.
        if (!Frequency::fromKey(duty.frequency))
            need(QStringLiteral("duties.%1.frequency").arg(duty.id), duty.frequency);
    }
    for (const ModelSpec &spec : models) {
        const QString prefix = QStringLiteral("models.") + spec.id + u'.';
        need(prefix + QStringLiteral("name"), spec.name);
        need(prefix + QStringLiteral("bestFor"), spec.bestFor);
        need(prefix + QStringLiteral("summary"), spec.summary);
        for (const ModelSpec::PartySpec &party : spec.parties) {
            need(prefix + QStringLiteral("parties.%1.name").arg(party.key), party.party.name);
            need(prefix + QStringLiteral("parties.%1.code").arg(party.key), party.party.code);
        }
        for (const ModelSpec::CategorySpec &category : spec.ticketCategories)
            need(prefix + QStringLiteral("ticketCategories.") + category.name, category.name);
        for (const QString &location : spec.locations)
            need(prefix + QStringLiteral("locations.") + location, location);
        QSet<QString> rules;
        for (const ModelSpec::RuleSpec &rule : spec.rules)
            if (!rules.contains(rule.rule.name)) {
                rules.insert(rule.rule.name);
                need(prefix + QStringLiteral("rules.") + rule.rule.name, rule.rule.name);
            }
        QSet<QString> roles;
        for (const ModelSpec::ToolSpec &tool : spec.tools)
            for (const ModelSpec::AccessSpec &access : tool.access)
                if (!access.access.role.isEmpty() && !roles.contains(access.access.role)) {
                    roles.insert(access.access.role);
                    need(prefix + QStringLiteral("roles.") + access.access.role,
                         access.access.role);
                }
    }
    return keys;
}
