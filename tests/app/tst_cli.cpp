#include "../services/loopbackserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

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

    QTemporaryDir m_dir;

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
};

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
