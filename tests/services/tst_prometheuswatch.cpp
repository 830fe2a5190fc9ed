#include "loopbackserver.h"
#include "prometheuswatch.h"

#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace gw;
using namespace Qt::StringLiterals;

namespace {

Catalog catalog()
{
    Catalog catalog;
    IntegrationSpec shopify;
    shopify.id = u"shopify"_s;
    CheckSpec admin;
    admin.id = u"admin"_s;
    shopify.checks = {admin};
    catalog.integrations = {shopify};
    return catalog;
}

// An instant-query answer as the Prometheus HTTP API documentation shows it: a vector of the
// check's state (`state` the one at 1), its latest start and its attempts.
QByteArray answer(const char *state, double lastResult, int upAttempts, int downAttempts)
{
    const QByteArray labels = R"("integration":"shopify","check":"admin")";
    QByteArray result;
    for (const char *s : {"up", "down"}) {
        result += R"({"metric":{"__name__":"gatewatch_check_state",)" + labels + R"(,"state":")" + s
                  + R"("},"value":[1800000000,")" + (qstrcmp(s, state) == 0 ? "1" : "0") + R"("]},)";
    }
    result += R"({"metric":{"__name__":"gatewatch_check_last_result_timestamp_seconds",)" + labels
              + R"(},"value":[1800000000,")" + QByteArray::number(lastResult, 'f', 3) + R"("]},)";
    result += R"({"metric":{"__name__":"gatewatch_check_attempts_total",)" + labels
              + R"(,"result":"up"},"value":[1800000000,")" + QByteArray::number(upAttempts) + R"("]},)";
    result += R"({"metric":{"__name__":"gatewatch_check_attempts_total",)" + labels
              + R"(,"result":"down"},"value":[1800000000,")" + QByteArray::number(downAttempts) + R"("]})";
    return LoopbackServer::response(
        200, R"({"status":"success","data":{"resultType":"vector","result":[)" + result + "]}}");
}

ApiServer serverAt(const QString &url)
{
    ApiServer server;
    server.url = QUrl(url);
    server.timeout = std::chrono::seconds(5);
    server.headers = {{"X-Scope-OrgID", "ops"}};
    return server;
}

} // namespace

// The live state read from a Prometheus HTTP API on 127.0.0.1 that answers as the API
// documentation shows, then fails in the ways a real one does.
class tst_PrometheusWatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void publishesWhatChanged();
    void failuresAreProblemsNotOutages_data();
    void failuresAreProblemsNotOutages();
    void aNewServerStartsAfresh();
    void aNewServerWhileAQueryIsOut();
};

