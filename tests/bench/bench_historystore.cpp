// History store benchmark, three parts:
//  1. ingest: samples recorded in real time at a fixed rate for --seconds through the real store
//     (commits, rollups and retention running as in the app); commit times, samples/s reached,
//     and the GUI thread's heartbeat (a 10 ms timer) during ingest and during the final flush;
//  2. size: --size-checks checks at a 10 s interval for --size-days days through the real store
//     with a fast-forwarded clock and the default retention; the file size after rollups and
//     retention;
//  3. queries on that file (30 days, 1 year) through HistoryReader, with the heartbeat.
//
//   bench_historystore [--seconds 600] [--rate 2000] [--checks 2000] [--size-days 30]
//                      [--size-checks 100] [--dir DIR [--reuse]]
//
// Not a unit test: no thresholds here; docs/PERFORMANCE.md records the results.

#include "historyreader.h"
#include "historystore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <vector>

using namespace gw;
using namespace Qt::StringLiterals;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[static_cast<std::size_t>(p * static_cast<double>(values.size() - 1))];
}

// The GUI thread's pulse: a 10 ms timer whose longest gap is the worst stall.
class Heartbeat
{
public:
    Heartbeat()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            m_worst = std::max(m_worst, static_cast<double>(m_clock.nsecsElapsed()) / 1e6);
            m_clock.restart();
        });
    }
    void start()
    {
        m_worst = 0;
        m_clock.start();
        m_timer.start();
    }
    double stop()
    {
        m_timer.stop();
        return m_worst;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_worst = 0;
};

// Runs the event loop until `done` says so (checked whenever an event, at least a timer, arrived).
template<typename Done>
void runUntil(Done done)
{
    while (!done())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

CheckUpdate synthetic(int check, int integrations, qint64 atMs, quint64 n)
{
    CheckUpdate u;
    u.sample.integrationId = u"bench-%1"_s.arg(check % integrations);
    u.sample.checkId = u"check-%1"_s.arg(check);
    u.sample.at = QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC);
    // Log-normal-ish around 120 ms, 1 % down with a 503.
    const double spread = static_cast<double>((n * 2654435761u) % 1000) / 1000.0;
    u.sample.latencyMs = std::round(120.0 * std::exp(0.8 * (spread - 0.5)) * 1000.0) / 1000.0;
    u.sample.httpStatus = 200;
    u.sample.verdict = HealthStatus::Up;
    if (n % 100 == 7) {
        u.sample.verdict = HealthStatus::Down;
        u.sample.httpStatus = 503;
        u.sample.failureClass = FailureClass::HttpStatus;
        u.sample.reason = u"HTTP 503 Service Unavailable"_s;
    }
    QuotaReading quota;
    quota.limit = 1000;
    quota.remaining = static_cast<double>(1000 - (n / 7) % 1000);
    quota.resetAt = QDateTime::fromMSecsSinceEpoch(atMs - atMs % 3'600'000 + 3'600'000, Qt::UTC);
    u.sample.quotas.append(quota);
    u.sample.tls = TlsInfo{QDateTime::fromMSecsSinceEpoch(1'800'000'000'000, Qt::UTC), u"CN=bench"_s};
    u.state = u.sample.verdict;
    return u;
}

