#include "historycodec.h"
#include "historyschema.h"
#include "historystore.h"
#include "vendorreading.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <memory>

using namespace gw;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

// A whole UTC day, so that minutes, hours and days line up with the test's arithmetic.
constexpr qint64 t0 = 1'789'948'800'000; // 2026-09-21T00:00:00Z
constexpr qint64 minute = 60'000;
constexpr qint64 hour = 60 * minute;
constexpr qint64 day = 24 * hour;

class FastClock
{
public:
    explicit FastClock(qint64 start) : m_now(std::make_shared<std::atomic<qint64>>(start)) {}
    std::function<qint64()> function() const
    {
        return [now = m_now] { return now->load(); };
    }
    void set(qint64 ms) { m_now->store(ms); }

private:
    std::shared_ptr<std::atomic<qint64>> m_now;
};

CheckUpdate update(const QString &checkId, qint64 atMs, HealthStatus verdict, std::optional<double> latencyMs,
                   FailureClass failureClass = FailureClass::None, const QString &reason = {})
{
    CheckUpdate u;
    u.sample.integrationId = u"vendor"_s;
    u.sample.checkId = checkId;
    u.sample.at = QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC);
    u.sample.verdict = verdict;
    u.sample.failureClass = failureClass;
    u.sample.reason = reason;
    if (latencyMs) {
        u.sample.httpStatus = verdict == HealthStatus::Down ? 503 : 200;
        u.sample.latencyMs = *latencyMs;
    }
    u.state = verdict;
    return u;
}

// Deterministic synthetic history: one attempt per check every `stepMs`; latencies in whole
// microseconds; every 17th attempt down with a timeout (no latency), every 23rd a 503.
QList<CheckUpdate> synthetic(const QStringList &checks, qint64 fromMs, qint64 toMs, qint64 stepMs)
{
    QList<CheckUpdate> updates;
    int n = 0;
    for (qint64 t = fromMs; t < toMs; t += stepMs) {
        for (const QString &check : checks) {
            ++n;
            const double latency = static_cast<double>(80'000 + (n * 7919) % 240'000) / 1000.0;
            if (n % 17 == 0)
                updates.append(
                    update(check, t, HealthStatus::Down, std::nullopt, FailureClass::Timeout, u"timed out"_s));
            else if (n % 23 == 0)
                updates.append(update(check, t, HealthStatus::Down, latency, FailureClass::HttpStatus, u"503"_s));
            else
                updates.append(update(check, t, HealthStatus::Up, latency));
        }
    }
    return updates;
}

QList<HistorySample> historySamples(const QList<CheckUpdate> &updates, const QString &checkId)
{
    QList<HistorySample> samples;
    for (const CheckUpdate &u : updates) {
        if (u.sample.checkId == checkId)
            samples.append(roundedToMicroseconds(HistorySample::from(u.sample)));
    }
    return samples;
}

// Counts and buckets exactly; the sum up to rounding (merging adds in another order).
bool sameRollup(const Rollup &a, const Rollup &b)
{
    if (a.startMs != b.startMs || a.states != b.states || a.failures != b.failures
        || a.latency.count() != b.latency.count() || a.latency.minMs() != b.latency.minMs()
        || a.latency.maxMs() != b.latency.maxMs())
        return false;
    for (int i = 0; i < LatencyHistogram::bucketCount; ++i) {
        if (a.latency.bucketCountAt(i) != b.latency.bucketCountAt(i))
            return false;
    }
    return qFuzzyCompare(1.0 + a.latency.sumMs(), 1.0 + b.latency.sumMs());
}

