#include "configloader.h"
#include "gatewayfeed.h"
#include "historyreader.h"
#include "monitor.h"
#include "runtime.h"
#include "secretstore.h"
#include "simulator.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace gw;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(gw::sim::Fault::Kind)
Q_DECLARE_METATYPE(gw::sim::Certificate)

// The real checks against the simulated vendors, over real sockets and real TLS.
class tst_EndToEnd : public QObject
{
    Q_OBJECT

private:
    // Fetches the catalog's secrets as the runtime does before any check runs.
    static bool prefetch(SecretStore &secrets, const Catalog &catalog)
    {
        QSignalSpy prefetched(&secrets, &SecretStore::prefetched);
        secrets.prefetch(Runtime::secretNames(catalog));
        return prefetched.wait(10'000);
    }

    QList<CheckUpdate> runOnce(const Catalog &catalog)
    {
        SecretStore secrets;
        if (!prefetch(secrets, catalog))
            return {};
        Monitor monitor(&secrets);
        monitor.setCatalog(catalog);
        QList<CheckUpdate> updates;
        connect(&monitor, &Monitor::checksUpdated, this, [&](const QList<CheckUpdate> &batch) { updates += batch; });
        QSignalSpy finished(&monitor, &Monitor::allFinished);
        monitor.runOnce();
        // The checks' own deadlines end every attempt long before this.
        if (!finished.wait(60'000))
            return {};
        return updates;
    }

    // Every event id the simulated gateway's feed holds, read page by page over HTTPS.
    QSet<QString> feedIds()
    {
        QNetworkAccessManager network;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(QSslCertificate::fromPath(m_simulator->caCertificatePath()));
        QSet<QString> ids;
        QString after;
        for (int page = 0; page < 1000; ++page) {
            QUrl url = m_simulator->eventsUrl();
            QUrlQuery query;
            query.addQueryItem(u"limit"_s, u"1000"_s);
            if (!after.isEmpty())
                query.addQueryItem(u"after"_s, after);
            url.setQuery(query);
            QNetworkRequest request(url);
            request.setSslConfiguration(tls);
            QNetworkReply *reply = network.get(request);
            QSignalSpy done(reply, &QNetworkReply::finished);
            if (!done.wait(10'000))
                return {};
            const QByteArray bytes = reply->readAll();
            if (reply->error() != QNetworkReply::NoError)
                qWarning() << "feed:" << reply->errorString() << bytes.left(200);
            const QJsonObject body = QJsonDocument::fromJson(bytes).object();
            reply->deleteLater();
            for (const QJsonValue &event : body.value(u"events"_s).toArray())
                ids.insert(event.toObject().value(u"id"_s).toString());
            after = body.value(u"next_cursor"_s).toString();
            if (!body.value(u"has_more"_s).toBool())
                return ids;
        }
        return {};
    }

    static QSet<QString> storedIds(const HistoryReader &reader)
    {
        QSet<QString> ids;
        qsizetype rows = 0;
        for (const GatewayEventType type : {GatewayEventType::FailedCall, GatewayEventType::WebhookDelivery}) {
            EventQuery query;
            query.type = type;
            query.toMs = std::numeric_limits<qint64>::max() / 2;
            query.limit = 1'000'000;
            for (const GatewayEvent &event : reader.eventsNow(query)) {
                ids.insert(event.id);
                ++rows;
            }
        }
        return rows == ids.size() ? ids : QSet<QString>{u"duplicate rows"_s};
    }

    // The catalog reduced to one check, with a short deadline.
    Catalog only(const QString &integrationId, const QString &checkId, std::chrono::milliseconds timeout = 1500ms)
    {
        Catalog catalog = m_catalog;
        catalog.integrations.clear();
        const IntegrationSpec *integration = m_catalog.integration(integrationId);
        const CheckSpec *check = m_catalog.check(integrationId, checkId);
        if (!integration || !check)
            return catalog;
        IntegrationSpec reduced = *integration;
        reduced.checks = {*check};
        reduced.checks.first().timeout = timeout;
        catalog.integrations.append(reduced);
        return catalog;
    }

    std::unique_ptr<sim::Simulator> m_simulator;
    Catalog m_catalog;

private Q_SLOTS:
    void initTestCase()
    {
        sim::Simulator::Options options;
        options.scenario = u"calm"_s;
        options.latencyScale = 0.05;
        m_simulator = std::make_unique<sim::Simulator>(options);
        const auto problem = m_simulator->start();
        QVERIFY2(!problem, qPrintable(problem.value_or(QString())));
        for (const auto &[name, value] : m_simulator->configEnvironment())
            qputenv(name.toLocal8Bit().constData(), value.toUtf8());
        // Response-time budgets are about the vendors, not this machine: under a sanitizer build a
        // loopback answer can take a second, so they are lifted for these tests.
        QString yaml = m_simulator->configYaml();
        yaml.replace(QRegularExpression(uR"(\[RESPONSE_TIME\] < \d+)"_s), u"[RESPONSE_TIME] < 60000"_s);
        const auto loaded = ConfigLoader::loadText(yaml.toUtf8(), u"simulator.yaml"_s);
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().constFirst().toString()));
        m_catalog = loaded.value();
        QCOMPARE(m_catalog.integrations.size(), sim::Simulator::vendorNames().size());
    }

    void cleanup() { m_simulator->clearFaults(); }

    void everythingUpWhenCalm()
    {
        const QList<CheckUpdate> updates = runOnce(m_catalog);
        QCOMPARE(updates.size(), m_catalog.checkCount());
        for (const CheckUpdate &update : updates) {
            const QString where =
                update.sample.integrationId + u'/' + update.sample.checkId + u": "_s + update.sample.reason;
            QVERIFY2(update.state == HealthStatus::Up, qPrintable(where));
            QVERIFY2(update.sample.tls.has_value(), qPrintable(where));
            QVERIFY(update.sample.tls->expiresAt > QDateTime::currentDateTimeUtc());
        }
    }

    void tlsExpiryKnownOnReusedConnections()
    {
        // The second attempt rides the first one's keep-alive connection: no new handshake.
        const Catalog catalog = only(u"gateway"_s, m_catalog.integration(u"gateway"_s)->checks.constFirst().id);
        SecretStore secrets;
        Monitor monitor(&secrets);
        monitor.setCatalog(catalog);
        QList<CheckUpdate> updates;
        connect(&monitor, &Monitor::checksUpdated, this, [&](const QList<CheckUpdate> &batch) { updates += batch; });
        QSignalSpy finished(&monitor, &Monitor::allFinished);
        for (int attempt = 1; attempt <= 2; ++attempt) {
            monitor.runOnce();
            QVERIFY(finished.wait(30'000));
            QCOMPARE(updates.size(), attempt);
            QVERIFY2(updates.constLast().sample.tls.has_value(), qPrintable(u"attempt %1"_s.arg(attempt)));
        }
    }

    void retryAfterIsHonoured()
    {
        // Shopify REST answers an exhausted bucket with 429 and "Retry-After: 2.0": after that, the
        // simulator must see no request to Shopify for two seconds, and then see them resume.
        Catalog catalog = only(u"shopify"_s, u"admin-shop"_s);
        catalog.integrations.first().checks.first().interval = 200ms;
        SecretStore secrets;
        QVERIFY(prefetch(secrets, catalog));
        Monitor monitor(&secrets);
        monitor.setCatalog(catalog);
        QElapsedTimer sinceRefused;
        quint64 countAtRefusal = 0;
        connect(&monitor, &Monitor::checksUpdated, this, [&](const QList<CheckUpdate> &batch) {
            for (const CheckUpdate &update : batch) {
                if (update.state == HealthStatus::RateLimited && !sinceRefused.isValid()) {
                    sinceRefused.start();
                    countAtRefusal = m_simulator->requestCount(u"shopify"_s);
                    m_simulator->clearFaults();
                }
            }
        });
        sim::Fault fault;
        fault.kind = sim::Fault::Kind::RateLimited;
        m_simulator->setFault(u"shopify"_s, QString(), fault);
        monitor.start();
        QTRY_VERIFY_WITH_TIMEOUT(sinceRefused.isValid(), 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(m_simulator->requestCount(u"shopify"_s) > countAtRefusal, 15'000);
        QVERIFY2(sinceRefused.elapsed() >= 1'900, qPrintable(QString::number(sinceRefused.elapsed())));
        QTRY_COMPARE_WITH_TIMEOUT(monitor.state(u"shopify"_s, u"admin-shop"_s), HealthStatus::Up, 15'000);
        monitor.stop();
    }

    void budgetIsNeverExceeded()
    {
        // Two MCP checks every 100 ms would send 60 requests in 3 s; the budget allows 6. Intervals
        // are stretched tenfold, which meets the budget exactly, so the guard works at every edge.
        Catalog catalog = m_catalog;
        catalog.integrations = {*m_catalog.integration(u"mcp"_s)};
        for (CheckSpec &check : catalog.integrations.first().checks) {
            check.interval = 100ms;
            check.timeout = 5s;
        }
        catalog.integrations.first().budget = RequestBudget{6, 3s};
        SecretStore secrets;
        QVERIFY(prefetch(secrets, catalog));
        Monitor monitor(&secrets);
        monitor.setCatalog(catalog);
        const qsizetype before = m_simulator->requestTimes(u"mcp"_s).size();
        monitor.start();
        QTRY_VERIFY_WITH_TIMEOUT(m_simulator->requestTimes(u"mcp"_s).size() >= before + 16, 30'000);
        monitor.stop();
        const QList<std::chrono::milliseconds> arrivals = m_simulator->requestTimes(u"mcp"_s).mid(before);
        // The simulator sees a request shortly after it was sent; allow 100 ms of that on loopback.
        for (qsizetype i = 0; i < arrivals.size(); ++i) {
            qsizetype inWindow = 0;
            for (qsizetype j = i; j < arrivals.size() && arrivals.at(j) - arrivals.at(i) < 2'900ms; ++j)
                ++inWindow;
            QVERIFY2(inWindow <= 6, qPrintable(u"%1 requests within 3 s from the %2th"_s.arg(inWindow).arg(i)));
        }
        // And the budget was used, not starved: 16 requests at 6 per 3 s take a little over 6 s.
        const auto span = arrivals.constLast() - arrivals.constFirst();
        QVERIFY2(span >= 5'900ms && span < 15s, qPrintable(QString::number(span.count())));
    }

    void faultsYieldTheirClass_data()
    {
        QTest::addColumn<QString>("integration");
        QTest::addColumn<QString>("check");
        QTest::addColumn<QString>("vendor");
        QTest::addColumn<sim::Fault::Kind>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<FailureClass>("expected");

        using K = sim::Fault::Kind;
        QTest::newRow("stripe 503") << u"stripe"_s << u"balance"_s << u"stripe"_s << K::Status << 503
                                    << FailureClass::HttpStatus;
        QTest::newRow("stripe 429") << u"stripe"_s << u"balance"_s << u"stripe"_s << K::RateLimited << 429
                                    << FailureClass::RateLimited;
        QTest::newRow("shopify 429") << u"shopify"_s << u"admin-shop"_s << u"shopify"_s << K::RateLimited << 429
                                     << FailureClass::RateLimited;
        QTest::newRow("chatwoot stall") << u"chatwoot"_s << u"profile"_s << u"chatwoot"_s << K::Stall << 0
                                        << FailureClass::Timeout;
        QTest::newRow("klaviyo trickle") << u"klaviyo"_s << u"accounts"_s << u"klaviyo"_s << K::Trickle << 0
                                         << FailureClass::Timeout;
        QTest::newRow("slack reset") << u"slack"_s << u"auth-test"_s << u"slack"_s << K::Reset << 0
                                     << FailureClass::Connect;
        QTest::newRow("shopify garbage") << u"shopify"_s << u"admin-shop"_s << u"shopify"_s << K::Garbage << 0
                                         << FailureClass::Condition;
        QTest::newRow("chatwoot invalid json")
            << u"chatwoot"_s << u"profile"_s << u"chatwoot"_s << K::InvalidJson << 0 << FailureClass::Condition;
        QTest::newRow("stripe huge body")
            << u"stripe"_s << u"balance"_s << u"stripe"_s << K::HugeBody << 0 << FailureClass::BodyTooLarge;
    }

    void faultsYieldTheirClass()
    {
        QFETCH(QString, integration);
        QFETCH(QString, check);
        QFETCH(QString, vendor);
        QFETCH(sim::Fault::Kind, kind);
        QFETCH(int, status);
        QFETCH(FailureClass, expected);

        Catalog catalog = only(integration, check);
        QVERIFY2(catalog.checkCount() == 1, "the simulator's config has this check");
        catalog.integrations.first().checks.first().maxBodyBytes = 256 * 1024;
        sim::Fault fault;
        fault.kind = kind;
        fault.status = status;
        fault.delay = 100ms;
        fault.size = 4 * 1024 * 1024;
        m_simulator->setFault(vendor, QString(), fault);

        const QList<CheckUpdate> updates = runOnce(catalog);
        QCOMPARE(updates.size(), 1);
        const Sample &sample = updates.constFirst().sample;
        QVERIFY2(sample.failureClass == expected,
                 qPrintable(machineName(sample.failureClass) + u": "_s + sample.reason));
        // Throttling is the vendor asking us to wait, not the vendor failing.
        QCOMPARE(updates.constFirst().state,
                 expected == FailureClass::RateLimited ? HealthStatus::RateLimited : HealthStatus::Down);
        QVERIFY(!sample.reason.isEmpty());
    }

    void tlsProblemsAreNamed_data()
    {
        QTest::addColumn<sim::Certificate>("certificate");
        QTest::addColumn<QString>("mentions");

        QTest::newRow("expired") << sim::Certificate::Expired << u"expired"_s;
        QTest::newRow("wrong host") << sim::Certificate::WrongHost << u"host name"_s;
        QTest::newRow("self-signed") << sim::Certificate::SelfSigned << u"self"_s;
    }

    void tlsProblemsAreNamed()
    {
        QFETCH(sim::Certificate, certificate);
        QFETCH(QString, mentions);

        Catalog catalog = only(u"gateway"_s, m_catalog.integration(u"gateway"_s)->checks.constFirst().id);
        CheckSpec &spec = catalog.integrations.first().checks.first();
        QUrl url = m_simulator->tlsUrl(certificate);
        url.setPath(u"/health"_s);
        spec.url = url.toString();
        spec.conditions.clear();
        spec.degraded.clear();

        const QList<CheckUpdate> updates = runOnce(catalog);
        QCOMPARE(updates.size(), 1);
        const Sample &sample = updates.constFirst().sample;
        QCOMPARE(sample.failureClass, FailureClass::Tls);
        QVERIFY2(sample.reason.contains(mentions, Qt::CaseInsensitive), qPrintable(sample.reason));
        QVERIFY2(sample.tls.has_value(), "the presented certificate's expiry is still recorded");
    }

    // The gateway's event feed, followed by the runtime into the history: stopped mid-stream and
    // started again, it neither skips nor repeats an event the gateway sent.
    void eventFeedReachesTheHistoryAcrossRestarts()
    {
        QTemporaryDir dir;
        QString yaml = m_simulator->configYaml();
        yaml.replace(u"  interval: 15s\n"_s, u"  interval: 1s\n"_s); // the gateway's, feed included
        const QString configPath = dir.filePath(u"gatewatch.yaml"_s);
        QFile config(configPath);
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(yaml.toUtf8());
        config.close();
        // Stripe's payment intents fail, so failed calls join the webhook deliveries.
        m_simulator->setFault(u"stripe"_s, u"/v1/payment_intents"_s, sim::Fault{sim::Fault::Kind::Status, 503, {}, 0});
        m_simulator->setScenarioClockRunning(true);

        HistoryReader reader(Runtime::historyPath(dir.path()), Retention{});
        EventQuery stripeCalls;
        stripeCalls.service = u"payments"_s;
        stripeCalls.toMs = std::numeric_limits<qint64>::max() / 2;
        {
            Runtime runtime(configPath, dir.path());
            QVERIFY(runtime.start().isEmpty());
            QTRY_VERIFY_WITH_TIMEOUT(runtime.eventFeed(), 10'000);
            QTRY_VERIFY_WITH_TIMEOUT(!reader.eventsNow(stripeCalls).isEmpty(), 30'000);
            const GatewayEvent call = reader.eventsNow(stripeCalls).constFirst();
            QCOMPARE(call.failedCall()->integration, u"stripe"_s); // mapped by the configured routes
            QCOMPARE(call.failedCall()->response->status, 503);
            // The credential the product sent the vendor never reaches the history.
            for (const auto &[name, value] : call.failedCall()->request.headers)
                QVERIFY2(!value.startsWith(u"Bearer sk_"_s), qPrintable(name + u": "_s + value));
        } // stopped wherever it was
        const qsizetype before = storedIds(reader).size();
        QVERIFY(before > 0);

        // Started again; once the gateway stops making events and the feed has caught up, the
        // history holds exactly the feed's events, each once.
        Runtime runtime(configPath, dir.path());
        QVERIFY(runtime.start().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(runtime.eventFeed(), 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(storedIds(reader).size() > before, 30'000); // it goes on
        m_simulator->setScenarioClockRunning(false);
        const QSet<QString> sent = feedIds();
        QVERIFY(sent.size() > before);
        QTRY_COMPARE_WITH_TIMEOUT(storedIds(reader), sent, 30'000);
        m_simulator->setScenarioClockRunning(true);
    }

    // Every delivery of the demo's gateway gets the verdict the gateway itself gave it, whichever
    // way the simulator broke it: each is verified as the feed takes it in, and the store finds
    // the ones sent again.
    void deliveriesGetTheGatewaysVerdict()
    {
        sim::Simulator::Options options;
        options.scenario = u"calm"_s;
        options.seed = 11;
        options.latencyScale = 0.05;
        sim::Simulator simulator(options);
        const auto problem = simulator.start();
        QVERIFY2(!problem, qPrintable(problem.value_or(QString())));
        for (const auto &[name, value] : simulator.configEnvironment())
            QCOMPARE(qEnvironmentVariable(name.toLocal8Bit().constData()), value); // as the first one set them
        // Forty minutes of the scenario, about 1,200 deliveries, made at once and then kept still.
        simulator.setScenarioClockRunning(false);
        simulator.setScenarioTime(40min);

        QTemporaryDir dir;
        QString yaml = simulator.configYaml();
        yaml.replace(u"  interval: 15s\n"_s, u"  interval: 1s\n"_s);
        const QString configPath = dir.filePath(u"gatewatch.yaml"_s);
        QFile config(configPath);
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(yaml.toUtf8());
        config.close();

        HistoryReader reader(Runtime::historyPath(dir.path()), Retention{});
        EventQuery deliveries;
        deliveries.type = GatewayEventType::WebhookDelivery;
        deliveries.toMs = std::numeric_limits<qint64>::max() / 2;
        deliveries.limit = 1'000'000;
        Runtime runtime(configPath, dir.path());
        QVERIFY(runtime.start().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(runtime.eventFeed(), 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(runtime.eventFeed()->state() == GatewayEventFeed::State::Waiting
                                     && reader.eventsNow(deliveries).size() > 1000,
                                 60'000);

        // The gateway's reason, as the verdict Gatewatch must reach on its own.
        const QHash<QString, QString> expected{
            {QString(), u"valid"_s},
            {u"previous_secret"_s, u"valid-previous-secret"_s},
            {u"bad_signature"_s, u"bad-signature"_s},
            {u"stale"_s, u"stale"_s},
            {u"duplicate"_s, u"duplicate"_s},
            {u"missing_signature"_s, u"missing-signature"_s},
        };
        QHash<QString, int> seen;
        for (const GatewayEvent &event : reader.eventsNow(deliveries)) {
            const WebhookDelivery *delivery = event.webhookDelivery();
            QVERIFY(delivery);
            QVERIFY2(delivery->verification, qPrintable(event.id));
            QVERIFY2(expected.contains(delivery->verdictReason), qPrintable(delivery->verdictReason));
            const QString verdict = machineName(delivery->verification->verdict);
            QVERIFY2(verdict == expected.value(delivery->verdictReason),
                     qPrintable(u"%1 (%2, %3): the gateway said %4, Gatewatch %5: %6"_s.arg(
                         event.id, delivery->source, delivery->topic, delivery->verdictReason, verdict,
                         delivery->verification->message)));
            // Every vendor but GitHub says when it sent, Stripe inside its signature header.
            const bool timestamped = delivery->source != u"github"_s
                                     && !(delivery->source == u"stripe"_s && verdict == u"missing-signature"_s);
            if (timestamped)
                QVERIFY2(delivery->sentAtMs, qPrintable(u"%1 (%2, %3)"_s.arg(event.id, delivery->source, verdict)));
            ++seen[verdict];
        }
        // Every kind of flaw was there to be found.
        for (const QString &verdict : expected)
            QVERIFY2(seen.value(verdict) > 0, qPrintable(verdict));
    }

    void validCertificateWithTrustedCaIsUp()
    {
        Catalog catalog = only(u"gateway"_s, m_catalog.integration(u"gateway"_s)->checks.constFirst().id);
        CheckSpec &spec = catalog.integrations.first().checks.first();
        QUrl url = m_simulator->tlsUrl(sim::Certificate::Valid);
        url.setPath(u"/health"_s);
        spec.url = url.toString();
        spec.conditions = {Condition::parse(u"[CERTIFICATE_EXPIRATION] > 72h"_s).value()};
        spec.degraded.clear();
        const QList<CheckUpdate> updates = runOnce(catalog);
        QCOMPARE(updates.size(), 1);
        QCOMPARE(updates.constFirst().state, HealthStatus::Up);
    }
};

QTEST_GUILESS_MAIN(tst_EndToEnd)
#include "tst_endtoend.moc"
