#include "promchart.h"

#include "historysample.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

constexpr double dayMs = 86'400'000.0;

// The bucket's counts in the histogram's unit (milliseconds) spread over a LatencyHistogram, at
// the geometric middle of each bucket: good to within the Prometheus bucket it came from.
void addToLatency(LatencyHistogram &latency, const std::vector<std::pair<double, double>> &buckets)
{
    double lower = 0;
    for (const auto &[upper, count] : buckets) {
        const auto n = static_cast<quint32>(std::llround(std::max(0.0, count)));
        if (n > 0) {
            const double ms = std::isinf(upper) ? lower * 1000.0
                              : lower > 0       ? std::sqrt(lower * upper) * 1000.0
                                                : upper * 500.0;
            latency.add(ms, n);
        }
        if (!std::isinf(upper))
            lower = upper;
    }
}

quint32 countOf(double value)
{
    return static_cast<quint32>(std::min<double>(std::llround(std::max(0.0, value)), UINT32_MAX));
}

// Attempts by result ("up", "down"…) as a rollup's state counts.
void addAttempts(Rollup &rollup, const QHash<QString, double> &byResult)
{
    for (auto it = byResult.cbegin(); it != byResult.cend(); ++it) {
        if (const std::optional<HealthStatus> state = healthStatusFromName(it.key()))
            rollup.states[static_cast<std::size_t>(storageCode(*state))] += countOf(it.value());
    }
}

std::optional<double> finite(double value)
{
    return std::isfinite(value) ? std::optional(value) : std::nullopt;
}

// A Prometheus histogram's cumulative bucket counts by `le` as {upper bound, count in that bucket
// alone}, ascending, +Inf last: each count alone is the difference to the one below.
std::vector<std::pair<double, double>> bucketsAlone(const QHash<QString, double> &byLe)
{
    std::vector<std::pair<double, double>> cumulative;
    for (auto it = byLe.cbegin(); it != byLe.cend(); ++it) {
        bool ok = false;
        const double le = it.key() == u"+Inf" ? std::numeric_limits<double>::infinity() : it.key().toDouble(&ok);
        if (ok || std::isinf(le))
            cumulative.emplace_back(le, it.value());
    }
    std::sort(cumulative.begin(), cumulative.end());
    std::vector<std::pair<double, double>> alone;
    double previous = 0;
    for (const auto &[le, count] : cumulative) {
        alone.emplace_back(le, std::max(0.0, count - previous));
        previous = std::max(previous, count);
    }
    return alone;
}

// Each point of `series` by the value of `label` and the point's time.
QHash<QString, std::map<qint64, QHash<QString, double>>> byIntegration(const QList<PromSeries> &series,
                                                                     const QString &label)
{
    QHash<QString, std::map<qint64, QHash<QString, double>>> out;
    for (const PromSeries &one : series) {
        const QString integration = one.labels.value(u"integration"_s);
        if (integration.isEmpty())
            continue;
        auto &points = out[integration];
        for (const PromPoint &point : one.points) {
            if (std::isfinite(point.value))
                points[point.atMs][one.labels.value(label)] += point.value;
        }
    }
    return out;
}

} // namespace

QString promQuote(QStringView value)
{
    QString out;
    out.reserve(value.size() + 2);
    out += u'"';
    for (const QChar c : value) {
        if (c == u'\\')
            out += u"\\\\"_s;
        else if (c == u'"')
            out += u"\\\""_s;
        else if (c == u'\n')
            out += u"\\n"_s;
        else
            out += c;
    }
    out += u'"';
    return out;
}

QString promSelector(const QString &integrationId, const QString &checkId)
{
    QString out = u"{integration="_s + promQuote(integrationId);
    if (!checkId.isEmpty())
        out += u",check="_s + promQuote(checkId);
    return out + u'}';
}

QList<CounterBucket> counterIncreases(const QList<PromSeries> &series, const QString &groupLabel,
                                      const RangeStep &grid)
{
    QList<CounterBucket> buckets;
    if (grid.points < 2 || grid.stepMs <= 0)
        return buckets;
    buckets.reserve(grid.points - 1);
    for (int i = 0; i + 1 < grid.points; ++i) {
        CounterBucket bucket;
        bucket.startMs = grid.startMs + i * grid.stepMs;
        bucket.endMs = bucket.startMs + grid.stepMs;
        buckets.append(bucket);
    }
    for (const PromSeries &one : series) {
        const QString group = one.labels.value(groupLabel);
        for (qsizetype i = 1; i < one.points.size(); ++i) {
            const PromPoint &before = one.points.at(i - 1);
            const PromPoint &after = one.points.at(i);
            // Neighbouring points only: a gap (no sample within Prometheus's lookback) says nothing.
            if (after.atMs - before.atMs != grid.stepMs || !std::isfinite(before.value) || !std::isfinite(after.value))
                continue;
            const double increase = after.value >= before.value ? after.value - before.value : after.value;
            const qint64 index = (before.atMs - grid.startMs) / grid.stepMs;
            if (index < 0 || index >= buckets.size() || (before.atMs - grid.startMs) % grid.stepMs != 0)
                continue;
            if (increase > 0)
                buckets[index].byGroup[group] += increase;
        }
    }
    return buckets;
}

