// Webhook signing against values from outside this code base: the vendors' own published examples
// where they exist (Standard Webhooks, GitHub, Slack, RFC 4231 for the HMAC itself) and otherwise
// the openssl command line, each row saying how its value was obtained.

#include "webhooksignature.h"

#include <QTest>

using namespace gw;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(gw::WebhookScheme)
Q_DECLARE_METATYPE(std::optional<gw::WebhookScheme>)

namespace {

// The Standard Webhooks specification's worked example (standard-webhooks/spec, "Verifying").
const QByteArray StandardSecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
const QByteArray StandardId = "msg_p5jXN8AQM9LWM0D4loKWxJek";
constexpr qint64 StandardTimestamp = 1614265330;
const QByteArray StandardBody = R"({"test": 2432232314})";

// Slack's "Verifying requests from Slack" worked example (a slash command, form-encoded).
const QByteArray SlackSecret = "8f742231b10e8888abcd99yyyzzz85a5";
const QByteArray SlackBody =
    "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&"
    "channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&"
    "response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&"
    "trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";

const QByteArray StripeBody = R"({"id":"evt_1Ab2Cd3Ef4Gh5Ij6","object":"event","type":"payment_intent.succeeded"})";

} // namespace

class tst_WebhookSignature : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hmacSha256_data();
    void hmacSha256();
    void sign_data();
    void sign();
    void signatureCoversEveryByte_data();
    void signatureCoversEveryByte();
    void unusableSecrets_data();
    void unusableSecrets();
    void schemeNames_data();
    void schemeNames();
};

void tst_WebhookSignature::hmacSha256_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("expectedHex");

    // RFC 4231, test case 2.
    QTest::newRow("rfc 4231 case 2") << "Jefe"_ba
                                     << "what do ya want for nothing?"_ba
                                     << "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"_ba;
    // printf '' | openssl dgst -sha256 -hmac "It's a Secret to Everybody"
    QTest::newRow("empty message") << "It's a Secret to Everybody"_ba << QByteArray()
                                   << "66a0c074deaa0f489ead6537e0d32f9a344b90bbeda705b6ed45ecd3b413fb40"_ba;
}

void tst_WebhookSignature::hmacSha256()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, expectedHex);
    QCOMPARE(gw::hmacSha256(key, message).toHex(), expectedHex);
}

