#pragma once

#include <QLatin1StringView>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <utility>

// A table of stable text keys for an enum, as written in files and templates.
template <typename Enum, std::size_t N>
struct EnumKeys {
    std::array<std::pair<Enum, QLatin1StringView>, N> entries;

    QString key(Enum value) const
    {
        for (const auto &[v, text] : entries)
            if (v == value)
                return text;
        return {};
    }

    std::optional<Enum> fromKey(QStringView text) const
    {
        for (const auto &[v, key] : entries)
            if (text == key)
                return v;
        return std::nullopt;
    }

    QStringList keys() const
    {
        QStringList list;
        for (const auto &entry : entries)
            list.append(entry.second);
        return list;
    }
};
