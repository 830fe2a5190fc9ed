#include "alertpayload.h"
#include "../expectedjson.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTest>

#include <limits>

using namespace gw;
using namespace gw::test;
using namespace Qt::StringLiterals;

namespace {

const qint64 t0 = QDateTime(QDate(2026, 12, 2), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch();

AlertRule shopifyDown(QMap<QString, QString> labels = {{u"team"_s, u"commerce"_s}},
                      QMap<QString, QString> annotations = {{u"summary"_s, u"Shopify Admin API is failing"_s}},
                      AlertSeverity severity = AlertSeverity::Critical)
{
    AlertRule rule;
    rule.name = u"shopify-down"_s;
    rule.severity = severity;
    rule.labels = std::move(labels);
    rule.annotations = std::move(annotations);
    return rule;
}

AlertNotice notice(AlertNotice::Kind kind, qint64 atMs, qint64 startsAtMs, std::optional<double> value,
                   AlertSeverity severity = AlertSeverity::Critical)
{
    AlertNotice n;
    n.rule = u"shopify-down"_s;
    n.kind = kind;
    n.atMs = atMs;
    n.startsAtMs = startsAtMs;
    if (kind == AlertNotice::Kind::Resolved)
        n.endsAtMs = atMs;
    n.value = value;
    n.severity = severity;
    return n;
}


} // namespace

class tst_AlertPayload : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfc3339_data();
    void rfc3339();
    void webhook_data();
    void webhook();
    void slack_data();
    void slack();
    void slackKeepsWithinItsLimits();
    void alertmanager_data();
    void alertmanager();
    void labelNames_data();
    void labelNames();
};

void tst_AlertPayload::rfc3339_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("expected");
    QTest::newRow("whole seconds keep three digits") << t0 << u"2026-12-02T10:00:00.000Z"_s;
    QTest::newRow("milliseconds") << t0 + 1'234 << u"2026-12-02T10:00:01.234Z"_s;
    QTest::newRow("the epoch") << qint64(0) << u"1970-01-01T00:00:00.000Z"_s;
}

void tst_AlertPayload::rfc3339()
{
    QFETCH(qint64, ms);
    QFETCH(QString, expected);
    QCOMPARE(AlertPayload::rfc3339(ms), expected);
}

