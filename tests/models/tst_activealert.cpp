#include "activealert.h"

#include <QTest>

using namespace gw;
using namespace Qt::StringLiterals;


namespace {

AlertRule ruleOf(const QString &name, const QString &when, AlertSeverity severity,
                 const QMap<QString, QString> &labels = {})
{
    AlertRule rule;
    rule.name = name;
    rule.when = *AlertExpression::parse(when);
    rule.severity = severity;
    rule.labels = labels;
    return rule;
}

AlertStatus firing(const QString &rule, qint64 firedAt)
{
    AlertStatus status;
    status.rule = rule;
    status.state = AlertState::Firing;
    status.activeSinceMs = firedAt - 60'000;
    status.firedAtMs = firedAt;
    status.value = 42;
    return status;
}

AlertStatus pending(const QString &rule, qint64 since)
{
    AlertStatus status;
    status.rule = rule;
    status.state = AlertState::Pending;
    status.activeSinceMs = since;
    return status;
}

IncidentEvent entry(qint64 at, const QString &rule, IncidentEvent::Kind kind, qint64 incident, const QString &text = {})
{
    IncidentEvent event;
    event.atMs = at;
    event.rule = rule;
    event.kind = kind;
    event.incidentStartMs = incident;
    event.text = text;
    event.user = u"ana"_s;
    return event;
}

} // namespace

class tst_ActiveAlert : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void labels();
    void orderAndFields();
    void acknowledgementBelongsToItsIncident();
    void silencedBy();
    void openIncidents();
    void openAcknowledgements();
    void inhibition_data();
    void inhibition();
    void localNetworkRuleIsValid();
};

using Labels = QMap<QString, QString>;

void tst_ActiveAlert::inhibition_data()
{
    QTest::addColumn<Labels>("labels");
    QTest::addColumn<QList<Labels>>("firing");
    QTest::addColumn<QString>("expected");

    const Labels stripe{{u"alertname"_s, u"stripe-down"_s}, {u"integration"_s, u"stripe"_s},
                        {u"severity"_s, u"critical"_s}};
    const Labels slack{{u"alertname"_s, u"slack-down"_s}, {u"integration"_s, u"slack"_s},
                       {u"severity"_s, u"critical"_s}};
    const Labels network{{u"alertname"_s, u"local-network"_s}, {u"severity"_s, u"critical"_s}};
    const Labels gatewayDown{{u"alertname"_s, u"gateway-down"_s}, {u"integration"_s, u"gateway"_s},
                             {u"severity"_s, u"critical"_s}};
    const Labels gatewaySlow{{u"alertname"_s, u"gateway-slow"_s}, {u"integration"_s, u"gateway"_s},
                             {u"severity"_s, u"warning"_s}};

    QTest::newRow("nothing else fires") << stripe << QList<Labels>{stripe} << QString();
    QTest::newRow("the local network holds back everything") << slack << QList<Labels>{slack, network}
                                                             << u"local-network"_s;
    QTest::newRow("but not itself") << network << QList<Labels>{network} << QString();
    QTest::newRow("a critical gateway alert groups those behind it")
        << stripe << QList<Labels>{gatewayDown, stripe} << u"gateway-down"_s;
    QTest::newRow("not those elsewhere") << slack << QList<Labels>{gatewayDown, slack} << QString();
    QTest::newRow("a warning on the gateway groups nothing") << stripe << QList<Labels>{gatewaySlow} << QString();
    QTest::newRow("nor the gateway's own alerts") << gatewaySlow << QList<Labels>{gatewayDown} << QString();
    QTest::newRow("the local network before the gateway")
        << stripe << QList<Labels>{gatewayDown, network} << u"local-network"_s;
}

void tst_ActiveAlert::inhibition()
{
    QFETCH(Labels, labels);
    QFETCH(QList<Labels>, firing);
    QFETCH(QString, expected);
    const QSet<QString> behindGateway{u"stripe"_s, u"shopify"_s};
    QCOMPARE(inhibitedBy(labels, firing, behindGateway), expected);
}

