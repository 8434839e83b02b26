// A second start-up reference: the bare program, linked with Qt Gui as
// dutymap_core is. Linking Qt Gui loads some thirty more shared libraries
// (OpenGL, X11, fonts, D-Bus) at start; the difference between the two
// bare programs shows how much of dutymap-cli's start-up is that.

#include <QColor>
#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // A call into Qt Gui, so the linker keeps the library.
    const QString name = QColor(0x1f5fbf).name();
    std::printf("Dutymap benchmark reference: a bare QCoreApplication with Qt Gui (%s).\n",
                qUtf8Printable(name));
    return 0;
}
