#pragma once

#include "healthstatus.h"
#include "historysample.h"
#include "rollup.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>
#include <QtGlobal>

#include <array>
#include <chrono>
#include <optional>

namespace gw {

// How long each resolution of history is kept; nullopt: forever.
struct Retention
{
    std::optional<std::chrono::milliseconds> raw = std::chrono::hours(48);
    std::optional<std::chrono::milliseconds> minute = std::chrono::days(30);
    std::optional<std::chrono::milliseconds> hour = std::chrono::days(365);
    std::optional<std::chrono::milliseconds> day; // forever
    // Calls (failed ones of checks and of the gateway, successes kept for comparison) and the
    // gateway's webhook deliveries, with their bodies.
    std::optional<std::chrono::milliseconds> events = std::chrono::days(30);

    bool operator==(const Retention &) const = default;

    std::optional<std::chrono::milliseconds> of(Resolution resolution) const;
};

// One question to the history: a check (or every check of an integration when checkId is empty)
// over [fromMs, toMs), answered with at most `maxPoints` points per series.
struct HistoryQuery
{
    QString integrationId;
    QString checkId;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    int maxPoints = 2000;
    int maxCells = 120; // status timeline cells
    // The vendor whose status page history annotates the charts; empty: none. Last and with an
    // initializer, so the positional {integration, check, from, to, points, cells} stays complete.
    QString vendorId = {};

    bool operator==(const HistoryQuery &) const = default;
};

// The finest resolution that still holds data back to `fromMs` under `retention` (as of `nowMs`)
// and gives no more than 4 * maxPoints buckets for the range (raw is assumed to hold one sample
// per `typicalIntervalMs`); what is finer than needed is then downsampled to maxPoints.
Resolution pickResolution(const HistoryQuery &query, qint64 nowMs, const Retention &retention,
                          qint64 typicalIntervalMs);

// A cell of the status strip: the worst state in [startMs, endMs) and how many attempts were seen.
struct TimelineCell
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    HealthStatus state = HealthStatus::Unknown; // Unknown: no attempt in the cell
    quint32 attempts = 0;
    quint32 failures = 0; // down attempts

    bool operator==(const TimelineCell &) const = default;
};

// Failures per class in [startMs, endMs).
struct ErrorBucket
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    quint32 attempts = 0;
    std::array<quint32, Rollup::failureCount> byClass{};

    bool operator==(const ErrorBucket &) const = default;
};

// A stored quota reading, thinned to at most one per policy and minute.
struct QuotaPoint
{
    qint64 atMs = 0;
    double remaining = 0;
    std::optional<double> limit;
    std::optional<qint64> resetAtMs;

    bool operator==(const QuotaPoint &) const = default;
};

// What a vendor's status page said about part of the range, drawn over the charts: a declared
// incident or an announced maintenance window.
struct ChartAnnotation
{
    enum class Kind { Incident, Maintenance };

    Kind kind = Kind::Incident;
    QString title;
    QString impact; // incidents, as the page says: "none", "minor", "major", "critical"; empty for maintenance
    qint64 fromMs = 0;
    std::optional<qint64> toMs; // none: still open

    bool operator==(const ChartAnnotation &) const = default;
};

// Everything the detail page draws for one query, already downsampled: x values are ms since
// the epoch, latencies in ms.
struct ChartData
{
    HistoryQuery query;
    Resolution resolution = Resolution::Raw;
    QList<QPointF> latencyP50;
    QList<QPointF> latencyP95;
    QList<QPointF> latencyRaw; // individual attempts, only at Raw resolution
    QList<TimelineCell> timeline;
    QList<ErrorBucket> errors;
    QHash<QString, QList<QuotaPoint>> quotas; // by policy (the integration's quotas)
    QList<QPointF> tlsDaysLeft;               // days until the certificate expires, over time
    Rollup total;                             // the whole range merged (availability, percentiles)
    QList<ChartAnnotation> annotations;       // query.vendorId's notices overlapping the range, by start
    // Why the history's source could not answer (Prometheus unreachable, a refused query): the
    // chart is then empty for that reason, which says nothing about the integration.
    QString problem = {};

    bool operator==(const ChartData &) const = default;
};

// Per integration, for the overview: availability over the last 24 h and a latency sparkline.
struct IntegrationSummary
{
    QString integrationId;
    std::optional<double> availability24h;
    QList<QPointF> latencySparkline; // p50 per bucket over the last hour, ~60 points

    bool operator==(const IntegrationSummary &) const = default;
};

// Cells for the status strip from rollups (or raw samples rolled up per cell): at most
// `maxCells`, each the worst state of the attempts in it, covering [fromMs, toMs) evenly.
QList<TimelineCell> timelineCells(const QList<Rollup> &rollups, qint64 bucketMs, qint64 fromMs, qint64 toMs,
                                  int maxCells);

} // namespace gw
