#include "quotatracker.h"

#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

// Explicit tolerances: rates are hand-computed to 6 significant digits, forecasts to the second.
constexpr double burnTolerance = 1e-4;    // units per second
constexpr double ratioTolerance = 1e-4;   // headroom and own share
constexpr double forecastTolerance = 1.0; // seconds

const QDateTime origin = QDateTime(QDate(2025, 3, 3), QTime(10, 0), Qt::UTC);

QDateTime at(double seconds)
{
    return origin.addMSecs(std::llround(seconds * 1000.0));
}

struct Step
{
    double seconds; // since `origin`
    QuotaReading reading;
    int ownRequests = 0;
};

using Optional = std::optional<double>;

QuotaReading plain(double remaining, Optional limit)
{
    QuotaReading reading;
    reading.remaining = remaining;
    reading.limit = limit;
    return reading;
}

QuotaReading windowed(double remaining, double limit, double resetAtSeconds,
                      std::optional<qint64> windowSeconds = std::nullopt)
{
    QuotaReading reading = plain(remaining, limit);
    reading.resetAt = at(resetAtSeconds);
    reading.windowSeconds = windowSeconds;
    return reading;
}

QuotaReading github(double remaining, double resetAtSeconds)
{
    QuotaReading reading = windowed(remaining, 5000, resetAtSeconds);
    reading.policy = u"core"_s;
    reading.source = QuotaSource::GitHub;
    reading.used = 5000 - remaining;
    return reading;
}

QuotaReading klaviyo(double remaining, double resetAtSeconds)
{
    QuotaReading reading = windowed(remaining, 700, resetAtSeconds, 60);
    reading.source = QuotaSource::Klaviyo;
    return reading;
}

QuotaReading shopify(double remaining)
{
    QuotaReading reading = plain(remaining, 40);
    reading.source = QuotaSource::ShopifyRest;
    reading.restorePerSecond = 2;
    return reading;
}

QuotaReading ga4Tokens(double remaining)
{
    QuotaReading reading = plain(remaining, std::nullopt);
    reading.policy = u"tokensPerHour"_s;
    reading.unit = QuotaUnit::Tokens;
    reading.source = QuotaSource::Ga4;
    return reading;
}

QuotaReading withUnit(QuotaReading reading, QuotaUnit unit)
{
    reading.unit = unit;
    return reading;
}

QString describe(const Optional &value)
{
    return value ? QString::number(*value, 'g', 10) : u"none"_s;
}

// Empty when equal within `tolerance`, else a message for QVERIFY2.
QString mismatch(const char *what, const Optional &actual, const Optional &expected, double tolerance)
{
    if (actual.has_value() == expected.has_value() && (!actual || std::abs(*actual - *expected) <= tolerance))
        return {};
    return u"%1: got %2, expected %3 (± %4)"_s.arg(QLatin1StringView(what), describe(actual), describe(expected),
                                                   QString::number(tolerance));
}

Optional secondsSinceOrigin(const std::optional<QDateTime> &time)
{
    if (!time)
        return std::nullopt;
    return static_cast<double>(origin.msecsTo(*time)) / 1000.0;
}

QuotaTracker trackerFor(const QList<Step> &steps, const QuotaThresholds &thresholds)
{
    QuotaTracker tracker;
    tracker.setThresholds(u"shop"_s, thresholds);
    for (const Step &step : steps)
        tracker.observe(u"shop"_s, step.reading, at(step.seconds), step.ownRequests);
    return tracker;
}

} // namespace

class TestQuotaTracker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void evaluates_data();
    void evaluates();
    void unknownPolicyHasNoState();
    void ordersByUrgency();
    void forgetDropsSeriesButKeepsThresholds();
    void keepsPoliciesApart();
    void recentPaceWarnsBeforeTheSmoothedForecast();
    void consumption_data();
    void consumption();
};

