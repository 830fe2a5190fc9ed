#include "alertwatch.h"

#include <QSignalSpy>
#include <QTest>

#include <array>

using namespace gw;
using namespace Qt::StringLiterals;

namespace {

const qint64 t0 = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();

CheckUpdate update(const QString &integration, const QString &check, qint64 atMs, FailureClass failureClass,
                   HealthStatus state)
{
    CheckUpdate u;
    u.sample.integrationId = integration;
    u.sample.checkId = check;
    u.sample.at = QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC);
    u.sample.failureClass = failureClass;
    u.sample.httpStatus = failureClass == FailureClass::Timeout ? 0 : 503;
    u.state = state;
    return u;
}

Catalog catalog(const QList<QPair<QString, QString>> &checks, const QString &when, int evaluationMs = 15'000)
{
    Catalog c;
    for (const auto &[integration, check] : checks) {
        IntegrationSpec *spec = nullptr;
        for (IntegrationSpec &existing : c.integrations) {
            if (existing.id == integration)
                spec = &existing;
        }
        if (!spec) {
            c.integrations.append(IntegrationSpec{});
            spec = &c.integrations.last();
            spec->id = integration;
        }
        CheckSpec checkSpec;
        checkSpec.id = check;
        spec->checks.append(checkSpec);
    }
    AlertRule rule;
    rule.name = u"shop-failing"_s;
    rule.when = *AlertExpression::parse(when);
    rule.severity = AlertSeverity::Critical;
    c.alerts = {rule};
    c.settings.evaluationInterval = std::chrono::milliseconds(evaluationMs);
    return c;
}

// A version of a webhook delivery of shopify received at `atMs`, as the event feed hands it on.
GatewayEvent deliveryEvent(const QString &id, qint64 atMs, const QString &gateway, const QString &reason,
                           const QString &latestAttempt)
{
    WebhookDelivery delivery;
    delivery.source = u"shopify"_s;
    delivery.receivedAtMs = atMs;
    delivery.verdict = gateway;
    delivery.verdictReason = reason;
    if (!latestAttempt.isEmpty())
        delivery.attempts.append(DeliveryAttempt{u"a"_s, atMs, 200, {}, 10.0, latestAttempt, u"scheduled"_s});
    return GatewayEvent{id, id + u"-cursor"_s, atMs, delivery};
}

// One route of a Kong scrape: cumulative requests and 5xx, and the latency buckets at le 100,
// 1000 ms and +Inf.
GatewayScrape scrape(qint64 atMs, double requests, double errors, const std::array<double, 3> &buckets)
{
    RouteTotals totals;
    totals.service = u"payments"_s;
    totals.route = u"charges"_s;
    totals.requests = requests;
    totals.errors5xx = errors;
    totals.latency = {{100, buckets[0]}, {1000, buckets[1]}, {qInf(), buckets[2]}};
    GatewayScrape scrape;
    scrape.flavor = GatewayFlavor::Kong;
    scrape.atMs = atMs;
    scrape.routes = {totals};
    return scrape;
}

} // namespace

