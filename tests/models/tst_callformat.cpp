#include "callformat.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

const qint64 baseMs = QDateTime(QDate(2026, 3, 1), QTime(12, 0, 5), Qt::UTC).toMSecsSinceEpoch();

CallRecord failedCharge()
{
    CallRecord call;
    call.id = 42;
    call.timeMs = baseMs;
    call.origin = CallOrigin::Check;
    call.integration = u"stripe"_s;
    call.check = u"charges"_s;
    call.attempt = 2;
    call.request.method = u"POST"_s;
    call.request.url = u"https://api.stripe.test/v1/charges?api_key=[redacted: api_key parameter]&limit=1"_s;
    call.request.headers = {{u"Authorization"_s, u"[redacted: Authorization header]"_s},
                            {u"Content-Type"_s, u"application/json"_s},
                            {u"Content-Length"_s, u"14"_s}};
    call.requestBody = R"({"amount":"5"})";
    call.response = CallResponse{503,
                                 {{u"Content-Type"_s, u"application/json"_s}, {u"Request-Id"_s, u"req_abc"_s}},
                                 uR"({"error":{"type":"api_error"}})"_s,
                                 false};
    call.failureClass = FailureClass::HttpStatus;
    call.reason = u"HTTP 503"_s;
    call.failedConditions = {{u"[STATUS] == 200"_s, u"503"_s}};
    call.timing = CallTiming{2.5, 812.4, 10.0, 30.5, 700.0};
    call.vendorRequestId = u"req_abc"_s;
    return call;
}

} // namespace

class TestCallFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void jsonRoundTrip();
    void jsonOfAGatewayCallWithoutResponse();
    void curlUsesVariablesForRedactedValues();
    void curlQuotesForTheShell();
    void markdownSummary();
    void sentence();
    void prettyBody_data();
    void prettyBody();
    void lineDiff_data();
    void lineDiff();
    void lineDiffCutsLongInputs();
    void comparableLinesLeaveOutVolatileHeaders();
};

void TestCallFormat::jsonRoundTrip()
{
    const CallRecord call = failedCharge();
    const QJsonObject json = callToJson(call);
    QCOMPARE(json.value(u"time"_s).toString(), u"2026-03-01T12:00:05.000Z"_s);
    QCOMPARE(json.value(u"origin"_s).toString(), u"check"_s);
    QCOMPARE(json.value(u"failure_class"_s).toString(), u"http-status"_s);
    QCOMPARE(json.value(u"timing"_s).toObject().value(u"tls_ms"_s).toDouble(), 30.5);
    const Result<CallRecord> back = callFromJson(json);
    QVERIFY(back);
    QCOMPARE(back.value(), call);
}

void TestCallFormat::jsonOfAGatewayCallWithoutResponse()
{
    CallRecord call;
    call.timeMs = baseMs;
    call.origin = CallOrigin::Gateway;
    call.integration = u"slack"_s;
    call.service = u"slack"_s;
    call.route = u"chat"_s;
    call.request = {u"POST"_s, u"https://slack.test/api/chat.postMessage"_s, {}};
    call.error = u"timeout"_s;
    call.failureClass = FailureClass::Timeout;
    call.retryAfterMs = 5000;
    const QJsonObject json = callToJson(call);
    QVERIFY(json.value(u"response"_s).isNull());
    QCOMPARE(json.value(u"route"_s).toString(), u"chat"_s);
    QVERIFY(!json.contains(u"check"_s));
    QVERIFY(json.value(u"timing"_s).toObject().value(u"connect_ms"_s).isNull());
    QCOMPARE(callFromJson(json).value(), call);
    QCOMPARE(call.checkOrRoute(), u"slack/chat"_s);

    QJsonObject broken = json;
    broken.insert(u"origin"_s, u"elsewhere"_s);
    QVERIFY(!callFromJson(broken));
    broken = json;
    broken.remove(u"time"_s);
    QVERIFY(!callFromJson(broken));
}

