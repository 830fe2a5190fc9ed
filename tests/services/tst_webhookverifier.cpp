// Webhook verification against values from outside this code base. Every signature below is a
// vendor's published example or was computed with the openssl command line, as each constant
// says; none was produced by the code under test.

#include "webhookverifier.h"

#include <QTest>

using namespace gw;
using namespace Qt::StringLiterals;

namespace {

// ---- Shopify ----
// printf '%s' "$SHOPIFY_BODY" | openssl dgst -sha256 -hmac "$SECRET" -binary | base64
const QByteArray ShopifySecret = "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";
const QByteArray ShopifyOtherSecret = "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";
const QByteArray ShopifyBody = R"({"id":820982911946154508,"email":"jon@example.com","topic":"orders/create"})";
const QByteArray ShopifySignature = "l8hvYi7g0MgAiRUj7Khm/elY0G0K2EhCbFzmbUOAvFQ=";      // ShopifySecret
const QByteArray ShopifyOtherSignature = "aLSONKMkMx4X/o5DdJezcC0uVu3qRuv0Y6TAdIu3XIA="; // ShopifyOtherSecret
// The same MAC as hex (openssl dgst without -binary): valid base64 too, but 48 bytes once decoded.
const QByteArray ShopifyOtherHex = "68b48e34a324331e17fe8e437497b3702d2e56edea46ebf463a4c0748bb75c80";
// printf '%s\n' "$SHOPIFY_BODY" | openssl dgst -sha256 -hmac "$ShopifySecret" -binary | base64
const QByteArray ShopifyBodyNewlineSignature = "iEJ3EM5PLX9wHo8xpvtkBjbAu7ehwSGJP93ClVZZlRY=";
const QByteArray ShopifyEventId = "6f0ad1a2-5b3e-4c1d-9e8f-2a7b6c5d4e3f";

// ---- Stripe ----
// printf '%s' "1492774577.$STRIPE_BODY" | openssl dgst -sha256 -hmac whsec_test_secret (the whole whsec_ string)
const QByteArray StripeSecret = "whsec_test_secret";
const QByteArray StripeOtherSecret = "whsec_previous_secret";
const QByteArray StripeBody = R"({"id":"evt_1Ab2Cd3Ef4Gh5Ij6","object":"event","type":"payment_intent.succeeded"})";
constexpr qint64 StripeTime = 1492774577;
const QByteArray StripeMac = "38067b0976540f4e40fa5ab82a17811d451babc47c5da464f636df6ac65dff1a"; // StripeSecret
const QByteArray StripeOtherMac =
    "22ce2d12b5cb68b7095d728ff421c28190704f85fd27418d9afe5d14915ca940"; // StripeOtherSecret
// Stripe's documented example v0 (test-mode) signature, which is never checked.
const QByteArray StripeV0 = "6ffbb59b2300aae63f272406069a9788598b792a944a07aba816edb039989a39";

// ---- Slack ---- ("Verifying requests from Slack", published)
const QByteArray SlackSecret = "8f742231b10e8888abcd99yyyzzz85a5";
const QByteArray SlackBody =
    "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&"
    "channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&"
    "response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&"
    "trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
constexpr qint64 SlackTime = 1531420618;
const QByteArray SlackSignature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
// printf '%s' 'v0:1767225600:{"type":"event_callback","event_id":"Ev08MFMKH6"}' | openssl dgst -sha256 -hmac
// $SlackSecret
const QByteArray SlackEventBody = R"({"type":"event_callback","event_id":"Ev08MFMKH6"})";
const QByteArray SlackEventSignature = "v0=8dbcf1d1f1f68806e4f6cab6a91b6f4325c5344c32ad998a614f8ec61b7516aa";

// ---- GitHub ---- ("Validating webhook deliveries", published)
const QByteArray GitHubSecret = "It's a Secret to Everybody";
const QByteArray GitHubBody = "Hello, World!";
const QByteArray GitHubSignature = "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17";
// printf '%s' 'Hello, World!' | openssl dgst -sha256 -hmac new-secret-2026
const QByteArray GitHubNewSecret = "new-secret-2026";
const QByteArray GitHubNewSignature = "sha256=69f0f1b0fefdc239c52e5d04335eb45ea5abe7f726d06ac1fd1e16b6ebb481d5";
// printf '%s' 'Hello, World!' | openssl dgst -sha1 -hmac "It's a Secret to Everybody" (X-Hub-Signature's SHA-1)
const QByteArray GitHubSha1 = "01dc10d0c83e72ed246219cdd91669667fe2ca59";
const QByteArray GitHubDelivery = "72d3162e-cc78-11e3-81ab-4c9367dc0958";

// ---- Standard Webhooks ---- (the specification's worked example, published; checked with
// printf '%s' 'msg_p5jXN8AQM9LWM0D4loKWxJek.1614265330.{"test": 2432232314}' | openssl dgst -sha256 -mac HMAC
//   -macopt hexkey:$(printf '%s' MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw | base64 -d | xxd -p -c 256) -binary | base64)
const QByteArray StandardSecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
const QByteArray StandardId = "msg_p5jXN8AQM9LWM0D4loKWxJek";
constexpr qint64 StandardTime = 1614265330;
const QByteArray StandardBody = R"({"test": 2432232314})";
const QByteArray StandardSignature = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";
// The same with -macopt hexkey:$(printf '%s' gatewatch-rotation-key-2026 | xxd -p -c 256); the secret
// is whsec_ and the base64 of that key.
const QByteArray StandardNewSecret = "whsec_Z2F0ZXdhdGNoLXJvdGF0aW9uLWtleS0yMDI2";
const QByteArray StandardNewSignature = "v1,VxLtLkN23f207IMHWOykdkL1j+VurFlwSQ1Z5R0HiP0=";
// The same over the id msg_p5jXN8AQM9LWM0D4loKWxJel (last letter changed), with the specification's secret.
const QByteArray StandardOtherIdSignature = "v1,xOnOfmh7cTNeZuAyFHBgoVH1bPRRMs/X/Zkc9m6J3FQ=";
const QByteArray ZeroBase64 = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="; // 32 zero bytes

// ---- Chatwoot ----
// printf '%s' '1767225600.{"event":"message_created","id":4711,"content":"Hello"}' | openssl dgst -sha256 -hmac …
const QByteArray ChatwootSecret = "cw-webhook-8d2f61b0";
const QByteArray ChatwootUiSecret = "cw-webhook-shown-in-ui";
const QByteArray ChatwootBody = R"({"event":"message_created","id":4711,"content":"Hello"})";
constexpr qint64 ChatwootTime = 1767225600;
const QByteArray ChatwootSignature = "sha256=0f7bbd0ea3c5ff401f93c024b976f5105d45b331a339933aaebe410bdb114aaf";
const QByteArray ChatwootUiSignature = "sha256=39f9a82e3c6ed10fe9163ad5229c47752741b4cf5025673329d980c0ca75dc5a";

struct Delivery
{
    WebhookScheme scheme = WebhookScheme::GitHub;
    WebhookHeaders headers;
    QByteArray body;
    QList<QByteArray> secrets;
    qint64 now = 0;
    std::optional<qint64> tolerance; // nullopt: the scheme's own
    QString seenBefore;              // the one dedupe id the store knows
};

struct Expected
{
    WebhookVerdict verdict = WebhookVerdict::Valid;
    QString matchedSecret;
    QString expected; // the MAC as the header carries it
    std::optional<qint64> skew;
    QString messageContains;
};

QString text(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes);
}

