#include "alertinputs.h"

#include <QTest>

#include <array>

Q_DECLARE_METATYPE(gw::AlertCall)
Q_DECLARE_METATYPE(std::optional<double>)
Q_DECLARE_METATYPE(std::optional<bool>)

using namespace gw;
using namespace Qt::StringLiterals;

namespace {

const qint64 t0 = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();
constexpr qint64 s = 1000;
constexpr qint64 day = 86'400'000;

CheckUpdate attempt(const QString &check, qint64 atMs, int status, double latencyMs,
                    FailureClass failureClass = FailureClass::None, HealthStatus state = HealthStatus::Up)
{
    CheckUpdate update;
    update.sample.integrationId = u"shop"_s;
    update.sample.checkId = check;
    update.sample.at = QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC);
    update.sample.httpStatus = status;
    update.sample.latencyMs = latencyMs;
    update.sample.failureClass = failureClass;
    update.state = state;
    return update;
}

AlertCall call(const QString &function, const QString &subject, std::optional<qint64> windowMs = {},
               const QString &qualifier = {})
{
    return AlertCall{function, subject, windowMs, qualifier, 0};
}

// shop/rest every 15 s from t0: 100–500 ms, then a timeout and a 503 (50 ms); shop/graphql once.
void fill(AlertInputs &inputs)
{
    const double latencies[] = {100, 200, 300, 400, 500};
    for (int i = 0; i < 5; ++i)
        inputs.add(attempt(u"rest"_s, t0 + i * 15 * s, 200, latencies[i]));
    inputs.add(attempt(u"rest"_s, t0 + 75 * s, 0, 5000, FailureClass::Timeout));
    inputs.add(attempt(u"rest"_s, t0 + 90 * s, 503, 50, FailureClass::HttpStatus, HealthStatus::Down));
    inputs.add(attempt(u"graphql"_s, t0 + 30 * s, 200, 1000));
}

// A delivery of `source` received `atS` seconds after t0: the gateway's verdict and reason, its
// attempts' statuses (oldest first), whether another attempt is planned, and Gatewatch's verdict
// (empty: not checked).
WebhookDelivery delivery(const QString &source, qint64 atS, const QString &gateway, const QString &reason,
                         const QStringList &attempts, bool nextPlanned = false, const QString &signature = {})
{
    WebhookDelivery d;
    d.source = source;
    d.receivedAtMs = t0 + atS * s;
    d.verdict = gateway;
    d.verdictReason = reason;
    for (const QString &status : attempts)
        d.attempts.append(DeliveryAttempt{u"a"_s, d.receivedAtMs, 200, {}, 10.0, status, u"scheduled"_s});
    if (nextPlanned)
        d.nextAttemptMs = d.receivedAtMs + 5 * s;
    if (!signature.isEmpty()) {
        WebhookVerification verification;
        verification.verdict = *webhookVerdictFromName(signature);
        d.verification = verification;
    }
    return d;
}

// shopify's deliveries (seconds after t0; S: its signature failed, D: delivered, R: a repeat the
// gateway rejected, left out of the rate):
//     0  e1 accepted, delivered, valid                              D
//   100  e2 rejected for bad_signature, not checked by Gatewatch   S
//   200  e3 accepted, failed with a retry planned, stale            S
//   300  e4 rejected as a duplicate, valid                          R
//   400  e5 accepted, failed with a retry planned; then, in a later version, delivered     D
//   500  e6 accepted with the gateway's missing_signature, Gatewatch has no secret, delivered S D
//   550  e7 accepted, Gatewatch's bad-signature, delivered          S D
//   560  e8 Gatewatch's duplicate (signed), accepted and delivered    D
//   580  e9 valid, though the gateway says bad_signature; failed for good
// stripe's only one, at 590, delivered.
void fillDeliveries(AlertInputs &inputs)
{
    const QString shop = u"shopify"_s;
    const QString accepted = u"accepted"_s;
    const QString rejected = u"rejected"_s;
    const QStringList success{u"success"_s};
    inputs.addDelivery(u"e1"_s, delivery(shop, 0, accepted, {}, success, false, u"valid"_s));
    inputs.addDelivery(u"e2"_s, delivery(shop, 100, rejected, u"bad_signature"_s, {}));
    inputs.addDelivery(u"e3"_s, delivery(shop, 200, accepted, {}, {u"failed"_s}, true, u"stale"_s));
    inputs.addDelivery(u"e4"_s, delivery(shop, 300, rejected, u"duplicate"_s, {}, false, u"valid"_s));
    inputs.addDelivery(u"e5"_s, delivery(shop, 400, accepted, {}, {u"failed"_s}, true, u"valid"_s));
    inputs.addDelivery(u"e6"_s, delivery(shop, 500, accepted, u"missing_signature"_s, success, false, u"no-secret"_s));
    inputs.addDelivery(u"e7"_s, delivery(shop, 550, accepted, {}, success, false, u"bad-signature"_s));
    inputs.addDelivery(u"e8"_s, delivery(shop, 560, accepted, {}, success, false, u"duplicate"_s));
    inputs.addDelivery(u"e9"_s, delivery(shop, 580, accepted, u"bad_signature"_s, {u"failed"_s}, false, u"valid"_s));
    inputs.addDelivery(u"s1"_s, delivery(u"stripe"_s, 590, accepted, {}, success));
    // e5's retry went through: the later version replaces the first.
    inputs.addDelivery(u"e5"_s, delivery(shop, 400, accepted, {}, {u"failed"_s, u"success"_s}, false, u"valid"_s));
}

