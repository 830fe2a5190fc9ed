#include "gatewaymetrics.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace gw {

// Readable failures for QCOMPARE on lists of these.
char *toString(const RouteTotals &totals)
{
    QStringList buckets;
    for (const auto &[bound, count] : totals.latency)
        buckets.append(u"%1:%2"_s.arg(bound).arg(count));
    const QString text = u"%1/%2 requests=%3 5xx=%4 4xx=%5 429=%6 latency=[%7]"_s.arg(
        totals.service, totals.route.value_or(u"(none)"_s), QString::number(totals.requests),
        QString::number(totals.errors5xx), QString::number(totals.errors4xx), QString::number(totals.rateLimited),
        buckets.join(u' '));
    return qstrdup(text.toUtf8().constData());
}

char *toString(const UpstreamTarget &target)
{
    return qstrdup(u"%1 %2 %3"_s.arg(target.upstream, target.target, target.state).toUtf8().constData());
}

namespace {

constexpr double inf = std::numeric_limits<double>::infinity();
constexpr double nan = std::numeric_limits<double>::quiet_NaN();
// Hand-computed values are written to 4-6 significant digits.
constexpr double tolerance = 1e-4;

using Labels = QList<std::pair<QByteArray, QByteArray>>;
using Optional = std::optional<double>;
using Expiries = QList<std::pair<QString, qint64>>;

MetricSample sample(const QByteArray &name, const Labels &labels, double value)
{
    MetricSample result;
    result.name = name;
    result.labels = labels;
    result.value = value;
    return result;
}

MetricFamily family(const QByteArray &name, MetricType type, const QList<MetricSample> &samples)
{
    MetricFamily result;
    result.name = name;
    result.type = type;
    result.samples = samples;
    return result;
}

MetricFamily counter(const QByteArray &name, const QList<std::pair<Labels, double>> &series)
{
    QList<MetricSample> samples;
    for (const auto &[labels, value] : series)
        samples.append(sample(name, labels, value));
    return family(name, MetricType::Counter, samples);
}

MetricFamily gauge(const QByteArray &name, const QList<std::pair<Labels, double>> &series)
{
    MetricFamily result = counter(name, series);
    result.type = MetricType::Gauge;
    return result;
}

// One histogram series as an exporter writes it: a _bucket sample per bound, then _sum and _count.
QList<MetricSample> histogramSeries(const QByteArray &base, const Labels &labels,
                                    const QList<std::pair<QByteArray, double>> &buckets)
{
    QList<MetricSample> samples;
    for (const auto &[le, count] : buckets) {
        Labels withLe = labels;
        withLe.append({"le", le});
        samples.append(sample(base + "_bucket", withLe, count));
    }
    samples.append(sample(base + "_sum", labels, 4242));
    samples.append(sample(base + "_count", labels, buckets.last().second));
    return samples;
}

MetricPage page(const QList<MetricFamily> &families)
{
    MetricPage result;
    result.families = families;
    return result;
}

RouteTotals route(const QString &service, const std::optional<QString> &route, double requests, double errors5xx,
                  double errors4xx, double rateLimited, const HistogramBuckets &latency = {})
{
    RouteTotals totals;
    totals.service = service;
    totals.route = route;
    totals.requests = requests;
    totals.errors5xx = errors5xx;
    totals.errors4xx = errors4xx;
    totals.rateLimited = rateLimited;
    totals.latency = latency;
    return totals;
}

GatewayScrape scrapeAt(double seconds, const QList<RouteTotals> &routes, GatewayFlavor flavor = GatewayFlavor::Kong)
{
    GatewayScrape scrape;
    scrape.flavor = flavor;
    scrape.atMs = std::llround(seconds * 1000.0);
    scrape.routes = routes;
    return scrape;
}

QString describe(const Optional &value)
{
    return value ? QString::number(*value, 'g', 10) : u"none"_s;
}

// Empty when equal within `tolerance`, else a message for QVERIFY2.
QString mismatch(const char *what, const Optional &actual, const Optional &expected)
{
    if (actual.has_value() == expected.has_value() && (!actual || std::abs(*actual - *expected) <= tolerance))
        return {};
    return u"%1: got %2, expected %3"_s.arg(QLatin1StringView(what), describe(actual), describe(expected));
}

// --- pages --------------------------------------------------------------------------------------

const Labels noLabels;

MetricPage kongPage()
{
    const auto requests = [](const char *service, const char *route, const char *code, const char *source,
                             const char *workspace, const char *consumer) {
        return Labels{{"service", service}, {"route", route},         {"code", code},
                      {"source", source},   {"workspace", workspace}, {"consumer", consumer}};
    };
    const auto target = [](const char *upstream, const char *target, const char *address, const char *state,
                           const char *subsystem = "http") {
        return Labels{{"upstream", upstream},
                      {"target", target},
                      {"address", address},
                      {"state", state},
                      {"subsystem", subsystem}};
    };
    const auto route = [](const char *service, const char *route, const char *workspace) {
        return Labels{{"service", service}, {"route", route}, {"workspace", workspace}};
    };
    // A target with one address in each state (value 1 on the current one, 0 on the others).
    const auto address = [&target](const char *upstream, const char *name, const char *ip, const char *current,
                                   const char *subsystem = "http") {
        QList<std::pair<Labels, double>> series;
        for (const char *state : {"healthchecks_off", "healthy", "unhealthy", "dns_error"})
            series.append({target(upstream, name, ip, state, subsystem), qstrcmp(state, current) == 0 ? 1 : 0});
        return series;
    };

    return page({
        gauge("kong_datastore_reachable", {{noLabels, 1}}),
        counter("kong_http_requests_total",
                {
                    {requests("shopify-admin", "orders", "200", "service", "default", "storefront"), 900},
                    {requests("shopify-admin", "orders", "200", "service", "default", "backoffice"), 100},
                    {requests("shopify-admin", "orders", "201", "service", "team", "backoffice"), 50},
                    {requests("shopify-admin", "orders", "500", "service", "default", "storefront"), 7},
                    {requests("shopify-admin", "orders", "503", "kong", "default", ""), 3},
                    {requests("shopify-admin", "orders", "404", "service", "default", "storefront"), 20},
                    {requests("shopify-admin", "orders", "429", "kong", "default", "storefront"), 12},
                    {requests("shopify-admin", "orders", "429", "kong", "team", "backoffice"), 4},
                    {requests("shopify-admin", "orders", "401", "kong", "default", ""), 5},
                    {requests("shopify-admin", "orders", "302", "service", "default", "storefront"), 8},
                    {requests("shopify-admin", "orders", "200", "service", "default", "ghost"), nan},
                    {requests("shopify-admin", "products", "200", "service", "default", "storefront"), 60},
                    {requests("shopify-admin", "products", "200", "service", "default", "backoffice"), 40},
                    {requests("stripe", "", "200", "service", "default", ""), 40},
                    {requests("stripe", "", "502", "kong", "default", ""), 2},
                }),
        family("kong_request_latency_ms", MetricType::Histogram,
               histogramSeries("kong_request_latency_ms", route("shopify-admin", "orders", "default"),
                               {{"25", 300}, {"50", 700}, {"100", 950}, {"+Inf", 1000}})
                   + histogramSeries("kong_request_latency_ms", route("shopify-admin", "orders", "team"),
                                     {{"25", 10}, {"50", 20}, {"100", 40}, {"+Inf", 55}})
                   + histogramSeries("kong_request_latency_ms", route("shopify-admin", "products", "default"),
                                     {{"25", 80}, {"50", 95}, {"100", 100}, {"+Inf", 100}})
                   + histogramSeries("kong_request_latency_ms", route("stripe", "", "default"),
                                     {{"25", 0}, {"50", 30}, {"100", 40}, {"+Inf", 42}})),
        // Parts of the request latency: never merged into it.
        family("kong_upstream_latency_ms", MetricType::Histogram,
               histogramSeries("kong_upstream_latency_ms", route("shopify-admin", "orders", "default"),
                               {{"25", 999}, {"+Inf", 1000}})),
        family("kong_kong_latency_ms", MetricType::Histogram,
               histogramSeries("kong_kong_latency_ms", route("shopify-admin", "orders", "default"),
                               {{"5", 999}, {"+Inf", 1000}})),
        gauge("kong_upstream_target_health",
              address("shopify", "shopify.com:443", "23.227.38.65:443", "healthy")
                  + address("shopify", "shopify.com:443", "23.227.38.66:443", "unhealthy")
                  + address("stripe", "api.stripe.com:443", "", "dns_error")
                  + address("klaviyo", "a.klaviyo.com:443", "1.2.3.4:443", "unhealthy")
                  + address("klaviyo", "a.klaviyo.com:443", "1.2.3.5:443", "healthchecks_off")
                  + address("github", "api.github.com:443", "140.82.121.6:443", "healthchecks_off", "http")
                  + address("github", "api.github.com:443", "140.82.121.6:443", "healthchecks_off", "stream")),
        gauge("kong_nginx_connections_total", {{Labels{{"state", "active"}}, 9}}),
        gauge("kong_data_plane_cluster_cert_expiry_timestamp", {{noLabels, 1767225600}}),
    });
}

GatewayScrape kongExpected()
{
    GatewayScrape expected;
    expected.flavor = GatewayFlavor::Kong;
    expected.atMs = 1000;
    expected.routes = {
        // 900 + 100 + 50 + 7 + 3 + 20 + 12 + 4 + 5 + 8 = 1109 over codes, consumers, sources and
        // workspaces (the NaN sample skipped); 5xx 7 + 3 = 10; 4xx 20 + 12 + 4 + 5 = 41; 429 12 + 4 = 16.
        // Latency per le over both workspaces: 300 + 10, 700 + 20, 950 + 40, 1000 + 55.
        route(u"shopify-admin"_s, u"orders"_s, 1109, 10, 41, 16, {{25, 310}, {50, 720}, {100, 990}, {inf, 1055}}),
        // 60 + 40.
        route(u"shopify-admin"_s, u"products"_s, 100, 0, 0, 0, {{25, 80}, {50, 95}, {100, 100}, {inf, 100}}),
        // route="" is no route; 40 + 2, one 502.
        route(u"stripe"_s, std::nullopt, 42, 2, 0, 0, {{25, 0}, {50, 30}, {100, 40}, {inf, 42}}),
    };
    expected.upstreams = {
        {u"github"_s, u"api.github.com:443"_s, u"healthchecks_off"_s}, // http and stream agree
        {u"klaviyo"_s, u"a.klaviyo.com:443"_s, u"unhealthy"_s},        // unhealthy beats healthchecks_off
        {u"shopify"_s, u"shopify.com:443"_s, u"healthy"_s},            // one healthy address is enough
        {u"stripe"_s, u"api.stripe.com:443"_s, u"dns_error"_s},
    };
    expected.datastoreReachable = true;
    expected.certificateExpiries = {{u"cluster_cert"_s, 1767225600000}}; // 2026-01-01T00:00:00Z
    return expected;
}

MetricPage traefikPage()
{
    const auto labels = [](const char *service, const char *code, const char *method, const char *protocol = "http") {
        return Labels{{"code", code}, {"method", method}, {"protocol", protocol}, {"service", service}};
    };
    const char *shopify = "shopify-admin@file";
    return page({
        counter("traefik_service_requests_total",
                {
                    {labels(shopify, "200", "GET"), 500},
                    {labels(shopify, "200", "POST"), 200},
                    {labels(shopify, "200", "GET", "websocket"), 10},
                    {labels(shopify, "500", "GET"), 4},
                    {labels(shopify, "502", "POST"), 1},
                    {labels(shopify, "429", "GET"), 9},
                    {labels(shopify, "404", "GET"), 6},
                    {labels(shopify, "200", "PUT"), nan},
                    {labels("stripe@docker", "200", "GET"), 80},
                    {labels("stripe@docker", "503", "GET"), 20},
                }),
        family("traefik_service_request_duration_seconds", MetricType::Histogram,
               histogramSeries("traefik_service_request_duration_seconds", labels(shopify, "200", "GET"),
                               {{"0.1", 400}, {"0.3", 650}, {"1.2", 695}, {"5", 700}, {"+Inf", 700}})
                   + histogramSeries("traefik_service_request_duration_seconds", labels(shopify, "200", "POST"),
                                     {{"0.1", 100}, {"0.3", 180}, {"1.2", 198}, {"5", 200}, {"+Inf", 200}})
                   + histogramSeries("traefik_service_request_duration_seconds", labels(shopify, "500", "GET"),
                                     {{"0.1", 0}, {"0.3", 1}, {"1.2", 2}, {"5", 3}, {"+Inf", 4}})
                   + histogramSeries("traefik_service_request_duration_seconds", labels("stripe@docker", "200", "GET"),
                                     {{"0.1", 50}, {"0.3", 70}, {"1.2", 80}, {"5", 80}, {"+Inf", 80}})),
        gauge("traefik_service_server_up",
              {
                  {Labels{{"service", shopify}, {"url", "http://10.0.0.5:8080"}}, 1},
                  {Labels{{"service", shopify}, {"url", "http://10.0.0.6:8080"}}, 0},
                  {Labels{{"service", "stripe@docker"}, {"url", "http://10.0.1.9:80"}}, 1},
              }),
        gauge("traefik_tls_certs_not_after",
              {
                  {Labels{{"cn", "api.example.com"}, {"sans", "api.example.com,www.example.com"}, {"serial", "1234"}},
                   1893456000},
                  {Labels{{"cn", ""}, {"sans", "internal.example.com"}, {"serial", "99"}}, 1767225600},
              }),
    });
}

GatewayScrape traefikExpected()
{
    GatewayScrape expected;
    expected.flavor = GatewayFlavor::Traefik;
    expected.atMs = 1000;
    expected.routes = {
        // 500 + 200 + 10 + 4 + 1 + 9 + 6 = 730 over methods and protocols (NaN skipped);
        // 5xx 4 + 1 = 5; 4xx 9 + 6 = 15; 429 9. Seconds to ms, summed per le:
        // 0.1 s: 400 + 100 + 0 = 500; 0.3 s: 650 + 180 + 1 = 831; 1.2 s: 695 + 198 + 2 = 895;
        // 5 s: 700 + 200 + 3 = 903; +Inf: 700 + 200 + 4 = 904.
        route(u"shopify-admin@file"_s, std::nullopt, 730, 5, 15, 9,
              {{100, 500}, {300, 831}, {1200, 895}, {5000, 903}, {inf, 904}}),
        route(u"stripe@docker"_s, std::nullopt, 100, 20, 0, 0,
              {{100, 50}, {300, 70}, {1200, 80}, {5000, 80}, {inf, 80}}),
    };
    expected.upstreams = {
        {u"shopify-admin@file"_s, u"http://10.0.0.5:8080"_s, u"healthy"_s},
        {u"shopify-admin@file"_s, u"http://10.0.0.6:8080"_s, u"unhealthy"_s},
        {u"stripe@docker"_s, u"http://10.0.1.9:80"_s, u"healthy"_s},
    };
    // Soonest first; the second has no cn and is named by its SANs. 2026-01-01 and 2030-01-01.
    expected.certificateExpiries = {{u"internal.example.com"_s, 1767225600000}, {u"api.example.com"_s, 1893456000000}};
    return expected;
}

MetricPage envoyPage()
{
    const auto code = [](const char *cluster, const char *code) {
        return Labels{{"envoy_response_code", code}, {"envoy_cluster_name", cluster}};
    };
    const auto codeClass = [](const char *cluster, const char *codeClass) {
        return Labels{{"envoy_response_code_class", codeClass}, {"envoy_cluster_name", cluster}};
    };
    const auto cluster = [](const char *name) { return Labels{{"envoy_cluster_name", name}}; };
    const auto listener = [](const char *address, const char *certificate) {
        return Labels{{"envoy_listener_address", address}, {"envoy_tls_certificate", certificate}};
    };
    return page({
        counter("envoy_cluster_upstream_rq",
                {
                    {code("shopify", "200"), 940},
                    {code("shopify", "201"), 30},
                    {code("shopify", "404"), 10},
                    {code("shopify", "429"), 12},
                    {code("shopify", "503"), 8},
                }),
        counter("envoy_cluster_upstream_rq_xx",
                {
                    {codeClass("shopify", "2"), 970},
                    {codeClass("shopify", "4"), 22},
                    {codeClass("shopify", "5"), 8},
                    {codeClass("legacy", "2"), 90},
                    {codeClass("legacy", "4"), 5},
                    {codeClass("legacy", "5"), 10},
                }),
        counter("envoy_cluster_upstream_rq_completed",
                {{cluster("shopify"), 1000}, {cluster("legacy"), 105}, {cluster("stats"), 7}}),
        counter("envoy_cluster_upstream_rq_total",
                {{cluster("shopify"), 1003}, {cluster("legacy"), 106}, {cluster("stats"), 7}, {cluster("idle"), 4}}),
        family("envoy_cluster_upstream_rq_time", MetricType::Histogram,
               histogramSeries("envoy_cluster_upstream_rq_time", cluster("shopify"),
                               {{"0.5", 0}, {"1", 2}, {"5", 100}, {"10", 400}, {"25", 900}, {"+Inf", 1000}})
                   + histogramSeries("envoy_cluster_upstream_rq_time", cluster("legacy"),
                                     {{"0.5", 0}, {"1", 0}, {"5", 10}, {"10", 50}, {"25", 100}, {"+Inf", 105}})),
        gauge("envoy_cluster_membership_healthy",
              {{cluster("shopify"), 3}, {cluster("legacy"), 1}, {cluster("stripe"), 0}, {cluster("empty"), 0}}),
        gauge("envoy_cluster_membership_total",
              {{cluster("shopify"), 3}, {cluster("legacy"), 2}, {cluster("stripe"), 2}, {cluster("empty"), 0}}),
        gauge("envoy_listener_ssl_certificate_expiration_unix_time_seconds",
              {{listener("0.0.0.0_443", "edge"), 1798761600}, {listener("[::]_443", "edge"), 1798761600}}),
    });
}

GatewayScrape envoyExpected()
{
    GatewayScrape expected;
    expected.flavor = GatewayFlavor::Envoy;
    expected.atMs = 1000;
    expected.routes = {
        // Only _total: 4 requests, nothing else known.
        route(u"idle"_s, std::nullopt, 4, 0, 0, 0),
        // Only classes: 90 + 5 + 10 = 105; 5xx 10; 4xx 5; 429 cannot be told from "4".
        route(u"legacy"_s, std::nullopt, 105, 10, 5, 0, {{0.5, 0}, {1, 0}, {5, 10}, {10, 50}, {25, 100}, {inf, 105}}),
        // Exact codes win over the classes, _completed and _total for the same requests:
        // 940 + 30 + 10 + 12 + 8 = 1000; 5xx 8; 4xx 10 + 12 = 22; 429 12.
        route(u"shopify"_s, std::nullopt, 1000, 8, 22, 12,
              {{0.5, 0}, {1, 2}, {5, 100}, {10, 400}, {25, 900}, {inf, 1000}}),
        // Only _completed (preferred to _total): 7.
        route(u"stats"_s, std::nullopt, 7, 0, 0, 0),
    };
    expected.upstreams = {
        {u"empty"_s, u"0 of 0 healthy"_s, u"unhealthy"_s},
        {u"legacy"_s, u"1 of 2 healthy"_s, u"degraded"_s},
        {u"shopify"_s, u"3 of 3 healthy"_s, u"healthy"_s},
        {u"stripe"_s, u"0 of 2 healthy"_s, u"unhealthy"_s},
    };
    // One certificate on two listeners; 2027-01-01T00:00:00Z.
    expected.certificateExpiries = {{u"edge"_s, 1798761600000}};
    return expected;
}

// The aggregation example of Prometheus's promql tests (request_duration_seconds per job and
// instance), with a request counter beside it.
MetricPage genericPage()
{
    const auto labels = [](const char *job, const char *instance, const char *code) {
        return Labels{{"job", job}, {"instance", instance}, {"code", code}};
    };
    const auto series = [](const char *job, const char *instance) {
        return Labels{{"job", job}, {"instance", instance}};
    };
    return page({
        counter("http_requests_total",
                {
                    {labels("job1", "ins1", "200"), 30},
                    {labels("job1", "ins1", "500"), 2},
                    {labels("job1", "ins2", "200"), 55},
                    {labels("job1", "ins2", "429"), 3},
                    {labels("job2", "ins1", "200"), 60},
                    {labels("job2", "ins2", "200"), 88},
                    {labels("job2", "ins2", "503"), 2},
                }),
        family("request_duration_seconds", MetricType::Histogram,
               histogramSeries("request_duration_seconds", series("job1", "ins1"),
                               {{"0.1", 10}, {"0.2", 30}, {"+Inf", 40}})
                   + histogramSeries("request_duration_seconds", series("job1", "ins2"),
                                     {{"0.1", 20}, {"0.2", 50}, {"+Inf", 60}})
                   + histogramSeries("request_duration_seconds", series("job2", "ins1"),
                                     {{"0.1", 30}, {"0.2", 40}, {"+Inf", 60}})
                   + histogramSeries("request_duration_seconds", series("job2", "ins2"),
                                     {{"0.1", 40}, {"0.2", 70}, {"+Inf", 90}})),
    });
}

GenericMetricNames genericNames()
{
    GenericMetricNames names;
    names.requestCounter = "http_requests_total";
    names.statusLabel = "code";
    names.latencyHistogram = "request_duration_seconds";
    names.latencyUnitMs = 1000;
    names.serviceLabel = "job";
    return names;
}

GatewayScrape genericExpected()
{
    GatewayScrape expected;
    expected.flavor = GatewayFlavor::Generic;
    expected.atMs = 1000;
    expected.routes = {
        // 30 + 2 + 55 + 3 = 90; one 500; one 429. Buckets over instances: 0.1 s 10 + 20, 0.2 s 30 + 50,
        // +Inf 40 + 60.
        route(u"job1"_s, std::nullopt, 90, 2, 3, 3, {{100, 30}, {200, 80}, {inf, 100}}),
        // 60 + 88 + 2 = 150; one 503. 30 + 40, 40 + 70, 60 + 90.
        route(u"job2"_s, std::nullopt, 150, 2, 0, 0, {{100, 70}, {200, 110}, {inf, 150}}),
    };
    return expected;
}

// Status classes instead of codes, a route label, a histogram in ms on an untyped page.
MetricPage genericClassesPage()
{
    const auto labels = [](const char *handler, const char *status) {
        Labels result{{"service", "billing"}, {"status", status}};
        if (handler)
            result.append(std::pair<QByteArray, QByteArray>("handler", handler));
        return result;
    };
    return page({
        counter("api_requests_total",
                {
                    {labels("/invoices", "2xx"), 100},
                    {labels("/invoices", "5xx"), 4},
                    {labels("/invoices", "4xx"), 6},
                    {labels("/refunds", "2xx"), 10},
                    {labels(nullptr, "2xx"), 5},
                }),
        family(
            "api_latency_ms_bucket", MetricType::Untyped,
            {
                sample("api_latency_ms_bucket", {{"service", "billing"}, {"handler", "/invoices"}, {"le", "10"}}, 50),
                sample("api_latency_ms_bucket", {{"service", "billing"}, {"handler", "/invoices"}, {"le", "100"}}, 100),
                sample("api_latency_ms_bucket", {{"service", "billing"}, {"handler", "/invoices"}, {"le", "+Inf"}},
                       110),
            }),
    });
}

GenericMetricNames genericClassesNames()
{
    GenericMetricNames names;
    names.requestCounter = "api_requests_total";
    names.statusLabel = "status";
    names.latencyHistogram = "api_latency_ms";
    names.latencyUnitMs = 1;
    names.serviceLabel = "service";
    names.routeLabel = "handler";
    return names;
}

GatewayScrape genericClassesExpected()
{
    GatewayScrape expected;
    expected.flavor = GatewayFlavor::Generic;
    expected.atMs = 1000;
    expected.routes = {
        route(u"billing"_s, std::nullopt, 5, 0, 0, 0), // no handler label: no route, sorted first
        route(u"billing"_s, u"/invoices"_s, 110, 4, 6, 0, {{10, 50}, {100, 100}, {inf, 110}}),
        route(u"billing"_s, u"/refunds"_s, 10, 0, 0, 0),
    };
    return expected;
}

// --- tracker ------------------------------------------------------------------------------------

struct ExpectedHealth
{
    QString service;
    std::optional<QString> route;
    Optional rate;
    Optional errorRatio;
    Optional clientErrorRatio;
    Optional rateLimitedRatio;
    Optional p50;
    Optional p95;
    Optional p99;
};

HistogramBuckets layout(double to100, double to250, double to500, double all)
{
    return {{100, to100}, {250, to250}, {500, to500}, {inf, all}};
}

RouteTotals shopifyOrders(double requests, double errors5xx, double errors4xx, double rateLimited,
                          const HistogramBuckets &latency)
{
    return route(u"shopify-admin"_s, u"orders"_s, requests, errors5xx, errors4xx, rateLimited, latency);
}

} // namespace

class TestGatewayMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void flavorNames();
    void detectsFlavor_data();
    void detectsFlavor();
    void readsScrape_data();
    void readsScrape();
    void readsKongWithStatusMetricsOff();
    void histogramQuantile_data();
    void histogramQuantile();
    void tracks_data();
    void tracks();
    void routeIncrease_data();
    void routeIncrease();
    void counterIncrease_data();
    void counterIncrease();
    void spreadOverHours_data();
    void spreadOverHours();
    void ignoresOlderScrapes();
    void flavorChangeStartsOver();
    void keepsTrends();
};

void TestGatewayMetrics::flavorNames()
{
    for (GatewayFlavor flavor :
         {GatewayFlavor::Generic, GatewayFlavor::Kong, GatewayFlavor::Traefik, GatewayFlavor::Envoy})
        QCOMPARE(gatewayFlavorFromName(machineName(flavor)), flavor);
    QCOMPARE(machineName(GatewayFlavor::Traefik), u"traefik"_s);
    QCOMPARE(gatewayFlavorFromName(u"Envoy"), GatewayFlavor::Envoy);
    QCOMPARE(gatewayFlavorFromName(u"auto"), std::nullopt);
    QCOMPARE(gatewayFlavorFromName(u""), std::nullopt);
}

void TestGatewayMetrics::detectsFlavor_data()
{
    QTest::addColumn<MetricPage>("page");
    QTest::addColumn<GatewayFlavor>("flavor");

    const auto one = [](const char *name, MetricType type = MetricType::Counter) {
        return page({family(name, type, {sample(name, {}, 1)})});
    };
    const auto histogram = [](const char *base) {
        return page({family(base, MetricType::Histogram, histogramSeries(base, {}, {{"1", 1}, {"+Inf", 1}}))});
    };

    QTest::newRow("Kong: request counter") << one("kong_http_requests_total") << GatewayFlavor::Kong;
    QTest::newRow("Kong: request latency histogram") << histogram("kong_request_latency_ms") << GatewayFlavor::Kong;
    QTest::newRow("Kong: latency buckets on an untyped page")
        << one("kong_request_latency_ms_bucket", MetricType::Untyped) << GatewayFlavor::Kong;
    QTest::newRow("Kong: upstream target health")
        << one("kong_upstream_target_health", MetricType::Gauge) << GatewayFlavor::Kong;
    QTest::newRow("Kong: datastore only (status and latency metrics off)")
        << one("kong_datastore_reachable", MetricType::Gauge) << GatewayFlavor::Kong;
    QTest::newRow("Traefik: service requests") << one("traefik_service_requests_total") << GatewayFlavor::Traefik;
    QTest::newRow("Traefik: service duration histogram")
        << histogram("traefik_service_request_duration_seconds") << GatewayFlavor::Traefik;
    QTest::newRow("Traefik: server up") << one("traefik_service_server_up", MetricType::Gauge)
                                        << GatewayFlavor::Traefik;
    QTest::newRow("Envoy: upstream requests per code") << one("envoy_cluster_upstream_rq") << GatewayFlavor::Envoy;
    QTest::newRow("Envoy: code classes only") << one("envoy_cluster_upstream_rq_xx") << GatewayFlavor::Envoy;
    QTest::newRow("Envoy: completed only") << one("envoy_cluster_upstream_rq_completed") << GatewayFlavor::Envoy;
    QTest::newRow("Envoy: request time histogram")
        << histogram("envoy_cluster_upstream_rq_time") << GatewayFlavor::Envoy;
    QTest::newRow("Envoy: membership") << one("envoy_cluster_membership_healthy", MetricType::Gauge)
                                       << GatewayFlavor::Envoy;
    QTest::newRow("Generic: an application's own metrics")
        << page({family("http_requests_total", MetricType::Counter, {sample("http_requests_total", {}, 5)}),
                 family("http_request_duration_seconds", MetricType::Histogram,
                        histogramSeries("http_request_duration_seconds", {}, {{"0.1", 1}, {"+Inf", 1}}))})
        << GatewayFlavor::Generic;
    QTest::newRow("Generic: a name that only contains Kong's")
        << one("my_kong_http_requests_total") << GatewayFlavor::Generic;
    QTest::newRow("Generic: empty page") << MetricPage{} << GatewayFlavor::Generic;
    QTest::newRow("Kong first on a federated page")
        << page({family("envoy_cluster_upstream_rq", MetricType::Counter, {sample("envoy_cluster_upstream_rq", {}, 1)}),
                 family("kong_http_requests_total", MetricType::Counter, {sample("kong_http_requests_total", {}, 1)})})
        << GatewayFlavor::Kong;
}

