#include "alertcenter.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace gw;
using namespace Qt::StringLiterals;

namespace {

const qint64 t0 = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();

CheckUpdate update(qint64 atMs, bool failed)
{
    CheckUpdate u;
    u.sample.integrationId = u"shop"_s;
    u.sample.checkId = u"rest"_s;
    u.sample.at = QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC);
    u.sample.failureClass = failed ? FailureClass::HttpStatus : FailureClass::None;
    u.sample.httpStatus = failed ? 503 : 200;
    u.state = failed ? HealthStatus::Down : HealthStatus::Up;
    return u;
}

Catalog catalog()
{
    Catalog c;
    IntegrationSpec shop;
    shop.id = u"shop"_s;
    CheckSpec rest;
    rest.id = u"rest"_s;
    shop.checks.append(rest);
    c.integrations.append(shop);
    AlertRule rule;
    rule.name = u"shop-down"_s;
    rule.when = *AlertExpression::parse(u"status(shop) == down"_s);
    rule.severity = AlertSeverity::Critical;
    rule.labels.insert(u"team"_s, u"commerce"_s);
    c.alerts = {rule};
    return c;
}

// A watch on the test's clock with the one rule, and a center on it.
struct Setup
{
    qint64 now = t0;
    AlertWatch watch;
    AlertCenter center{watch};

    Setup()
    {
        watch.setClock([this] { return now; });
        watch.setCatalog(catalog());
        center.setUser(u"ana"_s);
    }
    void step(bool failed)
    {
        now += 15'000;
        watch.addUpdates({update(now - 1000, failed)});
        watch.evaluate();
    }
};

QStringList kinds(const QList<IncidentEvent> &newestFirst)
{
    QStringList names;
    for (auto it = newestFirst.crbegin(); it != newestFirst.crend(); ++it)
        names.append(machineName(it->kind));
    return names;
}

} // namespace

