#include "loopbackserver.h"
#include "promchart.h"
#include "prometheusapi.h"
#include "prometheusserver.h"

#include <QDateTime>
#include <QTest>

#include <cmath>

using namespace gw;
using namespace Qt::StringLiterals;

// The client of Prometheus's HTTP API: the envelope and result types as the documentation
// (https://prometheus.io/docs/prometheus/latest/querying/api/) shows them, and a real Prometheus
// (Debian package prometheus) on 127.0.0.1 scraping a loopback page, where installed.
class tst_PrometheusApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void failures_data();
    void failures();

    void unreachableAndTimeout();
    void pathPrefixAndAuthorization();

    void realPrometheus();

};

void tst_PrometheusApi::parse_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<PromAnswer>("expected");

    // The documentation's instant query example.
    PromAnswer vector;
    vector.type = PromAnswer::Type::Vector;
    vector.series = {
        PromSeries{{{u"__name__"_s, u"up"_s}, {u"job"_s, u"prometheus"_s}, {u"instance"_s, u"localhost:9090"_s}},
                   {{1435781451781, 1}}},
        PromSeries{{{u"__name__"_s, u"up"_s}, {u"job"_s, u"node"_s}, {u"instance"_s, u"localhost:9100"_s}},
                   {{1435781451781, 0}}}};
    QTest::newRow("vector") << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[
        {"metric":{"__name__":"up","job":"prometheus","instance":"localhost:9090"},"value":[1435781451.781,"1"]},
        {"metric":{"__name__":"up","job":"node","instance":"localhost:9100"},"value":[1435781451.781,"0"]}]}})")
                            << vector;

    // The documentation's range query example.
    PromAnswer matrix;
    matrix.type = PromAnswer::Type::Matrix;
    matrix.series = {
        PromSeries{{{u"__name__"_s, u"up"_s}, {u"job"_s, u"prometheus"_s}, {u"instance"_s, u"localhost:9090"_s}},
                   {{1435781430781, 1}, {1435781445781, 1}, {1435781460781, 1}}},
        PromSeries{{{u"__name__"_s, u"up"_s}, {u"job"_s, u"node"_s}, {u"instance"_s, u"localhost:9091"_s}},
                   {{1435781430781, 0}, {1435781445781, 0}, {1435781460781, 1}}}};
    QTest::newRow("matrix") << QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":[
        {"metric":{"__name__":"up","job":"prometheus","instance":"localhost:9090"},
         "values":[[1435781430.781,"1"],[1435781445.781,"1"],[1435781460.781,"1"]]},
        {"metric":{"__name__":"up","job":"node","instance":"localhost:9091"},
         "values":[[1435781430.781,"0"],[1435781445.781,"0"],[1435781460.781,"1"]]}]}})")
                            << matrix;

    PromAnswer empty;
    empty.type = PromAnswer::Type::Matrix;
    QTest::newRow("no series") << QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":[]}})")
                               << empty;

    PromAnswer scalar;
    scalar.type = PromAnswer::Type::Scalar;
    scalar.series = {PromSeries{{}, {{1435781451781, 2}}}};
    QTest::newRow("scalar") << QByteArray(R"({"status":"success","data":{"resultType":"scalar","result":[1435781451.781,"2"]}})")
                            << scalar;

    PromAnswer text;
    text.type = PromAnswer::Type::String;
    text.text = u"hello"_s;
    QTest::newRow("string") << QByteArray(R"({"status":"success","data":{"resultType":"string","result":[1435781451.781,"hello"]}})")
                            << text;

    // Special values, exponents, whole-second times; warnings are kept beside the data.
    PromAnswer special;
    special.type = PromAnswer::Type::Vector;
    special.series = {PromSeries{{{u"le"_s, u"+Inf"_s}}, {{1700000000000, std::numeric_limits<double>::infinity()}}},
                      PromSeries{{{u"le"_s, u"-"_s}}, {{1700000000000, -std::numeric_limits<double>::infinity()}}},
                      PromSeries{{{u"x"_s, u"1"_s}}, {{1700000000500, 1e6}}}};
    special.warnings = {u"PromQL info: metric might not be a counter"_s};
    QTest::newRow("infinities, exponents, warnings")
        << QByteArray(R"({"status":"success","warnings":["PromQL info: metric might not be a counter"],
            "data":{"resultType":"vector","result":[
            {"metric":{"le":"+Inf"},"value":[1700000000,"+Inf"]},
            {"metric":{"le":"-"},"value":[1700000000,"-Inf"]},
            {"metric":{"x":"1"},"value":[1700000000.5,"1e+06"]}]}})")
        << special;
}