Delivery shopify(WebhookHeaders headers, QList<QByteArray> secrets = {ShopifySecret}, QByteArray body = ShopifyBody)
{
    return {WebhookScheme::Shopify, std::move(headers), std::move(body), std::move(secrets), 1767225600, {}, {}};
}

Delivery stripe(const QByteArray &signature, qint64 now = StripeTime + 10, QList<QByteArray> secrets = {StripeSecret})
{
    return {WebhookScheme::Stripe, {{"Stripe-Signature", signature}}, StripeBody, std::move(secrets), now, {}, {}};
}

Delivery slack(qint64 now, WebhookHeaders headers = {{"X-Slack-Request-Timestamp", "1531420618"},
                                                     {"X-Slack-Signature", SlackSignature}})
{
    return {WebhookScheme::Slack, std::move(headers), SlackBody, {SlackSecret}, now, {}, {}};
}

Delivery github(WebhookHeaders headers, QList<QByteArray> secrets = {GitHubSecret})
{
    return {WebhookScheme::GitHub, std::move(headers), GitHubBody, std::move(secrets), 1767225600, {}, {}};
}

Delivery standard(const QByteArray &signature, qint64 now = StandardTime, QList<QByteArray> secrets = {StandardSecret})
{
    return {WebhookScheme::StandardWebhooks,
            {{"webhook-id", StandardId}, {"webhook-timestamp", "1614265330"}, {"webhook-signature", signature}},
            StandardBody,
            std::move(secrets),
            now,
            {},
            {}};
}

Delivery chatwoot(qint64 now, QList<QByteArray> secrets = {ChatwootSecret})
{
    return {WebhookScheme::Chatwoot,
            {{"X-Chatwoot-Signature", ChatwootSignature},
             {"X-Chatwoot-Timestamp", "1767225600"},
             {"X-Chatwoot-Delivery", "9f1c2b7e-delivery"}},
            ChatwootBody,
            std::move(secrets),
            now,
            {},
            {}};
}

Expected valid(const QByteArray &expected, std::optional<qint64> skew = {})
{
    return {WebhookVerdict::Valid, u"current"_s, text(expected), skew, u"matches the current secret"_s};
}

Expected previous(const QByteArray &expected, std::optional<qint64> skew = {})
{
    return {WebhookVerdict::ValidPreviousSecret, u"previous 1"_s, text(expected), skew,
            u"matches previous secret 1, not the current one"_s};
}

Expected bad(const QByteArray &expected, const QString &message, std::optional<qint64> skew = {})
{
    return {WebhookVerdict::BadSignature, QString(), text(expected), skew, message};
}

Expected malformed(const QString &message)
{
    return {WebhookVerdict::MalformedHeader, QString(), QString(), std::nullopt, message};
}

QByteArray repeated(const QByteArray &item, int count, char separator)
{
    QByteArrayList items;
    for (int i = 0; i < count; ++i)
        items.append(item);
    return items.join(separator);
}

} // namespace

Q_DECLARE_METATYPE(Delivery)
Q_DECLARE_METATYPE(Expected)
Q_DECLARE_METATYPE(gw::WebhookScheme)
Q_DECLARE_METATYPE(gw::WebhookVerdict)
Q_DECLARE_METATYPE(std::optional<qint64>)

class tst_WebhookVerifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verify_data();
    void verify();
    void headerAndReceived();
    void receivedIsElided();
    void receivedStaysOnOneLine();
    void schemeByName_data();
    void schemeByName();
    void dedupeId_data();
    void dedupeId();
    void storedHeaders();
    void parseHeader_data();
    void parseHeader();
    void timestamps_data();
    void timestamps();
    void verdictNames();
    void defaultTolerances();
};

