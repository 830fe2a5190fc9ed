#include "configloader.h"
#include "simulator.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using gw::sim::Certificate;
using gw::sim::Fault;
using gw::sim::Simulator;

using Headers = QList<QPair<QByteArray, QByteArray>>;
Q_DECLARE_METATYPE(Headers)
Q_DECLARE_METATYPE(Fault::Kind)
Q_DECLARE_METATYPE(Certificate)

namespace {

struct Answer
{
    bool finished = false;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray body;
    QList<QSslError> sslErrors;
    std::unique_ptr<QNetworkReply> reply; // kept so tests can read headers
    QByteArray header(const QByteArray &name) const { return reply->rawHeader(name); }
};

// "/a/0/b" into a JSON document; an undefined value when the path does not exist.
QJsonValue pointer(const QByteArray &json, const QString &path)
{
    QJsonValue value = QJsonDocument::fromJson(json).isArray() ? QJsonValue(QJsonDocument::fromJson(json).array())
                                                               : QJsonValue(QJsonDocument::fromJson(json).object());
    for (const QString &part : path.split(u'/', Qt::SkipEmptyParts)) {
        bool isIndex = false;
        const int index = part.toInt(&isIndex);
        value = isIndex && value.isArray() ? value.toArray().at(index) : value.toObject().value(part);
    }
    return value;
}

QString text(const QJsonValue &value)
{
    return value.isBool() ? (value.toBool() ? u"true"_s : u"false"_s) : value.toVariant().toString();
}

} // namespace

class tst_Simulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void vendorEndpoints_data();
    void vendorEndpoints();
    void gatewayMetricsGrow();

    void statusFault();
    void latencyFault();
    void stallNeverAnswers();
    void resetIsAConnectionError();
    void garbageAndInvalidJson_data();
    void garbageAndInvalidJson();
    void hugeBody();
    void trickle();
    void pathFaultBeatsVendorFault();
    void rateLimited_data();
    void rateLimited();

    void tlsCertificates_data();
    void tlsCertificates();

    void demoScenarioTakesStripeDown();
    void sameSeedSameLatencies();
    void configLoads();

private:
    Answer fetch(const QUrl &url, const QByteArray &method = "GET", const Headers &headers = {},
                 const QByteArray &body = {}, int timeoutMs = 10000);
    Answer fetch(const QString &vendor, const QString &path, const QByteArray &method = "GET",
                 const Headers &headers = {}, const QByteArray &body = {});
    static Headers auth(const QString &vendor);

    QNetworkAccessManager m_nam;
    QSslConfiguration m_tls;
    std::unique_ptr<Simulator> m_sim;
};

Headers tst_Simulator::auth(const QString &vendor)
{
    const QByteArray token = Simulator::token(vendor);
    if (vendor == u"shopify"_s)
        return {{"X-Shopify-Access-Token", token}};
    if (vendor == u"chatwoot"_s)
        return {{"api_access_token", token}};
    if (vendor == u"klaviyo"_s)
        return {{"Authorization", "Klaviyo-API-Key " + token}, {"revision", "2024-10-15"}};
    if (vendor == u"gateway"_s)
        return {};
    return {{"Authorization", "Bearer " + token}};
}

void tst_Simulator::initTestCase()
{
    Simulator::Options options;
    options.scenario = u"calm"_s;
    options.seed = 7;
    options.latencyScale = 0.05;
    m_sim = std::make_unique<Simulator>(options);
    const auto error = m_sim->start();
    QVERIFY2(!error, qPrintable(error.value_or(QString())));

    const auto ca = QSslCertificate::fromPath(m_sim->caCertificatePath());
    QCOMPARE(ca.size(), 1);
    m_tls = QSslConfiguration::defaultConfiguration();
    m_tls.setCaCertificates(ca);
    for (const QString &vendor : Simulator::vendorNames()) {
        QCOMPARE(m_sim->baseUrl(vendor).scheme(), u"https"_s);
        QCOMPARE(m_sim->baseUrl(vendor).host(), u"127.0.0.1"_s);
    }
}

