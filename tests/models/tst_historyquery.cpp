#include "historyquery.h"

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace gw {

namespace {

// 2025-03-03T10:00:00Z, on a whole hour (and minute).
constexpr qint64 now = 1'740'996'000'000;
constexpr qint64 minute = 60'000;
constexpr qint64 hour = 60 * minute;
constexpr qint64 day = 24 * hour;

// "up:3 down:1" at `startMs`.
Rollup rollupAt(qint64 startMs, const QString &counts)
{
    Rollup r;
    r.startMs = startMs;
    for (const QString &part : counts.split(u' ', Qt::SkipEmptyParts)) {
        const QStringList kv = part.split(u':');
        HistorySample sample;
        sample.state = healthStatusFromName(kv.at(0)).value();
        for (int i = 0; i < kv.at(1).toInt(); ++i)
            r.add(sample);
    }
    return r;
}

// "0-20 down 4/1": start-end, worst state, attempts/failures.
QStringList describe(const QList<TimelineCell> &cells)
{
    QStringList result;
    for (const TimelineCell &c : cells)
        result.append(
            u"%1-%2 %3 %4/%5"_s.arg(c.startMs).arg(c.endMs).arg(machineName(c.state)).arg(c.attempts).arg(c.failures));
    return result;
}

} // namespace

class TestHistoryQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retentionOf();
    void pickResolution_data();
    void pickResolution();
    void timelineCells_data();
    void timelineCells();
    void timelineCellsAtScale_data();
    void timelineCellsAtScale();
};

void TestHistoryQuery::retentionOf()
{
    const Retention defaults;
    QCOMPARE(defaults.of(Resolution::Raw), std::chrono::milliseconds(48h));
    QCOMPARE(defaults.of(Resolution::Minute), std::chrono::milliseconds(std::chrono::days(30)));
    QCOMPARE(defaults.of(Resolution::Hour), std::chrono::milliseconds(std::chrono::days(365)));
    QCOMPARE(defaults.of(Resolution::Day), std::nullopt);

    const Retention custom{1h, std::nullopt, 2h, 3h};
    QCOMPARE(custom.of(Resolution::Raw), std::chrono::milliseconds(1h));
    QCOMPARE(custom.of(Resolution::Minute), std::nullopt);
    QCOMPARE(custom.of(Resolution::Hour), std::chrono::milliseconds(2h));
    QCOMPARE(custom.of(Resolution::Day), std::chrono::milliseconds(3h));
}

