#include "../services/loopbackserver.h"
#include "../services/prometheusserver.h"
#include "agentprocess.h"
#include "dashboard.h"
#include "gatewaypage.h"
#include "gatewayroutesmodel.h"
#include "scorecardsmodel.h"
#include "scorecardspage.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cmath>

using namespace gw;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

// The issue's "done when": a window pointed at a Prometheus that scrapes an agent shows the same
// dashboard as a window that polls the same checks itself. The agent and Prometheus are the real
// ones (Debian packages); the vendors are loopback servers, one healthy with a rate limit, one
// failing.
class tst_DesktopPrometheus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void sameDashboardFromPrometheus();
    void sameScorecardsFromPrometheus();
    void sameGatewayFromPrometheus();
    void prometheusGoneIsNotAnOutage();

private:
    // Every check's debounced state in a window's overview, "integration/check" -> state.
    static QMap<QString, HealthStatus> states(const OverviewModel &model);
    // What the Scorecards page shows for a vendor in a column (ScorecardsModel::RawValueRole).
    static std::optional<double> scored(Dashboard &dashboard, const QString &vendor, int column);
    static void write(const QString &path, const QString &text);
    // Kong's metrics page after `ticks` ticks of traffic on one route: 9 answered 200 and 1
    // answered 500 each tick, 8 of them within 25 ms and all within 100 ms.
    static QByteArray kongPage(int ticks);

    QTemporaryDir m_dir;
    LoopbackServer m_shop{LoopbackServer::Mode::Respond,
                          LoopbackServer::response(200, R"({"ok":true})",
                                                   "X-RateLimit-Limit: 100\r\nX-RateLimit-Remaining: 42\r\n")};
    LoopbackServer m_mail{LoopbackServer::Mode::Respond, LoopbackServer::response(500, R"({"error":"boom"})")};
    LoopbackServer m_gateway{LoopbackServer::Mode::Respond, {}};
    QTimer m_traffic;
    int m_ticks = 0;
    QProcess m_agent;
    PrometheusServer m_prometheus;
    QString m_checks; // the integrations section, shared by the agent and both windows
    std::unique_ptr<Dashboard> m_polling;
    std::unique_ptr<Dashboard> m_reading;
};

QMap<QString, HealthStatus> tst_DesktopPrometheus::states(const OverviewModel &model)
{
    QMap<QString, HealthStatus> out;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex integration = model.index(row, 0);
        for (int child = 0; child < model.rowCount(integration); ++child) {
            const QModelIndex check = model.index(child, 0, integration);
            out.insert(check.data(OverviewModel::IntegrationIdRole).toString() + u'/'
                           + check.data(OverviewModel::CheckIdRole).toString(),
                       HealthStatus(check.data(OverviewModel::StatusRole).toInt()));
        }
    }
    return out;
}

std::optional<double> tst_DesktopPrometheus::scored(Dashboard &dashboard, const QString &vendor, int column)
{
    const ScorecardsModel *model = dashboard.window().scorecardsPage()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(ScorecardsModel::VendorIdRole).toString() != vendor)
            continue;
        const QVariant value = model->index(row, column).data(ScorecardsModel::RawValueRole);
        return value.isValid() ? std::optional(value.toDouble()) : std::nullopt;
    }
    return std::nullopt;
}

