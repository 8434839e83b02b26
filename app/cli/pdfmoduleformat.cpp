#include "pdfmoduleformat.h"

#include "renderermodule.h"

#include <QCoreApplication>

namespace {
struct Tr {
    // The renderer's own context, so both PDF formats share one translation.
    Q_DECLARE_TR_FUNCTIONS(PdfFormat)
};
} // namespace

QString PdfModuleFormat::name() const
{
    return Tr::tr("PDF document");
}

Status PdfModuleFormat::write(const ExportJob &job, QIODevice *device) const
{
    QString error;
    const RendererModule *module = RendererModule::load(&error);
    if (!module)
        return Status::failure(error);
    return module->writePdf(job.report(), device);
}

namespace {
struct XlsxTr {
    Q_DECLARE_TR_FUNCTIONS(XlsxFormat)
};
} // namespace

QString XlsxModuleFormat::name() const
{
    return XlsxTr::tr("Excel workbook");
}

Status XlsxModuleFormat::write(const ExportJob &job, QIODevice *device) const
{
    QString error;
    const RendererModule *module = RendererModule::load(&error);
    if (!module)
        return Status::failure(error);
    return module->writeXlsx(job.report(), device);
}
