#include "../expectedjson.h"
#include "scorecard.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTest>

#include <cmath>
#include <utility>

using namespace gw;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

using RollupMap = QHash<QString, QList<Rollup>>;
using Usage = QMap<QString, double>;

Q_DECLARE_METATYPE(gw::Period)
Q_DECLARE_METATYPE(RollupMap)
Q_DECLARE_METATYPE(QList<gw::Exclusion>)
Q_DECLARE_METATYPE(QList<gw::CreditTier>)
Q_DECLARE_METATYPE(QList<gw::AlertIncident>)
Q_DECLARE_METATYPE(QList<gw::IncidentEvent>)
Q_DECLARE_METATYPE(std::optional<gw::VendorCost>)

namespace {

constexpr qint64 minute = 60'000;
constexpr qint64 hour = 60 * minute;
constexpr qint64 day = 24 * hour;

// Missing values in the tables.
constexpr double none = -1;

qint64 at(const char *iso)
{
    const QDateTime time = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    if (!time.isValid())
        qFatal("bad time in a test table: %s", iso);
    return time.toMSecsSinceEpoch();
}

QTimeZone zone(const char *id)
{
    QTimeZone z{QByteArray(id)};
    if (!z.isValid())
        qFatal("no time zone %s on this system", id);
    return z;
}

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

// "up:97@250 rate-limited:2/rate-limited@250 down:1/http-status": per token a state and a count,
// optionally the attempts' failure class after "/" and their latency in ms after "@".
Rollup rollup(qint64 startMs, const QString &counts)
{
    Rollup r;
    r.startMs = startMs;
    for (const QString &token : counts.split(u' ', Qt::SkipEmptyParts)) {
        QString rest = token;
        HistorySample s;
        if (const qsizetype sign = rest.indexOf(u'@'); sign >= 0) {
            s.latencyMs = rest.sliced(sign + 1).toDouble();
            rest.truncate(sign);
        }
        if (const qsizetype slash = rest.indexOf(u'/'); slash >= 0) {
            s.failureClass = failureClassFromName(rest.sliced(slash + 1)).value();
            rest.truncate(slash);
        }
        const qsizetype colon = rest.indexOf(u':');
        s.state = healthStatusFromName(rest.first(colon)).value();
        const int n = rest.sliced(colon + 1).toInt();
        for (int i = 0; i < n; ++i)
            r.add(s);
    }
    return r;
}

// Integration id -> (bucket index from `base` in buckets of `width`, counts).
RollupMap rollups(std::initializer_list<std::pair<QString, QList<std::pair<int, QString>>>> spec,
                  qint64 base = at("2026-11-02T00:00:00Z"), qint64 width = hour)
{
    RollupMap map;
    for (const auto &[id, buckets] : spec) {
        for (const auto &[index, counts] : buckets)
            map[id].append(rollup(base + index * width, counts));
    }
    return map;
}

// An exclusion on 2026-11-02 (UTC) from `from` to `to` ("HH:mm").
Exclusion exclusion(Exclusion::Reason reason, const char *from, const char *to, const QString &label = {})
{
    const auto time = [](const char *hhmm) { return at(QByteArray("2026-11-02T"_ba + hhmm + ":00Z").constData()); };
    return Exclusion{time(from), time(to), reason, label};
}

VendorSpec vendorWith(std::optional<double> targetPct = std::nullopt, QList<CreditTier> credits = {})
{
    VendorSpec v;
    v.id = u"acme"_s;
    v.name = u"Acme Payments"_s;
    v.integrations = {u"a"_s, u"b"_s};
    v.contract.availabilityPct = targetPct;
    v.contract.credits = std::move(credits);
    return v;
}

QList<CreditTier> usualTiers()
{
    // Below 99.9 %: 10 % of the month's fee; below 99 %: 25 %; below 95 %: 50 %.
    return {{99.9, 10}, {99.0, 25}, {95.0, 50}};
}

std::optional<double> opt(double value)
{
    return value == none ? std::nullopt : std::optional<double>(value);
}

bool near(std::optional<double> actual, double expected, double tolerance = 1e-6)
{
    if (expected == none)
        return !actual;
    return actual && std::abs(*actual - expected) <= tolerance;
}

QByteArray show(std::optional<double> value)
{
    return value ? QByteArray::number(*value, 'g', 17) : "none"_ba;
}

QByteArray show(std::optional<bool> value)
{
    return value ? (*value ? "true"_ba : "false"_ba) : "none"_ba;
}

QByteArray show(std::optional<int> value)
{
    return value ? QByteArray::number(*value) : "none"_ba;
}

#define COMPARE_NEAR(actual, expected)                                                                                 \
    QVERIFY2(                                                                                                          \
        near((actual), (expected)),                                                                                    \
        QByteArray("actual " + show(actual) + ", expected " + show(opt(expected)) + " (" #actual ")").constData())

// Optionals compared exactly, with both sides shown on failure.
#define COMPARE_OPT(actual, expected)                                                                                  \
    do {                                                                                                               \
        const auto a_ = (actual);                                                                                      \
        const decltype(a_) e_ = (expected);                                                                            \
        QVERIFY2(a_ == e_,                                                                                             \
                 QByteArray("actual " + show(a_) + ", expected " + show(e_) + " (" #actual ")").constData());          \
    } while (false)

} // namespace

class tst_Scorecard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // ---- periods ----

    void calendarPeriods_data()
    {
        QTest::addColumn<QTimeZone>("zone");
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("month"); // 0: a quarter
        QTest::addColumn<int>("quarter");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<int>("hours");

        const QTimeZone utc = QTimeZone::utc();
        const QTimeZone berlin = zone("Europe/Berlin");
        // 28 days.
        QTest::newRow("UTC February") << utc << 2026 << 2 << 0 << u"2026-02-01T00:00:00Z"_s << u"2026-03-01T00:00:00Z"_s
                                      << 28 * 24;
        QTest::newRow("UTC February of a leap year")
            << utc << 2024 << 2 << 0 << u"2024-02-01T00:00:00Z"_s << u"2024-03-01T00:00:00Z"_s << 29 * 24;
        // Berlin is UTC+1 in winter, UTC+2 from 2026-03-29 02:00 to 2026-10-25 03:00.
        // March: 31 days less the hour skipped on the 29th.
        QTest::newRow("Berlin March, clocks forward")
            << berlin << 2026 << 3 << 0 << u"2026-02-28T23:00:00Z"_s << u"2026-03-31T22:00:00Z"_s << 31 * 24 - 1;
        // October: 31 days and the hour repeated on the 25th.
        QTest::newRow("Berlin October, clocks back")
            << berlin << 2026 << 10 << 0 << u"2026-09-30T22:00:00Z"_s << u"2026-10-31T23:00:00Z"_s << 31 * 24 + 1;
        QTest::newRow("Berlin December, into the next year")
            << berlin << 2026 << 12 << 0 << u"2026-11-30T23:00:00Z"_s << u"2026-12-31T23:00:00Z"_s << 31 * 24;
        // New York: UTC-5, UTC-4 from 2026-03-08 07:00Z to 2026-11-01 06:00Z.
        QTest::newRow("New York March") << zone("America/New_York") << 2026 << 3 << 0 << u"2026-03-01T05:00:00Z"_s
                                        << u"2026-04-01T04:00:00Z"_s << 31 * 24 - 1;
        QTest::newRow("New York November") << zone("America/New_York") << 2026 << 11 << 0 << u"2026-11-01T04:00:00Z"_s
                                           << u"2026-12-01T05:00:00Z"_s << 30 * 24 + 1;
        // Sydney, southern summer: UTC+11 until 2026-04-05, UTC+10 until 2026-10-04.
        QTest::newRow("Sydney April, clocks back")
            << zone("Australia/Sydney") << 2026 << 4 << 0 << u"2026-03-31T13:00:00Z"_s << u"2026-04-30T14:00:00Z"_s
            << 30 * 24 + 1;
        QTest::newRow("Sydney October, clocks forward")
            << zone("Australia/Sydney") << 2026 << 10 << 0 << u"2026-09-30T14:00:00Z"_s << u"2026-10-31T13:00:00Z"_s
            << 31 * 24 - 1;
        // Paraguay moved its clocks from 2017-10-01 00:00 (UTC-4) to 01:00 (UTC-3): that day had
        // no midnight, so October starts at 01:00 local, 04:00Z, which is where September ends.
        QTest::newRow("Asuncion September, the next midnight skipped")
            << zone("America/Asuncion") << 2017 << 9 << 0 << u"2017-09-01T04:00:00Z"_s << u"2017-10-01T04:00:00Z"_s
            << 30 * 24;
        QTest::newRow("Asuncion October, starting at 01:00")
            << zone("America/Asuncion") << 2017 << 10 << 0 << u"2017-10-01T04:00:00Z"_s << u"2017-11-01T03:00:00Z"_s
            << 31 * 24 - 1;
        // Kolkata is UTC+5:30 all year.
        QTest::newRow("Kolkata November") << zone("Asia/Kolkata") << 2026 << 11 << 0 << u"2026-10-31T18:30:00Z"_s
                                          << u"2026-11-30T18:30:00Z"_s << 30 * 24;
        // Q1: 31 + 28 + 31 = 90 days, less the hour of 2026-03-29.
        QTest::newRow("Berlin Q1") << berlin << 2026 << 0 << 1 << u"2025-12-31T23:00:00Z"_s << u"2026-03-31T22:00:00Z"_s
                                   << 90 * 24 - 1;
        // Q4: 31 + 30 + 31 = 92 days, plus the hour of 2026-10-25.
        QTest::newRow("Berlin Q4") << berlin << 2026 << 0 << 4 << u"2026-09-30T22:00:00Z"_s << u"2026-12-31T23:00:00Z"_s
                                   << 92 * 24 + 1;
        QTest::newRow("UTC Q2") << utc << 2026 << 0 << 2 << u"2026-04-01T00:00:00Z"_s << u"2026-07-01T00:00:00Z"_s
                                << 91 * 24;
    }

    void calendarPeriods()
    {
        QFETCH(QTimeZone, zone);
        QFETCH(int, year);
        QFETCH(int, month);
        QFETCH(int, quarter);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(int, hours);

        const Period p = month > 0 ? calendarMonth(year, month, zone) : calendarQuarter(year, quarter, zone);
        QCOMPARE(iso(p.fromMs), from);
        QCOMPARE(iso(p.toMs), to);
        QCOMPARE(p.lengthMs(), hours * hour);
    }

    void calendarPeriodsOutOfRange()
    {
        QVERIFY(calendarMonth(2026, 0, QTimeZone::utc()).isEmpty());
        QVERIFY(calendarMonth(2026, 13, QTimeZone::utc()).isEmpty());
        QVERIFY(calendarQuarter(2026, 0, QTimeZone::utc()).isEmpty());
        QVERIFY(calendarQuarter(2026, 5, QTimeZone::utc()).isEmpty());
        QVERIFY(calendarMonth(2026, 1, QTimeZone()).isEmpty());
    }

    void parsePeriod_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QTimeZone>("zone");
        QTest::addColumn<QString>("from"); // empty: rejected
        QTest::addColumn<QString>("to");

        const QTimeZone utc = QTimeZone::utc();
        const QTimeZone berlin = zone("Europe/Berlin");
        QTest::newRow("month") << u"2026-11"_s << utc << u"2026-11-01T00:00:00Z"_s << u"2026-12-01T00:00:00Z"_s;
        QTest::newRow("month in Berlin, spaces around")
            << u" 2026-03 "_s << berlin << u"2026-02-28T23:00:00Z"_s << u"2026-03-31T22:00:00Z"_s;
        QTest::newRow("quarter") << u"2026-Q4"_s << utc << u"2026-10-01T00:00:00Z"_s << u"2027-01-01T00:00:00Z"_s;
        QTest::newRow("quarter, lower-case q")
            << u"2026-q1"_s << berlin << u"2025-12-31T23:00:00Z"_s << u"2026-03-31T22:00:00Z"_s;
        // Whole days, both included: 3 to 16 November is 14 days, Berlin at UTC+1.
        QTest::newRow("days") << u"2026-11-03/2026-11-16"_s << berlin << u"2026-11-02T23:00:00Z"_s
                              << u"2026-11-16T23:00:00Z"_s;
        // 28 March (24 h) and 29 March (23 h): 47 hours.
        QTest::newRow("days over the clock change")
            << u"2026-03-28/2026-03-29"_s << berlin << u"2026-03-27T23:00:00Z"_s << u"2026-03-29T22:00:00Z"_s;
        QTest::newRow("one day") << u"2026-11-03/2026-11-03"_s << utc << u"2026-11-03T00:00:00Z"_s
                                 << u"2026-11-04T00:00:00Z"_s;
        QTest::newRow("days across a year")
            << u"2026-12-31/2027-01-01"_s << utc << u"2026-12-31T00:00:00Z"_s << u"2027-01-02T00:00:00Z"_s;
        for (const char *bad : {"",
                                "2026",
                                "2026-13",
                                "2026-00",
                                "2026-1",
                                "26-11",
                                "2026/11",
                                "2026-11x",
                                "+026-11",
                                "2026-Q",
                                "2026-Q0",
                                "2026-Q5",
                                "2026-H1",
                                "0000-01",
                                "2026-11-17/2026-11-03",
                                "2026-02-30/2026-03-01",
                                "2026-11-03/",
                                "/2026-11-03",
                                "2026-11-3/2026-11-04",
                                "2026-11-03/2026-11-04/2026-11-05",
                                "２０２６-11"}) {
            QTest::newRow(qPrintable(u"rejects \""_s + QString::fromUtf8(bad) + u'"'))
                << QString::fromUtf8(bad) << utc << QString() << QString();
        }
    }

    void parsePeriod()
    {
        QFETCH(QString, text);
        QFETCH(QTimeZone, zone);
        QFETCH(QString, from);
        QFETCH(QString, to);

        const std::optional<Period> p = gw::parsePeriod(text, zone);
        if (from.isEmpty()) {
            QVERIFY(!p);
            return;
        }
        QVERIFY(p);
        QCOMPARE(iso(p->fromMs), from);
        QCOMPARE(iso(p->toMs), to);
    }

    void previousPeriod_data()
    {
        QTest::addColumn<QTimeZone>("zone");
        QTest::addColumn<Period>("period");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");

        const QTimeZone utc = QTimeZone::utc();
        const QTimeZone berlin = zone("Europe/Berlin");
        QTest::newRow("January: December before")
            << utc << calendarMonth(2026, 1, utc) << u"2025-12-01T00:00:00Z"_s << u"2026-01-01T00:00:00Z"_s;
        // Berlin April (720 h) follows March, 743 h: a calendar month, not 720 h back.
        QTest::newRow("Berlin April: March, an hour short")
            << berlin << calendarMonth(2026, 4, berlin) << u"2026-02-28T23:00:00Z"_s << u"2026-03-31T22:00:00Z"_s;
        QTest::newRow("Q1: Q4 of the year before")
            << berlin << calendarQuarter(2026, 1, berlin) << u"2025-09-30T22:00:00Z"_s << u"2025-12-31T23:00:00Z"_s;
        QTest::newRow("Q3: Q2") << berlin << calendarQuarter(2026, 3, berlin) << u"2026-03-31T22:00:00Z"_s
                                << u"2026-06-30T22:00:00Z"_s;
        // 14 days back from 3 November.
        QTest::newRow("custom days: as long, just before")
            << utc << Period{at("2026-11-03T00:00:00Z"), at("2026-11-17T00:00:00Z")} << u"2026-10-20T00:00:00Z"_s
            << u"2026-11-03T00:00:00Z"_s;
        // Berlin's March is not a month in UTC: 743 h = 30 days 23 h before 2026-02-28T23:00Z.
        QTest::newRow("another zone's month is a custom span")
            << utc << calendarMonth(2026, 3, berlin) << u"2026-01-29T00:00:00Z"_s << u"2026-02-28T23:00:00Z"_s;
        // January and February: 59 days before 1 January (61 back would be 1 November).
        QTest::newRow("two months are a custom span")
            << utc << Period{at("2026-01-01T00:00:00Z"), at("2026-03-01T00:00:00Z")} << u"2025-11-03T00:00:00Z"_s
            << u"2026-01-01T00:00:00Z"_s;
    }

    void previousPeriod()
    {
        QFETCH(QTimeZone, zone);
        QFETCH(Period, period);
        QFETCH(QString, from);
        QFETCH(QString, to);

        const Period p = gw::previousPeriod(period, zone);
        QCOMPARE(iso(p.fromMs), from);
        QCOMPARE(iso(p.toMs), to);
    }

    void monthsIn_data()
    {
        QTest::addColumn<QTimeZone>("zone");
        QTest::addColumn<Period>("period");
        QTest::addColumn<double>("months");
        QTest::addColumn<QStringList>("pieces"); // splitByMonth, "from/to"

        const QTimeZone utc = QTimeZone::utc();
        const QTimeZone berlin = zone("Europe/Berlin");
        QTest::newRow("a month") << utc << calendarMonth(2026, 11, utc) << 1.0
                                 << QStringList{u"2026-11-01T00:00:00Z/2026-12-01T00:00:00Z"_s};
        QTest::newRow("a quarter in Berlin") << berlin << calendarQuarter(2026, 1, berlin) << 3.0
                                             << QStringList{u"2025-12-31T23:00:00Z/2026-01-31T23:00:00Z"_s,
                                                            u"2026-01-31T23:00:00Z/2026-02-28T23:00:00Z"_s,
                                                            u"2026-02-28T23:00:00Z/2026-03-31T22:00:00Z"_s};
        // 15 of November's 30 days.
        QTest::newRow("half of November") << utc << Period{at("2026-11-16T00:00:00Z"), at("2026-12-01T00:00:00Z")}
                                          << 0.5 << QStringList{u"2026-11-16T00:00:00Z/2026-12-01T00:00:00Z"_s};
        // 15/30 of November and 15/31 of December: 0.5 + 0.483870968 = 0.983870968.
        QTest::newRow("across two months")
            << utc << Period{at("2026-11-16T00:00:00Z"), at("2026-12-16T00:00:00Z")} << 0.5 + 15.0 / 31.0
            << QStringList{u"2026-11-16T00:00:00Z/2026-12-01T00:00:00Z"_s,
                           u"2026-12-01T00:00:00Z/2026-12-16T00:00:00Z"_s};
        // 29 March 2026 in Berlin has 23 hours, of March's 743.
        QTest::newRow("the short day in Berlin")
            << berlin << Period{at("2026-03-28T23:00:00Z"), at("2026-03-29T22:00:00Z")} << 23.0 / 743.0
            << QStringList{u"2026-03-28T23:00:00Z/2026-03-29T22:00:00Z"_s};
        QTest::newRow("empty") << utc << Period{at("2026-11-16T00:00:00Z"), at("2026-11-16T00:00:00Z")} << 0.0
                               << QStringList{};
    }

    void monthsIn()
    {
        QFETCH(QTimeZone, zone);
        QFETCH(Period, period);
        QFETCH(double, months);
        QFETCH(QStringList, pieces);

        COMPARE_NEAR(std::optional<double>(gw::monthsIn(period, zone)), months);
        QStringList actual;
        for (const Period &p : splitByMonth(period, zone))
            actual.append(iso(p.fromMs) + u'/' + iso(p.toMs));
        QCOMPARE(actual, pieces);
    }

    // ---- availability ----

    // The period is 2026-11-02 00:00–04:00 UTC, four hourly buckets h0–h3, unless a row says
    // otherwise; the numbers are minutes.
    void availability_data()
    {
        QTest::addColumn<RollupMap>("rollups");
        QTest::addColumn<QList<Exclusion>>("exclusions");
        QTest::addColumn<qint64>("bucketMs");
        QTest::addColumn<qint64>("toMs"); // the period's end
        QTest::addColumn<double>("availability");
        QTest::addColumn<double>("downtime");
        QTest::addColumn<double>("monitored");
        QTest::addColumn<QList<double>>("excluded"); // offline, paused, maintenance

        using R = Exclusion::Reason;
        const qint64 end = at("2026-11-02T04:00:00Z");
        const QList<double> noneExcluded{0, 0, 0};
        const QList<std::pair<int, QString>> allUp{{0, u"up:60"_s}, {1, u"up:60"_s}, {2, u"up:60"_s}, {3, u"up:60"_s}};

        // 4 × 60 min monitored, nothing down.
        QTest::newRow("all up") << rollups({{u"a"_s, allUp}}) << QList<Exclusion>{} << hour << end << 100.0 << 0.0
                                << 240.0 << noneExcluded;
        // h0: 15 of 60 attempts down -> 60 × 15/60 = 15 min; 100 × (1 - 15/240) = 93.75.
        QTest::newRow("a quarter of one hour down")
            << rollups({{u"a"_s, {{0, u"up:45 down:15"_s}, {1, u"up:60"_s}, {2, u"up:60"_s}, {3, u"up:60"_s}}}})
            << QList<Exclusion>{} << hour << end << 93.75 << 15.0 << 240.0 << noneExcluded;
        // Degraded and rate-limited attempts are the vendor answering: h0 counts as up.
        QTest::newRow("degraded and rate-limited are up")
            << rollups({{u"a"_s, {{0, u"degraded:30 rate-limited:30/rate-limited"_s}}}}) << QList<Exclusion>{} << hour
            << end << 100.0 << 0.0 << 60.0 << noneExcluded;
        // h1 has no bucket: 180 min monitored, h0 (60 min) down: 100 × (1 - 60/180) = 66.666666667.
        QTest::newRow("an hour without data is not monitored")
            << rollups({{u"a"_s, {{0, u"down:60"_s}, {2, u"up:60"_s}, {3, u"up:60"_s}}}}) << QList<Exclusion>{} << hour
            << end << 100.0 * 2 / 3 << 60.0 << 180.0 << noneExcluded;
        // h0 only unknown and paused attempts: not monitored; h1 half down: 30 of 60 min.
        QTest::newRow("unknown and paused attempts say nothing")
            << rollups({{u"a"_s, {{0, u"unknown:10 paused:1"_s}, {1, u"up:30 down:30"_s}}}}) << QList<Exclusion>{}
            << hour << end << 50.0 << 30.0 << 60.0 << noneExcluded;
        // h0: the 10 down attempts all failed for the local network -> 50 judged, none down.
        // h1: 30 down, 10 of them local -> 20 down of 50 judged = 0.4 -> 24 min.
        // 100 × (1 - 24/120) = 80.
        QTest::newRow("local-network failures are the workstation's") << rollups(
            {{u"a"_s, {{0, u"up:50 down:10/local-network"_s}, {1, u"up:30 down:10/local-network down:20/timeout"_s}}}})
                                                                      << QList<Exclusion>{} << hour << end << 80.0
                                                                      << 24.0 << 120.0 << noneExcluded;
        // h0: a 0, b 15/60 = 0.25 -> 15 min; h1: a 30/60 = 0.5, b 6/60 = 0.1 -> 30 min.
        // 45 down of 120: 100 × (1 - 45/120) = 62.5.
        QTest::newRow("the worst integration per bucket")
            << rollups({{u"a"_s, {{0, u"up:60"_s}, {1, u"up:30 down:30"_s}}},
                        {u"b"_s, {{0, u"up:45 down:15"_s}, {1, u"up:54 down:6"_s}}}})
            << QList<Exclusion>{} << hour << end << 62.5 << 45.0 << 120.0 << noneExcluded;
        // h0: a all down, b paused (says nothing) -> 1.0; h1: only b, up. 60 down of 120.
        QTest::newRow("an integration without data does not dilute")
            << rollups({{u"a"_s, {{0, u"down:60"_s}}}, {u"b"_s, {{0, u"paused:1"_s}, {1, u"up:60"_s}}}})
            << QList<Exclusion>{} << hour << end << 50.0 << 60.0 << 120.0 << noneExcluded;
        // Maintenance 01:00–01:30: h1 monitors 30 min, half down -> 15 min.
        // Monitored 60 + 30 + 60 + 60 = 210; 100 × (1 - 15/210) = 92.857142857.
        QTest::newRow("maintenance excluded")
            << rollups({{u"a"_s, {{0, u"up:60"_s}, {1, u"up:30 down:30"_s}, {2, u"up:60"_s}, {3, u"up:60"_s}}}})
            << QList<Exclusion>{exclusion(R::Maintenance, "01:00", "01:30", u"DB upgrade"_s)} << hour << end
            << 100.0 * (1 - 15.0 / 210.0) << 15.0 << 210.0 << QList<double>{0, 0, 30};
        // Offline 00:30–01:30, paused 01:00–02:15, maintenance 02:00–02:30: together 00:30–02:30,
        // 120 min. Monitored: h0 30, h1 0, h2 30 (02:30–03:00), h3 60 = 120. h2 all down: 30 min.
        // 100 × (1 - 30/120) = 75. Per reason, maintenance first (30), then offline (00:30–01:30,
        // 60), then paused (what is left of it: 01:30–02:00, 30).
        QTest::newRow("overlapping exclusions count once")
            << rollups({{u"a"_s, {{0, u"up:60"_s}, {1, u"up:60"_s}, {2, u"down:60"_s}, {3, u"up:60"_s}}}})
            << QList<Exclusion>{exclusion(R::Paused, "01:00", "02:15"), exclusion(R::Offline, "00:30", "01:30"),
                                exclusion(R::Maintenance, "02:00", "02:30")}
            << hour << end << 75.0 << 30.0 << 120.0 << QList<double>{60, 30, 30};
        // Two offline spans 00:00–00:40 and 00:20–01:00 are 00:00–01:00: 60 min, not 80.
        QTest::newRow("overlapping spans of one reason")
            << rollups({{u"a"_s, allUp}})
            << QList<Exclusion>{exclusion(R::Offline, "00:00", "00:40"), exclusion(R::Offline, "00:20", "01:00")}
            << hour << end << 100.0 << 0.0 << 180.0 << QList<double>{60, 0, 0};
        // Offline from 22:00 the day before to 00:30: only 00:00–00:30 is inside.
        QTest::newRow("exclusions clipped to the period")
            << rollups({{u"a"_s, allUp}})
            << QList<Exclusion>{Exclusion{at("2026-11-01T22:00:00Z"), at("2026-11-02T00:30:00Z"), R::Offline, {}},
                                Exclusion{at("2026-11-02T05:00:00Z"), at("2026-11-02T06:00:00Z"), R::Maintenance, {}}}
            << hour << end << 100.0 << 0.0 << 210.0 << QList<double>{30, 0, 0};
        // An exclusion that ends before it starts is nothing.
        QTest::newRow("a reversed exclusion is ignored")
            << rollups({{u"a"_s, allUp}}) << QList<Exclusion>{exclusion(R::Offline, "01:00", "00:00")} << hour << end
            << 100.0 << 0.0 << 240.0 << noneExcluded;
        // Buckets before 00:00 and from 04:00 on are someone else's period.
        QTest::newRow("buckets outside the period")
            << rollups({{u"a"_s, {{-1, u"down:60"_s}, {0, u"up:60"_s}, {4, u"down:60"_s}}}}) << QList<Exclusion>{}
            << hour << end << 100.0 << 0.0 << 60.0 << noneExcluded;
        QTest::newRow("nothing monitored") << rollups({{u"a"_s, {{0, u"paused:1"_s}}}}) << QList<Exclusion>{} << hour
                                           << end << none << 0.0 << 0.0 << noneExcluded;
        QTest::newRow("no integrations") << RollupMap{} << QList<Exclusion>{} << hour << end << none << 0.0 << 0.0
                                         << noneExcluded;
        QTest::newRow("everything excluded")
            << rollups({{u"a"_s, {{0, u"down:60"_s}, {1, u"up:60"_s}, {2, u"up:60"_s}, {3, u"up:60"_s}}}})
            << QList<Exclusion>{exclusion(R::Maintenance, "00:00", "04:00")} << hour << end << none << 0.0 << 0.0
            << QList<double>{0, 0, 240};
        // A day bucket (18 up, 6 down: 0.25) clipped to the 240 min of the period: 60 min down.
        QTest::newRow("a day bucket clipped to the period")
            << rollups({{u"a"_s, {{0, u"up:18 down:6"_s}}}}, at("2026-11-02T00:00:00Z"), day) << QList<Exclusion>{}
            << day << end << 75.0 << 60.0 << 240.0 << noneExcluded;
        // Period 00:00–01:30: h1 counts for its first 30 min. h0 up; h1 all down: 30 of 90 min.
        // 100 × (1 - 30/90) = 66.666666667.
        QTest::newRow("a bucket cut by the period's end")
            << rollups({{u"a"_s, {{0, u"up:60"_s}, {1, u"down:60"_s}}}}) << QList<Exclusion>{} << hour
            << at("2026-11-02T01:30:00Z") << 100.0 * 2 / 3 << 30.0 << 90.0 << noneExcluded;
    }

    void availability()
    {
        QFETCH(RollupMap, rollups);
        QFETCH(QList<Exclusion>, exclusions);
        QFETCH(qint64, bucketMs);
        QFETCH(qint64, toMs);
        QFETCH(double, availability);
        QFETCH(double, downtime);
        QFETCH(double, monitored);
        QFETCH(QList<double>, excluded);

        ScorecardInput input;
        input.vendor = vendorWith();
        input.period = {at("2026-11-02T00:00:00Z"), toMs};
        input.rollups = rollups;
        input.bucketMs = bucketMs;
        input.exclusions = exclusions;
        const Scorecard card = computeScorecard(input);

        COMPARE_NEAR(card.availabilityPct, availability);
        COMPARE_NEAR(std::optional<double>(card.downMs / minute), downtime);
        QCOMPARE(card.monitoredMs, qint64(monitored * minute));
        const QList<double> actual{double(card.excludedOfflineMs) / minute, double(card.excludedPausedMs) / minute,
                                   double(card.excludedMaintenanceMs) / minute};
        QCOMPARE(actual, excluded);
    }

    // Hourly buckets, all up, from a day before to a day after the local month: the monitored
    // time is the local month's length.
    void monitoredFollowsTheLocalMonth_data()
    {
        QTest::addColumn<QTimeZone>("zone");
        QTest::addColumn<int>("month");
        QTest::addColumn<int>("hours");

        QTest::newRow("Berlin March 2026") << zone("Europe/Berlin") << 3 << 31 * 24 - 1;
        QTest::newRow("Berlin October 2026") << zone("Europe/Berlin") << 10 << 31 * 24 + 1;
        // Kolkata's month starts at 18:30Z: a half hour of the first and of the last bucket.
        QTest::newRow("Kolkata November 2026") << zone("Asia/Kolkata") << 11 << 30 * 24;
    }

    void monitoredFollowsTheLocalMonth()
    {
        QFETCH(QTimeZone, zone);
        QFETCH(int, month);
        QFETCH(int, hours);

        ScorecardInput input;
        input.vendor = vendorWith(99.9);
        input.zone = zone;
        input.period = calendarMonth(2026, month, zone);
        const qint64 first = bucketStart(input.period.fromMs - day, Resolution::Hour);
        for (qint64 t = first; t < input.period.toMs + day; t += hour)
            input.rollups[u"a"_s].append(rollup(t, u"up:60"_s));
        const Scorecard card = computeScorecard(input);
        QCOMPARE(card.monitoredMs, hours * hour);
        QCOMPARE(card.monthly.size(), 1);
        QCOMPARE(card.monthly.constFirst().monitoredMs, hours * hour);
        COMPARE_OPT(card.availabilityPct, 100.0);
        COMPARE_OPT(card.slaMet, true);
    }

    // ---- SLA and credits ----

    // November 2026 (UTC) as one bucket of the whole month, so the counts give the availability
    // directly; the monthly fee is 1,000.
    void sla_data()
    {
        QTest::addColumn<double>("target"); // none: no target in the contract
        QTest::addColumn<QList<CreditTier>>("tiers");
        QTest::addColumn<QString>("counts");
        QTest::addColumn<double>("availability");
        QTest::addColumn<int>("met"); // -1: none
        QTest::addColumn<double>("creditPct");
        QTest::addColumn<double>("credit"); // creditPct % of 1,000

        const QList<CreditTier> tiers = usualTiers();
        QTest::newRow("all up") << 99.9 << tiers << u"up:1000"_s << 100.0 << 1 << 0.0 << 0.0;
        // 999/1000 = 99.9 %: exactly the target is met, and not below the first tier.
        QTest::newRow("exactly the target") << 99.9 << tiers << u"up:999 down:1"_s << 99.9 << 1 << 0.0 << 0.0;
        QTest::newRow("just below the target") << 99.9 << tiers << u"up:9989 down:11"_s << 99.89 << 0 << 10.0 << 100.0;
        // 990/1000 = 99.0: below 99.9, not below 99.0.
        QTest::newRow("exactly the second bound") << 99.9 << tiers << u"up:990 down:10"_s << 99.0 << 0 << 10.0 << 100.0;
        QTest::newRow("below the second bound") << 99.9 << tiers << u"up:989 down:11"_s << 98.9 << 0 << 25.0 << 250.0;
        QTest::newRow("the deepest tier") << 99.9 << tiers << u"up:949 down:51"_s << 94.9 << 0 << 50.0 << 500.0;
        QTest::newRow("tiers in any order") << 99.9 << QList<CreditTier>{{95.0, 50}, {99.9, 10}, {99.0, 25}}
                                            << u"up:989 down:11"_s << 98.9 << 0 << 25.0 << 250.0;
        QTest::newRow("no target: credits still apply")
            << none << tiers << u"up:998 down:2"_s << 99.8 << -1 << 10.0 << 100.0;
        QTest::newRow("a target without tiers")
            << 99.5 << QList<CreditTier>{} << u"up:99 down:1"_s << 99.0 << 0 << 0.0 << 0.0;
        QTest::newRow("no data") << 99.9 << tiers << u"paused:1"_s << none << -1 << none << none;
    }

    void sla()
    {
        QFETCH(double, target);
        QFETCH(QList<CreditTier>, tiers);
        QFETCH(QString, counts);
        QFETCH(double, availability);
        QFETCH(int, met);
        QFETCH(double, creditPct);
        QFETCH(double, credit);

        ScorecardInput input;
        input.vendor = vendorWith(opt(target), tiers);
        input.vendor.cost = VendorCost{u"USD"_s, 1000, {}, {}, std::nullopt};
        input.period = calendarMonth(2026, 11, QTimeZone::utc());
        input.bucketMs = input.period.lengthMs();
        input.rollups[u"a"_s] = {rollup(input.period.fromMs, counts)};
        const Scorecard card = computeScorecard(input);

        COMPARE_NEAR(card.availabilityPct, availability);
        COMPARE_OPT(card.slaMet, met < 0 ? std::nullopt : std::optional<bool>(met == 1));
        COMPARE_OPT(card.slaTargetPct, opt(target));
        COMPARE_NEAR(card.creditPct, creditPct);
        COMPARE_NEAR(card.creditAmount, credit);
    }

    // Down minutes summed in floating point land a hair under the exact value: 3.6 + 1.2 + 6 of
    // 300 min is exactly 96.4 %, which meets a 96.4 % target and earns no "below 96.4" credit.
    void exactlyAtTheTargetAfterSummation()
    {
        ScorecardInput input;
        input.vendor = vendorWith(96.4, {{96.4, 10}});
        input.period = {at("2026-11-02T00:00:00Z"), at("2026-11-02T05:00:00Z")};
        // Down shares 3/50, 0, 0, 2/100, 1/10 of five hours: 3.6 + 1.2 + 6 = 10.8 min.
        input.rollups = rollups({{u"a"_s,
                                  {{0, u"up:47 down:3"_s},
                                   {1, u"up:20"_s},
                                   {2, u"up:50"_s},
                                   {3, u"up:98 down:2"_s},
                                   {4, u"up:9 down:1"_s}}}});
        const Scorecard card = computeScorecard(input);
        // 100 × (1 - 10.8/300) = 96.4
        COMPARE_OPT(card.availabilityPct, 96.4);
        COMPARE_OPT(card.slaMet, true);
        COMPARE_OPT(card.creditPct, 0.0);
    }

    // The contract speaks of calendar months: a quarter is judged month by month.
    void slaPerMonthOfAQuarter()
    {
        ScorecardInput input;
        input.vendor = vendorWith(99.9, usualTiers());
        input.vendor.cost = VendorCost{u"EUR"_s, 300, {}, {}, std::nullopt};
        input.period = calendarQuarter(2026, 4, QTimeZone::utc());
        input.bucketMs = day;
        // 92 daily buckets, all up but 2026-11-10, down all day.
        for (qint64 t = input.period.fromMs; t < input.period.toMs; t += day)
            input.rollups[u"a"_s].append(rollup(t, t == at("2026-11-10T00:00:00Z") ? u"down:24"_s : u"up:24"_s));
        const Scorecard card = computeScorecard(input);

        // October and December 100 %; November 29/30 = 96.666666667 %: below 99 -> 25 %.
        QCOMPARE(card.monthly.size(), 3);
        COMPARE_NEAR(card.monthly[0].availabilityPct, 100.0);
        COMPARE_NEAR(card.monthly[1].availabilityPct, 100.0 * 29 / 30);
        COMPARE_NEAR(card.monthly[2].availabilityPct, 100.0);
        COMPARE_OPT(card.monthly[1].slaMet, false);
        COMPARE_NEAR(card.monthly[1].creditPct, 25.0);
        COMPARE_NEAR(card.monthly[0].creditPct, 0.0);
        // One day of 92 down: 100 × 91/92 = 98.913043478; missed because November missed.
        COMPARE_NEAR(card.availabilityPct, 100.0 * 91 / 92);
        COMPARE_OPT(card.slaMet, false);
        COMPARE_NEAR(std::optional<double>(card.downMs / minute), 1440.0);
        // Credit: 25 % of November's 300 = 75; of the quarter's 900 that is 8.333333333 %.
        COMPARE_NEAR(card.creditAmount, 75.0);
        COMPARE_NEAR(card.creditPct, 25.0 / 3);
        COMPARE_NEAR(std::optional<double>(card.months), 3.0);
    }

    // ---- latency, errors, incidents ----

    // One hourly bucket per integration at 2026-11-02 00:00 UTC, in a period of four hours.
    void latencyAndErrors_data()
    {
        QTest::addColumn<RollupMap>("rollups");
        QTest::addColumn<double>("p95");
        QTest::addColumn<double>("errorRate");
        QTest::addColumn<double>("rateLimited");
        QTest::addColumn<double>("latencyScore"); // target 200 ms: 5 × (400 - p95) / 200
        QTest::addColumn<double>("errorScore");   // 5 - error rate

        // All 100 attempts answered in 250 ms: p95 250, 5 × 150/200 = 3.75.
        QTest::newRow("all up") << rollups({{u"a"_s, {{0, u"up:100@250"_s}}}}) << 250.0 << 0.0 << 0.0 << 3.75 << 5.0;
        // 3 failures of 100 (2 throttled): 3 %, 2 % of them 429s; 5 - 3 = 2.
        QTest::newRow("failures and 429s")
            << rollups({{u"a"_s, {{0, u"up:97@150 rate-limited:2/rate-limited@150 down:1/http-status@150"_s}}}})
            << 150.0 << 3.0 << 2.0 << 5.0 << 2.0;
        // Two integrations merge: 200 attempts, 10 timeouts (no latency) = 5 % -> 0.
        QTest::newRow("two integrations merge")
            << rollups({{u"a"_s, {{0, u"up:100@400"_s}}}, {u"b"_s, {{0, u"up:90@400 down:10/timeout"_s}}}}) << 400.0
            << 5.0 << 0.0 << 0.0 << 0.0;
        // The local-network failures are left out of both counts: 0 of 98.
        QTest::newRow("local-network failures left out")
            << rollups({{u"a"_s, {{0, u"up:98@100 down:2/local-network"_s}}}}) << 100.0 << 0.0 << 0.0 << 5.0 << 5.0;
        // Unknown and paused attempts are no attempts: 2 of 50 = 4 % -> 1.
        QTest::newRow("unknown and paused are no attempts")
            << rollups({{u"a"_s, {{0, u"up:48@100 down:2/dns unknown:5 paused:1"_s}}}}) << 100.0 << 4.0 << 0.0 << 5.0
            << 1.0;
        // Latencies outside the period do not count: h-1 and h4 are 5 s.
        QTest::newRow("only the period's latencies")
            << rollups({{u"a"_s, {{-1, u"up:10@5000"_s}, {0, u"up:10@180"_s}, {4, u"up:10@5000"_s}}}}) << 180.0 << 0.0
            << 0.0 << 5.0 << 5.0;
        // Beyond twice the target: 0.
        QTest::newRow("p95 over twice the target")
            << rollups({{u"a"_s, {{0, u"up:10@900"_s}}}}) << 900.0 << 0.0 << 0.0 << 0.0 << 5.0;
        QTest::newRow("no responses") << rollups({{u"a"_s, {{0, u"down:10/dns"_s}}}}) << none << 100.0 << 0.0 << none
                                      << 0.0;
        QTest::newRow("no attempts") << rollups({{u"a"_s, {{0, u"paused:1"_s}}}}) << none << none << none << none
                                     << none;
    }

    void latencyAndErrors()
    {
        QFETCH(RollupMap, rollups);
        QFETCH(double, p95);
        QFETCH(double, errorRate);
        QFETCH(double, rateLimited);
        QFETCH(double, latencyScore);
        QFETCH(double, errorScore);

        ScorecardInput input;
        input.vendor = vendorWith(99.9);
        input.vendor.contract.p95Latency = 200ms;
        input.period = {at("2026-11-02T00:00:00Z"), at("2026-11-02T04:00:00Z")};
        input.rollups = rollups;
        const Scorecard card = computeScorecard(input);

        COMPARE_NEAR(card.p95Ms, p95);
        COMPARE_OPT(card.p95TargetMs, 200.0);
        COMPARE_OPT(card.p95Met, p95 == none ? std::nullopt : std::optional<bool>(p95 <= 200));
        COMPARE_NEAR(card.errorRatePct, errorRate);
        COMPARE_NEAR(card.rateLimitedPct, rateLimited);
        COMPARE_NEAR(card.criteria[1].score, latencyScore);
        COMPARE_NEAR(card.criteria[2].score, errorScore);
    }

    // p95 of 10 attempts at 50 ms and 190 at 400 ms is 400 ms by nearest rank; the histogram
    // answers within its ~9 % bucket width.
    void p95FromMergedHistograms()
    {
        ScorecardInput input;
        input.vendor = vendorWith();
        input.period = {at("2026-11-02T00:00:00Z"), at("2026-11-02T04:00:00Z")};
        input.rollups = rollups({{u"a"_s, {{0, u"up:10@50"_s}}}, {u"b"_s, {{1, u"up:190@400"_s}}}});
        const Scorecard card = computeScorecard(input);
        QVERIFY(card.p95Ms);
        QVERIFY2(*card.p95Ms > 400 / 1.09 && *card.p95Ms <= 400, qPrintable(QString::number(*card.p95Ms)));
        QVERIFY(!card.p95TargetMs);
        QVERIFY(!card.criteria[1].present()); // no target, no latency score
    }

    // A bucket's counts belong to the period holding its middle; its time is cut at the edges.
    void countsByTheBucketsMiddle()
    {
        ScorecardInput input;
        input.vendor = vendorWith();
        // 00:30–02:30: h0's middle (00:30) is in, h1's (01:30) too, h2's (02:30) is not.
        input.period = {at("2026-11-02T00:30:00Z"), at("2026-11-02T02:30:00Z")};
        input.rollups =
            rollups({{u"a"_s, {{0, u"up:9 down:1/timeout"_s}, {1, u"up:10"_s}, {2, u"down:10/timeout"_s}}}});
        const Scorecard card = computeScorecard(input);
        // 1 failure of 20 attempts = 5 %.
        QCOMPARE(card.attempts, quint64(20));
        QCOMPARE(card.failures, quint64(1));
        COMPARE_NEAR(card.errorRatePct, 5.0);
        // Time: h0 30 min at 0.1 down = 3 min, h1 60 min up, h2 30 min all down = 30 min.
        // 33 of 120 min: 100 × (1 - 33/120) = 72.5.
        COMPARE_NEAR(std::optional<double>(card.downMs / minute), 33.0);
        COMPARE_NEAR(card.availabilityPct, 72.5);
    }

    void incidents_data()
    {
        QTest::addColumn<QList<AlertIncident>>("incidents");
        QTest::addColumn<bool>("monitored");
        QTest::addColumn<int>("count");
        QTest::addColumn<double>("mtta");
        QTest::addColumn<double>("mttr");
        QTest::addColumn<double>("score");

        const QString rule = u"acme-down"_s;
        const auto incident = [&](const char *start, std::optional<qint64> ackMin, std::optional<qint64> resolveMin) {
            const qint64 s = at(start);
            return AlertIncident{rule, s, ackMin ? std::optional<qint64>(s + *ackMin * minute) : std::nullopt,
                                 resolveMin ? std::optional<qint64>(s + *resolveMin * minute) : std::nullopt};
        };
        QTest::newRow("none") << QList<AlertIncident>{} << true << 0 << none << none << 5.0;
        QTest::newRow("none, nothing monitored") << QList<AlertIncident>{} << false << 0 << none << none << none;
        // Acknowledged after 4 and 10 min: (4 + 10) / 2 = 7; one resolved after 30 min. 5 - 2 = 3.
        QTest::newRow("two, one still open")
            << QList{incident("2026-11-10T10:00:00Z", 4, 30), incident("2026-11-20T12:00:00Z", 10, std::nullopt)}
            << true << 2 << 7.0 << 30.0 << 3.0;
        // Started before the period: not this period's, though resolved in it.
        QTest::newRow("one started in October")
            << QList{incident("2026-10-31T23:50:00Z", 5, 20), incident("2026-11-03T08:00:00Z", std::nullopt, 90)}
            << true << 1 << none << 90.0 << 4.0;
        QTest::newRow("one started in December")
            << QList{incident("2026-12-01T00:00:00Z", 5, 20)} << true << 0 << none << none << 5.0;
        QTest::newRow("an incident without monitoring still counts")
            << QList{incident("2026-11-03T08:00:00Z", 1, 2)} << false << 1 << 1.0 << 2.0 << 4.0;
        // An acknowledgement stamped before the start (clock skew) counts as immediate.
        QTest::newRow("acknowledged before it started")
            << QList{incident("2026-11-03T08:00:00Z", -3, 9)} << true << 1 << 0.0 << 9.0 << 4.0;
        QList<AlertIncident> many;
        for (int i = 1; i <= 7; ++i)
            many.append(incident(QByteArray("2026-11-0" + QByteArray::number(i) + "T12:00:00Z").constData(), 1, 2));
        QTest::newRow("seven: the score stops at 0") << many << true << 7 << 1.0 << 2.0 << 0.0;
    }

    void incidents()
    {
        QFETCH(QList<AlertIncident>, incidents);
        QFETCH(bool, monitored);
        QFETCH(int, count);
        QFETCH(double, mtta);
        QFETCH(double, mttr);
        QFETCH(double, score);

        ScorecardInput input;
        input.vendor = vendorWith();
        input.period = calendarMonth(2026, 11, QTimeZone::utc());
        if (monitored)
            input.rollups[u"a"_s] = {rollup(at("2026-11-02T00:00:00Z"), u"up:60"_s)};
        input.incidents = incidents;
        const Scorecard card = computeScorecard(input);

        QCOMPARE(card.incidents, count);
        COMPARE_NEAR(card.mttaMin, mtta);
        COMPARE_NEAR(card.mttrMin, mttr);
        COMPARE_NEAR(card.criteria[3].score, score);
    }

    void alertIncidentsFromHistory()
    {
        const auto event = [](qint64 atMs, const QString &rule, qint64 startMs, IncidentEvent::Kind kind) {
            IncidentEvent e;
            e.atMs = atMs;
            e.rule = rule;
            e.incidentStartMs = startMs;
            e.kind = kind;
            return e;
        };
        using K = IncidentEvent::Kind;
        const qint64 t = at("2026-11-10T10:00:00Z");
        // Newest first, as the history answers; two incidents of one rule, one of another, and
        // entries that are not about an incident.
        const QList<IncidentEvent> history{
            event(t + 90 * minute, u"b-slow"_s, t + 60 * minute, K::Firing),
            event(t + 45 * minute, u"a-down"_s, t, K::Resolved),
            event(t + 20 * minute, u"a-down"_s, t, K::Acknowledged),
            event(t + 10 * minute, u"a-down"_s, t, K::Note),
            event(t + 5 * minute, u"a-down"_s, t, K::Acknowledged),
            event(t + 3 * minute, u"a-down"_s, t, K::Flapping),
            event(t + 2 * minute, QString(), 0, K::Silenced),
            event(t, u"a-down"_s, t, K::Firing),
            event(t - 50 * minute, u"a-down"_s, t - 120 * minute, K::Resolved), // its firing is older than the page
        };
        const QList<AlertIncident> expected{
            {u"a-down"_s, t - 120 * minute, std::nullopt, t - 50 * minute},
            {u"a-down"_s, t, t + 5 * minute, t + 45 * minute}, // the first acknowledgement
            {u"b-slow"_s, t + 60 * minute, std::nullopt, std::nullopt},
        };
        QCOMPARE(alertIncidents(history), expected);
    }

    // ---- cost ----

    void cost_data()
    {
        QTest::addColumn<std::optional<VendorCost>>("vendorCost");
        QTest::addColumn<Period>("period");
        QTest::addColumn<Usage>("usage");
        QTest::addColumn<double>("cost");
        QTest::addColumn<double>("budget");
        QTest::addColumn<int>("over"); // -1: none
        QTest::addColumn<double>("score");

        const QTimeZone utc = QTimeZone::utc();
        const Period november = calendarMonth(2026, 11, utc);
        // 500 a month with 100,000 requests included, 0.002 per request beyond.
        const auto plan = [](std::optional<double> budget) {
            return std::optional(
                VendorCost{u"USD"_s, 500, {{u"requests"_s, 100'000}}, {{u"requests"_s, 0.002}}, budget});
        };
        const QMap<QString, double> used{{u"requests"_s, 150'000}};
        // 500 + 50,000 × 0.002 = 600, under 800.
        QTest::newRow("overage under budget") << plan(800) << november << used << 600.0 << 800.0 << 0 << 5.0;
        // 600 over 500: 5 × (750 - 600) / 250 = 3.
        QTest::newRow("over budget") << plan(500) << november << used << 600.0 << 500.0 << 1 << 3.0;
        // 600 = 1.5 × 400: 0.
        QTest::newRow("half again the budget") << plan(400) << november << used << 600.0 << 400.0 << 1 << 0.0;
        QTest::newRow("exactly the budget") << plan(600) << november << used << 600.0 << 600.0 << 0 << 5.0;
        // Within the included amount: the fee only.
        QTest::newRow("no overage") << plan(800) << november << QMap<QString, double>{{u"requests"_s, 90'000}} << 500.0
                                    << 800.0 << 0 << 5.0;
        // A quarter: 3 × 500 = 1,500 with 300,000 included; 50,000 beyond = 100; budget 3 × 600.
        QTest::newRow("a quarter") << plan(600) << calendarQuarter(2026, 4, utc)
                                   << QMap<QString, double>{{u"requests"_s, 350'000}} << 1600.0 << 1800.0 << 0 << 5.0;
        // 1–15 November: half a month. 250 with 50,000 included; 30,000 beyond = 60: 310 against
        // 300: 5 × (450 - 310) / 150 = 4.666666667.
        QTest::newRow("half a month") << plan(600) << Period{november.fromMs, at("2026-11-16T00:00:00Z")}
                                      << QMap<QString, double>{{u"requests"_s, 80'000}} << 310.0 << 300.0 << 1
                                      << 5.0 * 140 / 150;
        // Two units: requests as above (600) and 1,000 messages at 0.05 with none included: 650.
        QTest::newRow("two units") << std::optional(
            VendorCost{u"USD"_s, 500, {{u"requests"_s, 100'000}}, {{u"requests"_s, 0.002}, {u"sms"_s, 0.05}}, 700})
                                   << november << QMap<QString, double>{{u"requests"_s, 150'000}, {u"sms"_s, 1000}}
                                   << 650.0 << 700.0 << 0 << 5.0;
        QTest::newRow("no budget") << plan(std::nullopt) << november << used << 600.0 << none << -1 << none;
        QTest::newRow("a free plan with a zero budget")
            << std::optional(VendorCost{u"USD"_s, 0, {}, {}, 0.0}) << november << used << 0.0 << 0.0 << 0 << 5.0;
        QTest::newRow("a zero budget exceeded")
            << std::optional(VendorCost{u"USD"_s, 10, {}, {}, 0.0}) << november << used << 10.0 << 0.0 << 1 << 0.0;
        QTest::newRow("no cost") << std::optional<VendorCost>() << november << used << none << none << -1 << none;
    }

    void cost()
    {
        QFETCH(std::optional<VendorCost>, vendorCost);
        QFETCH(Period, period);
        QFETCH(Usage, usage);
        QFETCH(double, cost);
        QFETCH(double, budget);
        QFETCH(int, over);
        QFETCH(double, score);

        ScorecardInput input;
        input.vendor = vendorWith();
        input.vendor.cost = vendorCost;
        input.period = period;
        input.usage = usage;
        const Scorecard card = computeScorecard(input);

        COMPARE_NEAR(card.cost, cost);
        COMPARE_NEAR(card.budget, budget);
        COMPARE_OPT(card.overBudget, over < 0 ? std::nullopt : std::optional<bool>(over == 1));
        COMPARE_NEAR(card.criteria[4].score, score);
        QCOMPARE(card.currency, vendorCost ? vendorCost->currency : QString());
    }

    void formatMoney_data()
    {
        QTest::addColumn<double>("amount");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");

        // As CLDR writes them: de and fr put the symbol after a no-break space (U+00A0); fr
        // groups with a narrow no-break space (U+202F), de_CH with a right single quote.
        QTest::newRow("USD in en_US") << 1234.5 << u"USD"_s << u"en_US"_s << u"$1,234.50"_s;
        QTest::newRow("EUR in de_DE") << 1234.5 << u"EUR"_s << u"de_DE"_s << u"1.234,50\u00A0€"_s;
        QTest::newRow("EUR in fr_FR") << 1234.5 << u"EUR"_s << u"fr_FR"_s << u"1\u202F234,50\u00A0€"_s;
        QTest::newRow("EUR in en_US") << 1234.5 << u"EUR"_s << u"en_US"_s << u"€1,234.50"_s;
        QTest::newRow("USD in de_DE") << 1234.5 << u"USD"_s << u"de_DE"_s << u"1.234,50\u00A0$"_s;
        QTest::newRow("GBP in en_GB") << 1234.5 << u"GBP"_s << u"en_GB"_s << u"£1,234.50"_s;
        QTest::newRow("GBP in de_DE") << 1234.5 << u"GBP"_s << u"de_DE"_s << u"1.234,50\u00A0£"_s;
        // No minor unit: rounded to whole yen. Japanese locales write a full-width yen sign.
        QTest::newRow("JPY in en_US") << 1234.0 << u"JPY"_s << u"en_US"_s << u"¥1,234"_s;
        QTest::newRow("JPY in ja_JP, rounded") << 1234.5 << u"JPY"_s << u"ja_JP"_s << u"￥1,235"_s;
        QTest::newRow("JPY in de_DE") << 98765.0 << u"JPY"_s << u"de_DE"_s << u"98.765\u00A0¥"_s;
        // Where "$" or "¥" is the locale's own currency, another currency's is told apart.
        QTest::newRow("USD in en_CA") << 1234.5 << u"USD"_s << u"en_CA"_s << u"US$1,234.50"_s;
        QTest::newRow("CAD in en_CA") << 1234.5 << u"CAD"_s << u"en_CA"_s << u"$1,234.50"_s;
        QTest::newRow("JPY in zh_CN") << 1234.0 << u"JPY"_s << u"zh_CN"_s << u"JP¥1,234"_s;
        // A code as the symbol is kept apart from the digits.
        QTest::newRow("CHF in en_US") << 1234.5 << u"CHF"_s << u"en_US"_s << u"CHF\u00A01,234.50"_s;
        QTest::newRow("CHF in de_CH") << 1234.5 << u"CHF"_s << u"de_CH"_s << u"1’234.50\u00A0CHF"_s;
        QTest::newRow("three decimals") << 1234.5678 << u"KWD"_s << u"en_US"_s << u"KWD\u00A01,234.568"_s;
        QTest::newRow("lower-case code") << 1234.5 << u"eur"_s << u"en_US"_s << u"€1,234.50"_s;
        QTest::newRow("zero") << 0.0 << u"USD"_s << u"en_US"_s << u"$0.00"_s;
        QTest::newRow("no currency") << 1234.5 << QString() << u"de_DE"_s << u"1.234,50"_s;
        // The C locale (LANG unset) has no currency conventions: as in American English.
        QTest::newRow("USD in C") << 1234.5 << u"USD"_s << u"C"_s << u"$1,234.50"_s;
        QTest::newRow("EUR in C") << 190.0 << u"EUR"_s << u"C"_s << u"€190.00"_s;
    }

    void formatMoney()
    {
        QFETCH(double, amount);
        QFETCH(QString, currency);
        QFETCH(QString, locale);
        QFETCH(QString, expected);

        QCOMPARE(gw::formatMoney(amount, currency, QLocale(locale)), expected);
    }

    // ---- the score ----

    // November 2026 (UTC) as one bucket. The criteria, each 0–5: availability against the target
    // (99.9 without one), p95 against the contract's target, errors, incidents, cost against
    // budget, support.
    void score_data()
    {
        QTest::addColumn<QString>("counts");
        QTest::addColumn<double>("target");
        QTest::addColumn<double>("p95Target");
        QTest::addColumn<int>("incidents");
        QTest::addColumn<double>("fee");
        QTest::addColumn<double>("budget");
        QTest::addColumn<int>("support"); // 0: none
        QTest::addColumn<QList<double>>("weights");
        QTest::addColumn<QList<double>>("scores"); // none: left out
        QTest::addColumn<double>("score");

        const QList<double> usual{0.35, 0.2, 0.15, 0.15, 0.1, 0.05};
        const QString mixed = u"up:997@250 rate-limited:2/rate-limited@250 down:1/http-status@250"_s;
        // Availability 999/1000 = 99.9 against 99.95: allowed 0.05, missing 0.1:
        //   5 × (0.5 - 0.1) / 0.45 = 4.444444444.
        // Latency 250 against 200: 5 × 150/200 = 3.75. Errors 3 of 1000 = 0.3 %: 5 - 0.3 = 4.7.
        // Incidents 2: 3. Cost 600 against 500: 5 × (750 - 600)/250 = 3. Support 4.
        // 0.35 × 4.444444444 + 0.2 × 3.75 + 0.15 × 4.7 + 0.15 × 3 + 0.1 × 3 + 0.05 × 4
        //   = 1.555555556 + 0.75 + 0.705 + 0.45 + 0.3 + 0.2 = 3.960555556.
        QTest::newRow("all six") << mixed << 99.95 << 200.0 << 2 << 600.0 << 500.0 << 4 << usual
                                 << QList<double>{5 * 0.4 / 0.45, 3.75, 4.7, 3, 3, 4} << 3.960555556;
        // Without a latency target and a budget, the other four share the weight: 0.7.
        // (1.555555556 + 0.705 + 0.45 + 0.2) / 0.7 = 2.910555556 / 0.7 = 4.157936508.
        QTest::newRow("no latency target, no budget")
            << mixed << 99.95 << none << 2 << 600.0 << none << 4 << usual
            << QList<double>{5 * 0.4 / 0.45, none, 4.7, 3, none, 4} << 4.157936508;
        // 998/1000 = 99.8 against the default 99.9: allowed 0.1, missing 0.2: 5 × 0.8/0.9 = 4.444444444.
        // Errors 0.2 %: 4.8. No incidents: 5. (0.35 × 4.444444444 + 0.15 × 4.8 + 0.15 × 5) / 0.65
        //   = (1.555555556 + 0.72 + 0.75) / 0.65 = 4.654700855.
        QTest::newRow("no target: 99.9") << u"up:998 down:2/http-status"_s << none << none << 0 << none << none << 0
                                         << usual << QList<double>{5 * 0.8 / 0.9, none, 4.8, 5, none, none}
                                         << 4.654700855;
        // 99.0 against 99.9 is ten times the allowed downtime: 0. Errors 1 %: 4. Weights 1 and 1
        // (the rest 0): (0 + 4) / 2 = 2.
        QTest::newRow("ten times the allowed downtime")
            << u"up:990 down:10/timeout"_s << 99.9 << none << 0 << none << none << 0 << QList<double>{1, 0, 1, 0, 0, 0}
            << QList<double>{0, none, 4, 5, none, none} << 2.0;
        // 99.45 against 99.9: missing 0.55, allowed 0.1: 5 × (1.0 - 0.55) / 0.9 = 2.5.
        QTest::newRow("halfway down the availability scale")
            << u"up:9945 down:55/timeout"_s << 99.9 << none << 0 << none << none << 0 << QList<double>{1, 0, 0, 0, 0, 0}
            << QList<double>{2.5, none, 4.45, 5, none, none} << 2.5;
        // A 100 % target allows nothing: any downtime scores 0.
        QTest::newRow("a target of 100 %")
            << u"up:9999 down:1/timeout"_s << 100.0 << none << 0 << none << none << 0 << QList<double>{1, 0, 0, 0, 0, 0}
            << QList<double>{0, none, 4.99, 5, none, none} << 0.0;
        QTest::newRow("a target of 100 % met")
            << u"up:10"_s << 100.0 << none << 0 << none << none << 0 << QList<double>{1, 0, 0, 0, 0, 0}
            << QList<double>{5, none, 5, 5, none, none} << 5.0;
        // p95 150 under 200: 5; only latency weighs.
        QTest::newRow("latency under target")
            << u"up:10@150"_s << 99.9 << 200.0 << 0 << none << none << 0 << QList<double>{0, 1, 0, 0, 0, 0}
            << QList<double>{5, 5, 5, 5, none, none} << 5.0;
        QTest::newRow("latency at twice the target")
            << u"up:10@400"_s << 99.9 << 200.0 << 0 << none << none << 0 << QList<double>{0, 1, 0, 0, 0, 0}
            << QList<double>{5, 0, 5, 5, none, none} << 0.0;
        // Nothing monitored: only the support rating is known; it is the score.
        QTest::newRow("only support") << QString() << 99.9 << 200.0 << 0 << none << none << 3 << usual
                                      << QList<double>{none, none, none, none, none, 3} << 3.0;
        QTest::newRow("nothing known") << QString() << 99.9 << 200.0 << 0 << none << none << 0 << usual
                                       << QList<double>{none, none, none, none, none, none} << none;
        QTest::newRow("only criteria weighing nothing")
            << QString() << 99.9 << 200.0 << 0 << none << none << 3 << QList<double>{1, 1, 1, 1, 1, 0}
            << QList<double>{none, none, none, none, none, 3} << none;
        // A negative weight counts as 0: (1 × 5 + 1 × 3) / 2 = 4.
        QTest::newRow("negative weights count as 0")
            << u"up:10"_s << 99.9 << none << 2 << none << none << 0 << QList<double>{1, 0, -1, 1, 0, 0}
            << QList<double>{5, none, 5, 3, none, none} << 4.0;
    }

    void score()
    {
        QFETCH(QString, counts);
        QFETCH(double, target);
        QFETCH(double, p95Target);
        QFETCH(int, incidents);
        QFETCH(double, fee);
        QFETCH(double, budget);
        QFETCH(int, support);
        QFETCH(QList<double>, weights);
        QFETCH(QList<double>, scores);
        QFETCH(double, score);

        ScorecardInput input;
        input.vendor = vendorWith(opt(target));
        if (p95Target != none)
            input.vendor.contract.p95Latency = milliseconds(qint64(p95Target));
        if (fee != none)
            input.vendor.cost = VendorCost{u"USD"_s, fee, {}, {}, opt(budget)};
        if (support > 0)
            input.vendor.supportRating = support;
        input.vendor.weights = {weights[0], weights[1], weights[2], weights[3], weights[4], weights[5]};
        input.period = calendarMonth(2026, 11, QTimeZone::utc());
        input.bucketMs = input.period.lengthMs();
        if (!counts.isEmpty())
            input.rollups[u"a"_s] = {rollup(input.period.fromMs, counts)};
        for (int i = 0; i < incidents; ++i)
            input.incidents.append({u"acme-down"_s, input.period.fromMs + (i + 1) * day, std::nullopt, std::nullopt});
        const Scorecard card = computeScorecard(input);

        const QStringList names{u"availability"_s, u"latency"_s, u"errors"_s, u"incidents"_s, u"cost"_s, u"support"_s};
        QCOMPARE(card.criteria.size(), 6);
        double contributions = 0;
        for (qsizetype i = 0; i < 6; ++i) {
            const Criterion &c = card.criteria[i];
            QCOMPARE(c.name, names[i]);
            QCOMPARE(c.weight, weights[i]);
            QVERIFY2(near(c.score, scores[i]), qPrintable(names[i] + u": "_s + QString::fromLatin1(show(c.score))));
            contributions += c.contribution;
        }
        COMPARE_NEAR(card.score, score);
        if (card.score)
            COMPARE_NEAR(std::optional<double>(contributions), *card.score);
    }

    // Shares and contributions of the "all six" row above; the contributions add up to the score.
    void contributions()
    {
        ScorecardInput input;
        input.vendor = vendorWith(99.95);
        input.vendor.contract.p95Latency = 200ms;
        input.vendor.cost = VendorCost{u"USD"_s, 600, {}, {}, 500.0};
        input.vendor.supportRating = 1;
        input.supportRating = 4; // the review's own rating wins
        input.period = calendarMonth(2026, 11, QTimeZone::utc());
        input.bucketMs = input.period.lengthMs();
        input.rollups[u"a"_s] = {
            rollup(input.period.fromMs, u"up:997@250 rate-limited:2/rate-limited@250 down:1/http-status@250"_s)};
        input.incidents = {{u"r"_s, input.period.fromMs, std::nullopt, std::nullopt},
                           {u"r"_s, input.period.fromMs + day, std::nullopt, std::nullopt}};
        input.previousScore = 3.5;
        const Scorecard card = computeScorecard(input);

        COMPARE_OPT(card.supportRating, 4);
        // Weights add up to 1, so the shares are the weights; contributions = weight × score.
        const QList<double> contributions{0.35 * 5 * 0.4 / 0.45, 0.2 * 3.75, 0.15 * 4.7, 0.15 * 3, 0.1 * 3, 0.05 * 4};
        const QList<double> shares{0.35, 0.2, 0.15, 0.15, 0.1, 0.05};
        for (qsizetype i = 0; i < 6; ++i) {
            COMPARE_NEAR(std::optional<double>(card.criteria[i].share), shares[i]);
            COMPARE_NEAR(std::optional<double>(card.criteria[i].contribution), contributions[i]);
        }
        COMPARE_NEAR(card.score, 3.960555556);
        // 3.960555556 - 3.5
        COMPARE_NEAR(card.trend, 0.460555556);
    }

    // ---- output ----

    // The worked example of docs/scorecards.md.
    void json()
    {
        const QJsonObject actual = toJson(computeScorecard(workedExample()));
        // Monitored: 30 days = 43,200 min, less offline 60 and maintenance 120 = 43,020.
        // Down: 2026-11-10, 60 of 1,440 attempts down -> 1,440 × 60/1,440 = 60 min.
        // Availability 100 × (1 - 60/43,020) = 99.860529986 -> 99.8605; below 99.9: missed, 10 %.
        // Credit 10 % of 1,000 = 100.
        // Errors 60 of 43,200 attempts = 0.138888889 % -> 0.139.
        // Incident: acknowledged after 6 min, resolved after 75.
        // Webhooks 1,990 of 2,000 = 99.5 %.
        // Cost 1,000 + (1,250,000 - 1,000,000) × 0.001 = 1,250 against 1,200: over.
        // Scores: availability 5 × (1.0 - 0.139470014) / 0.9 = 4.780722144; latency 120 ≤ 300: 5;
        //   errors 5 - 0.138888889 = 4.861111111; incidents 5 - 1 = 4;
        //   cost 5 × (1,800 - 1,250) / 600 = 4.583333333; support 4.
        // Score 0.35 × 4.780722144 + 0.2 × 5 + 0.15 × 4.861111111 + 0.15 × 4 + 0.1 × 4.583333333
        //   + 0.05 × 4 = 1.673252750 + 1 + 0.729166667 + 0.6 + 0.458333333 + 0.2 = 4.660752750.
        // Trend against 4.2: 0.460752750.
        const QByteArray expected = test::expectedJson(R"({
            "vendor": "acme", "vendor_name": "Acme Payments",
            "period": {"from": "2026-11-01T00:00:00.000Z", "to": "2026-12-01T00:00:00.000Z"},
            "availability_pct": 99.8605, "monitored_min": 43020,
            "excluded_min": {"offline": 60, "paused": 0, "maintenance": 120},
            "exclusions": [
                {"from": "2026-11-05T00:00:00.000Z", "to": "2026-11-05T01:00:00.000Z", "reason": "offline", "label": ""},
                {"from": "2026-11-20T02:00:00.000Z", "to": "2026-11-20T04:00:00.000Z", "reason": "maintenance",
                 "label": "Database upgrade"}],
            "sla_target_pct": 99.9, "sla_met": false, "downtime_min": 60, "credit_pct": 10, "credit": 100,
            "months": [{"period": {"from": "2026-11-01T00:00:00.000Z", "to": "2026-12-01T00:00:00.000Z"},
                        "availability_pct": 99.8605, "sla_met": false, "downtime_min": 60,
                        "monitored_min": 43020, "credit_pct": 10}],
            "p95_ms": 120, "p95_target_ms": 300, "p95_met": true,
            "error_rate": 0.139, "rate_limited_pct": 0, "min_quota_headroom_pct": 12.5,
            "incidents": 1, "mtta_min": 6, "mttr_min": 75, "vendor_incidents": 1,
            "webhook_delivery_pct": 99.5, "signature_failures": 3,
            "usage": {"requests": 1250000}, "currency": "USD", "cost": 1250, "budget": 1200, "over_budget": true,
            "support_rating": 4,
            "score": 4.661, "trend": 0.461,
            "criteria": {
                "availability": {"score": 4.781, "weight": 0.35, "share": 0.35, "contribution": 1.673},
                "latency": {"score": 5, "weight": 0.2, "share": 0.2, "contribution": 1},
                "errors": {"score": 4.861, "weight": 0.15, "share": 0.15, "contribution": 0.729},
                "incidents": {"score": 4, "weight": 0.15, "share": 0.15, "contribution": 0.6},
                "cost": {"score": 4.583, "weight": 0.1, "share": 0.1, "contribution": 0.458},
                "support": {"score": 4, "weight": 0.05, "share": 0.05, "contribution": 0.2}
            }
        })");
        QCOMPARE(test::canonical(QJsonDocument(actual)), expected);
    }

    void jsonWithoutData()
    {
        ScorecardInput input;
        input.vendor = vendorWith();
        input.period = calendarMonth(2026, 11, QTimeZone::utc());
        const QJsonObject json = toJson(computeScorecard(input));
        for (const char *key : {"availability_pct",
                                "sla_target_pct",
                                "sla_met",
                                "credit_pct",
                                "credit",
                                "p95_ms",
                                "p95_target_ms",
                                "p95_met",
                                "error_rate",
                                "rate_limited_pct",
                                "min_quota_headroom_pct",
                                "mtta_min",
                                "mttr_min",
                                "webhook_delivery_pct",
                                "currency",
                                "cost",
                                "budget",
                                "over_budget",
                                "support_rating",
                                "score",
                                "trend"}) {
            QVERIFY2(json.value(QLatin1StringView(key)).isNull(), key);
        }
        QCOMPARE(json.value(u"downtime_min"_s).toDouble(), 0.0);
        QCOMPARE(json.value(u"incidents"_s).toInt(), 0);
        QCOMPARE(json.value(u"usage"_s), QJsonValue(QJsonObject{}));
        QCOMPARE(json.value(u"criteria"_s).toObject().value(u"availability"_s).toObject().value(u"score"_s),
                 QJsonValue(QJsonValue::Null));
    }

    void csv()
    {
        const QStringList header{
            u"vendor"_s,
            u"vendor_name"_s,
            u"from"_s,
            u"to"_s,
            u"availability_pct"_s,
            u"sla_target_pct"_s,
            u"sla_met"_s,
            u"downtime_min"_s,
            u"monitored_min"_s,
            u"excluded_offline_min"_s,
            u"excluded_paused_min"_s,
            u"excluded_maintenance_min"_s,
            u"credit_pct"_s,
            u"credit"_s,
            u"p95_ms"_s,
            u"p95_target_ms"_s,
            u"p95_met"_s,
            u"error_rate"_s,
            u"rate_limited_pct"_s,
            u"min_quota_headroom_pct"_s,
            u"incidents"_s,
            u"mtta_min"_s,
            u"mttr_min"_s,
            u"vendor_incidents"_s,
            u"webhook_delivery_pct"_s,
            u"signature_failures"_s,
            u"currency"_s,
            u"cost"_s,
            u"budget"_s,
            u"over_budget"_s,
            u"support_rating"_s,
            u"score"_s,
            u"trend"_s,
            u"availability_score"_s,
            u"availability_contribution"_s,
            u"latency_score"_s,
            u"latency_contribution"_s,
            u"errors_score"_s,
            u"errors_contribution"_s,
            u"incidents_score"_s,
            u"incidents_contribution"_s,
            u"cost_score"_s,
            u"cost_contribution"_s,
            u"support_score"_s,
            u"support_contribution"_s,
        };
        QCOMPARE(scorecardCsvHeader(), header);

        // The same numbers as json(), with fixed decimals.
        const QStringList row{
            u"acme"_s,
            u"Acme Payments"_s,
            u"2026-11-01T00:00:00.000Z"_s,
            u"2026-12-01T00:00:00.000Z"_s,
            u"99.8605"_s,
            u"99.9000"_s,
            u"false"_s,
            u"60.00"_s,
            u"43020.00"_s,
            u"60.00"_s,
            u"0.00"_s,
            u"120.00"_s,
            u"10.000"_s,
            u"100.00"_s,
            u"120.0"_s,
            u"300.0"_s,
            u"true"_s,
            u"0.139"_s,
            u"0.000"_s,
            u"12.500"_s,
            u"1"_s,
            u"6.00"_s,
            u"75.00"_s,
            u"1"_s,
            u"99.500"_s,
            u"3"_s,
            u"USD"_s,
            u"1250.00"_s,
            u"1200.00"_s,
            u"true"_s,
            u"4"_s,
            u"4.661"_s,
            u"0.461"_s,
            u"4.781"_s,
            u"1.673"_s,
            u"5.000"_s,
            u"1.000"_s,
            u"4.861"_s,
            u"0.729"_s,
            u"4.000"_s,
            u"0.600"_s,
            u"4.583"_s,
            u"0.458"_s,
            u"4.000"_s,
            u"0.200"_s,
        };
        QCOMPARE(scorecardCsvRow(computeScorecard(workedExample())), row);

        ScorecardInput empty;
        empty.vendor = vendorWith();
        empty.vendor.cost = VendorCost{u"JPY"_s, 100'000, {}, {}, std::nullopt};
        empty.period = calendarMonth(2026, 11, QTimeZone::utc());
        const QStringList blank = scorecardCsvRow(computeScorecard(empty));
        QCOMPARE(blank.size(), header.size());
        QCOMPARE(blank[header.indexOf(u"availability_pct"_s)], QString());
        QCOMPARE(blank[header.indexOf(u"sla_met"_s)], QString());
        QCOMPARE(blank[header.indexOf(u"cost"_s)], u"100000"_s); // yen: no decimals
        QCOMPARE(blank[header.indexOf(u"availability_contribution"_s)], QString());
    }

private:
    static ScorecardInput workedExample()
    {
        ScorecardInput input;
        input.vendor = vendorWith(99.9, {{99.9, 10}, {99.0, 25}});
        input.vendor.contract.p95Latency = 300ms;
        input.vendor.cost = VendorCost{u"USD"_s, 1000, {{u"requests"_s, 1'000'000}}, {{u"requests"_s, 0.001}}, 1200.0};
        input.vendor.supportRating = 4;
        input.period = calendarMonth(2026, 11, QTimeZone::utc());
        input.bucketMs = day;
        for (qint64 t = input.period.fromMs; t < input.period.toMs; t += day) {
            input.rollups[u"a"_s].append(rollup(
                t, t == at("2026-11-10T00:00:00Z") ? u"up:1380@120 down:60/http-status@120"_s : u"up:1440@120"_s));
        }
        input.exclusions = {
            Exclusion{at("2026-11-20T02:00:00Z"), at("2026-11-20T04:00:00Z"), Exclusion::Reason::Maintenance,
                      u"Database upgrade"_s},
            Exclusion{at("2026-11-05T00:00:00Z"), at("2026-11-05T01:00:00Z"), Exclusion::Reason::Offline, {}},
        };
        input.incidents = {
            {u"acme-down"_s, at("2026-11-10T08:00:00Z"), at("2026-11-10T08:06:00Z"), at("2026-11-10T09:15:00Z")}};
        input.declared = {
            {u"Elevated API errors"_s, u"major"_s, at("2026-11-10T08:05:00Z"), at("2026-11-10T09:10:00Z")},
            {u"Dashboard slow"_s, u"minor"_s, at("2026-10-20T08:00:00Z"), at("2026-10-20T09:00:00Z")}};
        input.minQuotaHeadroomPct = 12.5;
        input.webhookDeliveries = 2000;
        input.webhookDelivered = 1990;
        input.signatureFailures = 3;
        input.usage = {{u"requests"_s, 1'250'000}};
        input.previousScore = 4.2;
        return input;
    }
};

QTEST_GUILESS_MAIN(tst_Scorecard)
#include "tst_scorecard.moc"
