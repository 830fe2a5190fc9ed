#include "promchart.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace gw;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 t0 = 1'800'000'000'000; // a multiple of a minute
constexpr double inf = std::numeric_limits<double>::infinity();

PromSeries series(QMap<QString, QString> labels, const QList<double> &values, qint64 stepMs = 60'000)
{
    PromSeries out;
    out.labels = std::move(labels);
    for (qsizetype i = 0; i < values.size(); ++i)
        out.points.append(PromPoint{t0 + i * stepMs, values.at(i)});
    return out;
}

} // namespace

Q_DECLARE_METATYPE(gw::RangeStep)

// Charts from Prometheus's answers. Expected values are worked out by hand in the comments.
class tst_PromChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quote_data();
    void quote();
    void selector();
    void counterIncreases_data();
    void counterIncreases();
    void histogramQuantile_data();
    void histogramQuantile();
    void chart();
    void emptyAnswers();
    void scorecardGrid_data();
    void scorecardGrid();
    void rollups();
};

void tst_PromChart::quote_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("plain") << u"shopify"_s << u"\"shopify\""_s;
    QTest::newRow("quote") << u"a\"b"_s << u"\"a\\\"b\""_s;
    QTest::newRow("backslash") << u"C:\\x"_s << u"\"C:\\\\x\""_s;
    QTest::newRow("newline") << u"a\nb"_s << u"\"a\\nb\""_s;
    QTest::newRow("unicode") << u"Zürich"_s << u"\"Zürich\""_s;
    QTest::newRow("empty") << QString() << u"\"\""_s;
}

void tst_PromChart::quote()
{
    QFETCH(QString, value);
    QFETCH(QString, quoted);
    QCOMPARE(promQuote(value), quoted);
}

void tst_PromChart::selector()
{
    QCOMPARE(promSelector(u"shopify"_s, u"admin"_s), uR"({integration="shopify",check="admin"})"_s);
    QCOMPARE(promSelector(u"shopify"_s, QString()), uR"({integration="shopify"})"_s);
    QCOMPARE(promSelector(u"a\"b"_s, QString()), uR"({integration="a\"b"})"_s);
}

void tst_PromChart::counterIncreases_data()
{
    QTest::addColumn<QList<PromSeries>>("input");
    QTest::addColumn<QList<double>>("up");   // per bucket, group "up"
    QTest::addColumn<QList<double>>("down"); // per bucket, group "down"

    const auto up = [](const QList<double> &values) { return series({{u"result"_s, u"up"_s}}, values); };
    const auto down = [](const QList<double> &values) { return series({{u"result"_s, u"down"_s}}, values); };
    // Four points, three buckets.
    QTest::newRow("steady") << QList{up({10, 16, 22, 28}), down({0, 0, 1, 1})} << QList<double>{6, 6, 6}
                            << QList<double>{0, 1, 0};
    // The agent restarted between the second and third point: its counter began again at 0, so 4
    // attempts happened since.
    QTest::newRow("reset") << QList{up({10, 16, 4, 10})} << QList<double>{6, 4, 6} << QList<double>{0, 0, 0};
    // Two checks of one integration add up; a check that appeared later counts from its first point.
    QTest::newRow("two checks") << QList{series({{u"result"_s, u"up"_s}, {u"check"_s, u"a"_s}}, {0, 6, 12, 18}),
                                         series({{u"result"_s, u"up"_s}, {u"check"_s, u"b"_s}}, {0, 6, 12, 18})}
                                << QList<double>{12, 12, 12} << QList<double>{0, 0, 0};
    // A missing point (no sample within the lookback) leaves both buckets around it empty.
    PromSeries gap = up({10, 16, 22, 28});
    gap.points.removeAt(2);
    QTest::newRow("gap") << QList{gap} << QList<double>{6, 0, 0} << QList<double>{0, 0, 0};
    QTest::newRow("NaN") << QList{up({10, std::nan(""), 22, 28})} << QList<double>{0, 0, 6} << QList<double>{0, 0, 0};
}

