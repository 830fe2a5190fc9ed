#include "configloader.h"
#include "prometheusparser.h"
#include "quotaparser.h"
#include "simulator.h"

#include <QElapsedTimer>
#include <QHash>
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
    void gatewayAtStartIsTheFirstPage();

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

    void shopifyRestBucket();
    void shopifyGraphqlCostPoints();
    void klaviyoWindow();
    void ga4Tokens();
    void slackTierLimit();
    void mcpIetfFields();
    void stripeSendsNoQuotaFields();
    void requestCountPerVendor();
    void demoSqueezesMcp();
    void rateLimitsScenarioCoversEveryVendor();

    void demoScenarioTakesStripeDown();
    void sameSeedSameLatencies();
    void configLoads();

private:
    Answer fetch(const QUrl &url, const QByteArray &method = "GET", const Headers &headers = {},
                 const QByteArray &body = {}, int timeoutMs = 10000);
    Answer fetch(const QString &vendor, const QString &path, const QByteArray &method = "GET",
                 const Headers &headers = {}, const QByteArray &body = {});
    static Headers auth(const QString &vendor);
    // A plain-HTTP simulator of its own with the scenario clock stopped at 0, for exact quota numbers.
    static std::unique_ptr<Simulator> frozenSimulator(const QString &scenario = u"calm"_s);
    Answer call(Simulator &sim, const QString &vendor, std::chrono::milliseconds at);

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

std::unique_ptr<Simulator> tst_Simulator::frozenSimulator(const QString &scenario)
{
    Simulator::Options options;
    options.scenario = scenario;
    options.tls = false;
    options.latencyScale = 0.01;
    auto sim = std::make_unique<Simulator>(options);
    if (sim->start())
        return {};
    sim->setScenarioClockRunning(false);
    sim->setScenarioTime(0ms);
    return sim;
}

// One authorised call to the vendor's monitored endpoint at scenario time `at`.
Answer tst_Simulator::call(Simulator &sim, const QString &vendor, std::chrono::milliseconds at)
{
    static const QHash<QString, QPair<QByteArray, QString>> endpoints{
        {u"shopify"_s, {"GET"_ba, u"/admin/api/2024-10/shop.json"_s}},
        {u"shopify-graphql"_s, {"POST"_ba, u"/admin/api/2024-10/graphql.json"_s}},
        {u"klaviyo"_s, {"GET"_ba, u"/api/accounts/"_s}},
        {u"ga4"_s, {"POST"_ba, u"/v1beta/properties/312845977:runReport"_s}},
        {u"slack"_s, {"POST"_ba, u"/api/auth.test"_s}},
        {u"stripe"_s, {"GET"_ba, u"/v1/balance"_s}},
        {u"mcp"_s, {"POST"_ba, u"/mcp"_s}},
        {u"chatwoot"_s, {"GET"_ba, u"/api/v1/profile"_s}},
        {u"gateway"_s, {"GET"_ba, u"/health"_s}},
    };
    const QString server = vendor == u"shopify-graphql"_s ? u"shopify"_s : vendor;
    const auto [method, path] = endpoints.value(vendor);
    QByteArray body;
    if (vendor == u"shopify-graphql"_s)
        body = R"({"query":"{ shop { name } }"})";
    else if (vendor == u"ga4"_s)
        body = R"({"metrics":[{"name":"activeUsers"}],"returnPropertyQuota":true})";
    else if (vendor == u"mcp"_s)
        body = R"({"jsonrpc":"2.0","id":2,"method":"tools/list"})";
    sim.setScenarioTime(at);
    QUrl url = sim.baseUrl(server);
    url.setPath(path);
    return fetch(url, method, auth(server), body);
}

namespace {

const QDateTime ParsedAt(QDate(2025, 3, 14), QTime(12, 0), Qt::UTC);

gw::QuotaSignals parsed(const Answer &answer)
{
    gw::ResponseFacts facts;
    facts.status = answer.status;
    facts.headers = answer.reply->rawHeaderPairs();
    facts.body = answer.body;
    return gw::QuotaParser::parse(facts, ParsedAt);
}

} // namespace

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
        << u"/extensions/cost/throttleStatus/maximumAvailable"_s << u"1000"_s << "X-Request-Id"_ba;
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

