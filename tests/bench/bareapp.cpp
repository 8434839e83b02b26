// The start-up and memory reference: the least a Qt command-line program
// does. dutymap-cli is compared with it, so the figure shows what Dutymap
// adds on top of Qt itself.

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::puts("Dutymap benchmark reference: a bare QCoreApplication.");
    return 0;
}
