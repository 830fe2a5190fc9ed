#include "httpprobe.h"
#include "loopbackserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace gw;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(LoopbackServer::Mode)

class tst_HttpProbe : public QObject
{
    Q_OBJECT

private:
    Sample runProbe(ProbeRequest request)
    {
        QNetworkAccessManager network;
        HttpProbe probe(&network, std::move(request));
        QSignalSpy finished(&probe, &HttpProbe::finished);
        probe.start(QDateTime::currentDateTimeUtc(), 0);
        // Generous: the probe's own deadline must end it long before this.
        if (!finished.wait(30'000))
            return {};
        return finished.constFirst().constFirst().value<Sample>();
    }

    static Condition condition(const QString &text)
    {
        auto parsed = Condition::parse(text);
        return parsed.value();
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<Sample>(); }

    void faults_data()
    {
        QTest::addColumn<LoopbackServer::Mode>("mode");
        QTest::addColumn<QByteArray>("response");
        QTest::addColumn<qint64>("maxBody");
        QTest::addColumn<int>("expectedVerdict");
        QTest::addColumn<QString>("expectedClass");
        QTest::addColumn<int>("expectedStatus");

        const QByteArray ok = LoopbackServer::response(200, R"({"ok":true})");
        QTest::newRow("200 is up") << LoopbackServer::Mode::Respond << ok << qint64(1 << 20) << int(HealthStatus::Up)
                                   << u"none"_s << 200;
        QTest::newRow("503 is http-status") << LoopbackServer::Mode::Respond << LoopbackServer::response(503, "down")
                                            << qint64(1 << 20) << int(HealthStatus::Down) << u"http-status"_s << 503;
        QTest::newRow("304 not modified counts as up")
            << LoopbackServer::Mode::Respond << LoopbackServer::response(304, "") << qint64(1 << 20)
            << int(HealthStatus::Up) << u"none"_s << 304;
        QTest::newRow("429 is rate-limited")
            << LoopbackServer::Mode::Respond
            << LoopbackServer::response(429, R"({"error":{"type":"rate_limit_error"}})", "Retry-After: 2.0\r\n")
            << qint64(1 << 20) << int(HealthStatus::RateLimited) << u"rate-limited"_s << 429;
        QTest::newRow("stripe lock_timeout 429 is not a rate limit")
            << LoopbackServer::Mode::Respond
            << LoopbackServer::response(429, R"({"error":{"code":"lock_timeout","type":"invalid_request_error"}})")
            << qint64(1 << 20) << int(HealthStatus::Down) << u"http-status"_s << 429;
        QTest::newRow("stall is timeout") << LoopbackServer::Mode::Stall << QByteArray() << qint64(1 << 20)
                                          << int(HealthStatus::Down) << u"timeout"_s << 0;
        QTest::newRow("trickle is timeout") << LoopbackServer::Mode::Trickle << QByteArray() << qint64(1 << 20)
                                            << int(HealthStatus::Down) << u"timeout"_s << 200;
        QTest::newRow("reset is connect") << LoopbackServer::Mode::Reset << QByteArray() << qint64(1 << 20)
                                          << int(HealthStatus::Down) << u"connect"_s << 0;
        QTest::newRow("non-HTTP answer is connect") << LoopbackServer::Mode::Garbage << QByteArray() << qint64(1 << 20)
                                                    << int(HealthStatus::Down) << u"connect"_s << 0;
        QTest::newRow("declared body over limit")
            << LoopbackServer::Mode::Respond << LoopbackServer::response(200, QByteArray(5000, 'z')) << qint64(1000)
            << int(HealthStatus::Down) << u"body-too-large"_s << 200;
        QTest::newRow("endless chunked body over limit")
            << LoopbackServer::Mode::HugeChunked << QByteArray() << qint64(256 * 1024) << int(HealthStatus::Down)
            << u"body-too-large"_s << 200;
    }

    void faults()
    {
        QFETCH(LoopbackServer::Mode, mode);
        QFETCH(QByteArray, response);
        QFETCH(qint64, maxBody);
        QFETCH(int, expectedVerdict);
        QFETCH(QString, expectedClass);
        QFETCH(int, expectedStatus);

        LoopbackServer server(mode, response);
        QVERIFY(server.isListening());
        ProbeRequest request;
        request.url = QUrl(server.url(u"/health"_s));
        request.timeout = 1500ms;
        request.maxBodyBytes = maxBody;
        const Sample sample = runProbe(request);

        QCOMPARE(machineName(sample.failureClass), expectedClass);
        QCOMPARE(int(sample.verdict), expectedVerdict);
        QCOMPARE(sample.httpStatus, expectedStatus);
        if (sample.verdict != HealthStatus::Up)
            QVERIFY2(!sample.reason.isEmpty(), "every failure says why");
        QVERIFY(sample.latencyMs > 0);
    }

    void retryAfterInReason_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("reason");

        QTest::newRow("delay seconds") << QByteArray("Retry-After: 120\r\n")
                                       << u"rate limited (HTTP 429), retry after 120 s"_s;
        QTest::newRow("fractional, as Shopify sends")
            << QByteArray("Retry-After: 2.0\r\n") << u"rate limited (HTTP 429), retry after 2 s"_s;
        // "now" is 1999-12-31T23:57:59Z below: two minutes before the RFC's example date.
        QTest::newRow("HTTP-date (RFC 9110 example)") << QByteArray("Retry-After: Fri, 31 Dec 1999 23:59:59 GMT\r\n")
                                                      << u"rate limited (HTTP 429), retry after 120 s"_s;
        QTest::newRow("garbage is left out") << QByteArray("Retry-After: soon\r\n") << u"rate limited (HTTP 429)"_s;
        QTest::newRow("absent") << QByteArray() << u"rate limited (HTTP 429)"_s;
    }

    void retryAfterInReason()
    {
        QFETCH(QByteArray, header);
        QFETCH(QString, reason);
        ResponseFacts facts;
        facts.status = 429;
        if (!header.isEmpty()) {
            const QList<QByteArray> parts = header.trimmed().split(':');
            facts.headers.append({parts.constFirst(), header.mid(header.indexOf(':') + 1).trimmed()});
        }
        const QDateTime now = QDateTime::fromString(u"1999-12-31T23:57:59Z"_s, Qt::ISODate);
        const Sample sample = HttpProbe::judge(ProbeRequest(), facts, now);
        QCOMPARE(sample.failureClass, FailureClass::RateLimited);
        QCOMPARE(sample.reason, reason);
    }

    void quotaModes_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QStringList>("sources");
        QTest::addColumn<double>("customLimit");

        QTest::newRow("auto reads the known formats") << int(QuotaMode::Auto) << QStringList{u"shopify-rest"_s} << 0.0;
        QTest::newRow("off reads nothing") << int(QuotaMode::Off) << QStringList() << 0.0;
        QTest::newRow("custom adds the mapped quota, with the configured limit")
            << int(QuotaMode::Custom) << QStringList{u"shopify-rest"_s, u"custom"_s} << 500.0;
    }

