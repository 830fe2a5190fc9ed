#include "circuitbreaker.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gw {

QString machineName(CircuitState state)
{
    switch (state) {
    case CircuitState::Closed:
        return u"closed"_s;
    case CircuitState::Open:
        return u"open"_s;
    case CircuitState::HalfOpen:
        return u"half-open"_s;
    }
    return {};
}

CircuitBreaker::CircuitBreaker(BreakerPolicy policy) : m_policy(policy)
{
    m_policy.failures = std::max(0, m_policy.failures);
    m_policy.backoffMs = std::max<qint64>(0, m_policy.backoffMs);
}

bool CircuitBreaker::allow(qint64 nowMs)
{
    switch (m_state) {
    case CircuitState::Closed:
        return nowMs >= m_backoffUntilMs;
    case CircuitState::Open:
        if (nowMs < m_openUntilMs)
            return false;
        m_state = CircuitState::HalfOpen;
        m_trialInFlight = true;
        return true;
    case CircuitState::HalfOpen:
        if (m_trialInFlight)
            return false;
        m_trialInFlight = true;
        return true;
    }
    return true;
}

void CircuitBreaker::recordFailure(qint64 nowMs, double jitter)
{
    switch (m_state) {
    case CircuitState::Closed:
        ++m_failures;
        if (m_policy.failures > 0 && m_failures >= m_policy.failures)
            open(nowMs, jitter);
        else if (m_policy.backoffMs > 0)
            m_backoffUntilMs = std::max(m_backoffUntilMs, nowMs + jittered(m_policy.backoffMs, m_failures - 1, jitter));
        break;
    case CircuitState::HalfOpen:
        ++m_failures;
        open(nowMs, jitter);
        break;
    case CircuitState::Open:
        break; // an answer that was already on its way when the circuit opened
    }
}

void CircuitBreaker::recordSuccess()
{
    m_state = CircuitState::Closed;
    m_failures = 0;
    m_opens = 0;
    m_backoffUntilMs = 0;
    m_trialInFlight = false;
}

std::optional<qint64> CircuitBreaker::openUntilMs() const
{
    return m_state == CircuitState::Open ? std::optional<qint64>(m_openUntilMs) : std::nullopt;
}

std::optional<qint64> CircuitBreaker::blockedUntilMs(qint64 nowMs) const
{
    switch (m_state) {
    case CircuitState::Closed:
        return m_backoffUntilMs > nowMs ? std::optional<qint64>(m_backoffUntilMs) : std::nullopt;
    case CircuitState::Open:
        return m_openUntilMs > nowMs ? std::optional<qint64>(m_openUntilMs) : std::nullopt;
    case CircuitState::HalfOpen:
        return std::nullopt;
    }
    return std::nullopt;
}

qint64 CircuitBreaker::jittered(qint64 base, int doublings, double jitter) const
{
    const double doubled = static_cast<double>(base) * std::pow(2.0, std::clamp(doublings, 0, 62));
    const auto ceiling = static_cast<qint64>(std::min(doubled, static_cast<double>(m_policy.maxCooldownMs)));
    return static_cast<qint64>(std::clamp(jitter, 0.0, 1.0) * static_cast<double>(ceiling));
}

void CircuitBreaker::open(qint64 nowMs, double jitter)
{
    m_openUntilMs = nowMs + std::max(m_policy.minCooldownMs, jittered(m_policy.baseCooldownMs, m_opens, jitter));
    m_state = CircuitState::Open;
    m_backoffUntilMs = 0;
    m_trialInFlight = false;
    ++m_opens;
}

} // namespace gw
