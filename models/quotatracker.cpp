#include "quotatracker.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

constexpr double halfLifeSeconds = 300.0;
constexpr double minHalfLifeSeconds = 5.0;
constexpr double warningHorizonSeconds = 3600.0;
// Vendors send whole units or short decimals; anything smaller is rounding, not a rise.
constexpr double riseTolerance = 1e-6;

QString seriesKey(const QString &integrationId, const QString &policy)
{
    return integrationId + u'/' + policy;
}

double secondsBetween(const QDateTime &from, const QDateTime &to)
{
    return static_cast<double>(from.msecsTo(to)) / 1000.0;
}

int severity(QuotaStatus status)
{
    switch (status) {
    case QuotaStatus::Exhausted:
        return 3;
    case QuotaStatus::Critical:
        return 2;
    case QuotaStatus::Warning:
        return 1;
    case QuotaStatus::Ok:
        return 0;
    }
    return 0;
}

// A rate averaged over much longer than the quota's window says little about whether this window
// lasts: with a known window the half-life is a quarter of it (15 s for a minute), at most 5 minutes.
double halfLifeOf(const QuotaReading &reading)
{
    if (!reading.windowSeconds || *reading.windowSeconds <= 0)
        return halfLifeSeconds;
    return std::clamp(static_cast<double>(*reading.windowSeconds) / 4.0, minHalfLifeSeconds, halfLifeSeconds);
}

bool isLeaky(const QuotaReading &reading)
{
    return reading.restorePerSecond.has_value() && *reading.restorePerSecond > 0;
}

bool crossedReset(const QuotaReading &previous, const QuotaReading &current, const QDateTime &at)
{
    if (previous.resetAt && *previous.resetAt <= at)
        return true;
    if (previous.resetAt && current.resetAt && current.windowSeconds && *current.windowSeconds > 0
        && previous.resetAt->msecsTo(*current.resetAt) > *current.windowSeconds * 500)
        return true;
    return current.remaining > previous.remaining + riseTolerance;
}

// Consumption and its duration since the current window began, when the interval ending at `at`
// straddles a reset and the new window's start is known.
std::optional<std::pair<double, double>> sinceWindowStart(const QuotaReading &current, const QDateTime &previousAt,
                                                          const QDateTime &at)
{
    if (!current.limit || !current.resetAt || !current.windowSeconds || *current.windowSeconds <= 0)
        return std::nullopt;
    const QDateTime windowStart = current.resetAt->addSecs(-*current.windowSeconds);
    if (windowStart <= previousAt || windowStart >= at)
        return std::nullopt;
    const double consumed = current.used.value_or(*current.limit - current.remaining);
    return std::pair{std::max(0.0, consumed), secondsBetween(windowStart, at)};
}

// When the refill could have filled the bucket between two readings, the consumption lies between
// `limit - remaining` (it filled, then was drawn down) and `previous + refill - remaining` (it never
// filled). The lower bound is taken: the upper one turns a bucket that is polled right after each
// call and refills in between (the usual case, e.g. Shopify GraphQL at 990 of 1000) into a phantom
// burn of the whole refill rate. Near-full buckets are not at risk, so the underestimate is harmless;
// once a bucket drains below full the two bounds meet and the figure is exact.
double leakyConsumption(const QuotaReading &previous, const QuotaReading &current, double dt)
{
    const double uncapped = previous.remaining + *previous.restorePerSecond * dt;
    if (current.limit && uncapped > *current.limit)
        return std::max(0.0, *current.limit - current.remaining);
    return std::max(0.0, uncapped - current.remaining);
}

} // namespace

std::optional<QuotaConsumption> quotaConsumption(const QuotaReading &previous, const QDateTime &previousAt,
                                                 const QuotaReading &current, const QDateTime &at)
{
    if (!previousAt.isValid() || !at.isValid() || at <= previousAt)
        return std::nullopt;
    const bool sameQuota = previous.unit == current.unit && previous.limit == current.limit;
    if (!sameQuota || current.unit == QuotaUnit::Concurrent)
        return std::nullopt;
    const double dt = secondsBetween(previousAt, at);
    if (isLeaky(previous))
        return QuotaConsumption{leakyConsumption(previous, current, dt), dt};
    if (!crossedReset(previous, current, at))
        return QuotaConsumption{std::max(0.0, previous.remaining - current.remaining), dt};
    if (const auto since = sinceWindowStart(current, previousAt, at))
        return QuotaConsumption{since->first, since->second};
    return std::nullopt;
}

void QuotaTracker::setThresholds(const QString &integrationId, const QuotaThresholds &thresholds)
{
    m_thresholds.insert(integrationId, thresholds);
}