void tst_PrometheusApi::parse()
{
    QFETCH(QByteArray, body);
    QFETCH(PromAnswer, expected);
    const PromResult result = parsePromAnswer(200, body, u"prometheus:9090"_s);
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
    QCOMPARE(result->type, expected.type);
    QCOMPARE(result->warnings, expected.warnings);
    QCOMPARE(result->text, expected.text);
    QCOMPARE(result->series.size(), expected.series.size());
    for (qsizetype i = 0; i < expected.series.size(); ++i) {
        QCOMPARE(result->series.at(i).labels, expected.series.at(i).labels);
        QCOMPARE(result->series.at(i).points.size(), expected.series.at(i).points.size());
        for (qsizetype j = 0; j < expected.series.at(i).points.size(); ++j) {
            QCOMPARE(result->series.at(i).points.at(j).atMs, expected.series.at(i).points.at(j).atMs);
            QCOMPARE(result->series.at(i).points.at(j).value, expected.series.at(i).points.at(j).value);
        }
    }
}

void tst_PrometheusApi::failures_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<PromFailure::Kind>("kind");
    QTest::addColumn<QString>("message");

    using Kind = PromFailure::Kind;
    // What Prometheus 2.42 answers to `sum(`.
    QTest::newRow("bad query") << 400
                               << QByteArray(R"({"status":"error","errorType":"bad_data","error":"invalid parameter \"query\": 1:5: parse error: unclosed left parenthesis"})")
                               << Kind::BadQuery
                               << uR"(Prometheus at prometheus:9090 refused the query: invalid parameter "query": 1:5: parse error: unclosed left parenthesis)"_s;
    QTest::newRow("execution") << 422
                               << QByteArray(R"({"status":"error","errorType":"execution","error":"query processing would load too many samples into memory in query execution"})")
                               << Kind::BadQuery
                               << u"Prometheus at prometheus:9090 refused the query: query processing would load too many samples into memory in query execution"_s;
    QTest::newRow("query timeout") << 503
                                   << QByteArray(R"({"status":"error","errorType":"timeout","error":"query timed out in expression evaluation"})")
                                   << Kind::Timeout
                                   << u"Prometheus at prometheus:9090 gave up on the query: query timed out in expression evaluation"_s;
    QTest::newRow("unavailable") << 503
                                 << QByteArray(R"({"status":"error","errorType":"unavailable","error":"TSDB not ready"})")
                                 << Kind::Unavailable
                                 << u"Prometheus at prometheus:9090 cannot answer now (unavailable): TSDB not ready"_s;
    QTest::newRow("proxy's 502 page") << 502 << QByteArray("<html><body><h1>502 Bad Gateway</h1></body></html>")
                                      << Kind::Unavailable << u"Prometheus at prometheus:9090 cannot answer now (HTTP 502)"_s;
    QTest::newRow("unauthorized") << 401 << QByteArray("Unauthorized\n") << Kind::Unauthorized
                                  << u"Prometheus at prometheus:9090 refused the credentials (HTTP 401)"_s;
    QTest::newRow("forbidden json") << 403 << QByteArray(R"({"message":"forbidden"})") << Kind::Unauthorized
                                    << u"Prometheus at prometheus:9090 refused the credentials (HTTP 403)"_s;
    QTest::newRow("some web page") << 200 << QByteArray("<!doctype html><title>Grafana</title>") << Kind::NotPrometheus
                                   << u"prometheus:9090 did not answer as Prometheus's HTTP API does (HTTP 200, not JSON)"_s;
    QTest::newRow("other json") << 200 << QByteArray(R"({"alerts":[]})") << Kind::NotPrometheus
                                << u"prometheus:9090 did not answer as Prometheus's HTTP API does (HTTP 200, no \"status\" in the JSON)"_s;
    QTest::newRow("unknown result type")
        << 200 << QByteArray(R"({"status":"success","data":{"resultType":"histogram","result":[]}})") << Kind::NotPrometheus
        << u"prometheus:9090 answered a query with a malformed result: unknown resultType 'histogram'"_s;
    QTest::newRow("value not a string")
        << 200 << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1,2]}]}})")
        << Kind::NotPrometheus << u"prometheus:9090 answered a query with a malformed result: a sample is not [time, \"value\"]"_s;
    QTest::newRow("point too short")
        << 200 << QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[[1]]}]}})")
        << Kind::NotPrometheus << u"prometheus:9090 answered a query with a malformed result: a point is not [time, \"value\"]"_s;
    QTest::newRow("label not a string")
        << 200 << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{"a":1},"value":[1,"2"]}]}})")
        << Kind::NotPrometheus
        << u"prometheus:9090 answered a query with a malformed result: a series without a \"metric\" object of strings"_s;
    QTest::newRow("number not a number")
        << 200 << QByteArray(R"({"status":"success","data":{"resultType":"scalar","result":[1,"twelve"]}})")
        << Kind::NotPrometheus << u"prometheus:9090 answered a query with a malformed result: a scalar result is not [time, \"value\"]"_s;
    QTest::newRow("empty body") << 200 << QByteArray() << Kind::NotPrometheus
                                << u"prometheus:9090 did not answer as Prometheus's HTTP API does (HTTP 200, not JSON)"_s;
}

