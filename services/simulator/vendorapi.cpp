#include "vendorapi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>
#include <utility>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace gw::sim {

namespace {

const QByteArray Json = QByteArrayLiteral("application/json; charset=utf-8");
const QByteArray JsonApi = QByteArrayLiteral("application/vnd.api+json");

const QString ShopPath = u"/admin/api/2024-10/shop.json"_s;
const QString ShopGraphQlPath = u"/admin/api/2024-10/graphql.json"_s;
const QString ChatwootPath = u"/api/v1/profile"_s;
const QString SlackPath = u"/api/auth.test"_s;
const QString StripePath = u"/v1/balance"_s;
const QString KlaviyoPath = u"/api/accounts/"_s;
const QString McpPath = u"/mcp"_s;

const QRegularExpression &runReportPath()
{
    static const QRegularExpression re(u"^/v1beta/properties/(\\d+):runReport$"_s);
    return re;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray bearer(const HttpRequest &request)
{
    const QByteArray value = request.header("authorization");
    if (!value.startsWith("Bearer "))
        return {};
    return value.mid(7).trimmed();
}

QByteArray iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs).toLatin1();
}

QByteArray googleStatus(int status)
{
    switch (status) {
    case 400:
        return "INVALID_ARGUMENT";
    case 401:
        return "UNAUTHENTICATED";
    case 403:
        return "PERMISSION_DENIED";
    case 404:
        return "NOT_FOUND";
    case 429:
        return "RESOURCE_EXHAUSTED";
    case 503:
        return "UNAVAILABLE";
    case 504:
        return "DEADLINE_EXCEEDED";
    default:
        return "INTERNAL";
    }
}

} // namespace

VendorApi::VendorApi(QString vendor, quint32 seed) : m_vendor(std::move(vendor)), m_rng(seed)
{
    if (m_vendor == u"gateway"_s)
        m_kong.emplace(seed);
}

namespace {

// Everything the simulator knows about a vendor that is not behaviour, in one place.
struct VendorFacts
{
    const char16_t *id;
    const char16_t *displayName;
    LatencyProfile latency;
    const char16_t *secretName; // empty: no credentials
    const char *token;          // what the vendor accepts
};

constexpr VendorFacts vendorFacts[] = {
    {u"shopify", u"Shopify", {180, 450}, u"shopify-admin", "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"},
    {u"chatwoot", u"Chatwoot", {120, 380}, u"chatwoot", "Xk9wQ2mZr7TtB4vN1pLs8dHc"},
    {u"ga4", u"Google Analytics", {320, 700}, u"ga4", "ya29.a0AfB_simulated-ga4-access-token-0001"},
    {u"slack", u"Slack", {90, 240}, u"slack-bot", "xoxb-2718281828-3141592653589-SimulatedBotTokenGw01"},
    {u"stripe", u"Stripe", {210, 520}, u"stripe", "sk_test_51SimGatewatch0000000000000000000000000000000000Fake"},
    {u"klaviyo", u"Klaviyo", {160, 420}, u"klaviyo", "pk_sim_8c1f4e2a9b7d6c5e4f3a2b1c0d9e8f7a6b"},
    {u"mcp", u"Support MCP server", {60, 180}, u"mcp", "mcp_sim_4f7a2c9e1b8d6a3f5c0e7b2d9a4c6e1f"},
    {u"gateway", u"API gateway", {8, 35}, u"", ""}, // the gateway is next door
};

const VendorFacts *factsOf(const QString &vendor)
{
    for (const VendorFacts &facts : vendorFacts) {
        if (vendor == QStringView(facts.id))
            return &facts;
    }
    return nullptr;
}

} // namespace

QStringList VendorApi::names()
{
    QStringList result;
    for (const VendorFacts &facts : vendorFacts)
        result.append(QStringView(facts.id).toString());
    return result;
}

QString VendorApi::displayName(const QString &vendor)
{
    const VendorFacts *facts = factsOf(vendor);
    return facts ? QStringView(facts->displayName).toString() : vendor;
}

QString VendorApi::vendorForPath(const QString &path)
{
    if (path.startsWith(u"/admin/api/"_s))
        return u"shopify"_s;
    if (path.startsWith(u"/api/v1/"_s))
        return u"chatwoot"_s;
    if (path.startsWith(u"/v1beta/"_s))
        return u"ga4"_s;
    if (path == SlackPath)
        return u"slack"_s;
    if (path.startsWith(u"/v1/"_s))
        return u"stripe"_s;
    if (path == KlaviyoPath)
        return u"klaviyo"_s;
    if (path == McpPath)
        return u"mcp"_s;
    return u"gateway"_s;
}

LatencyProfile VendorApi::latencyProfile(const QString &vendor)
{
    const VendorFacts *facts = factsOf(vendor);
    return facts ? facts->latency : LatencyProfile{8, 35};
}

QString VendorApi::secretName(const QString &vendor)
{
    const VendorFacts *facts = factsOf(vendor);
    return facts ? QStringView(facts->secretName).toString() : vendor;
}

QByteArray VendorApi::token(const QString &vendor)
{
    const VendorFacts *facts = factsOf(vendor);
    return facts && *facts->token ? QByteArray(facts->token) : QByteArray();
}

QByteArray VendorApi::uuid()
{
    std::uniform_int_distribution<int> hex(0, 15);
    QByteArray out;
    for (int i = 0; i < 32; ++i) {
        if (i == 8 || i == 12 || i == 16 || i == 20)
            out += '-';
        out += "0123456789abcdef"[hex(m_rng)];
    }
    return out;
}

QByteArray VendorApi::alphanumeric(int length)
{
    static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    std::uniform_int_distribution<int> pick(0, int(sizeof alphabet) - 2);
    QByteArray out;
    for (int i = 0; i < length; ++i)
        out += alphabet[pick(m_rng)];
    return out;
}

