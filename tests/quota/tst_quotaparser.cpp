// QuotaParser against the vendors' and the IETF drafts' published examples. Expected values are
// computed by hand from those examples (sources named per group); `now` is fixed at
// 2025-06-01T12:00:00Z (a Sunday, which the HTTP-date rows rely on).

#include "quotaparser.h"

#include <QLocale>
#include <QTest>

using namespace gw;
using namespace Qt::StringLiterals;

// Expected readings are written with designated initializers that leave the other members at their
// defaults on purpose (nullopt); GCC's -Wextra would flag every one of them.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

Q_DECLARE_METATYPE(gw::ResponseFacts)
Q_DECLARE_METATYPE(gw::QuotaSignals)

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

QDateTime now()
{
    return QDateTime(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC);
}

QDateTime in(double seconds)
{
    return now().addMSecs(static_cast<qint64>(seconds * 1000));
}

ResponseFacts response(int status, Headers headers, QByteArray body = {})
{
    ResponseFacts facts;
    facts.status = status;
    facts.headers = std::move(headers);
    facts.body = std::move(body);
    return facts;
}

QuotaSignals signalsOf(QList<QuotaReading> readings, std::optional<double> retryAfter = std::nullopt,
                       QString throttleReason = {}, QStringList problems = {})
{
    QuotaSignals s;
    s.readings = std::move(readings);
    s.retryAfterSeconds = retryAfter;
    s.throttled = !throttleReason.isEmpty();
    s.throttleReason = std::move(throttleReason);
    s.problems = std::move(problems);
    return s;
}

QString number(std::optional<double> value)
{
    return value ? QString::number(*value, 'g', 17) : u"-"_s;
}

// Readable diffs on failure; the struct comparison afterwards catches anything the text misses.
QString describe(const QuotaSignals &s)
{
    QStringList lines;
    for (const QuotaReading &r : s.readings) {
        lines << u"%1 %2 %3 limit=%4 remaining=%5 used=%6 window=%7 reset=%8 restore=%9"_s.arg(
            machineName(r.source), r.policy, machineName(r.unit), number(r.limit), number(r.remaining), number(r.used),
            r.windowSeconds ? QString::number(*r.windowSeconds) : u"-"_s,
            r.resetAt ? r.resetAt->toUTC().toString(Qt::ISODateWithMs) : u"-"_s, number(r.restorePerSecond));
    }
    lines << u"retryAfter=%1 throttled=%2 reason=%3"_s.arg(number(s.retryAfterSeconds))
                 .arg(s.throttled ? u"yes"_s : u"no"_s)
                 .arg(s.throttleReason);
    for (const QString &problem : s.problems)
        lines << u"problem: "_s + problem;
    return lines.join(u'\n');
}

void addRow(const char *name, const ResponseFacts &facts, const QuotaSignals &expected)
{
    QTest::newRow(name) << facts << expected;
}

} // namespace

class TestQuotaParser : public QObject
{
    Q_OBJECT

private:
    static void columns()
    {
        QTest::addColumn<ResponseFacts>("response");
        QTest::addColumn<QuotaSignals>("expected");
    }

    static void check()
    {
        QFETCH(ResponseFacts, response);
        QFETCH(QuotaSignals, expected);
        const QuotaSignals actual = QuotaParser::parse(response, now());
        QCOMPARE(describe(actual), describe(expected));
        QVERIFY(actual == expected);
        for (const QuotaReading &reading : actual.readings) {
            if (reading.resetAt)
                QCOMPARE(reading.resetAt->timeSpec(), Qt::UTC);
        }
    }

private Q_SLOTS:
    void ietfEarlyDrafts_data();
    void ietfEarlyDrafts() { check(); }
    void ietfDraft07_data();
    void ietfDraft07() { check(); }
    void ietfStructured_data();
    void ietfStructured() { check(); }
    void xRateLimitAndGitHub_data();
    void xRateLimitAndGitHub() { check(); }
    void retryAfter_data();
    void retryAfter() { check(); }
    void shopify_data();
    void shopify() { check(); }
    void ga4_data();
    void ga4() { check(); }
    void throttled_data();
    void throttled() { check(); }
    void combinations_data();
    void combinations() { check(); }
    void malformed_data();
    void malformed() { check(); }
    void manyPolicies_data();
    void manyPolicies();
    void resetRelativeToNow_data();
    void resetRelativeToNow();
    void largeBodies();
};