void TestCallFormat::curlUsesVariablesForRedactedValues()
{
    const CallRecord call = failedCharge();
    const QString expected = uR"(curl \
  -X 'POST' \
  'https://api.stripe.test/v1/charges?api_key='"$API_KEY"'&limit=1' \
  -H 'Authorization: '"$AUTHORIZATION" \
  -H 'Content-Type: application/json' \
  --data-binary '{"amount":"5"}')"_s;
    QCOMPARE(curlCommand(call), expected);
    QCOMPARE(curlVariables(call), (QStringList{u"API_KEY"_s, u"AUTHORIZATION"_s}));
}

void TestCallFormat::curlQuotesForTheShell()
{
    CallRecord call;
    call.request = {u"GET"_s, u"https://x.test/it's?q=$HOME"_s, {{u"X-Note"_s, u"[redacted: secret]"_s}}};
    QCOMPARE(curlCommand(call), uR"(curl \
  'https://x.test/it'\''s?q=$HOME' \
  -H 'X-Note: '"$SECRET")"_s);
}

void TestCallFormat::markdownSummary()
{
    const QString expected = uR"(**Failed call** · stripe / charges · 2026-03-01 12:00:05 UTC
- `POST https://api.stripe.test/v1/charges?api_key=[redacted: api_key parameter]&limit=1`
- Result: HTTP 503, http-status after 812 ms
- Reason: HTTP 503
- Condition `[STATUS] == 200` saw `503`
- Vendor request id: `req_abc`
- Attempt 2
)"_s;
    QCOMPARE(gw::markdownSummary(failedCharge()), expected);

    CallRecord backticks = failedCharge();
    backticks.vendorRequestId = u"a`b"_s;
    QVERIFY(gw::markdownSummary(backticks).contains(u"``a`b``"_s));
}

void TestCallFormat::sentence()
{
    QCOMPARE(
        callSentence(failedCharge()),
        u"POST https://api.stripe.test/v1/charges?api_key=[redacted: api_key parameter]&limit=1 (stripe / charges) "
        "failed with HTTP 503 after 812 ms: the condition [STATUS] == 200 did not hold (it saw 503)."_s);
    CallRecord timeout;
    timeout.integration = u"slack"_s;
    timeout.check = u"auth"_s;
    timeout.request = {u"GET"_s, u"https://slack.test/api/auth.test"_s, {}};
    timeout.failureClass = FailureClass::Timeout;
    timeout.reason = u"no answer within 10 s"_s;
    timeout.timing.totalMs = 10000;
    QCOMPARE(callSentence(timeout), u"GET https://slack.test/api/auth.test (slack / auth) failed with no response "
                                    "after 10000 ms: no answer within 10 s."_s);
}

void TestCallFormat::prettyBody_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("contentType");
    QTest::addColumn<QString>("expected"); // empty: not pretty-printable

    QTest::newRow("json by type") << u"{\"a\":1,\"b\":[true]}"_s << u"application/json; charset=utf-8"_s
                                  << u"{\n    \"a\": 1,\n    \"b\": [\n        true\n    ]\n}"_s;
    QTest::newRow("json by shape") << u" [1,2]"_s << QString() << u"[\n    1,\n    2\n]"_s;
    QTest::newRow("problem+json") << u"{\"title\":\"x\"}"_s << u"application/problem+json"_s
                                  << u"{\n    \"title\": \"x\"\n}"_s;
    QTest::newRow("broken json") << u"{\"a\":"_s << u"application/json"_s << QString();
    QTest::newRow("json keeps key order and big ids")
        << u"{\"id\":820982911946154508,\"b\":1.50,\"a\":\"x, y: {z} [\\\"q\\\"]\"}"_s << u"application/json"_s
        << u"{\n    \"id\": 820982911946154508,\n    \"b\": 1.50,\n    \"a\": \"x, y: {z} [\\\"q\\\"]\"\n}"_s;
    QTest::newRow("json empty containers")
        << u"{ \"a\" : { }, \"b\":[\n] }"_s << u"application/json"_s << u"{\n    \"a\": {},\n    \"b\": []\n}"_s;
    QTest::newRow("xml") << u"<a><b>1</b></a>"_s << u"text/xml"_s << u"<a>\n  <b>1</b>\n</a>"_s;
    QTest::newRow("broken xml") << u"<a><b></a>"_s << u"application/xml"_s << QString();
    QTest::newRow("plain text") << u"upstream connect error"_s << u"text/plain"_s << QString();
    QTest::newRow("html is left alone") << u"<html><body>502</body></html>"_s << u"text/html"_s << QString();
}

