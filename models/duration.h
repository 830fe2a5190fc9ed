#pragma once

#include "result.h"

#include <QString>

#include <chrono>

namespace gw {

// Durations as people write them in config: "500ms", "10s", "5m", "1h", "1h30m", "2d".
// A bare number is an error (the unit is never guessed).
Result<std::chrono::milliseconds> parseDuration(QStringView text);

// The shortest exact spelling: 1500ms -> "1500ms", 90000ms -> "1m30s", 0 -> "0s".
QString formatDuration(std::chrono::milliseconds duration);

} // namespace gw