void TestHistoryQuery::pickResolution_data()
{
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<int>("maxPoints");
    QTest::addColumn<qint64>("interval");
    QTest::addColumn<Retention>("retention");
    QTest::addColumn<Resolution>("expected");

    const Retention defaults; // raw 48 h, minutes 30 d, hours 365 d, days forever
    const qint64 s10 = 10'000;
    // maxPoints 2000: at most 8000 points or buckets.

    // 900 s / 10 s = 90 raw points.
    QTest::newRow("15 min: raw") << now - 15 * minute << now << 2000 << s10 << defaults << Resolution::Raw;
    // 86400 s / 10 s = 8640 raw points > 8000; 1440 minutes.
    QTest::newRow("24 h: minutes") << now - day << now << 2000 << s10 << defaults << Resolution::Minute;
    // 60480 raw points, 10080 minutes > 8000; 168 hours.
    QTest::newRow("7 d: hours") << now - 7 * day << now << 2000 << s10 << defaults << Resolution::Hour;
    // 43200 minutes > 8000; 720 hours, kept for a year.
    QTest::newRow("30 d: hours") << now - 30 * day << now << 2000 << s10 << defaults << Resolution::Hour;
    // 8760 hours > 8000; 365 days.
    QTest::newRow("1 y: days") << now - 365 * day << now << 2000 << s10 << defaults << Resolution::Day;

    // 80000 s / 10 s = 8000 raw points: just allowed; 10 s more is one too many.
    QTest::newRow("exactly 4 x maxPoints raw points")
        << now - 80'000'000 << now << 2000 << s10 << defaults << Resolution::Raw;
    QTest::newRow("one raw point too many") << now - 80'010'000 << now << 2000 << s10 << defaults << Resolution::Minute;
    // 24 h with maxPoints 100 (400 allowed): 8640 raw, 1440 minutes too many; 24 hours.
    QTest::newRow("fewer points wanted") << now - day << now << 100 << s10 << defaults << Resolution::Hour;
    // maxPoints 10 (40 allowed), 40 minutes: 240 raw points. Aligned, the range is 40 minute
    // buckets; shifted by 30 s it touches 41, and the next choice is hours.
    QTest::newRow("40 aligned minutes") << now - 40 * minute << now << 10 << s10 << defaults << Resolution::Minute;
    QTest::newRow("40 minutes across 41 buckets")
        << now - 40 * minute + 30'000 << now + 30'000 << 10 << s10 << defaults << Resolution::Hour;

    // Retention is counted back from now: raw reaches back exactly 48 h, inclusive.
    QTest::newRow("starting exactly 48 h ago: raw")
        << now - 48 * hour << now - 47 * hour << 2000 << s10 << defaults << Resolution::Raw;
    QTest::newRow("starting 1 ms before raw retention: minutes")
        << now - 48 * hour - 1 << now - 47 * hour << 2000 << s10 << defaults << Resolution::Minute;
    // 6 h, only 2160 raw points, but ending 47 h ago it began 53 h ago: minutes.
    QTest::newRow("6 h reaching past raw retention")
        << now - 53 * hour << now - 47 * hour << 2000 << s10 << defaults << Resolution::Minute;
    // One day, 31 days ago: minutes are gone, hours are kept.
    QTest::newRow("a day past minute retention")
        << now - 31 * day << now - 30 * day << 2000 << s10 << defaults << Resolution::Hour;
    QTest::newRow("a day past hour retention")
        << now - 400 * day << now - 399 * day << 2000 << s10 << defaults << Resolution::Day;
    // Days kept for 100 d only and the range begins 400 d ago: nothing reaches, days it is.
    QTest::newRow("nothing reaches back: the coarsest")
        << now - 400 * day << now - 399 * day << 2000 << s10
        << Retention{48h, std::chrono::days(30), std::chrono::days(365), std::chrono::days(100)} << Resolution::Day;
    QTest::newRow("raw kept forever") << now - 365 * day << now - 365 * day + 15 * minute << 2000 << s10
                                      << Retention{std::nullopt, std::nullopt, std::nullopt, std::nullopt}
                                      << Resolution::Raw;

    // No interval known: a sample per millisecond, 900000 raw points; 15 minutes.
    QTest::newRow("unknown interval") << now - 15 * minute << now << 2000 << qint64(0) << defaults
                                      << Resolution::Minute;
    // 1 h at 1 s: 3600 raw points.
    QTest::newRow("a fast check, 1 h") << now - hour << now << 2000 << qint64(1'000) << defaults << Resolution::Raw;
    QTest::newRow("empty range") << now - hour << now - hour << 2000 << s10 << defaults << Resolution::Raw;
    QTest::newRow("in the future") << now + hour << now + 2 * hour << 2000 << s10 << defaults << Resolution::Raw;
}

void TestHistoryQuery::pickResolution()
{
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(int, maxPoints);
    QFETCH(qint64, interval);
    QFETCH(Retention, retention);
    QFETCH(Resolution, expected);
    HistoryQuery query;
    query.integrationId = u"stripe"_s;
    query.fromMs = from;
    query.toMs = to;
    query.maxPoints = maxPoints;
    QCOMPARE(machineName(gw::pickResolution(query, now, retention, interval)), machineName(expected));
}

void TestHistoryQuery::timelineCells_data()
{
    QTest::addColumn<QList<Rollup>>("rollups");
    QTest::addColumn<qint64>("bucket");
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<int>("maxCells");
    QTest::addColumn<QStringList>("expected");

    // [0, 100) in at most 5 cells: 20 wide, two buckets of 10 each. The rollups at -10 and 100
    // lie outside and are left out.
    const QList<Rollup> spread{
        rollupAt(-10, u"down:9"_s),    rollupAt(0, u"up:3"_s),      rollupAt(10, u"down:1"_s),
        rollupAt(30, u"degraded:1"_s), rollupAt(95, u"paused:1"_s), rollupAt(100, u"up:1"_s),
    };
    QTest::newRow("five cells of two buckets")
        << spread << qint64(10) << qint64(0) << qint64(100) << 5
        << QStringList{u"0-20 down 4/1"_s, u"20-40 degraded 1/0"_s, u"40-60 unknown 0/0"_s, u"60-80 unknown 0/0"_s,
                       u"80-100 paused 1/0"_s};
    // The same rollups in another order give the same cells.
    QList<Rollup> reversed = spread;
    std::reverse(reversed.begin(), reversed.end());
    QTest::newRow("rollups in any order")
        << reversed << qint64(10) << qint64(0) << qint64(100) << 5
        << QStringList{u"0-20 down 4/1"_s, u"20-40 degraded 1/0"_s, u"40-60 unknown 0/0"_s, u"60-80 unknown 0/0"_s,
                       u"80-100 paused 1/0"_s};
    // 100 / 5 = 20 is not a whole number of 30-wide buckets: rounded up to 30, which makes
    // ceil(100 / 30) = 4 cells, the last one cut short at 100.
    QTest::newRow("width rounded up to whole buckets")
        << QList<Rollup>{rollupAt(0, u"up:1"_s), rollupAt(30, u"down:2"_s), rollupAt(60, u"rate-limited:1"_s),
                         rollupAt(90, u"up:1"_s)}
        << qint64(30) << qint64(0) << qint64(100) << 5
        << QStringList{u"0-30 up 1/0"_s, u"30-60 down 2/2"_s, u"60-90 rate-limited 1/0"_s, u"90-100 up 1/0"_s};
    // ceil(50 / 120) = 1, but a cell is never narrower than a bucket: 5 cells of 10.
    QTest::newRow("fewer buckets than cells")
        << QList<Rollup>{rollupAt(20, u"up:1 degraded:1"_s)} << qint64(10) << qint64(0) << qint64(50) << 120
        << QStringList{u"0-10 unknown 0/0"_s, u"10-20 unknown 0/0"_s, u"20-30 degraded 2/0"_s, u"30-40 unknown 0/0"_s,
                       u"40-50 unknown 0/0"_s};
    // Raw (bucket 0): ceil(10 / 4) = 3 wide, any width will do. An unknown attempt is not an
    // empty cell: it counts as an attempt.
    QTest::newRow("raw: cells of any width")
        << QList<Rollup>{rollupAt(2, u"up:1"_s), rollupAt(3, u"down:1"_s), rollupAt(9, u"unknown:1"_s)} << qint64(0)
        << qint64(0) << qint64(10) << 4
        << QStringList{u"0-3 up 1/0"_s, u"3-6 down 1/1"_s, u"6-9 unknown 0/0"_s, u"9-10 unknown 1/0"_s};
    // Cells start at `from`; a rollup counts where it starts, so the one at 0 is outside [5, 45).
    QTest::newRow("range not on bucket boundaries")
        << QList<Rollup>{rollupAt(0, u"down:1"_s), rollupAt(10, u"up:1"_s), rollupAt(20, u"up:2"_s),
                         rollupAt(30, u"rate-limited:1"_s), rollupAt(40, u"up:1 down:1"_s)}
        << qint64(10) << qint64(5) << qint64(45) << 2 << QStringList{u"5-25 up 3/0"_s, u"25-45 down 3/1"_s};
    // The hour before the epoch in two cells of 30 minutes; the rollup at -1 min is in the second.
    QTest::newRow("real times, before the epoch too")
        << QList<Rollup>{rollupAt(-hour, u"up:1"_s), rollupAt(-minute, u"down:1"_s)} << minute << -hour << qint64(0)
        << 2 << QStringList{u"-3600000--1800000 up 1/0"_s, u"-1800000-0 down 1/1"_s};
    QTest::newRow("no rollups") << QList<Rollup>{} << qint64(10) << qint64(0) << qint64(30) << 3
                                << QStringList{u"0-10 unknown 0/0"_s, u"10-20 unknown 0/0"_s, u"20-30 unknown 0/0"_s};
    QTest::newRow("empty range") << spread << qint64(10) << qint64(50) << qint64(50) << 5 << QStringList{};
    QTest::newRow("reversed range") << spread << qint64(10) << qint64(100) << qint64(0) << 5 << QStringList{};
    QTest::newRow("no cells allowed") << spread << qint64(10) << qint64(0) << qint64(100) << 0 << QStringList{};
    QTest::newRow("negative cells") << spread << qint64(10) << qint64(0) << qint64(100) << -1 << QStringList{};
}

void TestHistoryQuery::timelineCells()
{
    QFETCH(QList<Rollup>, rollups);
    QFETCH(qint64, bucket);
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(int, maxCells);
    QFETCH(QStringList, expected);
    QCOMPARE(describe(gw::timelineCells(rollups, bucket, from, to, maxCells)), expected);
}

void TestHistoryQuery::timelineCellsAtScale_data()
{
    QTest::addColumn<qint64>("bucket");
    QTest::addColumn<qint64>("span");
    QTest::addColumn<int>("maxCells");
    QTest::addColumn<int>("cells");
    QTest::addColumn<qint64>("width");

    // 86400000 / 120 = 720000 = 12 minutes, a whole number of minutes.
    QTest::newRow("a day of minutes") << minute << day << 120 << 120 << 12 * minute;
    // 604800000 / 120 = 5040000 = 1.4 h, rounded up to 2 h: 84 cells.
    QTest::newRow("a week of hours") << hour << 7 * day << 120 << 84 << 2 * hour;
    // 30 s per cell would split an hour rollup: one cell of an hour.
    QTest::newRow("an hour of hours") << hour << hour << 120 << 1 << hour;
    // 365 days in 120 cells: 3.04 days, rounded up to 4: ceil(365 / 4) = 92 cells.
    QTest::newRow("a year of days") << day << 365 * day << 120 << 92 << 4 * day;
    // 15 min of raw samples in 120 cells of 7.5 s.
    QTest::newRow("15 min raw") << qint64(0) << 15 * minute << 120 << 120 << qint64(7'500);
}

// One rollup per bucket, all up: every cell has its share, the cells tile [from, to).
void TestHistoryQuery::timelineCellsAtScale()
{
    QFETCH(qint64, bucket);
    QFETCH(qint64, span);
    QFETCH(int, maxCells);
    QFETCH(int, cells);
    QFETCH(qint64, width);
    const qint64 from = now - span;
    const qint64 step = bucket > 0 ? bucket : 2'500; // raw: three attempts per 7.5 s cell
    QList<Rollup> rollups;
    for (qint64 t = from; t < now; t += step)
        rollups.append(rollupAt(t, u"up:1"_s));

    const QList<TimelineCell> result = gw::timelineCells(rollups, bucket, from, now, maxCells);
    QCOMPARE(result.size(), cells);
    qint64 attempts = 0;
    for (qsizetype i = 0; i < result.size(); ++i) {
        const TimelineCell &c = result.at(i);
        QCOMPARE(c.startMs, from + i * width);
        QCOMPARE(c.endMs, std::min(c.startMs + width, now));
        QCOMPARE(c.state, HealthStatus::Up);
        attempts += c.attempts;
    }
    QCOMPARE(attempts, static_cast<qint64>(rollups.size()));
}

} // namespace gw

QTEST_GUILESS_MAIN(gw::TestHistoryQuery)
#include "tst_historyquery.moc"
