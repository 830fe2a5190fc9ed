#pragma once

#include <QString>

#include <optional>

namespace gw {

// The state of a check or an integration, ordered from best to worst for aggregation.
enum class HealthStatus { Up, Paused, Unknown, Degraded, Down };

// Why a check failed: one of a small fixed set (see ARCHITECTURE.md, Failure classes).
enum class FailureClass {
    None,
    Dns,
    Connect,
    Tls,
    Timeout,
    HttpStatus,
    Condition,
    RateLimited,
    BodyTooLarge,
    LocalNetwork,
};

// Stable machine names ("up", "http-status"), used in JSON and config; never translated.
QString toString(HealthStatus status);
QString toString(FailureClass failureClass);
std::optional<HealthStatus> healthStatusFromString(const QString &name);
std::optional<FailureClass> failureClassFromString(const QString &name);

// The worse of two states, for rolling checks up into an integration.
HealthStatus worst(HealthStatus a, HealthStatus b);

} // namespace gw