void tst_ActiveAlert::localNetworkRuleIsValid()
{
    const AlertRule rule = localNetworkRule();
    QCOMPARE(rule.name, u"local-network"_s);
    QCOMPARE(rule.when.text(), u"local_network_down(workstation)"_s);
    QCOMPARE(rule.severity, AlertSeverity::Critical);
    // No integration label: it is about this machine.
    QVERIFY(!alertLabels(rule).contains(u"integration"_s));
}

void tst_ActiveAlert::labels()
{
    const AlertRule one = ruleOf(u"shopify-down"_s, u"status(shopify) == down or p95(shopify/orders, 5m) > 2s"_s,
                                 AlertSeverity::Critical, {{u"team"_s, u"commerce"_s}});
    const QMap<QString, QString> expected{{u"alertname"_s, u"shopify-down"_s},
                                          {u"severity"_s, u"critical"_s},
                                          {u"integration"_s, u"shopify"_s},
                                          {u"team"_s, u"commerce"_s}};
    QCOMPARE(alertLabels(one), expected);

    // Two integrations: no integration label. The rule's own labels win.
    const AlertRule two = ruleOf(u"both"_s, u"status(shopify) == down and status(stripe) == down"_s,
                                 AlertSeverity::Info, {{u"severity"_s, u"page"_s}});
    const QMap<QString, QString> expectedTwo{{u"alertname"_s, u"both"_s}, {u"severity"_s, u"page"_s}};
    QCOMPARE(alertLabels(two), expectedTwo);
}

