#pragma once

#include "model/raci.h"

#include <QColor>

// One distinct colour per role, used by the matrix, its legend and exports.
namespace RoleColors {
QColor of(Raci::Role role);
// The background of a cell: the colour of its strongest role (A, R, C, I).
QColor background(Raci raci);
} // namespace RoleColors