void TestCallFormat::prettyBody()
{
    QFETCH(QString, body);
    QFETCH(QString, contentType);
    QFETCH(QString, expected);
    const std::optional<QString> pretty = gw::prettyBody(body, contentType);
    if (expected.isEmpty())
        QCOMPARE(pretty, std::nullopt);
    else
        QCOMPARE(pretty.value_or(u"(none)"_s), expected);
}

void TestCallFormat::lineDiff_data()
{
    QTest::addColumn<QStringList>("before");
    QTest::addColumn<QStringList>("after");
    QTest::addColumn<QString>("expected"); // one line per diff line: ' ', '-', '+'

    QTest::newRow("same") << QStringList{u"a"_s, u"b"_s} << QStringList{u"a"_s, u"b"_s} << u" a\n b"_s;
    QTest::newRow("changed middle") << QStringList{u"HTTP 200"_s, u"x"_s, u"end"_s}
                                    << QStringList{u"HTTP 503"_s, u"x"_s, u"end"_s}
                                    << u"-HTTP 200\n+HTTP 503\n x\n end"_s;
    QTest::newRow("added at end") << QStringList{u"a"_s} << QStringList{u"a"_s, u"b"_s} << u" a\n+b"_s;
    QTest::newRow("removed in middle") << QStringList{u"a"_s, u"b"_s, u"c"_s} << QStringList{u"a"_s, u"c"_s}
                                       << u" a\n-b\n c"_s;
    QTest::newRow("all different") << QStringList{u"a"_s} << QStringList{u"b"_s} << u"-a\n+b"_s;
    QTest::newRow("both empty") << QStringList{} << QStringList{} << QString();
    QTest::newRow("moved line") << QStringList{u"a"_s, u"b"_s, u"c"_s} << QStringList{u"b"_s, u"c"_s, u"a"_s}
                                << u"-a\n b\n c\n+a"_s;
}

void TestCallFormat::lineDiff()
{
    QFETCH(QStringList, before);
    QFETCH(QStringList, after);
    QFETCH(QString, expected);
    QStringList lines;
    for (const DiffLine &line : gw::lineDiff(before, after)) {
        const QChar mark = line.kind == DiffLine::Same ? u' ' : line.kind == DiffLine::Removed ? u'-' : u'+';
        lines << mark + line.text;
    }
    QCOMPARE(lines.join(u'\n'), expected);
}

void TestCallFormat::lineDiffCutsLongInputs()
{
    QStringList before;
    QStringList after;
    for (int i = 0; i < 50; ++i) {
        before << QString::number(i);
        after << QString::number(i * 2);
    }
    const QList<DiffLine> diff = gw::lineDiff(before, after, 10);
    QVERIFY(diff.size() <= 22);
    QCOMPARE(diff.constLast().text, u"… 40 more lines not compared"_s);
}

void TestCallFormat::comparableLinesLeaveOutVolatileHeaders()
{
    CallRecord call = failedCharge();
    call.response->headers.append({u"Date"_s, u"Sun, 01 Mar 2026 12:00:05 GMT"_s});
    QCOMPARE(comparableLines(call),
             (QStringList{u"HTTP 503"_s, u"content-type: application/json"_s, QString(), u"{"_s, u"    \"error\": {"_s,
                          u"        \"type\": \"api_error\""_s, u"    }"_s, u"}"_s}));
    call.response.reset();
    call.error = u"timeout"_s;
    QCOMPARE(comparableLines(call), QStringList{u"(no response: timeout)"_s});
}

} // namespace gw

QTEST_GUILESS_MAIN(gw::TestCallFormat)
#include "tst_callformat.moc"