// With the scenario clock at 0 the gateway's page is its counters as first made: what
// gatewayAtStart() says, route by route.
void tst_Simulator::gatewayAtStartIsTheFirstPage()
{
    const std::unique_ptr<Simulator> sim = frozenSimulator();
    const gw::GatewayScrape start = sim->gatewayAtStart(1'000);
    QCOMPARE(start.atMs, qint64(1'000));
    QCOMPARE(start.flavor, gw::GatewayFlavor::Kong);
    const Answer page = fetch(sim->baseUrl(u"gateway"_s).resolved(QUrl(u"/metrics"_s)));
    QCOMPARE(page.status, 200);
    const gw::GatewayScrape live =
        gw::readScrape(gw::PrometheusParser::parse(page.body), gw::GatewayFlavor::Kong, {}, 1'000);
    QVERIFY(start.routes.size() >= 10); // the company's services and the egress routes
    QCOMPARE(live.routes, start.routes);
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
    QTest::newRow("mcp ietf") << u"mcp"_s << "POST"_ba << u"/mcp"_s << 429 << "RateLimit"_ba << QByteArray()
                              << u"/error/message"_s << u"Rate limit exceeded"_s;
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

void tst_Simulator::shopifyRestBucket()
{
    const auto sim = frozenSimulator();
    QVERIFY(sim);
    Answer answer;
    for (int i = 0; i < 5; ++i)
        answer = call(*sim, u"shopify"_s, 0ms);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.header("X-Shopify-Shop-Api-Call-Limit"), "5/40"_ba);
    gw::QuotaSignals quota = parsed(answer);
    QCOMPARE(quota.readings.size(), 1);
    QCOMPARE(quota.readings[0].source, gw::QuotaSource::ShopifyRest);
    QCOMPARE(quota.readings[0].limit, 40.0);
    QCOMPARE(quota.readings[0].used, 5.0);
    QCOMPARE(quota.readings[0].remaining, 35.0);
    QVERIFY(!quota.throttled);

    // A second leaks 2 calls: 5 - 2 + 1.
    QCOMPARE(call(*sim, u"shopify"_s, 1s).header("X-Shopify-Shop-Api-Call-Limit"), "4/40"_ba);

    sim->consumeQuota(u"shopify"_s, 36); // another app fills the bucket: 4 + 36 = 40
    answer = call(*sim, u"shopify"_s, 1s);
    QCOMPARE(answer.status, 429);
    QCOMPARE(answer.header("Retry-After"), "2.0"_ba);
    QCOMPARE(answer.header("X-Shopify-Shop-Api-Call-Limit"), "40/40"_ba);
    QVERIFY(answer.body.contains("Exceeded 2 calls per second"));
    quota = parsed(answer);
    QVERIFY(quota.throttled);
    QCOMPARE(quota.retryAfterSeconds, 2.0);
    QCOMPARE(quota.readings[0].remaining, 0.0);

    // One more second: 40 - 2 + 1; half a minute empties the bucket.
    QCOMPARE(call(*sim, u"shopify"_s, 2s).header("X-Shopify-Shop-Api-Call-Limit"), "39/40"_ba);
    QCOMPARE(call(*sim, u"shopify"_s, 30s).header("X-Shopify-Shop-Api-Call-Limit"), "1/40"_ba);
}

void tst_Simulator::shopifyGraphqlCostPoints()
{
    const auto sim = frozenSimulator();
    QVERIFY(sim);
    Answer answer = call(*sim, u"shopify-graphql"_s, 0ms);
    QCOMPARE(answer.status, 200);
    QCOMPARE(pointer(answer.body, u"/extensions/cost/requestedQueryCost"_s).toDouble(), 10.0);
    QCOMPARE(pointer(answer.body, u"/extensions/cost/actualQueryCost"_s).toDouble(), 10.0);
    QCOMPARE(pointer(answer.body, u"/extensions/cost/throttleStatus/currentlyAvailable"_s).toDouble(), 990.0);
    QCOMPARE(pointer(answer.body, u"/extensions/cost/throttleStatus/restoreRate"_s).toDouble(), 50.0);
    gw::QuotaSignals quota = parsed(answer);
    QCOMPARE(quota.readings.size(), 1);
    QCOMPARE(quota.readings[0].source, gw::QuotaSource::ShopifyGraphql);
    QCOMPARE(quota.readings[0].unit, gw::QuotaUnit::Points);
    QCOMPARE(quota.readings[0].limit, 1000.0);
    QCOMPARE(quota.readings[0].remaining, 990.0);
    QCOMPARE(quota.readings[0].used, 10.0);
    QCOMPARE(quota.readings[0].restorePerSecond, 50.0);

    // The fault spends every point; the throttle is the bucket's, so it outlasts the fault.
    sim->setFault(u"shopify"_s, u"/admin/api/2024-10/graphql.json"_s, Fault{Fault::Kind::RateLimited, 429, 0ms, 0});
    QCOMPARE(text(pointer(call(*sim, u"shopify-graphql"_s, 0ms).body, u"/errors/0/extensions/code"_s)), u"THROTTLED"_s);
    sim->clearFaults();
    answer = call(*sim, u"shopify-graphql"_s, 0ms);
    QCOMPARE(answer.status, 200);
    QCOMPARE(text(pointer(answer.body, u"/errors/0/message"_s)), u"Throttled"_s);
    QVERIFY(pointer(answer.body, u"/extensions/cost/actualQueryCost"_s).isNull());
    QCOMPARE(pointer(answer.body, u"/extensions/cost/throttleStatus/currentlyAvailable"_s).toDouble(), 0.0);
    quota = parsed(answer);
    QVERIFY(quota.throttled);
    QCOMPARE(quota.throttleReason, u"Shopify GraphQL: THROTTLED"_s);

    // 50 points a second come back: one query of 10 leaves 40.
    answer = call(*sim, u"shopify-graphql"_s, 1s);
    QVERIFY(pointer(answer.body, u"/errors"_s).isUndefined());
    QCOMPARE(pointer(answer.body, u"/extensions/cost/throttleStatus/currentlyAvailable"_s).toDouble(), 40.0);
}

void tst_Simulator::klaviyoWindow()
{
    const auto sim = frozenSimulator();
    QVERIFY(sim);
    Answer answer = call(*sim, u"klaviyo"_s, 0ms);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.header("RateLimit-Limit"), "75"_ba);
    QCOMPARE(answer.header("RateLimit-Remaining"), "74"_ba);
    QCOMPARE(answer.header("RateLimit-Reset"), "60"_ba);
    gw::QuotaSignals quota = parsed(answer);
    QCOMPARE(quota.readings.size(), 1);
    QCOMPARE(quota.readings[0].source, gw::QuotaSource::Klaviyo);
    QCOMPARE(quota.readings[0].limit, 75.0);
    QCOMPARE(quota.readings[0].remaining, 74.0);
    QCOMPARE(quota.readings[0].resetAt, ParsedAt.addSecs(60));

    answer = call(*sim, u"klaviyo"_s, 30s);
    QCOMPARE(answer.header("RateLimit-Remaining"), "73"_ba);
    QCOMPARE(answer.header("RateLimit-Reset"), "30"_ba);

    sim->consumeQuota(u"klaviyo"_s, 73);
    answer = call(*sim, u"klaviyo"_s, 30s);
    QCOMPARE(answer.status, 429);
    QCOMPARE(answer.header("Retry-After"), "30"_ba);
    QVERIFY(answer.header("RateLimit-Remaining").isEmpty()); // only on non-429 answers
    QCOMPARE(text(pointer(answer.body, u"/errors/0/code"_s)), u"throttled"_s);
    QCOMPARE(text(pointer(answer.body, u"/errors/0/detail"_s)),
             u"Request was throttled. Expected available in 30 seconds."_s);
    quota = parsed(answer);
    QVERIFY(quota.throttled);
    QCOMPARE(quota.retryAfterSeconds, 30.0);

    QCOMPARE(call(*sim, u"klaviyo"_s, 45500ms).header("Retry-After"), "15"_ba); // 14.5 s, rounded up
    answer = call(*sim, u"klaviyo"_s, 60s);                                     // a new window
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.header("RateLimit-Remaining"), "74"_ba);
    QCOMPARE(answer.header("RateLimit-Reset"), "60"_ba);
}

void tst_Simulator::ga4Tokens()
{
    const auto sim = frozenSimulator();
    QVERIFY(sim);
    Answer answer = call(*sim, u"ga4"_s, 0ms);
    QCOMPARE(answer.status, 200);
    // Standard property: 200 000 a day, 40 000 an hour, 14 000 per project an hour; 7 a report.
    QCOMPARE(pointer(answer.body, u"/propertyQuota/tokensPerHour/consumed"_s).toDouble(), 7.0);
    QCOMPARE(pointer(answer.body, u"/propertyQuota/tokensPerHour/remaining"_s).toDouble(), 39993.0);
    QCOMPARE(pointer(answer.body, u"/propertyQuota/tokensPerDay/remaining"_s).toDouble(), 199993.0);
    QCOMPARE(pointer(answer.body, u"/propertyQuota/tokensPerProjectPerHour/remaining"_s).toDouble(), 13993.0);
    const gw::QuotaSignals quota = parsed(answer);
    bool sawHour = false;
    for (const gw::QuotaReading &reading : quota.readings) {
        QCOMPARE(reading.source, gw::QuotaSource::Ga4);
        if (reading.policy == u"tokensPerHour"_s) {
            sawHour = true;
            QCOMPARE(reading.remaining, 39993.0);
            QCOMPARE(reading.used, 7.0);
            QCOMPARE(reading.unit, gw::QuotaUnit::Tokens);
        }
    }
    QVERIFY(sawHour);

    sim->consumeQuota(u"ga4"_s, 39990); // 3 tokens left this hour, a report needs 7
    answer = call(*sim, u"ga4"_s, 10min);
    QCOMPARE(answer.status, 429);
    QCOMPARE(text(pointer(answer.body, u"/error/status"_s)), u"RESOURCE_EXHAUSTED"_s);
    QCOMPARE(pointer(answer.body, u"/error/code"_s).toInt(), 429);
    QVERIFY(text(pointer(answer.body, u"/error/message"_s)).startsWith(u"Exhausted property tokens per hour."_s));
    QVERIFY(parsed(answer).throttled);

    answer = call(*sim, u"ga4"_s, 1h);
    QCOMPARE(answer.status, 200);
    QCOMPARE(pointer(answer.body, u"/propertyQuota/tokensPerHour/remaining"_s).toDouble(), 39993.0);
    // The day remembers: 200000 - 7 - 39990 - 7.
    QCOMPARE(pointer(answer.body, u"/propertyQuota/tokensPerDay/remaining"_s).toDouble(), 159996.0);
    // The other client spent the property's tokens, not our project's.
    QCOMPARE(pointer(answer.body, u"/propertyQuota/tokensPerProjectPerHour/remaining"_s).toDouble(), 13993.0);
}

void tst_Simulator::slackTierLimit()
{
    const auto sim = frozenSimulator();
    QVERIFY(sim);
    sim->consumeQuota(u"slack"_s, 49);
    QCOMPARE(call(*sim, u"slack"_s, 0ms).status, 200); // the 50th this minute
    Answer answer = call(*sim, u"slack"_s, 0ms);
    QCOMPARE(answer.status, 429);
    QCOMPARE(answer.header("Retry-After"), "60"_ba);
    QCOMPARE(text(pointer(answer.body, u"/error"_s)), u"ratelimited"_s);
    const gw::QuotaSignals quota = parsed(answer);
    QVERIFY(quota.throttled);
    QCOMPARE(quota.retryAfterSeconds, 60.0);
    QCOMPARE(call(*sim, u"slack"_s, 20s).header("Retry-After"), "40"_ba);
    answer = call(*sim, u"slack"_s, 60s);
    QCOMPARE(answer.status, 200);
    QCOMPARE(text(pointer(answer.body, u"/ok"_s)), u"true"_s);
}

void tst_Simulator::mcpIetfFields()
{
    const auto sim = frozenSimulator();
    QVERIFY(sim);
    Answer answer = call(*sim, u"mcp"_s, 0ms);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.header("RateLimit-Policy"),
             R"("burst";q=300;w=60, "sustained";q=600;w=300, "daily";q=500000;w=86400)"_ba);
    QCOMPARE(answer.header("RateLimit"), R"("burst";r=299;t=60, "sustained";r=599;t=300, "daily";r=499999;t=86400)"_ba);
    gw::QuotaSignals quota = parsed(answer);
    QCOMPARE(quota.readings.size(), 3);
    QCOMPARE(quota.readings[0].source, gw::QuotaSource::IetfRateLimit);
    QCOMPARE(quota.readings[0].policy, u"burst"_s);
    QCOMPARE(quota.readings[0].limit, 300.0);
    QCOMPARE(quota.readings[0].remaining, 299.0);
    QCOMPARE(quota.readings[0].windowSeconds, 60);
    QCOMPARE(quota.readings[0].resetAt, ParsedAt.addSecs(60));
    QCOMPARE(quota.readings[1].policy, u"sustained"_s);
    QCOMPARE(quota.readings[1].limit, 600.0);
    QCOMPARE(quota.readings[1].windowSeconds, 300);
    QCOMPARE(quota.readings[2].policy, u"daily"_s);
    QCOMPARE(quota.readings[2].limit, 500000.0);
    QCOMPARE(quota.readings[2].remaining, 499999.0);
    QCOMPARE(quota.readings[2].windowSeconds, 86400);

    sim->setScenarioTime(10s);
    sim->consumeQuota(u"mcp"_s, 299); // the burst policy is spent
    answer = call(*sim, u"mcp"_s, 10s);
    QCOMPARE(answer.status, 429);
    QCOMPARE(answer.header("Retry-After"), "50"_ba);
    QCOMPARE(answer.header("RateLimit"), R"("burst";r=0;t=50, "sustained";r=300;t=290, "daily";r=499700;t=86390)"_ba);
    quota = parsed(answer);
    QVERIFY(quota.throttled);
    QCOMPARE(quota.retryAfterSeconds, 50.0);
    QCOMPARE(quota.readings[0].remaining, 0.0);

    answer = call(*sim, u"mcp"_s, 60s); // the refused call spent nothing
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.header("RateLimit"), R"("burst";r=299;t=60, "sustained";r=299;t=240, "daily";r=499699;t=86340)"_ba);
}