void TestQuotaTracker::evaluates_data()
{
    QTest::addColumn<QuotaThresholds>("thresholds");
    QTest::addColumn<QList<Step>>("steps");
    QTest::addColumn<double>("evaluateAt");
    QTest::addColumn<Optional>("headroom");
    QTest::addColumn<Optional>("burn");
    QTest::addColumn<Optional>("exhaustsAt"); // seconds since origin
    QTest::addColumn<bool>("exhaustsBeforeReset");
    QTest::addColumn<QuotaStatus>("status");
    QTest::addColumn<Optional>("ownShare");

    const QuotaThresholds defaults; // warning 0.25, critical 0.10
    const Optional none;

    // A 40-request bucket without refill, drained 2 per second.
    // burn = 2/1 every interval = 2; headroom 32/40 = 0.8; exhausts 4 + 32/2 = 20 s;
    // 16 s away with no reset known: Warning. No own requests: share 0/8 = 0.
    const QList<Step> steady{
        {0, plain(40, 40)}, {1, plain(38, 40)}, {2, plain(36, 40)}, {3, plain(34, 40)}, {4, plain(32, 40)}};
    QTest::newRow("steady 2/s on a 40 bucket") << defaults << steady << 4.0 << Optional(0.8) << Optional(2)
                                               << Optional(20) << false << QuotaStatus::Warning << Optional(0);
    // 5 s later remaining is 32 - 2*5 = 22, gone at 9 + 22/2 = 20: the same moment.
    QTest::newRow("steady, evaluated 5 s after the last reading")
        << defaults << steady << 9.0 << Optional(0.8) << Optional(2) << Optional(20) << false << QuotaStatus::Warning
        << Optional(0);

    // Same 2/s at irregular steps: 1/0.5, 5/2.5, 0.4/0.2, 13.6/6.8 are all 2.
    // headroom 20/40 = 0.5; exhausts 10 + 20/2 = 20.
    QTest::newRow("irregular sampling, same rate")
        << defaults
        << QList<Step>{{0, plain(40, 40)},
                       {0.5, plain(39, 40)},
                       {3, plain(34, 40)},
                       {3.2, plain(33.6, 40)},
                       {10, plain(20, 40)}}
        << 10.0 << Optional(0.5) << Optional(2) << Optional(20) << false << QuotaStatus::Warning << Optional(0);

    // 1/s for 10 minutes (1000 -> 400), then 100 in one second.
    // k = 2^(-1/300) = e^(-0.00231049) = 0.99769218; burn = 1*k + 100*(1-k) = 0.99769218 + 0.230782 = 1.228474
    // (the last interval alone would say 100). headroom 300/1000 = 0.3;
    // exhausts 601 + 300/1.228474 = 601 + 244.205 = 845.205, within the hour: Warning.
    QList<Step> burst;
    for (int t = 0; t <= 600; t += 60)
        burst.append({double(t), plain(1000 - t, 1000)});
    QList<Step> finelySampledBurst = burst;
    burst.append({601, plain(300, 1000)});
    QTest::newRow("burst is smoothed") << defaults << burst << 601.0 << Optional(0.3) << Optional(1.228474)
                                       << Optional(845.205) << false << QuotaStatus::Warning << Optional(0);
    // The same burst seen every 0.1 s: ten factors 2^(-0.1/300) multiply to the same k.
    for (int i = 1; i <= 10; ++i)
        finelySampledBurst.append({600 + i / 10.0, plain(400 - 10 * i, 1000)});
    QTest::newRow("burst sampled ten times as often, same rate")
        << defaults << finelySampledBurst << 601.0 << Optional(0.3) << Optional(1.228474) << Optional(845.205) << false
        << QuotaStatus::Warning << Optional(0);

    // GitHub core 5000/h, window resets at 10:30 (1800 s). 1/s before the reset, 2/s after.
    // 10:35 shows 4700 with reset 11:30: the interval 10:20-10:35 spans the reset and GitHub sends no
    // window length, so it is skipped. 10:35-10:45: 1200/600 = 2/s, weight 1 - 2^(-600/300) = 0.75:
    // burn = 0.25*1 + 0.75*2 = 1.75. headroom 3500/5000 = 0.7.
    // exhausts 2700 + 3500/1.75 = 4700 (11:18:20) < reset 5400 (11:30): Critical.
    const QList<Step> githubHour{{0, github(4000, 1800)},
                                 {600, github(3400, 1800)},
                                 {1200, github(2800, 1800)},
                                 {2100, github(4700, 5400)},
                                 {2700, github(3500, 5400)}};
    QTest::newRow("github hourly reset skipped") << defaults << githubHour << 2700.0 << Optional(0.7) << Optional(1.75)
                                                 << Optional(4700) << true << QuotaStatus::Critical << Optional(0);
    // At 3000: 3500 - 1.75*300 = 2975 left, gone at 3000 + 2975/1.75 = 3000 + 1700 = 4700.
    QTest::newRow("github, evaluated 5 min later")
        << defaults << githubHour << 3000.0 << Optional(0.7) << Optional(1.75) << Optional(4700) << true
        << QuotaStatus::Critical << Optional(0);
    // At 11:30 the window of the latest reading is over: nothing known about remaining.
    QTest::newRow("github, reset passed") << defaults << githubHour << 5400.0 << none << Optional(1.75) << none << false
                                          << QuotaStatus::Ok << Optional(0);

    // Reset passed (600 <= 900) with less remaining than before and no window length: the interval is
    // skipped, so no rate yet (600/900 s would be wrong). headroom 400/5000 = 0.08: Critical.
    QTest::newRow("github reset with less remaining than before")
        << defaults << QList<Step>{{0, github(1000, 600)}, {900, github(400, 4200)}} << 900.0 << Optional(0.08) << none
        << none << false << QuotaStatus::Critical << none;

    // Klaviyo 700 per 60 s window, 2/s, polled every 45 s or so.
    // 45 s: reset 30 passed; window 30..90 used 700-670 = 30 in 15 s = 2/s.
    // 80 s: same window, 670-600 = 70 in 35 s = 2/s.
    // 125 s: window 90..150 used 700-630 = 70 in 35 s = 2/s.
    // headroom 630/700 = 0.9; exhausts 125 + 630/2 = 440, after the reset at 150: Ok.
    QTest::newRow("klaviyo minute windows")
        << defaults
        << QList<Step>{{0, klaviyo(640, 30)}, {45, klaviyo(670, 90)}, {80, klaviyo(600, 90)}, {125, klaviyo(630, 150)}}
        << 125.0 << Optional(0.9) << Optional(2) << Optional(440) << false << QuotaStatus::Ok << Optional(0);
    // Polled once a minute, every interval spans a reset; each new window used 60 in its first 30 s.
    // headroom 640/700 = 0.914286; exhausts 120 + 640/2 = 440 > 150: Ok.
    QTest::newRow("klaviyo, every interval spans a reset")
        << defaults << QList<Step>{{0, klaviyo(640, 30)}, {60, klaviyo(640, 90)}, {120, klaviyo(640, 150)}} << 120.0
        << Optional(0.914286) << Optional(2) << Optional(440) << false << QuotaStatus::Ok << Optional(0);
    // A light window, then a heavy one: remaining falls across the reset (690 -> 100) yet the old
    // window's tail is unknown. Window 30..90 used 600 in 15 s = 40/s (690-100 over 45 s would say
    // 13.1/s). headroom 100/700 = 0.142857; exhausts 45 + 100/40 = 47.5 < 90: Critical.
    QTest::newRow("klaviyo reset with less remaining than before")
        << defaults << QList<Step>{{0, klaviyo(690, 30)}, {45, klaviyo(100, 90)}} << 45.0 << Optional(0.142857)
        << Optional(40) << Optional(47.5) << true << QuotaStatus::Critical << Optional(0);
    // The server's clock runs ahead: at 29 s (before the announced 30) it already reports the next
    // window, ending at 88 (moved 58 s, more than half a window). Window 28..88 used 100 in 1 s = 100/s
    // (640-600 over 29 s would say 1.38/s). headroom 600/700 = 0.857143; exhausts 29 + 600/100 = 35 < 88.
    QTest::newRow("klaviyo reset seen before its announced time")
        << defaults << QList<Step>{{0, klaviyo(640, 30)}, {29, klaviyo(600, 88)}} << 29.0 << Optional(0.857143)
        << Optional(100) << Optional(35) << true << QuotaStatus::Critical << Optional(0);
    // 300 in 10 s = 30/s; headroom 400/700 = 0.571429; exhausts 10 + 400/30 = 23.333 < reset 60.
    QTest::newRow("klaviyo burst exhausts before the reset")
        << defaults << QList<Step>{{0, klaviyo(700, 60)}, {10, klaviyo(400, 60)}} << 10.0 << Optional(0.571429)
        << Optional(30) << Optional(23.333) << true << QuotaStatus::Critical << Optional(0);
    // A 5 minute window of 300 (resets at 300): 0.5/s for a minute, then 2/s. Its half-life is a
    // quarter of the window, 75 s: k = 2^(-60/75) = 0.574349, burn = 0.5 k + 2 (1 - k) = 1.138476.
    // headroom 150/300 = 0.5; exhausts 120 + 150/1.138476 = 251.755 < 300: Critical. (With a 5 minute
    // half-life the burn would be 0.694 and the forecast 336 s, after the reset: the squeeze missed.)
    QTest::newRow("a short window follows its burn quickly")
        << defaults
        << QList<Step>{{0, windowed(300, 300, 300, 300)},
                       {60, windowed(270, 300, 300, 300)},
                       {120, windowed(150, 300, 300, 300)}}
        << 120.0 << Optional(0.5) << Optional(1.138476) << Optional(251.755) << true << QuotaStatus::Critical
        << Optional(0);
    // 10 used in 10 s = 1/s, then nothing left with the reset at 60: out already (forecast = now).
    const QList<Step> emptied{{0, klaviyo(10, 60)}, {10, klaviyo(0, 60)}};
    QTest::newRow("remaining 0 before the reset") << defaults << emptied << 20.0 << Optional(0) << Optional(1)
                                                  << Optional(20) << true << QuotaStatus::Exhausted << Optional(0);
    QTest::newRow("remaining 0, reset passed")
        << defaults << emptied << 60.0 << none << Optional(1) << none << false << QuotaStatus::Ok << Optional(0);

    // Shopify REST: bucket 40, restores 2/s. Client at 3/s from 30 left (the refill never reaches
    // the top, so the figure is exact): 0->2 s: dropped 2 + refill 4 = 6 in 2 s; 2->5: 3 + 6 = 9 in
    // 3 s; 5->10: 5 + 10 = 15 in 5 s: all 3/s; net drain 1/s.
    // headroom 20/40 = 0.5; exhausts 10 + 20/(3-2) = 30; no reset, 20 s away: Warning.
    QTest::newRow("leaky bucket, client faster than the refill")
        << defaults << QList<Step>{{0, shopify(30)}, {2, shopify(28)}, {5, shopify(25)}, {10, shopify(20)}} << 10.0
        << Optional(0.5) << Optional(3) << Optional(30) << false << QuotaStatus::Warning << Optional(0);
    // Polled right after each call, refilled to the top in between: 39 left every 5 s. The refill
    // (10 per 5 s) could have filled it, so the consumption is taken as 40 - 39 = 1 per 5 s = 0.2/s,
    // not a phantom 2/s; net drain 0.2 - 2 < 0: no forecast. headroom 39/40 = 0.975.
    QTest::newRow("leaky bucket, polled right after each call")
        << defaults << QList<Step>{{0, shopify(39)}, {5, shopify(39)}, {10, shopify(39)}} << 10.0 << Optional(0.975)
        << Optional(0.2) << none << false << QuotaStatus::Ok << Optional(0);
    // Client at 1/s from 20: +5 every 5 s, consumption -5 + 10 = 5 per 5 s = 1/s; net drain 1-2 < 0.
    QTest::newRow("leaky bucket, client slower than the refill")
        << defaults << QList<Step>{{0, shopify(20)}, {5, shopify(25)}, {10, shopify(30)}} << 10.0 << Optional(0.75)
        << Optional(1) << none << false << QuotaStatus::Ok << Optional(0);
    // Full and idle: the refill cannot go past 40, so nothing was consumed; no consumption, no share.
    QTest::newRow("leaky bucket, full and idle")
        << defaults << QList<Step>{{0, shopify(40)}, {5, shopify(40)}, {10, shopify(40)}} << 10.0 << Optional(1)
        << Optional(0) << none << false << QuotaStatus::Ok << none;
    // 2 -> 0 in 2 s: 2 + refill 4 = 6 used = 3/s; empty now.
    QTest::newRow("leaky bucket, empty") << defaults << QList<Step>{{0, shopify(2)}, {2, shopify(0)}} << 2.0
                                         << Optional(0) << Optional(3) << Optional(2) << false << QuotaStatus::Exhausted
                                         << Optional(0);

    // The 1 s reading arrives after the 2 s one and is ignored: 4/2 then 2/1, both 2/s.
    // headroom 34/40 = 0.85; exhausts 3 + 34/2 = 20.
    QTest::newRow("reading out of order ignored")
        << defaults << QList<Step>{{0, plain(40, 40)}, {2, plain(36, 40)}, {1, plain(10, 40)}, {3, plain(34, 40)}}
        << 3.0 << Optional(0.85) << Optional(2) << Optional(20) << false << QuotaStatus::Warning << Optional(0);
    // Arriving last, the late reading must not replace the latest one either.
    QTest::newRow("late reading arriving last ignored")
        << defaults << QList<Step>{{0, plain(40, 40)}, {2, plain(36, 40)}, {3, plain(34, 40)}, {1, plain(10, 40)}}
        << 3.0 << Optional(0.85) << Optional(2) << Optional(20) << false << QuotaStatus::Warning << Optional(0);
    // The second readings at 1 s and at 2 s are ignored: 2/1 then 2/1. headroom 36/40 = 0.9;
    // exhausts 2 + 36/2 = 20.
    QTest::newRow("duplicate timestamp, first wins")
        << defaults
        << QList<Step>{{0, plain(40, 40)},
                       {1, plain(38, 40)},
                       {1, plain(30, 40)},
                       {2, plain(36, 40)},
                       {2, plain(20, 40)}}
        << 2.0 << Optional(0.9) << Optional(2) << Optional(20) << false << QuotaStatus::Warning << Optional(0);

    // GA4 sends remaining only: no headroom. 100 tokens in 60 s = 1.666667/s; exhausts 60 + 900/(5/3) =
    // 60 + 540 = 600, no reset known, within the hour: Warning. Tokens: no own share.
    QTest::newRow("ga4, unknown limit") << defaults << QList<Step>{{0, ga4Tokens(1000)}, {60, ga4Tokens(900)}} << 60.0
                                        << none << Optional(1.666667) << Optional(600) << false << QuotaStatus::Warning
                                        << none;
    // 1 token a minute: exhausts 60 + 999*60 = 60000 s, more than an hour away: Ok.
    QTest::newRow("ga4, slow burn") << defaults << QList<Step>{{0, ga4Tokens(1000)}, {60, ga4Tokens(999)}} << 60.0
                                    << none << Optional(0.0166667) << Optional(60000) << false << QuotaStatus::Ok
                                    << none;

    // 20 used per 10 s (2/s), 5 of them ours each time: 15/60 = 0.25 whatever the weights.
    // headroom 940/1000 = 0.94; exhausts 30 + 940/2 = 500: Warning.
    QTest::newRow("own share a quarter") << defaults
                                         << QList<Step>{{0, plain(1000, 1000)},
                                                        {10, plain(980, 1000), 5},
                                                        {20, plain(960, 1000), 5},
                                                        {30, plain(940, 1000), 5}}
                                         << 30.0 << Optional(0.94) << Optional(2) << Optional(500) << false
                                         << QuotaStatus::Warning << Optional(0.25);
    // 30 of ours per 20 consumed (another partition shares the count?): clamped to 1.
    QTest::newRow("own share clamped to 1")
        << defaults << QList<Step>{{0, plain(1000, 1000)}, {10, plain(980, 1000), 30}, {20, plain(960, 1000), 30}}
        << 20.0 << Optional(0.96) << Optional(2) << Optional(500) << false << QuotaStatus::Warning << Optional(1);
    // 100 per 300 s twice (burn 1/3); ours 50 then 0. Halved after 300 s: own 50*0.5 + 0 = 25,
    // total 100*0.5 + 100 = 150: 1/6. headroom 0.8; exhausts 600 + 800*3 = 3000, 2400 s away: Warning.
    QTest::newRow("own share weighted by age")
        << defaults << QList<Step>{{0, plain(1000, 1000)}, {300, plain(900, 1000), 50}, {600, plain(800, 1000), 0}}
        << 600.0 << Optional(0.8) << Optional(1.0 / 3) << Optional(3000) << false << QuotaStatus::Warning
        << Optional(1.0 / 6);

    // A rise in remaining with no reset time: 20 in 10 s = 2/s, the rise 80 -> 100 is skipped, then
    // 10 in 10 s = 1/s with k = 2^(-10/300) = e^(-0.0231049) = 0.977160: burn = 2k + (1-k) = 1.977160.
    // headroom 0.9; exhausts 30 + 90/1.977160 = 30 + 45.520 = 75.520.
    QTest::newRow("rise without reset time is a reset")
        << defaults
        << QList<Step>{{0, plain(100, 100)}, {10, plain(80, 100)}, {20, plain(100, 100)}, {30, plain(90, 100)}} << 30.0
        << Optional(0.9) << Optional(1.977160) << Optional(75.520) << false << QuotaStatus::Warning << Optional(0);
    // Limit 40 -> 80 (plan change) is skipped like a reset; then 4 in 1 s with k = 0.99769218:
    // burn = 2k + 4(1-k) = 2 + 2*0.00230782 = 2.004616. headroom 66/80 = 0.825;
    // exhausts 3 + 66/2.004616 = 3 + 32.924 = 35.924.
    QTest::newRow("limit change is a reset")
        << defaults << QList<Step>{{0, plain(40, 40)}, {1, plain(38, 40)}, {2, plain(70, 80)}, {3, plain(66, 80)}}
        << 3.0 << Optional(0.825) << Optional(2.004616) << Optional(35.924) << false << QuotaStatus::Warning
        << Optional(0);
    // Concurrency is not consumed over time: no burn, status from headroom 2/10 = 0.2 alone.
    QTest::newRow("concurrency quota has no burn")
        << defaults
        << QList<Step>{{0, withUnit(plain(5, 10), QuotaUnit::Concurrent)},
                       {1, withUnit(plain(2, 10), QuotaUnit::Concurrent)}}
        << 1.0 << Optional(0.2) << none << none << false << QuotaStatus::Warning << none;

    // Thresholds, one reading (no burn), reset an hour away.
    QTest::newRow("headroom 0.85 with warning at 0.9")
        << QuotaThresholds{0.9, 0.5} << QList<Step>{{0, windowed(85, 100, 3600)}} << 0.0 << Optional(0.85) << none
        << none << false << QuotaStatus::Warning << none;
    QTest::newRow("headroom 0.85 with default thresholds")
        << defaults << QList<Step>{{0, windowed(85, 100, 3600)}} << 0.0 << Optional(0.85) << none << none << false
        << QuotaStatus::Ok << none;
    QTest::newRow("headroom 0.45 with critical at 0.5")
        << QuotaThresholds{0.9, 0.5} << QList<Step>{{0, windowed(45, 100, 3600)}} << 0.0 << Optional(0.45) << none
        << none << false << QuotaStatus::Critical << none;
    QTest::newRow("headroom exactly at warning")
        << defaults << QList<Step>{{0, windowed(25, 100, 3600)}} << 0.0 << Optional(0.25) << none << none << false
        << QuotaStatus::Warning << none;
    QTest::newRow("headroom exactly at critical")
        << defaults << QList<Step>{{0, windowed(10, 100, 3600)}} << 0.0 << Optional(0.1) << none << none << false
        << QuotaStatus::Critical << none;
    QTest::newRow("limit 0") << defaults << QList<Step>{{0, plain(0, 0)}} << 0.0 << Optional(0) << none << none << false
                             << QuotaStatus::Exhausted << none;
}

