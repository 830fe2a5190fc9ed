#include "alertmanagerapi.h"
#include "alertmanagerserver.h"
#include "alertnotifier.h"
#include "loopbackserver.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

using namespace gw;
using namespace Qt::StringLiterals;

namespace {

class NoSecrets final : public SecretSource
{
public:
    std::optional<QString> secret(const QString &) const override { return std::nullopt; }
};

LabelMatcher matcher(const QString &name, LabelMatcher::Op op, const QString &value)
{
    return LabelMatcher::make(name, op, value).value();
}

} // namespace

Q_DECLARE_METATYPE(gw::AmAlert)

// Alertmanager's API v2 as its OpenAPI specification (api/v2/openapi.yaml) writes silences and
// alerts, and the client against a real Alertmanager (Debian package prometheus-alertmanager)
// where installed: the agent's alert posted by the notifier, silenced from here, suppressed there.
class tst_AlertmanagerApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void silenceToWire();
    void silenceFromWire_data();
    void silenceFromWire();
    void alertFromWire();
    void teamAlerts_data();
    void teamAlerts();
    void teamAlertFields();
    void unreachable();

    void realAlertmanager_silenceSuppressesTheAgentsAlert();
    void realAlertmanager_refusals();
};

void tst_AlertmanagerApi::silenceToWire()
{
    Silence silence;
    silence.matchers = {matcher(u"alertname"_s, LabelMatcher::Op::Equal, u"shopify-down"_s),
                        matcher(u"severity"_s, LabelMatcher::Op::NotEqual, u"info"_s),
                        matcher(u"integration"_s, LabelMatcher::Op::Regex, u"shop.*"_s),
                        matcher(u"team"_s, LabelMatcher::Op::NotRegex, u"growth|data"_s)};
    silence.startsAtMs = 1'800'000'000'000;
    silence.endsAtMs = 1'800'003'600'000;
    silence.createdBy = u"ops"_s;
    silence.comment = u"Shopify maintenance"_s;
    // postableSilence: matchers with isRegex and isEqual, RFC 3339 times; no id for a new one.
    const QJsonObject expected = QJsonDocument::fromJson(R"({
        "matchers": [
            {"name": "alertname", "value": "shopify-down", "isRegex": false, "isEqual": true},
            {"name": "severity", "value": "info", "isRegex": false, "isEqual": false},
            {"name": "integration", "value": "shop.*", "isRegex": true, "isEqual": true},
            {"name": "team", "value": "growth|data", "isRegex": true, "isEqual": false}],
        "startsAt": "2027-01-15T08:00:00.000Z",
        "endsAt": "2027-01-15T09:00:00.000Z",
        "createdBy": "ops",
        "comment": "Shopify maintenance"})")
                                     .object();
    QCOMPARE(silenceToJson(silence), expected);
    silence.id = u"9f3c1e52-6f87-4b0c-9a39-3b7d1b8c2a10"_s;
    QCOMPARE(silenceToJson(silence).value(u"id"_s).toString(), silence.id);
}

void tst_AlertmanagerApi::silenceFromWire_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("matchers");
    QTest::addColumn<qint64>("startsAtMs");
    QTest::addColumn<qint64>("endsAtMs");

    // gettableSilence as Alertmanager 0.25 lists it: nanosecond times and a status.
    QTest::newRow("alertmanager 0.25") << QByteArray(R"({"id":"9f3c1e52","status":{"state":"active"},
        "updatedAt":"2027-01-15T08:00:00.123456789Z","comment":"c","createdBy":"ops",
        "startsAt":"2027-01-15T08:00:00.123456789Z","endsAt":"2027-01-15T10:00:00Z",
        "matchers":[{"name":"alertname","value":"shopify-down","isRegex":false,"isEqual":true},
                    {"name":"team","value":"growth|data","isRegex":true,"isEqual":false}]})")
                                       << true << uR"({alertname="shopify-down", team!~"growth|data"})"_s
                                       << qint64(1'800'000'000'123) << qint64(1'800'007'200'000);
    // Before 0.22 there was no isEqual: every matcher was an equality.
    QTest::newRow("no isEqual") << QByteArray(R"({"id":"a","startsAt":"2027-01-15T08:00:00+01:00",
        "endsAt":"2027-01-15T08:30:00.5+01:00","matchers":[{"name":"job","value":"api.*","isRegex":true}]})")
                                << true << uR"({job=~"api.*"})"_s << qint64(1'799'996'400'000)
                                << qint64(1'799'998'200'500);
    QTest::newRow("no id") << QByteArray(R"({"startsAt":"2027-01-15T08:00:00Z","endsAt":"2027-01-15T09:00:00Z"})")
                           << false << QString() << qint64(0) << qint64(0);
    QTest::newRow("bad time") << QByteArray(R"({"id":"a","startsAt":"yesterday","endsAt":"2027-01-15T09:00:00Z"})")
                              << false << QString() << qint64(0) << qint64(0);
    QTest::newRow("bad regex") << QByteArray(R"({"id":"a","startsAt":"2027-01-15T08:00:00Z",
        "endsAt":"2027-01-15T09:00:00Z","matchers":[{"name":"job","value":"(","isRegex":true,"isEqual":true}]})")
                               << false << QString() << qint64(0) << qint64(0);
}