void tst_Simulator::stripeSendsNoQuotaFields()
{
    const auto sim = frozenSimulator();
    QVERIFY(sim);
    for (int i = 0; i < 3; ++i) {
        const Answer answer = call(*sim, u"stripe"_s, 0ms);
        QCOMPARE(answer.status, 200);
        for (const auto &[name, value] : answer.reply->rawHeaderPairs()) {
            QVERIFY2(!name.toLower().contains("ratelimit") && name.toLower() != "retry-after", name.constData());
        }
        QVERIFY(parsed(answer).readings.isEmpty());
    }
}

void tst_Simulator::requestCountPerVendor()
{
    const auto sim = frozenSimulator();
    QVERIFY(sim);
    QCOMPARE(sim->requestCount(u"klaviyo"_s), 0u);
    call(*sim, u"klaviyo"_s, 0ms);
    call(*sim, u"klaviyo"_s, 0ms);
    QUrl url = sim->baseUrl(u"klaviyo"_s);
    url.setPath(u"/api/accounts/"_s);
    QCOMPARE(fetch(url).status, 401); // refused, but received
    url.setPath(u"/api/v2/summary.json"_s);
    QCOMPARE(fetch(url).status, 200); // the status page is another host in reality
    sim->consumeQuota(u"klaviyo"_s, 1000);
    QCOMPARE(call(*sim, u"klaviyo"_s, 0ms).status, 429);
    QCOMPARE(sim->requestCount(u"klaviyo"_s), 4u);
    QCOMPARE(sim->requestCount(u"stripe"_s), 0u);
    QCOMPARE(sim->requestCount(), 5u);
}

