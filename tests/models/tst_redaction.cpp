#include "redaction.h"

#include <QTest>

using namespace gw;
using namespace Qt::StringLiterals;

namespace {

// JSON written with ' for " (moc cannot read raw string literals whose quotes do not pair up).
QString json(const char *text)
{
    return QString::fromUtf8(QByteArray(text).replace('\'', '"'));
}

} // namespace

class tst_Redaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void credentialNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("credential");

        QTest::newRow("Authorization") << u"Authorization"_s << true;
        QTest::newRow("authorization, lower case") << u"authorization"_s << true;
        QTest::newRow("Proxy-Authorization") << u"Proxy-Authorization"_s << true;
        QTest::newRow("Cookie") << u"Cookie"_s << true;
        QTest::newRow("Set-Cookie") << u"SET-COOKIE"_s << true;
        QTest::newRow("X-Shopify-Access-Token") << u"X-Shopify-Access-Token"_s << true;
        QTest::newRow("api_access_token (Chatwoot)") << u"api_access_token"_s << true;
        QTest::newRow("X-Api-Key") << u"x-api-key"_s << true;
        QTest::newRow("contains token") << u"X-Auth-Token"_s << true;
        QTest::newRow("contains secret") << u"client_secret"_s << true;
        QTest::newRow("contains key") << u"apiKey"_s << true;
        QTest::newRow("contains signature") << u"X-Amz-Signature"_s << true;
        QTest::newRow("contains password") << u"DB_PASSWORD"_s << true;
        QTest::newRow("Accept") << u"Accept"_s << false;
        QTest::newRow("X-Request-Id") << u"X-Request-Id"_s << false;
        QTest::newRow("Content-Type") << u"Content-Type"_s << false;
        QTest::newRow("X-Shopify-Hmac-Sha256 is not a credential") << u"X-Shopify-Hmac-Sha256"_s << false;
    }

    void credentialNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, credential);
        QCOMPARE(Redactor::isCredentialName(name), credential);
    }

    void headerValue_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("keepSignatures");
        QTest::addColumn<QString>("expected");

        QTest::newRow("Authorization") << u"Authorization"_s << u"Bearer abc.def"_s << false
                                       << u"[redacted: Authorization header]"_s;
        QTest::newRow("name as sent") << u"authorization"_s << u"Basic dTpw"_s << false
                                      << u"[redacted: authorization header]"_s;
        QTest::newRow("Cookie") << u"Cookie"_s << u"session=1234"_s << false << u"[redacted: Cookie header]"_s;
        QTest::newRow("Set-Cookie") << u"Set-Cookie"_s << u"sid=9; HttpOnly"_s << false
                                    << u"[redacted: Set-Cookie header]"_s;
        QTest::newRow("X-Shopify-Access-Token") << u"X-Shopify-Access-Token"_s << u"shpat_0123456789"_s << false
                                                << u"[redacted: X-Shopify-Access-Token header]"_s;
        QTest::newRow("api_access_token")
            << u"api_access_token"_s << u"cw-1234"_s << false << u"[redacted: api_access_token header]"_s;
        QTest::newRow("X-Api-Key") << u"X-Api-Key"_s << u"k-1"_s << false << u"[redacted: X-Api-Key header]"_s;
        QTest::newRow("any name with password")
            << u"X-Db-Password"_s << u"hunter2"_s << false << u"[redacted: X-Db-Password header]"_s;
        QTest::newRow("Bearer under another name")
            << u"X-Upstream-Auth"_s << u"Bearer eyJhbGciOi"_s << false << u"[redacted: X-Upstream-Auth header]"_s;
        QTest::newRow("ordinary header kept") << u"Accept"_s << u"application/json"_s << false << u"application/json"_s;
        QTest::newRow("URL value loses its user-info")
            << u"Location"_s << u"https://bob:pw@example.com/next?page=2"_s << false
            << u"https://[redacted: user-info]@example.com/next?page=2"_s;
        QTest::newRow("empty credential stays empty") << u"Authorization"_s << QString() << false << QString();

        // Webhook signatures: MACs, kept on deliveries so they can be verified.
        QTest::newRow("Stripe-Signature on a delivery")
            << u"Stripe-Signature"_s
            << u"t=1492774577,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd"_s << true
            << u"t=1492774577,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd"_s;
        QTest::newRow("Stripe-Signature elsewhere")
            << u"Stripe-Signature"_s << u"t=1,v1=ab"_s << false << u"[redacted: Stripe-Signature header]"_s;
        QTest::newRow("X-Hub-Signature-256") << u"X-Hub-Signature-256"_s << u"sha256=757107ea0eb2509fc211221cce984b8a"_s
                                             << true << u"sha256=757107ea0eb2509fc211221cce984b8a"_s;
        QTest::newRow("X-Slack-Signature") << u"x-slack-signature"_s << u"v0=a2114d57b48eac39b9ad189dd8316235"_s << true
                                           << u"v0=a2114d57b48eac39b9ad189dd8316235"_s;
        QTest::newRow("webhook-signature") << u"webhook-signature"_s << u"v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN"_s
                                           << true << u"v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN"_s;
        QTest::newRow("svix-signature") << u"svix-signature"_s << u"v1,g0hM9SsE+OTPJTGt"_s << true
                                        << u"v1,g0hM9SsE+OTPJTGt"_s;
        QTest::newRow("X-Chatwoot-Signature")
            << u"X-Chatwoot-Signature"_s << u"sha256=0f1e2d"_s << true << u"sha256=0f1e2d"_s;
        QTest::newRow("X-Shopify-Hmac-Sha256") << u"X-Shopify-Hmac-Sha256"_s << u"XWmrwMey6OsLMeiZKwP4FppHH3cmAiiJ"_s
                                               << true << u"XWmrwMey6OsLMeiZKwP4FppHH3cmAiiJ"_s;
        QTest::newRow("other credentials on a delivery still go")
            << u"X-Webhook-Token"_s << u"wt-0001"_s << true << u"[redacted: X-Webhook-Token header]"_s;
    }

    void headerValue()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(bool, keepSignatures);
        QFETCH(QString, expected);
        QCOMPARE(Redactor().headerValue(name, value, keepSignatures), expected);
    }

    void url_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QStringList>("secrets");
        QTest::addColumn<QString>("expected");

        QTest::newRow("nothing to redact") << u"https://api.example.com/v1/orders?limit=50#top"_s << QStringList()
                                           << u"https://api.example.com/v1/orders?limit=50#top"_s;
        QTest::newRow("user and password") << u"https://bob:s3cret@example.com:8443/x"_s << QStringList()
                                           << u"https://[redacted: user-info]@example.com:8443/x"_s;
        QTest::newRow("user only") << u"ftp://token123@files.example.com/"_s << QStringList()
                                   << u"ftp://[redacted: user-info]@files.example.com/"_s;
        QTest::newRow("@ in the path is not user-info")
            << u"https://example.com/users/@me?x=1"_s << QStringList() << u"https://example.com/users/@me?x=1"_s;
        QTest::newRow("access_token parameter")
            << u"https://h.example/p?limit=5&access_token=abc&x=1"_s << QStringList()
            << u"https://h.example/p?limit=5&access_token=[redacted: access_token parameter]&x=1"_s;
        QTest::newRow("parameter names case-insensitive")
            << u"https://h.example/p?API_KEY=k1"_s << QStringList()
            << u"https://h.example/p?API_KEY=[redacted: API_KEY parameter]"_s;
        QTest::newRow("percent-encoded name") << u"https://h.example/p?api%5Fkey=k1"_s << QStringList()
                                              << u"https://h.example/p?api%5Fkey=[redacted: api%5Fkey parameter]"_s;
        QTest::newRow("X-Amz-Signature") << u"https://b.s3.example/o?X-Amz-Date=20261201&X-Amz-Signature=fe5f80f7"_s
                                         << QStringList()
                                         << u"https://b.s3.example/o?X-Amz-Date=20261201&"
                                            "X-Amz-Signature=[redacted: X-Amz-Signature parameter]"_s;
        QTest::newRow("token in the fragment")
            << u"https://app.example/cb#access_token=abc&state=xyz"_s << QStringList()
            << u"https://app.example/cb#access_token=[redacted: access_token "
               "parameter]&state=xyz"_s;
        QTest::newRow("empty value kept")
            << u"https://h.example/p?token=&a=1"_s << QStringList() << u"https://h.example/p?token=&a=1"_s;
        QTest::newRow("name without value kept")
            << u"https://h.example/p?tokens"_s << QStringList() << u"https://h.example/p?tokens"_s;
        QTest::newRow("relative URL") << u"/admin/orders.json?password=pw"_s << QStringList()
                                      << u"/admin/orders.json?password=[redacted: password parameter]"_s;
        QTest::newRow("secret in the path (Slack webhook URL)")
            << u"https://hooks.slack.com/services/T000/B000/XXXXXXXXXXXXXXXXXXXXXXXX"_s
            << QStringList{u"XXXXXXXXXXXXXXXXXXXXXXXX"_s}
            << u"https://hooks.slack.com/services/T000/B000/[redacted: secret]"_s;
        QTest::newRow("secret percent-encoded in the query")
            << u"https://h.example/search?q=a%20b%2Fc%2Bd&n=1"_s << QStringList{u"a b/c+d"_s}
            << u"https://h.example/search?q=[redacted: secret]&n=1"_s;
        QTest::newRow("user-info and parameter together")
            << u"http://u:p@127.0.0.1:8080/events?tenant=acme&api_key=K"_s << QStringList()
            << u"http://[redacted: user-info]@127.0.0.1:8080/events?tenant=acme&"
               "api_key=[redacted: api_key parameter]"_s;
    }

    void url()
    {
        QFETCH(QString, url);
        QFETCH(QStringList, secrets);
        QFETCH(QString, expected);
        QCOMPARE(Redactor(secrets).url(url), expected);
    }

    void text_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("secrets");
        QTest::addColumn<QString>("expected");

        QTest::newRow("no secrets") << u"token expired"_s << QStringList() << u"token expired"_s;
        QTest::newRow("every occurrence") << u"sk_live_1 then sk_live_1 again"_s << QStringList{u"sk_live_1"_s}
                                          << u"[redacted: secret] then [redacted: secret] again"_s;
        QTest::newRow("values shorter than 4 characters are ignored")
            << u"abc and 1234"_s << QStringList{u"abc"_s, u"1234"_s} << u"abc and [redacted: secret]"_s;
        QTest::newRow("overlapping secrets become one marker")
            << u"xxabcdefghixx"_s << QStringList{u"abcdef"_s, u"defghi"_s} << u"xx[redacted: secret]xx"_s;
        QTest::newRow("a secret inside another")
            << u"key=long-secret-value"_s << QStringList{u"secret"_s, u"long-secret-value"_s}
            << u"key=[redacted: secret]"_s;
        QTest::newRow("repeated characters overlap themselves")
            << u"aaaaa"_s << QStringList{u"aaaa"_s} << u"[redacted: secret]"_s;
        QTest::newRow("case matters") << u"TOKEN-VALUE"_s << QStringList{u"token-value"_s} << u"TOKEN-VALUE"_s;
    }

    void text()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, secrets);
        QFETCH(QString, expected);
        QCOMPARE(Redactor(secrets).text(text), expected);
        QCOMPARE(Redactor(secrets).bytes(text.toUtf8()), expected.toUtf8());
    }

    void excerpt_data()
    {
        QTest::addColumn<QString>("excerpt");
        QTest::addColumn<QString>("expected");

        QTest::newRow("plain text") << u"Service unavailable"_s << u"Service unavailable"_s;
        QTest::newRow("JSON without credentials")
            << json("{'errors':'Service unavailable'}") << json("{'errors':'Service unavailable'}");
        QTest::newRow("access_token field")
            << json("{'error':'invalid','access_token':'abc123'}")
            << json("{'error':'invalid','access_token':'[redacted: access_token field]'}");
        QTest::newRow("spaces around the colon")
            << json("{'client_secret' : 's3cr3t', 'n': 1}")
            << json("{'client_secret' : '[redacted: client_secret field]', 'n': 1}");
        QTest::newRow("escaped quote in the value")
            << json("{\"token\":\"a\\\"b\",\"x\":\"y\"}") << json("{'token':'[redacted: token field]','x':'y'}");
        QTest::newRow("nested object") << json("{'data':{'apiKey':'k-9','id':7}}")
                                       << json("{'data':{'apiKey':'[redacted: apiKey field]','id':7}}");
        QTest::newRow("cut off inside the value")
            << json("{'refresh_token':'abcd") << json("{'refresh_token':'[redacted: refresh_token field]");
        QTest::newRow("words in values are not names")
            << json("{'message':'token expired','key':''}") << json("{'message':'token expired','key':''}");
        QTest::newRow("list items are not names") << json("['token','abc']") << json("['token','abc']");
        QTest::newRow("numbers stay") << json("{'token':12345}") << json("{'token':12345}");
    }

    void excerpt()
    {
        QFETCH(QString, excerpt);
        QFETCH(QString, expected);
        QCOMPARE(Redactor().excerpt(excerpt), expected);
    }

    void headerSecrets()
    {
        const HeaderPairs headers{{u"Authorization"_s, u"Bearer abc.def"_s},
                                  {u"Accept"_s, u"application/json"_s},
                                  {u"X-Api-Key"_s, u" k-1 "_s}};
        QCOMPARE(Redactor::headerSecrets(headers), (QStringList{u"Bearer abc.def"_s, u"abc.def"_s, u"k-1"_s}));
        QCOMPARE(Redactor::headerSecrets(headers, false),
                 (QStringList{u"Bearer abc.def"_s, u"abc.def"_s, u"application/json"_s, u"k-1"_s}));
    }

    void message_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("expected");

        QTest::newRow("plain") << u"connection refused by api.example:443"_s
                               << u"connection refused by api.example:443"_s;
        QTest::newRow("secret") << u"bad key sk_live_SECRET42."_s << u"bad key [redacted: secret]."_s;
        QTest::newRow("percent-encoded secret") << u"echo p%40ss%20w%2Frd%2B1"_s << u"echo [redacted: secret]"_s;
        QTest::newRow("as QUrl writes it in a query") << u"q=p@ss%20w/rd+1"_s << u"q=[redacted: secret]"_s;
        QTest::newRow("form-encoded") << u"q=p%40ss+w%2Frd%2B1"_s << u"q=[redacted: secret]"_s;
        QTest::newRow("URLs inside the text")
            << u"Error transferring https://u:pw@h.example/x?token=t1&n=2 - server replied: Gone"_s
            << u"Error transferring https://[redacted: user-info]@h.example/x?token=[redacted: token parameter]&n=2 "
               "- server replied: Gone"_s;
    }

    void message()
    {
        QFETCH(QString, message);
        QFETCH(QString, expected);
        QCOMPARE(Redactor({u"sk_live_SECRET42"_s, u"p@ss w/rd+1"_s}).message(message), expected);
    }

    void call()
    {
        CallRecord record;
        record.timeMs = 1'764'580'443'000;
        record.integration = u"vendor"_s;
        record.check = u"charges"_s;
        record.attempt = 3;
        record.request.method = u"POST"_s;
        record.request.url = u"https://alice:hunter2@api.vendor.example/v1/charges?limit=3&api_key=sk_live_SECRET42"
                             "&q=p%40ss%20w%2Frd%2B1"_s;
        record.request.headers = {{u"Host"_s, u"api.vendor.example"_s},
                                  {u"Authorization"_s, u"Bearer sk_live_SECRET42"_s},
                                  {u"Cookie"_s, u"session=abc123"_s},
                                  {u"X-Api-Key"_s, u"k-77"_s},
                                  {u"X-Partner-Token"_s, u"pt-1"_s},
                                  {u"X-Trace"_s, u"run p%40ss+w%2Frd%2B1"_s},
                                  {u"Content-Type"_s, u"application/x-www-form-urlencoded"_s}};
        record.requestBody = "amount=100&client_secret=cs_1&note=sk_live_SECRET42";
        CallResponse response;
        response.status = 401;
        response.headers = {{u"Content-Type"_s, u"application/json"_s},
                            {u"Set-Cookie"_s, u"sid=9; HttpOnly"_s},
                            {u"X-Request-Id"_s, u"req_1"_s},
                            {u"Location"_s, u"https://api.vendor.example/login?token=t-9"_s}};
        response.bodyExcerpt = json("{'error':'invalid key sk_live_SECRET42','access_token':'at-1',"
                                    "'hint':'see https://docs.vendor.example/keys?key=k-2'}");
        response.bodyTruncated = true;
        record.response = response;
        record.failureClass = FailureClass::HttpStatus;
        record.reason = u"HTTP 401 for https://api.vendor.example/v1/charges?api_key=sk_live_SECRET42"_s;
        record.failedConditions = {{u"[STATUS] == 200"_s, u"401"_s},
                                   {u"[BODY].error == ok"_s, u"invalid key sk_live_SECRET42"_s},
                                   {u"[HEADER].X-Session-Token == pat(*)"_s, u"st-5"_s},
                                   {u"[BODY].data[0].access_token == x"_s, u"at-2"_s}};
        record.timing = {12, 250, 40, std::nullopt, 200};
        record.vendorRequestId = u"req_1"_s;

        const Redactor redactor({u"sk_live_SECRET42"_s, u"p@ss w/rd+1"_s});
        const CallRecord out = redactor.call(record);

        CallRecord expected = record;
        expected.request.url = u"https://[redacted: user-info]@api.vendor.example/v1/charges?limit=3&"
                               "api_key=[redacted: api_key parameter]&q=[redacted: secret]"_s;
        expected.request.headers = {{u"Host"_s, u"api.vendor.example"_s},
                                    {u"Authorization"_s, u"[redacted: Authorization header]"_s},
                                    {u"Cookie"_s, u"[redacted: Cookie header]"_s},
                                    {u"X-Api-Key"_s, u"[redacted: X-Api-Key header]"_s},
                                    {u"X-Partner-Token"_s, u"[redacted: X-Partner-Token header]"_s},
                                    {u"X-Trace"_s, u"run [redacted: secret]"_s},
                                    {u"Content-Type"_s, u"application/x-www-form-urlencoded"_s}};
        expected.requestBody = "amount=100&client_secret=[redacted: client_secret parameter]&note=[redacted: secret]";
        expected.response->headers = {
            {u"Content-Type"_s, u"application/json"_s},
            {u"Set-Cookie"_s, u"[redacted: Set-Cookie header]"_s},
            {u"X-Request-Id"_s, u"req_1"_s},
            {u"Location"_s, u"https://api.vendor.example/login?token=[redacted: token parameter]"_s}};
        expected.response->bodyExcerpt =
            json("{'error':'invalid key [redacted: secret]','access_token':'[redacted: access_token field]',"
                 "'hint':'see https://docs.vendor.example/keys?key=[redacted: key parameter]'}");
        expected.reason = u"HTTP 401 for https://api.vendor.example/v1/charges?api_key=[redacted: api_key parameter]"_s;
        expected.failedConditions = {{u"[STATUS] == 200"_s, u"401"_s},
                                     {u"[BODY].error == ok"_s, u"invalid key [redacted: secret]"_s},
                                     {u"[HEADER].X-Session-Token == pat(*)"_s, u"[redacted: X-Session-Token header]"_s},
                                     {u"[BODY].data[0].access_token == x"_s, u"[redacted: access_token field]"_s}};

        QCOMPARE(out.request, expected.request);
        QCOMPARE(out.requestBody, expected.requestBody);
        QCOMPARE(out.response->headers, expected.response->headers);
        QCOMPARE(out.response->bodyExcerpt, expected.response->bodyExcerpt);
        QCOMPARE(out.response, expected.response);
        QCOMPARE(out.reason, expected.reason);
        QCOMPARE(out.failedConditions, expected.failedConditions);
        QCOMPARE(out, expected);                // and nothing else changed
        QCOMPARE(redactor.call(out), expected); // nor does a second pass
    }

    void callBodies_data()
    {
        QTest::addColumn<QString>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("expected");

        QTest::newRow("plain text") << u"text/plain"_s << QByteArray("upstream said: token sk_live_SECRET42 rejected")
                                    << QByteArray("upstream said: token [redacted: secret] rejected");
        QTest::newRow("JSON") << u"application/json"_s << QByteArray(R"({"password":"pw1","user":"bob"})")
                              << QByteArray(R"({"password":"[redacted: password field]","user":"bob"})");
        QTest::newRow("form parameters only when the type says so")
            << u"text/plain"_s << QByteArray("client_secret=cs_1") << QByteArray("client_secret=cs_1");
        QTest::newRow("percent-encoded secret")
            << u"application/x-www-form-urlencoded"_s << QByteArray("q=p%40ss+w%2Frd%2B1&n=1")
            << QByteArray("q=[redacted: secret]&n=1");
        QTest::newRow("not UTF-8: secret values only")
            << u"application/octet-stream"_s << QByteArray("\xff\xfe{\"token\":\"t\"}sk_live_SECRET42")
            << QByteArray("\xff\xfe{\"token\":\"t\"}[redacted: secret]");
    }

    void callBodies()
    {
        QFETCH(QString, contentType);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, expected);
        const Redactor redactor({u"sk_live_SECRET42"_s, u"p@ss w/rd+1"_s});

        CallRecord record;
        record.request.headers = {{u"Content-Type"_s, contentType}};
        record.requestBody = body;
        CallResponse response;
        response.headers = {{u"content-type"_s, contentType}};
        response.bodyExcerpt = QString::fromUtf8(body);
        record.response = response;
        const CallRecord out = redactor.call(record);
        QCOMPARE(out.requestBody, expected);
        if (QString::fromUtf8(body).toUtf8() == body)
            QCOMPARE(out.response->bodyExcerpt, QString::fromUtf8(expected));
    }

    void sample()
    {
        Sample sample;
        sample.reason = u"[BODY].token == ok (actual: tk-SECRET-9)"_s;
        sample.failedConditions = {{u"[BODY].token == ok"_s, u"tk-SECRET-9"_s}};
        CallRecord evidence;
        evidence.reason = sample.reason;
        evidence.failedConditions = sample.failedConditions;
        sample.evidence = evidence;

        const Sample out = Redactor({u"tk-SECRET-9"_s}).sample(sample);
        QCOMPARE(out.reason, u"[BODY].token == ok (actual: [redacted: secret])"_s);
        const QList<FailedCondition> failed{{u"[BODY].token == ok"_s, u"[redacted: token field]"_s}};
        QCOMPARE(out.failedConditions, failed);
        QCOMPARE(out.evidence->reason, out.reason);
        QCOMPARE(out.evidence->failedConditions, failed);
    }

    void failedCall()
    {
        GatewayEvent event;
        event.id = u"call_1"_s;
        event.cursor = u"c_1"_s;
        FailedCall call;
        call.service = u"shopify-admin"_s;
        call.request.method = u"GET"_s;
        call.request.url = u"https://shop.myshopify.com/admin/api/2024-10/orders.json?limit=50&access_token=shpat_1"_s;
        call.request.headers = {{u"Accept"_s, u"application/json"_s},
                                {u"X-Shopify-Access-Token"_s, u"shpat_0123456789abcdef"_s},
                                {u"X-Trace"_s, u"carries PROD-SECRET-42"_s}};
        CallResponse response;
        response.status = 401;
        response.headers = {{u"Content-Type"_s, u"application/json"_s}, {u"Set-Cookie"_s, u"_s=1"_s}};
        response.bodyExcerpt = json("{'errors':'bad token PROD-SECRET-42','token':'t'}");
        call.response = response;
        call.vendorRequestId = u"req-PROD-SECRET-42"_s;
        event.detail = call;

        const GatewayEvent redacted = Redactor({u"PROD-SECRET-42"_s}).event(event);
        const FailedCall *out = redacted.failedCall();
        QVERIFY(out);
        QCOMPARE(redacted.id, u"call_1"_s);
        QCOMPARE(out->request.url, u"https://shop.myshopify.com/admin/api/2024-10/orders.json?limit=50&"
                                   "access_token=[redacted: access_token parameter]"_s);
        const HeaderPairs requestHeaders{{u"Accept"_s, u"application/json"_s},
                                         {u"X-Shopify-Access-Token"_s, u"[redacted: X-Shopify-Access-Token header]"_s},
                                         {u"X-Trace"_s, u"carries [redacted: secret]"_s}};
        QCOMPARE(out->request.headers, requestHeaders);
        const HeaderPairs responseHeaders{{u"Content-Type"_s, u"application/json"_s},
                                          {u"Set-Cookie"_s, u"[redacted: Set-Cookie header]"_s}};
        QCOMPARE(out->response->headers, responseHeaders);
        QCOMPARE(out->response->bodyExcerpt,
                 json("{'errors':'bad token [redacted: secret]','token':'[redacted: token field]'}"));
        QCOMPARE(out->vendorRequestId, u"req-[redacted: secret]"_s);
        QCOMPARE(out->service, u"shopify-admin"_s);
    }

    void webhookDelivery()
    {
        GatewayEvent event;
        event.id = u"whd_1"_s;
        WebhookDelivery delivery;
        delivery.source = u"shopify"_s;
        delivery.headers = {{u"X-Shopify-Hmac-Sha256"_s, u"XWmrwMey6OsLMeiZKwP4FppHH3cmAiiJ9gRyBl2j4r8="_s},
                            {u"X-Shopify-Topic"_s, u"orders/create"_s},
                            {u"Authorization"_s, u"Bearer fwd"_s},
                            {u"Stripe-Signature"_s, u"t=1,v1=00ff"_s}};
        // A raw body that is not UTF-8, with a configured secret in it.
        delivery.body = QByteArray("{\"id\":1,\"note\":\"WHSEC-live-77\",\"bin\":\"\xff\xfe\"}");
        delivery.verdict = u"accepted"_s;
        DeliveryAttempt attempt;
        attempt.response = json("{'password':'p4ss'}");
        delivery.attempts = {attempt};
        event.detail = delivery;

        const GatewayEvent redacted = Redactor({u"WHSEC-live-77"_s}).event(event);
        const WebhookDelivery *out = redacted.webhookDelivery();
        QVERIFY(out);
        const HeaderPairs headers{{u"X-Shopify-Hmac-Sha256"_s, u"XWmrwMey6OsLMeiZKwP4FppHH3cmAiiJ9gRyBl2j4r8="_s},
                                  {u"X-Shopify-Topic"_s, u"orders/create"_s},
                                  {u"Authorization"_s, u"[redacted: Authorization header]"_s},
                                  {u"Stripe-Signature"_s, u"t=1,v1=00ff"_s}};
        QCOMPARE(out->headers, headers);
        QCOMPARE(out->body, QByteArray("{\"id\":1,\"note\":\"[redacted: secret]\",\"bin\":\"\xff\xfe\"}"));
        QCOMPARE(out->attempts.constFirst().response, json("{'password':'[redacted: password field]'}"));
    }
};

QTEST_GUILESS_MAIN(tst_Redaction)
#include "tst_redaction.moc"
