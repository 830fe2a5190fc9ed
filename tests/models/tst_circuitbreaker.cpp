#include "circuitbreaker.h"

#include <QTest>

using namespace gw;
using namespace Qt::StringLiterals;

// Events at T milliseconds: "allow@T=yes/no", "fail@T", "ok", then checks of "state=", "until=" (end of
// the cool-down) and "blocked@T=U" (the earliest next request seen at T; "-" for none).
// Policy: 3 failures, cool-down 10 s doubling to at most 40 s, floor 1 s, backoff as the row says;
// the jitter draw is 0.5 unless given as "fail@T~J".
class tst_CircuitBreaker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsScript_data()
    {
        QTest::addColumn<qint64>("backoff");
        QTest::addColumn<QString>("script");

        // Closed until the third consecutive failure.
        QTest::newRow("stays closed below the threshold")
            << qint64(0) << u"fail@0 fail@1000 allow@2000=yes state=closed"_s;
        QTest::newRow("a success resets the count")
            << qint64(0) << u"fail@0 fail@1000 ok fail@2000 fail@3000 allow@4000=yes state=closed"_s;
        // Third failure at 2 s opens it for 0.5 * 10 s = 5 s: closed again for a trial at 7 s.
        QTest::newRow("opens on the threshold")
            << qint64(0) << u"fail@0 fail@1000 fail@2000 state=open until=7000 allow@6999=no"_s;
        QTest::newRow("one trial after the cool-down")
            << qint64(0) << u"fail@0 fail@1000 fail@2000 allow@7000=yes state=half-open allow@7001=no"_s;
        QTest::newRow("a good trial closes it")
            << qint64(0) << u"fail@0 fail@1000 fail@2000 allow@7000=yes ok state=closed allow@7001=yes"_s;
        // Failed trial at 8 s: cool-down doubles to 20 s, half of it 10 s -> until 18 s.
        QTest::newRow("a failed trial doubles the cool-down")
            << qint64(0) << u"fail@0 fail@1000 fail@2000 allow@7000=yes fail@8000 state=open until=18000"_s;
        // Doubling 10, 20, 40, then capped at 40 s: the fourth opening waits 0.5 * 40 = 20 s.
        QTest::newRow("the cool-down is capped")
            << qint64(0)
            << u"fail@0 fail@1000 fail@2000 allow@7000=yes fail@7000 allow@17000=yes fail@17000 "
               u"allow@37000=yes fail@37000 state=open until=57000"_s;
        // Full jitter can draw 0; the floor keeps a second between attempts.
        QTest::newRow("jitter never goes below the floor") << qint64(0) << u"fail@0 fail@1000 fail@2000~0 until=3000"_s;
        QTest::newRow("late answers while open change nothing")
            << qint64(0) << u"fail@0 fail@1000 fail@2000 fail@3000 state=open until=7000"_s;
        QTest::newRow("no backoff without failures") << qint64(0) << u"blocked@0=- allow@0=yes"_s;

        // Backoff 2 s: the n-th failure waits jitter * 2 s * 2^(n-1): 0.5 * 2 = 1 s, then 0.5 * 4 = 2 s.
        QTest::newRow("first failure backs off")
            << qint64(2'000) << u"fail@0 state=closed blocked@0=1000 allow@999=no allow@1000=yes"_s;
        QTest::newRow("backoff doubles") << qint64(2'000) << u"fail@0 allow@1000=yes fail@1000 blocked@1000=3000"_s;
        // Full jitter may draw 0: no wait at all (no floor below the threshold).
        QTest::newRow("backoff jitter may be zero") << qint64(2'000) << u"fail@0~0 blocked@0=- allow@0=yes"_s;
        // Draw 0.999 of 2 s = 1998 ms.
        QTest::newRow("backoff jitter near one") << qint64(2'000) << u"fail@0~0.999 blocked@0=1998"_s;
        QTest::newRow("a success ends the backoff") << qint64(2'000) << u"fail@0 ok blocked@1=- allow@1=yes"_s;
        // Backoff 30 s: the second failure would wait up to 60 s, capped at the 40 s cap; half is 20 s.
        QTest::newRow("backoff is capped") << qint64(30'000) << u"fail@0 blocked@0=15000 fail@0 blocked@0=20000"_s;
        // The third failure opens the circuit: the cool-down (half of 10 s) replaces the backoff.
        QTest::newRow("opening replaces the backoff")
            << qint64(2'000) << u"fail@0 fail@1000 fail@3000 state=open blocked@3000=8000 until=8000"_s;
        QTest::newRow("a trial in flight has no time")
            << qint64(2'000) << u"fail@0 fail@1000 fail@3000 allow@8000=yes state=half-open blocked@8000=-"_s;
        // A circuit that never opens (failures 0) still backs off.
        QTest::newRow("backoff without a circuit")
            << qint64(2'000) << u"never fail@0 fail@1000 fail@3000 fail@7000 state=closed blocked@7000=15000"_s;
    }

    void followsScript()
    {
        QFETCH(qint64, backoff);
        QFETCH(QString, script);
        const bool never = script.startsWith(u"never ");
        CircuitBreaker breaker(BreakerPolicy{never ? 0 : 3, 10'000, 40'000, 1'000, backoff});
        for (const QString &step : script.split(u' ', Qt::SkipEmptyParts)) {
            if (step == u"never") {
                continue;
            } else if (step == u"ok") {
                breaker.recordSuccess();
            } else if (step.startsWith(u"fail@")) {
                const QStringList parts = step.mid(5).split(u'~');
                breaker.recordFailure(parts.at(0).toLongLong(), parts.size() > 1 ? parts.at(1).toDouble() : 0.5);
            } else if (step.startsWith(u"allow@")) {
                const QStringList parts = step.mid(6).split(u'=');
                QVERIFY2(breaker.allow(parts.at(0).toLongLong()) == (parts.at(1) == u"yes"), qPrintable(step));
            } else if (step.startsWith(u"state=")) {
                QCOMPARE(machineName(breaker.state()), step.mid(6));
            } else if (step.startsWith(u"blocked@")) {
                const QStringList parts = step.mid(8).split(u'=');
                const std::optional<qint64> blocked = breaker.blockedUntilMs(parts.at(0).toLongLong());
                QCOMPARE(blocked ? QString::number(*blocked) : u"-"_s, parts.at(1));
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