void tst_AlertPayload::webhook_data()
{
    QTest::addColumn<AlertNotice>("notice");
    QTest::addColumn<AlertRule>("rule");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("firing") << notice(AlertNotice::Kind::Firing, t0, t0, 4.0) << shopifyDown() << QByteArray(R"({
        "alert": "shopify-down", "state": "firing", "severity": "critical",
        "labels": {"alertname": "shopify-down", "severity": "critical", "team": "commerce"},
        "annotations": {"summary": "Shopify Admin API is failing"},
        "value": 4, "starts_at": "2026-12-02T10:00:00.000Z", "ends_at": null})");
    QTest::newRow("resolved") << notice(AlertNotice::Kind::Resolved, t0 + 754'250, t0, 0.0) << shopifyDown()
                              << QByteArray(R"({
        "alert": "shopify-down", "state": "resolved", "severity": "critical",
        "labels": {"alertname": "shopify-down", "severity": "critical", "team": "commerce"},
        "annotations": {"summary": "Shopify Admin API is failing"},
        "value": 0, "starts_at": "2026-12-02T10:00:00.000Z", "ends_at": "2026-12-02T10:12:34.250Z"})");
    QTest::newRow("flapping, no value, no labels")
        << notice(AlertNotice::Kind::Flapping, t0 + 60'000, t0 + 60'000, std::nullopt, AlertSeverity::Warning)
        << shopifyDown({}, {}, AlertSeverity::Warning) << QByteArray(R"({
        "alert": "shopify-down", "state": "flapping", "severity": "warning",
        "labels": {"alertname": "shopify-down", "severity": "warning"}, "annotations": {},
        "value": null, "starts_at": "2026-12-02T10:01:00.000Z", "ends_at": null})");
    QTest::newRow("a fraction, several labels")
        << notice(AlertNotice::Kind::Firing, t0, t0, 1612.5, AlertSeverity::Info)
        << shopifyDown({{u"team"_s, u"commerce"_s}, {u"service"_s, u"admin-api"_s}},
                       {{u"summary"_s, u"slow"_s}, {u"runbook"_s, u"https://wiki/x"_s}}, AlertSeverity::Info)
        << QByteArray(R"({
        "alert": "shopify-down", "state": "firing", "severity": "info",
        "labels": {"alertname": "shopify-down", "severity": "info", "service": "admin-api", "team": "commerce"},
        "annotations": {"runbook": "https://wiki/x", "summary": "slow"},
        "value": 1612.5, "starts_at": "2026-12-02T10:00:00.000Z", "ends_at": null})");
    QTest::newRow("not a number is null")
        << notice(AlertNotice::Kind::Firing, t0, t0, std::numeric_limits<double>::quiet_NaN()) << shopifyDown({}, {})
        << QByteArray(R"({
        "alert": "shopify-down", "state": "firing", "severity": "critical",
        "labels": {"alertname": "shopify-down", "severity": "critical"}, "annotations": {},
        "value": null, "starts_at": "2026-12-02T10:00:00.000Z", "ends_at": null})");
    AlertRule watchesShopify = shopifyDown({}, {});
    watchesShopify.when = *AlertExpression::parse(u"status(shopify) == down or p95(shopify/orders, 5m) > 2s"_s);
    QTest::newRow("labels as silences see them, with the integration")
        << notice(AlertNotice::Kind::Firing, t0, t0, std::nullopt) << watchesShopify << QByteArray(R"({
        "alert": "shopify-down", "state": "firing", "severity": "critical",
        "labels": {"alertname": "shopify-down", "severity": "critical", "integration": "shopify"},
        "annotations": {}, "value": null, "starts_at": "2026-12-02T10:00:00.000Z", "ends_at": null})");
}

void tst_AlertPayload::webhook()
{
    QFETCH(AlertNotice, notice);
    QFETCH(AlertRule, rule);
    QFETCH(QByteArray, expected);
    QCOMPARE(canonical(QJsonDocument(AlertPayload::webhook(notice, rule))), expectedJson(expected));
}

