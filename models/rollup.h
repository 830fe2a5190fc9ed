#pragma once

#include "historysample.h"
#include "latencyhistogram.h"

#include <QList>
#include <QString>
#include <QtGlobal>

#include <array>
#include <optional>

namespace gw {

// How finely history is kept: every attempt, or rolled up into buckets of a minute, an hour, a day.
enum class Resolution { Raw, Minute, Hour, Day };

qint64 bucketMs(Resolution resolution);     // 0 for Raw
QString machineName(Resolution resolution); // "raw", "1m", "1h", "1d"
std::optional<Resolution> resolutionFromName(QStringView name);
// Bucket start (UTC, aligned to the epoch) of the bucket holding `atMs`.
qint64 bucketStart(qint64 atMs, Resolution resolution);

// Everything a period of one check's history needs for charts and scorecards, mergeable: counts
// per state, failure counts per class and the latency histogram. Adding samples one by one or
// merging rollups of sub-periods gives the same result.
struct Rollup
{
    static constexpr int stateCount = 6;    // one per HealthStatus
    static constexpr int failureCount = 10; // one per FailureClass (None stays 0)

    qint64 startMs = 0;                       // bucket start
    std::array<quint32, stateCount> states{}; // indexed by storageCode(), like failures
    std::array<quint32, failureCount> failures{};
    LatencyHistogram latency;

    void add(const HistorySample &sample);
    void merge(const Rollup &other); // keeps this startMs

    quint32 count(HealthStatus state) const;
    quint32 failuresOf(FailureClass failureClass) const;
    quint64 total() const;
    quint64 failureTotal() const;
    // Up, degraded and rate-limited attempts over those plus down ones (unknown and paused
    // attempts say nothing about the vendor); nullopt when there were none of these.
    std::optional<double> availability() const;
    // The worst state seen, for timeline cells (Unknown when empty).
    HealthStatus worstState() const;

    bool operator==(const Rollup &) const = default;
};

// Samples (in any order) rolled up into buckets of `resolution` (for Raw: one per distinct time),
// ordered by start.
QList<Rollup> rollUp(const QList<HistorySample> &samples, Resolution resolution);
// Finer rollups (in any order) merged into buckets of the coarser `resolution`, ordered by start.
QList<Rollup> rollUp(const QList<Rollup> &finer, Resolution resolution);

} // namespace gw