// draft-ietf-httpapi-ratelimit-headers-00…06 §3 examples ("RateLimit-Limit: 10",
// "RateLimit-Remaining: 1", "RateLimit-Reset: 7"; inline policies "10, 10;w=1, 50;w=60" in 00–02,
// a separate RateLimit-Policy from 03 on). Klaviyo's docs (developers.klaviyo.com "Rate limits"):
// RateLimit-Limit/-Remaining/-Reset on every response, steady 1-minute window.
void TestQuotaParser::ietfEarlyDrafts_data()
{
    columns();
    addRow("draft example",
           response(200, {{"RateLimit-Limit", "10"}, {"RateLimit-Remaining", "1"}, {"RateLimit-Reset", "7"}}),
           signalsOf({{.limit = 10, .remaining = 1, .resetAt = in(7)}}));
    addRow(
        "inline policies, current limit is the 1 s one",
        response(200,
                 {{"RateLimit-Limit", "10, 10;w=1, 50;w=60"}, {"RateLimit-Remaining", "9"}, {"RateLimit-Reset", "1"}}),
        signalsOf({{.limit = 10, .remaining = 9, .windowSeconds = 1, .resetAt = in(1)}}));
    addRow("inline policies, current limit is the 60 s one",
           response(
               200,
               {{"RateLimit-Limit", "50, 10;w=1, 50;w=60"}, {"RateLimit-Remaining", "49"}, {"RateLimit-Reset", "59"}}),
           signalsOf({{.limit = 50, .remaining = 49, .windowSeconds = 60, .resetAt = in(59)}}));
    addRow("separate RateLimit-Policy",
           response(200, {{"RateLimit-Limit", "50"},
                          {"RateLimit-Policy", "10;w=1, 50;w=60"},
                          {"RateLimit-Remaining", "0"},
                          {"RateLimit-Reset", "30"}}),
           signalsOf({{.limit = 50, .remaining = 0, .windowSeconds = 60, .resetAt = in(30)}}));
    addRow("no policy has the current limit",
           response(200, {{"RateLimit-Limit", "20, 10;w=1"}, {"RateLimit-Remaining", "3"}}),
           signalsOf({{.limit = 20, .remaining = 3}}));
    addRow("remaining alone", response(200, {{"RateLimit-Remaining", "5"}}), signalsOf({{.remaining = 5}}));
    addRow("limit without remaining gives nothing", response(200, {{"RateLimit-Limit", "10"}}), signalsOf({}));
    addRow("lower-case names",
           response(200, {{"ratelimit-limit", "10"}, {"ratelimit-remaining", "4"}, {"ratelimit-reset", "2"}}),
           signalsOf({{.limit = 10, .remaining = 4, .resetAt = in(2)}}));
    addRow("limit split over two lines",
           response(200,
                    {{"RateLimit-Limit", "10"}, {"RateLimit-Remaining", "9"}, {"RateLimit-Limit", "10;w=1, 50;w=60"}}),
           signalsOf({{.limit = 10, .remaining = 9, .windowSeconds = 1}}));
    addRow("lines joined by Qt",
           response(200, {{"RateLimit-Limit", "10, 10;w=1, 50;w=60"}, {"RateLimit-Remaining", "9, 9"}}),
           signalsOf({{.limit = 10, .remaining = 9, .windowSeconds = 1}}));
    addRow("Klaviyo by revision header",
           response(200, {{"RateLimit-Limit", "75"},
                          {"RateLimit-Remaining", "74"},
                          {"RateLimit-Reset", "59"},
                          {"revision", "2024-10-15"}}),
           signalsOf({{.limit = 75, .remaining = 74, .resetAt = in(59), .source = QuotaSource::Klaviyo}}));
    addRow("Klaviyo by JSON:API media type",
           response(200, {{"Content-Type", "application/vnd.api+json"},
                          {"RateLimit-Limit", "3"},
                          {"RateLimit-Remaining", "2"},
                          {"RateLimit-Reset", "1"}}),
           signalsOf({{.limit = 3, .remaining = 2, .resetAt = in(1), .source = QuotaSource::Klaviyo}}));
    addRow(
        "plain JSON is not Klaviyo",
        response(200, {{"Content-Type", "application/json"}, {"RateLimit-Limit", "3"}, {"RateLimit-Remaining", "2"}}),
        signalsOf({{.limit = 3, .remaining = 2}}));
}

// draft-ietf-httpapi-ratelimit-headers-07 §3 and §4: "RateLimit: limit=100, remaining=50, reset=5"
// with "RateLimit-Policy: 100;w=10".
void TestQuotaParser::ietfDraft07_data()
{
    columns();
    addRow("draft example with policy",
           response(200, {{"RateLimit", "limit=100, remaining=50, reset=5"}, {"RateLimit-Policy", "100;w=10"}}),
           signalsOf({{.limit = 100, .remaining = 50, .windowSeconds = 10, .resetAt = in(5)}}));
    addRow("without policy", response(200, {{"RateLimit", "limit=10, remaining=1, reset=7"}}),
           signalsOf({{.limit = 10, .remaining = 1, .resetAt = in(7)}}));
    addRow("keys in another order, later duplicate wins",
           response(200, {{"RateLimit", "reset=3, remaining=8, limit=10, remaining=6"}}),
           signalsOf({{.limit = 10, .remaining = 6, .resetAt = in(3)}}));
    addRow("policy list with two windows",
           response(200, {{"RateLimit", "limit=1000, remaining=999, reset=3599"},
                          {"RateLimit-Policy", "10;w=1, 1000;w=3600"}}),
           signalsOf({{.limit = 1000, .remaining = 999, .windowSeconds = 3600, .resetAt = in(3599)}}));
}