    void quotaModes()
    {
        QFETCH(int, mode);
        QFETCH(QStringList, sources);
        QFETCH(double, customLimit);
        ResponseFacts facts;
        facts.status = 200;
        facts.headers = {{"X-Shopify-Shop-Api-Call-Limit", "32/40"}, {"Content-Type", "application/json"}};
        facts.body = R"({"rate":{"remaining":5}})";
        ProbeRequest request;
        request.quotaMode = static_cast<QuotaMode>(mode);
        request.quotaMapping.remaining = u"[BODY].rate.remaining"_s;
        request.quotaMapping.policy = u"daily"_s;
        request.quotaLimits = {{u"daily"_s, 500.0}};
        const Sample sample = HttpProbe::judge(request, facts);
        QStringList seen;
        for (const QuotaReading &quota : sample.quotas) {
            seen.append(machineName(quota.source));
            if (quota.source == QuotaSource::Custom) {
                QCOMPARE(quota.remaining, 5.0);
                QCOMPARE(quota.policy, u"daily"_s);
                QCOMPARE(quota.limit.value_or(0), customLimit);
            }
        }
        QCOMPARE(seen, sources);
        QCOMPARE(sample.verdict, HealthStatus::Up);
    }

    void connectionRefused()
    {
        quint16 port = 0;
        {
            QTcpServer closed;
            QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
            port = closed.serverPort();
        }
        ProbeRequest request;
        request.url = QUrl(u"http://127.0.0.1:%1/"_s.arg(port));
        request.timeout = 2s;
        const Sample sample = runProbe(request);
        QCOMPARE(sample.failureClass, FailureClass::Connect);
        QVERIFY2(sample.reason.contains(QString::number(port)), qPrintable(sample.reason));
    }

