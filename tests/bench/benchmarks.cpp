#include "benchmarks.h"

QList<Benchmark> allBenchmarks()
{
    return {
        {QStringLiteral("open"), QStringLiteral("load a .dutymap file into a Document"),
         &openBenchmark},
        {QStringLiteral("save"), QStringLiteral("write an agreement with AgreementFile::save"),
         &saveBenchmark},
        {QStringLiteral("check"), QStringLiteral("run the health check"), &checkBenchmark},
        {QStringLiteral("routing"),
         QStringLiteral("route 100,000 tickets through 500 rules; lint the rules"),
         &routingBenchmark},
        {QStringLiteral("startup"), QStringLiteral("start dutymap-cli as a whole process"),
         &startupBenchmark},
        {QStringLiteral("memory"), QStringLiteral("peak memory of opening and checking"),
         &memoryBenchmark},
        {QStringLiteral("export"),
         QStringLiteral("dutymap-cli export to PDF and XLSX, against LibreOffice"),
         &exportBenchmark},
        {QStringLiteral("editor"), QStringLiteral("open a document in the window; edit latency"),
         &editorBenchmark},
        {QStringLiteral("review"),
         QStringLiteral("import, replay and aggregate 1,000,000 tickets; against sqlite3"),
         &reviewBenchmark},
        {QStringLiteral("portfolio"), QStringLiteral("list a folder of 2,000 agreements"),
         &portfolioBenchmark},
        {QStringLiteral("db"),
         QStringLiteral("the shared store on PostgreSQL: portfolio list, push and pull"),
         &databaseBenchmark},
    };
}