// draft-ietf-httpapi-ratelimit-headers-11 §3.2 and §4.2 examples (also 08–10, same syntax).
void TestQuotaParser::ietfStructured_data()
{
    columns();
    addRow(
        "default policy",
        response(200, {{"RateLimit-Policy", "\"default\";q=100;w=10"}, {"RateLimit", "\"default\";r=50;t=30"}}),
        signalsOf({{.policy = u"default"_s, .limit = 100, .remaining = 50, .windowSeconds = 10, .resetAt = in(30)}}));
    addRow(
        "two policies",
        response(200, {{"RateLimit-Policy", "\"burst\";q=100;w=60,\"daily\";q=1000;w=86400"},
                       {"RateLimit", "\"burst\";r=50;t=30, \"daily\";r=990;t=43200"}}),
        signalsOf(
            {{.policy = u"burst"_s, .limit = 100, .remaining = 50, .windowSeconds = 60, .resetAt = in(30)},
             {.policy = u"daily"_s, .limit = 1000, .remaining = 990, .windowSeconds = 86400, .resetAt = in(43200)}}));
    addRow("service limit without policy", response(200, {{"RateLimit", "\"default\";r=999;pk=:dHJpYWwxMjEzMjM=:"}}),
           signalsOf({{.policy = u"default"_s, .remaining = 999}}));
    addRow("policy without service limit gives nothing",
           response(200, {{"RateLimit-Policy", "\"permin\";q=50;w=60,\"perhr\";q=1000;w=3600"}}), signalsOf({}));
    addRow("content bytes with partition key",
           response(200, {{"RateLimit-Policy", "\"peruser\";q=65535;qu=\"content-bytes\";w=10;pk=:sdfjLJUOUH==:"},
                          {"RateLimit", "\"peruser\";r=300;t=6;pk=:sdfjLJUOUH==:"}}),
           signalsOf({{.policy = u"peruser"_s,
                       .limit = 65535,
                       .remaining = 300,
                       .windowSeconds = 10,
                       .resetAt = in(6),
                       .unit = QuotaUnit::Bytes}}));
    addRow(
        "concurrent requests",
        response(200, {{"RateLimit-Policy", "\"conc\";q=5;qu=\"concurrent-requests\""}, {"RateLimit", "\"conc\";r=4"}}),
        signalsOf({{.policy = u"conc"_s, .limit = 5, .remaining = 4, .unit = QuotaUnit::Concurrent}}));
    addRow("explicit requests unit",
           response(200, {{"RateLimit-Policy", "\"a\";q=5;qu=\"requests\";w=1"}, {"RateLimit", "\"a\";r=4;t=1"}}),
           signalsOf({{.policy = u"a"_s, .limit = 5, .remaining = 4, .windowSeconds = 1, .resetAt = in(1)}}));
    addRow(
        "unknown parameters of every type ignored",
        response(200,
                 {{"RateLimit-Policy",
                   "\"p\";q=10;acme-burst=?1;acme-x=1.5;acme-tok=foo/bar;acme-d=@1700000000;acme-s=%\"caf%c3%a9\";w=5"},
                  {"RateLimit", "\"p\";r=7;acme-note=\"say \\\"hi\\\"\";t=2;acme-flag"}}),
        signalsOf({{.policy = u"p"_s, .limit = 10, .remaining = 7, .windowSeconds = 5, .resetAt = in(2)}}));
    addRow("escaped policy name", response(200, {{"RateLimit", "\"a\\\"b\\\\c\";r=1"}}),
           signalsOf({{.policy = u"a\"b\\c"_s, .remaining = 1}}));
    addRow("policy field split over two lines",
           response(200, {{"RateLimit-Policy", "\"burst\";q=100;w=60"},
                          {"RateLimit", "\"daily\";r=5"},
                          {"RateLimit-Policy", "\"daily\";q=1000;w=86400"}}),
           signalsOf({{.policy = u"daily"_s, .limit = 1000, .remaining = 5, .windowSeconds = 86400}}));
    addRow("service limits split over two lines",
           response(200, {{"RateLimit", "\"a\";r=1"}, {"RateLimit", "\"b\";r=2"}}),
           signalsOf({{.policy = u"a"_s, .remaining = 1}, {.policy = u"b"_s, .remaining = 2}}));
    addRow("inner list member ignored but valid", response(200, {{"RateLimit", "\"a\";r=1, (\"x\" 1);y=2"}}),
           signalsOf({{.policy = u"a"_s, .remaining = 1}}, std::nullopt, {},
                     {u"RateLimit: member is not a policy name"_s}));
    addRow("redirect with zero quota (draft §6)", response(301, {{"RateLimit", "\"problemPolicy\";r=0;t=10"}}),
           signalsOf({{.policy = u"problemPolicy"_s, .remaining = 0, .resetAt = in(10)}}));
}

// Envoy ratelimit filter docs ("x-ratelimit-limit: 10, 10;w=1", remaining, reset in seconds) and
// GitHub REST docs "Rate limits for the REST API" (limit 60, remaining 56, used 4,
// reset 1372700873 = 2013-07-01T17:47:53Z by `date -u -d @1372700873`, resource core).
void TestQuotaParser::xRateLimitAndGitHub_data()
{
    columns();
    addRow(
        "Envoy",
        response(200,
                 {{"x-ratelimit-limit", "10, 10;w=1"}, {"x-ratelimit-remaining", "9"}, {"x-ratelimit-reset", "1"}}),
        signalsOf(
            {{.limit = 10, .remaining = 9, .windowSeconds = 1, .resetAt = in(1), .source = QuotaSource::XRateLimit}}));
    addRow("plain X-RateLimit", response(200, {{"X-RateLimit-Limit", "5000"}, {"X-RateLimit-Remaining", "4999"}}),
           signalsOf({{.limit = 5000, .remaining = 4999, .source = QuotaSource::XRateLimit}}));
    const QDateTime githubReset(QDate(2013, 7, 1), QTime(17, 47, 53), Qt::UTC);
    addRow("GitHub docs example",
           response(200, {{"x-ratelimit-limit", "60"},
                          {"x-ratelimit-remaining", "56"},
                          {"x-ratelimit-used", "4"},
                          {"x-ratelimit-reset", "1372700873"},
                          {"x-ratelimit-resource", "core"}}),
           signalsOf({{.policy = u"core"_s,
                       .limit = 60,
                       .remaining = 56,
                       .used = 4,
                       .resetAt = githubReset,
                       .source = QuotaSource::GitHub}}));
    addRow(
        "GitHub by epoch reset alone",
        response(200,
                 {{"x-ratelimit-limit", "60"}, {"x-ratelimit-remaining", "56"}, {"x-ratelimit-reset", "1372700873"}}),
        signalsOf({{.limit = 60, .remaining = 56, .resetAt = githubReset, .source = QuotaSource::GitHub}}));
    addRow("GitHub search resource exhausted (403)",
           response(403, {{"x-ratelimit-limit", "30"},
                          {"x-ratelimit-remaining", "0"},
                          {"x-ratelimit-used", "30"},
                          {"x-ratelimit-reset", "1750000000"},
                          {"x-ratelimit-resource", "search"}}),
           signalsOf({{.policy = u"search"_s,
                       .limit = 30,
                       .remaining = 0,
                       .used = 30,
                       .resetAt = QDateTime(QDate(2025, 6, 15), QTime(15, 6, 40), Qt::UTC),
                       .source = QuotaSource::GitHub}}));
}