void tst_PrometheusApi::failures()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(PromFailure::Kind, kind);
    QFETCH(QString, message);
    const PromResult result = parsePromAnswer(status, body, u"prometheus:9090"_s);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, kind);
    QCOMPARE(result.error().message, message);
}

void tst_PrometheusApi::unreachableAndTimeout()
{
    PrometheusClient nobody({QUrl(u"http://127.0.0.1:%1"_s.arg(freeLoopbackPort())), std::chrono::seconds(5), {}});
    const PromResult refused = awaitFuture(nobody.query(u"up"_s, 0));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, PromFailure::Kind::Unreachable);
    QVERIFY2(refused.error().message.startsWith(u"Prometheus at 127.0.0.1:"_s)
                 && refused.error().message.contains(u"cannot be reached: "_s),
             qPrintable(refused.error().message));

    LoopbackServer stall(LoopbackServer::Mode::Stall);
    PrometheusClient slow({QUrl(stall.url()), std::chrono::milliseconds(300), {}});
    const PromResult late = awaitFuture(slow.query(u"up"_s, 0));
    QVERIFY(!late.ok());
    QCOMPARE(late.error().kind, PromFailure::Kind::Timeout);
    QCOMPARE(late.error().message, u"Prometheus at 127.0.0.1:%1 did not answer within 0.3 s"_s.arg(stall.serverPort()));
}

