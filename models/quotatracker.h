#pragma once

#include "quotareading.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace gw {

// How close a quota is to running out.
enum class QuotaStatus { Ok, Warning, Critical, Exhausted };

struct QuotaThresholds
{
    double warningHeadroom = 0.25;  // remaining/limit at or below this: warning
    double criticalHeadroom = 0.10; // at or below this, or exhaustion forecast before reset: critical

    bool operator==(const QuotaThresholds &) const = default;
};

// The derived state of one policy of one integration at a moment.
struct QuotaState
{
    QString integrationId;
    QString policy;
    QuotaReading latest;
    std::optional<double> headroom;      // remaining / limit, 0..1, when the limit is known
    std::optional<double> burnPerSecond; // smoothed consumption rate, units per second (>= 0)
    std::optional<QDateTime> exhaustsAt; // forecast at the current burn rate
    bool exhaustsBeforeReset = false;    // the forecast comes before resetAt
    // When the smoothed forecast does not see it yet: at the recent pace (a fast-moving average),
    // the quota would run out at this time, before resetAt. An early sign of a surge.
    std::optional<QDateTime> recentPaceExhaustsAt;
    std::optional<double> ownShare; // share of consumption caused by our own checks, 0..1
    QuotaStatus status = QuotaStatus::Ok;

    bool operator==(const QuotaState &) const = default;
};

// Turns a stream of readings into quota states: burn rate (smoothed, robust to irregular
// sampling, window resets and leaky-bucket refills), forecast of exhaustion, status. Pure: every
// input carries its time. Lives wherever it is used; not thread-safe.
//
// The rules, so that a reader of the dashboard can reproduce a number by hand:
// - Burn: each pair of consecutive readings yields consumption / elapsed seconds, folded into a
//   time-based moving average with half-life h (weight of the new interval 1 - 2^(-dt/h)), so the
//   rate does not depend on how often we sample. h is 5 minutes, or a quarter of the quota's
//   window when the reading gives one (at least 5 s, at most 5 minutes): a minute window follows
//   its burn with h = 15 s. The first interval sets the rate outright.
// - Recent pace: the same average with a fifth of that half-life (at least 5 s), which follows a
//   surge within a few readings but also a passing burst; it only ever raises a warning.
// - Consumption is the drop in remaining. Across a window reset (the previous resetAt passed,
//   resetAt moved on by more than half a window, or remaining rose) the consumption of the old
//   window after our last look is unknown, so the interval is skipped; when the new window's start
//   is known (resetAt - windowSeconds, with a limit) the part since that start still counts, with
//   consumption = used (or limit - remaining). Skipped intervals neither add nor decay anything.
//   A change of limit or unit is treated like a reset. Concurrency quotas have no burn rate.
// - Leaky buckets (restorePerSecond): consumption = drop + restore * dt. If the bucket is full at
//   the newer reading, consumption that the refill matched is invisible: the refill counted is
//   capped at limit - previous remaining, which makes the rate a lower bound there. (A bucket
//   below its limit has not been full since the previous reading if consumption was steady, so
//   the whole refill counts.)
// - Readings at or before the latest one are ignored (late or duplicate); the first one at a
//   time wins.
// - Forecast: remaining falls at burn - restore from the latest reading on, so
//   exhaustsAt = latestAt + remaining / (burn - restore), and at least `now`; no forecast when
//   that net drain is not positive.
// - Once resetAt has passed, the latest reading describes a finished window: headroom and the
//   forecast are unknown until the next reading and the status is Ok.
// - Own share: our requests / consumption, both summed with the same half-life; only
//   for request quotas (one request costs one unit), clamped to 0..1.
// - Status: Exhausted when remaining <= 0; Critical at or below the critical headroom or when
//   exhaustion is forecast before the reset; Warning at or below the warning headroom, when at the
//   recent pace it would run out before the reset, or when, with no reset known, exhaustion is
//   forecast within the hour; else Ok.
// What a quota's readings say was consumed between two of them, by the rules above: the amount and
// how many seconds before `at` it covers (the whole interval, or only the part since the new window
// began when the interval crossed a reset and that start is known). nullopt when it cannot be told:
// across a reset without a known window start, after a change of limit or unit, for a concurrency
// quota, or when `at` is not after `previousAt`. For a leaky bucket it is a lower bound.
struct QuotaConsumption
{
    double amount = 0;
    double seconds = 0;

    bool operator==(const QuotaConsumption &) const = default;
};
std::optional<QuotaConsumption> quotaConsumption(const QuotaReading &previous, const QDateTime &previousAt,
                                                 const QuotaReading &current, const QDateTime &at);

class QuotaTracker
{
public:
    // Thresholds are configuration: forget() keeps them.
    void setThresholds(const QString &integrationId, const QuotaThresholds &thresholds);

    // One reading observed at `at`. `ownRequests` is how many requests our own checks made to this
    // integration since the previous reading (for the own-share estimate).
    void observe(const QString &integrationId, const QuotaReading &reading, const QDateTime &at, int ownRequests = 1);

    // The state of every known policy as of `now` (forecasts are relative to it), worst first:
    // by status, then earliest exhaustsAt, then lowest headroom, then integration and policy.
    QList<QuotaState> states(const QDateTime &now) const;
    std::optional<QuotaState> state(const QString &integrationId, const QString &policy, const QDateTime &now) const;

    void forget(const QString &integrationId);

private:
    struct Series
    {
        QString integrationId;
        QuotaReading latest;
        QDateTime latestAt;
        std::optional<double> burnPerSecond;
        std::optional<double> recentBurnPerSecond;
        double decayedConsumption = 0; // consumption and our requests, each halved every half-life
        double decayedOwnRequests = 0;
    };

    QuotaState stateOf(const Series &series, const QDateTime &now) const;

    QHash<QString, QuotaThresholds> m_thresholds;
    QHash<QString, Series> m_series; // "integration/policy"
};

} // namespace gw