HeaderList VendorApi::commonHeaders()
{
    if (m_vendor == u"shopify"_s)
        return {{"X-Request-Id", uuid()}, {"X-Shopify-API-Version", "2024-10"}, {"Server", "cloudflare"}};
    if (m_vendor == u"stripe"_s)
        return {{"Request-Id", "req_" + alphanumeric(14)}, {"Stripe-Version", "2024-06-20"}, {"Server", "nginx"}};
    if (m_vendor == u"slack"_s)
        return {{"x-slack-req-id", uuid().replace('-', "")}, {"x-oauth-scopes", "chat:write,channels:read"}};
    if (m_vendor == u"klaviyo"_s)
        return {{"cid", alphanumeric(6)}, {"X-Robots-Tag", "noindex, nofollow"}};
    if (m_vendor == u"ga4"_s)
        return {{"Server", "ESF"}, {"Vary", "Origin, X-Origin, Referer"}};
    if (m_vendor == u"chatwoot"_s)
        return {{"X-Request-Id", uuid()}, {"X-Runtime", "0.0" + QByteArray::number(m_rng() % 90 + 10)}};
    if (m_vendor == u"gateway"_s)
        return {{"Server", "kong/3.8.0"}, {"X-Kong-Admin-Latency", "0"}};
    return {};
}

QByteArray VendorApi::shopifyCallLimit(std::chrono::milliseconds now)
{
    // Shopify counts whole calls; a bucket that has leaked part of one still shows it.
    const double level = m_shopifyRest.level(now);
    return QByteArray::number(qint64(std::ceil(level - 1e-9))) + '/'
           + QByteArray::number(qint64(m_shopifyRest.capacity()));
}

QByteArray VendorApi::ietfRateLimit(std::chrono::milliseconds now)
{
    QByteArrayList members;
    for (NamedWindow &policy : m_mcp) {
        members.append('"' + policy.name
                       + "\";r=" + QByteArray::number(qint64(std::floor(policy.window.remaining(now))))
                       + ";t=" + QByteArray::number(policy.window.secondsToReset(now)));
    }
    return members.join(", ");
}

QByteArray VendorApi::ietfRateLimitPolicy() const
{
    QByteArrayList members;
    for (const NamedWindow &policy : m_mcp) {
        members.append(
            '"' + policy.name + "\";q=" + QByteArray::number(qint64(policy.window.limit())) + ";w="
            + QByteArray::number(std::chrono::duration_cast<std::chrono::seconds>(policy.window.window()).count()));
    }
    return members.join(", ");
}

void VendorApi::consumeQuota(double amount, std::chrono::milliseconds now)
{
    if (m_vendor == u"shopify"_s) {
        m_shopifyRest.add(amount, now);
    } else if (m_vendor == u"klaviyo"_s) {
        m_klaviyo.consume(amount, now);
    } else if (m_vendor == u"slack"_s) {
        m_slack.consume(amount, now);
    } else if (m_vendor == u"ga4"_s) {
        m_ga4Hour.consume(amount, now);
        m_ga4Day.consume(amount, now);
    } else if (m_vendor == u"mcp"_s) {
        for (NamedWindow &policy : m_mcp)
            policy.window.consume(amount, now);
    }
}

HttpResponse VendorApi::respond(const HttpRequest &request, const Moment &moment)
{
    ++m_requests;
    if (request.path.startsWith(u"/api/v2/"_s) && request.path.endsWith(u".json"_s))
        return statusPage(request, moment);
    if (m_vendor == u"shopify"_s)
        return shopify(request, moment);
    if (m_vendor == u"chatwoot"_s)
        return chatwoot(request);
    if (m_vendor == u"ga4"_s)
        return analytics(request, moment);
    if (m_vendor == u"slack"_s)
        return slack(request, moment);
    if (m_vendor == u"stripe"_s)
        return stripe(request);
    if (m_vendor == u"klaviyo"_s)
        return klaviyo(request, moment);
    if (m_vendor == u"mcp"_s)
        return mcp(request, moment);
    return gateway(request, moment);
}

HttpResponse VendorApi::notFound(const HttpRequest &request, const Moment &moment)
{
    return error(404, request, moment);
}

// ---- Shopify ---------------------------------------------------------------------------------

