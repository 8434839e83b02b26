#pragma once

#include <QList>
#include <QString>

#include <memory>
#include <vector>

class Format;

// All the formats Dutymap knows, in the order menus show them.
class FormatRegistry
{
public:
    static const FormatRegistry &instance();

    QList<const Format *> formats() const;
    const Format *byId(const QString &id) const;
    const Format *byExtension(const QString &fileName) const;
    QStringList ids() const;

private:
    FormatRegistry();
    std::vector<std::unique_ptr<Format>> m_formats;
};
