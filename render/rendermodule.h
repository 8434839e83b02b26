#pragma once

// The PDF renderer as a plug-in module for dutymap-cli.
//
// dutymap-cli must start without Qt Gui (its start-up time is benchmarked,
// and Qt Gui alone doubles it), yet `export --format pdf` needs fonts and a
// QPainter. So the renderer is also built as a MODULE library,
// libdutymap-render.so, that dutymap-cli loads with QLibrary only when a
// command needs it (Cli::needsRenderer, decided before the application
// object exists). It lies next to dutymap-cli in the build tree and in
// <prefix>/<libdir>/dutymap when installed (RendererModule finds both).
// The window and the tests link dutymap_render directly instead.
//
// The functions below are its whole interface: plain C symbols, resolved
// by name. They pass C++ types, which is safe because the module and the
// program come from the same build; dutymap_render_version() lets the
// program refuse a module from another version.

#include <QtGlobal>

class QCoreApplication;
class QIODevice;
class QString;
struct Agreement;
struct PortfolioSheet;
struct ServiceReview;
namespace report {
struct Report;
}

extern "C" {
// DUTYMAP_VERSION of the build that made the module.
Q_DECL_EXPORT const char *dutymap_render_version();
// Makes the QGuiApplication, on the offscreen platform when no platform is
// set and there is no display. argc must outlive the application.
Q_DECL_EXPORT QCoreApplication *dutymap_render_create_application(int *argc, char **argv);
// Writes the report as PDF to an open device; on failure returns false and
// puts the sentence into *error.
Q_DECL_EXPORT bool dutymap_render_write_pdf(const report::Report *report, QIODevice *device,
                                            QString *error);
// The same for the XLSX workbook; needs no application object beyond a
// QCoreApplication.
Q_DECL_EXPORT bool dutymap_render_write_xlsx(const report::Report *report, QIODevice *device,
                                             QString *error);
// The portfolio's one-pager as PDF (needs the QGuiApplication) and its
// table as an XLSX workbook.
Q_DECL_EXPORT bool dutymap_render_write_portfolio_pdf(const PortfolioSheet *sheet,
                                                      QIODevice *device, QString *error);
Q_DECL_EXPORT bool dutymap_render_write_portfolio_xlsx(const PortfolioSheet *sheet,
                                                       QIODevice *device, QString *error);
// The service review's report as PDF (needs the QGuiApplication) and its
// figures as an XLSX workbook.
Q_DECL_EXPORT bool dutymap_render_write_review_pdf(const ServiceReview *review,
                                                   const Agreement *agreement, QIODevice *device,
                                                   QString *error);
Q_DECL_EXPORT bool dutymap_render_write_review_xlsx(const ServiceReview *review,
                                                    const Agreement *agreement, QIODevice *device,
                                                    QString *error);
}

// Type names of the functions, for QLibrary::resolve.
using DutymapRenderVersion = const char *(*)();
using DutymapRenderCreateApplication = QCoreApplication *(*)(int *, char **);
using DutymapRenderWritePdf = bool (*)(const report::Report *, QIODevice *, QString *);
using DutymapRenderWriteXlsx = DutymapRenderWritePdf;