void tst_Simulator::cleanup()
{
    m_sim->clearFaults();
}

Answer tst_Simulator::fetch(const QUrl &url, const QByteArray &method, const Headers &headers, const QByteArray &body,
                            int timeoutMs)
{
    QNetworkRequest request(url);
    request.setSslConfiguration(m_tls);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    Answer answer;
    answer.reply.reset(m_nam.sendCustomRequest(request, method, body));
    QNetworkReply *reply = answer.reply.get();
    connect(reply, &QNetworkReply::sslErrors, this,
            [&answer](const QList<QSslError> &errors) { answer.sslErrors += errors; });
    QSignalSpy finished(reply, &QNetworkReply::finished);
    answer.finished = reply->isFinished() || finished.wait(timeoutMs);
    if (!answer.finished) {
        reply->abort();
        return answer;
    }
    answer.error = reply->error();
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    return answer;
}

Answer tst_Simulator::fetch(const QString &vendor, const QString &path, const QByteArray &method,
                            const Headers &headers, const QByteArray &body)
{
    QUrl url = m_sim->baseUrl(vendor);
    url.setPath(path);
    return fetch(url, method, headers, body);
}

void tst_Simulator::vendorEndpoints_data()
{
    QTest::addColumn<QString>("vendor");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("authorised");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QByteArray>("header");

    const QString shop = u"/admin/api/2024-10/shop.json"_s;
    const QString graphql = u"/admin/api/2024-10/graphql.json"_s;
    const QString report = u"/v1beta/properties/312845977:runReport"_s;
    const QByteArray init =
        R"({"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-03-26","capabilities":{},"clientInfo":{"name":"t","version":"1"}}})";
    const QByteArray list = R"({"jsonrpc":"2.0","id":2,"method":"tools/list"})";

    // Shapes and messages as the vendors document them.
    QTest::newRow("shopify shop with token")
        << u"shopify"_s << "GET"_ba << shop << true << QByteArray() << 200 << u"/shop/plan_name"_s << u"shopify_plus"_s
        << "X-Shopify-Shop-Api-Call-Limit"_ba;
    QTest::newRow("shopify shop without token")
        << u"shopify"_s << "GET"_ba << shop << false << QByteArray() << 401 << u"/errors"_s
        << u"[API] Invalid API key or access token (unrecognized login or wrong password)"_s << "X-Request-Id"_ba;
    QTest::newRow("shopify graphql with token")
        << u"shopify"_s << "POST"_ba << graphql << true << R"({"query":"{ shop { name } }"})"_ba << 200
        << u"/extensions/cost/throttleStatus/maximumAvailable"_s << u"20000"_s << "X-Request-Id"_ba;
    QTest::newRow("shopify graphql without token")
        << u"shopify"_s << "POST"_ba << graphql << false << R"({"query":"{ shop { name } }"})"_ba << 401 << u"/errors"_s
        << u"[API] Invalid API key or access token (unrecognized login or wrong password)"_s << QByteArray();
    QTest::newRow("chatwoot profile with token")
        << u"chatwoot"_s << "GET"_ba << u"/api/v1/profile"_s << true << QByteArray() << 200 << u"/accounts/0/status"_s
        << u"active"_s << QByteArray();
    QTest::newRow("chatwoot profile without token")
        << u"chatwoot"_s << "GET"_ba << u"/api/v1/profile"_s << false << QByteArray() << 401 << u"/error"_s
        << u"Invalid Access Token"_s << QByteArray();
    QTest::newRow("ga4 runReport with token")
        << u"ga4"_s << "POST"_ba << report << true << R"({"returnPropertyQuota":true})"_ba << 200 << u"/kind"_s
        << u"analyticsData#runReport"_s << QByteArray();
    QTest::newRow("ga4 runReport has quota")
        << u"ga4"_s << "POST"_ba << report << true << R"({"returnPropertyQuota":true})"_ba << 200
        << u"/propertyQuota/concurrentRequests/remaining"_s << u"10"_s << QByteArray();
    QTest::newRow("ga4 runReport without token") << u"ga4"_s << "POST"_ba << report << false << R"({})"_ba << 401
                                                 << u"/error/status"_s << u"UNAUTHENTICATED"_s << "WWW-Authenticate"_ba;
    QTest::newRow("slack auth.test with token") << u"slack"_s << "POST"_ba << u"/api/auth.test"_s << true
                                                << QByteArray() << 200 << u"/ok"_s << u"true"_s << QByteArray();
    // Slack reports authentication failures in the body with HTTP 200.
    QTest::newRow("slack auth.test without token")
        << u"slack"_s << "POST"_ba << u"/api/auth.test"_s << false << QByteArray() << 200 << u"/error"_s
        << u"not_authed"_s << QByteArray();
    QTest::newRow("stripe balance with key") << u"stripe"_s << "GET"_ba << u"/v1/balance"_s << true << QByteArray()
                                             << 200 << u"/object"_s << u"balance"_s << "Request-Id"_ba;
    QTest::newRow("stripe balance without key")
        << u"stripe"_s << "GET"_ba << u"/v1/balance"_s << false << QByteArray() << 401 << u"/error/type"_s
        << u"invalid_request_error"_s << "Request-Id"_ba;
    QTest::newRow("klaviyo accounts with key")
        << u"klaviyo"_s << "GET"_ba << u"/api/accounts/"_s << true << QByteArray() << 200 << u"/data/0/type"_s
        << u"account"_s << "RateLimit-Remaining"_ba;
    QTest::newRow("klaviyo accounts without key")
        << u"klaviyo"_s << "GET"_ba << u"/api/accounts/"_s << false << QByteArray() << 401 << u"/errors/0/code"_s
        << u"not_authenticated"_s << QByteArray();
    QTest::newRow("mcp initialize with token")
        << u"mcp"_s << "POST"_ba << u"/mcp"_s << true << init << 200 << u"/result/protocolVersion"_s << u"2025-03-26"_s
        << "Mcp-Session-Id"_ba;
    QTest::newRow("mcp tools/list with token")
        << u"mcp"_s << "POST"_ba << u"/mcp"_s << true << list << 200 << u"/id"_s << u"2"_s << QByteArray();
    QTest::newRow("mcp without token") << u"mcp"_s << "POST"_ba << u"/mcp"_s << false << init << 401 << u"/error"_s
                                       << u"invalid_token"_s << "WWW-Authenticate"_ba;
    QTest::newRow("stripe status page") << u"stripe"_s << "GET"_ba << u"/api/v2/summary.json"_s << false << QByteArray()
                                        << 200 << u"/status/indicator"_s << u"none"_s << QByteArray();
    QTest::newRow("gateway health") << u"gateway"_s << "GET"_ba << u"/health"_s << false << QByteArray() << 200
                                    << u"/status"_s << u"pass"_s << QByteArray();
}

