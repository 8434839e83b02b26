#include "cli.h"
#include "localization.h"
#include "renderermodule.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    // Users read what dutymap-cli says, not Qt's notes to developers
    // ("XDG_RUNTIME_DIR not set", "OpenType support missing"). A maintainer
    // gets them back, with Dutymap's own (dutymap.*), through
    // QT_LOGGING_RULES, which overrides these rules.
    QLoggingCategory::setFilterRules(QStringLiteral("default.warning=false\n"
                                                    "qt.*.warning=false\n"
                                                    "qt.*.info=false\n"
                                                    "qt.*.debug=false"));
    // Most commands run on Qt Core alone, which keeps start-up fast. The
    // ones that draw (export to PDF) need a QGuiApplication, made by the
    // renderer module loaded here, before any application object exists
    // (render/rendermodule.h). If the module cannot be loaded, the error
    // names the files looked for.
    QStringList rawArgs;
    for (int i = 0; i < argc; ++i)
        rawArgs.append(QString::fromLocal8Bit(argv[i]));
    std::unique_ptr<QCoreApplication> app;
    const bool needsRenderer = Cli::needsRenderer(rawArgs);
    if (needsRenderer) {
        if (const RendererModule *module = RendererModule::load(nullptr))
            app.reset(module->createApplication(&argc, argv));
    }
    if (!app)
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Dutymap"));
    QCoreApplication::setApplicationName(QStringLiteral("dutymap"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DUTYMAP_VERSION));
    Localization::install();

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (QString error; needsRenderer && !RendererModule::load(&error)) {
        err << "dutymap-cli: " << error << '\n';
        return Command::FileError;
    }
    const int code = Cli().run(QCoreApplication::arguments(), {out, err});
    out.flush();
    err.flush();
    return code;
}
