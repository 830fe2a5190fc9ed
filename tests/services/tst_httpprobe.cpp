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
    Sample runProbe(ProbeRequest request, QNetworkAccessManager *shared = nullptr,
                    const QDateTime &startedAt = QDateTime::currentDateTimeUtc(), double queueMs = 0)
    {
        QNetworkAccessManager own;
        HttpProbe probe(shared ? shared : &own, std::move(request));
        QSignalSpy finished(&probe, &HttpProbe::finished);
        probe.start(startedAt, queueMs);
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

        // Every attempt here keeps its evidence (successes too, by default), and it agrees with the sample.
        QVERIFY(sample.evidence);
        const CallRecord &evidence = *sample.evidence;
        QCOMPARE(evidence.succeeded, sample.verdict == HealthStatus::Up);
        QCOMPARE(evidence.failureClass, sample.failureClass);
        QCOMPARE(evidence.reason, sample.reason);
        QCOMPARE(evidence.request.url, request.url.toString());
        QCOMPARE(evidence.timing.totalMs, sample.latencyMs);
        QCOMPARE(evidence.response.has_value(), expectedStatus != 0);
        if (evidence.response) {
            QCOMPARE(evidence.response->status, expectedStatus);
            QVERIFY(!evidence.response->headers.isEmpty());
            // Timeouts and the body limit cut the body short; every other answer is whole.
            const bool cut =
                sample.failureClass == FailureClass::Timeout || sample.failureClass == FailureClass::BodyTooLarge;
            QCOMPARE(evidence.response->bodyTruncated, cut);
        }
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

        QVERIFY(sample.evidence);
        QCOMPARE(sample.evidence->failureClass, FailureClass::Connect);
        QCOMPARE(sample.evidence->reason, sample.reason);
        QCOMPARE(sample.evidence->request.url, request.url.toString());
        QVERIFY(!sample.evidence->response);
        QVERIFY(!sample.evidence->timing.connectMs); // it never connected
        QVERIFY(!sample.evidence->timing.firstByteMs);
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

        // Degraded is not a success either: its evidence is kept as a failure's.
        QVERIFY(sample.evidence);
        QCOMPARE(sample.evidence->succeeded, false);
        QCOMPARE(sample.evidence->failureClass, sample.failureClass);
        QCOMPARE(sample.evidence->failedConditions, sample.failedConditions);
        QCOMPARE(sample.evidence->reason, sample.reason);
        QVERIFY(sample.evidence->response);
    }

    void evidenceOfAFailedResponse()
    {
        LoopbackServer server(
            LoopbackServer::Mode::Respond,
            LoopbackServer::response(500, R"({"error":"boom"})", "X-Request-Id: req-123\r\nX-Extra: a, b\r\n"));
        ProbeRequest request;
        request.integrationId = u"vendor"_s;
        request.checkId = u"charges"_s;
        request.url = QUrl(server.url(u"/v1/charges?limit=3&expand=a%20b"_s));
        request.method = "POST";
        request.headers = {{"X-Api-Key", "k-1"}, {"Content-Type", "application/json"}};
        request.body = R"({"q":1})";
        request.timeout = 5s;
        const QDateTime startedAt = QDateTime::fromMSecsSinceEpoch(1'764'580'443'512, Qt::UTC);
        const Sample sample = runProbe(request, nullptr, startedAt, 7.5);
        QCOMPARE(sample.verdict, HealthStatus::Down);
        QVERIFY(sample.evidence);
        const CallRecord &evidence = *sample.evidence;

        QCOMPARE(evidence.origin, CallOrigin::Check);
        QCOMPARE(evidence.timeMs, startedAt.toMSecsSinceEpoch());
        QCOMPARE(evidence.integration, u"vendor"_s);
        QCOMPARE(evidence.check, u"charges"_s);
        QCOMPARE(evidence.attempt, 1);
        QCOMPARE(evidence.succeeded, false);
        QCOMPARE(evidence.request.method, u"POST"_s);
        QCOMPARE(evidence.request.url, server.url(u"/v1/charges?limit=3&expand=a%20b"_s));
        QCOMPARE(evidence.requestBody, QByteArray(R"({"q":1})"));

        // Every header the evidence names went out with that value; what it leaves out is only
        // what Qt adds by protocol, build and locale.
        const QByteArray head = server.lastRequest.left(server.lastRequest.indexOf("\r\n\r\n"));
        QVERIFY2(head.startsWith("POST /v1/charges?limit=3&expand=a%20b HTTP/1.1\r\n"), head.constData());
        HeaderPairs wire;
        for (const QByteArray &line : head.split('\n').mid(1)) {
            const qsizetype colon = line.indexOf(':');
            wire.append({QString::fromLatin1(line.left(colon)), QString::fromLatin1(line.mid(colon + 1).trimmed())});
        }
        for (const auto &header : evidence.request.headers)
            QVERIFY2(wire.contains(header), qPrintable(header.first + u": "_s + header.second));
        for (const auto &header : std::as_const(wire)) {
            if (!evidence.request.headers.contains(header))
                QVERIFY2(
                    QStringList({u"Connection"_s, u"Accept-Encoding"_s, u"Accept-Language"_s}).contains(header.first),
                    qPrintable(header.first));
        }
        const QStringList expectedNames{u"Host"_s, u"X-Api-Key"_s, u"Content-Type"_s, u"User-Agent"_s,
                                        u"Content-Length"_s};
        QStringList names;
        for (const auto &header : evidence.request.headers)
            names.append(header.first);
        QCOMPARE(names, expectedNames);

        QVERIFY(evidence.response);
        QCOMPARE(evidence.response->status, 500);
        const HeaderPairs responseHeaders{{u"Content-Type"_s, u"application/json"_s},
                                          {u"Content-Length"_s, u"16"_s},
                                          {u"X-Request-Id"_s, u"req-123"_s},
                                          {u"X-Extra"_s, u"a, b"_s}};
        QCOMPARE(evidence.response->headers, responseHeaders);
        QCOMPARE(evidence.response->bodyExcerpt, uR"({"error":"boom"})"_s);
        QCOMPARE(evidence.response->bodyTruncated, false);
        QCOMPARE(evidence.vendorRequestId, u"req-123"_s);
        QCOMPARE(evidence.failureClass, FailureClass::HttpStatus);
        QCOMPARE(evidence.reason, sample.reason);

        // A new plain-HTTP connection: every phase but TLS is known, and they are in order.
        const CallTiming &timing = evidence.timing;
        QCOMPARE(timing.queueMs, 7.5);
        QCOMPARE(timing.totalMs, sample.latencyMs);
        QVERIFY(timing.connectMs);
        QVERIFY(timing.firstByteMs);
        QVERIFY(!timing.tlsMs);
        QVERIFY(*timing.connectMs <= *timing.firstByteMs);
        QVERIFY(*timing.firstByteMs <= timing.totalMs);
    }

    void evidenceKeepsTheFirst64KiB()
    {
        const QByteArray body = QByteArray(40 * 1024, 'a') + QByteArray(40 * 1024, 'b');
        LoopbackServer server(LoopbackServer::Mode::Respond, LoopbackServer::response(502, body, {}, "text/plain"));
        ProbeRequest request;
        request.url = QUrl(server.url());
        request.timeout = 5s;
        request.body = QByteArray(70 * 1024, 'r');
        const Sample sample = runProbe(request);
        QVERIFY(sample.evidence && sample.evidence->response);
        QCOMPARE(sample.evidence->response->bodyExcerpt, QString::fromLatin1(body.left(64 * 1024)));
        QCOMPARE(sample.evidence->response->bodyTruncated, true);
        QCOMPARE(sample.evidence->requestBody, request.body.left(64 * 1024));
    }

    void vendorRequestIds_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("id");

        QTest::newRow("Shopify: X-Request-Id") << QByteArray("X-Request-Id: 0e4a3f9c-1b2d-4c5e-8f70-9a1b2c3d4e5f")
                                               << u"0e4a3f9c-1b2d-4c5e-8f70-9a1b2c3d4e5f"_s;
        QTest::newRow("Stripe: Request-Id") << QByteArray("Request-Id: req_8GqPZ3xWb1yUVa") << u"req_8GqPZ3xWb1yUVa"_s;
        QTest::newRow("Slack: x-slack-req-id")
            << QByteArray("x-slack-req-id: 5b4c1f2a9e8d7c6b") << u"5b4c1f2a9e8d7c6b"_s;
        QTest::newRow("GitHub: X-GitHub-Request-Id")
            << QByteArray("X-GitHub-Request-Id: C0DE:1A2B:3C4D5E:6F7081:65A1B2C3")
            << u"C0DE:1A2B:3C4D5E:6F7081:65A1B2C3"_s;
        QTest::newRow("AWS: X-Amzn-RequestId") << QByteArray("X-Amzn-RequestId: 7f1c2d3e-4a5b-6c7d-8e9f-0a1b2c3d4e5f")
                                               << u"7f1c2d3e-4a5b-6c7d-8e9f-0a1b2c3d4e5f"_s;
        QTest::newRow("Cloudflare: CF-Ray") << QByteArray("CF-Ray: 8a1b2c3d4e5f6a7b-FRA") << u"8a1b2c3d4e5f6a7b-FRA"_s;
        QTest::newRow("none") << QByteArray("X-Other: 1") << QString();
    }

    void vendorRequestIds()
    {
        QFETCH(QByteArray, header);
        QFETCH(QString, id);
        LoopbackServer server(LoopbackServer::Mode::Respond, LoopbackServer::response(503, "{}", header + "\r\n"));
        ProbeRequest request;
        request.url = QUrl(server.url());
        request.timeout = 5s;
        const Sample sample = runProbe(request);
        QVERIFY(sample.evidence);
        QCOMPARE(sample.evidence->vendorRequestId, id);
    }

    void evidenceOfATimeout()
    {
        LoopbackServer server(LoopbackServer::Mode::Stall);
        ProbeRequest request;
        request.url = QUrl(server.url(u"/slow"_s));
        request.timeout = 300ms;
        const Sample sample = runProbe(request);
        QVERIFY(sample.evidence);
        const CallRecord &evidence = *sample.evidence;
        QCOMPARE(evidence.failureClass, FailureClass::Timeout);
        QCOMPARE(evidence.reason, sample.reason);
        QVERIFY(!evidence.response);
        QVERIFY(!evidence.timing.firstByteMs);
        QVERIFY(evidence.timing.totalMs > 0);
        QCOMPARE(evidence.request.url, server.url(u"/slow"_s));
    }

    void successKeepsEvidenceWhenAsked()
    {
        LoopbackServer server(LoopbackServer::Mode::Respond, LoopbackServer::response(200, R"({"ok":true})"));
        ProbeRequest request;
        request.url = QUrl(server.url());
        request.timeout = 5s;
        const Sample kept = runProbe(request);
        QCOMPARE(kept.verdict, HealthStatus::Up);
        QVERIFY(kept.evidence);
        QCOMPARE(kept.evidence->succeeded, true);
        QCOMPARE(kept.evidence->failureClass, FailureClass::None);
        QVERIFY(kept.evidence->reason.isEmpty());
        QVERIFY(kept.evidence->response);
        QCOMPARE(kept.evidence->response->status, 200);
        QCOMPARE(kept.evidence->response->bodyExcerpt, uR"({"ok":true})"_s);

        request.keepSuccessEvidence = false;
        const Sample notKept = runProbe(request);
        QCOMPARE(notKept.verdict, HealthStatus::Up);
        QVERIFY(!notKept.evidence);

        // A failure keeps it regardless.
        server.setResponse(LoopbackServer::response(500, "{}"));
        const Sample failed = runProbe(request);
        QVERIFY(failed.evidence);
        QCOMPARE(failed.evidence->succeeded, false);
    }

    void reusedConnectionHasNoConnectPhase()
    {
        LoopbackServer server(LoopbackServer::Mode::Respond, LoopbackServer::response(500, "{}"));
        QNetworkAccessManager network;
        ProbeRequest request;
        request.url = QUrl(server.url());
        request.timeout = 5s;
        const Sample first = runProbe(request, &network);
        const Sample second = runProbe(request, &network);
        QVERIFY(first.evidence && second.evidence);
        QVERIFY(first.evidence->timing.connectMs);
        QVERIFY(!second.evidence->timing.connectMs); // keep-alive: nothing was connected
        QVERIFY(!second.evidence->timing.tlsMs);
        QVERIFY(second.evidence->timing.firstByteMs);
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