void TestQuotaTracker::evaluates()
{
    QFETCH(QuotaThresholds, thresholds);
    QFETCH(QList<Step>, steps);
    QFETCH(double, evaluateAt);
    QFETCH(Optional, headroom);
    QFETCH(Optional, burn);
    QFETCH(Optional, exhaustsAt);
    QFETCH(bool, exhaustsBeforeReset);
    QFETCH(QuotaStatus, status);
    QFETCH(Optional, ownShare);

    const QuotaTracker tracker = trackerFor(steps, thresholds);
    const QList<QuotaState> all = tracker.states(at(evaluateAt));
    QCOMPARE(all.size(), 1);
    const QuotaState &state = all.constFirst();
    QCOMPARE(state.integrationId, u"shop"_s);
    QCOMPARE(state.policy, steps.constFirst().reading.policy);

    QString problem = mismatch("headroom", state.headroom, headroom, ratioTolerance);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    problem = mismatch("burn", state.burnPerSecond, burn, burnTolerance);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    problem = mismatch("exhaustsAt", secondsSinceOrigin(state.exhaustsAt), exhaustsAt, forecastTolerance);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(state.exhaustsBeforeReset, exhaustsBeforeReset);
    QCOMPARE(state.status, status);
    problem = mismatch("ownShare", state.ownShare, ownShare, ratioTolerance);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    const std::optional<QuotaState> single = tracker.state(u"shop"_s, state.policy, at(evaluateAt));
    QVERIFY(single.has_value());
    QCOMPARE(*single, state);
}