// A connection of the test's own to look into the file.
class Inspector
{
public:
    explicit Inspector(const QString &path) : m_name(u"inspector-%1"_s.arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~Inspector()
    {
        database().close();
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(Inspector)

    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }
    QVariant value(const QString &sql) const
    {
        QSqlQuery q(database());
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }
    qint64 count(const QString &sql) const { return value(sql).toLongLong(); }
    QList<Rollup> rollups(Resolution resolution, const QString &checkId) const
    {
        QSqlQuery q(database());
        q.prepare(u"SELECT start_s, data FROM %1 r JOIN checks c ON c.id = r.check_ref WHERE c.check_id = ?"
                  " ORDER BY start_s"_s.arg(resolution == Resolution::Minute ? u"rollup_1m"_s
                                            : resolution == Resolution::Hour ? u"rollup_1h"_s
                                                                             : u"rollup_1d"_s));
        q.bindValue(0, checkId);
        q.exec();
        QList<Rollup> result;
        while (q.next()) {
            const Result<RollupCell> cell =
                RollupCell::fromBlob(q.value(1).toByteArray(), q.value(0).toLongLong() * 1000);
            if (cell)
                result.append(cell->rollup);
        }
        return result;
    }

private:
    static inline int s_count = 0;
    QString m_name;
};

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

StatusIncident statusIncident(const QString &id, const QString &name, const QString &status, qint64 createdMs,
                              std::optional<qint64> startedMs = std::nullopt,
                              std::optional<qint64> resolvedMs = std::nullopt)
{
    StatusIncident incident;
    incident.id = id;
    incident.name = name;
    incident.status = status;
    incident.impact = u"major"_s;
    incident.createdAtMs = createdMs;
    incident.startedAtMs = startedMs;
    incident.resolvedAtMs = resolvedMs;
    return incident;
}

StatusMaintenance statusMaintenance(const QString &id, const QString &name, const QString &status,
                                    std::optional<qint64> fromMs, std::optional<qint64> untilMs)
{
    StatusMaintenance maintenance;
    maintenance.id = id;
    maintenance.name = name;
    maintenance.status = status;
    maintenance.scheduledForMs = fromMs;
    maintenance.scheduledUntilMs = untilMs;
    return maintenance;
}

VendorStatusReading statusReading(qint64 atMs, const QList<StatusIncident> &incidents,
                                  const QList<StatusMaintenance> &maintenances, const QString &vendor = u"acme"_s)
{
    VendorStatusReading reading;
    reading.vendorId = vendor;
    reading.atMs = atMs;
    StatusPage page;
    page.name = u"Acme Status"_s;
    page.incidents = incidents;
    page.maintenances = maintenances;
    reading.page = page;
    return reading;
}

void makeDatabase(const QString &path, const QStringList &statements)
{
    const QString name = u"maker"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

class tst_HistoryStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;

    QString freshPath() { return m_dir.filePath(u"history-%1/history.sqlite"_s.arg(++m_n)); }

    HistoryStore::Options options(const QString &path, const FastClock &clock)
    {
        HistoryStore::Options o;
        o.path = path;
        o.clock = clock.function();
        o.commitIntervalMs = 50;
        return o;
    }

    static bool openOk(HistoryStore &store)
    {
        store.open();
        return QTest::qWaitFor([&] { return store.status() != HistoryStore::Status::Opening; }, 10'000)
               && store.status() == HistoryStore::Status::Ok;
    }

    static bool flushed(HistoryStore &store)
    {
        QSignalSpy spy(&store, &HistoryStore::flushed);
        store.flush();
        return spy.wait(60'000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void createsSchema()
    {
        const QString path = freshPath();
        FastClock clock(t0);
        {
            HistoryStore store(options(path, clock));
            QSignalSpy status(&store, &HistoryStore::statusChanged);
            QVERIFY(openOk(store));
            QCOMPARE(status.count(), 1);
            QCOMPARE(store.path(), path);
        }
        Inspector db(path);
        QCOMPARE(db.value(u"PRAGMA user_version"_s).toInt(), HistoryStore::schemaVersion);
        QCOMPARE(db.value(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
        for (const QString &table :
             {u"meta"_s, u"checks"_s, u"samples"_s, u"rollup_1m"_s, u"rollup_1h"_s, u"rollup_1d"_s, u"quota_series"_s,
              u"quota_readings"_s, u"tls_expiry"_s, u"events"_s, u"feed_cursors"_s, u"event_gaps"_s, u"calls"_s,
              u"vendor_notices"_s, u"vendor_notices_time"_s, u"gateway_usage"_s, u"gateway_totals"_s, u"quota_usage"_s})
            QVERIFY2(db.count(u"SELECT count(*) FROM sqlite_master WHERE name = '%1'"_s.arg(table)) == 1,
                     qPrintable(table));
    }

    void batchesCommitTogether()
    {
        const QString path = freshPath();
        FastClock clock(t0 + day);
        HistoryStore::Options o = options(path, clock);
        o.commitIntervalMs = 300;
        HistoryStore store(o);
        QVERIFY(openOk(store));
        QSignalSpy committed(&store, &HistoryStore::committed);
        const QList<CheckUpdate> all = synthetic({u"a"_s, u"b"_s}, t0, t0 + 2000 * 1000, 1000);
        // Twenty batches in one go, as twenty monitor flushes within a commit interval.
        for (qsizetype i = 0; i < all.size(); i += 200)
            store.record(all.mid(i, 200));
        QTRY_COMPARE_WITH_TIMEOUT(
            [&] {
                int n = 0;
                for (const auto &call : committed)
                    n += call.at(0).toInt();
                return n;
            }(),
            4000, 10'000);
        QVERIFY2(committed.count() <= 2, qPrintable(QString::number(committed.count())));
        QVERIFY(committed.constFirst().at(1).toDouble() >= 0);
        Inspector db(path);
        QCOMPARE(db.count(u"SELECT count(*) FROM samples"_s), 4000);
        QCOMPARE(db.count(u"SELECT count(*) FROM checks"_s), 2);
    }

    void storesWhatTheSampleHolds()
    {
        const QString path = freshPath();
        FastClock clock(t0);
        HistoryStore store(options(path, clock));
        QVERIFY(openOk(store));
        CheckUpdate down =
            update(u"api"_s, t0 + 1000, HealthStatus::Down, 12.3456789, FailureClass::HttpStatus, u"HTTP 503"_s);
        down.sample.queueMs = 0.25;
        CheckUpdate up = update(u"api"_s, t0 + 2000, HealthStatus::Up, 10.0);
        up.sample.reason = u"not kept for up"_s;
        const CheckUpdate timeout =
            update(u"api"_s, t0 + 3000, HealthStatus::Down, std::nullopt, FailureClass::Timeout, u"timed out"_s);
        store.record({down, up, timeout});
        store.recordState(u"vendor"_s, u"api"_s, HealthStatus::Paused, t0 + 4000);
        QVERIFY(flushed(store));

        Inspector db(path);
        QSqlQuery q(db.database());
        QVERIFY(q.exec(u"SELECT "_s + sampleColumns() + u" FROM samples ORDER BY t_ms"_s));
        QList<HistorySample> rows;
        while (q.next())
            rows.append(sampleFromRow(q));
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows[0].latencyMs, std::optional(12.346));
        QCOMPARE(rows[0].queueMs, 0.25);
        QCOMPARE(rows[0].httpStatus, 503);
        QCOMPARE(rows[0].failureClass, FailureClass::HttpStatus);
        QCOMPARE(rows[0].reason, u"HTTP 503"_s);
        QCOMPARE(rows[1].state, HealthStatus::Up);
        QCOMPARE(rows[1].reason, QString());
        QCOMPARE(rows[2].latencyMs, std::nullopt);
        QCOMPARE(rows[2].httpStatus, 0);
        QCOMPARE(rows[3].state, HealthStatus::Paused);
        // Absent values are NULL, not zeros.
        QCOMPARE(db.count(u"SELECT count(*) FROM samples WHERE http_status IS NULL"_s), 2);
        QCOMPARE(db.count(u"SELECT count(*) FROM samples WHERE reason IS NULL"_s), 2);
    }

    void refusesNewerSchema()
    {
        const QString path = freshPath();
        QDir().mkpath(QFileInfo(path).absolutePath());
        makeDatabase(path, {u"CREATE TABLE future(x)"_s, u"PRAGMA user_version = 99"_s});
        const QByteArray before = fileHash(path);
        FastClock clock(t0);
        {
            HistoryStore store(options(path, clock));
            QSignalSpy status(&store, &HistoryStore::statusChanged);
            store.open();
            QVERIFY(status.wait(10'000));
            QCOMPARE(store.status(), HistoryStore::Status::Unavailable);
            const QString message = status.constLast().at(1).toString();
            QVERIFY2(
                message.contains(u"history.sqlite was written by a newer Gatewatch (schema 99; this one knows %1)"_s.arg(
                    HistoryStore::schemaVersion)),
                qPrintable(message));
            store.record(synthetic({u"a"_s}, t0, t0 + 60'000, 1000));
            QVERIFY(flushed(store));
        }
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFileInfo::exists(path + u"-wal"_s));
    }

    void migratesEarlierFiles_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("no file") << 0;
        QTest::newRow("zero-byte file") << 1;
        QTest::newRow("database at version 0") << 2;
    }

    void migratesEarlierFiles()
    {
        QFETCH(int, kind);
        const QString path = freshPath();
        QDir().mkpath(QFileInfo(path).absolutePath());
        if (kind == 1) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
        } else if (kind == 2) {
            makeDatabase(path, {u"PRAGMA page_size = 8192"_s, u"VACUUM"_s});
        }
        FastClock clock(t0);
        {
            HistoryStore store(options(path, clock));
            QVERIFY(openOk(store));
            store.record(synthetic({u"a"_s}, t0, t0 + 10'000, 1000));
            QVERIFY(flushed(store));
        }
        Inspector db(path);
        QCOMPARE(db.value(u"PRAGMA user_version"_s).toInt(), HistoryStore::schemaVersion);
        QCOMPARE(db.count(u"SELECT count(*) FROM samples"_s), 10);
        QVERIFY(db.value(u"SELECT value FROM meta WHERE key = 'schema_written_by'"_s).isValid());
    }

    void migratesVersion1Files()
    {
        const QString path = freshPath();
        QDir().mkpath(QFileInfo(path).absolutePath());
        {
            // A file as the first release left it, with a sample in it.
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v1"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QCOMPARE(historyschema::migrate(db, u"0.1.0"_s, 1), std::nullopt);
            for (const QString &sql : {u"INSERT INTO checks(id, integration, check_id) VALUES(1, 'vendor', 'a')"_s,
                                       u"INSERT INTO samples(check_ref, t_ms, state) VALUES(1, %1, 0)"_s.arg(t0)}) {
                QSqlQuery q(db);
                QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(u"v1"_s);
        {
            Inspector db(path);
            QCOMPARE(db.value(u"PRAGMA user_version"_s).toInt(), 1);
            QCOMPARE(db.count(u"SELECT count(*) FROM sqlite_master WHERE name = 'events'"_s), 0);
        }

        FastClock clock(t0);
        {
            HistoryStore store(options(path, clock));
            QVERIFY(openOk(store));
            GatewayEvent event;
            event.id = u"call_1"_s;
            event.cursor = u"c_1"_s;
            event.timeMs = t0;
            QSignalSpy committed(&store, &HistoryStore::eventsCommitted);
            store.appendEvents(u"gateway"_s, {event}, u"c_1"_s);
            QVERIFY(committed.wait());
        }
        Inspector db(path);
        QCOMPARE(db.value(u"PRAGMA user_version"_s).toInt(), HistoryStore::schemaVersion);
        QCOMPARE(db.count(u"SELECT count(*) FROM samples"_s), 1);
        // A failed call (the event's default) is a call since schema 3.
        QCOMPARE(db.count(u"SELECT count(*) FROM events"_s), 0);
        QCOMPARE(db.count(u"SELECT count(*) FROM calls WHERE event_id = 'call_1'"_s), 1);
        QCOMPARE(db.value(u"SELECT cursor FROM feed_cursors"_s).toString(), u"c_1"_s);
        // events_time, events_route, events_integration, and events_dedupe since schema 4.
        QCOMPARE(db.count(u"SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name LIKE 'events_%'"_s), 4);
        QCOMPARE(
            db.count(u"SELECT count(*) FROM pragma_table_info('events') WHERE name IN ('dedupe_id', 'received_ms')"_s),
            2);
        QCOMPARE(db.value(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
    }

    void migratesVersion4And5Files_data()
    {
        QTest::addColumn<int>("from");
        QTest::newRow("4: before vendor notices") << 4;
        QTest::newRow("5: before gateway request counts") << 5;
    }

    void migratesVersion4And5Files()
    {
        QFETCH(int, from);
        const QString path = freshPath();
        QDir().mkpath(QFileInfo(path).absolutePath());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QCOMPARE(historyschema::migrate(db, u"0.4.0"_s, from), std::nullopt);
            for (const QString &sql : {u"INSERT INTO checks(id, integration, check_id) VALUES(1, 'vendor', 'a')"_s,
                                       u"INSERT INTO samples(check_ref, t_ms, state) VALUES(1, %1, 0)"_s.arg(t0)}) {
                QSqlQuery q(db);
                QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(u"old"_s);
        {
            Inspector db(path);
            QCOMPARE(db.value(u"PRAGMA user_version"_s).toInt(), from);
            QCOMPARE(db.count(u"SELECT count(*) FROM sqlite_master WHERE name = 'vendor_notices'"_s), from >= 5 ? 1 : 0);
            QCOMPARE(db.count(u"SELECT count(*) FROM sqlite_master WHERE name = 'gateway_usage'"_s), 0);
        }

        FastClock clock(t0);
        {
            HistoryStore store(options(path, clock));
            QVERIFY(openOk(store));
            store.recordVendorStatus(statusReading(
                t0 + hour, {statusIncident(u"inc1"_s, u"API errors"_s, u"investigating"_s, t0 + minute)}, {}));
            GatewayScrape scrape;
            scrape.atMs = t0 + hour;
            scrape.routes.append({u"vendor"_s, std::nullopt, 10, 0, 0, 0, {}});
            store.recordGatewayRequests(scrape, [](const RouteTotals &) { return u"vendor"_s; });
            QVERIFY(flushed(store));
        }
        Inspector db(path);
        QCOMPARE(db.value(u"PRAGMA user_version"_s).toInt(), 6);
        QCOMPARE(db.count(u"SELECT count(*) FROM samples"_s), 1);
        QCOMPARE(db.count(u"SELECT count(*) FROM vendor_notices"_s), 1);
        QCOMPARE(
            db.count(u"SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'vendor_notices_time'"_s), 1);
        QCOMPARE(db.count(u"SELECT count(*) FROM gateway_totals"_s), 1);
        QCOMPARE(db.count(u"SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'gateway_usage_time'"_s),
                 1);
        QCOMPARE(db.value(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
    }

    void leavesNewerFilesAlone()
    {
        // A file of the next version (one step beyond this one's) is neither migrated nor written.
        const QString path = freshPath();
        QDir().mkpath(QFileInfo(path).absolutePath());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"next"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QCOMPARE(historyschema::migrate(db, u"0.5.0"_s), std::nullopt);
            QVERIFY(!historyschema::exec(db, u"PRAGMA user_version = %1"_s.arg(HistoryStore::schemaVersion + 1)));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"next"_s);
        const QByteArray before = fileHash(path);
        FastClock clock(t0);
        {
            HistoryStore store(options(path, clock));
            QSignalSpy status(&store, &HistoryStore::statusChanged);
            store.open();
            QVERIFY(status.wait(10'000));
            QCOMPARE(store.status(), HistoryStore::Status::Unavailable);
            store.recordVendorStatus(
                statusReading(t0, {statusIncident(u"inc1"_s, u"API errors"_s, u"investigating"_s, t0 - minute)}, {}));
            QVERIFY(flushed(store));
        }
        QCOMPARE(fileHash(path), before);
    }

    void recordsVendorStatus()
    {
        const QString path = freshPath();
        FastClock clock(t0);
        HistoryStore store(options(path, clock));
        QVERIFY(openOk(store));
        Inspector db(path);
        // kind, id, name, impact, status, start, end (-1: NULL), updated
        using Row = std::tuple<int, QString, QString, QString, QString, qint64, qint64, qint64>;
        auto rows = [&db](const QString &vendor = u"acme"_s) {
            QSqlQuery q(db.database());
            q.prepare(u"SELECT kind, id, name, coalesce(impact, '-'), coalesce(status, '-'), start_ms,"
                      " coalesce(end_ms, -1), updated_ms FROM vendor_notices WHERE vendor = ? ORDER BY kind, id"_s);
            q.bindValue(0, vendor);
            QList<Row> result;
            if (!q.exec())
                return result;
            while (q.next()) {
                result.append({q.value(0).toInt(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                               q.value(4).toString(), q.value(5).toLongLong(), q.value(6).toLongLong(),
                               q.value(7).toLongLong()});
            }
            return result;
        };

        // First reading, at 02:00:
        //  inc-open     created 01:00, started 00:50, investigating  -> start 00:50, no end
        //  inc-done     created 00:10, resolved 00:40                 -> start 00:10, end 00:40
        //  inc-pm       created 00:05, postmortem, no resolved time, updates at 00:20 and 00:30 -> end 00:30
        //  inc-nostart  no time at all                                -> not kept
        //  mnt-next     scheduled 04:00–06:00                         -> its window
        //  mnt-done     completed, planned 00:00–01:00                -> its window
        //  mnt-nostart  no start                                      -> not kept
        StatusIncident postmortem = statusIncident(u"inc-pm"_s, u"Login failures"_s, u"postmortem"_s, t0 + 5 * minute);
        postmortem.updates = {{u"postmortem"_s, u"Root cause"_s, t0 + 30 * minute},
                              {u"investigating"_s, u"Looking"_s, t0 + 20 * minute}};
        StatusIncident noStart = statusIncident(u"inc-nostart"_s, u"Unknown"_s, u"investigating"_s, 0);
        StatusIncident open =
            statusIncident(u"inc-open"_s, u"API errors"_s, u"investigating"_s, t0 + hour, t0 + 50 * minute);
        open.components = {u"API"_s, u"Dashboard"_s};
        QList<StatusIncident> incidents{
            open,
            statusIncident(u"inc-done"_s, u"Slow webhooks"_s, u"resolved"_s, t0 + 10 * minute, std::nullopt,
                           t0 + 40 * minute),
            postmortem,
            noStart,
        };
        QList<StatusMaintenance> maintenances{
            statusMaintenance(u"mnt-next"_s, u"Database upgrade"_s, u"scheduled"_s, t0 + 4 * hour, t0 + 6 * hour),
            statusMaintenance(u"mnt-done"_s, u"Network work"_s, u"completed"_s, t0, t0 + hour),
            statusMaintenance(u"mnt-nostart"_s, u"Someday"_s, u"scheduled"_s, std::nullopt, t0 + hour),
        };
        store.recordVendorStatus(statusReading(t0 + 2 * hour, incidents, maintenances));
        // Another vendor's page, and a reading that found no page: neither touches acme's rows.
        store.recordVendorStatus(statusReading(
            t0 + 2 * hour, {statusIncident(u"inc-open"_s, u"Globex down"_s, u"identified"_s, t0)}, {}, u"globex"_s));
        QVERIFY(flushed(store));
        const QList<Row> first{
            {0, u"inc-done"_s, u"Slow webhooks"_s, u"major"_s, u"resolved"_s, t0 + 10 * minute, t0 + 40 * minute,
             t0 + 2 * hour},
            {0, u"inc-open"_s, u"API errors"_s, u"major"_s, u"investigating"_s, t0 + 50 * minute, -1, t0 + 2 * hour},
            {0, u"inc-pm"_s, u"Login failures"_s, u"major"_s, u"postmortem"_s, t0 + 5 * minute, t0 + 30 * minute,
             t0 + 2 * hour},
            {1, u"mnt-done"_s, u"Network work"_s, u"-"_s, u"completed"_s, t0, t0 + hour, t0 + 2 * hour},
            {1, u"mnt-next"_s, u"Database upgrade"_s, u"-"_s, u"scheduled"_s, t0 + 4 * hour, t0 + 6 * hour,
             t0 + 2 * hour},
        };
        QCOMPARE(rows(), first);
        QCOMPARE(
            db.value(u"SELECT components FROM vendor_notices WHERE id = 'inc-open' AND vendor = 'acme'"_s).toString(),
            u"[\"API\",\"Dashboard\"]"_s);
        QCOMPARE(rows(u"globex"_s).size(), 1);

        // The same page at 02:02, and a failed reading: only the open incident is written again
        // (last seen open at 02:02).
        VendorStatusReading failed;
        failed.vendorId = u"acme"_s;
        failed.atMs = t0 + 2 * hour + minute;
        failed.problem = VendorStatusReading::Problem::Unreachable;
        store.recordVendorStatus(failed);
        store.recordVendorStatus(statusReading(t0 + 2 * hour + 2 * minute, incidents, maintenances));
        QVERIFY(flushed(store));
        QList<Row> second = first;
        std::get<7>(second[1]) = t0 + 2 * hour + 2 * minute;
        QCOMPARE(rows(), second);

        // 03:00: the open incident left the page without being seen resolved: it keeps no end and
        // its last sighting. The next maintenance began; an overlong name is cut.
        maintenances[0].status = u"in_progress"_s;
        maintenances[0].name = QString(600, u'x');
        store.recordVendorStatus(statusReading(t0 + 3 * hour, incidents.mid(1), maintenances));
        QVERIFY(flushed(store));
        QList<Row> third = second;
        std::get<2>(third[4]) = QString(500, u'x');
        std::get<4>(third[4]) = u"in_progress"_s;
        std::get<7>(third[4]) = t0 + 3 * hour;
        QCOMPARE(rows(), third);

        // 04:00: it is back, resolved at 03:30.
        open.status = u"resolved"_s;
        open.resolvedAtMs = t0 + 3 * hour + 30 * minute;
        store.recordVendorStatus(statusReading(t0 + 4 * hour, {open}, {}));
        QVERIFY(flushed(store));
        QList<Row> fourth = third;
        std::get<4>(fourth[1]) = u"resolved"_s;
        std::get<6>(fourth[1]) = t0 + 3 * hour + 30 * minute;
        std::get<7>(fourth[1]) = t0 + 4 * hour;
        QCOMPARE(rows(), fourth);
    }

    // Kong's shopify-admin/orders and shopify-admin/products carry Shopify, billing/charges Stripe,
    // internal/health nothing. t0 is midnight.
    void countsGatewayRequests()
    {
        const QString path = freshPath();
        FastClock clock(t0 + day);
        const auto integrationOf = [](const RouteTotals &route) -> QString {
            if (route.service == u"shopify-admin"_s)
                return u"shopify"_s;
            if (route.service == u"billing"_s)
                return u"stripe"_s;
            return {};
        };
        const auto scrape = [](qint64 atMs, double orders, std::optional<double> products, std::optional<double> charges) {
            GatewayScrape s;
            s.flavor = GatewayFlavor::Kong;
            s.atMs = atMs;
            if (charges)
                s.routes.append({u"billing"_s, u"charges"_s, *charges, 0, 0, 0, {}});
            s.routes.append({u"internal"_s, u"health"_s, 7, 0, 0, 0, {}});
            s.routes.append({u"shopify-admin"_s, u"orders"_s, orders, 0, 0, 0, {}});
            if (products)
                s.routes.append({u"shopify-admin"_s, u"products"_s, *products, 0, 0, 0, {}});
            return s;
        };
        using Row = std::tuple<QString, qint64, double>; // integration, hour, requests
        const auto usage = [&path] {
            Inspector db(path);
            QSqlQuery q(db.database());
            QList<Row> rows;
            if (!q.exec(u"SELECT integration, hour_s, requests FROM gateway_usage ORDER BY integration, hour_s"_s))
                return rows;
            while (q.next())
                rows.append({q.value(0).toString(), q.value(1).toLongLong() * 1000 - t0, q.value(2).toDouble()});
            return rows;
        };
        {
            HistoryStore store(options(path, clock));
            QVERIFY(openOk(store));
            // 10:50, the first reading: where counting starts, nothing counted yet.
            store.recordGatewayRequests(scrape(t0 + 10 * hour + 50 * minute, 1000, 40, 50), integrationOf);
            QVERIFY(flushed(store));
            QCOMPARE(usage(), QList<Row>{});
            {
                Inspector db(path);
                QCOMPARE(db.count(u"SELECT count(*) FROM gateway_totals"_s), 3);
                QCOMPARE(db.count(u"SELECT count(*) FROM gateway_totals WHERE service = 'internal'"_s), 0);
            }
            // 11:10: orders +300 and products +60 over 20 minutes, half of it in each hour; no
            // charges, counted as none.
            store.recordGatewayRequests(scrape(t0 + 11 * hour + 10 * minute, 1300, 100, 50), integrationOf);
            QVERIFY(flushed(store));
            QCOMPARE(usage(), (QList<Row>{{u"shopify"_s, 10 * hour, 180},
                                          {u"shopify"_s, 11 * hour, 180},
                                          {u"stripe"_s, 10 * hour, 0},
                                          {u"stripe"_s, 11 * hour, 0}}));
        }
        {
            // Gatewatch restarted: 12:30, orders +200 since 11:10 (80 minutes: 50 in hour 11, 30
            // in hour 12); products and charges are no longer on the page.
            HistoryStore store(options(path, clock));
            QVERIFY(openOk(store));
            store.recordGatewayRequests(scrape(t0 + 12 * hour + 30 * minute, 1500, std::nullopt, std::nullopt),
                                        integrationOf);
            QVERIFY(flushed(store));
            // The gateway restarted: 40 since, all in hour 12. Then a reading older than the last
            // one counted changes nothing, and of two in one batch the newer counts (+5).
            store.recordGatewayRequests(scrape(t0 + 12 * hour + 45 * minute, 40, std::nullopt, std::nullopt),
                                        integrationOf);
            QVERIFY(flushed(store));
            store.recordGatewayRequests(scrape(t0 + 12 * hour + 40 * minute, 10, std::nullopt, std::nullopt),
                                        integrationOf);
            QVERIFY(flushed(store));
            store.recordGatewayRequests(scrape(t0 + 12 * hour + 50 * minute, 42, std::nullopt, std::nullopt),
                                        integrationOf);
            store.recordGatewayRequests(scrape(t0 + 12 * hour + 55 * minute, 45, std::nullopt, std::nullopt),
                                        integrationOf);
            QVERIFY(flushed(store));
        }
        QCOMPARE(usage(), (QList<Row>{{u"shopify"_s, 10 * hour, 180},
                                      {u"shopify"_s, 11 * hour, 180 + 125},
                                      {u"shopify"_s, 12 * hour, 75 + 40 + 5},
                                      {u"stripe"_s, 10 * hour, 0},
                                      {u"stripe"_s, 11 * hour, 0}}));
        Inspector db(path);
        QCOMPARE(db.value(u"SELECT requests FROM gateway_totals WHERE service = 'shopify-admin' AND route = 'orders'"_s)
                     .toDouble(),
                 45.0);
        QCOMPARE(db.count(u"SELECT t_ms FROM gateway_totals WHERE route = 'orders'"_s), t0 + 12 * hour + 55 * minute);
    }

    // Two quotas of the same check: 300 tokens and 60 requests consumed between 10:50 and 11:10,
    // half in each hour; a late reading changes nothing.
    void countsQuotaConsumption()
    {
        const QString path = freshPath();
        FastClock clock(t0 + day);
        HistoryStore store(options(path, clock));
        QVERIFY(openOk(store));
        const auto reading = [](qint64 atMs, double tokens, double requests) {
            CheckUpdate u = update(u"api"_s, atMs, HealthStatus::Up, 100);
            QuotaReading t;
            t.policy = u"tokensPerDay"_s;
            t.unit = QuotaUnit::Tokens;
            t.limit = 10'000;
            t.remaining = tokens;
            QuotaReading r;
            r.limit = 100;
            r.remaining = requests;
            u.sample.quotas = {t, r};
            return u;
        };
        store.record({reading(t0 + 10 * hour + 50 * minute, 9000, 100)});
        QVERIFY(flushed(store));
        store.record({reading(t0 + 11 * hour + 10 * minute, 8700, 40)});
        store.record({reading(t0 + 11 * hour, 5000, 0)});
        QVERIFY(flushed(store));
        Inspector db(path);
        QSqlQuery q(db.database());
        QVERIFY(q.exec(u"SELECT integration, policy, unit, hour_s, amount FROM quota_usage ORDER BY policy, hour_s"_s));
        using Row = std::tuple<QString, QString, QString, qint64, double>;
        QList<Row> rows;
        while (q.next()) {
            rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                         q.value(3).toLongLong() * 1000 - t0, q.value(4).toDouble()});
        }
        QCOMPARE(rows, (QList<Row>{{u"vendor"_s, u"default"_s, u"requests"_s, 10 * hour, 30},
                                   {u"vendor"_s, u"default"_s, u"requests"_s, 11 * hour, 30},
                                   {u"vendor"_s, u"tokensPerDay"_s, u"tokens"_s, 10 * hour, 150},
                                   {u"vendor"_s, u"tokensPerDay"_s, u"tokens"_s, 11 * hour, 150}}));
    }

    void gatewayRequestsWaitWhileTheDiskIsFull()
    {
        const QString path = freshPath();
        FastClock clock(t0 + day);
        HistoryStore::Options o = options(path, clock);
        o.maxFileBytes = 160 * 1024;
        HistoryStore store(o);
        QVERIFY(openOk(store));
        const auto integrationOf = [](const RouteTotals &) { return u"shopify"_s; };
        const auto scrape = [](qint64 atMs, double requests) {
            GatewayScrape s;
            s.atMs = atMs;
            s.routes.append({u"shopify"_s, std::nullopt, requests, 0, 0, 0, {}});
            return s;
        };
        store.recordGatewayRequests(scrape(t0, 100), integrationOf);
        QVERIFY(flushed(store));
        // Fill the file with samples until writing fails.
        const QString reason = u"connection refused "_s.repeated(20);
        QList<CheckUpdate> all;
        for (int i = 0; i < 2000; ++i)
            all.append(update(u"api"_s, t0 + i * 1000LL, HealthStatus::Down, std::nullopt, FailureClass::Connect, reason));
        store.record(all);
        QTRY_COMPARE_WITH_TIMEOUT(store.status(), HistoryStore::Status::WriteFailing, 10'000);
        // Readings meanwhile are counted as they come, and the counts wait.
        store.recordGatewayRequests(scrape(t0 + 30 * minute, 160), integrationOf);
        store.recordGatewayRequests(scrape(t0 + 90 * minute, 400), integrationOf);
        store.setMaxFileBytes(0);
        QTRY_COMPARE_WITH_TIMEOUT(store.status(), HistoryStore::Status::Ok, 10'000);
        QVERIFY(flushed(store));
        Inspector db(path);
        // +60 over 00:00-00:30, +240 over 00:30-01:30: 60 + 120 in hour 0, 120 in hour 1.
        QCOMPARE(db.value(u"SELECT requests FROM gateway_usage WHERE hour_s = %1"_s.arg(t0 / 1000)).toDouble(), 180.0);
        QCOMPARE(db.value(u"SELECT requests FROM gateway_usage WHERE hour_s = %1"_s.arg((t0 + hour) / 1000)).toDouble(),
                 120.0);
        QCOMPARE(db.value(u"SELECT route FROM gateway_totals"_s).toString(), QString());
    }

    void movesCorruptFileAside_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("garbage") << 0;
        QTest::newRow("SQLite header, garbage after") << 1;
        QTest::newRow("damaged table page") << 2;
    }

    void movesCorruptFileAside()
    {
        QFETCH(int, kind);
        const QString path = freshPath();
        QDir().mkpath(QFileInfo(path).absolutePath());
        FastClock clock(t0);
        QByteArray junk(16 * 1024, '\0');
        for (qsizetype i = 0; i < junk.size(); ++i)
            junk[i] = static_cast<char>((i * 131 + 7) % 251);
        if (kind == 2) {
            {
                HistoryStore store(options(path, clock));
                QVERIFY(openOk(store));
                store.record(synthetic({u"a"_s, u"b"_s}, t0, t0 + 3 * hour, 1000));
                QVERIFY(flushed(store));
            }
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.size() > 16 * 4096);
            file.seek(12 * 4096);
            file.write(junk.left(4096));
        } else {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            if (kind == 1)
                file.write(QByteArray("SQLite format 3\0", 16));
            file.write(junk);
        }
        const QByteArray damaged = fileHash(path);

        HistoryStore store(options(path, clock));
        QSignalSpy status(&store, &HistoryStore::statusChanged);
        store.open();
        QTRY_VERIFY_WITH_TIMEOUT(store.status() != HistoryStore::Status::Opening, 10'000);
        QCOMPARE(store.status(), HistoryStore::Status::MovedAside);
        QCOMPARE(status.count(), 1);
        const QString message = status.constLast().at(1).toString();
        const QRegularExpression moved(u"moved aside to (\\S+history\\.sqlite\\.corrupt-\\d{8}-\\d{6})"_s);
        const QRegularExpressionMatch match = moved.match(message);
        QVERIFY2(match.hasMatch(), qPrintable(message));
        const QString aside = QDir::fromNativeSeparators(match.captured(1));
        QCOMPARE(fileHash(aside), damaged);

        // The fresh file works.
        store.record(synthetic({u"a"_s}, t0, t0 + 10'000, 1000));
        QVERIFY(flushed(store));
        Inspector db(path);
        QCOMPARE(db.count(u"SELECT count(*) FROM samples"_s), 10);
        QCOMPARE(db.value(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
    }

    void unusableFolderTurnsHistoryOff()
    {
        // A regular file where the folder should be: nothing can be created below it.
        const QString blocker = m_dir.filePath(u"not-a-folder"_s);
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        FastClock clock(t0);
        HistoryStore store(options(blocker + u"/history.sqlite"_s, clock));
        QSignalSpy status(&store, &HistoryStore::statusChanged);
        store.open();
        QVERIFY(status.wait(10'000));
        QCOMPARE(store.status(), HistoryStore::Status::Unavailable);
        QVERIFY2(status.constLast().at(1).toString().contains(u"cannot be created"_s),
                 qPrintable(status.constLast().at(1).toString()));
        store.record(synthetic({u"a"_s}, t0, t0 + 10'000, 1000));
        QVERIFY(flushed(store));
    }

    void readOnlyFileThenWritable()
    {
        const QString path = freshPath();
        FastClock clock(t0);
        {
            HistoryStore store(options(path, clock));
            QVERIFY(openOk(store));
        }
        // Permissions stop an ordinary user; root is stopped only by the immutable attribute.
        auto writable = [&path] {
            QFile probe(path);
            return probe.open(QIODevice::ReadWrite);
        };
        bool immutable = false;
        auto restore = qScopeGuard([&] {
            if (immutable)
                QProcess::execute(u"chattr"_s, {u"-i"_s, path});
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        });
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        if (writable()) {
            immutable = QProcess::execute(u"chattr"_s, {u"+i"_s, path}) == 0;
            if (!immutable || writable())
                QSKIP("neither permissions nor the immutable attribute stop this user from writing the file");
        }

        HistoryStore store(options(path, clock));
        QSignalSpy status(&store, &HistoryStore::statusChanged);
        store.open();
        QTRY_COMPARE_WITH_TIMEOUT(store.status(), HistoryStore::Status::WriteFailing, 10'000);
        QVERIFY2(status.constLast().at(1).toString().contains(u"read-only"_s),
                 qPrintable(status.constLast().at(1).toString()));
        store.record(synthetic({u"a"_s}, t0, t0 + 10'000, 1000));
        restore.dismiss();
        if (immutable)
            QCOMPARE(QProcess::execute(u"chattr"_s, {u"-i"_s, path}), 0);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QTRY_COMPARE_WITH_TIMEOUT(store.status(), HistoryStore::Status::Ok, 10'000);
        QVERIFY(status.constLast().at(1).toString().contains(u"resumed"_s));
        QVERIFY(flushed(store));
        Inspector db(path);
        QCOMPARE(db.count(u"SELECT count(*) FROM samples"_s), 10);
    }

    void fullDiskKeepsSamplesAndResumes()
    {
        const QString path = freshPath();
        FastClock clock(t0 + day);
        HistoryStore::Options o = options(path, clock);
        o.maxQueuedSamples = 3000;
        // The empty schema takes 33 pages of 4 KiB: a few left for samples.
        o.maxFileBytes = 160 * 1024;
        HistoryStore store(o);
        QVERIFY(openOk(store));
        QSignalSpy status(&store, &HistoryStore::statusChanged);

        // Long reasons fill them quickly.
        const QString reason = u"connection refused "_s.repeated(20);
        QList<CheckUpdate> all;
        for (int i = 0; i < 5000; ++i)
            all.append(
                update(u"api"_s, t0 + i * 1000LL, HealthStatus::Down, std::nullopt, FailureClass::Connect, reason));
        store.record(all.mid(0, 1000));
        QTRY_COMPARE_WITH_TIMEOUT(store.status(), HistoryStore::Status::WriteFailing, 10'000);
        const QString failing = status.constLast().at(1).toString();
        QVERIFY2(failing.contains(u"full"_s), qPrintable(failing));

        // More arrives while the disk is full: the oldest beyond 3000 are dropped.
        store.record(all.mid(1000));
        QTRY_VERIFY_WITH_TIMEOUT(status.constLast().at(1).toString().contains(u"2000 of the oldest were dropped"_s),
                                 10'000);
        store.setMaxFileBytes(0);
        QTRY_COMPARE_WITH_TIMEOUT(store.status(), HistoryStore::Status::Ok, 10'000);
        const QString resumed = status.constLast().at(1).toString();
        QVERIFY2(resumed.contains(u"resumed; 2000 samples were dropped while the disk was full"_s),
                 qPrintable(resumed));
        QVERIFY(flushed(store));

        // The queued (newest) samples all landed.
        Inspector db(path);
        QCOMPARE(db.count(u"SELECT count(*) FROM samples"_s), 3000);
        QCOMPARE(db.count(u"SELECT min(t_ms) FROM samples"_s), t0 + 2000 * 1000LL);
        QCOMPARE(db.count(u"SELECT max(t_ms) FROM samples"_s), t0 + 4999 * 1000LL);
        QCOMPARE(db.value(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
    }

    void rollsUpMinutesHoursAndDays()
    {
        const QString path = freshPath();
        FastClock clock(t0);
        HistoryStore store(options(path, clock));
        QVERIFY(openOk(store));
        const QStringList checks{u"a"_s, u"b"_s};
        const QList<CheckUpdate> all = synthetic(checks, t0, t0 + 2 * day + 3 * hour, 10'000);
        for (qsizetype i = 0; i < all.size(); i += 20'000)
            store.record(all.mid(i, 20'000));
        clock.set(t0 + 2 * day + 3 * hour + 10 * minute);
        QVERIFY(flushed(store));

        Inspector db(path);
        for (const QString &check : checks) {
            const QList<HistorySample> samples = historySamples(all, check);
            const QList<Rollup> minutes = rollUp(samples, Resolution::Minute);
            QCOMPARE(db.rollups(Resolution::Minute, check), minutes); // exactly, sums included
            QCOMPARE(db.rollups(Resolution::Hour, check), rollUp(minutes, Resolution::Hour));
            const QList<Rollup> days = db.rollups(Resolution::Day, check);
            QCOMPARE(days.size(), 2);
            QCOMPARE(days, rollUp(rollUp(minutes, Resolution::Hour).mid(0, 48), Resolution::Day));
        }
        QCOMPARE(db.count(u"SELECT min(rolled_1m) FROM checks"_s), t0 + 2 * day + 3 * hour + 8 * minute);
        QCOMPARE(db.count(u"SELECT min(rolled_1h) FROM checks"_s), t0 + 2 * day + 3 * hour);
        QCOMPARE(db.count(u"SELECT min(rolled_1d) FROM checks"_s), t0 + 2 * day);
    }

    void lateSamplesJoinTheirRollups()
    {
        const QString path = freshPath();
        FastClock clock(t0);
        HistoryStore store(options(path, clock));
        QVERIFY(openOk(store));
        QList<CheckUpdate> all = synthetic({u"a"_s}, t0, t0 + day + 2 * hour, 10'000);
        store.record(all);
        clock.set(t0 + day + 2 * hour + 5 * minute);
        QVERIFY(flushed(store));

        // After a suspend: attempts from long ago arrive now, one of them twice.
        const QList<CheckUpdate> late{
            update(u"a"_s, t0 + 5 * hour + 5, HealthStatus::Down, 900.5, FailureClass::HttpStatus, u"502"_s),
            update(u"a"_s, t0 + 5 * hour + 6, HealthStatus::Up, 1.25),
            update(u"a"_s, t0 + day + 90 * minute + 1, HealthStatus::Up, 7.0),
        };
        store.record(late);
        store.record({late.constFirst()});
        QVERIFY(flushed(store));
        all += late;

        Inspector db(path);
        const QList<HistorySample> samples = historySamples(all, u"a"_s);
        const QList<Rollup> expectedMinutes = rollUp(samples, Resolution::Minute);
        const QList<Rollup> minutes = db.rollups(Resolution::Minute, u"a"_s);
        QCOMPARE(minutes.size(), expectedMinutes.size());
        for (qsizetype i = 0; i < minutes.size(); ++i)
            QVERIFY2(sameRollup(minutes[i], expectedMinutes[i]), qPrintable(QString::number(minutes[i].startMs)));
        const QList<Rollup> expectedHours = rollUp(expectedMinutes, Resolution::Hour);
        const QList<Rollup> hours = db.rollups(Resolution::Hour, u"a"_s);
        QCOMPARE(hours.size(), expectedHours.size());
        for (qsizetype i = 0; i < hours.size(); ++i)
            QVERIFY(sameRollup(hours[i], expectedHours[i]));
        const QList<Rollup> days = db.rollups(Resolution::Day, u"a"_s);
        QCOMPARE(days.size(), 1);
        QVERIFY(sameRollup(days[0], rollUp(expectedHours.mid(0, 24), Resolution::Day).constFirst()));
        QCOMPARE(days[0].count(HealthStatus::Down),
                 rollUp(samples, Resolution::Day).constFirst().count(HealthStatus::Down));
    }

    void retentionDeletesOldData()
    {
        const QString path = freshPath();
        FastClock clock(t0);
        HistoryStore::Options o = options(path, clock);
        o.retention.raw = 1h;
        o.retention.minute = 3h;
        o.retention.hour = std::chrono::days(2);
        o.retention.day = std::chrono::days(3);
        HistoryStore store(o);
        QVERIFY(openOk(store));
        const qint64 end = t0 + 5 * day;
        store.record(synthetic({u"a"_s, u"b"_s}, t0, end, 60'000));
        CheckUpdate withQuota = update(u"a"_s, t0 + hour, HealthStatus::Up, 5.0);
        withQuota.sample.quotas.append(QuotaReading{});
        withQuota.sample.tls = TlsInfo{QDateTime::fromMSecsSinceEpoch(t0 + 90 * day, Qt::UTC), {}};
        store.record({withQuota});
        clock.set(end);
        QVERIFY(flushed(store));

        Inspector db(path);
        QVERIFY(db.count(u"SELECT min(t_ms) FROM samples"_s) >= end - hour);
        QCOMPARE(db.count(u"SELECT count(*) FROM samples"_s), 2 * 60);
        QVERIFY(db.count(u"SELECT min(start_s) FROM rollup_1m"_s) * 1000 >= end - 3 * hour);
        QVERIFY(db.count(u"SELECT min(start_s) FROM rollup_1h"_s) * 1000 >= end - 2 * day);
        QCOMPARE(db.count(u"SELECT min(start_s) FROM rollup_1d"_s) * 1000, end - 3 * day);
        QCOMPARE(db.count(u"SELECT count(*) FROM quota_readings"_s), 0);
        QCOMPARE(db.count(u"SELECT count(*) FROM tls_expiry"_s), 0);
        // Nothing that was deleted was lost to the coarser rollups.
        for (const QString &table : {u"rollup_1h"_s, u"rollup_1d"_s}) {
            QSqlQuery q(db.database());
            QVERIFY(q.exec(u"SELECT data FROM "_s + table));
            quint64 total = 0;
            while (q.next())
                total += RollupCell::fromBlob(q.value(0).toByteArray(), 0)->rollup.total();
            QVERIFY(total > 0);
        }
    }

    void retentionDeletesOldEvents()
    {
        const QString path = freshPath();
        FastClock clock(t0);
        HistoryStore::Options o = options(path, clock);
        o.retention.events = std::chrono::days(2);
        HistoryStore store(o);
        QVERIFY(openOk(store));
        // A failed call and a delivery a day apart for five days, and no check results at all.
        QList<GatewayEvent> events;
        for (int i = 0; i < 5; ++i) {
            GatewayEvent call;
            call.id = u"call_%1"_s.arg(i);
            call.cursor = u"c_%1"_s.arg(2 * i);
            call.timeMs = t0 + i * day;
            call.detail = FailedCall{};
            GatewayEvent delivery;
            delivery.id = u"whd_%1"_s.arg(i);
            delivery.cursor = u"c_%1"_s.arg(2 * i + 1);
            delivery.timeMs = t0 + i * day + hour;
            delivery.detail = WebhookDelivery{};
            events += {call, delivery};
        }
        QSignalSpy committed(&store, &HistoryStore::eventsCommitted);
        store.appendEvents(u"gateway"_s, events, u"c_9"_s);
        QVERIFY(committed.wait());
        // Four and a half days on, two days back reaches to t0 + 2.5 days: days 3 and 4 stay.
        clock.set(t0 + 4 * day + 12 * hour);
        QVERIFY(flushed(store));
        Inspector db(path);
        QCOMPARE(db.count(u"SELECT count(*) FROM calls"_s), 2);
        QCOMPARE(db.count(u"SELECT min(t_ms) FROM calls"_s), t0 + 3 * day);
        QCOMPARE(db.count(u"SELECT count(*) FROM events WHERE type = 'webhook.delivery'"_s), 2);
        QCOMPARE(db.count(u"SELECT min(time_ms) FROM events"_s), t0 + 3 * day + hour);
        QCOMPARE(db.value(u"SELECT cursor FROM feed_cursors"_s).toString(), u"c_9"_s);
    }

    void retentionDeletesOldGatewayRequests()
    {
        const QString path = freshPath();
        FastClock clock(t0);
        HistoryStore::Options o = options(path, clock);
        o.retention.day = std::chrono::days(2);
        HistoryStore store(o);
        QVERIFY(openOk(store));
        const auto scrape = [](qint64 atMs, double requests) {
            GatewayScrape s;
            s.atMs = atMs;
            s.routes.append({u"shopify"_s, std::nullopt, requests, 0, 0, 0, {}});
            return s;
        };
        const auto integrationOf = [](const RouteTotals &) { return u"shopify"_s; };
        store.recordGatewayRequests(scrape(t0, 0), integrationOf);
        QVERIFY(flushed(store));
        // 1200 requests over five days: 10 an hour, 120 hours.
        store.recordGatewayRequests(scrape(t0 + 5 * day, 1200), integrationOf);
        QVERIFY(flushed(store));
        {
            Inspector db(path);
            QCOMPARE(db.count(u"SELECT count(*) FROM gateway_usage"_s), 120);
        }
        // Two days back from day 5 is day 3: its hours and later stay.
        clock.set(t0 + 5 * day);
        QVERIFY(flushed(store));
        Inspector db(path);
        QCOMPARE(db.count(u"SELECT count(*) FROM gateway_usage"_s), 48);
        QCOMPARE(db.count(u"SELECT min(hour_s) FROM gateway_usage"_s), (t0 + 3 * day) / 1000);
        QCOMPARE(db.value(u"SELECT total(requests) FROM gateway_usage"_s).toDouble(), 480.0);
    }

    void storesQuotaAndTlsSeries()
    {
        const QString path = freshPath();
        FastClock clock(t0);
        HistoryStore store(options(path, clock));
        QVERIFY(openOk(store));
        QList<CheckUpdate> updates;
        const double remaining[] = {100, 90, 95, 80, 70};
        // Five readings over two minutes: one stored per minute, the lowest of each.
        for (int i = 0; i < 5; ++i) {
            CheckUpdate u = update(u"a"_s, t0 + i * 25'000LL, HealthStatus::Up, 5.0);
            QuotaReading reading;
            reading.policy = u"hourly"_s;
            reading.remaining = remaining[i];
            reading.limit = 100;
            reading.resetAt = QDateTime::fromMSecsSinceEpoch(t0 + hour, Qt::UTC);
            u.sample.quotas.append(reading);
            updates.append(u);
        }
        // Certificate seen every 10 minutes for 3 hours, renewed after 2: stored hourly and on change.
        for (int i = 0; i < 18; ++i) {
            CheckUpdate u = update(u"a"_s, t0 + 2 * minute + i * 10 * minute, HealthStatus::Up, 5.0);
            const qint64 expires = i < 12 ? t0 + 10 * day : t0 + 100 * day;
            u.sample.tls = TlsInfo{QDateTime::fromMSecsSinceEpoch(expires, Qt::UTC), u"CN=api"_s};
            updates.append(u);
        }
        store.record(updates);
        QVERIFY(flushed(store));

        Inspector db(path);
        QSqlQuery q(db.database());
        QVERIFY(q.exec(u"SELECT s.integration, s.policy, r.minute_s, r.t_ms, r.remaining, r.quota_limit, r.reset_ms"
                       " FROM quota_readings r JOIN quota_series s ON s.id = r.series_ref ORDER BY r.minute_s"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"vendor"_s);
        QCOMPARE(q.value(1).toString(), u"hourly"_s);
        QCOMPARE(q.value(4).toDouble(), 90.0);
        QCOMPARE(q.value(3).toLongLong(), t0 + 25'000);
        QCOMPARE(q.value(5).toDouble(), 100.0);
        QCOMPARE(q.value(6).toLongLong(), t0 + hour);
        QVERIFY(q.next());
        QCOMPARE(q.value(4).toDouble(), 70.0);
        QVERIFY(!q.next());

        QVERIFY(q.exec(u"SELECT t_ms, expires_ms FROM tls_expiry ORDER BY t_ms"_s));
        QList<std::pair<qint64, qint64>> tls;
        while (q.next())
            tls.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
        const QList<std::pair<qint64, qint64>> expected{
            {t0 + 2 * minute, t0 + 10 * day},
            {t0 + 62 * minute, t0 + 10 * day},
            {t0 + 122 * minute, t0 + 100 * day},
        };
        QCOMPARE(tls, expected);
    }

    void storesNoSecrets()
    {
        const QString path = freshPath();
        FastClock clock(t0);
        HistoryStore store(options(path, clock));
        QVERIFY(openOk(store));
        CheckUpdate u = update(u"a"_s, t0, HealthStatus::Down, 5.0, FailureClass::Condition, u"[STATUS] == 200"_s);
        u.sample.failedConditions.append({u"[BODY].token == x"_s, u"SECRET-in-body"_s});
        u.sample.tls = TlsInfo{QDateTime::fromMSecsSinceEpoch(t0 + day, Qt::UTC), u"CN=SECRET-subject"_s};
        store.record({u});
        QVERIFY(flushed(store));
        QByteArray bytes;
        for (const QString &file : {path, QString(path + u"-wal"_s)}) {
            QFile f(file);
            if (f.open(QIODevice::ReadOnly))
                bytes += f.readAll();
        }
        QVERIFY(bytes.contains("[STATUS] == 200"));
        QVERIFY(!bytes.contains("SECRET-"));
    }
};

QTEST_GUILESS_MAIN(tst_HistoryStore)
#include "tst_historystore.moc"