void tst_WebhookVerifier::verify_data()
{
    QTest::addColumn<Delivery>("delivery");
    QTest::addColumn<Expected>("expected");

    // --- Shopify: base64, no timestamp
    QTest::newRow("shopify: valid") << shopify(
        {{"X-Shopify-Hmac-Sha256", ShopifySignature}, {"X-Shopify-Event-Id", ShopifyEventId}})
                                    << valid(ShopifySignature);
    QTest::newRow("shopify: header without the X- prefix (Events)")
        << shopify({{"Shopify-Hmac-Sha256", ShopifySignature}}) << valid(ShopifySignature);
    QTest::newRow("shopify: header names in any case")
        << shopify({{"x-shopify-hmac-sha256", ShopifySignature}}) << valid(ShopifySignature);
    QTest::newRow("shopify: blanks around the value")
        << shopify({{"X-Shopify-Hmac-Sha256", "  " + ShopifySignature + " "}}) << valid(ShopifySignature);
    QTest::newRow("shopify: rotated, signed with the previous secret")
        << shopify({{"X-Shopify-Hmac-Sha256", ShopifySignature}}, {ShopifyOtherSecret, ShopifySecret})
        << previous(ShopifySignature);
    QTest::newRow("shopify: another secret")
        << shopify({{"X-Shopify-Hmac-Sha256", ShopifySignature}}, {ShopifyOtherSecret})
        << bad(ShopifyOtherSignature,
               u"expected "_s + text(ShopifyOtherSignature) + u", received "_s + text(ShopifySignature));
    QTest::newRow("shopify: one more byte in the body")
        << shopify({{"X-Shopify-Hmac-Sha256", ShopifySignature}}, {ShopifySecret}, ShopifyBody + '\n')
        << bad(ShopifyBodyNewlineSignature, u"expected"_s);
    QTest::newRow("shopify: hex where base64 belongs")
        << shopify({{"X-Shopify-Hmac-Sha256", ShopifyOtherHex}}, {ShopifyOtherSecret})
        << bad(ShopifyOtherSignature, u"the received signature has 48 bytes; an HMAC-SHA256 has 32"_s);
    QTest::newRow("shopify: not base64") << shopify(
        {{"X-Shopify-Hmac-Sha256", "l8hvYi7g0MgA*RUj7Khm/elY0G0K2EhCbFzmbUOAvFQ="}})
                                         << malformed(u"X-Shopify-Hmac-Sha256: the signature is not base64"_s);
    QTest::newRow("shopify: empty") << shopify({{"X-Shopify-Hmac-Sha256", ""}})
                                    << malformed(u"the signature is not base64"_s);
    QTest::newRow("shopify: sent twice") << shopify(
        {{"X-Shopify-Hmac-Sha256", ShopifySignature}, {"x-shopify-hmac-sha256", ShopifySignature}})
                                         << malformed(u"X-Shopify-Hmac-Sha256 sent 2 times"_s);
    QTest::newRow("shopify: missing")
        << shopify({{"X-Shopify-Topic", "orders/create"}})
        << Expected{WebhookVerdict::MissingSignature, {}, {}, {}, u"no X-Shopify-Hmac-Sha256 header"_s};
    {
        Delivery duplicate =
            shopify({{"X-Shopify-Hmac-Sha256", ShopifySignature}, {"X-Shopify-Event-Id", ShopifyEventId}});
        duplicate.seenBefore = text(ShopifyEventId);
        QTest::newRow("shopify: event id seen before")
            << duplicate
            << Expected{WebhookVerdict::Duplicate, u"current"_s, text(ShopifySignature), {}, u"received before"_s};
        Delivery noTolerance = shopify({{"X-Shopify-Hmac-Sha256", ShopifySignature}});
        noTolerance.tolerance = 1;
        QTest::newRow("shopify: a tolerance means nothing without a signed timestamp")
            << noTolerance << valid(ShopifySignature);
    }

    // --- Stripe: t=, any v1, only old timestamps rejected
    const QByteArray t = "t=1492774577,";
    QTest::newRow("stripe: valid") << stripe(t + "v1=" + StripeMac) << valid("v1=" + StripeMac, 10);
    QTest::newRow("stripe: second v1 matches")
        << stripe(t + "v1=" + StripeOtherMac + ",v1=" + StripeMac) << valid("v1=" + StripeMac, 10);
    QTest::newRow("stripe: v0 ignored, t last")
        << stripe("v1=" + StripeMac + ",v0=" + StripeV0 + ",t=1492774577") << valid("v1=" + StripeMac, 10);
    QTest::newRow("stripe: upper-case hex") << stripe(t + "v1=" + StripeMac.toUpper()) << valid("v1=" + StripeMac, 10);
    QTest::newRow("stripe: rolled secret, signed with the previous one")
        << stripe(t + "v1=" + StripeMac, StripeTime, {StripeOtherSecret, StripeSecret})
        << previous("v1=" + StripeMac, 0);
    QTest::newRow("stripe: another secret")
        << stripe(t + "v1=" + StripeMac, StripeTime, {StripeOtherSecret})
        << bad("v1=" + StripeOtherMac,
               u"expected v1="_s + text(StripeOtherMac) + u", received t=1492774577,v1="_s + text(StripeMac), 0);
    QTest::newRow("stripe: exactly 300 s old")
        << stripe(t + "v1=" + StripeMac, StripeTime + 300) << valid("v1=" + StripeMac, 300);
    QTest::newRow("stripe: 301 s old")
        << stripe(t + "v1=" + StripeMac, StripeTime + 301)
        << Expected{WebhookVerdict::Stale, u"current"_s, text("v1=" + StripeMac), 301,
                    u"signed 301 s ago, more than the tolerance of 300 s; the signature matches"_s};
    QTest::newRow("stripe: stale and forged")
        << stripe(t + "v1=" + StripeOtherMac, StripeTime + 3600)
        << Expected{WebhookVerdict::Stale, {}, text("v1=" + StripeMac), 3600, u"does not match either"_s};
    QTest::newRow("stripe: ahead of the clock is accepted, as Stripe's libraries do")
        << stripe(t + "v1=" + StripeMac, StripeTime - 3600) << valid("v1=" + StripeMac, -3600);
    {
        Delivery narrow = stripe(t + "v1=" + StripeMac, StripeTime + 61);
        narrow.tolerance = 60;
        QTest::newRow("stripe: own tolerance, one second beyond")
            << narrow << Expected{WebhookVerdict::Stale, u"current"_s, text("v1=" + StripeMac), 61, u"60 s"_s};
        narrow.now = StripeTime + 60;
        QTest::newRow("stripe: own tolerance, at the edge") << narrow << valid("v1=" + StripeMac, 60);
    }
    QTest::newRow("stripe: no timestamp")
        << stripe("v1=" + StripeMac) << malformed(u"Stripe-Signature: no t= timestamp"_s);
    QTest::newRow("stripe: timestamp not a number")
        << stripe("t=yesterday,v1=" + StripeMac) << malformed(u"the t= timestamp is not Unix seconds"_s);
    QTest::newRow("stripe: two timestamps")
        << stripe(t + t + "v1=" + StripeMac) << malformed(u"more than one t= timestamp"_s);
    QTest::newRow("stripe: only v0") << stripe(t + "v0=" + StripeV0) << malformed(u"no v1 signature"_s);
    QTest::newRow("stripe: v1 not hex") << stripe(t + "v1=" + StripeMac.left(62) + "zz")
                                        << malformed(u"a v1 signature is not hex"_s);
    QTest::newRow("stripe: v1 of odd length")
        << stripe(t + "v1=" + StripeMac.left(63)) << malformed(u"a v1 signature is not hex"_s);
    QTest::newRow("stripe: v1 one byte short")
        << stripe(t + "v1=" + StripeMac.left(62))
        << bad("v1=" + StripeMac, u"the received signature has 31 bytes; an HMAC-SHA256 has 32"_s, 10);
    QTest::newRow("stripe: 32 signatures, the last one matching")
        << stripe(t + repeated("v1=" + StripeOtherMac, 31, ',') + ",v1=" + StripeMac) << valid("v1=" + StripeMac, 10);
    QTest::newRow("stripe: 33 signatures") << stripe(t + repeated("v1=" + StripeOtherMac, 32, ',') + ",v1=" + StripeMac)
                                           << malformed(u"more than 32 signatures"_s);
    QTest::newRow("stripe: header over 8 KiB") << stripe(t + "v1=" + StripeMac + ",x=" + QByteArray(8 * 1024, 'a'))
                                               << malformed(u"more than the 8192 a signature header may have"_s);

    // --- Slack: v0=, timestamp header, 5 minutes either way
    QTest::newRow("slack: published example") << slack(SlackTime) << valid(SlackSignature, 0);
    QTest::newRow("slack: exactly 5 minutes old") << slack(SlackTime + 300) << valid(SlackSignature, 300);
    QTest::newRow("slack: 5 minutes and a second old")
        << slack(SlackTime + 301)
        << Expected{WebhookVerdict::Stale, u"current"_s, text(SlackSignature), 301, u"signed 301 s ago"_s};
    QTest::newRow("slack: exactly 5 minutes ahead") << slack(SlackTime - 300) << valid(SlackSignature, -300);
    QTest::newRow("slack: 5 minutes and a second ahead")
        << slack(SlackTime - 301)
        << Expected{WebhookVerdict::Future, u"current"_s, text(SlackSignature), -301,
                    u"signed 301 s in the future, more than the tolerance of 300 s"_s};
    QTest::newRow("slack: upper-case hex")
        << slack(SlackTime, {{"X-Slack-Request-Timestamp", "1531420618"},
                             {"X-Slack-Signature", "v0=" + SlackSignature.mid(3).toUpper()}})
        << valid(SlackSignature, 0);
    QTest::newRow("slack: no timestamp header")
        << slack(SlackTime, {{"X-Slack-Signature", SlackSignature}})
        << malformed(u"no X-Slack-Request-Timestamp header, which the signature covers"_s);
    QTest::newRow("slack: fractional timestamp")
        << slack(SlackTime, {{"X-Slack-Request-Timestamp", "1531420618.5"}, {"X-Slack-Signature", SlackSignature}})
        << malformed(u"X-Slack-Request-Timestamp '1531420618.5' is not Unix seconds"_s);
    QTest::newRow("slack: another version") << slack(
        SlackTime, {{"X-Slack-Request-Timestamp", "1531420618"}, {"X-Slack-Signature", "v1=" + SlackSignature.mid(3)}})
                                            << malformed(u"expected \"v0=\""_s);

    // --- GitHub: sha256=, no timestamp
    QTest::newRow("github: published example")
        << github({{"X-Hub-Signature-256", GitHubSignature}, {"X-GitHub-Delivery", GitHubDelivery}})
        << valid(GitHubSignature);
    QTest::newRow("github: rotated, signed with the previous secret")
        << github({{"X-Hub-Signature-256", GitHubSignature}}, {GitHubNewSecret, GitHubSecret})
        << previous(GitHubSignature);
    QTest::newRow("github: second previous secret")
        << github({{"X-Hub-Signature-256", GitHubSignature}}, {GitHubNewSecret, "older", GitHubSecret})
        << Expected{
               WebhookVerdict::ValidPreviousSecret, u"previous 2"_s, text(GitHubSignature), {}, u"previous secret 2"_s};
    QTest::newRow("github: another secret") << github({{"X-Hub-Signature-256", GitHubSignature}}, {GitHubNewSecret})
                                            << bad(GitHubNewSignature, u"expected "_s + text(GitHubNewSignature)
                                                                           + u", received "_s + text(GitHubSignature));
    QTest::newRow("github: a SHA-1 signature in the SHA-256 header")
        << github({{"X-Hub-Signature-256", "sha256=" + GitHubSha1}}) << bad(GitHubSignature, u"has 20 bytes"_s);
    QTest::newRow("github: a one-byte signature")
        << github({{"X-Hub-Signature-256", "sha256=00"}})
        << bad(GitHubSignature, u"received sha256=00 (the received signature has 1 byte; an HMAC-SHA256 has 32)"_s);
    QTest::newRow("github: only the SHA-1 header")
        << github({{"X-Hub-Signature", "sha1=" + GitHubSha1}})
        << Expected{WebhookVerdict::MissingSignature, {}, {}, {}, u"no X-Hub-Signature-256 header"_s};
    QTest::newRow("github: upper-case hex")
        << github({{"X-Hub-Signature-256", "sha256=" + GitHubSignature.mid(7).toUpper()}}) << valid(GitHubSignature);
    QTest::newRow("github: no sha256= prefix")
        << github({{"X-Hub-Signature-256", GitHubSignature.mid(7)}}) << malformed(u"expected \"sha256=\""_s);
    QTest::newRow("github: no secret") << github({{"X-Hub-Signature-256", GitHubSignature}}, {})
                                       << Expected{WebhookVerdict::NoSecret, {}, {}, {}, u"no secret is configured"_s};
    QTest::newRow("github: empty secret, and no signature either")
        << github({}, {QByteArray()}) << Expected{WebhookVerdict::NoSecret, {}, {}, {}, u"no secret"_s};
    QTest::newRow("github: empty current secret, previous one matches")
        << github({{"X-Hub-Signature-256", GitHubSignature}}, {QByteArray(), GitHubSecret})
        << previous(GitHubSignature);
    {
        Delivery again = github({{"X-Hub-Signature-256", GitHubSignature}, {"X-GitHub-Delivery", GitHubDelivery}});
        again.seenBefore = text(GitHubDelivery);
        QTest::newRow("github: delivery seen before")
            << again
            << Expected{WebhookVerdict::Duplicate, u"current"_s, text(GitHubSignature), {}, text(GitHubDelivery)};
        again.headers.first().second = GitHubNewSignature;
        QTest::newRow("github: forged copy of a delivery seen before") << again << bad(GitHubSignature, u"expected"_s);
    }

    // --- Standard Webhooks: "v1,<b64>" list, id.ts.body, ±5 minutes
    QTest::newRow("standard: specification example") << standard(StandardSignature) << valid(StandardSignature, 0);
    {
        Delivery svix = standard(StandardSignature);
        svix.headers = {
            {"svix-id", StandardId}, {"svix-timestamp", "1614265330"}, {"svix-signature", StandardSignature}};
        QTest::newRow("standard: svix-* headers") << svix << valid(StandardSignature, 0);
    }
    QTest::newRow("standard: several signatures, space-separated")
        << standard("v1," + ZeroBase64 + "  " + StandardSignature) << valid(StandardSignature, 0);
    QTest::newRow("standard: unknown versions ignored")
        << standard("v1a,hnO3f9T8Ytu9HwrXslvumlUpqtNVqkhqw/enGzPCXe5BdqzCInXqYXFymVJaA7AZdpXwVLPo3mNl8EM+m7TBAg== "
                    "v2,abc "
                    + StandardSignature)
        << valid(StandardSignature, 0);
    QTest::newRow("standard: only a v1a signature")
        << standard("v1a,hnO3f9T8Ytu9HwrXslvumlUpqtNVqkhqw/enGzPCXe5BdqzCInXqYXFymVJaA7AZdpXwVLPo3mNl8EM+m7TBAg==")
        << malformed(u"no v1 signature (other versions, such as v1a, are not checked)"_s);
    QTest::newRow("standard: rotated, signed with the previous secret")
        << standard(StandardSignature, StandardTime, {StandardNewSecret, StandardSecret})
        << previous(StandardSignature, 0);
    QTest::newRow("standard: during a rotation, signed with both")
        << standard(StandardSignature + " " + StandardNewSignature, StandardTime, {StandardNewSecret, StandardSecret})
        << valid(StandardNewSignature, 0);
    QTest::newRow("standard: another secret")
        << standard(StandardSignature, StandardTime, {StandardNewSecret})
        << bad(StandardNewSignature, u"expected "_s + text(StandardNewSignature), 0);
    QTest::newRow("standard: exactly 5 minutes old")
        << standard(StandardSignature, StandardTime + 300) << valid(StandardSignature, 300);
    QTest::newRow("standard: 5 minutes and a second old")
        << standard(StandardSignature, StandardTime + 301)
        << Expected{WebhookVerdict::Stale, u"current"_s, text(StandardSignature), 301, u"signed 301 s ago"_s};
    QTest::newRow("standard: exactly 5 minutes ahead")
        << standard(StandardSignature, StandardTime - 300) << valid(StandardSignature, -300);
    QTest::newRow("standard: 5 minutes and a second ahead")
        << standard(StandardSignature, StandardTime - 301)
        << Expected{WebhookVerdict::Future, u"current"_s, text(StandardSignature), -301, u"in the future"_s};
    {
        Delivery exact = standard(StandardSignature, StandardTime + 1);
        exact.tolerance = 0;
        QTest::newRow("standard: tolerance 0, a second off")
            << exact
            << Expected{WebhookVerdict::Stale, u"current"_s, text(StandardSignature), 1, u"tolerance of 0 s"_s};
        Delivery noId = standard(StandardSignature);
        noId.headers.removeFirst();
        QTest::newRow("standard: no webhook-id")
            << noId << malformed(u"no webhook-id header, which the signature covers"_s);
        Delivery noTime = standard(StandardSignature);
        noTime.headers.removeAt(1);
        QTest::newRow("standard: no webhook-timestamp")
            << noTime << malformed(u"no webhook-timestamp header, which the signature covers"_s);
        Delivery otherId = standard(StandardSignature);
        otherId.headers.first().second = "msg_p5jXN8AQM9LWM0D4loKWxJel";
        QTest::newRow("standard: the id is signed too") << otherId << bad(StandardOtherIdSignature, u"expected"_s, 0);
    }
    QTest::newRow("standard: no version") << standard(ZeroBase64) << malformed(u"expected version,signature"_s);
    QTest::newRow("standard: v1 not base64")
        << standard("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE!") << malformed(u"a v1 signature is not base64"_s);
    QTest::newRow("standard: blank") << standard("   ") << malformed(u"webhook-signature: no signature"_s);
    QTest::newRow("standard: 33 signatures")
        << standard(repeated("v1," + ZeroBase64, 32, ' ') + ' ' + StandardSignature)
        << malformed(u"more than 32 signatures"_s);
    QTest::newRow("standard: secret that is not base64")
        << standard(StandardSignature, StandardTime, {"whsec_not*base64!"})
        << Expected{WebhookVerdict::NoSecret, {}, {}, {}, u"no usable secret (the current secret: "_s};

    // --- Chatwoot: sha256= over "ts." + body; a mismatch may be their bug, not a forgery
    QTest::newRow("chatwoot: valid") << chatwoot(ChatwootTime) << valid(ChatwootSignature, 0);
    QTest::newRow("chatwoot: secret from the settings page differs (upstream bug #13809)")
        << chatwoot(ChatwootTime, {ChatwootUiSecret})
        << bad(ChatwootUiSignature, u"possibly a misconfigured secret rather than a forgery"_s, 0);
    {
        Delivery unsigned_ = chatwoot(ChatwootTime);
        unsigned_.headers.removeFirst();
        QTest::newRow("chatwoot: unsigned (before 4.11)")
            << unsigned_
            << Expected{
                   WebhookVerdict::MissingSignature, {}, {}, {}, u"Chatwoot signs webhooks from version 4.11 on"_s};
    }
    QTest::newRow("chatwoot: 5 minutes and a second old")
        << chatwoot(ChatwootTime + 301)
        << Expected{WebhookVerdict::Stale, u"current"_s, text(ChatwootSignature), 301, u"signed 301 s ago"_s};
    QTest::newRow("chatwoot: 5 minutes and a second ahead")
        << chatwoot(ChatwootTime - 301)
        << Expected{WebhookVerdict::Future, u"current"_s, text(ChatwootSignature), -301, u"in the future"_s};
}

