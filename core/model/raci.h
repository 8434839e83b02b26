#pragma once

#include <QString>
#include <QStringView>

#include <cstdint>
#include <optional>

// The roles one party holds on one duty: any combination of Responsible,
// Accountable, Consulted and Informed. Text form is "A/R", "C/I", "R" or "".
class Raci
{
public:
    enum Role : std::uint8_t {
        Responsible = 0x1,
        Accountable = 0x2,
        Consulted = 0x4,
        Informed = 0x8,
    };
    static constexpr std::uint8_t AllRoles = 0xF;

    constexpr Raci() = default;
    constexpr explicit Raci(std::uint8_t flags)
        : m_flags(flags & AllRoles)
    {}

    static constexpr Raci fromBits(std::uint8_t flags) { return Raci(flags); }

    bool isEmpty() const { return m_flags == 0; }
    bool has(Role role) const { return (m_flags & role) != 0; }
    bool responsible() const { return has(Responsible); }
    bool accountable() const { return has(Accountable); }
    bool consulted() const { return has(Consulted); }
    bool informed() const { return has(Informed); }
    std::uint8_t bits() const { return m_flags; }

    Raci with(Role role) const { return Raci(m_flags | role); }
    Raci without(Role role) const { return Raci(m_flags & ~role); }
    Raci toggled(Role role) const { return Raci(m_flags ^ role); }

    // Canonical text: letters in A, R, C, I order joined by '/'.
    QString toString() const;

    // Strict, case-insensitive parse of a cell. Accepts letters or the full
    // role names joined by '/', ',' '+' or spaces ("R/A", "a/r",
    // "Accountable, Responsible"), and the empty string or "-" for no role.
    // Anything else, or a role named twice, fails with a sentence naming the
    // offending text.
    static std::optional<Raci> parse(QStringView text, QString *error = nullptr);

    static QString roleName(Role role);
    static QChar roleLetter(Role role);

    // The roles from the strongest down: a cell takes the tint of the
    // first one it holds.
    static constexpr Role ByStrength[] = {Accountable, Responsible, Consulted, Informed};
    std::optional<Role> strongest() const;
    // A role's tint as 0xRRGGBB, the same on screen, on paper and in the
    // workbook: light, so black text stays readable in light and dark
    // themes.
    static std::uint32_t tint(Role role);

    friend bool operator==(Raci, Raci) = default;

private:
    std::uint8_t m_flags = 0;
};
