#include "rolecolors.h"

namespace RoleColors {

QColor of(Raci::Role role)
{
    // Light tints that keep black text readable in light and dark themes.
    switch (role) {
    case Raci::Accountable:
        return QColor(0xf4, 0xa5, 0x82);
    case Raci::Responsible:
        return QColor(0x92, 0xc5, 0xde);
    case Raci::Consulted:
        return QColor(0xfd, 0xdb, 0x7f);
    case Raci::Informed:
        return QColor(0xd9, 0xd9, 0xd9);
    }
    return {};
}

QColor background(Raci raci)
{
    for (Raci::Role r : {Raci::Accountable, Raci::Responsible, Raci::Consulted, Raci::Informed})
        if (raci.has(r))
            return of(r);
    return {};
}

} // namespace RoleColors
