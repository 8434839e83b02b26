// dutymap-bench-generate: writes a generated agreement of any size as
// .dutymap and, optionally, its matrix as CSV.

#include "agreementgenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dutymap-bench-generate"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Writes a realistic agreement of DUTIES duties for benchmarks. The same "
                       "size and seed always give the same agreement."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("DUTIES"), QStringLiteral("Number of duties."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The .dutymap to write."));
    const QCommandLineOption csv(QStringLiteral("csv"),
                                 QStringLiteral("Also write the matrix as CSV to this file."),
                                 QStringLiteral("file"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed."),
                                  QStringLiteral("n"),
                                  QString::number(AgreementGenerator::DefaultSeed));
    parser.addOptions({csv, seed});
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    bool sizeOk = false, seedOk = false;
    const int duties = args.value(0).toInt(&sizeOk);
    const uint seedValue = parser.value(seed).toUInt(&seedOk);
    if (args.size() != 2 || !sizeOk || duties < 1 || duties > 1'000'000 || !seedOk) {
        std::fputs("dutymap-bench-generate: give DUTIES (1 to 1,000,000) and FILE; see --help.\n",
                   stderr);
        return 2;
    }
    const Status written = AgreementGenerator::write(
        AgreementGenerator::generate(duties, seedValue), args.at(1), parser.value(csv));
    if (!written) {
        std::fprintf(stderr, "dutymap-bench-generate: %s\n", qUtf8Printable(written.error()));
        return 1;
    }
    return 0;
}