void tst_AlertmanagerApi::silenceFromWire()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, valid);
    const Result<Silence> silence = silenceFromJson(QJsonDocument::fromJson(json).object());
    QCOMPARE(silence.ok(), valid);
    if (!valid) {
        QVERIFY(!silence.error().message.isEmpty());
        return;
    }
    QFETCH(QString, matchers);
    QFETCH(qint64, startsAtMs);
    QFETCH(qint64, endsAtMs);
    QCOMPARE(matchersText(silence->matchers), matchers);
    QCOMPARE(silence->startsAtMs, startsAtMs);
    QCOMPARE(silence->endsAtMs, endsAtMs);
}

void tst_AlertmanagerApi::alertFromWire()
{
    // gettableAlert, as Alertmanager 0.25 lists one that a silence suppresses.
    const QJsonObject object = QJsonDocument::fromJson(R"({
        "annotations": {"summary": "Shopify Admin API is failing"},
        "endsAt": "2027-01-15T08:04:00.000Z",
        "fingerprint": "5b2b8a4f9cf0e3d1",
        "receivers": [{"name": "nobody"}],
        "startsAt": "2027-01-15T08:00:00.000Z",
        "status": {"inhibitedBy": [], "silencedBy": ["9f3c1e52"], "state": "suppressed"},
        "updatedAt": "2027-01-15T08:00:01.5Z",
        "generatorURL": "http://gatewatch.test/alerts",
        "labels": {"alertname": "shopify-down", "severity": "critical"}})")
                                   .object();
    const Result<AmAlert> alert = alertFromJson(object);
    QVERIFY(alert.ok());
    QCOMPARE(alert->fingerprint, u"5b2b8a4f9cf0e3d1"_s);
    QCOMPARE(alert->labels, (AlertLabels{{u"alertname"_s, u"shopify-down"_s}, {u"severity"_s, u"critical"_s}}));
    QCOMPARE(alert->annotations.value(u"summary"_s), u"Shopify Admin API is failing"_s);
    QCOMPARE(alert->startsAtMs, qint64(1'800'000'000'000));
    QCOMPARE(alert->endsAtMs, qint64(1'800'000'240'000));
    QCOMPARE(alert->updatedAtMs, qint64(1'800'000'001'500));
    QCOMPARE(alert->state, AmAlert::State::Suppressed);
    QCOMPARE(alert->silencedBy, QStringList{u"9f3c1e52"_s});
    QCOMPARE(alert->receivers, QStringList{u"nobody"_s});
    QCOMPARE(alert->generatorUrl, u"http://gatewatch.test/alerts"_s);

    QVERIFY(!alertFromJson(QJsonObject{{u"labels"_s, QJsonObject{{u"a"_s, u"b"_s}}}}).ok()); // no fingerprint
}

