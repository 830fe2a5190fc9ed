#include "historysample.h"
#include "rollup.h"

#include <QTest>

#include <algorithm>
#include <array>
#include <limits>
#include <random>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

// 2025-03-03T10:00:00Z; that day starts at 20150 * 86400000 = 1740960000000.
constexpr qint64 t10 = 1'740'996'000'000;
constexpr qint64 minute = 60'000;
constexpr qint64 hour = 3'600'000;
constexpr qint64 day = 86'400'000;

// Availability has no value in some rows; -1 stands for nullopt in the tables.
constexpr double none = -1;

constexpr std::array allStates{HealthStatus::Up,          HealthStatus::Paused,   HealthStatus::Unknown,
                               HealthStatus::RateLimited, HealthStatus::Degraded, HealthStatus::Down};

HistorySample sample(qint64 atMs, HealthStatus state, std::optional<double> latencyMs = std::nullopt,
                     FailureClass failureClass = FailureClass::None)
{
    HistorySample s;
    s.atMs = atMs;
    s.state = state;
    s.latencyMs = latencyMs;
    s.failureClass = failureClass;
    return s;
}

// "up:3 down:1" -> a rollup with those counts.
Rollup rollupOf(const QString &counts)
{
    Rollup r;
    for (const QString &part : counts.split(u' ', Qt::SkipEmptyParts)) {
        const QStringList kv = part.split(u':');
        const HealthStatus state = healthStatusFromName(kv.at(0)).value();
        for (int i = 0; i < kv.at(1).toInt(); ++i)
            r.add(sample(0, state));
    }
    return r;
}

// "1740996000000 up:1 rate-limited:1 latency:2 timeout:1": non-zero counts only, states in
// enum order.
QString describe(const Rollup &r)
{
    QStringList parts{QString::number(r.startMs)};
    for (const HealthStatus s : allStates) {
        if (r.count(s) > 0)
            parts.append(machineName(s) + u':' + QString::number(r.count(s)));
    }
    if (!r.latency.isEmpty())
        parts.append(u"latency:"_s + QString::number(r.latency.count()));
    for (int c = 1; c < Rollup::failureCount; ++c) {
        const auto failureClass = static_cast<FailureClass>(c);
        if (r.failuresOf(failureClass) > 0)
            parts.append(machineName(failureClass) + u':' + QString::number(r.failuresOf(failureClass)));
    }
    return parts.join(u' ');
}

QStringList describe(const QList<Rollup> &rollups)
{
    QStringList result;
    for (const Rollup &r : rollups)
        result.append(describe(r));
    return result;
}