void TestQuotaTracker::unknownPolicyHasNoState()
{
    QuotaTracker tracker;
    QVERIFY(tracker.states(origin).isEmpty());
    tracker.observe(u"shop"_s, plain(10, 40), origin);
    QVERIFY(!tracker.state(u"shop"_s, u"other"_s, origin));
    QVERIFY(!tracker.state(u"other"_s, u"default"_s, origin));
    QVERIFY(tracker.state(u"shop"_s, u"default"_s, origin));
}

void TestQuotaTracker::ordersByUrgency()
{
    QuotaTracker tracker;
    auto named = [](QuotaReading reading, const QString &policy) {
        reading.policy = policy;
        return reading;
    };
    // Exhausted: 0 of 10.
    tracker.observe(u"a"_s, plain(0, 10), at(0));
    // Critical by headroom 5/100 = 0.05 and 2/100 = 0.02, no forecast.
    tracker.observe(u"b"_s, windowed(5, 100, 3600), at(0));
    tracker.observe(u"f"_s, windowed(2, 100, 3600), at(0));
    // Critical by forecast: 50 in 10 s = 5/s, exhausts 10 + 50/5 = 20 < reset 3600 (headroom 0.5).
    tracker.observe(u"c"_s, windowed(100, 100, 3600), at(0));
    tracker.observe(u"c"_s, windowed(50, 100, 3600), at(10));
    // Warning by headroom 0.2, a tie broken by policy name.
    tracker.observe(u"d"_s, named(windowed(20, 100, 3600), u"hourly"_s), at(0));
    tracker.observe(u"d"_s, named(windowed(20, 100, 3600), u"daily"_s), at(0));
    // Warning by headroom 0.15, before the 0.2 ones.
    tracker.observe(u"g"_s, windowed(15, 100, 3600), at(0));
    // Ok.
    tracker.observe(u"e"_s, windowed(90, 100, 3600), at(0));

    QStringList order;
    QList<QuotaStatus> statuses;
    for (const QuotaState &state : tracker.states(at(10))) {
        order.append(state.integrationId + u'/' + state.policy);
        statuses.append(state.status);
    }
    QCOMPARE(order, (QStringList{u"a/default"_s, u"c/default"_s, u"f/default"_s, u"b/default"_s, u"g/default"_s,
                                 u"d/daily"_s, u"d/hourly"_s, u"e/default"_s}));
    QCOMPARE(statuses, (QList<QuotaStatus>{QuotaStatus::Exhausted, QuotaStatus::Critical, QuotaStatus::Critical,
                                           QuotaStatus::Critical, QuotaStatus::Warning, QuotaStatus::Warning,
                                           QuotaStatus::Warning, QuotaStatus::Ok}));
}