void tst_Simulator::demoSqueezesMcp()
{
    const auto sim = frozenSimulator(u"demo"_s);
    QVERIFY(sim);
    const auto sustained = [](const Answer &answer) {
        const QByteArray fields = answer.header("RateLimit");
        const qsizetype at = fields.indexOf("\"sustained\"");
        return at < 0 ? QByteArray() : fields.mid(at).split(',').constFirst();
    };
    // Before the squeeze only our own call counts.
    QCOMPARE(sustained(call(*sim, u"mcp"_s, 5s)), R"("sustained";r=599;t=295)"_ba);
    // From 0:10 the backfill rises over a minute to 170 a minute (2.8333/s): its first minute sends
    // 170/60 * 60²/120 = 85. With our two calls, 600 - 87 = 513 remain at 1:10.
    QCOMPARE(sustained(call(*sim, u"mcp"_s, 70s)), R"("sustained";r=513;t=230)"_ba);
    // By 4:00 it has sent 170/60 * (30 + 170) = 566.67; with our three calls, 30.33 remain.
    QCOMPARE(sustained(call(*sim, u"mcp"_s, 240s)), R"("sustained";r=30;t=60)"_ba);
    // 4:10: 170/60 * 210 = 595, and four calls: 1 left.
    Answer answer = call(*sim, u"mcp"_s, 250s);
    QCOMPARE(answer.status, 200);
    QCOMPARE(sustained(answer), R"("sustained";r=1;t=50)"_ba);
    // 4:12: 170/60 * 212 = 600.67 would be more than is left: spent until the window ends at 5:00.
    answer = call(*sim, u"mcp"_s, 252s);
    QCOMPARE(answer.status, 429);
    QCOMPARE(answer.header("Retry-After"), "48"_ba);
    QCOMPARE(sustained(answer), R"("sustained";r=0;t=48)"_ba);
    // The story starts over at 5:00 with a fresh window; the job comes back at 5:10.
    answer = call(*sim, u"mcp"_s, 300s);
    QCOMPARE(answer.status, 200);
    QCOMPARE(sustained(answer), R"("sustained";r=599;t=300)"_ba);
    // Klaviyo is no longer squeezed: one call of ours, the rest of its minute untouched.
    QCOMPARE(call(*sim, u"klaviyo"_s, 200s).header("RateLimit-Remaining"), "74"_ba);
    // The squeeze is not an incident: the status page says nothing.
    QUrl url = sim->baseUrl(u"mcp"_s);
    url.setPath(u"/api/v2/summary.json"_s);
    sim->setScenarioTime(252s);
    const Answer page = fetch(url);
    QCOMPARE(page.status, 200);
    QCOMPARE(text(pointer(page.body, u"/status/indicator"_s)), u"none"_s);
}

