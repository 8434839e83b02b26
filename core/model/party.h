#pragma once

#include <QString>

#include <optional>

// Who can hold a responsibility: the client's internal IT, the managed
// service provider, leadership, end users, a vendor.
struct Party {
    enum class Kind { Internal, Provider, Leadership, EndUsers, Vendor, Other };

    int id = 0;
    QString name;
    QString code; // short label for narrow columns, e.g. "IT", "MSP"
    Kind kind = Kind::Other;
    QString color; // "#rrggbb", empty for none

    // Stable key used in files and templates ("internal", "provider", ...).
    static QString kindKey(Kind kind);
    static std::optional<Kind> kindFromKey(QStringView key);
    static QString kindName(Kind kind);
    // What to call the party in a sentence: its name, else its code, else
    // the name of its kind.
    QString label() const;
    // True for "#rrggbb" (hex digits in either case). Kept as text so the
    // core needs no Qt Gui.
    static bool isColor(QStringView text);

    // Internal IT, leadership and end users sit on the client's side.
    bool isClientSide() const
    {
        return kind == Kind::Internal || kind == Kind::Leadership || kind == Kind::EndUsers;
    }

    friend bool operator==(const Party &, const Party &) = default;
};