void ingest(const QString &dir, int seconds, int rate, int checks)
{
    HistoryStore::Options options;
    options.path = dir + u"/ingest.sqlite"_s;
    HistoryStore store(options);
    QObject::connect(&store, &HistoryStore::statusChanged, &store,
                     [](HistoryStore::Status, const QString &message) { out() << u"  store: "_s << message << '\n'; });
    store.open();
    runUntil([&] { return store.status() != HistoryStore::Status::Opening; });

    std::vector<double> commitMs;
    qint64 committed = 0;
    QObject::connect(&store, &HistoryStore::committed, &store, [&](int samples, double ms) {
        committed += samples;
        commitMs.push_back(ms);
    });

    Heartbeat heartbeat;
    QElapsedTimer clock;
    quint64 produced = 0;
    int nextCheck = 0;
    QTimer producer;
    producer.setTimerType(Qt::PreciseTimer);
    producer.setInterval(10);
    // Each tick records what is due by now at `rate`, as the monitor's batches would arrive.
    QObject::connect(&producer, &QTimer::timeout, &producer, [&] {
        const auto due = static_cast<quint64>(static_cast<double>(clock.elapsed()) * rate / 1000.0);
        QList<CheckUpdate> batch;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        while (produced < due) {
            batch.append(synthetic(nextCheck, 20, now, produced++));
            nextCheck = (nextCheck + 1) % checks;
        }
        store.record(batch);
    });
    out() << u"ingest: %1 samples/s over %2 checks for %3 s\n"_s.arg(rate).arg(checks).arg(seconds);
    out().flush();
    clock.start();
    heartbeat.start();
    producer.start();
    runUntil([&] { return clock.elapsed() >= seconds * 1000LL; });
    producer.stop();
    const double ingestGap = heartbeat.stop();
    const double elapsed = static_cast<double>(clock.elapsed()) / 1000.0;
    runUntil([&] { return committed >= static_cast<qint64>(produced) || clock.elapsed() > (seconds + 30) * 1000LL; });

    QElapsedTimer flushClock;
    flushClock.start();
    heartbeat.start();
    bool flushed = false;
    QObject::connect(&store, &HistoryStore::flushed, &store, [&] { flushed = true; });
    store.flush();
    runUntil([&] { return flushed; });
    const double flushGap = heartbeat.stop();

    out() << u"  recorded %1, committed %2 (%3 samples/s) in %4 commits\n"_s.arg(produced)
                 .arg(committed)
                 .arg(static_cast<double>(committed) / elapsed, 0, 'f', 0)
                 .arg(commitMs.size());
    out() << u"  commit ms: p50 %1, p99 %2, max %3\n"_s.arg(percentile(commitMs, 0.5), 0, 'f', 1)
                 .arg(percentile(commitMs, 0.99), 0, 'f', 1)
                 .arg(percentile(commitMs, 1.0), 0, 'f', 1);
    out() << u"  GUI heartbeat worst gap: %1 ms during ingest (10 ms timer)\n"_s.arg(ingestGap, 0, 'f', 1);
    out() << u"  final flush (rollups, retention): %1 ms, heartbeat worst gap %2 ms\n"_s.arg(flushClock.elapsed())
                 .arg(flushGap, 0, 'f', 1);
    out() << u"  file: %1 MB\n"_s.arg(static_cast<double>(QFileInfo(options.path).size()) / 1e6, 0, 'f', 1);
    out().flush();
}

