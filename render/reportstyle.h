#pragma once

#include "model/raci.h"

#include <QColor>
#include <QRgb>
#include <QString>

#include <optional>

// The look of the agreement on paper: one palette for the whole document
// and the fonts it is set in. Every section painter draws with these.
namespace ReportStyle {

// Dark ink, a navy accent for headings and header rows, light tints for
// group rows and zebra stripes.
constexpr QRgb Ink = 0x1f2937;
constexpr QRgb Muted = 0x5b6778;
constexpr QRgb Accent = 0x1d3557;
constexpr QRgb AccentSoft = 0xa8c5e6;
constexpr QRgb AccentLight = 0xe6edf5;
constexpr QRgb Zebra = 0xf5f7fa;
constexpr QRgb Rule = 0xd3dae3;
constexpr QRgb White = 0xffffff;
constexpr QRgb Warning = 0xb45309;
constexpr QRgb Good = 0x2f7d4f;

// The fonts of the document; ReportFonts sets their sizes.
enum FontId {
    Body,
    BodyBold,
    Small,
    SmallBold,
    Cell,
    CellBold,
    CellSmall,
    Footer,
    H1,
    H2,
    H3,
    Kicker,
    CoverTitle,
    CoverSub,
    BigNumber,
    FontCount
};

// The tint of a cell's strongest role, as on screen.
inline QColor roleColor(Raci raci)
{
    const std::optional<Raci::Role> role = raci.strongest();
    return role ? QColor(QRgb(Raci::tint(*role))) : QColor();
}

inline QColor colorOr(const QString &text, QRgb fallback)
{
    const QColor c = QColor::fromString(text);
    return c.isValid() ? c : QColor(fallback);
}

} // namespace ReportStyle
