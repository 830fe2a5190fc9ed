#include "healthstatus.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

constexpr std::array statusNames{
    std::pair{HealthStatus::Up, u"up"},           std::pair{HealthStatus::Paused, u"paused"},
    std::pair{HealthStatus::Unknown, u"unknown"},
    std::pair{HealthStatus::RateLimited, u"rate-limited"}, std::pair{HealthStatus::Degraded, u"degraded"},
    std::pair{HealthStatus::Down, u"down"},
};

constexpr std::array classNames{
    std::pair{FailureClass::None, u"none"},
    std::pair{FailureClass::Dns, u"dns"},
    std::pair{FailureClass::Connect, u"connect"},
    std::pair{FailureClass::Tls, u"tls"},
    std::pair{FailureClass::Timeout, u"timeout"},
    std::pair{FailureClass::HttpStatus, u"http-status"},
    std::pair{FailureClass::Condition, u"condition"},
    std::pair{FailureClass::RateLimited, u"rate-limited"},
    std::pair{FailureClass::BodyTooLarge, u"body-too-large"},
    std::pair{FailureClass::LocalNetwork, u"local-network"},
};

template<typename Enum, typename Table>
QString nameOf(const Table &table, Enum value)
{
    for (const auto &[e, name] : table) {
        if (e == value)
            return QStringView(name).toString();
    }
    return {};
}

template<typename Enum, typename Table>
std::optional<Enum> valueOf(const Table &table, const QString &name)
{
    for (const auto &[e, n] : table) {
        if (name == QStringView(n))
            return e;
    }
    return std::nullopt;
}

} // namespace

QString machineName(HealthStatus status)
{
    return nameOf(statusNames, status);
}
QString machineName(FailureClass failureClass)
{
    return nameOf(classNames, failureClass);
}

std::optional<HealthStatus> healthStatusFromName(const QString &name)
{
    return valueOf<HealthStatus>(statusNames, name);
}

std::optional<FailureClass> failureClassFromName(const QString &name)
{
    return valueOf<FailureClass>(classNames, name);
}

HealthStatus worst(HealthStatus a, HealthStatus b)
{
    return static_cast<int>(a) >= static_cast<int>(b) ? a : b;
}

} // namespace gw
