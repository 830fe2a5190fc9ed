#include "rangestep.h"

#include <QTest>

using namespace gw;

// Expected grids are worked out by hand: step from the list of round steps, start rounded up and
// end rounded down to multiples of it, points = (end - start) / step + 1.
class tst_RangeStep : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void grid_data();
    void grid();
    void neverMoreThanAskedFor_data();
    void neverMoreThanAskedFor();
};

void tst_RangeStep::grid_data()
{
    QTest::addColumn<qint64>("fromMs");
    QTest::addColumn<qint64>("toMs");
    QTest::addColumn<int>("maxPoints");
    QTest::addColumn<qint64>("minStepMs");
    QTest::addColumn<RangeStep>("expected");

    constexpr qint64 s = 1000;
    constexpr qint64 m = 60 * s;
    constexpr qint64 h = 60 * m;
    constexpr qint64 d = 24 * h;
    const qint64 t = 1'800'000'000LL * s; // 2027-01-15T08:00:00Z, a multiple of every step up to 1h

    // 24 h at 1000 points: 86.4 s a point at least, so 2 min: 720 intervals, 721 points with both ends.
    QTest::newRow("24h, 1000 points") << t - d << t << 1000 << 15 * s << RangeStep{t - d, t, 2 * m, 721};
    // 24 h at 720 points: more than 120 s a point (721 would be one too many), so 5 min: 289.
    QTest::newRow("24h, 720 points") << t - d << t << 720 << 15 * s << RangeStep{t - d, t, 5 * m, 289};
    // 1 h at 2000 points would be 1.8 s, but the scrape interval is 15 s: 241 points.
    QTest::newRow("1h, scrape interval wins") << t - h << t << 2000 << 15 * s << RangeStep{t - h, t, 15 * s, 241};
    QTest::newRow("1h, no scrape floor") << t - h << t << 2000 << qint64(0) << RangeStep{t - h, t, 2 * s, 1801};
    // Unaligned ends: from 07:00:07 to 07:59:53 at 1 min: 07:01 .. 07:59, 59 points.
    QTest::newRow("ends rounded inwards")
        << t - h + 7 * s << t - 7 * s << 100 << 15 * s << RangeStep{t - h + m, t - m, m, 59};
    // 30 days at 500 points: 5184 s a point, so 2 h: 361 points.
    QTest::newRow("30 days") << t - 30 * d << t << 500 << 15 * s << RangeStep{t - 30 * d, t, 2 * h, 361};
    // 400 days at 100 points: a point per 4 days and 1 ms at least, so 5 days (whole days past 1d),
    // on multiples of 5 days since 1970. t is day 20833 (3 past a multiple of 5) plus 8 h: the grid
    // ends at t - 3d - 8h and starts 395 days before, at the first multiple after t - 400d.
    QTest::newRow("400 days, whole days")
        << t - 400 * d << t << 100 << 15 * s << RangeStep{t - 398 * d - 8 * h, t - 3 * d - 8 * h, 5 * d, 80};
    // One point: the step must exceed the range.
    QTest::newRow("one point") << t - 10 * m << t << 1 << 15 * s << RangeStep{t, t, 15 * m, 1};
    // An instant: the range is one grid point when it sits on the grid.
    QTest::newRow("instant on the grid") << t << t << 100 << 15 * s << RangeStep{t, t, 15 * s, 1};
    QTest::newRow("instant off the grid") << t + 1 << t + 1 << 100 << 15 * s << RangeStep{t + 1, t + 1, 15 * s, 1};
    // 10 s between two 15 s marks: no grid point inside, so its end alone.
    QTest::newRow("short, off the grid") << t + 2 * s << t + 12 * s << 100 << 15 * s << RangeStep{t + 12 * s, t + 12 * s, 15 * s, 1};
    QTest::newRow("backwards range") << t << t - m << 100 << 15 * s << RangeStep{};
    QTest::newRow("no points wanted") << t - m << t << 0 << 15 * s << RangeStep{};
    // Before 1970: rounding still goes inwards (-1:00:07 up to -1:00, -0:00:07 down to -0:01).
    QTest::newRow("negative times") << -h - 7 * s << -7 * s << 100 << 15 * s << RangeStep{-h, -m, m, 60};
}

void tst_RangeStep::grid()
{
    QFETCH(qint64, fromMs);
    QFETCH(qint64, toMs);
    QFETCH(int, maxPoints);
    QFETCH(qint64, minStepMs);
    QFETCH(RangeStep, expected);
    const RangeStep step = rangeStep(fromMs, toMs, maxPoints, minStepMs);
    QCOMPARE(step.stepMs, expected.stepMs);
    QCOMPARE(step.startMs, expected.startMs);
    QCOMPARE(step.endMs, expected.endMs);
    QCOMPARE(step.points, expected.points);
}

void tst_RangeStep::neverMoreThanAskedFor_data()
{
    QTest::addColumn<int>("maxPoints");
    for (const int points : {1, 2, 3, 7, 60, 300, 599, 1000, 1920, 11'000})
        QTest::addRow("%d points", points) << points;
}

// Every range from a second to two years, at every alignment tried: the grid fits, and a step one
// round step finer would not have (the step is the finest that fits, or the scrape interval).
void tst_RangeStep::neverMoreThanAskedFor()
{
    QFETCH(int, maxPoints);
    const qint64 t = 1'800'000'000'000LL;
    for (qint64 span = 1000; span <= 2LL * 365 * 86'400'000; span = span * 3 / 2 + 7) {
        for (const qint64 offset : {qint64(0), qint64(1), qint64(999), span / 3}) {
            const RangeStep step = rangeStep(t - span + offset, t + offset, maxPoints, 15'000);
            QVERIFY(step.points <= maxPoints);
            QVERIFY(step.stepMs >= 15'000);
            QVERIFY(step.points >= 1);
            QVERIFY(step.startMs >= t - span + offset && step.endMs <= t + offset);
            if (step.points == 1 && step.startMs == t + offset)
                continue; // no grid point inside: the end alone
            QCOMPARE(step.startMs % step.stepMs, 0);
            QCOMPARE((step.endMs - step.startMs) % step.stepMs, 0);
            // Fits because step > span / maxPoints; the step is round, so it may be up to 2.5x
            // that (2 s -> 5 s) but not more, unless the floor of 15 s decides.
            QVERIFY2(step.stepMs <= std::max<qint64>(15'000, (span / maxPoints + 1) * 5 / 2 + 1)
                         || step.stepMs % 86'400'000 == 0,
                     qPrintable(QStringLiteral("span %1 step %2").arg(span).arg(step.stepMs)));
        }
    }
}

QTEST_APPLESS_MAIN(tst_RangeStep)
#include "tst_rangestep.moc"
