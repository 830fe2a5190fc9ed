#pragma once

#include "healthstatus.h"

#include <QByteArray>

#include <optional>

namespace gw {

// What a recognised health document says, with a short human summary ("fail: db:connections").
struct HealthDocument
{
    HealthStatus status = HealthStatus::Unknown;
    QString summary;

    bool operator==(const HealthDocument &) const = default;
};

// Maps a response in a recognised health format to a state: application/health+json
// (draft-inadarei-api-health-check: pass/ok/up, warn, fail/error/down) and Spring Boot Actuator
// (UP, DOWN, OUT_OF_SERVICE, UNKNOWN, nested components). nullopt when the body is neither.
std::optional<HealthDocument> interpretHealthDocument(QByteArrayView contentType, QByteArrayView body);

} // namespace gw