HttpResponse VendorApi::shopify(const HttpRequest &request, const Moment &moment)
{
    if (request.path != ShopPath && request.path != ShopGraphQlPath)
        return notFound(request, moment);
    if (request.header("x-shopify-access-token") != token(m_vendor))
        return error(401, request, moment);
    const auto now = moment.sinceStart;

    if (request.path == ShopGraphQlPath) {
        const QJsonObject query = QJsonDocument::fromJson(request.body).object();
        if (request.method != "POST" || !query.value(u"query"_s).isString()) {
            HttpResponse response =
                HttpResponse::json(400, R"({"errors":{"query":"Required parameter missing or invalid"}})");
            response.headers += commonHeaders();
            return response;
        }
        // Shopify reserves the requested cost up front and refunds what the query did not use.
        const double requested = 10;
        const double actual = 10;
        const bool admitted = m_shopifyGraphQl.tryAdd(requested, now);
        if (admitted)
            m_shopifyGraphQl.add(actual - requested, now);
        QJsonObject throttle{
            {u"maximumAvailable"_s, m_shopifyGraphQl.capacity()},
            {u"currentlyAvailable"_s, std::floor(m_shopifyGraphQl.capacity() - m_shopifyGraphQl.level(now) + 1e-9)},
            {u"restoreRate"_s, m_shopifyGraphQl.leakPerSecond()}};
        if (!admitted) {
            // GraphQL Admin throttles with HTTP 200 and a THROTTLED error; nothing was spent.
            const QJsonObject cost{{u"requestedQueryCost"_s, requested},
                                   {u"actualQueryCost"_s, QJsonValue::Null},
                                   {u"throttleStatus"_s, throttle}};
            const QJsonObject body{
                {u"errors"_s, QJsonArray{QJsonObject{
                                  {u"message"_s, u"Throttled"_s},
                                  {u"extensions"_s, QJsonObject{{u"code"_s, u"THROTTLED"_s},
                                                                {u"documentation"_s,
                                                                 u"https://shopify.dev/api/usage/rate-limits"_s}}}}}},
                {u"extensions"_s, QJsonObject{{u"cost"_s, cost}}}};
            HttpResponse response = HttpResponse::json(200, compact(body));
            response.headers += commonHeaders();
            return response;
        }
        const double cost = actual;
        QJsonObject body{
            {u"data"_s,
             QJsonObject{{u"shop"_s, QJsonObject{{u"name"_s, u"Acme Outdoor Supply"_s},
                                                 {u"myshopifyDomain"_s, u"acme-outdoor.myshopify.com"_s},
                                                 {u"plan"_s, QJsonObject{{u"displayName"_s, u"Shopify Plus"_s},
                                                                         {u"shopifyPlus"_s, true}}}}}}},
            {u"extensions"_s, QJsonObject{{u"cost"_s, QJsonObject{{u"requestedQueryCost"_s, requested},
                                                                  {u"actualQueryCost"_s, cost},
                                                                  {u"throttleStatus"_s, throttle}}}}}};
        HttpResponse response = HttpResponse::json(200, compact(body));
        response.headers += commonHeaders();
        return response;
    }

    if (!m_shopifyRest.tryAdd(1, now)) {
        HttpResponse response = HttpResponse::json(
            429,
            R"({"errors":"Exceeded 2 calls per second for api client. Reduce request rates to resume uninterrupted service."})");
        response.headers += commonHeaders();
        response.setHeader("Retry-After", "2.0");
        response.setHeader("X-Shopify-Shop-Api-Call-Limit", shopifyCallLimit(now));
        return response;
    }
    HttpResponse response = HttpResponse::json(
        200,
        R"({"shop":{"id":60813475867,"name":"Acme Outdoor Supply",)"
        R"("email":"ops@acme-outdoor.example","domain":"shop.acme-outdoor.example","province":"Oregon",)"
        R"("country":"US","address1":"1200 NW Naito Pkwy","zip":"97209","city":"Portland","source":null,)"
        R"("phone":"+15035550142","latitude":45.5302,"longitude":-122.6716,"primary_locale":"en",)"
        R"("address2":"Suite 300","created_at":"2019-03-14T09:26:53-07:00","updated_at":"2024-10-02T11:04:17-07:00",)"
        R"("country_code":"US","country_name":"United States","currency":"USD",)"
        R"("customer_email":"help@acme-outdoor.example","timezone":"(GMT-08:00) America\/Los_Angeles",)"
        R"("iana_timezone":"America\/Los_Angeles","shop_owner":"Dana Whitfield","money_format":"${{amount}}",)"
        R"("money_with_currency_format":"${{amount}} USD","weight_unit":"lb","province_code":"OR",)"
        R"("taxes_included":false,"auto_configure_tax_inclusivity":null,"tax_shipping":null,"county_taxes":true,)"
        R"("plan_display_name":"Shopify Plus","plan_name":"shopify_plus","has_discounts":true,)"
        R"("has_gift_cards":true,"myshopify_domain":"acme-outdoor.myshopify.com","google_apps_domain":null,)"
        R"("google_apps_login_enabled":null,"money_in_emails_format":"${{amount}}",)"
        R"("money_with_currency_in_emails_format":"${{amount}} USD","eligible_for_payments":true,)"
        R"("requires_extra_payments_agreement":false,"password_enabled":false,"has_storefront":true,)"
        R"("finances":true,"primary_location_id":71094681883,"checkout_api_supported":true,)"
        R"("multi_location_enabled":true,"setup_required":false,"pre_launch_enabled":false,)"
        R"("enabled_presentment_currencies":["USD","CAD","EUR"],"transactional_sms_disabled":false,)"
        R"("marketing_sms_consent_enabled_at_checkout":false}})");
    response.headers += commonHeaders();
    response.setHeader("X-Shopify-Shop-Api-Call-Limit", shopifyCallLimit(now));
    return response;
}

// ---- Chatwoot --------------------------------------------------------------------------------

HttpResponse VendorApi::chatwoot(const HttpRequest &request)
{
    if (request.path != ChatwootPath) {
        HttpResponse response = HttpResponse::json(404, R"({"error":"Resource could not be found"})");
        response.headers += commonHeaders();
        return response;
    }
    if (request.header("api_access_token") != token(m_vendor)) {
        HttpResponse response = HttpResponse::json(401, R"({"error":"Invalid Access Token"})");
        response.headers += commonHeaders();
        return response;
    }
    HttpResponse response = HttpResponse::json(
        200, R"({"id":7,"provider":"email","uid":"support-bot@acme-outdoor.example",)"
             R"("available_name":"Support Bot","avatar_url":"","confirmed":true,"display_name":"Acme Support",)"
             R"("message_signature":null,"email":"support-bot@acme-outdoor.example","account_id":3,)"
             R"("pubsub_token":"nT6Wd1q3hzL8yZpKx2VbR9cM","role":"administrator","ui_settings":{},)"
             R"("name":"Support Bot","type":"user","custom_attributes":{},)"
             R"("accounts":[{"id":3,"name":"Acme Outdoor Supply","status":"active","active_at":null,)"
             R"("role":"administrator","permissions":["administrator"],"availability":"online",)"
             R"("availability_status":"online","auto_offline":true,"custom_role_id":null,"custom_role":null}]})");
    response.headers += commonHeaders();
    return response;
}

// ---- Google Analytics Data API ---------------------------------------------------------------

