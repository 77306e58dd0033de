// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/backgroundthread.h"

#include <QtGlobal>
#include <algorithm>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace marquee {

namespace {
constexpr int BackgroundNiceStep = 10;
constexpr int LowestNice = 19;
} // namespace

void yieldToInteractiveThreads()
{
#ifdef Q_OS_LINUX
    // On Linux the nice value belongs to the thread, so a thread id lowers this thread alone.
    thread_local const bool lowered = [] {
        const auto thread = id_t(syscall(SYS_gettid));
        const int current = getpriority(PRIO_PROCESS, thread);
        return setpriority(PRIO_PROCESS, thread, std::min(current + BackgroundNiceStep, LowestNice)) == 0;
    }();
    Q_UNUSED(lowered);
#endif
}

} // namespace marquee
