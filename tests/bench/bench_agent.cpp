// The agent as a Prometheus exporter, in two measures:
//
//  1. render: the /metrics page of 2,000 checks (20 integrations with a vendor and two user
//     labels, every check with a filled duration histogram and failures of two classes, TLS
//     expiry, two quotas per integration, 40 gateway routes), rendered again and again.
//  2. agent: the real `gatewatch agent --listen` binary, held to one core, running the polling
//     benchmark's checks (2,000 at 10 s, each with two conditions and a degraded condition, against
//     bench_polling's server child on the other core) with its history store, and scraped over
//     HTTP every 15 s as Prometheus would. CPU is the agent's own (/proc/PID/stat); probes, lag and
//     states are read from the scraped page itself.
//
//   bench_agent [--renders 200] [--seconds 120] [--scrape-every 15] [--skip-agent]
//
// Not a unit test: no thresholds here; docs/PERFORMANCE.md records the results.

#include "agentmetrics.h"
#include "prometheusparser.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sched.h>
#include <unistd.h>
#include <vector>

using namespace gw;
using namespace Qt::StringLiterals;

namespace {

constexpr int checkCount = 2'000;
constexpr int perIntegration = 100;

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[static_cast<size_t>(p * static_cast<double>(values.size() - 1))];
}

Catalog renderCatalog()
{
    Catalog catalog;
    for (int i = 0; i < checkCount; ++i) {
        if (i % perIntegration == 0) {
            IntegrationSpec integration;
            integration.id = u"integration-%1"_s.arg(i / perIntegration);
            integration.labels = {{u"team"_s, u"team-%1"_s.arg(i / perIntegration % 4)}, {u"tier"_s, u"1"_s}};
            catalog.integrations.append(integration);
            VendorSpec vendor;
            vendor.id = u"vendor-%1"_s.arg(i / perIntegration);
            vendor.integrations = {integration.id};
            catalog.vendors.append(vendor);
        }
        CheckSpec check;
        check.id = u"check-%1"_s.arg(i);
        check.url = u"https://api.example.com/v1/health/%1"_s.arg(i);
        catalog.integrations.last().checks.append(check);
    }
    return catalog;
}

