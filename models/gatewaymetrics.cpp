#include "gatewaymetrics.h"

#include <QStringList>

#include <algorithm>
#include <array>
#include <cmath>
#include <iterator>
#include <limits>
#include <map>
#include <set>
#include <tuple>

using namespace Qt::StringLiterals;

namespace gw {

// What each gateway exports and what is read from it (every other label is summed over, so a
// gateway that adds labels in a later version still reads the same):
//
// Kong (prometheus plugin, 3.x; status and latency series need status_code_metrics and
// latency_metrics switched on):
//   kong_http_requests_total{service,route,code,source,consumer[,workspace]}: one increment per
//     response. Grouped by service and route (route "" when the request matched none), summed
//     over source (service or kong), consumer and workspace.
//   kong_request_latency_ms_bucket{service,route[,workspace],le}: total request latency in ms, the
//     one a caller feels. kong_upstream_latency_ms and kong_kong_latency_ms are parts of it and
//     are not read.
//   kong_upstream_target_health{upstream,target,address,state,subsystem}: one sample per state
//     (healthchecks_off, healthy, unhealthy, dns_error), 1 on the current one, per resolved
//     address and per subsystem (http and stream each export theirs). A target is reported the
//     way Kong's Admin API reports it: healthy when any address is healthy, else unhealthy when
//     any is, else the state reported (healthchecks_off, or dns_error with address "").
//   kong_datastore_reachable: 1 or 0.
//   kong_data_plane_cluster_cert_expiry_timestamp: a data plane's cluster certificate, unix s.
// Traefik (v2, v3):
//   traefik_service_requests_total{code,method,protocol,service}: per service, summed over
//     method and protocol; routers are not read (one service serves several routers).
//   traefik_service_request_duration_seconds_bucket{code,method,protocol,service,le}: seconds.
//   traefik_service_server_up{service,url}: 1 up, 0 down, per server of a load balancer.
//   traefik_tls_certs_not_after{cn,serial,sans}: unix s; named by cn, else sans, else serial.
// Envoy (/stats/prometheus with the default tag extraction):
//   envoy_cluster_upstream_rq{envoy_response_code,envoy_cluster_name}: per exact code. Envoy
//     also exports envoy_cluster_upstream_rq_xx{envoy_response_code_class} (2, 4, 5…), _completed
//     and _total for the same requests; a cluster is read from exact codes when it has them,
//     else from classes (no 429 then), else from _completed or _total (requests only), never
//     from two of them at once.
//   envoy_cluster_upstream_rq_time_bucket{envoy_cluster_name,le}: ms.
//   envoy_cluster_membership_healthy / envoy_cluster_membership_total{envoy_cluster_name}: hosts.
//   envoy_listener_ssl_certificate_expiration_unix_time_seconds and
//   envoy_cluster_ssl_certificate_expiration_unix_time_seconds{envoy_tls_certificate}: unix s.
// Certificate expiries are read from any of these names whatever the flavor: none is ambiguous.

namespace {

constexpr double infinity = std::numeric_limits<double>::infinity();

constexpr QByteArrayView kongRequests = "kong_http_requests_total";
constexpr QByteArrayView kongLatency = "kong_request_latency_ms_bucket";
constexpr QByteArrayView kongTargetHealth = "kong_upstream_target_health";
constexpr QByteArrayView kongDatastore = "kong_datastore_reachable";

constexpr QByteArrayView traefikRequests = "traefik_service_requests_total";
constexpr QByteArrayView traefikLatency = "traefik_service_request_duration_seconds_bucket";
constexpr QByteArrayView traefikServerUp = "traefik_service_server_up";

constexpr QByteArrayView envoyRequests = "envoy_cluster_upstream_rq";
constexpr QByteArrayView envoyRequestClasses = "envoy_cluster_upstream_rq_xx";
constexpr QByteArrayView envoyCompleted = "envoy_cluster_upstream_rq_completed";
constexpr QByteArrayView envoyTotal = "envoy_cluster_upstream_rq_total";
constexpr QByteArrayView envoyLatency = "envoy_cluster_upstream_rq_time_bucket";
constexpr QByteArrayView envoyHealthy = "envoy_cluster_membership_healthy";
constexpr QByteArrayView envoyMembers = "envoy_cluster_membership_total";

// Every sample called `name`, wherever the parser filed it: a typed histogram keeps its _bucket
// samples under the base name, an untyped page may give each name its own family; either way the
// family's name starts the sample's. NaN says nothing about a count and is skipped.
template<typename Visit>
void forEachSample(const MetricPage &page, QByteArrayView name, Visit &&visit)
{
    for (const MetricFamily &family : page.families) {
        if (!name.startsWith(family.name))
            continue;
        for (const MetricSample &sample : family.samples) {
            if (sample.name == name && !std::isnan(sample.value))
                visit(sample);
        }
    }
}

bool hasMetric(const MetricPage &page, QByteArrayView name)
{
    if (page.family(name))
        return true;
    for (const MetricFamily &family : page.families) {
        if (!name.startsWith(family.name))
            continue;
        for (const MetricSample &sample : family.samples) {
            if (sample.name == name)
                return true;
        }
    }
    return false;
}

bool hasAnyMetric(const MetricPage &page, std::initializer_list<QByteArrayView> names)
{
    return std::any_of(names.begin(), names.end(), [&page](QByteArrayView name) { return hasMetric(page, name); });
}

QString labelText(const MetricSample &sample, QByteArrayView name)
{
    const std::optional<QByteArrayView> value = sample.label(name);
    return value ? QString::fromUtf8(*value) : QString();
}

// An absent or empty label is no route.
std::optional<QString> routeLabel(const MetricSample &sample, QByteArrayView name)
{
    if (name.isEmpty())
        return std::nullopt;
    const std::optional<QByteArrayView> value = sample.label(name);
    if (!value || value->isEmpty())
        return std::nullopt;
    return QString::fromUtf8(*value);
}

std::optional<double> parseBound(QByteArrayView text)
{
    const QByteArrayView trimmed = text.trimmed();
    if (trimmed.compare("+Inf", Qt::CaseInsensitive) == 0 || trimmed.compare("Inf", Qt::CaseInsensitive) == 0)
        return infinity;
    bool ok = false;
    const double value = trimmed.toDouble(&ok);
    if (!ok || std::isnan(value))
        return std::nullopt;
    return value;
}

// 5xx and 4xx by the first digit, so Envoy's code classes ("5") and exporters that send "5xx"
// count too; 429 only by its exact code.
void countResponses(RouteTotals &totals, std::optional<QByteArrayView> status, double count)
{
    totals.requests += count;
    if (!status)
        return;
    const QByteArrayView code = status->trimmed();
    if (code.isEmpty())
        return;
    if (code.front() == '5') {
        totals.errors5xx += count;
    } else if (code.front() == '4') {
        totals.errors4xx += count;
        if (code == "429")
            totals.rateLimited += count;
    }
}

using RouteKey = std::pair<QString, std::optional<QString>>;

// Totals per route while a page is read; buckets merged per bound across the other labels.
class RouteTable
{
public:
    struct Entry
    {
        RouteTotals totals;
        std::map<double, double> buckets; // upper bound in ms -> cumulative count
    };

