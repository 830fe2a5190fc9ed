#pragma once

#include <QObject>
#include <QString>

#include <optional>

namespace gw {
Q_NAMESPACE

// The state of a check or an integration, ordered from best to worst for aggregation.
// RateLimited: the vendor throttled our checks; they wait for the reset. Not the vendor being down.
enum class HealthStatus { Up, Paused, Unknown, RateLimited, Degraded, Down };
Q_ENUM_NS(HealthStatus)

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
Q_ENUM_NS(FailureClass)

// Stable machine names ("up", "http-status"), used in JSON and config; never translated.
QString machineName(HealthStatus status);
QString machineName(FailureClass failureClass);
std::optional<HealthStatus> healthStatusFromName(const QString &name);
std::optional<FailureClass> failureClassFromName(const QString &name);

// The worse of two states, for rolling checks up into an integration.
HealthStatus worst(HealthStatus a, HealthStatus b);

} // namespace gw
