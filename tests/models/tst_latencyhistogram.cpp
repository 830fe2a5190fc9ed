#include "latencyhistogram.h"

#include <QTest>

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>
#include <random>
#include <vector>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

constexpr double inf = std::numeric_limits<double>::infinity();
constexpr double nan = std::numeric_limits<double>::quiet_NaN();
constexpr int last = LatencyHistogram::bucketCount - 1; // 185

// The blob format, written out independently of the encoder: LEB128 varints, little-endian doubles.
QByteArray varint(quint64 value)
{
    QByteArray out;
    do {
        const auto group = static_cast<char>(value & 0x7f);
        value >>= 7;
        out.append(value > 0 ? static_cast<char>(group | 0x80) : group);
    } while (value > 0);
    return out;
}

QByteArray f64(double value)
{
    QByteArray out;
    const auto bits = std::bit_cast<quint64>(value);
    for (int i = 0; i < 8; ++i)
        out.append(static_cast<char>((bits >> (8 * i)) & 0xff));
    return out;
}

QByteArray bytes(std::initializer_list<int> values)
{
    QByteArray out;
    for (const int v : values)
        out.append(static_cast<char>(v));
    return out;
}

// Header of a version 1 blob holding `count` values with the given sum, minimum and maximum.
QByteArray header(quint64 count, double sum, double min, double max)
{
    return bytes({1}) + varint(count) + f64(sum) + f64(min) + f64(max);
}

// mt19937 is specified bit for bit by the standard, unlike the std distributions, so the sets
// are the same everywhere.
double uniform01(std::mt19937 &gen)
{
    return (static_cast<double>(gen()) + 0.5) / 4294967296.0;
}

std::vector<double> latencySet(const QString &shape, int n, unsigned seed)
{
    std::mt19937 gen(seed);
    std::vector<double> values;
    values.reserve(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) {
        const double u = uniform01(gen);
        if (shape == u"log-uniform") {
            values.push_back(std::pow(10.0, u * 4.0)); // 1 ms .. 10 s
        } else if (shape == u"bimodal") {
            // 90% fast answers around 40..60 ms, 10% slow ones of 1..5 s.
            const double v = uniform01(gen);
            values.push_back(u < 0.9 ? 40.0 + 20.0 * v : 1000.0 * std::pow(5.0, v));
        } else {
            values.push_back(180.0 + 40.0 * u); // narrow: 180..220 ms
        }
    }
    return values;
}

LatencyHistogram histogramOf(const std::vector<double> &values)
{
    LatencyHistogram h;
    for (const double v : values)
        h.add(v);
    return h;
}

} // namespace

class TestLatencyHistogram : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bucketOf_data();
    void bucketOf();
    void bounds_data();
    void bounds();
    void boundsAgreeWithBucketOf();
    void nonFiniteAndNegativeValues();
    void exactStatistics();
    void quantileByHand_data();
    void quantileByHand();
    void quantileAccuracy_data();
    void quantileAccuracy();
    void mergeEqualsAddingAll_data();
    void mergeEqualsAddingAll();
    void blobGolden();
    void blobRoundTrip_data();
    void blobRoundTrip();
    void malformedBlobs_data();
    void malformedBlobs();
    void everyTruncationIsRejected();
    void garbageNeverCrashes();
};