    Entry &at(const QString &service, const std::optional<QString> &route)
    {
        Entry &entry = m_routes[RouteKey{service, route}];
        entry.totals.service = service;
        entry.totals.route = route;
        return entry;
    }

    void addBucket(const QString &service, const std::optional<QString> &route, const MetricSample &sample,
                   double msPerUnit)
    {
        const std::optional<QByteArrayView> le = sample.label("le");
        if (!le)
            return;
        const std::optional<double> bound = parseBound(*le);
        if (!bound)
            return;
        const double boundMs = *bound * msPerUnit;
        if (std::isnan(boundMs))
            return;
        at(service, route).buckets[boundMs] += sample.value;
    }

    // Sorted by service, then route (no route first).
    QList<RouteTotals> routes() const
    {
        QList<RouteTotals> result;
        result.reserve(static_cast<qsizetype>(m_routes.size()));
        for (const auto &[key, entry] : m_routes) {
            RouteTotals totals = entry.totals;
            totals.latency.reserve(static_cast<qsizetype>(entry.buckets.size()));
            for (const auto &[bound, count] : entry.buckets)
                totals.latency.append({bound, count});
            result.append(std::move(totals));
        }
        return result;
    }

private:
    std::map<RouteKey, Entry> m_routes;
};

void readKongRoutes(const MetricPage &page, RouteTable &table)
{
    forEachSample(page, kongRequests, [&table](const MetricSample &sample) {
        RouteTable::Entry &entry = table.at(labelText(sample, "service"), routeLabel(sample, "route"));
        countResponses(entry.totals, sample.label("code"), sample.value);
    });
    forEachSample(page, kongLatency, [&table](const MetricSample &sample) {
        table.addBucket(labelText(sample, "service"), routeLabel(sample, "route"), sample, 1.0);
    });
}

void readTraefikRoutes(const MetricPage &page, RouteTable &table)
{
    forEachSample(page, traefikRequests, [&table](const MetricSample &sample) {
        countResponses(table.at(labelText(sample, "service"), std::nullopt).totals, sample.label("code"), sample.value);
    });
    forEachSample(page, traefikLatency, [&table](const MetricSample &sample) {
        table.addBucket(labelText(sample, "service"), std::nullopt, sample, 1000.0);
    });
}

void readEnvoyRoutes(const MetricPage &page, RouteTable &table)
{
    std::map<QString, RouteTotals> byCode;
    std::map<QString, RouteTotals> byClass;
    std::map<QString, double> completed;
    std::map<QString, double> total;
    forEachSample(page, envoyRequests, [&byCode](const MetricSample &sample) {
        countResponses(byCode[labelText(sample, "envoy_cluster_name")], sample.label("envoy_response_code"),
                       sample.value);
    });
    forEachSample(page, envoyRequestClasses, [&byClass](const MetricSample &sample) {
        countResponses(byClass[labelText(sample, "envoy_cluster_name")], sample.label("envoy_response_code_class"),
                       sample.value);
    });
    forEachSample(page, envoyCompleted, [&completed](const MetricSample &sample) {
        completed[labelText(sample, "envoy_cluster_name")] += sample.value;
    });
    forEachSample(page, envoyTotal, [&total](const MetricSample &sample) {
        total[labelText(sample, "envoy_cluster_name")] += sample.value;
    });

    std::set<QString> clusters;
    for (const auto *source : {&byCode, &byClass}) {
        for (const auto &[cluster, totals] : *source)
            clusters.insert(cluster);
    }
    for (const auto *source : {&completed, &total}) {
        for (const auto &[cluster, count] : *source)
            clusters.insert(cluster);
    }
    for (const QString &cluster : clusters) {
        RouteTotals &totals = table.at(cluster, std::nullopt).totals;
        RouteTotals counts;
        if (const auto it = byCode.find(cluster); it != byCode.end())
            counts = it->second;
        else if (const auto it = byClass.find(cluster); it != byClass.end())
            counts = it->second;
        else if (const auto it = completed.find(cluster); it != completed.end())
            counts.requests = it->second;
        else
            counts.requests = total[cluster];
        totals.requests = counts.requests;
        totals.errors5xx = counts.errors5xx;
        totals.errors4xx = counts.errors4xx;
        totals.rateLimited = counts.rateLimited;
    }

    forEachSample(page, envoyLatency, [&table](const MetricSample &sample) {
        table.addBucket(labelText(sample, "envoy_cluster_name"), std::nullopt, sample, 1.0);
    });
}

void readGenericRoutes(const MetricPage &page, const GenericMetricNames &names, RouteTable &table)
{
    const auto serviceOf = [&names](const MetricSample &sample) {
        return names.serviceLabel.isEmpty() ? QString() : labelText(sample, names.serviceLabel);
    };
    if (!names.requestCounter.isEmpty()) {
        forEachSample(page, names.requestCounter, [&](const MetricSample &sample) {
            const std::optional<QByteArrayView> status =
                names.statusLabel.isEmpty() ? std::nullopt : sample.label(names.statusLabel);
            countResponses(table.at(serviceOf(sample), routeLabel(sample, names.routeLabel)).totals, status,
                           sample.value);
        });
    }
    if (!names.latencyHistogram.isEmpty()) {
        const QByteArray bucketName = names.latencyHistogram.endsWith("_bucket")
                                          ? names.latencyHistogram
                                          : QByteArray(names.latencyHistogram + "_bucket");
        forEachSample(page, bucketName, [&](const MetricSample &sample) {
            table.addBucket(serviceOf(sample), routeLabel(sample, names.routeLabel), sample, names.latencyUnitMs);
        });
    }
}

// Kong's rule for a target (kong/db/dao/targets.lua): healthy when any of its addresses is.
QString kongTargetState(const QStringList &states)
{
    for (const QString &state : {u"healthy"_s, u"unhealthy"_s, u"healthchecks_off"_s}) {
        if (states.contains(state))
            return state;
    }
    return states.first();
}

QList<UpstreamTarget> readKongUpstreams(const MetricPage &page)
{
    std::map<std::pair<QString, QString>, QStringList> states; // (upstream, target) -> current states
    forEachSample(page, kongTargetHealth, [&states](const MetricSample &sample) {
        const std::optional<QByteArrayView> state = sample.label("state");
        if (sample.value <= 0 || !state)
            return;
        states[{labelText(sample, "upstream"), labelText(sample, "target")}].append(QString::fromUtf8(*state));
    });
    QList<UpstreamTarget> result;
    for (const auto &[key, reported] : states)
        result.append(UpstreamTarget{key.first, key.second, kongTargetState(reported)});
    return result;
}

QList<UpstreamTarget> readTraefikUpstreams(const MetricPage &page)
{
    std::map<std::pair<QString, QString>, bool> up; // (service, url) -> up
    forEachSample(page, traefikServerUp, [&up](const MetricSample &sample) {
        up[{labelText(sample, "service"), labelText(sample, "url")}] = sample.value > 0;
    });
    QList<UpstreamTarget> result;
    for (const auto &[key, isUp] : up)
        result.append(UpstreamTarget{key.first, key.second, isUp ? u"healthy"_s : u"unhealthy"_s});
    return result;
}

QList<UpstreamTarget> readEnvoyUpstreams(const MetricPage &page)
{
    std::map<QString, double> healthy;
    std::map<QString, double> members;
    forEachSample(page, envoyHealthy, [&healthy](const MetricSample &sample) {
        healthy[labelText(sample, "envoy_cluster_name")] += sample.value;
    });
    forEachSample(page, envoyMembers, [&members](const MetricSample &sample) {
        members[labelText(sample, "envoy_cluster_name")] += sample.value;
    });
    QList<UpstreamTarget> result;
    for (const auto &[cluster, total] : members) {
        const auto it = healthy.find(cluster);
        if (it == healthy.end())
            continue;
        const double up = it->second;
        // An empty cluster serves nothing ("no healthy upstream"), so it is unhealthy, not healthy.
        const QString state = total > 0 && up >= total ? u"healthy"_s : up > 0 ? u"degraded"_s : u"unhealthy"_s;
        const QString target = u"%1 of %2 healthy"_s.arg(QString::number(up, 'f', 0), QString::number(total, 'f', 0));
        result.append(UpstreamTarget{cluster, target, state});
    }
    return result;
}

std::optional<qint64> unixSecondsToMs(double seconds)
{
    // Anything outside 1970..~2286 is not a certificate date; it also keeps the conversion defined.
    if (!(seconds >= 0 && seconds < 1e10))
        return std::nullopt;
    return static_cast<qint64>(std::llround(seconds * 1000.0));
}

struct ExpirySource
{
    QByteArrayView metric;
    std::array<QByteArrayView, 3> nameLabels; // the first non-empty one names the certificate
    const char16_t *fallbackName;
};

QList<std::pair<QString, qint64>> readCertificateExpiries(const MetricPage &page)
{
    static const std::array<ExpirySource, 4> sources{{
        {"traefik_tls_certs_not_after", {"cn", "sans", "serial"}, u"certificate"},
        {"kong_data_plane_cluster_cert_expiry_timestamp", {}, u"cluster_cert"},
        {"envoy_listener_ssl_certificate_expiration_unix_time_seconds",
         {"envoy_tls_certificate", "envoy_listener_address"},
         u"listener certificate"},
        {"envoy_cluster_ssl_certificate_expiration_unix_time_seconds",
         {"envoy_tls_certificate", "envoy_cluster_name"},
         u"cluster certificate"},
    }};
    // A certificate served on several listeners is one certificate: equal entries collapse.
    std::set<std::pair<qint64, QString>> expiries;
    for (const ExpirySource &source : sources) {
        forEachSample(page, source.metric, [&](const MetricSample &sample) {
            const std::optional<qint64> notAfterMs = unixSecondsToMs(sample.value);
            if (!notAfterMs)
                return;
            QString name;
            for (QByteArrayView label : source.nameLabels) {
                if (!label.isEmpty())
                    name = labelText(sample, label);
                if (!name.isEmpty())
                    break;
            }
            if (name.isEmpty())
                name = QString::fromUtf16(source.fallbackName);
            expiries.insert({*notAfterMs, name});
        });
    }
    QList<std::pair<QString, qint64>> result;
    for (const auto &[notAfterMs, name] : expiries)
        result.append({name, notAfterMs});
    return result;
}

// Prometheus merges buckets of equal bound (coalesceBuckets); input sorted.
HistogramBuckets coalesced(const HistogramBuckets &sorted)
{
    HistogramBuckets result;
    result.reserve(sorted.size());
    for (const auto &bucket : sorted) {
        if (!result.isEmpty() && result.last().first == bucket.first)
            result.last().second += bucket.second;
        else
            result.append(bucket);
    }
    return result;
}

// Prometheus's correctPrecisionErrors: a count within a relative 1e-12 of the one before is
// float noise from summing rates and is set equal to it.
void correctPrecisionErrors(HistogramBuckets &buckets)
{
    constexpr double tolerance = 1e-12;
    double previous = buckets.first().second;
    for (qsizetype i = 1; i < buckets.size(); ++i) {
        const double current = buckets.at(i).second;
        const double delta = std::abs(current - previous);
        if (delta == 0)
            continue;
        if (delta / current <= tolerance)
            buckets[i].second = previous;
        else
            previous = current;
    }
}

// Prometheus's ensureMonotonic: the envelope of the cumulative counts, removing any decrease.
void ensureMonotonic(HistogramBuckets &buckets)
{
    double highest = buckets.first().second;
    for (qsizetype i = 1; i < buckets.size(); ++i) {
        if (buckets.at(i).second > highest)
            highest = buckets.at(i).second;
        else if (buckets.at(i).second < highest)
            buckets[i].second = highest;
    }
}

bool sameBounds(const HistogramBuckets &a, const HistogramBuckets &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
                      [](const auto &x, const auto &y) { return x.first == y.first; });
}

// A gateway that restarts resets every counter of a route at once; any counter or bucket that went
// down is taken as that restart, so every current value is what accrued since.
bool wentDown(const RouteTotals &before, const RouteTotals &now)
{
    if (now.requests < before.requests || now.errors5xx < before.errors5xx || now.errors4xx < before.errors4xx
        || now.rateLimited < before.rateLimited)
        return true;
    if (!sameBounds(before.latency, now.latency))
        return false;
    for (qsizetype i = 0; i < now.latency.size(); ++i) {
        if (now.latency.at(i).second < before.latency.at(i).second)
            return true;
    }
    return false;
}

std::optional<double> ratio(double part, double whole)
{
    if (!(whole > 0))
        return std::nullopt;
    return part / whole;
}

void setRatios(RouteHealth &health, double requests, double errors5xx, double errors4xx, double rateLimited)
{
    health.errorRatio = ratio(errors5xx, requests);
    health.clientErrorRatio = ratio(errors4xx, requests);
    health.rateLimitedRatio = ratio(rateLimited, requests);
}

void setPercentiles(RouteHealth &health, const HistogramBuckets &buckets)
{
    health.p50Ms = histogramQuantile(0.50, buckets);
    health.p95Ms = histogramQuantile(0.95, buckets);
    health.p99Ms = histogramQuantile(0.99, buckets);
}

bool byServiceThenRoute(const RouteHealth &a, const RouteHealth &b)
{
    return std::tie(a.service, a.route) < std::tie(b.service, b.route);
}

} // namespace