// RFC 9110 §10.2.3 (delay-seconds or HTTP-date) and §5.6.7 (IMF-fixdate, RFC 850, asctime);
// Shopify sends fractional seconds ("Retry-After: 2.0", shopify.dev REST rate limits).
void TestQuotaParser::retryAfter_data()
{
    columns();
    const QuotaReading stand120{.remaining = 0, .resetAt = in(120), .source = QuotaSource::RetryAfter};
    addRow("seconds on 429", response(429, {{"Retry-After", "120"}}), signalsOf({stand120}, 120, u"HTTP 429"_s));
    addRow("fractional seconds", response(429, {{"Retry-After", "2.0"}}),
           signalsOf({{.remaining = 0, .resetAt = in(2), .source = QuotaSource::RetryAfter}}, 2, u"HTTP 429"_s));
    addRow("IMF-fixdate", response(429, {{"Retry-After", "Sun, 01 Jun 2025 12:02:00 GMT"}}),
           signalsOf({stand120}, 120, u"HTTP 429"_s));
    addRow("RFC 850 date", response(429, {{"Retry-After", "Sunday, 01-Jun-25 12:02:00 GMT"}}),
           signalsOf({stand120}, 120, u"HTTP 429"_s));
    addRow("asctime date", response(429, {{"Retry-After", "Sun Jun  1 12:02:00 2025"}}),
           signalsOf({stand120}, 120, u"HTTP 429"_s));
    addRow("RFC 9110 example date is in the past", response(503, {{"Retry-After", "Fri, 31 Dec 1999 23:59:59 GMT"}}),
           signalsOf({{.remaining = 0, .resetAt = now(), .source = QuotaSource::RetryAfter}}, 0));
    addRow("503 is not throttling", response(503, {{"Retry-After", "120"}}), signalsOf({stand120}, 120));
    addRow("200 gives no stand-in reading", response(200, {{"Retry-After", "5"}}), signalsOf({}, 5));
    addRow("repeated dates joined by Qt",
           response(429, {{"Retry-After", "Sun, 01 Jun 2025 12:02:00 GMT, Sun, 01 Jun 2025 12:05:00 GMT"}}),
           signalsOf({stand120}, 120, u"HTTP 429"_s));
}