void describeFile(const QString &path)
{
    const QString name = u"bench-inspect"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery q(db);
            for (const QString &pragma : {u"page_count"_s, u"freelist_count"_s, u"page_size"_s}) {
                if (q.exec(u"PRAGMA "_s + pragma) && q.next())
                    out() << u"  %1: %2\n"_s.arg(pragma, q.value(0).toString());
            }
            for (const QString &table :
                 {u"samples"_s, u"rollup_1m"_s, u"rollup_1h"_s, u"rollup_1d"_s, u"quota_readings"_s, u"tls_expiry"_s}) {
                if (q.exec(u"SELECT count(*) FROM "_s + table) && q.next())
                    out() << u"  %1: %2 rows"_s.arg(table, -15).arg(q.value(0).toLongLong());
                if (q.exec(u"SELECT sum(pgsize) FROM dbstat WHERE name = '%1'"_s.arg(table)) && q.next())
                    out() << u", %1 MB"_s.arg(q.value(0).toDouble() / 1e6, 0, 'f', 1);
                out() << '\n';
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
}

QString size(const QString &dir, int days, int checks, bool reuse, qint64 *endMs)
{
    const qint64 start = 1'789'948'800'000; // 2026-09-21T00:00:00Z
    auto now = std::make_shared<std::atomic<qint64>>(start);
    HistoryStore::Options options;
    options.path = dir + u"/size.sqlite"_s;
    options.clock = [now] { return now->load(); };
    const qint64 end = start + days * 86'400'000LL;
    *endMs = end;
    out() << u"size: %1 checks every 10 s for %2 days, default retention (raw 48 h, minutes 30 d, hours 1 y)\n"_s
                 .arg(checks)
                 .arg(days);
    out().flush();
    QElapsedTimer wall;
    wall.start();
    if (!reuse || !QFileInfo::exists(options.path)) {
        HistoryStore store(options);
        store.open();
        runUntil([&] { return store.status() != HistoryStore::Status::Opening; });
        bool flushed = false;
        QObject::connect(&store, &HistoryStore::flushed, &store, [&] { flushed = true; });
        quint64 n = 0;
        for (qint64 hour = start; hour < end; hour += 3'600'000) {
            for (qint64 t = hour; t < hour + 3'600'000; t += 10'000) {
                QList<CheckUpdate> batch;
                batch.reserve(checks);
                for (int c = 0; c < checks; ++c)
                    batch.append(synthetic(c, 10, t + c * 37, n++));
                store.record(batch);
            }
            now->store(hour + 3'600'000);
            flushed = false;
            store.flush();
            runUntil([&] { return flushed; });
            if ((hour - start) % (86'400'000LL * 5) == 0 && hour > start) {
                out() << u"  day %1: %2 MB, %3 s\n"_s.arg((hour - start) / 86'400'000)
                             .arg(static_cast<double>(QFileInfo(options.path).size()) / 1e6, 0, 'f', 1)
                             .arg(wall.elapsed() / 1000);
                out().flush();
            }
        }
        out() << u"  %1 samples through the store in %2 s\n"_s.arg(n).arg(wall.elapsed() / 1000);
    }
    // The store is closed: the WAL is checkpointed into the file and removed.
    const qint64 bytes = QFileInfo(options.path).size() + QFileInfo(options.path + u"-wal"_s).size();
    out() << u"  file after rollups and retention: %1 MB (%2 MiB)\n"_s.arg(static_cast<double>(bytes) / 1e6, 0, 'f', 1)
                 .arg(static_cast<double>(bytes) / 1048576.0, 0, 'f', 1);
    describeFile(options.path);
    out().flush();
    return options.path;
}

void queries(const QString &path, qint64 endMs)
{
    HistoryReader reader(path, Retention{}, [endMs] { return endMs; });
    Heartbeat heartbeat;
    for (const auto &[label, rangeMs] :
         {std::pair{u"30 days"_s, 30 * 86'400'000LL}, std::pair{u"1 year"_s, 365 * 86'400'000LL}}) {
        for (const QString &checkId : {u"check-0"_s, QString()}) {
            const HistoryQuery query{u"bench-0"_s, checkId, endMs - rangeMs, endMs, 2000, 120};
            QElapsedTimer clock;
            heartbeat.start();
            clock.start();
            QFutureWatcher<ChartData> watcher;
            bool finished = false;
            QObject::connect(&watcher, &QFutureWatcherBase::finished, &watcher, [&] { finished = true; });
            QFuture<ChartData> future = reader.chart(query);
            watcher.setFuture(future);
            runUntil([&] { return finished; });
            const double ms = static_cast<double>(clock.nsecsElapsed()) / 1e6;
            const double gap = heartbeat.stop();
            const ChartData data = future.result();
            out() << u"query %1 of %2: %3 ms at %4, %5 p50 points, %6 cells; heartbeat worst gap %7 ms\n"_s
                         .arg(label, checkId.isEmpty() ? u"the integration (10 checks)"_s : u"one check"_s)
                         .arg(ms, 0, 'f', 1)
                         .arg(machineName(data.resolution))
                         .arg(data.latencyP50.size())
                         .arg(data.timeline.size())
                         .arg(gap, 0, 'f', 1);
            out().flush();
        }
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption secondsOption(u"seconds"_s, u"Ingest duration (0: skip)."_s, u"S"_s, u"600"_s);
    const QCommandLineOption rateOption(u"rate"_s, u"Samples per second to ingest."_s, u"N"_s, u"2000"_s);
    const QCommandLineOption checksOption(u"checks"_s, u"Checks the ingest spreads over."_s, u"N"_s, u"2000"_s);
    const QCommandLineOption sizeDaysOption(u"size-days"_s, u"Days for the size run (0: skip)."_s, u"D"_s, u"30"_s);
    const QCommandLineOption sizeChecksOption(u"size-checks"_s, u"Checks for the size run."_s, u"N"_s, u"100"_s);
    const QCommandLineOption dirOption(u"dir"_s, u"Where the files go (default: a temporary folder)."_s, u"DIR"_s);
    const QCommandLineOption reuseOption(u"reuse"_s, u"Keep a size file from an earlier run in --dir."_s);
    parser.addOptions(
        {secondsOption, rateOption, checksOption, sizeDaysOption, sizeChecksOption, dirOption, reuseOption});
    parser.addHelpOption();
    parser.process(app);

    QTemporaryDir temporary;
    const QString dir = parser.isSet(dirOption) ? parser.value(dirOption) : temporary.path();
    QDir().mkpath(dir);
    const int seconds = parser.value(secondsOption).toInt();
    const int rate = parser.value(rateOption).toInt();
    const int checks = parser.value(checksOption).toInt();
    const int sizeDays = parser.value(sizeDaysOption).toInt();
    const int sizeChecks = parser.value(sizeChecksOption).toInt();
    if (seconds < 0 || rate <= 0 || checks <= 0 || sizeDays < 0 || sizeChecks <= 0) {
        std::fprintf(stderr, "bad arguments\n");
        return 2;
    }
    if (seconds > 0)
        ingest(dir, seconds, rate, checks);
    if (sizeDays > 0) {
        qint64 end = 0;
        const QString path = size(dir, sizeDays, sizeChecks, parser.isSet(reuseOption), &end);
        queries(path, end);
    }
    return 0;
}
