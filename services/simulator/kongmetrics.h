#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <chrono>
#include <random>

namespace gw::sim {

// The counters a Kong gateway exposes on /metrics (Prometheus text, Kong 3.x names), advanced
// by elapsed time so they grow like real traffic. Pure apart from its own seeded RNG.
class KongMetrics
{
public:
    explicit KongMetrics(quint32 seed);

    // Adds the traffic of `elapsed`; while `upstreamTrouble` one orders-api target is unhealthy
    // and Kong answers part of that service's requests with 502/503 itself.
    void advance(std::chrono::milliseconds elapsed, bool upstreamTrouble);
    QByteArray render() const;

    bool upstreamTrouble() const { return m_trouble; }
    quint64 totalRequests() const;

private:
    struct Histogram
    {
        QList<quint64> buckets; // cumulative counts per le, +Inf last
        quint64 count = 0;
        double sum = 0;
        void add(double requests, double medianMs, double sigma);
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

    std::mt19937 m_rng;
    QList<Service> m_services;
    quint64 m_connectionsAccepted = 0;
    bool m_trouble = false;
};

} // namespace gw::sim
