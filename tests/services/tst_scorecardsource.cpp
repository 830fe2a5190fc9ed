#include "configloader.h"
#include "historyreader.h"
#include "historystore.h"
#include "incidentstore.h"
#include "scorecardsource.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <cmath>
#include <limits>
#include <memory>

using namespace gw;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 minute = 60'000;
constexpr qint64 hour = 60 * minute;
constexpr qint64 day = 24 * hour;

// 10 November 2026, 00:00 UTC: the period under test is that day; the previous one is the 9th.
const qint64 t0 = QDateTime(QDate(2026, 11, 10), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();

qint64 at(int h, int m = 0)
{
    return t0 + h * hour + m * minute;
}

// Width of one latency histogram bucket, relative: a p95 read from rollups lies in the exact one's bucket.
const double bucketResolution = std::exp2(1.0 / LatencyHistogram::bucketsPerDoubling) - 1.0;

const QByteArray config = R"(integrations:
  - id: acme-api
    checks:
      - id: rest
        url: https://api.acme.example/rest
        quota_limits: {default: 80}
      - id: graphql
        url: https://api.acme.example/graphql
  - id: acme-pay
    checks:
      - id: charge
        url: https://pay.acme.example/charge
  - id: other
    checks:
      - id: ping
        url: https://other.example/ping
gateway:
  metrics_url: https://gw.example/metrics
  events_url: https://gw.example/events
  routes:
    acme-api: {service: acme-svc}
    acme-pay: {service: pay, route: charges}
vendors:
  - id: acme
    name: Acme
    integrations: [acme-api, acme-pay]
    contract: {availability: 99.0, p95_latency: 300ms}
  - id: globex
    integrations: [other]
alerts:
  - name: acme-down
    when: status(acme-api) == down
  - name: acme-pay-route
    when: route_error_ratio(pay/charges, 5m) > 5%
  - name: acme-hooks
    when: webhook_delivery_rate(acme-pay, 10m) < 90%
  - name: other-down
    when: status(other) == down
)";

CheckUpdate attempt(const QString &integration, const QString &check, qint64 atMs, HealthStatus verdict,
                    double latencyMs = 100, FailureClass failure = FailureClass::HttpStatus)
{
    CheckUpdate u;
    u.sample.integrationId = integration;
    u.sample.checkId = check;
    u.sample.at = QDateTime::fromMSecsSinceEpoch(atMs, QTimeZone::utc());
    u.sample.verdict = verdict;
    u.state = verdict;
    if (verdict == HealthStatus::Down && failure == FailureClass::LocalNetwork) {
        u.sample.failureClass = failure;
        u.sample.reason = u"the network is unreachable"_s;
        return u;
    }
    u.sample.latencyMs = latencyMs;
    u.sample.httpStatus = verdict == HealthStatus::Down ? 500 : 200;
    if (verdict == HealthStatus::Down) {
        u.sample.failureClass = failure;
        u.sample.reason = u"HTTP 500"_s;
    }
    return u;
}

QList<CheckUpdate> repeated(const QString &integration, const QString &check, qint64 fromMs, int count,
                            HealthStatus verdict, double latencyMs = 100,
                            FailureClass failure = FailureClass::HttpStatus)
{
    QList<CheckUpdate> updates;
    for (int i = 0; i < count; ++i)
        updates.append(attempt(integration, check, fromMs + i * minute, verdict, latencyMs, failure));
    return updates;
}

QuotaReading quota(double remaining, std::optional<double> limit)
{
    QuotaReading reading;
    reading.remaining = remaining;
    reading.limit = limit;
    return reading;
}

enum class Outcome { Delivered, Undelivered, Retrying, Rejected };

GatewayEvent delivery(const QString &id, const QString &source, qint64 timeMs, Outcome outcome,
                      std::optional<WebhookVerdict> verdict = std::nullopt, const QString &gatewayReason = {})
{
    WebhookDelivery d;
    d.source = source;
    d.topic = u"charge.succeeded"_s;
    d.receivedAtMs = timeMs;
    d.body = "{}";
    d.verdict = outcome == Outcome::Rejected ? u"rejected"_s : u"accepted"_s;
    d.verdictReason = gatewayReason;
    if (outcome != Outcome::Rejected) {
        DeliveryAttempt a;
        a.id = id + u"-1"_s;
        a.timestampMs = timeMs + 1000;
        a.status = outcome == Outcome::Delivered ? u"success"_s : u"failed"_s;
        a.responseStatusCode = outcome == Outcome::Delivered ? 200 : 500;
        a.triggerType = u"scheduled"_s;
        d.attempts.append(a);
        if (outcome == Outcome::Retrying)
            d.nextAttemptMs = timeMs + 5 * minute;
    }
    if (verdict) {
        WebhookVerification v;
        v.verdict = *verdict;
        v.scheme = u"stripe"_s;
        d.verification = v;
    }
    GatewayEvent event;
    event.id = id;
    event.cursor = id;
    event.timeMs = timeMs;
    event.detail = d;
    return event;
}

IncidentEvent incident(qint64 atMs, const QString &rule, qint64 startMs, IncidentEvent::Kind kind)
{
    IncidentEvent event;
    event.atMs = atMs;
    event.rule = rule;
    event.incidentStartMs = startMs;
    event.kind = kind;
    event.severity = AlertSeverity::Critical;
    if (kind == IncidentEvent::Kind::Acknowledged)
        event.user = u"ops"_s;
    if (kind == IncidentEvent::Kind::Notified)
        event.channel = u"desktop"_s;
    return event;
}