void TestGatewayMetrics::detectsFlavor()
{
    QFETCH(MetricPage, page);
    QFETCH(GatewayFlavor, flavor);
    QCOMPARE(detectFlavor(page), flavor);
}

void TestGatewayMetrics::readsScrape_data()
{
    QTest::addColumn<MetricPage>("page");
    QTest::addColumn<GatewayFlavor>("flavor");
    QTest::addColumn<GenericMetricNames>("generic");
    QTest::addColumn<GatewayScrape>("expected");

    QTest::newRow("Kong: codes, consumers, workspaces summed; target health; datastore; cluster cert")
        << kongPage() << GatewayFlavor::Kong << GenericMetricNames{} << kongExpected();
    QTest::newRow("Traefik: methods summed, seconds to ms, servers, certificates")
        << traefikPage() << GatewayFlavor::Traefik << GenericMetricNames{} << traefikExpected();
    QTest::newRow("Envoy: exact codes before classes before completed before total; membership")
        << envoyPage() << GatewayFlavor::Envoy << GenericMetricNames{} << envoyExpected();
    QTest::newRow("Generic: configured names, grouped by job, summed over instances")
        << genericPage() << GatewayFlavor::Generic << genericNames() << genericExpected();
    QTest::newRow("Generic: status classes, route label, ms histogram on an untyped page")
        << genericClassesPage() << GatewayFlavor::Generic << genericClassesNames() << genericClassesExpected();
}

