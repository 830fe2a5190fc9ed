#pragma once

#include "callrecord.h"
#include "circuitbreaker.h"
#include "healthstatus.h"
#include "quotareading.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace gw {

// What was learned about the peer's TLS certificate chain.
struct TlsInfo
{
    QDateTime expiresAt; // earliest expiry in the peer chain, UTC
    QString subject;     // the certificate that expires first

    bool operator==(const TlsInfo &) const = default;
};

// One evaluation of one check: the unit of observation that flows from probes to models,
// history and views. `verdict` is this single evaluation; the debounced state is HealthState's.
struct Sample
{
    QString integrationId;
    QString checkId;
    QDateTime at; // wall-clock time the attempt started, UTC; a label only
    HealthStatus verdict = HealthStatus::Unknown;
    FailureClass failureClass = FailureClass::None;
    QString reason;       // human-readable, empty when up
    int httpStatus = 0;   // 0 when no HTTP response was received
    double latencyMs = 0; // dispatch to last byte, excluding queue time
    double queueMs = 0;   // waiting for a connection slot to the host
    QList<FailedCondition> failedConditions;
    std::optional<TlsInfo> tls;
    QList<QuotaReading> quotas;              // every quota the response reported
    std::optional<double> retryAfterSeconds; // the vendor asked us to wait this long
    // What was sent and received, redacted: on failed attempts, and on successful ones the
    // probe was asked to keep for comparison.
    std::optional<CallRecord> evidence;

    bool operator==(const Sample &) const = default;
};

} // namespace gw

namespace gw {

// One evaluation together with the debounced state it led to; monitors publish these in batches.
struct CheckUpdate
{
    Sample sample;
    HealthStatus state = HealthStatus::Unknown;
    HealthStatus previousState = HealthStatus::Unknown;
    CircuitState circuit = CircuitState::Closed; // the integration's circuit breaker after this result

    bool stateChanged() const { return state != previousState; }
    bool operator==(const CheckUpdate &) const = default;
};

} // namespace gw
