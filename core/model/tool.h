#pragma once

#include <QDate>
#include <QMap>
#include <QString>

#include <optional>

// What one party may do in one tool.
struct ToolAccess {
    enum class Level { None, Read, Operate, Admin };

    Level level = Level::None;
    QString role; // the role's name inside the tool
    QString approvedBy;
    bool mfaRequired = false;
    QDate expires; // null: no expiry

    static QString levelKey(Level level);
    static std::optional<Level> levelFromKey(QStringView key);
    static QString levelName(Level level);

    friend bool operator==(const ToolAccess &, const ToolAccess &) = default;
};

// A console or platform the parties work in (ticketing, RMM, backup, ...),
// who owns it and what access each party has.
struct Tool {
    int id = 0;
    QString key;
    QString name;
    QString category;
    int ownerId = 0;              // party id, 0: not set
    QMap<int, ToolAccess> access; // party id -> access; absent: none

    ToolAccess::Level levelOf(int partyId) const { return access.value(partyId).level; }

    friend bool operator==(const Tool &, const Tool &) = default;
};