void TestGatewayMetrics::readsScrape()
{
    QFETCH(MetricPage, page);
    QFETCH(GatewayFlavor, flavor);
    QFETCH(GenericMetricNames, generic);
    QFETCH(GatewayScrape, expected);

    const GatewayScrape scrape = readScrape(page, flavor, generic, 1000);
    QCOMPARE(scrape.flavor, expected.flavor);
    QCOMPARE(scrape.atMs, expected.atMs);
    QCOMPARE(scrape.routes, expected.routes);
    QCOMPARE(scrape.upstreams, expected.upstreams);
    QCOMPARE(scrape.datastoreReachable, expected.datastoreReachable);
    QCOMPARE(scrape.certificateExpiries, expected.certificateExpiries);
    QCOMPARE(detectFlavor(page), flavor);
}

void TestGatewayMetrics::readsKongWithStatusMetricsOff()
{
    const MetricPage kong = page({
        gauge("kong_datastore_reachable", {{noLabels, 0}}),
        gauge("kong_nginx_connections_total", {{Labels{{"state", "active"}}, 3}}),
    });
    const GatewayScrape scrape = readScrape(kong, detectFlavor(kong), {}, 5);
    QCOMPARE(scrape.flavor, GatewayFlavor::Kong);
    QVERIFY(scrape.routes.isEmpty());
    QVERIFY(scrape.upstreams.isEmpty());
    QCOMPARE(scrape.datastoreReachable, std::optional<bool>(false));
}

