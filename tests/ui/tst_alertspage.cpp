#include "alertspage.h"
#include "alertsmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace gw;
using namespace Qt::StringLiterals;

namespace {

// 2026-12-01 09:00:00 UTC
const qint64 t0 = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();

ActiveAlert firing(const QString &rule, AlertSeverity severity)
{
    ActiveAlert alert;
    alert.rule = rule;
    alert.severity = severity;
    alert.state = AlertState::Firing;
    alert.sinceMs = t0;
    alert.incidentStartMs = t0;
    alert.value = 1520;
    alert.valueKind = AlertValueKind::Duration;
    alert.expression = u"p95(chatwoot, 10m) > 1500ms"_s;
    alert.labels = {{u"alertname"_s, rule}, {u"integration"_s, u"chatwoot"_s}, {u"severity"_s, u"warning"_s}};
    alert.annotations = {{u"summary"_s, u"Chatwoot answers slowly"_s}, {u"runbook"_s, u"Check the Chatwoot status page"_s}};
    return alert;
}

IncidentEvent entry(qint64 at, IncidentEvent::Kind kind, const QString &user = {}, const QString &text = {})
{
    IncidentEvent event;
    event.atMs = at;
    event.rule = u"chatwoot-slow"_s;
    event.incidentStartMs = t0;
    event.kind = kind;
    event.user = user;
    event.text = text;
    return event;
}

} // namespace

