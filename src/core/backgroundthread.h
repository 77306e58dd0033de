// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace marquee {

/// Lets the calling thread give way to the GUI thread when both want a core (Linux: 10 nice steps lower, for this thread only).
///
/// A full refresh keeps the writer and the fetchers busy on every core; at equal priority the GUI thread then waits
/// its turn, and a 5 ms repaint ends 15 ms later. QThread::setPriority cannot help: under SCHED_OTHER Linux has one
/// static priority, and Qt's only lower step is SCHED_IDLE, under which progress writes could starve while a video
/// decodes. Elsewhere this does nothing.
void yieldToInteractiveThreads();

} // namespace marquee
