#include "templates/templatecatalog.h"

#include "templates/templatereader.h"

#include <QSet>

#include <algorithm>

namespace {

using Need = TemplateReader::Need;

template <typename T>
const T *findById(const QList<T> &list, const QString &id)
{
    const auto it =
        std::find_if(list.cbegin(), list.cend(), [&id](const T &item) { return item.id == id; });
    return it == list.cend() ? nullptr : &*it;
}

template <typename T>
void upsert(QList<T> &list, T item)
{
    const auto it = std::find_if(list.begin(), list.end(),
                                 [&item](const T &existing) { return existing.id == item.id; });
    if (it == list.end())
        list.append(std::move(item));
    else
        *it = std::move(item);
}

// Reads the array under key, calling read(object, path) for each element and
// refusing an id that appears twice in the same file.
template <typename Read>
void readList(TemplateReader &reader, const QJsonObject &root, QLatin1StringView key, Read read)
{
    const QJsonArray items = reader.array(root, QString(), key, Need::Optional);
    QSet<QString> seen;
    for (qsizetype i = 0; i < items.size() && !reader.failed(); ++i) {
        const QString path = TemplateReader::at(key, i);
        const QJsonObject object = reader.objectAt(items, key, i);
        if (reader.failed())
            return;
        const QString id = reader.id(object, path, QLatin1StringView("id"));
        if (reader.failed())
            return;
        if (seen.contains(id)) {
            reader.fail(QCoreApplication::translate(
                            "TemplateCatalog", "\"%1.id\" repeats \"%2\"; each id in \"%3\" must "
                                               "be unique.")
                            .arg(path, id, key));
            return;
        }
        seen.insert(id);
        read(object, path, id);
    }
}

} // namespace

const TemplateCatalog::AreaEntry *TemplateCatalog::area(const QString &id) const
{
    return findById(m_areas, id);
}

const TemplateCatalog::SystemEntry *TemplateCatalog::system(const QString &id) const
{
    return findById(m_systems, id);
}

const TemplateCatalog::ToolEntry *TemplateCatalog::tool(const QString &id) const
{
    return findById(m_tools, id);
}

const TemplateCatalog::DutyEntry *TemplateCatalog::duty(const QString &id) const
{
    return findById(m_duties, id);
}

Status TemplateCatalog::merge(const QJsonObject &root)
{
    TemplateReader reader;
    reader.checkFormat(root, QLatin1StringView("dutymap-catalog"));

    // Work on a copy so that a bad file leaves this catalog as it was; the
    // file's duties may refer to areas, systems and tools it adds itself.
    TemplateCatalog next = *this;

    readList(reader, root, QLatin1StringView("areas"),
             [&](const QJsonObject &object, const QString &path, const QString &id) {
                 AreaEntry area;
                 area.id = id;
                 area.name = reader.text(object, path, QLatin1StringView("name"));
                 upsert(next.m_areas, std::move(area));
             });
    readList(reader, root, QLatin1StringView("systems"),
             [&](const QJsonObject &object, const QString &path, const QString &id) {
                 SystemEntry system;
                 system.id = id;
                 system.name = reader.text(object, path, QLatin1StringView("name"));
                 system.kind = reader.text(object, path, QLatin1StringView("kind"), Need::Optional);
                 system.criticality =
                     reader.choice(object, path, QLatin1StringView("criticality"),
                                   System::Criticality::Medium, &System::criticalityKey, 4);
                 upsert(next.m_systems, std::move(system));
             });
    readList(reader, root, QLatin1StringView("tools"),
             [&](const QJsonObject &object, const QString &path, const QString &id) {
                 ToolEntry tool;
                 tool.id = id;
                 tool.name = reader.text(object, path, QLatin1StringView("name"));
                 tool.category =
                     reader.text(object, path, QLatin1StringView("category"), Need::Optional);
                 upsert(next.m_tools, std::move(tool));
             });
    readList(
        reader, root, QLatin1StringView("duties"),
        [&](const QJsonObject &object, const QString &path, const QString &id) {
            DutyEntry duty;
            duty.id = id;
            duty.area = reader.text(object, path, QLatin1StringView("area"));
            if (!duty.area.isEmpty() && !next.area(duty.area))
                reader.fail(QCoreApplication::translate(
                                "TemplateCatalog",
                                "\"%1.area\" names \"%2\", which is not an area of the "
                                "catalog.")
                                .arg(path, duty.area));
            duty.system = reader.text(object, path, QLatin1StringView("system"), Need::Optional);
            if (!duty.system.isEmpty() && !next.system(duty.system))
                reader.fail(QCoreApplication::translate(
                                "TemplateCatalog",
                                "\"%1.system\" names \"%2\", which is not a system of the "
                                "catalog.")
                                .arg(path, duty.system));
            duty.kind = reader.choice(object, path, QLatin1StringView("kind"), Duty::Kind::Task,
                                      &Duty::kindKey, 4, Need::Required);
            duty.title = reader.text(object, path, QLatin1StringView("title"));
            duty.description =
                reader.text(object, path, QLatin1StringView("description"), Need::Optional);
            duty.frequency =
                reader.text(object, path, QLatin1StringView("frequency"), Need::Optional);
            duty.controls = reader.textList(object, path, QLatin1StringView("controls"));
            duty.tools = reader.textList(object, path, QLatin1StringView("tools"));
            for (qsizetype t = 0; t < duty.tools.size(); ++t) {
                if (!next.tool(duty.tools.at(t)))
                    reader.fail(QCoreApplication::translate(
                                    "TemplateCatalog",
                                    "\"%1\" names \"%2\", which is not a tool of the catalog.")
                                    .arg(TemplateReader::at(path + QStringLiteral(".tools"), t),
                                         duty.tools.at(t)));
            }
            upsert(next.m_duties, std::move(duty));
        });

    if (reader.failed())
        return Status::failure(reader.error());
    *this = std::move(next);
    return {};
}

TemplateCatalog
TemplateCatalog::translated(const std::function<QString(const QString &)> &textOf) const
{
    const auto replace = [&textOf](QString &text, const QString &section, const QString &id,
                                   const char *field) {
        const QString translation = textOf(section + u'.' + id + u'.' + QLatin1StringView(field));
        if (!translation.isEmpty())
            text = translation;
    };
    TemplateCatalog copy = *this;
    const QString areas = QStringLiteral("areas"), systems = QStringLiteral("systems"),
                  tools = QStringLiteral("tools"), duties = QStringLiteral("duties");
    for (AreaEntry &area : copy.m_areas)
        replace(area.name, areas, area.id, "name");
    for (SystemEntry &system : copy.m_systems) {
        replace(system.name, systems, system.id, "name");
        replace(system.kind, systems, system.id, "kind");
    }
    for (ToolEntry &tool : copy.m_tools) {
        replace(tool.name, tools, tool.id, "name");
        replace(tool.category, tools, tool.id, "category");
    }
    for (DutyEntry &duty : copy.m_duties) {
        replace(duty.title, duties, duty.id, "title");
        replace(duty.description, duties, duty.id, "description");
        replace(duty.frequency, duties, duty.id, "frequency");
    }
    return copy;
}
