// The agent's metrics page: every expected line below is written out by hand from the Prometheus
// text format (exposition format 0.0.4) and the inputs of each case.
#include "agentmetrics.h"

#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using namespace gw;

namespace {

Catalog shopCatalog()
{
    Catalog catalog;
    IntegrationSpec shop;
    shop.id = u"shopify"_s;
    shop.labels = {{u"team"_s, u"commerce"_s}, {u"tier"_s, u"1"_s}};
    CheckSpec admin;
    admin.id = u"admin"_s;
    CheckSpec graphql;
    graphql.id = u"graphql"_s;
    shop.checks = {admin, graphql};
    IntegrationSpec slack;
    slack.id = u"slack"_s;
    CheckSpec api;
    api.id = u"api"_s;
    slack.checks = {api};
    catalog.integrations = {shop, slack};
    VendorSpec vendor;
    vendor.id = u"shopify-inc"_s;
    vendor.integrations = {u"shopify"_s};
    catalog.vendors = {vendor};
    return catalog;
}

CheckUpdate update(const QString &integration, const QString &check, HealthStatus state, double latencyMs,
                   FailureClass failure = FailureClass::None)
{
    CheckUpdate out;
    out.sample.integrationId = integration;
    out.sample.checkId = check;
    out.sample.at = QDateTime::fromSecsSinceEpoch(1'764'000'000, Qt::UTC);
    out.sample.latencyMs = latencyMs;
    out.sample.failureClass = failure;
    out.sample.verdict = state;
    out.state = state;
    return out;
}

const QByteArray admin = R"(integration="shopify",check="admin",vendor="shopify-inc",team="commerce",tier="1")"_ba;

QByteArrayList lines(const QByteArray &page)
{
    return page.split('\n');
}

GatewayEvent delivery(const QString &id, const QString &source, std::optional<WebhookVerdict> verdict)
{
    WebhookDelivery detail;
    detail.source = source;
    if (verdict) {
        WebhookVerification verification;
        verification.verdict = *verdict;
        detail.verification = verification;
    }
    GatewayEvent event;
    event.id = id;
    event.detail = detail;
    return event;
}

} // namespace

class tst_AgentMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void histogramBuckets_data();
    void histogramBuckets();
    void escaping_data();
    void escaping();
    void checkSeries();
    void beforeFirstResult();
    void pausedHasNoUp();
    void quotas();
    void deliveriesCountOnce();
    void routes();
    void reloadKeepsRemainingChecks();
    void agentHealth();
    void everyFamilyDeclaredOnce();
    void shardParse_data();
    void shardParse();
    void shardHashVectors_data();
    void shardHashVectors();
    void shardsSplitEveryCheckOnce();
    void shardOfCatalog();
};

void tst_AgentMetrics::histogramBuckets_data()
{
    QTest::addColumn<double>("seconds");
    QTest::addColumn<int>("firstBound"); // the first le that counts it; 11 for +Inf only

    QTest::newRow("zero") << 0.0 << 0;
    QTest::newRow("negative counts as zero") << -1.0 << 0;
    QTest::newRow("exactly on a bound") << 0.005 << 0;
    QTest::newRow("just above a bound") << 0.0051 << 1;
    QTest::newRow("120 ms") << 0.12 << 5;
    QTest::newRow("exactly 10 s") << 10.0 << 10;
    QTest::newRow("above 10 s") << 10.5 << 11;
}

void tst_AgentMetrics::histogramBuckets()
{
    QFETCH(double, seconds);
    QFETCH(int, firstBound);
    SecondsHistogram histogram;
    histogram.observe(seconds);
    for (std::size_t i = 0; i < SecondsHistogram::upperBounds.size(); ++i)
        QCOMPARE(histogram.cumulative(i), quint64(int(i) >= firstBound ? 1 : 0));
    QCOMPARE(histogram.count(), quint64(1));
    QCOMPARE(histogram.sum(), std::max(seconds, 0.0));
}

void tst_AgentMetrics::escaping_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("escaped");

    QTest::newRow("plain") << u"commerce"_s << "commerce"_ba;
    QTest::newRow("quote") << u"say \"hi\""_s << R"(say \"hi\")"_ba;
    QTest::newRow("backslash") << u"C:\\temp"_s << R"(C:\\temp)"_ba;
    QTest::newRow("newline") << u"two\nlines"_s << R"(two\nlines)"_ba;
    QTest::newRow("utf-8") << u"Zürich"_s << "Z\xc3\xbcrich"_ba;
}

