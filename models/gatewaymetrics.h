#pragma once

#include "metricpage.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QtGlobal>

#include <optional>
#include <utility>

namespace gw {

// Which gateway's metric names a page uses.
enum class GatewayFlavor { Generic, Kong, Traefik, Envoy };

QString machineName(GatewayFlavor flavor); // "generic", "kong", "traefik", "envoy"
std::optional<GatewayFlavor> gatewayFlavorFromName(QStringView name);

// For gateways Gatewatch does not know by name: which metrics to read.
struct GenericMetricNames
{
    QByteArray requestCounter;   // e.g. http_requests_total
    QByteArray statusLabel;      // e.g. code
    QByteArray latencyHistogram; // base name, e.g. http_request_duration_seconds
    double latencyUnitMs = 1000; // milliseconds per unit of the histogram's le (seconds: 1000)
    QByteArray serviceLabel;     // grouping, e.g. service
    QByteArray routeLabel;       // optional second grouping

    bool operator==(const GenericMetricNames &) const = default;
};

// Kong (kong_http_requests_total …), Traefik (traefik_service_requests_total …) or Envoy
// (envoy_cluster_upstream_rq …) by the metric names present; Generic when none matches.
GatewayFlavor detectFlavor(const MetricPage &page);

// Cumulative histogram buckets: (upper bound in ms, cumulative count), ascending, +Inf last.
using HistogramBuckets = QList<std::pair<double, double>>;

// Prometheus histogram_quantile(): the bucket holding the q-th rank, linear interpolation inside
// it (from 0 for the first bucket), the highest finite bound when the rank falls in +Inf;
// nullopt for no observations, q outside [0, 1], or no +Inf bucket.
std::optional<double> histogramQuantile(double q, const HistogramBuckets &buckets);

// One route (Kong service/route, Traefik service, Envoy cluster) at one scrape, cumulative.
struct RouteTotals
{
    QString service;
    std::optional<QString> route;
    double requests = 0;
    double errors5xx = 0;
    double errors4xx = 0;     // 429 included
    double rateLimited = 0;   // 429 only
    HistogramBuckets latency; // merged over the route's other labels

    bool operator==(const RouteTotals &) const = default;
};

// An upstream target's health as the gateway reports it ("healthy", "unhealthy", "dns_error", …).
struct UpstreamTarget
{
    QString upstream;
    QString target;
    QString state;

    bool operator==(const UpstreamTarget &) const = default;
};

// Everything one scrape says, cumulative and keyed as the gateway keys it.
struct GatewayScrape
{
    GatewayFlavor flavor = GatewayFlavor::Generic;
    qint64 atMs = 0;
    QList<RouteTotals> routes; // sorted by service, then route
    QList<UpstreamTarget> upstreams;
    std::optional<bool> datastoreReachable;                // Kong
    QList<std::pair<QString, qint64>> certificateExpiries; // (name, not-after ms), where exported

    bool operator==(const GatewayScrape &) const = default;
};

// Reads a page of the given flavor (names from `generic` for Generic) into totals per route.
GatewayScrape readScrape(const MetricPage &page, GatewayFlavor flavor, const GenericMetricNames &generic, qint64 atMs);

// What a route accrued between two of its scrapes, as Prometheus's rate() reads counters: when any
// counter or bucket went down the gateway restarted, and every current value is what accrued since;
// a histogram whose bounds changed was reconfigured (which takes a restart): its buckets are the
// current ones. Service and route are `now`'s.
RouteTotals routeIncrease(const RouteTotals &before, const RouteTotals &now);

// What a route accrued between two of its scrapes, for counting usage: `now` - `before`, or all of
// `now` when it went down (the gateway restarted). Like routeIncrease() for one counter; a restart
// that was followed by more requests than before it goes unseen, as in Prometheus.
double counterIncrease(double before, double now);

// `amount`, accrued evenly over [fromMs, toMs), as its part in each UTC hour the interval touches:
// (the hour's start in seconds since the epoch, part), oldest first, parts summing to `amount`.
// An empty or reversed interval puts it all in toMs's hour.
QList<std::pair<qint64, double>> spreadOverHours(qint64 fromMs, qint64 toMs, double amount);

// A route's health over the interval between its last two scrapes (rates), or since the first
// scrape's cumulative values while there is only one (ratios and percentiles, no rate).
struct RouteHealth
{
    QString service;
    std::optional<QString> route;
    std::optional<double> requestsPerSecond;
    std::optional<double> errorRatio;       // 5xx / requests
    std::optional<double> clientErrorRatio; // 4xx (429 included) / requests
    std::optional<double> rateLimitedRatio; // 429 / requests
    std::optional<double> p50Ms;
    std::optional<double> p95Ms;
    std::optional<double> p99Ms;
    RouteTotals totals; // the latest cumulative values

    bool operator==(const RouteHealth &) const = default;
};

// Turns successive scrapes into per-route health, as Prometheus's rate() would: deltas of
// counters between scrapes, a counter that went down counted as reset (the new value is the
// delta), missing scrapes simply make a longer interval, and percentiles from the deltas of the
// histogram buckets. Pure: each scrape carries its time.
// One point of a route's trend: its rate and error ratio over the interval ending at `atMs`.
struct RoutePoint
{
    qint64 atMs = 0;
    double requestsPerSecond = 0;
    std::optional<double> errorRatio; // nullopt when the interval saw no requests

    bool operator==(const RoutePoint &) const = default;
};

class GatewayTracker
{
public:
    // How many points of each route's trend are kept (the newest).
    explicit GatewayTracker(qsizetype trendLength = 240) : m_trendLength(trendLength) {}

    void observe(const GatewayScrape &scrape);
    QList<RouteHealth> routes() const { return m_routes; } // sorted by service, then route
    const std::optional<GatewayScrape> &latest() const { return m_latest; }
    // The route's rate and error ratio at each scrape that had a previous one, oldest first.
    QList<RoutePoint> trend(const QString &service, const std::optional<QString> &route) const;

private:
    QList<RouteHealth> computeRoutes() const;

    qsizetype m_trendLength;
    std::optional<GatewayScrape> m_previous;
    std::optional<GatewayScrape> m_latest;
    QList<RouteHealth> m_routes;
    QHash<QString, QList<RoutePoint>> m_trends; // by service and route
};

// What the latest metrics page said, besides the routes: how it was read and what was wrong.
struct PageDiagnostics
{
    qint64 atMs = 0;
    GatewayFlavor flavor = GatewayFlavor::Generic;
    bool flavorRecognised = false; // read by its names rather than configured
    qsizetype series = 0;
    qsizetype problemCount = 0;
    QString firstProblem; // "line 12: …"
    QString error;        // the page could not be read at all (not Prometheus text, no series)
    double parseMs = 0;
    bool fromAgents = false; // read back from the agents' metrics in Prometheus, not from the page
};

} // namespace gw
