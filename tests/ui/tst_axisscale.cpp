#include "axisscale.h"

#include <QTest>

using namespace gw;

class tst_AxisScale : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scales_data()
    {
        QTest::addColumn<double>("top");
        QTest::addColumn<double>("max");
        QTest::addColumn<double>("step");
        QTest::addColumn<int>("ticks");
        QTest::addColumn<int>("decimals");

        // 600 * 1.05 = 630, a quarter is 157.5: the next round step is 200, four of them reach 800.
        QTest::newRow("a quota of 600") << 600.0 << 800.0 << 200.0 << 5 << 0;
        // 42 / 4 = 10.5 -> 20; 42 needs 3 steps: 0, 20, 40, 60.
        QTest::newRow("Shopify's 40") << 40.0 << 60.0 << 20.0 << 4 << 0;
        // 105 / 4 = 26.25 -> 50; 0, 50, 100, 150.
        QTest::newRow("a hundred") << 100.0 << 150.0 << 50.0 << 4 << 0;
        // 78.75 / 4 = 19.69 -> 20; 4 steps: 0..80.
        QTest::newRow("Klaviyo's 75") << 75.0 << 80.0 << 20.0 << 5 << 0;
        // 210000 / 4 = 52500 -> 100000; 0, 100000, 200000, 300000.
        QTest::newRow("GA4's tokens per day") << 200000.0 << 300000.0 << 100000.0 << 4 << 0;
        // 0.525 / 4 = 0.13125 -> 0.2; 0, 0.2, 0.4, 0.6.
        QTest::newRow("below one") << 0.5 << 0.6 << 0.2 << 4 << 1;
        // 2.1 / 4 = 0.525 -> 1; 0, 1, 2, 3.
        QTest::newRow("two") << 2.0 << 3.0 << 1.0 << 4 << 0;
        // 9.45 / 4 = 2.3625 -> 2.5; 4 steps reach 10.
        QTest::newRow("nine") << 9.0 << 10.0 << 2.5 << 5 << 1;
        // 0.945 / 4 = 0.236 -> 0.25; four steps reach 1.
        QTest::newRow("quarters") << 0.9 << 1.0 << 0.25 << 5 << 2;
        QTest::newRow("nothing") << 0.0 << 1.0 << 1.0 << 2 << 0;
        QTest::newRow("negative") << -5.0 << 1.0 << 1.0 << 2 << 0;
        QTest::newRow("not a number") << qQNaN() << 1.0 << 1.0 << 2 << 0;
        QTest::newRow("infinite") << qInf() << 1.0 << 1.0 << 2 << 0;
    }

    void scales()
    {
        QFETCH(double, top);
        QFETCH(double, max);
        QFETCH(double, step);
        QFETCH(int, ticks);
        QFETCH(int, decimals);
        const AxisScale scale = niceScale(top);
        QCOMPARE(scale.max, max);
        QCOMPARE(scale.step, step);
        QCOMPARE(scale.ticks, ticks);
        QCOMPARE(scale.decimals, decimals);
    }
};

QTEST_GUILESS_MAIN(tst_AxisScale)
#include "tst_axisscale.moc"