void TestGatewayMetrics::histogramQuantile_data()
{
    QTest::addColumn<double>("q");
    QTest::addColumn<HistogramBuckets>("buckets");
    QTest::addColumn<Optional>("expected");

    const Optional none;
    // promql/promqltest/testdata/histograms.test, "testhistogram" at 50m (start="positive").
    const HistogramBuckets positive{{0.1, 50}, {0.2, 70}, {1, 110}, {inf, 120}};
    // rank 0.2 * 120 = 24 <= 50: 0.1 * 24/50 = 0.048.
    QTest::newRow("Prometheus test: q=0.2 in the first bucket") << 0.2 << positive << Optional(0.048);
    // rank 60 in (0.1, 0.2]: 0.1 + 0.1 * (60-50)/(70-50) = 0.15.
    QTest::newRow("Prometheus test: q=0.5") << 0.5 << positive << Optional(0.15);
    // rank 96 in (0.2, 1]: 0.2 + 0.8 * (96-70)/(110-70) = 0.2 + 0.52 = 0.72.
    QTest::newRow("Prometheus test: q=0.8") << 0.8 << positive << Optional(0.72);
    // rank 120 > 110: in +Inf, the highest finite bound 1.
    QTest::newRow("Prometheus test: q=1 in the +Inf bucket") << 1.0 << positive << Optional(1);
    // rank 0 <= 50: 0.1 * 0/50 = 0.
    QTest::newRow("Prometheus test: q=0") << 0.0 << positive << Optional(0);

    // The same file, start="negative": a first bound <= 0 is returned as is.
    const HistogramBuckets negative{{-0.2, 10}, {-0.1, 20}, {0.3, 20}, {inf, 30}};
    QTest::newRow("negative first bound: q=0 returns it") << 0.0 << negative << Optional(-0.2);
    // rank 6 <= 10 in the first bucket, bound <= 0: -0.2.
    QTest::newRow("negative first bound: q=0.2 returns it") << 0.2 << negative << Optional(-0.2);
    // rank 15 in (-0.2, -0.1]: -0.2 + 0.1 * 5/10 = -0.15.
    QTest::newRow("negative first bound: q=0.5 interpolates") << 0.5 << negative << Optional(-0.15);
    // rank 24 > 20 (the last finite count): 0.3.
    QTest::newRow("negative first bound: q=0.8 in +Inf") << 0.8 << negative << Optional(0.3);

    // "testhistogram2" at 7m: each quantile in the middle of a bucket.
    const HistogramBuckets middles{{0, 0}, {2, 1}, {4, 2}, {6, 3}, {inf, 3}};
    // rank 0.5 in (0, 2]: 0 + 2 * 0.5/1 = 1; rank 1.5 in (2, 4]: 3; rank 2.5 in (4, 6]: 5.
    QTest::newRow("Prometheus test: q=1/6 mid-bucket") << 1.0 / 6.0 << middles << Optional(1);
    QTest::newRow("Prometheus test: q=1/2 mid-bucket") << 0.5 << middles << Optional(3);
    QTest::newRow("Prometheus test: q=5/6 mid-bucket") << 5.0 / 6.0 << middles << Optional(5);

    // sum by (le) of the four request_duration_seconds series: 0.1: 10+20+30+40, 0.2: 30+50+40+70,
    // +Inf: 40+60+60+90. rank 75 <= 100: 0.1 * 75/100 = 0.075; rank 125 in (0.1, 0.2]:
    // 0.1 + 0.1 * 25/90 = 0.1277778.
    const HistogramBuckets aggregated{{0.1, 100}, {0.2, 190}, {inf, 250}};
    QTest::newRow("Prometheus test: aggregated q=0.3") << 0.3 << aggregated << Optional(0.075);
    QTest::newRow("Prometheus test: aggregated q=0.5") << 0.5 << aggregated << Optional(0.1277778);

    const HistogramBuckets ms{{10, 4}, {20, 10}, {inf, 10}};
    // rank 5 in (10, 20]: 10 + 10 * 1/6 = 11.66667.
    QTest::newRow("interpolates inside a bucket") << 0.5 << ms << Optional(11.66667);
    // rank 10 reaches the (10, 20] bucket's count: its upper bound, 10 + 10 * 6/6 = 20.
    QTest::newRow("q=1 with an empty +Inf bucket: the top of the last finite one") << 1.0 << ms << Optional(20);
    // rank 2 <= 4: 10 * 2/4 = 5.
    QTest::newRow("first bucket interpolates from 0") << 0.2 << ms << Optional(5);
    // rank 9.5 > 8: +Inf holds it; the highest finite bound.
    QTest::newRow("rank in the +Inf bucket") << 0.95 << HistogramBuckets{{10, 5}, {20, 8}, {inf, 10}} << Optional(20);
    // Sorted first: 10: 4, 20: 10, +Inf: 10, then as above.
    QTest::newRow("unsorted buckets are sorted")
        << 0.5 << HistogramBuckets{{inf, 10}, {20, 10}, {10, 4}} << Optional(11.66667);
    // Equal bounds are added: 10: 5, +Inf: 5; rank 2.5: 10 * 2.5/5 = 5.
    QTest::newRow("equal bounds are added") << 0.5 << HistogramBuckets{{10, 2}, {10, 3}, {inf, 5}} << Optional(5);
    // Envelope 10: 5, 20: 5, 30: 8, +Inf: 10; rank 6 in (20, 30]: 20 + 10 * (6-5)/(8-5) = 23.33333.
    // (Without it the search would land on (20, 30] from 3: 20 + 10 * 3/5 = 26.)
    QTest::newRow("non-monotonic counts take the envelope")
        << 0.6 << HistogramBuckets{{10, 5}, {20, 3}, {30, 8}, {inf, 10}} << Optional(23.33333);
    // 100 + 1e-11 after 100 is float noise (relative 1e-13 <= 1e-12) and set to 100 in both later
    // buckets: rank 100 is reached in the first, 10 * 100/100 = 10 (uncorrected: 20).
    QTest::newRow("float noise in counts is corrected")
        << 1.0 << HistogramBuckets{{10, 100}, {20, 100 + 1e-11}, {inf, 100 + 1e-11}} << Optional(10);
    // rank 0 in an empty first bucket: 10 * 0/0 is NaN in Prometheus.
    QTest::newRow("q=0 with an empty first bucket") << 0.0 << HistogramBuckets{{10, 0}, {20, 10}, {inf, 10}} << none;
    QTest::newRow("no observations") << 0.5 << HistogramBuckets{{10, 0}, {inf, 0}} << none;
    QTest::newRow("no buckets") << 0.5 << HistogramBuckets{} << none;
    QTest::newRow("a single (+Inf) bucket") << 0.5 << HistogramBuckets{{inf, 10}} << none;
    QTest::newRow("no +Inf bucket") << 0.5 << HistogramBuckets{{10, 4}, {20, 10}} << none;
    QTest::newRow("q below 0") << -0.1 << ms << none;
    QTest::newRow("q above 1") << 1.01 << ms << none;
    QTest::newRow("q NaN") << nan << ms << none;
}

