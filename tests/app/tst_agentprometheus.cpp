#include "../services/loopbackserver.h"
#include "../services/prometheusserver.h"
#include "agentprocess.h"
#include "historyreader.h"
#include "prometheusapi.h"
#include "prometheushistory.h"

#include <QDateTime>
#include <QFile>
#include <QFutureWatcher>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace gw;
using namespace Qt::StringLiterals;

// The real agent scraped by a real Prometheus (Debian package prometheus): what the agent serves
// is stored and queried as Prometheus users will query it (docs/metrics.md). The agent checks a
// loopback server that the test turns from healthy to failing.
class tst_AgentPrometheus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void checksAreStoredAsPrometheusSeries();
    void failuresCountAndStateChangeReachPrometheus();
    void chartsFromPrometheusMatchTheAgentsHistory();
    void prometheusProblemsAreNotOutages();

private:
    // The value of a one-series instant query now, or nullopt when there is none (yet).
    std::optional<double> valueOf(const QString &expression);

    QTemporaryDir m_dir;
    LoopbackServer m_vendor{LoopbackServer::Mode::Respond, LoopbackServer::response(200, R"({"ok":true})")};
    QProcess m_agent;
    PrometheusServer m_prometheus;
    std::unique_ptr<PrometheusClient> m_client;
    qint64 m_scrapedFromMs = 0; // Prometheus has had the agent's series since then
};

