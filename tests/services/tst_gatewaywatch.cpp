#include "gatewaywatch.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

// A Kong 3.x page for one route, with `requests` in all: `errors` of them 503, the rest 200, and
// the request latency histogram (ms) with the given cumulative counts at le 10, 50, 100, +Inf.
QByteArray kongPage(int requests, int errors, const std::array<int, 4> &buckets)
{
    QByteArray page = "# HELP kong_http_requests_total HTTP status codes per consumer/service/route in Kong\n"
                      "# TYPE kong_http_requests_total counter\n";
    page += "kong_http_requests_total{service=\"shopify-admin\",route=\"orders\",code=\"200\",source=\"service\","
            "consumer=\"\"} "
            + QByteArray::number(requests - errors) + '\n';
    page += "kong_http_requests_total{service=\"shopify-admin\",route=\"orders\",code=\"503\",source=\"service\","
            "consumer=\"\"} "
            + QByteArray::number(errors) + '\n';
    page += "# TYPE kong_request_latency_ms histogram\n";
    const char *bounds[] = {"10", "50", "100", "+Inf"};
    for (int i = 0; i < 4; ++i) {
        page += "kong_request_latency_ms_bucket{service=\"shopify-admin\",route=\"orders\",le=\""_ba + bounds[i]
                + "\"} " + QByteArray::number(buckets[size_t(i)]) + '\n';
    }
    page += "kong_request_latency_ms_count{service=\"shopify-admin\",route=\"orders\"} "
            + QByteArray::number(buckets[3]) + '\n';
    page += "kong_request_latency_ms_sum{service=\"shopify-admin\",route=\"orders\"} 0\n"
            "# TYPE kong_upstream_target_health gauge\n"
            "kong_upstream_target_health{upstream=\"shopify\",target=\"shopify.com:443\",address=\"1.2.3.4:443\","
            "state=\"healthy\",subsystem=\"http\"} 1\n"
            "kong_upstream_target_health{upstream=\"shopify\",target=\"shopify.com:443\",address=\"1.2.3.4:443\","
            "state=\"unhealthy\",subsystem=\"http\"} 0\n";
    return page;
}

QDateTime at(int seconds)
{
    return QDateTime::fromSecsSinceEpoch(1'764'000'000 + seconds, Qt::UTC);
}

GatewaySpec kongGateway()
{
    GatewaySpec spec;
    spec.metricsUrl = u"http://127.0.0.1:1/metrics"_s;
    spec.routes = {{u"shopify"_s, {u"shopify-admin"_s, {}}},
                   {u"shopify-orders"_s, {u"shopify-admin"_s, u"orders"_s}},
                   {u"stripe"_s, {u"payments"_s, {}}}};
    return spec;
}

} // namespace

class TestGatewayWatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsPagesIntoRates();
    void keepsOnlyTheNewestWaitingPage();
    void reportsPagesItCannotRead_data();
    void reportsPagesItCannotRead();
    void configuredFlavorIsUsed();
    void newConfigurationStartsOver();
    void mapsRoutesToIntegrations_data();
    void mapsRoutesToIntegrations();
    void ignoresPagesWithoutAGateway();
    void takesScrapesTheAgentsRead();
};

void TestGatewayWatch::readsPagesIntoRates()
{
    GatewayWatch watch;
    watch.setGateway(kongGateway());
    QSignalSpy updated(&watch, &GatewayWatch::updated);
    QSignalSpy scrapes(&watch, &GatewayWatch::scrapeRead);

    watch.addPage(kongPage(1000, 10, {500, 900, 990, 1000}), at(0));
    QVERIFY(watch.busy());
    QTRY_COMPARE(updated.size(), 1);
    // The scrape itself, as the tracker got it (for the alert rules over routes).
    QCOMPARE(scrapes.size(), 1);
    QCOMPARE(scrapes.first().at(0).value<GatewayScrape>(), *watch.tracker().latest());
    QVERIFY(!watch.busy());
    QCOMPARE(watch.diagnostics().flavor, GatewayFlavor::Kong);
    QVERIFY(watch.diagnostics().flavorRecognised);
    QCOMPARE(watch.diagnostics().series, 10); // 2 requests + 4 buckets + count + sum + 2 health
    QCOMPARE(watch.diagnostics().problemCount, 0);
    QVERIFY(watch.diagnostics().error.isEmpty());
    QCOMPARE(watch.diagnostics().atMs, at(0).toMSecsSinceEpoch());

    // 15 s later: 300 more requests (20/s), 15 of them 503 (5 %); of the 300, 100 at most 10 ms,
    // 150 more at most 50 ms, 50 more at most 100 ms, none above. p50 is rank 150: in (10, 50], 50 into its
    // 150 → 10 + 40 × 50/150 = 23.333 ms. p95 is rank 285: in (50, 100], 35 into 50 → 85 ms.
    watch.addPage(kongPage(1300, 25, {600, 1150, 1290, 1300}), at(15));
    QTRY_COMPARE(updated.size(), 2);
    const QList<RouteHealth> routes = watch.tracker().routes();
    QCOMPARE(routes.size(), 1);
    const RouteHealth &orders = routes.first();
    QCOMPARE(orders.service, u"shopify-admin"_s);
    QCOMPARE(orders.route, u"orders"_s);
    QCOMPARE(orders.requestsPerSecond, 20.0);
    QCOMPARE(orders.errorRatio, 0.05);
    QVERIFY(orders.p50Ms);
    QVERIFY(qAbs(*orders.p50Ms - (10.0 + 40.0 * 50.0 / 150.0)) < 1e-9);
    QVERIFY(orders.p95Ms);
    QVERIFY(qAbs(*orders.p95Ms - 85.0) < 1e-9);
    QCOMPARE(watch.tracker().latest()->upstreams.size(), 1);
    QCOMPARE(watch.tracker().latest()->upstreams.first().state, u"healthy"_s);
    QCOMPARE(watch.tracker().trend(u"shopify-admin"_s, u"orders"_s).size(), 1);
}