void TestQuotaTracker::forgetDropsSeriesButKeepsThresholds()
{
    QuotaTracker tracker;
    tracker.setThresholds(u"shop"_s, QuotaThresholds{0.9, 0.5});
    QuotaReading daily = plain(500, 1000);
    daily.policy = u"daily"_s;
    tracker.observe(u"shop"_s, plain(40, 40), at(0));
    tracker.observe(u"shop"_s, plain(30, 40), at(5)); // 2/s
    tracker.observe(u"shop"_s, daily, at(0));
    tracker.observe(u"shopify"_s, plain(40, 40), at(0)); // a prefix of the id is another integration
    QCOMPARE(tracker.states(at(5)).size(), 3);

    tracker.forget(u"shop"_s);
    const QList<QuotaState> left = tracker.states(at(5));
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.constFirst().integrationId, u"shopify"_s);
    QVERIFY(!tracker.state(u"shop"_s, u"default"_s, at(5)));
    QVERIFY(!tracker.state(u"shop"_s, u"daily"_s, at(5)));

    // Starts afresh: one reading, no burn; 34/40 = 0.85 is a warning under the kept 0.9 threshold.
    tracker.observe(u"shop"_s, plain(34, 40), at(6));
    const std::optional<QuotaState> again = tracker.state(u"shop"_s, u"default"_s, at(6));
    QVERIFY(again);
    QVERIFY(!again->burnPerSecond);
    QCOMPARE(again->status, QuotaStatus::Warning);
}