HttpResponse VendorApi::analytics(const HttpRequest &request, const Moment &moment)
{
    const auto match = runReportPath().match(request.path);
    if (!match.hasMatch() || request.method != "POST")
        return notFound(request, moment);
    if (bearer(request) != token(m_vendor))
        return error(401, request, moment);

    {
        const double cost = 7;
        const auto now = moment.sinceStart;
        const char *exhausted = m_ga4Day.remaining(now) < cost    ? "property tokens per day. These quota tokens will "
                                                                    "return tomorrow"
                                : m_ga4Hour.remaining(now) < cost ? "property tokens per hour. These quota tokens will "
                                                                    "return in under an hour"
                                : m_ga4ProjectHour.remaining(now) < cost
                                    ? "property tokens per hour for a project per property. These quota tokens will "
                                      "return in under an hour"
                                    : nullptr;
        if (exhausted) {
            HttpResponse response = HttpResponse::json(
                429,
                "{\n  \"error\": {\n    \"code\": 429,\n    \"message\": \"Exhausted " + QByteArray(exhausted)
                    + ". To learn more, see https://developers.google.com/analytics/devguides/reporting/data/v1/"
                      "quotas\",\n    \"status\": \"RESOURCE_EXHAUSTED\"\n  }\n}\n",
                "application/json; charset=UTF-8");
            response.headers += commonHeaders();
            return response;
        }
        m_ga4Day.consume(cost, now);
        m_ga4Hour.consume(cost, now);
        m_ga4ProjectHour.consume(cost, now);
    }

    const qint64 day = moment.now.date().toJulianDay();
    std::uniform_int_distribution<int> users(1100, 1900);
    QJsonArray rows;
    for (int i = 6; i >= 0; --i) {
        const QDate date = QDate::fromJulianDay(day - i);
        rows.append(
            QJsonObject{{u"dimensionValues"_s, QJsonArray{QJsonObject{{u"value"_s, date.toString(u"yyyyMMdd"_s)}}}},
                        {u"metricValues"_s, QJsonArray{QJsonObject{{u"value"_s, QString::number(users(m_rng))}}}}});
    }
    const auto now = moment.sinceStart;
    const double tokens = 7;
    auto quota = [](double consumed, double remaining) {
        return QJsonObject{{u"consumed"_s, consumed}, {u"remaining"_s, std::floor(remaining)}};
    };
    QJsonObject body{
        {u"dimensionHeaders"_s, QJsonArray{QJsonObject{{u"name"_s, u"date"_s}}}},
        {u"metricHeaders"_s, QJsonArray{QJsonObject{{u"name"_s, u"activeUsers"_s}, {u"type"_s, u"TYPE_INTEGER"_s}}}},
        {u"rows"_s, rows},
        {u"rowCount"_s, qint64(rows.size())},
        {u"metadata"_s, QJsonObject{{u"currencyCode"_s, u"USD"_s}, {u"timeZone"_s, u"America/Los_Angeles"_s}}},
        {u"propertyQuota"_s,
         QJsonObject{{u"tokensPerDay"_s, quota(tokens, m_ga4Day.remaining(now))},
                     {u"tokensPerHour"_s, quota(tokens, m_ga4Hour.remaining(now))},
                     {u"concurrentRequests"_s, quota(0, 10)},
                     {u"serverErrorsPerProjectPerHour"_s, quota(0, 10)},
                     {u"potentiallyThresholdedRequestsPerHour"_s, quota(0, 120)},
                     {u"tokensPerProjectPerHour"_s, quota(tokens, m_ga4ProjectHour.remaining(now))}}},
        {u"kind"_s, u"analyticsData#runReport"_s}};
    HttpResponse response = HttpResponse::json(200, compact(body), "application/json; charset=UTF-8");
    response.headers += commonHeaders();
    return response;
}

// ---- Slack -----------------------------------------------------------------------------------

HttpResponse VendorApi::slack(const HttpRequest &request, const Moment &moment)
{
    HttpResponse response;
    if (request.path != SlackPath) {
        response = HttpResponse::json(404, R"({"ok":false,"error":"unknown_method"})");
    } else if (bearer(request).isEmpty()) {
        // Slack reports auth problems with HTTP 200 and ok:false.
        response = HttpResponse::json(200, R"({"ok":false,"error":"not_authed"})");
    } else if (bearer(request) != token(m_vendor)) {
        response = HttpResponse::json(200, R"({"ok":false,"error":"invalid_auth"})");
    } else if (!m_slack.tryConsume(1, moment.sinceStart)) {
        response = HttpResponse::json(429, R"({"ok":false,"error":"ratelimited"})");
        response.setHeader("Retry-After", QByteArray::number(m_slack.secondsToReset(moment.sinceStart)));
    } else {
        response = HttpResponse::json(
            200, R"({"ok":true,"url":"https:\/\/acme-outdoor.slack.com\/",)"
                 R"("team":"Acme Outdoor","user":"gatewatch","team_id":"T02AB3CD4EF","user_id":"U05GWATCH01",)"
                 R"("bot_id":"B05GWATCH02","is_enterprise_install":false})");
    }
    response.headers += commonHeaders();
    return response;
}

// ---- Stripe ----------------------------------------------------------------------------------

HttpResponse VendorApi::stripe(const HttpRequest &request)
{
    HttpResponse response;
    const QByteArray key = bearer(request);
    if (key.isEmpty()) {
        response = HttpResponse::json(401, R"({
  "error": {
    "message": "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See https://stripe.com/docs/api#authentication for details, or we can help at https://support.stripe.com/.",
    "type": "invalid_request_error"
  }
}
)");
        response.setHeader("Www-Authenticate", R"(Basic realm="Stripe")");
    } else if (key != token(m_vendor)) {
        const QByteArray shown = key.left(8) + "********" + key.right(4);
        response = HttpResponse::json(401, "{\n  \"error\": {\n    \"message\": \"Invalid API Key provided: " + shown
                                               + "\",\n    \"type\": \"invalid_request_error\"\n  }\n}\n");
        response.setHeader("Www-Authenticate", R"(Basic realm="Stripe")");
    } else if (request.path != StripePath) {
        response = HttpResponse::json(404, "{\n  \"error\": {\n    \"message\": \"Unrecognized request URL ("
                                               + request.method + ": " + request.path.toUtf8()
                                               + "). Please see https://stripe.com/docs or we can help at "
                                                 "https://support.stripe.com/.\",\n    \"type\": "
                                                 "\"invalid_request_error\"\n  }\n}\n");
    } else {
        response = HttpResponse::json(200, R"({
  "object": "balance",
  "available": [
    {
      "amount": 2486512,
      "currency": "usd",
      "source_types": {
        "card": 2486512
      }
    }
  ],
  "connect_reserved": [
    {
      "amount": 0,
      "currency": "usd"
    }
  ],
  "livemode": false,
  "pending": [
    {
      "amount": 318470,
      "currency": "usd",
      "source_types": {
        "card": 318470
      }
    }
  ]
}
)");
    }
    response.headers += commonHeaders();
    return response;
}

