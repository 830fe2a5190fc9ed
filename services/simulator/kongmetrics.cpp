#include "kongmetrics.h"

#include "egressroutes.h"
#include "vendorapi.h"

#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace gw::sim {

namespace {

// Kong 3.x default latency buckets (ms).
constexpr double Buckets[] = {1, 2, 5, 7, 10, 15, 20, 30, 50, 75, 100, 200, 500, 750, 1000, 3000, 6000};
constexpr int BucketCount = int(std::size(Buckets));

double normalCdf(double x)
{
    return 0.5 * std::erfc(-x / std::sqrt(2.0));
}

QByteArray number(double value)
{
    return QByteArray::number(value, 'g', 12);
}

// What Kong logs for an egress call while the vendor has `fault`: the code and who answered it.
std::optional<std::pair<QString, QString>> failingCode(const Fault &fault, double timeoutMs)
{
    switch (fault.kind) {
    case Fault::Kind::Status:
        return std::pair{QString::number(fault.status), u"service"_s};
    case Fault::Kind::RateLimited:
        return std::pair{u"429"_s, u"service"_s};
    case Fault::Kind::Stall:
    case Fault::Kind::Trickle:
        return std::pair{u"504"_s, u"kong"_s};
    case Fault::Kind::Reset:
        return std::pair{u"502"_s, u"kong"_s};
    case Fault::Kind::Latency:
        if (double(fault.delay.count()) >= timeoutMs)
            return std::pair{u"504"_s, u"kong"_s};
        return std::nullopt;
    default:
        return std::nullopt;
    }
}

} // namespace

KongMetrics::KongMetrics(quint32 seed) : m_rng(seed)
{
    struct Definition
    {
        const char16_t *name;
        const char16_t *route;
        const char16_t *consumer;
        double rps;
        double medianMs;
    };
    const Definition definitions[] = {
        {u"storefront-api", u"storefront-catalog", u"web-storefront", 42.0, 38.0},
        {u"orders-api", u"orders-v2", u"mobile-app", 11.0, 64.0},
        {u"checkout-api", u"checkout-sessions", u"web-storefront", 3.5, 120.0},
        {u"customers-api", u"customers-v1", u"partner-portal", 1.8, 45.0},
        {u"webhooks-in", u"webhooks-inbound", u"", 0.7, 22.0},
    };
    for (const Definition &definition : definitions) {
        Service service;
        service.name = QString::fromUtf16(definition.name);
        service.route = QString::fromUtf16(definition.route);
        service.consumer = QString::fromUtf16(definition.consumer);
        service.requestsPerSecond = definition.rps;
        service.upstreamMedianMs = definition.medianMs;
        for (const char16_t *code : {u"200", u"201", u"304", u"401", u"404", u"429", u"500", u"502", u"503"}) {
            const QString c = QString::fromUtf16(code);
            // Kong answers 401 (key-auth), 429 (rate limiting) and 502/503 (no healthy upstream) itself.
            const bool kong = c == u"401"_s || c == u"429"_s || c == u"502"_s || c == u"503"_s;
            service.counters.append({c, kong ? u"kong"_s : u"service"_s, 0, 0});
        }
        for (Histogram *h : {&service.request, &service.upstream, &service.kong})
            h->buckets = QList<double>(BucketCount, 0.0);
        m_services.append(service);
    }
    // The vendors' answers pass through; Kong itself answers 502 on a reset and 504 on a timeout.
    for (const EgressRoute &route : egressRoutes()) {
        Service service;
        service.vendor = route.vendor;
        service.timeoutMs = route.timeoutMs;
        service.name = route.service;
        service.route = route.route;
        service.consumer = route.consumer;
        service.requestsPerSecond = route.callsPerSecond;
        service.upstreamMedianMs = VendorApi::latencyProfile(route.vendor).medianMs;
        for (const char16_t *code : {u"200", u"201", u"400", u"401", u"404", u"429", u"500", u"502", u"503"})
            service.counters.append({QString::fromUtf16(code), u"service"_s, 0, 0});
        service.counters.append({u"502"_s, u"kong"_s, 0, 0});
        service.counters.append({u"504"_s, u"kong"_s, 0, 0});
        for (Histogram *h : {&service.request, &service.upstream, &service.kong})
            h->buckets = QList<double>(BucketCount, 0.0);
        m_services.append(service);
    }
    // A gateway that has been up for a while: start from a day's worth of traffic.
    advance(std::chrono::hours(24), false);
}

void KongMetrics::bump(Counter &counter, double amount)
{
    counter.fraction += amount;
    const double whole = std::floor(counter.fraction);
    counter.value += quint64(whole);
    counter.fraction -= whole;
}

