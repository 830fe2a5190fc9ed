#include "promlive.h"

#include <QTest>

#include <limits>

using namespace gw;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 t0 = 1'800'000'000'000;

PromSeries series(QMap<QString, QString> labels, double value)
{
    return PromSeries{std::move(labels), {PromPoint{t0, value}}};
}

Catalog catalog()
{
    Catalog catalog;
    IntegrationSpec shopify;
    shopify.id = u"shopify"_s;
    CheckSpec admin;
    admin.id = u"admin"_s;
    CheckSpec orders;
    orders.id = u"orders"_s;
    shopify.checks = {admin, orders};
    catalog.integrations = {shopify};
    return catalog;
}

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// One check's reading: state, latest start, attempts and failures by name, duration sum and count.
LiveCheck check(HealthStatus state, std::optional<qint64> lastMs, QMap<QString, double> attempts = {},
                QMap<QString, double> failures = {}, double sum = 0, double count = 0)
{
    LiveCheck check;
    check.state = state;
    check.lastResultMs = lastMs;
    check.attempts = std::move(attempts);
    check.failures = std::move(failures);
    check.durationSumSeconds = sum;
    check.durationCount = count;
    return check;
}

} // namespace

Q_DECLARE_METATYPE(gw::LiveCheck)
Q_DECLARE_METATYPE(std::optional<gw::LiveCheck>)

// The desktop's live state from an instant query of the agents' metrics (docs/metrics.md).
// Expected values are worked out by hand in the comments.
class tst_PromLive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void query();
    void readSnapshot();
    void severalAgentsAddUp();
    void changes_data();
    void changes();
    void quotasGoWithTheFirstUpdate();
    void checksOutsideTheCatalogAreIgnored();
    void gatewayRoutes();
    void gatewayOnlyWhenReadAgain();
};

void tst_PromLive::query()
{
    // Every family the snapshot reads, and nothing else (histogram buckets are for charts).
    const QString query = promLiveQuery();
    for (const char *name :
         {"gatewatch_check_(state|", "last_result_timestamp_seconds", "attempts_total", "failures_total",
          "duration_seconds_sum", "duration_seconds_count", "gatewatch_quota_(remaining|limit|reset_timestamp_seconds)",
          "gatewatch_tls_cert_expiry_timestamp_seconds", "gatewatch_gateway_scrape_timestamp_seconds",
          "gatewatch_gateway_route_(requests_total|errors_total|duration_seconds_bucket)",
          "gatewatch_gateway_upstream_target_state", "gatewatch_gateway_datastore_reachable"})
        QVERIFY2(query.contains(QLatin1String(name)), name);
    // The checks' histogram buckets are for charts; only the gateway's are read here.
    QCOMPARE(query.count(u"bucket"), 1);
    QVERIFY(query.startsWith(u"{__name__=~\""));
}

