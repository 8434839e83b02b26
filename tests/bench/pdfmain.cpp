// dutymap-bench-pdf [--untagged] FILE OUT: writes the agreement FILE as the
// PDF export does, tagged for screen readers or, with --untagged, the same
// pages without the structure. The export benchmark runs it both ways to
// show what tagging costs in time and size.
#include "report/reportbuilder.h"
#include "reportpainter.h"
#include "storage/agreementfile.h"

#include <QFile>
#include <QGuiApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    const bool untagged = args.removeAll(QStringLiteral("--untagged")) > 0;
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: dutymap-bench-pdf [--untagged] FILE OUT\n");
        return 2;
    }
    const Result<Agreement> agreement = AgreementFile::load(args[0]);
    if (!agreement) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(agreement.error()));
        return 1;
    }
    QFile out(args[1]);
    if (!out.open(QIODevice::WriteOnly)) {
        std::fprintf(stderr, "%s: %s\n", qUtf8Printable(args[1]),
                     qUtf8Printable(out.errorString()));
        return 1;
    }
    const Result<int> pages = ReportPainter::writePdf(
        ReportBuilder::build(*agreement), &out, QStringLiteral("Dutymap benchmark"),
        untagged ? ReportPainter::Tagging::Untagged : ReportPainter::Tagging::Tagged);
    if (!pages || !out.flush()) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(pages ? out.errorString() : pages.error()));
        return 1;
    }
    return 0;
}