void tst_AlertmanagerApi::teamAlerts_data()
{
    QTest::addColumn<QList<AmAlert>>("team");
    QTest::addColumn<QStringList>("listed"); // rules, in the page's order

    const auto alert = [](const QString &name, const QString &severity, qint64 startsAtMs, qint64 endsAtMs = 0) {
        AmAlert a;
        a.labels = {{u"alertname"_s, name}, {u"integration"_s, u"shopify"_s}};
        if (!severity.isEmpty())
            a.labels.insert(u"severity"_s, severity);
        a.startsAtMs = startsAtMs;
        a.endsAtMs = endsAtMs;
        a.state = AmAlert::State::Active;
        return a;
    };
    // This desktop's own alert is "shopify-down" (critical); `now` is 1,000,000.
    QTest::newRow("none") << QList<AmAlert>{} << QStringList{u"shopify-down"_s};
    QTest::newRow("the same rule, posted by an agent")
        << QList<AmAlert>{alert(u"shopify-down"_s, u"critical"_s, 100)} << QStringList{u"shopify-down"_s};
    // Most severe first, then the longest-standing; an unknown severity counts as warning.
    QTest::newRow("others after, ordered")
        << QList<AmAlert>{alert(u"quota-low"_s, u"warning"_s, 500), alert(u"db-down"_s, u"critical"_s, 900),
                          alert(u"tls-soon"_s, u"info"_s, 100), alert(u"odd"_s, u"page-me"_s, 200)}
        << QStringList{u"shopify-down"_s, u"db-down"_s, u"odd"_s, u"quota-low"_s, u"tls-soon"_s};
    QTest::newRow("resolved and nameless left out")
        << QList<AmAlert>{alert(u"gone"_s, u"warning"_s, 100, 999'999), alert(u""_s, u"warning"_s, 100),
                          alert(u"still"_s, u"warning"_s, 100, 1'000'001)}
        << QStringList{u"shopify-down"_s, u"still"_s};
}

void tst_AlertmanagerApi::teamAlerts()
{
    QFETCH(QList<AmAlert>, team);
    QFETCH(QStringList, listed);
    ActiveAlert own;
    own.rule = u"shopify-down"_s;
    own.severity = AlertSeverity::Critical;
    own.state = AlertState::Firing;
    const QList<ActiveAlert> alerts = withTeamAlerts({own}, team, 1'000'000);
    QStringList rules;
    for (const ActiveAlert &alert : alerts)
        rules.append(alert.rule);
    QCOMPARE(rules, listed);
    QCOMPARE(alerts.first(), own);
}

void tst_AlertmanagerApi::teamAlertFields()
{
    AmAlert team;
    team.labels = {{u"alertname"_s, u"db-down"_s}, {u"severity"_s, u"critical"_s}, {u"team"_s, u"data"_s}};
    team.annotations = {{u"summary"_s, u"The database is down"_s}};
    team.startsAtMs = 1'800'000'000'000;
    team.state = AmAlert::State::Suppressed;
    team.silencedBy = {u"5a1c"_s};
    team.inhibitedBy = {u"f00d"_s, u"beef"_s};
    const ActiveAlert active = activeAlertFrom(team);
    QCOMPARE(active.rule, u"db-down"_s);
    QCOMPARE(active.severity, AlertSeverity::Critical);
    QCOMPARE(active.state, AlertState::Firing);
    QCOMPARE(active.sinceMs, 1'800'000'000'000);
    QCOMPARE(active.incidentStartMs, 1'800'000'000'000);
    QCOMPARE(active.labels, team.labels);
    QCOMPARE(active.annotations, team.annotations);
    QCOMPARE(active.silencedBy, QStringList{u"5a1c"_s});
    QCOMPARE(active.inhibitedBy, u"f00d"_s);
    QVERIFY(!active.acknowledgement);
}

void tst_AlertmanagerApi::unreachable()
{
    const quint16 port = freeLoopbackPort();
    AlertmanagerClient client({QUrl(u"http://127.0.0.1:%1"_s.arg(port)), std::chrono::seconds(5), {}});
    const AmResult<QList<Silence>> result = awaitFuture(client.silences());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, AmFailure::Kind::Unreachable);
    QVERIFY2(result.error().message.startsWith(u"Alertmanager at 127.0.0.1:%1 cannot be reached: "_s.arg(port)),
             qPrintable(result.error().message));

    LoopbackServer html(LoopbackServer::Mode::Respond,
                        LoopbackServer::response(200, "<html>login</html>", {}, "text/html"));
    AlertmanagerClient wrong({QUrl(html.url()), std::chrono::seconds(5), {}});
    const AmResult<QList<AmAlert>> page = awaitFuture(wrong.alerts());
    QVERIFY(!page.ok());
    QCOMPARE(page.error().kind, AmFailure::Kind::NotAlertmanager);
}