QString machineName(GatewayFlavor flavor)
{
    switch (flavor) {
    case GatewayFlavor::Generic:
        return u"generic"_s;
    case GatewayFlavor::Kong:
        return u"kong"_s;
    case GatewayFlavor::Traefik:
        return u"traefik"_s;
    case GatewayFlavor::Envoy:
        return u"envoy"_s;
    }
    return u"generic"_s;
}

std::optional<GatewayFlavor> gatewayFlavorFromName(QStringView name)
{
    for (GatewayFlavor flavor :
         {GatewayFlavor::Generic, GatewayFlavor::Kong, GatewayFlavor::Traefik, GatewayFlavor::Envoy}) {
        if (name.compare(machineName(flavor), Qt::CaseInsensitive) == 0)
            return flavor;
    }
    return std::nullopt;
}

// A page with names of more than one gateway (a federated page) counts as the first of Kong,
// Traefik, Envoy. kong_datastore_reachable is always exported by Kong, so a Kong whose status
// and latency metrics are switched off is still recognised.
GatewayFlavor detectFlavor(const MetricPage &page)
{
    if (hasAnyMetric(page, {kongRequests, kongLatency, kongTargetHealth, kongDatastore}))
        return GatewayFlavor::Kong;
    if (hasAnyMetric(page, {traefikRequests, traefikLatency, traefikServerUp}))
        return GatewayFlavor::Traefik;
    if (hasAnyMetric(page, {envoyRequests, envoyRequestClasses, envoyCompleted, envoyTotal, envoyLatency, envoyHealthy,
                            envoyMembers}))
        return GatewayFlavor::Envoy;
    return GatewayFlavor::Generic;
}

