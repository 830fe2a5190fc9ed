// PrometheusParser against the text exposition format 0.0.4: the spec's own example as a golden
// file, excerpts shaped like what Kong, Traefik and Envoy serve, and one row per rule of the format.
// Expected pages are written out by hand; the reference for what is accepted and what is not is
// Prometheus's expfmt parser (text_parse.go), and where this parser is deliberately more tolerant
// (CRLF, trailing blanks, reading on after a bad line) the row names say so.

#include "prometheusparser.h"

#include <QFile>
#include <QHash>
#include <QTest>

#include <cmath>
#include <limits>
#include <vector>

using namespace gw;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(gw::MetricPage)

namespace {

using Labels = QList<std::pair<QByteArray, QByteArray>>;

constexpr double inf = std::numeric_limits<double>::infinity();
constexpr double notANumber = std::numeric_limits<double>::quiet_NaN();

MetricSample sample(const char *name, Labels labels, double value, std::optional<qint64> timestampMs = std::nullopt)
{
    return {QByteArray(name), std::move(labels), value, timestampMs};
}

MetricFamily family(const char *name, MetricType type, QString help, QList<MetricSample> samples)
{
    return {QByteArray(name), type, std::move(help), std::move(samples)};
}

MetricFamily untyped(const char *name, QList<MetricSample> samples)
{
    return family(name, MetricType::Untyped, {}, std::move(samples));
}

// The single-sample untyped family most rows end with: "name value".
MetricFamily single(const char *name, double value)
{
    return untyped(name, {sample(name, {}, value)});
}

MetricProblem problem(int line, const QString &text)
{
    return {line, u"line %1: "_s.arg(line) + text};
}

MetricPage page(QList<MetricFamily> families, QList<MetricProblem> problems = {})
{
    MetricPage result;
    result.families = std::move(families);
    result.problems = std::move(problems);
    return result;
}

QString typeName(MetricType type)
{
    switch (type) {
    case MetricType::Untyped:
        return u"untyped"_s;
    case MetricType::Counter:
        return u"counter"_s;
    case MetricType::Gauge:
        return u"gauge"_s;
    case MetricType::Histogram:
        return u"histogram"_s;
    case MetricType::Summary:
        return u"summary"_s;
    }
    return u"?"_s;
}

QString escaped(const QString &text)
{
    QString result = text;
    return result.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s).replace(u'\n', u"\\n"_s).replace(u'\r', u"\\r"_s);
}

QString number(double value)
{
    if (std::isnan(value))
        return u"NaN"_s;
    if (std::isinf(value))
        return value > 0 ? u"+Inf"_s : u"-Inf"_s;
    if (value == 0)
        return std::signbit(value) ? u"-0"_s : u"0"_s;
    return QString::number(value, 'g', 17);
}

// Every field, unambiguously (exact doubles, NaN and -0 included): equal texts mean equal pages,
// and a failing comparison shows where they differ.
QString describe(const MetricPage &page)
{
    QStringList lines;
    if (!page.notPrometheus.isEmpty())
        lines << u"not Prometheus: "_s + page.notPrometheus;
    for (const MetricFamily &f : page.families) {
        lines << u"family %1 %2 help=\"%3\""_s.arg(QString::fromUtf8(f.name), typeName(f.type), escaped(f.help));
        for (const MetricSample &s : f.samples) {
            QStringList labels;
            for (const auto &[name, value] : s.labels)
                labels << u"%1=\"%2\""_s.arg(QString::fromUtf8(name), escaped(QString::fromUtf8(value)));
            lines << u"  %1{%2} %3%4"_s.arg(QString::fromUtf8(s.name), labels.join(u','), number(s.value),
                                            s.timestampMs ? u" @"_s + QString::number(*s.timestampMs) : QString());
        }
    }
    for (const MetricProblem &p : page.problems)
        lines << u"problem %1: %2"_s.arg(p.line).arg(p.message);
    return lines.join(u'\n');
}

bool hasNaN(const MetricPage &page)
{
    for (const MetricFamily &f : page.families) {
        for (const MetricSample &s : f.samples) {
            if (std::isnan(s.value))
                return true;
        }
    }
    return false;
}

void compare(const MetricPage &actual, const MetricPage &expected)
{
    QCOMPARE(describe(actual), describe(expected));
    if (!hasNaN(expected))
        QVERIFY(actual == expected);
}

// A bad line at line 3 (after a comment and a blank line), then a good line that must still be read.
void addBadLine(const char *name, const QByteArray &line, const QString &message)
{
    QTest::newRow(name) << "# a page with one bad line\n\n"_ba + line + "\nafter 1\n"
                        << page({single("after", 1)}, {problem(3, message)});
}

const Labels kongOrders{{"service", "shopify-admin"}, {"route", "orders"}};

Labels kongOrdersLe(const char *le)
{
    return {{"service", "shopify-admin"}, {"route", "orders"}, {"le", le}};
}

} // namespace

class TestPrometheusParser : public QObject
{
    Q_OBJECT

private:
    static void columns()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<MetricPage>("expected");
    }

    static void check()
    {
        QFETCH(QByteArray, text);
        QFETCH(MetricPage, expected);
        // A copy of exactly the page's size, so a read past its end is caught under ASan.
        const std::vector<char> bytes(text.cbegin(), text.cend());
        const MetricPage actual = PrometheusParser::parse(QByteArrayView(bytes.data(), qsizetype(bytes.size())));
        compare(actual, expected);
    }

private Q_SLOTS:
    void specExample();
    void gateways_data();
    void gateways() { check(); }
    void escapes_data();
    void escapes() { check(); }
    void values_data();
    void values() { check(); }
    void timestamps_data();
    void timestamps() { check(); }
    void layout_data();
    void layout() { check(); }
    void badLines_data();
    void badLines() { check(); }
    void typeAndHelp_data();
    void typeAndHelp() { check(); }
    void histograms_data();
    void histograms() { check(); }
    void summaries_data();
    void summaries() { check(); }
    void notPrometheus_data();
    void notPrometheus();
    void emptyAndPlainText_data();
    void emptyAndPlainText() { check(); }
    void sharesNames();
    void manySeries();
    void problemsAreCapped();
};

// docs/instrumenting/exposition_formats.md, "Text format example", copied from
// ../shared/reference/prometheus-example.txt into tests/services/data/.
void TestPrometheusParser::specExample()
{
    QFile file(QStringLiteral(PROMETHEUS_EXAMPLE));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    const QByteArray text = file.readAll();
    QCOMPARE(text.count('\n'), 36);

    const Labels p200{{"method", "post"}, {"code", "200"}};
    const Labels p400{{"method", "post"}, {"code", "400"}};
    const MetricPage expected = page({
        family("http_requests_total", MetricType::Counter, u"The total number of HTTP requests."_s,
               {sample("http_requests_total", p200, 1027, 1395066363000),
                sample("http_requests_total", p400, 3, 1395066363000)}),
        untyped("msdos_file_access_time_seconds",
                {sample("msdos_file_access_time_seconds",
                        {{"path", "C:\\DIR\\FILE.TXT"}, {"error", "Cannot find file:\n\"FILE.TXT\""}}, 1458255915)}),
        single("metric_without_timestamp_and_labels", 12.47),
        untyped("something_weird", {sample("something_weird", {{"problem", "division by zero"}}, inf, -3982045)}),
        family("http_request_duration_seconds", MetricType::Histogram, u"A histogram of the request duration."_s,
               {sample("http_request_duration_seconds_bucket", {{"le", "0.05"}}, 24054),
                sample("http_request_duration_seconds_bucket", {{"le", "0.1"}}, 33444),
                sample("http_request_duration_seconds_bucket", {{"le", "0.2"}}, 100392),
                sample("http_request_duration_seconds_bucket", {{"le", "0.5"}}, 129389),
                sample("http_request_duration_seconds_bucket", {{"le", "1"}}, 133988),
                sample("http_request_duration_seconds_bucket", {{"le", "+Inf"}}, 144320),
                sample("http_request_duration_seconds_sum", {}, 53423),
                sample("http_request_duration_seconds_count", {}, 144320)}),
        family("telemetry_requests_metrics_latency_microseconds", MetricType::Summary,
               u"A summary of the response latency."_s,
               {sample("telemetry_requests_metrics_latency_microseconds", {{"quantile", "0.01"}}, 3102),
                sample("telemetry_requests_metrics_latency_microseconds", {{"quantile", "0.05"}}, 3272),
                sample("telemetry_requests_metrics_latency_microseconds", {{"quantile", "0.5"}}, 4773),
                sample("telemetry_requests_metrics_latency_microseconds", {{"quantile", "0.9"}}, 9001),
                sample("telemetry_requests_metrics_latency_microseconds", {{"quantile", "0.99"}}, 76656),
                sample("telemetry_requests_metrics_latency_microseconds_sum", {}, 17560473),
                sample("telemetry_requests_metrics_latency_microseconds_count", {}, 2693)}),
    });
    const MetricPage actual = PrometheusParser::parse(text);
    compare(actual, expected);

    // The lookups the gateway model uses.
    const MetricFamily *requests = actual.family("http_requests_total");
    QVERIFY(requests);
    QCOMPARE(requests->samples.at(1).label("code").value_or("-"), "400");
    QVERIFY(!requests->samples.at(1).label("path"));
    QVERIFY(!actual.family("http_request_duration_seconds_bucket"));
}