void tst_Simulator::vendorEndpoints()
{
    QFETCH(QString, vendor);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(bool, authorised);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, pointer);
    QFETCH(QString, expected);
    QFETCH(QByteArray, header);

    const Answer answer = fetch(vendor, path, method, authorised ? auth(vendor) : Headers{}, body);
    QVERIFY(answer.finished);
    QCOMPARE(answer.status, status);
    QJsonParseError parseError{};
    QJsonDocument::fromJson(answer.body, &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(text(::pointer(answer.body, pointer)), expected);
    if (!header.isEmpty())
        QVERIFY2(!answer.header(header).isEmpty(), header.constData());
    if (vendor == u"gateway"_s)
        QCOMPARE(answer.header("Content-Type"), "application/health+json"_ba);
}

void tst_Simulator::gatewayMetricsGrow()
{
    const QByteArray line = R"(kong_http_requests_total{service="orders-api",route="orders-v2",code="200",)"
                            R"(source="service",workspace="default",consumer="mobile-app"} )";
    auto counter = [&](const QByteArray &body) {
        const qsizetype at = body.indexOf(line);
        return at < 0 ? -1 : body.mid(at + line.size(), body.indexOf('\n', at) - at - line.size()).toLongLong();
    };
    const Answer first = fetch(u"gateway"_s, u"/metrics"_s);
    QCOMPARE(first.status, 200);
    QVERIFY(first.body.contains("# TYPE kong_request_latency_ms histogram\n"));
    QVERIFY(first.body.contains("kong_datastore_reachable 1\n"));
    QVERIFY(first.body.contains(
        R"(kong_request_latency_ms_bucket{service="orders-api",route="orders-v2",workspace="default",le="+Inf"} )"));
    QVERIFY(first.body.contains(R"(kong_upstream_target_health{upstream="orders-api.upstream",)"));
    const qint64 before = counter(first.body);
    QVERIFY(before > 0);

    m_sim->setScenarioTime(10min);
    const Answer second = fetch(u"gateway"_s, u"/metrics"_s);
    const qint64 after = counter(second.body);
    // About 11 requests/s on orders-api, ~90 % of them 200: 10 minutes add thousands.
    QVERIFY2(after - before > 4000 && after - before < 9000, qPrintable(QString::number(after - before)));
}

