#pragma once

#include "gatewaymetrics.h"
#include "sample.h"

#include <QList>
#include <QString>
#include <QtGlobal>

#include <chrono>
#include <functional>

namespace gw::sim {

// Plausible history for the demo, made up rather than waited for: each check's attempts at its
// interval with its vendor's latency profile, busier afternoons, and a handful of incidents per
// week (an outage, a slow spell, a throttled hour, timeouts) placed reproducibly by the seed.
// Pure: times are passed in.
class HistoryBackfill
{
public:
    struct Check
    {
        QString integrationId;
        QString checkId;
        QString vendor; // a simulator vendor name, for its latency profile
        std::chrono::milliseconds interval{10'000};
        bool https = true;
    };

    struct Incident
    {
        QString vendor;
        qint64 startMs = 0;
        qint64 endMs = 0;
        HealthStatus verdict = HealthStatus::Down;
        FailureClass failureClass = FailureClass::None;
        int httpStatus = 0;
        double slowdown = 1; // latency multiplier while it lasts
        QString reason;
    };

    HistoryBackfill(QList<Check> checks, quint32 seed);

    // The incidents in [fromMs, toMs), for every vendor of the checks.
    QList<Incident> incidents(qint64 fromMs, qint64 toMs) const;

    // Every attempt of every check in [fromMs, toMs), in time order, handed to `sink` in batches of
    // about `batchSize` (the sink may stop the generation by returning false).
    void generate(qint64 fromMs, qint64 toMs, const std::function<bool(const QList<CheckUpdate> &)> &sink,
                  int batchSize = 5000) const;

    // The gateway's egress routes (egressRoutes()) as they would have been read every `stepMs`
    // from `fromMs` up to `end` (its time and request counters, the last of the scrapes): each
    // route's traffic at its calls per second, busier in the afternoon, so that the live readings
    // after `end` carry on from it. Oldest first; the same for the same seed. Counters that far
    // back may be below 0: only their increases mean anything.
    QList<GatewayScrape> gatewayTraffic(const GatewayScrape &end, qint64 fromMs, qint64 stepMs) const;

private:
    QList<Check> m_checks;
    quint32 m_seed;
};

} // namespace gw::sim