void tst_WebhookVerifier::verify()
{
    QFETCH(Delivery, delivery);
    QFETCH(Expected, expected);

    const QString seen = delivery.seenBefore;
    int lookups = 0;
    const WebhookVerification result =
        verifyWebhook(delivery.scheme, delivery.headers, delivery.body, delivery.secrets, delivery.now,
                      delivery.tolerance, [&seen, &lookups](const QString &id) {
                          ++lookups;
                          return id == seen;
                      });
    QVERIFY2(result.message.contains(expected.messageContains),
             qPrintable(machineName(result.verdict) + u": "_s + result.message));
    QCOMPARE(machineName(result.verdict), machineName(expected.verdict));
    QCOMPARE(result.matchedSecret, expected.matchedSecret);
    QCOMPARE(result.expected, expected.expected);
    QCOMPARE(result.skewSeconds, expected.skew);
    QCOMPARE(result.scheme, webhookSchemeName(delivery.scheme));
    QVERIFY(!result.message.contains(u'\n'));
    // Never a secret, only MACs and which secret matched.
    for (const QByteArray &secret : std::as_const(delivery.secrets)) {
        if (!secret.isEmpty())
            QVERIFY(!result.message.contains(QString::fromLatin1(secret)));
    }
    // The store is asked only about deliveries that are otherwise valid and carry an id.
    QCOMPARE(lookups > 0, (isAuthentic(expected.verdict) || expected.verdict == WebhookVerdict::Duplicate)
                              && !result.dedupeId.isEmpty());
}