void tst_AlertmanagerApi::realAlertmanager_silenceSuppressesTheAgentsAlert()
{
    if (AlertmanagerServer::binary().isEmpty())
        QSKIP("Alertmanager is not installed: apt-get install prometheus-alertmanager (Debian) to run this test");
    AlertmanagerServer server;
    const QString problem = server.start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    // The agent's notifier posts its alert, as it does with an alertmanager channel.
    AlertNotifier notifier;
    NotifyChannel channel;
    channel.name = u"alertmanager"_s;
    channel.type = NotifyType::Alertmanager;
    channel.url = server.baseUrl();
    channel.resendInterval = std::chrono::seconds(1);
    notifier.setChannels({channel}, NoSecrets());
    AlertRule rule;
    rule.name = u"shopify-down"_s;
    rule.severity = AlertSeverity::Critical;
    AlertNotice notice;
    notice.rule = rule.name;
    notice.atMs = QDateTime::currentMSecsSinceEpoch();
    notice.startsAtMs = notice.atMs;
    notice.severity = AlertSeverity::Critical;
    notifier.notify(notice, rule);

    AlertmanagerClient client({QUrl(server.baseUrl()), std::chrono::seconds(10), {}});
    const auto stateOf = [&](const QString &alertname) -> std::optional<AmAlert> {
        const AmResult<QList<AmAlert>> alerts = awaitFuture(client.alerts());
        if (!alerts)
            return std::nullopt;
        for (const AmAlert &alert : alerts.value()) {
            if (alert.labels.value(u"alertname"_s) == alertname)
                return alert;
        }
        return std::nullopt;
    };
    QTRY_VERIFY_WITH_TIMEOUT(stateOf(rule.name) && stateOf(rule.name)->state == AmAlert::State::Active, 15'000);
    QCOMPARE(stateOf(rule.name)->labels.value(u"severity"_s), u"critical"_s);

    // A silence from here, as the desktop makes one for an alert: it suppresses the alert there.
    Silence silence;
    silence.matchers = matchersFor(rule.name, stateOf(rule.name)->labels);
    silence.startsAtMs = QDateTime::currentMSecsSinceEpoch();
    silence.endsAtMs = silence.startsAtMs + 3'600'000;
    silence.createdBy = u"ops"_s;
    silence.comment = u"Shopify maintenance"_s;
    const AmResult<QString> saved = awaitFuture(client.saveSilence(silence));
    QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));
    const QString id = saved.value();
    QTRY_VERIFY_WITH_TIMEOUT(stateOf(rule.name) && stateOf(rule.name)->state == AmAlert::State::Suppressed, 15'000);
    QCOMPARE(stateOf(rule.name)->silencedBy, QStringList{id});

    // Listed back as it was made.
    const AmResult<QList<Silence>> listed = awaitFuture(client.silences());
    QVERIFY(listed.ok());
    QCOMPARE(listed->size(), 1);
    const Silence &back = listed->first();
    QCOMPARE(back.id, id);
    QCOMPARE(back.matchers, silence.matchers);
    QCOMPARE(back.createdBy, u"ops"_s);
    QCOMPARE(back.comment, u"Shopify maintenance"_s);
    QCOMPARE(back.endsAtMs, silence.endsAtMs);
    QCOMPARE(back.state(QDateTime::currentMSecsSinceEpoch()), Silence::State::Active);

    // Edited (a longer comment), then expired: the alert is active again.
    Silence edited = back;
    edited.comment = u"Shopify maintenance, extended"_s;
    const AmResult<QString> resaved = awaitFuture(client.saveSilence(edited));
    QVERIFY2(resaved.ok(), resaved.ok() ? "" : qPrintable(resaved.error().message));
    const AmResult<bool> expired = awaitFuture(client.expireSilence(resaved.value()));
    QVERIFY2(expired.ok(), expired.ok() ? "" : qPrintable(expired.error().message));
    QTRY_VERIFY_WITH_TIMEOUT(stateOf(rule.name) && stateOf(rule.name)->state == AmAlert::State::Active, 15'000);
    const AmResult<QList<Silence>> after = awaitFuture(client.silences());
    QVERIFY(after.ok());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const Silence &s : after.value())
        QCOMPARE(s.state(now), Silence::State::Expired);
}

void tst_AlertmanagerApi::realAlertmanager_refusals()
{
    if (AlertmanagerServer::binary().isEmpty())
        QSKIP("Alertmanager is not installed: apt-get install prometheus-alertmanager (Debian) to run this test");
    AlertmanagerServer server;
    const QString problem = server.start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    AlertmanagerClient client({QUrl(server.baseUrl()), std::chrono::seconds(10), {}});

    // Alertmanager checks silences itself and says why it refuses one.
    Silence endless;
    endless.matchers = {matcher(u"alertname"_s, LabelMatcher::Op::Equal, u"x"_s)};
    endless.startsAtMs = QDateTime::currentMSecsSinceEpoch();
    endless.endsAtMs = endless.startsAtMs - 60'000;
    endless.createdBy = u"ops"_s;
    endless.comment = u"c"_s;
    const AmResult<QString> refused = awaitFuture(client.saveSilence(endless));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, AmFailure::Kind::Refused);
    QVERIFY2(refused.error().message.startsWith(u"Alertmanager at 127.0.0.1:%1 refused it: "_s.arg(server.port())),
             qPrintable(refused.error().message));

    const AmResult<bool> unknown = awaitFuture(client.expireSilence(u"00000000-0000-0000-0000-000000000000"_s));
    QVERIFY(!unknown.ok());
    QVERIFY2(unknown.error().message.startsWith(u"Alertmanager at 127.0.0.1:%1 "_s.arg(server.port())),
             qPrintable(unknown.error().message));
}

QTEST_GUILESS_MAIN(tst_AlertmanagerApi)
#include "tst_alertmanagerapi.moc"
