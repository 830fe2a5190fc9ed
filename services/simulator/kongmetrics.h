#pragma once

#include "simulator.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <chrono>
#include <cmath>
#include <random>

namespace gw::sim {

// The counters a Kong gateway exposes on /metrics (Prometheus text, Kong 3.x names), advanced
// by elapsed time so they grow like real traffic: the company's own services, and the egress
// routes the product's calls to vendors take (egressRoutes(), the names the event feed uses).
// Pure apart from its own seeded RNG.
class KongMetrics
{
public:
    explicit KongMetrics(quint32 seed);

    // Adds the traffic of `elapsed`; while `upstreamTrouble` one orders-api target is unhealthy
    // and Kong answers part of that service's requests with 502/503 itself. A vendor with a fault
    // in `vendorFaults` fails its egress routes' calls as the event feed shows them failing.
    void advance(std::chrono::milliseconds elapsed, bool upstreamTrouble,
                 const QHash<QString, Fault> &vendorFaults = {});
    QByteArray render() const;

    bool upstreamTrouble() const { return m_trouble; }
    quint64 totalRequests() const;

private:
    struct Histogram
    {
        // Expected cumulative counts per finite le, kept fractional so that a route with one call
        // a second fills its buckets in proportion rather than rounding every call into +Inf.
        QList<double> buckets;
        double observed = 0; // expected calls in all, fractional
        double sum = 0;
        void add(double requests, double medianMs, double sigma);
        quint64 count() const { return quint64(std::floor(observed)); }
        quint64 bucket(int i) const; // cumulative, +Inf (i == BucketCount) is count()
    };
    struct Counter
    {
        QString code;
        QString source;
        quint64 value = 0;
        double fraction = 0; // carried part of fractional increments
    };
    struct Service
    {
        QString vendor; // empty for the company's own services
        double timeoutMs = 0;
        QString name;
        QString route;
        QString consumer;
        double requestsPerSecond = 0;
        double upstreamMedianMs = 0;
        QList<Counter> counters;
        Histogram request;
        Histogram upstream;
        Histogram kong;
    };

    static void bump(Counter &counter, double amount);
    static void advanceEgress(Service &service, double requests, const Fault &fault);

    std::mt19937 m_rng;
    QList<Service> m_services;
    quint64 m_connectionsAccepted = 0;
    bool m_trouble = false;
};

} // namespace gw::sim