void tst_AlertPayload::slack_data()
{
    QTest::addColumn<AlertNotice>("notice");
    QTest::addColumn<AlertRule>("rule");
    QTest::addColumn<bool>("reminder");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("firing with a summary")
        << notice(AlertNotice::Kind::Firing, t0, t0, 4.0) << shopifyDown() << false << QByteArray(R"({
        "text": "[critical] Firing: shopify-down: Shopify Admin API is failing",
        "blocks": [
          {"type": "header", "text": {"type": "plain_text", "text": "Firing: shopify-down"}},
          {"type": "section", "text": {"type": "plain_text", "text": "Shopify Admin API is failing"}},
          {"type": "section", "fields": [
            {"type": "plain_text", "text": "Severity: critical"},
            {"type": "plain_text", "text": "Firing since: 2026-12-02 10:00:00 UTC"},
            {"type": "plain_text", "text": "Value: 4"}]}]})");
    QTest::newRow("resolved, no annotations, no value")
        << notice(AlertNotice::Kind::Resolved, t0 + 754'000, t0, std::nullopt, AlertSeverity::Warning)
        << shopifyDown({}, {}) << false << QByteArray(R"({
        "text": "[warning] Resolved: shopify-down",
        "blocks": [
          {"type": "header", "text": {"type": "plain_text", "text": "Resolved: shopify-down"}},
          {"type": "section", "fields": [
            {"type": "plain_text", "text": "Severity: warning"},
            {"type": "plain_text", "text": "Fired at: 2026-12-02 10:00:00 UTC"},
            {"type": "plain_text", "text": "Resolved at: 2026-12-02 10:12:34 UTC"}]}]})");
    QTest::newRow("flapping, summary and description")
        << notice(AlertNotice::Kind::Flapping, t0 + 300'000, t0 + 300'000, 2.0)
        << shopifyDown({}, {{u"summary"_s, u"Shopify is failing"_s}, {u"description"_s, u"Orders stall"_s}}) << false
        << QByteArray(R"({
        "text": "[critical] Flapping: shopify-down: Shopify is failing",
        "blocks": [
          {"type": "header", "text": {"type": "plain_text", "text": "Flapping: shopify-down"}},
          {"type": "section", "text": {"type": "plain_text", "text":
            "shopify-down keeps switching between firing and resolved. Its notifications pause until it settles.\nShopify is failing\nOrders stall"}},
          {"type": "section", "fields": [
            {"type": "plain_text", "text": "Severity: critical"},
            {"type": "plain_text", "text": "Flapping since: 2026-12-02 10:05:00 UTC"},
            {"type": "plain_text", "text": "Value: 2"}]}]})");
    QTest::newRow("reminder") << notice(AlertNotice::Kind::Firing, t0 + 4 * 3'600'000, t0, 4.5) << shopifyDown() << true
                              << QByteArray(R"({
        "text": "[critical] Still firing: shopify-down: Shopify Admin API is failing",
        "blocks": [
          {"type": "header", "text": {"type": "plain_text", "text": "Still firing: shopify-down"}},
          {"type": "section", "text": {"type": "plain_text", "text": "Shopify Admin API is failing"}},
          {"type": "section", "fields": [
            {"type": "plain_text", "text": "Severity: critical"},
            {"type": "plain_text", "text": "Firing since: 2026-12-02 10:00:00 UTC"},
            {"type": "plain_text", "text": "Value when it fired: 4.5"}]}]})");
    // Slack reads the top-level text as mrkdwn: no mention, no link, whatever the annotation says.
    QTest::newRow("markup in the summary stays text")
        << notice(AlertNotice::Kind::Firing, t0, t0, std::nullopt)
        << shopifyDown({}, {{u"summary"_s, u"<!channel> see <https://x|here> & there"_s}}) << false << QByteArray(R"({
        "text": "[critical] Firing: shopify-down: &lt;!channel&gt; see &lt;https://x|here&gt; &amp; there",
        "blocks": [
          {"type": "header", "text": {"type": "plain_text", "text": "Firing: shopify-down"}},
          {"type": "section", "text": {"type": "plain_text", "text": "<!channel> see <https://x|here> & there"}},
          {"type": "section", "fields": [
            {"type": "plain_text", "text": "Severity: critical"},
            {"type": "plain_text", "text": "Firing since: 2026-12-02 10:00:00 UTC"}]}]})");
}

void tst_AlertPayload::slack()
{
    QFETCH(AlertNotice, notice);
    QFETCH(AlertRule, rule);
    QFETCH(bool, reminder);
    QFETCH(QByteArray, expected);
    const auto occasion = reminder ? AlertPayload::Occasion::Reminder : AlertPayload::Occasion::Transition;
    QCOMPARE(canonical(QJsonDocument(AlertPayload::slack(notice, rule, occasion))), expectedJson(expected));
}

void tst_AlertPayload::slackKeepsWithinItsLimits()
{
    AlertRule rule = shopifyDown({}, {{u"summary"_s, QString(5000, u'x')}});
    rule.name = QString(200, u'r');
    AlertNotice n = notice(AlertNotice::Kind::Firing, t0, t0, 1.0);
    n.rule = rule.name;
    const QJsonObject message = AlertPayload::slack(n, rule);
    const QJsonArray blocks = message.value(u"blocks"_s).toArray();
    const QString header = blocks.at(0).toObject().value(u"text"_s).toObject().value(u"text"_s).toString();
    QCOMPARE(header.size(), 150);
    QVERIFY(header.endsWith(u'\u2026'));
    QCOMPARE(blocks.at(1).toObject().value(u"text"_s).toObject().value(u"text"_s).toString().size(), 3000);
    QCOMPARE(message.value(u"text"_s).toString().size(), 3000);
}

