#pragma once

#include <QList>
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
    // What to call the party where room is short (a column header, a chart
    // axis): its code, else label().
    QString shortLabel() const;
    // Both, where a reader needs the code to read columns: "Contoso (MSP)";
    // label() alone when the code is empty or the same.
    QString labelWithCode() const;
    // The index in `parties` of the party a person means by a name or a short
    // code, ignoring case and surrounding spaces: a party of that name first,
    // else one with that code; -1 for none. Agreement::findParty() wraps it.
    static qsizetype indexByNameOrCode(const QList<Party> &parties, QStringView nameOrCode);
    // The code a new party gets from its name: a name of five characters or
    // fewer itself, else the initials of its words (five at most), else its
    // first three characters; in upper case. "Managed Service Provider": "MSP".
    static QString codeFromName(const QString &name);
    // The colour a new party gets when it is the index-th: six distinct
    // hues, repeated.
    static QString paletteColor(qsizetype index);
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