// Follows promql/quantile.go bucketQuantile step by step; where Prometheus returns NaN or ±Inf
// (q outside [0, 1], no +Inf bucket, fewer than two buckets, no observations, q = 0 with an empty
// first bucket) this returns nullopt.
std::optional<double> histogramQuantile(double q, const HistogramBuckets &buckets)
{
    if (std::isnan(q) || q < 0 || q > 1)
        return std::nullopt;
    HistogramBuckets sorted;
    sorted.reserve(buckets.size());
    std::copy_if(buckets.cbegin(), buckets.cend(), std::back_inserter(sorted),
                 [](const auto &bucket) { return !std::isnan(bucket.first); });
    if (sorted.isEmpty())
        return std::nullopt;
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    if (sorted.last().first != infinity)
        return std::nullopt;

    HistogramBuckets merged = coalesced(sorted);
    correctPrecisionErrors(merged);
    ensureMonotonic(merged);
    if (merged.size() < 2)
        return std::nullopt;
    const double observations = merged.last().second;
    if (!(observations > 0))
        return std::nullopt;

    double rank = q * observations;
    // The first bucket reaching the rank, searched (like sort.Search) among all but +Inf.
    const auto searchEnd = merged.cbegin() + (merged.size() - 1);
    const auto found =
        std::partition_point(merged.cbegin(), searchEnd, [rank](const auto &bucket) { return bucket.second < rank; });
    const qsizetype b = found - merged.cbegin();
    if (b == merged.size() - 1)
        return merged.at(b - 1).first;
    if (b == 0 && merged.at(0).first <= 0)
        return merged.at(0).first;

    double bucketStart = 0;
    const double bucketEnd = merged.at(b).first;
    double count = merged.at(b).second;
    if (b > 0) {
        bucketStart = merged.at(b - 1).first;
        count -= merged.at(b - 1).second;
        rank -= merged.at(b - 1).second;
    }
    const double result = bucketStart + (bucketEnd - bucketStart) * (rank / count);
    if (std::isnan(result))
        return std::nullopt;
    return result;
}