    void conditionsAndDegraded_data()
    {
        QTest::addColumn<QByteArray>("response");
        QTest::addColumn<QStringList>("conditions");
        QTest::addColumn<QStringList>("degraded");
        QTest::addColumn<int>("expectedVerdict");
        QTest::addColumn<QString>("expectedClass");
        QTest::addColumn<QList<FailedCondition>>("expectedFailed");

        const QByteArray shop = LoopbackServer::response(200, R"({"shop":{"plan_name":"closed"}})");
        QTest::newRow("body condition fails")
            << shop << QStringList{u"[STATUS] == 200"_s, u"[BODY].shop.plan_name != closed"_s} << QStringList()
            << int(HealthStatus::Down) << u"condition"_s
            << QList<FailedCondition>{{u"[BODY].shop.plan_name != closed"_s, u"closed"_s}};
        QTest::newRow("status condition fails as http-status")
            << LoopbackServer::response(503, "{}") << QStringList{u"[STATUS] == 200"_s} << QStringList()
            << int(HealthStatus::Down) << u"http-status"_s << QList<FailedCondition>{{u"[STATUS] == 200"_s, u"503"_s}};
        QTest::newRow("degraded when slow") << LoopbackServer::response(200, "{}") << QStringList{u"[STATUS] == 200"_s}
                                            << QStringList{u"[RESPONSE_TIME] < 0"_s} << int(HealthStatus::Degraded)
                                            << u"condition"_s << QList<FailedCondition>();
        QTest::newRow("health+json fail without conditions")
            << LoopbackServer::response(503, R"({"status":"fail"})", {}, "application/health+json") << QStringList()
            << QStringList() << int(HealthStatus::Down) << u"http-status"_s << QList<FailedCondition>();
        QTest::newRow("health+json warn is degraded")
            << LoopbackServer::response(200, R"({"status":"warn"})", {}, "application/health+json") << QStringList()
            << QStringList() << int(HealthStatus::Degraded) << u"condition"_s << QList<FailedCondition>();
        QTest::newRow("actuator DOWN with 200 is down")
            << LoopbackServer::response(200, R"({"status":"DOWN"})") << QStringList() << QStringList()
            << int(HealthStatus::Down) << u"condition"_s << QList<FailedCondition>();
    }

    void conditionsAndDegraded()
    {
        QFETCH(QByteArray, response);
        QFETCH(QStringList, conditions);
        QFETCH(QStringList, degraded);
        QFETCH(int, expectedVerdict);
        QFETCH(QString, expectedClass);
        QFETCH(QList<FailedCondition>, expectedFailed);

        LoopbackServer server(LoopbackServer::Mode::Respond, response);
        ProbeRequest request;
        request.url = QUrl(server.url());
        request.timeout = 5s;
        for (const QString &text : std::as_const(conditions))
            request.conditions.append(condition(text));
        for (const QString &text : std::as_const(degraded))
            request.degraded.append(condition(text));
        const Sample sample = runProbe(request);
        QCOMPARE(int(sample.verdict), expectedVerdict);
        QCOMPARE(machineName(sample.failureClass), expectedClass);
        if (!expectedFailed.isEmpty())
            QCOMPARE(sample.failedConditions, expectedFailed);
    }

    void headersAndBodyAreSent()
    {
        QByteArray seen;
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        connect(&server, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *socket = server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [&seen, socket] {
                seen += socket->readAll();
                if (seen.contains("{\"q\":1}"))
                    socket->write(LoopbackServer::response(200, "{}"));
            });
        });
        ProbeRequest request;
        request.url = QUrl(u"http://127.0.0.1:%1/graphql"_s.arg(server.serverPort()));
        request.method = "POST";
        request.headers = {{"X-Shopify-Access-Token", "tok"}, {"Content-Type", "application/json"}};
        request.body = R"({"q":1})";
        const Sample sample = runProbe(request);
        QCOMPARE(sample.verdict, HealthStatus::Up);
        QVERIFY(seen.startsWith("POST /graphql HTTP/1.1"));
        QVERIFY(seen.contains("X-Shopify-Access-Token: tok"));
    }
};

QTEST_GUILESS_MAIN(tst_HttpProbe)
#include "tst_httpprobe.moc"
