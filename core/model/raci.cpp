#include "model/raci.h"

#include <QCoreApplication>

#include <array>

namespace {

struct RoleSpelling {
    Raci::Role role;
    QLatin1StringView letter;
    QLatin1StringView word;
};

constexpr std::array<RoleSpelling, 4> spellings{{
    {Raci::Accountable, QLatin1StringView("A"), QLatin1StringView("accountable")},
    {Raci::Responsible, QLatin1StringView("R"), QLatin1StringView("responsible")},
    {Raci::Consulted, QLatin1StringView("C"), QLatin1StringView("consulted")},
    {Raci::Informed, QLatin1StringView("I"), QLatin1StringView("informed")},
}};

bool isSeparator(QChar c)
{
    return c == u'/' || c == u',' || c == u'+' || c == u';' || c.isSpace();
}

} // namespace

QString Raci::toString() const
{
    QString text;
    for (const RoleSpelling &s : spellings) {
        if (!has(s.role))
            continue;
        if (!text.isEmpty())
            text += u'/';
        text += s.letter;
    }
    return text;
}

std::optional<Raci> Raci::parse(QStringView text, QString *error)
{
    const auto fail = [&](const QString &sentence) -> std::optional<Raci> {
        if (error)
            *error = sentence;
        return std::nullopt;
    };
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed == u"-")
        return Raci();
    if (trimmed.size() > 64)
        return fail(QCoreApplication::translate("Raci", "\"%1…\" is not a RACI value: too long.")
                        .arg(trimmed.left(20).toString()));

    std::uint8_t flags = 0;
    qsizetype i = 0;
    while (i < trimmed.size()) {
        if (isSeparator(trimmed.at(i))) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < trimmed.size() && !isSeparator(trimmed.at(end)))
            ++end;
        const QStringView token = trimmed.sliced(i, end - i);
        i = end;

        const RoleSpelling *match = nullptr;
        for (const RoleSpelling &s : spellings) {
            if (token.compare(s.letter, Qt::CaseInsensitive) == 0
                || token.compare(s.word, Qt::CaseInsensitive) == 0) {
                match = &s;
                break;
            }
        }
        // Letters written together ("AR", "ci") are a common spreadsheet habit.
        if (!match && token.size() <= 4) {
            std::uint8_t packed = 0;
            bool allLetters = true;
            for (QChar c : token) {
                const RoleSpelling *letter = nullptr;
                for (const RoleSpelling &s : spellings)
                    if (QStringView(&c, 1).compare(s.letter, Qt::CaseInsensitive) == 0)
                        letter = &s;
                if (!letter) {
                    allLetters = false;
                    break;
                }
                if (packed & letter->role)
                    return fail(QCoreApplication::translate(
                                    "Raci", "\"%1\" is not a RACI value: a role is named twice.")
                                    .arg(trimmed.toString()));
                packed |= letter->role;
            }
            if (allLetters) {
                if (flags & packed)
                    return fail(QCoreApplication::translate(
                                    "Raci", "\"%1\" is not a RACI value: a role is named twice.")
                                    .arg(trimmed.toString()));
                flags |= packed;
                continue;
            }
        }
        if (!match)
            return fail(QCoreApplication::translate(
                            "Raci", "\"%1\" is not a RACI value: \"%2\" is not one of R, A, C, I.")
                            .arg(trimmed.toString(), token.toString()));
        if (flags & match->role)
            return fail(QCoreApplication::translate(
                            "Raci", "\"%1\" is not a RACI value: a role is named twice.")
                            .arg(trimmed.toString()));
        flags |= match->role;
    }
    return Raci(flags);
}

QString Raci::roleName(Role role)
{
    switch (role) {
    case Responsible:
        return QCoreApplication::translate("Raci", "Responsible");
    case Accountable:
        return QCoreApplication::translate("Raci", "Accountable");
    case Consulted:
        return QCoreApplication::translate("Raci", "Consulted");
    case Informed:
        return QCoreApplication::translate("Raci", "Informed");
    }
    return {};
}

std::optional<Raci::Role> Raci::strongest() const
{
    for (const Role r : ByStrength)
        if (has(r))
            return r;
    return std::nullopt;
}

std::uint32_t Raci::tint(Role role)
{
    switch (role) {
    case Accountable:
        return 0xf4a582;
    case Responsible:
        return 0x92c5de;
    case Consulted:
        return 0xfddb7f;
    case Informed:
        return 0xd9d9d9;
    }
    return 0xffffff;
}

QChar Raci::roleLetter(Role role)
{
    for (const RoleSpelling &s : spellings)
        if (s.role == role)
            return QChar(s.letter.front());
    return {};
}
