#include "rangestep.h"

#include <algorithm>
#include <array>

namespace gw {

namespace {

constexpr qint64 second = 1000;
constexpr qint64 minute = 60 * second;
constexpr qint64 hour = 60 * minute;
constexpr qint64 day = 24 * hour;

constexpr std::array roundSteps{
    1 * second,  2 * second,  5 * second, 10 * second, 15 * second, 30 * second, 1 * minute,
    2 * minute,  5 * minute,  10 * minute, 15 * minute, 30 * minute, 1 * hour,    2 * hour,
    3 * hour,    6 * hour,    12 * hour,   1 * day,
};

// Rounding up and down for b > 0, whatever the sign of a (C++ division truncates towards zero).
qint64 ceilDiv(qint64 a, qint64 b)
{
    return a / b + (a % b > 0 ? 1 : 0);
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - (a % b < 0 ? 1 : 0);
}

} // namespace

RangeStep rangeStep(qint64 fromMs, qint64 toMs, int maxPoints, qint64 minStepMs)
{
    RangeStep out;
    if (toMs < fromMs || maxPoints < 1)
        return out;
    const qint64 span = toMs - fromMs;
    // floor(span / step) + 1 <= maxPoints  <=>  step > span / maxPoints (one point: step > span).
    const qint64 needed = std::max<qint64>({span / maxPoints + 1, minStepMs, 1});
    qint64 step = 0;
    for (const qint64 candidate : roundSteps) {
        if (candidate >= needed) {
            step = candidate;
            break;
        }
    }
    if (step == 0)
        step = ceilDiv(needed, day) * day;
    out.stepMs = step;
    out.startMs = ceilDiv(fromMs, step) * step;
    out.endMs = floorDiv(toMs, step) * step;
    if (out.endMs < out.startMs) {
        // No grid point inside a range shorter than a step: its end, alone.
        out.startMs = out.endMs = toMs;
        out.points = 1;
        return out;
    }
    out.points = static_cast<int>((out.endMs - out.startMs) / step + 1);
    return out;
}

} // namespace gw