void tst_WebhookVerifier::headerAndReceived()
{
    // The header as it was spelled on the wire, and its value as received.
    const WebhookVerification svix = verifyWebhook(WebhookScheme::StandardWebhooks,
                                                   WebhookHeaders{{"Svix-Id", StandardId},
                                                                  {"Svix-Timestamp", "1614265330"},
                                                                  {"Svix-Signature", StandardSignature}},
                                                   StandardBody, {StandardSecret}, StandardTime);
    QCOMPARE(svix.verdict, WebhookVerdict::Valid);
    QCOMPARE(svix.header, u"Svix-Signature"_s);
    QCOMPARE(svix.received, text(StandardSignature));
    QCOMPARE(svix.dedupeId, text(StandardId));

    const WebhookVerification missing =
        verifyWebhook(WebhookScheme::Stripe, WebhookHeaders{}, StripeBody, {StripeSecret}, StripeTime);
    QCOMPARE(missing.verdict, WebhookVerdict::MissingSignature);
    QCOMPARE(missing.header, u"Stripe-Signature"_s);
    QVERIFY(missing.received.isEmpty());
    QVERIFY(missing.expected.isEmpty());
    QVERIFY(!missing.skewSeconds);
    QCOMPARE(missing.dedupeId, u"evt_1Ab2Cd3Ef4Gh5Ij6"_s);
}