QByteArray tst_DesktopPrometheus::kongPage(int ticks)
{
    const QByteArray labels = R"(service="shop-svc",route="orders")";
    const QByteArray page = "# TYPE kong_http_requests_total counter\n"
                            "kong_http_requests_total{" + labels + R"(,code="200",source="service",consumer=""} )"
                            + QByteArray::number(9 * ticks) + "\n"
                            "kong_http_requests_total{" + labels + R"(,code="500",source="service",consumer=""} )"
                            + QByteArray::number(ticks) + "\n"
                            "# TYPE kong_request_latency_ms histogram\n"
                            "kong_request_latency_ms_bucket{" + labels + R"(,le="25"} )" + QByteArray::number(8 * ticks)
                            + "\nkong_request_latency_ms_bucket{" + labels + R"(,le="100"} )"
                            + QByteArray::number(10 * ticks) + "\nkong_request_latency_ms_bucket{" + labels
                            + R"(,le="+Inf"} )" + QByteArray::number(10 * ticks) + "\nkong_request_latency_ms_sum{"
                            + labels + "} " + QByteArray::number(200 * ticks) + "\nkong_request_latency_ms_count{"
                            + labels + "} " + QByteArray::number(10 * ticks) + "\n"
                            "# TYPE kong_upstream_target_health gauge\n"
                            R"(kong_upstream_target_health{upstream="shop",target="shop.example:443",)"
                            R"(address="127.0.0.1:443",state="healthy",subsystem="http"} 1)" "\n"
                            R"(kong_upstream_target_health{upstream="shop",target="shop.example:443",)"
                            R"(address="127.0.0.1:443",state="unhealthy",subsystem="http"} 0)" "\n"
                            "kong_datastore_reachable 1\n";
    return LoopbackServer::response(200, page, {}, "text/plain; version=0.0.4");
}

void tst_DesktopPrometheus::write(const QString &path, const QString &text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QVERIFY(file.write(text.toUtf8()) > 0);
}

void tst_DesktopPrometheus::initTestCase()
{
    if (PrometheusServer::binary().isEmpty())
        QSKIP("Prometheus is not installed: apt-get install prometheus (Debian) to run this test");
    QVERIFY(m_dir.isValid());
    m_checks = QStringLiteral(R"(integrations:
  - id: shop
    checks:
      - id: api
        url: %1
        conditions: ['[STATUS] == 200']
  - id: mail
    checks:
      - id: send
        url: %2
        conditions: ['[STATUS] == 200']
gateway:
  name: edge
  metrics_url: %3
  interval: 500ms
  routes:
    shop: {service: shop-svc, route: orders}
vendors:
  - id: shopco
    integrations: [shop]
  - id: mailco
    integrations: [mail]
)")
                   .arg(m_shop.url(u"/api"_s), m_mail.url(u"/send"_s), m_gateway.url(u"/metrics"_s));
    // The gateway carries traffic all along: 10 requests a tick, one of them answered 500.
    connect(&m_traffic, &QTimer::timeout, this, [this] { m_gateway.setResponse(kongPage(++m_ticks)); });
    m_traffic.start(100);
    const QString settings = u"settings:\n  interval: 500ms\n  timeout: 500ms\n  failure_threshold: 1\n"
                             "  success_threshold: 1\n  circuit_breaker: off\n"_s;
    write(m_dir.filePath(u"agent.yaml"_s), settings + m_checks);
    const QString agent = startAgent(m_agent, m_dir.filePath(u"agent.yaml"_s), m_dir.filePath(u"agent"_s));
    QVERIFY(!agent.isEmpty());
    const QString problem = m_prometheus.start(agent, u"gatewatch"_s);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    // The same file with one more setting: read history from Prometheus.
    write(m_dir.filePath(u"reading.yaml"_s),
          settings + u"  history:\n    source: prometheus\n    url: %1\n    timeout: 5s\n"_s.arg(m_prometheus.baseUrl())
              + m_checks);
}

void tst_DesktopPrometheus::cleanupTestCase()
{
    m_reading.reset();
    m_polling.reset();
    m_prometheus.stop();
    stopProcess(m_agent);
}

