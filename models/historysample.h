#pragma once

#include "healthstatus.h"
#include "sample.h"

#include <QString>
#include <QtGlobal>

#include <optional>

namespace gw {

// One attempt of one check as the history keeps it: small, with the time as milliseconds since
// the epoch (UTC). `state` is the attempt's own verdict (not the debounced state), so a single
// failed attempt counts against availability; Paused marks the start of a pause.
struct HistorySample
{
    qint64 atMs = 0;
    HealthStatus state = HealthStatus::Unknown;
    std::optional<double> latencyMs; // only when a response arrived (httpStatus > 0)
    double queueMs = 0;
    int httpStatus = 0; // 0: no HTTP response
    FailureClass failureClass = FailureClass::None;
    QString reason; // kept for attempts that were not up; empty otherwise

    bool operator==(const HistorySample &) const = default;

    static HistorySample from(const Sample &sample);
};

// A sample with the check it belongs to, as exports and failure lists return them.
struct CheckSample
{
    QString integrationId;
    QString checkId;
    HistorySample sample;

    bool operator==(const CheckSample &) const = default;
};

// Codes stored on disk for states and failure classes: fixed forever, independent of enum order
// (-1 for a value outside the enum).
int storageCode(HealthStatus status);
int storageCode(FailureClass failureClass);
std::optional<HealthStatus> healthStatusFromStorage(int code);
std::optional<FailureClass> failureClassFromStorage(int code);

} // namespace gw