class tst_AlertCenter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deliversAndRecordsTransitions()
    {
        Setup s;
        QSignalSpy deliver(&s.center, &AlertCenter::deliver);
        s.step(true);
        QCOMPARE(deliver.size(), 1);
        QCOMPARE(deliver.at(0).at(0).value<AlertNotice>().kind, AlertNotice::Kind::Firing);
        QCOMPARE(deliver.at(0).at(1).value<AlertRule>().name, u"shop-down"_s);
        QCOMPARE(s.center.active().size(), 1);
        QCOMPARE(s.center.active().at(0).state, AlertState::Firing);

        s.center.recordNotification(deliver.at(0).at(0).value<AlertNotice>(), u"slack"_s, {});
        s.center.recordNotification(deliver.at(0).at(0).value<AlertNotice>(), u"webhook"_s,
                                    u"HTTP 500 after 5 attempts"_s);
        s.step(false);
        QCOMPARE(deliver.size(), 2);
        QVERIFY(s.center.active().isEmpty());
        const QList<IncidentEvent> history = s.center.history({});
        QCOMPARE(kinds(history), (QStringList{u"firing"_s, u"notified"_s, u"notify-failed"_s, u"resolved"_s}));
        QCOMPARE(history.at(1).channel, u"webhook"_s);
        QVERIFY(history.at(1).text.contains(u"HTTP 500"_s));
    }

    void silencedTransitionsAreRecordedNotDelivered()
    {
        Setup s;
        QSignalSpy deliver(&s.center, &AlertCenter::deliver);
        const Result<Silence> silence =
            s.center.silence(*LabelMatcher::parseList(u"team=\"commerce\""_s), 3'600'000, u"vendor maintenance"_s);
        QVERIFY(silence);
        QCOMPARE(silence->createdBy, u"ana"_s);
        s.step(true);
        QCOMPARE(deliver.size(), 0);
        QCOMPARE(s.center.active().at(0).silencedBy, QStringList{silence->id});
        const QList<IncidentEvent> history = s.center.history({});
        QCOMPARE(kinds(history), (QStringList{u"silenced"_s, u"firing"_s, u"suppressed"_s}));
        QVERIFY2(history.at(0).text.contains(silence->id), qPrintable(history.at(0).text));

        // Expired early while it still fires: receivers hear it fire now, then resolve.
        QVERIFY(!s.center.expireSilence(silence->id));
        QVERIFY(s.center.expireSilence(silence->id)); // not twice
        QCOMPARE(s.center.silences().at(0).state(s.now), Silence::State::Expired);
        s.step(true);
        QCOMPARE(deliver.size(), 1);
        const auto firing = deliver.at(0).at(0).value<AlertNotice>();
        QCOMPARE(firing.kind, AlertNotice::Kind::Firing);
        QCOMPARE(firing.atMs, s.now);
        QCOMPARE(firing.startsAtMs, s.now - 15'000); // when it fired, not when it was released
        s.step(false);
        QCOMPARE(deliver.size(), 2);
        QCOMPARE(deliver.at(1).at(0).value<AlertNotice>().kind, AlertNotice::Kind::Resolved);
    }

    void theTeamsSilencesCountInsteadOfOwn()
    {
        // Following the team's Alertmanager: a silence there holds back this desktop's notices
        // and marks its alert; a silence of its own no longer does.
        Setup s;
        QSignalSpy deliver(&s.center, &AlertCenter::deliver);
        QSignalSpy changed(&s.center, &AlertCenter::changed);
        QVERIFY(s.center.silence(*LabelMatcher::parseList(u"alertname=\"other\""_s), 3'600'000, {}));
        Silence team;
        team.id = u"6d9f1c1e-am"_s;
        team.matchers = *LabelMatcher::parseList(u"alertname=\"shop-down\""_s);
        team.startsAtMs = t0 - 60'000;
        team.endsAtMs = t0 + 3'600'000;
        team.createdBy = u"bo"_s;
        const int before = changed.size();
        s.center.setTeamSilences(QList<Silence>{team});
        QCOMPARE(changed.size(), before + 1);
        s.center.setTeamSilences(QList<Silence>{team}); // the same again: nothing changed
        QCOMPARE(changed.size(), before + 1);
        s.step(true);
        QCOMPARE(deliver.size(), 0);
        QCOMPARE(s.center.active().at(0).silencedBy, QStringList{team.id});
        // The desktop's own silences are still its own, listed as before.
        QCOMPARE(s.center.silences().size(), 1);

        // The team's silence expired in Alertmanager: the alert is heard at the next evaluation.
        team.endsAtMs = s.now;
        s.center.setTeamSilences(QList<Silence>{team});
        QVERIFY(s.center.active().at(0).silencedBy.isEmpty());
        s.step(true);
        QCOMPARE(deliver.size(), 1);
        QCOMPARE(deliver.at(0).at(0).value<AlertNotice>().kind, AlertNotice::Kind::Firing);

        // No longer following: the desktop's own silences count again.
        QVERIFY(s.center.silence(*LabelMatcher::parseList(u"team=\"commerce\""_s), 3'600'000, {}));
        s.center.setTeamSilences(std::nullopt);
        QCOMPARE(s.center.active().at(0).silencedBy.size(), 1);
    }

    void aResolveNobodyHeardFireIsNotSent()
    {
        Setup s;
        QSignalSpy deliver(&s.center, &AlertCenter::deliver);
        const Result<Silence> silence =
            s.center.silence(*LabelMatcher::parseList(u"alertname=\"shop-down\""_s), 20'000, {});
        QVERIFY(silence);
        s.step(true); // silenced
        s.step(false); // the silence has ended, and so has the alert
        QCOMPARE(deliver.size(), 0);
        QCOMPARE(kinds(s.center.history({})), (QStringList{u"silenced"_s, u"firing"_s, u"suppressed"_s,
                                                           u"resolved"_s}));
    }

    void localNetworkHoldsBackTheRest()
    {
        // Three integrations all fail to connect at once: the workstation, not the vendors.
        qint64 now = t0;
        AlertWatch watch;
        watch.setClock([&now] { return now; });
        Catalog c;
        for (const QString &id : {u"shop"_s, u"pay"_s, u"mail"_s}) {
            IntegrationSpec integration;
            integration.id = id;
            CheckSpec check;
            check.id = u"api"_s;
            integration.checks.append(check);
            c.integrations.append(integration);
            AlertRule rule;
            rule.name = id + u"-down"_s;
            rule.when = *AlertExpression::parse(u"failures(%1, 1m) >= 1"_s.arg(id));
            rule.severity = AlertSeverity::Critical;
            c.alerts.append(rule);
        }
        watch.setCatalog(c);
        AlertCenter center(watch);
        QSignalSpy deliver(&center, &AlertCenter::deliver);
        const auto attempt = [&](const QString &id, FailureClass failure) {
            CheckUpdate u = update(now - 1000, failure != FailureClass::None);
            u.sample.integrationId = id;
            u.sample.checkId = u"api"_s;
            u.sample.failureClass = failure;
            return u;
        };
        now += 15'000;
        watch.addUpdates({attempt(u"shop"_s, FailureClass::Connect), attempt(u"pay"_s, FailureClass::Dns),
                          attempt(u"mail"_s, FailureClass::Connect)});
        watch.evaluate();
        QCOMPARE(deliver.size(), 1);
        QCOMPARE(deliver.at(0).at(0).value<AlertNotice>().rule, u"local-network"_s);
        const QList<ActiveAlert> active = center.active();
        QCOMPARE(active.size(), 4);
        for (const ActiveAlert &alert : active) {
            if (alert.rule != u"local-network"_s)
                QCOMPARE(alert.inhibitedBy, u"local-network"_s);
        }

        // The network is back, one vendor still fails: it is told now, the others never were.
        now += 15'000;
        watch.addUpdates({attempt(u"shop"_s, FailureClass::HttpStatus), attempt(u"pay"_s, FailureClass::None),
                          attempt(u"mail"_s, FailureClass::None)});
        now += 61'000;
        watch.addUpdates({attempt(u"shop"_s, FailureClass::HttpStatus), attempt(u"pay"_s, FailureClass::None),
                          attempt(u"mail"_s, FailureClass::None)});
        watch.evaluate();
        QStringList told;
        for (const QList<QVariant> &arguments : std::as_const(deliver))
            told.append(arguments.at(0).value<AlertNotice>().rule + u' '
                        + machineName(arguments.at(0).value<AlertNotice>().kind));
        QCOMPARE(told, (QStringList{u"local-network firing"_s, u"local-network resolved"_s, u"shop-down firing"_s}));
    }

    void silenceProblems_data()
    {
        QTest::addColumn<QString>("matchers");
        QTest::addColumn<qint64>("duration");
        QTest::addColumn<QString>("mentions");

        QTest::newRow("matches everything") << u"team=~\".*\""_s << qint64(60'000) << u"every alert"_s;
        QTest::newRow("no duration") << u"team=\"commerce\""_s << qint64(0) << u"duration"_s;
    }

    void silenceProblems()
    {
        QFETCH(QString, matchers);
        QFETCH(qint64, duration);
        QFETCH(QString, mentions);
        Setup s;
        const Result<Silence> silence = s.center.silence(*LabelMatcher::parseList(matchers), duration, {});
        QVERIFY(!silence);
        QVERIFY2(silence.error().message.contains(mentions), qPrintable(silence.error().message));
        QVERIFY(s.center.silences().isEmpty());
        QVERIFY(s.center.history({}).isEmpty());
    }

    void acknowledgeTheCurrentIncident()
    {
        Setup s;
        QVERIFY(s.center.acknowledge(u"shop-down"_s, u"early"_s)); // not firing yet
        s.step(true);
        QVERIFY(!s.center.acknowledge(u"shop-down"_s, u"  looking at it  "_s));
        QVERIFY(!s.center.addNote(u"shop-down"_s, u"Shopify status page confirms"_s));
        QVERIFY(s.center.addNote(u"shop-down"_s, u"  "_s));
        QVERIFY(s.center.addNote(u"nope"_s, u"text"_s));
        const ActiveAlert alert = s.center.active().at(0);
        QVERIFY(alert.acknowledgement);
        QCOMPARE(alert.acknowledgement->user, u"ana"_s);
        QCOMPARE(alert.acknowledgement->note, u"looking at it"_s);
        QCOMPARE(alert.acknowledgement->incidentStartMs, alert.incidentStartMs);

        // A new incident is not acknowledged by the old acknowledgement.
        s.step(false);
        s.step(true);
        QVERIFY(!s.center.active().at(0).acknowledgement);
        QCOMPARE(kinds(s.center.history({})), (QStringList{u"firing"_s, u"acknowledged"_s, u"note"_s,
                                                           u"resolved"_s, u"firing"_s}));
    }

    void remindersOnlyForWhatNobodyHandles()
    {
        Setup s;
        QVERIFY(!s.center.needsReminder(u"shop-down"_s)); // not firing
        s.step(true);
        QVERIFY(s.center.needsReminder(u"shop-down"_s));
        QVERIFY(!s.center.acknowledge(u"shop-down"_s, {}));
        QVERIFY(!s.center.needsReminder(u"shop-down"_s));
        s.step(false);
        s.step(true); // a new incident
        QVERIFY(s.center.needsReminder(u"shop-down"_s));
        QVERIFY(s.center.silence(*LabelMatcher::parseList(u"integration=shop"_s), 60'000, {}));
        QVERIFY(!s.center.needsReminder(u"shop-down"_s));
    }

    void carriesOnAfterARestart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"incidents.sqlite"_s);
        qint64 firedAt = 0;
        {
            IncidentStore store(path);
            QVERIFY(store.open());
            Setup s;
            s.center.setStore(&store);
            s.step(true);
            QVERIFY(!s.center.acknowledge(u"shop-down"_s, u"on it"_s));
            firedAt = s.center.active().at(0).incidentStartMs;
        }
        IncidentStore store(path);
        QVERIFY(store.open());
        Setup s;
        s.now += 60'000;
        s.center.setStore(&store);
        QSignalSpy deliver(&s.center, &AlertCenter::deliver);
        s.step(true);
        QCOMPARE(deliver.size(), 0); // the same incident, already told
        QCOMPARE(s.center.active().at(0).incidentStartMs, firedAt);
        QVERIFY(s.center.active().at(0).acknowledgement);
        s.step(false);
        QCOMPARE(deliver.size(), 1);
        QCOMPARE(deliver.at(0).at(0).value<AlertNotice>().startsAtMs, firedAt);
        QCOMPARE(kinds(s.center.history({})), (QStringList{u"firing"_s, u"acknowledged"_s, u"resolved"_s}));
    }
};

QTEST_GUILESS_MAIN(tst_AlertCenter)
#include "tst_alertcenter.moc"