using Buckets = std::array<double, 4>; // cumulative at le 100, 500, 1000 and +Inf ms

RouteTotals totals(const QString &service, const std::optional<QString> &route, double requests, double errors5xx,
                   const Buckets &buckets)
{
    RouteTotals t;
    t.service = service;
    t.route = route;
    t.requests = requests;
    t.errors5xx = errors5xx;
    t.errors4xx = 7; // never counted as errors
    t.latency = {{100, buckets[0]}, {500, buckets[1]}, {1000, buckets[2]}, {qInf(), buckets[3]}};
    return t;
}

GatewayScrape scrapeAt(qint64 atS, const QList<RouteTotals> &routes, GatewayFlavor flavor = GatewayFlavor::Kong)
{
    GatewayScrape scrape;
    scrape.flavor = flavor;
    scrape.atMs = t0 + atS * s;
    scrape.routes = routes;
    return scrape;
}

// Scrapes a minute apart, cumulative values, and what each interval gained:
//   payments/charges  0: 1000 requests, 10 5xx, buckets 900 980 995 1000
//                    60: 1100, 12, 990 1075 1095 1100    +100, +2,  90  95 100 100
//                   120: 1300, 22, 1150 1270 1295 1300   +200, +10, 160 195 200 200
//                   180:   50,  5,   40   45   50   50   restarted: +50, +5, 40 45 50 50
//                   240:  150,  5,  135  145  150  150   +100, +0,  95 100 100 100
//   payments/refunds  10 requests until 60, 20 (10 more, all 5xx, all over 1 s) from 120 on
//   billing (no route) 0 until 4 requests at 60, one 5xx, all under 100 ms; gone from 120 on
//   payments/new      only at 240
void fillRoutes(AlertInputs &inputs)
{
    const QString payments = u"payments"_s;
    const std::optional<QString> charges = u"charges"_s;
    const std::optional<QString> refunds = u"refunds"_s;
    const std::optional<QString> none;
    inputs.addScrape(scrapeAt(0, {totals(payments, charges, 1000, 10, {900, 980, 995, 1000}),
                                  totals(payments, refunds, 10, 0, {10, 10, 10, 10}),
                                  totals(u"billing"_s, none, 0, 0, {0, 0, 0, 0})}));
    inputs.addScrape(scrapeAt(60, {totals(payments, charges, 1100, 12, {990, 1075, 1095, 1100}),
                                   totals(payments, refunds, 10, 0, {10, 10, 10, 10}),
                                   totals(u"billing"_s, none, 4, 1, {4, 4, 4, 4})}));
    inputs.addScrape(scrapeAt(120, {totals(payments, charges, 1300, 22, {1150, 1270, 1295, 1300}),
                                    totals(payments, refunds, 20, 10, {10, 10, 10, 20})}));
    inputs.addScrape(scrapeAt(180, {totals(payments, charges, 50, 5, {40, 45, 50, 50}),
                                    totals(payments, refunds, 20, 10, {10, 10, 10, 20})}));
    inputs.addScrape(scrapeAt(240, {totals(payments, charges, 150, 5, {135, 145, 150, 150}),
                                    totals(payments, refunds, 20, 10, {10, 10, 10, 20}),
                                    totals(payments, u"new"_s, 5, 5, {5, 5, 5, 5})}));
}

} // namespace