void TestQuotaTracker::keepsPoliciesApart()
{
    // IETF drafts send several policies in one response; each is its own series.
    QuotaTracker tracker;
    QuotaReading burst = windowed(100, 100, 60, 60);
    burst.policy = u"burst"_s;
    QuotaReading daily = windowed(1000, 1000, 86400, 86400);
    daily.policy = u"daily"_s;
    tracker.observe(u"api"_s, burst, at(0));
    tracker.observe(u"api"_s, daily, at(0));
    burst.remaining = 50;  // 50 in 10 s = 5/s
    daily.remaining = 990; // 10 in 10 s = 1/s
    tracker.observe(u"api"_s, burst, at(10));
    tracker.observe(u"api"_s, daily, at(10));

    const auto burstState = tracker.state(u"api"_s, u"burst"_s, at(10));
    const auto dailyState = tracker.state(u"api"_s, u"daily"_s, at(10));
    QVERIFY(burstState && dailyState);
    QVERIFY(std::abs(*burstState->burnPerSecond - 5) <= burnTolerance);
    QVERIFY(std::abs(*dailyState->burnPerSecond - 1) <= burnTolerance);
    QCOMPARE(burstState->latest.remaining, 50.0);
    QCOMPARE(dailyState->latest.remaining, 990.0);
}

