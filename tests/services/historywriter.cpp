// Records synthetic samples through HistoryStore until it is killed, for tst_historycrash.
// Every 10 ms of its clock it records one sample per check, at base + 10 ms * tick, so that the
// n-th sample recorded is known from n alone. It prints
//   ready                      once the store is open
//   recorded <t_ms>            every 100 ms: the newest sample handed to the store
//   committed <t_ms> <count>   after each commit: the newest sample known to be on disk
// and calls flush() every 300 ms, so that rollups and their watermarks are written too.
//
//   historywriter --db PATH --base-ms T [--checks 20] [--skew-ms 0] [--prefix run]

#include "historystore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <cstdio>

using namespace gw;
using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption dbOption(u"db"_s, u"Database file."_s, u"PATH"_s);
    const QCommandLineOption baseOption(u"base-ms"_s, u"Time of the first sample (ms since the epoch)."_s, u"T"_s);
    const QCommandLineOption checksOption(u"checks"_s, u"Checks recorded every 10 ms."_s, u"N"_s, u"20"_s);
    const QCommandLineOption skewOption(u"skew-ms"_s, u"The store's clock runs this far ahead."_s, u"MS"_s, u"0"_s);
    const QCommandLineOption prefixOption(u"prefix"_s, u"Check id prefix."_s, u"TEXT"_s, u"run"_s);
    parser.addOptions({dbOption, baseOption, checksOption, skewOption, prefixOption});
    parser.process(app);

    const qint64 base = parser.value(baseOption).toLongLong();
    const qint64 skew = parser.value(skewOption).toLongLong();
    const int checks = parser.value(checksOption).toInt();
    const QString prefix = parser.value(prefixOption);
    if (!parser.isSet(dbOption) || base <= 0 || checks <= 0)
        return 2;

    QElapsedTimer elapsed;
    elapsed.start();
    HistoryStore::Options options;
    options.path = parser.value(dbOption);
    options.clock = [base, skew, elapsed] { return base + elapsed.elapsed() + skew; };
    HistoryStore store(options);

    qint64 committed = 0;
    qint64 ticks = 0;
    auto timeOfSample = [&](qint64 index) { return base + (index / checks) * 10; };
    QObject::connect(&store, &HistoryStore::committed, &store, [&](int samples, double) {
        committed += samples;
        std::printf("committed %lld %lld\n", static_cast<long long>(timeOfSample(committed - 1)),
                    static_cast<long long>(committed));
        std::fflush(stdout);
    });

    QTimer producer;
    producer.setTimerType(Qt::PreciseTimer);
    producer.setInterval(10);
    QObject::connect(&producer, &QTimer::timeout, &producer, [&] {
        QList<CheckUpdate> batch;
        for (; ticks <= elapsed.elapsed() / 10; ++ticks) {
            for (int c = 0; c < checks; ++c) {
                CheckUpdate u;
                u.sample.integrationId = u"crash"_s;
                u.sample.checkId = u"%1-%2"_s.arg(prefix).arg(c);
                u.sample.at = QDateTime::fromMSecsSinceEpoch(base + ticks * 10, Qt::UTC);
                u.sample.verdict = (ticks + c) % 50 == 0 ? HealthStatus::Down : HealthStatus::Up;
                u.sample.httpStatus = u.sample.verdict == HealthStatus::Up ? 200 : 503;
                u.sample.latencyMs = 20.0 + static_cast<double>((ticks * 31 + c * 17) % 400) / 4.0;
                batch.append(u);
            }
        }
        store.record(batch);
    });
    QTimer reporter;
    reporter.setInterval(100);
    QObject::connect(&reporter, &QTimer::timeout, &reporter, [&] {
        if (ticks > 0) {
            std::printf("recorded %lld\n", static_cast<long long>(base + (ticks - 1) * 10));
            std::fflush(stdout);
        }
    });
    QTimer flusher;
    flusher.setInterval(300);
    QObject::connect(&flusher, &QTimer::timeout, &store, [&] { store.flush(); });

    QObject::connect(&store, &HistoryStore::statusChanged, &store, [&](HistoryStore::Status status, const QString &) {
        if (status == HistoryStore::Status::Ok && !producer.isActive()) {
            std::printf("ready\n");
            std::fflush(stdout);
            elapsed.restart();
            producer.start();
            reporter.start();
            flusher.start();
        }
    });
    store.open();
    return QCoreApplication::exec();
}
