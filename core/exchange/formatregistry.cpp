#include "exchange/formatregistry.h"

#include "exchange/jsonformat.h"

#include <QFileInfo>

const FormatRegistry &FormatRegistry::instance()
{
    static const FormatRegistry registry;
    return registry;
}

FormatRegistry::FormatRegistry()
{
    m_formats.push_back(std::make_unique<JsonFormat>());
}

QList<const Format *> FormatRegistry::formats() const
{
    QList<const Format *> list;
    for (const auto &f : m_formats)
        list.append(f.get());
    return list;
}

const Format *FormatRegistry::byId(const QString &id) const
{
    for (const auto &f : m_formats)
        if (f->id().compare(id, Qt::CaseInsensitive) == 0)
            return f.get();
    return nullptr;
}

const Format *FormatRegistry::byExtension(const QString &fileName) const
{
    const QString suffix = QFileInfo(fileName).suffix();
    for (const auto &f : m_formats)
        if (f->extension().compare(suffix, Qt::CaseInsensitive) == 0)
            return f.get();
    return nullptr;
}

QStringList FormatRegistry::ids() const
{
    QStringList list;
    for (const auto &f : m_formats)
        list.append(f->id());
    return list;
}