std::optional<double> histogramQuantile(double q, const std::vector<std::pair<double, double>> &buckets)
{
    double total = 0;
    for (const auto &[le, count] : buckets)
        total += count;
    if (buckets.empty() || total <= 0 || std::isnan(q))
        return std::nullopt;
    const double rank = std::clamp(q, 0.0, 1.0) * total;
    double below = 0;
    double lower = 0;
    double largestFinite = 0;
    for (const auto &[le, count] : buckets) {
        if (!std::isinf(le))
            largestFinite = le;
        if (below + count >= rank && count > 0) {
            if (std::isinf(le))
                return largestFinite;
            return lower + (le - lower) * (rank - below) / count;
        }
        below += count;
        if (!std::isinf(le))
            lower = le;
    }
    return largestFinite;
}

ChartData promChart(const HistoryQuery &query, const PromChartInputs &inputs)
{
    ChartData data;
    data.query = query;
    const qint64 step = inputs.grid.stepMs;
    data.resolution = step < 3'600'000 ? Resolution::Minute : step < 86'400'000 ? Resolution::Hour : Resolution::Day;

    const QList<CounterBucket> attempts = counterIncreases(inputs.attempts, u"result"_s, inputs.grid);
    const QList<CounterBucket> failures = counterIncreases(inputs.failures, u"class"_s, inputs.grid);
    const QList<CounterBucket> durations = counterIncreases(inputs.durationBuckets, u"le"_s, inputs.grid);
    data.total.startMs = inputs.grid.startMs;
    for (qsizetype i = 0; i < attempts.size(); ++i) {
        const CounterBucket &bucket = attempts.at(i);
        Rollup rollup;
        rollup.startMs = bucket.startMs;
        addAttempts(rollup, bucket.byGroup);
        if (i < failures.size()) {
            for (auto it = failures.at(i).byGroup.cbegin(); it != failures.at(i).byGroup.cend(); ++it) {
                if (const std::optional<FailureClass> cls = failureClassFromName(it.key()))
                    rollup.failures[static_cast<std::size_t>(storageCode(*cls))] += countOf(it.value());
            }
        }
        if (i < durations.size()) {
            const std::vector<std::pair<double, double>> alone = bucketsAlone(durations.at(i).byGroup);
            if (const std::optional<double> p50 = histogramQuantile(0.5, alone))
                data.latencyP50.append(QPointF(static_cast<double>(bucket.startMs), *p50 * 1000.0));
            if (const std::optional<double> p95 = histogramQuantile(0.95, alone))
                data.latencyP95.append(QPointF(static_cast<double>(bucket.startMs), *p95 * 1000.0));
            addToLatency(rollup.latency, alone);
        }
        data.total.merge(rollup);
        const quint64 tried = rollup.total() - rollup.count(HealthStatus::Paused);
        if (tried == 0)
            continue;
        ErrorBucket errors;
        errors.startMs = bucket.startMs;
        errors.endMs = std::min(bucket.endMs, query.toMs);
        errors.attempts = static_cast<quint32>(std::min<quint64>(tried, UINT32_MAX));
        errors.byClass = rollup.failures;
        data.errors.append(errors);
    }

    if (query.maxCells > 0) {
        QList<Rollup> cells;
        for (const CounterBucket &bucket : counterIncreases(inputs.cellAttempts, u"result"_s, inputs.cells)) {
            Rollup rollup;
            rollup.startMs = bucket.startMs;
            addAttempts(rollup, bucket.byGroup);
            if (rollup.total() > 0)
                cells.append(rollup);
        }
        if (!cells.isEmpty() || inputs.cells.points > 0)
            data.timeline = timelineCells(cells, inputs.cells.stepMs, query.fromMs, query.toMs, query.maxCells);
    }

    // Quotas: one series per policy (the integration's), limits and resets matched by time.
    QHash<QString, QHash<qint64, double>> limits;
    for (const PromSeries &one : inputs.quotaLimit) {
        for (const PromPoint &point : one.points)
            limits[one.labels.value(u"policy"_s)].insert(point.atMs, point.value);
    }
    QHash<QString, QHash<qint64, double>> resets;
    for (const PromSeries &one : inputs.quotaReset) {
        for (const PromPoint &point : one.points)
            resets[one.labels.value(u"policy"_s)].insert(point.atMs, point.value);
    }
    for (const PromSeries &one : inputs.quotaRemaining) {
        const QString policy = one.labels.value(u"policy"_s);
        QList<QuotaPoint> &points = data.quotas[policy];
        for (const PromPoint &point : one.points) {
            if (!std::isfinite(point.value))
                continue;
            QuotaPoint quota;
            quota.atMs = point.atMs;
            quota.remaining = point.value;
            if (const auto limit = limits.value(policy).constFind(point.atMs); limit != limits.value(policy).cend())
                quota.limit = finite(*limit);
            if (const auto reset = resets.value(policy).constFind(point.atMs); reset != resets.value(policy).cend()) {
                if (std::isfinite(*reset))
                    quota.resetAtMs = std::llround(*reset * 1000.0);
            }
            points.append(quota);
        }
        if (points.isEmpty())
            data.quotas.remove(policy);
    }

    // Days left on the certificate that expires first, at each grid point.
    std::map<qint64, double> earliest;
    for (const PromSeries &one : inputs.tlsExpiry) {
        for (const PromPoint &point : one.points) {
            if (!std::isfinite(point.value))
                continue;
            const auto [it, inserted] = earliest.emplace(point.atMs, point.value);
            if (!inserted)
                it->second = std::min(it->second, point.value);
        }
    }
    for (const auto &[at, expires] : earliest)
        data.tlsDaysLeft.append(QPointF(static_cast<double>(at), (expires * 1000.0 - static_cast<double>(at)) / dayMs));
    return data;
}