void tst_Simulator::statusFault()
{
    m_sim->setFault(u"stripe"_s, {}, Fault{Fault::Kind::Status, 503, 0ms, 0});
    const Answer answer = fetch(u"stripe"_s, u"/v1/balance"_s, "GET", auth(u"stripe"_s));
    QCOMPARE(answer.status, 503);
    QCOMPARE(text(pointer(answer.body, u"/error/type"_s)), u"api_error"_s);
}

void tst_Simulator::latencyFault()
{
    m_sim->setFault(u"slack"_s, u"/api/auth.test"_s, Fault{Fault::Kind::Latency, 200, 400ms, 0});
    QElapsedTimer timer;
    timer.start();
    const Answer answer = fetch(u"slack"_s, u"/api/auth.test"_s, "POST", auth(u"slack"_s));
    QCOMPARE(answer.status, 200);
    QVERIFY2(timer.elapsed() >= 380, qPrintable(QString::number(timer.elapsed())));
}

void tst_Simulator::stallNeverAnswers()
{
    m_sim->setFault(u"klaviyo"_s, {}, Fault{Fault::Kind::Stall, 200, 0ms, 0});
    QUrl url = m_sim->baseUrl(u"klaviyo"_s);
    url.setPath(u"/api/accounts/"_s);
    const Answer answer = fetch(url, "GET", auth(u"klaviyo"_s), {}, 700);
    QVERIFY(!answer.finished);
}

void tst_Simulator::resetIsAConnectionError()
{
    m_sim->setFault(u"chatwoot"_s, {}, Fault{Fault::Kind::Reset, 200, 0ms, 0});
    const Answer answer = fetch(u"chatwoot"_s, u"/api/v1/profile"_s, "GET", auth(u"chatwoot"_s));
    QVERIFY(answer.finished);
    QCOMPARE(answer.status, 0);
    QVERIFY2(answer.error == QNetworkReply::RemoteHostClosedError || answer.error == QNetworkReply::UnknownNetworkError,
             qPrintable(answer.reply->errorString()));
}

void tst_Simulator::garbageAndInvalidJson_data()
{
    QTest::addColumn<Fault::Kind>("kind");
    QTest::newRow("garbage") << Fault::Kind::Garbage;
    QTest::newRow("truncated json") << Fault::Kind::InvalidJson;
}