void tst_WebhookVerifier::receivedIsElided()
{
    const QByteArray huge = "t=1492774577,v1=" + StripeMac + ",x=" + QByteArray(20'000, 'a');
    const WebhookVerification result = verifyWebhook(WebhookScheme::Stripe, WebhookHeaders{{"Stripe-Signature", huge}},
                                                     StripeBody, {StripeSecret}, StripeTime);
    QCOMPARE(result.verdict, WebhookVerdict::MalformedHeader);
    QCOMPARE(result.received.size(), 256);
    QVERIFY(result.received.startsWith(u"t=1492774577,v1="_s));
    QVERIFY(result.received.endsWith(u'…'));
}

void tst_WebhookVerifier::receivedStaysOnOneLine()
{
    // A line break in a header value (found by fuzzing) must not break the one-line report.
    const WebhookVerification result =
        verifyWebhook(WebhookScheme::GitHub, WebhookHeaders{{"X-Hub-Signature-256", "sha256=00\nforged: yes\t\r"}},
                      GitHubBody, {GitHubSecret}, 0);
    QCOMPARE(result.verdict, WebhookVerdict::MalformedHeader);
    QCOMPARE(result.received, u"sha256=00\uFFFDforged: yes"_s);
    const WebhookVerification bad =
        verifyWebhook(WebhookScheme::StandardWebhooks,
                      WebhookHeaders{{"webhook-id", StandardId},
                                     {"webhook-timestamp", "1614265330"},
                                     {"webhook-signature", "v1," + ZeroBase64 + " v2,\x01\x7f"}},
                      StandardBody, {StandardSecret}, StandardTime);
    QCOMPARE(bad.verdict, WebhookVerdict::BadSignature);
    const WebhookVerification again = verifyWebhook(
        WebhookScheme::GitHub,
        WebhookHeaders{{"X-Hub-Signature-256", GitHubSignature}, {"X-GitHub-Delivery", "72d3162e\nvalid"}}, GitHubBody,
        {GitHubSecret}, 0, std::nullopt, [](const QString &) { return true; });
    QCOMPARE(again.verdict, WebhookVerdict::Duplicate);
    QCOMPARE(again.dedupeId, u"72d3162e\nvalid"_s); // the id as sent, to look up
    QCOMPARE(again.message, u"72d3162e\uFFFDvalid was received before"_s);
    QVERIFY2(bad.message.endsWith(u"received v1,"_s + text(ZeroBase64) + u" v2,\uFFFD\uFFFD"_s),
             qPrintable(bad.message));
}

void tst_WebhookVerifier::schemeByName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<WebhookVerdict>("verdict");

    QTest::newRow("svix is standard") << u"svix"_s << WebhookVerdict::Valid;
    QTest::newRow("standard-webhooks") << u"Standard-Webhooks"_s << WebhookVerdict::Valid;
    QTest::newRow("unknown") << u"twilio"_s << WebhookVerdict::UnknownScheme;
    QTest::newRow("empty") << QString() << WebhookVerdict::UnknownScheme;
}