void tst_DesktopPrometheus::sameDashboardFromPrometheus()
{
    QVERIFY(QDir(m_dir.path()).mkpath(u"polling"_s) && QDir(m_dir.path()).mkpath(u"reading"_s));
    m_polling = std::make_unique<Dashboard>(m_dir.filePath(u"agent.yaml"_s), m_dir.filePath(u"polling"_s));
    m_reading = std::make_unique<Dashboard>(m_dir.filePath(u"reading.yaml"_s), m_dir.filePath(u"reading"_s));
    m_reading->runtime().prometheus().setRefreshInterval(500ms);
    QSignalSpy polled(&m_reading->runtime().monitor(), &Monitor::checksUpdated);
    m_polling->start();
    m_reading->start();

    const QMap<QString, HealthStatus> expected{{u"shop/api"_s, HealthStatus::Up},
                                               {u"mail/send"_s, HealthStatus::Down},
                                               {u"gateway/metrics"_s, HealthStatus::Up}};
    QTRY_COMPARE_WITH_TIMEOUT(states(m_polling->model()), expected, 20'000);
    // Prometheus scrapes every second; the window asks every half second.
    QTRY_COMPARE_WITH_TIMEOUT(states(m_reading->model()), expected, 30'000);
    QVERIFY(m_reading->runtime().readsPrometheus());
    QVERIFY(!m_polling->runtime().readsPrometheus());
    // The reading window sent no check of its own.
    QCOMPARE(polled.size(), 0);

    // The same quota, read from the vendor's headers here and from the agent's metrics there.
    QTRY_COMPARE_WITH_TIMEOUT(m_polling->quotas().lowestHeadroom(u"shop"_s), std::optional(0.42), 20'000);
    QTRY_COMPARE_WITH_TIMEOUT(m_reading->quotas().lowestHeadroom(u"shop"_s), std::optional(0.42), 20'000);
    QVERIFY(!m_reading->quotas().lowestHeadroom(u"mail"_s));

    // The same failure class and a latency on the failing check.
    const auto failure = [](const OverviewModel &model) {
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex integration = model.index(row, 0);
            if (integration.data(OverviewModel::IntegrationIdRole).toString() == u"mail")
                return FailureClass(model.index(0, 0, integration).data(OverviewModel::FailureClassRole).toInt());
        }
        return FailureClass::None;
    };
    QTRY_COMPARE_WITH_TIMEOUT(failure(m_reading->model()), FailureClass::HttpStatus, 20'000);
    QCOMPARE(failure(m_polling->model()), FailureClass::HttpStatus);

    // The window says where its live state comes from.
    const auto *path = m_reading->window().findChild<QLabel *>(u"configPathLabel"_s);
    QVERIFY(path);
    QVERIFY2(path->text().contains(u"Prometheus at 127.0.0.1:"_s), qPrintable(path->text()));
}

void tst_DesktopPrometheus::sameScorecardsFromPrometheus()
{
    QVERIFY(m_polling && m_reading);
    // The last hour and the next: the polling window counts its own attempts, the reading one
    // the agent's, by the hour, from Prometheus.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const Period period{now - 3'600'000, now + 3'600'000};
    for (Dashboard *dashboard : {m_polling.get(), m_reading.get()}) {
        ScorecardsPage *page = dashboard->window().scorecardsPage();
        page->setPeriod(period);
        // Asked again every second until an answer has both vendors' attempts.
        int polls = 0;
        const auto ask = [&] {
            if (polls++ % 20 == 0)
                Q_EMIT page->reviewsRequested(period);
            return true;
        };
        const auto availability = [&](const QString &vendor) {
            return scored(*dashboard, vendor, ScorecardsModel::AvailabilityColumn);
        };
        QTRY_VERIFY_WITH_TIMEOUT(ask() && availability(u"shopco"_s) == 100.0 && availability(u"mailco"_s) == 0.0,
                                 30'000);
        // Every attempt at the failing vendor failed; the healthy one's latency is known.
        QCOMPARE(scored(*dashboard, u"mailco"_s, ScorecardsModel::ErrorRateColumn), std::optional(100.0));
        QCOMPARE(scored(*dashboard, u"shopco"_s, ScorecardsModel::ErrorRateColumn), std::optional(0.0));
        QVERIFY(scored(*dashboard, u"shopco"_s, ScorecardsModel::P95Column));
    }
}

void tst_DesktopPrometheus::sameGatewayFromPrometheus()
{
    QVERIFY(m_polling && m_reading);
    // The polling window reads the gateway's page; the reading one the agent's reading of it.
    const auto orders = [](Dashboard &dashboard) -> std::optional<RouteHealth> {
        const GatewayRoutesModel *model = dashboard.window().gatewayPage()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->route(row).service == u"shop-svc" && model->route(row).route == u"orders"_s)
                return model->route(row);
        }
        return std::nullopt;
    };
    for (Dashboard *dashboard : {m_polling.get(), m_reading.get()}) {
        QTRY_VERIFY_WITH_TIMEOUT(orders(*dashboard) && orders(*dashboard)->errorRatio, 20'000);
        const RouteHealth route = *orders(*dashboard);
        // One in ten answered 500, whatever the interval between readings.
        QVERIFY2(std::abs(*route.errorRatio - 0.1) < 1e-9, qPrintable(QString::number(*route.errorRatio)));
        QVERIFY(route.requestsPerSecond && *route.requestsPerSecond > 0);
        // p95 of 10 per tick, 8 within 25 ms and 2 in (25, 100]: rank 9.5, 1.5 into the second
        // bucket of 2: 25 + 75 × 0.75 = 81.25 ms.
        QVERIFY(route.p95Ms);
        QVERIFY2(std::abs(*route.p95Ms - 81.25) < 1e-6, qPrintable(QString::number(*route.p95Ms)));
    }
    // The same upstream targets and datastore.
    const QList<UpstreamTarget> targets{{u"shop"_s, u"shop.example:443"_s, u"healthy"_s}};
    for (Dashboard *dashboard : {m_polling.get(), m_reading.get()}) {
        QCOMPARE(dashboard->runtime().gateway().tracker().latest()->upstreams, targets);
        QCOMPARE(dashboard->runtime().gateway().tracker().latest()->datastoreReachable, std::optional(true));
    }
    QVERIFY(m_reading->runtime().gateway().diagnostics().fromAgents);
    QVERIFY(!m_polling->runtime().gateway().diagnostics().fromAgents);
}

void tst_DesktopPrometheus::prometheusGoneIsNotAnOutage()
{
    QVERIFY(m_reading);
    const QMap<QString, HealthStatus> before = states(m_reading->model());
    QSignalSpy problems(&m_reading->runtime().prometheus(), &PrometheusWatch::problemChanged);
    m_prometheus.stop();
    QTRY_VERIFY_WITH_TIMEOUT(!m_reading->runtime().prometheus().problem().isEmpty(), 10'000);
    const QString problem = m_reading->runtime().prometheus().problem();
    QVERIFY2(problem.contains(u"cannot be reached"_s), qPrintable(problem));
    // The banner says so, and every check keeps the state last read.
    const auto *banner = m_reading->window().findChild<QWidget *>(u"liveSourceBannerHolder"_s);
    QVERIFY(banner);
    QVERIFY(!banner->isHidden());
    QCOMPARE(states(m_reading->model()), before);

    // Scorecards asked for now say that Prometheus could not be asked, not that vendors failed.
    ScorecardsPage *page = m_reading->window().scorecardsPage();
    const auto *summary = page->findChild<QLabel *>(u"scorecardsSummary"_s);
    QVERIFY(summary);
    Q_EMIT page->reviewsRequested(page->period());
    QTRY_VERIFY2_WITH_TIMEOUT(summary->text().contains(u"cannot be computed"_s), qPrintable(summary->text()), 10'000);
    QVERIFY2(summary->text().contains(u"cannot be reached"_s), qPrintable(summary->text()));
}

QTEST_MAIN(tst_DesktopPrometheus)
#include "tst_desktopprometheus.moc"
