#pragma once

#include <QtGlobal>

namespace gw {

// Detects discontinuities between two clock readings taken on a regular tick: a suspend/resume
// (the monotonic clock stands still on Linux while the wall clock moves on, or the tick arrives
// far too late) and a wall-clock step (NTP, manual change). Pure: readings are passed in.
class TimelineMonitor
{
public:
    enum class Jump { None, Suspend, WallClockStep };

    explicit TimelineMonitor(qint64 toleranceMs = 5'000);

    // One reading per tick; `expectedTickMs` is how long after the previous reading this one was due.
    Jump observe(qint64 monotonicMs, qint64 wallMs, qint64 expectedTickMs);

private:
    qint64 m_toleranceMs;
    bool m_primed = false;
    qint64 m_lastMonotonicMs = 0;
    qint64 m_lastWallMs = 0;
};

} // namespace gw
