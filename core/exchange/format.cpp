#include "exchange/format.h"

#include <QCoreApplication>
#include <QIODevice>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Format)
};
} // namespace

ExportJob::ExportJob(Agreement agreement, ReportOptions options)
    : m_agreement(std::move(agreement))
    , m_options(std::move(options))
{}

const report::Report &ExportJob::report() const
{
    if (!m_report)
        m_report = ReportBuilder::build(m_agreement, m_options);
    return *m_report;
}

Status Format::writeAgreement(const Agreement &agreement, QIODevice *device,
                              const ReportOptions &options) const
{
    return write(ExportJob(agreement, options), device);
}

Result<Agreement> Format::read(QIODevice *, const QString &sourceName) const
{
    return Result<Agreement>::failure(
        Tr::tr("Dutymap cannot read %1 files (“%2”).").arg(name(), sourceName));
}

QString Format::writeError(const QString &target, const QString &reason) const
{
    QString why = reason.trimmed();
    if (why.endsWith(u'.'))
        why.chop(1);
    return Tr::tr("Could not export “%1” as %2: %3.").arg(target, name(), why);
}

QString Format::fileFilter() const
{
    return Tr::tr("%1 (*.%2)").arg(name(), extension());
}

Status Format::deviceFailure(QIODevice *device) const
{
    const QString reason = device && !device->errorString().isEmpty()
                               ? device->errorString()
                               : Tr::tr("the output could not be written");
    return Status::failure(reason);
}