void tst_PrometheusApi::pathPrefixAndAuthorization()
{
    LoopbackServer server(LoopbackServer::Mode::Respond,
                          LoopbackServer::response(200, R"({"status":"success","data":{"resultType":"vector","result":[]}})"));
    PrometheusClient client(
        {QUrl(server.url(u"/prometheus/"_s)), std::chrono::seconds(5), {{"Authorization", "Bearer t0ken"}}});
    RangeStep range{1'800'000'000'000, 1'800'000'060'000, 15'000, 5};
    const PromResult result = awaitFuture(client.queryRange(u"sum by (integration) (rate(x{a=\"b c\"}[5m])) + 1"_s, range));
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
    const QByteArray line = server.lastRequest.left(server.lastRequest.indexOf("\r\n"));
    // The base path stays; every character that is not plain in a URL is percent-encoded, '+'
    // included (a form decoder would read a bare '+' as a space).
    QCOMPARE(line, QByteArray("GET /prometheus/api/v1/query_range?query=sum%20by%20%28integration%29%20%28rate%28x%7Ba%3D%22b%20c%22%7D%5B5m%5D%29%29%20%2B%201"
                              "&start=1800000000.000&end=1800000060.000&step=15.000&timeout=4500ms HTTP/1.1"));
    QVERIFY(server.lastRequest.contains("\r\nAuthorization: Bearer t0ken\r\n"));
}

void tst_PrometheusApi::realPrometheus()
{
    if (PrometheusServer::binary().isEmpty())
        QSKIP("Prometheus is not installed: apt-get install prometheus (Debian) to run this test");
    // A page to scrape, with a label value that needs escaping in PromQL.
    LoopbackServer target(LoopbackServer::Mode::Respond,
                          LoopbackServer::response(200, "gatewatch_test_value{integration=\"a\\\"b\"} 42\n", {},
                                                   "text/plain; version=0.0.4"));
    PrometheusServer prometheus;
    const QString problem = prometheus.start(u"127.0.0.1:%1"_s.arg(target.serverPort()), u"test"_s);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const quint16 port = prometheus.port();
    PrometheusClient client({QUrl(prometheus.baseUrl()), std::chrono::seconds(10), {}});
    const qint64 now = QDateTime::currentMSecsSinceEpoch();

    // Arithmetic, with the '+' that must survive the URL.
    QTRY_VERIFY_WITH_TIMEOUT(awaitFuture(client.query(u"1 + 1"_s, now)).ok() || !prometheus.running(), 30'000);
    QVERIFY2(prometheus.running(), prometheus.output().constData());
    const PromResult two = awaitFuture(client.query(u"1 + 1"_s, now));
    QCOMPARE(two->type, PromAnswer::Type::Scalar);
    QCOMPARE(two->series.at(0).points.at(0), (PromPoint{now, 2}));

    // The scraped series, selected by the escaped label value.
    const QString selector = u"gatewatch_test_value{integration=%1}"_s.arg(promQuote(u"a\"b"_s));
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const PromResult r = awaitFuture(client.query(selector, QDateTime::currentMSecsSinceEpoch()));
            return r.ok() && r->series.size() == 1;
        }(),
        30'000);
    const qint64 at = QDateTime::currentMSecsSinceEpoch();
    const PromResult value = awaitFuture(client.query(selector, at));
    QCOMPARE(value->type, PromAnswer::Type::Vector);
    QCOMPARE(value->series.at(0).labels.value(u"integration"_s), u"a\"b"_s);
    QCOMPARE(value->series.at(0).labels.value(u"job"_s), u"test"_s);
    QCOMPARE(value->series.at(0).points.at(0), (PromPoint{at, 42}));

    // A range: one point per step on the grid, as many as the grid says.
    const RangeStep range = rangeStep(at - 60'000, at, 5, 1'000);
    const PromResult constant = awaitFuture(client.queryRange(u"vector(7)"_s, range));
    QCOMPARE(constant->type, PromAnswer::Type::Matrix);
    QCOMPARE(constant->series.size(), 1);
    QCOMPARE(constant->series.at(0).points.size(), range.points);
    QCOMPARE(constant->series.at(0).points.first(), (PromPoint{range.startMs, 7}));
    QCOMPARE(constant->series.at(0).points.last(), (PromPoint{range.endMs, 7}));

    // Prometheus's own refusal, as it words it.
    const PromResult broken = awaitFuture(client.query(u"sum("_s, at));
    QVERIFY(!broken.ok());
    QCOMPARE(broken.error().kind, PromFailure::Kind::BadQuery);
    QVERIFY2(broken.error().message.startsWith(u"Prometheus at 127.0.0.1:%1 refused the query: "_s.arg(port))
                 && broken.error().message.contains(u"parse error"_s),
             qPrintable(broken.error().message));
}

QTEST_GUILESS_MAIN(tst_PrometheusApi)
#include "tst_prometheusapi.moc"