RangeStep scorecardGrid(qint64 fromMs, qint64 toMs)
{
    constexpr qint64 hour = 3'600'000;
    constexpr qint64 day = 24 * hour;
    constexpr qint64 maxPoints = 11'000;
    if (toMs <= fromMs)
        return {};
    const qint64 step = (toMs - fromMs + hour - 1) / hour <= maxPoints ? hour : day;
    const qint64 steps = (toMs - fromMs + step - 1) / step;
    RangeStep grid;
    grid.stepMs = step;
    grid.endMs = toMs;
    grid.startMs = toMs - (steps - 1) * step;
    grid.points = static_cast<int>(steps);
    return grid;
}

PromRollups promRollups(const PromRollupInputs &inputs)
{
    PromRollups out;
    const qint64 step = inputs.grid.stepMs;
    out.bucketMs = step;
    if (step <= 0)
        return out;
    const auto onGrid = [&](qint64 atMs) {
        return atMs >= inputs.grid.startMs && atMs <= inputs.grid.endMs && (atMs - inputs.grid.startMs) % step == 0;
    };

    const auto attempts = byIntegration(inputs.attempts, u"result"_s);
    const auto failures = byIntegration(inputs.failures, u"class"_s);
    const auto durations = byIntegration(inputs.durationBuckets, u"le"_s);
    for (auto it = attempts.cbegin(); it != attempts.cend(); ++it) {
        const auto failed = failures.constFind(it.key());
        const auto timed = durations.constFind(it.key());
        QList<Rollup> rollups;
        for (const auto &[at, byResult] : it.value()) {
            if (!onGrid(at))
                continue;
            Rollup rollup;
            rollup.startMs = at - step;
            addAttempts(rollup, byResult);
            if (rollup.total() == 0)
                continue;
            if (failed != failures.cend()) {
                if (const auto f = failed->find(at); f != failed->cend()) {
                    for (auto c = f->second.cbegin(); c != f->second.cend(); ++c) {
                        if (const std::optional<FailureClass> cls = failureClassFromName(c.key()))
                            rollup.failures[static_cast<std::size_t>(storageCode(*cls))] += countOf(c.value());
                    }
                }
            }
            if (timed != durations.cend()) {
                if (const auto d = timed->find(at); d != timed->cend())
                    addToLatency(rollup.latency, bucketsAlone(d->second));
            }
            rollups.append(rollup);
        }
        if (!rollups.isEmpty())
            out.rollups.insert(it.key(), rollups);
    }

    for (const PromSeries &one : inputs.quotaHeadroom) {
        const QString integration = one.labels.value(u"integration"_s);
        if (integration.isEmpty())
            continue;
        QList<QPair<qint64, double>> &lowest = out.quotaHeadroomPct[integration];
        for (const PromPoint &point : one.points) {
            if (onGrid(point.atMs) && std::isfinite(point.value))
                lowest.append({point.atMs - step, std::clamp(point.value, 0.0, 100.0)});
        }
        if (lowest.isEmpty())
            out.quotaHeadroomPct.remove(integration);
    }
    return out;
}

} // namespace gw
