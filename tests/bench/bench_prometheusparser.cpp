// Prometheus text parsing benchmark: a Kong-like /metrics page of about 10 MB and 100,000 series
// (Kong 3.x prometheus plugin layout: kong_http_requests_total per service/route/code/consumer,
// request, upstream and Kong latency histograms with 15 buckets per route, bandwidth, upstream
// target health with a row per state, nginx and datastore gauges), parsed --repeat times.
// Prints the median and worst parse time, throughput, time per series, and the memory the parsed
// page holds: the heap in use (glibc mallinfo2) with the page alive minus before, next to an
// estimate from the result's own arrays.
//
//   bench_prometheusparser [--services 80] [--routes 20] [--repeat 20]
//
// Not a unit test: no thresholds here; docs/PERFORMANCE.md records the results.

#include "prometheusparser.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSet>
#include <QTextStream>

#include <algorithm>
#include <malloc.h>
#include <sys/resource.h>
#include <vector>

using namespace gw;
using namespace Qt::StringLiterals;

namespace {

// Kong's default latency buckets (ms), 15 of them before +Inf.
constexpr int kBuckets[] = {1, 2, 5, 7, 10, 15, 20, 30, 50, 75, 100, 200, 500, 1000, 3000};

struct Generated
{
    QByteArray text;
    qsizetype series = 0;
};

class PageWriter
{
public:
    explicit PageWriter(Generated &out) : m_out(out) {}

    void family(const char *name, const char *type, const char *help)
    {
        m_out.text += "# HELP "_ba + name + ' ' + help + "\n# TYPE " + name + ' ' + type + '\n';
    }