void tst_Simulator::garbageAndInvalidJson()
{
    QFETCH(Fault::Kind, kind);
    m_sim->setFault(u"stripe"_s, u"/v1/balance"_s, Fault{kind, 200, 0ms, 0});
    const Answer answer = fetch(u"stripe"_s, u"/v1/balance"_s, "GET", auth(u"stripe"_s));
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.header("Content-Type").startsWith("application/json"));
    QVERIFY(!answer.body.isEmpty());
    QJsonParseError parseError{};
    QJsonDocument::fromJson(answer.body, &parseError);
    QVERIFY(parseError.error != QJsonParseError::NoError);
    if (kind == Fault::Kind::InvalidJson)
        QVERIFY(answer.body.startsWith('{'));
}

void tst_Simulator::hugeBody()
{
    const qint64 size = 24 * 1024 * 1024;
    m_sim->setFault(u"ga4"_s, {}, Fault{Fault::Kind::HugeBody, 200, 0ms, size});
    const Answer answer = fetch(u"ga4"_s, u"/v1beta/properties/1:runReport"_s, "POST", auth(u"ga4"_s), "{}");
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.body.size(), size);
    QCOMPARE(answer.reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(), size);
    QVERIFY(answer.body.startsWith(R"({"padding":"aaaa)"));
    QVERIFY(answer.body.endsWith(R"(aaaa"})"));
}

void tst_Simulator::trickle()
{
    m_sim->setFault(u"stripe"_s, {}, Fault{Fault::Kind::Trickle, 200, 20ms, 20});
    QUrl url = m_sim->baseUrl(u"stripe"_s);
    url.setPath(u"/v1/balance"_s);
    QNetworkRequest request(url);
    request.setSslConfiguration(m_tls);
    request.setRawHeader("Authorization", "Bearer " + Simulator::token(u"stripe"_s));
    std::unique_ptr<QNetworkReply> reply(m_nam.get(request));
    QSignalSpy progress(reply.get(), &QNetworkReply::readyRead);
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(finished.wait(5000));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->readAll(), "{\n  \"object\": \"balan"_ba); // the first 20 bytes of Stripe's body
    QVERIFY2(timer.elapsed() >= 300, qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(progress.size() >= 5, qPrintable(QString::number(progress.size())));
}

void tst_Simulator::pathFaultBeatsVendorFault()
{
    m_sim->setFault(u"shopify"_s, {}, Fault{Fault::Kind::Status, 500, 0ms, 0});
    m_sim->setFault(u"shopify"_s, u"/admin/api/2024-10/shop.json"_s, Fault{});
    QCOMPARE(fetch(u"shopify"_s, u"/admin/api/2024-10/shop.json"_s, "GET", auth(u"shopify"_s)).status, 200);
    QCOMPARE(fetch(u"shopify"_s, u"/admin/api/2024-10/graphql.json"_s, "POST", auth(u"shopify"_s),
                   R"({"query":"{ shop { name } }"})")
                 .status,
             500);
}

void tst_Simulator::rateLimited_data()
{
    QTest::addColumn<QString>("vendor");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("headerValue"); // empty: only present
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("expected");

    QTest::newRow("shopify rest") << u"shopify"_s << "GET"_ba << u"/admin/api/2024-10/shop.json"_s << 429
                                  << "Retry-After"_ba
                                  << "2.0"_ba << QString() << QString();
    QTest::newRow("shopify rest call limit")
        << u"shopify"_s << "GET"_ba << u"/admin/api/2024-10/shop.json"_s << 429 << "X-Shopify-Shop-Api-Call-Limit"_ba
        << "40/40"_ba << QString() << QString();
    QTest::newRow("shopify graphql throttled")
        << u"shopify"_s << "POST"_ba << u"/admin/api/2024-10/graphql.json"_s << 200 << QByteArray() << QByteArray()
        << u"/errors/0/extensions/code"_s << u"THROTTLED"_s;
    QTest::newRow("stripe") << u"stripe"_s << "GET"_ba << u"/v1/balance"_s << 429 << "Stripe-Rate-Limited-Reason"_ba
                            << QByteArray() << u"/error/type"_s << u"rate_limit_error"_s;
    QTest::newRow("slack") << u"slack"_s << "POST"_ba << u"/api/auth.test"_s << 429 << "Retry-After"_ba << QByteArray()
                           << u"/error"_s << u"ratelimited"_s;
    QTest::newRow("klaviyo") << u"klaviyo"_s << "GET"_ba << u"/api/accounts/"_s << 429 << "Retry-After"_ba
                             << QByteArray() << u"/errors/0/code"_s << u"throttled"_s;
    QTest::newRow("ga4") << u"ga4"_s << "POST"_ba << u"/v1beta/properties/1:runReport"_s << 429 << QByteArray()
                         << QByteArray() << u"/error/status"_s << u"RESOURCE_EXHAUSTED"_s;
    QTest::newRow("chatwoot rack-attack")
        << u"chatwoot"_s << "GET"_ba << u"/api/v1/profile"_s << 429 << "Content-Type"_ba
        << "text/plain"_ba << QString() << QString();
}

