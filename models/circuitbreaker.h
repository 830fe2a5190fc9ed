#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace gw {

enum class CircuitState { Closed, Open, HalfOpen };

QString machineName(CircuitState state); // "closed", "open", "half-open"

struct BreakerPolicy
{
    int failures = 5;               // consecutive failures that open the circuit; 0: it never opens
    qint64 baseCooldownMs = 30'000; // first cool-down before a trial
    qint64 maxCooldownMs = 600'000; // cap of the doubling cool-down and of the backoff
    qint64 minCooldownMs = 1'000;   // full jitter never retries sooner than this once open
    qint64 backoffMs = 2'000;       // below the threshold, the n-th failure waits up to backoff * 2^(n-1); 0: none

    bool operator==(const BreakerPolicy &) const = default;
};

// A per-integration circuit breaker: closed -> open after N consecutive failures -> half-open
// (one trial) after a cool-down that doubles with every failed trial, with full jitter, up to a cap.
// Below the threshold every failure backs off the same way (AWS-style full jitter, base `backoffMs`),
// so a vendor that starts failing sees fewer requests before the circuit opens.
// Pure: times are monotonic milliseconds passed in, and so is the random draw for the jitter.
class CircuitBreaker
{
public:
    explicit CircuitBreaker(BreakerPolicy policy = {});

    // May a request go out now? An open circuit whose cool-down is over lets exactly one trial
    // through (half-open) and holds the rest until the trial has answered.
    bool allow(qint64 nowMs);
    // `jitter` in [0, 1): the share of the cool-down (or backoff) to wait.
    void recordFailure(qint64 nowMs, double jitter);
    void recordSuccess();

    CircuitState state() const { return m_state; }
    int consecutiveFailures() const { return m_failures; }
    std::optional<qint64> openUntilMs() const;
    // The earliest time the next request may go out, when it is later than `nowMs`; nullopt when a
    // request may go now or when it waits for a trial's answer (which has no time).
    std::optional<qint64> blockedUntilMs(qint64 nowMs) const;
    const BreakerPolicy &policy() const { return m_policy; }

private:
    void open(qint64 nowMs, double jitter);
    qint64 jittered(qint64 base, int doublings, double jitter) const;

    BreakerPolicy m_policy;
    CircuitState m_state = CircuitState::Closed;
    int m_failures = 0;
    int m_opens = 0; // cool-downs in a row, for the doubling
    qint64 m_openUntilMs = 0;
    qint64 m_backoffUntilMs = 0; // closed, after a failure
    bool m_trialInFlight = false;
};

} // namespace gw
