#include "alertsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace gw;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(gw::AlertValueKind)
Q_DECLARE_METATYPE(std::optional<double>)

namespace {

ActiveAlert alertOf(const QString &rule, AlertSeverity severity, AlertState state)
{
    ActiveAlert alert;
    alert.rule = rule;
    alert.severity = severity;
    alert.state = state;
    alert.sinceMs = 1000;
    alert.value = 1520;
    alert.valueKind = AlertValueKind::Duration;
    alert.expression = u"p95(chatwoot, 10m) > 1500ms"_s;
    return alert;
}

} // namespace

class tst_AlertsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void valueText_data()
    {
        QTest::addColumn<std::optional<double>>("value");
        QTest::addColumn<AlertValueKind>("kind");
        QTest::addColumn<QString>("expected");

        QTest::newRow("no value") << std::optional<double>() << AlertValueKind::Count << QString();
        QTest::newRow("milliseconds") << std::optional(1520.4) << AlertValueKind::Duration << u"1520 ms"_s;
        QTest::newRow("long durations in seconds") << std::optional(12'345.0) << AlertValueKind::Duration
                                                   << u"12.3 s"_s;
        QTest::newRow("small percent") << std::optional(0.126) << AlertValueKind::Percent << u"0.13 %"_s;
        QTest::newRow("percent") << std::optional(42.26) << AlertValueKind::Percent << u"42.3 %"_s;
        QTest::newRow("days") << std::optional(6.5) << AlertValueKind::Days << u"6.5 days"_s;
        QTest::newRow("count") << std::optional(3.0) << AlertValueKind::Count << u"3"_s;
        QTest::newRow("boolean") << std::optional(1.0) << AlertValueKind::Boolean << u"yes"_s;
    }

    void valueText()
    {
        QFETCH(std::optional<double>, value);
        QFETCH(AlertValueKind, kind);
        QFETCH(QString, expected);
        QCOMPARE(alertValueText(value, kind), expected);
    }

    void activeAlerts()
    {
        ActiveAlertsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ActiveAlert slow = alertOf(u"chatwoot-slow"_s, AlertSeverity::Warning, AlertState::Firing);
        slow.annotations.insert(u"summary"_s, u"Chatwoot is slow"_s);
        ActiveAlert down = alertOf(u"shopify-down"_s, AlertSeverity::Critical, AlertState::Pending);
        model.setAlerts({down, slow});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(ActiveAlertsModel::ColumnCount));
        QCOMPARE(model.index(1, ActiveAlertsModel::AlertColumn).data().toString(),
                 u"chatwoot-slow — Chatwoot is slow"_s);
        QCOMPARE(model.index(1, ActiveAlertsModel::ValueColumn).data().toString(), u"1520 ms"_s);
        QCOMPARE(model.index(0, ActiveAlertsModel::StateColumn).data().toString(), u"Pending"_s);
        QCOMPARE(model.index(0, ActiveAlertsModel::SeverityColumn).data().toString(), u"Critical"_s);
        QCOMPARE(model.index(0, 0).data(ActiveAlertsModel::RuleRole).toString(), u"shopify-down"_s);
        QCOMPARE(model.rowOf(u"chatwoot-slow"_s), 1);
        QCOMPARE(model.rowOf(u"nope"_s), -1);
        // Only the firing one counts, and its severity is the worst firing.
        QCOMPARE(model.unhandledFiring(), 1);
        QCOMPARE(model.worstFiring(), std::optional(AlertSeverity::Warning));

        // The same rows: updated in place, not reset.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        slow.acknowledgement = Acknowledgement{u"chatwoot-slow"_s, 1000, u"ana"_s, u"on it"_s, 2000};
        model.setAlerts({down, slow});
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(1, ActiveAlertsModel::HandlingColumn).data().toString(),
                 u"Acknowledged by ana: on it"_s);
        QCOMPARE(model.unhandledFiring(), 0);

        down.state = AlertState::Firing;
        down.silencedBy = {u"s1"_s};
        model.setAlerts({slow, down});
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.index(1, ActiveAlertsModel::HandlingColumn).data().toString(), u"Silenced"_s);
        QCOMPARE(model.worstFiring(), std::optional(AlertSeverity::Critical));
        QCOMPARE(model.unhandledFiring(), 0);

        ActiveAlert grouped = alertOf(u"stripe-down"_s, AlertSeverity::Critical, AlertState::Firing);
        grouped.inhibitedBy = u"gateway-down"_s;
        ActiveAlert offline = alertOf(u"ga-down"_s, AlertSeverity::Critical, AlertState::Firing);
        offline.inhibitedBy = u"local-network"_s;
        model.setAlerts({grouped, offline});
        QCOMPARE(model.index(0, ActiveAlertsModel::HandlingColumn).data().toString(), u"Grouped under gateway-down"_s);
        QCOMPARE(model.index(1, ActiveAlertsModel::HandlingColumn).data().toString(),
                 u"Held back: the local network is down"_s);
        QCOMPARE(model.unhandledFiring(), 0);

        model.setAlerts({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.worstFiring(), std::nullopt);
    }

    void silences()
    {
        SilencesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Silence silence;
        silence.id = u"s1"_s;
        silence.matchers = *LabelMatcher::parseList(u"team=commerce"_s);
        silence.startsAtMs = 1000;
        silence.endsAtMs = 5000;
        silence.createdBy = u"ana"_s;
        silence.comment = u"maintenance"_s;
        model.setSilences({silence}, 2000);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, SilencesModel::StateColumn).data().toString(), u"Active"_s);
        QCOMPARE(model.index(0, SilencesModel::MatchersColumn).data().toString(), u"{team=\"commerce\"}"_s);
        QCOMPARE(model.index(0, 0).data(SilencesModel::IdRole).toString(), u"s1"_s);
        model.setSilences({silence}, 6000);
        QCOMPARE(model.index(0, SilencesModel::StateColumn).data().toString(), u"Expired"_s);
        model.setSilences({silence}, 500);
        QCOMPARE(model.index(0, SilencesModel::StateColumn).data().toString(), u"Pending"_s);
    }

    void rules()
    {
        AlertRulesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        AlertRule rule;
        rule.name = u"chatwoot-slow"_s;
        rule.when = *AlertExpression::parse(u"p95(chatwoot, 10m) > 1500ms"_s);
        rule.resolveWhen = *AlertExpression::parse(u"p95(chatwoot, 10m) < 1000ms"_s);
        rule.forMs = 300'000;
        rule.severity = AlertSeverity::Critical;
        model.setRules({rule});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, AlertRulesModel::NameColumn).data().toString(), u"chatwoot-slow"_s);
        QCOMPARE(model.index(0, AlertRulesModel::WhenColumn).data().toString(), u"p95(chatwoot, 10m) > 1500ms"_s);
        QCOMPARE(model.index(0, AlertRulesModel::ForColumn).data().toString(), u"5m"_s);
        QCOMPARE(model.index(0, AlertRulesModel::SeverityColumn).data().toString(), u"Critical"_s);
        QVERIFY(model.index(0, AlertRulesModel::WhenColumn).data(Qt::ToolTipRole).toString().contains(u"< 1000ms"_s));
        model.setRules({});
        QCOMPARE(model.rowCount(), 0);
    }

    void history()
    {
        IncidentHistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        IncidentEvent fired;
        fired.atMs = 1000;
        fired.rule = u"shopify-down"_s;
        fired.kind = IncidentEvent::Kind::Firing;
        fired.value = 3;
        IncidentEvent failed;
        failed.atMs = 2000;
        failed.rule = u"shopify-down"_s;
        failed.kind = IncidentEvent::Kind::NotifyFailed;
        failed.channel = u"slack"_s;
        failed.text = u"firing: HTTP 404 (no_service)"_s;
        model.setEvents({failed, fired});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, IncidentHistoryModel::WhatColumn).data().toString(), u"Notification failed (slack)"_s);
        QCOMPARE(model.index(0, IncidentHistoryModel::DetailsColumn).data().toString(),
                 u"firing: HTTP 404 (no_service)"_s);
        QCOMPARE(model.index(1, IncidentHistoryModel::WhatColumn).data().toString(), u"Fired"_s);
        QCOMPARE(model.index(1, IncidentHistoryModel::DetailsColumn).data().toString(), u"value 3.0"_s);
        QCOMPARE(model.index(1, IncidentHistoryModel::TimeColumn).data(IncidentHistoryModel::RawValueRole), 1000);
    }
};

QTEST_GUILESS_MAIN(tst_AlertsModel)
#include "tst_alertsmodel.moc"
