// Chart queries on a long history: one check with --samples raw samples at a 10 s interval
// (raw retention long enough to keep them all), recorded through the real store with a
// fast-forwarded clock and rolled up. Times, as the median of --repeat runs:
//  - the whole range with at most 2,000 points (answered from rollups);
//  - a window of 8,000 raw samples brought down to 2,000 points with LTTB;
//  - for scale, the naive path once: every raw row of the whole range read and LTTB'd.
//
//   bench_historyquery [--samples 1000000] [--repeat 20] [--dir DIR]
//
// Not a unit test: no thresholds here; docs/PERFORMANCE.md records the results.

#include "downsample.h"
#include "historyreader.h"
#include "historystore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <vector>

using namespace gw;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

constexpr qint64 start = 1'758'412'800'000; // 2025-09-21T00:00:00Z
constexpr qint64 intervalMs = 10'000;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

template<typename Done>
void runUntil(Done done)
{
    while (!done())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

struct Timing
{
    double median = 0;
    double p90 = 0;
    double min = 0;
};

template<typename Run>
Timing timeIt(int repeat, Run run)
{
    std::vector<double> ms;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer clock;
        clock.start();
        run();
        ms.push_back(static_cast<double>(clock.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms[static_cast<std::size_t>(0.9 * static_cast<double>(ms.size() - 1))], ms.front()};
}

void populate(const QString &path, qint64 samples, const Retention &retention)
{
    auto now = std::make_shared<std::atomic<qint64>>(start);
    HistoryStore::Options options;
    options.path = path;
    options.retention = retention;
    options.clock = [now] { return now->load(); };
    HistoryStore store(options);
    store.open();
    runUntil([&] { return store.status() != HistoryStore::Status::Opening; });
    bool flushed = false;
    QObject::connect(&store, &HistoryStore::flushed, &store, [&] { flushed = true; });
    QList<CheckUpdate> batch;
    for (qint64 i = 0; i < samples; ++i) {
        CheckUpdate u;
        u.sample.integrationId = u"vendor"_s;
        u.sample.checkId = u"api"_s;
        u.sample.at = QDateTime::fromMSecsSinceEpoch(start + i * intervalMs, Qt::UTC);
        // A daily rhythm, noise, and now and then a spike or an outage.
        const double hourOfDay = static_cast<double>((i * intervalMs / 3'600'000) % 24);
        const double noise = static_cast<double>((static_cast<quint64>(i) * 2654435761u) % 1000) / 1000.0;
        u.sample.latencyMs =
            std::round((90 + 40 * std::sin(hourOfDay / 24 * 6.283) + 60 * noise * noise + (i % 5003 == 0 ? 2500 : 0))
                       * 1000)
            / 1000;
        u.sample.httpStatus = 200;
        u.sample.verdict = HealthStatus::Up;
        if (i % 9973 < 6) {
            u.sample.verdict = HealthStatus::Down;
            u.sample.httpStatus = 503;
            u.sample.failureClass = FailureClass::HttpStatus;
            u.sample.reason = u"HTTP 503"_s;
        }
        batch.append(u);
        if (batch.size() == 1000) {
            store.record(batch);
            batch.clear();
        }
        if ((i + 1) % 100'000 == 0 || i + 1 == samples) {
            store.record(batch);
            batch.clear();
            now->store(start + (i + 1) * intervalMs + 3'600'000);
            flushed = false;
            store.flush();
            runUntil([&] { return flushed; });
        }
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption samplesOption(u"samples"_s, u"Raw samples of the check."_s, u"N"_s, u"1000000"_s);
    const QCommandLineOption repeatOption(u"repeat"_s, u"Runs per query (the median is reported)."_s, u"N"_s, u"20"_s);
    const QCommandLineOption dirOption(u"dir"_s, u"Where the file goes (default: a temporary folder)."_s, u"DIR"_s);
    parser.addOptions({samplesOption, repeatOption, dirOption});
    parser.addHelpOption();
    parser.process(app);
    const qint64 samples = parser.value(samplesOption).toLongLong();
    const int repeat = parser.value(repeatOption).toInt();
    if (samples < 10'000 || repeat <= 0) {
        std::fprintf(stderr, "bad arguments\n");
        return 2;
    }
    QTemporaryDir temporary;
    const QString path = (parser.isSet(dirOption) ? parser.value(dirOption) : temporary.path()) + u"/query.sqlite"_s;

    const qint64 end = start + samples * intervalMs;
    Retention retention;
    retention.raw = std::chrono::milliseconds(end - start) + std::chrono::days(7);
    QElapsedTimer clock;
    clock.start();
    if (!QFileInfo::exists(path))
        populate(path, samples, retention);
    out() << u"%1 raw samples of one check, every 10 s over %2 days; written and rolled up in %3 s; file %4 MB\n"_s
                 .arg(samples)
                 .arg(static_cast<double>(end - start) / 86'400'000.0, 0, 'f', 1)
                 .arg(clock.elapsed() / 1000)
                 .arg(static_cast<double>(QFileInfo(path).size()) / 1e6, 0, 'f', 1);
    out().flush();

    const qint64 now = end + 3'600'000;
    HistoryReader reader(path, retention, [now] { return now; });
    auto report = [&](const QString &label, const HistoryQuery &query) {
        ChartData data = reader.chartNow(query); // opens the connection; not timed
        const Timing t = timeIt(repeat, [&] { data = reader.chartNow(query); });
        out() << label
              << u": median %1 ms (p90 %2, min %3) at %4; points: p50 %5, p95 %6, raw %7, errors %8,"
                 " timeline cells %9\n"_s.arg(t.median, 0, 'f', 2)
                     .arg(t.p90, 0, 'f', 2)
                     .arg(t.min, 0, 'f', 2)
                     .arg(machineName(data.resolution))
                     .arg(data.latencyP50.size())
                     .arg(data.latencyP95.size())
                     .arg(data.latencyRaw.size())
                     .arg(data.errors.size())
                     .arg(data.timeline.size());
        out().flush();
    };
    report(u"whole range (%1 raw points), at most 2000 points"_s.arg(samples),
           {u"vendor"_s, u"api"_s, start, end, 2000, 120});
    report(u"8000 raw samples (%1 h), at most 2000 points"_s.arg(8000.0 * intervalMs / 3'600'000, 0, 'f', 1),
           {u"vendor"_s, u"api"_s, end - 8000 * intervalMs, end, 2000, 120});
    report(u"1 year, at most 2000 points"_s, {u"vendor"_s, u"api"_s, end - 365 * 86'400'000LL, end, 2000, 120});

    // The naive path for scale: every raw row read and downsampled in the process.
    const QString name = u"naive"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            qsizetype points = 0;
            const Timing t = timeIt(3, [&] {
                QSqlQuery q(db);
                q.setForwardOnly(true);
                q.exec(u"SELECT t_ms, latency_us FROM samples WHERE check_ref = 1 AND t_ms >= %1 AND t_ms < %2"
                       " ORDER BY t_ms"_s.arg(start)
                           .arg(end));
                QList<QPointF> all;
                all.reserve(static_cast<qsizetype>(samples));
                while (q.next())
                    all.append(QPointF(q.value(0).toDouble(), q.value(1).toDouble() / 1000));
                points = all.size();
                all = lttb(all, 2000);
            });
            out() << u"naive: all %1 raw rows read and LTTB'd to 2000: median %2 ms (of 3)\n"_s.arg(points).arg(
                t.median, 0, 'f', 1);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return 0;
}
