#pragma once

#include "benchmark.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

// The results of one harness run: printed as a table for people and saved
// as JSON so two commits can be compared (the table can show an earlier
// run's figures beside this one's).
class BenchReport
{
public:
    void add(const QList<BenchRow> &rows) { m_rows += rows; }
    const QList<BenchRow> &rows() const { return m_rows; }

    // Reads the "ours" figures of an earlier results file, by row key.
    bool loadBaseline(const QString &path, QString *error);

    QString table() const;
    QJsonObject json(const QJsonObject &run) const;
    bool writeJson(const QString &path, const QJsonObject &run, QString *error) const;

    // True when every row measured and every target was met.
    bool allPassed() const;
    bool anyError() const;

private:
    QList<BenchRow> m_rows;
    QHash<QString, double> m_baseline;
    QString m_baselineName;
};
