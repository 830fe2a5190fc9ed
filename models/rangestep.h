#pragma once

#include <QtGlobal>

namespace gw {

// The grid of a range query to Prometheus (`/api/v1/query_range`): Prometheus evaluates at
// start, start + step, … up to end, so a range of R with step S gives floor(R / S) + 1 points.
// The step is the smallest "round" one (1s 2s 5s 10s 15s 30s, 1m 2m 5m 10m 15m 30m, 1h 2h 3h 6h
// 12h, 1d, then whole days) that keeps the points within maxPoints and is no finer than minStepMs
// (the scrape interval: finer steps only repeat samples). Start and end sit on multiples of the
// step, inside [fromMs, toMs], so the same range asked again (a chart refreshing) gives the same
// points, as Grafana aligns its queries. A range shorter than the step that holds no multiple of
// it is asked at its end alone.
struct RangeStep
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    qint64 stepMs = 0;
    int points = 0; // 0 only for an empty request (backwards range, no points wanted)

    bool operator==(const RangeStep &) const = default;
};

RangeStep rangeStep(qint64 fromMs, qint64 toMs, int maxPoints, qint64 minStepMs);

} // namespace gw