class tst_AlertsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void emptyState()
    {
        AlertsPage page;
        page.show();
        QVERIFY(page.findChild<QLabel *>(u"alertsEmpty"_s)->isVisible());
        QVERIFY(!page.findChild<QTableView *>(u"activeAlerts"_s)->isVisible());
        QCOMPARE(page.findChild<QLabel *>(u"alertsHeading"_s)->text(), u"No active alerts"_s);
        QVERIFY(!page.findChild<QPushButton *>(u"acknowledgeButton"_s)->isEnabled());
    }

    void actionsFollowTheSelection()
    {
        AlertsPage page;
        page.show();
        QSignalSpy attention(&page, &AlertsPage::attentionChanged);
        ActiveAlert pending = firing(u"shopify-down"_s, AlertSeverity::Critical);
        pending.state = AlertState::Pending;
        page.setAlerts({firing(u"chatwoot-slow"_s, AlertSeverity::Warning), pending});
        QCOMPARE(page.findChild<QLabel *>(u"alertsHeading"_s)->text(), u"Firing: 1 · pending: 1"_s);
        QCOMPARE(attention.size(), 1);
        QCOMPARE(attention.at(0).at(0).toInt(), 1);
        QCOMPARE(attention.at(0).at(1).toInt(), int(AlertSeverity::Warning));

        auto *acknowledge = page.findChild<QPushButton *>(u"acknowledgeButton"_s);
        page.selectAlert(u"chatwoot-slow"_s);
        QVERIFY(acknowledge->isEnabled());
        page.selectAlert(u"shopify-down"_s);
        QVERIFY(!acknowledge->isEnabled()); // pending: nothing to acknowledge yet
        QVERIFY(page.findChild<QPushButton *>(u"silenceButton"_s)->isEnabled());

        QSignalSpy acknowledged(&page, &AlertsPage::acknowledgeRequested);
        page.selectAlert(u"chatwoot-slow"_s);
        page.acknowledgeSelected(u"  looking  "_s);
        QCOMPARE(acknowledged.size(), 1);
        QCOMPARE(acknowledged.at(0).at(0).toString(), u"chatwoot-slow"_s);
        QCOMPARE(acknowledged.at(0).at(1).toString(), u"looking"_s);

        QSignalSpy noted(&page, &AlertsPage::noteRequested);
        page.addNoteToSelected(u"   "_s);
        page.addNoteToSelected(u"vendor confirmed"_s);
        QCOMPARE(noted.size(), 1);

        // The selection stays on its alert when the list is updated in a new order.
        ActiveAlert acked = firing(u"chatwoot-slow"_s, AlertSeverity::Warning);
        acked.acknowledgement = Acknowledgement{acked.rule, t0, u"ana"_s, u"looking"_s, t0 + 1000};
        page.setAlerts({pending, acked});
        QCOMPARE(page.selectedAlert()->rule, u"chatwoot-slow"_s);
        QVERIFY(!acknowledge->isEnabled()); // already acknowledged
        QCOMPARE(attention.size(), 2);
        QCOMPARE(attention.at(1).at(0).toInt(), 0);
    }

    void evidenceOpensTheWindowBeforeTheAlert()
    {
        AlertsPage page;
        page.setAlerts({firing(u"chatwoot-slow"_s, AlertSeverity::Warning)});
        page.selectAlert(u"chatwoot-slow"_s);
        QSignalSpy evidence(&page, &AlertsPage::evidenceRequested);
        page.findChild<QPushButton *>(u"evidenceButton"_s)->click();
        QCOMPARE(evidence.size(), 1);
        QCOMPARE(evidence.at(0).at(0).toString(), u"chatwoot-slow"_s);
        QCOMPARE(evidence.at(0).at(1).toLongLong(), t0 - 15 * 60'000);
        QCOMPARE(evidence.at(0).at(2).toLongLong(), 0);
    }

    void chartOpensTheIntegrationsHistory()
    {
        AlertsPage page;
        ActiveAlert local = firing(u"local-network"_s, AlertSeverity::Critical);
        local.labels.remove(u"integration"_s); // about this machine, not an integration
        page.setAlerts({firing(u"chatwoot-slow"_s, AlertSeverity::Warning), local});
        auto *chart = page.findChild<QPushButton *>(u"chartButton"_s);
        QVERIFY(chart);
        page.selectAlert(u"local-network"_s);
        QVERIFY(!chart->isEnabled());
        page.selectAlert(u"chatwoot-slow"_s);
        QVERIFY(chart->isEnabled());
        QSignalSpy asked(&page, &AlertsPage::chartRequested);
        chart->click();
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.at(0).at(0).toString(), u"chatwoot"_s);
        QCOMPARE(asked.at(0).at(1).toLongLong(), t0 - 15 * 60'000);
        QCOMPARE(asked.at(0).at(2).toLongLong(), 0);
    }

    void historySearchAsks()
    {
        AlertsPage page;
        QSignalSpy asked(&page, &AlertsPage::historyRequested);
        page.findChild<QLineEdit *>(u"historySearch"_s)->setText(u"vendor"_s);
        QTRY_COMPARE(asked.size(), 1);
        QCOMPARE(asked.at(0).at(0).value<IncidentQuery>().text, u"vendor"_s);
    }

    void silencesCanBeExpired()
    {
        AlertsPage page;
        Silence active;
        active.id = u"s1"_s;
        active.matchers = *LabelMatcher::parseList(u"team=commerce"_s);
        active.startsAtMs = t0;
        active.endsAtMs = t0 + 3'600'000;
        active.createdBy = u"ana"_s;
        Silence expired = active;
        expired.id = u"s0"_s;
        expired.endsAtMs = t0 + 1000;
        page.setSilences({active, expired}, t0 + 60'000);
        auto *view = page.findChild<QTableView *>(u"silences"_s);
        auto *expire = page.findChild<QPushButton *>(u"expireButton"_s);
        QVERIFY(!expire->isEnabled());
        view->selectRow(1);
        QVERIFY(!expire->isEnabled()); // already over
        view->selectRow(0);
        QVERIFY(expire->isEnabled());
        QSignalSpy expired_(&page, &AlertsPage::expireSilenceRequested);
        expire->click();
        QCOMPARE(expired_.size(), 1);
        QCOMPARE(expired_.at(0).at(0).toString(), u"s1"_s);
        auto *lower = page.findChild<QTabWidget *>(u"alertsLowerTabs"_s);
        QCOMPARE(lower->tabText(1), u"Silences (1)"_s);
    }

    void silenceDialogSaysWhatIsWrong_data()
    {
        QTest::addColumn<QString>("matchers");
        QTest::addColumn<QString>("duration");
        QTest::addColumn<QString>("problem"); // empty: fine

        QTest::newRow("fine") << u"alertname=\"shopify-down\""_s << u"2h"_s << QString();
        QTest::newRow("empty") << QString() << u"2h"_s << u"no matchers"_s;
        QTest::newRow("unclosed quote") << u"team=\"commerce"_s << u"2h"_s << u"at character 6"_s;
        QTest::newRow("matches everything") << u"team=~\".*\""_s << u"2h"_s << u"match every alert"_s;
        QTest::newRow("no unit") << u"team=commerce"_s << u"2"_s << u"Duration"_s;
    }

    void silenceDialogSaysWhatIsWrong()
    {
        QFETCH(QString, matchers);
        QFETCH(QString, duration);
        QFETCH(QString, problem);
        SilenceDialog dialog;
        dialog.setMatchers(matchers);
        dialog.setDuration(duration);
        QVERIFY2(problem.isEmpty() ? dialog.problem().isEmpty() : dialog.problem().contains(problem),
                 qPrintable(dialog.problem()));
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QCOMPARE(buttons->button(QDialogButtonBox::Ok)->isEnabled(), problem.isEmpty());
        if (problem.isEmpty()) {
            QCOMPARE(dialog.durationMs(), 2 * 3'600'000);
            QCOMPARE(dialog.matchers().size(), 1);
        }
    }

    void ruleDialogSaysWhatIsWrong_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("when");
        QTest::addColumn<QString>("forText");
        QTest::addColumn<QString>("labels");
        QTest::addColumn<QString>("problem"); // empty: fine

        QTest::newRow("fine") << u"shopify-down"_s << u"status(shopify) == down"_s << u"2m"_s << u"team=commerce"_s
                              << QString();
        QTest::newRow("taken name") << u"taken"_s << u"status(shopify) == down"_s << QString() << QString()
                                    << u"another rule is called taken"_s;
        QTest::newRow("bad name") << u"shopify down"_s << u"status(shopify) == down"_s << QString() << QString()
                                  << u"Name: use letters"_s;
        QTest::newRow("no condition") << u"x"_s << QString() << QString() << QString() << u"needs a condition"_s;
        QTest::newRow("bad condition, positioned")
            << u"x"_s << u"p96(shopify, 5m) > 1s"_s << QString() << QString() << u"When, at character 1: unknown function"_s;
        QTest::newRow("bad duration") << u"x"_s << u"status(shopify) == down"_s << u"2"_s << QString() << u"For: "_s;
        QTest::newRow("bad labels") << u"x"_s << u"status(shopify) == down"_s << QString() << u"team"_s
                                    << u"name=value pairs"_s;
    }

    void ruleDialogSaysWhatIsWrong()
    {
        QFETCH(QString, name);
        QFETCH(QString, when);
        QFETCH(QString, forText);
        QFETCH(QString, labels);
        QFETCH(QString, problem);
        RuleDialog dialog({u"taken"_s});
        dialog.nameEdit()->setText(name);
        dialog.whenEdit()->setText(when);
        dialog.forEdit()->setText(forText);
        dialog.labelsEdit()->setText(labels);
        QVERIFY2(problem.isEmpty() ? dialog.problem().isEmpty() : dialog.problem().contains(problem),
                 qPrintable(dialog.problem()));
        QCOMPARE(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled(), problem.isEmpty());
    }

    void rulesAreEditedAsAWholeList()
    {
        AlertsPage page;
        AlertRule down;
        down.name = u"shopify-down"_s;
        down.when = *AlertExpression::parse(u"status(shopify) == down"_s);
        down.annotations = {{u"summary"_s, u"Shopify fails"_s}, {u"runbook"_s, u"https://wiki/shopify"_s}};
        AlertRule slow;
        slow.name = u"chatwoot-slow"_s;
        slow.when = *AlertExpression::parse(u"p95(chatwoot, 10m) > 1500ms"_s);
        page.setRules({down, slow}, false);
        QVERIFY(!page.findChild<QPushButton *>(u"newRuleButton"_s)->isEnabled()); // no file to save in
        page.setRules({down, slow}, true);
        QVERIFY(page.findChild<QPushButton *>(u"newRuleButton"_s)->isEnabled());
        auto *lower = page.findChild<QTabWidget *>(u"alertsLowerTabs"_s);
        QCOMPARE(lower->tabText(2), u"Rules (2)"_s);

        // Edited through the dialog: the other annotations stay.
        RuleDialog dialog({u"chatwoot-slow"_s});
        dialog.setRule(down);
        dialog.forEdit()->setText(u"2m"_s);
        dialog.severityBox()->setCurrentIndex(2);
        QVERIFY(dialog.problem().isEmpty());
        const AlertRule edited = dialog.rule();
        QCOMPARE(edited.forMs, 120'000);
        QCOMPARE(edited.severity, AlertSeverity::Critical);
        QCOMPARE(edited.annotations.value(u"runbook"_s), u"https://wiki/shopify"_s);

        QSignalSpy rulesEdited(&page, &AlertsPage::rulesEdited);
        page.findChild<QTableView *>(u"alertRules"_s)->selectRow(0);
        page.putRule(edited, false);
        QCOMPARE(rulesEdited.size(), 1);
        QCOMPARE(rulesEdited.at(0).at(0).value<QList<AlertRule>>(), (QList<AlertRule>{edited, slow}));
        page.putRule(edited, true);
        QCOMPARE(rulesEdited.at(1).at(0).value<QList<AlertRule>>().size(), 3);
        page.deleteSelectedRule();
        QCOMPARE(rulesEdited.at(2).at(0).value<QList<AlertRule>>(), QList<AlertRule>{slow});
    }

    void incidentSummaryIsMarkdown()
    {
        AlertsPage page;
        ActiveAlert alert = firing(u"chatwoot-slow"_s, AlertSeverity::Warning);
        alert.acknowledgement = Acknowledgement{alert.rule, t0, u"ana"_s, u"on it"_s, t0 + 120'000};
        page.setAlerts({alert});
        page.setHistory({entry(t0 + 120'000, IncidentEvent::Kind::Acknowledged, u"ana"_s, u"on it"_s),
                         entry(t0, IncidentEvent::Kind::Firing)});
        page.selectAlert(u"chatwoot-slow"_s);
        const QString expected = u"## chatwoot-slow (warning, firing)\n"
                                 "\n"
                                 "Chatwoot answers slowly\n"
                                 "\n"
                                 "- Since: 2026-12-01 09:00:00 UTC\n"
                                 "- Condition: `p95(chatwoot, 10m) > 1500ms`\n"
                                 "- Value: 1520 ms\n"
                                 "- Integration: chatwoot\n"
                                 "- Acknowledged by ana at 2026-12-01 09:02:00 UTC: on it\n"
                                 "- runbook: Check the Chatwoot status page\n"
                                 "\n"
                                 "Timeline:\n"
                                 "\n"
                                 "- 2026-12-01 09:00:00 UTC — Fired\n"
                                 "- 2026-12-01 09:02:00 UTC — Acknowledged, ana: on it\n"_s;
        QCOMPARE(page.incidentSummary(), expected);
        page.findChild<QPushButton *>(u"summaryButton"_s)->click();
        QCOMPARE(QApplication::clipboard()->text(), expected);
    }

    void incidentSummaryNamesWhoToCall()
    {
        AlertsPage page;
        AlertRule rule;
        rule.name = u"chatwoot-slow"_s;
        rule.when = *AlertExpression::parse(u"p95(chatwoot/profile, 10m) > 1500ms and not vendor_incident(meta)"_s);
        page.setRules({rule}, false);
        VendorSpec chatwoot;
        chatwoot.id = u"chatwoot-inc"_s;
        chatwoot.name = u"Chatwoot"_s;
        chatwoot.integrations = {u"chatwoot"_s};
        chatwoot.escalation = {{AlertSeverity::Critical, u"On-call line"_s, u"+1 555 0100"_s, std::nullopt},
                               {AlertSeverity::Warning, u"Support desk"_s, u"email"_s, std::chrono::milliseconds(14'400'000)}};
        VendorSpec meta; // named by vendor_incident(), without contacts
        meta.id = u"meta"_s;
        meta.name = u"Meta"_s;
        VendorSpec unrelated;
        unrelated.id = u"slack"_s;
        unrelated.name = u"Slack"_s;
        unrelated.integrations = {u"slack"_s};
        unrelated.escalation = {{AlertSeverity::Warning, u"Slack support"_s, u"email"_s, std::nullopt}};
        Catalog catalog;
        catalog.vendors = {unrelated, chatwoot, meta};
        page.setCatalog(catalog);
        page.setAlerts({firing(u"chatwoot-slow"_s, AlertSeverity::Warning)});
        page.selectAlert(u"chatwoot-slow"_s);
        // A warning goes to the warning contact, and a vendor without contacts says so.
        const QString expected = u"\n"
                                 "Escalation to Chatwoot:\n"
                                 "\n"
                                 "- Support desk — email — responds within 4h\n"
                                 "\n"
                                 "Escalation to Meta:\n"
                                 "\n"
                                 "- no contact configured for Meta\n"_s;
        QCOMPARE(page.escalationText(*page.selectedAlert()), expected);
        QVERIFY(page.incidentSummary().contains(u"Escalation to Chatwoot:\n\n- Support desk — email — responds within 4h\n"_s));
        QVERIFY(!page.incidentSummary().contains(u"Slack"_s));
    }
};

QTEST_MAIN(tst_AlertsPage)
#include "tst_alertspage.moc"