// ---- Klaviyo ---------------------------------------------------------------------------------

HttpResponse VendorApi::klaviyo(const HttpRequest &request, const Moment &moment)
{
    if (request.path != KlaviyoPath)
        return notFound(request, moment);
    const QByteArray authorization = request.header("authorization");
    if (!authorization.startsWith("Klaviyo-API-Key ") || authorization.mid(16).trimmed() != token(m_vendor))
        return error(401, request, moment);
    if (request.header("revision").isEmpty()) {
        HttpResponse response = HttpResponse::json(
            400,
            "{\"errors\":[{\"id\":\"" + uuid()
                + R"(","status":400,"code":"invalid","title":"Invalid input.","detail":"A revision header is required.",)"
                  R"("source":{"parameter":"revision"},"links":{},"meta":{}}]})",
            JsonApi);
        response.headers += commonHeaders();
        return response;
    }
    const auto now = moment.sinceStart;
    if (!m_klaviyo.tryConsume(1, now)) {
        const QByteArray wait = QByteArray::number(m_klaviyo.secondsToReset(now));
        HttpResponse response =
            HttpResponse::json(429,
                               "{\"errors\":[{\"id\":\"" + uuid()
                                   + R"(","status":429,"code":"throttled","title":"Request was throttled.",)"
                                     R"("detail":"Request was throttled. Expected available in )"
                                   + wait + R"( seconds.","source":{"pointer":"/data/"},"links":{},"meta":{}}]})",
                               JsonApi);
        response.headers += commonHeaders();
        response.setHeader("Retry-After", wait);
        return response;
    }
    HttpResponse response = HttpResponse::json(
        200,
        R"({"data":[{"type":"account","id":"XyZ7aB",)"
        R"("attributes":{"test_account":false,"contact_information":{"default_sender_name":"Acme Outdoor",)"
        R"("default_sender_email":"hello@acme-outdoor.example","website_url":"https://acme-outdoor.example",)"
        R"("organization_name":"Acme Outdoor Supply","street_address":{"address1":"1200 NW Naito Pkwy",)"
        R"("address2":"Suite 300","city":"Portland","region":"OR","country":"US","zip":"97209"}},)"
        R"("industry":"Retail / Outdoor","timezone":"America/Los_Angeles","preferred_currency":"USD",)"
        R"("public_api_key":"XyZ7aB","locale":"en-US"},)"
        R"("links":{"self":"https://a.klaviyo.com/api/accounts/XyZ7aB/"}}],)"
        R"("links":{"self":"https://a.klaviyo.com/api/accounts/","next":null,"prev":null}})",
        JsonApi);
    response.headers += commonHeaders();
    response.setHeader("RateLimit-Limit", QByteArray::number(qint64(m_klaviyo.limit())));
    response.setHeader("RateLimit-Remaining", QByteArray::number(qint64(std::floor(m_klaviyo.remaining(now)))));
    response.setHeader("RateLimit-Reset", QByteArray::number(m_klaviyo.secondsToReset(now)));
    return response;
}

// ---- MCP (streamable HTTP transport, JSON responses) -----------------------------------------

HttpResponse VendorApi::mcp(const HttpRequest &request, const Moment &moment)
{
    if (request.path != McpPath || request.method != "POST" || bearer(request) != token(m_vendor))
        return mcpCall(request);
    // IETF draft-ietf-httpapi-ratelimit-headers 08+ fields: named policies, then what is left of each.
    const auto now = moment.sinceStart;
    HttpResponse response;
    long long wait = 0; // until the last spent policy has a fresh window
    for (NamedWindow &policy : m_mcp) {
        if (policy.window.remaining(now) < 1)
            wait = std::max(wait, policy.window.secondsToReset(now));
    }
    if (wait > 0) {
        response = HttpResponse::json(
            429, R"({"jsonrpc":"2.0","id":null,"error":{"code":-32000,"message":"Rate limit exceeded"}})");
        response.setHeader("Retry-After", QByteArray::number(wait));
    } else {
        for (NamedWindow &policy : m_mcp)
            policy.window.consume(1, now);
        response = mcpCall(request);
    }
    response.setHeader("RateLimit-Policy", ietfRateLimitPolicy());
    response.setHeader("RateLimit", ietfRateLimit(now));
    return response;
}