class tst_AlertWatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firesAndResolvesFromUpdates()
    {
        qint64 now = t0;
        AlertWatch watch;
        watch.setClock([&now] { return now; });
        watch.setCatalog(catalog({{u"shop"_s, u"rest"_s}}, u"failures(shop, 1m) >= 2"_s));
        QSignalSpy noticed(&watch, &AlertWatch::noticed);

        watch.addUpdates({update(u"shop"_s, u"rest"_s, t0 - 20'000, FailureClass::Timeout, HealthStatus::Up)});
        watch.evaluate();
        QCOMPARE(noticed.size(), 0); // one failure is not two

        watch.addUpdates({update(u"shop"_s, u"rest"_s, t0 - 5'000, FailureClass::HttpStatus, HealthStatus::Down)});
        watch.evaluate();
        QCOMPARE(noticed.size(), 1);
        const auto firing = noticed.takeFirst().at(0).value<AlertNotice>();
        QCOMPARE(firing.rule, u"shop-failing"_s);
        QCOMPARE(firing.kind, AlertNotice::Kind::Firing);
        QCOMPARE(firing.value, std::optional(2.0));
        QCOMPARE(firing.atMs, t0);

        now = t0 + 50'000; // the first failure has left the minute
        watch.evaluate();
        QCOMPARE(noticed.size(), 1);
        QCOMPARE(noticed.takeFirst().at(0).value<AlertNotice>().kind, AlertNotice::Kind::Resolved);
    }

    void evaluatesOnItsTimerWhileThereAreRules()
    {
        AlertWatch watch;
        qint64 now = t0;
        watch.setClock([&now] { return now; });
        QSignalSpy noticed(&watch, &AlertWatch::noticed);
        watch.addUpdates({update(u"shop"_s, u"rest"_s, t0, FailureClass::Timeout, HealthStatus::Down)});
        watch.setCatalog(catalog({{u"shop"_s, u"rest"_s}}, u"status(shop) == down"_s, 1000));
        QTRY_COMPARE_WITH_TIMEOUT(noticed.size(), 1, 5000); // the timer, a second later

        watch.setRules({});
        QCOMPARE(watch.engine().rules().size(), 0);
    }

    void forgetsChecksNoLongerConfigured()
    {
        qint64 now = t0;
        AlertWatch watch;
        watch.setClock([&now] { return now; });
        watch.setCatalog(catalog({{u"shop"_s, u"rest"_s}, {u"shop"_s, u"soap"_s}}, u"status(shop) == down"_s));
        watch.addUpdates({update(u"shop"_s, u"soap"_s, t0, FailureClass::Timeout, HealthStatus::Down),
                          update(u"shop"_s, u"rest"_s, t0, FailureClass::None, HealthStatus::Up)});
        QSignalSpy noticed(&watch, &AlertWatch::noticed);
        watch.evaluate();
        QCOMPARE(noticed.size(), 1); // soap is down, so shop is

        // soap is removed from the configuration: shop is up again, and the alert resolves.
        watch.setCatalog(catalog({{u"shop"_s, u"rest"_s}}, u"status(shop) == down"_s));
        now += 15'000;
        watch.evaluate();
        QCOMPARE(noticed.size(), 2);
        QCOMPARE(noticed.at(1).at(0).value<AlertNotice>().kind, AlertNotice::Kind::Resolved);
    }

    // Each rule over the event feed's deliveries fires from them, and resolves as they change.
    void firesFromWebhookDeliveries_data()
    {
        QTest::addColumn<QString>("when");
        QTest::addColumn<double>("value");

        // Two of the three in the window failed their signature: the gateway rejected them.
        QTest::newRow("webhook_signature_failures") << u"webhook_signature_failures(shopify, 10m) >= 2"_s << 2.0;
        // One of the three delivered.
        QTest::newRow("webhook_delivery_rate") << u"webhook_delivery_rate(shopify, 10m) < 50%"_s << 100.0 / 3;
    }

    void firesFromWebhookDeliveries()
    {
        QFETCH(QString, when);
        QFETCH(double, value);
        qint64 now = t0;
        AlertWatch watch;
        watch.setClock([&now] { return now; });
        watch.setCatalog(catalog({}, when));
        QSignalSpy noticed(&watch, &AlertWatch::noticed);

        const QString accepted = u"accepted"_s;
        const QString rejected = u"rejected"_s;
        watch.addDeliveries({
            deliveryEvent(u"old"_s, t0 - 2 * 3'600'000, rejected, u"bad_signature"_s, {}), // beyond every window
            deliveryEvent(u"d1"_s, t0 - 300'000, rejected, u"bad_signature"_s, {}),
            deliveryEvent(u"d2"_s, t0 - 200'000, rejected, u"stale"_s, {}),
            deliveryEvent(u"d3"_s, t0 - 100'000, accepted, {}, u"success"_s),
        });
        // A failed call in the same page is no delivery.
        watch.addDeliveries({GatewayEvent{u"c1"_s, u"c1"_s, t0, FailedCall{}}});
        watch.evaluate();
        QCOMPARE(noticed.size(), 1);
        const auto firing = noticed.takeFirst().at(0).value<AlertNotice>();
        QCOMPARE(firing.kind, AlertNotice::Kind::Firing);
        QVERIFY2(firing.value && qAbs(*firing.value - value) < 1e-9, qPrintable(QString::number(*firing.value)));

        // Four minutes on, all three are still in the window; eight minutes on, d3 alone is: no
        // signature failure, all delivered, and the alert resolves.
        now = t0 + 240'000;
        watch.evaluate();
        QCOMPARE(noticed.size(), 0);
        now = t0 + 480'000;
        watch.evaluate();
        QCOMPARE(noticed.size(), 1);
        QCOMPARE(noticed.takeFirst().at(0).value<AlertNotice>().kind, AlertNotice::Kind::Resolved);
    }

    void laterVersionsReplaceDeliveries()
    {
        qint64 now = t0;
        AlertWatch watch;
        watch.setClock([&now] { return now; });
        watch.setCatalog(catalog({}, u"webhook_delivery_rate(shopify, 10m) < 100%"_s));
        QSignalSpy noticed(&watch, &AlertWatch::noticed);

        // The first forwarding failed; a retry is due.
        GatewayEvent first = deliveryEvent(u"d1"_s, t0 - 60'000, u"accepted"_s, {}, u"failed"_s);
        std::get<WebhookDelivery>(first.detail).nextAttemptMs = t0;
        watch.addDeliveries({first});
        watch.evaluate();
        QCOMPARE(noticed.size(), 1);
        QCOMPARE(noticed.takeFirst().at(0).value<AlertNotice>().value, std::optional(0.0));

        // The retry went through: the same event again, its new version replacing the first.
        GatewayEvent second = deliveryEvent(u"d1"_s, t0 - 60'000, u"accepted"_s, {}, u"success"_s);
        watch.addDeliveries({second});
        now += 15'000;
        watch.evaluate();
        QCOMPARE(noticed.size(), 1);
        QCOMPARE(noticed.takeFirst().at(0).value<AlertNotice>().kind, AlertNotice::Kind::Resolved);
        const AlertCall rate{u"webhook_delivery_rate"_s, u"shopify"_s, 600'000, {}, 0};
        QCOMPARE(watch.inputs().number(rate, now), std::optional(100.0));
    }

    // Each rule over the gateway's route metrics fires from its scrapes, and resolves as they change.
    void firesFromRouteMetrics_data()
    {
        QTest::addColumn<QString>("when");
        QTest::addColumn<double>("value");

        // 100 more requests, 10 more 5xx: 10 %.
        QTest::newRow("route_error_ratio") << u"route_error_ratio(payments/charges, 5m) > 5%"_s << 10.0;
        // Of the 100 new ones, 50 took under 100 ms and 90 under 1 s: the 95th took longer than
        // the highest bound, which is what it reads (as histogram_quantile does), 1000 ms.
        QTest::newRow("route_p95") << u"route_p95(payments/charges, 5m) >= 1s"_s << 1000.0;
        // A service stands for its routes.
        QTest::newRow("a service") << u"route_error_ratio(payments, 5m) > 5%"_s << 10.0;
    }

    void firesFromRouteMetrics()
    {
        QFETCH(QString, when);
        QFETCH(double, value);
        qint64 now = t0;
        AlertWatch watch;
        watch.setClock([&now] { return now; });
        watch.setCatalog(catalog({}, when));
        QSignalSpy noticed(&watch, &AlertWatch::noticed);

        watch.addScrape(scrape(t0 - 120'000, 1000, 0, {1000, 1000, 1000}));
        watch.evaluate();
        QCOMPARE(noticed.size(), 0); // one scrape is no interval

        watch.addScrape(scrape(t0 - 60'000, 1100, 10, {1050, 1090, 1100}));
        watch.evaluate();
        QCOMPARE(noticed.size(), 1);
        const auto firing = noticed.takeFirst().at(0).value<AlertNotice>();
        QCOMPARE(firing.kind, AlertNotice::Kind::Firing);
        QVERIFY2(firing.value && qAbs(*firing.value - value) < 1e-9, qPrintable(QString::number(*firing.value)));

        // Then 1000 quick successes: 10 of 1100 failed, and the 1045th of 1100 is under 100 ms.
        watch.addScrape(scrape(t0, 2100, 10, {2050, 2090, 2100}));
        now += 15'000;
        watch.evaluate();
        QCOMPARE(noticed.size(), 1);
        QCOMPARE(noticed.takeFirst().at(0).value<AlertNotice>().kind, AlertNotice::Kind::Resolved);
    }

    void routesOfOtherMetricsAreForgotten()
    {
        qint64 now = t0;
        AlertWatch watch;
        watch.setClock([&now] { return now; });
        Catalog c = catalog({}, u"route_error_ratio(payments/charges, 5m) > 5%"_s);
        GatewaySpec gateway;
        gateway.metricsUrl = u"https://gw.internal/metrics"_s;
        c.gateway = gateway;
        watch.setCatalog(c);
        watch.addScrape(scrape(t0 - 60'000, 1000, 0, {1000, 1000, 1000}));
        watch.addScrape(scrape(t0, 1100, 10, {1050, 1090, 1100}));
        const AlertCall ratio{u"route_error_ratio"_s, u"payments/charges"_s, 300'000, {}, 0};
        QCOMPARE(watch.inputs().number(ratio, now), std::optional(10.0));

        // Routes no rule names are not kept.
        const AlertCall refunds{u"route_error_ratio"_s, u"payments/refunds"_s, 300'000, {}, 0};
        GatewayScrape both = scrape(t0 + 60'000, 1200, 10, {1150, 1190, 1200});
        RouteTotals other = both.routes.constFirst();
        other.route = u"refunds"_s;
        both.routes.append(other);
        watch.addScrape(both);
        GatewayScrape again = both;
        again.atMs = t0 + 120'000;
        again.routes[1].requests = 1300;
        watch.addScrape(again);
        QCOMPARE(watch.inputs().number(refunds, t0 + 120'000), std::nullopt);

        // A reload that keeps the metrics keeps the routes; other metrics start over.
        watch.setCatalog(c);
        QCOMPARE(watch.inputs().number(ratio, now), std::optional(10.0));
        c.gateway->metricsUrl = u"https://gw2.internal/metrics"_s;
        watch.setCatalog(c);
        QCOMPARE(watch.inputs().number(ratio, now), std::nullopt);
    }

    void longGapsDependOnTheInterval()
    {
        AlertWatch watch;
        watch.setCatalog(catalog({{u"shop"_s, u"rest"_s}}, u"status(shop) == down"_s, 15'000));
        QCOMPARE(watch.engine().options().maxGapMs, 5 * 60'000);
        watch.setCatalog(catalog({{u"shop"_s, u"rest"_s}}, u"status(shop) == down"_s, 10 * 60'000));
        QCOMPARE(watch.engine().options().maxGapMs, 30 * 60'000);
    }
};

QTEST_GUILESS_MAIN(tst_AlertWatch)
#include "tst_alertwatch.moc"
