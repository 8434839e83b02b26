#pragma once

#include "result.h"

#include <QString>
#include <QStringList>

class QCoreApplication;
class QIODevice;
struct Agreement;
struct PortfolioSheet;
struct ServiceReview;
namespace report {
struct Report;
}

// dutymap-cli's handle on the PDF and XLSX renderer module, libdutymap-render.so
// (render/rendermodule.h explains why it is a module). Loaded on demand,
// once per process: main() loads it before making the application object
// when Cli::needsRenderer() says the command draws, and lets it make a
// QGuiApplication; PdfModuleFormat and XlsxModuleFormat use it to write.
//
// Looked for next to the program (the build tree) and then in
// <prefix>/<libdir>/dutymap relative to the program (an install); when it
// is in neither, the error names every file looked for.
class RendererModule
{
public:
    // The loaded module, or nullptr with the reason in *error.
    static const RendererModule *load(QString *error);
    // Where the module is looked for, in order.
    static QStringList candidatePaths();

    QCoreApplication *createApplication(int *argc, char **argv) const;
    Status writePdf(const report::Report &report, QIODevice *device) const;
    Status writeXlsx(const report::Report &report, QIODevice *device) const;
    Status writePortfolioPdf(const PortfolioSheet &sheet, QIODevice *device) const;
    Status writePortfolioXlsx(const PortfolioSheet &sheet, QIODevice *device) const;
    Status writeReviewPdf(const ServiceReview &review, const Agreement &agreement,
                          QIODevice *device) const;
    Status writeReviewXlsx(const ServiceReview &review, const Agreement &agreement,
                           QIODevice *device) const;

private:
    using CreateApplication = QCoreApplication *(*)(int *, char **);
    using WritePdf = bool (*)(const report::Report *, QIODevice *, QString *);
    CreateApplication m_createApplication = nullptr;
    WritePdf m_writePdf = nullptr;
    WritePdf m_writeXlsx = nullptr;
    using WritePortfolio = bool (*)(const PortfolioSheet *, QIODevice *, QString *);
    WritePortfolio m_writePortfolioPdf = nullptr;
    WritePortfolio m_writePortfolioXlsx = nullptr;
    using WriteReview = bool (*)(const ServiceReview *, const Agreement *, QIODevice *, QString *);
    WriteReview m_writeReviewPdf = nullptr;
    WriteReview m_writeReviewXlsx = nullptr;
};