void tst_AlertPayload::alertmanager_data()
{
    QTest::addColumn<AlertNotice>("notice");
    QTest::addColumn<AlertRule>("rule");
    QTest::addColumn<qint64>("nowMs");
    QTest::addColumn<QString>("generatorUrl");
    QTest::addColumn<QByteArray>("expected");

    // Resend interval 1m: a firing alert is kept for four of them past the post.
    QTest::newRow("firing: endsAt four resend intervals ahead")
        << notice(AlertNotice::Kind::Firing, t0, t0, 4.0) << shopifyDown() << t0 + 30'000
        << u"http://gatewatch.internal/alerts"_s << QByteArray(R"({
        "labels": {"alertname": "shopify-down", "severity": "critical", "team": "commerce"},
        "annotations": {"summary": "Shopify Admin API is failing"},
        "startsAt": "2026-12-02T10:00:00.000Z", "endsAt": "2026-12-02T10:04:30.000Z",
        "generatorURL": "http://gatewatch.internal/alerts"})");
    QTest::newRow("resolved: endsAt when it resolved") << notice(AlertNotice::Kind::Resolved, t0 + 754'250, t0, 0.0)
                                                       << shopifyDown() << t0 + 760'000 << QString() << QByteArray(R"({
        "labels": {"alertname": "shopify-down", "severity": "critical", "team": "commerce"},
        "annotations": {"summary": "Shopify Admin API is failing"},
        "startsAt": "2026-12-02T10:00:00.000Z", "endsAt": "2026-12-02T10:12:34.250Z"})");
    QTest::newRow("flapping: an alert of its own that expires")
        << notice(AlertNotice::Kind::Flapping, t0 + 300'000, t0 + 300'000, 2.0) << shopifyDown({}, {}) << t0 + 301'000
        << QString() << QByteArray(R"({
        "labels": {"alertname": "shopify-down", "severity": "critical", "flapping": "true"},
        "annotations": {},
        "startsAt": "2026-12-02T10:05:00.000Z", "endsAt": "2026-12-02T10:09:00.000Z"})");
    QTest::newRow("label names made valid; the rule's own labels win, as for silences")
        << notice(AlertNotice::Kind::Firing, t0, t0, 1.0, AlertSeverity::Warning)
        << shopifyDown({{u"team-name"_s, u"commerce"_s},
                        {u"1st"_s, u"a"_s},
                        {u"alertname"_s, u"other"_s},
                        {u"severity"_s, u"page"_s}},
                       {})
        << t0 << QString() << QByteArray(R"({
        "labels": {"alertname": "other", "severity": "page", "team_name": "commerce", "_st": "a"},
        "annotations": {},
        "startsAt": "2026-12-02T10:00:00.000Z", "endsAt": "2026-12-02T10:04:00.000Z"})");
}

void tst_AlertPayload::alertmanager()
{
    QFETCH(AlertNotice, notice);
    QFETCH(AlertRule, rule);
    QFETCH(qint64, nowMs);
    QFETCH(QString, generatorUrl);
    QFETCH(QByteArray, expected);
    const QJsonObject alert = AlertPayload::alertmanagerAlert(notice, rule, nowMs, 60'000, generatorUrl);
    QCOMPARE(canonical(QJsonDocument(alert)), expectedJson(expected));
}

void tst_AlertPayload::labelNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("valid") << u"team_1"_s << u"team_1"_s;
    QTest::newRow("dash and dot") << u"k8s.io/app-name"_s << u"k8s_io_app_name"_s;
    QTest::newRow("leading digit") << u"9lives"_s << u"_lives"_s;
    QTest::newRow("empty") << QString() << u"_"_s;
}

void tst_AlertPayload::labelNames()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(AlertPayload::labelName(name), expected);
}

QTEST_GUILESS_MAIN(tst_AlertPayload)
#include "tst_alertpayload.moc"
