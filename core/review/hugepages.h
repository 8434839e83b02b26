#pragma once

#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

#include <cstdint>

// Asks the system to back a large buffer that is about to be filled with
// huge pages where it can: a million tickets then cost a few dozen page
// faults instead of tens of thousands. Only a hint; nothing changes where
// the system does not take it.
inline void preferHugePages(const void *data, qsizetype bytes)
{
#ifdef Q_OS_LINUX
    constexpr std::uintptr_t Page = 4096;
    constexpr qsizetype Worth = 4 * 1024 * 1024;
    if (!data || bytes < Worth)
        return;
    const auto start = (reinterpret_cast<std::uintptr_t>(data) + Page - 1) & ~(Page - 1);
    const auto end = (reinterpret_cast<std::uintptr_t>(data) + std::uintptr_t(bytes)) & ~(Page - 1);
    if (end > start)
        madvise(reinterpret_cast<void *>(start), end - start, MADV_HUGEPAGE);
#else
    Q_UNUSED(data);
    Q_UNUSED(bytes);
#endif
}
