#pragma once

#include "model/agreement.h"
#include "result.h"

#include <QByteArray>
#include <QString>

// Makes realistic agreements of any size for the benchmarks: four parties,
// about one area per 25 duties, systems, duties with varied 40-80 character
// titles and ~150-character descriptions, a mostly healthy RACI spread with
// a few deliberate findings, twenty escalation rules ending in a catch-all
// and ten tools. The same size and seed always give the same agreement, so
// figures from two commits describe the same data.
class AgreementGenerator
{
public:
    static constexpr quint32 DefaultSeed = 20250611;

    static Agreement generate(int duties, quint32 seed = DefaultSeed);

    // The matrix as CSV (RFC 4180, UTF-8): area, duty, description, then one
    // column per party holding its RACI text; for comparisons with tools
    // that read spreadsheets.
    static QByteArray matrixCsv(const Agreement &agreement);

    // Writes the agreement as .dutymap and, when csvPath is not empty, its
    // matrix as CSV.
    static Status write(const Agreement &agreement, const QString &dutymapPath,
                        const QString &csvPath);
};