void tst_ActiveAlert::orderAndFields()
{
    const QList<AlertRule> rules{
        ruleOf(u"warn-old"_s, u"status(a) == down"_s, AlertSeverity::Warning),
        ruleOf(u"quiet"_s, u"status(b) == down"_s, AlertSeverity::Critical),
        ruleOf(u"crit-pending"_s, u"status(c) == down"_s, AlertSeverity::Critical),
        ruleOf(u"crit-firing"_s, u"status(d) == down"_s, AlertSeverity::Critical),
        ruleOf(u"warn-new"_s, u"status(e) == down"_s, AlertSeverity::Warning),
        ruleOf(u"no-status"_s, u"status(f) == down"_s, AlertSeverity::Critical),
    };
    AlertStatus quiet;
    quiet.rule = u"quiet"_s;
    AlertStatus flapping;
    flapping.rule = u"warn-new"_s;
    flapping.flapping = true;
    flapping.lastEvaluationMs = 9000;
    const QList<AlertStatus> statuses{firing(u"warn-old"_s, 1000), quiet, pending(u"crit-pending"_s, 500),
                                      firing(u"crit-firing"_s, 3000), flapping};

    const QList<ActiveAlert> active = activeAlerts(rules, statuses, {}, {}, 10'000);
    QStringList order;
    for (const ActiveAlert &alert : active)
        order.append(alert.rule);
    // Critical before warning; firing before pending; then longest-standing first.
    QCOMPARE(order, (QStringList{u"crit-firing"_s, u"crit-pending"_s, u"warn-old"_s, u"warn-new"_s}));

    const ActiveAlert &first = active.at(0);
    QCOMPARE(first.state, AlertState::Firing);
    QCOMPARE(first.sinceMs, 3000);
    QCOMPARE(first.incidentStartMs, 3000);
    QCOMPARE(first.value, 42.0);
    QCOMPARE(first.expression, u"status(d) == down"_s);
    QCOMPARE(first.labels.value(u"integration"_s), u"d"_s);
    QCOMPARE(active.at(1).state, AlertState::Pending);
    QCOMPARE(active.at(1).sinceMs, 500);
    QCOMPARE(active.at(1).incidentStartMs, 0);
    QVERIFY(active.at(3).flapping);
    QCOMPARE(active.at(3).sinceMs, 9000);
}

void tst_ActiveAlert::acknowledgementBelongsToItsIncident()
{
    const QList<AlertRule> rules{ruleOf(u"a"_s, u"status(a) == down"_s, AlertSeverity::Warning),
                                ruleOf(u"b"_s, u"status(b) == down"_s, AlertSeverity::Warning)};
    const QList<AlertStatus> statuses{firing(u"a"_s, 1000), firing(u"b"_s, 5000)};
    QHash<QString, Acknowledgement> acks;
    acks.insert(u"a"_s, Acknowledgement{u"a"_s, 1000, u"ana"_s, u"on it"_s, 1200});
    acks.insert(u"b"_s, Acknowledgement{u"b"_s, 2000, u"ana"_s, u"earlier incident"_s, 2100});
    const QList<ActiveAlert> active = activeAlerts(rules, statuses, acks, {}, 6000);
    QCOMPARE(active.size(), 2);
    QCOMPARE(active.at(0).rule, u"a"_s);
    QVERIFY(active.at(0).acknowledgement);
    QCOMPARE(active.at(0).acknowledgement->note, u"on it"_s);
    QVERIFY(!active.at(1).acknowledgement);
}

void tst_ActiveAlert::silencedBy()
{
    const QList<AlertRule> rules{
        ruleOf(u"shopify-down"_s, u"status(shopify) == down"_s, AlertSeverity::Critical, {{u"team"_s, u"commerce"_s}})};
    Silence silence;
    silence.id = u"s1"_s;
    silence.matchers = *LabelMatcher::parseList(u"integration=\"shopify\""_s);
    silence.startsAtMs = 0;
    silence.endsAtMs = 5000;
    silence.createdBy = u"ana"_s;
    const QList<AlertStatus> statuses{firing(u"shopify-down"_s, 1000)};
    QCOMPARE(activeAlerts(rules, statuses, {}, {silence}, 4000).at(0).silencedBy, QStringList{u"s1"_s});
    QCOMPARE(activeAlerts(rules, statuses, {}, {silence}, 5000).at(0).silencedBy, QStringList());
}

void tst_ActiveAlert::openIncidents()
{
    using K = IncidentEvent::Kind;
    // Newest first, as the store answers.
    const QList<IncidentEvent> history{
        entry(900, u"a"_s, K::Notified, 800),
        entry(800, u"a"_s, K::Firing, 800),
        entry(700, u"a"_s, K::Resolved, 100),
        entry(600, u"b"_s, K::Resolved, 500),
        entry(500, u"b"_s, K::Firing, 500),
        entry(400, u"c"_s, K::Acknowledged, 300),
        entry(300, u"c"_s, K::Firing, 300),
        entry(250, QString(), K::Silenced, 0),
        entry(100, u"a"_s, K::Firing, 100),
    };
    const QList<IncidentEvent> open = gw::openIncidents(history);
    QCOMPARE(open.size(), 2);
    QCOMPARE(open.at(0).rule, u"a"_s);
    QCOMPARE(open.at(0).incidentStartMs, 800);
    QCOMPARE(open.at(1).rule, u"c"_s);
    QCOMPARE(open.at(1).incidentStartMs, 300);
}

void tst_ActiveAlert::openAcknowledgements()
{
    using K = IncidentEvent::Kind;
    const QList<IncidentEvent> history{
        entry(950, u"a"_s, K::Acknowledged, 800, u"second look"_s),
        entry(900, u"a"_s, K::Acknowledged, 800, u"first look"_s),
        entry(800, u"a"_s, K::Firing, 800),
        entry(700, u"a"_s, K::Resolved, 100),
        entry(150, u"a"_s, K::Acknowledged, 100, u"old incident"_s),
        entry(100, u"a"_s, K::Firing, 100),
        entry(60, u"b"_s, K::Resolved, 10),
        entry(50, u"b"_s, K::Acknowledged, 10, u"resolved since"_s),
        entry(10, u"b"_s, K::Firing, 10),
    };
    const QHash<QString, Acknowledgement> acks = gw::openAcknowledgements(history);
    QCOMPARE(acks.size(), 1);
    const Acknowledgement expected{u"a"_s, 800, u"ana"_s, u"second look"_s, 950};
    QCOMPARE(acks.value(u"a"_s), expected);
}

QTEST_APPLESS_MAIN(tst_ActiveAlert)
#include "tst_activealert.moc"