void TestQuotaTracker::recentPaceWarnsBeforeTheSmoothedForecast()
{
    // 600 per 5 minute window (reset at 300): 0.2/s for a minute, then 8/s for 10 s.
    // Smoothed (h = 75 s): k = 2^(-10/75) = 0.911722, burn = 0.2 k + 8 (1 - k) = 0.888565,
    //   exhausts 70 + 508/0.888565 = 641.709, after the reset: not critical.
    // Recent (h = 15 s): k = 2^(-10/15) = 0.629961, 0.2 k + 8 (1 - k) = 3.086308,
    //   exhausts 70 + 508/3.086308 = 234.598, before the reset: a warning, headroom 0.847 notwithstanding.
    QuotaTracker tracker;
    const QList<Step> steps{
        {0, windowed(600, 600, 300, 300)}, {60, windowed(588, 600, 300, 300)}, {70, windowed(508, 600, 300, 300)}};
    for (const Step &step : steps)
        tracker.observe(u"mcp"_s, step.reading, at(step.seconds));
    const std::optional<QuotaState> state = tracker.state(u"mcp"_s, u"default"_s, at(70));
    QVERIFY(state);
    QVERIFY2(mismatch("burn", state->burnPerSecond, 0.888565, 1e-5).isEmpty(),
             qPrintable(mismatch("burn", state->burnPerSecond, 0.888565, 1e-5)));
    QVERIFY2(mismatch("exhaustsAt", secondsSinceOrigin(state->exhaustsAt), 641.709, 0.01).isEmpty(),
             qPrintable(mismatch("exhaustsAt", secondsSinceOrigin(state->exhaustsAt), 641.709, 0.01)));
    QVERIFY(!state->exhaustsBeforeReset);
    QVERIFY2(mismatch("recent", secondsSinceOrigin(state->recentPaceExhaustsAt), 234.598, 0.01).isEmpty(),
             qPrintable(mismatch("recent", secondsSinceOrigin(state->recentPaceExhaustsAt), 234.598, 0.01)));
    QCOMPARE(state->status, QuotaStatus::Warning);

    // Once the smoothed forecast sees it too, it is critical and the recent pace adds nothing.
    // Another 10 s at 8/s: burn = 0.888565 k + 8 (1 - k) = 1.516345, exhausts 80 + 428/1.516345 = 362.3,
    // still after the reset; 30 s more at 8/s (k = 2^(-30/75) = 0.757858): burn = 3.086308 and
    // 110 + 188/3.086308 = 170.9, before the reset.
    tracker.observe(u"mcp"_s, windowed(428, 600, 300, 300), at(80));
    tracker.observe(u"mcp"_s, windowed(188, 600, 300, 300), at(110));
    const std::optional<QuotaState> later = tracker.state(u"mcp"_s, u"default"_s, at(110));
    QVERIFY(later);
    QVERIFY(later->exhaustsBeforeReset);
    QCOMPARE(later->recentPaceExhaustsAt, std::nullopt);
    QCOMPARE(later->status, QuotaStatus::Critical);
}