void KongMetrics::Histogram::add(double requests, double medianMs, double sigma)
{
    const double mu = std::log(medianMs);
    for (int i = 0; i < BucketCount; ++i)
        buckets[i] += requests * normalCdf((std::log(Buckets[i]) - mu) / sigma);
    observed += requests;
    sum += requests * std::exp(mu + sigma * sigma / 2.0);
}

quint64 KongMetrics::Histogram::bucket(int i) const
{
    return i < BucketCount ? std::min(quint64(std::floor(buckets[i])), count()) : count();
}

void KongMetrics::advance(std::chrono::milliseconds elapsed, bool upstreamTrouble,
                          const QHash<QString, Fault> &vendorFaults)
{
    m_trouble = upstreamTrouble;
    const double seconds = std::chrono::duration<double>(elapsed).count();
    if (seconds <= 0)
        return;
    std::uniform_real_distribution<double> jitter(0.85, 1.15);
    for (Service &service : m_services) {
        const double requests = service.requestsPerSecond * seconds * jitter(m_rng);
        if (!service.vendor.isEmpty()) {
            advanceEgress(service, requests, vendorFaults.value(service.vendor));
            continue;
        }
        const bool troubled = upstreamTrouble && service.name == u"orders-api"_s;
        // Shares of status codes: mostly 200, a little of everything else.
        const double share502 = troubled ? 0.18 : 0.0004;
        const double share503 = troubled ? 0.07 : 0.0001;
        for (Counter &counter : service.counters) {
            double share = 0;
            if (counter.code == u"200"_s)
                share = 0.905 - share502 - share503;
            else if (counter.code == u"201"_s)
                share = 0.04;
            else if (counter.code == u"304"_s)
                share = 0.03;
            else if (counter.code == u"401"_s)
                share = 0.008;
            else if (counter.code == u"404"_s)
                share = 0.012;
            else if (counter.code == u"429"_s)
                share = 0.003;
            else if (counter.code == u"500"_s)
                share = 0.0015;
            else if (counter.code == u"502"_s)
                share = share502;
            else if (counter.code == u"503"_s)
                share = share503;
            bump(counter, requests * share);
        }
        const double upstreamMedian = service.upstreamMedianMs * (troubled ? 6.0 : 1.0);
        service.upstream.add(requests, upstreamMedian, 0.6);
        service.kong.add(requests, 1.2, 0.5);
        service.request.add(requests, upstreamMedian + 1.5, 0.6);
    }
    m_connectionsAccepted += quint64(seconds * 9.0);
}

void KongMetrics::advanceEgress(Service &service, double requests, const Fault &fault)
{
    const auto failing = failingCode(fault, service.timeoutMs);
    const double failed = failing ? 0.97 : 0.0;
    for (Counter &counter : service.counters) {
        double share = 0;
        if (counter.source == u"kong"_s)
            share = counter.code == u"504"_s ? 0.0013 : 0.0006;
        else if (counter.code == u"200"_s)
            share = 0.955;
        else if (counter.code == u"201"_s)
            share = 0.03;
        else if (counter.code == u"429"_s)
            share = 0.002;
        else if (counter.code == u"500"_s)
            share = 0.0015;
        else if (counter.code == u"502"_s || counter.code == u"503"_s)
            share = 0.0008;
        else
            share = 0.003; // 400, 401, 404
        share *= 1.0 - failed;
        if (failing && counter.code == failing->first && counter.source == failing->second)
            share += failed;
        bump(counter, requests * share);
    }
    double upstreamMedian = service.upstreamMedianMs;
    if (fault.kind == Fault::Kind::Latency)
        upstreamMedian = std::min(upstreamMedian + double(fault.delay.count()), service.timeoutMs);
    else if (fault.kind == Fault::Kind::Stall || fault.kind == Fault::Kind::Trickle)
        upstreamMedian = service.timeoutMs;
    service.upstream.add(requests, upstreamMedian, 0.6);
    service.kong.add(requests, 1.2, 0.5);
    service.request.add(requests, upstreamMedian + 1.5, 0.6);
}

quint64 KongMetrics::totalRequests() const
{
    quint64 total = 0;
    for (const Service &service : m_services) {
        for (const Counter &counter : service.counters)
            total += counter.value;
    }
    return total;
}