void tst_AgentMetrics::escaping()
{
    QFETCH(QString, value);
    QFETCH(QByteArray, escaped);
    QCOMPARE(escapeLabelValue(value), escaped);
}

void tst_AgentMetrics::checkSeries()
{
    AgentMetrics metrics;
    metrics.setCatalog(shopCatalog());
    metrics.observe(update(u"shopify"_s, u"admin"_s, HealthStatus::Up, 125));
    CheckUpdate failed = update(u"shopify"_s, u"admin"_s, HealthStatus::Down, 10'000, FailureClass::Timeout);
    failed.sample.tls = TlsInfo{QDateTime::fromSecsSinceEpoch(1'767'225'600, Qt::UTC), u"CN=shop"_s};
    metrics.observe(failed);
    metrics.observe(update(u"shopify"_s, u"admin"_s, HealthStatus::Down, 31.25, FailureClass::Connect));

    const QByteArrayList page = lines(metrics.render({}));
    const QByteArrayList expected{
        "gatewatch_check_up{" + admin + "} 0",
        "gatewatch_check_state{" + admin + ",state=\"up\"} 0",
        "gatewatch_check_state{" + admin + ",state=\"down\"} 1",
        "gatewatch_check_state{" + admin + ",state=\"rate-limited\"} 0",
        "gatewatch_check_last_result_timestamp_seconds{" + admin + "} 1764000000",
        // 0.125 s, 10 s and 0.03125 s (sums exact in binary)
        "gatewatch_check_duration_seconds_bucket{" + admin + ",le=\"0.025\"} 0",
        "gatewatch_check_duration_seconds_bucket{" + admin + ",le=\"0.05\"} 1",
        "gatewatch_check_duration_seconds_bucket{" + admin + ",le=\"0.1\"} 1",
        "gatewatch_check_duration_seconds_bucket{" + admin + ",le=\"0.25\"} 2",
        "gatewatch_check_duration_seconds_bucket{" + admin + ",le=\"5\"} 2",
        "gatewatch_check_duration_seconds_bucket{" + admin + ",le=\"10\"} 3",
        "gatewatch_check_duration_seconds_bucket{" + admin + ",le=\"+Inf\"} 3",
        "gatewatch_check_duration_seconds_sum{" + admin + "} 10.15625",
        "gatewatch_check_duration_seconds_count{" + admin + "} 3",
        // Every attempt by what it found: one up, two down.
        "gatewatch_check_attempts_total{" + admin + ",result=\"up\"} 1",
        "gatewatch_check_attempts_total{" + admin + ",result=\"degraded\"} 0",
        "gatewatch_check_attempts_total{" + admin + ",result=\"rate-limited\"} 0",
        "gatewatch_check_attempts_total{" + admin + ",result=\"down\"} 2",
        "gatewatch_check_failures_total{" + admin + ",class=\"connect\"} 1",
        "gatewatch_check_failures_total{" + admin + ",class=\"timeout\"} 1",
        "gatewatch_tls_cert_expiry_timestamp_seconds{" + admin + "} 1767225600",
        // A check of an integration no vendor lists, without labels of its own.
        R"(gatewatch_check_state{integration="slack",check="api",state="unknown"} 1)",
        R"(gatewatch_check_duration_seconds_count{integration="slack",check="api"} 0)",
    };
    for (const QByteArray &line : expected)
        QVERIFY2(page.contains(line), line.constData());
    QVERIFY(!page.contains(QByteArray("gatewatch_check_failures_total{" + admin + ",class=\"none\"} 1")));
}

void tst_AgentMetrics::beforeFirstResult()
{
    AgentMetrics metrics;
    metrics.setCatalog(shopCatalog());
    const QByteArray page = metrics.render({});
    QVERIFY(!page.contains("gatewatch_check_up{"));
    QVERIFY(!page.contains("gatewatch_check_last_result_timestamp_seconds{"));
    QVERIFY(!page.contains("gatewatch_check_failures_total{"));
    QVERIFY(page.contains(QByteArray("gatewatch_check_state{" + admin + ",state=\"unknown\"} 1\n")));
    // Counters start at 0 before the first attempt, so that rate() sees the first one.
    QVERIFY(page.contains(QByteArray("gatewatch_check_attempts_total{" + admin + ",result=\"down\"} 0\n")));
}

void tst_AgentMetrics::pausedHasNoUp()
{
    AgentMetrics metrics;
    metrics.setCatalog(shopCatalog());
    metrics.observe(update(u"shopify"_s, u"admin"_s, HealthStatus::Degraded, 900));
    QVERIFY(metrics.render({}).contains(QByteArray("gatewatch_check_up{" + admin + "} 1\n")));
    metrics.setState(u"shopify"_s, u"admin"_s, HealthStatus::Paused);
    const QByteArray page = metrics.render({});
    QVERIFY(!page.contains(QByteArray("gatewatch_check_up{" + admin)));
    QVERIFY(page.contains(QByteArray("gatewatch_check_state{" + admin + ",state=\"paused\"} 1\n")));
    QVERIFY(page.contains(QByteArray("gatewatch_check_state{" + admin + ",state=\"degraded\"} 0\n")));
}

void tst_AgentMetrics::quotas()
{
    AgentMetrics metrics;
    metrics.setCatalog(shopCatalog());
    CheckUpdate first = update(u"shopify"_s, u"admin"_s, HealthStatus::Up, 80);
    QuotaReading rest;
    rest.policy = u"rest"_s;
    rest.limit = 40;
    rest.remaining = 39;
    QuotaReading points;
    points.policy = u"graphql"_s;
    points.unit = QuotaUnit::Points;
    points.remaining = 1989.5;
    points.resetAt = QDateTime::fromMSecsSinceEpoch(1'764'000'060'500, Qt::UTC);
    first.sample.quotas = {rest, points};
    metrics.observe(first);
    CheckUpdate second = update(u"shopify"_s, u"graphql"_s, HealthStatus::Up, 80);
    rest.remaining = 12;
    second.sample.quotas = {rest};
    metrics.observe(second);

    const QByteArray labels = R"(integration="shopify",vendor="shopify-inc",team="commerce",tier="1")"_ba;
    const QByteArrayList page = lines(metrics.render({}));
    const QByteArrayList expected{
        "gatewatch_quota_remaining{" + labels + R"(,policy="rest",unit="requests"} 12)",
        "gatewatch_quota_limit{" + labels + R"(,policy="rest",unit="requests"} 40)",
        "gatewatch_quota_remaining{" + labels + R"(,policy="graphql",unit="points"} 1989.5)",
        "gatewatch_quota_reset_timestamp_seconds{" + labels + R"(,policy="graphql",unit="points"} 1764000060.5)",
    };
    for (const QByteArray &line : expected)
        QVERIFY2(page.contains(line), line.constData());
    // No limit and no reset where the vendor says none.
    QVERIFY(!page.join('\n').contains(QByteArray(R"(gatewatch_quota_limit{)" + labels + R"(,policy="graphql")")));
    QVERIFY(!page.join('\n').contains(QByteArray(R"(gatewatch_quota_reset_timestamp_seconds{)" + labels + R"(,policy="rest")")));
}

void tst_AgentMetrics::deliveriesCountOnce()
{
    AgentMetrics metrics;
    metrics.setCatalog(shopCatalog());
    metrics.observeEvents({delivery(u"evt_1"_s, u"stripe"_s, WebhookVerdict::Valid),
                           delivery(u"evt_2"_s, u"stripe"_s, WebhookVerdict::BadSignature),
                           delivery(u"evt_3"_s, u"chatwoot"_s, std::nullopt)});
    // evt_1 again with another attempt: the same delivery.
    metrics.observeEvents({delivery(u"evt_1"_s, u"stripe"_s, WebhookVerdict::Valid),
                           delivery(u"evt_4"_s, u"stripe"_s, WebhookVerdict::Valid)});
    const QByteArrayList page = lines(metrics.render({}));
    QVERIFY(page.contains(R"(gatewatch_webhook_deliveries_total{source="stripe",verdict="valid"} 2)"));
    QVERIFY(page.contains(R"(gatewatch_webhook_deliveries_total{source="stripe",verdict="bad-signature"} 1)"));
    QVERIFY(page.contains(R"(gatewatch_webhook_deliveries_total{source="chatwoot",verdict="unverified"} 1)"));
}

void tst_AgentMetrics::routes()
{
    Catalog catalog = shopCatalog();
    GatewaySpec gateway;
    gateway.routes.insert(u"shopify"_s, GatewayRoute{u"shopify-admin"_s, {}});
    catalog.gateway = gateway;
    AgentMetrics metrics;
    metrics.setCatalog(catalog);
    RouteHealth mapped;
    mapped.service = u"shopify-admin"_s;
    mapped.route = u"orders"_s;
    mapped.errorRatio = 0.25;
    mapped.requestsPerSecond = 4;
    RouteHealth idle;
    idle.service = u"internal"_s; // no traffic this interval: no ratio
    idle.requestsPerSecond = 0;
    // The gateway's own counts at its last reading, latencies in ms as its page said (Kong's).
    mapped.totals.requests = 1200;
    mapped.totals.errors5xx = 30;
    mapped.totals.errors4xx = 12;
    mapped.totals.rateLimited = 5;
    mapped.totals.latency = {{25, 900}, {100, 1150}, {std::numeric_limits<double>::infinity(), 1200}};
    GatewayScrape reading;
    reading.flavor = GatewayFlavor::Kong;
    reading.atMs = 1'800'000'000'250;
    reading.upstreams = {UpstreamTarget{u"shopify"_s, u"shopify.com:443"_s, u"healthy"_s},
                         UpstreamTarget{u"stripe"_s, u"api.stripe.com:443"_s, u"dns_error"_s}};
    reading.datastoreReachable = false;
    metrics.setRoutes({mapped, idle}, reading);
    const QByteArrayList page = lines(metrics.render({}));
    const QByteArray shop = R"(service="shopify-admin",route="orders",integration="shopify",vendor="shopify-inc",)"
                            R"(team="commerce",tier="1")";
    QVERIFY(page.contains("gatewatch_gateway_route_error_ratio{" + shop + "} 0.25"));
    QVERIFY(page.contains(R"(gatewatch_gateway_route_requests_per_second{service="internal"} 0)"));
    QVERIFY(!page.join('\n').contains(R"(gatewatch_gateway_route_error_ratio{service="internal")"));

    QVERIFY(page.contains("gatewatch_gateway_scrape_timestamp_seconds 1800000000.25"));
    QVERIFY(page.contains("gatewatch_gateway_route_requests_total{" + shop + "} 1200"));
    QVERIFY(page.contains(R"(gatewatch_gateway_route_requests_total{service="internal"} 0)"));
    QVERIFY(page.contains("gatewatch_gateway_route_errors_total{" + shop + R"(,class="5xx"} 30)"));
    QVERIFY(page.contains("gatewatch_gateway_route_errors_total{" + shop + R"(,class="4xx"} 12)"));
    QVERIFY(page.contains("gatewatch_gateway_route_errors_total{" + shop + R"(,class="429"} 5)"));
    // Bounds in seconds; a route without a histogram has none.
    QVERIFY(page.contains("gatewatch_gateway_route_duration_seconds_bucket{" + shop + R"(,le="0.025"} 900)"));
    QVERIFY(page.contains("gatewatch_gateway_route_duration_seconds_bucket{" + shop + R"(,le="0.1"} 1150)"));
    QVERIFY(page.contains("gatewatch_gateway_route_duration_seconds_bucket{" + shop + R"(,le="+Inf"} 1200)"));
    QVERIFY(page.contains("gatewatch_gateway_route_duration_seconds_count{" + shop + "} 1200"));
    QVERIFY(!page.join('\n').contains(R"(gatewatch_gateway_route_duration_seconds_bucket{service="internal")"));

    QVERIFY(page.contains(R"(gatewatch_gateway_upstream_target_state{upstream="shopify",target="shopify.com:443",)"
                          R"(state="healthy"} 1)"));
    QVERIFY(page.contains(R"(gatewatch_gateway_upstream_target_state{upstream="stripe",target="api.stripe.com:443",)"
                          R"(state="dns_error"} 1)"));
    QVERIFY(page.contains("gatewatch_gateway_datastore_reachable 0"));

    // Before the first reading there is no timestamp, target or datastore.
    metrics.setRoutes({}, std::nullopt);
    const QByteArray before = metrics.render({});
    QVERIFY(!before.contains("gatewatch_gateway_scrape_timestamp_seconds 1"));
    QVERIFY(!before.contains("gatewatch_gateway_upstream_target_state{"));
    QVERIFY(!before.contains("gatewatch_gateway_datastore_reachable 0"));
}

void tst_AgentMetrics::reloadKeepsRemainingChecks()
{
    AgentMetrics metrics;
    metrics.setCatalog(shopCatalog());
    metrics.observe(update(u"shopify"_s, u"admin"_s, HealthStatus::Down, 50, FailureClass::HttpStatus));
    metrics.observe(update(u"slack"_s, u"api"_s, HealthStatus::Up, 50));
    Catalog reloaded = shopCatalog();
    reloaded.integrations.removeLast(); // slack goes
    reloaded.integrations[0].labels.insert(u"tier"_s, u"2"_s);
    metrics.setCatalog(reloaded);
    const QByteArray page = metrics.render({});
    QVERIFY(page.contains(R"(gatewatch_check_failures_total{integration="shopify",check="admin",)"
                          R"(vendor="shopify-inc",team="commerce",tier="2",class="http-status"} 1)"));
    QVERIFY(!page.contains(R"(integration="slack")"));
    // A result of a check that went is dropped.
    metrics.observe(update(u"slack"_s, u"api"_s, HealthStatus::Up, 50));
    QVERIFY(!metrics.render({}).contains(R"(integration="slack")"));
}

void tst_AgentMetrics::agentHealth()
{
    AgentMetrics metrics;
    metrics.setCatalog(shopCatalog());
    AgentHealth health;
    health.schedulingLag.observe(0.002);
    health.schedulingLag.observe(0.7);
    health.checksInFlight = 4;
    health.storeErrors = 2;
    health.configLoaded = false;
    health.configLoadedAtSeconds = 1764000000;
    health.startTimeSeconds = 1763999000.25;
    health.version = u"0.1.0"_s;
    const QByteArrayList page = lines(metrics.render(health));
    const QByteArrayList expected{
        R"(gatewatch_agent_scheduling_lag_seconds_bucket{le="0.005"} 1)",
        R"(gatewatch_agent_scheduling_lag_seconds_bucket{le="0.5"} 1)",
        R"(gatewatch_agent_scheduling_lag_seconds_bucket{le="1"} 2)",
        R"(gatewatch_agent_scheduling_lag_seconds_bucket{le="+Inf"} 2)",
        "gatewatch_agent_scheduling_lag_seconds_sum 0.702",
        "gatewatch_agent_scheduling_lag_seconds_count 2",
        "gatewatch_agent_checks_in_flight 4",
        "gatewatch_agent_checks 3",
        "gatewatch_agent_store_errors_total 2",
        "gatewatch_agent_config_last_reload_successful 0",
        "gatewatch_agent_config_last_reload_success_timestamp_seconds 1764000000",
        "gatewatch_agent_start_time_seconds 1763999000.25",
        R"(gatewatch_build_info{version="0.1.0"} 1)",
    };
    for (const QByteArray &line : expected)
        QVERIFY2(page.contains(line), line.constData());
}

void tst_AgentMetrics::everyFamilyDeclaredOnce()
{
    AgentMetrics metrics;
    metrics.setCatalog(shopCatalog());
    metrics.observe(update(u"shopify"_s, u"admin"_s, HealthStatus::Down, 50, FailureClass::Dns));
    const QByteArray page = metrics.render({});
    QVERIFY(page.endsWith('\n'));
    QHash<QByteArray, int> types;
    QByteArray family;
    for (const QByteArray &line : page.split('\n')) {
        if (line.startsWith("# TYPE ")) {
            family = line.split(' ').at(2);
            ++types[family];
            continue;
        }
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        // Every sample belongs to the family declared last (histograms add _bucket, _sum, _count).
        const QByteArray name = line.left(line.indexOf(line.contains('{') ? '{' : ' '));
        QVERIFY2(name == family || name == family + "_bucket" || name == family + "_sum" || name == family + "_count",
                 line.constData());
    }
    for (auto it = types.cbegin(); it != types.cend(); ++it)
        QVERIFY2(it.value() == 1, it.key().constData());
    QCOMPARE(types.size(), 27);
}

void tst_AgentMetrics::shardParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("index"); // -1: an error
    QTest::addColumn<int>("count");

    QTest::newRow("first of one") << u"1/1"_s << 0 << 1;
    QTest::newRow("second of three") << u"2/3"_s << 1 << 3;
    QTest::newRow("spaces") << u" 3 / 3 "_s << 2 << 3;
    QTest::newRow("zero-based") << u"0/3"_s << -1 << 0;
    QTest::newRow("beyond the count") << u"4/3"_s << -1 << 0;
    QTest::newRow("no count") << u"2"_s << -1 << 0;
    QTest::newRow("words") << u"a/b"_s << -1 << 0;
    QTest::newRow("zero agents") << u"1/0"_s << -1 << 0;
}

void tst_AgentMetrics::shardParse()
{
    QFETCH(QString, text);
    QFETCH(int, index);
    QFETCH(int, count);
    const Result<Shard> shard = Shard::parse(text);
    QCOMPARE(shard.ok(), index >= 0);
    if (index >= 0)
        QCOMPARE(*shard, (Shard{index, count}));
    else
        QVERIFY(!shard.error().message.isEmpty());
}

void tst_AgentMetrics::shardHashVectors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<quint64>("hash");

    // The published FNV-1a 64-bit test vectors (Fowler, Noll, Vo).
    QTest::newRow("empty") << QByteArray() << quint64(0xcbf29ce484222325ull);
    QTest::newRow("a") << "a"_ba << quint64(0xaf63dc4c8601ec8cull);
    QTest::newRow("foobar") << "foobar"_ba << quint64(0x85944171f73967e8ull);
}

void tst_AgentMetrics::shardHashVectors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(quint64, hash);
    QCOMPARE(shardHash(bytes), hash);
}