HttpResponse VendorApi::mcpCall(const HttpRequest &request)
{
    if (request.path != McpPath || request.method != "POST") {
        HttpResponse response = HttpResponse::json(
            request.path == McpPath ? 405 : 404,
            R"({"jsonrpc":"2.0","id":null,"error":{"code":-32000,"message":"Method not allowed."}})");
        if (request.path == McpPath)
            response.setHeader("Allow", "POST");
        return response;
    }
    if (bearer(request) != token(m_vendor))
        return error(401, request, {});

    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return HttpResponse::json(400,
                                  R"({"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"Parse error"}})");
    const QJsonObject call = document.object();
    const QString method = call.value(u"method"_s).toString();
    const QJsonValue id = call.value(u"id"_s);
    if (id.isUndefined()) // a notification: accepted, no body
        return HttpResponse{202, {}, {}};

    QJsonObject reply{{u"jsonrpc"_s, u"2.0"_s}, {u"id"_s, id}};
    HttpResponse response;
    if (method == u"initialize"_s) {
        if (m_mcpSession.isEmpty())
            m_mcpSession = uuid();
        reply[u"result"_s] =
            QJsonObject{{u"protocolVersion"_s, u"2025-03-26"_s},
                        {u"capabilities"_s, QJsonObject{{u"tools"_s, QJsonObject{{u"listChanged"_s, false}}},
                                                        {u"logging"_s, QJsonObject{}}}},
                        {u"serverInfo"_s, QJsonObject{{u"name"_s, u"acme-support-mcp"_s}, {u"version"_s, u"1.4.2"_s}}},
                        {u"instructions"_s, u"Tools for looking up Acme orders and customers."_s}};
        response = HttpResponse::json(200, compact(reply), "application/json");
        response.setHeader("Mcp-Session-Id", m_mcpSession);
        return response;
    }
    if (method == u"tools/list"_s) {
        auto tool = [](const QString &name, const QString &description, const QString &argument) {
            return QJsonObject{
                {u"name"_s, name},
                {u"description"_s, description},
                {u"inputSchema"_s,
                 QJsonObject{{u"type"_s, u"object"_s},
                             {u"properties"_s, QJsonObject{{argument, QJsonObject{{u"type"_s, u"string"_s}}}}},
                             {u"required"_s, QJsonArray{argument}}}}};
        };
        reply[u"result"_s] = QJsonObject{
            {u"tools"_s, QJsonArray{tool(u"lookup_order"_s, u"Find an order by its number."_s, u"order_number"_s),
                                    tool(u"lookup_customer"_s, u"Find a customer by e-mail address."_s, u"email"_s),
                                    tool(u"create_ticket"_s, u"Open a Chatwoot conversation."_s, u"summary"_s)}}};
    } else if (method == u"ping"_s) {
        reply[u"result"_s] = QJsonObject{};
    } else {
        reply[u"error"_s] = QJsonObject{{u"code"_s, -32601}, {u"message"_s, u"Method not found"_s}};
    }
    return HttpResponse::json(200, compact(reply), "application/json");
}

// ---- Company API gateway (Kong) --------------------------------------------------------------

void VendorApi::advanceGateway(const Moment &moment)
{
    const auto elapsed = moment.sinceStart - m_lastKongAdvance;
    m_lastKongAdvance = moment.sinceStart;
    m_kong->advance(std::max(elapsed, 0ms), moment.incident.has_value(), moment.vendorFaults);
}

HttpResponse VendorApi::gateway(const HttpRequest &request, const Moment &moment)
{
    advanceGateway(moment);
    if (request.path == u"/metrics"_s) {
        HttpResponse response = HttpResponse::json(200, m_kong->render(), "text/plain; charset=UTF-8");
        response.headers += commonHeaders();
        return response;
    }
    if (request.path == u"/health"_s) {
        const bool trouble = m_kong->upstreamTrouble();
        const QByteArray time = iso(moment.now);
        QByteArray body =
            R"({"status":")" + QByteArray(trouble ? "warn" : "pass")
            + R"(","version":"1","releaseId":"3.8.0","serviceId":"kong-edge-prod",)"
              R"("description":"Acme edge API gateway","checks":{"datastore:connections":[{"componentType":"datastore",)"
              R"("observedValue":1,"observedUnit":"reachable","status":"pass","time":")"
            + time
            + R"("}],)"
              R"("upstream:healthyTargets":[)";
        const char *upstreams[] = {"storefront-api", "orders-api", "checkout-api", "customers-api", "webhooks-in"};
        bool first = true;
        for (const char *upstream : upstreams) {
            const bool bad = trouble && QByteArrayView(upstream) == "orders-api";
            if (!first)
                body += ',';
            first = false;
            body += R"({"componentId":")" + QByteArray(upstream)
                    + R"(.upstream","componentType":"component",)"
                      R"("observedValue":)"
                    + QByteArray(bad ? "1" : "2") + R"(,"observedUnit":"of 2","status":")" + (bad ? "warn" : "pass")
                    + R"(","time":")" + time + '"';
            if (bad)
                body += R"(,"output":"target 10.0.4.12:8080 unhealthy: 3 consecutive TCP failures")";
            body += '}';
        }
        body += R"(],"uptime":[{"componentType":"system","observedValue":)"
                + QByteArray::number(1209600 + moment.sinceStart.count() / 1000)
                + R"(,"observedUnit":"s","status":"pass","time":")" + time + R"("}]}})";
        HttpResponse response = HttpResponse::json(200, body, "application/health+json");
        response.headers += commonHeaders();
        response.setHeader("Cache-Control", "no-cache");
        return response;
    }
    return notFound(request, moment);
}

// ---- Statuspage v2 ---------------------------------------------------------------------------

