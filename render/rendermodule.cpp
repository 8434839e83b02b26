#include "rendermodule.h"

#include "pdfformat.h"
#include "portfoliopdf.h"
#include "portfolioxlsx.h"
#include "review/reviewreport.h"
#include "reviewpdf.h"
#include "reviewxlsx.h"
#include "xlsxformat.h"

#include <QGuiApplication>

const char *dutymap_render_version()
{
    return DUTYMAP_VERSION;
}

QCoreApplication *dutymap_render_create_application(int *argc, char **argv)
{
    // With no display a QGuiApplication aborts (docs/building.md): draw off screen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return new QGuiApplication(*argc, argv);
}

bool dutymap_render_write_pdf(const report::Report *report, QIODevice *device, QString *error)
{
    const Status status = PdfFormat().writeReport(*report, device);
    if (!status && error)
        *error = status.error();
    return status.ok();
}

bool dutymap_render_write_xlsx(const report::Report *report, QIODevice *device, QString *error)
{
    const Status status = XlsxFormat().writeReport(*report, device);
    if (!status && error)
        *error = status.error();
    return status.ok();
}

bool dutymap_render_write_portfolio_pdf(const PortfolioSheet *sheet, QIODevice *device,
                                        QString *error)
{
    const Status status = PortfolioPdf::write(*sheet, device);
    if (!status && error)
        *error = status.error();
    return status.ok();
}

bool dutymap_render_write_portfolio_xlsx(const PortfolioSheet *sheet, QIODevice *device,
                                         QString *error)
{
    const Status status = PortfolioXlsx::write(*sheet, device);
    if (!status && error)
        *error = status.error();
    return status.ok();
}

bool dutymap_render_write_review_pdf(const ServiceReview *review, const Agreement *agreement,
                                     QIODevice *device, QString *error)
{
    const Status status =
        ReviewPdf::write(report::ReviewReport::build(*review, *agreement), device);
    if (!status && error)
        *error = status.error();
    return status.ok();
}

bool dutymap_render_write_review_xlsx(const ServiceReview *review, const Agreement *agreement,
                                      QIODevice *device, QString *error)
{
    const Status status = ReviewXlsx::write(*review, *agreement, device);
    if (!status && error)
        *error = status.error();
    return status.ok();
}
