#pragma once

#include "historyquery.h"
#include "promseries.h"
#include "rangestep.h"
#include "rollup.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

#include <utility>
#include <vector>

namespace gw {

// A PromQL string literal: the value in double quotes with \ " and newlines escaped.
QString promQuote(QStringView value);

// The label matchers of one check's series, or of every check of an integration when checkId is
// empty: {integration="shopify",check="admin"}.
QString promSelector(const QString &integrationId, const QString &checkId);

// How much counters grew between the points of a range query over `grid`. Each series' increase
// from one point to the next is credited to the bucket [earlier point, later point); a counter
// that went down was reset (an agent restarted), so its new value is the increase. Increases of
// the series that share the value of `groupLabel` add up. Buckets are in time order, one per
// pair of neighbouring grid points, each with every group seen (absent groups did not grow).
struct CounterBucket
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    QHash<QString, double> byGroup;

    bool operator==(const CounterBucket &) const = default;
};
QList<CounterBucket> counterIncreases(const QList<PromSeries> &series, const QString &groupLabel,
                                      const RangeStep &grid);

// Quantile q of a Prometheus histogram's bucket counts ({upper bound `le`, count in that bucket
// alone}, ascending, +Inf last), as PromQL's histogram_quantile() interpolates: linearly inside
// the bucket, from 0 for the first; in the +Inf bucket, the largest finite bound. Nullopt when
// there are no observations.
std::optional<double> histogramQuantile(double q, const std::vector<std::pair<double, double>> &buckets);

// What a chart of one check (or integration) needs from Prometheus, as range queries of the agent's
// metrics (docs/metrics.md) answered them: counters and histogram buckets over `grid` (latency,
// errors), attempts over `cells` (the status strip), gauges over `grid` (quotas, certificates).
struct PromChartInputs
{
    RangeStep grid;
    RangeStep cells;
    QList<PromSeries> attempts;        // gatewatch_check_attempts_total over grid
    QList<PromSeries> failures;        // gatewatch_check_failures_total over grid
    QList<PromSeries> durationBuckets; // gatewatch_check_duration_seconds_bucket over grid
    QList<PromSeries> cellAttempts;    // gatewatch_check_attempts_total over cells
    QList<PromSeries> quotaRemaining;  // gatewatch_quota_remaining over grid
    QList<PromSeries> quotaLimit;      // gatewatch_quota_limit over grid
    QList<PromSeries> quotaReset;      // gatewatch_quota_reset_timestamp_seconds over grid
    QList<PromSeries> tlsExpiry;       // gatewatch_tls_cert_expiry_timestamp_seconds over grid
};

// The chart the history would draw, from Prometheus's answers: per grid bucket the p50 and p95
// latency (from the duration histogram) and the attempts and failures by class; the status strip
// from attempts by result per cell (worst result seen, as the local history does); quotas by
// policy; days left on the certificate that expires first; the whole range as one rollup.
// Timestamps are those of the grid, so they lag the attempts by up to a scrape interval.
ChartData promChart(const HistoryQuery &query, const PromChartInputs &inputs);

// The grid of the range queries for scorecards over [fromMs, toMs): points a step apart, the last
// at toMs, the first a step after fromMs or before it, so that the steps ending at the points
// cover the range. A step of an hour, like the history's hourly rollups, or a day where hours
// would pass Prometheus's limit of 11,000 points a series. No points for an empty range.
RangeStep scorecardGrid(qint64 fromMs, qint64 toMs);

// What scorecards need from Prometheus (docs/metrics.md): range queries over `grid` whose every
// point is the increase over the step that ends there, by integration:
//   sum by (integration, result) (increase(gatewatch_check_attempts_total[step]))
//   sum by (integration, class) (increase(gatewatch_check_failures_total[step]))
//   sum by (integration, le) (increase(gatewatch_check_duration_seconds_bucket[step]))
//   min by (integration) (100 * min_over_time(gatewatch_quota_remaining[step])
//                              / max_over_time(gatewatch_quota_limit[step]))
struct PromRollupInputs
{
    RangeStep grid;
    QList<PromSeries> attempts;
    QList<PromSeries> failures;
    QList<PromSeries> durationBuckets;
    QList<PromSeries> quotaHeadroom;
};

// Those answers as the local history's rollups: per integration, one rollup for each step with
// attempts, starting a step before its grid point; counts rounded to whole attempts (increase()
// extrapolates to the step's edges), latencies as promChart() spreads them. And per integration
// the lowest quota headroom (%) of each step, by step start.
struct PromRollups
{
    qint64 bucketMs = 0;
    QHash<QString, QList<Rollup>> rollups;
    QHash<QString, QList<QPair<qint64, double>>> quotaHeadroomPct;

    bool operator==(const PromRollups &) const = default;
};
PromRollups promRollups(const PromRollupInputs &inputs);

} // namespace gw
