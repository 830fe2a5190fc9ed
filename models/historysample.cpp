#include "historysample.h"

#include <array>
#include <utility>

namespace gw {

namespace {

// The single source of the on-disk codes: append, never renumber.
constexpr std::array statusCodes{
    std::pair{HealthStatus::Up, 0},          std::pair{HealthStatus::Degraded, 1}, std::pair{HealthStatus::Down, 2},
    std::pair{HealthStatus::RateLimited, 3}, std::pair{HealthStatus::Unknown, 4},  std::pair{HealthStatus::Paused, 5},
};

constexpr std::array classCodes{
    std::pair{FailureClass::None, 0},         std::pair{FailureClass::Dns, 1},
    std::pair{FailureClass::Connect, 2},      std::pair{FailureClass::Tls, 3},
    std::pair{FailureClass::Timeout, 4},      std::pair{FailureClass::HttpStatus, 5},
    std::pair{FailureClass::Condition, 6},    std::pair{FailureClass::RateLimited, 7},
    std::pair{FailureClass::BodyTooLarge, 8}, std::pair{FailureClass::LocalNetwork, 9},
};

template<typename Enum, typename Table>
int codeOf(const Table &table, Enum value)
{
    for (const auto &[e, code] : table) {
        if (e == value)
            return code;
    }
    return -1;
}

template<typename Enum, typename Table>
std::optional<Enum> valueOf(const Table &table, int code)
{
    for (const auto &[e, c] : table) {
        if (c == code)
            return e;
    }
    return std::nullopt;
}

} // namespace

HistorySample HistorySample::from(const Sample &sample)
{
    HistorySample h;
    h.atMs = sample.at.isValid() ? sample.at.toMSecsSinceEpoch() : 0;
    h.state = sample.verdict;
    if (sample.httpStatus > 0)
        h.latencyMs = sample.latencyMs;
    h.queueMs = sample.queueMs;
    h.httpStatus = sample.httpStatus;
    h.failureClass = sample.failureClass;
    if (sample.verdict != HealthStatus::Up)
        h.reason = sample.reason;
    return h;
}

int storageCode(HealthStatus status)
{
    return codeOf(statusCodes, status);
}

int storageCode(FailureClass failureClass)
{
    return codeOf(classCodes, failureClass);
}

std::optional<HealthStatus> healthStatusFromStorage(int code)
{
    return valueOf<HealthStatus>(statusCodes, code);
}

std::optional<FailureClass> failureClassFromStorage(int code)
{
    return valueOf<FailureClass>(classCodes, code);
}

} // namespace gw
