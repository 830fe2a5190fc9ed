#include "healthstate.h"

#include <algorithm>

namespace gw {

namespace {

// Severity among evaluations a check can produce; Unknown and Paused are handled apart.
int severity(HealthStatus status)
{
    switch (status) {
    case HealthStatus::Up:
        return 0;
    case HealthStatus::Degraded:
        return 1;
    case HealthStatus::Down:
        return 2;
    case HealthStatus::Unknown:
    case HealthStatus::Paused:
    case HealthStatus::RateLimited:
        break;
    }
    return -1;
}

} // namespace

HealthState::HealthState(Thresholds thresholds)
{
    setThresholds(thresholds);
}

void HealthState::setThresholds(Thresholds thresholds)
{
    m_thresholds = {std::max(1, thresholds.failure), std::max(1, thresholds.success)};
}

bool HealthState::apply(HealthStatus evaluation)
{
    if (m_status == HealthStatus::Paused || evaluation == HealthStatus::Paused)
        return false;

    // Not checkable (e.g. a missing secret) is a fact, not a flap: take it at once, and take the
    // first real evaluation after it at once too.
    // Being throttled is the vendor's word, not a flap: it is taken at once too, and so is the
    // first evaluation after the wait.
    if (evaluation == HealthStatus::Unknown || m_status == HealthStatus::Unknown
        || evaluation == HealthStatus::RateLimited || m_status == HealthStatus::RateLimited) {
        m_run = 0;
        const bool changed = evaluation != m_status;
        m_status = evaluation;
        return changed;
    }

    if (evaluation == m_status) {
        m_run = 0;
        return false;
    }

    // A run only counts evaluations that move the same way: one success after failures is not
    // a recovery, and flapping between better and worse must not add up to a change.
    const bool worse = severity(evaluation) > severity(m_status);
    if (m_run > 0 && worse != m_runWorse)
        m_run = 0;
    m_runWorse = worse;
    ++m_run;
    const int needed = worse ? m_thresholds.failure : m_thresholds.success;
    if (m_run < needed)
        return false;
    m_status = evaluation;
    m_run = 0;
    return true;
}

void HealthState::pause()
{
    m_status = HealthStatus::Paused;
    m_run = 0;
}

void HealthState::resume()
{
    if (m_status == HealthStatus::Paused)
        m_status = HealthStatus::Unknown;
    m_run = 0;
}

void HealthState::forgetRun()
{
    m_run = 0;
}

} // namespace gw