void tst_Simulator::rateLimited()
{
    QFETCH(QString, vendor);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, headerValue);
    QFETCH(QString, pointer);
    QFETCH(QString, expected);

    m_sim->setFault(vendor, {}, Fault{Fault::Kind::RateLimited, 429, 0ms, 0});
    const Answer answer = fetch(vendor, path, method, auth(vendor),
                                method == "POST" ? R"({"query":"{ shop { name } }"})"_ba : QByteArray());
    QCOMPARE(answer.status, status);
    if (!header.isEmpty()) {
        QVERIFY2(!answer.header(header).isEmpty(), header.constData());
        if (!headerValue.isEmpty())
            QCOMPARE(answer.header(header), headerValue);
    }
    if (!pointer.isEmpty())
        QCOMPARE(text(::pointer(answer.body, pointer)), expected);
}

void tst_Simulator::tlsCertificates_data()
{
    QTest::addColumn<Certificate>("certificate");
    QTest::addColumn<QSslError::SslError>("expected"); // NoError: the handshake succeeds
    QTest::newRow("valid") << Certificate::Valid << QSslError::NoError;
    QTest::newRow("expired") << Certificate::Expired << QSslError::CertificateExpired;
    QTest::newRow("wrong host") << Certificate::WrongHost << QSslError::HostNameMismatch;
    QTest::newRow("self-signed") << Certificate::SelfSigned << QSslError::SelfSignedCertificate;
}

void tst_Simulator::tlsCertificates()
{
    QFETCH(Certificate, certificate);
    QFETCH(QSslError::SslError, expected);

    QUrl url = m_sim->tlsUrl(certificate);
    QCOMPARE(url.scheme(), u"https"_s);
    url.setPath(u"/health"_s);
    const Answer answer = fetch(url);
    QVERIFY(answer.finished);
    if (expected == QSslError::NoError) {
        QCOMPARE(answer.error, QNetworkReply::NoError);
        QVERIFY(answer.sslErrors.isEmpty());
        QCOMPARE(answer.status, 200);
        return;
    }
    QCOMPARE(answer.error, QNetworkReply::SslHandshakeFailedError);
    QList<QSslError::SslError> kinds;
    for (const QSslError &error : answer.sslErrors)
        kinds.append(error.error());
    QVERIFY2(kinds.contains(expected), qPrintable(answer.reply->errorString()));
}

