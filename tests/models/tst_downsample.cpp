#include "downsample.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

using Points = QList<QPointF>;

// y values at x = 0, 1, 2, ...
Points series(std::initializer_list<double> ys)
{
    Points points;
    double x = 0;
    for (const double y : ys)
        points.append(QPointF(x++, y));
    return points;
}

Points noisy(int count, unsigned seed)
{
    std::mt19937 gen(seed);
    Points points;
    points.reserve(count);
    for (int i = 0; i < count; ++i)
        points.append(QPointF(1'740'996'000'000.0 + i * 10'000.0, static_cast<double>(gen() % 1000)));
    return points;
}

// `part` is made of points of `whole`, in the same order, none twice.
bool isOrderedSubset(const Points &part, const Points &whole)
{
    qsizetype j = 0;
    for (const QPointF &p : part) {
        while (j < whole.size() && whole.at(j) != p)
            ++j;
        if (j == whole.size())
            return false;
        ++j;
    }
    return true;
}

} // namespace

class TestDownsample : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lttbByHand_data();
    void lttbByHand();
    void lttbBounds_data();
    void lttbBounds();
    void lttbOddInput_data();
    void lttbOddInput();
    void minMaxByHand_data();
    void minMaxByHand();
    void minMaxBounds_data();
    void minMaxBounds();
    void minMaxOddInput_data();
    void minMaxOddInput();
    void minMaxKeepsASpikeInAMillion();
};

void TestDownsample::lttbByHand_data()
{
    QTest::addColumn<Points>("points");
    QTest::addColumn<int>("threshold");
    QTest::addColumn<Points>("expected");

    const Points eight = series({0, 1, 5, 2, 0, -3, 1, 0});
    // Bucket edges floor(i * (n - 2) / (t - 2)) + 1; area of (a, p, c) is
    // |(ax - cx)(py - ay) - (ax - px)(cy - ay)| / 2 with c the average of the next bucket.
    //
    // n 8, t 4: every = 6 / 2 = 3, buckets {1, 2, 3} and {4, 5, 6}.
    // Bucket 1, a = (0, 0), c = average of 4..6 = (5, -2/3): area = |-5 py - 2/3 px| / 2
    //   (1, 1) 2.83   (2, 5) 13.17   (3, 2) 6.00   -> (2, 5)
    // Bucket 2, a = (2, 5), c = the last point (7, 0): area = |35 - 5 py - 5 px| / 2
    //   (4, 0) 7.5    (5, -3) 12.5   (6, 1) 0      -> (5, -3)
    QTest::newRow("8 to 4") << eight << 4 << Points{{0, 0}, {2, 5}, {5, -3}, {7, 0}};
    // n 8, t 5: every = 6 / 3 = 2, buckets {1, 2}, {3, 4}, {5, 6}.
    // Bucket 1, a = (0, 0), c = average of 3, 4 = (3.5, 1): area = |-3.5 py + px| / 2
    //   (1, 1) 1.25   (2, 5) 7.75                  -> (2, 5)
    // Bucket 2, a = (2, 5), c = average of 5, 6 = (5.5, -1): area = |-3.5 (py - 5) + 6 (2 - px)| / 2
    //   (3, 2) 2.25   (4, 0) 2.75                  -> (4, 0)
    // Bucket 3, a = (4, 0), c = (7, 0): area = |-3 py| / 2
    //   (5, -3) 4.5   (6, 1) 1.5                   -> (5, -3)
    QTest::newRow("8 to 5") << eight << 5 << Points{{0, 0}, {2, 5}, {4, 0}, {5, -3}, {7, 0}};
    // n 4, t 3: one bucket {1, 2}, a = (0, 0), c = (3, 0): area = |-3 py| / 2
    //   (1, 3) 4.5    (2, 1) 1.5                   -> (1, 3)
    QTest::newRow("4 to 3") << series({0, 3, 1, 0}) << 3 << Points{{0, 0}, {1, 3}, {3, 0}};
    // Both candidates give 1.5: the first one wins, as in the reference implementation.
    QTest::newRow("a tie keeps the earlier point") << series({0, 1, 1, 0}) << 3 << Points{{0, 0}, {1, 1}, {3, 0}};

    QTest::newRow("empty") << Points{} << 10 << Points{};
    QTest::newRow("one point") << series({4}) << 3 << series({4});
    QTest::newRow("threshold equals the size") << eight << 8 << eight;
    QTest::newRow("threshold above the size") << eight << 100 << eight;
    QTest::newRow("threshold 2 leaves it alone") << eight << 2 << eight;
    QTest::newRow("threshold 0 leaves it alone") << eight << 0 << eight;
    QTest::newRow("negative threshold leaves it alone") << eight << -5 << eight;
}

