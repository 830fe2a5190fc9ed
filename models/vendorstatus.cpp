#include "vendorstatus.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <iterator>
#include <utility>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

constexpr std::array indicatorNames{
    std::pair{StatusIndicator::None, u"none"},
    std::pair{StatusIndicator::Minor, u"minor"},
    std::pair{StatusIndicator::Major, u"major"},
    std::pair{StatusIndicator::Critical, u"critical"},
    std::pair{StatusIndicator::Maintenance, u"maintenance"},
};

constexpr std::array componentNames{
    std::pair{ComponentStatus::Operational, u"operational"},
    std::pair{ComponentStatus::DegradedPerformance, u"degraded_performance"},
    std::pair{ComponentStatus::PartialOutage, u"partial_outage"},
    std::pair{ComponentStatus::MajorOutage, u"major_outage"},
    std::pair{ComponentStatus::UnderMaintenance, u"under_maintenance"},
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
std::optional<Enum> valueOf(const Table &table, QStringView name)
{
    for (const auto &[e, n] : table) {
        if (name == QStringView(n))
            return e;
    }
    return std::nullopt;
}

int severity(ComponentStatus status)
{
    switch (status) {
    case ComponentStatus::Operational:
        return 0;
    case ComponentStatus::UnderMaintenance:
        return 1;
    case ComponentStatus::DegradedPerformance:
        return 2;
    case ComponentStatus::PartialOutage:
        return 3;
    case ComponentStatus::MajorOutage:
        return 4;
    }
    return 0;
}

} // namespace

QString machineName(StatusIndicator indicator)
{
    return nameOf(indicatorNames, indicator);
}

QString machineName(ComponentStatus status)
{
    return nameOf(componentNames, status);
}

std::optional<StatusIndicator> statusIndicatorFromName(QStringView name)
{
    return valueOf<StatusIndicator>(indicatorNames, name);
}

std::optional<ComponentStatus> componentStatusFromName(QStringView name)
{
    return valueOf<ComponentStatus>(componentNames, name);
}

QString displayName(ComponentStatus status)
{
    switch (status) {
    case ComponentStatus::Operational:
        return QCoreApplication::translate("gw::VendorStatus", "Operational");
    case ComponentStatus::DegradedPerformance:
        return QCoreApplication::translate("gw::VendorStatus", "Degraded performance");
    case ComponentStatus::PartialOutage:
        return QCoreApplication::translate("gw::VendorStatus", "Partial outage");
    case ComponentStatus::MajorOutage:
        return QCoreApplication::translate("gw::VendorStatus", "Major outage");
    case ComponentStatus::UnderMaintenance:
        return QCoreApplication::translate("gw::VendorStatus", "Under maintenance");
    }
    return {};
}

ComponentStatus worst(ComponentStatus a, ComponentStatus b)
{
    return severity(a) >= severity(b) ? a : b;
}

bool StatusIncident::open() const
{
    return status != "resolved"_L1 && status != "postmortem"_L1;
}

bool StatusMaintenance::active(qint64 nowMs) const
{
    if (status == "in_progress"_L1 || status == "verifying"_L1)
        return true;
    if (status == "completed"_L1)
        return false;
    if (!scheduledForMs || nowMs < *scheduledForMs)
        return false;
    return !scheduledUntilMs || nowMs < *scheduledUntilMs;
}

const StatusComponent *StatusPage::component(const QString &name) const
{
    const auto it = std::find_if(components.cbegin(), components.cend(),
                                 [&name](const StatusComponent &c) { return c.name == name; });
    return it == components.cend() ? nullptr : &*it;
}

QList<StatusIncident> StatusPage::openIncidents() const
{
    QList<StatusIncident> result;
    std::copy_if(incidents.cbegin(), incidents.cend(), std::back_inserter(result),
                 [](const StatusIncident &incident) { return incident.open(); });
    return result;
}

} // namespace gw
