#include "downsample.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace gw {

// The bucket edges floor(i * (n - 2) / (threshold - 2)) + 1 of the reference implementation,
// computed in integers so that no edge moves by a rounding error.
QList<QPointF> lttb(const QList<QPointF> &points, int threshold)
{
    const qsizetype n = points.size();
    if (threshold < 3 || threshold >= n)
        return points;

    const qint64 span = n - 2;
    const qint64 buckets = threshold - 2;
    const auto edge = [&](qint64 i) { return static_cast<qsizetype>(i * span / buckets + 1); };

    QList<QPointF> sampled;
    sampled.reserve(threshold);
    sampled.append(points.first());
    qsizetype a = 0;
    for (qint64 i = 0; i < buckets; ++i) {
        // The third corner: the average of the next bucket (the last point for the last bucket).
        const qsizetype avgFrom = edge(i + 1);
        const qsizetype avgTo = std::min(edge(i + 2), n);
        double avgX = 0;
        double avgY = 0;
        for (qsizetype j = avgFrom; j < avgTo; ++j) {
            avgX += points[j].x();
            avgY += points[j].y();
        }
        const auto avgCount = static_cast<double>(avgTo - avgFrom);
        avgX /= avgCount;
        avgY /= avgCount;

        const QPointF pointA = points[a];
        const qsizetype from = edge(i);
        const qsizetype to = edge(i + 1);
        qsizetype chosen = from; // stays put when every area is NaN
        double maxArea = -1;
        for (qsizetype j = from; j < to; ++j) {
            const double area = std::abs((pointA.x() - avgX) * (points[j].y() - pointA.y())
                                         - (pointA.x() - points[j].x()) * (avgY - pointA.y()))
                                * 0.5;
            if (area > maxArea) {
                maxArea = area;
                chosen = j;
            }
        }
        sampled.append(points[chosen]);
        a = chosen;
    }
    sampled.append(points.last());
    return sampled;
}

// The first and last points are kept as they are, so the points between them get
// maxPoints / 2 - 1 buckets over the whole x range; each bucket gives at most two points.
QList<QPointF> minMaxDownsample(const QList<QPointF> &points, int maxPoints)
{
    const qsizetype n = points.size();
    if (maxPoints < 2 || maxPoints >= n)
        return points;

    const int bucketCount = maxPoints / 2 - 1;
    QList<QPointF> result;
    result.reserve(maxPoints);
    result.append(points.first());
    if (bucketCount > 0) {
        const double x0 = points.first().x();
        const double width = (points.last().x() - x0) / bucketCount;
        const auto bucketOf = [&](double x) {
            const double t = width > 0 ? (x - x0) / width : 0.0;
            // NaN and out-of-order x are clamped before the conversion, which would be undefined.
            if (!(t > 0))
                return 0;
            return t >= bucketCount ? bucketCount - 1 : static_cast<int>(t);
        };

        // Per bucket rather than per run of equal buckets, so that x out of order (or NaN) can
        // still not produce more than two points for a bucket.
        constexpr qsizetype none = -1;
        QList<std::pair<qsizetype, qsizetype>> extremes(bucketCount, {none, none});
        for (qsizetype i = 1; i < n - 1; ++i) {
            auto &[lo, hi] = extremes[bucketOf(points[i].x())];
            if (lo == none) {
                lo = hi = i;
                continue;
            }
            if (points[i].y() < points[lo].y())
                lo = i;
            if (points[i].y() > points[hi].y())
                hi = i;
        }
        for (const auto &[lo, hi] : std::as_const(extremes)) {
            if (lo == none)
                continue;
            result.append(points[std::min(lo, hi)]);
            if (lo != hi)
                result.append(points[std::max(lo, hi)]);
        }
    }
    result.append(points.last());
    return result;
}

} // namespace gw
