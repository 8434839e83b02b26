#include "rolecolors.h"

namespace RoleColors {

QColor of(Raci::Role role)
{
    return QColor(QRgb(Raci::tint(role)));
}

QColor background(Raci raci)
{
    const std::optional<Raci::Role> role = raci.strongest();
    return role ? of(*role) : QColor();
}

} // namespace RoleColors