class tst_AlertInputs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void numbers_data()
    {
        QTest::addColumn<AlertCall>("call");
        QTest::addColumn<std::optional<double>>("expected");

        const qint64 tenMinutes = 600 * s;
        // rest's latencies with a response: 100 200 300 400 500 50 (the timeout has none).
        QTest::newRow("p50 of a check") << call(u"p50"_s, u"shop/rest"_s, tenMinutes) << std::optional(200.0);
        QTest::newRow("p95 of a check") << call(u"p95"_s, u"shop/rest"_s, tenMinutes) << std::optional(500.0);
        QTest::newRow("p99 of a check") << call(u"p99"_s, u"shop/rest"_s, tenMinutes) << std::optional(500.0);
        // With graphql's 1000: seven values, p50 the 4th, p95 the 7th.
        QTest::newRow("p50 of an integration") << call(u"p50"_s, u"shop"_s, tenMinutes) << std::optional(300.0);
        QTest::newRow("p95 of an integration") << call(u"p95"_s, u"shop"_s, tenMinutes) << std::optional(1000.0);
        QTest::newRow("a window's start is outside it")
            << call(u"p50"_s, u"shop/rest"_s, 90 * s) << std::optional(300.0);
        QTest::newRow("a short window") << call(u"p50"_s, u"shop/rest"_s, 30 * s) << std::optional(50.0);
        QTest::newRow("no response in the window") << call(u"p95"_s, u"shop/rest"_s, 1) << std::optional(50.0);
        QTest::newRow("nothing in the window") << call(u"p95"_s, u"shop/graphql"_s, 30 * s) << std::optional<double>();
        // Seven attempts of rest, two failed.
        QTest::newRow("error rate") << call(u"error_rate"_s, u"shop/rest"_s, tenMinutes) << std::optional(200.0 / 7);
        QTest::newRow("error rate of one class")
            << call(u"error_rate"_s, u"shop/rest"_s, tenMinutes, u"timeout"_s) << std::optional(100.0 / 7);
        QTest::newRow("error rate of an integration")
            << call(u"error_rate"_s, u"shop"_s, tenMinutes) << std::optional(200.0 / 8);
        QTest::newRow("error rate without attempts")
            << call(u"error_rate"_s, u"shop/soap"_s, tenMinutes) << std::optional<double>();
        QTest::newRow("failures") << call(u"failures"_s, u"shop"_s, tenMinutes) << std::optional(2.0);
        QTest::newRow("failures of one class")
            << call(u"failures"_s, u"shop"_s, tenMinutes, u"http-status"_s) << std::optional(1.0);
        QTest::newRow("failures in a short window")
            << call(u"failures"_s, u"shop/rest"_s, 20 * s) << std::optional(2.0);
        QTest::newRow("failures before the window")
            << call(u"failures"_s, u"shop/rest"_s, 10 * s) << std::optional(1.0);
        QTest::newRow("a prefix is not the integration")
            << call(u"failures"_s, u"sho"_s, tenMinutes) << std::optional(0.0);
        QTest::newRow("no webhook deliveries")
            << call(u"webhook_signature_failures"_s, u"shopify"_s, tenMinutes) << std::optional<double>();
        QTest::newRow("no gateway metrics")
            << call(u"route_error_ratio"_s, u"payments/charges"_s, tenMinutes) << std::optional<double>();
        QTest::newRow("vendors are measured elsewhere")
            << call(u"vendor_incident"_s, u"stripe"_s) << std::optional<double>();
    }

    void numbers()
    {
        QFETCH(AlertCall, call);
        QFETCH(std::optional<double>, expected);
        AlertInputs inputs;
        fill(inputs);
        const std::optional<double> actual = inputs.number(call, t0 + 90 * s);
        QCOMPARE(actual.has_value(), expected.has_value());
        if (expected)
            QVERIFY2(qAbs(*actual - *expected) < 1e-9, qPrintable(QString::number(*actual)));
    }

    void webhooks_data()
    {
        QTest::addColumn<AlertCall>("call");
        QTest::addColumn<qint64>("nowS"); // seconds after t0
        QTest::addColumn<std::optional<double>>("expected");

        const auto failures = [](const QString &source, qint64 windowS) {
            return call(u"webhook_signature_failures"_s, source, windowS * s);
        };
        const auto rate = [](const QString &source, qint64 windowS) {
            return call(u"webhook_delivery_rate"_s, source, windowS * s);
        };
        // (0, 600]: e2–e9. Failed: e2 (gateway), e3, e6 (gateway; Gatewatch had no secret), e7.
        QTest::newRow("signature failures") << failures(u"shopify"_s, 600) << qint64(600) << std::optional(4.0);
        // e2–e9 but e4, the rejected repeat: 7; delivered e5 (its later version), e6, e7, e8.
        QTest::newRow("delivery rate") << rate(u"shopify"_s, 600) << qint64(600) << std::optional(400.0 / 7);
        // (-60, 600] takes in e1 as well: 8 counted, 5 delivered.
        QTest::newRow("a longer window") << rate(u"shopify"_s, 660) << qint64(600) << std::optional(62.5);
        QTest::newRow("a longer window's failures") << failures(u"shopify"_s, 660) << qint64(600) << std::optional(4.0);
        // (540, 600]: e7, e8, e9: e7 failed; e7 and e8 delivered.
        QTest::newRow("a minute") << failures(u"shopify"_s, 60) << qint64(600) << std::optional(1.0);
        QTest::newRow("a minute's rate") << rate(u"shopify"_s, 60) << qint64(600) << std::optional(200.0 / 3);
        // (570, 600]: e9 alone, which Gatewatch found valid whatever the gateway says, and failed.
        QTest::newRow("Gatewatch's verdict before the gateway's")
            << failures(u"shopify"_s, 30) << qint64(600) << std::optional(0.0);
        QTest::newRow("failed for good") << rate(u"shopify"_s, 30) << qint64(600) << std::optional(0.0);
        // (585, 600]: none of shopify's; stripe's one.
        QTest::newRow("no deliveries: no count")
            << failures(u"shopify"_s, 15) << qint64(600) << std::optional<double>();
        QTest::newRow("no deliveries: no rate") << rate(u"shopify"_s, 15) << qint64(600) << std::optional<double>();
        QTest::newRow("sources apart") << rate(u"stripe"_s, 15) << qint64(600) << std::optional(100.0);
        QTest::newRow("an unknown source") << rate(u"github"_s, 600) << qint64(600) << std::optional<double>();
        // (390, 450]: e5 alone. Counted twice it would be one of two delivered (50 %).
        QTest::newRow("a later version replaces the earlier")
            << rate(u"shopify"_s, 60) << qint64(450) << std::optional(100.0);
        QTest::newRow("a later version is not a second delivery")
            << failures(u"shopify"_s, 60) << qint64(450) << std::optional(0.0);
        // (290, 310]: e4 alone, a repeat the gateway rejected: a delivery, but none to rate.
        QTest::newRow("a rejected repeat is not rated")
            << rate(u"shopify"_s, 20) << qint64(310) << std::optional<double>();
        QTest::newRow("a rejected repeat is no signature failure")
            << failures(u"shopify"_s, 20) << qint64(310) << std::optional(0.0);
        // (555, 560]: e8, a duplicate Gatewatch found, which the gateway forwarded.
        QTest::newRow("a forwarded duplicate is rated") << rate(u"shopify"_s, 5) << qint64(560) << std::optional(100.0);
        // (0, 100]: e2 alone, rejected for its signature: a failure, and not delivered.
        QTest::newRow("rejected for its signature") << rate(u"shopify"_s, 100) << qint64(100) << std::optional(0.0);
        // The window ends at now: e3 at 200 is still to come at 199.
        QTest::newRow("nothing after now") << failures(u"shopify"_s, 100) << qint64(199) << std::optional(1.0);
        // e3 at 200, retrying: not delivered yet.
        QTest::newRow("in progress is not delivered") << rate(u"shopify"_s, 1) << qint64(200) << std::optional(0.0);
    }

    void webhooks()
    {
        QFETCH(AlertCall, call);
        QFETCH(qint64, nowS);
        QFETCH(std::optional<double>, expected);
        AlertInputs inputs;
        fillDeliveries(inputs);
        const std::optional<double> actual = inputs.number(call, t0 + nowS * s);
        QCOMPARE(actual.has_value(), expected.has_value());
        if (expected)
            QVERIFY2(qAbs(*actual - *expected) < 1e-9, qPrintable(QString::number(*actual)));
    }

    void pruneKeepsWhatWebhookWindowsNeed()
    {
        AlertInputs inputs;
        fillDeliveries(inputs);
        inputs.setRetention(100 * s);
        inputs.prune(t0 + 600 * s);
        // (500, 600] is kept: e7, e8, e9 (e6 at 500 is out): e7 failed; two of three delivered.
        const AlertCall failures = call(u"webhook_signature_failures"_s, u"shopify"_s, 600 * s);
        const AlertCall rate = call(u"webhook_delivery_rate"_s, u"shopify"_s, 600 * s);
        QCOMPARE(inputs.number(failures, t0 + 600 * s), std::optional(1.0));
        QCOMPARE(inputs.number(rate, t0 + 600 * s), std::optional(200.0 / 3));
        // A later version of e9, delivered after all, still replaces it.
        inputs.addDelivery(u"e9"_s, delivery(u"shopify"_s, 580, u"accepted"_s, u"bad_signature"_s,
                                             {u"failed"_s, u"success"_s}, false, u"valid"_s));
        QCOMPARE(inputs.number(rate, t0 + 600 * s), std::optional(100.0));
        inputs.prune(t0 + 700 * s); // all of shopify's are gone
        QCOMPARE(inputs.number(failures, t0 + 700 * s), std::nullopt);
    }

    void routes_data()
    {
        QTest::addColumn<AlertCall>("call");
        QTest::addColumn<std::optional<double>>("expected");

        const auto ratio = [](const QString &route, qint64 windowS) {
            return call(u"route_error_ratio"_s, route, windowS * s);
        };
        const auto p95 = [](const QString &route, qint64 windowS) { return call(u"route_p95"_s, route, windowS * s); };
        // At 240, a 5m window (-60, 240] holds all four intervals of charges: 450 requests, 17 5xx.
        QTest::newRow("error ratio") << ratio(u"payments/charges"_s, 300) << std::optional(1700.0 / 450);
        // Buckets 385 435 450 450: the 427.5th of 450 is in (100, 500], 42.5 of its 50:
        // 100 + 400 * 42.5 / 50.
        QTest::newRow("p95") << p95(u"payments/charges"_s, 300) << std::optional(440.0);
        // (59, 240]: the intervals from 60 on: 350 requests, 15 5xx.
        QTest::newRow("intervals inside the window")
            << ratio(u"payments/charges"_s, 181) << std::optional(1500.0 / 350);
        // (60, 240]: the interval from 60 starts at the window's start, so it is outside: 150, 5.
        QTest::newRow("an interval from the window's start is outside")
            << ratio(u"payments/charges"_s, 180) << std::optional(500.0 / 150);
        // (119, 240]: the restart's interval gained 50 requests and 5 5xx (not -1250 and -17),
        // then 100 and none: 5 of 150.
        QTest::newRow("a counter reset") << ratio(u"payments/charges"_s, 121) << std::optional(500.0 / 150);
        // Buckets 135 145 150 150: the 142.5th is in (100, 500], 7.5 of its 10: 100 + 400 * 0.75.
        QTest::newRow("p95 across a reset") << p95(u"payments/charges"_s, 121) << std::optional(400.0);
        // (179, 240]: 100 requests, none failed; buckets 95 100 100 100: the 95th of 100 is in
        // (0, 100], 95 of its 95.
        QTest::newRow("no errors") << ratio(u"payments/charges"_s, 61) << std::optional(0.0);
        QTest::newRow("p95 of the last interval") << p95(u"payments/charges"_s, 61) << std::optional(100.0);
        // (210, 240]: the interval from 180 began before it.
        QTest::newRow("a window shorter than a scrape interval")
            << ratio(u"payments/charges"_s, 30) << std::optional<double>();
        // refunds gained 10 requests, all 5xx, all over 1 s, in (60, 120] alone.
        QTest::newRow("every request failed") << ratio(u"payments/refunds"_s, 300) << std::optional(100.0);
        QTest::newRow("p95 beyond the highest bound is that bound")
            << p95(u"payments/refunds"_s, 300) << std::optional(1000.0);
        QTest::newRow("an idle route has no ratio") << ratio(u"payments/refunds"_s, 120) << std::optional<double>();
        QTest::newRow("an idle route has no p95") << p95(u"payments/refunds"_s, 120) << std::optional<double>();
        // payments: charges and refunds (new was scraped once: no interval). 460 requests, 27 5xx.
        QTest::newRow("a service's routes") << ratio(u"payments"_s, 300) << std::optional(2700.0 / 460);
        // Buckets by bound 385 435 450 460: the 437th is in (500, 1000], 2 of its 15.
        QTest::newRow("a service's p95") << p95(u"payments"_s, 300) << std::optional(500.0 + 500.0 * 2 / 15);
        QTest::newRow("a route seen once") << ratio(u"payments/new"_s, 300) << std::optional<double>();
        // billing's requests matched no route: the service stands for them. 4 requests at 60, one 5xx;
        // the 3.8th of 4 is in (0, 100].
        QTest::newRow("requests without a route") << ratio(u"billing"_s, 300) << std::optional(25.0);
        QTest::newRow("their p95") << p95(u"billing"_s, 300) << std::optional(95.0);
        QTest::newRow("a service's route is not the service")
            << ratio(u"billing/none"_s, 300) << std::optional<double>();
        QTest::newRow("an unknown route") << ratio(u"payments/payouts"_s, 300) << std::optional<double>();
        QTest::newRow("an unknown service") << p95(u"shop"_s, 300) << std::optional<double>();
    }

    void routes()
    {
        QFETCH(AlertCall, call);
        QFETCH(std::optional<double>, expected);
        AlertInputs inputs;
        fillRoutes(inputs);
        const std::optional<double> actual = inputs.number(call, t0 + 240 * s);
        QCOMPARE(actual.has_value(), expected.has_value());
        if (expected)
            QVERIFY2(qAbs(*actual - *expected) < 1e-9, qPrintable(QString::number(*actual)));
    }

    void routesKeepOnlyWhatIsWatched()
    {
        const AlertCall charges = call(u"route_error_ratio"_s, u"payments/charges"_s, 300 * s);
        const AlertCall refunds = call(u"route_error_ratio"_s, u"payments/refunds"_s, 300 * s);
        const AlertCall billing = call(u"route_error_ratio"_s, u"billing"_s, 300 * s);
        const qint64 now = t0 + 240 * s;

        const QList<AlertExpression> rules{
            *AlertExpression::parse(u"route_error_ratio(payments/charges, 5m) > 1% or failures(shop, 5m) > 0"),
            *AlertExpression::parse(u"route_p95(billing, 5m) > 1s"),
        };
        QCOMPARE(AlertInputs::routeSubjects(rules), (QSet<QString>{u"payments/charges"_s, u"billing"_s}));

        AlertInputs inputs;
        inputs.watchRoutes({u"payments/charges"_s});
        fillRoutes(inputs);
        QCOMPARE(inputs.number(charges, now), std::optional(1700.0 / 450));
        QCOMPARE(inputs.number(refunds, now), std::nullopt);
        QCOMPARE(inputs.number(billing, now), std::nullopt);

        // Watched from now on: the next interval counts (refunds idle, so billing's alone).
        inputs.watchRoutes({u"payments"_s, u"billing"_s});
        inputs.addScrape(scrapeAt(300, {totals(u"billing"_s, std::nullopt, 10, 1, {10, 10, 10, 10})}));
        // billing gained 6 requests, none failed, since its scrape at 60.
        QCOMPARE(inputs.number(billing, now + 60 * s), std::optional(0.0));
        // Watching less drops the rest.
        inputs.watchRoutes({u"billing"_s});
        QCOMPARE(inputs.number(charges, now), std::nullopt);

        // Other names (another flavor) or other metrics start over.
        AlertInputs other;
        fillRoutes(other);
        other.addScrape(
            scrapeAt(300, {totals(u"payments"_s, u"charges"_s, 200, 200, {0, 0, 0, 200})}, GatewayFlavor::Traefik));
        QCOMPARE(other.number(charges, now + 60 * s), std::nullopt);
        fillRoutes(other); // Kong again, from its first scrape
        other.forgetRoutes();
        QCOMPARE(other.number(charges, now), std::nullopt);
    }

    void pruneKeepsWhatRouteWindowsNeed()
    {
        AlertInputs inputs;
        fillRoutes(inputs);
        inputs.setRetention(120 * s);
        inputs.prune(t0 + 240 * s);
        // Intervals from after 120 are kept: charges' (180, 240] alone: 100 requests, no 5xx.
        QCOMPARE(inputs.number(call(u"route_error_ratio"_s, u"payments/charges"_s, 300 * s), t0 + 240 * s),
                 std::optional(0.0));
        // billing, gone from the pages since 60, is forgotten: back at 300, it starts over.
        inputs.addScrape(scrapeAt(300, {totals(u"billing"_s, std::nullopt, 10, 10, {10, 10, 10, 10})}));
        QCOMPARE(inputs.number(call(u"route_error_ratio"_s, u"billing"_s, 300 * s), t0 + 300 * s), std::nullopt);
        // Scrapes not newer than a route's last are ignored.
        inputs.addScrape(scrapeAt(240, {totals(u"payments"_s, u"charges"_s, 0, 0, {0, 0, 0, 0})}));
        QCOMPARE(inputs.number(call(u"route_error_ratio"_s, u"payments/charges"_s, 300 * s), t0 + 240 * s),
                 std::optional(0.0));
    }

    void states()
    {
        AlertInputs inputs;
        fill(inputs);
        QCOMPARE(inputs.state(call(u"status"_s, u"shop/rest"_s), t0), std::optional(u"down"_s));
        QCOMPARE(inputs.state(call(u"status"_s, u"shop/graphql"_s), t0), std::optional(u"up"_s));
        QCOMPARE(inputs.state(call(u"status"_s, u"shop"_s), t0), std::optional(u"down"_s)); // the worst check's
        QCOMPARE(inputs.state(call(u"status"_s, u"stripe"_s), t0), std::nullopt);
        inputs.retainChecks({u"shop/rest"_s, u"shop/graphql"_s, u"stripe/api"_s}); // all still there
        QCOMPARE(inputs.state(call(u"status"_s, u"shop/rest"_s), t0), std::optional(u"down"_s));
        inputs.retainChecks({u"shop/graphql"_s});
        QCOMPARE(inputs.state(call(u"status"_s, u"shop"_s), t0), std::optional(u"up"_s));
        inputs.add(attempt(u"rest"_s, t0 + 95 * s, 200, 100, FailureClass::None, HealthStatus::Down));
        inputs.forgetCheck(u"shop"_s, u"rest"_s);
        QCOMPARE(inputs.state(call(u"status"_s, u"shop/rest"_s), t0), std::nullopt);
        QCOMPARE(inputs.number(call(u"failures"_s, u"shop"_s, 600 * s), t0 + 90 * s), std::optional(0.0));
    }

    void quotas()
    {
        // Two of shop's quotas: calls burn 1 a second with 40 left and a reset an hour away (out
        // in 40 s, before the reset); points stand still at half.
        AlertInputs inputs;
        auto reading = [](const QString &policy, double remaining) {
            QuotaReading r;
            r.policy = policy;
            r.limit = 1000;
            r.remaining = remaining;
            r.resetAt = QDateTime::fromMSecsSinceEpoch(t0 + 3600 * s, Qt::UTC);
            return r;
        };
        CheckUpdate first = attempt(u"rest"_s, t0, 200, 100);
        first.sample.quotas = {reading(u"calls"_s, 100), reading(u"points"_s, 500)};
        CheckUpdate second = attempt(u"rest"_s, t0 + 60 * s, 200, 100);
        second.sample.quotas = {reading(u"calls"_s, 40), reading(u"points"_s, 500)};
        inputs.add(first);
        inputs.add(second);
        const qint64 now = t0 + 60 * s;
        QCOMPARE(inputs.number(call(u"quota_left"_s, u"shop"_s), now), std::optional(4.0));
        QCOMPARE(inputs.number(call(u"quota_exhausts_before_reset"_s, u"shop"_s), now), std::optional(1.0));
        QCOMPARE(inputs.number(call(u"quota_left"_s, u"slack"_s), now), std::nullopt);
        QCOMPARE(inputs.number(call(u"quota_exhausts_before_reset"_s, u"slack"_s), now), std::nullopt);

        // Points alone: half left, nothing burning.
        AlertInputs calm;
        CheckUpdate only = attempt(u"rest"_s, t0, 200, 100);
        only.sample.quotas = {reading(u"points"_s, 500)};
        calm.add(only);
        QCOMPARE(calm.number(call(u"quota_left"_s, u"shop"_s), t0), std::optional(50.0));
        QCOMPARE(calm.number(call(u"quota_exhausts_before_reset"_s, u"shop"_s), t0), std::optional(0.0));
    }

    void certificates()
    {
        AlertInputs inputs;
        CheckUpdate rest = attempt(u"rest"_s, t0, 200, 100);
        rest.sample.tls = TlsInfo{QDateTime::fromMSecsSinceEpoch(t0 + 20 * day, Qt::UTC), u"old"_s};
        inputs.add(rest);
        rest.sample.at = QDateTime::fromMSecsSinceEpoch(t0 + 60 * s, Qt::UTC); // renewed since
        rest.sample.tls = TlsInfo{QDateTime::fromMSecsSinceEpoch(t0 + 60 * s + 10 * day, Qt::UTC), u"new"_s};
        inputs.add(rest);
        CheckUpdate graphql = attempt(u"graphql"_s, t0 + 30 * s, 200, 100);
        graphql.sample.tls = TlsInfo{QDateTime::fromMSecsSinceEpoch(t0 + 60 * s + day * 11 / 2, Qt::UTC), u"gql"_s};
        inputs.add(graphql);
        const qint64 now = t0 + 60 * s;
        QCOMPARE(inputs.number(call(u"tls_days"_s, u"shop/rest"_s), now), std::optional(10.0));
        QCOMPARE(inputs.number(call(u"tls_days"_s, u"shop"_s), now), std::optional(5.5));
        QCOMPARE(inputs.number(call(u"tls_days"_s, u"shop"_s), now + 6 * day), std::optional(-0.5)); // expired
        QCOMPARE(inputs.number(call(u"tls_days"_s, u"stripe"_s), now), std::nullopt);
    }

    void pruneKeepsWhatWindowsNeed()
    {
        AlertInputs inputs;
        fill(inputs);
        inputs.setRetention(60 * s);
        inputs.prune(t0 + 90 * s);
        // rest keeps (30 s, 90 s]: 400, 500, the timeout and 50; graphql keeps its only, newest attempt.
        QCOMPARE(inputs.number(call(u"failures"_s, u"shop/rest"_s, 600 * s), t0 + 90 * s), std::optional(2.0));
        QCOMPARE(inputs.number(call(u"p50"_s, u"shop/rest"_s, 600 * s), t0 + 90 * s), std::optional(400.0));
        QCOMPARE(inputs.number(call(u"p50"_s, u"shop/graphql"_s, 600 * s), t0 + 90 * s), std::optional(1000.0));
    }

    void attemptsOutOfOrder()
    {
        AlertInputs inputs;
        inputs.add(attempt(u"rest"_s, t0 + 30 * s, 200, 300));
        inputs.add(attempt(u"rest"_s, t0 + 10 * s, 200, 100)); // late
        inputs.setRetention(25 * s);
        inputs.prune(t0 + 40 * s); // drops the one at 10 s, though it came last
        QCOMPARE(inputs.number(call(u"p50"_s, u"shop/rest"_s, 600 * s), t0 + 40 * s), std::optional(300.0));
    }

    // Latest attempt per integration ("id:class" or "id:class@seconds before now"), what the
    // operating system says, and whether that is the workstation's network.
    void localNetwork_data()
    {
        QTest::addColumn<QStringList>("latest");
        QTest::addColumn<std::optional<bool>>("online");
        QTest::addColumn<bool>("down");

        const std::optional<bool> unknown;
        QTest::newRow("three cut off") << QStringList{u"a:connect"_s, u"b:dns"_s, u"c:local-network"_s} << unknown
                                       << true;
        QTest::newRow("two are not enough") << QStringList{u"a:connect"_s, u"b:dns"_s} << unknown << false;
        QTest::newRow("four of five") << QStringList{u"a:connect"_s, u"b:dns"_s, u"c:connect"_s, u"d:connect"_s,
                                                     u"e:none"_s}
                                      << unknown << true;
        QTest::newRow("three of five") << QStringList{u"a:connect"_s, u"b:dns"_s, u"c:connect"_s, u"d:none"_s,
                                                      u"e:none"_s}
                                       << unknown << false;
        QTest::newRow("timeouts are the vendors'")
            << QStringList{u"a:timeout"_s, u"b:timeout"_s, u"c:timeout"_s} << unknown << false;
        QTest::newRow("HTTP errors are the vendors'")
            << QStringList{u"a:http-status"_s, u"b:http-status"_s, u"c:connect"_s} << unknown << false;
        QTest::newRow("stale attempts do not count")
            << QStringList{u"a:connect@200"_s, u"b:dns@200"_s, u"c:connect"_s} << unknown << false;
        QTest::newRow("one integration with a check still reaching out")
            << QStringList{u"a:connect"_s, u"a:none"_s, u"b:dns"_s, u"c:connect"_s} << unknown << false;
        QTest::newRow("the OS says offline") << QStringList{u"a:none"_s} << std::optional(false) << true;
        QTest::newRow("the OS says online, the checks disagree")
            << QStringList{u"a:connect"_s, u"b:dns"_s, u"c:connect"_s} << std::optional(true) << true;
        QTest::newRow("nothing attempted") << QStringList{} << unknown << false;
    }

    void localNetwork()
    {
        QFETCH(QStringList, latest);
        QFETCH(std::optional<bool>, online);
        QFETCH(bool, down);
        const qint64 now = t0 + 600 * s;
        AlertInputs inputs;
        inputs.setOnline(online);
        int n = 0;
        for (const QString &entry : latest) {
            const QString integration = entry.section(u':', 0, 0);
            const QString rest = entry.section(u':', 1);
            const FailureClass failure = failureClassFromName(rest.section(u'@', 0, 0)).value_or(FailureClass::None);
            const qint64 ago = rest.contains(u'@') ? rest.section(u'@', 1).toLongLong() * s : 5 * s;
            CheckUpdate update = attempt(u"check%1"_s.arg(n++), now - ago, failure == FailureClass::None ? 200 : 0, 10,
                                         failure);
            update.sample.integrationId = integration;
            // An older success before each latest attempt: only the latest counts.
            CheckUpdate earlier = update;
            earlier.sample.at = earlier.sample.at.addSecs(-30);
            earlier.sample.failureClass = FailureClass::None;
            inputs.add(earlier);
            inputs.add(update);
        }
        QCOMPARE(inputs.localNetworkDown(now), down);
        QCOMPARE(inputs.number(call(u"local_network_down"_s, u"workstation"_s), now), std::optional(down ? 1.0 : 0.0));
    }

    void vendorIncidents()
    {
        // Without a reading, or after a failed one, the vendor says nothing.
        AlertInputs inputs;
        const AlertCall stripe = call(u"vendor_incident"_s, u"stripe"_s);
        QCOMPARE(inputs.number(stripe, 0), std::nullopt);
        inputs.setVendorIncident(u"stripe"_s, true);
        QCOMPARE(inputs.number(stripe, 0), std::optional(1.0));
        QCOMPARE(inputs.number(call(u"vendor_incident"_s, u"shopify"_s), 0), std::nullopt);
        inputs.setVendorIncident(u"stripe"_s, false);
        QCOMPARE(inputs.number(stripe, 0), std::optional(0.0));
        inputs.setVendorIncident(u"stripe"_s, std::nullopt);
        QCOMPARE(inputs.number(stripe, 0), std::nullopt);
    }

    void longestWindow()
    {
        const QList<AlertExpression> expressions{
            *AlertExpression::parse(u"p95(a, 10m) > 1s and failures(a, 1h) > 0"),
            *AlertExpression::parse(u"status(a) == down"),
        };
        QCOMPARE(AlertInputs::longestWindow(expressions), 3'600'000);
        QCOMPARE(AlertInputs::longestWindow({}), 0);
    }
};

QTEST_GUILESS_MAIN(tst_AlertInputs)
#include "tst_alertinputs.moc"