void TestLatencyHistogram::bucketOf_data()
{
    QTest::addColumn<double>("ms");
    QTest::addColumn<int>("bucket");

    // Bucket i >= 1 starts at 0.1 * 2^((i - 1) / 8) ms: 0.1 * 2^n opens bucket 8n + 1.
    QTest::newRow("zero") << 0.0 << 0;
    QTest::newRow("negative") << -3.0 << 0;
    QTest::newRow("smallest denormal") << 5e-324 << 0;
    QTest::newRow("just below 0.1 ms") << std::nextafter(0.1, 0.0) << 0;
    QTest::newRow("0.1 ms opens bucket 1") << 0.1 << 1;
    // 0.1 * 2^(1/8) = 0.1090507732665...
    QTest::newRow("below the first step") << 0.10905 << 1;
    QTest::newRow("above the first step") << 0.10906 << 2;
    QTest::newRow("just below 0.2 ms") << std::nextafter(0.2, 0.0) << 8;
    QTest::newRow("0.2 ms = 0.1 * 2^1 opens bucket 9") << 0.2 << 9;
    QTest::newRow("just above 0.2 ms") << std::nextafter(0.2, 1.0) << 9;
    QTest::newRow("just below 102.4 ms") << std::nextafter(102.4, 0.0) << 80;
    QTest::newRow("102.4 ms = 0.1 * 2^10 opens bucket 81") << 102.4 << 81;
    // log2(1 / 0.1) * 8 = 26.58: floor + 1.
    QTest::newRow("1 ms") << 1.0 << 27;
    // log2(1000 / 0.1) * 8 = 106.30.
    QTest::newRow("1 s") << 1000.0 << 107;
    QTest::newRow("just below 0.1 * 2^23 ms") << std::nextafter(838860.8, 0.0) << last - 1;
    QTest::newRow("0.1 * 2^23 = 838860.8 ms opens the last") << 838860.8 << last;
    QTest::newRow("an hour") << 3.6e6 << last;
    QTest::newRow("huge") << 1e300 << last;
    QTest::newRow("largest double") << std::numeric_limits<double>::max() << last;
    QTest::newRow("+inf goes to the last") << inf << last;
    QTest::newRow("-inf goes to the first") << -inf << 0;
    QTest::newRow("NaN goes to the first") << nan << 0;
}

void TestLatencyHistogram::bucketOf()
{
    QFETCH(double, ms);
    QFETCH(int, bucket);
    QCOMPARE(LatencyHistogram::bucketOf(ms), bucket);
}

void TestLatencyHistogram::bounds_data()
{
    QTest::addColumn<int>("bucket");
    QTest::addColumn<double>("lower");
    QTest::addColumn<double>("upper");

    QTest::newRow("bucket 0 is everything below 0.1 ms") << 0 << 0.0 << 0.1;
    QTest::newRow("bucket 1 is one step wide") << 1 << 0.1 << 0.10905077326652577;
    // [0.1 * 2^(7/8), 0.1 * 2^1): 2^(7/8) = 1.8340080864093424.
    QTest::newRow("bucket 8 ends at 0.2 ms") << 8 << 0.18340080864093424 << 0.2;
    QTest::newRow("bucket 9 starts at 0.2 ms") << 9 << 0.2 << 0.21810154653305155;
    // [0.1 * 2^(26/8), 0.1 * 2^(27/8)) = [0.95137, 1.03747): holds 1 ms.
    QTest::newRow("bucket 27 around 1 ms") << 27 << 0.9513656920021769 << 1.0374716437208077;
    QTest::newRow("the last reaches to infinity") << last << 838860.8 << inf;
}

void TestLatencyHistogram::bounds()
{
    QFETCH(int, bucket);
    QFETCH(double, lower);
    QFETCH(double, upper);
    // The exact powers of two must be exact; the others within a rounding error of libm.
    QVERIFY2(std::abs(LatencyHistogram::lowerBoundMs(bucket) - lower) <= 1e-15 * lower,
             qPrintable(QString::number(LatencyHistogram::lowerBoundMs(bucket), 'g', 17)));
    if (std::isinf(upper))
        QCOMPARE(LatencyHistogram::upperBoundMs(bucket), upper);
    else
        QVERIFY2(std::abs(LatencyHistogram::upperBoundMs(bucket) - upper) <= 1e-15 * upper,
                 qPrintable(QString::number(LatencyHistogram::upperBoundMs(bucket), 'g', 17)));
}

// The bounds and bucketOf must cut at the same double, or a value could land outside the bucket
// whose bounds the quantile interpolates between.
void TestLatencyHistogram::boundsAgreeWithBucketOf()
{
    for (int i = 1; i < LatencyHistogram::bucketCount; ++i) {
        const double lower = LatencyHistogram::lowerBoundMs(i);
        QCOMPARE(LatencyHistogram::upperBoundMs(i - 1), lower);
        QCOMPARE(LatencyHistogram::bucketOf(lower), i);
        QCOMPARE(LatencyHistogram::bucketOf(std::nextafter(lower, 0.0)), i - 1);
        // Each bucket is 2^(1/8) = 1.0905 times as wide as the previous.
        if (i > 1)
            QVERIFY(std::abs(lower / LatencyHistogram::lowerBoundMs(i - 1) - 1.0905077326652577) < 1e-12);
    }
}

