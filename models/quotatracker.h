#pragma once

#include "quotareading.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>
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
    std::optional<double> headroom;           // remaining / limit, 0..1, when the limit is known
    std::optional<double> burnPerSecond;      // smoothed consumption rate, units per second (>= 0)
    std::optional<QDateTime> exhaustsAt;      // forecast at the current burn rate
    bool exhaustsBeforeReset = false;         // the forecast comes before resetAt
    std::optional<double> ownShare;           // share of consumption caused by our own checks, 0..1
    QuotaStatus status = QuotaStatus::Ok;

    bool operator==(const QuotaState &) const = default;
};

// Turns a stream of readings into quota states: burn rate (smoothed, robust to irregular
// sampling, window resets and leaky-bucket refills), forecast of exhaustion, status. Pure: every
// input carries its time. Lives wherever it is used; not thread-safe.
class QuotaTracker
{
public:
    void setThresholds(const QString &integrationId, const QuotaThresholds &thresholds);

    // One reading observed at `at`. `ownRequests` is how many requests our own checks made to this
    // integration since the previous reading (for the own-share estimate).
    void observe(const QString &integrationId, const QuotaReading &reading, const QDateTime &at, int ownRequests = 1);

    // The state of every known policy as of `now` (forecasts are relative to it), worst first.
    QList<QuotaState> states(const QDateTime &now) const;
    std::optional<QuotaState> state(const QString &integrationId, const QString &policy, const QDateTime &now) const;

    void forget(const QString &integrationId);

private:
    struct Series;
    QHash<QString, QuotaThresholds> m_thresholds;
    QHash<QString, std::shared_ptr<Series>> m_series; // "integration/policy"
};

} // namespace gw
