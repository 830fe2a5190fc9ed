#include "timeline.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

constexpr qint64 wallStart = 1'700'000'000'000; // 2023-11-14T22:13:20Z, in ms
constexpr qint64 tick = 30'000;
constexpr qint64 hour = 3'600'000;

QString jumpName(TimelineMonitor::Jump jump)
{
    switch (jump) {
    case TimelineMonitor::Jump::None:
        return u"none"_s;
    case TimelineMonitor::Jump::Suspend:
        return u"suspend"_s;
    case TimelineMonitor::Jump::WallClockStep:
        return u"step"_s;
    }
    return {};
}

} // namespace

class TestTimeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detectsJumps_data();
    void detectsJumps();
};

void TestTimeline::detectsJumps_data()
{
    QTest::addColumn<qint64>("tolerance");
    QTest::addColumn<QList<qint64>>("monotonic");
    QTest::addColumn<QList<qint64>>("wall");
    QTest::addColumn<QStringList>("jumps");

    const qint64 w = wallStart;
    const qint64 t = 5'000;

    QTest::newRow("first reading only primes") << t << QList<qint64>{0} << QList<qint64>{w} << QStringList{u"none"_s};
    QTest::newRow("first reading is never a jump, however odd")
        << t << QList<qint64>{987'654'321} << QList<qint64>{0} << QStringList{u"none"_s};
    QTest::newRow("regular ticks") << t << QList<qint64>{0, tick, 2 * tick} << QList<qint64>{w, w + tick, w + 2 * tick}
                                   << QStringList{u"none"_s, u"none"_s, u"none"_s};
    QTest::newRow("a tick late by less than the tolerance")
        << t << QList<qint64>{0, tick + 4'000} << QList<qint64>{w, w + tick + 4'000}
        << QStringList{u"none"_s, u"none"_s};
    QTest::newRow("a tick late by exactly the tolerance")
        << t << QList<qint64>{0, tick + 5'000} << QList<qint64>{w, w + tick + 5'000}
        << QStringList{u"none"_s, u"none"_s};
    QTest::newRow("a tick late by more than the tolerance is a suspend")
        << t << QList<qint64>{0, tick + 5'001} << QList<qint64>{w, w + tick + 5'001}
        << QStringList{u"none"_s, u"suspend"_s};
    QTest::newRow("an early tick is fine")
        << t << QList<qint64>{0, 10'000} << QList<qint64>{w, w + 10'000} << QStringList{u"none"_s, u"none"_s};
    QTest::newRow("suspend counted by the monotonic clock")
        << t << QList<qint64>{0, hour} << QList<qint64>{w, w + hour} << QStringList{u"none"_s, u"suspend"_s};
    QTest::newRow("suspend the monotonic clock did not see (Linux)")
        << t << QList<qint64>{0, tick} << QList<qint64>{w, w + hour + tick} << QStringList{u"none"_s, u"suspend"_s};
    QTest::newRow("wall clock stepped back")
        << t << QList<qint64>{0, tick} << QList<qint64>{w, w + tick - 60'000} << QStringList{u"none"_s, u"step"_s};
    QTest::newRow("wall clock stepped forward looks like a suspend")
        << t << QList<qint64>{0, tick} << QList<qint64>{w, w + tick + 60'000} << QStringList{u"none"_s, u"suspend"_s};
    QTest::newRow("wall skew at the tolerance either way is no jump")
        << t << QList<qint64>{0, tick, 2 * tick} << QList<qint64>{w, w + tick + 5'000, w + 2 * tick}
        << QStringList{u"none"_s, u"none"_s, u"none"_s};
    QTest::newRow("wall skew just past the tolerance backwards")
        << t << QList<qint64>{0, tick} << QList<qint64>{w, w + tick - 5'001} << QStringList{u"none"_s, u"step"_s};
    QTest::newRow("after a jump the next tick compares with the jumped reading")
        << t << QList<qint64>{0, tick, 2 * tick, 3 * tick}
        << QList<qint64>{w, w + tick + hour, w + 2 * tick + hour, w + 3 * tick + hour}
        << QStringList{u"none"_s, u"suspend"_s, u"none"_s, u"none"_s};
    QTest::newRow("step back then regular")
        << t << QList<qint64>{0, tick, 2 * tick} << QList<qint64>{w, w + tick - hour, w + 2 * tick - hour}
        << QStringList{u"none"_s, u"step"_s, u"none"_s};
    QTest::newRow("tight tolerance") << qint64{100} << QList<qint64>{0, tick, 2 * tick}
                                     << QList<qint64>{w, w + tick + 100, w + 2 * tick + 300}
                                     << QStringList{u"none"_s, u"none"_s, u"suspend"_s};
}

void TestTimeline::detectsJumps()
{
    QFETCH(qint64, tolerance);
    QFETCH(QList<qint64>, monotonic);
    QFETCH(QList<qint64>, wall);
    QFETCH(QStringList, jumps);
    QCOMPARE(wall.size(), monotonic.size());
    QCOMPARE(jumps.size(), monotonic.size());

    TimelineMonitor monitor(tolerance);
    for (qsizetype i = 0; i < monotonic.size(); ++i) {
        const QString jump = jumpName(monitor.observe(monotonic.at(i), wall.at(i), tick));
        QVERIFY2(jump == jumps.at(i),
                 qPrintable(u"reading %1: got %2, expected %3"_s.arg(i + 1).arg(jump, jumps.at(i))));
    }
}

} // namespace gw

QTEST_GUILESS_MAIN(gw::TestTimeline)
#include "tst_timeline.moc"