// Shaped like the real pages (names from wire-formats.md §4; HELP texts as the gateways write them).
void TestPrometheusParser::gateways_data()
{
    columns();

    // Kong 3.x prometheus plugin: _count before _sum, an empty consumer label, target health with
    // one row per state.
    QTest::newRow("Kong") << R"(# HELP kong_datastore_reachable Datastore reachable from Kong, 0 is unreachable
# TYPE kong_datastore_reachable gauge
kong_datastore_reachable 1
# HELP kong_http_requests_total HTTP status codes per consumer/service/route in Kong
# TYPE kong_http_requests_total counter
kong_http_requests_total{service="shopify-admin",route="orders",code="200",source="service",consumer=""} 18211
kong_http_requests_total{service="shopify-admin",route="orders",code="429",source="kong",consumer=""} 12
kong_http_requests_total{service="shopify-admin",route="orders",code="502",source="kong",consumer=""} 211
# HELP kong_nginx_connections_total Number of connections by subsystem
# TYPE kong_nginx_connections_total gauge
kong_nginx_connections_total{node_id="8e0b3ed5-d6a1-4c1e-8d62-0c1f2a3b4c5d",subsystem="http",state="active"} 4
kong_nginx_connections_total{node_id="8e0b3ed5-d6a1-4c1e-8d62-0c1f2a3b4c5d",subsystem="http",state="accepted"} 90210
# HELP kong_request_latency_ms Total latency incurred during requests for each service/route in Kong
# TYPE kong_request_latency_ms histogram
kong_request_latency_ms_bucket{service="shopify-admin",route="orders",le="25"} 9000
kong_request_latency_ms_bucket{service="shopify-admin",route="orders",le="50"} 15000
kong_request_latency_ms_bucket{service="shopify-admin",route="orders",le="200"} 18000
kong_request_latency_ms_bucket{service="shopify-admin",route="orders",le="+Inf"} 18434
kong_request_latency_ms_count{service="shopify-admin",route="orders"} 18434
kong_request_latency_ms_sum{service="shopify-admin",route="orders"} 1290380
# HELP kong_upstream_target_health Health status of targets of upstream. States = healthchecks_off|healthy|unhealthy|dns_error, value is 1 when state is populated.
# TYPE kong_upstream_target_health gauge
kong_upstream_target_health{upstream="shopify",target="shopify.com:443",address="23.227.38.65:443",state="healthy",subsystem="http"} 1
kong_upstream_target_health{upstream="shopify",target="shopify.com:443",address="23.227.38.65:443",state="unhealthy",subsystem="http"} 0
)"_ba << [] {
        const QByteArray node = "8e0b3ed5-d6a1-4c1e-8d62-0c1f2a3b4c5d";
        const auto target = [](const char *state) {
            return Labels{{"upstream", "shopify"},
                          {"target", "shopify.com:443"},
                          {"address", "23.227.38.65:443"},
                          {"state", state},
                          {"subsystem", "http"}};
        };
        const auto requests = [](const char *code, const char *source) {
            return Labels{{"service", "shopify-admin"},
                          {"route", "orders"},
                          {"code", code},
                          {"source", source},
                          {"consumer", ""}};
        };
        return page({
            family("kong_datastore_reachable", MetricType::Gauge, u"Datastore reachable from Kong, 0 is unreachable"_s,
                   {sample("kong_datastore_reachable", {}, 1)}),
            family("kong_http_requests_total", MetricType::Counter,
                   u"HTTP status codes per consumer/service/route in Kong"_s,
                   {sample("kong_http_requests_total", requests("200", "service"), 18211),
                    sample("kong_http_requests_total", requests("429", "kong"), 12),
                    sample("kong_http_requests_total", requests("502", "kong"), 211)}),
            family("kong_nginx_connections_total", MetricType::Gauge, u"Number of connections by subsystem"_s,
                   {sample("kong_nginx_connections_total",
                           {{"node_id", node}, {"subsystem", "http"}, {"state", "active"}}, 4),
                    sample("kong_nginx_connections_total",
                           {{"node_id", node}, {"subsystem", "http"}, {"state", "accepted"}}, 90210)}),
            family("kong_request_latency_ms", MetricType::Histogram,
                   u"Total latency incurred during requests for each service/route in Kong"_s,
                   {sample("kong_request_latency_ms_bucket", kongOrdersLe("25"), 9000),
                    sample("kong_request_latency_ms_bucket", kongOrdersLe("50"), 15000),
                    sample("kong_request_latency_ms_bucket", kongOrdersLe("200"), 18000),
                    sample("kong_request_latency_ms_bucket", kongOrdersLe("+Inf"), 18434),
                    sample("kong_request_latency_ms_count", kongOrders, 18434),
                    sample("kong_request_latency_ms_sum", kongOrders, 1290380)}),
            family("kong_upstream_target_health", MetricType::Gauge,
                   u"Health status of targets of upstream. States = healthchecks_off|healthy|unhealthy|dns_error, "
                   u"value is 1 when state is populated."_s,
                   {sample("kong_upstream_target_health", target("healthy"), 1),
                    sample("kong_upstream_target_health", target("unhealthy"), 0)}),
        });
    }();

    // Traefik v2/v3 (Go client_golang): labels sorted by name, le after them, big gauges in %g form.
    QTest::newRow("Traefik")
        << R"(# HELP traefik_service_request_duration_seconds How long it took to process the request on a service, partitioned by status code, protocol, and method.
# TYPE traefik_service_request_duration_seconds histogram
traefik_service_request_duration_seconds_bucket{code="200",method="GET",protocol="http",service="shopify@file",le="0.1"} 17020
traefik_service_request_duration_seconds_bucket{code="200",method="GET",protocol="http",service="shopify@file",le="0.3"} 18002
traefik_service_request_duration_seconds_bucket{code="200",method="GET",protocol="http",service="shopify@file",le="1.2"} 18190
traefik_service_request_duration_seconds_bucket{code="200",method="GET",protocol="http",service="shopify@file",le="5"} 18211
traefik_service_request_duration_seconds_bucket{code="200",method="GET",protocol="http",service="shopify@file",le="+Inf"} 18211
traefik_service_request_duration_seconds_sum{code="200",method="GET",protocol="http",service="shopify@file"} 1523.3397820460005
traefik_service_request_duration_seconds_count{code="200",method="GET",protocol="http",service="shopify@file"} 18211
# HELP traefik_service_requests_total How many HTTP requests processed on a service, partitioned by status code, protocol, and method.
# TYPE traefik_service_requests_total counter
traefik_service_requests_total{code="200",method="GET",protocol="http",service="shopify@file"} 18211
traefik_service_requests_total{code="503",method="POST",protocol="http",service="shopify@file"} 7
# HELP traefik_service_server_up service server is up, described by gauge value of 0 or 1.
# TYPE traefik_service_server_up gauge
traefik_service_server_up{service="shopify@file",url="https://shopify.com"} 1
# HELP traefik_tls_certs_not_after Certificate expiration timestamp
# TYPE traefik_tls_certs_not_after gauge
traefik_tls_certs_not_after{cn="gw.internal",sans="gw.internal,api.gw.internal",serial="1234567890"} 1.7986176e+09
)"_ba <<
        [] {
            const auto labels = [](const char *le) {
                Labels result{{"code", "200"}, {"method", "GET"}, {"protocol", "http"}, {"service", "shopify@file"}};
                if (le)
                    result.append(std::pair<QByteArray, QByteArray>("le", le));
                return result;
            };
            return page({
                family("traefik_service_request_duration_seconds", MetricType::Histogram,
                       u"How long it took to process the request on a service, partitioned by status code, protocol, "
                       u"and method."_s,
                       {sample("traefik_service_request_duration_seconds_bucket", labels("0.1"), 17020),
                        sample("traefik_service_request_duration_seconds_bucket", labels("0.3"), 18002),
                        sample("traefik_service_request_duration_seconds_bucket", labels("1.2"), 18190),
                        sample("traefik_service_request_duration_seconds_bucket", labels("5"), 18211),
                        sample("traefik_service_request_duration_seconds_bucket", labels("+Inf"), 18211),
                        sample("traefik_service_request_duration_seconds_sum", labels(nullptr), 1523.3397820460005),
                        sample("traefik_service_request_duration_seconds_count", labels(nullptr), 18211)}),
                family("traefik_service_requests_total", MetricType::Counter,
                       u"How many HTTP requests processed on a service, partitioned by status code, protocol, and "
                       u"method."_s,
                       {sample("traefik_service_requests_total", labels(nullptr), 18211),
                        sample("traefik_service_requests_total",
                               {{"code", "503"}, {"method", "POST"}, {"protocol", "http"}, {"service", "shopify@file"}},
                               7)}),
                family("traefik_service_server_up", MetricType::Gauge,
                       u"service server is up, described by gauge value of 0 or 1."_s,
                       {sample("traefik_service_server_up",
                               {{"service", "shopify@file"}, {"url", "https://shopify.com"}}, 1)}),
                family(
                    "traefik_tls_certs_not_after", MetricType::Gauge, u"Certificate expiration timestamp"_s,
                    {sample("traefik_tls_certs_not_after",
                            {{"cn", "gw.internal"}, {"sans", "gw.internal,api.gw.internal"}, {"serial", "1234567890"}},
                            1798617600)}),
            });
        }();

    // Envoy /stats/prometheus: TYPE lines without HELP, response codes as labels, ms buckets.
    QTest::newRow("Envoy") << R"(# TYPE envoy_cluster_membership_healthy gauge
