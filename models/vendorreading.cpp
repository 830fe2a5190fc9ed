#include "vendorreading.h"

#include <algorithm>

namespace gw {

namespace {

ComponentStatus fromIndicator(StatusIndicator indicator)
{
    switch (indicator) {
    case StatusIndicator::None:
        return ComponentStatus::Operational;
    case StatusIndicator::Minor:
        return ComponentStatus::DegradedPerformance;
    case StatusIndicator::Major:
        return ComponentStatus::PartialOutage;
    case StatusIndicator::Critical:
        return ComponentStatus::MajorOutage;
    case StatusIndicator::Maintenance:
        return ComponentStatus::UnderMaintenance;
    }
    return ComponentStatus::Operational;
}

// The page's component names mapped to this integration.
QStringList componentsOf(const VendorSpec &vendor, const QString &integrationId)
{
    QStringList names;
    for (auto it = vendor.statusComponents.cbegin(); it != vendor.statusComponents.cend(); ++it) {
        if (it.value() == integrationId)
            names.append(it.key());
    }
    names.sort();
    return names;
}

} // namespace

std::optional<ComponentStatus> VendorStatusReading::statusOf(const VendorSpec &vendor,
                                                             const QString &integrationId) const
{
    if (!page)
        return std::nullopt;
    const QStringList names = componentsOf(vendor, integrationId);
    if (names.isEmpty())
        return fromIndicator(page->indicator);
    std::optional<ComponentStatus> status;
    for (const QString &name : names) {
        if (const StatusComponent *component = page->component(name))
            status = status ? worst(*status, component->status) : component->status;
    }
    return status;
}

std::optional<bool> VendorStatusReading::reportsIncident() const
{
    if (!page)
        return std::nullopt;
    if (page->indicator != StatusIndicator::None && page->indicator != StatusIndicator::Maintenance)
        return true;
    return !page->openIncidents().isEmpty();
}

QList<StatusIncident> VendorStatusReading::incidentsOf(const VendorSpec &vendor, const QString &integrationId) const
{
    if (!page)
        return {};
    const QStringList names = componentsOf(vendor, integrationId);
    QList<StatusIncident> incidents;
    for (const StatusIncident &incident : page->openIncidents()) {
        const bool touches = names.isEmpty() || incident.components.isEmpty()
                             || std::any_of(names.cbegin(), names.cend(),
                                            [&](const QString &name) { return incident.components.contains(name); });
        if (touches)
            incidents.append(incident);
    }
    return incidents;
}

HealthStatus healthOf(ComponentStatus status)
{
    switch (status) {
    case ComponentStatus::Operational:
        return HealthStatus::Up;
    case ComponentStatus::DegradedPerformance:
    case ComponentStatus::PartialOutage:
        return HealthStatus::Degraded;
    case ComponentStatus::MajorOutage:
        return HealthStatus::Down;
    case ComponentStatus::UnderMaintenance:
        return HealthStatus::Paused;
    }
    return HealthStatus::Unknown;
}

} // namespace gw