// Attempts every 7 s over two hours and a half with every state and failure class; latencies are
// multiples of 1/4 ms, so histogram sums are exact whatever the order of addition.
QList<HistorySample> pseudoRandomSamples(int count, unsigned seed)
{
    std::mt19937 gen(seed);
    QList<HistorySample> samples;
    for (int i = 0; i < count; ++i) {
        const auto state = allStates[gen() % std::size(allStates)];
        const auto failureClass =
            state == HealthStatus::Up ? FailureClass::None : static_cast<FailureClass>(gen() % 10);
        const std::optional<double> latency =
            gen() % 5 == 0 ? std::nullopt : std::optional(static_cast<double>(gen() % 40'000) / 4.0);
        samples.append(sample(t10 - 1'800'000 + static_cast<qint64>(i) * 7'000, state, latency, failureClass));
    }
    return samples;
}

} // namespace

class TestRollup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolutionHelpers_data();
    void resolutionHelpers();
    void unknownResolutionNames_data();
    void unknownResolutionNames();
    void alignsBuckets_data();
    void alignsBuckets();
    void historySampleFrom_data();
    void historySampleFrom();
    void storageCodes_data();
    void storageCodes();
    void unknownStorageCodes();
    void addCountsWhatItShould();
    void availability_data();
    void availability();
    void worstState_data();
    void worstState();
    void mergeEqualsAddingOneByOne_data();
    void mergeEqualsAddingOneByOne();
    void rollUpSamples_data();
    void rollUpSamples();
    void rollUpFinerEqualsDirect_data();
    void rollUpFinerEqualsDirect();
};

void TestRollup::resolutionHelpers_data()
{
    QTest::addColumn<Resolution>("resolution");
    QTest::addColumn<qint64>("width");
    QTest::addColumn<QString>("name");

    QTest::newRow("raw") << Resolution::Raw << qint64(0) << u"raw"_s;
    QTest::newRow("minute") << Resolution::Minute << qint64(60'000) << u"1m"_s;
    QTest::newRow("hour") << Resolution::Hour << qint64(3'600'000) << u"1h"_s;
    QTest::newRow("day") << Resolution::Day << qint64(86'400'000) << u"1d"_s;
}

void TestRollup::resolutionHelpers()
{
    QFETCH(Resolution, resolution);
    QFETCH(qint64, width);
    QFETCH(QString, name);
    QCOMPARE(bucketMs(resolution), width);
    QCOMPARE(machineName(resolution), name);
    QCOMPARE(resolutionFromName(name), resolution);
}

void TestRollup::unknownResolutionNames_data()
{
    QTest::addColumn<QString>("name");

    QTest::newRow("empty") << QString();
    QTest::newRow("a resolution that is not kept") << u"5m"_s;
    QTest::newRow("names are case-sensitive") << u"1H"_s;
    QTest::newRow("surrounding space") << u" 1h"_s;
    QTest::newRow("spelled out") << u"hour"_s;
}

void TestRollup::unknownResolutionNames()
{
    QFETCH(QString, name);
    QCOMPARE(resolutionFromName(name), std::nullopt);
}

void TestRollup::alignsBuckets_data()
{
    QTest::addColumn<qint64>("at");
    QTest::addColumn<Resolution>("resolution");
    QTest::addColumn<qint64>("start");

    // 2025-03-03T10:17:42.123Z.
    const qint64 at = t10 + 17 * minute + 42'123;
    QTest::newRow("raw is the time itself") << at << Resolution::Raw << at;
    QTest::newRow("minute: 10:17:00") << at << Resolution::Minute << t10 + 17 * minute;
    QTest::newRow("hour: 10:00:00") << at << Resolution::Hour << t10;
    QTest::newRow("day: midnight UTC") << at << Resolution::Day << qint64(1'740'960'000'000);
    QTest::newRow("an aligned minute stays") << t10 + 17 * minute << Resolution::Minute << t10 + 17 * minute;
    QTest::newRow("last ms of a minute") << t10 + minute - 1 << Resolution::Minute << t10;
    QTest::newRow("last ms of a day") << qint64(1'740'960'000'000 - 1) << Resolution::Day << qint64(1'740'873'600'000);
    QTest::newRow("the epoch, minute") << qint64(0) << Resolution::Minute << qint64(0);
    QTest::newRow("the epoch, day") << qint64(0) << Resolution::Day << qint64(0);
    // Before the epoch the bucket starts below the time, not at 0 (truncating division would).
    QTest::newRow("1 ms before the epoch, minute") << qint64(-1) << Resolution::Minute << -minute;
    QTest::newRow("1 ms before the epoch, hour") << qint64(-1) << Resolution::Hour << -hour;
    QTest::newRow("1 ms before the epoch, day") << qint64(-1) << Resolution::Day << -day;
    QTest::newRow("an aligned negative minute stays") << -minute << Resolution::Minute << -minute;
    QTest::newRow("1 ms before an aligned negative minute") << -minute - 1 << Resolution::Minute << -2 * minute;
    // qint64 max = 9223372036854775807 = 153722867280912 * 60000 + 55807.
    QTest::newRow("the last representable time")
        << std::numeric_limits<qint64>::max() << Resolution::Minute << qint64(9'223'372'036'854'720'000);
    // Its floor, -153722867280913 * 60000, is below qint64 min: the next start up is returned.
    QTest::newRow("the first representable time")
        << std::numeric_limits<qint64>::min() << Resolution::Minute << qint64(-9'223'372'036'854'720'000);
}

void TestRollup::alignsBuckets()
{
    QFETCH(qint64, at);
    QFETCH(Resolution, resolution);
    QFETCH(qint64, start);
    QCOMPARE(bucketStart(at, resolution), start);
}

void TestRollup::historySampleFrom_data()
{
    QTest::addColumn<Sample>("input");
    QTest::addColumn<HistorySample>("expected");

    Sample up;
    up.integrationId = u"stripe"_s;
    up.checkId = u"balance"_s;
    up.at = QDateTime(QDate(2025, 3, 3), QTime(10, 0), Qt::UTC);
    up.verdict = HealthStatus::Up;
    up.httpStatus = 200;
    up.latencyMs = 123.5;
    up.queueMs = 4;
    up.reason = u"left over"_s;
    QTest::newRow("up: latency kept, reason dropped")
        << up << HistorySample{t10, HealthStatus::Up, 123.5, 4, 200, FailureClass::None, {}};

    Sample timeout = up;
    timeout.verdict = HealthStatus::Down;
    timeout.httpStatus = 0;
    timeout.latencyMs = 10'000;
    timeout.failureClass = FailureClass::Timeout;
    timeout.reason = u"no answer within 10 s"_s;
    QTest::newRow("no response: no latency, reason kept")
        << timeout
        << HistorySample{
               t10, HealthStatus::Down, std::nullopt, 4, 0, FailureClass::Timeout, u"no answer within 10 s"_s};

    Sample slow = up;
    slow.verdict = HealthStatus::Degraded;
    slow.latencyMs = 2'500;
    slow.failureClass = FailureClass::Condition;
    slow.reason = u"[RESPONSE_TIME] < 2000"_s;
    QTest::newRow("degraded with a response: both kept")
        << slow
        << HistorySample{
               t10, HealthStatus::Degraded, 2'500.0, 4, 200, FailureClass::Condition, u"[RESPONSE_TIME] < 2000"_s};

    Sample throttled = up;
    throttled.verdict = HealthStatus::RateLimited;
    throttled.httpStatus = 429;
    throttled.latencyMs = 80;
    throttled.failureClass = FailureClass::RateLimited;
    throttled.reason = u"429"_s;
    QTest::newRow("rate limited") << throttled << HistorySample{t10, HealthStatus::RateLimited, 80.0,    4,
                                                                429, FailureClass::RateLimited, u"429"_s};

    Sample before = up;
    before.at = QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59, 999), Qt::UTC);
    QTest::newRow("before the epoch") << before
                                      << HistorySample{-1, HealthStatus::Up, 123.5, 4, 200, FailureClass::None, {}};

    Sample undated = up;
    undated.at = QDateTime();
    QTest::newRow("no time") << undated << HistorySample{0, HealthStatus::Up, 123.5, 4, 200, FailureClass::None, {}};
}

void TestRollup::historySampleFrom()
{
    QFETCH(Sample, input);
    QFETCH(HistorySample, expected);
    QCOMPARE(HistorySample::from(input), expected);
}

void TestRollup::storageCodes_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("code");

    // The codes are on disk: this table is the specification, never regenerate it.
    QTest::newRow("up") << u"up"_s << 0;
    QTest::newRow("degraded") << u"degraded"_s << 1;
    QTest::newRow("down") << u"down"_s << 2;
    QTest::newRow("rate-limited") << u"rate-limited"_s << 3;
    QTest::newRow("unknown") << u"unknown"_s << 4;
    QTest::newRow("paused") << u"paused"_s << 5;
    QTest::newRow("class none") << u"class:none"_s << 0;
    QTest::newRow("class dns") << u"class:dns"_s << 1;
    QTest::newRow("class connect") << u"class:connect"_s << 2;
    QTest::newRow("class tls") << u"class:tls"_s << 3;
    QTest::newRow("class timeout") << u"class:timeout"_s << 4;
    QTest::newRow("class http-status") << u"class:http-status"_s << 5;
    QTest::newRow("class condition") << u"class:condition"_s << 6;
    QTest::newRow("class rate-limited") << u"class:rate-limited"_s << 7;
    QTest::newRow("class body-too-large") << u"class:body-too-large"_s << 8;
    QTest::newRow("class local-network") << u"class:local-network"_s << 9;
}

void TestRollup::storageCodes()
{
    QFETCH(QString, name);
    QFETCH(int, code);
    if (name.startsWith(u"class:")) {
        const FailureClass failureClass = failureClassFromName(name.mid(6)).value();
        QCOMPARE(storageCode(failureClass), code);
        QCOMPARE(failureClassFromStorage(code), failureClass);
    } else {
        const HealthStatus status = healthStatusFromName(name).value();
        QCOMPARE(storageCode(status), code);
        QCOMPARE(healthStatusFromStorage(code), status);
    }
}

void TestRollup::unknownStorageCodes()
{
    for (const int code : {-1, 6, 7, 100, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()})
        QCOMPARE(healthStatusFromStorage(code), std::nullopt);
    for (const int code : {-1, 10, 11, 255, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()})
        QCOMPARE(failureClassFromStorage(code), std::nullopt);
    // A value outside the enum has no code, and a rollup ignores it rather than write out of bounds.
    const auto bogus = static_cast<HealthStatus>(42);
    QCOMPARE(storageCode(bogus), -1);
    QCOMPARE(storageCode(static_cast<FailureClass>(-3)), -1);
    Rollup r;
    r.add(sample(0, bogus, 1.0, static_cast<FailureClass>(99)));
    QCOMPARE(r.total(), quint64(0));
    QCOMPARE(r.failureTotal(), quint64(0));
    QCOMPARE(r.latency.count(), quint64(1));
}

void TestRollup::addCountsWhatItShould()
{
    Rollup r;
    r.startMs = t10;
    r.add(sample(t10, HealthStatus::Up, 100.0));
    r.add(sample(t10 + 1, HealthStatus::Up, 300.0));
    r.add(sample(t10 + 2, HealthStatus::Down, std::nullopt, FailureClass::Timeout));
    r.add(sample(t10 + 3, HealthStatus::Down, 50.0, FailureClass::HttpStatus));
    r.add(sample(t10 + 4, HealthStatus::Degraded, 2'000.0, FailureClass::Condition));
    r.add(sample(t10 + 5, HealthStatus::Paused));
    // An inconsistent sample still counts what it says: a failure class of None is never a failure.
    r.add(sample(t10 + 6, HealthStatus::Down, std::nullopt, FailureClass::None));

    QCOMPARE(r.startMs, t10);
    QCOMPARE(r.total(), quint64(7));
    QCOMPARE(r.count(HealthStatus::Up), 2U);
    QCOMPARE(r.count(HealthStatus::Down), 3U);
    QCOMPARE(r.count(HealthStatus::Degraded), 1U);
    QCOMPARE(r.count(HealthStatus::Paused), 1U);
    QCOMPARE(r.count(HealthStatus::Unknown), 0U);
    QCOMPARE(r.failureTotal(), quint64(3));
    QCOMPARE(r.failuresOf(FailureClass::Timeout), 1U);
    QCOMPARE(r.failuresOf(FailureClass::HttpStatus), 1U);
    QCOMPARE(r.failuresOf(FailureClass::Condition), 1U);
    QCOMPARE(r.failuresOf(FailureClass::None), 0U);
    // Latency from the four samples that had one: 100 + 300 + 50 + 2000.
    QCOMPARE(r.latency.count(), quint64(4));
    QCOMPARE(r.latency.sumMs(), 2'450.0);
    QCOMPARE(r.latency.minMs(), 50.0);
    QCOMPARE(r.latency.maxMs(), 2'000.0);
    // Slots follow the storage codes: up 0, degraded 1, down 2, ..., paused 5.
    QCOMPARE(r.states, (std::array<quint32, 6>{2, 1, 3, 0, 0, 1}));
}

void TestRollup::availability_data()
{
    QTest::addColumn<QString>("counts");
    QTest::addColumn<double>("expected");

    QTest::newRow("empty") << QString() << none;
    QTest::newRow("all up") << u"up:5"_s << 1.0;
    QTest::newRow("all down") << u"down:2"_s << 0.0;
    QTest::newRow("three up, one down") << u"up:3 down:1"_s << 0.75;
    // Degraded and rate-limited answers are answers: (1 + 1 + 1) / (3 + 1).
    QTest::newRow("degraded and rate limited count as available") << u"up:1 degraded:1 rate-limited:1 down:1"_s << 0.75;
    QTest::newRow("unknown and paused say nothing") << u"unknown:4 paused:2"_s << none;
    // 1 / (1 + 2); the unknown and paused attempts are left out.
    QTest::newRow("unknown and paused left out") << u"up:1 down:2 unknown:5 paused:9"_s << 1.0 / 3.0;
    QTest::newRow("rate limited only") << u"rate-limited:7"_s << 1.0;
    // 999 / 1000.
    QTest::newRow("three nines") << u"up:999 down:1"_s << 0.999;
}

void TestRollup::availability()
{
    QFETCH(QString, counts);
    QFETCH(double, expected);
    const std::optional<double> actual = rollupOf(counts).availability();
    if (expected == none)
        QCOMPARE(actual, std::nullopt);
    else
        QCOMPARE(actual.value(), expected);
}

void TestRollup::worstState_data()
{
    QTest::addColumn<QString>("counts");
    QTest::addColumn<HealthStatus>("expected");

    // Best to worst: up, paused, unknown, rate-limited, degraded, down.
    QTest::newRow("empty is unknown") << QString() << HealthStatus::Unknown;
    QTest::newRow("up only") << u"up:3"_s << HealthStatus::Up;
    QTest::newRow("one down among many up") << u"up:100 down:1"_s << HealthStatus::Down;
    QTest::newRow("paused beats up") << u"up:3 paused:1"_s << HealthStatus::Paused;
    QTest::newRow("paused only") << u"paused:2"_s << HealthStatus::Paused;
    QTest::newRow("unknown beats paused") << u"paused:1 unknown:1"_s << HealthStatus::Unknown;
    QTest::newRow("rate limited beats unknown") << u"unknown:1 rate-limited:1"_s << HealthStatus::RateLimited;
    QTest::newRow("degraded beats rate limited") << u"rate-limited:5 degraded:1"_s << HealthStatus::Degraded;
    QTest::newRow("down beats everything")
        << u"up:1 paused:1 unknown:1 rate-limited:1 degraded:1 down:1"_s << HealthStatus::Down;
}

void TestRollup::worstState()
{
    QFETCH(QString, counts);
    QFETCH(HealthStatus, expected);
    QCOMPARE(rollupOf(counts).worstState(), expected);
}

void TestRollup::mergeEqualsAddingOneByOne_data()
{
    QTest::addColumn<unsigned>("seed");
    QTest::addColumn<QList<int>>("cuts");

    QTest::newRow("one part") << 1U << QList<int>{};
    QTest::newRow("an empty part first") << 2U << QList<int>{0};
    QTest::newRow("halves") << 3U << QList<int>{600};
    QTest::newRow("a lone sample each side") << 4U << QList<int>{1, 1199};
    QTest::newRow("uneven parts") << 5U << QList<int>{7, 100, 101, 640, 1000};
    QTest::newRow("two empty parts in the middle") << 6U << QList<int>{300, 300, 300, 900};
    QTest::newRow("every sample its own part") << 7U << [] {
        QList<int> cuts;
        for (int i = 1; i < 1200; ++i)
            cuts.append(i);
        return cuts;
    }();
}

void TestRollup::mergeEqualsAddingOneByOne()
{
    QFETCH(unsigned, seed);
    QFETCH(QList<int>, cuts);
    const QList<HistorySample> samples = pseudoRandomSamples(1200, seed);

    Rollup direct;
    direct.startMs = t10;
    for (const HistorySample &s : samples)
        direct.add(s);

    Rollup merged;
    merged.startMs = t10;
    qsizetype from = 0;
    cuts.append(static_cast<int>(samples.size()));
    for (const int to : std::as_const(cuts)) {
        Rollup part;
        part.startMs = -1; // merging keeps the target's start
        for (qsizetype i = from; i < to; ++i)
            part.add(samples.at(i));
        merged.merge(part);
        from = to;
    }
    QCOMPARE(merged, direct);
    QCOMPARE(merged.total(), quint64(1200));
}

void TestRollup::rollUpSamples_data()
{
    QTest::addColumn<QList<HistorySample>>("samples");
    QTest::addColumn<Resolution>("resolution");
    QTest::addColumn<QStringList>("expected");

    const qint64 midnight = 1'740'960'000'000; // 2025-03-03T00:00Z
    // Out of order on purpose, straddling minute, hour and day boundaries.
    const QList<HistorySample> samples{
        sample(t10 + hour, HealthStatus::Up, 50.0),                                       // 11:00:00.000
        sample(t10 + minute - 1, HealthStatus::Up, 100.0),                                // 10:00:59.999
        sample(midnight - 1, HealthStatus::Paused),                                       // 03-02 23:59:59.999
        sample(t10 + minute, HealthStatus::Down, std::nullopt, FailureClass::Timeout),    // 10:01:00.000
        sample(midnight, HealthStatus::Unknown),                                          // 00:00:00.000
        sample(t10 + 30'000, HealthStatus::RateLimited, 20.0, FailureClass::RateLimited), // 10:00:30
        sample(t10 - 1, HealthStatus::Degraded, 300.0, FailureClass::Condition),          // 09:59:59.999
    };

    QTest::newRow("minutes") << samples << Resolution::Minute
                             << QStringList{
                                    u"1740959940000 paused:1"_s,                                     // 03-02 23:59
                                    u"1740960000000 unknown:1"_s,                                    // 00:00
                                    u"1740995940000 degraded:1 latency:1 condition:1"_s,             // 09:59
                                    u"1740996000000 up:1 rate-limited:1 latency:2 rate-limited:1"_s, // 10:00
                                    u"1740996060000 down:1 timeout:1"_s,                             // 10:01
                                    u"1740999600000 up:1 latency:1"_s,                               // 11:00
                                };
    QTest::newRow("hours") << samples << Resolution::Hour
                           << QStringList{
                                  u"1740956400000 paused:1"_s,                         // 03-02 23:00
                                  u"1740960000000 unknown:1"_s,                        // 00:00
                                  u"1740992400000 degraded:1 latency:1 condition:1"_s, // 09:00
                                  u"1740996000000 up:1 rate-limited:1 down:1 latency:2 timeout:1 rate-limited:1"_s,
                                  u"1740999600000 up:1 latency:1"_s, // 11:00
                              };
    QTest::newRow("days") << samples << Resolution::Day
                          << QStringList{
                                 u"1740873600000 paused:1"_s, // 03-02
                                 u"1740960000000 up:2 unknown:1 rate-limited:1 degraded:1 down:1 latency:4 "
                                 u"timeout:1 condition:1 rate-limited:1"_s,
                             };
    QTest::newRow("around the epoch") << QList<HistorySample>{sample(0, HealthStatus::Up),
                                                              sample(-1, HealthStatus::Down),
                                                              sample(-minute, HealthStatus::Up)}
                                      << Resolution::Minute << QStringList{u"-60000 up:1 down:1"_s, u"0 up:1"_s};
    QTest::newRow("nothing") << QList<HistorySample>{} << Resolution::Hour << QStringList{};
    QTest::newRow("raw: one per distinct time")
        << QList<HistorySample>{sample(5, HealthStatus::Up), sample(3, HealthStatus::Down),
                                sample(5, HealthStatus::Degraded)}
        << Resolution::Raw << QStringList{u"3 down:1"_s, u"5 up:1 degraded:1"_s};
}

void TestRollup::rollUpSamples()
{
    QFETCH(QList<HistorySample>, samples);
    QFETCH(Resolution, resolution);
    QFETCH(QStringList, expected);
    QCOMPARE(describe(rollUp(samples, resolution)), expected);
}

void TestRollup::rollUpFinerEqualsDirect_data()
{
    QTest::addColumn<Resolution>("finer");
    QTest::addColumn<Resolution>("coarser");

    QTest::newRow("minutes to hours") << Resolution::Minute << Resolution::Hour;
    QTest::newRow("minutes to days") << Resolution::Minute << Resolution::Day;
    QTest::newRow("hours to days") << Resolution::Hour << Resolution::Day;
    QTest::newRow("raw to minutes") << Resolution::Raw << Resolution::Minute;
}

// Minute rollups merged into hours must equal rolling the samples up into hours directly: the
// store rolls up in stages and the reader mixes stages.
void TestRollup::rollUpFinerEqualsDirect()
{
    QFETCH(Resolution, finer);
    QFETCH(Resolution, coarser);
    // Two hours and a half of samples starting at 09:30, so the range straddles two hour marks.
    const QList<HistorySample> samples = pseudoRandomSamples(1300, 77);
    QList<Rollup> fine = rollUp(samples, finer);
    QVERIFY(fine.size() > 1);
    std::mt19937 gen(5);
    std::shuffle(fine.begin(), fine.end(), gen); // any order in
    const QList<Rollup> staged = rollUp(fine, coarser);
    const QList<Rollup> direct = rollUp(samples, coarser);
    QCOMPARE(staged, direct);
    for (const Rollup &r : staged)
        QCOMPARE(r.startMs % bucketMs(coarser), qint64(0));
    QVERIFY(std::is_sorted(staged.begin(), staged.end(),
                           [](const Rollup &a, const Rollup &b) { return a.startMs < b.startMs; }));
}

} // namespace gw

QTEST_GUILESS_MAIN(gw::TestRollup)
#include "tst_rollup.moc"
