#include "timeline.h"

#include <cstdlib>

namespace gw {

TimelineMonitor::TimelineMonitor(qint64 toleranceMs) : m_toleranceMs(toleranceMs)
{}

TimelineMonitor::Jump TimelineMonitor::observe(qint64 monotonicMs, qint64 wallMs, qint64 expectedTickMs)
{
    const bool primed = m_primed;
    const qint64 monoDelta = monotonicMs - m_lastMonotonicMs;
    const qint64 wallDelta = wallMs - m_lastWallMs;
    m_primed = true;
    m_lastMonotonicMs = monotonicMs;
    m_lastWallMs = wallMs;
    if (!primed)
        return Jump::None;

    // A tick that comes far too late means the process (or the machine) was not running.
    if (monoDelta > expectedTickMs + m_toleranceMs)
        return Jump::Suspend;
    // The wall clock moving much more than the monotonic one: a suspend the monotonic clock did
    // not see (forward), or a step of the wall clock (either way). Forward steps larger than the
    // tolerance look the same as a suspend; both mean "the gap is not the vendor's fault".
    const qint64 skew = wallDelta - monoDelta;
    if (skew > m_toleranceMs)
        return Jump::Suspend;
    if (std::llabs(skew) > m_toleranceMs)
        return Jump::WallClockStep;
    return Jump::None;
}

} // namespace gw