// NaN and infinities are dropped (they would turn the sum into NaN or inf); a negative latency
// counts as 0 ms.
void TestLatencyHistogram::nonFiniteAndNegativeValues()
{
    LatencyHistogram h;
    h.add(nan);
    h.add(inf);
    h.add(-inf);
    h.add(42.0, 0);
    QVERIFY(h.isEmpty());
    QCOMPARE(h, LatencyHistogram());
    QCOMPARE(h.minMs(), std::nullopt);
    QCOMPARE(h.maxMs(), std::nullopt);
    QCOMPARE(h.meanMs(), std::nullopt);
    QCOMPARE(h.quantile(0.5), std::nullopt);

    h.add(-2.0);
    QCOMPARE(h.count(), quint64(1));
    QCOMPARE(h.minMs(), 0.0);
    QCOMPARE(h.sumMs(), 0.0);
    QCOMPARE(h.bucketCountAt(0), quint64(1));
}

void TestLatencyHistogram::exactStatistics()
{
    LatencyHistogram h;
    for (const double v : {3.0, 1.0, 4.0, 1.0, 5.0})
        h.add(v);
    h.add(2.5, 4);
    // 3 + 1 + 4 + 1 + 5 + 4 * 2.5 = 24 over 9 values.
    QCOMPARE(h.count(), quint64(9));
    QCOMPARE(h.sumMs(), 24.0);
    QCOMPARE(h.minMs(), 1.0);
    QCOMPARE(h.maxMs(), 5.0);
    QCOMPARE(h.meanMs(), 24.0 / 9.0);
    QCOMPARE(h.bucketCountAt(LatencyHistogram::bucketOf(1.0)), quint64(2));
    QCOMPARE(h.bucketCountAt(LatencyHistogram::bucketOf(2.5)), quint64(4));
}

void TestLatencyHistogram::quantileByHand_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<double>("q");
    QTest::addColumn<double>("expected");

    const QList<double> fives{5.0, 5.0, 5.0};
    QTest::newRow("one value: the median is it") << fives << 0.5 << 5.0;
    QTest::newRow("one value: q 0") << fives << 0.0 << 5.0;
    QTest::newRow("one value: q 1") << fives << 1.0 << 5.0;

    // 1.0 and 1.03 share bucket 27, narrowed to [1.0, 1.03] by min and max. The median is the
    // first of two ranks, half way through the bucket on the log scale: sqrt(1.0 * 1.03).
    const QList<double> pair{1.0, 1.03};
    QTest::newRow("same bucket: q 0 is the minimum") << pair << 0.0 << 1.0;
    QTest::newRow("same bucket: median half way in log") << pair << 0.5 << 1.0148891565092220;
    QTest::newRow("same bucket: q 1 is the maximum") << pair << 1.0 << 1.03;
    QTest::newRow("q below 0 reads as 0") << pair << -1.0 << 1.0;
    QTest::newRow("q above 1 reads as 1") << pair << 7.0 << 1.03;

    // 50 x 1 ms and 50 x 100 ms: the median is the 50th value, the last in bucket 27, so it reads
    // as the bucket's upper bound 0.1 * 2^(27/8) = 1.03747 (the true value is 1.0: 3.7% high).
    QList<double> split(50, 1.0);
    split.append(QList<double>(50, 100.0));
    QTest::newRow("rank at the end of a bucket") << split << 0.5 << 1.0374716437208077;
    QTest::newRow("q 1 is the maximum, not the bucket's end") << split << 1.0 << 100.0;

    // Bucket 0 begins at 0, where a log scale does not reach: 0 and 0.06 interpolate linearly.
    QTest::newRow("bucket 0 from zero is linear") << QList<double>{0.0, 0.06} << 0.5 << 0.03;
    // ... but from a positive minimum still on the log scale: sqrt(0.02 * 0.06) = 0.034641.
    QTest::newRow("bucket 0 above zero is geometric") << QList<double>{0.02, 0.06} << 0.5 << 0.034641016151377546;
}

