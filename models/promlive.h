#pragma once

#include "catalog.h"
#include "gatewaymetrics.h"
#include "promseries.h"
#include "sample.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>
#include <tuple>

namespace gw {

// The live state of every check as the agents' metrics (docs/metrics.md) tell it at one instant,
// read from a single instant query (promLiveQuery()). Checks are keyed "integration/check";
// series of the same check from several agents add up their counters, and the latest result wins.
struct LiveCheck
{
    HealthStatus state = HealthStatus::Unknown; // the one gatewatch_check_state says is 1
    std::optional<qint64> lastResultMs;         // when the latest attempt started
    QMap<QString, double> attempts;             // by result: up, degraded, rate-limited, down
    QMap<QString, double> failures;             // by failure class machine name
    double durationSumSeconds = 0;
    double durationCount = 0;
    std::optional<qint64> tlsExpiryMs;

    bool operator==(const LiveCheck &) const = default;
};

struct LiveSnapshot
{
    QHash<QString, LiveCheck> checks;           // "integration/check"
    QHash<QString, QList<QuotaReading>> quotas; // integration -> its quotas, by policy
    // The gateway's routes as an agent last read them from its metrics page (the gateway's own
    // cumulative counts), its upstream targets and datastore, at that reading's time; none until
    // an agent has read it. Agents that read the same gateway report the same counts: the highest
    // of each is taken, not the sum.
    std::optional<GatewayScrape> gateway;

    bool operator==(const LiveSnapshot &) const = default;
};

// The one instant query that reads everything a live snapshot holds.
QString promLiveQuery();

// Reads the answer to promLiveQuery(). Series without integration and check labels, or with
// values that are not finite, are left out.
LiveSnapshot readLiveSnapshot(const PromAnswer &answer);

// What happened between two snapshots, as a monitor polling the checks itself would have
// published it.
struct LiveChanges
{
    // One per check whose latest attempt is newer than in `before` (or that appeared): its state,
    // the worst result among the attempts counted since, the failure class that grew most, the mean
    // latency of those attempts, its certificate's expiry, and the integration's quotas on the
    // first update of each integration. The first snapshot of a check has no attempts to compare:
    // its result is its state and its latency the mean of all its attempts.
    QList<CheckUpdate> updates;
    // Checks whose state changed without a new attempt (paused, resumed), or that no agent
    // reports any more: they become unknown, since an agent or scrape that stopped says nothing
    // about the integration.
    QList<std::tuple<QString, QString, HealthStatus>> states;
    // The gateway's routes, when an agent read its page again (or for the first time) since `before`.
    std::optional<GatewayScrape> gateway;
};
LiveChanges liveChanges(const LiveSnapshot &before, const LiveSnapshot &now, const Catalog &catalog);

} // namespace gw