// Writes through a real store whose clock reads `nowMs`.
bool populate(const QString &path, const QList<CheckUpdate> &updates,
              const QList<std::tuple<QString, QString, HealthStatus, qint64>> &states,
              const QList<GatewayEvent> &events, qint64 nowMs, const QList<VendorStatusReading> &readings = {})
{
    auto clock = std::make_shared<std::atomic<qint64>>(nowMs);
    HistoryStore::Options options;
    options.path = path;
    options.clock = [clock] { return clock->load(); };
    options.commitIntervalMs = 50;
    HistoryStore store(options);
    store.open();
    if (!QTest::qWaitFor([&] { return store.status() != HistoryStore::Status::Opening; }, 10'000)
        || store.status() != HistoryStore::Status::Ok)
        return false;
    store.record(updates);
    for (const auto &[integration, check, state, atMs] : states)
        store.recordState(integration, check, state, atMs);
    for (const VendorStatusReading &reading : readings)
        store.recordVendorStatus(reading);
    if (!events.isEmpty()) {
        QSignalSpy committed(&store, &HistoryStore::eventsCommitted);
        store.appendEvents(u"gateway"_s, events, events.constLast().cursor);
        if (!committed.wait(10'000))
            return false;
    }
    QSignalSpy flushed(&store, &HistoryStore::flushed);
    store.flush();
    return flushed.wait(30'000);
}

VendorStatusReading statusReading(const QString &vendor, qint64 atMs, const QList<StatusIncident> &incidents,
                                  const QList<StatusMaintenance> &maintenances)
{
    VendorStatusReading reading;
    reading.vendorId = vendor;
    reading.atMs = atMs;
    StatusPage page;
    page.incidents = incidents;
    page.maintenances = maintenances;
    reading.page = page;
    return reading;
}

StatusIncident resolvedIncident(const QString &id, const QString &name, const QString &impact, qint64 startMs,
                                qint64 endMs)
{
    StatusIncident incident;
    incident.id = id;
    incident.name = name;
    incident.impact = impact;
    incident.status = u"resolved"_s;
    incident.createdAtMs = startMs;
    incident.resolvedAtMs = endMs;
    return incident;
}

StatusMaintenance maintenanceWindow(const QString &id, const QString &name, qint64 fromMs, qint64 untilMs)
{
    StatusMaintenance maintenance;
    maintenance.id = id;
    maintenance.name = name;
    maintenance.status = u"completed"_s;
    maintenance.scheduledForMs = fromMs;
    maintenance.scheduledUntilMs = untilMs;
    return maintenance;
}

bool near(double actual, double expected, double tolerance = 1e-6)
{
    return std::abs(actual - expected) <= tolerance;
}

} // namespace

class tst_ScorecardSource : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Catalog m_catalog;
    QString m_history;
    QString m_incidents;
    // The store's clock: a day and a half after the period, so its raw samples are still kept.
    const qint64 m_now = t0 + day + 12 * hour;

    const VendorSpec &acme() const { return *m_catalog.vendor(u"acme"_s); }

    // The day under test, hour by hour (hourly buckets, UTC). Vendor acme has acme-api (checks
    // rest and graphql) and acme-pay (check charge); globex has other.
    //
    //  hour  acme-api                      acme-pay                       excluded     monitored  down share  down
    //  00    rest 4 up, graphql 3 up 1     charge 4 up                    -            60 min     max(1/8, 0)  7.5
    //        down: 7 up 1 down
    //  01    rest 4 up                     charge 2 up 2 down (HTTP 500)  offline      30 min     max(0, 2/4)   15
    //                                      + 3 local-network failures     01:00-01:30
    //  02    rest up 02:00, 02:50;         charge up 02:10, 02:58         paused       30 min     max(1/4, 0)   7.5
    //        graphql up 02:05, down 02:55  every check paused 02:15,      02:15-02:45
    //        (3 up 1 down)                 resumed 02:45
    //  03    rest 2 up (200 ms)            charge 2 up (200 ms)           -            60 min     0             0
    //                                                                                  ---------               ----
    //                                                                                  180 min                 30 min
    // availability = 100 × (1 − 30 / 180) = 83.3333 %
    // attempts (local-network failures left out) = 12 + 8 + 6 + 4 = 30, failures = 1 + 2 + 1 = 4:
    // error rate 13.333 %; usage["requests"] = 30.
    // latencies: 26 at 100 ms, 4 at 200 ms: the 29th of 30 (p95) is 200 ms, under the 300 ms target.
    // quotas of acme-api: 30 of 100 at 03:00 (30 %), 12 of the configured 80 at 03:30 (15 %): 15 %.
    // other/ping is down all of hour 00: not acme's.
    //
    // Incidents: acme-down 05:00, acknowledged 05:06, resolved 06:15; acme-pay-route 10:00,
    // resolved 10:20: 2, MTTA 6 min, MTTR (75 + 20) / 2 = 47.5 min. acme-down of 9 Nov 22:00
    // (resolved 00:30) started before the period; other-down is globex's; local-network 20:00 was
    // never resolved and is not excluded.
    //
    // Webhooks: acme-pay 3 delivered, 1 undelivered, 1 still retrying, 1 rejected for a bad
    // signature (the gateway's reason); acme (the vendor's own name) 1 delivered that Gatewatch
    // found badly signed; other 2 delivered; acme-pay 1 on 9 Nov. Finished: 5, delivered 4 (80 %),
    // signature failures 2.
    //
    // Score (default weights; no cost, no support): availability 83.33 < 99 with u = 16.67 beyond
    // 10 × a = 10: 0; latency 5; errors 5 − 13.33 < 0: 0; incidents 5 − 2 = 3.
    // (0.35 × 0 + 0.2 × 5 + 0.15 × 0 + 0.15 × 3) / 0.85 = 1.45 / 0.85 = 1.705882.
    // Previous day: rest 4 up at 23:10–23:13 (availability 100, p95 100 ms, no errors) and the
    // acme-down incident of 22:00: (0.35 × 5 + 0.2 × 5 + 0.15 × 5 + 0.15 × 4) / 0.85 = 4.1 / 0.85
    // = 4.823529; trend 1.705882 − 4.823529 = −3.117647.
    void seed()
    {
        QList<CheckUpdate> updates;
        // The day before.
        updates += repeated(u"acme-api"_s, u"rest"_s, at(-1, 10), 4, HealthStatus::Up);
        // 00
        updates += repeated(u"acme-api"_s, u"rest"_s, at(0, 1), 4, HealthStatus::Up);
        updates += repeated(u"acme-api"_s, u"graphql"_s, at(0, 2), 3, HealthStatus::Up);
        updates += attempt(u"acme-api"_s, u"graphql"_s, at(0, 30), HealthStatus::Down);
        updates += repeated(u"acme-pay"_s, u"charge"_s, at(0, 3), 4, HealthStatus::Up);
        updates += repeated(u"other"_s, u"ping"_s, at(0, 4), 4, HealthStatus::Down);
        // 01
        updates += repeated(u"acme-api"_s, u"rest"_s, at(1, 1), 4, HealthStatus::Up);
        updates += repeated(u"acme-pay"_s, u"charge"_s, at(1, 5), 3, HealthStatus::Down, 0, FailureClass::LocalNetwork);
        updates += repeated(u"acme-pay"_s, u"charge"_s, at(1, 40), 2, HealthStatus::Up);
        updates += repeated(u"acme-pay"_s, u"charge"_s, at(1, 50), 2, HealthStatus::Down);
        // 02
        updates += attempt(u"acme-api"_s, u"rest"_s, at(2, 0), HealthStatus::Up);
        updates += attempt(u"acme-api"_s, u"graphql"_s, at(2, 5), HealthStatus::Up);
        updates += attempt(u"acme-pay"_s, u"charge"_s, at(2, 10), HealthStatus::Up);
        updates += attempt(u"acme-api"_s, u"rest"_s, at(2, 50), HealthStatus::Up);
        updates += attempt(u"acme-api"_s, u"graphql"_s, at(2, 55), HealthStatus::Down);
        updates += attempt(u"acme-pay"_s, u"charge"_s, at(2, 58), HealthStatus::Up);
        // 03
        CheckUpdate first = attempt(u"acme-api"_s, u"rest"_s, at(3, 0), HealthStatus::Up, 200);
        first.sample.quotas = {quota(30, 100.0)};
        CheckUpdate second = attempt(u"acme-api"_s, u"rest"_s, at(3, 30), HealthStatus::Up, 200);
        second.sample.quotas = {quota(12, std::nullopt)};
        updates += {first, second};
        updates += repeated(u"acme-pay"_s, u"charge"_s, at(3, 0), 2, HealthStatus::Up, 200);

        QList<std::tuple<QString, QString, HealthStatus, qint64>> states;
        for (const auto &[integration, check] :
             {std::pair(u"acme-api"_s, u"rest"_s), std::pair(u"acme-api"_s, u"graphql"_s),
              std::pair(u"acme-pay"_s, u"charge"_s)}) {
            states.append({integration, check, HealthStatus::Paused, at(2, 15)});
            states.append({integration, check, HealthStatus::Unknown, at(2, 45)});
        }

        const QList<GatewayEvent> events{
            delivery(u"d01"_s, u"acme-pay"_s, at(-12), Outcome::Delivered),
            delivery(u"d02"_s, u"acme-pay"_s, at(4, 0), Outcome::Delivered),
            delivery(u"d03"_s, u"acme-pay"_s, at(4, 1), Outcome::Delivered),
            delivery(u"d04"_s, u"acme-pay"_s, at(4, 2), Outcome::Delivered, WebhookVerdict::Valid),
            delivery(u"d05"_s, u"acme-pay"_s, at(4, 3), Outcome::Undelivered),
            delivery(u"d06"_s, u"acme-pay"_s, at(4, 4), Outcome::Retrying),
            delivery(u"d07"_s, u"acme-pay"_s, at(4, 5), Outcome::Rejected, std::nullopt, u"bad_signature"_s),
            delivery(u"d08"_s, u"acme"_s, at(4, 6), Outcome::Delivered, WebhookVerdict::BadSignature),
            delivery(u"d09"_s, u"other"_s, at(4, 7), Outcome::Delivered),
            delivery(u"d10"_s, u"other"_s, at(4, 8), Outcome::Delivered),
        };
        QVERIFY(populate(m_history, updates, states, events, m_now));

        IncidentStore store(m_incidents);
        QVERIFY(store.open());
        using K = IncidentEvent::Kind;
        for (const IncidentEvent &event : {
                 incident(at(-2), u"acme-down"_s, at(-2), K::Firing),
                 incident(at(0, 30), u"acme-down"_s, at(-2), K::Resolved),
                 incident(at(1), u"local-network"_s, at(1), K::Firing),
                 incident(at(1, 30), u"local-network"_s, at(1), K::Resolved),
                 incident(at(5), u"acme-down"_s, at(5), K::Firing),
                 incident(at(5, 6), u"acme-down"_s, at(5), K::Acknowledged),
                 incident(at(6, 15), u"acme-down"_s, at(5), K::Resolved),
                 incident(at(7), u"other-down"_s, at(7), K::Firing),
                 incident(at(7, 30), u"other-down"_s, at(7), K::Resolved),
                 incident(at(10), u"acme-pay-route"_s, at(10), K::Firing),
                 incident(at(10), u"acme-pay-route"_s, at(10), K::Notified),
                 incident(at(10, 20), u"acme-pay-route"_s, at(10), K::Resolved),
                 incident(at(20), u"local-network"_s, at(20), K::Firing),
             })
            store.append(event);
        QCOMPARE(store.waiting(), 0);
    }

    Period theDay() const { return *parsePeriod(u"2026-11-10/2026-11-10", QTimeZone::utc()); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        const auto loaded = ConfigLoader::loadText(config, m_dir.filePath(u"gatewatch.yaml"_s));
        QVERIFY2(loaded.ok(), loaded ? "" : qPrintable(loaded.error().constFirst().toString()));
        m_catalog = loaded.value();
        m_history = m_dir.filePath(u"history.sqlite"_s);
        m_incidents = m_dir.filePath(u"incidents.sqlite"_s);
        seed();
        QCOMPARE(theDay(), (Period{t0, t0 + day}));
    }

    void gathersTheInput()
    {
        const HistoryReader reader(m_history, m_catalog.settings.retention, [this] { return m_now; });
        IncidentStore incidents(m_incidents);
        QVERIFY(incidents.open());
        ScorecardSource source(reader, &incidents);
        source.setClock([this] { return m_now; });
        const Result<ScorecardInput, QString> result = source.input(m_catalog, acme(), theDay(), QTimeZone::utc());
        QVERIFY2(result.ok(), result ? "" : qPrintable(result.error()));
        const ScorecardInput &in = result.value();

        QCOMPARE(in.vendor.id, u"acme"_s);
        QCOMPARE(in.period, theDay());
        QCOMPARE(in.bucketMs, hour);
        QStringList integrations = in.rollups.keys();
        integrations.sort();
        QCOMPARE(integrations, (QStringList{u"acme-api"_s, u"acme-pay"_s}));
        // The checks of acme-api merged into one series: hour 00 holds rest's and graphql's attempts.
        const QList<Rollup> &api = in.rollups.value(u"acme-api"_s);
        QCOMPARE(api.size(), 4);
        QCOMPARE(api.at(0).startMs, at(0));
        QCOMPARE(api.at(0).count(HealthStatus::Up), 7u);
        QCOMPARE(api.at(0).count(HealthStatus::Down), 1u);
        QCOMPARE(api.at(2).count(HealthStatus::Paused), 2u);
        QCOMPARE(in.rollups.value(u"acme-pay"_s).at(1).failuresOf(FailureClass::LocalNetwork), 3u);

        const QList<Exclusion> expectedExclusions{
            {at(1), at(1, 30), Exclusion::Reason::Offline, {}},
            {at(2, 15), at(2, 45), Exclusion::Reason::Paused, {}},
        };
        QCOMPARE(in.exclusions, expectedExclusions);

        const QList<AlertIncident> expectedIncidents{
            {u"acme-down"_s, at(5), at(5, 6), at(6, 15)},
            {u"acme-pay-route"_s, at(10), std::nullopt, at(10, 20)},
        };
        QCOMPARE(in.incidents, expectedIncidents);
        QVERIFY(in.declared.isEmpty());

        QCOMPARE(in.webhookDeliveries, qint64(5));
        QCOMPARE(in.webhookDelivered, qint64(4));
        QCOMPARE(in.signatureFailures, qint64(2));
        QVERIFY(in.minQuotaHeadroomPct);
        QCOMPARE(*in.minQuotaHeadroomPct, 15.0);
        QCOMPARE(in.usage, (QMap<QString, double>{{u"requests"_s, 30.0}}));
        QVERIFY(!in.supportRating);
        QVERIFY(in.previousScore);
        QVERIFY2(near(*in.previousScore, 4.1 / 0.85), qPrintable(QString::number(*in.previousScore, 'f', 9)));
    }

    // Where the history counted the gateway's requests for an integration, they are its requests;
    // elsewhere the larger of what its quotas counted and of the checks' own attempts. Other
    // units are what the quotas counted.
    // - acme-svc carries acme-api: 1000 at 23:00 the day before and 5000 at 04:00, 800 an hour,
    //   four of those hours in the day: 3200. Neither acme-api's 4 attempts nor the 50 requests
    //   its quota counted are added.
    // - No route of pay carries requests: acme-pay's quota counted 10 (100, 95, 92, 90), more
    //   than its 4 attempts; and 700 tokens (5000, 4800, 4500, 4300).
    void prefersTheGatewaysRequestCounts()
    {
        const QString path = m_dir.filePath(u"gateway-counts/history.sqlite"_s);
        QList<CheckUpdate> updates = repeated(u"acme-api"_s, u"rest"_s, at(0, 1), 4, HealthStatus::Up);
        updates[0].sample.quotas = {quota(100, 100)};
        updates[3].sample.quotas = {quota(50, 100)};
        QList<CheckUpdate> pay = repeated(u"acme-pay"_s, u"charge"_s, at(0, 3), 4, HealthStatus::Up);
        const double requests[] = {100, 95, 92, 90};
        const double tokens[] = {5000, 4800, 4500, 4300};
        for (int i = 0; i < 4; ++i) {
            QuotaReading t = quota(tokens[i], 5000);
            t.policy = u"tokens"_s;
            t.unit = QuotaUnit::Tokens;
            pay[i].sample.quotas = {quota(requests[i], 100), t};
        }
        updates += pay;
        QVERIFY(populate(path, updates, {}, {}, m_now));
        {
            HistoryStore::Options options;
            options.path = path;
            options.clock = [this] { return m_now; };
            HistoryStore store(options);
            store.open();
            QTRY_COMPARE_WITH_TIMEOUT(store.status(), HistoryStore::Status::Ok, 10'000);
            const GatewaySpec gateway = *m_catalog.gateway;
            const auto integrationOf = [&gateway](const RouteTotals &route) {
                return gateway.integrationFor(route.service, route.route);
            };
            for (const auto &[atMs, requests] : {std::pair(at(-1), 1000.0), std::pair(at(4), 5000.0)}) {
                GatewayScrape scrape;
                scrape.flavor = GatewayFlavor::Kong;
                scrape.atMs = atMs;
                scrape.routes = {{u"acme-svc"_s, u"rest"_s, requests, 0, 0, 0, {}},
                                 {u"unrelated"_s, u"x"_s, requests, 0, 0, 0, {}}};
                store.recordGatewayRequests(scrape, integrationOf);
                QSignalSpy flushed(&store, &HistoryStore::flushed);
                store.flush();
                QVERIFY(flushed.wait(30'000));
            }
        }
        const HistoryReader reader(path, m_catalog.settings.retention, [this] { return m_now; });
        ScorecardSource source(reader, nullptr);
        source.setClock([this] { return m_now; });
        const Result<ScorecardInput, QString> result = source.input(m_catalog, acme(), theDay(), QTimeZone::utc());
        QVERIFY2(result.ok(), result ? "" : qPrintable(result.error()));
        QCOMPARE(result->usage, (QMap<QString, double>{{u"requests"_s, 3210.0}, {u"tokens"_s, 700.0}}));
    }

    // The previous day's stored rating counts in the score the trend is measured against:
    // support joins the criteria there, (4.1 + 0.05 × 3) / (0.85 + 0.05).
    void previousPeriodsStoredRatingCountsInTheTrend()
    {
        const HistoryReader reader(m_history, m_catalog.settings.retention, [this] { return m_now; });
        IncidentStore incidents(m_incidents);
        QVERIFY(incidents.open());
        ScorecardSource source(reader, &incidents);
        source.setClock([this] { return m_now; });
        const Period before{theDay().fromMs - day, theDay().fromMs};
        source.setNotes({ScorecardNote{u"acme"_s, before, 3, u"slow"_s, 0, {}},
                         ScorecardNote{u"other"_s, before, 1, {}, 0, {}}});
        QCOMPARE(source.note(u"acme"_s, before)->rating, std::optional<int>(3));
        QVERIFY(!source.note(u"acme"_s, theDay()));
        const Result<ScorecardInput, QString> result = source.input(m_catalog, acme(), theDay(), QTimeZone::utc());
        QVERIFY2(result.ok(), result ? "" : qPrintable(result.error()));
        QVERIFY(result.value().previousScore);
        QVERIFY2(near(*result.value().previousScore, 4.25 / 0.9),
                 qPrintable(QString::number(*result.value().previousScore, 'f', 9)));
        // This period's own rating is the caller's to apply.
        QVERIFY(!result.value().supportRating);
    }

    // A review carries the period's own stored rating and notes; another period's do not apply.
    void reviewTakesThePeriodsNote()
    {
        const HistoryReader reader(m_history, m_catalog.settings.retention, [this] { return m_now; });
        IncidentStore incidents(m_incidents);
        QVERIFY(incidents.open());
        ScorecardSource source(reader, &incidents);
        source.setClock([this] { return m_now; });
        const Period before{theDay().fromMs - day, theDay().fromMs};
        source.setNotes({ScorecardNote{u"acme"_s, theDay(), 3, u"claim filed"_s, 0, {}},
                         ScorecardNote{u"acme"_s, before, 1, u"older"_s, 0, {}}});
        const Result<VendorReview, QString> review = source.review(m_catalog, acme(), theDay(), QTimeZone::utc());
        QVERIFY2(review.ok(), review ? "" : qPrintable(review.error()));
        QCOMPARE(review.value().scorecard.supportRating, std::optional<int>(3));
        QCOMPARE(review.value().notes(), u"claim filed"_s);
        QCOMPARE(review.value().vendor.id, u"acme"_s);
    }

    void computesTheScorecard()
    {
        const HistoryReader reader(m_history, m_catalog.settings.retention, [this] { return m_now; });
        IncidentStore incidents(m_incidents);
        QVERIFY(incidents.open());
        ScorecardSource source(reader, &incidents);
        source.setClock([this] { return m_now; });
        const Result<Scorecard, QString> result = source.scorecard(m_catalog, acme(), theDay(), QTimeZone::utc());
        QVERIFY2(result.ok(), result ? "" : qPrintable(result.error()));
        const Scorecard &card = result.value();

        QCOMPARE(card.vendor, u"acme"_s);
        QCOMPARE(card.monitoredMs, 180 * minute);
        QVERIFY(near(card.downMs, 30.0 * minute));
        QCOMPARE(card.excludedOfflineMs, 30 * minute);
        QCOMPARE(card.excludedPausedMs, 30 * minute);
        QCOMPARE(card.excludedMaintenanceMs, qint64(0));
        QVERIFY(card.availabilityPct);
        QVERIFY(near(*card.availabilityPct, 100.0 * (1.0 - 30.0 / 180.0), 1e-8));
        QCOMPARE(card.slaMet, std::optional<bool>(false));
        QCOMPARE(card.attempts, quint64(30));
        QCOMPARE(card.failures, quint64(4));
        QVERIFY(near(*card.errorRatePct, 100.0 * 4 / 30));
        QVERIFY(card.p95Ms);
        QVERIFY2(std::abs(*card.p95Ms - 200.0) <= 200.0 * bucketResolution, qPrintable(QString::number(*card.p95Ms)));
        QCOMPARE(card.p95Met, std::optional<bool>(true));
        QCOMPARE(card.incidents, 2);
        QVERIFY(near(*card.mttaMin, 6));
        QVERIFY(near(*card.mttrMin, 47.5));
        QVERIFY(near(*card.webhookDeliveryPct, 80));
        QCOMPARE(card.signatureFailures, qint64(2));
        QCOMPARE(card.minQuotaHeadroomPct, std::optional<double>(15.0));
        QVERIFY(card.score);
        QVERIFY2(near(*card.score, 1.45 / 0.85), qPrintable(QString::number(*card.score, 'f', 9)));
        QVERIFY(card.trend);
        QVERIFY(near(*card.trend, 1.45 / 0.85 - 4.1 / 0.85));
    }

    // A history of its own: acme-api/rest, 10 Nov, hour by hour (hourly buckets, UTC), and what
    // the status pages said, read at 02:30 on the 10th:
    //
    //  hour  rest                 acme's maintenance           monitored  down share  down
    //  00    4 up                 -                            60 min     0           0
    //  01    2 up, 2 down         "Database upgrade" 01–02     0          1/2         0
    //  02    4 up                 -                            60 min     0           0
    //                                                          -------                ----
    //                                                          120 min                0
    // availability 100 % (without the maintenance: 180 min monitored, 30 down, 83.33 %);
    // excluded maintenance 60 min. Not acme's: "Rack move" on 12 Nov (another period) and
    // globex's window 00:00–03:00.
    // Declared: "Login failures" 9 Nov 23:00 – 10 Nov 00:20 (reaches in) and "API errors" 01:10–01:40,
    // by start; "Old outage" 9 Nov 20:00–21:00 (before) and globex's incident are not acme's 10th.
    void includesTheStatusPageHistory()
    {
        const QString path = m_dir.filePath(u"status-history.sqlite"_s);
        QList<CheckUpdate> updates;
        updates += repeated(u"acme-api"_s, u"rest"_s, at(0, 1), 4, HealthStatus::Up);
        updates += repeated(u"acme-api"_s, u"rest"_s, at(1, 1), 2, HealthStatus::Up);
        updates += repeated(u"acme-api"_s, u"rest"_s, at(1, 10), 2, HealthStatus::Down);
        updates += repeated(u"acme-api"_s, u"rest"_s, at(2, 1), 4, HealthStatus::Up);
        const QList<VendorStatusReading> readings{
            statusReading(u"acme"_s, at(2, 30),
                          {resolvedIncident(u"inc-old"_s, u"Old outage"_s, u"major"_s, at(-4), at(-3)),
                           resolvedIncident(u"inc-login"_s, u"Login failures"_s, u"minor"_s, at(-1), at(0, 20)),
                           resolvedIncident(u"inc-api"_s, u"API errors"_s, u"major"_s, at(1, 10), at(1, 40))},
                          {maintenanceWindow(u"mnt-db"_s, u"Database upgrade"_s, at(1), at(2)),
                           maintenanceWindow(u"mnt-rack"_s, u"Rack move"_s, at(48), at(50))}),
            statusReading(u"globex"_s, at(2, 30),
                          {resolvedIncident(u"inc-api"_s, u"Globex outage"_s, u"critical"_s, at(1), at(2))},
                          {maintenanceWindow(u"mnt-db"_s, u"Globex window"_s, at(0), at(3))}),
        };
        QVERIFY(populate(path, updates, {}, {}, m_now, readings));

        const HistoryReader reader(path, m_catalog.settings.retention, [this] { return m_now; });
        ScorecardSource source(reader, static_cast<const IncidentStore *>(nullptr));
        source.setClock([this] { return m_now; });
        const Result<ScorecardInput, QString> input = source.input(m_catalog, acme(), theDay(), QTimeZone::utc());
        QVERIFY2(input.ok(), input ? "" : qPrintable(input.error()));
        const QList<Exclusion> expectedExclusions{
            {at(1), at(2), Exclusion::Reason::Maintenance, u"Database upgrade"_s},
        };
        QCOMPARE(input.value().exclusions, expectedExclusions);
        const QList<DeclaredIncident> expectedDeclared{
            {u"Login failures"_s, u"minor"_s, at(-1), at(0, 20)},
            {u"API errors"_s, u"major"_s, at(1, 10), at(1, 40)},
        };
        QCOMPARE(input.value().declared, expectedDeclared);

        const Result<Scorecard, QString> result = source.scorecard(m_catalog, acme(), theDay(), QTimeZone::utc());
        QVERIFY2(result.ok(), result ? "" : qPrintable(result.error()));
        const Scorecard &card = result.value();
        QCOMPARE(card.excludedMaintenanceMs, 60 * minute);
        QCOMPARE(card.excludedOfflineMs, qint64(0));
        QCOMPARE(card.excludedPausedMs, qint64(0));
        QCOMPARE(card.monitoredMs, 120 * minute);
        QVERIFY(near(card.downMs, 0));
        QCOMPARE(card.availabilityPct, std::optional<double>(100.0));
        QCOMPARE(card.exclusions, expectedExclusions);
        QCOMPARE(card.declared, expectedDeclared);
    }

    void takesIncidentEventsReadBeforehand()
    {
        // What a page running the source on a pool thread does: the events are read on the store's thread.
        const HistoryReader reader(m_history, m_catalog.settings.retention, [this] { return m_now; });
        IncidentStore incidents(m_incidents);
        QVERIFY(incidents.open());
        ScorecardSource fromStore(reader, &incidents);
        fromStore.setClock([this] { return m_now; });
        IncidentQuery everything;
        everything.limit = std::numeric_limits<int>::max();
        ScorecardSource fromEvents(reader, incidents.events(everything));
        fromEvents.setClock([this] { return m_now; });
        const auto a = fromStore.input(m_catalog, acme(), theDay(), QTimeZone::utc());
        const auto b = fromEvents.input(m_catalog, acme(), theDay(), QTimeZone::utc());
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(b.value().incidents, a.value().incidents);
        QCOMPARE(b.value().exclusions, a.value().exclusions);
        QCOMPARE(b.value().previousScore, a.value().previousScore);
    }

    void withoutIncidentHistory()
    {
        const HistoryReader reader(m_history, m_catalog.settings.retention, [this] { return m_now; });
        ScorecardSource source(reader, static_cast<const IncidentStore *>(nullptr));
        source.setClock([this] { return m_now; });
        const auto result = source.input(m_catalog, acme(), theDay(), QTimeZone::utc());
        QVERIFY(result.ok());
        QVERIFY(result.value().incidents.isEmpty());
        // Only the paused time is left.
        QCOMPARE(result.value().exclusions.size(), 1);
        QCOMPARE(result.value().exclusions.constFirst().reason, Exclusion::Reason::Paused);
    }

    // A desktop reading the agents' data from Prometheus: rollups and headroom from there, by hand,
    // hourly (UTC), without a local history:
    //
    //  hour          acme-api          acme-pay                   down share   down
    //  00            7 up, 1 down      4 up                       max(1/8, 0)  7.5 min
    //  01            -                 2 up, 2 down (HTTP 500)    2/4          30 min
    //  11 Nov 00     4 up              -                          (another period)
    //
    // monitored 120 min, down 37.5 min: availability 100 × (1 − 37.5 / 120) = 68.75 %;
    // attempts 8 + 4 + 4 = 16, failures 1 + 2 = 3 (error rate 18.75 %); requests 16; headroom
    // 30 % at 00, 15 % at 01, 5 % on 11 Nov: 15 %. The day before: acme-api 4 up at 23:00, so
    // there is a trend. The acme-down incident of 05:00 (acknowledged 05:06, resolved 06:15):
    // 1 incident, MTTA 6 min, MTTR 75 min.
    void fromPrometheus()
    {
        const auto rollup = [](qint64 startMs, quint32 up, quint32 down, quint32 httpStatus = 0) {
            Rollup r;
            r.startMs = startMs;
            r.states[std::size_t(storageCode(HealthStatus::Up))] = up;
            r.states[std::size_t(storageCode(HealthStatus::Down))] = down;
            r.failures[std::size_t(storageCode(FailureClass::HttpStatus))] = httpStatus;
            if (down > httpStatus)
                r.failures[std::size_t(storageCode(FailureClass::Timeout))] = down - httpStatus;
            r.latency.add(100.0, up + down);
            return r;
        };
        PromRollups read;
        read.bucketMs = hour;
        read.rollups.insert(u"acme-api"_s, {rollup(at(-1), 4, 0), rollup(at(0), 7, 1), rollup(at(24), 4, 0)});
        read.rollups.insert(u"acme-pay"_s, {rollup(at(0), 4, 0), rollup(at(1), 2, 2, 2)});
        read.rollups.insert(u"other"_s, {rollup(at(0), 0, 4)});
        read.quotaHeadroomPct.insert(u"acme-api"_s, {{at(0), 30.0}, {at(1), 15.0}, {at(24), 5.0}});
        const QList<IncidentEvent> events{
            incident(at(5), u"acme-down"_s, at(5), IncidentEvent::Kind::Firing),
            incident(at(5, 6), u"acme-down"_s, at(5), IncidentEvent::Kind::Acknowledged),
            incident(at(6, 15), u"acme-down"_s, at(5), IncidentEvent::Kind::Resolved),
        };

        ScorecardSource source(read, nullptr, events);
        const Result<Scorecard, QString> result = source.scorecard(m_catalog, acme(), theDay(), QTimeZone::utc());
        QVERIFY2(result.ok(), result ? "" : qPrintable(result.error()));
        const Scorecard &card = result.value();
        QCOMPARE(card.monitoredMs, 120 * minute);
        QVERIFY(near(card.downMs, 37.5 * minute));
        QVERIFY(near(*card.availabilityPct, 68.75));
        QCOMPARE(card.excludedPausedMs, qint64(0));
        QCOMPARE(card.excludedOfflineMs, qint64(0));
        QCOMPARE(card.attempts, quint64(16));
        QCOMPARE(card.failures, quint64(3));
        QVERIFY(near(*card.errorRatePct, 18.75));
        QCOMPARE(card.usage.value(u"requests"_s), 16.0);
        QCOMPARE(card.minQuotaHeadroomPct, std::optional<double>(15.0));
        QCOMPARE(card.incidents, 1);
        QVERIFY(near(*card.mttaMin, 6));
        QVERIFY(near(*card.mttrMin, 75));
        QCOMPARE(card.webhookDeliveries, qint64(0));
        QVERIFY(card.trend);
    }

    void dailyRollupsBeyondHourlyRetention()
    {
        // A year and more later, hourly rollups are gone: the day is read as one daily bucket,
        // which holds attempts that say something. Monitored: the day less the 30 minutes offline
        // and the 30 paused.
        const qint64 later = t0 + 400 * day;
        const HistoryReader reader(m_history, m_catalog.settings.retention, [later] { return later; });
        IncidentStore incidents(m_incidents);
        QVERIFY(incidents.open());
        ScorecardSource source(reader, &incidents);
        source.setClock([later] { return later; });
        const auto result = source.scorecard(m_catalog, acme(), theDay(), QTimeZone::utc());
        QVERIFY(result.ok());
        QCOMPARE(result.value().monitoredMs, day - 60 * minute);
        const auto in = source.input(m_catalog, acme(), theDay(), QTimeZone::utc());
        QCOMPARE(in.value().bucketMs, day);
        QCOMPARE(in.value().rollups.value(u"acme-api"_s).size(), 1);
    }

    void pagesThroughManyDeliveries()
    {
        // More deliveries than a page, 1,200 of them in the same millisecond.
        const QString path = m_dir.filePath(u"many/history.sqlite"_s);
        QList<GatewayEvent> events;
        for (int i = 0; i < 1200; ++i)
            events.append(delivery(u"same-%1"_s.arg(i, 4, 10, QChar(u'0')), u"acme"_s, at(8), Outcome::Delivered));
        for (int i = 0; i < 1300; ++i)
            events.append(delivery(u"spread-%1"_s.arg(i, 4, 10, QChar(u'0')), u"acme-pay"_s, at(9) + i * 1000,
                                   i % 10 == 0 ? Outcome::Undelivered : Outcome::Delivered));
        QVERIFY(populate(path, {attempt(u"acme-api"_s, u"rest"_s, at(0), HealthStatus::Up)}, {}, events, m_now));
        const HistoryReader reader(path, m_catalog.settings.retention, [this] { return m_now; });
        ScorecardSource source(reader, static_cast<const IncidentStore *>(nullptr));
        source.setClock([this] { return m_now; });
        const auto result = source.input(m_catalog, acme(), theDay(), QTimeZone::utc());
        QVERIFY(result.ok());
        QCOMPARE(result.value().webhookDeliveries, qint64(2500));
        QCOMPARE(result.value().webhookDelivered, qint64(2500 - 130));
    }

    void unreadableHistory()
    {
        const HistoryReader reader(m_dir.filePath(u"nowhere/history.sqlite"_s), Retention{});
        const ScorecardSource source(reader, static_cast<const IncidentStore *>(nullptr));
        const auto result = source.scorecard(m_catalog, acme(), theDay(), QTimeZone::utc());
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(u"cannot be read"_s), qPrintable(result.error()));
    }

    void rulesAboutTheVendor_data()
    {
        QTest::addColumn<QString>("when");
        QTest::addColumn<QString>("resolveWhen");
        QTest::addColumn<bool>("about");

        QTest::newRow("an integration's status") << u"status(acme-api) == down"_s << QString() << true;
        QTest::newRow("a check of an integration") << u"p95(acme-api/graphql, 5m) > 1s"_s << QString() << true;
        QTest::newRow("another vendor's integration") << u"status(other) == down"_s << QString() << false;
        QTest::newRow("its status page") << u"vendor_incident(acme)"_s << QString() << true;
        QTest::newRow("another status page") << u"vendor_incident(globex)"_s << QString() << false;
        QTest::newRow("webhooks named like an integration")
            << u"webhook_delivery_rate(acme-pay, 10m) < 90%"_s << QString() << true;
        QTest::newRow("webhooks named like the vendor")
            << u"webhook_signature_failures(acme, 1h) > 0"_s << QString() << true;
        QTest::newRow("webhooks of someone else")
            << u"webhook_signature_failures(globex, 1h) > 0"_s << QString() << false;
        QTest::newRow("a route the gateway gives it")
            << u"route_error_ratio(pay/charges, 5m) > 5%"_s << QString() << true;
        QTest::newRow("a whole service the gateway gives it") << u"route_p95(acme-svc, 5m) > 1s"_s << QString() << true;
        QTest::newRow("a route of a service given by route only")
            << u"route_error_ratio(pay/refunds, 5m) > 5%"_s << QString() << false;
        QTest::newRow("one side of an or")
            << u"status(other) == down or status(acme-pay) == down"_s << QString() << true;
        QTest::newRow("only in resolve_when") << u"status(other) == down"_s << u"status(acme-pay) == up"_s << true;
        QTest::newRow("the workstation") << u"local_network_down(workstation)"_s << QString() << false;
    }

    void rulesAboutTheVendor()
    {
        QFETCH(QString, when);
        QFETCH(QString, resolveWhen);
        QFETCH(bool, about);
        Catalog catalog = m_catalog;
        AlertRule rule;
        rule.name = u"rule"_s;
        const auto parsed = AlertExpression::parse(when);
        QVERIFY(parsed.ok());
        rule.when = parsed.value();
        if (!resolveWhen.isEmpty()) {
            const auto resolve = AlertExpression::parse(resolveWhen);
            QVERIFY(resolve.ok());
            rule.resolveWhen = resolve.value();
        }
        catalog.alerts = {rule};
        QCOMPARE(ScorecardSource::rulesAbout(catalog, acme()).contains(u"rule"_s), about);
    }

    void theLocalNetworkRuleIsNeverTheVendors()
    {
        Catalog catalog = m_catalog;
        AlertRule rule;
        rule.name = u"local-network"_s;
        rule.when = AlertExpression::parse(u"status(acme-api) == down").value();
        catalog.alerts.append(rule);
        QCOMPARE(ScorecardSource::rulesAbout(catalog, acme()),
                 (QStringList{u"acme-down"_s, u"acme-pay-route"_s, u"acme-hooks"_s}));
    }
};

QTEST_GUILESS_MAIN(tst_ScorecardSource)
#include "tst_scorecardsource.moc"
