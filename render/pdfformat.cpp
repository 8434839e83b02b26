#include "pdfformat.h"

#include "reportpainter.h"

#include <QCoreApplication>
#include <QFileDevice>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PdfFormat)
};
} // namespace

QString PdfFormat::name() const
{
    return Tr::tr("PDF document");
}

Status PdfFormat::write(const ExportJob &job, QIODevice *device) const
{
    return writeReport(job.report(), device);
}

Status PdfFormat::writeReport(const report::Report &report, QIODevice *device) const
{
    if (!device || !device->isWritable())
        return deviceFailure(device);
    const Result<int> pages = ReportPainter::writePdf(
        report, device, QStringLiteral("Dutymap %1").arg(QStringLiteral(DUTYMAP_VERSION)));
    if (!pages)
        return Status::failure(pages.error());
    // QPdfWriter reports no write errors of its own: ask the device.
    if (const auto *file = qobject_cast<QFileDevice *>(device);
        file && file->error() != QFileDevice::NoError)
        return deviceFailure(device);
    return {};
}