envoy_cluster_membership_healthy{envoy_cluster_name="shopify"} 3
envoy_cluster_membership_healthy{envoy_cluster_name="stripe"} 2
# TYPE envoy_cluster_upstream_rq counter
envoy_cluster_upstream_rq{envoy_response_code="200",envoy_cluster_name="shopify"} 18211
envoy_cluster_upstream_rq{envoy_response_code="503",envoy_cluster_name="shopify"} 211
# TYPE envoy_cluster_upstream_rq_time histogram
envoy_cluster_upstream_rq_time_bucket{envoy_cluster_name="shopify",le="0.5"} 0
envoy_cluster_upstream_rq_time_bucket{envoy_cluster_name="shopify",le="25"} 2410
envoy_cluster_upstream_rq_time_bucket{envoy_cluster_name="shopify",le="250"} 17980
envoy_cluster_upstream_rq_time_bucket{envoy_cluster_name="shopify",le="3600000"} 18422
envoy_cluster_upstream_rq_time_bucket{envoy_cluster_name="shopify",le="+Inf"} 18422
envoy_cluster_upstream_rq_time_sum{envoy_cluster_name="shopify"} 2011563.5
envoy_cluster_upstream_rq_time_count{envoy_cluster_name="shopify"} 18422
)"_ba << [] {
        const auto le = [](const char *bound) { return Labels{{"envoy_cluster_name", "shopify"}, {"le", bound}}; };
        const Labels shopify{{"envoy_cluster_name", "shopify"}};
        return page({
            family("envoy_cluster_membership_healthy", MetricType::Gauge, {},
                   {sample("envoy_cluster_membership_healthy", shopify, 3),
                    sample("envoy_cluster_membership_healthy", {{"envoy_cluster_name", "stripe"}}, 2)}),
            family("envoy_cluster_upstream_rq", MetricType::Counter, {},
                   {sample("envoy_cluster_upstream_rq",
                           {{"envoy_response_code", "200"}, {"envoy_cluster_name", "shopify"}}, 18211),
                    sample("envoy_cluster_upstream_rq",
                           {{"envoy_response_code", "503"}, {"envoy_cluster_name", "shopify"}}, 211)}),
            family("envoy_cluster_upstream_rq_time", MetricType::Histogram, {},
                   {sample("envoy_cluster_upstream_rq_time_bucket", le("0.5"), 0),
                    sample("envoy_cluster_upstream_rq_time_bucket", le("25"), 2410),
                    sample("envoy_cluster_upstream_rq_time_bucket", le("250"), 17980),
                    sample("envoy_cluster_upstream_rq_time_bucket", le("3600000"), 18422),
                    sample("envoy_cluster_upstream_rq_time_bucket", le("+Inf"), 18422),
                    sample("envoy_cluster_upstream_rq_time_sum", shopify, 2011563.5),
                    sample("envoy_cluster_upstream_rq_time_count", shopify, 18422)}),
        });
    }();

    // Kong before 3.0 (nginx-lua-prometheus) zero-padded its bucket bounds.
    QTest::newRow("Kong 2.x zero-padded le") << R"(# TYPE kong_latency histogram
kong_latency_bucket{type="request",service="shopify-admin",route="orders",le="00001.0"} 10
kong_latency_bucket{type="request",service="shopify-admin",route="orders",le="00025.0"} 80
kong_latency_bucket{type="request",service="shopify-admin",route="orders",le="+Inf"} 90
kong_latency_count{type="request",service="shopify-admin",route="orders"} 90
kong_latency_sum{type="request",service="shopify-admin",route="orders"} 2310
)"_ba << [] {
        const auto labels = [](const char *le) {
            Labels result{{"type", "request"}, {"service", "shopify-admin"}, {"route", "orders"}};
            if (le)
                result.append(std::pair<QByteArray, QByteArray>("le", le));
            return result;
        };
        return page({family(
            "kong_latency", MetricType::Histogram, {},
            {sample("kong_latency_bucket", labels("00001.0"), 10), sample("kong_latency_bucket", labels("00025.0"), 80),
             sample("kong_latency_bucket", labels("+Inf"), 90), sample("kong_latency_count", labels(nullptr), 90),
             sample("kong_latency_sum", labels(nullptr), 2310)})});
    }();
}

void TestPrometheusParser::escapes_data()
{
    columns();
    QTest::newRow("label value: escaped backslash")
        << R"(m{path="C:\\temp"} 1)"_ba << page({untyped("m", {sample("m", {{"path", "C:\\temp"}}, 1)})});
    QTest::newRow("label value: escaped quote")
        << R"(m{q="say \"hi\""} 1)"_ba << page({untyped("m", {sample("m", {{"q", "say \"hi\""}}, 1)})});
    QTest::newRow("label value: escaped newline")
        << R"(m{text="two\nlines"} 1)"_ba << page({untyped("m", {sample("m", {{"text", "two\nlines"}}, 1)})});
    QTest::newRow("label value: escaped backslash before n stays a backslash and an n")
        << R"(m{p="a\\nb"} 1)"_ba << page({untyped("m", {sample("m", {{"p", "a\\nb"}}, 1)})});
    QTest::newRow("label value: all escapes at both ends")
        << R"(m{v="\\\"\n",w="\n\"\\"} 1)"_ba
        << page({untyped("m", {sample("m", {{"v", "\\\"\n"}, {"w", "\n\"\\"}}, 1)})});
    QTest::newRow("label value: only an escaped quote")
        << R"(m{v="\""} 1)"_ba << page({untyped("m", {sample("m", {{"v", "\""}}, 1)})});
    QTest::newRow("label value: empty") << R"(m{v=""} 1)"_ba << page({untyped("m", {sample("m", {{"v", ""}}, 1)})});
    QTest::newRow("label value: braces, commas, equals and # are plain text")
        << R"(m{v="a,b}c{=d # e"} 1)"_ba << page({untyped("m", {sample("m", {{"v", "a,b}c{=d # e"}}, 1)})});
    QTest::newRow("label value: UTF-8 kept as bytes")
        << "m{city=\"Z\xc3\xbcrich \xe2\x82\xac \xf0\x9f\x9a\x80\"} 1"_ba
        << page({untyped("m", {sample("m", {{"city", "Z\xc3\xbcrich \xe2\x82\xac \xf0\x9f\x9a\x80"}}, 1)})});
    QTest::newRow("label value: a byte order mark inside is kept")
        << "m{v=\"\xef\xbb\xbfx\"} 1"_ba << page({untyped("m", {sample("m", {{"v", "\xef\xbb\xbfx"}}, 1)})});
    QTest::newRow("label value: tab and carriage return kept as sent")
        << "m{v=\"a\tb\rc\"} 1"_ba << page({untyped("m", {sample("m", {{"v", "a\tb\rc"}}, 1)})});

    QTest::newRow("HELP: escaped backslash and newline")
        << "# HELP m Path C:\\\\temp,\\nsecond line\nm 1"_ba
        << page({family("m", MetricType::Untyped, u"Path C:\\temp,\nsecond line"_s, {sample("m", {}, 1)})});
    QTest::newRow("HELP: escaped quote as expfmt reads it")
        << R"(# HELP m say \"hi\" or "hi")"
           "\nm 1"_ba
        << page({family("m", MetricType::Untyped, u"say \"hi\" or \"hi\""_s, {sample("m", {}, 1)})});
    QTest::newRow("HELP: UTF-8, braces and # as written, leading blanks dropped, trailing kept")
        << "# HELP m \t  Latenz in \xc2\xb5s {p99} # really \nm 1"_ba
        << page({family("m", MetricType::Untyped, u"Latenz in µs {p99} # really "_s, {sample("m", {}, 1)})});
    QTest::newRow("HELP: nothing after the name sets nothing, as in expfmt")
        << "# HELP m \t\n# HELP m Later.\nm 1"_ba
        << page({family("m", MetricType::Untyped, u"Later."_s, {sample("m", {}, 1)})});

    // expfmt rejects every other escape in label values (the server's scraper keeps it as written);
    // the line is reported and skipped.
    QTest::newRow("label value: unknown escape rejected")
        << R"(m{path="C:\DIR"} 1)"
           "\nafter 1\n"_ba
        << page({single("after", 1)},
                {problem(1, u"invalid escape sequence '\\D' in the value of label 'path' (only \\\\, \\\" and \\n "
                            u"are allowed)"_s)});
    QTest::newRow("label value: escaped tab rejected")
        << R"(m{v="a\tb"} 1)"
           "\nafter 1\n"_ba
        << page({single("after", 1)},
                {problem(1, u"invalid escape sequence '\\t' in the value of label 'v' (only \\\\, \\\" and \\n are "
                            u"allowed)"_s)});
    QTest::newRow("label value: backslash at the end of the line")
        << "m{v=\"a\\\nafter 1\n"_ba
        << page({single("after", 1)}, {problem(1, u"the value of label 'v' has no closing '\"'"_s)});
    QTest::newRow("HELP: unknown escape rejected")
        << R"(# HELP m C:\DIR)"
           "\nm 1\n"_ba
        << page({single("m", 1)}, {problem(1, u"invalid escape sequence '\\D' in the HELP text of 'm'"_s)});
    QTest::newRow("HELP: lone backslash at the end")
        << "# HELP m ends in \\\nm 1\n"_ba
        << page({single("m", 1)}, {problem(1, u"HELP text of 'm' ends in a lone backslash"_s)});
}

