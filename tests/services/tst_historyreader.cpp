#include "historycodec.h"
#include "historyreader.h"
#include "historyschema.h"
#include "historystore.h"
#include "vendorreading.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <cmath>
#include <functional>
#include <memory>

Q_DECLARE_METATYPE(gw::ChartAnnotation)
Q_DECLARE_METATYPE(gw::DeclaredIncident)
Q_DECLARE_METATYPE(gw::Exclusion)
Q_DECLARE_METATYPE(std::optional<double>)
using UsageMap = QMap<QString, double>;

using namespace gw;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

constexpr qint64 minute = 60'000;
constexpr qint64 hour = 60 * minute;
constexpr qint64 day = 24 * hour;
constexpr qint64 t0 = 1'789'948'800'000; // 2026-09-21T00:00:00Z

// Relative width of one histogram bucket: a percentile read from rollups lies in the same
// bucket as the exact one.
const double bucketResolution = std::exp2(1.0 / LatencyHistogram::bucketsPerDoubling) - 1.0;

CheckUpdate update(const QString &integrationId, const QString &checkId, qint64 atMs, HealthStatus verdict,
                   std::optional<double> latencyMs, const QString &reason = {})
{
    CheckUpdate u;
    u.sample.integrationId = integrationId;
    u.sample.checkId = checkId;
    u.sample.at = QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC);
    u.sample.verdict = verdict;
    u.sample.reason = reason;
    if (verdict != HealthStatus::Up)
        u.sample.failureClass = latencyMs ? FailureClass::HttpStatus : FailureClass::Timeout;
    if (latencyMs) {
        u.sample.httpStatus = verdict == HealthStatus::Down ? 503 : 200;
        u.sample.latencyMs = *latencyMs;
    }
    u.state = verdict;
    return u;
}