RouteTotals routeIncrease(const RouteTotals &before, const RouteTotals &now)
{
    if (wentDown(before, now))
        return now;
    RouteTotals increase = now;
    increase.requests -= before.requests;
    increase.errors5xx -= before.errors5xx;
    increase.errors4xx -= before.errors4xx;
    increase.rateLimited -= before.rateLimited;
    if (sameBounds(before.latency, now.latency)) {
        for (qsizetype i = 0; i < increase.latency.size(); ++i)
            increase.latency[i].second -= before.latency.at(i).second;
    }
    return increase;
}

double counterIncrease(double before, double now)
{
    return now < before ? now : now - before;
}

QList<std::pair<qint64, double>> spreadOverHours(qint64 fromMs, qint64 toMs, double amount)
{
    constexpr qint64 hourMs = 3'600'000;
    const auto hourOf = [](qint64 ms) {
        const qint64 floor = ms / hourMs - (ms % hourMs < 0 ? 1 : 0);
        return floor * hourMs;
    };
    if (toMs <= fromMs)
        return {{hourOf(toMs) / 1000, amount}};
    QList<std::pair<qint64, double>> parts;
    const double span = double(toMs - fromMs);
    double given = 0;
    for (qint64 hour = hourOf(fromMs); hour < toMs; hour += hourMs) {
        const qint64 end = std::min(hour + hourMs, toMs);
        // The last part takes what rounding left, so the parts add up to exactly `amount`.
        const double part = end == toMs ? amount - given : amount * double(end - std::max(hour, fromMs)) / span;
        given += part;
        parts.append({hour / 1000, part});
    }
    return parts;
}

