#include "scheduler.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

using namespace gw;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class tst_Scheduler : public QObject
{
    Q_OBJECT

private:
    static QList<Scheduler::Job> jobs(int count, const QString &host, std::chrono::milliseconds interval)
    {
        QList<Scheduler::Job> result;
        for (int i = 0; i < count; ++i)
            result.append({u"integration/check-%1"_s.arg(i), host, interval});
        return result;
    }

    static QStringList keysOf(const QSignalSpy &spy)
    {
        QStringList keys;
        for (const QList<QVariant> &call : spy)
            keys.append(call.constFirst().toString());
        return keys;
    }

private Q_SLOTS:
    void perHostLimit_data()
    {
        QTest::addColumn<int>("jobCount");
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("immediately");

        QTest::newRow("under the limit") << 4 << 6 << 4;
        QTest::newRow("at the limit") << 6 << 6 << 6;
        QTest::newRow("over the limit waits") << 10 << 6 << 6;
        QTest::newRow("limit of one serialises") << 3 << 1 << 1;
    }

    void perHostLimit()
    {
        QFETCH(int, jobCount);
        QFETCH(int, limit);
        QFETCH(int, immediately);

        Scheduler scheduler;
        scheduler.setPerHostLimit(limit);
        scheduler.setJobs(jobs(jobCount, u"api.example:443"_s, 60s));
        QSignalSpy due(&scheduler, &Scheduler::jobDue);
        scheduler.triggerAll();
        QCOMPARE(due.count(), immediately);
        QCOMPARE(scheduler.inFlight(), immediately);
        for (const QList<QVariant> &call : std::as_const(due))
            QCOMPARE(call.at(1).toDouble(), 0.0);

        // Each finished attempt lets exactly one waiting job through, with its wait measured.
        for (int finished = 0; due.count() < jobCount; ++finished) {
            const qsizetype before = due.count();
            scheduler.markFinished(due.at(finished).constFirst().toString());
            QCOMPARE(due.count(), before + 1);
            QVERIFY(due.constLast().at(1).toDouble() >= 0.0);
        }
        QCOMPARE(due.count(), jobCount);
        const QStringList keys = keysOf(due);
        QVERIFY2(QSet<QString>(keys.cbegin(), keys.cend()).size() == jobCount, qPrintable(keys.join(u" ")));
    }

    void hostsAreIndependent()
    {
        Scheduler scheduler;
        scheduler.setPerHostLimit(2);
        QList<Scheduler::Job> all = jobs(3, u"a:443"_s, 60s);
        for (int i = 0; i < 3; ++i)
            all.append({u"other/check-%1"_s.arg(i), u"b:443"_s, 60s});
        scheduler.setJobs(all);
        QSignalSpy due(&scheduler, &Scheduler::jobDue);
        scheduler.triggerAll();
        QCOMPARE(due.count(), 4);
    }

    void neverTwoRunsOfOneCheck()
    {
        Scheduler scheduler;
        scheduler.setJobs({{u"slow/check"_s, u"h:80"_s, 100ms}});
        QSignalSpy due(&scheduler, &Scheduler::jobDue);
        scheduler.start();
        QVERIFY(due.wait(5'000));
        // Not finished: further ticks must not start it again.
        QTRY_VERIFY_WITH_TIMEOUT(scheduler.lag().count() >= 4, 5'000);
        QCOMPARE(due.count(), 1);
        scheduler.markFinished(u"slow/check"_s);
        QVERIFY(due.wait(5'000));
        QCOMPARE(due.count(), 2);
    }

    void spreadsStartUp()
    {
        // 20 checks with a 2 s interval must not all start in the same instant.
        Scheduler scheduler;
        scheduler.setPerHostLimit(100);
        scheduler.setJobs(jobs(20, u"h:80"_s, 2s));
        QSignalSpy due(&scheduler, &Scheduler::jobDue);
        QElapsedTimer clock;
        clock.start();
        QList<qint64> when;
        connect(&scheduler, &Scheduler::jobDue, this, [&](const QString &key) {
            when.append(clock.elapsed());
            scheduler.markFinished(key);
        });
        scheduler.start();
        QTRY_VERIFY_WITH_TIMEOUT(due.count() >= 20, 10'000);
        std::sort(when.begin(), when.end());
        QVERIFY2(when.constLast() - when.constFirst() > 200,
                 "first runs are spread over the interval, not fired together");
    }

    void timelineJumpRestartsCleanly()
    {
        Scheduler scheduler;
        qint64 wallOffset = 0;
        scheduler.setWallClock([&wallOffset] { return QDateTime::currentMSecsSinceEpoch() + wallOffset; });
        scheduler.setTimelineTick(50ms);
        scheduler.setJobs(jobs(3, u"h:80"_s, 60s));
        QSignalSpy due(&scheduler, &Scheduler::jobDue);
        QSignalSpy jumped(&scheduler, &Scheduler::timelineJumped);
        scheduler.start();
        scheduler.triggerAll();
        QCOMPARE(due.count(), 3);
        QCOMPARE(scheduler.inFlight(), 3);

        // The machine slept for an hour: the attempts in flight say nothing about the vendors.
        wallOffset = 3'600'000;
        QVERIFY(jumped.wait(5'000));
        QCOMPARE(scheduler.inFlight(), 0);
        // Every job starts again soon, without waiting out its 60 s interval and without the
        // old attempts having reported back.
        QTRY_COMPARE_WITH_TIMEOUT(due.count(), 6, 10'000);
        QCOMPARE(jumped.count(), 1);
    }

    void reloadKeepsRunningState()
    {
        Scheduler scheduler;
        scheduler.setJobs(jobs(2, u"h:80"_s, 60s));
        QSignalSpy due(&scheduler, &Scheduler::jobDue);
        scheduler.triggerAll();
        QCOMPARE(due.count(), 2);
        // Same jobs plus one: the two running ones are not started again.
        QList<Scheduler::Job> more = jobs(3, u"h:80"_s, 60s);
        scheduler.setJobs(more);
        scheduler.triggerAll();
        QCOMPARE(due.count(), 3);
        QCOMPARE(due.constLast().constFirst().toString(), u"integration/check-2"_s);
    }
};

QTEST_GUILESS_MAIN(tst_Scheduler)
#include "tst_scheduler.moc"
