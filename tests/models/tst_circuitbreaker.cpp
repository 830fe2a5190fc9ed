#include "circuitbreaker.h"

#include <QTest>

using namespace gw;
using namespace Qt::StringLiterals;

// Events at T milliseconds: "allow@T=yes/no", "fail@T", "ok", then checks of "state=" and "until=".
// Policy: 3 failures, cool-down
// 10 s doubling to at most 40 s, floor 1 s; the jitter draw is 0.5 unless given as "fail@T~J".
class tst_CircuitBreaker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsScript_data()
    {
        QTest::addColumn<QString>("script");

        // Closed until the third consecutive failure.
        QTest::newRow("stays closed below the threshold") << u"fail@0 fail@1000 allow@2000=yes state=closed"_s;
        QTest::newRow("a success resets the count")
            << u"fail@0 fail@1000 ok fail@2000 fail@3000 allow@4000=yes state=closed"_s;
        // Third failure at 2 s opens it for 0.5 * 10 s = 5 s: closed again for a trial at 7 s.
        QTest::newRow("opens on the threshold") << u"fail@0 fail@1000 fail@2000 state=open until=7000 allow@6999=no"_s;
        QTest::newRow("one trial after the cool-down")
            << u"fail@0 fail@1000 fail@2000 allow@7000=yes state=half-open allow@7001=no"_s;
        QTest::newRow("a good trial closes it")
            << u"fail@0 fail@1000 fail@2000 allow@7000=yes ok state=closed allow@7001=yes"_s;
        // Failed trial at 8 s: cool-down doubles to 20 s, half of it 10 s -> until 18 s.
        QTest::newRow("a failed trial doubles the cool-down")
            << u"fail@0 fail@1000 fail@2000 allow@7000=yes fail@8000 state=open until=18000"_s;
        // Doubling 10, 20, 40, then capped at 40 s: the fourth opening waits 0.5 * 40 = 20 s.
        QTest::newRow("the cool-down is capped")
            << u"fail@0 fail@1000 fail@2000 allow@7000=yes fail@7000 allow@17000=yes fail@17000 "
               u"allow@37000=yes fail@37000 state=open until=57000"_s;
        // Full jitter can draw 0; the floor keeps a second between attempts.
        QTest::newRow("jitter never goes below the floor") << u"fail@0 fail@1000 fail@2000~0 until=3000"_s;
        QTest::newRow("late answers while open change nothing")
            << u"fail@0 fail@1000 fail@2000 fail@3000 state=open until=7000"_s;
    }

    void followsScript()
    {
        QFETCH(QString, script);
        CircuitBreaker breaker(BreakerPolicy{3, 10'000, 40'000, 1'000});
        for (const QString &step : script.split(u' ', Qt::SkipEmptyParts)) {
            if (step == u"ok") {
                breaker.recordSuccess();
            } else if (step.startsWith(u"fail@")) {
                const QStringList parts = step.mid(5).split(u'~');
                breaker.recordFailure(parts.at(0).toLongLong(), parts.size() > 1 ? parts.at(1).toDouble() : 0.5);
            } else if (step.startsWith(u"allow@")) {
                const QStringList parts = step.mid(6).split(u'=');
                QVERIFY2(breaker.allow(parts.at(0).toLongLong()) == (parts.at(1) == u"yes"), qPrintable(step));
            } else if (step.startsWith(u"state=")) {
                QCOMPARE(machineName(breaker.state()), step.mid(6));
            } else if (step.startsWith(u"until=")) {
                QCOMPARE(breaker.openUntilMs().value_or(-1), step.mid(6).toLongLong());
            } else {
                QFAIL(qPrintable(u"bad step "_s + step));
            }
        }
    }
};

QTEST_GUILESS_MAIN(tst_CircuitBreaker)
#include "tst_circuitbreaker.moc"
