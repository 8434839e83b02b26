#include "benchcontext.h"

#include "agreementgenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>

#include <cstdio>

BenchContext::BenchContext(BenchOptions options)
    : m_options(std::move(options))
{
    QDir().mkpath(m_options.workDir);
}

QList<int> BenchContext::sizes() const
{
    if (m_options.quick)
        return {SmallSize, MediumSize};
    return {SmallSize, MediumSize, LargeSize};
}

int BenchContext::runs(int duties, int normal) const
{
    if (m_options.runs > 0)
        return m_options.runs;
    return duties >= LargeSize ? std::max(1, (normal + 1) / 2) : normal;
}

const Agreement &BenchContext::agreement(int duties)
{
    auto it = m_agreements.find(duties);
    if (it == m_agreements.end()) {
        progress(QStringLiteral("generating an agreement of %1").arg(sizeName(duties)));
        it = m_agreements.insert(duties, AgreementGenerator::generate(duties));
    }
    return *it;
}

Result<QString> BenchContext::agreementFile(int duties)
{
    if (const auto it = m_files.constFind(duties); it != m_files.cend())
        return *it;
    const QString path = scratchPath(QStringLiteral("agreement-%1.dutymap").arg(duties));
    const QString csv = scratchPath(QStringLiteral("agreement-%1.csv").arg(duties));
    if (Status written = AgreementGenerator::write(agreement(duties), path, csv); !written)
        return Result<QString>::failure(written.error());
    m_files.insert(duties, path);
    return path;
}

QString BenchContext::scratchPath(const QString &fileName) const
{
    return QDir(m_options.workDir).filePath(fileName);
}

void BenchContext::progress(const QString &text)
{
    std::fprintf(stderr, "  … %s\n", qUtf8Printable(text));
    std::fflush(stderr);
}

QString BenchContext::sizeName(int duties)
{
    return QCoreApplication::translate("BenchContext", "%1 duties")
        .arg(QLocale(QLocale::English).toString(duties));
}

double BenchContext::median(QList<double> samples)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const qsizetype mid = samples.size() / 2;
    return samples.size() % 2 == 1 ? samples.at(mid) : (samples.at(mid - 1) + samples.at(mid)) / 2;
}

void Stopwatch::start()
{
    m_cpuStart = processCpuMs();
    m_timer.start();
}

double Stopwatch::cpuMs() const
{
    return processCpuMs() - m_cpuStart;
}

double Stopwatch::processCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

void BenchContext::setTimes(BenchRow &row, const TimeSamples &ours, const TimeSamples &reference)
{
    row.ours = median(ours.wall);
    row.oursCpu = median(ours.cpu);
    row.reference = median(reference.wall);
    row.referenceCpu = median(reference.cpu);
}
