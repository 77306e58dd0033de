// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/backgroundthread.h"

#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace marquee {

namespace {
constexpr int BackgroundNice = 10;
} // namespace

void yieldToInteractiveThreads()
{
#ifdef Q_OS_LINUX
    // On Linux the nice value belongs to the thread, so a thread id lowers this thread alone.
    thread_local const bool lowered = [] {
        return setpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)), BackgroundNice) == 0;
    }();
    Q_UNUSED(lowered);
#endif
}

} // namespace marquee