void tst_AgentMetrics::shardsSplitEveryCheckOnce()
{
    for (int count = 1; count <= 5; ++count) {
        QList<int> perShard(count, 0);
        for (int i = 0; i < 1000; ++i) {
            int holders = 0;
            for (int index = 0; index < count; ++index) {
                if (Shard{index, count}.holds(u"integration-%1"_s.arg(i % 37), u"check-%1"_s.arg(i))) {
                    ++holders;
                    ++perShard[index];
                }
            }
            QCOMPARE(holders, 1);
        }
        // Roughly even: no shard gets less than half its share.
        for (int n : std::as_const(perShard))
            QVERIFY2(n > 1000 / count / 2, qPrintable(u"%1 of 1000 in one of %2 shards"_s.arg(n).arg(count)));
    }
}

void tst_AgentMetrics::shardOfCatalog()
{
    Catalog catalog = shopCatalog();
    GatewaySpec gateway;
    gateway.eventsUrl = u"http://127.0.0.1:1/events"_s;
    catalog.gateway = gateway;
    catalog.vendors[0].statusPage = u"http://127.0.0.1:1/api/v2/summary.json"_s;
    int checks = 0;
    int feeds = 0;
    int statusPages = 0;
    for (int index = 0; index < 3; ++index) {
        const Shard shard{index, 3};
        const Catalog part = shard.of(catalog);
        for (const IntegrationSpec &integration : part.integrations) {
            QVERIFY(!integration.checks.isEmpty());
            for (const CheckSpec &check : integration.checks) {
                QVERIFY(shard.holds(integration.id, check.id));
                ++checks;
            }
        }
        feeds += part.gateway->eventsUrl.isEmpty() ? 0 : 1;
        statusPages += part.vendors.at(0).statusPage.isEmpty() ? 0 : 1;
        QCOMPARE(part.vendors.at(0).integrations, catalog.vendors.at(0).integrations);
        QCOMPARE(part.alerts, catalog.alerts);
    }
    QCOMPARE(checks, 3);
    QCOMPARE(feeds, 1);
    QCOMPARE(statusPages, 1);
    QCOMPARE(Shard{}.of(catalog), catalog);
}

QTEST_GUILESS_MAIN(tst_AgentMetrics)
#include "tst_agentmetrics.moc"