void TestGatewayMetrics::histogramQuantile()
{
    QFETCH(double, q);
    QFETCH(HistogramBuckets, buckets);
    QFETCH(Optional, expected);
    const QString problem = mismatch("quantile", gw::histogramQuantile(q, buckets), expected);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestGatewayMetrics::tracks_data()
{
    QTest::addColumn<QList<GatewayScrape>>("scrapes");
    QTest::addColumn<QList<ExpectedHealth>>("expected");

    const Optional none;
    const QString shopify = u"shopify-admin"_s;
    const QString orders = u"orders"_s;

    // 300 more requests every 15 s, always the same mix: 1% 5xx, 3% 4xx, 60/90/99% of requests
    // within 100/250/500 ms.
    const RouteTotals at0 = shopifyOrders(700, 7, 21, 2, layout(420, 630, 693, 700));
    const RouteTotals at15 = shopifyOrders(1000, 10, 30, 5, layout(600, 900, 990, 1000));
    const RouteTotals at30 = shopifyOrders(1300, 13, 39, 8, layout(780, 1170, 1287, 1300));

    // Cumulative: 10/1000, 30/1000, 5/1000. p50: rank 500 <= 600, 100 * 500/600 = 83.3333;
    // p95: rank 950 in (250, 500], 250 + 250 * (950-900)/(990-900) = 388.8889;
    // p99: rank 990 = 990, 250 + 250 * 90/90 = 500.
    QTest::newRow("one scrape: cumulative ratios and percentiles, no rate")
        << QList<GatewayScrape>{scrapeAt(15, {at15})}
        << QList<ExpectedHealth>{{shopify, orders, none, 0.01, 0.03, 0.005, 83.3333, 388.8889, 500}};

    // 15 -> 30 only: 300 requests / 15 s = 20/s; 3/300, 9/300, 3/300. Bucket deltas 180, 270, 297, 300:
    // p50 rank 150, 100 * 150/180 = 83.3333; p95 rank 285, 250 + 250 * 15/27 = 388.8889;
    // p99 rank 297, 250 + 250 * 27/27 = 500.
    QTest::newRow("steady traffic: rate between the last two scrapes")
        << QList<GatewayScrape>{scrapeAt(0, {at0}), scrapeAt(15, {at15}), scrapeAt(30, {at30})}
        << QList<ExpectedHealth>{{shopify, orders, 20, 0.01, 0.03, 0.01, 83.3333, 388.8889, 500}};

    // Counters fell: a restart; the new values are the interval's. 120/15 = 8/s; 6/120 = 0.05;
    // 12/120 = 0.1; 0/120 = 0. p50 rank 60 = 60, 100 * 60/60 = 100; p95 rank 114 in (250, 500],
    // 250 + 250 * (114-100)/(118-100) = 444.4444; p99 rank 118.8 > 118: +Inf, 500.
    QTest::newRow("counter reset") << QList<GatewayScrape>{scrapeAt(0, {at15}),
                                                           scrapeAt(15, {shopifyOrders(120, 6, 12, 0,
                                                                                       layout(60, 100, 118, 120))})}
                                   << QList<ExpectedHealth>{{shopify, orders, 8, 0.05, 0.1, 0, 100, 444.4444, 500}};

    // After a minute the restarted counters passed the old ones except 5xx (13 -> 2): the whole route
    // restarted. 1400/60 = 23.3333/s (not 100/60); 2/1400 = 0.00142857; 50/1400 = 0.0357143;
    // 9/1400 = 0.00642857. p50 rank 700, 100 * 700/900 = 77.7778; p95 rank 1330,
    // 250 + 250 * 30/90 = 333.3333; p99 rank 1386, 250 + 250 * 86/90 = 488.8889.
    QTest::newRow("a restart that only one counter shows resets the whole route")
        << QList<GatewayScrape>{scrapeAt(0, {at30}),
                                scrapeAt(60, {shopifyOrders(1400, 2, 50, 9, layout(900, 1300, 1390, 1400))})}
        << QList<ExpectedHealth>{
               {shopify, orders, 23.3333, 0.00142857, 0.0357143, 0.00642857, 77.7778, 333.3333, 488.8889}};

    // The scrape at 30 is missing: 15 -> 45 is 30 s. 600/30 = 20/s; 6/600, 18/600, 6/600. Bucket
    // deltas 360, 540, 594, 600: p50 100 * 300/360 = 83.3333; p95 rank 570, 250 + 250 * 30/54 =
    // 388.8889; p99 rank 594, 500.
    QTest::newRow("a missed scrape makes a longer interval")
        << QList<GatewayScrape>{scrapeAt(15, {at15}),
                                scrapeAt(45, {shopifyOrders(1600, 16, 48, 11, layout(960, 1440, 1584, 1600))})}
        << QList<ExpectedHealth>{{shopify, orders, 20, 0.01, 0.03, 0.01, 83.3333, 388.8889, 500}};

    // stripe disappears; klaviyo/events appears with cumulative values only: 0/40, 4/40, 4/40;
    // p50 rank 20, 100 * 20/30 = 66.6667; p95 rank 38, 100 + 150 * 8/10 = 220; p99 rank 39.6,
    // 100 + 150 * 9.6/10 = 244. orders as in steady traffic. klaviyo sorts first.
    QTest::newRow("a route appears, another disappears")
        << QList<GatewayScrape>{scrapeAt(0, {at15, route(u"stripe"_s, std::nullopt, 50, 1, 0, 0)}),
                                scrapeAt(15,
                                         {at30, route(u"klaviyo"_s, u"events"_s, 40, 0, 4, 4, layout(30, 40, 40, 40))})}
        << QList<ExpectedHealth>{{u"klaviyo"_s, u"events"_s, none, 0, 0.1, 0.1, 66.6667, 220, 244},
                                 {shopify, orders, 20, 0.01, 0.03, 0.01, 83.3333, 388.8889, 500}};

    // Nothing happened: a rate of 0, no ratio and no percentile out of no requests.
    QTest::newRow("zero traffic") << QList<GatewayScrape>{scrapeAt(0, {at15}), scrapeAt(15, {at15})}
                                  << QList<ExpectedHealth>{{shopify, orders, 0, none, none, none, none, none, none}};

    // The scrapes at 10 (older) and 15 (again) are ignored: 0 -> 15 as in steady traffic.
    QTest::newRow("out-of-order and repeated scrapes are ignored")
        << QList<GatewayScrape>{scrapeAt(0, {at15}), scrapeAt(15, {at30}),
                                scrapeAt(10, {shopifyOrders(5000, 500, 0, 0, layout(0, 0, 0, 5000))}),
                                scrapeAt(15, {shopifyOrders(9999, 0, 0, 0, {})})}
        << QList<ExpectedHealth>{{shopify, orders, 20, 0.01, 0.03, 0.01, 83.3333, 388.8889, 500}};

    // 10000 fast requests before, then 100 slow ones. Deltas 0, 0, 100, 100: p50 rank 50 in (250, 500],
    // 250 + 250 * 50/100 = 375; p95 250 + 250 * 0.95 = 487.5; p99 497.5. 100/15 = 6.6667/s.
    // (Cumulative p50 would be 100 * 5050/10000 = 50.5.)
    QTest::newRow("percentiles from bucket deltas, not since start")
        << QList<GatewayScrape>{scrapeAt(0, {shopifyOrders(10000, 0, 0, 0, layout(10000, 10000, 10000, 10000))}),
                                scrapeAt(15, {shopifyOrders(10100, 0, 0, 0, layout(10000, 10000, 10100, 10100))})}
        << QList<ExpectedHealth>{{shopify, orders, 6.6667, 0, 0, 0, 375, 487.5, 497.5}};

    // New bounds (100, 1000, +Inf) cannot be differenced against the old: the current cumulative
    // buckets. 300/15 = 20/s from the counters. p50 rank 650, 100 * 650/700 = 92.8571; p95 rank 1235,
    // 100 + 900 * 535/590 = 916.1017; p99 rank 1287, 100 + 900 * 587/590 = 995.4237.
    QTest::newRow("changed bucket bounds: cumulative percentiles")
        << QList<GatewayScrape>{scrapeAt(0, {at15}),
                                scrapeAt(15, {shopifyOrders(1300, 13, 39, 8, {{100, 700}, {1000, 1290}, {inf, 1300}})})}
        << QList<ExpectedHealth>{{shopify, orders, 20, 0.01, 0.03, 0.01, 92.8571, 916.1017, 995.4237}};
}

void TestGatewayMetrics::tracks()
{
    QFETCH(QList<GatewayScrape>, scrapes);
    QFETCH(QList<ExpectedHealth>, expected);

    GatewayTracker tracker;
    for (const GatewayScrape &scrape : scrapes)
        tracker.observe(scrape);
    const QList<RouteHealth> routes = tracker.routes();

    QCOMPARE(routes.size(), expected.size());
    for (qsizetype i = 0; i < routes.size(); ++i) {
        const RouteHealth &actual = routes.at(i);
        const ExpectedHealth &wanted = expected.at(i);
        QCOMPARE(actual.service, wanted.service);
        QCOMPARE(actual.route, wanted.route);
        for (const QString &problem :
             {mismatch("requestsPerSecond", actual.requestsPerSecond, wanted.rate),
              mismatch("errorRatio", actual.errorRatio, wanted.errorRatio),
              mismatch("clientErrorRatio", actual.clientErrorRatio, wanted.clientErrorRatio),
              mismatch("rateLimitedRatio", actual.rateLimitedRatio, wanted.rateLimitedRatio),
              mismatch("p50Ms", actual.p50Ms, wanted.p50), mismatch("p95Ms", actual.p95Ms, wanted.p95),
              mismatch("p99Ms", actual.p99Ms, wanted.p99)})
            QVERIFY2(problem.isEmpty(), qPrintable(QString(actual.service + u": "_s + problem)));
        const auto latest = std::find_if(tracker.latest()->routes.cbegin(), tracker.latest()->routes.cend(),
                                         [&actual](const RouteTotals &totals) {
                                             return totals.service == actual.service && totals.route == actual.route;
                                         });
        QVERIFY(latest != tracker.latest()->routes.cend());
        QCOMPARE(actual.totals, *latest);
    }
}

void TestGatewayMetrics::routeIncrease_data()
{
    QTest::addColumn<RouteTotals>("before");
    QTest::addColumn<RouteTotals>("now");
    QTest::addColumn<RouteTotals>("expected");

    const RouteTotals at15 = shopifyOrders(1000, 10, 30, 5, layout(600, 900, 990, 1000));
    // 300 more: 3 5xx, 9 4xx (3 of them 429); buckets 180 270 297 300 more.
    QTest::newRow("counters grow") << at15 << shopifyOrders(1300, 13, 39, 8, layout(780, 1170, 1287, 1300))
                                   << shopifyOrders(300, 3, 9, 3, layout(180, 270, 297, 300));
    // Requests went down: the gateway restarted, and all it counts now came since.
    const RouteTotals restarted = shopifyOrders(120, 6, 12, 0, layout(60, 100, 110, 120));
    QTest::newRow("a reset") << at15 << restarted << restarted;
    // Only one bucket went down: a restart too.
    const RouteTotals bucketDown = shopifyOrders(1300, 13, 39, 8, layout(500, 1170, 1287, 1300));
    QTest::newRow("a bucket went down") << at15 << bucketDown << bucketDown;
    // Other bounds, counters up: the counters' increase, the new buckets as they are.
    const HistogramBuckets other{{100, 1200}, {1000, 1290}, {inf, 1300}};
    QTest::newRow("other bounds") << at15 << shopifyOrders(1300, 13, 39, 8, other)
                                  << shopifyOrders(300, 3, 9, 3, other);
}

void TestGatewayMetrics::routeIncrease()
{
    QFETCH(RouteTotals, before);
    QFETCH(RouteTotals, now);
    QFETCH(RouteTotals, expected);
    QCOMPARE(gw::routeIncrease(before, now), expected);
}

void TestGatewayMetrics::counterIncrease_data()
{
    QTest::addColumn<double>("before");
    QTest::addColumn<double>("now");
    QTest::addColumn<double>("expected");
    QTest::newRow("grew") << 1000.0 << 1300.0 << 300.0;
    QTest::newRow("unchanged") << 1000.0 << 1000.0 << 0.0;
    QTest::newRow("reset") << 1000.0 << 120.0 << 120.0;
    QTest::newRow("reset to zero") << 1000.0 << 0.0 << 0.0;
}

void TestGatewayMetrics::counterIncrease()
{
    QFETCH(double, before);
    QFETCH(double, now);
    QFETCH(double, expected);
    QCOMPARE(gw::counterIncrease(before, now), expected);
}

using HourParts = QList<std::pair<qint64, double>>;

void TestGatewayMetrics::spreadOverHours_data()
{
    QTest::addColumn<qint64>("fromMs");
    QTest::addColumn<qint64>("toMs");
    QTest::addColumn<double>("amount");
    QTest::addColumn<HourParts>("expected");

    // 2025-11-01T10:00:00Z is 1'761'991'200 s.
    const qint64 ten = 1'761'991'200;
    const qint64 ms = 1000;
    QTest::newRow("inside one hour") << (ten + 60) * ms << (ten + 90) * ms << 30.0 << HourParts{{ten, 30.0}};
    QTest::newRow("ends on the hour") << (ten + 3540) * ms << (ten + 3600) * ms << 6.0 << HourParts{{ten, 6.0}};
    // 10:50 to 11:10: half in each hour.
    QTest::newRow("across an hour") << (ten + 3000) * ms << (ten + 4200) * ms << 100.0
                                    << HourParts{{ten, 50.0}, {ten + 3600, 50.0}};
    // 10:30 to 12:30: a quarter, a half, a quarter.
    QTest::newRow("two hours") << (ten + 1800) * ms << (ten + 9000) * ms << 400.0
                               << HourParts{{ten, 100.0}, {ten + 3600, 200.0}, {ten + 7200, 100.0}};
    // Thirds that are not exact in binary still add up.
    QTest::newRow("thirds") << (ten + 2400) * ms << (ten + 6000) * ms << 1.0
                            << HourParts{{ten, 1.0 / 3}, {ten + 3600, 2.0 / 3}};
    QTest::newRow("empty interval") << (ten + 60) * ms << (ten + 60) * ms << 5.0 << HourParts{{ten, 5.0}};
    QTest::newRow("reversed interval") << (ten + 4000) * ms << (ten + 60) * ms << 5.0 << HourParts{{ten, 5.0}};
}

void TestGatewayMetrics::spreadOverHours()
{
    QFETCH(qint64, fromMs);
    QFETCH(qint64, toMs);
    QFETCH(double, amount);
    QFETCH(HourParts, expected);
    const HourParts parts = gw::spreadOverHours(fromMs, toMs, amount);
    QCOMPARE(parts.size(), expected.size());
    double sum = 0;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        QCOMPARE(parts.at(i).first, expected.at(i).first);
        QCOMPARE(parts.at(i).second, expected.at(i).second); // fuzzy: qFuzzyCompare
        sum += parts.at(i).second;
    }
    QCOMPARE(sum, amount);
}

