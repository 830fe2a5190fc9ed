#include "historyquery.h"

#include <algorithm>
#include <array>
#include <limits>

namespace gw {

namespace {

constexpr std::array finestFirst{Resolution::Raw, Resolution::Minute, Resolution::Hour, Resolution::Day};

// Buckets of `resolution` that [fromMs, toMs) touches; for Raw the number of samples expected.
qint64 pointsIn(qint64 fromMs, qint64 toMs, Resolution resolution, qint64 typicalIntervalMs)
{
    if (toMs <= fromMs)
        return 0;
    if (resolution == Resolution::Raw) {
        // Without a known interval assume the worst: a sample every millisecond.
        const quint64 span = static_cast<quint64>(toMs) - static_cast<quint64>(fromMs);
        const quint64 points = span / static_cast<quint64>(std::max<qint64>(typicalIntervalMs, 1));
        return static_cast<qint64>(std::min<quint64>(points, std::numeric_limits<qint64>::max()));
    }
    const auto first = static_cast<quint64>(bucketStart(fromMs, resolution));
    const auto last = static_cast<quint64>(bucketStart(toMs - 1, resolution));
    return static_cast<qint64>((last - first) / static_cast<quint64>(bucketMs(resolution)) + 1);
}

bool reachesBack(std::optional<std::chrono::milliseconds> kept, qint64 fromMs, qint64 nowMs)
{
    if (!kept)
        return true;
    // Compared as nowMs - fromMs <= kept, which cannot overflow the way nowMs - kept can.
    if (fromMs >= nowMs)
        return true;
    const quint64 age = static_cast<quint64>(nowMs) - static_cast<quint64>(fromMs);
    return kept->count() >= 0 && age <= static_cast<quint64>(kept->count());
}

quint32 clampToU32(quint64 value)
{
    return static_cast<quint32>(std::min<quint64>(value, std::numeric_limits<quint32>::max()));
}

} // namespace

std::optional<std::chrono::milliseconds> Retention::of(Resolution resolution) const
{
    switch (resolution) {
    case Resolution::Raw:
        return raw;
    case Resolution::Minute:
        return minute;
    case Resolution::Hour:
        return hour;
    case Resolution::Day:
        return day;
    }
    return std::nullopt;
}

Resolution pickResolution(const HistoryQuery &query, qint64 nowMs, const Retention &retention, qint64 typicalIntervalMs)
{
    const qint64 limit = 4 * static_cast<qint64>(query.maxPoints);
    for (const Resolution r : finestFirst) {
        if (reachesBack(retention.of(r), query.fromMs, nowMs)
            && pointsIn(query.fromMs, query.toMs, r, typicalIntervalMs) <= limit)
            return r;
    }
    return Resolution::Day;
}

// Cells are cut from fromMs on, each as wide as the others (a whole number of buckets, so a
// rollup never straddles two); only the last one may be cut short by toMs.
QList<TimelineCell> timelineCells(const QList<Rollup> &rollups, qint64 bucketMs, qint64 fromMs, qint64 toMs,
                                  int maxCells)
{
    if (toMs <= fromMs || maxCells <= 0)
        return {};
    const quint64 span = static_cast<quint64>(toMs) - static_cast<quint64>(fromMs);
    const auto cellLimit = static_cast<quint64>(maxCells);
    quint64 width = span / cellLimit + (span % cellLimit != 0 ? 1 : 0);
    if (bucketMs > 0) {
        const auto bucket = static_cast<quint64>(bucketMs);
        const quint64 buckets = width / bucket + (width % bucket != 0 ? 1 : 0);
        // A single cell when the rounded-up width is not representable (ranges of ~300 million years).
        width = buckets > std::numeric_limits<quint64>::max() / bucket ? span : buckets * bucket;
    }
    const quint64 count = span / width + (span % width != 0 ? 1 : 0);

    QList<TimelineCell> cells;
    cells.reserve(static_cast<qsizetype>(count));
    for (quint64 k = 0; k < count; ++k) {
        TimelineCell cell;
        // In C++20 the conversion wraps, and the true value lies within [fromMs, toMs].
        cell.startMs = static_cast<qint64>(static_cast<quint64>(fromMs) + k * width);
        cell.endMs = k + 1 == count ? toMs : static_cast<qint64>(static_cast<quint64>(cell.startMs) + width);
        cells.append(cell);
    }

    QList<Rollup> merged(static_cast<qsizetype>(count));
    for (const Rollup &rollup : rollups) {
        if (rollup.startMs < fromMs || rollup.startMs >= toMs)
            continue;
        const quint64 k = (static_cast<quint64>(rollup.startMs) - static_cast<quint64>(fromMs)) / width;
        merged[static_cast<qsizetype>(k)].merge(rollup);
    }
    for (qsizetype k = 0; k < cells.size(); ++k) {
        const Rollup &m = merged.at(k);
        cells[k].state = m.worstState();
        cells[k].attempts = clampToU32(m.total());
        cells[k].failures = m.count(HealthStatus::Down);
    }
    return cells;
}

} // namespace gw