void TestPrometheusParser::values_data()
{
    columns();
    struct Row
    {
        const char *name;
        const char *text;
        double value;
    };
    const Row rows[] = {
        {"integer", "1027", 1027},
        {"zero", "0", 0},
        {"negative zero", "-0", -0.0},
        {"negative", "-3", -3},
        {"leading plus", "+3", 3},
        {"decimal", "12.47", 12.47},
        {"leading dot", ".5", 0.5},
        {"trailing dot", "5.", 5},
        {"leading zeros", "007", 7},
        {"exponent", "1.458255915e9", 1458255915},
        {"exponent with plus, upper case", "1.7560473E+07", 17560473},
        {"negative exponent", "2.5e-3", 0.0025},
        {"exponent without fraction", "1e3", 1000},
        {"largest double", "1.7976931348623157e308", 1.7976931348623157e308},
        {"integer beyond 2^64", "18446744073709551616", 18446744073709551616.0},
        {"smallest subnormal", "5e-324", 5e-324},
        {"underflow is zero, as in Go", "1e-400", 0},
        {"negative underflow is negative zero", "-1e-400", -0.0},
        {"underflow with a huge exponent", "1e-99999999999999999999", 0},
        {"zero with a huge exponent", "0e99999999999999999999", 0},
        {"many digits", "0.1000000000000000055511151231257827", 0.1},
        {"NaN", "NaN", notANumber},
        {"nan in lower case", "nan", notANumber},
        {"NAN in upper case", "NAN", notANumber},
        {"+Inf", "+Inf", inf},
        {"-Inf", "-Inf", -inf},
        {"Inf without sign", "Inf", inf},
        {"inf in lower case", "inf", inf},
        {"+Infinity", "+Infinity", inf},
        {"-infinity", "-infinity", -inf},
    };
    for (const Row &row : rows)
        QTest::newRow(row.name) << "m "_ba + row.text << page({single("m", row.value)});

    // What Go's ParseFloat (as expfmt calls it) rejects.
    struct Bad
    {
        const char *name;
        const char *text;
        const char *message;
    };
    const Bad bad[] = {
        {"word", "abc", "expected a number as the value of 'm', found 'abc'"},
        {"hex", "0x1F", "expected a number as the value of 'm', found '0x1F'"},
        {"hex float", "0x1p-2", "expected a number as the value of 'm', found '0x1p-2'"},
        {"underscores", "1_000", "expected a number as the value of 'm', found '1_000'"},
        {"comma as decimal separator", "1,5", "expected a number as the value of 'm', found '1,5'"},
        {"exponent without digits", "1e", "expected a number as the value of 'm', found '1e'"},
        {"lone dot", ".", "expected a number as the value of 'm', found '.'"},
        {"lone sign", "-", "expected a number as the value of 'm', found '-'"},
        {"two signs", "+-1", "expected a number as the value of 'm', found '+-1'"},
        {"signed NaN", "-NaN", "expected a number as the value of 'm', found '-NaN'"},
        {"NaN with payload", "nan(1)", "expected a number as the value of 'm', found 'nan(1)'"},
        {"truncated infinity", "infin", "expected a number as the value of 'm', found 'infin'"},
        {"overflow", "1e400", "value '1e400' of 'm' is out of range"},
        {"negative overflow", "-2e308", "value '-2e308' of 'm' is out of range"},
        {"overflow with a huge exponent", "1e99999999999999999999",
         "value '1e99999999999999999999' of 'm' is out of range"},

        {"quoted", "\"1\"", "expected a number as the value of 'm', found '\"1\"'"},
    };
    for (const Bad &row : bad) {
        QTest::newRow(QByteArray("bad: "_ba + row.name).constData())
            << "m "_ba + row.text + "\nafter 1\n"
            << page({single("after", 1)}, {problem(1, QString::fromUtf8(row.message))});
    }
    QTest::newRow("bad: overflow without an exponent")
        << "m 1"_ba + QByteArray(400, '0') + "\nafter 1\n"
        << page({single("after", 1)},
                {problem(1, u"value '1000000000000000000000000000000000000000…' of 'm' is out of range"_s)});
}

void TestPrometheusParser::timestamps_data()
{
    columns();
    QTest::newRow("milliseconds") << "m 1 1395066363000"_ba
                                  << page({untyped("m", {sample("m", {}, 1, 1395066363000)})});
    QTest::newRow("negative, before the epoch")
        << "m 1 -3982045"_ba << page({untyped("m", {sample("m", {}, 1, -3982045)})});
    QTest::newRow("zero") << "m 1 0"_ba << page({untyped("m", {sample("m", {}, 1, 0)})});
    QTest::newRow("leading plus, as Go's ParseInt") << "m 1 +42"_ba << page({untyped("m", {sample("m", {}, 1, 42)})});
    QTest::newRow("largest") << "m 1 9223372036854775807"_ba
                             << page({untyped("m", {sample("m", {}, 1, std::numeric_limits<qint64>::max())})});
    QTest::newRow("smallest") << "m 1 -9223372036854775808"_ba
                              << page({untyped("m", {sample("m", {}, 1, std::numeric_limits<qint64>::min())})});
    QTest::newRow("after labels and a special value")
        << "m{a=\"b\"} NaN 1700000000000"_ba
        << page({untyped("m", {sample("m", {{"a", "b"}}, notANumber, 1700000000000)})});

    QTest::newRow("bad: fraction")
        << "m 1 1.5\nafter 1"_ba
        << page({single("after", 1)},
                {problem(1, u"expected an integer timestamp in milliseconds after the value of 'm', found '1.5'"_s)});
    QTest::newRow("bad: exponent")
        << "m 1 1e3\nafter 1"_ba
        << page({single("after", 1)},
                {problem(1, u"expected an integer timestamp in milliseconds after the value of 'm', found '1e3'"_s)});
    QTest::newRow("bad: word")
        << "m 1 now\nafter 1"_ba
        << page({single("after", 1)},
                {problem(1, u"expected an integer timestamp in milliseconds after the value of 'm', found 'now'"_s)});
    QTest::newRow("bad: overflow") << "m 1 9223372036854775808\nafter 1"_ba
                                   << page({single("after", 1)},
                                           {problem(1, u"timestamp '9223372036854775808' of 'm' is out of range"_s)});
    QTest::newRow("bad: something after the timestamp")
        << "m 1 2 3\nafter 1"_ba
        << page({single("after", 1)}, {problem(1, u"unexpected '3' after the timestamp of 'm'"_s)});
    QTest::newRow("bad: an OpenMetrics exemplar")
        << "m 1 # {trace_id=\"abc\"} 0.5\nafter 1"_ba
        << page({single("after", 1)},
                {problem(1, u"expected an integer timestamp in milliseconds after the value of 'm', found '#'"_s)});
}