QByteArray KongMetrics::render() const
{
    QByteArray out;
    out += "# HELP kong_datastore_reachable Datastore reachable from Kong, 0 is unreachable\n"
           "# TYPE kong_datastore_reachable gauge\n"
           "kong_datastore_reachable 1\n";
    out += "# HELP kong_node_info Kong Node metadata information\n"
           "# TYPE kong_node_info gauge\n"
           "kong_node_info{node_id=\"5f0d6a8e-3c1b-4b7e-9d2a-6c1f0e4b8a17\",version=\"3.8.0\"} 1\n";

    out += "# HELP kong_http_requests_total HTTP status codes per consumer/service/route in Kong\n"
           "# TYPE kong_http_requests_total counter\n";
    for (const Service &service : m_services) {
        for (const Counter &counter : service.counters) {
            out += "kong_http_requests_total{service=\"" + service.name.toUtf8() + "\",route=\""
                   + service.route.toUtf8() + "\",code=\"" + counter.code.toUtf8() + "\",source=\""
                   + counter.source.toUtf8() + "\",workspace=\"default\",consumer=\"" + service.consumer.toUtf8()
                   + "\"} " + QByteArray::number(counter.value) + '\n';
        }
    }

    const struct
    {
        const char *name;
        const char *help;
        Histogram Service::*histogram;
    } histograms[] = {
        {"kong_kong_latency_ms", "Latency added by Kong and enabled plugins for each service/route in Kong",
         &Service::kong},
        {"kong_request_latency_ms", "Total latency incurred during requests for each service/route in Kong",
         &Service::request},
        {"kong_upstream_latency_ms", "Latency added by upstream response for each service/route in Kong",
         &Service::upstream},
    };
    for (const auto &h : histograms) {
        out += QByteArray("# HELP ") + h.name + ' ' + h.help + '\n';
        out += QByteArray("# TYPE ") + h.name + " histogram\n";
        for (const Service &service : m_services) {
            const Histogram &histogram = service.*(h.histogram);
            const QByteArray labels = "service=\"" + service.name.toUtf8() + "\",route=\"" + service.route.toUtf8()
                                      + "\",workspace=\"default\"";
            for (int i = 0; i <= BucketCount; ++i) {
                const QByteArray le = i < BucketCount ? number(Buckets[i]) : QByteArrayLiteral("+Inf");
                out += QByteArray(h.name) + "_bucket{" + labels + ",le=\"" + le + "\"} "
                       + QByteArray::number(histogram.bucket(i)) + '\n';
            }
            out += QByteArray(h.name) + "_count{" + labels + "} " + QByteArray::number(histogram.count()) + '\n';
            out += QByteArray(h.name) + "_sum{" + labels + "} " + number(std::round(histogram.sum)) + '\n';
        }
    }

    out += "# HELP kong_upstream_target_health Health status of targets of upstream. States = "
           "healthchecks_off|healthy|unhealthy|dns_error, value is 1 when state is populated.\n"
           "# TYPE kong_upstream_target_health gauge\n";
    for (qsizetype index = 0; index < m_services.size(); ++index) {
        const Service &service = m_services.at(index);
        if (!service.vendor.isEmpty())
            continue; // a vendor's host, not an upstream of Kong's
        const QByteArray upstream = service.name.toUtf8() + ".upstream";
        for (int t = 0; t < 2; ++t) {
            const QByteArray address =
                "10.0." + QByteArray::number(3 + index) + '.' + QByteArray::number(11 + t) + ":8080";
            const bool unhealthy = m_trouble && service.name == u"orders-api"_s && t == 1;
            for (const char *state : {"healthchecks_off", "healthy", "unhealthy", "dns_error"}) {
                const bool on = QByteArrayView(state) == (unhealthy ? "unhealthy" : "healthy");
                out += "kong_upstream_target_health{upstream=\"" + upstream + "\",target=\"" + address + "\",address=\""
                       + address + "\",state=\"" + state + "\",subsystem=\"http\"} " + (on ? "1" : "0") + '\n';
            }
        }
    }

    out += "# HELP kong_nginx_connections_total Number of connections by subsystem\n"
           "# TYPE kong_nginx_connections_total gauge\n";
    const quint64 active = 24 + (m_connectionsAccepted % 7);
    const struct
    {
        const char *state;
        quint64 value;
    } connections[] = {{"accepted", m_connectionsAccepted},
                       {"active", active},
                       {"handled", m_connectionsAccepted},
                       {"reading", 0},
                       {"waiting", active - 2},
                       {"writing", 2}};
    for (const auto &c : connections) {
        out += QByteArray("kong_nginx_connections_total{node_id=\"5f0d6a8e-3c1b-4b7e-9d2a-6c1f0e4b8a17\","
                          "subsystem=\"http\",state=\"")
               + c.state + "\"} " + QByteArray::number(c.value) + '\n';
    }
    return out;
}

} // namespace gw::sim