void TestGatewayWatch::keepsOnlyTheNewestWaitingPage()
{
    GatewayWatch watch;
    watch.setGateway(kongGateway());
    QSignalSpy updated(&watch, &GatewayWatch::updated);
    // Three pages in one turn of the event loop: the first is read, the second is replaced by the
    // third while it waits. The rate spans 0 s → 30 s: (1600 − 1000) / 30 = 20/s.
    watch.addPage(kongPage(1000, 0, {1000, 1000, 1000, 1000}), at(0));
    watch.addPage(kongPage(1300, 0, {1300, 1300, 1300, 1300}), at(15));
    watch.addPage(kongPage(1600, 0, {1600, 1600, 1600, 1600}), at(30));
    QTRY_COMPARE(updated.size(), 2);
    QTRY_VERIFY(!watch.busy());
    QCOMPARE(watch.tracker().latest()->atMs, at(30).toMSecsSinceEpoch());
    QCOMPARE(watch.tracker().routes().first().requestsPerSecond, 20.0);
    QCOMPARE(updated.size(), 2);
}

void TestGatewayWatch::reportsPagesItCannotRead_data()
{
    QTest::addColumn<QByteArray>("page");
    QTest::addColumn<QString>("error");
    QTest::addColumn<qsizetype>("problems");

    QTest::newRow("an HTML error page")
        << "<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head></html>\n"_ba << u"HTML"_s
        << qsizetype(0);
    QTest::newRow("JSON") << "{\"message\":\"no Route matched with those values\"}"_ba << u"JSON"_s << qsizetype(0);
    QTest::newRow("an empty page") << QByteArray() << u"holds no series"_s << qsizetype(0);
    QTest::newRow("only broken lines") << "kong_http_requests_total{service=\"a\" 1\n"_ba << u"holds no series"_s
                                       << qsizetype(1);
}

void TestGatewayWatch::reportsPagesItCannotRead()
{
    QFETCH(QByteArray, page);
    QFETCH(QString, error);
    QFETCH(qsizetype, problems);

    GatewayWatch watch;
    watch.setGateway(kongGateway());
    QSignalSpy updated(&watch, &GatewayWatch::updated);
    QSignalSpy scrapes(&watch, &GatewayWatch::scrapeRead);
    watch.addPage(page, at(0));
    QTRY_COMPARE(updated.size(), 1);
    QCOMPARE(scrapes.size(), 0);
    QVERIFY2(watch.diagnostics().error.contains(error, Qt::CaseInsensitive), qPrintable(watch.diagnostics().error));
    QCOMPARE(watch.diagnostics().problemCount, problems);
    if (problems > 0)
        QVERIFY2(watch.diagnostics().firstProblem.startsWith(u"line 1: "_s),
                 qPrintable(watch.diagnostics().firstProblem));
    QVERIFY(!watch.tracker().latest());
}

void TestGatewayWatch::configuredFlavorIsUsed()
{
    // Configured as Traefik, a Kong page has none of the names read: no routes, and it says so
    // by not recognising the flavor.
    GatewaySpec spec = kongGateway();
    spec.flavor = GatewayFlavor::Traefik;
    GatewayWatch watch;
    watch.setGateway(spec);
    QSignalSpy updated(&watch, &GatewayWatch::updated);
    watch.addPage(kongPage(10, 0, {10, 10, 10, 10}), at(0));
    QTRY_COMPARE(updated.size(), 1);
    QCOMPARE(watch.diagnostics().flavor, GatewayFlavor::Traefik);
    QVERIFY(!watch.diagnostics().flavorRecognised);
    QVERIFY(watch.tracker().routes().isEmpty());
}