// Where blanks, line ends and comments may go.
void TestPrometheusParser::layout_data()
{
    columns();
    const MetricPage ab = page({untyped("m", {sample("m", {{"a", "1"}, {"b", "2"}}, 3)})});
    QTest::newRow("trailing comma") << R"(m{a="1",b="2",} 3)"_ba << ab;
    QTest::newRow("trailing comma and blanks") << R"(m{ a="1" , b="2" , } 3)"_ba << ab;
    QTest::newRow("blanks around every token") << "m \t{ a = \"1\" ,\tb= \"2\" }\t3"_ba << ab;
    QTest::newRow("no blank between } and the value") << R"(m{a="1",b="2"}3)"_ba << ab;
    QTest::newRow("empty label set") << "m{} 3"_ba << page({single("m", 3)});
    QTest::newRow("empty label set with blanks") << "m { } 3"_ba << page({single("m", 3)});
    QTest::newRow("tabs between name, value and timestamp")
        << "m\t3\t5"_ba << page({untyped("m", {sample("m", {}, 3, 5)})});
    QTest::newRow("leading blanks") << "  \t m 3"_ba << page({single("m", 3)});
    QTest::newRow("trailing blanks after the value, as the Prometheus server accepts")
        << "m 3  \t\nn 4 "_ba << page({single("m", 3), single("n", 4)});
    QTest::newRow("trailing blanks after the timestamp")
        << "m 3 5 \t"_ba << page({untyped("m", {sample("m", {}, 3, 5)})});
    QTest::newRow("CRLF line endings")
        << "# HELP m Help.\r\n# TYPE m gauge\r\nm{a=\"1\"} 3 5\r\n\r\nn 4\r\n"_ba
        << page({family("m", MetricType::Gauge, u"Help."_s, {sample("m", {{"a", "1"}}, 3, 5)}), single("n", 4)});
    QTest::newRow("CRLF and LF mixed") << "m 3\r\nn 4\no 5\r\n"_ba
                                       << page({single("m", 3), single("n", 4), single("o", 5)});
    QTest::newRow("no newline at the end") << "m 3\nn 4"_ba << page({single("m", 3), single("n", 4)});
    QTest::newRow("blank and whitespace-only lines")
        << "\n\nm 3\n   \n\t\n\nn 4\n\n"_ba << page({single("m", 3), single("n", 4)});
    QTest::newRow("UTF-8 byte order mark") << "\xEF\xBB\xBFm 3\n"_ba << page({single("m", 3)});
    QTest::newRow("comments are ignored")
        << "# just a comment\n#\n#no space\n  # indented\n# HELP\n# TYPE\n#  HELPFUL text\nm 3"_ba
        << page({single("m", 3)});
    QTest::newRow("#HELP without a space counts, as in expfmt")
        << "#HELP m Help.\n#TYPE m gauge\nm 3"_ba
        << page({family("m", MetricType::Gauge, u"Help."_s, {sample("m", {}, 3)})});
    QTest::newRow("blanks and tabs inside HELP and TYPE lines")
        << "#\t HELP \t m \t Help.\n # TYPE  m\tgauge \t\nm 3"_ba
        << page({family("m", MetricType::Gauge, u"Help."_s, {sample("m", {}, 3)})});
    QTest::newRow("names with colons, underscores and digits")
        << "job:http_requests:rate5m{_a1="
           "\"x\",B_2=\"y\"} 3\n_private 4\n:colon 5"_ba
        << page({untyped("job:http_requests:rate5m",
                         {sample("job:http_requests:rate5m", {{"_a1", "x"}, {"B_2", "y"}}, 3)}),
                 single("_private", 4), single(":colon", 5)});
    QTest::newRow("families in first-appearance order, samples in page order")
        << "b 1\na{x=\"1\"} 2\nb 3\na{x=\"2\"} 4\nc 5"_ba
        << page({untyped("b", {sample("b", {}, 1), sample("b", {}, 3)}),
                 untyped("a", {sample("a", {{"x", "1"}}, 2), sample("a", {{"x", "2"}}, 4)}), single("c", 5)});
    QTest::newRow("label order kept as sent")
        << R"(m{z="1",a="2",m="3"} 1)"_ba
        << page({untyped("m", {sample("m", {{"z", "1"}, {"a", "2"}, {"m", "3"}}, 1)})});
    QTest::newRow("le and quantile are ordinary labels outside histograms and summaries")
        << R"(m{le="x",quantile="y"} 1)"_ba << page({untyped("m", {sample("m", {{"le", "x"}, {"quantile", "y"}}, 1)})});
}

// Each kind of bad line, at line 3, with the line after it still read.
void TestPrometheusParser::badLines_data()
{
    columns();
    addBadLine("name starting with a digit", "1m 1",
               u"expected a metric name (a letter, '_' or ':') at the start of the line, found '1'"_s);
    addBadLine("label set without a name", R"({a="b"} 1)", u"expected a metric name before '{'"_s);
    addBadLine("dash in a name", "http-requests 1", u"unexpected '-' after metric name 'http'"_s);
    addBadLine("dot in a name", "http.requests 1", u"unexpected '.' after metric name 'http'"_s);
    addBadLine("name alone", "m", u"expected a value for 'm', found end of line"_s);
    addBadLine("name and labels without a value", R"(m{a="b"})", u"expected a value for 'm', found end of line"_s);
    addBadLine("label without '='", R"(m{code "200"} 1)", u"expected '=' after label name 'code', found '\"'"_s);
    addBadLine("label name alone", "m{code} 1", u"expected '=' after label name 'code', found '}'"_s);
    addBadLine("colon in a label name", R"(m{a:b="x"} 1)", u"expected '=' after label name 'a', found ':'"_s);
    addBadLine("label name starting with a digit", R"(m{1a="x"} 1)",
               u"expected a label name or '}' in the labels of 'm', found '1'"_s);
    addBadLine("unquoted label value", "m{code=200} 1",
               u"expected '\"' to start the value of label 'code', found '2'"_s);
    addBadLine("single-quoted label value", "m{code='200'} 1",
               u"expected '\"' to start the value of label 'code', found '''"_s);
    addBadLine("label value not closed", R"(m{code="200} 1)", u"the value of label 'code' has no closing '\"'"_s);
    addBadLine("missing comma between labels", R"(m{a="1" b="2"} 1)",
               u"expected ',' or '}' after the value of label 'a', found 'b'"_s);
    addBadLine("label set not closed", R"(m{a="1" 1)",
               u"expected ',' or '}' after the value of label 'a', found '1'"_s);
    addBadLine("label set cut at the end of the line", R"(m{a="1",)",
               u"expected a label name or '}' in the labels of 'm', found end of line"_s);
    addBadLine("two commas", R"(m{a="1",,b="2"} 1)", u"expected a label name or '}' in the labels of 'm', found ','"_s);
    addBadLine("lone comma", "m{,} 1", u"expected a label name or '}' in the labels of 'm', found ','"_s);
    addBadLine("duplicate label name", R"(m{a="1",b="2",a="3"} 1)", u"label 'a' appears twice in one sample of 'm'"_s);
    addBadLine("reserved label name", R"(m{__name__="n"} 1)", u"label name '__name__' is reserved"_s);
    addBadLine("invalid UTF-8 in a label value", "m{a=\"\xff\xfe\"} 1", u"the value of label 'a' is not valid UTF-8"_s);
    addBadLine("overlong UTF-8 in a label value", "m{a=\"\xc0\xaf\"} 1",
               u"the value of label 'a' is not valid UTF-8"_s);
    addBadLine("UTF-8 name, quoted as only newer formats allow", R"({"http.requests"} 1)",
               u"expected a metric name before '{'"_s);
    addBadLine("control character", "\x01m 1",
               u"expected a metric name (a letter, '_' or ':') at the start of the line, found byte 0x01"_s);
    addBadLine("bad value", "m one", u"expected a number as the value of 'm', found 'one'"_s);
    addBadLine("TYPE with an invalid name", "# TYPE 1m counter", u"expected a metric name after TYPE, found '1'"_s);
    addBadLine("TYPE with a dash in the name", "# TYPE http-requests counter",
               u"unexpected '-' after metric name 'http' in a TYPE line"_s);
    addBadLine("HELP with an invalid name", "# HELP {m} Help.", u"expected a metric name after HELP, found '{'"_s);
    addBadLine("TYPE without a type", "# TYPE m  ", u"TYPE line for 'm' names no type"_s);
    addBadLine("unknown type", "# TYPE m gaugehistogram",
               u"unknown metric type 'gaugehistogram' for 'm' (expected counter, gauge, histogram, summary or "
               u"untyped)"_s);
    addBadLine("TYPE with two words", "# TYPE m counter gauge",
               u"unknown metric type 'counter gauge' for 'm' (expected counter, gauge, histogram, summary or "
               u"untyped)"_s);
    addBadLine("long names are cut in messages", QByteArray(100, 'x') + "-y 1",
               u"unexpected '-' after metric name '"_s + QString(40, u'x') + u"…'"_s);

    QTest::newRow("a bad sample changes nothing: TYPE may still follow")
        << "m{a=\"1\"} one\n# TYPE m counter\nm{a=\"1\"} 2\n"_ba
        << page({family("m", MetricType::Counter, {}, {sample("m", {{"a", "1"}}, 2)})},
                {problem(1, u"expected a number as the value of 'm', found 'one'"_s)});
    QTest::newRow("every bad line reported with its own number")
        << "a 1\nb{ 2\nc 3\r\n\r\nd x\ne 5\n# TYPE e gauge\nf{a=\"1\",a=\"1\"} 7"_ba
        << page({single("a", 1), single("c", 3), single("e", 5)},
                {problem(2, u"expected a label name or '}' in the labels of 'b', found '2'"_s),
                 problem(5, u"expected a number as the value of 'd', found 'x'"_s),
                 problem(7, u"TYPE line for 'e' comes after its first sample"_s),
                 problem(8, u"label 'a' appears twice in one sample of 'f'"_s)});
    QTest::newRow("a line cut by an unescaped newline in a label value")
        << "m{a=\"one\ntwo\"} 1\nafter 1"_ba
        << page({single("after", 1)}, {problem(1, u"the value of label 'a' has no closing '\"'"_s),
                                       problem(2, u"unexpected '\"' after metric name 'two'"_s)});
}