void tst_WebhookVerifier::schemeByName()
{
    QFETCH(QString, name);
    QFETCH(WebhookVerdict, verdict);
    const WebhookHeaders headers{
        {"webhook-id", StandardId}, {"webhook-timestamp", "1614265330"}, {"webhook-signature", StandardSignature}};
    // Unknown scheme comes first: even without a secret.
    const QList<QByteArray> secrets =
        verdict == WebhookVerdict::UnknownScheme ? QList<QByteArray>{} : QList<QByteArray>{StandardSecret};
    const WebhookVerification result = verifyWebhook(name, headers, StandardBody, secrets, StandardTime);
    QCOMPARE(result.verdict, verdict);
    if (verdict == WebhookVerdict::UnknownScheme) {
        QCOMPARE(result.scheme, name);
        QVERIFY(result.message.contains(u"unknown scheme '%1'"_s.arg(name)));
    } else {
        QCOMPARE(result.scheme, u"standard"_s);
    }
}

void tst_WebhookVerifier::dedupeId_data()
{
    QTest::addColumn<WebhookScheme>("scheme");
    QTest::addColumn<WebhookHeaders>("headers");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("id");

    QTest::newRow("shopify event id") << WebhookScheme::Shopify
                                      << WebhookHeaders{{"X-Shopify-Webhook-Id", "per-delivery"},
                                                        {"X-Shopify-Event-Id", ShopifyEventId}}
                                      << ShopifyBody << text(ShopifyEventId);
    QTest::newRow("shopify event id without X-")
        << WebhookScheme::Shopify << WebhookHeaders{{"shopify-event-id", ShopifyEventId}} << ShopifyBody
        << text(ShopifyEventId);
    QTest::newRow("shopify without event id")
        << WebhookScheme::Shopify << WebhookHeaders{{"X-Shopify-Webhook-Id", "per-delivery"}} << ShopifyBody
        << QString();
    QTest::newRow("github delivery") << WebhookScheme::GitHub << WebhookHeaders{{"X-GitHub-Delivery", GitHubDelivery}}
                                     << QByteArray() << text(GitHubDelivery);
    QTest::newRow("webhook-id") << WebhookScheme::StandardWebhooks << WebhookHeaders{{"webhook-id", StandardId}}
                                << QByteArray() << text(StandardId);
    QTest::newRow("svix-id") << WebhookScheme::StandardWebhooks << WebhookHeaders{{"svix-id", StandardId}}
                             << QByteArray() << text(StandardId);
    QTest::newRow("svix-id beside a svix signature")
        << WebhookScheme::StandardWebhooks
        << WebhookHeaders{{"webhook-id", "msg_other"}, {"svix-id", StandardId}, {"svix-signature", StandardSignature}}
        << QByteArray() << text(StandardId);
    QTest::newRow("chatwoot delivery") << WebhookScheme::Chatwoot
                                       << WebhookHeaders{{"X-Chatwoot-Delivery", "9f1c2b7e-delivery"}} << ChatwootBody
                                       << u"9f1c2b7e-delivery"_s;
    QTest::newRow("stripe event id from the body")
        << WebhookScheme::Stripe << WebhookHeaders{} << StripeBody << u"evt_1Ab2Cd3Ef4Gh5Ij6"_s;
    QTest::newRow("slack event_id from the body")
        << WebhookScheme::Slack << WebhookHeaders{} << SlackEventBody << u"Ev08MFMKH6"_s;
    QTest::newRow("slack command, form-encoded") << WebhookScheme::Slack << WebhookHeaders{} << SlackBody << QString();
    QTest::newRow("stripe body not json") << WebhookScheme::Stripe << WebhookHeaders{} << "{id: 1"_ba << QString();
}

void tst_WebhookVerifier::dedupeId()
{
    QFETCH(WebhookScheme, scheme);
    QFETCH(WebhookHeaders, headers);
    QFETCH(QByteArray, body);
    QFETCH(QString, id);
    QCOMPARE(webhookDedupeId(scheme, headers, body), id);
}

void tst_WebhookVerifier::storedHeaders()
{
    // A delivery from the gateway's feed keeps its headers as text.
    const HeaderPairs stored{{u"X-Slack-Request-Timestamp"_s, u"1767225600"_s},
                             {u"X-Slack-Signature"_s, text(SlackEventSignature)}};
    const WebhookVerification result =
        verifyWebhook(WebhookScheme::Slack, toWebhookHeaders(stored), SlackEventBody, {SlackSecret}, 1767225600);
    QCOMPARE(result.verdict, WebhookVerdict::Valid);
    QCOMPARE(result.dedupeId, u"Ev08MFMKH6"_s);
    QCOMPARE(result.expected, text(SlackEventSignature));
}

