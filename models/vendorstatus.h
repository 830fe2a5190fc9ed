#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace gw {

// What a vendor says about itself on its Atlassian Statuspage (API v2: summary.json, status.json),
// as plain values. Times are UTC, in ms since the epoch. The words Statuspage leaves open to grow
// (incident status and impact, maintenance status, update status) stay strings, as the page
// wrote them; the two that drive Gatewatch's own state are enums.

// status.indicator: the page's overall verdict.
enum class StatusIndicator { None, Minor, Major, Critical, Maintenance };

// A component's state. Listed in Statuspage's order, which is not the order of severity: see
// worst(). A planned maintenance is less bad than the smallest unplanned degradation.
enum class ComponentStatus { Operational, DegradedPerformance, PartialOutage, MajorOutage, UnderMaintenance };

// The stable names Statuspage uses ("none", "degraded_performance"); never translated.
QString machineName(StatusIndicator indicator);
QString machineName(ComponentStatus status);
std::optional<StatusIndicator> statusIndicatorFromName(QStringView name);
std::optional<ComponentStatus> componentStatusFromName(QStringView name);
// "Degraded performance", translated (context gw::VendorStatus).
QString displayName(ComponentStatus status);
// The worse of two, for rolling components up: Operational < UnderMaintenance < DegradedPerformance
// < PartialOutage < MajorOutage.
ComponentStatus worst(ComponentStatus a, ComponentStatus b);

struct StatusComponent
{
    QString id;
    QString name;
    ComponentStatus status = ComponentStatus::Operational;
    QString groupId;    // the group this component belongs to; empty at the top level
    bool group = false; // a group of components (listed with a status of its own), not a component

    bool operator==(const StatusComponent &) const = default;
};

// One post on an incident.
struct StatusUpdate
{
    QString status; // the incident's status as of this update
    QString body;
    qint64 atMs = 0; // when the page shows it posted (display_at, else created_at); 0 if neither

    bool operator==(const StatusUpdate &) const = default;
};

struct StatusIncident
{
    QString id;
    QString name;
    QString status;         // investigating, identified, monitoring, resolved, postmortem
    QString impact;         // none, minor, major, critical; empty when the page does not say
    qint64 createdAtMs = 0; // 0 when the page does not say
    std::optional<qint64> startedAtMs;
    std::optional<qint64> resolvedAtMs;
    QString shortlink;
    QStringList components;      // names of the affected components
    QList<StatusUpdate> updates; // in the page's order, which is newest first

    // Still going on: neither resolved nor closed with a postmortem. A status Statuspage may add
    // later counts as open, so that an unknown word never hides an incident.
    bool open() const;

    bool operator==(const StatusIncident &) const = default;
};

struct StatusMaintenance
{
    QString id;
    QString name;
    QString status; // scheduled, in_progress, verifying, completed
    std::optional<qint64> scheduledForMs;
    std::optional<qint64> scheduledUntilMs;
    QStringList components; // names of the components under maintenance

    // Whether the maintenance is under way at nowMs. The vendor's status decides when it says
    // in_progress or verifying (active, even past the planned end: overruns are real) or completed
    // (not active). "scheduled", or a status we do not know, is active inside its window
    // [scheduledFor, scheduledUntil): pages without auto-start stay "scheduled" until someone
    // clicks, while the work has begun. No start, no window.
    bool active(qint64 nowMs) const;

    bool operator==(const StatusMaintenance &) const = default;
};

// One vendor's status page. status.json fills the page fields and the indicator only;
// summary.json fills the lists too.
struct StatusPage
{
    QString name;
    QString url;
    qint64 updatedAtMs = 0; // 0 when the page does not say
    StatusIndicator indicator = StatusIndicator::None;
    QString description;               // the vendor's words for the indicator: "Partial System Outage"
    QList<StatusComponent> components; // in the page's order, groups included
    QList<StatusIncident> incidents;
    QList<StatusMaintenance> maintenances;

    // The first component (group or not) of exactly this name, or null. Names are what users
    // configure but are not unique on every page (a group may share its name with a component in
    // it); ids are. The pointer is valid while the page is not changed.
    const StatusComponent *component(const QString &name) const;
    QList<StatusIncident> openIncidents() const;

    bool operator==(const StatusPage &) const = default;
};

} // namespace gw