void tst_WebhookSignature::sign_data()
{
    QTest::addColumn<WebhookScheme>("scheme");
    QTest::addColumn<QList<QByteArray>>("secrets");
    QTest::addColumn<QByteArray>("id");
    QTest::addColumn<qint64>("timestamp");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<WebhookHeaders>("expected");

    // Published by Standard Webhooks.
    QTest::newRow("standard: spec example")
        << WebhookScheme::StandardWebhooks << QList<QByteArray>{StandardSecret} << StandardId << StandardTimestamp
        << StandardBody
        << WebhookHeaders{{"webhook-id", StandardId},
                          {"webhook-timestamp", "1614265330"},
                          {"webhook-signature", "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="}};
    // The same key without its prefix is the same key.
    QTest::newRow("standard: secret without whsec_")
        << WebhookScheme::StandardWebhooks << QList<QByteArray>{"MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"} << StandardId
        << StandardTimestamp << StandardBody
        << WebhookHeaders{{"webhook-id", StandardId},
                          {"webhook-timestamp", "1614265330"},
                          {"webhook-signature", "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="}};
    // Second signature: key = base64 of "gatewatch-rotation-key-2026";
    // printf '%s' 'msg_….1614265330.{"test": 2432232314}' | openssl dgst -sha256 -mac HMAC
    //   -macopt hexkey:$(printf '%s' gatewatch-rotation-key-2026 | xxd -p) -binary | openssl base64
    QTest::newRow("standard: two secrets, two signatures")
        << WebhookScheme::StandardWebhooks
        << QList<QByteArray>{StandardSecret, "whsec_Z2F0ZXdhdGNoLXJvdGF0aW9uLWtleS0yMDI2"} << StandardId
        << StandardTimestamp << StandardBody
        << WebhookHeaders{{"webhook-id", StandardId},
                          {"webhook-timestamp", "1614265330"},
                          {"webhook-signature", "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE= "
                                                "v1,VxLtLkN23f207IMHWOykdkL1j+VurFlwSQ1Z5R0HiP0="}};
    // Published by GitHub ("Validating webhook deliveries", testing the webhook payload validation).
    QTest::newRow("github: documented vector")
        << WebhookScheme::GitHub << QList<QByteArray>{"It's a Secret to Everybody"} << QByteArray() << qint64(0)
        << "Hello, World!"_ba
        << WebhookHeaders{
               {"X-Hub-Signature-256", "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17"}};
    // Published by Slack ("Verifying requests from Slack").
    QTest::newRow("slack: documented example")
        << WebhookScheme::Slack << QList<QByteArray>{SlackSecret} << QByteArray() << qint64(1531420618) << SlackBody
        << WebhookHeaders{{"X-Slack-Request-Timestamp", "1531420618"},
                          {"X-Slack-Signature", "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503"}};
    // printf '%s' 'v0:1767225600:{"type":"event_callback","event_id":"Ev08MFMKH6"}'
    //   | openssl dgst -sha256 -hmac 8f742231b10e8888abcd99yyyzzz85a5
    QTest::newRow("slack: events api json")
        << WebhookScheme::Slack << QList<QByteArray>{SlackSecret} << QByteArray() << qint64(1767225600)
        << R"({"type":"event_callback","event_id":"Ev08MFMKH6"})"_ba
        << WebhookHeaders{{"X-Slack-Request-Timestamp", "1767225600"},
                          {"X-Slack-Signature", "v0=8dbcf1d1f1f68806e4f6cab6a91b6f4325c5344c32ad998a614f8ec61b7516aa"}};
    // printf '%s' '{"id":820982911946154508,…}' | openssl dgst -sha256 -hmac shpss_… -binary | openssl base64
    QTest::newRow("shopify: base64 of the body's mac")
        << WebhookScheme::Shopify << QList<QByteArray>{"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"} << "b54557e4-0cd3"_ba
        << qint64(1767225600) << R"({"id":820982911946154508,"email":"jon@example.com","topic":"orders/create"})"_ba
        << WebhookHeaders{{"X-Shopify-Hmac-Sha256", "l8hvYi7g0MgAiRUj7Khm/elY0G0K2EhCbFzmbUOAvFQ="}};
    // printf '%s' '1492774577.{"id":"evt_…"…}' | openssl dgst -sha256 -hmac whsec_test_secret
    // (the whole whsec_ string is the key)
    QTest::newRow("stripe: whsec_ string is the key")
        << WebhookScheme::Stripe << QList<QByteArray>{"whsec_test_secret"} << QByteArray() << qint64(1492774577)
        << StripeBody
        << WebhookHeaders{{"Stripe-Signature",
                           "t=1492774577,v1=38067b0976540f4e40fa5ab82a17811d451babc47c5da464f636df6ac65dff1a"}};
    // The same with -hmac whsec_previous_secret for the second v1.
    QTest::newRow("stripe: rolling secrets, two v1")
        << WebhookScheme::Stripe << QList<QByteArray>{"whsec_test_secret", "whsec_previous_secret"} << QByteArray()
        << qint64(1492774577) << StripeBody
        << WebhookHeaders{{"Stripe-Signature", "t=1492774577,"
                                               "v1=38067b0976540f4e40fa5ab82a17811d451babc47c5da464f636df6ac65dff1a,"
                                               "v1=22ce2d12b5cb68b7095d728ff421c28190704f85fd27418d9afe5d14915ca940"}};
    // printf '%s' '1767225600.{"event":"message_created",…}' | openssl dgst -sha256 -hmac cw-webhook-8d2f61b0
    QTest::newRow("chatwoot: timestamp dot body")
        << WebhookScheme::Chatwoot << QList<QByteArray>{"cw-webhook-8d2f61b0"} << QByteArray() << qint64(1767225600)
        << R"({"event":"message_created","id":4711,"content":"Hello"})"_ba
        << WebhookHeaders{
               {"X-Chatwoot-Signature", "sha256=0f7bbd0ea3c5ff401f93c024b976f5105d45b331a339933aaebe410bdb114aaf"},
               {"X-Chatwoot-Timestamp", "1767225600"}};
    // One signature header has room for one signature: the first secret signs.
    QTest::newRow("github: first of two secrets")
        << WebhookScheme::GitHub << QList<QByteArray>{"It's a Secret to Everybody", "another"} << QByteArray()
        << qint64(0) << "Hello, World!"_ba
        << WebhookHeaders{
               {"X-Hub-Signature-256", "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17"}};
}

void tst_WebhookSignature::sign()
{
    QFETCH(WebhookScheme, scheme);
    QFETCH(QList<QByteArray>, secrets);
    QFETCH(QByteArray, id);
    QFETCH(qint64, timestamp);
    QFETCH(QByteArray, body);
    QFETCH(WebhookHeaders, expected);

    const auto headers = signWebhook(scheme, body, WebhookIdentity{id, timestamp}, secrets);
    QVERIFY2(headers.ok(), qPrintable(headers.ok() ? QString() : headers.error().message));
    QCOMPARE(*headers, expected);
}