void TestDownsample::lttbByHand()
{
    QFETCH(Points, points);
    QFETCH(int, threshold);
    QFETCH(Points, expected);
    QCOMPARE(lttb(points, threshold), expected);
}

void TestDownsample::lttbBounds_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("threshold");

    QTest::newRow("one less than the size") << 100 << 99;
    QTest::newRow("three") << 100 << 3;
    QTest::newRow("buckets of uneven size") << 1000 << 7;
    QTest::newRow("a day of 10 s samples to 2000") << 8640 << 2000;
    QTest::newRow("a prime size") << 10'007 << 333;
}

// Exactly `threshold` points, the first and last among them, each from its own bucket in order.
void TestDownsample::lttbBounds()
{
    QFETCH(int, count);
    QFETCH(int, threshold);
    const Points points = noisy(count, static_cast<unsigned>(count + threshold));
    const Points sampled = lttb(points, threshold);
    QCOMPARE(sampled.size(), threshold);
    QCOMPARE(sampled.first(), points.first());
    QCOMPARE(sampled.last(), points.last());
    QVERIFY(isOrderedSubset(sampled, points));
    QVERIFY(std::adjacent_find(sampled.begin(), sampled.end(),
                               [](const QPointF &a, const QPointF &b) { return a.x() >= b.x(); })
            == sampled.end());
}

void TestDownsample::lttbOddInput_data()
{
    QTest::addColumn<Points>("points");

    Points sameX;
    for (int i = 0; i < 50; ++i)
        sameX.append(QPointF(7, i % 5));
    QTest::newRow("every x the same") << sameX;
    Points pairs;
    for (int i = 0; i < 50; ++i)
        pairs.append(QPointF(static_cast<double>(i / 2), i));
    QTest::newRow("x in pairs") << pairs;
    Points withNan = noisy(50, 3);
    withNan[10].setY(nan);
    withNan[20].setX(nan);
    QTest::newRow("a NaN here and there") << withNan;
    Points allNan;
    for (int i = 0; i < 50; ++i)
        allNan.append(QPointF(nan, nan));
    QTest::newRow("nothing but NaN") << allNan;
}

// No crash and still the right number of points; which ones is not defined.
void TestDownsample::lttbOddInput()
{
    QFETCH(Points, points);
    QCOMPARE(lttb(points, 10).size(), 10);
}

void TestDownsample::minMaxByHand_data()
{
    QTest::addColumn<Points>("points");
    QTest::addColumn<int>("maxPoints");
    QTest::addColumn<Points>("expected");

    const Points ten = series({5, 2, 8, 1, 7, 3, 9, 0, 4, 6});
    // maxPoints 6: the first and last plus 6 / 2 - 1 = 2 buckets of width 9 / 2 = 4.5 over x 1..8:
    // x 1..4 (y 2 8 1 7): min (3, 1), max (2, 8); x 5..8 (y 3 9 0 4): min (7, 0), max (6, 9).
    QTest::newRow("two buckets") << ten << 6 << Points{{0, 5}, {2, 8}, {3, 1}, {6, 9}, {7, 0}, {9, 6}};
    // 7 / 2 - 1 is still 2 buckets.
    QTest::newRow("an odd maximum rounds down") << ten << 7 << Points{{0, 5}, {2, 8}, {3, 1}, {6, 9}, {7, 0}, {9, 6}};
    // One bucket over x 1..8: min (7, 0), max (6, 9).
    QTest::newRow("one bucket") << ten << 4 << Points{{0, 5}, {6, 9}, {7, 0}, {9, 6}};
    QTest::newRow("three: first and last only") << ten << 3 << Points{{0, 5}, {9, 6}};
    QTest::newRow("two: first and last only") << ten << 2 << Points{{0, 5}, {9, 6}};
    // A flat bucket gives one point, not the same point twice. Width 4.5 again: x 1..4 flat at 2.
    QTest::newRow("a flat bucket gives one point")
        << series({5, 2, 2, 2, 2, 3, 9, 0, 4, 6}) << 6 << Points{{0, 5}, {1, 2}, {6, 9}, {7, 0}, {9, 6}};
    // Equal-width buckets in x, not in count: x 0..5 and 200 with width 200 / 2 = 100 put x 1..5
    // in the first bucket (min (2, -4), max (1, 4)) and nothing in the second.
    QTest::newRow("buckets split x, not the count") << Points{{0, 0}, {1, 4}, {2, -4}, {3, 1}, {4, 2}, {5, 3}, {200, 0}}
                                                    << 6 << Points{{0, 0}, {1, 4}, {2, -4}, {200, 0}};

    QTest::newRow("empty") << Points{} << 10 << Points{};
    QTest::newRow("as many points as allowed") << ten << 10 << ten;
    QTest::newRow("fewer points than allowed") << ten << 11 << ten;
    QTest::newRow("maximum 1 leaves it alone") << ten << 1 << ten;
    QTest::newRow("maximum 0 leaves it alone") << ten << 0 << ten;
}