void TestGatewayWatch::newConfigurationStartsOver()
{
    GatewayWatch watch;
    watch.setGateway(kongGateway());
    QSignalSpy updated(&watch, &GatewayWatch::updated);
    watch.addPage(kongPage(1000, 0, {1000, 1000, 1000, 1000}), at(0));
    QTRY_COMPARE(updated.size(), 1);

    // Only the routes changed: the counters go on.
    GatewaySpec renamed = kongGateway();
    renamed.routes.remove(u"stripe"_s);
    watch.setGateway(renamed);
    QCOMPARE(updated.size(), 1);
    QVERIFY(watch.tracker().latest());

    // Another metrics URL: another gateway, start over; a page being read for the old one is dropped.
    watch.addPage(kongPage(1300, 0, {1300, 1300, 1300, 1300}), at(15));
    GatewaySpec moved = renamed;
    moved.metricsUrl = u"http://127.0.0.1:2/metrics"_s;
    watch.setGateway(moved);
    QCOMPARE(updated.size(), 2);
    QVERIFY(!watch.tracker().latest());
    QTRY_VERIFY(!watch.busy());
    QCOMPARE(updated.size(), 2);
    QVERIFY(!watch.tracker().latest());
}

void TestGatewayWatch::mapsRoutesToIntegrations_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<std::optional<QString>>("route");
    QTest::addColumn<QString>("integration");

    QTest::newRow("the route named exactly") << u"shopify-admin"_s << std::optional(u"orders"_s) << u"shopify-orders"_s;
    QTest::newRow("another route of the service") << u"shopify-admin"_s << std::optional(u"products"_s) << u"shopify"_s;
    QTest::newRow("a service without routes") << u"payments"_s << std::optional<QString>() << u"stripe"_s;
    QTest::newRow("a service nobody named") << u"klaviyo"_s << std::optional<QString>() << QString();
}

void TestGatewayWatch::mapsRoutesToIntegrations()
{
    QFETCH(QString, service);
    QFETCH(std::optional<QString>, route);
    QFETCH(QString, integration);
    GatewayWatch watch;
    watch.setGateway(kongGateway());
    QCOMPARE(watch.integrationFor(service, route), integration);
}

void TestGatewayWatch::ignoresPagesWithoutAGateway()
{
    GatewayWatch watch;
    watch.addPage(kongPage(1, 0, {1, 1, 1, 1}), at(0));
    QVERIFY(!watch.busy());
    QCOMPARE(watch.integrationFor(u"shopify-admin"_s, {}), QString());
}


void TestGatewayWatch::takesScrapesTheAgentsRead()
{
    // What a desktop reading Prometheus hands over: the route's counts as an agent read them.
    GatewayWatch watch;
    watch.setGateway(kongGateway());
    QSignalSpy updated(&watch, &GatewayWatch::updated);
    QSignalSpy scrapes(&watch, &GatewayWatch::scrapeRead);
    GatewayScrape first;
    first.atMs = at(0).toMSecsSinceEpoch();
    first.routes = {RouteTotals{u"shopify-admin"_s, u"orders"_s, 1000, 10, 0, 0, {}}};
    watch.addScrape(first);
    QCOMPARE(updated.size(), 1);
    QCOMPARE(scrapes.size(), 1);
    QVERIFY(watch.diagnostics().fromAgents);
    QCOMPARE(watch.diagnostics().atMs, first.atMs);
    QVERIFY(watch.diagnostics().error.isEmpty());

    // 15 s later, 300 more requests, 15 of them 5xx: 20/s, 5 %.
    GatewayScrape later = first;
    later.atMs = at(15).toMSecsSinceEpoch();
    later.routes[0].requests = 1300;
    later.routes[0].errors5xx = 25;
    watch.addScrape(later);
    QCOMPARE(updated.size(), 2);
    QCOMPARE(watch.tracker().routes().size(), 1);
    QCOMPARE(watch.tracker().routes().first().requestsPerSecond, 20.0);
    QCOMPARE(watch.tracker().routes().first().errorRatio, 0.05);

    // The same reading again (Prometheus asked twice between two of the agent's): nothing new.
    watch.addScrape(later);
    QCOMPARE(updated.size(), 2);
    QCOMPARE(scrapes.size(), 2);
}

} // namespace gw

QTEST_GUILESS_MAIN(gw::TestGatewayWatch)
#include "tst_gatewaywatch.moc"