// Part 1: the render time of a full page, in process.
void benchRender(int renders, QTextStream &out)
{
    const Catalog catalog = renderCatalog();
    AgentMetrics metrics;
    metrics.setCatalog(catalog);
    const QDateTime start = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
    for (int round = 0; round < 50; ++round) {
        for (const IntegrationSpec &integration : catalog.integrations) {
            for (const CheckSpec &check : integration.checks) {
                CheckUpdate update;
                update.sample.integrationId = integration.id;
                update.sample.checkId = check.id;
                update.sample.at = start.addSecs(round * 10);
                update.sample.latencyMs = 5.0 + (round * 37 + check.id.size() * 11) % 3000;
                update.sample.verdict = round % 17 == 0 ? HealthStatus::Down : HealthStatus::Up;
                update.sample.failureClass = round % 17 == 0 ? (round % 2 ? FailureClass::Timeout
                                                                          : FailureClass::HttpStatus)
                                                             : FailureClass::None;
                update.state = update.sample.verdict;
                TlsInfo tls;
                tls.expiresAt = start.addDays(60);
                update.sample.tls = tls;
                if (&check == &integration.checks.first()) {
                    for (const QString &policy : {u"rest"_s, u"graphql"_s}) {
                        QuotaReading reading;
                        reading.policy = policy;
                        reading.remaining = 400 - round;
                        reading.limit = 1000;
                        reading.resetAt = start.addSecs(3600);
                        update.sample.quotas.append(reading);
                    }
                }
                metrics.observe(update);
            }
        }
    }
    QList<RouteHealth> routes;
    for (int i = 0; i < 40; ++i) {
        RouteHealth route;
        route.service = u"service-%1"_s.arg(i / 2);
        route.route = u"/v1/route-%1"_s.arg(i);
        route.errorRatio = 0.01 * (i % 7);
        route.requestsPerSecond = 12.5 * i;
        routes.append(route);
    }
    GatewayScrape reading;
    reading.atMs = 1'800'000'000'000;
    metrics.setRoutes(routes, reading);
    AgentHealth health;
    for (int i = 0; i < 10'000; ++i)
        health.schedulingLag.observe(0.001 * (i % 30));
    health.version = u"bench"_s;

    std::vector<double> ms;
    qsizetype bytes = 0;
    for (int i = 0; i < renders; ++i) {
        QElapsedTimer timer;
        timer.start();
        const QByteArray page = metrics.render(health);
        ms.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        bytes = page.size();
    }
    const MetricPage parsed = PrometheusParser::parse(metrics.render(health));
    qsizetype samples = 0;
    for (const MetricFamily &family : parsed.families)
        samples += family.samples.size();
    out << u"render: %1 checks, %2 KiB, %3 samples (%4 problems), %5 renders: p50 %6 ms, p99 %7 ms, max %8 ms\n"_s
               .arg(checkCount)
               .arg(bytes / 1024)
               .arg(samples)
               .arg(parsed.problems.size())
               .arg(renders)
               .arg(percentile(ms, 0.5), 0, 'f', 2)
               .arg(percentile(ms, 0.99), 0, 'f', 2)
               .arg(percentile(ms, 1.0), 0, 'f', 2);
    out.flush();
}

// CPU seconds (user + system) a process has used, from /proc/PID/stat.
double processCpuSeconds(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.readAll();
    // Fields after the command name (which may hold spaces) start after the last ')'.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    // utime and stime are fields 14 and 15 of the whole line: 12 and 13 after the name.
    const double ticks = fields.at(11).toDouble() + fields.at(12).toDouble();
    return ticks / static_cast<double>(sysconf(_SC_CLK_TCK));
}

void pinTo(QProcess &process, int cpu)
{
    process.setChildProcessModifier([cpu] {
        cpu_set_t set;
        CPU_ZERO(&set);
        CPU_SET(cpu, &set);
        sched_setaffinity(0, sizeof set, &set);
    });
}

struct Scrape
{
    double wallMs = 0;
    double probes = 0;                      // sum of every check's duration histogram count
    std::vector<std::pair<double, double>> lagBuckets; // le, cumulative count
    int up = 0;
    int down = 0;
    bool ok = false;
};

Scrape readPage(const QByteArray &body)
{
    Scrape scrape;
    const MetricPage page = PrometheusParser::parse(body);
    if (const MetricFamily *durations = page.family("gatewatch_check_duration_seconds")) {
        for (const MetricSample &sample : durations->samples) {
            if (sample.name == "gatewatch_check_duration_seconds_count")
                scrape.probes += sample.value;
        }
    }
    if (const MetricFamily *lag = page.family("gatewatch_agent_scheduling_lag_seconds")) {
        for (const MetricSample &sample : lag->samples) {
            if (sample.name == "gatewatch_agent_scheduling_lag_seconds_bucket")
                scrape.lagBuckets.emplace_back(
                    sample.label("le")->toByteArray() == "+Inf" ? INFINITY : sample.label("le")->toDouble(),
                    sample.value);
        }
    }
    if (const MetricFamily *up = page.family("gatewatch_check_up")) {
        for (const MetricSample &sample : up->samples)
            (sample.value == 1 ? scrape.up : scrape.down) += 1;
    }
    scrape.ok = page.problems.isEmpty() && page.notPrometheus.isEmpty();
    return scrape;
}

// The upper bound of the bucket holding quantile q of the lags observed between two scrapes.
double lagQuantile(const Scrape &first, const Scrape &last, double q)
{
    if (first.lagBuckets.size() != last.lagBuckets.size() || last.lagBuckets.empty())
        return NAN;
    const double total = last.lagBuckets.back().second - first.lagBuckets.back().second;
    for (size_t i = 0; i < last.lagBuckets.size(); ++i) {
        if (last.lagBuckets[i].second - first.lagBuckets[i].second >= q * total)
            return last.lagBuckets[i].first;
    }
    return INFINITY;
}

QByteArray agentConfig(const QStringList &ports)
{
    QByteArray yaml = "settings:\n  interval: 10s\n  timeout: 5s\nintegrations:\n";
    for (int i = 0; i < checkCount; ++i) {
        if (i % perIntegration == 0)
            yaml += "  - id: bench-" + QByteArray::number(i / perIntegration) + "\n    labels: {team: team-"
                    + QByteArray::number(i / perIntegration % 4) + "}\n    checks:\n";
        yaml += "      - id: check-" + QByteArray::number(i) + "\n        url: http://127.0.0.1:"
                + ports.at(i % ports.size()).toLatin1() + "/health/" + QByteArray::number(i)
                + "\n        conditions: ['[STATUS] == 200', '[BODY].ok == true']\n"
                  "        degraded: ['[RESPONSE_TIME] < 800']\n";
    }
    return yaml;
}

// Part 2: the real agent on one core, scraped every few seconds.
int benchAgent(int seconds, int scrapeEvery, QTextStream &out)
{
    QProcess server;
    pinTo(server, 1);
    server.start(QStringLiteral(BENCH_POLLING_BINARY), {u"--serve"_s, u"50"_s, u"--delay-ms"_s, u"20"_s});
    while (!server.canReadLine() && server.waitForReadyRead(10'000)) {
    }
    if (!server.canReadLine()) {
        std::fprintf(stderr, "server child did not start\n");
        return 1;
    }
    const QStringList ports = QString::fromLatin1(server.readLine()).trimmed().split(u' ', Qt::SkipEmptyParts);

    QTemporaryDir dir;
    QFile config(dir.filePath(u"gatewatch.yaml"_s));
    if (!config.open(QIODevice::WriteOnly) || config.write(agentConfig(ports)) < 0)
        return 1;
    config.close();

    QProcess agent;
    pinTo(agent, 0);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"GATEWATCH_KEYCHAIN"_s, u"off"_s);
    env.remove(u"DISPLAY"_s);
    agent.setProcessEnvironment(env);
    agent.setStandardOutputFile(QProcess::nullDevice());
    agent.setReadChannel(QProcess::StandardError);
    agent.start(QStringLiteral(GATEWATCH_BINARY), {u"agent"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--config"_s,
                                                   config.fileName(), u"--data-dir"_s, dir.filePath(u"data"_s)});
    QByteArray err;
    const QRegularExpression where(u"metrics at (http://127\\.0\\.0\\.1:\\d+/metrics)"_s);
    QRegularExpressionMatch match;
    while (!(match = where.match(QString::fromUtf8(err))).hasMatch() && agent.waitForReadyRead(10'000))
        err += agent.readAllStandardError();
    if (!match.hasMatch()) {
        std::fprintf(stderr, "agent did not start: %s\n", err.constData());
        return 1;
    }
    const QUrl url(match.captured(1));

    QNetworkAccessManager network;
    std::vector<Scrape> scrapes;
    const int warmUp = 30;
    double cpuAtStart = 0;
    double cpuAtEnd = 0;
    QElapsedTimer wall;
    QElapsedTimer measured;
    wall.start();
    QTimer timer;
    const auto scrapeNow = [&] {
        QElapsedTimer took;
        took.start();
        QNetworkReply *reply = network.get(QNetworkRequest(url));
        QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply, took] {
            Scrape scrape = readPage(reply->readAll());
            scrape.wallMs = static_cast<double>(took.nsecsElapsed()) / 1e6;
            reply->deleteLater();
            if (wall.elapsed() < warmUp * 1000)
                return;
            if (scrapes.empty()) {
                cpuAtStart = processCpuSeconds(agent.processId());
                measured.start();
            }
            scrapes.push_back(scrape);
            if (measured.elapsed() >= seconds * 1000) {
                cpuAtEnd = processCpuSeconds(agent.processId());
                QCoreApplication::quit();
            }
        });
    };
    QObject::connect(&timer, &QTimer::timeout, &network, scrapeNow);
    // The first scrapes come 5 s apart until the warm-up ends, then every scrapeEvery seconds.
    timer.start(5'000);
    QTimer::singleShot(warmUp * 1000, &network, [&] {
        scrapeNow();
        timer.start(scrapeEvery * 1000);
    });
    QCoreApplication::exec();
    const double elapsed = static_cast<double>(measured.elapsed()) / 1000.0;
    agent.terminate();
    agent.waitForFinished(10'000);
    server.kill();
    server.waitForFinished();
    if (scrapes.size() < 2) {
        std::fprintf(stderr, "too few scrapes\n");
        return 1;
    }
    const Scrape &first = scrapes.front();
    const Scrape &last = scrapes.back();
    std::vector<double> scrapeMs;
    bool allOk = true;
    for (const Scrape &scrape : scrapes) {
        scrapeMs.push_back(scrape.wallMs);
        allOk = allOk && scrape.ok;
    }
    const double probes = last.probes - first.probes;
    const double cpu = cpuAtEnd - cpuAtStart;
    out << u"agent: %1 checks at 10 s on one core, scraped every %2 s, measured %3 s after %4 s warm-up\n"_s
               .arg(checkCount)
               .arg(scrapeEvery)
               .arg(elapsed, 0, 'f', 1)
               .arg(warmUp);
    out << u"probes %1 (%2/s of %3/s due), checks up %4, down %5\n"_s.arg(probes, 0, 'f', 0)
               .arg(probes / elapsed, 0, 'f', 1)
               .arg(checkCount / 10)
               .arg(last.up)
               .arg(last.down);
    out << u"cpu %1 s = %2% of one core; %3 CPU-s per 1000 probes (history store included)\n"_s.arg(cpu, 0, 'f', 2)
               .arg(100.0 * cpu / elapsed, 0, 'f', 1)
               .arg(probes > 0 ? 1000.0 * cpu / probes : 0.0, 0, 'f', 3);
    out << u"scheduling lag (histogram bucket bound) p50 <= %1 s, p99 <= %2 s\n"_s.arg(lagQuantile(first, last, 0.5))
               .arg(lagQuantile(first, last, 0.99));
    out << u"scrapes %1 (%2), wall ms p50 %3, max %4\n"_s.arg(scrapes.size())
               .arg(allOk ? u"all valid text format"_s : u"SOME INVALID"_s)
               .arg(percentile(scrapeMs, 0.5), 0, 'f', 1)
               .arg(percentile(scrapeMs, 1.0), 0, 'f', 1);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption rendersOption(u"renders"_s, u"Renders of the page."_s, u"N"_s, u"200"_s);
    const QCommandLineOption secondsOption(u"seconds"_s, u"Measured agent run time."_s, u"S"_s, u"120"_s);
    const QCommandLineOption everyOption(u"scrape-every"_s, u"Seconds between scrapes."_s, u"S"_s, u"15"_s);
    const QCommandLineOption skipOption(u"skip-agent"_s, u"Only the render benchmark."_s);
    parser.addOptions({rendersOption, secondsOption, everyOption, skipOption});
    parser.addHelpOption();
    parser.process(app);

    QTextStream out(stdout);
    benchRender(std::max(1, parser.value(rendersOption).toInt()), out);
    if (parser.isSet(skipOption))
        return 0;
    return benchAgent(std::max(15, parser.value(secondsOption).toInt()),
                      std::max(1, parser.value(everyOption).toInt()), out);
}