void TestDownsample::minMaxByHand()
{
    QFETCH(Points, points);
    QFETCH(int, maxPoints);
    QFETCH(Points, expected);
    QCOMPARE(minMaxDownsample(points, maxPoints), expected);
}

void TestDownsample::minMaxBounds_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("maxPoints");

    QTest::newRow("one less than the size") << 100 << 99;
    QTest::newRow("four") << 100 << 4;
    QTest::newRow("a day of 10 s samples to 2000") << 8640 << 2000;
    QTest::newRow("more buckets than points per bucket") << 3000 << 2000;
    QTest::newRow("a prime size") << 10'007 << 333;
}

// Never more than maxPoints, first and last kept, in x order, and the extremes always there.
void TestDownsample::minMaxBounds()
{
    QFETCH(int, count);
    QFETCH(int, maxPoints);
    const Points points = noisy(count, static_cast<unsigned>(count * 3 + maxPoints));
    const Points sampled = minMaxDownsample(points, maxPoints);
    QVERIFY(sampled.size() <= maxPoints);
    QCOMPARE(sampled.first(), points.first());
    QCOMPARE(sampled.last(), points.last());
    QVERIFY(isOrderedSubset(sampled, points));
    const auto byY = [](const QPointF &a, const QPointF &b) { return a.y() < b.y(); };
    QCOMPARE(std::max_element(sampled.begin(), sampled.end(), byY)->y(),
             std::max_element(points.begin(), points.end(), byY)->y());
    QCOMPARE(std::min_element(sampled.begin(), sampled.end(), byY)->y(),
             std::min_element(points.begin(), points.end(), byY)->y());
}

void TestDownsample::minMaxOddInput_data()
{
    QTest::addColumn<Points>("points");

    Points sameX;
    for (int i = 0; i < 100; ++i)
        sameX.append(QPointF(7, i % 13));
    QTest::newRow("every x the same") << sameX;
    Points withNan = noisy(100, 4);
    withNan[10].setY(nan);
    withNan[20].setX(nan);
    withNan[0].setY(nan);
    QTest::newRow("a NaN here and there") << withNan;
    Points allNan;
    for (int i = 0; i < 100; ++i)
        allNan.append(QPointF(nan, nan));
    QTest::newRow("nothing but NaN") << allNan;
    Points backwards = noisy(100, 5);
    std::reverse(backwards.begin(), backwards.end());
    QTest::newRow("x descending") << backwards;
    Points shuffled = noisy(100, 6);
    std::mt19937 gen(6);
    std::shuffle(shuffled.begin(), shuffled.end(), gen);
    QTest::newRow("x shuffled") << shuffled;
}

// No crash and never more than maxPoints; the choice of points is not defined.
void TestDownsample::minMaxOddInput()
{
    QFETCH(Points, points);
    const Points sampled = minMaxDownsample(points, 10);
    QVERIFY(sampled.size() <= 10);
    QVERIFY(sampled.size() >= 2);
}

// A flat series of a million points (about four months of 10 s samples) with one spike and one
// drop: both must survive a reduction to 2000 points, which LTTB's averages would not promise.
void TestDownsample::minMaxKeepsASpikeInAMillion()
{
    constexpr int count = 1'000'000;
    Points points;
    points.reserve(count);
    for (int i = 0; i < count; ++i)
        points.append(QPointF(1'740'996'000'000.0 + i * 10'000.0, 10.0 + i % 3));
    const QPointF spike(points[654'321].x(), 5'000);
    const QPointF drop(points[123'457].x(), 0);
    points[654'321] = spike;
    points[123'457] = drop;

    const Points sampled = minMaxDownsample(points, 2000);
    QVERIFY(sampled.size() <= 2000);
    QVERIFY(sampled.size() > 1000);
    QVERIFY(sampled.contains(spike));
    QVERIFY(sampled.contains(drop));
    QCOMPARE(sampled.first(), points.first());
    QCOMPARE(sampled.last(), points.last());
    QVERIFY(std::is_sorted(sampled.begin(), sampled.end(),
                           [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); }));
}

} // namespace gw

QTEST_GUILESS_MAIN(gw::TestDownsample)
#include "tst_downsample.moc"
