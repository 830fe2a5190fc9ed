#include "loopbackserver.h"
#include "monitor.h"
#include "references.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace gw;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

class FixedSecrets final : public SecretSource
{
public:
    QHash<QString, QString> values;
    std::optional<QString> secret(const QString &name) const override
    {
        const auto it = values.constFind(name);
        return it == values.cend() ? std::nullopt : std::optional<QString>(*it);
    }
};

CheckSpec check(const QString &id, const QString &url, std::chrono::milliseconds interval = 60s)
{
    CheckSpec spec;
    spec.id = id;
    spec.url = url;
    spec.interval = interval;
    spec.timeout = 2s;
    return spec;
}

IntegrationSpec integrationOf(const QString &id, const QList<CheckSpec> &checks)
{
    IntegrationSpec integration;
    integration.id = id;
    integration.name = id;
    integration.checks = checks;
    return integration;
}

Catalog catalogOf(const QList<CheckSpec> &checks)
{
    Catalog catalog;
    catalog.integrations.append(integrationOf(u"vendor"_s, checks));
    return catalog;
}

QHash<QString, CheckUpdate> byCheck(const QSignalSpy &spy)
{
    QHash<QString, CheckUpdate> result;
    for (const QList<QVariant> &call : spy) {
        for (const CheckUpdate &update : call.constFirst().value<QList<CheckUpdate>>())
            result.insert(update.sample.checkId, update);
    }
    return result;
}

// Every text a sample carries, evidence included, one per line.
QString everyString(const Sample &sample)
{
    QStringList all{sample.integrationId, sample.checkId, sample.reason};
    auto addConditions = [&all](const QList<FailedCondition> &conditions) {
        for (const FailedCondition &failed : conditions)
            all << failed.condition << failed.actual;
    };
    auto addHeaders = [&all](const HeaderPairs &headers) {
        for (const auto &[name, value] : headers)
            all << name << value;
    };
    addConditions(sample.failedConditions);
    if (const std::optional<CallRecord> &record = sample.evidence) {
        all << record->integration << record->check << record->service << record->route << record->request.method
            << record->request.url << QString::fromUtf8(record->requestBody) << record->reason << record->error
            << record->vendorRequestId << record->gatewayRequestId << record->retryDecision;
        addHeaders(record->request.headers);
        addConditions(record->failedConditions);
        if (record->response) {
            addHeaders(record->response->headers);
            all << record->response->bodyExcerpt;
        }
    }
    return all.join(u'\n');
}

} // namespace