void tst_WebhookSignature::signatureCoversEveryByte_data()
{
    QTest::addColumn<WebhookScheme>("scheme");
    QTest::addColumn<QByteArray>("secret");

    QTest::newRow("shopify") << WebhookScheme::Shopify << "shpss_x"_ba;
    QTest::newRow("stripe") << WebhookScheme::Stripe << "whsec_x"_ba;
    QTest::newRow("slack") << WebhookScheme::Slack << SlackSecret;
    QTest::newRow("github") << WebhookScheme::GitHub << "x"_ba;
    QTest::newRow("standard") << WebhookScheme::StandardWebhooks << StandardSecret;
    QTest::newRow("chatwoot") << WebhookScheme::Chatwoot << "x"_ba;
}

void tst_WebhookSignature::signatureCoversEveryByte()
{
    QFETCH(WebhookScheme, scheme);
    QFETCH(QByteArray, secret);
    const WebhookIdentity identity{"msg_1", 1767225600};
    const auto reference = signWebhook(scheme, "{\"a\":1}", identity, {secret});
    QVERIFY(reference.ok());
    // A changed body, timestamp or (where signed) id changes the signature.
    QVERIFY(*signWebhook(scheme, "{\"a\":2}", identity, {secret}) != *reference);
    QVERIFY(*signWebhook(scheme, "{\"a\":1} ", identity, {secret}) != *reference);
    const bool timed = scheme != WebhookScheme::Shopify && scheme != WebhookScheme::GitHub;
    QCOMPARE(*signWebhook(scheme, "{\"a\":1}", {"msg_1", 1767225601}, {secret}) != *reference, timed);
    QCOMPARE(*signWebhook(scheme, "{\"a\":1}", {"msg_2", 1767225600}, {secret}) != *reference,
             scheme == WebhookScheme::StandardWebhooks);
}

void tst_WebhookSignature::unusableSecrets_data()
{
    QTest::addColumn<WebhookScheme>("scheme");
    QTest::addColumn<QList<QByteArray>>("secrets");

    QTest::newRow("no secret") << WebhookScheme::GitHub << QList<QByteArray>{};
    QTest::newRow("empty secret") << WebhookScheme::Shopify << QList<QByteArray>{QByteArray()};
    QTest::newRow("standard: not base64") << WebhookScheme::StandardWebhooks << QList<QByteArray>{"whsec_not*base64!"};
    QTest::newRow("standard: nothing after whsec_") << WebhookScheme::StandardWebhooks << QList<QByteArray>{"whsec_"};
    QTest::newRow("standard: second secret broken")
        << WebhookScheme::StandardWebhooks << QList<QByteArray>{StandardSecret, "whsec_%%%"};
}

void tst_WebhookSignature::unusableSecrets()
{
    QFETCH(WebhookScheme, scheme);
    QFETCH(QList<QByteArray>, secrets);
    const auto headers = signWebhook(scheme, "{}", {"msg_1", 1767225600}, secrets);
    QVERIFY(!headers.ok());
    QVERIFY(!headers.error().message.isEmpty());
}

void tst_WebhookSignature::schemeNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<std::optional<WebhookScheme>>("scheme");
    QTest::addColumn<QString>("canonical");

    QTest::newRow("shopify") << u"shopify"_s << std::optional(WebhookScheme::Shopify) << u"shopify"_s;
    QTest::newRow("stripe") << u"stripe"_s << std::optional(WebhookScheme::Stripe) << u"stripe"_s;
    QTest::newRow("slack") << u"slack"_s << std::optional(WebhookScheme::Slack) << u"slack"_s;
    QTest::newRow("github") << u"github"_s << std::optional(WebhookScheme::GitHub) << u"github"_s;
    QTest::newRow("standard") << u"standard"_s << std::optional(WebhookScheme::StandardWebhooks) << u"standard"_s;
    QTest::newRow("svix is standard") << u"svix"_s << std::optional(WebhookScheme::StandardWebhooks) << u"standard"_s;
    QTest::newRow("standard-webhooks") << u"standard-webhooks"_s << std::optional(WebhookScheme::StandardWebhooks)
                                       << u"standard"_s;
    QTest::newRow("chatwoot") << u"chatwoot"_s << std::optional(WebhookScheme::Chatwoot) << u"chatwoot"_s;
    QTest::newRow("case and blanks") << u" GitHub "_s << std::optional(WebhookScheme::GitHub) << u"github"_s;
    QTest::newRow("unknown") << u"twilio"_s << std::optional<WebhookScheme>() << QString();
    QTest::newRow("empty") << QString() << std::optional<WebhookScheme>() << QString();
}

void tst_WebhookSignature::schemeNames()
{
    QFETCH(QString, name);
    QFETCH(std::optional<WebhookScheme>, scheme);
    QFETCH(QString, canonical);
    QCOMPARE(webhookSchemeFromName(name), scheme);
    if (scheme)
        QCOMPARE(webhookSchemeName(*scheme), canonical);
}

QTEST_GUILESS_MAIN(tst_WebhookSignature)
#include "tst_webhooksignature.moc"