void tst_AgentPrometheus::initTestCase()
{
    if (PrometheusServer::binary().isEmpty())
        QSKIP("Prometheus is not installed: apt-get install prometheus (Debian) to run this test");
    QVERIFY(m_dir.isValid());

    QFile config(m_dir.filePath(u"gatewatch.yaml"_s));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(QStringLiteral(R"(settings:
  interval: 500ms
  timeout: 500ms
  failure_threshold: 1
  success_threshold: 1
  circuit_breaker: off
integrations:
  - id: klaviyo
    labels: {team: growth}
    checks:
      - id: accounts
        url: %1
        conditions: ['[STATUS] == 200']
vendors:
  - id: klaviyo-inc
    integrations: [klaviyo]
)")
                     .arg(m_vendor.url(u"/api/accounts"_s))
                     .toUtf8());
    config.close();

    const QString agent = startAgent(m_agent, config.fileName(), m_dir.filePath(u"agent"_s));
    QVERIFY(!agent.isEmpty());

    const QString problem = m_prometheus.start(agent, u"gatewatch"_s);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_client = std::make_unique<PrometheusClient>(
        PrometheusClient::Options{QUrl(m_prometheus.baseUrl()), std::chrono::seconds(10), {}});
    QTRY_VERIFY_WITH_TIMEOUT(valueOf(u"up{job=\"gatewatch\"}"_s) == 1.0 || !m_prometheus.running(), 30'000);
    QVERIFY2(m_prometheus.running(), m_prometheus.output().constData());
    QTRY_VERIFY_WITH_TIMEOUT(valueOf(u"gatewatch_check_attempts_total{result=\"up\"}"_s), 20'000);
    m_scrapedFromMs = QDateTime::currentMSecsSinceEpoch();
}

void tst_AgentPrometheus::cleanupTestCase()
{
    m_prometheus.stop();
    stopProcess(m_agent);
}

std::optional<double> tst_AgentPrometheus::valueOf(const QString &expression)
{
    const PromResult result = awaitFuture(m_client->query(expression, QDateTime::currentMSecsSinceEpoch()));
    if (!result.ok() || result->series.size() != 1 || result->series.at(0).points.isEmpty())
        return std::nullopt;
    return result->series.at(0).points.at(0).value;
}

void tst_AgentPrometheus::checksAreStoredAsPrometheusSeries()
{
    const QString check = u"{integration=\"klaviyo\",check=\"accounts\",vendor=\"klaviyo-inc\",team=\"growth\","
                          "job=\"gatewatch\"}"_s;
    QTRY_COMPARE_WITH_TIMEOUT(valueOf(u"gatewatch_check_up"_s + check), std::optional(1.0), 20'000);
    QTRY_COMPARE_WITH_TIMEOUT(valueOf(u"gatewatch_check_state"_s + check.chopped(1) + u",state=\"up\"}"_s),
                              std::optional(1.0), 20'000);
    // The histogram is one Prometheus understands: a loopback answer is well under 100 ms.
    QTRY_VERIFY_WITH_TIMEOUT(
        valueOf(u"histogram_quantile(0.5, sum by (le) (rate(gatewatch_check_duration_seconds_bucket%1[10s])))"_s.arg(
                    check))
            .value_or(1) < 0.1,
        20'000);
    // The agent's own health is there too.
    QCOMPARE(valueOf(u"gatewatch_agent_checks"_s), std::optional(1.0));
    QCOMPARE(valueOf(u"gatewatch_agent_config_last_reload_successful"_s), std::optional(1.0));
}

void tst_AgentPrometheus::failuresCountAndStateChangeReachPrometheus()
{
    QTRY_COMPARE_WITH_TIMEOUT(valueOf(u"gatewatch_check_up{integration=\"klaviyo\"}"_s), std::optional(1.0), 20'000);
    m_vendor.setResponse(LoopbackServer::response(503, R"({"ok":false})"));
    QTRY_COMPARE_WITH_TIMEOUT(valueOf(u"gatewatch_check_up{integration=\"klaviyo\"}"_s), std::optional(0.0), 20'000);
    QTRY_COMPARE_WITH_TIMEOUT(valueOf(u"gatewatch_check_state{integration=\"klaviyo\",state=\"down\"}"_s),
                              std::optional(1.0), 20'000);
    QTRY_VERIFY_WITH_TIMEOUT(
        valueOf(u"gatewatch_check_failures_total{integration=\"klaviyo\",class=\"http-status\"}"_s).value_or(0) >= 2,
        20'000);
    // Prometheus-side alerting on the agent's series works as docs/metrics.md shows.
    QTRY_COMPARE_WITH_TIMEOUT(valueOf(u"max by (integration, vendor) (gatewatch_check_up == 0)"_s), std::optional(0.0),
                              20'000);
    m_vendor.setResponse(LoopbackServer::response(200, R"({"ok":true})"));
    QTRY_COMPARE_WITH_TIMEOUT(valueOf(u"gatewatch_check_up{integration=\"klaviyo\"}"_s), std::optional(1.0), 20'000);
}

// The desktop's Prometheus source against the agent's own store, over the same range since
// Prometheus has had the series: the same attempts, ups and downs, each counted within a scrape
// interval (1 s here) of where the store has it. The tests before this one made the check fail
// for a while, so there are downs to find.
void tst_AgentPrometheus::chartsFromPrometheusMatchTheAgentsHistory()
{
    const qint64 to = QDateTime::currentMSecsSinceEpoch();
    const HistoryQuery query{u"klaviyo"_s, u"accounts"_s, m_scrapedFromMs, to, 40, 40};
    HistoryReader reader(m_dir.filePath(u"agent/history.sqlite"_s), Retention{});
    // Both have seen past `to`: the agent committed a later attempt (it commits about once a
    // second) and Prometheus scraped it after `to`.
    const auto newestStored = [&] {
        qint64 newest = 0;
        reader.exportSamples({u"klaviyo"_s, u"accounts"_s, to - 60'000, to + 60'000, 2000, 0},
                             [&newest](const CheckSample &s) {
                                 newest = std::max(newest, s.sample.atMs);
                                 return true;
                             });
        return newest;
    };
    QTRY_VERIFY_WITH_TIMEOUT(newestStored() > to, 15'000);
    QTRY_VERIFY_WITH_TIMEOUT(
        valueOf(u"timestamp(gatewatch_check_attempts_total{integration=\"klaviyo\",result=\"up\"})"_s).value_or(0)
            * 1000 > static_cast<double>(to),
        15'000);

    PrometheusHistory prometheus({{QUrl(m_prometheus.baseUrl()), std::chrono::seconds(10), {}}, 1'000}, nullptr);
    const ChartData remote = awaitFuture(prometheus.chart(query));
    QVERIFY2(remote.problem.isEmpty(), qPrintable(remote.problem));

    QList<HistorySample> local;
    const QString error = reader.exportSamples(query, [&local](const CheckSample &s) {
        local.append(s.sample);
        return true;
    });
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(local.size() > 5);
    // Prometheus's grid starts and ends on whole steps inside the range, and each attempt shows at
    // the next scrape: a couple of attempts at either end may fall outside it. Every one inside
    // is counted once.
    const qint64 step = remote.errors.isEmpty() ? 0 : remote.errors.first().endMs - remote.errors.first().startMs;
    const qint64 covered = remote.errors.isEmpty() ? 0 : remote.errors.last().endMs - remote.errors.first().startMs;
    qint64 localUp = 0;
    qint64 localDown = 0;
    std::optional<qint64> firstDown;
    for (const HistorySample &sample : std::as_const(local)) {
        (sample.state == HealthStatus::Down ? localDown : localUp) += 1;
        if (sample.state == HealthStatus::Down && !firstDown)
            firstDown = sample.atMs;
    }
    const auto near = [](qint64 a, qint64 b, qint64 slack) { return std::abs(a - b) <= slack; };
    const qint64 remoteUp = remote.total.count(HealthStatus::Up);
    const qint64 remoteDown = remote.total.count(HealthStatus::Down);
    const QByteArray counts = QStringLiteral("store: %1 up, %2 down; Prometheus: %3 up, %4 down (step %5 ms, %6 ms covered)")
                                  .arg(localUp).arg(localDown).arg(remoteUp).arg(remoteDown).arg(step).arg(covered)
                                  .toUtf8();
    // At a 500 ms interval and a 1 s scrape, the uncovered ends hold at most ~3 attempts each.
    QVERIFY2(near(remoteUp + remoteDown, localUp + localDown, 8), counts.constData());
    QVERIFY2(remoteDown >= 2 && near(remoteDown, localDown, 4), counts.constData());

    // The first down bucket starts within a step and a scrape of the first down attempt.
    QVERIFY(firstDown);
    std::optional<qint64> firstRemoteDown;
    for (const TimelineCell &cell : remote.timeline) {
        if (cell.state == HealthStatus::Down) {
            firstRemoteDown = cell.startMs;
            break;
        }
    }
    QVERIFY(firstRemoteDown);
    const qint64 cellWidth = remote.timeline.first().endMs - remote.timeline.first().startMs;
    QVERIFY2(*firstRemoteDown <= *firstDown + 1'000 && *firstRemoteDown + cellWidth >= *firstDown - 1'000,
             qPrintable(QStringLiteral("first down: store %1, Prometheus cell %2 + %3").arg(*firstDown).arg(*firstRemoteDown).arg(cellWidth)));

    // Latency: a loopback answer, well under the first bucket bound of 5 ms to 100 ms.
    QVERIFY(!remote.latencyP50.isEmpty());
    for (const QPointF &point : remote.latencyP50)
        QVERIFY2(point.y() >= 0 && point.y() < 100, qPrintable(QString::number(point.y())));

    // A day's chart keeps to the points asked for.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const ChartData day = awaitFuture(prometheus.chart({u"klaviyo"_s, QString(), now - 86'400'000, now, 300, 120}));
    QVERIFY2(day.problem.isEmpty(), qPrintable(day.problem));
    QVERIFY(day.errors.size() <= 300 && day.latencyP50.size() <= 300);
    QVERIFY(!day.timeline.isEmpty() && day.timeline.size() <= 120);

    // The overview's summary: availability over 24 h as the store counts it, give or take the few
    // attempts at either end of the window (Prometheus's began a little earlier and ends now).
    const QList<IntegrationSummary> summaries = awaitFuture(prometheus.summaries({u"klaviyo"_s}, now));
    QCOMPARE(summaries.size(), 1);
    QVERIFY(summaries.first().availability24h);
    const double localAvailability = double(localUp) / double(localUp + localDown);
    QVERIFY2(std::abs(*summaries.first().availability24h - localAvailability) <= 4.0 / double(localUp + localDown),
             qPrintable(QStringLiteral("%1 vs %2").arg(*summaries.first().availability24h).arg(localAvailability)));
}

void tst_AgentPrometheus::prometheusProblemsAreNotOutages()
{
    PrometheusHistory gone({{QUrl(u"http://127.0.0.1:%1"_s.arg(freeLoopbackPort())), std::chrono::seconds(5), {}}, 1'000},
                           nullptr);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const ChartData chart = awaitFuture(gone.chart({u"klaviyo"_s, u"accounts"_s, now - 3'600'000, now, 100, 60}));
    QVERIFY2(chart.problem.contains(u"cannot be reached"_s), qPrintable(chart.problem));
    QVERIFY(chart.timeline.isEmpty()); // no strip of "unknown" or "down" cells: nothing is said about klaviyo
    QVERIFY(!chart.total.availability());
}

QTEST_GUILESS_MAIN(tst_AgentPrometheus)
#include "tst_agentprometheus.moc"