HttpResponse VendorApi::statusPage(const HttpRequest &request, const Moment &moment)
{
    if (request.path != u"/api/v2/summary.json"_s && request.path != u"/api/v2/status.json"_s)
        return HttpResponse::json(404, R"({"error":"Not found"})");
    // A status page admits trouble late, and not every kind of trouble.
    QString componentStatus = u"operational"_s;
    if (moment.incident && moment.incident->since >= 15s) {
        switch (moment.incident->fault.kind) {
        case Fault::Kind::Latency:
        case Fault::Kind::Trickle:
            componentStatus = u"degraded_performance"_s;
            break;
        case Fault::Kind::Status:
        case Fault::Kind::Reset:
        case Fault::Kind::Stall:
            componentStatus = u"major_outage"_s;
            break;
        case Fault::Kind::Garbage:
        case Fault::Kind::InvalidJson:
        case Fault::Kind::HugeBody:
            componentStatus = u"partial_outage"_s;
            break;
        case Fault::Kind::None:
        case Fault::Kind::RateLimited:
        case Fault::Kind::QuotaSqueeze:
            break;
        }
    }
    QString indicator = u"none"_s;
    QString description = u"All Systems Operational"_s;
    if (componentStatus == u"degraded_performance"_s) {
        indicator = u"minor"_s;
        description = u"Partially Degraded Service"_s;
    } else if (componentStatus != u"operational"_s) {
        indicator = u"major"_s;
        description = u"Partial System Outage"_s;
    }

    const QString pageId = QString::fromLatin1(QByteArray::number(qHash(m_vendor), 36).left(12));
    const QString updated = QString::fromLatin1(iso(moment.now));
    const QString name = displayName(m_vendor);
    QJsonObject page{{u"id"_s, pageId},
                     {u"name"_s, name},
                     {u"url"_s, QString(u"https://status.example/"_s + m_vendor)},
                     {u"time_zone"_s, u"Etc/UTC"_s},
                     {u"updated_at"_s, updated}};
    QJsonObject status{{u"indicator"_s, indicator}, {u"description"_s, description}};
    if (request.path == u"/api/v2/status.json"_s)
        return HttpResponse::json(200, compact(QJsonObject{{u"page"_s, page}, {u"status"_s, status}}));

    const QStringList componentNames{u"API"_s, u"Dashboard"_s, u"Webhooks"_s};
    QJsonArray components;
    for (qsizetype i = 0; i < componentNames.size(); ++i) {
        components.append(QJsonObject{{u"id"_s, QString(pageId + QString::number(i))},
                                      {u"name"_s, componentNames.at(i)},
                                      {u"status"_s, i == 0 ? componentStatus : u"operational"_s},
                                      {u"created_at"_s, u"2019-01-08T17:14:46.227Z"_s},
                                      {u"updated_at"_s, updated},
                                      {u"position"_s, qint64(i + 1)},
                                      {u"description"_s, QJsonValue::Null},
                                      {u"showcase"_s, true},
                                      {u"start_date"_s, QJsonValue::Null},
                                      {u"group_id"_s, QJsonValue::Null},
                                      {u"page_id"_s, pageId},
                                      {u"group"_s, false},
                                      {u"only_show_if_degraded"_s, false}});
    }
    QJsonArray incidents;
    if (indicator != u"none"_s) {
        const QString started = QString::fromLatin1(iso(moment.now.addMSecs(-moment.incident->since.count())));
        const QString title = indicator == u"minor"_s ? u"Elevated API latency"_s : u"API errors"_s;
        const QString text = indicator == u"minor"_s
                                 ? u"We are investigating reports of slow API responses."_s
                                 : u"We are investigating elevated error rates affecting API requests."_s;
        incidents.append(
            QJsonObject{{u"id"_s, QString(pageId + u"inc"_s)},
                        {u"name"_s, title},
                        {u"status"_s, u"investigating"_s},
                        {u"created_at"_s, started},
                        {u"updated_at"_s, updated},
                        {u"monitoring_at"_s, QJsonValue::Null},
                        {u"resolved_at"_s, QJsonValue::Null},
                        {u"impact"_s, indicator},
                        {u"shortlink"_s, u"https://stspg.io/sim"_s},
                        {u"started_at"_s, started},
                        {u"page_id"_s, pageId},
                        {u"incident_updates"_s, QJsonArray{QJsonObject{{u"id"_s, QString(pageId + u"upd"_s)},
                                                                       {u"status"_s, u"investigating"_s},
                                                                       {u"body"_s, text},
                                                                       {u"created_at"_s, started},
                                                                       {u"updated_at"_s, started},
                                                                       {u"display_at"_s, started},
                                                                       {u"deliver_notifications"_s, true}}}},
                        {u"components"_s, QJsonArray{components.at(0)}}});
    }
    QJsonObject body{{u"page"_s, page},
                     {u"components"_s, components},
                     {u"incidents"_s, incidents},
                     {u"scheduled_maintenances"_s, QJsonArray{}},
                     {u"status"_s, status}};
    return HttpResponse::json(200, compact(body));
}

// ---- Error shapes ----------------------------------------------------------------------------

