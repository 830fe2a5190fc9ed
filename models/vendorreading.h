#pragma once

#include "catalog.h"
#include "vendorstatus.h"

#include <QString>

#include <optional>

namespace gw {

// What Gatewatch last read of a vendor's status page: the page, or why there is none. A page that
// could not be read says nothing about the vendor: it is never taken for an outage.
struct VendorStatusReading
{
    // Why there is no page: it could not be reached (no connection, a timeout, a reference that
    // does not resolve), or what answered was no status page (an HTTP error, not Statuspage JSON).
    enum class Problem { None, Unreachable, BadAnswer };

    QString vendorId;
    qint64 atMs = 0;                // when it was read
    std::optional<StatusPage> page; // nullopt when the read failed
    Problem problem = Problem::None;
    QString error; // what went wrong, for people

    bool ok() const { return page.has_value(); }

    // What the page says of one of the vendor's integrations: the status of the component
    // status_components maps to it, else the page's overall indicator read as a component status
    // (minor: degraded performance, major: partial outage, critical: major outage, maintenance:
    // under maintenance). nullopt without a page, or when the mapped component is not on it.
    std::optional<ComponentStatus> statusOf(const VendorSpec &vendor, const QString &integrationId) const;
    // Whether the vendor admits trouble: an open incident on the page, or an indicator other than
    // none or maintenance. nullopt without a page.
    std::optional<bool> reportsIncident() const;
    // The open incidents that touch the integration: those naming its component, and those that
    // name no component at all (or every incident when no component is mapped to it).
    QList<StatusIncident> incidentsOf(const VendorSpec &vendor, const QString &integrationId) const;

    bool operator==(const VendorStatusReading &) const = default;
};

// A component status the way the overview ranks health: Up, Degraded, Down (major outage), Paused
// (maintenance).
HealthStatus healthOf(ComponentStatus status);

} // namespace gw
