#include "alertwatch.h"

#include <QSignalSpy>
#include <QTest>

using namespace gw;
using namespace Qt::StringLiterals;

namespace {

const qint64 t0 = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();

CheckUpdate update(const QString &integration, const QString &check, qint64 atMs, FailureClass failureClass,
                   HealthStatus state)
{
    CheckUpdate u;
    u.sample.integrationId = integration;
    u.sample.checkId = check;
    u.sample.at = QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC);
    u.sample.failureClass = failureClass;
    u.sample.httpStatus = failureClass == FailureClass::Timeout ? 0 : 503;
    u.state = state;
    return u;
}

Catalog catalog(const QList<QPair<QString, QString>> &checks, const QString &when, int evaluationMs = 15'000)
{
    Catalog c;
    for (const auto &[integration, check] : checks) {
        IntegrationSpec *spec = nullptr;
        for (IntegrationSpec &existing : c.integrations) {
            if (existing.id == integration)
                spec = &existing;
        }
        if (!spec) {
            c.integrations.append(IntegrationSpec{});
            spec = &c.integrations.last();
            spec->id = integration;
        }
        CheckSpec checkSpec;
        checkSpec.id = check;
        spec->checks.append(checkSpec);
    }
    AlertRule rule;
    rule.name = u"shop-failing"_s;
    rule.when = *AlertExpression::parse(when);
    rule.severity = AlertSeverity::Critical;
    c.alerts = {rule};
    c.settings.evaluationInterval = std::chrono::milliseconds(evaluationMs);
    return c;
}

} // namespace

class tst_AlertWatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firesAndResolvesFromUpdates()
    {
        qint64 now = t0;
        AlertWatch watch;
        watch.setClock([&now] { return now; });
        watch.setCatalog(catalog({{u"shop"_s, u"rest"_s}}, u"failures(shop, 1m) >= 2"_s));
        QSignalSpy noticed(&watch, &AlertWatch::noticed);

        watch.addUpdates({update(u"shop"_s, u"rest"_s, t0 - 20'000, FailureClass::Timeout, HealthStatus::Up)});
        watch.evaluate();
        QCOMPARE(noticed.size(), 0); // one failure is not two

        watch.addUpdates({update(u"shop"_s, u"rest"_s, t0 - 5'000, FailureClass::HttpStatus, HealthStatus::Down)});
        watch.evaluate();
        QCOMPARE(noticed.size(), 1);
        const auto firing = noticed.takeFirst().at(0).value<AlertNotice>();
        QCOMPARE(firing.rule, u"shop-failing"_s);
        QCOMPARE(firing.kind, AlertNotice::Kind::Firing);
        QCOMPARE(firing.value, std::optional(2.0));
        QCOMPARE(firing.atMs, t0);

        now = t0 + 50'000; // the first failure has left the minute
        watch.evaluate();
        QCOMPARE(noticed.size(), 1);
        QCOMPARE(noticed.takeFirst().at(0).value<AlertNotice>().kind, AlertNotice::Kind::Resolved);
    }

    void evaluatesOnItsTimerWhileThereAreRules()
    {
        AlertWatch watch;
        qint64 now = t0;
        watch.setClock([&now] { return now; });
        QSignalSpy noticed(&watch, &AlertWatch::noticed);
        watch.addUpdates({update(u"shop"_s, u"rest"_s, t0, FailureClass::Timeout, HealthStatus::Down)});
        watch.setCatalog(catalog({{u"shop"_s, u"rest"_s}}, u"status(shop) == down"_s, 1000));
        QTRY_COMPARE_WITH_TIMEOUT(noticed.size(), 1, 5000); // the timer, a second later

        watch.setRules({});
        QCOMPARE(watch.engine().rules().size(), 0);
    }

    void forgetsChecksNoLongerConfigured()
    {
        qint64 now = t0;
        AlertWatch watch;
        watch.setClock([&now] { return now; });
        watch.setCatalog(catalog({{u"shop"_s, u"rest"_s}, {u"shop"_s, u"soap"_s}}, u"status(shop) == down"_s));
        watch.addUpdates({update(u"shop"_s, u"soap"_s, t0, FailureClass::Timeout, HealthStatus::Down),
                          update(u"shop"_s, u"rest"_s, t0, FailureClass::None, HealthStatus::Up)});
        QSignalSpy noticed(&watch, &AlertWatch::noticed);
        watch.evaluate();
        QCOMPARE(noticed.size(), 1); // soap is down, so shop is

        // soap is removed from the configuration: shop is up again, and the alert resolves.
        watch.setCatalog(catalog({{u"shop"_s, u"rest"_s}}, u"status(shop) == down"_s));
        now += 15'000;
        watch.evaluate();
        QCOMPARE(noticed.size(), 2);
        QCOMPARE(noticed.at(1).at(0).value<AlertNotice>().kind, AlertNotice::Kind::Resolved);
    }

    void longGapsDependOnTheInterval()
    {
        AlertWatch watch;
        watch.setCatalog(catalog({{u"shop"_s, u"rest"_s}}, u"status(shop) == down"_s, 15'000));
        QCOMPARE(watch.engine().options().maxGapMs, 5 * 60'000);
        watch.setCatalog(catalog({{u"shop"_s, u"rest"_s}}, u"status(shop) == down"_s, 10 * 60'000));
        QCOMPARE(watch.engine().options().maxGapMs, 30 * 60'000);
    }
};

QTEST_GUILESS_MAIN(tst_AlertWatch)
#include "tst_alertwatch.moc"
