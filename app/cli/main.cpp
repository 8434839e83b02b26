#include "cli.h"
#include "localization.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Dutymap"));
    QCoreApplication::setApplicationName(QStringLiteral("dutymap"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DUTYMAP_VERSION));
    Localization::install();

    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = Cli().run(QCoreApplication::arguments(), {out, err});
    out.flush();
    err.flush();
    return code;
}
