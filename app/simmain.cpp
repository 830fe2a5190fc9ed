// gatewatch-sim: the fake vendors and gateway on loopback, for demos and manual testing.

#include "simulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>
#include <QTimer>

#include <atomic>
#include <csignal>

using namespace Qt::StringLiterals;

namespace {

std::atomic<int> g_signal{0};

extern "C" void recordSignal(int signal)
{
    g_signal.store(signal);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"gatewatch-sim"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(GATEWATCH_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Serves fake Shopify, Chatwoot, Google Analytics, Slack, Stripe, Klaviyo and MCP APIs "
                "and an API gateway on 127.0.0.1, following a scripted scenario."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption scenarioOption(u"scenario"_s,
                                            QCoreApplication::translate("main", "Scenario to play: %1.")
                                                .arg(gw::sim::Simulator::scenarioNames().join(u", "_s)),
                                            QCoreApplication::translate("main", "name"), u"demo"_s);
    const QCommandLineOption seedOption(u"seed"_s, QCoreApplication::translate("main", "Seed for latencies and data."),
                                        QCoreApplication::translate("main", "number"), u"1"_s);
    const QCommandLineOption noTlsOption(u"no-tls"_s,
                                         QCoreApplication::translate("main", "Serve the vendors over plain HTTP."));
    const QCommandLineOption stateDirOption(
        u"state-dir"_s,
        QCoreApplication::translate("main", "Directory for the CA certificate (default: a temporary one)."),
        QCoreApplication::translate("main", "dir"));
    const QCommandLineOption printConfigOption(
        u"print-config"_s, QCoreApplication::translate("main", "Print a gatewatch.yaml for this simulator and exit."));
    parser.addOptions({scenarioOption, seedOption, noTlsOption, stateDirOption, printConfigOption});
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);

    gw::sim::Simulator::Options options;
    options.scenario = parser.value(scenarioOption);
    bool seedOk = false;
    options.seed = parser.value(seedOption).toUInt(&seedOk);
    if (!seedOk) {
        err << QCoreApplication::translate("main", "gatewatch-sim: --seed needs a non-negative number.") << '\n';
        return 2;
    }
    options.tls = !parser.isSet(noTlsOption);
    options.stateDir = parser.value(stateDirOption);
    if (parser.isSet(printConfigOption)) {
        err << QCoreApplication::translate("main",
                                           "# note: ports and CA are new on every start; a running gatewatch-sim "
                                           "writes the config matching its own ports to its state directory.")
            << '\n';
    }

    gw::sim::Simulator simulator(options);
    if (const auto error = simulator.start()) {
        err << QCoreApplication::translate("main", "gatewatch-sim: %1").arg(*error) << '\n';
        return 1;
    }

    if (parser.isSet(printConfigOption)) {
        out << simulator.configYaml();
        out.flush();
        return 0;
    }

    out << QCoreApplication::translate("main", "gatewatch-sim %1, scenario \"%2\", seed %3")
               .arg(QCoreApplication::applicationVersion(), options.scenario)
               .arg(options.seed)
        << '\n';
    for (const QString &vendor : gw::sim::Simulator::vendorNames())
        out << u"  %1 %2\n"_s.arg(vendor, -10).arg(simulator.baseUrl(vendor).toString());
    out << QCoreApplication::translate("main", "  CA certificate: %1").arg(simulator.caCertificatePath()) << '\n';
    // Ports change on every start, so the matching config is written next to the CA while we run.
    const QString configPath = QFileInfo(simulator.caCertificatePath()).dir().filePath(u"gatewatch.yaml"_s);
    QFile config(configPath);
    if (config.open(QIODevice::WriteOnly | QIODevice::Truncate) && config.write(simulator.configYaml().toUtf8()) > 0)
        out << QCoreApplication::translate("main", "  config for these ports: %1").arg(configPath) << '\n';
    config.close();
    out << QCoreApplication::translate("main", "Secrets the config refers to:") << '\n';
    for (const auto &[name, value] : simulator.configEnvironment())
        out << u"  export %1=%2\n"_s.arg(name, value);
    out << QCoreApplication::translate("main", "Press Ctrl+C to stop.") << '\n';
    out.flush();

    std::signal(SIGINT, recordSignal);
    std::signal(SIGTERM, recordSignal);
    QTimer signalPoll;
    QObject::connect(&signalPoll, &QTimer::timeout, &app, [] {
        if (g_signal.load() != 0)
            QCoreApplication::exit(0);
    });
    signalPoll.start(100);
    const int code = app.exec();
    out << QCoreApplication::translate("main", "Stopped after %n request(s).", nullptr, int(simulator.requestCount()))
        << '\n';
    return code;
}