void TestPrometheusParser::typeAndHelp_data()
{
    columns();
    QTest::newRow("every type, keywords in any case")
        << "# TYPE a counter\na 1\n# TYPE b GAUGE\nb 2\n# TYPE c Untyped\nc 3\n"_ba
        << page({family("a", MetricType::Counter, {}, {sample("a", {}, 1)}),
                 family("b", MetricType::Gauge, {}, {sample("b", {}, 2)}), untyped("c", {sample("c", {}, 3)})});
    QTest::newRow("TYPE before HELP") << "# TYPE m gauge\n# HELP m Help.\nm 1"_ba
                                      << page({family("m", MetricType::Gauge, u"Help."_s, {sample("m", {}, 1)})});
    QTest::newRow("HELP after the samples is fine")
        << "# TYPE m gauge\nm 1\n# HELP m Help.\n"_ba
        << page({family("m", MetricType::Gauge, u"Help."_s, {sample("m", {}, 1)})});
    QTest::newRow("second TYPE: the first one counts")
        << "# TYPE m counter\n# TYPE m gauge\nm 1\n"_ba
        << page({family("m", MetricType::Counter, {}, {sample("m", {}, 1)})},
                {problem(2, u"second TYPE line for 'm'"_s)});
    QTest::newRow("the same TYPE twice is still a second TYPE")
        << "# TYPE m gauge\nm 1\n# TYPE m gauge\n"_ba
        << page({family("m", MetricType::Gauge, {}, {sample("m", {}, 1)})},
                {problem(3, u"TYPE line for 'm' comes after its first sample"_s)});
    QTest::newRow("TYPE after samples: the family stays untyped")
        << "m 1\n# TYPE m counter\nm 2\n"_ba
        << page({untyped("m", {sample("m", {}, 1), sample("m", {}, 2)})},
                {problem(2, u"TYPE line for 'm' comes after its first sample"_s)});
    QTest::newRow("second HELP: the first one counts")
        << "# HELP m First.\n# HELP m Second.\nm 1\n"_ba
        << page({family("m", MetricType::Untyped, u"First."_s, {sample("m", {}, 1)})},
                {problem(2, u"second HELP line for 'm'"_s)});
    QTest::newRow("HELP and TYPE without samples: no family")
        << "# HELP gone Help.\n# TYPE gone counter\n# TYPE h histogram\nm 1\n"_ba << page({single("m", 1)});
    QTest::newRow("HELP with only a name sets nothing")
        << "# HELP m\nm 1\n# HELP m Later.\n"_ba
        << page({family("m", MetricType::Untyped, u"Later."_s, {sample("m", {}, 1)})});
    QTest::newRow("a family named by TYPE and used later, after another family")
        << "# TYPE a gauge\nb 1\na 2\n"_ba
        << page({family("a", MetricType::Gauge, {}, {sample("a", {}, 2)}), single("b", 1)});
    QTest::newRow("_sum and _count of a counter are families of their own")
        << "# TYPE m counter\nm 1\nm_sum 2\nm_count 3\n"_ba
        << page({family("m", MetricType::Counter, {}, {sample("m", {}, 1)}), single("m_sum", 2), single("m_count", 3)});
    QTest::newRow("histogram parts without TYPE are untyped families named as sent")
        << "h_bucket{le=\"1\"} 1\nh_bucket{le=\"+Inf\"} 2\nh_sum 3\nh_count 2\n"_ba
        << page({untyped("h_bucket", {sample("h_bucket", {{"le", "1"}}, 1), sample("h_bucket", {{"le", "+Inf"}}, 2)}),
                 single("h_sum", 3), single("h_count", 2)});
    QTest::newRow("a part seen before its TYPE stays a family of its own")
        << "s_count 1\n# TYPE s summary\ns{quantile=\"0.5\"} 2\ns_count 3\ns_sum 4\n"_ba
        << page(
               {untyped("s_count", {sample("s_count", {}, 1), sample("s_count", {}, 3)}),
                family("s", MetricType::Summary, {}, {sample("s", {{"quantile", "0.5"}}, 2), sample("s_sum", {}, 4)})});
    QTest::newRow("HELP for a histogram part names the histogram, as in expfmt")
        << "# TYPE h histogram\n# HELP h_bucket Buckets.\nh_bucket{le=\"+Inf\"} 1\nh_count 1\n"_ba
        << page({family("h", MetricType::Histogram, u"Buckets."_s,
                        {sample("h_bucket", {{"le", "+Inf"}}, 1), sample("h_count", {}, 1)})});
}

void TestPrometheusParser::histograms_data()
{
    columns();
    QTest::newRow("two series interleaved, labels in another order on one line")
        << R"(# TYPE h histogram
h_bucket{route="a",le="1"} 1
h_bucket{route="b",le="1"} 10
h_bucket{le="+Inf",route="a"} 2
h_bucket{route="b",le="+Inf"} 20
h_sum{route="a"} 1.5
h_count{route="a"} 2
h_count{route="b"} 20
h_sum{route="b"} 30
)"_ba
        << page({family("h", MetricType::Histogram, {},
                        {sample("h_bucket", {{"route", "a"}, {"le", "1"}}, 1),
                         sample("h_bucket", {{"route", "b"}, {"le", "1"}}, 10),
                         sample("h_bucket", {{"le", "+Inf"}, {"route", "a"}}, 2),
                         sample("h_bucket", {{"route", "b"}, {"le", "+Inf"}}, 20),
                         sample("h_sum", {{"route", "a"}}, 1.5), sample("h_count", {{"route", "a"}}, 2),
                         sample("h_count", {{"route", "b"}}, 20), sample("h_sum", {{"route", "b"}}, 30)})});
    QTest::newRow("le spelled Inf, exponent bounds, empty buckets")
        << R"(# TYPE h histogram
h_bucket{le="1e-3"} 0
h_bucket{le="0.01"} 0
h_bucket{le="Inf"} 0
h_count 0
)"_ba
        << page({family("h", MetricType::Histogram, {},
                        {sample("h_bucket", {{"le", "1e-3"}}, 0), sample("h_bucket", {{"le", "0.01"}}, 0),
                         sample("h_bucket", {{"le", "Inf"}}, 0), sample("h_count", {}, 0)})});

    QTest::newRow("no +Inf bucket: reported at the series' last bucket")
        << R"(# TYPE kong_request_latency_ms histogram
kong_request_latency_ms_bucket{service="shopify-admin",route="orders",le="25"} 9000
kong_request_latency_ms_bucket{service="shopify-admin",route="orders",le="50"} 15000
kong_request_latency_ms_count{service="shopify-admin",route="orders"} 18434
)"_ba
        << page({family("kong_request_latency_ms", MetricType::Histogram, {},
                        {sample("kong_request_latency_ms_bucket", kongOrdersLe("25"), 9000),
                         sample("kong_request_latency_ms_bucket", kongOrdersLe("50"), 15000),
                         sample("kong_request_latency_ms_count", kongOrders, 18434)})},
                {problem(3, u"histogram 'kong_request_latency_ms{service=\"shopify-admin\",route=\"orders\"}' "
                            u"has no le=\"+Inf\" bucket"_s)});
    QTest::newRow("only _sum and _count: no +Inf bucket")
        << "# TYPE h histogram\nh_sum 1\nh_count 2\n"_ba
        << page({family("h", MetricType::Histogram, {}, {sample("h_sum", {}, 1), sample("h_count", {}, 2)})},
                {problem(2, u"histogram 'h' has no le=\"+Inf\" bucket"_s)});
    QTest::newRow("buckets not ascending")
        << R"(# TYPE h histogram