void TestLatencyHistogram::quantileByHand()
{
    QFETCH(QList<double>, values);
    QFETCH(double, q);
    QFETCH(double, expected);
    LatencyHistogram h;
    for (const double v : std::as_const(values))
        h.add(v);
    const std::optional<double> actual = h.quantile(q);
    QVERIFY(actual);
    QVERIFY2(std::abs(*actual - expected) <= 1e-12 * expected,
             qPrintable(u"got %1, expected %2"_s.arg(*actual, 0, 'g', 17).arg(expected, 0, 'g', 17)));
}

void TestLatencyHistogram::quantileAccuracy_data()
{
    QTest::addColumn<QString>("shape");
    QTest::addColumn<int>("count");
    QTest::addColumn<unsigned>("seed");
    QTest::addColumn<double>("tolerance");

    // Dense sets (a hundred or more values per bucket): within half a bucket, 2^(1/16) - 1 = 4.4%.
    QTest::newRow("log-uniform 1 ms to 10 s") << u"log-uniform"_s << 20'000 << 1U << 0.045;
    QTest::newRow("log-uniform, another seed") << u"log-uniform"_s << 20'000 << 20'250'303U << 0.045;
    QTest::newRow("bimodal with a slow tail") << u"bimodal"_s << 20'000 << 7U << 0.045;
    QTest::newRow("narrow around 200 ms") << u"narrow"_s << 20'000 << 11U << 0.045;
    // Sparse buckets can hold their values at one end: then only the whole bucket is guaranteed,
    // 2^(1/8) - 1 = 9.05% (this seed reaches 4.9% at p95).
    QTest::newRow("a few hundred values") << u"log-uniform"_s << 500 << 3U << 0.0905;
}

// Against the nearest-rank quantile of the sorted values (the ceil(q * n)-th smallest), which the
// histogram locates to its bucket exactly.
void TestLatencyHistogram::quantileAccuracy()
{
    QFETCH(QString, shape);
    QFETCH(int, count);
    QFETCH(unsigned, seed);
    QFETCH(double, tolerance);
    std::vector<double> values = latencySet(shape, count, seed);
    const LatencyHistogram h = histogramOf(values);
    std::sort(values.begin(), values.end());

    QCOMPARE(h.quantile(0.0), values.front());
    QCOMPARE(h.quantile(1.0), values.back());
    for (const double q : {0.001, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 0.999}) {
        const auto rank = static_cast<std::size_t>(std::ceil(q * static_cast<double>(values.size())));
        const double truth = values[std::max<std::size_t>(rank, 1) - 1];
        const double estimate = h.quantile(q).value();
        QVERIFY2(std::abs(estimate - truth) <= tolerance * truth,
                 qPrintable(u"q %1: estimate %2, true %3"_s.arg(q).arg(estimate).arg(truth)));
    }
}

void TestLatencyHistogram::mergeEqualsAddingAll_data()
{
    QTest::addColumn<QList<int>>("cuts");

    QTest::newRow("no cut") << QList<int>{};
    QTest::newRow("empty first part") << QList<int>{0};
    QTest::newRow("empty last part") << QList<int>{5000};
    QTest::newRow("halves") << QList<int>{2500};
    QTest::newRow("uneven thirds") << QList<int>{1, 4000};
    QTest::newRow("many parts") << QList<int>{10, 100, 999, 1000, 2048, 3333, 4999};
}