GatewayScrape readScrape(const MetricPage &page, GatewayFlavor flavor, const GenericMetricNames &generic, qint64 atMs)
{
    GatewayScrape scrape;
    scrape.flavor = flavor;
    scrape.atMs = atMs;

    RouteTable table;
    switch (flavor) {
    case GatewayFlavor::Kong:
        readKongRoutes(page, table);
        scrape.upstreams = readKongUpstreams(page);
        forEachSample(page, kongDatastore, [&scrape](const MetricSample &sample) {
            // Several nodes on one page: reachable only when every one of them says so.
            scrape.datastoreReachable = scrape.datastoreReachable.value_or(true) && sample.value > 0;
        });
        break;
    case GatewayFlavor::Traefik:
        readTraefikRoutes(page, table);
        scrape.upstreams = readTraefikUpstreams(page);
        break;
    case GatewayFlavor::Envoy:
        readEnvoyRoutes(page, table);
        scrape.upstreams = readEnvoyUpstreams(page);
        break;
    case GatewayFlavor::Generic:
        readGenericRoutes(page, generic, table);
        break;
    }
    scrape.routes = table.routes();
    scrape.certificateExpiries = readCertificateExpiries(page);
    return scrape;
}

namespace {

QString trendKey(const QString &service, const std::optional<QString> &route)
{
    // A NUL cannot be part of a label value that came through the text format's escapes.
    return route ? service + QChar(0) + *route : service;
}

} // namespace