h_bucket{le="1"} 1
h_bucket{le="0.5"} 1
h_bucket{le="+Inf"} 2
h_count 2
)"_ba
        << page({family("h", MetricType::Histogram, {},
                        {sample("h_bucket", {{"le", "1"}}, 1), sample("h_bucket", {{"le", "0.5"}}, 1),
                         sample("h_bucket", {{"le", "+Inf"}}, 2), sample("h_count", {}, 2)})},
                {problem(3, u"bucket le=\"0.5\" of 'h' does not come after the previous bucket le=\"1\" "
                            u"(buckets must ascend)"_s)});
    QTest::newRow("the same bound twice")
        << "# TYPE h histogram\nh_bucket{le=\"1\"} 1\nh_bucket{le=\"1.0\"} 1\nh_bucket{le=\"+Inf\"} 1\n"_ba
        << page({family("h", MetricType::Histogram, {},
                        {sample("h_bucket", {{"le", "1"}}, 1), sample("h_bucket", {{"le", "1.0"}}, 1),
                         sample("h_bucket", {{"le", "+Inf"}}, 1)})},
                {problem(3, u"bucket le=\"1.0\" of 'h' does not come after the previous bucket le=\"1\" (buckets "
                            u"must ascend)"_s)});
    QTest::newRow("a bucket after +Inf")
        << "# TYPE h histogram\nh_bucket{le=\"+Inf\"} 1\nh_bucket{le=\"5\"} 1\n"_ba
        << page({family("h", MetricType::Histogram, {},
                        {sample("h_bucket", {{"le", "+Inf"}}, 1), sample("h_bucket", {{"le", "5"}}, 1)})},
                {problem(3, u"bucket le=\"5\" of 'h' does not come after the previous bucket le=\"+Inf\" (buckets "
                            u"must ascend)"_s)});
    QTest::newRow("cumulative count going down")
        << "# TYPE h histogram\nh_bucket{le=\"1\"} 5\nh_bucket{le=\"2\"} 4\nh_bucket{le=\"+Inf\"} 6\nh_count 6\n"_ba
        << page({family("h", MetricType::Histogram, {},
                        {sample("h_bucket", {{"le", "1"}}, 5), sample("h_bucket", {{"le", "2"}}, 4),
                         sample("h_bucket", {{"le", "+Inf"}}, 6), sample("h_count", {}, 6)})},
                {problem(3, u"bucket le=\"2\" of 'h' counts 4, fewer than the bucket before it (5)"_s)});
    QTest::newRow("+Inf bucket and _count differ: reported at the later of the two")
        << R"(# TYPE h histogram
h_bucket{route="a",le="+Inf"} 144320
h_sum{route="a"} 53423
h_count{route="a"} 144321
)"_ba
        << page({family("h", MetricType::Histogram, {},
                        {sample("h_bucket", {{"route", "a"}, {"le", "+Inf"}}, 144320),
                         sample("h_sum", {{"route", "a"}}, 53423), sample("h_count", {{"route", "a"}}, 144321)})},
                {problem(4, u"histogram 'h{route=\"a\"}' counts 144320 in its le=\"+Inf\" bucket but 144321 in "
                            u"_count"_s)});
    QTest::newRow("_count before the +Inf bucket")
        << "# TYPE h histogram\nh_count 3\nh_bucket{le=\"+Inf\"} 2\n"_ba
        << page({family("h", MetricType::Histogram, {},
                        {sample("h_count", {}, 3), sample("h_bucket", {{"le", "+Inf"}}, 2)})},
                {problem(3, u"histogram 'h' counts 2 in its le=\"+Inf\" bucket but 3 in _count"_s)});
    QTest::newRow("bucket without le: kept and reported")
        << "# TYPE h histogram\nh_bucket{route=\"a\"} 1\nh_bucket{route=\"a\",le=\"+Inf\"} 1\n"_ba
        << page({family("h", MetricType::Histogram, {},
                        {sample("h_bucket", {{"route", "a"}}, 1),
                         sample("h_bucket", {{"route", "a"}, {"le", "+Inf"}}, 1)})},
                {problem(2, u"bucket 'h_bucket' has no 'le' label"_s)});
    QTest::newRow("le that is not a number: kept and reported")
        << "# TYPE h histogram\nh_bucket{le=\"fast\"} 1\nh_bucket{le=\"+Inf\"} 1\n"_ba
        << page({family("h", MetricType::Histogram, {},
                        {sample("h_bucket", {{"le", "fast"}}, 1), sample("h_bucket", {{"le", "+Inf"}}, 1)})},
                {problem(2, u"le=\"fast\" of 'h_bucket' is not a number"_s)});
    QTest::newRow("a sample without suffix in a histogram")
        << "# TYPE h histogram\nh 1\nh_bucket{le=\"+Inf\"} 1\n"_ba
        << page({family("h", MetricType::Histogram, {}, {sample("h", {}, 1), sample("h_bucket", {{"le", "+Inf"}}, 1)})},
                {problem(2, u"sample 'h' of histogram 'h' is not a _bucket, _sum or _count sample"_s)});
    QTest::newRow("problems of several series in line order")
        << R"(# TYPE h histogram
h_bucket{r="a",le="1"} 1
h_bucket{r="b",le="1"} 1
h_bucket{r="b",le="+Inf"} 1
h_count{r="b"} 2
h_bucket{r="c",le="+Inf"} 1
h_bucket{r="c",le="0"} 1
)"_ba
        << page({family("h", MetricType::Histogram, {},
                        {sample("h_bucket", {{"r", "a"}, {"le", "1"}}, 1),
                         sample("h_bucket", {{"r", "b"}, {"le", "1"}}, 1),
                         sample("h_bucket", {{"r", "b"}, {"le", "+Inf"}}, 1), sample("h_count", {{"r", "b"}}, 2),
                         sample("h_bucket", {{"r", "c"}, {"le", "+Inf"}}, 1),
                         sample("h_bucket", {{"r", "c"}, {"le", "0"}}, 1)})},
                {problem(2, u"histogram 'h{r=\"a\"}' has no le=\"+Inf\" bucket"_s),
                 problem(5, u"histogram 'h{r=\"b\"}' counts 1 in its le=\"+Inf\" bucket but 2 in _count"_s),
                 problem(7, u"bucket le=\"0\" of 'h' does not come after the previous bucket le=\"+Inf\" "
                            u"(buckets must ascend)"_s)});
    QTest::newRow("two histograms with equal labels are separate series")
        << R"(# TYPE a histogram
a_bucket{r="x",le="+Inf"} 1
# TYPE b histogram
b_bucket{r="x",le="1"} 1
b_bucket{r="x",le="+Inf"} 1
)"_ba
        << page({family("a", MetricType::Histogram, {}, {sample("a_bucket", {{"r", "x"}, {"le", "+Inf"}}, 1)}),
                 family("b", MetricType::Histogram, {},
                        {sample("b_bucket", {{"r", "x"}, {"le", "1"}}, 1),
                         sample("b_bucket", {{"r", "x"}, {"le", "+Inf"}}, 1)})});
}

void TestPrometheusParser::summaries_data()
{
    columns();
    QTest::newRow("summary with labels and quantiles")
        << R"(# HELP rpc_duration_seconds A summary of RPC durations.
# TYPE rpc_duration_seconds summary
rpc_duration_seconds{service="a",quantile="0.5"} 0.012
rpc_duration_seconds{service="a",quantile="0.99"} NaN
rpc_duration_seconds_sum{service="a"} 1.7560473e+07
rpc_duration_seconds_count{service="a"} 2693
)"_ba
        << page({family("rpc_duration_seconds", MetricType::Summary, u"A summary of RPC durations."_s,
                        {sample("rpc_duration_seconds", {{"service", "a"}, {"quantile", "0.5"}}, 0.012),
                         sample("rpc_duration_seconds", {{"service", "a"}, {"quantile", "0.99"}}, notANumber),
                         sample("rpc_duration_seconds_sum", {{"service", "a"}}, 17560473),
                         sample("rpc_duration_seconds_count", {{"service", "a"}}, 2693)})});
    QTest::newRow("quantile missing: kept and reported")
        << "# TYPE s summary\ns 1\ns_count 1\n"_ba
        << page({family("s", MetricType::Summary, {}, {sample("s", {}, 1), sample("s_count", {}, 1)})},
                {problem(2, u"sample 's' of summary 's' has no 'quantile' label"_s)});
    QTest::newRow("quantile that is not a number: kept and reported")
        << "# TYPE s summary\ns{quantile=\"p99\"} 1\n"_ba
        << page({family("s", MetricType::Summary, {}, {sample("s", {{"quantile", "p99"}}, 1)})},
                {problem(2, u"quantile=\"p99\" of 's' is not a number"_s)});
    QTest::newRow("_bucket is not a part of a summary")
        << "# TYPE s summary\ns_bucket{le=\"1\"} 1\ns_sum 2\n"_ba
        << page({family("s", MetricType::Summary, {}, {sample("s_sum", {}, 2)}),
                 untyped("s_bucket", {sample("s_bucket", {{"le", "1"}}, 1)})});
}