void tst_Simulator::demoScenarioTakesStripeDown()
{
    Simulator::Options options;
    options.scenario = u"demo"_s;
    options.latencyScale = 0.05;
    options.tls = false; // plain HTTP here; the client trusts only the other simulator's CA
    Simulator demo(options);
    QVERIFY(!demo.start());
    auto balance = [&] {
        QUrl url = demo.baseUrl(u"stripe"_s);
        url.setPath(u"/v1/balance"_s);
        return fetch(url, "GET", auth(u"stripe"_s));
    };
    auto indicator = [&] {
        QUrl url = demo.baseUrl(u"stripe"_s);
        url.setPath(u"/api/v2/summary.json"_s);
        return text(pointer(fetch(url).body, u"/status/indicator"_s));
    };

    demo.setScenarioTime(10s);
    const Answer calm = balance();
    QVERIFY2(calm.finished, "no answer");
    QCOMPARE(calm.error, QNetworkReply::NoError);
    QCOMPARE(calm.status, 200);
    QCOMPARE(indicator(), u"none"_s);

    demo.setScenarioTime(50s); // the story: Stripe answers 503 from 0:45 for 75 s
    const Answer down = balance();
    QCOMPARE(down.status, 503);
    QCOMPARE(text(pointer(down.body, u"/error/type"_s)), u"api_error"_s);

    demo.setScenarioTime(80s); // the status page admits it after a while
    QCOMPARE(indicator(), u"major"_s);

    demo.setScenarioTime(130s);
    QCOMPARE(balance().status, 200);

    demo.setScenarioTime(300s + 50s); // and again in the next round
    QCOMPARE(balance().status, 503);

    // A fault set by a test wins over the story.
    demo.setFault(u"stripe"_s, {}, Fault{});
    QCOMPARE(balance().status, 200);
}

void tst_Simulator::sameSeedSameLatencies()
{
    auto run = [this](quint32 seed) {
        Simulator::Options options;
        options.scenario = u"calm"_s;
        options.seed = seed;
        options.tls = false;
        Simulator sim(options);
        if (sim.start())
            return QList<std::chrono::milliseconds>{};
        QUrl url = sim.baseUrl(u"gateway"_s);
        url.setPath(u"/health"_s);
        for (int i = 0; i < 8; ++i)
            fetch(url);
        return sim.latencyHistory(u"gateway"_s);
    };
    const auto first = run(42);
    const auto again = run(42);
    const auto other = run(43);
    QCOMPARE(first.size(), 8);
    QCOMPARE(again, first);
    QVERIFY(other != first);
    // The gateway's profile: median 8 ms, p95 35 ms; nothing absurd.
    for (const auto latency : first)
        QVERIFY(latency >= 1ms && latency <= 200ms);
}

void tst_Simulator::configLoads()
{
    const QString yaml = m_sim->configYaml();
    const auto catalog = gw::ConfigLoader::loadText(yaml.toUtf8(), u"sim.yaml"_s);
    if (!catalog.ok()) {
        for (const auto &error : catalog.error())
            qWarning() << error.toString();
    }
    QVERIFY(catalog.ok());
    QStringList ids;
    for (const auto &integration : catalog->integrations)
        ids.append(integration.id);
    QCOMPARE(ids, (QStringList{u"shopify"_s, u"chatwoot"_s, u"google-analytics"_s, u"slack"_s, u"stripe"_s,
                               u"klaviyo"_s, u"mcp"_s, u"gateway"_s}));
    QCOMPARE(catalog->settings.interval, 10s);
    QCOMPARE(catalog->settings.timeout, 5s);
    QCOMPARE(catalog->settings.caFile, m_sim->caCertificatePath());

    QStringList names;
    for (const auto &[name, value] : m_sim->configEnvironment())
        names.append(name);
    QCOMPARE(names,
             (QStringList{u"GATEWATCH_SECRET_SHOPIFY_ADMIN"_s, u"GATEWATCH_SECRET_CHATWOOT"_s,
                          u"GATEWATCH_SECRET_GA4"_s, u"GATEWATCH_SECRET_SLACK_BOT"_s, u"GATEWATCH_SECRET_STRIPE"_s,
                          u"GATEWATCH_SECRET_KLAVIYO"_s, u"GATEWATCH_SECRET_MCP"_s}));
}

QTEST_GUILESS_MAIN(tst_Simulator)
#include "tst_simulator.moc"