void tst_PromChart::counterIncreases()
{
    QFETCH(QList<PromSeries>, input);
    QFETCH(QList<double>, up);
    QFETCH(QList<double>, down);
    const RangeStep grid{t0, t0 + 180'000, 60'000, 4};
    const QList<CounterBucket> buckets = gw::counterIncreases(input, u"result"_s, grid);
    QCOMPARE(buckets.size(), 3);
    for (qsizetype i = 0; i < buckets.size(); ++i) {
        QCOMPARE(buckets.at(i).startMs, t0 + i * 60'000);
        QCOMPARE(buckets.at(i).endMs, t0 + (i + 1) * 60'000);
        QCOMPARE(buckets.at(i).byGroup.value(u"up"_s), up.at(i));
        QCOMPARE(buckets.at(i).byGroup.value(u"down"_s), down.at(i));
    }
}

void tst_PromChart::histogramQuantile_data()
{
    QTest::addColumn<double>("q");
    QTest::addColumn<QList<double>>("bounds"); // le, ascending, +Inf last
    QTest::addColumn<QList<double>>("counts"); // in each bucket alone
    QTest::addColumn<double>("expected");      // -1: none

    const QList<double> bounds{0.1, 0.25, inf};
    // 10 below 0.1, 10 in (0.1, 0.25]: the median is rank 10, the top of the first bucket.
    QTest::newRow("median at a bound") << 0.5 << bounds << QList<double>{10, 10, 0} << 0.1;
    // Rank 15 is half-way through the second bucket: 0.1 + 0.15 * 5/10.
    QTest::newRow("inside a bucket") << 0.75 << bounds << QList<double>{10, 10, 0} << 0.175;
    // Rank 2.5 of 10 in the first bucket, from 0: 0.1 * 2.5/10.
    QTest::newRow("first bucket from zero") << 0.25 << bounds << QList<double>{10, 0, 0} << 0.025;
    // Rank 19 of 20 lies in +Inf: the largest finite bound.
    QTest::newRow("in +Inf") << 0.95 << bounds << QList<double>{10, 0, 10} << 0.25;
    QTest::newRow("empty") << 0.5 << bounds << QList<double>{0, 0, 0} << -1.0;
}

void tst_PromChart::histogramQuantile()
{
    QFETCH(double, q);
    QFETCH(QList<double>, bounds);
    QFETCH(QList<double>, counts);
    QFETCH(double, expected);
    std::vector<std::pair<double, double>> buckets;
    for (qsizetype i = 0; i < bounds.size(); ++i)
        buckets.emplace_back(bounds.at(i), counts.at(i));
    const std::optional<double> value = gw::histogramQuantile(q, buckets);
    if (expected < 0) {
        QVERIFY(!value);
        return;
    }
    QVERIFY(value);
    QCOMPARE(*value, expected);
}

void tst_PromChart::chart()
{
    HistoryQuery query{u"shopify"_s, u"admin"_s, t0, t0 + 120'000, 100, 1};
    PromChartInputs in;
    in.grid = RangeStep{t0, t0 + 120'000, 60'000, 3};
    in.cells = RangeStep{t0, t0 + 120'000, 120'000, 2};
    // First minute: 6 attempts up. Second: 6 up and 1 down (HTTP status).
    in.attempts = {series({{u"result"_s, u"up"_s}}, {0, 6, 12}), series({{u"result"_s, u"down"_s}}, {0, 0, 1}),
                   series({{u"result"_s, u"degraded"_s}}, {0, 0, 0})};
    in.failures = {series({{u"class"_s, u"http-status"_s}}, {0, 0, 1})};
    // Durations: first minute 6 at or below 0.1 s; second 6 more there and 1 in (0.1, 0.25].
    in.durationBuckets = {series({{u"le"_s, u"0.1"_s}}, {0, 6, 12}), series({{u"le"_s, u"0.25"_s}}, {0, 6, 13}),
                          series({{u"le"_s, u"+Inf"_s}}, {0, 6, 13})};
    in.cellAttempts = {PromSeries{{{u"result"_s, u"up"_s}}, {{t0, 0}, {t0 + 120'000, 12}}},
                       PromSeries{{{u"result"_s, u"down"_s}}, {{t0, 0}, {t0 + 120'000, 1}}}};
    in.quotaRemaining = {series({{u"policy"_s, u"rest"_s}}, {40, 39, 38})};
    in.quotaLimit = {series({{u"policy"_s, u"rest"_s}}, {40, 40, 40})};
    in.quotaReset = {series({{u"policy"_s, u"rest"_s}}, {1'800'000'060, 1'800'000'060, 1'800'000'120})};
    // Two certificates, expiring 10 and 20 days after t0.
    const double day = 86'400;
    in.tlsExpiry = {series({{u"check"_s, u"a"_s}}, {1'800'000'000 + 10 * day, 1'800'000'000 + 10 * day}),
                    series({{u"check"_s, u"b"_s}}, {1'800'000'000 + 20 * day, 1'800'000'000 + 20 * day})};

    const ChartData data = promChart(query, in);
    QCOMPARE(data.query, query);
    QCOMPARE(data.resolution, Resolution::Minute);
    // p50 of the first minute: rank 3 of 6 in [0, 0.1]: 50 ms; p95: rank 5.7: 95 ms.
    // Second minute: 6 in [0, 0.1], 1 in (0.1, 0.25]. p50: rank 3.5: 0.1 * 3.5/6 = 58.33 ms;
    // p95: rank 6.65, 0.65 into the second bucket: 0.1 + 0.15 * 0.65 = 197.5 ms.
    QCOMPARE(data.latencyP50.size(), 2);
    QCOMPARE(data.latencyP50.at(0), QPointF(double(t0), 50.0));
    QCOMPARE(data.latencyP50.at(1).x(), double(t0 + 60'000));
    QVERIFY(std::abs(data.latencyP50.at(1).y() - 58.3333) < 0.001);
    QVERIFY(std::abs(data.latencyP95.at(0).y() - 95.0) < 1e-9);
    QVERIFY(std::abs(data.latencyP95.at(1).y() - 197.5) < 1e-9);
    QVERIFY(data.latencyRaw.isEmpty());

    QCOMPARE(data.errors.size(), 2);
    QCOMPARE(data.errors.at(0).attempts, 6u);
    QCOMPARE(data.errors.at(1).attempts, 7u);
    QCOMPARE(data.errors.at(1).byClass[std::size_t(storageCode(FailureClass::HttpStatus))], 1u);
    QCOMPARE(data.errors.at(1).endMs, t0 + 120'000);

    // The whole range: 12 up of 13.
    QCOMPARE(data.total.count(HealthStatus::Up), 12u);
    QCOMPARE(data.total.count(HealthStatus::Down), 1u);
    QCOMPARE(*data.total.availability(), 12.0 / 13.0);
    QCOMPARE(data.total.latency.count(), quint64(13));

    // One cell: the worst result seen was down; 13 attempts, 1 of them down.
    QCOMPARE(data.timeline.size(), 1);
    QCOMPARE(data.timeline.at(0).state, HealthStatus::Down);
    QCOMPARE(data.timeline.at(0).attempts, 13u);
    QCOMPARE(data.timeline.at(0).failures, 1u);

    QCOMPARE(data.quotas.value(u"rest"_s).size(), 3);
    const QuotaPoint last = data.quotas.value(u"rest"_s).last();
    QCOMPARE(last.atMs, t0 + 120'000);
    QCOMPARE(last.remaining, 38.0);
    QCOMPARE(last.limit, std::optional(40.0));
    QCOMPARE(last.resetAtMs, std::optional<qint64>(1'800'000'120'000));

    // The earlier certificate: 10 days at t0, 10 days less a minute at t0 + 1 min.
    QCOMPARE(data.tlsDaysLeft.size(), 2);
    QCOMPARE(data.tlsDaysLeft.at(0), QPointF(double(t0), 10.0));
    QCOMPARE(data.tlsDaysLeft.at(1), QPointF(double(t0 + 60'000), 10.0 - 1.0 / 1440.0));
}

void tst_PromChart::emptyAnswers()
{
    HistoryQuery query{u"shopify"_s, u"admin"_s, t0, t0 + 120'000, 100, 10};
    PromChartInputs in;
    in.grid = RangeStep{t0, t0 + 120'000, 60'000, 3};
    in.cells = RangeStep{t0, t0 + 120'000, 15'000, 9};
    const ChartData data = promChart(query, in);
    QVERIFY(data.latencyP50.isEmpty());
    QVERIFY(data.errors.isEmpty());
    QVERIFY(data.quotas.isEmpty());
    QVERIFY(!data.total.availability());
    // No attempts: every cell of the strip is unknown, as for a check without history.
    QVERIFY(!data.timeline.isEmpty());
    for (const TimelineCell &cell : data.timeline)
        QCOMPARE(cell.state, HealthStatus::Unknown);
}

void tst_PromChart::scorecardGrid_data()
{
    QTest::addColumn<qint64>("fromMs");
    QTest::addColumn<qint64>("toMs");
    QTest::addColumn<RangeStep>("expected");
    const qint64 hour = 3'600'000;
    const qint64 day = 24 * hour;
    // Points a step apart ending at toMs; the steps ending at them reach back to fromMs or before.
    QTest::newRow("whole hours") << t0 << t0 + 3 * hour << RangeStep{t0 + hour, t0 + 3 * hour, hour, 3};
    QTest::newRow("one hour") << t0 << t0 + hour << RangeStep{t0 + hour, t0 + hour, hour, 1};
    // 2.5 hours: three steps, the first reaching half an hour before fromMs.
    QTest::newRow("part of an hour")
        << t0 << t0 + 5 * hour / 2 << RangeStep{t0 + hour / 2, t0 + 5 * hour / 2, hour, 3};
    QTest::newRow("a minute") << t0 << t0 + 60'000 << RangeStep{t0 + 60'000, t0 + 60'000, hour, 1};
    // 11,000 hours is Prometheus's limit; an hour more is asked by the day: ceil(11,001 / 24) = 459.
    QTest::newRow("11,000 hours") << t0 << t0 + 11'000 * hour
                                  << RangeStep{t0 + hour, t0 + 11'000 * hour, hour, 11'000};
    QTest::newRow("11,001 hours") << t0 << t0 + 11'001 * hour
                                  << RangeStep{t0 + 11'001 * hour - 458 * day, t0 + 11'001 * hour, day, 459};
    QTest::newRow("empty") << t0 << t0 << RangeStep{};
    QTest::newRow("backwards") << t0 << t0 - hour << RangeStep{};
}

void tst_PromChart::scorecardGrid()
{
    QFETCH(qint64, fromMs);
    QFETCH(qint64, toMs);
    QFETCH(RangeStep, expected);
    QCOMPARE(gw::scorecardGrid(fromMs, toMs), expected);
}

void tst_PromChart::rollups()
{
    const qint64 hour = 3'600'000;
    PromRollupInputs in;
    in.grid = RangeStep{t0 + hour, t0 + 2 * hour, hour, 2};
    const auto at = [&](QMap<QString, QString> labels, const QList<double> &values) {
        return series(std::move(labels), values, hour);
    };
    // increase() over each hour ending at t0 + 1 h and t0 + 2 h, summed by integration. The series
    // start at t0, so their points are moved an hour on below.
    in.attempts = {at({{u"integration"_s, u"shopify"_s}, {u"result"_s, u"up"_s}}, {239.6, 236.2}),
                   at({{u"integration"_s, u"shopify"_s}, {u"result"_s, u"down"_s}}, {0, 3.9}),
                   at({{u"integration"_s, u"stripe"_s}, {u"result"_s, u"up"_s}}, {0, 0}),
                   at({{u"integration"_s, u"slack"_s}, {u"result"_s, u"rate-limited"_s}}, {1, NAN})};
    in.failures = {at({{u"integration"_s, u"shopify"_s}, {u"class"_s, u"timeout"_s}}, {0, 1.1}),
                   at({{u"integration"_s, u"shopify"_s}, {u"class"_s, u"http-status"_s}}, {0, 2.9}),
                   at({{u"integration"_s, u"slack"_s}, {u"class"_s, u"rate-limited"_s}}, {1, 0})};
    // Shopify's first hour: 240 attempts, all at or below 0.1 s.
    in.durationBuckets = {at({{u"integration"_s, u"shopify"_s}, {u"le"_s, u"0.1"_s}}, {240, 230}),
                          at({{u"integration"_s, u"shopify"_s}, {u"le"_s, u"10"_s}}, {240, 236}),
                          at({{u"integration"_s, u"shopify"_s}, {u"le"_s, u"+Inf"_s}}, {240, 240})};
    in.quotaHeadroom = {at({{u"integration"_s, u"shopify"_s}}, {87.5, -3}),
                        at({{u"integration"_s, u"stripe"_s}}, {NAN, NAN})};
    for (QList<PromSeries> *list : {&in.attempts, &in.failures, &in.durationBuckets, &in.quotaHeadroom}) {
        for (PromSeries &one : *list) {
            for (PromPoint &point : one.points)
                point.atMs += hour;
        }
    }

    const PromRollups out = promRollups(in);
    QCOMPARE(out.bucketMs, hour);
    // Stripe made no attempts: no rollups. Slack's second hour is NaN: left out.
    QCOMPARE(out.rollups.keys().size(), 2);
    const QList<Rollup> shopify = out.rollups.value(u"shopify"_s);
    QCOMPARE(shopify.size(), 2);
    QCOMPARE(shopify.at(0).startMs, t0);
    QCOMPARE(shopify.at(1).startMs, t0 + hour);
    // Rounded: 239.6 -> 240 up; 236.2 -> 236 up and 3.9 -> 4 down; failures 1 and 3.
    QCOMPARE(shopify.at(0).count(HealthStatus::Up), 240u);
    QCOMPARE(shopify.at(0).count(HealthStatus::Down), 0u);
    QCOMPARE(shopify.at(0).failureTotal(), quint64(0));
    QCOMPARE(shopify.at(1).count(HealthStatus::Up), 236u);
    QCOMPARE(shopify.at(1).count(HealthStatus::Down), 4u);
    QCOMPARE(shopify.at(1).failuresOf(FailureClass::Timeout), 1u);
    QCOMPARE(shopify.at(1).failuresOf(FailureClass::HttpStatus), 3u);
    // Latencies: 240 in the first hour, all at or below 100 ms; in the second 230 there, 6 up to
    // 10 s and 4 above (placed at the largest finite bound).
    QCOMPARE(shopify.at(0).latency.count(), quint64(240));
    QVERIFY(*shopify.at(0).latency.maxMs() <= 100.0);
    QCOMPARE(shopify.at(1).latency.count(), quint64(240));
    QVERIFY(*shopify.at(1).latency.maxMs() > 100.0);
    const QList<Rollup> slack = out.rollups.value(u"slack"_s);
    QCOMPARE(slack.size(), 1);
    QCOMPARE(slack.at(0).count(HealthStatus::RateLimited), 1u);
    QCOMPARE(slack.at(0).failuresOf(FailureClass::RateLimited), 1u);

    // Headroom by hour start, clamped to 0–100; Stripe's NaNs say nothing.
    const QList<QPair<qint64, double>> headroom{{t0, 87.5}, {t0 + hour, 0.0}};
    QCOMPARE(out.quotaHeadroomPct.value(u"shopify"_s), headroom);
    QVERIFY(!out.quotaHeadroomPct.contains(u"stripe"_s));
}

QTEST_APPLESS_MAIN(tst_PromChart)
#include "tst_promchart.moc"
