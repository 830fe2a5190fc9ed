// Polling benchmark: thousands of checks at a short interval against many loopback host:port
// pairs served by a child process (so only gatewatch's own work is measured here). Reports the
// CPU used by the polling process, scheduling lag and latency error versus the server's delay.
//
//   bench_polling [--checks 2000] [--interval 10s] [--ports 50] [--seconds 120] [--delay-ms 20]
//
// Not a unit test: no thresholds here; docs/PERFORMANCE.md records the results.

#include "duration.h"
#include "monitor.h"
#include "overviewmodel.h"
#include "references.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMap>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <vector>

using namespace gw;
using namespace Qt::StringLiterals;

namespace {

class NoSecrets final : public SecretSource
{
public:
    std::optional<QString> secret(const QString &) const override { return std::nullopt; }
};

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
           + static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = static_cast<size_t>(p * static_cast<double>(values.size() - 1));
    return values[index];
}

// The child: minimal keep-alive HTTP/1.1 responders that answer after a fixed delay.
int serve(int ports, int delayMs)
{
    QList<QTcpServer *> servers;
    QTextStream out(stdout);
    const QByteArray body = R"({"ok":true,"service":"bench"})";
    const QByteArray response = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                                + QByteArray::number(body.size()) + "\r\nConnection: keep-alive\r\n\r\n" + body;
    for (int i = 0; i < ports; ++i) {
        auto *server = new QTcpServer(qApp);
        if (!server->listen(QHostAddress::LocalHost, 0))
            return 1;
        QObject::connect(server, &QTcpServer::newConnection, server, [server, response, delayMs] {
            while (QTcpSocket *socket = server->nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                auto buffer = std::make_shared<QByteArray>();
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, buffer, response, delayMs] {
                    *buffer += socket->readAll();
                    qsizetype end = 0;
                    while ((end = buffer->indexOf("\r\n\r\n")) >= 0) {
                        buffer->remove(0, end + 4);
                        QTimer::singleShot(delayMs, Qt::PreciseTimer, socket,
                                           [socket, response] { socket->write(response); });
                    }
                });
            }
        });
        out << server->serverPort() << u' ';
    }
    out << u'\n';
    out.flush();
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption serveOption(u"serve"_s, u"Run as the server child with N ports."_s, u"N"_s);
    const QCommandLineOption checksOption(u"checks"_s, u"Number of checks."_s, u"N"_s, u"2000"_s);
    const QCommandLineOption intervalOption(u"interval"_s, u"Check interval."_s, u"DURATION"_s, u"10s"_s);
    const QCommandLineOption portsOption(u"ports"_s, u"Number of host:port pairs."_s, u"N"_s, u"50"_s);
    const QCommandLineOption secondsOption(u"seconds"_s, u"Measured run time."_s, u"S"_s, u"120"_s);
    const QCommandLineOption delayOption(u"delay-ms"_s, u"Server-side delay per response."_s, u"MS"_s, u"20"_s);
    parser.addOptions({serveOption, checksOption, intervalOption, portsOption, secondsOption, delayOption});
    parser.addHelpOption();
    parser.process(app);

    const int delayMs = parser.value(delayOption).toInt();
    if (parser.isSet(serveOption))
        return serve(parser.value(serveOption).toInt(), delayMs);

    const int checks = parser.value(checksOption).toInt();
    const int ports = parser.value(portsOption).toInt();
    const int seconds = parser.value(secondsOption).toInt();
    const auto interval = parseDuration(parser.value(intervalOption));
    if (!interval || checks <= 0 || ports <= 0 || seconds <= 0) {
        std::fprintf(stderr, "bad arguments\n");
        return 2;
    }

    QProcess child;
    child.start(QCoreApplication::applicationFilePath(),
                {u"--serve"_s, QString::number(ports), u"--delay-ms"_s, QString::number(delayMs)});
    while (!child.canReadLine() && child.waitForReadyRead(10'000)) {
    }
    if (!child.canReadLine()) {
        std::fprintf(stderr, "server child did not start\n");
        return 1;
    }
    const QStringList portList = QString::fromLatin1(child.readLine()).trimmed().split(u' ', Qt::SkipEmptyParts);

    Catalog catalog;
    catalog.settings.interval = interval.value();
    for (int i = 0; i < checks; ++i) {
        if (i % 100 == 0) {
            catalog.integrations.append(IntegrationSpec());
            catalog.integrations.last().id = u"bench-%1"_s.arg(i / 100);
            catalog.integrations.last().name = u"Bench %1"_s.arg(i / 100);
        }
        CheckSpec check;
        check.id = u"check-%1"_s.arg(i);
        check.url = u"http://127.0.0.1:%1/health/%2"_s.arg(portList.at(i % portList.size())).arg(i);
        check.interval = interval.value();
        check.timeout = std::chrono::milliseconds(5'000);
        check.conditions = {Condition::parse(u"[STATUS] == 200"_s).value(),
                            Condition::parse(u"[BODY].ok == true"_s).value()};
        check.degraded = {Condition::parse(u"[RESPONSE_TIME] < 800"_s).value()};
        catalog.integrations.last().checks.append(check);
    }

    NoSecrets secrets;
    Monitor monitor(&secrets);
    OverviewModel model;
    model.setCatalog(catalog);
    monitor.setCatalog(catalog);
    monitor.scheduler().setKeepLagSamples(true);

    const int warmUpSeconds = static_cast<int>(std::max<qint64>(5, interval.value().count() / 1000));
    bool measuring = false;
    std::vector<double> latencyError;
    qint64 probes = 0;
    qint64 failures = 0;
    QMap<QString, int> failureReasons;
    QObject::connect(&monitor, &Monitor::checksUpdated, &model, [&](const QList<CheckUpdate> &batch) {
        model.applyUpdates(batch);
        if (!measuring)
            return;
        for (const CheckUpdate &update : batch) {
            ++probes;
            if (update.sample.verdict != HealthStatus::Up) {
                ++failures;
                failureReasons[machineName(update.sample.failureClass) + u": "_s + update.sample.reason] += 1;
            } else
                latencyError.push_back(update.sample.latencyMs - delayMs);
        }
    });

    double cpuAtStart = 0;
    QElapsedTimer wall;
    QTimer::singleShot(warmUpSeconds * 1000, &app, [&] {
        measuring = true;
        monitor.scheduler().clearLagSamples();
        cpuAtStart = cpuSeconds();
        wall.start();
    });
    QTimer::singleShot((warmUpSeconds + seconds) * 1000, &app, [&] { QCoreApplication::quit(); });
    monitor.start();
    QCoreApplication::exec();

    const double cpu = cpuSeconds() - cpuAtStart;
    const double elapsed = static_cast<double>(wall.elapsed()) / 1000.0;
    const std::vector<double> &lags = monitor.scheduler().lagSamplesMs();
    monitor.stop();
    child.kill();
    child.waitForFinished();

    QTextStream out(stdout);
    out << u"checks %1, interval %2, ports %3, server delay %4 ms, measured %5 s after %6 s warm-up\n"_s.arg(checks)
               .arg(formatDuration(interval.value()))
               .arg(ports)
               .arg(delayMs)
               .arg(elapsed, 0, 'f', 1)
               .arg(warmUpSeconds);
    out << u"probes %1 (%2/s), not up %3\n"_s.arg(probes)
               .arg(static_cast<double>(probes) / elapsed, 0, 'f', 1)
               .arg(failures);
    for (auto it = failureReasons.cbegin(); it != failureReasons.cend(); ++it)
        out << u"  %1 x %2\n"_s.arg(it.value()).arg(it.key());
    out << u"cpu %1 s = %2% of one core; %3 CPU-s per 1000 probes\n"_s.arg(cpu, 0, 'f', 2)
               .arg(100.0 * cpu / elapsed, 0, 'f', 1)
               .arg(probes ? 1000.0 * cpu / static_cast<double>(probes) : 0.0, 0, 'f', 3);
    out << u"scheduling lag ms: p50 %1, p99 %2, max %3\n"_s.arg(percentile(lags, 0.5), 0, 'f', 1)
               .arg(percentile(lags, 0.99), 0, 'f', 1)
               .arg(percentile(lags, 1.0), 0, 'f', 1);
    out << u"latency error vs server delay ms: p50 %1, p99 %2\n"_s.arg(percentile(latencyError, 0.5), 0, 'f', 2)
               .arg(percentile(latencyError, 0.99), 0, 'f', 2);
    return 0;
}