void tst_PromLive::readSnapshot()
{
    const QMap<QString, QString> admin{{u"integration"_s, u"shopify"_s}, {u"check"_s, u"admin"_s}};
    const auto with = [&admin](const QString &name, QMap<QString, QString> extra = {}) {
        QMap<QString, QString> labels = admin;
        labels.insert(u"__name__"_s, name);
        labels.insert(extra);
        return labels;
    };
    PromAnswer answer;
    answer.series = {
        series(with(u"gatewatch_check_state"_s, {{u"state"_s, u"up"_s}}), 0),
        series(with(u"gatewatch_check_state"_s, {{u"state"_s, u"degraded"_s}}), 1),
        series(with(u"gatewatch_check_last_result_timestamp_seconds"_s), 1'800'000'000.25),
        series(with(u"gatewatch_check_attempts_total"_s, {{u"result"_s, u"up"_s}}), 40),
        series(with(u"gatewatch_check_attempts_total"_s, {{u"result"_s, u"degraded"_s}}), 2),
        series(with(u"gatewatch_check_failures_total"_s, {{u"class"_s, u"timeout"_s}}), 1),
        series(with(u"gatewatch_check_duration_seconds_sum"_s), 8.4),
        series(with(u"gatewatch_check_duration_seconds_count"_s), 42),
        series(with(u"gatewatch_tls_cert_expiry_timestamp_seconds"_s), 1'805'000'000),
        series({{u"__name__"_s, u"gatewatch_quota_remaining"_s}, {u"integration"_s, u"shopify"_s},
                {u"policy"_s, u"shopify-rest"_s}, {u"unit"_s, u"requests"_s}},
               32),
        series({{u"__name__"_s, u"gatewatch_quota_limit"_s}, {u"integration"_s, u"shopify"_s},
                {u"policy"_s, u"shopify-rest"_s}, {u"unit"_s, u"requests"_s}},
               40),
        series({{u"__name__"_s, u"gatewatch_quota_reset_timestamp_seconds"_s}, {u"integration"_s, u"shopify"_s},
                {u"policy"_s, u"shopify-rest"_s}, {u"unit"_s, u"requests"_s}},
               1'800'000'060),
        series({{u"__name__"_s, u"gatewatch_quota_remaining"_s}, {u"integration"_s, u"openai"_s},
                {u"policy"_s, u"tokens-per-minute"_s}, {u"unit"_s, u"tokens"_s}},
               9000),
        // Left out: no integration, no check, not a number.
        series({{u"__name__"_s, u"gatewatch_check_state"_s}, {u"state"_s, u"down"_s}}, 1),
        series({{u"__name__"_s, u"gatewatch_check_up"_s}, {u"integration"_s, u"x"_s}}, 1),
        series(with(u"gatewatch_check_duration_seconds_count"_s, {{u"check"_s, u"nan"_s}}),
               std::numeric_limits<double>::quiet_NaN()),
    };
    const LiveSnapshot snapshot = readLiveSnapshot(answer);

    QCOMPARE(snapshot.checks.keys(), QStringList{u"shopify/admin"_s});
    const LiveCheck &read = snapshot.checks.value(u"shopify/admin"_s);
    QCOMPARE(read.state, HealthStatus::Degraded);
    QCOMPARE(read.lastResultMs, std::optional<qint64>(1'800'000'000'250));
    QCOMPARE(read.attempts, (QMap<QString, double>{{u"up"_s, 40}, {u"degraded"_s, 2}}));
    QCOMPARE(read.failures, (QMap<QString, double>{{u"timeout"_s, 1}}));
    QCOMPARE(read.durationSumSeconds, 8.4);
    QCOMPARE(read.durationCount, 42.0);
    QCOMPARE(read.tlsExpiryMs, std::optional<qint64>(1'805'000'000'000));

    const QList<QuotaReading> shopify = snapshot.quotas.value(u"shopify"_s);
    QCOMPARE(shopify.size(), 1);
    QCOMPARE(shopify.at(0).policy, u"shopify-rest"_s);
    QCOMPARE(shopify.at(0).remaining, 32.0);
    QCOMPARE(shopify.at(0).limit, std::optional<double>(40));
    QCOMPARE(shopify.at(0).resetAt, std::optional<QDateTime>(utc(1'800'000'060'000)));
    QCOMPARE(shopify.at(0).unit, QuotaUnit::Requests);
    const QList<QuotaReading> openai = snapshot.quotas.value(u"openai"_s);
    QCOMPARE(openai.size(), 1);
    QCOMPARE(openai.at(0).unit, QuotaUnit::Tokens);
    QVERIFY(!openai.at(0).limit);
}

void tst_PromLive::severalAgentsAddUp()
{
    // Two agents (instances) run the same check: counters add up, the latest start wins.
    const auto labels = [](const QString &name, const QString &instance, QMap<QString, QString> extra = {}) {
        QMap<QString, QString> out{{u"__name__"_s, name},
                                   {u"integration"_s, u"shopify"_s},
                                   {u"check"_s, u"admin"_s},
                                   {u"instance"_s, instance}};
        out.insert(extra);
        return out;
    };
    PromAnswer answer;
    answer.series = {
        series(labels(u"gatewatch_check_attempts_total"_s, u"a"_s, {{u"result"_s, u"up"_s}}), 10),
        series(labels(u"gatewatch_check_attempts_total"_s, u"b"_s, {{u"result"_s, u"up"_s}}), 7),
        series(labels(u"gatewatch_check_last_result_timestamp_seconds"_s, u"a"_s), 1'800'000'010),
        series(labels(u"gatewatch_check_last_result_timestamp_seconds"_s, u"b"_s), 1'800'000'020),
        series(labels(u"gatewatch_tls_cert_expiry_timestamp_seconds"_s, u"a"_s), 1'900'000'000),
        series(labels(u"gatewatch_tls_cert_expiry_timestamp_seconds"_s, u"b"_s), 1'850'000'000),
    };
    const LiveCheck read = readLiveSnapshot(answer).checks.value(u"shopify/admin"_s);
    QCOMPARE(read.attempts.value(u"up"_s), 17.0);
    QCOMPARE(read.lastResultMs, std::optional<qint64>(1'800'000'020'000));
    QCOMPARE(read.tlsExpiryMs, std::optional<qint64>(1'850'000'000'000)); // the earlier expiry
}

void tst_PromLive::changes_data()
{
    QTest::addColumn<std::optional<LiveCheck>>("before");
    QTest::addColumn<std::optional<LiveCheck>>("now");
    QTest::addColumn<bool>("updated");
    QTest::addColumn<HealthStatus>("state");
    QTest::addColumn<HealthStatus>("previous");
    QTest::addColumn<HealthStatus>("verdict");
    QTest::addColumn<FailureClass>("failure");
    QTest::addColumn<double>("latencyMs");

    using enum HealthStatus;
    const qint64 t1 = t0 + 30'000;
    // First reading: the result is the state; latency is the mean of all attempts, 6 s / 40 = 150 ms.
    QTest::newRow("appears") << std::optional<LiveCheck>()
                             << std::optional(check(Up, t0, {{u"up"_s, 40}}, {}, 6, 40)) << true << Up << Unknown
                             << Up << FailureClass::None << 150.0;
    // One more attempt, a timeout: 6.0 → 16.0 s over 40 → 41 attempts, so 10 s.
    QTest::newRow("new failed attempt")
        << std::optional(check(Up, t0, {{u"up"_s, 40}}, {}, 6, 40))
        << std::optional(check(Down, t1, {{u"up"_s, 40}, {u"down"_s, 1}}, {{u"timeout"_s, 1}}, 16, 41)) << true
        << Down << Up << Down << FailureClass::Timeout << 10'000.0;
    // Two attempts since: one up, one degraded: the worse is the result; (7.0 - 6.0) / 2 = 500 ms.
    QTest::newRow("worst of the attempts since")
        << std::optional(check(Up, t0, {{u"up"_s, 40}}, {}, 6, 40))
        << std::optional(check(Up, t1, {{u"up"_s, 41}, {u"degraded"_s, 1}}, {}, 7, 42)) << true << Up << Up
        << Degraded << FailureClass::None << 500.0;
    // The class that grew most names the failure: http-status +2, timeout +1.
    QTest::newRow("class that grew most")
        << std::optional(check(Down, t0, {{u"down"_s, 5}}, {{u"timeout"_s, 4}, {u"http-status"_s, 1}}, 5, 5))
        << std::optional(check(Down, t1, {{u"down"_s, 8}}, {{u"timeout"_s, 5}, {u"http-status"_s, 3}}, 8, 8))
        << true << Down << Down << Down << FailureClass::HttpStatus << 1000.0;
    // The agent restarted: counters start again from 0, so what they hold now is the increase.
    QTest::newRow("agent restarted")
        << std::optional(check(Up, t0, {{u"up"_s, 500}}, {}, 100, 500))
        << std::optional(check(Up, t1, {{u"up"_s, 2}}, {}, 0.5, 2)) << true << Up << Up << Up << FailureClass::None
        << 250.0;
    // Nothing ran since: nothing to publish.
    QTest::newRow("no new attempt") << std::optional(check(Up, t0, {{u"up"_s, 40}}, {}, 6, 40))
                                    << std::optional(check(Up, t0, {{u"up"_s, 40}}, {}, 6, 40)) << false << Up << Up
                                    << Unknown << FailureClass::None << 0.0;
    // Paused on the agent: the state changes without an attempt.
    QTest::newRow("paused") << std::optional(check(Up, t0, {{u"up"_s, 40}}, {}, 6, 40))
                            << std::optional(check(Paused, t0, {{u"up"_s, 40}}, {}, 6, 40)) << false << Paused << Up
                            << Unknown << FailureClass::None << 0.0;
    // No agent reports it any more: unknown, never down.
    QTest::newRow("vanished") << std::optional(check(Down, t0, {{u"down"_s, 3}}, {}, 3, 3))
                              << std::optional<LiveCheck>() << false << Unknown << Down << Unknown
                              << FailureClass::None << 0.0;
    // Reported before its first result.
    QTest::newRow("no result yet") << std::optional<LiveCheck>() << std::optional(check(Unknown, std::nullopt))
                                   << false << Unknown << Unknown << Unknown << FailureClass::None << 0.0;
}

void tst_PromLive::changes()
{
    QFETCH(std::optional<LiveCheck>, before);
    QFETCH(std::optional<LiveCheck>, now);
    QFETCH(bool, updated);
    QFETCH(HealthStatus, state);
    QFETCH(HealthStatus, previous);
    QFETCH(HealthStatus, verdict);
    QFETCH(FailureClass, failure);
    QFETCH(double, latencyMs);

    LiveSnapshot a;
    LiveSnapshot b;
    if (before)
        a.checks.insert(u"shopify/admin"_s, *before);
    if (now)
        b.checks.insert(u"shopify/admin"_s, *now);
    const LiveChanges changes = liveChanges(a, b, catalog());
    if (updated) {
        QCOMPARE(changes.updates.size(), 1);
        QVERIFY(changes.states.isEmpty());
        const CheckUpdate &update = changes.updates.at(0);
        QCOMPARE(update.sample.integrationId, u"shopify"_s);
        QCOMPARE(update.sample.checkId, u"admin"_s);
        QCOMPARE(update.sample.at, utc(*now->lastResultMs));
        QCOMPARE(update.state, state);
        QCOMPARE(update.previousState, previous);
        QCOMPARE(update.sample.verdict, verdict);
        QCOMPARE(update.sample.failureClass, failure);
        QCOMPARE(update.sample.reason.isEmpty(), failure == FailureClass::None);
        QCOMPARE(update.sample.latencyMs, latencyMs);
    } else {
        QVERIFY(changes.updates.isEmpty());
        if (state == previous) {
            QVERIFY(changes.states.isEmpty());
        } else {
            QCOMPARE(changes.states.size(), 1);
            QCOMPARE(changes.states.at(0), std::make_tuple(u"shopify"_s, u"admin"_s, state));
        }
    }
}

void tst_PromLive::quotasGoWithTheFirstUpdate()
{
    LiveSnapshot now;
    now.checks.insert(u"shopify/admin"_s, check(HealthStatus::Up, t0));
    now.checks.insert(u"shopify/orders"_s, check(HealthStatus::Up, t0));
    QuotaReading rest;
    rest.policy = u"shopify-rest"_s;
    rest.remaining = 30;
    now.quotas.insert(u"shopify"_s, {rest});
    now.checks[u"shopify/admin"_s].tlsExpiryMs = t0 + 86'400'000;

    const LiveChanges changes = liveChanges({}, now, catalog());
    QCOMPARE(changes.updates.size(), 2);
    QCOMPARE(changes.updates.at(0).sample.quotas, QList<QuotaReading>{rest});
    QVERIFY(changes.updates.at(1).sample.quotas.isEmpty());
    QVERIFY(changes.updates.at(0).sample.tls);
    QCOMPARE(changes.updates.at(0).sample.tls->expiresAt, utc(t0 + 86'400'000));
    QVERIFY(!changes.updates.at(1).sample.tls);
}

void tst_PromLive::checksOutsideTheCatalogAreIgnored()
{
    // Another team's agent, scraped by the same Prometheus.
    LiveSnapshot now;
    now.checks.insert(u"stripe/charges"_s, check(HealthStatus::Down, t0));
    const LiveChanges changes = liveChanges({}, now, catalog());
    QVERIFY(changes.updates.isEmpty());
    QVERIFY(changes.states.isEmpty());
}

void tst_PromLive::gatewayRoutes()
{
    // Two agents read the same gateway (one a little later: its counts are higher); a route of
    // Kong's and a Traefik-like service without routes. Latency bounds in seconds become ms.
    const auto route = [](const QString &name, QMap<QString, QString> extra, double value) {
        QMap<QString, QString> labels{{u"__name__"_s, name}, {u"service"_s, u"shop-svc"_s}, {u"route"_s, u"orders"_s},
                                      {u"integration"_s, u"shop"_s}};
        labels.insert(extra);
        return series(labels, value);
    };
    const QMap<QString, QString> a{{u"instance"_s, u"agent-a:9464"_s}};
    const QMap<QString, QString> b{{u"instance"_s, u"agent-b:9464"_s}};
    const auto with = [](QMap<QString, QString> labels, const QString &key, const QString &value) {
        labels.insert(key, value);
        return labels;
    };
    PromAnswer answer;
    answer.series = {
        series({{u"__name__"_s, u"gatewatch_gateway_scrape_timestamp_seconds"_s}, {u"instance"_s, u"agent-a:9464"_s}},
               1'800'000'000.5),
        series({{u"__name__"_s, u"gatewatch_gateway_scrape_timestamp_seconds"_s}, {u"instance"_s, u"agent-b:9464"_s}},
               1'800'000'001.25),
        route(u"gatewatch_gateway_route_requests_total"_s, a, 1000),
        route(u"gatewatch_gateway_route_requests_total"_s, b, 1010),
        route(u"gatewatch_gateway_route_errors_total"_s, with(a, u"class"_s, u"5xx"_s), 50),
        route(u"gatewatch_gateway_route_errors_total"_s, with(b, u"class"_s, u"5xx"_s), 51),
        route(u"gatewatch_gateway_route_errors_total"_s, with(a, u"class"_s, u"4xx"_s), 20),
        route(u"gatewatch_gateway_route_errors_total"_s, with(a, u"class"_s, u"429"_s), 4),
        route(u"gatewatch_gateway_route_duration_seconds_bucket"_s, with(a, u"le"_s, u"0.025"_s), 700),
        route(u"gatewatch_gateway_route_duration_seconds_bucket"_s, with(a, u"le"_s, u"0.1"_s), 950),
        route(u"gatewatch_gateway_route_duration_seconds_bucket"_s, with(a, u"le"_s, u"+Inf"_s), 1000),
        series({{u"__name__"_s, u"gatewatch_gateway_route_requests_total"_s}, {u"service"_s, u"billing@file"_s}}, 7),
        // Not a route: no service.
        series({{u"__name__"_s, u"gatewatch_gateway_route_requests_total"_s}}, 99),
        series({{u"__name__"_s, u"gatewatch_gateway_upstream_target_state"_s}, {u"upstream"_s, u"shop"_s},
                {u"target"_s, u"shop.example:443"_s}, {u"state"_s, u"unhealthy"_s}},
               1),
        series({{u"__name__"_s, u"gatewatch_gateway_datastore_reachable"_s}, {u"instance"_s, u"agent-a:9464"_s}}, 0),
        series({{u"__name__"_s, u"gatewatch_gateway_datastore_reachable"_s}, {u"instance"_s, u"agent-b:9464"_s}}, 1),
    };
    const LiveSnapshot snapshot = readLiveSnapshot(answer);
    QVERIFY(snapshot.checks.isEmpty());
    QVERIFY(snapshot.gateway);
    QCOMPARE(snapshot.gateway->atMs, qint64(1'800'000'001'250)); // the later reading
    QCOMPARE(snapshot.gateway->flavor, GatewayFlavor::Generic);
    QCOMPARE(snapshot.gateway->routes.size(), 2);
    // Sorted by service: "billing@file" before "shop-svc".
    const RouteTotals &billing = snapshot.gateway->routes.at(0);
    QCOMPARE(billing.service, u"billing@file"_s);
    QVERIFY(!billing.route);
    QCOMPARE(billing.requests, 7.0);
    QVERIFY(billing.latency.isEmpty());
    const RouteTotals &orders = snapshot.gateway->routes.at(1);
    QCOMPARE(orders.service, u"shop-svc"_s);
    QCOMPARE(orders.route, std::optional(u"orders"_s));
    QCOMPARE(orders.requests, 1010.0);
    QCOMPARE(orders.errors5xx, 51.0);
    QCOMPARE(orders.errors4xx, 20.0);
    QCOMPARE(orders.rateLimited, 4.0);
    const HistogramBuckets latency{{25.0, 700.0}, {100.0, 950.0}, {std::numeric_limits<double>::infinity(), 1000.0}};
    QCOMPARE(orders.latency, latency);
    QCOMPARE(snapshot.gateway->upstreams,
             QList<UpstreamTarget>{(UpstreamTarget{u"shop"_s, u"shop.example:443"_s, u"unhealthy"_s})});
    // One agent reaches the datastore: it is reachable.
    QCOMPARE(snapshot.gateway->datastoreReachable, std::optional(true));

    // Without a reading time (no agent has read the gateway yet) there is no gateway.
    answer.series.removeFirst();
    answer.series.removeFirst();
    QVERIFY(!readLiveSnapshot(answer).gateway);
}

void tst_PromLive::gatewayOnlyWhenReadAgain()
{
    GatewayScrape first;
    first.atMs = t0;
    first.routes = {RouteTotals{u"shop-svc"_s, u"orders"_s, 10, 1, 0, 0, {}}};
    GatewayScrape later = first;
    later.atMs = t0 + 15'000;
    later.routes[0].requests = 20;
    LiveSnapshot before;
    LiveSnapshot now;
    now.gateway = first;
    QCOMPARE(liveChanges(before, now, catalog()).gateway, std::optional(first));
    before = now;
    // The same reading, asked again: nothing new for the tracker.
    QVERIFY(!liveChanges(before, now, catalog()).gateway);
    now.gateway = later;
    QCOMPARE(liveChanges(before, now, catalog()).gateway, std::optional(later));
    // An agent gone: the last reading stands.
    QVERIFY(!liveChanges(now, LiveSnapshot{}, catalog()).gateway);
}

QTEST_APPLESS_MAIN(tst_PromLive)
#include "tst_promlive.moc"
