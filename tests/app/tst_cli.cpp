#include "../services/loopbackserver.h"
#include "historystore.h"
#include "incidentstore.h"
#include "scorecard.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace gw;
using namespace Qt::StringLiterals;

// Drives the real `gatewatch` binary as a user would, against loopback servers.
class tst_Cli : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    Run gatewatch(const QStringList &arguments, const QProcessEnvironment &extra = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"GATEWATCH_KEYCHAIN"_s, u"off"_s);
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        env.remove(u"QT_QPA_PLATFORM"_s);
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
        for (const QString &key : extra.keys())
            env.insert(key, extra.value(key));
        process.setProcessEnvironment(env);
        // The server lives in this process, so keep its event loop turning while the child runs.
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(GATEWATCH_BINARY), arguments);
        if (!finished.wait(60'000)) {
            process.kill();
            return {};
        }
        return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }

    QString writeConfig(const QByteArray &yaml)
    {
        const QString path = m_dir.filePath(u"gatewatch.yaml"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(yaml);
        return path;
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(bytes);
        return path;
    }

    QTemporaryDir m_dir;

    // Two vendors over an hour three hours ago (hourly buckets; the history's raw samples are
    // still there). acme (named with a comma, for the CSV) has acme-api, checked 4 times in that
    // hour: 3 up, 1 down; its alert acme-down fired for 30 minutes. globex has other, 4 times up.
    QString writeScorecardConfig()
    {
        return writeFile(u"scorecard.yaml"_s, R"(integrations:
  - id: acme-api
    checks:
      - id: rest
        url: http://127.0.0.1:9/rest
  - id: other
    checks:
      - id: ping
        url: http://127.0.0.1:9/ping
vendors:
  - id: acme
    name: "Acme, Inc."
    integrations: [acme-api]
    contract: {availability: 99.9}
  - id: globex
    integrations: [other]
alerts:
  - name: acme-down
    when: status(acme-api) == down
)");
    }

    // The hour the scorecard history covers.
    static QDateTime scorecardHour()
    {
        static const QDateTime hour =
            QDateTime::fromSecsSinceEpoch((QDateTime::currentSecsSinceEpoch() / 3600 - 3) * 3600, Qt::UTC);
        return hour;
    }

    QString seedScorecardHistory()
    {
        const QString data = m_dir.filePath(u"scorecard-data"_s);
        if (QFileInfo::exists(data + u"/history.sqlite"_s))
            return data;
        const QDateTime hour = scorecardHour();
        {
            HistoryStore::Options options;
            options.path = data + u"/history.sqlite"_s;
            HistoryStore store(options);
            store.open();
            if (!QTest::qWaitFor([&] { return store.status() == HistoryStore::Status::Ok; }, 10'000))
                return {};
            QList<CheckUpdate> updates;
            const auto update = [&hour](const QString &integration, const QString &check, int minute,
                                        HealthStatus verdict) {
                CheckUpdate u;
                u.sample.integrationId = integration;
                u.sample.checkId = check;
                u.sample.at = hour.addSecs(minute * 60);
                u.sample.verdict = verdict;
                u.sample.latencyMs = 100;
                u.sample.httpStatus = verdict == HealthStatus::Up ? 200 : 503;
                if (verdict != HealthStatus::Up) {
                    u.sample.failureClass = FailureClass::HttpStatus;
                    u.sample.reason = u"HTTP 503"_s;
                }
                return u;
            };
            for (int minute : {1, 16, 31, 46}) {
                updates.append(
                    update(u"acme-api"_s, u"rest"_s, minute, minute == 31 ? HealthStatus::Down : HealthStatus::Up));
                updates.append(update(u"other"_s, u"ping"_s, minute, HealthStatus::Up));
            }
            store.record(updates);
            QSignalSpy flushed(&store, &HistoryStore::flushed);
            store.flush();
            if (!flushed.wait(10'000))
                return {};
        }
        IncidentStore incidents(data + u"/incidents.sqlite"_s);
        if (!incidents.open())
            return {};
        const qint64 start = hour.addSecs(10 * 60).toMSecsSinceEpoch();
        for (const auto &[kind, atMs] : {std::pair(IncidentEvent::Kind::Firing, start),
                                         std::pair(IncidentEvent::Kind::Resolved, start + 30 * 60'000)}) {
            IncidentEvent event;
            event.atMs = atMs;
            event.rule = u"acme-down"_s;
            event.incidentStartMs = start;
            event.kind = kind;
            incidents.append(event);
        }
        return data;
    }

    QStringList scorecardArguments()
    {
        const QDateTime hour = scorecardHour();
        return {u"scorecard"_s,
                u"--config"_s,
                writeScorecardConfig(),
                u"--data-dir"_s,
                seedScorecardHistory(),
                u"--from"_s,
                hour.toString(Qt::ISODate),
                u"--to"_s,
                hour.addSecs(3600).toString(Qt::ISODate)};
    }

private Q_SLOTS:
    void checkOnceJson()
    {
        LoopbackServer ok(LoopbackServer::Mode::Respond,
                          LoopbackServer::response(200, R"({"shop":{"plan_name":"plus"}})",
                                                   "X-Shopify-Shop-Api-Call-Limit: 32/40\r\n"));
        LoopbackServer failing(LoopbackServer::Mode::Respond,
                               LoopbackServer::response(503, R"({"error":"maintenance"})"));
        const QString config =
            writeConfig(QStringLiteral(R"(settings:
  interval: 30s
  timeout: 5s
integrations:
  - id: shopify
    name: Shopify
    checks:
      - id: admin-rest
        url: %1
        headers:
          X-Shopify-Access-Token: ${secret:shopify-admin}
        conditions:
          - "[STATUS] == 200"
          - "[BODY].shop.plan_name != closed"
  - id: stripe
    name: Stripe
    checks:
      - id: balance
        url: %2
        conditions:
          - "[STATUS] == 200"
)")
                            .arg(ok.url(u"/admin/api/2024-10/shop.json"_s), failing.url(u"/v1/balance"_s))
                            .toUtf8());

        QProcessEnvironment env;
        env.insert(u"GATEWATCH_SECRET_SHOPIFY_ADMIN"_s, u"shpat_canary_0123"_s);
        const Run run = gatewatch({u"check"_s, u"--once"_s, u"--format"_s, u"json"_s, u"--config"_s, config}, env);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(!run.out.contains("shpat_canary_0123"), "secret values never reach the output");

        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, run.out.constData());
        const QJsonObject root = document.object();
        QVERIFY(QDateTime::fromString(root.value(u"generated_at"_s).toString(), Qt::ISODate).isValid());
        const QJsonArray checks = root.value(u"checks"_s).toArray();
        QCOMPARE(checks.size(), 2);

        const QJsonObject shopify = checks.at(0).toObject();
        QCOMPARE(shopify.value(u"integration"_s).toString(), u"shopify"_s);
        QCOMPARE(shopify.value(u"check"_s).toString(), u"admin-rest"_s);
        QCOMPARE(shopify.value(u"status"_s).toString(), u"up"_s);
        QVERIFY(shopify.value(u"failure_class"_s).isNull());
        QVERIFY(shopify.value(u"reason"_s).isNull());
        QCOMPARE(shopify.value(u"http_status"_s).toInt(), 200);
        QVERIFY(shopify.value(u"latency_ms"_s).toDouble() > 0);
        QVERIFY(shopify.value(u"queue_ms"_s).isDouble());
        QCOMPARE(shopify.value(u"failed_conditions"_s).toArray().size(), 0);
        QVERIFY(shopify.value(u"tls"_s).isNull());
        // The issue's own example: a Shopify REST call-limit header of 32/40.
        const QJsonArray quotas = shopify.value(u"quotas"_s).toArray();
        QCOMPARE(quotas.size(), 1);
        const QJsonObject quota = quotas.at(0).toObject();
        QCOMPARE(quota.value(u"policy"_s).toString(), u"default"_s);
        QCOMPARE(quota.value(u"limit"_s).toDouble(), 40.0);
        QCOMPARE(quota.value(u"remaining"_s).toDouble(), 8.0);
        QCOMPARE(quota.value(u"used"_s).toDouble(), 32.0);
        QVERIFY(quota.value(u"window_s"_s).isNull());
        QVERIFY(quota.value(u"reset_at"_s).isNull());
        QCOMPARE(quota.value(u"unit"_s).toString(), u"requests"_s);
        QCOMPARE(quota.value(u"source"_s).toString(), u"shopify-rest"_s);
        QVERIFY(shopify.value(u"retry_after_s"_s).isNull());
        QCOMPARE(shopify.value(u"circuit"_s).toString(), u"closed"_s);

        const QJsonObject stripe = checks.at(1).toObject();
        QCOMPARE(stripe.value(u"status"_s).toString(), u"down"_s);
        QCOMPARE(stripe.value(u"failure_class"_s).toString(), u"http-status"_s);
        QCOMPARE(stripe.value(u"http_status"_s).toInt(), 503);
        const QJsonArray failed = stripe.value(u"failed_conditions"_s).toArray();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).toObject().value(u"condition"_s).toString(), u"[STATUS] == 200"_s);
        QCOMPARE(failed.at(0).toObject().value(u"actual"_s).toString(), u"503"_s);
    }

    static QByteArray metricsPage(const QString &flavor)
    {
        QFile file(QStringLiteral(GATEWAY_PAGES) + u"/gateway-"_s + flavor + u".prom"_s);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // One scrape of each gateway's own metric names (tests/app/data/gateway-*.prom); every expected number is worked
    // out by hand in the comments (Prometheus histogram_quantile: rank = q × count, linear inside the bucket).
    void checkOnceGateway_data()
    {
        QTest::addColumn<QByteArray>("page");
        QTest::addColumn<QString>("flavor");
        QTest::addColumn<QJsonObject>("route");
        QTest::addColumn<QJsonObject>("upstream");

        // Kong: 18211 requests: 17910 × 200, 78 × 404, 12 × 429, 111 × 502, 100 × 503, so 5xx 211,
        // 4xx 90 (the 429s included). error_ratio = 211 / 18211 = 0.011586… → 0.0116.
        // Latency: le 25: 5000, 50: 10000, 100: 15000, 200: 17500, 500: 18200, +Inf: 18211.
        // p50: rank 9105.5 in (25, 50]: 25 + 25 × (9105.5 − 5000) / 5000 = 45.5275 → 45.5
        // p95: rank 17300.45 in (100, 200]: 100 + 100 × (17300.45 − 15000) / 2500 = 192.018 → 192.0
        // p99: rank 18028.89 in (200, 500]: 200 + 300 × (18028.89 − 17500) / 700 = 426.667 → 426.7
        QTest::newRow("kong") << metricsPage(u"kong"_s) << u"kong"_s
                              << QJsonObject{{u"service"_s, u"shopify-admin"_s},
                                             {u"route"_s, u"orders"_s},
                                             {u"integration"_s, u"shopify"_s},
                                             {u"requests_total"_s, 18211},
                                             {u"errors_5xx_total"_s, 211},
                                             {u"errors_4xx_total"_s, 90},
                                             {u"rate_limited_total"_s, 12},
                                             {u"error_ratio"_s, 0.0116},
                                             {u"p50_ms"_s, 45.5},
                                             {u"p95_ms"_s, 192.0},
                                             {u"p99_ms"_s, 426.7}}
                              << QJsonObject{{u"upstream"_s, u"shopify"_s},
                                             {u"target"_s, u"shopify.com:443"_s},
                                             {u"state"_s, u"healthy"_s}};

        // Traefik: seconds. 1000 requests: 940 × 200, 20 × 429, 40 × 500 → ratio 0.04.
        // le 0.1: 400, 0.3: 800, 1.2: 990, +Inf: 1000.
        // p50: rank 500 in (0.1, 0.3]: 100 + 200 × 100/400 = 150 ms
        // p95: rank 950 in (0.3, 1.2]: 300 + 900 × 150/190 = 1010.526… → 1010.5 ms
        // p99: rank 990 in (0.3, 1.2]: 300 + 900 × 190/190 = 1200 ms
        QTest::newRow("traefik") << metricsPage(u"traefik"_s) << u"traefik"_s
                                 << QJsonObject{{u"service"_s, u"stripe@file"_s},
                                                {u"route"_s, QJsonValue::Null},
                                                {u"integration"_s, u"stripe"_s},
                                                {u"requests_total"_s, 1000},
                                                {u"errors_5xx_total"_s, 40},
                                                {u"errors_4xx_total"_s, 20},
                                                {u"rate_limited_total"_s, 20},
                                                {u"error_ratio"_s, 0.04},
                                                {u"p50_ms"_s, 150.0},
                                                {u"p95_ms"_s, 1010.5},
                                                {u"p99_ms"_s, 1200.0}}
                                 << QJsonObject{{u"upstream"_s, u"stripe@file"_s},
                                                {u"target"_s, u"https://api.stripe.com"_s},
                                                {u"state"_s, u"unhealthy"_s}};

        // Envoy: ms. 500 requests: 480 × 200, 5 × 429, 15 × 503 → ratio 0.03.
        // le 10: 100, 50: 450, 250: 495, +Inf: 500.
        // p50: rank 250 in (10, 50]: 10 + 40 × 150/350 = 27.142… → 27.1
        // p95: rank 475 in (50, 250]: 50 + 200 × 25/45 = 161.111… → 161.1
        // p99: rank 495 in (50, 250]: 50 + 200 × 45/45 = 250
        QTest::newRow("envoy") << metricsPage(u"envoy"_s) << u"envoy"_s
                               << QJsonObject{{u"service"_s, u"slack_api"_s},
                                              {u"route"_s, QJsonValue::Null},
                                              {u"integration"_s, u"slack"_s},
                                              {u"requests_total"_s, 500},
                                              {u"errors_5xx_total"_s, 15},
                                              {u"errors_4xx_total"_s, 5},
                                              {u"rate_limited_total"_s, 5},
                                              {u"error_ratio"_s, 0.03},
                                              {u"p50_ms"_s, 27.1},
                                              {u"p95_ms"_s, 161.1},
                                              {u"p99_ms"_s, 250.0}}
                               << QJsonObject{{u"upstream"_s, u"slack_api"_s},
                                              {u"target"_s, u"1 of 2 healthy"_s},
                                              {u"state"_s, u"degraded"_s}};
    }

    void checkOnceGateway()
    {
        QFETCH(QByteArray, page);
        QFETCH(QString, flavor);
        QFETCH(QJsonObject, route);
        QFETCH(QJsonObject, upstream);

        LoopbackServer health(LoopbackServer::Mode::Respond,
                              LoopbackServer::response(200, R"({"status":"pass"})", {}, "application/health+json"));
        LoopbackServer metrics(LoopbackServer::Mode::Respond,
                               LoopbackServer::response(200, page, {}, "text/plain; version=0.0.4; charset=utf-8"));
        const QString config = writeConfig(QStringLiteral(R"(gateway:
  name: edge
  health_url: %1
  metrics_url: %2
  headers: { Authorization: "Bearer ${secret:gateway}" }
  routes:
    shopify: { service: shopify-admin, route: orders }
    stripe: { service: stripe@file }
    slack: { service: slack_api }
integrations:
  - id: shopify
  - id: stripe
  - id: slack
)")
                                               .arg(health.url(u"/health"_s), metrics.url(u"/metrics"_s))
                                               .toUtf8());
        QProcessEnvironment env;
        env.insert(u"GATEWATCH_SECRET_GATEWAY"_s, u"gw_canary_4567"_s);
        const Run run = gatewatch({u"check"_s, u"--once"_s, u"--format"_s, u"json"_s, u"--config"_s, config}, env);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(!run.out.contains("gw_canary_4567"));
        const QJsonObject root = QJsonDocument::fromJson(run.out).object();

        // The gateway's own checks come first among the checks.
        const QJsonArray checks = root.value(u"checks"_s).toArray();
        QCOMPARE(checks.size(), 2);
        QCOMPARE(checks.at(0).toObject().value(u"integration"_s).toString(), u"gateway"_s);
        QCOMPARE(checks.at(0).toObject().value(u"check"_s).toString(), u"health"_s);
        QCOMPARE(checks.at(1).toObject().value(u"check"_s).toString(), u"metrics"_s);

        const QJsonObject gateway = root.value(u"gateway"_s).toObject();
        QCOMPARE(gateway.value(u"name"_s).toString(), u"edge"_s);
        QCOMPARE(gateway.value(u"status"_s).toString(), u"up"_s);
        QCOMPARE(gateway.value(u"flavor"_s).toString(), flavor);
        QVERIFY(gateway.value(u"metrics_error"_s).isNull());
        QCOMPARE(gateway.value(u"metrics_problems"_s).toInt(), 0);
        const QJsonArray routes = gateway.value(u"routes"_s).toArray();
        QCOMPARE(routes.size(), 1);
        QCOMPARE(routes.at(0).toObject(), route);
        const QJsonArray upstreams = gateway.value(u"upstreams"_s).toArray();
        QCOMPARE(upstreams.size(), 1);
        QCOMPARE(upstreams.at(0).toObject(), upstream);
        QCOMPARE(gateway.value(u"datastore_reachable"_s),
                 flavor == u"kong" ? QJsonValue(true) : QJsonValue(QJsonValue::Null));
        QCOMPARE(metrics.requests, 1);
        QCOMPARE(health.requests, 1);
    }

    void checkOnceGatewayPageThatIsNotMetrics()
    {
        // An HTML error page with status 200 (a misrouted metrics URL): the check is up, the
        // gateway object says what is wrong and has no routes.
        LoopbackServer metrics(
            LoopbackServer::Mode::Respond,
            LoopbackServer::response(200, "<!DOCTYPE html><html><body>Login</body></html>", {}, "text/html"));
        const QString config =
            writeConfig(QStringLiteral("gateway:\n  metrics_url: %1\n").arg(metrics.url(u"/metrics"_s)).toUtf8());
        const Run run = gatewatch({u"check"_s, u"--once"_s, u"--format"_s, u"json"_s, u"--config"_s, config});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject gateway = QJsonDocument::fromJson(run.out).object().value(u"gateway"_s).toObject();
        QCOMPARE(gateway.value(u"name"_s).toString(), u"gateway"_s);
        QVERIFY2(gateway.value(u"metrics_error"_s).toString().contains(u"HTML"_s), run.out.constData());
        QCOMPARE(gateway.value(u"routes"_s).toArray().size(), 0);
    }

    void checkOnceAllUpTable()
    {
        LoopbackServer ok(LoopbackServer::Mode::Respond, LoopbackServer::response(200, "{}"));
        const QString config = writeConfig(QStringLiteral(R"(integrations:
  - id: chatwoot
    name: Chatwoot
    checks:
      - id: profile
        url: %1
)")
                                               .arg(ok.url())
                                               .toUtf8());
        const Run run = gatewatch({u"check"_s, u"--once"_s, u"--config"_s, config});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith("INTEGRATION"));
        QVERIFY(run.out.contains("chatwoot"));
        QVERIFY(run.out.contains(" up "));
    }

    void usageAndConfigErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QByteArray>("stderrContains");

        QTest::newRow("unknown format") << QStringList{u"check"_s, u"--once"_s, u"--format"_s, u"xml"_s} << QByteArray()
                                        << QByteArray("unknown format 'xml'");
        QTest::newRow("unknown option") << QStringList{u"check"_s, u"--bogus"_s} << QByteArray() << QByteArray("bogus");
        QTest::newRow("missing config file")
            << QStringList{u"check"_s, u"--once"_s, u"--config"_s, u"/nonexistent/gatewatch.yaml"_s} << QByteArray()
            << QByteArray("/nonexistent/gatewatch.yaml");
        QTest::newRow("positioned config error")
            << QStringList{u"check"_s, u"--once"_s} << QByteArray("settings:\n  intervall: 10s\n")
            << QByteArray("gatewatch.yaml:2:3:");
        QTest::newRow("agent with bad duration")
            << QStringList{u"agent"_s, u"--for"_s, u"soon"_s} << QByteArray() << QByteArray("--for");
        QTest::newRow("agent listen without port")
            << QStringList{u"agent"_s, u"--listen"_s, u"127.0.0.1"_s} << QByteArray()
            << QByteArray("--listen: expected an address and port like 127.0.0.1:9464");
        QTest::newRow("agent listen remote without flag")
            << QStringList{u"agent"_s, u"--listen"_s, u"0.0.0.0:0"_s} << QByteArray()
            << QByteArray("0.0.0.0:0 can be reached from other machines; add --allow-remote");
        QTest::newRow("agent allow remote without listen")
            << QStringList{u"agent"_s, u"--allow-remote"_s} << QByteArray() << QByteArray("--listen, which is not given");
        QTest::newRow("agent token file missing")
            << QStringList{u"agent"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--bearer-token-file"_s,
                           u"/nonexistent/token"_s}
            << QByteArray() << QByteArray("--bearer-token-file: cannot read /nonexistent/token");
        QTest::newRow("agent shard out of range")
            << QStringList{u"agent"_s, u"--shard"_s, u"3/2"_s} << QByteArray() << QByteArray("--shard:");
        QTest::newRow("window without display") << QStringList{u"--demo"_s} << QByteArray() << QByteArray("xvfb-run");
    }

    void usageAndConfigErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, yaml);
        QFETCH(QByteArray, stderrContains);
        if (!yaml.isEmpty())
            arguments << u"--config"_s << writeConfig(yaml);
        const Run run = gatewatch(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(stderrContains), run.err.constData());
    }

    void versionAndHelp()
    {
        const Run version = gatewatch({u"--version"_s});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("gatewatch " GATEWATCH_VERSION));
        const Run help = gatewatch({u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("check --once"));
    }

    void agentPrintsStateChanges()
    {
        LoopbackServer ok(LoopbackServer::Mode::Respond, LoopbackServer::response(200, "{}"));
        const QString config = writeConfig(QStringLiteral(R"(settings:
  interval: 1s
  timeout: 500ms
integrations:
  - id: klaviyo
    checks:
      - id: accounts
        url: %1
)")
                                               .arg(ok.url())
                                               .toUtf8());
        const Run run = gatewatch({u"agent"_s, u"--for"_s, u"3s"_s, u"--format"_s, u"json"_s, u"--config"_s, config});
        QCOMPARE(run.exitCode, 0);
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 1); // unknown -> up once; steady afterwards
        const QJsonObject line = QJsonDocument::fromJson(lines.constFirst()).object();
        QCOMPARE(line.value(u"previous_status"_s).toString(), u"unknown"_s);
        QCOMPARE(line.value(u"status"_s).toString(), u"up"_s);
        QCOMPARE(line.value(u"integration"_s).toString(), u"klaviyo"_s);
    }

    void agentPrintsAlerts()
    {
        LoopbackServer failing(LoopbackServer::Mode::Respond, LoopbackServer::response(503, "{}"));
        const QString config = writeConfig(QStringLiteral(R"(settings:
  interval: 1s
  timeout: 500ms
  evaluation_interval: 1s
integrations:
  - id: klaviyo
    checks:
      - id: accounts
        url: %1
alerts:
  - name: klaviyo-failing
    when: failures(klaviyo, 1m) >= 1
    severity: critical
)")
                                               .arg(failing.url())
                                               .toUtf8());
        // A data directory of its own: no incident of another test's run carries on here.
        QProcessEnvironment fresh;
        fresh.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"alerts-data"_s));
        const Run run =
            gatewatch({u"agent"_s, u"--for"_s, u"4s"_s, u"--format"_s, u"json"_s, u"--config"_s, config}, fresh);
        QCOMPARE(run.exitCode, 0);
        QList<QJsonObject> alerts;
        for (const QByteArray &text : run.out.trimmed().split('\n')) {
            const QJsonObject line = QJsonDocument::fromJson(text).object();
            if (line.contains(u"alert"_s))
                alerts.append(line);
        }
        // Fires once, at the first evaluation after a failure, and stays firing.
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.at(0).value(u"alert"_s).toString(), u"klaviyo-failing"_s);
        QCOMPARE(alerts.at(0).value(u"state"_s).toString(), u"firing"_s);
        QCOMPARE(alerts.at(0).value(u"severity"_s).toString(), u"critical"_s);
        QVERIFY2(alerts.at(0).value(u"value"_s).toDouble() >= 1, run.out.constData());
        QVERIFY(QDateTime::fromString(alerts.at(0).value(u"time"_s).toString(), Qt::ISODate).isValid());
    }

    void agentPrintsNotificationFailures()
    {
        LoopbackServer failing(LoopbackServer::Mode::Respond, LoopbackServer::response(503, "{}"));
        LoopbackServer hook(LoopbackServer::Mode::Respond, LoopbackServer::response(404, "no_hook", {}, "text/plain"));
        const QString config = writeConfig(QStringLiteral(R"(settings:
  interval: 1s
  timeout: 500ms
  evaluation_interval: 1s
integrations:
  - id: klaviyo
    checks:
      - id: accounts
        url: %1
alerts:
  - name: klaviyo-failing
    when: failures(klaviyo, 1m) >= 1
notify:
  - type: desktop
  - type: webhook
    name: ops-hook
    url: %2
)")
                                               .arg(failing.url(), hook.url(u"/hooks/gatewatch-token"_s))
                                               .toUtf8());
        // A data directory of its own: no incident of another test's run carries on here.
        QProcessEnvironment fresh;
        fresh.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"notify-data"_s));
        const Run run =
            gatewatch({u"agent"_s, u"--for"_s, u"4s"_s, u"--format"_s, u"json"_s, u"--config"_s, config}, fresh);
        QCOMPARE(run.exitCode, 0);
        QList<QJsonObject> failures;
        for (const QByteArray &text : run.out.trimmed().split('\n')) {
            const QJsonObject line = QJsonDocument::fromJson(text).object();
            if (line.contains(u"notification"_s))
                failures.append(line);
        }
        // A 404 is not tried again: one line, beside the alert's.
        QCOMPARE(failures.size(), 1);
        QCOMPARE(hook.requests, 1);
        const QJsonObject failure = failures.constFirst();
        QCOMPARE(failure.value(u"notification"_s).toString(), u"ops-hook"_s);
        QCOMPARE(failure.value(u"alert"_s).toString(), u"klaviyo-failing"_s);
        QCOMPARE(failure.value(u"state"_s).toString(), u"firing"_s);
        QCOMPARE(failure.value(u"error"_s).toString(), u"ops-hook: HTTP 404 Status: no_hook"_s);
        QCOMPARE(failure.value(u"will_retry"_s).toBool(true), false);
        QVERIFY(QDateTime::fromString(failure.value(u"time"_s).toString(), Qt::ISODate).isValid());
        QVERIFY2(!run.out.contains("gatewatch-token") && !run.err.contains("gatewatch-token"), run.out.constData());
    }

    void agentServesMetrics_data()
    {
        QTest::addColumn<bool>("withToken");
        QTest::newRow("open") << false;
        QTest::newRow("bearer token") << true;
    }

    // The real agent with --listen, scraped over HTTP as Prometheus would, its page checked by
    // Prometheus's own linter (promtool, Debian package prometheus) where it is installed.
    void agentServesMetrics()
    {
        QFETCH(bool, withToken);
        LoopbackServer ok(LoopbackServer::Mode::Respond, LoopbackServer::response(200, "{}"));
        const QString config = writeConfig(QStringLiteral(R"(settings:
  interval: 500ms
  timeout: 500ms
integrations:
  - id: klaviyo
    labels: {team: growth}
    checks:
      - id: accounts
        url: %1
vendors:
  - id: klaviyo-inc
    integrations: [klaviyo]
)")
                                               .arg(ok.url())
                                               .toUtf8());
        QStringList arguments{u"agent"_s,  u"--listen"_s,   u"127.0.0.1:0"_s,
                              u"--config"_s, config,         u"--data-dir"_s,
                              m_dir.filePath(u"metrics-data"_s)};
        QByteArray authorization;
        if (withToken) {
            arguments << u"--bearer-token-file"_s << writeFile(u"token"_s, "tok-4c9e1f\n");
            authorization = "Bearer tok-4c9e1f";
        }
        QProcess agent;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"GATEWATCH_KEYCHAIN"_s, u"off"_s);
        env.remove(u"DISPLAY"_s);
        agent.setProcessEnvironment(env);
        agent.start(QStringLiteral(GATEWATCH_BINARY), arguments);
        QVERIFY(agent.waitForStarted());
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += agent.readAllStandardError()).contains("/metrics\n")
                                     || agent.state() != QProcess::Running,
                                 10'000);
        const QRegularExpression where(u"metrics at (http://127\\.0\\.0\\.1:\\d+)/metrics"_s);
        const QRegularExpressionMatch match = where.match(QString::fromUtf8(err));
        QVERIFY2(match.hasMatch(), err.constData());
        const QString base = match.captured(1);

        QNetworkAccessManager network;
        const auto get = [&](const QString &path, const QByteArray &auth) -> std::pair<int, QByteArray> {
            QNetworkRequest request(QUrl(base + path));
            if (!auth.isEmpty())
                request.setRawHeader("Authorization", auth);
            QNetworkReply *reply = network.get(request);
            QSignalSpy finished(reply, &QNetworkReply::finished);
            std::pair<int, QByteArray> answer{0, {}};
            if (finished.wait(10'000))
                answer = {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
            reply->deleteLater();
            return answer;
        };
        const QByteArray up = R"(gatewatch_check_up{integration="klaviyo",check="accounts",vendor="klaviyo-inc",team="growth"} 1)";
        QTRY_VERIFY_WITH_TIMEOUT(get(u"/metrics"_s, authorization).second.contains(up), 10'000);
        QCOMPARE(get(u"/healthz"_s, {}), std::pair(200, QByteArray("ok\n")));
        if (withToken)
            QCOMPARE(get(u"/metrics"_s, {}).first, 401);
        const QByteArray page = get(u"/metrics"_s, authorization).second;
        QVERIFY(page.contains("# TYPE gatewatch_check_duration_seconds histogram\n"));
        QVERIFY(page.contains(R"(gatewatch_check_state{integration="klaviyo",check="accounts",vendor="klaviyo-inc",team="growth",state="up"} 1)"));
        QVERIFY(page.contains("gatewatch_agent_config_last_reload_successful 1\n"));
        QVERIFY(page.contains("gatewatch_build_info{version=\"" GATEWATCH_VERSION "\"} 1\n"));
        QVERIFY(!page.contains("tok-4c9e1f"));

        if (const QString promtool = QStandardPaths::findExecutable(u"promtool"_s); !promtool.isEmpty()) {
            QProcess lint;
            lint.setProcessChannelMode(QProcess::MergedChannels);
            lint.start(promtool, {u"check"_s, u"metrics"_s});
            QVERIFY(lint.waitForStarted());
            lint.write(page);
            lint.closeWriteChannel();
            QVERIFY(lint.waitForFinished(30'000));
            const QByteArray said = lint.readAll();
            QVERIFY2(lint.exitCode() == 0 && said.trimmed().isEmpty(), said.constData());
        }

        agent.terminate(); // SIGTERM: a clean stop
        QVERIFY(agent.waitForFinished(10'000));
        QCOMPARE(agent.exitStatus(), QProcess::NormalExit);
        QCOMPARE(agent.exitCode(), 0);
    }

    void agentCannotListenOnAPortInUse()
    {
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
        const QString config = writeConfig("integrations: []\n");
        const Run run = gatewatch(
            {u"agent"_s, u"--listen"_s, u"127.0.0.1:%1"_s.arg(taken.serverPort()), u"--config"_s, config});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"cannot listen on 127.0.0.1:%1: "_s.arg(taken.serverPort()).toUtf8()),
                 run.err.constData());
    }

    void agentRecordsHistoryForExport()
    {
        LoopbackServer ok(LoopbackServer::Mode::Respond, LoopbackServer::response(200, "{}"));
        const QString config = writeConfig(QStringLiteral(R"(settings:
  interval: 250ms
  timeout: 250ms
integrations:
  - id: klaviyo
    checks:
      - id: accounts
        url: %1
)")
                                               .arg(ok.url())
                                               .toUtf8());
        const QString data = m_dir.filePath(u"agent-data"_s);
        const Run agent = gatewatch({u"agent"_s, u"--for"_s, u"3s"_s, u"--config"_s, config, u"--data-dir"_s, data});
        QCOMPARE(agent.exitCode, 0);
        QVERIFY2(QFile::exists(data + u"/history.sqlite"_s), agent.err.constData());

        const Run exported = gatewatch({u"export"_s, u"--since"_s, u"1h"_s, u"--data-dir"_s, data});
        QCOMPARE(exported.exitCode, 0);
        const QList<QByteArray> lines = exported.out.trimmed().split('\n');
        // Every attempt of the three seconds reached the disk before the agent stopped (but one
        // that was still on its way when it stopped, which has no result).
        QVERIFY2(lines.size() >= 6 && lines.size() >= ok.requests - 1 && lines.size() <= ok.requests,
                 qPrintable(u"%1 lines, %2 requests"_s.arg(lines.size()).arg(ok.requests)));
        QDateTime previous;
        for (const QByteArray &text : lines) {
            const QJsonObject line = QJsonDocument::fromJson(text).object();
            QCOMPARE(line.value(u"integration"_s).toString(), u"klaviyo"_s);
            QCOMPARE(line.value(u"check"_s).toString(), u"accounts"_s);
            QCOMPARE(line.value(u"status"_s).toString(), u"up"_s);
            QCOMPARE(line.value(u"http_status"_s).toInt(), 200);
            QVERIFY(line.value(u"latency_ms"_s).toDouble() > 0);
            QVERIFY(line.value(u"failure_class"_s).isNull());
            const QDateTime time = QDateTime::fromString(line.value(u"time"_s).toString(), Qt::ISODateWithMs);
            QVERIFY(time.isValid() && time.timeSpec() == Qt::UTC);
            QVERIFY(!previous.isValid() || previous <= time);
            previous = time;
        }
    }

    void exportFormatsAndFilters()
    {
        // Three hours ago, so that a flush rolls the minute up: stripe/balance up, up, down;
        // shopify/admin-rest up. The failure's reason holds a comma and quotes for the CSV.
        const QString data = m_dir.filePath(u"export-data"_s);
        const QDateTime base =
            QDateTime::fromSecsSinceEpoch((QDateTime::currentSecsSinceEpoch() - 3 * 3600) / 60 * 60, Qt::UTC);
        {
            HistoryStore::Options options;
            options.path = data + u"/history.sqlite"_s;
            HistoryStore store(options);
            store.open();
            QTRY_VERIFY(store.status() == HistoryStore::Status::Ok);
            const auto update = [&base](const QString &integration, const QString &check, int second,
                                        HealthStatus verdict, double latency) {
                CheckUpdate u;
                u.sample.integrationId = integration;
                u.sample.checkId = check;
                u.sample.at = base.addSecs(second);
                u.sample.verdict = verdict;
                u.sample.latencyMs = latency;
                u.sample.httpStatus = verdict == HealthStatus::Up ? 200 : 503;
                if (verdict != HealthStatus::Up) {
                    u.sample.failureClass = FailureClass::HttpStatus;
                    u.sample.reason = u"HTTP 503, \"maintenance\""_s;
                }
                return u;
            };
            store.record({update(u"stripe"_s, u"balance"_s, 0, HealthStatus::Up, 100),
                          update(u"shopify"_s, u"admin-rest"_s, 5, HealthStatus::Up, 80),
                          update(u"stripe"_s, u"balance"_s, 10, HealthStatus::Up, 300),
                          update(u"stripe"_s, u"balance"_s, 20, HealthStatus::Down, 50)});
            QSignalSpy flushed(&store, &HistoryStore::flushed);
            store.flush();
            QVERIFY(flushed.wait(10'000));
        }
        const QStringList common{u"export"_s, u"--since"_s, u"4h"_s, u"--data-dir"_s, data};

        Run run = gatewatch(common + QStringList{u"--format"_s, u"csv"_s});
        QCOMPARE(run.exitCode, 0);
        const QString iso = base.toString(Qt::ISODateWithMs);
        QCOMPARE(run.out.split('\n').constFirst(),
                 "time,integration,check,status,latency_ms,http_status,failure_class,reason");
        QCOMPARE(run.out.count('\n'), 5);
        const QByteArray failed = base.addSecs(20).toString(Qt::ISODateWithMs).toUtf8()
                                  + ",stripe,balance,down,50,503,http-status,\"HTTP 503, \"\"maintenance\"\"\"\n";
        QVERIFY2(run.out.contains(failed), run.out.constData());
        const QByteArray up = iso.toUtf8() + ",stripe,balance,up,100,200,,\n";
        QVERIFY2(run.out.contains(up), run.out.constData());

        run = gatewatch(common + QStringList{u"--check"_s, u"stripe/balance"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.count('\n'), 3);
        QVERIFY(!run.out.contains("shopify"));

        run = gatewatch(common + QStringList{u"--check"_s, u"stripe"_s, u"--resolution"_s, u"1m"_s});
        QCOMPARE(run.exitCode, 0);
        const QList<QByteArray> minutes = run.out.trimmed().split('\n');
        QCOMPARE(minutes.size(), 1);
        const QJsonObject minute = QJsonDocument::fromJson(minutes.constFirst()).object();
        QCOMPARE(minute.value(u"time"_s).toString(), iso);
        QCOMPARE(minute.value(u"resolution"_s).toString(), u"1m"_s);
        QCOMPARE(minute.value(u"attempts"_s).toInt(), 3);
        QCOMPARE(minute.value(u"up"_s).toInt(), 2);
        QCOMPARE(minute.value(u"down"_s).toInt(), 1);
        // Two of three attempts available; latencies 100, 300 and 50 ms: mean 150, min 50, max 300.
        QCOMPARE(minute.value(u"availability"_s).toDouble(), 2.0 / 3.0);
        const QJsonObject latency = minute.value(u"latency_ms"_s).toObject();
        QCOMPARE(latency.value(u"count"_s).toInt(), 3);
        QCOMPARE(latency.value(u"mean"_s).toDouble(), 150.0);
        QCOMPARE(latency.value(u"min"_s).toDouble(), 50.0);
        QCOMPARE(latency.value(u"max"_s).toDouble(), 300.0);
        QCOMPARE(minute.value(u"failures"_s).toObject().value(u"http-status"_s).toInt(), 1);

        run = gatewatch(common + QStringList{u"--resolution"_s, u"1h"_s, u"--format"_s, u"csv"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith("time,integration,check,resolution,attempts,up,degraded,down,rate_limited"));
        QCOMPARE(run.out.count('\n'), 3); // header, one hour of each check
    }

    void agentSurvivesKillNine()
    {
        // The real agent, SIGKILLed three times at different moments of its life; every time the
        // next one starts on the same file, and the history stays intact and holds all but about
        // the last second.
        LoopbackServer ok(LoopbackServer::Mode::Respond, LoopbackServer::response(200, "{}"));
        const QString config = writeConfig(QStringLiteral(R"(settings:
  interval: 100ms
  timeout: 100ms
integrations:
  - id: klaviyo
    checks:
      - id: accounts
        url: %1
)")
                                               .arg(ok.url())
                                               .toUtf8());
        const QString data = m_dir.filePath(u"killed-data"_s);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"GATEWATCH_KEYCHAIN"_s, u"off"_s);
        env.remove(u"DISPLAY"_s);
        qint64 exportedBefore = 0;
        for (const int lifeMs : {300, 2'500, 4'000}) {
            QProcess agent;
            agent.setProcessEnvironment(env);
            agent.start(QStringLiteral(GATEWATCH_BINARY), {u"agent"_s, u"--config"_s, config, u"--data-dir"_s, data});
            QVERIFY(agent.waitForStarted());
            const int requestsBefore = ok.requests;
            QTRY_VERIFY_WITH_TIMEOUT(ok.requests > requestsBefore, 10'000);
            QElapsedTimer alive;
            alive.start();
            QTRY_VERIFY_WITH_TIMEOUT(alive.elapsed() >= lifeMs, lifeMs + 5'000);
            const QDateTime killedAt = QDateTime::currentDateTimeUtc();
            agent.kill(); // SIGKILL
            QVERIFY(agent.waitForFinished());

            const Run exported = gatewatch({u"export"_s, u"--since"_s, u"1h"_s, u"--data-dir"_s, data});
            QCOMPARE(exported.exitCode, 0);
            const qint64 lines = exported.out.count('\n');
            QVERIFY2(lines >= exportedBefore, qPrintable(u"%1 exported, %2 before"_s.arg(lines).arg(exportedBefore)));
            // The store commits about once a second: what was lost is the last second or so (a
            // little more where a sanitizer slows the commits). The exact bound is tst_historycrash's.
            if (lifeMs >= 2'500) {
                const QList<QByteArray> all = exported.out.trimmed().split('\n');
                const QDateTime newest = QDateTime::fromString(
                    QJsonDocument::fromJson(all.constLast()).object().value(u"time"_s).toString(), Qt::ISODateWithMs);
                QVERIFY2(newest.isValid() && newest.msecsTo(killedAt) < 2'500,
                         qPrintable(u"newest sample %1 ms before the kill"_s.arg(newest.msecsTo(killedAt))));
            }
            exportedBefore = lines;

            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"integrity"_s);
            db.setDatabaseName(data + u"/history.sqlite"_s);
            QVERIFY(db.open());
            {
                QSqlQuery check(db);
                QVERIFY(check.exec(u"PRAGMA integrity_check"_s) && check.next());
                QCOMPARE(check.value(0).toString(), u"ok"_s);
            }
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(u"integrity"_s);
        }
    }

    // Signatures below are vendors' published examples or were computed with openssl (see
    // tests/services/tst_webhookverifier.cpp for the commands).
    void verifyWebhook_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("line");

        const QString githubBody = writeFile(u"github-body"_s, "Hello, World!");
        const QString githubSecret = writeFile(u"github-secret"_s, "It's a Secret to Everybody\n");
        const QString githubNew = writeFile(u"github-new"_s, "new-secret-2026\n");
        const QString standardBody = writeFile(u"standard-body"_s, R"({"test": 2432232314})");
        const QString standardSecret = writeFile(u"standard-secret"_s, "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        const QStringList github{u"verify-webhook"_s, u"--scheme"_s, u"github"_s, u"--body-file"_s, githubBody};
        const QString signature =
            u"X-Hub-Signature-256: sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17"_s;
        const QStringList standard{u"verify-webhook"_s,
                                   u"--scheme"_s,
                                   u"standard"_s,
                                   u"--secret-file"_s,
                                   standardSecret,
                                   u"--body-file"_s,
                                   standardBody,
                                   u"--header"_s,
                                   u"webhook-id: msg_p5jXN8AQM9LWM0D4loKWxJek"_s,
                                   u"--header"_s,
                                   u"webhook-timestamp: 1614265330"_s,
                                   u"--header"_s,
                                   u"webhook-signature: v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="_s};

        QTest::newRow("valid") << github + QStringList{u"--secret-file"_s, githubSecret, u"--header"_s, signature} << 0
                               << "valid: matches the current secret\n"_ba;
        QTest::newRow("valid with a previous secret")
            << github + QStringList{u"--secret-file"_s, githubNew,     u"--previous-secret-file"_s,
                                    githubSecret,       u"--header"_s, signature}
            << 0 << "valid-previous-secret: matches previous secret 1, not the current one"_ba;
        QTest::newRow("bad signature")
            << github + QStringList{u"--secret-file"_s, githubNew, u"--header"_s, signature} << 1
            << "bad-signature: expected sha256=69f0f1b0fefdc239c52e5d04335eb45ea5abe7f726d06ac1fd1e16b6ebb481d5, "
               "received sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17\n"_ba;
        QTest::newRow("missing signature")
            << github + QStringList{u"--secret-file"_s, githubSecret, u"--header"_s, u"X-GitHub-Event: ping"_s} << 1
            << "missing-signature: no X-Hub-Signature-256 header\n"_ba;
        QTest::newRow("standard webhooks example at its own time")
            << standard + QStringList{u"--now"_s, u"1614265330"_s} << 0 << "valid: matches the current secret\n"_ba;
        QTest::newRow("stale beyond --tolerance")
            << standard + QStringList{u"--now"_s, u"1614265391"_s, u"--tolerance"_s, u"60"_s} << 1
            << "stale: signed 61 s ago, more than the tolerance of 60 s"_ba;
        QTest::newRow("--tolerance at the edge")
            << standard + QStringList{u"--now"_s, u"1614265390"_s, u"--tolerance"_s, u"60"_s} << 0
            << "valid: matches the current secret\n"_ba;
        QTest::newRow("future beyond the default tolerance")
            << standard + QStringList{u"--now"_s, u"1614265029"_s} << 1
            << "future: signed 301 s in the future, more than the tolerance of 300 s"_ba;
        QTest::newRow("without --now, a 2021 signature is stale") << standard << 1 << "stale: signed "_ba;
        QTest::newRow("svix header names")
            << QStringList{u"verify-webhook"_s,
                           u"--scheme"_s,
                           u"svix"_s,
                           u"--secret-file"_s,
                           standardSecret,
                           u"--body-file"_s,
                           standardBody,
                           u"--now"_s,
                           u"1614265330"_s,
                           u"--header"_s,
                           u"svix-id:msg_p5jXN8AQM9LWM0D4loKWxJek"_s,
                           u"--header"_s,
                           u"svix-timestamp:  1614265330 "_s,
                           u"--header"_s,
                           u"Svix-Signature: v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="_s}
            << 0 << "valid: matches the current secret\n"_ba;
    }

    void verifyWebhook()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, line);
        const Run run = gatewatch(arguments);
        QVERIFY2(run.exitCode == exitCode, run.out.constData());
        QVERIFY2(run.out.startsWith(line), run.out.constData());
        QCOMPARE(run.out.count('\n'), 1);
        QVERIFY(run.out.endsWith('\n'));
        QVERIFY2(run.err.isEmpty(), run.err.constData());
    }

    void verifyWebhookSecretFromEnvironment()
    {
        // Slack's published example.
        const QString body =
            writeFile(u"slack-body"_s,
                      "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&"
                      "channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&"
                      "response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%"
                      "2F96rGlfmibIGlgcZRskXaIFfN&"
                      "trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c");
        QProcessEnvironment env;
        env.insert(u"SLACK_SIGNING_SECRET"_s, u"8f742231b10e8888abcd99yyyzzz85a5"_s);
        const Run run =
            gatewatch({u"verify-webhook"_s, u"--scheme"_s, u"slack"_s, u"--secret-env"_s, u"SLACK_SIGNING_SECRET"_s,
                       u"--body-file"_s, body, u"--now"_s, u"1531420618"_s, u"--header"_s,
                       u"X-Slack-Request-Timestamp: 1531420618"_s, u"--header"_s,
                       u"X-Slack-Signature: v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503"_s},
                      env);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, "valid: matches the current secret\n"_ba);
        QVERIFY(!run.out.contains("8f742231b10e8888abcd99yyyzzz85a5"));
    }

    void verifyWebhookReadsFilesByteForByte_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("line");

        // printf '%s' "$BODY" | openssl dgst -sha256 -hmac 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 -binary | base64
        //   l8hvYi7g0MgAiRUj7Khm/elY0G0K2EhCbFzmbUOAvFQ=
        // printf '%s\n' "$BODY" | … (the body with a newline at its end)
        //   iEJ3EM5PLX9wHo8xpvtkBjbAu7ehwSGJP93ClVZZlRY=
        const QByteArray body = R"({"id":820982911946154508,"email":"jon@example.com","topic":"orders/create"})";
        const QByteArray secret = "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";
        QTest::newRow("body as signed") << body << secret << 0 << "valid: matches the current secret\n"_ba;
        QTest::newRow("body with a newline the sender did not sign")
            << body + '\n'
            << secret << 1
            << "bad-signature: expected iEJ3EM5PLX9wHo8xpvtkBjbAu7ehwSGJP93ClVZZlRY=, received "
               "l8hvYi7g0MgAiRUj7Khm/elY0G0K2EhCbFzmbUOAvFQ=\n"_ba;
        QTest::newRow("secret file ending in a newline") << body << secret + '\n' << 0 << "valid:"_ba;
        QTest::newRow("secret file ending in CRLF") << body << secret + "\r\n" << 0 << "valid:"_ba;
        QTest::newRow("only one newline is stripped") << body << secret + "\n\n" << 1 << "bad-signature:"_ba;
        QTest::newRow("blanks are part of the secret") << body << secret + " \n" << 1 << "bad-signature:"_ba;
    }

    void verifyWebhookReadsFilesByteForByte()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, secret);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, line);
        const Run run =
            gatewatch({u"verify-webhook"_s, u"--scheme"_s, u"shopify"_s, u"--secret-file"_s,
                       writeFile(u"shopify-secret"_s, secret), u"--body-file"_s, writeFile(u"shopify-body"_s, body),
                       u"--header"_s, u"X-Shopify-Hmac-Sha256: l8hvYi7g0MgAiRUj7Khm/elY0G0K2EhCbFzmbUOAvFQ="_s});
        QVERIFY2(run.exitCode == exitCode, run.out.constData());
        QVERIFY2(run.out.startsWith(line), run.out.constData());
    }

    void verifyWebhookUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");

        const QString body = writeFile(u"usage-body"_s, "{}");
        const QString secret = writeFile(u"usage-secret"_s, "s3cret\n");
        const QString empty = writeFile(u"usage-empty"_s, "\n");
        const QStringList ok{u"--scheme"_s, u"github"_s, u"--secret-file"_s, secret, u"--body-file"_s, body};

        QTest::newRow("no --scheme") << QStringList{u"--secret-file"_s, secret, u"--body-file"_s, body}
                                     << "--scheme is required"_ba;
        QTest::newRow("unknown scheme") << QStringList{u"--scheme"_s, u"twilio"_s,      u"--secret-file"_s,
                                                       secret,        u"--body-file"_s, body}
                                        << "--scheme: unknown scheme 'twilio'"_ba;
        QTest::newRow("no secret") << QStringList{u"--scheme"_s, u"github"_s, u"--body-file"_s, body}
                                   << "the secret is required"_ba;
        QTest::newRow("both --secret-env and --secret-file") << ok + QStringList{u"--secret-env"_s, u"HOME"_s}
                                                             << "use either --secret-env or --secret-file, not both"_ba;
        QTest::newRow("unset variable") << QStringList{u"--scheme"_s,     u"github"_s,
                                                       u"--secret-env"_s, u"GATEWATCH_NO_SUCH_VARIABLE"_s,
                                                       u"--body-file"_s,  body}
                                        << "the environment variable GATEWATCH_NO_SUCH_VARIABLE is not set"_ba;
        QTest::newRow("empty secret file")
            << QStringList{u"--scheme"_s, u"github"_s, u"--secret-file"_s, empty, u"--body-file"_s, body}
            << "holds no secret"_ba;
        QTest::newRow("unreadable previous secret file")
            << ok + QStringList{u"--previous-secret-file"_s, m_dir.filePath(u"absent"_s)}
            << "--previous-secret-file: cannot read"_ba;
        QTest::newRow("no --body-file") << QStringList{u"--scheme"_s, u"github"_s, u"--secret-file"_s, secret}
                                        << "--body-file is required"_ba;
        QTest::newRow("unreadable body file")
            << QStringList{u"--scheme"_s, u"github"_s,      u"--secret-file"_s,
                           secret,        u"--body-file"_s, m_dir.filePath(u"absent"_s)}
            << "--body-file: cannot read"_ba;
        QTest::newRow("body file is a directory")
            << QStringList{u"--scheme"_s, u"github"_s, u"--secret-file"_s, secret, u"--body-file"_s, m_dir.path()}
            << "is a directory"_ba;
        QTest::newRow("header without a colon")
            << ok + QStringList{u"--header"_s, u"X-Hub-Signature-256"_s} << "--header: expected 'Name: value'"_ba;
        QTest::newRow("bad --now") << ok + QStringList{u"--now"_s, u"yesterday"_s}
                                   << "--now: 'yesterday' is not Unix seconds"_ba;
        QTest::newRow("--now in milliseconds")
            << ok + QStringList{u"--now"_s, u"1767225600000"_s} << "--now: '1767225600000' is not Unix seconds"_ba;
        QTest::newRow("negative --tolerance") << QStringList{u"--scheme"_s,    u"stripe"_s, u"--secret-file"_s, secret,
                                                             u"--body-file"_s, body,        u"--tolerance"_s,   u"-5"_s}
                                              << "--tolerance: '-5' is not a whole number of seconds"_ba;
        QTest::newRow("--tolerance for a scheme without timestamps")
            << ok + QStringList{u"--tolerance"_s, u"60"_s} << "github signs no timestamp"_ba;
        QTest::newRow("unknown option") << ok + QStringList{u"--secret"_s, u"x"_s} << "secret"_ba;
    }

    void verifyWebhookUsageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        const Run run = gatewatch(QStringList{u"verify-webhook"_s} + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }

    void exportErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("message");

        QTest::newRow("no --since") << QStringList{} << 2 << "--since is required"_ba;
        QTest::newRow("since neither duration nor time")
            << QStringList{u"--since"_s, u"yesterday"_s} << 2 << "neither a duration"_ba;
        QTest::newRow("until before since")
            << QStringList{u"--since"_s, u"2026-11-02T00:00:00Z"_s, u"--until"_s, u"2026-11-01T00:00:00Z"_s} << 2
            << "--until must be after --since"_ba;
        QTest::newRow("unknown resolution")
            << QStringList{u"--since"_s, u"1h"_s, u"--resolution"_s, u"5m"_s} << 2 << "unknown resolution '5m'"_ba;
        QTest::newRow("malformed check") << QStringList{u"--since"_s, u"1h"_s, u"--check"_s, u"a/b/c"_s} << 2
                                         << "expected INTEGRATION or INTEGRATION/CHECK"_ba;
        QTest::newRow("unknown format") << QStringList{u"--since"_s, u"1h"_s, u"--format"_s, u"xml"_s} << 2
                                        << "unknown format 'xml'"_ba;
        QTest::newRow("no history yet") << QStringList{u"--since"_s, u"1h"_s} << 1 << "no history at"_ba;
    }

    void exportErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, message);
        const Run run =
            gatewatch(QStringList{u"export"_s, u"--data-dir"_s, m_dir.filePath(u"empty-data"_s)} + arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }
    void scorecardJsonForOneVendor()
    {
        // acme over the hour: one bucket with attempts and no exclusions, so 60 monitored minutes;
        // 1 of its 4 attempts was down: 60 × 1/4 = 15 minutes down, 100 × (1 − 15 / 60) = 75 %.
        const QStringList arguments = scorecardArguments();
        QVERIFY(!arguments.contains(QString()));
        const Run run = gatewatch(arguments + QStringList{u"--vendor"_s, u"acme"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError && document.isObject(), run.out.constData());
        const QJsonObject card = document.object();

        QStringList keys = card.keys();
        QStringList expected{u"vendor"_s,
                             u"vendor_name"_s,
                             u"period"_s,
                             u"availability_pct"_s,
                             u"monitored_min"_s,
                             u"excluded_min"_s,
                             u"exclusions"_s,
                             u"sla_target_pct"_s,
                             u"sla_met"_s,
                             u"downtime_min"_s,
                             u"credit_pct"_s,
                             u"credit"_s,
                             u"months"_s,
                             u"p95_ms"_s,
                             u"p95_target_ms"_s,
                             u"p95_met"_s,
                             u"error_rate"_s,
                             u"rate_limited_pct"_s,
                             u"min_quota_headroom_pct"_s,
                             u"incidents"_s,
                             u"mtta_min"_s,
                             u"mttr_min"_s,
                             u"vendor_incidents"_s,
                             u"webhook_delivery_pct"_s,
                             u"signature_failures"_s,
                             u"usage"_s,
                             u"currency"_s,
                             u"cost"_s,
                             u"budget"_s,
                             u"over_budget"_s,
                             u"support_rating"_s,
                             u"score"_s,
                             u"trend"_s,
                             u"criteria"_s};
        keys.sort();
        expected.sort();
        QCOMPARE(keys, expected);

        const QDateTime hour = scorecardHour();
        QCOMPARE(card.value(u"vendor"_s).toString(), u"acme"_s);
        QCOMPARE(card.value(u"vendor_name"_s).toString(), u"Acme, Inc."_s);
        const QJsonObject period = card.value(u"period"_s).toObject();
        QCOMPARE(period.value(u"from"_s).toString(), hour.toString(Qt::ISODateWithMs));
        QCOMPARE(period.value(u"to"_s).toString(), hour.addSecs(3600).toString(Qt::ISODateWithMs));
        QCOMPARE(card.value(u"availability_pct"_s).toDouble(), 75.0);
        QCOMPARE(card.value(u"monitored_min"_s).toDouble(), 60.0);
        QCOMPARE(card.value(u"downtime_min"_s).toDouble(), 15.0);
        QCOMPARE(card.value(u"sla_target_pct"_s).toDouble(), 99.9);
        QCOMPARE(card.value(u"sla_met"_s).toBool(true), false);
        QCOMPARE(card.value(u"error_rate"_s).toDouble(), 25.0);
        QCOMPARE(card.value(u"incidents"_s).toInt(), 1);
        QCOMPARE(card.value(u"mttr_min"_s).toDouble(), 30.0);
        QVERIFY(card.value(u"mtta_min"_s).isNull());
        // No gateway counts and no quotas: its own four attempts.
        QCOMPARE(card.value(u"usage"_s).toObject(), (QJsonObject{{u"requests"_s, 4}}));
        // Nothing was recorded in the hour before: no previous score, no trend.
        QVERIFY(card.value(u"trend"_s).isNull());
        QVERIFY(card.value(u"score"_s).isDouble());
        QCOMPARE(card.value(u"criteria"_s).toObject().keys().size(), 6);
    }

    void scorecardCsvForAll()
    {
        const QStringList arguments = scorecardArguments();
        QVERIFY(!arguments.contains(QString()));
        Run run = gatewatch(arguments + QStringList{u"--all"_s, u"--format"_s, u"csv"_s});
        QCOMPARE(run.exitCode, 0);
        const QList<QByteArray> lines = run.out.split('\n');
        QCOMPARE(lines.size(), 4); // header, acme, globex, and the empty rest after the last line break
        QVERIFY(lines.constLast().isEmpty());
        // The column order is a documented interface (docs/scorecards.md#csv): it never changes.
        QCOMPARE(lines.at(0),
                 "vendor,vendor_name,from,to,availability_pct,sla_target_pct,sla_met,downtime_min,monitored_min,"
                 "excluded_offline_min,excluded_paused_min,excluded_maintenance_min,credit_pct,credit,p95_ms,"
                 "p95_target_ms,p95_met,error_rate,rate_limited_pct,min_quota_headroom_pct,incidents,mtta_min,"
                 "mttr_min,vendor_incidents,webhook_delivery_pct,signature_failures,currency,cost,budget,"
                 "over_budget,support_rating,score,trend,availability_score,availability_contribution,"
                 "latency_score,latency_contribution,errors_score,errors_contribution,incidents_score,"
                 "incidents_contribution,cost_score,cost_contribution,support_score,support_contribution");
        const QByteArray from = scorecardHour().toString(Qt::ISODateWithMs).toUtf8();
        QVERIFY2(lines.at(1).startsWith(QByteArray("acme,\"Acme, Inc.\"," + from + ',')), lines.at(1).constData());
        QVERIFY2(lines.at(1).contains(",75.0000,99.9000,false,15.00,60.00,"), lines.at(1).constData());
        QVERIFY2(lines.at(2).startsWith(QByteArray("globex,globex," + from + ","))
                     && lines.at(2).contains(",100.0000,"),
                 lines.at(2).constData());

        run = gatewatch(arguments + QStringList{u"--all"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray cards = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(cards.size(), 2);
        QCOMPARE(cards.at(1).toObject().value(u"vendor"_s).toString(), u"globex"_s);
    }

    void scorecardToFile()
    {
        const QStringList arguments = scorecardArguments();
        QVERIFY(!arguments.contains(QString()));
        const QString path = m_dir.filePath(u"scorecards/acme.json"_s);
        QVERIFY(QDir().mkpath(m_dir.filePath(u"scorecards"_s)));
        Run run = gatewatch(arguments + QStringList{u"--vendor"_s, u"acme"_s, u"--output"_s, path});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(file.readAll()).object().value(u"availability_pct"_s).toDouble(), 75.0);

        // A directory that cannot exist: its parent is a file.
        const QString blocked = writeFile(u"not-a-directory"_s, "x") + u"/acme.csv"_s;
        run = gatewatch(arguments + QStringList{u"--all"_s, u"--format"_s, u"csv"_s, u"--output"_s, blocked});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QByteArray("cannot write " + blocked.toUtf8())), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }

    void scorecardPdf()
    {
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            QSKIP("pdftotext (Debian package poppler-utils) is not installed; make test installs it");
        const QStringList arguments = scorecardArguments();
        QVERIFY(!arguments.contains(QString()));
        const QString path = m_dir.filePath(u"review.pdf"_s);
        const Run run = gatewatch(arguments + QStringList{u"--all"_s, u"--format"_s, u"pdf"_s, u"--output"_s, path});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.isEmpty());
        // Written without a display, for every vendor, with the period's figures.
        QProcess text;
        text.start(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
        QVERIFY(text.waitForFinished(30'000));
        QCOMPARE(text.exitCode(), 0);
        const QString pdf = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(pdf.contains(u"Vendor review"_s), qPrintable(pdf.left(500)));
        QVERIFY(pdf.contains(u"Acme, Inc."_s));
        QVERIFY(pdf.contains(u"globex"_s));
        QVERIFY(pdf.contains(u"75.000 %"_s) || pdf.contains(u"75.0 %"_s) || pdf.contains(u"75 %"_s));
    }

    void scorecardUsesTheStoredRating()
    {
        // acme's configured rating is 4; the Scorecards page stored 2 for the day of the history's
        // hour and 5 for the day before. Other tests ask for the hour itself: no note applies there.
        const QString config = writeFile(u"rated-scorecard.yaml"_s, R"(integrations:
  - id: acme-api
    checks:
      - id: rest
        url: http://127.0.0.1:9/rest
vendors:
  - id: acme
    name: "Acme, Inc."
    integrations: [acme-api]
    support: {tier: Plus, rating: 4}
)");
        const QString data = seedScorecardHistory();
        QVERIFY(!config.isEmpty() && !data.isEmpty());
        const QTimeZone zone = QTimeZone::systemTimeZone();
        const QDate day = scorecardHour().toTimeZone(zone).date();
        const auto days = [](QDate from, QDate to) -> QString {
            return from.toString(Qt::ISODate) + u'/' + to.toString(Qt::ISODate);
        };
        {
            IncidentStore incidents(data + u"/incidents.sqlite"_s);
            QVERIFY(incidents.open());
            for (const auto &[first, rating] : {std::pair(day, 2), std::pair(day.addDays(-1), 5)}) {
                const std::optional<Period> period = parsePeriod(days(first, first), zone);
                QVERIFY(period);
                ScorecardNote note;
                note.vendor = u"acme"_s;
                note.period = *period;
                note.rating = rating;
                note.notes = u"Rated by hand"_s;
                note.updatedMs = QDateTime::currentMSecsSinceEpoch();
                note.updatedBy = u"ana"_s;
                incidents.saveScorecardNote(note);
            }
            QVERIFY2(incidents.problem().isEmpty(), qPrintable(incidents.problem()));
        }

        const auto card = [&](const QString &period) -> QJsonObject {
            const Run run = gatewatch({u"scorecard"_s, u"--config"_s, config, u"--data-dir"_s, data, u"--vendor"_s,
                                       u"acme"_s, u"--period"_s, period, u"--format"_s, u"json"_s});
            if (run.exitCode != 0 || !run.err.isEmpty())
                qWarning("exit code %d: %s", run.exitCode, run.err.constData());
            return QJsonDocument::fromJson(run.out).object();
        };
        // The note of exactly the period asked for overrides the configuration.
        const QJsonObject rated = card(days(day, day));
        QCOMPARE(rated.value(u"support_rating"_s).toInt(), 2);
        QCOMPARE(rated.value(u"criteria"_s).toObject().value(u"support"_s).toObject().value(u"score"_s).toDouble(),
                 2.0);
        // Two days hold both notes' periods but are neither: the configured rating.
        const QJsonObject configured = card(days(day.addDays(-1), day));
        QCOMPARE(configured.value(u"support_rating"_s).toInt(), 4);
        QCOMPARE(configured.value(u"criteria"_s).toObject().value(u"support"_s).toObject().value(u"score"_s).toDouble(),
                 4.0);
        // The day before has its own.
        QCOMPARE(card(days(day.addDays(-1), day.addDays(-1))).value(u"support_rating"_s).toInt(), 5);
    }

    void scorecardErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("message");

        const QString config = writeScorecardConfig();
        const QString broken =
            writeFile(u"broken-scorecard.yaml"_s, "vendors:\n  - id: acme\n    integrations: [nope]\n");
        const QStringList vendor{u"--config"_s, config, u"--vendor"_s, u"acme"_s};
        QTest::newRow("unknown vendor") << QStringList{u"--config"_s, config, u"--vendor"_s, u"initech"_s} << 2
                                        << "unknown vendor 'initech' (configured: acme, globex)"_ba;
        QTest::newRow("neither --vendor nor --all")
            << QStringList{u"--config"_s, config} << 2 << "give either --vendor ID or --all"_ba;
        QTest::newRow("both --vendor and --all")
            << (vendor + QStringList{u"--all"_s}) << 2 << "give either --vendor ID or --all"_ba;
        QTest::newRow("bad period") << (vendor + QStringList{u"--period"_s, u"2026-13"_s}) << 2
                                    << "--period: '2026-13' is not a month"_ba;
        QTest::newRow("--period and --from")
            << (vendor + QStringList{u"--period"_s, u"2026-11"_s, u"--from"_s, u"2026-11-01T00:00:00Z"_s}) << 2
            << "either --period or --from and --to, not both"_ba;
        QTest::newRow("--from without --to")
            << (vendor + QStringList{u"--from"_s, u"2026-11-01T00:00:00Z"_s}) << 2 << "--from and --to go together"_ba;
        QTest::newRow("--from not a time")
            << (vendor + QStringList{u"--from"_s, u"yesterday"_s, u"--to"_s, u"2026-11-01T00:00:00Z"_s}) << 2
            << "--from: 'yesterday' is not an ISO 8601 time"_ba;
        QTest::newRow("--to before --from")
            << (vendor + QStringList{u"--from"_s, u"2026-11-02T00:00:00Z"_s, u"--to"_s, u"2026-11-01T00:00:00Z"_s}) << 2
            << "--to must be after --from"_ba;
        QTest::newRow("pdf to the terminal") << (vendor + QStringList{u"--format"_s, u"pdf"_s}) << 2
                                             << "--format pdf needs --output FILE"_ba;
        QTest::newRow("unknown format") << (vendor + QStringList{u"--format"_s, u"xml"_s}) << 2
                                        << "unknown format 'xml'"_ba;
        QTest::newRow("broken configuration")
            << QStringList{u"--config"_s, broken, u"--all"_s} << 1 << "broken-scorecard.yaml:3:"_ba;
        QTest::newRow("no history yet") << vendor << 1 << "no history at"_ba;
    }

    void scorecardErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, message);
        const Run run =
            gatewatch(QStringList{u"scorecard"_s, u"--data-dir"_s, m_dir.filePath(u"empty-data"_s)} + arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
