#pragma once

#include "report/report.h"

#include <QString>
#include <QStringList>

// A report built by hand, so renderer tests do not depend on the builder:
// `duties` duties over areas of ten, `parties` parties.
report::Report
makeReport(int duties, int parties,
           const QString &title = QStringLiteral("Northwind Logistics co-managed IT"));

// Runs a program to its end; its standard output, or a failed check.
QString runTool(const QString &program, const QStringList &args, int *exitCode = nullptr);
