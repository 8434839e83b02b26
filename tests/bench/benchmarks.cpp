#include "benchmarks.h"

QList<Benchmark> allBenchmarks()
{
    return {
        {QStringLiteral("open"), QStringLiteral("load a .dutymap file into a Document"),
         &openBenchmark},
        {QStringLiteral("save"), QStringLiteral("write an agreement with AgreementFile::save"),
         &saveBenchmark},
        {QStringLiteral("check"), QStringLiteral("run the health check"), &checkBenchmark},
        {QStringLiteral("startup"), QStringLiteral("start dutymap-cli as a whole process"),
         &startupBenchmark},
        {QStringLiteral("memory"), QStringLiteral("peak memory of opening and checking"),
         &memoryBenchmark},
        {QStringLiteral("editor"), QStringLiteral("open a document in the window; edit latency"),
         &editorBenchmark},
    };
}