void TestGatewayMetrics::ignoresOlderScrapes()
{
    GatewayTracker tracker;
    QVERIFY(!tracker.latest());
    QVERIFY(tracker.routes().isEmpty());
    tracker.observe(scrapeAt(15, {shopifyOrders(1000, 0, 0, 0, {})}));
    tracker.observe(scrapeAt(10, {shopifyOrders(2000, 0, 0, 0, {})}));
    tracker.observe(scrapeAt(15, {shopifyOrders(3000, 0, 0, 0, {})}));
    QCOMPARE(tracker.latest()->atMs, qint64(15000));
    QCOMPARE(tracker.latest()->routes.first().requests, 1000.0);
    QCOMPARE(tracker.routes().first().requestsPerSecond, std::nullopt);
}

void TestGatewayMetrics::flavorChangeStartsOver()
{
    // Same keys, but a Traefik page after a Kong one is not the same counters.
    GatewayTracker tracker;
    tracker.observe(scrapeAt(0, {shopifyOrders(1000, 0, 0, 0, {})}, GatewayFlavor::Kong));
    tracker.observe(scrapeAt(15, {shopifyOrders(1300, 0, 0, 0, {})}, GatewayFlavor::Traefik));
    const QList<RouteHealth> routes = tracker.routes();
    QCOMPARE(routes.size(), 1);
    QCOMPARE(routes.first().requestsPerSecond, std::nullopt);
    QCOMPARE(routes.first().errorRatio, Optional(0));
}

