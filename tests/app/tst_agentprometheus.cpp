#include "../services/loopbackserver.h"
#include "../services/prometheusserver.h"
#include "prometheusapi.h"

#include <QDateTime>
#include <QFile>
#include <QFutureWatcher>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace gw;
using namespace Qt::StringLiterals;

namespace {

void stop(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(10'000)) {
        process.kill();
        process.waitForFinished(5'000);
    }
}

} // namespace

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

private:
    // The value of a one-series instant query now, or nullopt when there is none (yet).
    std::optional<double> valueOf(const QString &expression);

    QTemporaryDir m_dir;
    LoopbackServer m_vendor{LoopbackServer::Mode::Respond, LoopbackServer::response(200, R"({"ok":true})")};
    QProcess m_agent;
    PrometheusServer m_prometheus;
    std::unique_ptr<PrometheusClient> m_client;
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

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"GATEWATCH_KEYCHAIN"_s, u"off"_s);
    env.remove(u"DISPLAY"_s);
    m_agent.setProcessEnvironment(env);
    m_agent.start(QStringLiteral(GATEWATCH_BINARY), {u"agent"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--config"_s,
                                                     config.fileName(), u"--data-dir"_s, m_dir.filePath(u"agent"_s)});
    QVERIFY(m_agent.waitForStarted());
    QByteArray err;
    QTRY_VERIFY_WITH_TIMEOUT((err += m_agent.readAllStandardError()).contains("/metrics\n")
                                 || m_agent.state() != QProcess::Running,
                             10'000);
    const QRegularExpressionMatch match =
        QRegularExpression(u"metrics at http://(127\\.0\\.0\\.1:\\d+)/metrics"_s).match(QString::fromUtf8(err));
    QVERIFY2(match.hasMatch(), err.constData());

    const QString problem = m_prometheus.start(match.captured(1), u"gatewatch"_s);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_client = std::make_unique<PrometheusClient>(
        PrometheusClient::Options{QUrl(m_prometheus.baseUrl()), std::chrono::seconds(10), {}});
    QTRY_VERIFY_WITH_TIMEOUT(valueOf(u"up{job=\"gatewatch\"}"_s) == 1.0 || !m_prometheus.running(), 30'000);
    QVERIFY2(m_prometheus.running(), m_prometheus.output().constData());
}

void tst_AgentPrometheus::cleanupTestCase()
{
    m_prometheus.stop();
    stop(m_agent);
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

QTEST_GUILESS_MAIN(tst_AgentPrometheus)
#include "tst_agentprometheus.moc"