void TestPrometheusParser::notPrometheus_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("message");
    // nginx's own 502 page, as a gateway in trouble serves it.
    QTest::newRow("HTML error page")
        << "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad "
           "Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"_ba
        << u"the response is HTML, not Prometheus text: <html> <head><title>502 Bad Gateway</title></head> <body> "
           u"<c…"_s;
    QTest::newRow("HTML after blank lines and a byte order mark")
        << "\xEF\xBB\xBF\n\n   <!DOCTYPE html><title>Login</title>"_ba
        << u"the response is HTML, not Prometheus text: <!DOCTYPE html><title>Login</title>"_s;
    QTest::newRow("XML") << "<?xml version=\"1.0\"?>\n<error><code>AccessDenied</code></error>"_ba
                         << u"the response is XML, not Prometheus text: <?xml version=\"1.0\"?> "
                            u"<error><code>AccessDenied</code></erro…"_s;
    QTest::newRow("XHTML is HTML") << "<?xml version=\"1.0\"?><html><body>Hi</body></html>"_ba
                                   << u"the response is HTML, not Prometheus text: <?xml version=\"1.0\"?><html><body>"
                                      u"Hi</body></html>"_s;
    QTest::newRow("JSON object, the Prometheus API's error")
        << R"({"status":"error","errorType":"bad_data","error":"invalid parameter \"query\""})"_ba
        << u"the response is JSON, not Prometheus text: {\"status\":\"error\",\"errorType\":\"bad_data\",\"error\":"
           u"\"invalid pa…"_s;
    QTest::newRow("JSON array") << "  [1, 2, 3]\n"_ba << u"the response is JSON, not Prometheus text: [1, 2, 3]"_s;
    QTest::newRow("gzip-compressed")
        << "\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xcb\xcd\x54\x30\x04\x00\x8b\x27\xfd"_ba
        << u"the response is gzip-compressed, not Prometheus text (first bytes 1f 8b 08 00 "
           u"00 00 00 00 00 03 cb cd 54 30 04 00 …)"_s;
    QTest::newRow("protobuf exposition")
        << "\x3b\x0a\x13http_requests_total\x12\x05Total\x18\x00\x22\x0d\x0a\x08\x0a\x04"
           "code"_ba
        << u"the response is binary data, not Prometheus text (first bytes 3b 0a 13 68 74 74 70 5f 72 65 71 75 65 73 "
           u"74 73 …)"_s;
    QTest::newRow("Latin-1 text that parses nowhere") << "Fehler: \xdc"
                                                         "berlastung\n"_ba
                                                      << u"the response is not UTF-8 text, so not Prometheus text "
                                                         u"(first bytes 46 65 68 6c 65 72 3a 20 dc 62 65 72 6c 61 "
                                                         u"73 74 …)"_s;
}

void TestPrometheusParser::notPrometheus()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, message);
    MetricPage expected;
    expected.notPrometheus = message;
    compare(PrometheusParser::parse(text), expected);
}

// Not everything that fails to parse is "something else": text gets its problems line by line.
void TestPrometheusParser::emptyAndPlainText_data()
{
    columns();
    QTest::newRow("empty body") << QByteArray() << page({});
    QTest::newRow("only blank lines") << " \n\r\n\t\n"_ba << page({});
    QTest::newRow("only comments") << "# HELP m Help.\n# TYPE m gauge\n# nothing yet\n"_ba << page({});
    QTest::newRow("a plain-text error body")
        << "404 page not found\n"_ba
        << page({},
                {problem(1, u"expected a metric name (a letter, '_' or ':') at the start of the line, found '4'"_s)});
    QTest::newRow("a binary byte after good lines is only a bad line")
        << "m 1\n\x00\x01\x02\n"_ba
        << page({single("m", 1)},
                {problem(2, u"expected a metric name (a letter, '_' or ':') at the start of the line, found byte "
                            u"0x00"_s)});
}

// Equal names are stored once, however many samples carry them.
void TestPrometheusParser::sharesNames()
{
    const QByteArray text = R"(# TYPE kong_request_latency_ms histogram
kong_request_latency_ms_bucket{service="shopify-admin",route="orders",le="25"} 1
kong_request_latency_ms_bucket{service="shopify-admin",route="orders",le="+Inf"} 2
kong_request_latency_ms_count{service="shopify-admin",route="orders"} 2
kong_request_latency_ms_sum{service="shopify-admin",route="orders"} 30
kong_request_latency_ms_bucket{service="stripe",route="charges",le="25"} 1
kong_request_latency_ms_bucket{service="stripe",route="charges",le="+Inf"} 1
kong_request_latency_ms_count{service="stripe",route="charges"} 1
kong_request_latency_ms_sum{service="stripe",route="charges"} 3
kong_http_requests_total{service="shopify-admin",route="orders",code="200"} 2
kong_http_requests_total{service="stripe",route="charges",code="200"} 1
)"_ba;
    const MetricPage page = PrometheusParser::parse(text);
    QVERIFY2(page.problems.isEmpty(), qPrintable(describe(page)));
    QCOMPARE(page.families.size(), 2);
    QHash<QByteArray, const char *> storage;
    int checked = 0;
    const auto sameStorage = [&](const QByteArray &bytes) {
        const char *&first = storage[bytes];
        if (!first)
            first = bytes.constData();
        ++checked;
        return first == bytes.constData();
    };
    for (const MetricFamily &family : page.families) {
        for (const MetricSample &sample : family.samples) {
            QVERIFY2(sameStorage(sample.name), sample.name.constData());
            for (const auto &[name, value] : sample.labels) {
                QVERIFY2(sameStorage(name), name.constData());
                QVERIFY2(sameStorage(value), value.constData());
            }
        }
    }
    QCOMPARE(checked, 10 + 2 * (6 * 3 + 4 * 2));
    // _sum after _count of one series has the same labels: one list.
    const MetricFamily &histogram = page.families.at(0);
    QCOMPARE(histogram.samples.at(2).labels.constData(), histogram.samples.at(3).labels.constData());
}

void TestPrometheusParser::manySeries()
{
    QByteArray text = "# HELP kong_http_requests_total HTTP status codes\n# TYPE kong_http_requests_total counter\n";
    for (int i = 0; i < 5000; ++i) {
        text += "kong_http_requests_total{service=\"s" + QByteArray::number(i % 50) + "\",route=\"r"
                + QByteArray::number(i) + "\",code=\"" + QByteArray::number(200 + i % 4 * 100) + "\"} "
                + QByteArray::number(i) + "\n";
    }
    const MetricPage page = PrometheusParser::parse(text);
    QCOMPARE(page.problems.size(), 0);
    QCOMPARE(page.families.size(), 1);
    const QList<MetricSample> &samples = page.families.at(0).samples;
    QCOMPARE(samples.size(), 5000);
    QCOMPARE(samples.at(4321).label("route").value_or("-"), "r4321");
    QCOMPARE(samples.at(4321).label("service").value_or("-"), "s21");
    QCOMPARE(samples.at(4321).label("code").value_or("-"), "300");
    QCOMPARE(samples.at(4321).value, 4321.0);
}

void TestPrometheusParser::problemsAreCapped()
{
    QByteArray text;
    for (int i = 0; i < 1500; ++i)
        text += "bad line\n";
    text += "good 1\n";
    const MetricPage page = PrometheusParser::parse(text);
    QCOMPARE(page.families.size(), 1);
    QCOMPARE(page.problems.size(), 1001);
    QCOMPARE(page.problems.at(0).line, 1);
    QCOMPARE(page.problems.at(999).line, 1000);
    QCOMPARE(page.problems.at(999).message, u"line 1000: expected a number as the value of 'bad', found 'line'"_s);
    QCOMPARE(page.problems.at(1000).line, 1000);
    QCOMPARE(page.problems.at(1000).message, u"after line 1000: 500 more problems not listed"_s);
}

QTEST_GUILESS_MAIN(TestPrometheusParser)
#include "tst_prometheusparser.moc"