void TestGatewayMetrics::keepsTrends()
{
    GatewayTracker tracker(2);
    const auto orders = [&tracker] { return tracker.trend(u"shopify-admin"_s, u"orders"_s); };
    tracker.observe(scrapeAt(0, {shopifyOrders(1000, 10, 0, 0, {})}));
    QVERIFY(orders().isEmpty()); // one scrape has no rate
    // 15 s later: 300 more requests (20/s), 6 more 5xx (2 %).
    tracker.observe(scrapeAt(15, {shopifyOrders(1300, 16, 0, 0, {})}));
    QCOMPARE(orders(), (QList<RoutePoint>{{15000, 20.0, 0.02}}));
    // 30 s later, nothing happened: 0/s and no ratio.
    tracker.observe(scrapeAt(45, {shopifyOrders(1300, 16, 0, 0, {})}));
    // A reset: the counter restarted and counts 150 since, over 15 s (10/s), 3 of them 5xx.
    tracker.observe(scrapeAt(60, {shopifyOrders(150, 3, 0, 0, {})}));
    QCOMPARE(orders(), (QList<RoutePoint>{{45000, 0.0, std::nullopt}, {60000, 10.0, 0.02}})); // capped at 2
    QVERIFY(tracker.trend(u"shopify-admin"_s, std::nullopt).isEmpty());                       // another key

    // A route that leaves the page is forgotten; a flavor change starts every trend over.
    tracker.observe(scrapeAt(75, {route(u"stripe"_s, std::nullopt, 10, 0, 0, 0, {})}));
    QVERIFY(orders().isEmpty());
    tracker.observe(scrapeAt(90, {route(u"stripe"_s, std::nullopt, 40, 0, 0, 0, {})}));
    QCOMPARE(tracker.trend(u"stripe"_s, std::nullopt).size(), 1);
    tracker.observe(scrapeAt(105, {route(u"stripe"_s, std::nullopt, 70, 0, 0, 0, {})}, GatewayFlavor::Traefik));
    QVERIFY(tracker.trend(u"stripe"_s, std::nullopt).isEmpty());
}

} // namespace gw

QTEST_GUILESS_MAIN(gw::TestGatewayMetrics)
#include "tst_gatewaymetrics.moc"