void tst_WebhookVerifier::parseHeader_data()
{
    QTest::addColumn<WebhookScheme>("scheme");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("macs");
    QTest::addColumn<std::optional<qint64>>("timestamp");
    QTest::addColumn<int>("errorAt"); // -1: parses

    QTest::newRow("stripe, two v1 and a v0")
        << WebhookScheme::Stripe << "t=1492774577,v1=" + StripeMac + ",v1=" + StripeOtherMac + ",v0=" + StripeV0 << 2
        << std::optional<qint64>(StripeTime) << -1;
    QTest::newRow("stripe, blanks around items")
        << WebhookScheme::Stripe << "t=1492774577, v1=" + StripeMac << 1 << std::optional<qint64>(StripeTime) << -1;
    QTest::newRow("stripe, bad hex is pointed at")
        << WebhookScheme::Stripe << "t=1,v1=xy"_ba << 0 << std::optional<qint64>() << 7;
    QTest::newRow("standard, three of which two v1")
        << WebhookScheme::StandardWebhooks << StandardSignature + " v1a,AAAA " + StandardNewSignature << 2
        << std::optional<qint64>() << -1;
    QTest::newRow("standard, bad base64 is pointed at")
        << WebhookScheme::StandardWebhooks << "v1,AAAA v1,%%%%"_ba << 0 << std::optional<qint64>() << 11;
    QTest::newRow("github") << WebhookScheme::GitHub << GitHubSignature << 1 << std::optional<qint64>() << -1;
    QTest::newRow("github, prefix in capitals")
        << WebhookScheme::GitHub << "SHA256=" + GitHubSignature.mid(7) << 1 << std::optional<qint64>() << -1;
    QTest::newRow("slack, bad hex after the prefix")
        << WebhookScheme::Slack << "v0=not-hex"_ba << 0 << std::optional<qint64>() << 3;
    QTest::newRow("shopify") << WebhookScheme::Shopify << ShopifySignature << 1 << std::optional<qint64>() << -1;
    QTest::newRow("one byte over the limit")
        << WebhookScheme::Shopify << QByteArray(WebhookSignatureHeaderMaxBytes + 1, 'A') << 0 << std::optional<qint64>()
        << int(WebhookSignatureHeaderMaxBytes);
}

void tst_WebhookVerifier::parseHeader()
{
    QFETCH(WebhookScheme, scheme);
    QFETCH(QByteArray, value);
    QFETCH(int, macs);
    QFETCH(std::optional<qint64>, timestamp);
    QFETCH(int, errorAt);

    const Result<WebhookSignatureHeader> parsed = parseWebhookSignatureHeader(scheme, value);
    if (errorAt >= 0) {
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().position, qsizetype(errorAt));
        return;
    }
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message));
    QCOMPARE(parsed->macs.size(), macs);
    for (const QByteArray &mac : parsed->macs)
        QCOMPARE(mac.size(), 32);
    QCOMPARE(parsed->timestamp, timestamp);
}

void tst_WebhookVerifier::timestamps_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<std::optional<qint64>>("seconds");

    QTest::newRow("plain") << "1767225600"_ba << std::optional<qint64>(1767225600);
    QTest::newRow("blanks") << " 0 "_ba << std::optional<qint64>(0);
    QTest::newRow("twelve digits") << "999999999999"_ba << std::optional<qint64>(999999999999);
    QTest::newRow("thirteen digits (milliseconds)") << "1767225600000"_ba << std::optional<qint64>();
    QTest::newRow("sign") << "+1767225600"_ba << std::optional<qint64>();
    QTest::newRow("negative") << "-1"_ba << std::optional<qint64>();
    QTest::newRow("fraction") << "1767225600.5"_ba << std::optional<qint64>();
    QTest::newRow("empty") << QByteArray() << std::optional<qint64>();
}

void tst_WebhookVerifier::timestamps()
{
    QFETCH(QByteArray, text);
    QFETCH(std::optional<qint64>, seconds);
    QCOMPARE(parseWebhookTimestamp(text), seconds);
}

void tst_WebhookVerifier::verdictNames()
{
    const QStringList names{u"valid"_s,
                            u"valid-previous-secret"_s,
                            u"bad-signature"_s,
                            u"missing-signature"_s,
                            u"malformed-header"_s,
                            u"stale"_s,
                            u"future"_s,
                            u"duplicate"_s,
                            u"unknown-scheme"_s,
                            u"no-secret"_s};
    for (const QString &name : names) {
        const std::optional<WebhookVerdict> verdict = webhookVerdictFromName(name);
        QVERIFY2(verdict, qPrintable(name));
        QCOMPARE(machineName(*verdict), name);
    }
    QVERIFY(!webhookVerdictFromName(u"Valid"));
    QVERIFY(isAuthentic(WebhookVerdict::Valid));
    QVERIFY(isAuthentic(WebhookVerdict::ValidPreviousSecret));
    QVERIFY(!isAuthentic(WebhookVerdict::Duplicate));
}

void tst_WebhookVerifier::defaultTolerances()
{
    QCOMPARE(webhookDefaultToleranceSecs(WebhookScheme::Stripe), std::optional<qint64>(300));
    QCOMPARE(webhookDefaultToleranceSecs(WebhookScheme::Slack), std::optional<qint64>(300));
    QCOMPARE(webhookDefaultToleranceSecs(WebhookScheme::StandardWebhooks), std::optional<qint64>(300));
    QCOMPARE(webhookDefaultToleranceSecs(WebhookScheme::Chatwoot), std::optional<qint64>(300));
    QCOMPARE(webhookDefaultToleranceSecs(WebhookScheme::Shopify), std::optional<qint64>());
    QCOMPARE(webhookDefaultToleranceSecs(WebhookScheme::GitHub), std::optional<qint64>());
}

QTEST_GUILESS_MAIN(tst_WebhookVerifier)
#include "tst_webhookverifier.moc"
