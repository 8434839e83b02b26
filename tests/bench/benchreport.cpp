#include "benchreport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <cmath>

namespace {

QString figure(double value, const QString &unit)
{
    // Three significant digits are as many as the noise allows.
    const int decimals = value < 10 ? 2 : value < 100 ? 1 : 0;
    return QString::number(value, 'f', decimals) + QLatin1Char(' ') + unit;
}

QString ratioText(double ratio)
{
    return ratio > 0 ? QString::number(ratio, 'f', 2) + QStringLiteral("×") : QStringLiteral("—");
}

QString resultText(const BenchRow &row)
{
    if (!row.error.isEmpty())
        return QStringLiteral("ERROR");
    const std::optional<bool> pass = row.pass();
    if (!pass)
        return QStringLiteral("info");
    return *pass ? QStringLiteral("PASS") : QStringLiteral("FAIL");
}

QString goalKey(BenchRow::Goal goal)
{
    switch (goal) {
    case BenchRow::Goal::None:
        return QStringLiteral("none");
    case BenchRow::Goal::RatioAtMost:
        return QStringLiteral("ratio-at-most");
    case BenchRow::Goal::Below:
        return QStringLiteral("below");
    }
    return {};
}

} // namespace

bool BenchReport::loadBaseline(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        *error = QStringLiteral("%1 is not a results file: %2").arg(path, parseError.errorString());
        return false;
    }
    const QJsonObject root = doc.object();
    for (const QJsonValue &value : root.value(QLatin1String("rows")).toArray()) {
        const QJsonObject row = value.toObject();
        if (row.value(QLatin1String("error")).toString().isEmpty())
            m_baseline.insert(row.value(QLatin1String("key")).toString(),
                              row.value(QLatin1String("ours")).toDouble());
    }
    const QString label =
        root.value(QLatin1String("run")).toObject().value(QLatin1String("label")).toString();
    m_baselineName = label.isEmpty() ? QFileInfo(path).fileName() : label;
    return true;
}

QString BenchReport::table() const
{
    const bool compare = !m_baseline.isEmpty();
    QList<QStringList> lines;
    QStringList header = {QStringLiteral("benchmark"), QStringLiteral("ours")};
    if (compare)
        header << QStringLiteral("before") << QStringLiteral("change");
    header << QStringLiteral("reference") << QStringLiteral("ratio") << QStringLiteral("cpu ratio")
           << QStringLiteral("target") << QStringLiteral("result")
           << QStringLiteral("reference is");
    lines.append(header);

    QStringList errors;
    for (const BenchRow &row : m_rows) {
        QStringList cells = {row.name};
        const bool measured = row.error.isEmpty();
        cells << (measured ? figure(row.ours, row.unit) : QStringLiteral("—"));
        if (compare) {
            const auto before = m_baseline.constFind(row.key);
            if (before != m_baseline.cend() && measured && *before > 0) {
                cells << figure(*before, row.unit);
                const double change = (row.ours - *before) / *before * 100.0;
                cells << QStringLiteral("%1%2%")
                             .arg(change >= 0 ? QStringLiteral("+") : QString())
                             .arg(change, 0, 'f', 1);
            } else {
                cells << QStringLiteral("—") << QStringLiteral("—");
            }
        }
        cells << (measured && row.reference > 0 ? figure(row.reference, row.unit)
                                                : QStringLiteral("—"));
        cells << (measured ? ratioText(row.ratio()) : QStringLiteral("—"));
        cells << (measured ? ratioText(row.cpuRatio()) : QStringLiteral("—"));
        cells << row.targetText() << resultText(row) << row.referenceName;
        lines.append(cells);
        if (!row.error.isEmpty())
            errors << QStringLiteral("%1: %2").arg(row.name, row.error);
    }

    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &cells : lines)
        for (qsizetype c = 0; c < cells.size(); ++c)
            widths[c] = std::max(widths[c], cells.at(c).size());
    QString out;
    for (qsizetype l = 0; l < lines.size(); ++l) {
        const QStringList &cells = lines.at(l);
        QString line;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            // Names and notes read best left-aligned, figures right-aligned.
            const bool text = c == 0 || c == cells.size() - 1 || c == cells.size() - 2;
            const QString cell =
                text ? cells.at(c).leftJustified(widths[c]) : cells.at(c).rightJustified(widths[c]);
            line += (c == 0 ? QString() : QStringLiteral("  ")) + cell;
        }
        out += line.trimmed() + QLatin1Char('\n');
        if (l == 0)
            out += QString(line.trimmed().size(), QLatin1Char('-')) + QLatin1Char('\n');
    }
    if (compare)
        out += QStringLiteral("before: %1\n").arg(m_baselineName);
    for (const QString &error : errors)
        out += QStringLiteral("error: %1\n").arg(error);
    return out;
}

QJsonObject BenchReport::json(const QJsonObject &run) const
{
    QJsonArray rows;
    for (const BenchRow &row : m_rows) {
        QJsonObject o{
            {QStringLiteral("key"), row.key},
            {QStringLiteral("name"), row.name},
            {QStringLiteral("unit"), row.unit},
            {QStringLiteral("ours"), row.ours},
            {QStringLiteral("reference"), row.reference},
            {QStringLiteral("reference_name"), row.referenceName},
            {QStringLiteral("ratio"), row.ratio()},
            {QStringLiteral("ours_cpu"), row.oursCpu},
            {QStringLiteral("reference_cpu"), row.referenceCpu},
            {QStringLiteral("cpu_ratio"), row.cpuRatio()},
            {QStringLiteral("goal"), goalKey(row.goal)},
            {QStringLiteral("limit"), row.limit},
            {QStringLiteral("target"), row.targetText()},
            {QStringLiteral("runs"), row.runs},
            {QStringLiteral("error"), row.error},
        };
        const std::optional<bool> pass = row.pass();
        o.insert(QStringLiteral("pass"), pass ? QJsonValue(*pass) : QJsonValue());
        rows.append(o);
    }
    return {{QStringLiteral("format"), 1},
            {QStringLiteral("run"), run},
            {QStringLiteral("rows"), rows}};
}

bool BenchReport::writeJson(const QString &path, const QJsonObject &run, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(json(run)).toJson(QJsonDocument::Indented)) < 0
        || !file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool BenchReport::allPassed() const
{
    return std::all_of(m_rows.cbegin(), m_rows.cend(),
                       [](const BenchRow &row) { return row.pass().value_or(true); });
}

bool BenchReport::anyError() const
{
    return std::any_of(m_rows.cbegin(), m_rows.cend(),
                       [](const BenchRow &row) { return !row.error.isEmpty(); });
}
