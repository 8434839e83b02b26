#pragma once

// The formats dutymap_render adds to the FormatRegistry: PDF and XLSX.
// A program that links dutymap_render calls install() once at start-up,
// before any window or dialog lists formats (app/gui/main.cpp does).
// dutymap-cli links no Qt Gui and registers stand-ins that load the
// renderer as a module instead (Cli::registerFormats).
namespace RenderFormats {
// Adds the formats that are not in the registry yet; calling it again
// changes nothing, so a format an export is using is never replaced.
void install();
} // namespace RenderFormats