using OptionalConsumption = std::optional<QuotaConsumption>;

// What was consumed between two readings, by hand.
void TestQuotaTracker::consumption_data()
{
    QTest::addColumn<QuotaReading>("previous");
    QTest::addColumn<double>("previousAt");
    QTest::addColumn<QuotaReading>("current");
    QTest::addColumn<double>("currentAt");
    QTest::addColumn<OptionalConsumption>("expected");

    QTest::newRow("a drop") << plain(900, 1000) << 0.0 << plain(850, 1000) << 30.0
                            << OptionalConsumption(QuotaConsumption{50, 30});
    QTest::newRow("unchanged") << plain(900, 1000) << 0.0 << plain(900, 1000) << 30.0
                               << OptionalConsumption(QuotaConsumption{0, 30});
    // Klaviyo's minute window reset at 60 s; the new one began then (reset 120 s, window 60 s):
    // 700 - 640 = 60 in the 30 s since.
    QTest::newRow("across a reset, window known") << klaviyo(500, 60) << 40.0 << klaviyo(640, 120) << 90.0
                                                  << OptionalConsumption(QuotaConsumption{60, 30});
    // GitHub sends `used`: it is the consumption since the window began; no window length, so
    // the start is unknown and the interval cannot be told.
    QTest::newRow("across a reset, window unknown") << github(4000, 60) << 40.0 << github(4990, 3660) << 90.0
                                                    << OptionalConsumption();
    // Shopify's bucket of 40 refills 2 a second. From 20, 2 s of refill reach 24: 24 - 18 = 6.
    QTest::newRow("leaky, drawn down") << shopify(20) << 0.0 << shopify(18) << 2.0
                                       << OptionalConsumption(QuotaConsumption{6, 2});
    // From 38, 3 s of refill would reach 44 > 40: it may have filled, and 40 - 36 = 4 is the
    // lower bound.
    QTest::newRow("leaky, may have filled") << shopify(38) << 0.0 << shopify(36) << 3.0
                                            << OptionalConsumption(QuotaConsumption{4, 3});
    QTest::newRow("tokens") << ga4Tokens(9000) << 0.0 << ga4Tokens(8700) << 60.0
                            << OptionalConsumption(QuotaConsumption{300, 60});
    QTest::newRow("the limit changed") << plain(900, 1000) << 0.0 << plain(1800, 2000) << 30.0
                                       << OptionalConsumption();
    QTest::newRow("the unit changed") << plain(900, 1000) << 0.0 << withUnit(plain(850, 1000), QuotaUnit::Points)
                                      << 30.0 << OptionalConsumption();
    QTest::newRow("concurrency") << withUnit(plain(9, 10), QuotaUnit::Concurrent) << 0.0
                                 << withUnit(plain(7, 10), QuotaUnit::Concurrent) << 30.0 << OptionalConsumption();
    QTest::newRow("not later") << plain(900, 1000) << 30.0 << plain(850, 1000) << 30.0 << OptionalConsumption();
}

void TestQuotaTracker::consumption()
{
    QFETCH(QuotaReading, previous);
    QFETCH(double, previousAt);
    QFETCH(QuotaReading, current);
    QFETCH(double, currentAt);
    QFETCH(OptionalConsumption, expected);
    QCOMPARE(quotaConsumption(previous, at(previousAt), current, at(currentAt)), expected);
}

} // namespace gw

QTEST_GUILESS_MAIN(gw::TestQuotaTracker)
#include "tst_quotatracker.moc"