void tst_Simulator::rateLimitsScenarioCoversEveryVendor()
{
    const auto sim = frozenSimulator(u"rate-limits"_s);
    QVERIFY(sim);
    // Moments in the scenario's timeline, one per vendor.
    const QList<std::pair<QString, std::chrono::milliseconds>> moments{
        {u"shopify"_s, 15s}, {u"stripe"_s, 30s},   {u"slack"_s, 45s}, {u"klaviyo"_s, 60s},
        {u"ga4"_s, 75s},     {u"chatwoot"_s, 85s}, {u"mcp"_s, 100s},  {u"gateway"_s, 105s},
    };
    for (const auto &[vendor, at] : moments) {
        const Answer answer = call(*sim, vendor, at);
        QVERIFY2(answer.status == 429, qPrintable(vendor));
        QVERIFY2(parsed(answer).throttled, qPrintable(vendor));
    }
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
    // The gateway section comes first, as the integration "gateway".
    QCOMPARE(ids, (QStringList{u"gateway"_s, u"shopify"_s, u"chatwoot"_s, u"google-analytics"_s, u"slack"_s,
                               u"stripe"_s, u"klaviyo"_s, u"mcp"_s}));
    QVERIFY(catalog->gateway);
    QCOMPARE(catalog->gateway->name, u"edge"_s);
    QCOMPARE(QUrl(catalog->gateway->eventsUrl), m_sim->eventsUrl());
    QCOMPARE(QUrl(catalog->gateway->metricsUrl).port(), m_sim->baseUrl(u"gateway"_s).port());
    QCOMPARE(catalog->gateway->routes.size(), 7);
    QCOMPARE(catalog->settings.interval, 10s);
    QCOMPARE(catalog->settings.timeout, 5s);
    QCOMPARE(catalog->settings.caFile, m_sim->caCertificatePath());

    QStringList names;
    for (const auto &[name, value] : m_sim->configEnvironment())
        names.append(name);
    QStringList expectedNames{u"GATEWATCH_SECRET_SHOPIFY_ADMIN"_s,
                              u"GATEWATCH_SECRET_CHATWOOT"_s,
                              u"GATEWATCH_SECRET_GA4"_s,
                              u"GATEWATCH_SECRET_SLACK_BOT"_s,
                              u"GATEWATCH_SECRET_STRIPE"_s,
                              u"GATEWATCH_SECRET_KLAVIYO"_s,
                              u"GATEWATCH_SECRET_MCP"_s};
    for (const QString &source : {u"SHOPIFY"_s, u"STRIPE"_s, u"SLACK"_s, u"GITHUB"_s, u"CHATWOOT"_s, u"STANDARD"_s})
        expectedNames << u"GATEWATCH_SECRET_%1_WEBHOOK"_s.arg(source)
                      << u"GATEWATCH_SECRET_%1_WEBHOOK_PREVIOUS"_s.arg(source);
    QCOMPARE(names, expectedNames);

    // Every webhook source the simulator signs for is declared, with the secrets it signs with.
    QCOMPARE(catalog->webhooks.size(), 6);
    for (const gw::WebhookSource &webhook : catalog->webhooks) {
        QCOMPARE(webhook.scheme, webhook.id);
        QCOMPARE(webhook.secret, u"${secret:%1-webhook}"_s.arg(webhook.id));
        QCOMPARE(webhook.previousSecrets, QStringList{u"${secret:%1-webhook-previous}"_s.arg(webhook.id)});
        QVERIFY(m_sim->webhookSecrets().contains(webhook.id));
    }
}

QTEST_GUILESS_MAIN(tst_Simulator)
#include "tst_simulator.moc"
