#include "exchange/sampleagreement.h"
#include "localization.h"
#include "mainwindow.h"
#include "renderformats.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Dutymap"));
    QApplication::setApplicationName(QStringLiteral("dutymap"));
    QApplication::setApplicationDisplayName(QStringLiteral("Dutymap"));
    QApplication::setApplicationVersion(QStringLiteral(DUTYMAP_VERSION));
    // The id ties the window to the desktop entry, the AppStream metainfo and the icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.dutymap.Dutymap"));
    QIcon icon;
    for (const int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/%1x%1/apps/io.github.dutymap.Dutymap.png").arg(size));
    QApplication::setWindowIcon(icon);
    Localization::install();
    RenderFormats::install();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Plan who does what in co-managed IT."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sample(
        QStringLiteral("sample"),
        QApplication::translate("main", "Open the built-in sample agreement."));
    parser.addOption(sample);
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QApplication::translate("main", "An agreement to open."));
    parser.process(app);

    MainWindow window;
    if (parser.isSet(sample)) {
        const Result<Agreement> agreement = SampleAgreement::load();
        if (agreement)
            window.showAgreement(agreement.value(), QString());
        else
            QMessageBox::warning(&window, QApplication::translate("main", "Sample agreement"),
                                 agreement.error());
    } else if (!parser.positionalArguments().isEmpty()) {
        window.openFile(parser.positionalArguments().constFirst());
    }
    window.show();
    // Work left unsaved by a crash is offered before anything else.
    if (!parser.isSet(sample) && parser.positionalArguments().isEmpty())
        QTimer::singleShot(0, &window, [&window] { window.offerRecovery(); });
    return app.exec();
}