HttpResponse VendorApi::error(int status, const HttpRequest &request, const Moment &moment)
{
    HttpResponse response;
    const QByteArray reason = HttpResponse::reasonPhrase(status);
    if (m_vendor == u"shopify"_s) {
        const QByteArray message =
            status == 401
                ? QByteArrayLiteral("[API] Invalid API key or access token (unrecognized login or wrong password)")
                : reason;
        response = HttpResponse::json(status, R"({"errors":")" + message + R"("})");
    } else if (m_vendor == u"chatwoot"_s) {
        response = status == 401 ? HttpResponse::json(401, R"({"error":"Invalid Access Token"})")
                                 : HttpResponse::json(status, R"({"status":)" + QByteArray::number(status)
                                                                  + R"(,"error":")" + reason + R"("})");
    } else if (m_vendor == u"ga4"_s) {
        QByteArray message =
            status == 401 ? QByteArrayLiteral("Request had invalid authentication credentials. Expected OAuth 2 access "
                                              "token, login cookie or other valid authentication credential. See "
                                              "https://developers.google.com/identity/sign-in/web/devconsole-project.")
            : status == 503 ? QByteArrayLiteral("The service is currently unavailable.")
            : status == 404 ? "Requested entity was not found."
                            : QByteArrayLiteral("Internal error encountered.");
        response = HttpResponse::json(status,
                                      "{\n  \"error\": {\n    \"code\": " + QByteArray::number(status)
                                          + ",\n    \"message\": \"" + message + "\",\n    \"status\": \""
                                          + googleStatus(status) + "\"\n  }\n}\n",
                                      "application/json; charset=UTF-8");
        if (status == 401)
            response.setHeader("WWW-Authenticate",
                               R"(Bearer realm="https://accounts.google.com/", error="invalid_token")");
    } else if (m_vendor == u"slack"_s) {
        const QByteArray code = status == 401   ? "invalid_auth"
                                : status == 503 ? "service_unavailable"
                                : status >= 500 ? "internal_error"
                                                : "request_timeout";
        response = HttpResponse::json(status, R"({"ok":false,"error":")" + code + R"("})");
    } else if (m_vendor == u"stripe"_s) {
        if (status == 401)
            return stripe(HttpRequest{request.method, request.path, {}, {{"Authorization", "Bearer sk_test_bad"}}, {}});
        const QByteArray type = status >= 500 ? "api_error" : "invalid_request_error";
        const QByteArray message =
            status >= 500 ? QByteArrayLiteral(
                "An unknown error occurred. Please try again, or contact support if the problem persists.")
                          : reason;
        response = HttpResponse::json(status, "{\n  \"error\": {\n    \"message\": \"" + message
                                                  + "\",\n    \"type\": \"" + type + "\"\n  }\n}\n");
    } else if (m_vendor == u"klaviyo"_s) {
        QByteArray code = "error";
        QByteArray title = "A server error occurred.";
        QByteArray detail = title;
        if (status == 401) {
            const bool missing = !request.header("authorization").startsWith("Klaviyo-API-Key ");
            code = missing ? "not_authenticated" : "authentication_failed";
            title = missing ? "Authentication credentials were not provided." : "Incorrect authentication credentials.";
            detail = missing ? "Missing or invalid authorization scheme. Please use Klaviyo-API-Key." : title;
        } else if (status == 404) {
            code = "not_found";
            title = "Not found.";
            detail = title;
        }
        response = HttpResponse::json(status,
                                      "{\"errors\":[{\"id\":\"" + uuid() + "\",\"status\":" + QByteArray::number(status)
                                          + ",\"code\":\"" + code + "\",\"title\":\"" + title + "\",\"detail\":\""
                                          + detail + R"(","source":{"pointer":"/data/"},"links":{},"meta":{}}]})",
                                      JsonApi);
    } else if (m_vendor == u"mcp"_s) {
        if (status == 401) {
            response = HttpResponse::json(
                401, R"({"error":"invalid_token","error_description":"Missing or invalid access token"})");
            const QByteArray host = request.header("host");
            response.setHeader("WWW-Authenticate",
                               R"(Bearer realm="mcp", error="invalid_token", resource_metadata="https://)" + host
                                   + R"(/.well-known/oauth-protected-resource")");
        } else {
            response = HttpResponse::json(status, R"({"jsonrpc":"2.0","id":null,"error":{"code":-32603,"message":")"
                                                      + reason + R"("}})");
        }
    } else { // gateway
        if (request.path == u"/health"_s && status >= 500) {
            const QByteArray time = iso(moment.now);
            response = HttpResponse::json(
                status,
                R"({"status":"fail","version":"1","releaseId":"3.8.0",)"
                R"("serviceId":"kong-edge-prod","description":"Acme edge API gateway",)"
                R"("output":"datastore unreachable","checks":{"datastore:connections":[{"componentType":"datastore",)"
                R"("observedValue":0,"observedUnit":"reachable","status":"fail","time":")"
                    + time + R"~(","output":"connection refused (postgres 10.0.2.5:5432)"}]}})~",
                "application/health+json");
        } else {
            const QByteArray message =
                status == 404   ? QByteArrayLiteral("no Route matched with those values")
                : status == 502 ? QByteArrayLiteral("An invalid response was received from the upstream server")
                : status == 503 ? QByteArrayLiteral("failure to get a peer from the ring-balancer")
                : status == 401 ? QByteArrayLiteral("Unauthorized")
                                : QByteArrayLiteral("An unexpected error occurred");
            response = HttpResponse::json(status, R"({"message":")" + message + R"(","request_id":")"
                                                      + uuid().replace('-', "") + R"("})");
        }
    }
    response.headers += commonHeaders();
    if (m_vendor == u"shopify"_s && request.path == ShopPath)
        response.setHeader("X-Shopify-Shop-Api-Call-Limit", shopifyCallLimit(moment.sinceStart));
    return response;
}

HttpResponse VendorApi::rateLimited(const HttpRequest &request, const Moment &moment)
{
    const auto now = moment.sinceStart;
    if (m_vendor == u"shopify"_s) {
        if (request.path == ShopGraphQlPath)
            m_shopifyGraphQl.add(m_shopifyGraphQl.capacity(), now);
        else
            m_shopifyRest.add(m_shopifyRest.capacity(), now);
        return respond(request, moment);
    }
    if (m_vendor == u"klaviyo"_s || m_vendor == u"slack"_s || m_vendor == u"mcp"_s) {
        consumeQuota(1e9, now);
        return respond(request, moment);
    }
    if (m_vendor == u"ga4"_s) {
        m_ga4Hour.consume(m_ga4Hour.limit(), now);
        return respond(request, moment);
    }
    HttpResponse response;
    if (m_vendor == u"stripe"_s) {
        response = HttpResponse::json(429, R"({
  "error": {
    "code": "rate_limit",
    "doc_url": "https://stripe.com/docs/error-codes/rate-limit",
    "message": "Request rate limit exceeded. Learn more about rate limits here https://stripe.com/docs/rate-limits.",
    "type": "rate_limit_error"
  }
}
)");
        response.headers += commonHeaders();
        response.setHeader("Stripe-Rate-Limited-Reason", "global-rate");
    } else if (m_vendor == u"chatwoot"_s) {
        // rack-attack's default throttled response: plain text, no headers.
        response = HttpResponse::json(429, "Retry later\n", "text/plain");
    } else { // Kong's rate-limiting plugin
        response = HttpResponse::json(429, R"({"message":"API rate limit exceeded","request_id":")"
                                               + uuid().replace('-', "") + R"("})");
        response.headers += commonHeaders();
        response.setHeader("Retry-After", "7");
        response.setHeader("RateLimit-Limit", "100");
        response.setHeader("RateLimit-Remaining", "0");
        response.setHeader("RateLimit-Reset", "7");
        response.setHeader("X-RateLimit-Limit-Minute", "100");
        response.setHeader("X-RateLimit-Remaining-Minute", "0");
    }
    return response;
}

HttpResponse VendorApi::garbage()
{
    // What a CDN interstitial looks like to an API client.
    HttpResponse response = HttpResponse::json(
        200,
        R"(<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title>)"
        R"(<meta http-equiv="refresh" content="390"></head><body><div class="main-wrapper"><h1>Checking your )"
        R"(browser before accessing the site.</h1><p>This process is automatic.</p></div></body></html>)",
        Json);
    response.headers += commonHeaders();
    return response;
}

} // namespace gw::sim