void GatewayTracker::observe(const GatewayScrape &scrape)
{
    if (m_latest && scrape.atMs <= m_latest->atMs)
        return;
    // Another flavor keys its routes differently: nothing to take a difference against.
    if (m_latest && m_latest->flavor == scrape.flavor) {
        m_previous = std::move(m_latest);
    } else {
        m_previous.reset();
        m_trends.clear();
    }
    m_latest = scrape;
    m_routes = computeRoutes();

    QHash<QString, QList<RoutePoint>> trends;
    for (const RouteHealth &health : std::as_const(m_routes)) {
        const QString key = trendKey(health.service, health.route);
        QList<RoutePoint> points = m_trends.value(key);
        if (health.requestsPerSecond) {
            points.append({scrape.atMs, *health.requestsPerSecond, health.errorRatio});
            if (points.size() > m_trendLength)
                points.remove(0, points.size() - m_trendLength);
        }
        trends.insert(key, std::move(points)); // routes gone from the page are forgotten
    }
    m_trends = std::move(trends);
}

QList<RoutePoint> GatewayTracker::trend(const QString &service, const std::optional<QString> &route) const
{
    return m_trends.value(trendKey(service, route));
}

QList<RouteHealth> GatewayTracker::computeRoutes() const
{
    QList<RouteHealth> result;
    if (!m_latest)
        return result;

    std::map<RouteKey, const RouteTotals *> before;
    if (m_previous) {
        for (const RouteTotals &totals : m_previous->routes)
            before.emplace(RouteKey{totals.service, totals.route}, &totals);
    }
    const double elapsedSeconds = m_previous ? static_cast<double>(m_latest->atMs - m_previous->atMs) / 1000.0 : 0.0;

    result.reserve(m_latest->routes.size());
    for (const RouteTotals &now : m_latest->routes) {
        RouteHealth health;
        health.service = now.service;
        health.route = now.route;
        health.totals = now;

        const auto it = before.find(RouteKey{now.service, now.route});
        if (it == before.end() || elapsedSeconds <= 0) {
            // Seen once: what it says since the counters started, and no rate.
            setRatios(health, now.requests, now.errors5xx, now.errors4xx, now.rateLimited);
            setPercentiles(health, now.latency);
            result.append(std::move(health));
            continue;
        }

        const RouteTotals increase = routeIncrease(*it->second, now);
        health.requestsPerSecond = increase.requests / elapsedSeconds;
        setRatios(health, increase.requests, increase.errors5xx, increase.errors4xx, increase.rateLimited);
        setPercentiles(health, increase.latency);
        result.append(std::move(health));
    }
    std::sort(result.begin(), result.end(), byServiceThenRoute);
    return result;
}

} // namespace gw
