#pragma once

#include "benchmark.h"

#include <QList>

// Every benchmark of the harness, in the order they run.
QList<Benchmark> allBenchmarks();

// Loading .dutymap files into a Document, against the sqlite3 shell reading
// the same rows (storagebenchmarks.cpp).
QList<BenchRow> openBenchmark(BenchContext &context);
// Saving with AgreementFile::save, against the sqlite3 shell inserting the
// same rows in one transaction (storagebenchmarks.cpp).
QList<BenchRow> saveBenchmark(BenchContext &context);
// HealthCheck::run (checkbenchmark.cpp).
QList<BenchRow> checkBenchmark(BenchContext &context);
// Routing 100,000 tickets through 500 rules, against the first-match walk
// with TicketRouter::matches, and the routing lint of those rules
// (routingbenchmark.cpp).
QList<BenchRow> routingBenchmark(BenchContext &context);
// `dutymap-cli templates` as a whole process, against a bare Qt program
// (startupbenchmark.cpp).
QList<BenchRow> startupBenchmark(BenchContext &context);
// Peak memory of opening and checking, against a bare Qt program
// (memorybenchmark.cpp).
QList<BenchRow> memoryBenchmark(BenchContext &context);
// `dutymap-cli export` to PDF and XLSX, against LibreOffice converting the
// same matrix from CSV to PDF (exportbenchmark.cpp).
QList<BenchRow> exportBenchmark(BenchContext &context);
// Opening a document in the window, and a key's way to the updated view.
QList<BenchRow> editorBenchmark(BenchContext &context);
// Importing, replaying and aggregating 1,000,000 tickets through 50 rules,
// against the sqlite3 shell importing the same CSV and computing the same
// aggregates (reviewbenchmark.cpp).
QList<BenchRow> reviewBenchmark(BenchContext &context);
// Listing a folder of 2,000 .dutymap files from their stored summaries,
// against loading each file whole (portfoliobenchmark.cpp).
QList<BenchRow> portfolioBenchmark(BenchContext &context);
// The shared store on a PostgreSQL server of its own: the portfolio of
// 10,000 agreements, and push and pull of a large one against psql's \copy
// of the same row (dbbenchmark.cpp).
QList<BenchRow> databaseBenchmark(BenchContext &context);