// Values are multiples of 1/8 ms below 10 s, so every partial sum is exact in a double and the
// merged histogram must equal the one built directly, down to the sum.
void TestLatencyHistogram::mergeEqualsAddingAll()
{
    QFETCH(QList<int>, cuts);
    std::mt19937 gen(42);
    std::vector<double> values;
    values.reserve(5000);
    for (int i = 0; i < 5000; ++i)
        values.push_back(static_cast<double>(gen() % 80'000) / 8.0);

    const LatencyHistogram all = histogramOf(values);
    LatencyHistogram merged;
    int from = 0;
    cuts.append(5000);
    for (const int to : std::as_const(cuts)) {
        LatencyHistogram part;
        for (int i = from; i < to; ++i)
            part.add(values[static_cast<std::size_t>(i)]);
        merged.merge(part);
        from = to;
    }
    QCOMPARE(merged, all);
    QCOMPARE(merged.quantile(0.99), all.quantile(0.99));
}

// The bytes of {1.0 ms twice, 0.1 ms}, worked out from the documented layout.
void TestLatencyHistogram::blobGolden()
{
    LatencyHistogram h;
    h.add(1.0, 2);
    h.add(0.1);
    const QByteArray expected =
        bytes({0x01, 0x03})                                       // version 1, count 3
        + bytes({0xcd, 0xcc, 0xcc, 0xcc, 0xcc, 0xcc, 0x00, 0x40}) // sum 2.1 = 0x4000cccccccccccd
        + bytes({0x9a, 0x99, 0x99, 0x99, 0x99, 0x99, 0xb9, 0x3f}) // min 0.1 = 0x3fb999999999999a
        + bytes({0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xf0, 0x3f}) // max 1.0 = 0x3ff0000000000000
        + bytes({0x02})                                           // two non-empty buckets
        + bytes({0x02, 0x01})                                     // bucket 1 (-1 + 2): one value
        + bytes({0x1a, 0x02});                                    // bucket 27 (1 + 26): two
    QCOMPARE(h.toBlob(), expected);
    QCOMPARE(LatencyHistogram().toBlob(), bytes({0x01, 0x00}));
}

void TestLatencyHistogram::blobRoundTrip_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<quint32>("repeat");

    QTest::newRow("empty") << QList<double>{} << 1U;
    QTest::newRow("zero") << QList<double>{0.0} << 1U;
    QTest::newRow("one value") << QList<double>{123.456} << 1U;
    QTest::newRow("first and last bucket") << QList<double>{0.01, 3.6e6} << 1U;
    QTest::newRow("a count needing a 5-byte varint") << QList<double>{1.0} << 4'000'000'000U;
    QTest::newRow("every bucket") << [] {
        QList<double> all;
        for (int i = 0; i < LatencyHistogram::bucketCount; ++i)
            all.append(LatencyHistogram::lowerBoundMs(i));
        return all;
    }() << 3U;
    QTest::newRow("random spread") << [] {
        const std::vector<double> v = latencySet(u"bimodal"_s, 3000, 99);
        return QList<double>(v.begin(), v.end());
    }() << 1U;
}

void TestLatencyHistogram::blobRoundTrip()
{
    QFETCH(QList<double>, values);
    QFETCH(quint32, repeat);
    LatencyHistogram h;
    for (const double v : std::as_const(values))
        h.add(v, repeat);
    const QByteArray blob = h.toBlob();
    const Result<LatencyHistogram> back = LatencyHistogram::fromBlob(blob);
    QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message));
    QCOMPARE(back.value(), h);
    QCOMPARE(back->toBlob(), blob);
}

