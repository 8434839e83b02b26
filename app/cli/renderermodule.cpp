#include "renderermodule.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(RendererModule)
};

QString programDir()
{
    if (QCoreApplication::instance())
        return QCoreApplication::applicationDirPath();
    // Before the application object exists (main() decides which one to
    // make): the kernel knows where the program is.
    return QFileInfo(QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath())
        .absolutePath();
}

struct LoadState {
    // Never unloaded: QLibrary's destructor leaves the module loaded, so
    // the functions stay valid until the process ends.
    QLibrary library;
    bool tried = false;
    RendererModule module;
    bool ok = false;
    QString path;    // the file found
    QString failure; // QLibrary's reason, when one was found but would not load
};

} // namespace

QStringList RendererModule::candidatePaths()
{
    const QDir dir(programDir());
    const QString name = QStringLiteral(DUTYMAP_RENDER_MODULE_NAME);
    return {
        QDir::cleanPath(dir.filePath(name)),
        QDir::cleanPath(dir.filePath(QStringLiteral(DUTYMAP_RENDER_MODULE_RELDIR) + u'/' + name))};
}

const RendererModule *RendererModule::load(QString *error)
{
    static LoadState state;
    if (!state.tried) {
        state.tried = true;
        for (const QString &path : candidatePaths()) {
            if (!QFileInfo::exists(path))
                continue;
            state.path = path;
            QLibrary *library = &state.library;
            library->setFileName(path);
            if (!library->load()) {
                state.failure = library->errorString();
                break;
            }
            using Version = const char *(*)();
            const auto version =
                reinterpret_cast<Version>(library->resolve("dutymap_render_version"));
            state.module.m_createApplication = reinterpret_cast<CreateApplication>(
                library->resolve("dutymap_render_create_application"));
            state.module.m_writePdf =
                reinterpret_cast<WritePdf>(library->resolve("dutymap_render_write_pdf"));
            state.module.m_writeXlsx =
                reinterpret_cast<WritePdf>(library->resolve("dutymap_render_write_xlsx"));
            state.module.m_writePortfolioPdf = reinterpret_cast<WritePortfolio>(
                library->resolve("dutymap_render_write_portfolio_pdf"));
            state.module.m_writePortfolioXlsx = reinterpret_cast<WritePortfolio>(
                library->resolve("dutymap_render_write_portfolio_xlsx"));
            state.module.m_writeReviewPdf =
                reinterpret_cast<WriteReview>(library->resolve("dutymap_render_write_review_pdf"));
            state.module.m_writeReviewXlsx =
                reinterpret_cast<WriteReview>(library->resolve("dutymap_render_write_review_xlsx"));
            if (!version || !state.module.m_createApplication || !state.module.m_writePdf
                || !state.module.m_writeXlsx || !state.module.m_writePortfolioPdf
                || !state.module.m_writePortfolioXlsx || !state.module.m_writeReviewPdf
                || !state.module.m_writeReviewXlsx) {
                state.failure = Tr::tr("it is not a Dutymap renderer");
                break;
            }
            if (qstrcmp(version(), DUTYMAP_VERSION) != 0) {
                state.failure =
                    Tr::tr("it belongs to Dutymap %1, this is %2")
                        .arg(QString::fromUtf8(version()), QStringLiteral(DUTYMAP_VERSION));
                break;
            }
            state.ok = true;
            break;
        }
    }
    if (state.ok)
        return &state.module;
    if (error) {
        if (state.path.isEmpty())
            *error = Tr::tr("the PDF and XLSX renderer is not installed: none of %1 exists.")
                         .arg(candidatePaths().join(QStringLiteral(", ")));
        else
            *error = Tr::tr("the PDF and XLSX renderer “%1” could not be loaded: %2.")
                         .arg(state.path, state.failure);
    }
    return nullptr;
}

QCoreApplication *RendererModule::createApplication(int *argc, char **argv) const
{
    return m_createApplication(argc, argv);
}

Status RendererModule::writePdf(const report::Report &report, QIODevice *device) const
{
    QString error;
    if (!m_writePdf(&report, device, &error))
        return Status::failure(error);
    return {};
}

Status RendererModule::writeXlsx(const report::Report &report, QIODevice *device) const
{
    QString error;
    if (!m_writeXlsx(&report, device, &error))
        return Status::failure(error);
    return {};
}

Status RendererModule::writePortfolioPdf(const PortfolioSheet &sheet, QIODevice *device) const
{
    QString error;
    if (!m_writePortfolioPdf(&sheet, device, &error))
        return Status::failure(error);
    return {};
}

Status RendererModule::writePortfolioXlsx(const PortfolioSheet &sheet, QIODevice *device) const
{
    QString error;
    if (!m_writePortfolioXlsx(&sheet, device, &error))
        return Status::failure(error);
    return {};
}

Status RendererModule::writeReviewPdf(const ServiceReview &review, const Agreement &agreement,
                                      QIODevice *device) const
{
    QString error;
    if (!m_writeReviewPdf(&review, &agreement, device, &error))
        return Status::failure(error);
    return {};
}

Status RendererModule::writeReviewXlsx(const ServiceReview &review, const Agreement &agreement,
                                       QIODevice *device) const
{
    QString error;
    if (!m_writeReviewXlsx(&review, &agreement, device, &error))
        return Status::failure(error);
    return {};
}