// Shopify REST: shopify.dev "REST Admin API rate limits" ("X-Shopify-Shop-Api-Call-Limit: 32/40").
// Shopify GraphQL: shopify.dev "GraphQL Admin API rate limits" cost example (requested 1, actual 1,
// maximumAvailable 1000.0, currentlyAvailable 999, restoreRate 50.0), and the throttled examples from
// the Shopify community thread "GraphQL Admin API - example Throttled request's response" (no code)
// and a 2023 gist with errors[].extensions.code THROTTLED (requested 70, available 66).
void TestQuotaParser::shopify_data()
{
    columns();
    // The leak rate is not in the header: shopify.dev gives 2/s for the standard 40-call bucket,
    // 4/s Advanced and 20/s Plus (bucket 400), a bucket that drains in 20 s.
    addRow("REST call limit", response(200, {{"X-Shopify-Shop-Api-Call-Limit", "32/40"}}),
           signalsOf(
               {{.limit = 40, .remaining = 8, .used = 32, .source = QuotaSource::ShopifyRest, .restorePerSecond = 2}}));
    addRow("REST call limit on Shopify Plus", response(200, {{"X-Shopify-Shop-Api-Call-Limit", "12/400"}}),
           signalsOf({{.limit = 400,
                       .remaining = 388,
                       .used = 12,
                       .source = QuotaSource::ShopifyRest,
                       .restorePerSecond = 20}}));
    addRow("REST bucket full on 429",
           response(429, {{"X-Shopify-Shop-Api-Call-Limit", "40/40"}, {"Retry-After", "2.0"}}),
           signalsOf(
               {{.limit = 40, .remaining = 0, .used = 40, .source = QuotaSource::ShopifyRest, .restorePerSecond = 2}},
               2, u"HTTP 429"_s));
    addRow("GraphQL cost",
           response(200, {{"Content-Type", "application/json"}},
                    R"({"data":{"shop":{"name":"x"}},"extensions":{"cost":{"requestedQueryCost":1,"actualQueryCost":1,)"
                    R"("throttleStatus":{"maximumAvailable":1000.0,"currentlyAvailable":999,"restoreRate":50.0}}}})"),
           signalsOf({{.limit = 1000,
                       .remaining = 999,
                       .used = 1,
                       .unit = QuotaUnit::Points,
                       .source = QuotaSource::ShopifyGraphql,
                       .restorePerSecond = 50}}));
    addRow("GraphQL fractional availability",
           response(200, {},
                    R"(  {"extensions":{"cost":{"requestedQueryCost":12,"actualQueryCost":6,)"
                    R"("throttleStatus":{"maximumAvailable":2000,"currentlyAvailable":1994.5,"restoreRate":100}}}})"),
           signalsOf({{.limit = 2000,
                       .remaining = 1994.5,
                       .used = 6,
                       .unit = QuotaUnit::Points,
                       .source = QuotaSource::ShopifyGraphql,
                       .restorePerSecond = 100}}));
    const QuotaReading throttled70{.limit = 1000,
                                   .remaining = 66,
                                   .unit = QuotaUnit::Points,
                                   .source = QuotaSource::ShopifyGraphql,
                                   .restorePerSecond = 50};
    addRow("GraphQL THROTTLED with HTTP 200",
           response(200, {},
                    R"({"errors":[{"message":"Throttled","extensions":{"code":"THROTTLED",)"
                    R"("documentation":"https://shopify.dev/api/usage/rate-limits"}}],"extensions":{"cost":)"
                    R"({"requestedQueryCost":70,"actualQueryCost":null,"throttleStatus":{"maximumAvailable":1000,)"
                    R"("currentlyAvailable":66,"restoreRate":50}}}})"),
           signalsOf({throttled70}, std::nullopt, u"Shopify GraphQL: THROTTLED"_s));
    addRow("GraphQL throttled message without code",
           response(200, {},
                    R"({"errors":[{"message":"Throttled"}],"extensions":{"cost":{"requestedQueryCost":202,)"
                    R"("actualQueryCost":null,"throttleStatus":{"maximumAvailable":1000.0,"currentlyAvailable":118,)"
                    R"("restoreRate":50.0}}}})"),
           signalsOf({{.limit = 1000,
                       .remaining = 118,
                       .unit = QuotaUnit::Points,
                       .source = QuotaSource::ShopifyGraphql,
                       .restorePerSecond = 50}},
                     std::nullopt, u"Shopify GraphQL: THROTTLED"_s));
    addRow("other GraphQL errors are not throttling",
           response(200, {},
                    R"({"errors":[{"message":"Field 'x' doesn't exist","extensions":{"code":"undefinedField"}}]})"),
           signalsOf({}));
}

// Google Analytics Data API v1 reference, PropertyQuota and QuotaStatus (protobuf JSON omits zero
// values, so a missing consumed or remaining is 0); readings in alphabetical member order.
void TestQuotaParser::ga4_data()
{
    columns();
    const QByteArray body =
        R"({"dimensionHeaders":[{"name":"country"}],"metricHeaders":[{"name":"activeUsers","type":"TYPE_INTEGER"}],)"
        R"("rows":[{"dimensionValues":[{"value":"Japan"}],"metricValues":[{"value":"2541"}]}],"rowCount":1,)"
        R"("metadata":{"currencyCode":"USD","timeZone":"America/Los_Angeles"},"propertyQuota":{)"
        R"("tokensPerDay":{"consumed":1,"remaining":24997},"tokensPerHour":{"consumed":1,"remaining":4997},)"
        R"("concurrentRequests":{"remaining":10},"serverErrorsPerProjectPerHour":{"remaining":10},)"
        R"("potentiallyThresholdedRequestsPerHour":{"remaining":120},)"
        R"("tokensPerProjectPerHour":{"consumed":1,"remaining":1247}},"kind":"analyticsData#runReport"})";
    const auto ga4 = [](const char16_t *policy, double remaining, double used, QuotaUnit unit) {
        return QuotaReading{.policy = QString::fromUtf16(policy),
                            .remaining = remaining,
                            .used = used,
                            .unit = unit,
                            .source = QuotaSource::Ga4};
    };
    addRow(
        "runReport with returnPropertyQuota",
        response(200, {{"Content-Type", "application/json; charset=UTF-8"}}, body),
        signalsOf({ga4(u"concurrentRequests", 10, 0, QuotaUnit::Concurrent),
                   ga4(u"potentiallyThresholdedRequestsPerHour", 120, 0, QuotaUnit::Requests),
                   ga4(u"serverErrorsPerProjectPerHour", 10, 0, QuotaUnit::Requests),
                   ga4(u"tokensPerDay", 24997, 1, QuotaUnit::Tokens), ga4(u"tokensPerHour", 4997, 1, QuotaUnit::Tokens),
                   ga4(u"tokensPerProjectPerHour", 1247, 1, QuotaUnit::Tokens)}));
    addRow("only the daily tokens",
           response(200, {}, R"({"propertyQuota":{"tokensPerDay":{"consumed":7,"remaining":0}}})"),
           signalsOf({ga4(u"tokensPerDay", 0, 7, QuotaUnit::Tokens)}));
    addRow("quota exhausted, 429 RESOURCE_EXHAUSTED",
           response(
               429, {},
               R"({"error":{"code":429,"message":"Exhausted property tokens per day","status":"RESOURCE_EXHAUSTED"}})"),
           signalsOf({}, std::nullopt, u"Google: RESOURCE_EXHAUSTED"_s));
}

// Stripe docs "Rate limits" (429, Stripe-Rate-Limited-Reason values, rate_limit_error; lock_timeout
// is "Lock timeouts" contention), Slack "Rate limits" (429 + Retry-After, {"ok":false,
// "error":"ratelimited"}), Chatwoot/rack-attack (bare 429), and draft-ietf-httpapi-ratelimit-headers-11
// §5.1 (quota-exceeded problem with violated-policies ["daily","bandwidth"]).
void TestQuotaParser::throttled_data()
{
    columns();
    const QByteArray stripeBody = R"({"error":{"message":"Request rate limit exceeded.","type":"rate_limit_error"}})";
    for (const char *reason :
         {"global-rate", "endpoint-rate", "global-concurrency", "endpoint-concurrency", "resource-specific"}) {
        const QByteArray row = "Stripe " + QByteArray(reason);
        QTest::newRow(row.constData())
            << response(429, {{"Stripe-Rate-Limited-Reason", reason}}, stripeBody)
            << signalsOf({{.policy = QString::fromLatin1(reason), .remaining = 0, .source = QuotaSource::Stripe}},
                         std::nullopt, u"Stripe: "_s + QString::fromLatin1(reason));
    }
    addRow("Stripe body without reason header", response(429, {}, stripeBody),
           signalsOf({}, std::nullopt, u"Stripe: rate_limit_error"_s));
    addRow("Stripe lock_timeout is not throttling",
           response(
               429, {},
               R"({"error":{"code":"lock_timeout","message":"This object cannot be accessed right now because )"
               R"(another API request or Stripe process is currently accessing it.","type":"invalid_request_error"}})"),
           signalsOf({}));
    addRow("Slack ratelimited", response(429, {{"Retry-After", "30"}}, R"({"ok":false,"error":"ratelimited"})"),
           signalsOf({{.remaining = 0, .resetAt = in(30), .source = QuotaSource::RetryAfter}}, 30,
                     u"Slack: ratelimited"_s));
    addRow("Slack ratelimited body with 200", response(200, {}, R"({"ok":false,"error":"ratelimited"})"),
           signalsOf({}, std::nullopt, u"Slack: ratelimited"_s));
    addRow("Slack other error", response(200, {}, R"({"ok":false,"error":"invalid_auth"})"), signalsOf({}));
    addRow("Chatwoot bare 429", response(429, {{"Content-Type", "text/plain"}}, "Retry later\n"),
           signalsOf({}, std::nullopt, u"HTTP 429"_s));
    addRow(
        "problem details quota-exceeded",
        response(
            429, {{"Content-Type", "application/problem+json"}},
            R"({"type":"https://iana.org/assignments/http-problem-types#quota-exceeded",)"
            R"("title":"Request cannot be satisfied as assigned quota has been exceeded","violated-policies":["daily","bandwidth"]})"),
        signalsOf({}, std::nullopt, u"Problem: quota-exceeded (daily, bandwidth)"_s));
    addRow(
        "problem details reduced capacity on 503",
        response(
            503, {{"Content-Type", "application/problem+json"}},
            R"({"type":"https://iana.org/assignments/http-problem-types#temporary-reduced-capacity","violated-policies":["hourly"]})"),
        signalsOf({}, std::nullopt, u"Problem: temporary-reduced-capacity (hourly)"_s));
    addRow("other problem types are not throttling",
           response(404, {{"Content-Type", "application/problem+json"}},
                    R"({"type":"https://example.com/probs/out-of-credit"})"),
           signalsOf({}));
    addRow("500 is not throttling", response(500, {}, "{\"error\":\"boom\"}"), signalsOf({}));
}

void TestQuotaParser::combinations_data()
{
    columns();
    addRow("Shopify REST with IETF fields and Retry-After",
           response(429, {{"X-Shopify-Shop-Api-Call-Limit", "40/40"},
                          {"Retry-After", "1.0"},
                          {"RateLimit", "\"rest\";r=0;t=1"},
                          {"RateLimit-Policy", "\"rest\";q=40"}}),
           signalsOf(
               {{.policy = u"rest"_s, .limit = 40, .remaining = 0, .resetAt = in(1)},
                {.limit = 40, .remaining = 0, .used = 40, .source = QuotaSource::ShopifyRest, .restorePerSecond = 2}},
               1, u"HTTP 429"_s));
    addRow("draft-11 and draft-06 fields side by side",
           response(200, {{"RateLimit-Limit", "100"},
                          {"RateLimit-Remaining", "40"},
                          {"RateLimit-Reset", "20"},
                          {"RateLimit-Policy", "\"h\";q=100;w=3600"},
                          {"RateLimit", "\"h\";r=40;t=20"}}),
           signalsOf({{.policy = u"h"_s, .limit = 100, .remaining = 40, .windowSeconds = 3600, .resetAt = in(20)},
                      {.limit = 100, .remaining = 40, .resetAt = in(20)}}));
    addRow("GitHub headers and GraphQL body",
           response(200,
                    {{"x-ratelimit-limit", "5000"},
                     {"x-ratelimit-remaining", "4990"},
                     {"x-ratelimit-used", "10"},
                     {"x-ratelimit-resource", "graphql"}},
                    R"({"data":{},"extensions":{"cost":{"actualQueryCost":2,"throttleStatus":{"maximumAvailable":50,)"
                    R"("currentlyAvailable":48,"restoreRate":2.5}}}})"),
           signalsOf(
               {{.policy = u"graphql"_s, .limit = 5000, .remaining = 4990, .used = 10, .source = QuotaSource::GitHub},
                {.limit = 50,
                 .remaining = 48,
                 .used = 2,
                 .unit = QuotaUnit::Points,
                 .source = QuotaSource::ShopifyGraphql,
                 .restorePerSecond = 2.5}}));
    addRow("Stripe reason wins the throttle reason over the generic 429",
           response(429, {{"Stripe-Rate-Limited-Reason", "endpoint-rate"}, {"Retry-After", "3"}}),
           signalsOf({{.policy = u"endpoint-rate"_s, .remaining = 0, .source = QuotaSource::Stripe}}, 3,
                     u"Stripe: endpoint-rate"_s));
}

void TestQuotaParser::malformed_data()
{
    columns();
    const auto problem = [](const char16_t *text) { return QStringList{QString::fromUtf16(text)}; };
    addRow("remaining not a number", response(200, {{"RateLimit-Remaining", "lots"}}),
           signalsOf({}, std::nullopt, {}, problem(u"RateLimit-Remaining: not a number")));
    addRow("remaining empty", response(200, {{"RateLimit-Remaining", ""}}),
           signalsOf({}, std::nullopt, {}, problem(u"RateLimit-Remaining: not a number")));
    addRow("remaining negative", response(200, {{"RateLimit-Remaining", "-5"}}),
           signalsOf({}, std::nullopt, {}, problem(u"RateLimit-Remaining: negative")));
    addRow("remaining twenty digits", response(200, {{"RateLimit-Remaining", "99999999999999999999"}}),
           signalsOf({}, std::nullopt, {}, problem(u"RateLimit-Remaining: out of range")));
    addRow("remaining with exponent", response(200, {{"x-ratelimit-remaining", "1e308"}}),
           signalsOf({}, std::nullopt, {}, problem(u"X-RateLimit-Remaining: not a number")));
    addRow("remaining of a thousand digits", response(200, {{"RateLimit-Remaining", QByteArray(1000, '9')}}),
           signalsOf({}, std::nullopt, {}, problem(u"RateLimit-Remaining: out of range")));
    addRow("bad limit keeps the remaining", response(200, {{"RateLimit-Limit", "ten"}, {"RateLimit-Remaining", "5"}}),
           signalsOf({{.remaining = 5}}, std::nullopt, {}, problem(u"RateLimit-Limit: not a number")));
    addRow("bad inline policy list", response(200, {{"RateLimit-Limit", "10, 10;w="}, {"RateLimit-Remaining", "5"}}),
           signalsOf({{.remaining = 5}}, std::nullopt, {}, problem(u"RateLimit-Limit: not a valid structured field")));
    addRow("reset beyond year 9999",
           response(200, {{"RateLimit-Remaining", "5"}, {"RateLimit-Reset", "99999999999999"}}),
           signalsOf({{.remaining = 5}}, std::nullopt, {}, problem(u"RateLimit-Reset: out of range")));
    addRow("bad used keeps GitHub reading",
           response(200, {{"x-ratelimit-remaining", "5"}, {"x-ratelimit-used", "x"}, {"x-ratelimit-resource", "core"}}),
           signalsOf({{.policy = u"core"_s, .remaining = 5, .source = QuotaSource::GitHub}}, std::nullopt, {},
                     problem(u"X-RateLimit-Used: not a number")));
    addRow("draft-11 missing value", response(200, {{"RateLimit", "\"default\";r="}}),
           signalsOf({}, std::nullopt, {}, problem(u"RateLimit: not a valid structured field")));
    addRow("draft-11 unterminated string", response(200, {{"RateLimit", "\"default;r=5"}}),
           signalsOf({}, std::nullopt, {}, problem(u"RateLimit: not a valid structured field")));
    addRow("draft-11 trailing comma", response(200, {{"RateLimit", "\"a\";r=5,"}}),
           signalsOf({}, std::nullopt, {}, problem(u"RateLimit: not a valid structured field")));
    addRow("draft-11 sixteen-digit integer", response(200, {{"RateLimit", "\"a\";r=9999999999999999"}}),
           signalsOf({}, std::nullopt, {}, problem(u"RateLimit: not a valid structured field")));
    addRow("draft-11 upper-case parameter", response(200, {{"RateLimit", "\"a\";R=5"}}),
           signalsOf({}, std::nullopt, {}, problem(u"RateLimit: not a valid structured field")));
    addRow("draft-11 control character in name", response(200, {{"RateLimit", "\"a\tb\";r=5"}}),
           signalsOf({}, std::nullopt, {}, problem(u"RateLimit: not a valid structured field")));
    addRow("draft-11 negative remaining", response(200, {{"RateLimit", "\"a\";r=-1, \"b\";r=2"}}),
           signalsOf({{.policy = u"b"_s, .remaining = 2}}, std::nullopt, {}, problem(u"RateLimit \"a\" r: negative")));
    addRow("draft-11 string remaining", response(200, {{"RateLimit", "\"a\";r=\"five\""}}),
           signalsOf({}, std::nullopt, {}, problem(u"RateLimit \"a\" r: not a number")));
    addRow("draft-11 no remaining", response(200, {{"RateLimit", "\"a\";t=5"}}),
           signalsOf({}, std::nullopt, {}, problem(u"RateLimit \"a\": no remaining quota")));
    // Without a leading String it reads as a draft-07 dictionary, which has no "remaining" key.
    addRow("draft-11 token instead of name", response(200, {{"RateLimit", "a;r=5"}}),
           signalsOf({}, std::nullopt, {}, problem(u"RateLimit: no remaining quota")));
    addRow("draft-11 bad policy field keeps the service limit",
           response(200, {{"RateLimit-Policy", "\"a\";q=10;w="}, {"RateLimit", "\"a\";r=5"}}),
           signalsOf({{.policy = u"a"_s, .remaining = 5}}, std::nullopt, {},
                     problem(u"RateLimit-Policy: not a valid structured field")));
    addRow(
        "draft-11 zero window and unknown unit",
        response(200, {{"RateLimit-Policy", "\"a\";q=10;w=0;qu=\"tokens\""}, {"RateLimit", "\"a\";r=5"}}),
        signalsOf({{.policy = u"a"_s, .limit = 10, .remaining = 5}}, std::nullopt, {},
                  {u"RateLimit-Policy \"a\" w: out of range"_s, u"RateLimit-Policy \"a\" qu: unknown quota unit"_s}));
    addRow("draft-07 missing remaining", response(200, {{"RateLimit", "limit=10, reset=5"}}),
           signalsOf({}, std::nullopt, {}, problem(u"RateLimit: no remaining quota")));
    addRow("draft-07 garbage", response(200, {{"RateLimit", "limit=10; remaining=="}}),
           signalsOf({}, std::nullopt, {}, problem(u"RateLimit: not a valid structured field")));
    addRow("Retry-After words", response(429, {{"Retry-After", "soon"}}),
           signalsOf({}, std::nullopt, u"HTTP 429"_s, problem(u"Retry-After: neither seconds nor an HTTP date")));
    addRow("Retry-After negative", response(429, {{"Retry-After", "-3"}}),
           signalsOf({}, std::nullopt, u"HTTP 429"_s, problem(u"Retry-After: negative")));
    addRow("Retry-After impossible date", response(429, {{"Retry-After", "Fri, 32 Dec 1999 23:59:59 GMT"}}),
           signalsOf({}, std::nullopt, u"HTTP 429"_s, problem(u"Retry-After: neither seconds nor an HTTP date")));
    addRow("Retry-After in a century", response(503, {{"Retry-After", "3155760000"}}),
           signalsOf({}, std::nullopt, {}, problem(u"Retry-After: out of range")));
    addRow("Shopify call limit without slash", response(200, {{"X-Shopify-Shop-Api-Call-Limit", "32"}}),
           signalsOf({}, std::nullopt, {}, problem(u"X-Shopify-Shop-Api-Call-Limit: not used/limit")));
    addRow("Shopify call limit with words", response(200, {{"X-Shopify-Shop-Api-Call-Limit", "a/40"}}),
           signalsOf({}, std::nullopt, {}, problem(u"X-Shopify-Shop-Api-Call-Limit: not a number")));
    addRow(
        "GraphQL available as string",
        response(200, {},
                 R"({"extensions":{"cost":{"throttleStatus":{"maximumAvailable":1000,"currentlyAvailable":"lots"}}}})"),
        signalsOf({}, std::nullopt, {}, problem(u"extensions.cost.throttleStatus.currentlyAvailable: not a number")));
    addRow("GraphQL maximum 1e308",
           response(200, {},
                    R"({"extensions":{"cost":{"throttleStatus":{"maximumAvailable":1e308,"currentlyAvailable":5}}}})"),
           signalsOf({}, std::nullopt, {}, problem(u"extensions.cost.throttleStatus.maximumAvailable: out of range")));
    addRow("GraphQL throttle status as array", response(200, {}, R"({"extensions":{"cost":{"throttleStatus":[1,2]}}})"),
           signalsOf({}, std::nullopt, {}, problem(u"extensions.cost.throttleStatus: not an object")));
    addRow("GA4 member not an object",
           response(200, {}, R"({"propertyQuota":{"tokensPerDay":5,"tokensPerHour":{"consumed":1,"remaining":9}}})"),
           signalsOf({{.policy = u"tokensPerHour"_s,
                       .remaining = 9,
                       .used = 1,
                       .unit = QuotaUnit::Tokens,
                       .source = QuotaSource::Ga4}},
                     std::nullopt, {}, problem(u"propertyQuota.tokensPerDay: not an object")));
    addRow("GA4 remaining as string",
           response(200, {}, R"({"propertyQuota":{"tokensPerDay":{"consumed":1,"remaining":"24997"}}})"),
           signalsOf({}, std::nullopt, {}, problem(u"propertyQuota.tokensPerDay.remaining: not a number")));
    addRow("GA4 negative consumed",
           response(200, {}, R"({"propertyQuota":{"tokensPerDay":{"consumed":-1,"remaining":3}}})"),
           signalsOf({}, std::nullopt, {}, problem(u"propertyQuota.tokensPerDay.consumed: negative")));
    addRow("GA4 quota as array", response(200, {}, R"({"propertyQuota":[]})"),
           signalsOf({}, std::nullopt, {}, problem(u"propertyQuota: not an object")));
    addRow(
        "violated policies not an array",
        response(
            429, {},
            R"({"type":"https://iana.org/assignments/http-problem-types#quota-exceeded","violated-policies":"daily"})"),
        signalsOf({}, std::nullopt, u"Problem: quota-exceeded"_s, problem(u"violated-policies: not an array")));
    addRow("truncated JSON body is ignored", response(200, {}, R"({"propertyQuota":{"tokensPerDay":{"consumed":1,)"),
           signalsOf({}));
    addRow("HTML body is ignored", response(200, {}, "<html>propertyQuota THROTTLED</html>"), signalsOf({}));
    addRow("JSON array body is ignored", response(200, {}, R"([{"propertyQuota":{}}])"), signalsOf({}));
    addRow("unrelated headers are not read", response(200, {{"X-Other", "lots"}, {"RateLimitX", "1"}}), signalsOf({}));
}

void TestQuotaParser::manyPolicies_data()
{
    QTest::addColumn<int>("policies");
    QTest::addColumn<int>("readings");
    QTest::addColumn<QStringList>("problems");
    QTest::newRow("64 fit") << 64 << 64 << QStringList();
    QTest::newRow("1000 capped") << 1000 << 64 << QStringList{u"quotas: 936 beyond the first 64 ignored"_s};
    // Lists are cut at 1024 members before the readings are capped at 64: 1024 - 64 = 960.
    QTest::newRow("5000 capped twice") << 5000 << 64
                                       << QStringList{u"RateLimit: too many members, the rest ignored"_s,
                                                      u"quotas: 960 beyond the first 64 ignored"_s};
}

void TestQuotaParser::manyPolicies()
{
    QFETCH(int, policies);
    QFETCH(int, readings);
    QFETCH(QStringList, problems);
    QByteArray field;
    for (int i = 0; i < policies; ++i)
        field += (i ? ", \"p" : "\"p") + QByteArray::number(i) + "\";r=" + QByteArray::number(i);
    const QuotaSignals result = QuotaParser::parse(response(200, {{"RateLimit", field}}), now());
    QCOMPARE(result.readings.size(), readings);
    QCOMPARE(result.readings.front().policy, u"p0"_s);
    QCOMPARE(result.readings.back().remaining, static_cast<double>(readings - 1));
    QCOMPARE(result.problems, problems);
}

void TestQuotaParser::resetRelativeToNow_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QDateTime>("expected");
    // RateLimit-Reset: 90 and Retry-After: 90 from the given instant, by hand.
    QTest::newRow("UTC") << QDateTime(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC)
                         << QDateTime(QDate(2025, 6, 1), QTime(12, 1, 30), Qt::UTC);
    QTest::newRow("across midnight") << QDateTime(QDate(2025, 12, 31), QTime(23, 59, 0), Qt::UTC)
                                     << QDateTime(QDate(2026, 1, 1), QTime(0, 0, 30), Qt::UTC);
    QTest::newRow("now given with +02:00 offset") << QDateTime(QDate(2025, 6, 1), QTime(14, 0), Qt::OffsetFromUTC, 7200)
                                                  << QDateTime(QDate(2025, 6, 1), QTime(12, 1, 30), Qt::UTC);
}

void TestQuotaParser::resetRelativeToNow()
{
    QFETCH(QDateTime, now);
    QFETCH(QDateTime, expected);
    const QuotaSignals ietf =
        QuotaParser::parse(response(200, {{"RateLimit-Remaining", "1"}, {"RateLimit-Reset", "90"}}), now);
    QCOMPARE(ietf.readings.size(), 1);
    QCOMPARE(ietf.readings.front().resetAt.value_or(QDateTime()), expected);
    QCOMPARE(ietf.readings.front().resetAt->timeSpec(), Qt::UTC);
    const QuotaSignals retry = QuotaParser::parse(response(429, {{"Retry-After", "90"}}), now);
    QCOMPARE(retry.readings.size(), 1);
    QCOMPARE(retry.readings.front().resetAt.value_or(QDateTime()), expected);
    // An HTTP-date is absolute: 90 s after `now` whatever offset `now` was given in.
    const QByteArray date = QLocale::c().toString(expected.toUTC(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s).toLatin1();
    QCOMPARE(QuotaParser::parse(response(429, {{"Retry-After", date}}), now).retryAfterSeconds.value_or(-1), 90.0);
}

// Bodies up to 1 MiB: a quota at the very end is still found, and a large unrelated body is skipped.
void TestQuotaParser::largeBodies()
{
    QByteArray padding;
    padding.reserve(1 << 20);
    padding += R"({"rows":[)";
    while (padding.size() < (1 << 20) - 200)
        padding += R"({"v":"0123456789abcdef"},)";
    padding += R"({"v":""}])";
    const QByteArray withQuota = padding + R"(,"propertyQuota":{"tokensPerDay":{"consumed":3,"remaining":100}}})";
    const QuotaSignals found = QuotaParser::parse(response(200, {}, withQuota), now());
    QCOMPARE(found.readings.size(), 1);
    QCOMPARE(found.readings.front().remaining, 100.0);
    QCOMPARE(found.readings.front().used.value_or(-1), 3.0);
    QVERIFY(QuotaParser::parse(response(200, {}, padding + "}"), now()) == QuotaSignals());
}

QTEST_GUILESS_MAIN(TestQuotaParser)
#include "tst_quotaparser.moc"