void TestLatencyHistogram::malformedBlobs_data()
{
    QTest::addColumn<QByteArray>("blob");

    // A valid blob for {1.0 ms} is header(1, 1, 1, 1) + varint(1) + (28, 1): bucket 27.
    const QByteArray one = header(1, 1.0, 1.0, 1.0);
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("version only") << bytes({0x01});
    QTest::newRow("version 0") << bytes({0x00, 0x00});
    QTest::newRow("a future version") << bytes({0x02, 0x00});
    QTest::newRow("empty with trailing bytes") << bytes({0x01, 0x00, 0x00});
    QTest::newRow("count varint cut off") << bytes({0x01, 0x80});
    QTest::newRow("count varint of 11 bytes")
        << bytes({0x01, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01});
    // The tenth group may only carry bit 63.
    QTest::newRow("count varint above 2^64")
        << bytes({0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02});
    QTest::newRow("count varint not minimal") << bytes({0x01, 0x80, 0x00});
    QTest::newRow("sum cut off") << bytes({0x01, 0x01, 0x00, 0x00, 0x00});
    QTest::newRow("maximum cut off") << one.left(one.size() - 3);
    QTest::newRow("bucket list missing") << one;
    QTest::newRow("bucket cut off") << one + varint(1) + varint(28);
    QTest::newRow("no buckets for a count") << one + varint(0);
    QTest::newRow("more buckets than exist") << one + varint(187);
    QTest::newRow("fewer buckets than announced") << one + varint(2) + varint(28) + varint(1);
    QTest::newRow("trailing byte") << one + varint(1) + varint(28) + varint(1) + bytes({0x00});
    QTest::newRow("bucket index past the last") << one + varint(1) + varint(187) + varint(1);
    QTest::newRow("bucket index step of 0")
        << header(2, 2.0, 1.0, 1.0) + varint(2) + varint(28) + varint(1) + varint(0) + varint(1);
    QTest::newRow("empty bucket listed") << header(1, 1.0, 1.0, 1.0) + varint(2) + varint(28) + varint(1) + varint(1)
                                                + varint(0);
    QTest::newRow("bucket counts short of the count") << header(2, 2.0, 1.0, 1.0) + varint(1) + varint(28) + varint(1);
    QTest::newRow("bucket counts above the count") << one + varint(1) + varint(28) + varint(2);
    QTest::newRow("bucket counts overflow") << header(2, 2.0, 1.0, 1.0) + varint(2) + varint(28)
                                                   + varint(quint64(1) << 63) + varint(1) + varint(quint64(1) << 63);
    QTest::newRow("NaN sum") << header(1, std::nan(""), 1.0, 1.0) + varint(1) + varint(28) + varint(1);
    QTest::newRow("infinite maximum") << header(1, 1.0, 1.0, inf) + varint(1) + varint(28) + varint(1);
    QTest::newRow("negative minimum") << header(1, 1.0, -1.0, 1.0) + varint(1) + varint(1) + varint(1);
    QTest::newRow("negative sum") << header(1, -1.0, 1.0, 1.0) + varint(1) + varint(28) + varint(1);
    QTest::newRow("minimum above maximum") << header(2, 3.0, 2.0, 1.0) + varint(1) + varint(28) + varint(2);
    // 5 ms is in bucket 46 (log2(50) * 8 = 45.2), not 27.
    QTest::newRow("minimum outside its bucket") << header(1, 5.0, 5.0, 5.0) + varint(1) + varint(28) + varint(1);
    QTest::newRow("maximum outside its bucket")
        << header(2, 6.0, 1.0, 5.0) + varint(2) + varint(28) + varint(1) + varint(1) + varint(1);
}

void TestLatencyHistogram::malformedBlobs()
{
    QFETCH(QByteArray, blob);
    const Result<LatencyHistogram> result = LatencyHistogram::fromBlob(blob);
    QVERIFY(!result.ok());
    QVERIFY(!result.error().message.isEmpty());
    QVERIFY(result.error().position >= 0 && result.error().position <= blob.size());
}

void TestLatencyHistogram::everyTruncationIsRejected()
{
    const std::vector<double> values = latencySet(u"log-uniform"_s, 1000, 5);
    const QByteArray blob = histogramOf(values).toBlob();
    QVERIFY(LatencyHistogram::fromBlob(blob).ok());
    for (qsizetype n = 0; n < blob.size(); ++n)
        QVERIFY2(!LatencyHistogram::fromBlob(blob.left(n)).ok(), qPrintable(QString::number(n)));
}

// Random bytes and single-byte corruptions of a real blob: never a crash, and since the encoding
// has exactly one form per histogram, whatever is accepted must encode back to the same bytes.
void TestLatencyHistogram::garbageNeverCrashes()
{
    std::mt19937 gen(2024);
    const QByteArray valid = histogramOf(latencySet(u"bimodal"_s, 200, 8)).toBlob();
    int accepted = 0;
    for (int round = 0; round < 20'000; ++round) {
        QByteArray blob;
        if (round % 2 == 0) {
            const auto size = static_cast<qsizetype>(gen() % 64);
            for (qsizetype i = 0; i < size; ++i)
                blob.append(static_cast<char>(gen() & 0xff));
            if (round % 4 == 0 && !blob.isEmpty())
                blob[0] = 0x01; // get past the version check
        } else {
            blob = valid;
            blob[static_cast<qsizetype>(gen() % static_cast<unsigned>(blob.size()))] = static_cast<char>(gen() & 0xff);
        }
        const Result<LatencyHistogram> result = LatencyHistogram::fromBlob(blob);
        if (result.ok()) {
            ++accepted;
            QCOMPARE(result->toBlob(), blob);
        }
    }
    // Corrupting a byte of a double can still leave a valid histogram; most corruptions are caught.
    QVERIFY(accepted < 20'000 / 2);
}

} // namespace gw

QTEST_GUILESS_MAIN(gw::TestLatencyHistogram)
#include "tst_latencyhistogram.moc"
