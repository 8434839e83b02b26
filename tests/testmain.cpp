// The Catch2 runner shared by every test program: it builds the Qt
// application first (so Qt strips its own arguments), on the offscreen
// platform unless one is set, with a fixed hash seed and isolated settings.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "model/documentlanguage.h"

#include <QStandardPaths>

#if defined(DUTYMAP_TEST_WIDGETS)
#include "renderformats.h"

#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_HASH_SEED", "0");
    QStandardPaths::setTestModeEnabled(true);
    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("Dutymap"));
    TestApplication::setApplicationName(QStringLiteral("dutymap-tests"));
    // As Localization::install() does in the programs: tests run in English,
    // agreements in their own language.
    DocumentLanguage::install();
#if defined(DUTYMAP_TEST_WIDGETS)
    // As the program does at start-up (app/gui/main.cpp).
    RenderFormats::install();
#endif
    return Catch::Session().run(argc, argv);
}