void tst_PrometheusWatch::publishesWhatChanged()
{
    LoopbackServer prometheus(LoopbackServer::Mode::Respond, answer("up", 1'800'000'000, 10, 0));
    PrometheusWatch watch;
    QSignalSpy updates(&watch, &PrometheusWatch::checksUpdated);
    QSignalSpy states(&watch, &PrometheusWatch::checkStateChanged);
    QSignalSpy refreshed(&watch, &PrometheusWatch::refreshed);
    watch.setSource(serverAt(prometheus.url()), catalog());
    watch.start();
    QTRY_COMPARE(updates.size(), 1);
    auto first = updates.at(0).at(0).value<QList<CheckUpdate>>();
    QCOMPARE(first.size(), 1);
    QCOMPARE(first.at(0).state, HealthStatus::Up);
    QCOMPARE(watch.state(u"shopify"_s, u"admin"_s), HealthStatus::Up);
    QVERIFY(watch.problem().isEmpty());
    QVERIFY(watch.lastAnswerMs() > 0);

    // The request is an instant query with the configured headers.
    const QByteArray request = prometheus.lastRequest;
    QVERIFY2(request.startsWith("GET /api/v1/query?"), request.constData());
    QVERIFY(request.contains("X-Scope-OrgID: ops"));
    QVERIFY(request.contains("gatewatch_check_"));

    // Nothing ran since: a refresh publishes nothing.
    QTRY_COMPARE(refreshed.size(), 1);
    watch.refresh();
    QTRY_COMPARE(refreshed.size(), 2);
    QCOMPARE(updates.size(), 1);

    // One more attempt, failed.
    prometheus.setResponse(answer("down", 1'800'000'030, 10, 1));
    watch.refresh();
    QTRY_COMPARE(updates.size(), 2);
    const auto second = updates.at(1).at(0).value<QList<CheckUpdate>>();
    QCOMPARE(second.at(0).state, HealthStatus::Down);
    QCOMPARE(second.at(0).previousState, HealthStatus::Up);
    QCOMPARE(second.at(0).sample.verdict, HealthStatus::Down);
    QVERIFY(states.isEmpty());
}

void tst_PrometheusWatch::failuresAreProblemsNotOutages_data()
{
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<QString>("problem");
    QTest::newRow("unavailable") << LoopbackServer::response(
        503, R"({"status":"error","errorType":"unavailable","error":"TSDB not ready"})") << u"TSDB not ready"_s;
    QTest::newRow("unauthorized") << LoopbackServer::response(401, "Unauthorized", {}, "text/plain")
                                  << u"401"_s;
    QTest::newRow("not prometheus") << LoopbackServer::response(200, "<html>login</html>", {}, "text/html")
                                    << u"not"_s;
}

void tst_PrometheusWatch::failuresAreProblemsNotOutages()
{
    QFETCH(QByteArray, response);
    QFETCH(QString, problem);
    LoopbackServer prometheus(LoopbackServer::Mode::Respond, answer("up", 1'800'000'000, 10, 0));
    PrometheusWatch watch;
    QSignalSpy updates(&watch, &PrometheusWatch::checksUpdated);
    QSignalSpy states(&watch, &PrometheusWatch::checkStateChanged);
    QSignalSpy problems(&watch, &PrometheusWatch::problemChanged);
    QSignalSpy refreshed(&watch, &PrometheusWatch::refreshed);
    watch.setSource(serverAt(prometheus.url()), catalog());
    watch.start();
    QTRY_COMPARE(updates.size(), 1);
    QTRY_COMPARE(refreshed.size(), 1);

    prometheus.setResponse(response);
    watch.refresh();
    QTRY_COMPARE(problems.size(), 1);
    QVERIFY2(watch.problem().contains(problem, Qt::CaseInsensitive), qPrintable(watch.problem()));
    QVERIFY2(watch.problem().contains(u"127.0.0.1:%1"_s.arg(prometheus.serverPort())), qPrintable(watch.problem()));
    // The check keeps its last known state: Prometheus's trouble is not the integration's.
    QCOMPARE(watch.state(u"shopify"_s, u"admin"_s), HealthStatus::Up);
    QVERIFY(states.isEmpty());
    QCOMPARE(updates.size(), 1);

    // Answering again clears the problem.
    prometheus.setResponse(answer("up", 1'800'000'000, 10, 0));
    watch.refresh();
    QTRY_COMPARE(problems.size(), 2);
    QVERIFY(watch.problem().isEmpty());
    QVERIFY(states.isEmpty());
}

void tst_PrometheusWatch::aNewServerStartsAfresh()
{
    LoopbackServer prometheus(LoopbackServer::Mode::Respond, answer("down", 1'800'000'000, 0, 3));
    PrometheusWatch watch;
    QSignalSpy updates(&watch, &PrometheusWatch::checksUpdated);
    QSignalSpy states(&watch, &PrometheusWatch::checkStateChanged);
    QSignalSpy problems(&watch, &PrometheusWatch::problemChanged);
    watch.setSource(serverAt(prometheus.url()), catalog());
    watch.start();
    QTRY_COMPARE(updates.size(), 1);
    QCOMPARE(watch.state(u"shopify"_s, u"admin"_s), HealthStatus::Down);

    // Pointed at a server nobody listens on: what the old one said no longer stands.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    watch.setSource(serverAt(u"http://127.0.0.1:%1"_s.arg(port)), catalog());
    QCOMPARE(states.size(), 1);
    QCOMPARE(states.at(0).at(2).value<HealthStatus>(), HealthStatus::Unknown);
    QCOMPARE(watch.state(u"shopify"_s, u"admin"_s), HealthStatus::Unknown);
    QTRY_VERIFY(!watch.problem().isEmpty());
    QVERIFY2(watch.problem().contains(u"cannot be reached"_s), qPrintable(watch.problem()));
    QCOMPARE(watch.lastAnswerMs(), 0);
}

void tst_PrometheusWatch::aNewServerWhileAQueryIsOut()
{
    // A reload that points elsewhere while the old server has not answered: the old query is
    // dropped with its client, and the new server's answer is taken.
    LoopbackServer stalled(LoopbackServer::Mode::Stall);
    LoopbackServer prometheus(LoopbackServer::Mode::Respond, answer("up", 1'800'000'000, 10, 0));
    PrometheusWatch watch;
    QSignalSpy updates(&watch, &PrometheusWatch::checksUpdated);
    watch.setSource(serverAt(stalled.url()), catalog());
    watch.start();
    QTRY_COMPARE(stalled.requests, 1);
    watch.setSource(serverAt(prometheus.url()), catalog());
    QTRY_COMPARE(updates.size(), 1);
    QCOMPARE(watch.state(u"shopify"_s, u"admin"_s), HealthStatus::Up);
    QVERIFY(watch.problem().isEmpty());
}

QTEST_GUILESS_MAIN(tst_PrometheusWatch)
#include "tst_prometheuswatch.moc"