    void line(const QByteArray &text)
    {
        m_out.text += text;
        m_out.text += '\n';
        ++m_out.series;
    }

private:
    Generated &m_out;
};

const char *const kVendors[] = {"shopify-admin", "stripe-api", "slack-web", "github-rest",
                                "chatwoot",      "klaviyo",    "ga4-data",  "sendgrid"};

QByteArray serviceName(int s)
{
    return QByteArray(kVendors[s % 8]) + '-' + QByteArray::number(s / 8 + 1);
}

// Route names as decK generates them: the vendor, then the path's resource.
QByteArray routeName(int s, int r)
{
    static const char *const routes[] = {"orders",  "products", "customers", "webhooks", "charges",
                                         "refunds", "messages", "events",    "reports",  "inventory"};
    return QByteArray(kVendors[s % 8]) + '-' + routes[r % 10]
           + (r >= 10 ? "-v" + QByteArray::number(r / 10 + 1) : QByteArray());
}

Generated kongPage(int services, int routes)
{
    Generated page;
    page.text.reserve(12 * 1024 * 1024);
    PageWriter w(page);
    quint32 seed = 12345;
    const auto next = [&seed](quint32 range) {
        seed = seed * 1664525u + 1013904223u;
        return (seed >> 8) % range;
    };

    w.family("kong_bandwidth_bytes", "counter", "Total bandwidth (ingress/egress) throughput in bytes");
    for (int s = 0; s < services; ++s) {
        for (int r = 0; r < routes; ++r) {
            const QByteArray labels = "service=\"" + serviceName(s) + "\",route=\"" + routeName(s, r) + '"';
            w.line("kong_bandwidth_bytes{" + labels + ",direction=\"egress\",consumer=\"\"} "
                   + QByteArray::number(next(1u << 30)));
            w.line("kong_bandwidth_bytes{" + labels + ",direction=\"ingress\",consumer=\"\"} "
                   + QByteArray::number(next(1u << 26)));
        }
    }
    w.family("kong_datastore_reachable", "gauge", "Datastore reachable from Kong, 0 is unreachable");
    w.line("kong_datastore_reachable 1");

    static const char *const codes[] = {"200", "201", "204", "400", "404", "429", "500", "502"};
    w.family("kong_http_requests_total", "counter", "HTTP status codes per consumer/service/route in Kong");
    for (int s = 0; s < services; ++s) {
        for (int r = 0; r < routes; ++r) {
            for (const char *code : codes) {
                const char *source = code[0] == '5' && code[2] == '2' ? "kong" : "service";
                w.line("kong_http_requests_total{service=\"" + serviceName(s) + "\",route=\"" + routeName(s, r)
                       + "\",code=\"" + code + "\",source=\"" + source + "\",consumer=\"\"} "
                       + QByteArray::number(next(100000)));
            }
        }
    }

    const auto histogram = [&](const char *name, const char *help) {
        w.family(name, "histogram", help);
        for (int s = 0; s < services; ++s) {
            for (int r = 0; r < routes; ++r) {
                const QByteArray labels = "service=\"" + serviceName(s) + "\",route=\"" + routeName(s, r) + '"';
                quint32 count = 0;
                for (const int bound : kBuckets) {
                    count += next(500);
                    w.line(QByteArray(name) + "_bucket{" + labels + ",le=\"" + QByteArray::number(bound) + "\"} "
                           + QByteArray::number(count));
                }
                count += next(20);
                w.line(QByteArray(name) + "_bucket{" + labels + ",le=\"+Inf\"} " + QByteArray::number(count));
                w.line(QByteArray(name) + "_count{" + labels + "} " + QByteArray::number(count));
                w.line(QByteArray(name) + "_sum{" + labels + "} " + QByteArray::number(count * 37 + next(1000)));
            }
        }
    };
    histogram("kong_kong_latency_ms", "Latency added by Kong and enabled plugins for each service/route in Kong");
    histogram("kong_request_latency_ms", "Total latency incurred during requests for each service/route in Kong");
    histogram("kong_upstream_latency_ms", "Latency added by upstream response for each service/route in Kong");

    w.family("kong_memory_lua_shared_dict_bytes", "gauge", "Allocated slabs in bytes in a shared_dict");
    for (const char *dict : {"kong", "kong_core_db_cache", "kong_db_cache", "kong_locks", "prometheus_metrics"})
        w.line("kong_memory_lua_shared_dict_bytes{node_id=\"8e0b3ed5-d6a1-4c1e-8d62-0c1f2a3b4c5d\",shared_dict=\""_ba
               + dict + "\",kong_subsystem=\"http\"} " + QByteArray::number(next(1u << 24)));
    w.family("kong_nginx_connections_total", "gauge", "Number of connections by subsystem");
    for (const char *state : {"accepted", "active", "handled", "reading", "total", "waiting", "writing"})
        w.line(
            "kong_nginx_connections_total{node_id=\"8e0b3ed5-d6a1-4c1e-8d62-0c1f2a3b4c5d\",subsystem=\"http\",state=\""_ba
            + state + "\"} " + QByteArray::number(next(100000)));

    w.family("kong_upstream_target_health", "gauge",
             "Health status of targets of upstream. States = healthchecks_off|healthy|unhealthy|dns_error, value is "
             "1 when state is populated.");
    for (int s = 0; s < services; ++s) {
        for (int t = 0; t < 5; ++t) {
            const QByteArray target = serviceName(s) + ".upstream.internal:" + QByteArray::number(8000 + t);
            const QByteArray address =
                "10.0." + QByteArray::number(s) + '.' + QByteArray::number(t + 10) + ':' + QByteArray::number(8000 + t);
            for (const char *state : {"healthchecks_off", "healthy", "unhealthy", "dns_error"}) {
                w.line("kong_upstream_target_health{upstream=\"" + serviceName(s) + "\",target=\"" + target
                       + "\",address=\"" + address + "\",state=\"" + state + "\",subsystem=\"http\"} "
                       + (qstrcmp(state, "healthy") == 0 ? "1" : "0"));
            }
        }
    }
    return page;
}

// What the parsed page holds on the heap, from its own arrays: each allocation counted once
// (shared names, shared label lists), with Qt's 16-byte array header and glibc's 16-byte chunk
// overhead.
std::size_t estimatedBytes(const MetricPage &page)
{
    constexpr std::size_t perAllocation = 16 + 16;
    QSet<const void *> seen;
    std::size_t total = 0;
    const auto array = [&](const void *data, std::size_t bytes) {
        if (data && !seen.contains(data)) {
            seen.insert(data);
            total += bytes + perAllocation;
        }
    };
    array(page.families.constData(), std::size_t(page.families.capacity()) * sizeof(MetricFamily));
    for (const MetricFamily &family : page.families) {
        array(family.name.constData(), std::size_t(family.name.capacity()) + 1);
        array(family.help.constData(), std::size_t(family.help.capacity() + 1) * 2);
        array(family.samples.constData(), std::size_t(family.samples.capacity()) * sizeof(MetricSample));
        for (const MetricSample &sample : family.samples) {
            array(sample.name.constData(), std::size_t(sample.name.capacity()) + 1);
            array(sample.labels.constData(),
                  std::size_t(sample.labels.capacity()) * sizeof(std::pair<QByteArray, QByteArray>));
            for (const auto &[name, value] : sample.labels) {
                array(name.constData(), std::size_t(name.capacity()) + 1);
                array(value.constData(), std::size_t(value.capacity()) + 1);
            }
        }
    }
    return total;
}

std::size_t heapInUse()
{
    const struct mallinfo2 info = mallinfo2();
    return info.uordblks + info.hblkhd;
}

double mib(std::size_t bytes)
{
    return double(bytes) / (1024.0 * 1024.0);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption servicesOption(u"services"_s, u"Gateway services."_s, u"n"_s, u"80"_s);
    const QCommandLineOption routesOption(u"routes"_s, u"Routes per service."_s, u"n"_s, u"20"_s);
    const QCommandLineOption repeatOption(u"repeat"_s, u"Parses to time."_s, u"n"_s, u"20"_s);
    parser.addOptions({servicesOption, routesOption, repeatOption});
    parser.process(app);
    const int services = std::max(1, parser.value(servicesOption).toInt());
    const int routes = std::max(1, parser.value(routesOption).toInt());
    const int repeat = std::max(1, parser.value(repeatOption).toInt());

    QTextStream out(stdout);
    const Generated page = kongPage(services, routes);
    out << u"page: %1 MB (%2 MiB), %3 series, %4 services x %5 routes\n"_s
               .arg(double(page.text.size()) / 1e6, 0, 'f', 2)
               .arg(mib(std::size_t(page.text.size())), 0, 'f', 2)
               .arg(page.series)
               .arg(services)
               .arg(routes);

    // Memory first, on a quiet heap: what stays allocated while the parsed page is alive.
    malloc_trim(0);
    const std::size_t before = heapInUse();
    std::size_t held = 0;
    std::size_t estimate = 0;
    {
        const MetricPage parsed = PrometheusParser::parse(page.text);
        held = heapInUse() - before;
        estimate = estimatedBytes(parsed);
        qsizetype samples = 0;
        for (const MetricFamily &family : parsed.families)
            samples += family.samples.size();
        out << u"parsed: %1 families, %2 samples, %3 problems\n"_s.arg(parsed.families.size())
                   .arg(samples)
                   .arg(parsed.problems.size());
        if (samples != page.series || !parsed.problems.isEmpty() || !parsed.notPrometheus.isEmpty()) {
            out << u"the page did not parse as generated\n"_s;
            return 1;
        }
    }

    std::vector<double> ms;
    ms.reserve(std::size_t(repeat));
    qsizetype sink = 0;
    sink += PrometheusParser::parse(page.text).families.size(); // warm-up
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer timer;
        timer.start();
        const MetricPage parsed = PrometheusParser::parse(page.text);
        ms.push_back(double(timer.nsecsElapsed()) / 1e6); // the page is freed after the clock stops
        sink += parsed.families.size();
    }
    std::sort(ms.begin(), ms.end());
    const double median = ms[ms.size() / 2];
    struct rusage usage
    {
    };
    getrusage(RUSAGE_SELF, &usage);

    out << u"parse: median %1 ms, min %2 ms, max %3 ms over %4 runs\n"_s.arg(median, 0, 'f', 1)
               .arg(ms.front(), 0, 'f', 1)
               .arg(ms.back(), 0, 'f', 1)
               .arg(repeat);
    out << u"throughput: %1 MB/s, %2 ns per series\n"_s.arg(double(page.text.size()) / 1e3 / median, 0, 'f', 0)
               .arg(median * 1e6 / double(page.series), 0, 'f', 0);
    out << u"result memory: %1 MiB held on the heap (%2 bytes per series), estimate from its arrays %3 MiB\n"_s
               .arg(mib(held), 0, 'f', 1)
               .arg(double(held) / double(page.series), 0, 'f', 0)
               .arg(mib(estimate), 0, 'f', 1);
    out << u"peak RSS of the process: %1 MiB\n"_s.arg(double(usage.ru_maxrss) / 1024.0, 0, 'f', 0);
    return sink > 0 ? 0 : 1;
}