void QuotaTracker::observe(const QString &integrationId, const QuotaReading &reading, const QDateTime &at,
                           int ownRequests)
{
    if (!at.isValid())
        return;
    const QString key = seriesKey(integrationId, reading.policy);
    auto it = m_series.find(key);
    if (it == m_series.end()) {
        m_series.insert(key, Series{integrationId, reading, at, std::nullopt, std::nullopt, 0, 0});
        return;
    }
    Series &series = it.value();
    if (at <= series.latestAt)
        return;

    const double dt = secondsBetween(series.latestAt, at);
    const double own = std::max(0, ownRequests);
    const std::optional<QuotaConsumption> sample = quotaConsumption(series.latest, series.latestAt, reading, at);
    if (sample && sample->seconds > 0) {
        const double consumed = sample->amount;
        const double seconds = sample->seconds;
        const double halfLife = halfLifeOf(reading);
        const double keep = std::exp2(-seconds / halfLife);
        const double keepRecent = std::exp2(-seconds / std::max(minHalfLifeSeconds, halfLife / 5.0));
        const double rate = consumed / seconds;
        series.burnPerSecond = series.burnPerSecond ? *series.burnPerSecond * keep + rate * (1 - keep) : rate;
        series.recentBurnPerSecond =
            series.recentBurnPerSecond ? *series.recentBurnPerSecond * keepRecent + rate * (1 - keepRecent) : rate;
        // Our requests are counted per reading; on a partial interval assume they were spread evenly.
        series.decayedConsumption = series.decayedConsumption * keep + consumed;
        series.decayedOwnRequests = series.decayedOwnRequests * keep + own * (seconds / dt);
    }
    series.latest = reading;
    series.latestAt = at;
}

QuotaState QuotaTracker::stateOf(const Series &series, const QDateTime &now) const
{
    const QuotaReading &latest = series.latest;
    const QuotaThresholds thresholds = m_thresholds.value(series.integrationId);

    QuotaState state;
    state.integrationId = series.integrationId;
    state.policy = latest.policy;
    state.latest = latest;
    state.burnPerSecond = series.burnPerSecond;
    if (latest.unit == QuotaUnit::Requests && series.decayedConsumption > 0)
        state.ownShare = std::clamp(series.decayedOwnRequests / series.decayedConsumption, 0.0, 1.0);

    if (latest.resetAt && *latest.resetAt <= now)
        return state; // a finished window: remaining unknown until the next reading

    if (latest.limit)
        state.headroom = *latest.limit > 0 ? std::clamp(latest.remaining / *latest.limit, 0.0, 1.0) : 0.0;

    const double netDrain = series.burnPerSecond.value_or(0) - latest.restorePerSecond.value_or(0);
    if (netDrain > 0) {
        const double seconds = std::max(0.0, latest.remaining) / netDrain;
        const QDateTime forecast = series.latestAt.addMSecs(std::llround(seconds * 1000.0));
        state.exhaustsAt = std::max(forecast, now);
        state.exhaustsBeforeReset = latest.resetAt && *state.exhaustsAt < *latest.resetAt;
    }

    const double recentDrain = series.recentBurnPerSecond.value_or(0) - latest.restorePerSecond.value_or(0);
    if (!state.exhaustsBeforeReset && latest.resetAt && recentDrain > 0) {
        const double seconds = std::max(0.0, latest.remaining) / recentDrain;
        const QDateTime forecast = std::max(series.latestAt.addMSecs(std::llround(seconds * 1000.0)), now);
        if (forecast < *latest.resetAt)
            state.recentPaceExhaustsAt = forecast;
    }

    const bool soonWithoutReset =
        state.exhaustsAt && !latest.resetAt && secondsBetween(now, *state.exhaustsAt) <= warningHorizonSeconds;
    if (latest.remaining <= 0)
        state.status = QuotaStatus::Exhausted;
    else if ((state.headroom && *state.headroom <= thresholds.criticalHeadroom) || state.exhaustsBeforeReset)
        state.status = QuotaStatus::Critical;
    else if ((state.headroom && *state.headroom <= thresholds.warningHeadroom) || state.recentPaceExhaustsAt
             || soonWithoutReset)
        state.status = QuotaStatus::Warning;
    return state;
}

QList<QuotaState> QuotaTracker::states(const QDateTime &now) const
{
    QList<QuotaState> result;
    result.reserve(m_series.size());
    for (const Series &series : m_series)
        result.append(stateOf(series, now));

    std::sort(result.begin(), result.end(), [](const QuotaState &a, const QuotaState &b) {
        if (severity(a.status) != severity(b.status))
            return severity(a.status) > severity(b.status);
        if (a.exhaustsAt.has_value() != b.exhaustsAt.has_value())
            return a.exhaustsAt.has_value();
        if (a.exhaustsAt && *a.exhaustsAt != *b.exhaustsAt)
            return *a.exhaustsAt < *b.exhaustsAt;
        if (a.headroom.has_value() != b.headroom.has_value())
            return a.headroom.has_value();
        if (a.headroom && *a.headroom != *b.headroom)
            return *a.headroom < *b.headroom;
        if (a.integrationId != b.integrationId)
            return a.integrationId < b.integrationId;
        return a.policy < b.policy;
    });
    return result;
}

std::optional<QuotaState> QuotaTracker::state(const QString &integrationId, const QString &policy,
                                              const QDateTime &now) const
{
    const auto it = m_series.constFind(seriesKey(integrationId, policy));
    if (it == m_series.cend())
        return std::nullopt;
    return stateOf(it.value(), now);
}

void QuotaTracker::forget(const QString &integrationId)
{
    for (auto it = m_series.begin(); it != m_series.end();) {
        if (it->integrationId == integrationId)
            it = m_series.erase(it);
        else
            ++it;
    }
}

} // namespace gw