// Writes the updates through a real store whose clock reads `nowMs` when it rolls up.
void populate(const QString &path, const QList<CheckUpdate> &updates, qint64 nowMs, Retention retention = {})
{
    auto clock = std::make_shared<std::atomic<qint64>>(nowMs);
    HistoryStore::Options options;
    options.path = path;
    options.retention = retention;
    options.clock = [clock] { return clock->load(); };
    HistoryStore store(options);
    store.open();
    QTRY_COMPARE_WITH_TIMEOUT(store.status(), HistoryStore::Status::Ok, 10'000);
    for (qsizetype i = 0; i < updates.size(); i += 50'000)
        store.record(updates.mid(i, 50'000));
    QSignalSpy flushed(&store, &HistoryStore::flushed);
    store.flush();
    QVERIFY(flushed.wait(120'000));
}

VendorStatusReading statusReading(const QString &vendor, qint64 atMs, const QList<StatusIncident> &incidents,
                                  const QList<StatusMaintenance> &maintenances = {})
{
    VendorStatusReading reading;
    reading.vendorId = vendor;
    reading.atMs = atMs;
    StatusPage page;
    page.incidents = incidents;
    page.maintenances = maintenances;
    reading.page = page;
    return reading;
}

StatusIncident statusIncident(const QString &id, const QString &name, const QString &impact, const QString &status,
                              qint64 startMs, std::optional<qint64> resolvedMs = std::nullopt)
{
    StatusIncident incident;
    incident.id = id;
    incident.name = name;
    incident.impact = impact;
    incident.status = status;
    incident.createdAtMs = startMs + minute; // created a minute after it started, as pages backdate
    incident.startedAtMs = startMs;
    incident.resolvedAtMs = resolvedMs;
    return incident;
}

StatusMaintenance statusMaintenance(const QString &id, const QString &name, const QString &status, qint64 fromMs,
                                    std::optional<qint64> untilMs)
{
    StatusMaintenance maintenance;
    maintenance.id = id;
    maintenance.name = name;
    maintenance.status = status;
    maintenance.scheduledForMs = fromMs;
    maintenance.scheduledUntilMs = untilMs;
    return maintenance;
}

// Writes what `write` gives a real store (its clock at the end of the day) to `path`, and flushes.
void writeThroughStore(const QString &path, const std::function<void(HistoryStore &)> &write)
{
    HistoryStore::Options options;
    options.path = path;
    options.clock = [] { return t0 + day; };
    HistoryStore store(options);
    store.open();
    QTRY_COMPARE_WITH_TIMEOUT(store.status(), HistoryStore::Status::Ok, 10'000);
    write(store);
    QSignalSpy flushed(&store, &HistoryStore::flushed);
    store.flush();
    QVERIFY(flushed.wait(30'000));
}

// Records status page readings through a real store.
void recordReadings(const QString &path, const QList<VendorStatusReading> &readings)
{
    writeThroughStore(path, [&readings](HistoryStore &store) {
        for (const VendorStatusReading &reading : readings)
            store.recordVendorStatus(reading);
    });
}

QList<CheckUpdate> steady(const QString &integrationId, const QStringList &checks, qint64 fromMs, qint64 toMs,
                          qint64 stepMs, double latencyMs = 100)
{
    QList<CheckUpdate> updates;
    for (qint64 t = fromMs; t < toMs; t += stepMs) {
        for (const QString &check : checks)
            updates.append(update(integrationId, check, t, HealthStatus::Up, latencyMs));
    }
    return updates;
}

double exactQuantile(QList<double> values, double q)
{
    std::sort(values.begin(), values.end());
    const auto rank = static_cast<qsizetype>(std::ceil(q * static_cast<double>(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

bool withinBucket(double estimate, double exact)
{
    return std::abs(estimate - exact) <= bucketResolution * exact + 1e-9;
}

} // namespace

class tst_HistoryReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    QString freshPath() { return m_dir.filePath(u"h%1/history.sqlite"_s.arg(++m_n)); }

    // A new file as an earlier Gatewatch wrote it; empty on failure.
    QString fileOfSchema(int version)
    {
        const QString path = freshPath();
        QDir().mkpath(QFileInfo(path).absolutePath());
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"older"_s);
            db.setDatabaseName(path);
            ok = db.open() && !historyschema::migrate(db, u"0.%1.0"_s.arg(version), version);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"older"_s);
        return ok ? path : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void picksResolutionPerRange_data()
    {
        QTest::addColumn<qint64>("rangeMs");
        QTest::addColumn<int>("checks");
        QTest::addColumn<Resolution>("expected");
        QTest::newRow("15 min") << 15 * minute << 1 << Resolution::Raw;
        QTest::newRow("6 h") << 6 * hour << 1 << Resolution::Raw;
        QTest::newRow("6 h of 10 checks") << 6 * hour << 10 << Resolution::Minute;
        QTest::newRow("24 h") << day << 1 << Resolution::Minute;
        QTest::newRow("7 d") << 7 * day << 1 << Resolution::Hour;
        QTest::newRow("30 d") << 30 * day << 1 << Resolution::Hour;
        QTest::newRow("1 y") << 365 * day << 1 << Resolution::Day;
        QTest::newRow("3 y, beyond hourly retention") << 3 * 365 * day << 1 << Resolution::Day;
    }

    void picksResolutionPerRange()
    {
        QFETCH(qint64, rangeMs);
        QFETCH(int, checks);
        QFETCH(Resolution, expected);
        const QString path = freshPath();
        const qint64 now = t0 + 10 * day;
        QStringList ids;
        for (int i = 0; i < checks; ++i)
            ids.append(u"c%1"_s.arg(i));
        // Recent samples every 10 s per check tell the reader the typical interval.
        populate(path, steady(u"vendor"_s, ids, now - hour, now, 10'000), now);
        HistoryReader reader(path, Retention{}, [now] { return now; });
        HistoryQuery query{u"vendor"_s, checks == 1 ? u"c0"_s : QString(), now - rangeMs, now, 2000, 120};
        const ChartData data = reader.chartNow(query);
        QCOMPARE(data.resolution, expected);
        QCOMPARE(data.query, query);
    }

    void keepsWithinPointBudgets_data()
    {
        QTest::addColumn<qint64>("rangeMs");
        QTest::addColumn<int>("maxPoints");
        QTest::addColumn<int>("maxCells");
        QTest::newRow("15 min, 40 points") << 15 * minute << 40 << 30;
        QTest::newRow("6 h, 300 points") << 6 * hour << 300 << 120;
        QTest::newRow("24 h, 100 points") << day << 100 << 60;
        QTest::newRow("7 d, 500 points") << 7 * day << 500 << 120;
        QTest::newRow("40 d, 2000 points") << 40 * day << 2000 << 200;
        QTest::newRow("1 y, 50 points") << 365 * day << 50 << 20;
    }

    void keepsWithinPointBudgets()
    {
        QFETCH(qint64, rangeMs);
        QFETCH(int, maxPoints);
        QFETCH(int, maxCells);
        static QString path;
        static qint64 now = 0;
        if (path.isEmpty()) {
            // 35 days every minute, the last 6 hours every 10 s; spikes and failures sprinkled.
            path = freshPath();
            now = t0 + 35 * day;
            QList<CheckUpdate> updates;
            int n = 0;
            for (qint64 t = t0; t < now; t += t < now - 6 * hour ? minute : 10'000) {
                ++n;
                const double latency = 50 + (n * 37) % 200 + (n % 997 == 0 ? 5000 : 0);
                const HealthStatus verdict = n % 101 == 0 ? HealthStatus::Down : HealthStatus::Up;
                updates.append(update(u"vendor"_s, u"api"_s, t, verdict, latency, u"boom"_s));
                updates.append(update(u"vendor"_s, u"web"_s, t + 500, HealthStatus::Up, latency / 2));
            }
            populate(path, updates, now);
        }
        HistoryReader reader(path, Retention{}, [] { return now; });
        const HistoryQuery query{u"vendor"_s, {}, now - rangeMs, now, maxPoints, maxCells};
        QFuture<ChartData> future = reader.chart(query);
        QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 30'000);
        const ChartData data = future.result();
        QVERIFY(!data.latencyP50.isEmpty());
        QVERIFY(data.latencyP50.size() <= maxPoints);
        QVERIFY(data.latencyP95.size() <= maxPoints);
        QVERIFY(data.latencyRaw.size() <= maxPoints);
        QVERIFY(data.errors.size() <= maxPoints);
        QVERIFY(!data.timeline.isEmpty());
        QVERIFY(data.timeline.size() <= maxCells);
        QCOMPARE(data.latencyRaw.isEmpty(), data.resolution != Resolution::Raw);
        for (qsizetype i = 1; i < data.latencyP50.size(); ++i)
            QVERIFY(data.latencyP50[i - 1].x() < data.latencyP50[i].x());
        QVERIFY(data.latencyP50.constFirst().x() >= static_cast<double>(bucketStart(query.fromMs, Resolution::Day)));
        QVERIFY(data.latencyP50.constLast().x() < static_cast<double>(now));
        // Spikes survive: the largest p95 of the buckets is the 5 s outlier wherever one is in range.
        quint32 failures = 0;
        for (const ErrorBucket &bucket : data.errors)
            failures += bucket.byClass.at(static_cast<std::size_t>(storageCode(FailureClass::HttpStatus)));
        QCOMPARE(failures, data.total.failuresOf(FailureClass::HttpStatus));
        quint64 attempts = 0;
        for (const TimelineCell &cell : data.timeline)
            attempts += cell.attempts;
        QCOMPARE(attempts, data.total.total());
    }

    void percentilesFromRollupsAgreeWithRaw_data()
    {
        QTest::addColumn<int>("distribution");
        QTest::addColumn<int>("maxPoints");
        QTest::addColumn<Resolution>("resolution");
        const char *names[] = {"constant", "uniform 20-400 ms", "log-normal", "bimodal 15/900 ms", "with timeouts"};
        for (int d = 0; d < 5; ++d) {
            QTest::addRow("%s, minute rollups", names[d]) << d << 2000 << Resolution::Minute;
            QTest::addRow("%s, hourly rollups", names[d]) << d << 200 << Resolution::Hour;
            QTest::addRow("%s, daily rollups", names[d]) << d << 5 << Resolution::Day;
        }
    }

    void percentilesFromRollupsAgreeWithRaw()
    {
        QFETCH(int, distribution);
        QFETCH(int, maxPoints);
        QFETCH(Resolution, resolution);
        const QString path = freshPath();
        const qint64 from = t0;
        const qint64 to = t0 + 2 * day;
        QRandomGenerator random(1234 + distribution);
        QList<CheckUpdate> updates;
        for (qint64 t = from; t < to; t += 10'000) {
            double ms = 0;
            switch (distribution) {
            case 0:
                ms = 120;
                break;
            case 1:
                ms = 20 + 380 * random.generateDouble();
                break;
            case 2:
                ms = 150 * std::exp(0.6 * (random.generateDouble() + random.generateDouble() - 1.0) * 2.0);
                break;
            case 3:
                ms = random.generateDouble() < 0.7 ? 15 + random.generateDouble() : 900 + 50 * random.generateDouble();
                break;
            default:
                ms = 80 + 40 * random.generateDouble();
                break;
            }
            if (distribution == 4 && random.bounded(20) == 0)
                updates.append(update(u"vendor"_s, u"api"_s, t, HealthStatus::Down, std::nullopt));
            else if (random.bounded(50) == 0)
                updates.append(update(u"vendor"_s, u"api"_s, t, HealthStatus::Down, ms));
            else
                updates.append(update(u"vendor"_s, u"api"_s, t, HealthStatus::Up, ms));
        }
        // Everything rolled up: the day, the hours and the minutes exist.
        const qint64 now = to + 2 * hour;
        populate(path, updates, now);

        HistoryReader reader(path, Retention{}, [now] { return now; });
        const ChartData data = reader.chartNow({u"vendor"_s, u"api"_s, from, to, maxPoints, 48});
        QCOMPARE(data.resolution, resolution);

        QList<double> all;
        quint64 good = 0;
        quint64 judged = 0;
        QMap<qint64, QList<double>> byBucket; // by displayed bucket (the p50 x values)
        const qint64 width = data.latencyP50.size() > 1
                                 ? static_cast<qint64>(data.latencyP50[1].x() - data.latencyP50[0].x())
                                 : to - from;
        for (const CheckUpdate &u : std::as_const(updates)) {
            const HistorySample s = roundedToMicroseconds(HistorySample::from(u.sample));
            ++judged;
            good += s.state == HealthStatus::Up ? 1 : 0;
            if (s.latencyMs) {
                all.append(*s.latencyMs);
                byBucket[from + (s.atMs - from) / width * width].append(*s.latencyMs);
            }
        }
        QCOMPARE(data.total.total(), judged);
        QCOMPARE(data.total.availability(), std::optional(static_cast<double>(good) / static_cast<double>(judged)));
        QCOMPARE(data.total.latency.count(), static_cast<quint64>(all.size()));
        for (const double q : {0.5, 0.95, 0.99}) {
            const double exact = exactQuantile(all, q);
            const double estimate = data.total.latency.quantile(q).value();
            QVERIFY2(withinBucket(estimate, exact),
                     qPrintable(u"p%1: %2 from rollups, %3 from raw"_s.arg(q * 100).arg(estimate).arg(exact)));
        }
        QCOMPARE(data.latencyP50.size(), byBucket.size());
        for (qsizetype i = 0; i < data.latencyP50.size(); ++i) {
            const auto x = static_cast<qint64>(data.latencyP50[i].x());
            QVERIFY(byBucket.contains(x));
            QVERIFY2(withinBucket(data.latencyP50[i].y(), exactQuantile(byBucket.value(x), 0.5)),
                     qPrintable(QString::number(x)));
            QVERIFY(withinBucket(data.latencyP95[i].y(), exactQuantile(byBucket.value(x), 0.95)));
        }
    }

    void mergesTheChecksOfAnIntegration()
    {
        const QString path = freshPath();
        const qint64 now = t0 + day;
        QList<CheckUpdate> updates = steady(u"vendor"_s, {u"fast"_s}, t0, now, 10'000, 40);
        updates += steady(u"vendor"_s, {u"slow"_s}, t0 + 5000, now, 10'000, 400);
        updates += steady(u"other"_s, {u"x"_s}, t0, now, 10'000, 5);
        updates.append(update(u"vendor"_s, u"slow"_s, t0 + 6 * hour + 1, HealthStatus::Down, std::nullopt));
        populate(path, updates, now);
        HistoryReader reader(path, Retention{}, [now] { return now; });
        const HistoryQuery range{u"vendor"_s, {}, t0, now, 500, 100};
        const ChartData merged = reader.chartNow(range);
        HistoryQuery one = range;
        one.checkId = u"fast"_s;
        const ChartData fast = reader.chartNow(one);
        one.checkId = u"slow"_s;
        const ChartData slow = reader.chartNow(one);
        QCOMPARE(merged.total.total(), fast.total.total() + slow.total.total());
        QCOMPARE(merged.total.total(), quint64(2 * 8640 + 1));
        QCOMPARE(merged.total.count(HealthStatus::Down), 1u);
        QCOMPARE(merged.total.latency.minMs(), std::optional(40.0));
        QCOMPARE(merged.total.latency.maxMs(), std::optional(400.0));
        // Half the attempts take 40 ms, half 400 ms: the median is one of them, p95 the slow one.
        QVERIFY(merged.latencyP95.constFirst().y() >= 400 / (1 + bucketResolution));
        QVERIFY(std::any_of(merged.timeline.cbegin(), merged.timeline.cend(),
                            [](const TimelineCell &c) { return c.state == HealthStatus::Down; }));
    }

    void listsFailuresNewestFirst()
    {
        const QString path = freshPath();
        const qint64 now = t0 + 2 * hour;
        QList<CheckUpdate> updates = steady(u"vendor"_s, {u"a"_s, u"b"_s}, t0, now, 60'000);
        for (int i = 0; i < 8; ++i) {
            updates.append(update(u"vendor"_s, i % 2 ? u"a"_s : u"b"_s, t0 + i * 10 * minute + 7, HealthStatus::Down,
                                  std::nullopt, u"timeout %1"_s.arg(i)));
        }
        updates.append(update(u"vendor"_s, u"a"_s, t0 + 13, HealthStatus::Paused, std::nullopt));
        updates.append(update(u"other"_s, u"z"_s, t0 + 17, HealthStatus::Down, std::nullopt, u"elsewhere"_s));
        populate(path, updates, now);
        HistoryReader reader(path, Retention{}, [now] { return now; });

        QFuture<QList<CheckSample>> future = reader.failures({u"vendor"_s, {}, t0, now, 2000, 120}, 5);
        QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 10'000);
        const QList<CheckSample> newest = future.result();
        QCOMPARE(newest.size(), 5);
        for (qsizetype i = 0; i < newest.size(); ++i) {
            QCOMPARE(newest[i].integrationId, u"vendor"_s);
            QCOMPARE(newest[i].sample.state, HealthStatus::Down);
            QCOMPARE(newest[i].sample.reason, u"timeout %1"_s.arg(7 - i));
            QCOMPARE(newest[i].checkId, (7 - i) % 2 ? u"a"_s : u"b"_s);
        }
        const QList<CheckSample> ofA =
            reader.failures({u"vendor"_s, u"a"_s, t0, t0 + 35 * minute, 2000, 120}, 100).result();
        QCOMPARE(ofA.size(), 2);
        QCOMPARE(ofA[0].sample.atMs, t0 + 30 * minute + 7);
        QCOMPARE(ofA[1].sample.atMs, t0 + 10 * minute + 7);
    }

    void summarisesIntegrations()
    {
        const QString path = freshPath();
        // Not on a whole hour, and the last minutes not rolled up yet.
        const qint64 now = t0 + 2 * day + 17 * minute + 20'000;
        QList<CheckUpdate> updates;
        int n = 0;
        for (qint64 t = t0; t < now; t += 10'000) {
            const bool down = ++n % 10 == 0;
            updates.append(update(u"vendor"_s, u"a"_s, t, down ? HealthStatus::Down : HealthStatus::Up, 100 + n % 7));
        }
        populate(path, updates, now);
        HistoryReader reader(path, Retention{}, [now] { return now; });
        QFuture<QList<IntegrationSummary>> future = reader.summaries({u"vendor"_s, u"unknown"_s}, now);
        QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 10'000);
        const QList<IntegrationSummary> summaries = future.result();
        QCOMPARE(summaries.size(), 2);
        QCOMPARE(summaries[0].integrationId, u"vendor"_s);
        quint64 good = 0;
        quint64 judged = 0;
        for (const CheckUpdate &u : std::as_const(updates)) {
            const qint64 at = u.sample.at.toMSecsSinceEpoch();
            if (at < now - day)
                continue;
            ++judged;
            good += u.sample.verdict == HealthStatus::Up ? 1 : 0;
        }
        QVERIFY(summaries[0].availability24h.has_value());
        QVERIFY2(std::abs(*summaries[0].availability24h - static_cast<double>(good) / static_cast<double>(judged))
                     < 1e-3,
                 qPrintable(QString::number(*summaries[0].availability24h)));
        QVERIFY(summaries[0].latencySparkline.size() >= 59 && summaries[0].latencySparkline.size() <= 61);
        QVERIFY(summaries[0].latencySparkline.constLast().x() >= static_cast<double>(now - 2 * minute));
        QCOMPARE(summaries[1].integrationId, u"unknown"_s);
        QCOMPARE(summaries[1].availability24h, std::nullopt);
        QVERIFY(summaries[1].latencySparkline.isEmpty());
    }

    void exportsStreamInTimeOrder()
    {
        const QString path = freshPath();
        const qint64 now = t0 + 3 * hour;
        QList<CheckUpdate> updates = steady(u"vendor"_s, {u"a"_s}, t0, now, 7'000);
        updates += steady(u"vendor"_s, {u"b"_s}, t0 + 3, now, 11'000);
        updates += steady(u"other"_s, {u"c"_s}, t0 + 5, now, 13'000);
        // Not everything rolled up: the exported minutes include what is still raw.
        populate(path, updates, now - 40 * minute);
        HistoryReader reader(path, Retention{}, [now] { return now; });

        QList<CheckSample> streamed;
        QCOMPARE(reader.exportSamples({{}, {}, t0, now, 0, 0},
                                      [&](const CheckSample &s) {
                                          streamed.append(s);
                                          return true;
                                      }),
                 QString());
        QCOMPARE(streamed.size(), updates.size());
        for (qsizetype i = 1; i < streamed.size(); ++i)
            QVERIFY(streamed[i - 1].sample.atMs <= streamed[i].sample.atMs);

        qsizetype vendorOnly = 0;
        reader.exportSamples({u"vendor"_s, {}, t0, now, 0, 0}, [&](const CheckSample &s) {
            ++vendorOnly;
            return s.integrationId == u"vendor";
        });
        QCOMPARE(vendorOnly, steady(u"vendor"_s, {u"a"_s}, t0, now, 7'000).size()
                                 + steady(u"vendor"_s, {u"b"_s}, t0 + 3, now, 11'000).size());

        int stopped = 0;
        reader.exportSamples({{}, {}, t0, now, 0, 0}, [&](const CheckSample &) { return ++stopped < 10; });
        QCOMPARE(stopped, 10);

        quint64 total = 0;
        qint64 last = 0;
        QCOMPARE(reader.exportRollups({{}, {}, t0, now, 0, 0}, Resolution::Minute,
                                      [&](const QString &, const QString &, const Rollup &r) {
                                          total += r.total();
                                          const bool ordered = r.startMs >= last;
                                          last = r.startMs;
                                          return ordered;
                                      }),
                 QString());
        QCOMPARE(total, static_cast<quint64>(updates.size()));
        QVERIFY(!reader.exportRollups({{}, {}, t0, now, 0, 0}, Resolution::Raw, {}).isEmpty());
    }

    void missingFileAnswersEmpty()
    {
        HistoryReader reader(m_dir.filePath(u"nowhere/history.sqlite"_s), Retention{});
        const ChartData data = reader.chartNow({u"vendor"_s, {}, t0, t0 + hour, 100, 10});
        QVERIFY(data.latencyP50.isEmpty());
        QCOMPARE(data.total.total(), quint64(0));
        QVERIFY(!reader.exportSamples({}, [](const CheckSample &) { return true; }).isEmpty());
    }

    // Acme's page read at 01:00, 03:00 and 05:00 (t0 is midnight):
    //   i1 "API errors" (major)       00:05–00:50, resolved by 01:00
    //   i2 "Slow dashboard" (minor)   from 00:30, open at 01:00 and 03:00, gone at 05:00 unresolved:
    //                                 no end, last seen 03:00
    //   i3 "Webhooks delayed" (crit.) from 04:30, open at 05:00 (last seen)
    //   m1 "Database upgrade"         02:00–04:00, scheduled, then in progress, then completed
    //   m2 "Rack move"                06:00, no planned end: lasts until last seen (05:00), before
    //                                 its start: no window
    //   m3 "Without a start"          never kept
    // Globex's page at 01:00: an incident and a maintenance of its own, in the same hours.
    void readsVendorNotices_data()
    {
        QTest::addColumn<QString>("vendor");
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        QTest::addColumn<QList<DeclaredIncident>>("incidents");
        QTest::addColumn<QList<Exclusion>>("maintenance");
        const DeclaredIncident i1{u"API errors"_s, u"major"_s, t0 + 5 * minute, t0 + 50 * minute};
        const DeclaredIncident i2{u"Slow dashboard"_s, u"minor"_s, t0 + 30 * minute, std::nullopt};
        const DeclaredIncident i3{u"Webhooks delayed"_s, u"critical"_s, t0 + 4 * hour + 30 * minute, std::nullopt};
        const Exclusion m1{t0 + 2 * hour, t0 + 4 * hour, Exclusion::Reason::Maintenance, u"Database upgrade"_s};
        using I = QList<DeclaredIncident>;
        using E = QList<Exclusion>;
        QTest::newRow("the whole day") << u"acme"_s << t0 << t0 + day << I{i1, i2, i3} << E{m1};
        QTest::newRow("00:50-01:00: i1 ended as it began")
            << u"acme"_s << t0 + 50 * minute << t0 + hour << I{i2} << E{};
        QTest::newRow("02:00-03:00: i2 seen open after")
            << u"acme"_s << t0 + 2 * hour << t0 + 3 * hour << I{i2} << E{m1};
        QTest::newRow("03:00-04:00: i2 last seen as it began")
            << u"acme"_s << t0 + 3 * hour << t0 + 4 * hour << I{} << E{m1};
        QTest::newRow("04:00-05:00: m1 ended as it began")
            << u"acme"_s << t0 + 4 * hour << t0 + 5 * hour << I{i3} << E{};
        QTest::newRow("after the last reading") << u"acme"_s << t0 + 6 * hour << t0 + day << I{} << E{};
        QTest::newRow("empty range") << u"acme"_s << t0 + 2 * hour << t0 + 2 * hour << I{} << E{};
        QTest::newRow("another vendor") << u"globex"_s << t0 << t0 + day
                                        << I{{u"Globex down"_s, u"critical"_s, t0 + 10 * minute, t0 + 20 * minute}}
                                        << E{{t0 + 2 * hour, t0 + 3 * hour, Exclusion::Reason::Maintenance,
                                              u"Globex window"_s}};
        QTest::newRow("an unknown vendor") << u"initech"_s << t0 << t0 + day << I{} << E{};
    }

    void readsVendorNotices()
    {
        QFETCH(QString, vendor);
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        QFETCH(QList<DeclaredIncident>, incidents);
        QFETCH(QList<Exclusion>, maintenance);
        static QString path;
        if (path.isEmpty()) {
            path = freshPath();
            const StatusIncident i1 =
                statusIncident(u"i1"_s, u"API errors"_s, u"major"_s, u"resolved"_s, t0 + 5 * minute, t0 + 50 * minute);
            StatusIncident i2 =
                statusIncident(u"i2"_s, u"Slow dashboard"_s, u"minor"_s, u"investigating"_s, t0 + 30 * minute);
            const StatusIncident i3 = statusIncident(u"i3"_s, u"Webhooks delayed"_s, u"critical"_s, u"identified"_s,
                                                     t0 + 4 * hour + 30 * minute);
            StatusMaintenance m1 =
                statusMaintenance(u"m1"_s, u"Database upgrade"_s, u"scheduled"_s, t0 + 2 * hour, t0 + 4 * hour);
            const StatusMaintenance m2 =
                statusMaintenance(u"m2"_s, u"Rack move"_s, u"scheduled"_s, t0 + 6 * hour, std::nullopt);
            StatusMaintenance m3 = statusMaintenance(u"m3"_s, u"Without a start"_s, u"scheduled"_s, 0, t0 + hour);
            m3.scheduledForMs.reset();
            QList<VendorStatusReading> readings;
            readings.append(statusReading(u"acme"_s, t0 + hour, {i1, i2}, {m1, m3}));
            m1.status = u"in_progress"_s;
            i2.status = u"identified"_s;
            readings.append(statusReading(u"acme"_s, t0 + 3 * hour, {i1, i2}, {m1}));
            m1.status = u"completed"_s;
            readings.append(statusReading(u"acme"_s, t0 + 5 * hour, {i3}, {m1, m2}));
            readings.append(statusReading(
                u"globex"_s, t0 + hour,
                {statusIncident(u"i1"_s, u"Globex down"_s, u"critical"_s, u"resolved"_s, t0 + 10 * minute,
                                t0 + 20 * minute)},
                {statusMaintenance(u"m1"_s, u"Globex window"_s, u"scheduled"_s, t0 + 2 * hour, t0 + 3 * hour)}));
            // Without a page: nothing.
            VendorStatusReading failed;
            failed.vendorId = u"acme"_s;
            failed.atMs = t0 + 6 * hour;
            failed.problem = VendorStatusReading::Problem::BadAnswer;
            readings.append(failed);
            recordReadings(path, readings);
        }
        const HistoryReader reader(path, Retention{}, [] { return t0 + day; });
        QCOMPARE(reader.vendorIncidentsNow(vendor, from, to), incidents);
        QCOMPARE(reader.vendorMaintenanceNow(vendor, from, to), maintenance);
    }

    void vendorNoticesOfOlderFiles()
    {
        // A file of schema 4 has no notices: no answer, and no error.
        const QString path = fileOfSchema(4);
        QVERIFY(!path.isEmpty());
        const HistoryReader reader(path, Retention{});
        QVERIFY(reader.vendorIncidentsNow(u"acme"_s, t0, t0 + day).isEmpty());
        QVERIFY(reader.vendorMaintenanceNow(u"acme"_s, t0, t0 + day).isEmpty());
        const HistoryReader missing(m_dir.filePath(u"nowhere/history.sqlite"_s), Retention{});
        QVERIFY(missing.vendorIncidentsNow(u"acme"_s, t0, t0 + day).isEmpty());
    }

    // The gateway carried Shopify's requests from 10:00 to 13:00 (t0 is midnight): 100 in hour
    // 10, 200 in hour 11, 300 in hour 12; Stripe's route saw none in hours 10 and 11.
    void sumsGatewayRequests_data()
    {
        QTest::addColumn<QString>("integration");
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        QTest::addColumn<std::optional<double>>("expected");
        QTest::newRow("the day") << u"shopify"_s << t0 << t0 + day << std::optional<double>(600);
        QTest::newRow("hours 10 and 11") << u"shopify"_s << t0 + 10 * hour << t0 + 12 * hour
                                         << std::optional<double>(300);
        // An hour counts where its middle is.
        QTest::newRow("10:30-11:30: hour 10") << u"shopify"_s << t0 + 10 * hour + 30 * minute
                                              << t0 + 11 * hour + 30 * minute << std::optional<double>(100);
        QTest::newRow("10:31-11:31: hour 11") << u"shopify"_s << t0 + 10 * hour + 31 * minute
                                              << t0 + 11 * hour + 31 * minute << std::optional<double>(200);
        QTest::newRow("none counted: not known") << u"shopify"_s << t0 + 13 * hour << t0 + day
                                                 << std::optional<double>();
        QTest::newRow("counted as none") << u"stripe"_s << t0 << t0 + day << std::optional<double>(0);
        QTest::newRow("not carried") << u"slack"_s << t0 << t0 + day << std::optional<double>();
        QTest::newRow("empty range") << u"shopify"_s << t0 + 11 * hour << t0 + 11 * hour << std::optional<double>();
    }

    void sumsGatewayRequests()
    {
        QFETCH(QString, integration);
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        QFETCH(std::optional<double>, expected);
        static QString path;
        if (path.isEmpty()) {
            path = freshPath();
            const auto scrape = [](qint64 atMs, double shopify, double stripe) {
                GatewayScrape s;
                s.atMs = atMs;
                s.routes = {{u"shopify"_s, std::nullopt, shopify, 0, 0, 0, {}},
                            {u"stripe"_s, std::nullopt, stripe, 0, 0, 0, {}}};
                return s;
            };
            writeThroughStore(path, [&scrape](HistoryStore &store) {
                const auto integrationOf = [](const RouteTotals &route) { return route.service; };
                store.recordGatewayRequests(scrape(t0 + 10 * hour, 5000, 9), integrationOf);
                store.recordGatewayRequests(scrape(t0 + 11 * hour, 5100, 9), integrationOf);
                store.recordGatewayRequests(scrape(t0 + 12 * hour, 5300, 9), integrationOf);
                GatewayScrape later = scrape(t0 + 13 * hour, 5600, 9);
                later.routes.removeLast(); // Stripe's route is gone
                store.recordGatewayRequests(later, integrationOf);
            });
        }
        const HistoryReader reader(path, Retention{}, [] { return t0 + day; });
        const Result<std::optional<double>, QString> counted = reader.gatewayRequestsNow(integration, from, to);
        QVERIFY(counted);
        QCOMPARE(counted.value(), expected);
    }

    // Acme's API reports two request quotas (a burst one and a daily one, which count the same
    // requests) and a token quota; readings at 10:00, 11:00 and 12:00 (t0 is midnight):
    //   burst  100 of 100, 90, 85: 10 in hour 10, 5 in hour 11 (it may miss what refilled)
    //   daily  1000, 980, 950:     20 in hour 10, 30 in hour 11
    //   tokens 5000, 4000, 3500:   1000 in hour 10, 500 in hour 11
    void sumsQuotaUsage_data()
    {
        QTest::addColumn<QString>("integration");
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        QTest::addColumn<UsageMap>("expected");
        QTest::newRow("the day: the larger request count") << u"acme"_s << t0 << t0 + day
                                                           << UsageMap{{u"requests"_s, 50}, {u"tokens"_s, 1500}};
        QTest::newRow("hour 10") << u"acme"_s << t0 + 10 * hour << t0 + 11 * hour
                                 << UsageMap{{u"requests"_s, 20}, {u"tokens"_s, 1000}};
        QTest::newRow("nothing counted") << u"acme"_s << t0 + 12 * hour << t0 + day << UsageMap{};
        QTest::newRow("another integration") << u"globex"_s << t0 << t0 + day << UsageMap{};
    }

    void sumsQuotaUsage()
    {
        QFETCH(QString, integration);
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        QFETCH(UsageMap, expected);
        static QString path;
        if (path.isEmpty()) {
            path = freshPath();
            const auto reading = [](int h, double burst, double daily, double tokens) {
                CheckUpdate u = update(u"acme"_s, u"api"_s, t0 + h * hour, HealthStatus::Up, 100);
                QuotaReading b;
                b.policy = u"burst"_s;
                b.limit = 100;
                b.remaining = burst;
                QuotaReading d;
                d.policy = u"daily"_s;
                d.limit = 1000;
                d.remaining = daily;
                QuotaReading t;
                t.policy = u"tokens"_s;
                t.unit = QuotaUnit::Tokens;
                t.limit = 5000;
                t.remaining = tokens;
                u.sample.quotas = {b, d, t};
                return u;
            };
            writeThroughStore(path, [&reading](HistoryStore &store) {
                store.record({reading(10, 100, 1000, 5000), reading(11, 90, 980, 4000), reading(12, 85, 950, 3500)});
            });
        }
        const HistoryReader reader(path, Retention{}, [] { return t0 + day; });
        const Result<QMap<QString, double>, QString> counted = reader.quotaUsageNow(integration, from, to);
        QVERIFY2(counted, counted ? "" : qPrintable(counted.error()));
        QCOMPARE(counted.value(), expected);
    }

    void usageOfOlderAndMissingFiles()
    {
        // A file of schema 5 has no counts: none known, and no error.
        const QString path = fileOfSchema(5);
        QVERIFY(!path.isEmpty());
        const HistoryReader reader(path, Retention{});
        const Result<std::optional<double>, QString> older = reader.gatewayRequestsNow(u"shopify"_s, t0, t0 + day);
        QVERIFY(older);
        QCOMPARE(older.value(), std::optional<double>());
        const Result<QMap<QString, double>, QString> olderQuotas = reader.quotaUsageNow(u"shopify"_s, t0, t0 + day);
        QVERIFY(olderQuotas);
        QVERIFY(olderQuotas->isEmpty());
        // No file at all: an error, as for the rollups.
        const HistoryReader missing(m_dir.filePath(u"nowhere/history.sqlite"_s), Retention{});
        const Result<std::optional<double>, QString> none = missing.gatewayRequestsNow(u"shopify"_s, t0, t0 + day);
        QVERIFY(!none);
        QVERIFY2(none.error().contains(u"cannot be read"_s), qPrintable(none.error()));
        QVERIFY(!missing.quotaUsageNow(u"shopify"_s, t0, t0 + day));
    }

    // Acme's page read at 01:00, 03:00 and 05:00 (t0 is midnight), beside an hour of samples:
    //   i1 "API errors" (major)       00:05–00:50, resolved by 01:00
    //   i2 "Slow dashboard" (minor)   from 00:30, open at 01:00 and 03:00, gone at 05:00 unresolved
    //   i3 "Webhooks delayed" (crit.) from 04:30, open at 05:00
    //   m1 "Database upgrade"         02:00–04:00
    //   m2 "Rack move"                06:00, no planned end
    // Globex's page at 01:00: an incident 00:10–00:20 and a maintenance 02:00–03:00 of its own.
    void chartAnnotatesVendorNotices_data()
    {
        QTest::addColumn<QString>("vendor");
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        QTest::addColumn<qint64>("now");
        QTest::addColumn<QList<ChartAnnotation>>("expected");
        using A = QList<ChartAnnotation>;
        using K = ChartAnnotation::Kind;
        const ChartAnnotation i1{K::Incident, u"API errors"_s, u"major"_s, t0 + 5 * minute, t0 + 50 * minute};
        const ChartAnnotation i2{K::Incident, u"Slow dashboard"_s, u"minor"_s, t0 + 30 * minute, t0 + 3 * hour};
        const ChartAnnotation i3{K::Incident, u"Webhooks delayed"_s, u"critical"_s, t0 + 4 * hour + 30 * minute,
                                 std::nullopt};
        ChartAnnotation i3Gone = i3;
        i3Gone.toMs = t0 + 5 * hour;
        const ChartAnnotation m1{K::Maintenance, u"Database upgrade"_s, {}, t0 + 2 * hour, t0 + 4 * hour};
        const ChartAnnotation m2{K::Maintenance, u"Rack move"_s, {}, t0 + 6 * hour, std::nullopt};
        const qint64 justAfter = t0 + 5 * hour + 5 * minute; // the 05:00 reading is the latest
        QTest::newRow("01:00-06:00: i1 before, i2 ended where last seen, i3 open")
            << u"acme"_s << t0 + hour << t0 + 6 * hour << justAfter << A{i2, m1, i3};
        QTest::newRow("the whole day, read just after 05:00")
            << u"acme"_s << t0 << t0 + day << justAfter << A{i1, i2, m1, i3, m2};
        QTest::newRow("the whole day, read the next day: nothing open any more")
            << u"acme"_s << t0 << t0 + day << t0 + day << A{i1, i2, m1, i3Gone};
        QTest::newRow("03:30-04:00: what spans the range")
            << u"acme"_s << t0 + 3 * hour + 30 * minute << t0 + 4 * hour << justAfter << A{m1};
        QTest::newRow("the day before") << u"acme"_s << t0 - day << t0 << justAfter << A{};
        QTest::newRow("another vendor") << u"globex"_s << t0 << t0 + 6 * hour << justAfter
                                        << A{{K::Incident, u"Globex down"_s, u"critical"_s, t0 + 10 * minute,
                                              t0 + 20 * minute},
                                             {K::Maintenance, u"Globex window"_s, {}, t0 + 2 * hour, t0 + 3 * hour}};
        QTest::newRow("an unknown vendor") << u"initech"_s << t0 << t0 + day << justAfter << A{};
        QTest::newRow("no vendor asked about") << QString() << t0 << t0 + day << justAfter << A{};
    }

    void chartAnnotatesVendorNotices()
    {
        QFETCH(QString, vendor);
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        QFETCH(qint64, now);
        QFETCH(QList<ChartAnnotation>, expected);
        static QString path;
        if (path.isEmpty()) {
            path = freshPath();
            populate(path, steady(u"acme-api"_s, {u"charges"_s}, t0 + 2 * hour, t0 + 3 * hour, minute), t0 + day);
            StatusIncident i1 =
                statusIncident(u"i1"_s, u"API errors"_s, u"major"_s, u"resolved"_s, t0 + 5 * minute, t0 + 50 * minute);
            const StatusIncident i2 =
                statusIncident(u"i2"_s, u"Slow dashboard"_s, u"minor"_s, u"investigating"_s, t0 + 30 * minute);
            const StatusIncident i3 = statusIncident(u"i3"_s, u"Webhooks delayed"_s, u"critical"_s, u"identified"_s,
                                                     t0 + 4 * hour + 30 * minute);
            const StatusMaintenance m1 =
                statusMaintenance(u"m1"_s, u"Database upgrade"_s, u"scheduled"_s, t0 + 2 * hour, t0 + 4 * hour);
            const StatusMaintenance m2 =
                statusMaintenance(u"m2"_s, u"Rack move"_s, u"scheduled"_s, t0 + 6 * hour, std::nullopt);
            recordReadings(path, {statusReading(u"acme"_s, t0 + hour, {i1, i2}, {m1}),
                                  statusReading(u"acme"_s, t0 + 3 * hour, {i1, i2}, {m1}),
                                  statusReading(u"acme"_s, t0 + 5 * hour, {i3}, {m1, m2}),
                                  statusReading(u"globex"_s, t0 + hour,
                                                {statusIncident(u"i1"_s, u"Globex down"_s, u"critical"_s, u"resolved"_s,
                                                                t0 + 10 * minute, t0 + 20 * minute)},
                                                {statusMaintenance(u"m1"_s, u"Globex window"_s, u"scheduled"_s,
                                                                   t0 + 2 * hour, t0 + 3 * hour)})});
        }
        const HistoryReader reader(path, Retention{}, [now] { return now; });
        HistoryQuery query{u"acme-api"_s, {}, from, to, 100, 10};
        query.vendorId = vendor;
        const ChartData data = reader.chartNow(query);
        QCOMPARE(data.query, query);
        QCOMPARE(data.annotations, expected);
        // The rest of the chart is what it is without them.
        query.vendorId.clear();
        ChartData plain = reader.chartNow(query);
        QVERIFY(plain.annotations.isEmpty());
        plain.query.vendorId = vendor;
        plain.annotations = expected;
        QCOMPARE(data, plain);
        QCOMPARE(reader.chart(data.query).result(), data);
    }

    void chartWithoutNoticesStillAnswers()
    {
        // A file of schema 4 cannot say what vendors declared: the chart comes without it.
        const QString path = freshPath();
        QDir().mkpath(QFileInfo(path).absolutePath());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"schema4"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QCOMPARE(historyschema::migrate(db, u"0.4.0"_s, 4), std::nullopt);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"schema4"_s);
        const HistoryReader reader(path, Retention{}, [] { return t0 + day; });
        HistoryQuery query{u"acme-api"_s, {}, t0, t0 + day, 100, 10};
        query.vendorId = u"acme"_s;
        const ChartData data = reader.chartNow(query);
        QCOMPARE(data.query, query);
        QVERIFY(data.annotations.isEmpty());
    }

    void queriesUsePrimaryKeys_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("raw samples") << u"SELECT "_s + sampleColumns()
                                            + u" FROM samples WHERE check_ref = 1 AND t_ms >= 0 AND t_ms < 9"
                                              " ORDER BY t_ms"_s;
        QTest::newRow("minute rollups") << u"SELECT start_s, data FROM rollup_1m WHERE check_ref = 1 AND start_s >= 0"
                                           " AND start_s < 9 ORDER BY start_s"_s;
        QTest::newRow("failures") << u"SELECT "_s + sampleColumns()
                                         + u" FROM samples WHERE check_ref = 1 AND t_ms >= 0 AND t_ms < 9"
                                           " AND state NOT IN (0, 5) ORDER BY t_ms DESC LIMIT 5"_s;
        QTest::newRow("quota readings")
            << u"SELECT t_ms, remaining, quota_limit, reset_ms FROM quota_readings"
               " WHERE series_ref = 1 AND minute_s >= 0 AND minute_s < 9 ORDER BY minute_s"_s;
        QTest::newRow("certificate expiry")
            << u"SELECT t_ms, expires_ms FROM tls_expiry WHERE check_ref = 1 AND t_ms < 9 AND t_ms >="
               " coalesce((SELECT max(t_ms) FROM tls_expiry WHERE check_ref = 1 AND t_ms < 5), 5) ORDER BY t_ms"_s;
    }

    void queriesUsePrimaryKeys()
    {
        QFETCH(QString, sql);
        static QString path;
        if (path.isEmpty()) {
            path = freshPath();
            populate(path, steady(u"vendor"_s, {u"a"_s}, t0, t0 + hour, 10'000), t0 + 2 * hour);
        }
        const QString name = u"plan-"_s + QString::fromUtf8(QTest::currentDataTag());
        QString text;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(u"EXPLAIN QUERY PLAN "_s + sql)) {
                    QStringList plan;
                    while (q.next())
                        plan.append(q.value(3).toString());
                    text = plan.join(u" | "_s);
                } else {
                    text = q.lastError().text();
                }
            }
        }
        QSqlDatabase::removeDatabase(name);
        QVERIFY2(text.contains(u"USING PRIMARY KEY"_s) && !text.contains(u"TEMP B-TREE"_s), qPrintable(text));
        QVERIFY2(!text.contains(u"SCAN samples"_s) && !text.contains(u"SCAN r"_s), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(tst_HistoryReader)
#include "tst_historyreader.moc"