class tst_Monitor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void missingSecretAffectsOnlyItsCheck()
    {
        LoopbackServer server(LoopbackServer::Mode::Respond, LoopbackServer::response(200, "{}"));
        FixedSecrets secrets;
        secrets.values.insert(u"known"_s, u"s3cr3t-value"_s);
        CheckSpec withKnown = check(u"known"_s, server.url());
        withKnown.headers = {{u"Authorization"_s, u"Bearer ${secret:known}"_s}};
        CheckSpec withMissing = check(u"missing"_s, server.url());
        withMissing.headers = {{u"Authorization"_s, u"Bearer ${secret:not-there}"_s}};

        Monitor monitor(&secrets);
        monitor.setCatalog(catalogOf({withKnown, withMissing}));
        QSignalSpy updates(&monitor, &Monitor::checksUpdated);
        QSignalSpy finished(&monitor, &Monitor::allFinished);
        monitor.runOnce();
        QVERIFY(finished.wait(10'000));

        const auto results = byCheck(updates);
        QCOMPARE(results.size(), 2);
        QCOMPARE(results.value(u"known"_s).state, HealthStatus::Up);
        const CheckUpdate missing = results.value(u"missing"_s);
        QCOMPARE(missing.state, HealthStatus::Unknown);
        QVERIFY2(missing.sample.reason.contains(u"not-there"_s), qPrintable(missing.sample.reason));
        QVERIFY2(!missing.sample.reason.contains(u"s3cr3t"_s), "a reason never carries a secret value");
        QCOMPARE(server.requests, 1);
    }

    void runNowGoesAheadOfTheSchedule()
    {
        LoopbackServer server(LoopbackServer::Mode::Respond, LoopbackServer::response(200, "{}"));
        FixedSecrets secrets;
        Monitor monitor(&secrets);
        monitor.setCatalog(catalogOf({check(u"hourly"_s, server.url(), 1h)}));
        QSignalSpy updates(&monitor, &Monitor::checksUpdated);
        monitor.start(); // its first run falls somewhere in the coming hour

        monitor.runNow(u"vendor"_s, u"hourly"_s);
        QVERIFY(updates.wait(10'000));
        QCOMPARE(server.requests, 1);
        QCOMPARE(updates.constLast().constFirst().value<QList<CheckUpdate>>().constFirst().sample.checkId, u"hourly"_s);

        monitor.runNow(u"vendor"_s, u"no-such-check"_s); // nothing to run, nothing breaks
        monitor.setPaused(u"vendor"_s, u"hourly"_s, true);
        monitor.runNow(u"vendor"_s, u"hourly"_s);
        QVERIFY(!updates.wait(500)); // a paused check is not forced
        QCOMPARE(server.requests, 1);
    }

    void evidenceLeavesRedacted()
    {
        // The vendor echoes every credential it got: in headers, in its body, in a URL.
        const QString token = u"tok-LIVE-7f3a9c"_s;
        const QString key = u"key/9+Q ZX"_s; // needs percent-encoding in a URL
        const QString account = u"acct 42-private"_s;
        const QString custom = u"cst-0d15ea5e"_s;
        const QByteArray body =
            (u"{\"received\":\"Bearer "_s + token + u"\",\"api_key\":\""_s + key + u"\",\"note\":\"account "_s + account
             + u" and "_s + custom + u"\",\"next\":\"https://api.example/v1?api_key="_s
             + QString::fromLatin1(QUrl::toPercentEncoding(key)) + u"\"}"_s)
                .toUtf8();
        const QByteArray echo =
            "X-Echo-Authorization: Bearer " + token.toUtf8() + "\r\nSet-Cookie: session=" + custom.toUtf8()
            + "\r\nX-Echo-Q: " + QUrl::toPercentEncoding(key) + "\r\nX-Request-Id: req-" + token.toUtf8() + "\r\n";
        LoopbackServer server(LoopbackServer::Mode::Respond, LoopbackServer::response(401, body, echo));

        FixedSecrets secrets;
        secrets.values.insert(u"token"_s, token);
        secrets.values.insert(u"key"_s, key);
        secrets.values.insert(u"account"_s, account);
        CheckSpec spec = check(u"orders"_s, server.url(u"/accounts/${secret:account}/orders?api_key=${secret:key}"_s));
        spec.headers = {{u"Authorization"_s, u"Bearer ${secret:token}"_s},
                        {u"X-Custom-Token"_s, custom}, // a literal credential in the configuration
                        {u"Accept"_s, u"application/json"_s}};
        spec.conditions = {Condition::parse(u"[STATUS] == 200"_s).value(),
                           Condition::parse(u"[BODY].received == nobody"_s).value(),
                           Condition::parse(u"[BODY].note == quiet"_s).value()};

        Monitor monitor(&secrets);
        monitor.setCatalog(catalogOf({spec}));
        QSignalSpy updates(&monitor, &Monitor::checksUpdated);
        QSignalSpy finished(&monitor, &Monitor::allFinished);
        monitor.runOnce();
        QVERIFY(finished.wait(10'000));
        QCOMPARE(server.requests, 1);
        QVERIFY2(server.lastRequest.contains(token.toUtf8()), "the vendor got the real credential");

        const Sample sample = byCheck(updates).value(u"orders"_s).sample;
        QCOMPARE(sample.verdict, HealthStatus::Down);
        QVERIFY(sample.evidence);
        QVERIFY(sample.evidence->response);
        QCOMPARE(sample.evidence->response->status, 401);
        QCOMPARE(sample.failedConditions.size(), 3);

        const QString all = everyString(sample);
        for (const QString &secret : {token, key, account, custom}) {
            for (const QString &form : {secret, QString::fromLatin1(QUrl::toPercentEncoding(secret)),
                                        QString::fromLatin1(QUrl::toPercentEncoding(secret, "!$&'()*+,;=:@/?"))})
                QVERIFY2(!all.contains(form), qPrintable(form + u" in:\n"_s + all));
        }
        // Redacted, not dropped: the reader sees where something was.
        const CallRecord &evidence = *sample.evidence;
        QVERIFY2(evidence.request.url.contains(
                     u"/accounts/[redacted: secret]/orders?api_key=[redacted: api_key parameter]"_s),
                 qPrintable(evidence.request.url));
        QVERIFY(evidence.request.headers.contains({u"Authorization"_s, u"[redacted: Authorization header]"_s}));
        QVERIFY(evidence.request.headers.contains({u"Accept"_s, u"application/json"_s}));
        QVERIFY(evidence.response->headers.contains({u"Set-Cookie"_s, u"[redacted: Set-Cookie header]"_s}));
        QVERIFY2(evidence.response->bodyExcerpt.contains(u"[redacted: secret]"_s),
                 qPrintable(evidence.response->bodyExcerpt));
        QCOMPARE(evidence.failedConditions, sample.failedConditions);
        QCOMPARE(evidence.reason, sample.reason);
    }

    void attemptsCountAndSuccessesAreKeptOnceAMinute()
    {
        LoopbackServer server(LoopbackServer::Mode::Respond, LoopbackServer::response(500, "{}"));
        FixedSecrets secrets;
        Catalog catalog = catalogOf({check(u"api"_s, server.url(), 50ms)});
        catalog.integrations.first().breaker.backoffMs = 0; // failures follow each other at the interval
        Monitor monitor(&secrets);
        monitor.setCatalog(catalog);
        QList<Sample> samples;
        connect(&monitor, &Monitor::checksUpdated, this, [&](const QList<CheckUpdate> &batch) {
            for (const CheckUpdate &update : batch) {
                samples.append(update.sample);
                if (samples.size() == 2)
                    server.setResponse(LoopbackServer::response(200, "{}"));
            }
        });
        monitor.start();
        QTRY_VERIFY_WITH_TIMEOUT(samples.size() >= 6, 10'000);
        monitor.stop();

        QCOMPARE(samples.at(0).verdict, HealthStatus::Down);
        QCOMPARE(samples.at(0).evidence->attempt, 1);
        QCOMPARE(samples.at(1).evidence->attempt, 2);
        // The first success after two failures is the third attempt in the series, and kept.
        const auto firstUp = std::find_if(samples.cbegin(), samples.cend(),
                                          [](const Sample &s) { return s.verdict == HealthStatus::Up; });
        QVERIFY(firstUp != samples.cend());
        QVERIFY(firstUp->evidence);
        QCOMPARE(firstUp->evidence->succeeded, true);
        QCOMPARE(firstUp->evidence->attempt, int(firstUp - samples.cbegin()) + 1);
        // Later successes within the minute keep none.
        for (auto it = firstUp + 1; it != samples.cend(); ++it) {
            QCOMPARE(it->verdict, HealthStatus::Up);
            QVERIFY(!it->evidence);
        }
    }

    void thresholdsDebounceState()
    {
        LoopbackServer server(LoopbackServer::Mode::Respond, LoopbackServer::response(200, "{}"));
        FixedSecrets secrets;
        CheckSpec spec = check(u"api"_s, server.url(), 100ms);
        spec.thresholds = {2, 2};
        Monitor monitor(&secrets);
        monitor.setCatalog(catalogOf({spec}));
        QList<CheckUpdate> seen;
        connect(&monitor, &Monitor::checksUpdated, this, [&](const QList<CheckUpdate> &batch) { seen += batch; });
        monitor.start();
        QTRY_COMPARE_WITH_TIMEOUT(monitor.state(u"vendor"_s, u"api"_s), HealthStatus::Up, 10'000);

        server.setResponse(LoopbackServer::response(503, "{}"));
        const qsizetype before = seen.size();
        QTRY_COMPARE_WITH_TIMEOUT(monitor.state(u"vendor"_s, u"api"_s), HealthStatus::Down, 10'000);
        // The first failing evaluation alone did not change the state: the failure threshold is 2.
        const auto firstDown = std::find_if(seen.cbegin() + before, seen.cend(), [](const CheckUpdate &u) {
            return u.sample.verdict == HealthStatus::Down;
        });
        QVERIFY(firstDown != seen.cend());
        QCOMPARE(firstDown->state, HealthStatus::Up);
        const auto changed =
            std::find_if(firstDown, seen.cend(), [](const CheckUpdate &u) { return u.stateChanged(); });
        QVERIFY(changed != seen.cend());
        QCOMPARE(changed->previousState, HealthStatus::Up);
        QCOMPARE(changed->state, HealthStatus::Down);
        QCOMPARE(changed->sample.failureClass, FailureClass::HttpStatus);
        monitor.stop();
    }

    void reloadKeepsRunningChecks()
    {
        LoopbackServer server(LoopbackServer::Mode::Respond, LoopbackServer::response(200, "{}"));
        FixedSecrets secrets;
        Monitor monitor(&secrets);
        monitor.setCatalog(catalogOf({check(u"a"_s, server.url(u"/a"_s), 100ms)}));
        QSignalSpy updates(&monitor, &Monitor::checksUpdated);
        monitor.start();
        QTRY_COMPARE_WITH_TIMEOUT(monitor.state(u"vendor"_s, u"a"_s), HealthStatus::Up, 10'000);

        // A reload that adds a check keeps the existing one's state and keeps it running.
        monitor.setCatalog(
            catalogOf({check(u"a"_s, server.url(u"/a"_s), 100ms), check(u"b"_s, server.url(u"/b"_s), 100ms)}));
        QCOMPARE(monitor.state(u"vendor"_s, u"a"_s), HealthStatus::Up);
        QCOMPARE(monitor.state(u"vendor"_s, u"b"_s), HealthStatus::Unknown);
        updates.clear();
        QTRY_VERIFY_WITH_TIMEOUT(byCheck(updates).contains(u"a"_s) && byCheck(updates).contains(u"b"_s), 10'000);
        QCOMPARE(monitor.state(u"vendor"_s, u"b"_s), HealthStatus::Up);

        // A reload that removes it stops it.
        monitor.setCatalog(catalogOf({check(u"b"_s, server.url(u"/b"_s), 100ms)}));
        QCOMPARE(monitor.state(u"vendor"_s, u"a"_s), HealthStatus::Unknown);
        updates.clear();
        QTRY_VERIFY_WITH_TIMEOUT(updates.count() >= 3, 10'000);
        QVERIFY(!byCheck(updates).contains(u"a"_s));
        monitor.stop();
    }

    void pausedChecksSendNothing()
    {
        LoopbackServer pausedServer(LoopbackServer::Mode::Respond, LoopbackServer::response(200, "{}"));
        LoopbackServer runningServer(LoopbackServer::Mode::Respond, LoopbackServer::response(200, "{}"));
        FixedSecrets secrets;
        Monitor monitor(&secrets);
        monitor.setCatalog(catalogOf(
            {check(u"paused"_s, pausedServer.url(), 100ms), check(u"running"_s, runningServer.url(), 100ms)}));
        QSignalSpy stateChanges(&monitor, &Monitor::checkStateChanged);
        monitor.start();
        QTRY_COMPARE_WITH_TIMEOUT(monitor.state(u"vendor"_s, u"paused"_s), HealthStatus::Up, 10'000);

        monitor.setPaused(u"vendor"_s, u"paused"_s, true);
        QCOMPARE(monitor.state(u"vendor"_s, u"paused"_s), HealthStatus::Paused);
        QCOMPARE(stateChanges.count(), 1);
        QCOMPARE(stateChanges.constFirst().at(2).value<HealthStatus>(), HealthStatus::Paused);
        monitor.setPaused(u"vendor"_s, u"paused"_s, true); // already paused: nothing happens
        QCOMPARE(stateChanges.count(), 1);

        // While the other check runs many times, the paused one sends nothing and stays paused.
        const int before = pausedServer.requests;
        const int runningBefore = runningServer.requests;
        QTRY_VERIFY_WITH_TIMEOUT(runningServer.requests >= runningBefore + 5, 10'000);
        QCOMPARE(pausedServer.requests, before);
        QCOMPARE(monitor.state(u"vendor"_s, u"paused"_s), HealthStatus::Paused);

        // A reload keeps the pause.
        monitor.setCatalog(catalogOf(
            {check(u"paused"_s, pausedServer.url(), 100ms), check(u"running"_s, runningServer.url(), 100ms)}));
        QCOMPARE(monitor.state(u"vendor"_s, u"paused"_s), HealthStatus::Paused);

        monitor.setPaused(u"vendor"_s, QString(), false); // the whole integration
        QCOMPARE(monitor.state(u"vendor"_s, u"paused"_s), HealthStatus::Unknown);
        QCOMPARE(stateChanges.count(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(monitor.state(u"vendor"_s, u"paused"_s), HealthStatus::Up, 10'000);
        QVERIFY(pausedServer.requests > before);
        monitor.stop();
    }

    void retryAfterHoldsTheWholeIntegration()
    {
        LoopbackServer server(LoopbackServer::Mode::Respond,
                              LoopbackServer::response(429, R"({"error":"slow down"})", "Retry-After: 2\r\n"));
        FixedSecrets secrets;
        Monitor monitor(&secrets);
        monitor.setCatalog(
            catalogOf({check(u"a"_s, server.url(u"/a"_s), 100ms), check(u"b"_s, server.url(u"/b"_s), 100ms)}));
        QList<CheckUpdate> updates;
        connect(&monitor, &Monitor::checksUpdated, this, [&](const QList<CheckUpdate> &batch) { updates += batch; });
        QElapsedTimer sinceThrottled;
        connect(&monitor, &Monitor::checksUpdated, this, [&](const QList<CheckUpdate> &batch) {
            for (const CheckUpdate &update : batch) {
                if (update.sample.failureClass == FailureClass::RateLimited && !sinceThrottled.isValid()) {
                    sinceThrottled.start();
                    server.setResponse(LoopbackServer::response(200, "{}"));
                }
            }
        });
        monitor.start();
        QTRY_VERIFY_WITH_TIMEOUT(sinceThrottled.isValid(), 10'000);
        // Both checks of the integration wait, not only the one that was refused.
        QTRY_COMPARE(monitor.state(u"vendor"_s, u"a"_s), HealthStatus::RateLimited);
        QCOMPARE(monitor.state(u"vendor"_s, u"b"_s), HealthStatus::RateLimited);
        const int refusedAt = server.requests;
        QTRY_VERIFY_WITH_TIMEOUT(server.requests > refusedAt, 10'000);
        // No request went out before the vendor's two seconds were over (at 100 ms intervals
        // there would have been about twenty).
        QVERIFY2(sinceThrottled.elapsed() >= 1'900, qPrintable(QString::number(sinceThrottled.elapsed())));
        QTRY_COMPARE_WITH_TIMEOUT(monitor.state(u"vendor"_s, u"a"_s), HealthStatus::Up, 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(monitor.state(u"vendor"_s, u"b"_s), HealthStatus::Up, 10'000);
        monitor.stop();
    }

    void circuitBreakerStopsHammeringAFailingVendor()
    {
        LoopbackServer failing(LoopbackServer::Mode::Respond, LoopbackServer::response(503, "{}"));
        LoopbackServer healthy(LoopbackServer::Mode::Respond, LoopbackServer::response(200, "{}"));
        FixedSecrets secrets;
        Catalog catalog = catalogOf({check(u"down"_s, failing.url(), 50ms)});
        catalog.integrations.first().breaker.backoffMs = 0; // the circuit alone
        catalog.integrations.append(integrationOf(u"other"_s, {check(u"up"_s, healthy.url(), 50ms)}));
        Monitor monitor(&secrets);
        monitor.setCatalog(catalog);
        QList<CheckUpdate> updates;
        connect(&monitor, &Monitor::checksUpdated, this, [&](const QList<CheckUpdate> &batch) { updates += batch; });
        monitor.start();

        // Five consecutive failures open the circuit (the default policy); the cool-down is at
        // least a second, while the healthy integration keeps being checked every 50 ms.
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(updates.cbegin(), updates.cend(),
                                             [](const CheckUpdate &u) { return u.circuit == CircuitState::Open; }),
                                 10'000);
        const int failingRequests = failing.requests;
        QCOMPARE(failingRequests, 5);
        const int healthyBefore = healthy.requests;
        QTRY_VERIFY_WITH_TIMEOUT(healthy.requests >= healthyBefore + 10, 10'000);
        QVERIFY2(failing.requests <= failingRequests + 1, "at most one trial while the circuit is open");
        const auto open = std::find_if(updates.cbegin(), updates.cend(),
                                       [](const CheckUpdate &u) { return u.circuit == CircuitState::Open; });
        QCOMPARE(open->sample.integrationId, u"vendor"_s);
        monitor.stop();
    }

    void failuresBackOffBeforeTheCircuitOpens()
    {
        LoopbackServer failing(LoopbackServer::Mode::Respond, LoopbackServer::response(503, "{}"));
        FixedSecrets secrets;
        Catalog catalog = catalogOf({check(u"down"_s, failing.url(), 50ms)});
        catalog.integrations.first().breaker = BreakerPolicy{6, 60'000, 600'000, 1'000, 200};
        Monitor monitor(&secrets);
        monitor.setJitterSource([] { return 0.5; });
        monitor.setCatalog(catalog);
        QList<QDateTime> attempts;
        QList<CircuitState> circuits;
        connect(&monitor, &Monitor::checksUpdated, this, [&](const QList<CheckUpdate> &batch) {
            for (const CheckUpdate &update : batch) {
                attempts.append(update.sample.at);
                circuits.append(update.circuit);
            }
        });
        monitor.start();
        QTRY_COMPARE_WITH_TIMEOUT(attempts.size(), 6, 15'000);
        monitor.stop();
        // Half of 200 ms doubling: after the n-th failure the next attempt waits 100, 200, 400, 800
        // and 1600 ms (plus the 50 ms interval's rounding at most), where 50 ms would have done.
        const QList<qint64> waits{100, 200, 400, 800, 1'600};
        for (qsizetype i = 0; i < waits.size(); ++i) {
            const qint64 gap = attempts.at(i).msecsTo(attempts.at(i + 1));
            QVERIFY2(gap >= waits.at(i) - 5, qPrintable(u"gap %1: %2 ms"_s.arg(i).arg(gap)));
        }
        QCOMPARE(circuits.mid(0, 5), QList<CircuitState>(5, CircuitState::Closed));
        QCOMPARE(circuits.constLast(), CircuitState::Open); // the sixth failure opens it
        QCOMPARE(failing.requests, 6);
    }

    void budgetIsNeverExceeded()
    {
        LoopbackServer server(LoopbackServer::Mode::Respond, LoopbackServer::response(200, "{}"));
        FixedSecrets secrets;
        // Three checks every 100 ms would send 30 requests a second; the budget allows 10 per 2 s.
        Catalog catalog =
            catalogOf({check(u"a"_s, server.url(u"/a"_s), 100ms), check(u"b"_s, server.url(u"/b"_s), 100ms),
                       check(u"c"_s, server.url(u"/c"_s), 100ms)});
        catalog.integrations.first().budget = RequestBudget{10, 2s};
        Monitor monitor(&secrets);
        QSignalSpy notices(&monitor, &Monitor::noticed);
        monitor.setCatalog(catalog);
        QCOMPARE(notices.count(), 1);
        const QString notice = notices.constFirst().constFirst().toString();
        // 3 checks x 20 per 2 s = 60 planned, 6 times the budget.
        QVERIFY2(notice.contains(u"60 requests"_s) && notice.contains(u"6.0 times"_s), qPrintable(notice));

        QList<QDateTime> sent;
        connect(&monitor, &Monitor::checksUpdated, this, [&](const QList<CheckUpdate> &batch) {
            for (const CheckUpdate &update : batch)
                sent.append(update.sample.at);
        });
        monitor.start();
        QTRY_VERIFY_WITH_TIMEOUT(sent.size() >= 14, 15'000);
        monitor.stop();
        // In no 2-second window did more than 10 requests start.
        std::sort(sent.begin(), sent.end());
        for (qsizetype i = 0; i < sent.size(); ++i) {
            qsizetype inWindow = 0;
            for (qsizetype j = i; j < sent.size() && sent.at(i).msecsTo(sent.at(j)) < 2'000; ++j)
                ++inWindow;
            QVERIFY2(inWindow <= 10, qPrintable(QString::number(inWindow)));
        }
        QCOMPARE(server.requests, static_cast<int>(sent.size()));
    }

    void offlineReclassification_data()
    {
        QTest::addColumn<FailureClass>("original");
        QTest::addColumn<FailureClass>("expected");

        QTest::newRow("dns") << FailureClass::Dns << FailureClass::LocalNetwork;
        QTest::newRow("connect") << FailureClass::Connect << FailureClass::LocalNetwork;
        QTest::newRow("timeout") << FailureClass::Timeout << FailureClass::LocalNetwork;
        QTest::newRow("tls") << FailureClass::Tls << FailureClass::LocalNetwork;
        QTest::newRow("an HTTP answer came, so the network works")
            << FailureClass::HttpStatus << FailureClass::HttpStatus;
        QTest::newRow("condition") << FailureClass::Condition << FailureClass::Condition;
        QTest::newRow("rate-limited") << FailureClass::RateLimited << FailureClass::RateLimited;
        QTest::newRow("up stays up") << FailureClass::None << FailureClass::None;
    }

    void offlineReclassification()
    {
        QFETCH(FailureClass, original);
        QFETCH(FailureClass, expected);
        Sample sample;
        sample.failureClass = original;
        sample.reason = u"connection refused by api.example:443"_s;
        const Sample result = Monitor::reclassifiedAsLocal(sample);
        QCOMPARE(result.failureClass, expected);
        QVERIFY(result.reason.contains(sample.reason));
    }

    void runOnceReportsEveryCheck()
    {
        LoopbackServer server(LoopbackServer::Mode::Respond, LoopbackServer::response(200, "{}"));
        FixedSecrets secrets;
        QList<CheckSpec> checks;
        for (int i = 0; i < 15; ++i)
            checks.append(check(u"c%1"_s.arg(i), server.url(u"/%1"_s.arg(i))));
        Monitor monitor(&secrets);
        monitor.setCatalog(catalogOf(checks));
        QSignalSpy updates(&monitor, &Monitor::checksUpdated);
        QSignalSpy finished(&monitor, &Monitor::allFinished);
        monitor.runOnce();
        QVERIFY(finished.wait(10'000));
        qsizetype total = 0;
        for (const QList<QVariant> &call : std::as_const(updates))
            total += call.constFirst().value<QList<CheckUpdate>>().size();
        QCOMPARE(total, 15);
        QCOMPARE(byCheck(updates).size(), 15);
    }
};

QTEST_GUILESS_MAIN(tst_Monitor)
#include "tst_monitor.moc"
