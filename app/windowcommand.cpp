#include "windowcommand.h"

#include "commonoptions.h"
#include "dashboard.h"
#include "demohistory.h"
#include "simulator.h"
#include "translations.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QIcon>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

// Qualified calls (Text::tr) give lupdate the context used at run time.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(gw::WindowCommand)
};

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY")
           || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

} // namespace

int WindowCommand::run(int &argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Gatewatch watches the health of third-party APIs and the company's API gateway.\n\n"
                 "Commands (run headless, no display needed):\n"
                 "  check --once [--format table|json]   run every check once and print the results\n"
                 "  agent [--for DURATION] [--format text|json]   run the schedule, printing state changes\n"
                 "  export --since WHEN [--format json|csv]   stream the history\n"
                 "  scorecard (--vendor ID | --all) [--period 2026-11] [--format json|csv|pdf]   vendor scorecards\n"
                 "  verify-webhook --scheme NAME ...   check a webhook delivery's signature\n\n"
                 "Without a command, the window opens."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(u"demo"_s, Text::tr("Open on the built-in demo environment."));
    const QCommandLineOption scenario(u"scenario"_s,
                                      Text::tr("Demo scenario (%1).").arg(sim::Simulator::scenarioNames().join(u", ")),
                                      u"NAME"_s, u"demo"_s);
    const QCommandLineOption seed(u"seed"_s, Text::tr("Demo random seed."), u"N"_s, u"1"_s);
    const QCommandLineOption lang(u"lang"_s, Text::tr("Language, e.g. de (default: the system's)."), u"LANG"_s);
    parser.addOptions({demo, scenario, seed, lang});
    const CommonOptions common;
    common.addTo(parser);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << u'\n' << Text::tr("Try 'gatewatch --help'.") << u'\n';
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText();
        return 0;
    }
    if (parser.isSet(u"version"_s)) {
        out << u"gatewatch " GATEWATCH_VERSION "\n"_s;
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << Text::tr("unknown command '%1' (commands: check, agent, export, scorecard, verify-webhook)")
                   .arg(parser.positionalArguments().constFirst())
            << u'\n';
        return 2;
    }
    if (!hasDisplay()) {
        err << Text::tr(
            "gatewatch: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the window cannot open.\n"
            "  - on a machine without a screen, run it under a virtual one:  xvfb-run -a gatewatch --demo\n"
            "  - or use the headless commands:  gatewatch check --once   /   gatewatch agent\n");
        return 2;
    }

    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon(u":/icons/gatewatch.svg"_s));
    installTranslations(app, parser.value(lang));

    QString dataDir = common.dataDir(parser);
    QString configPath = common.configPath(parser);

    std::unique_ptr<sim::Simulator> simulator;
    if (parser.isSet(demo)) {
        sim::Simulator::Options options;
        options.scenario = parser.value(scenario);
        options.seed = parser.value(seed).toUInt();
        options.stateDir = dataDir + u"/demo"_s;
        QDir().mkpath(options.stateDir);
        if (!sim::Simulator::scenarioNames().contains(options.scenario)) {
            err << Text::tr("unknown scenario '%1' (available: %2)")
                       .arg(options.scenario, sim::Simulator::scenarioNames().join(u", "))
                << u'\n';
            return 2;
        }
        simulator = std::make_unique<sim::Simulator>(options);
        if (const auto problem = simulator->start()) {
            err << Text::tr("the demo simulator could not start: %1").arg(*problem) << u'\n';
            return 1;
        }
        for (const auto &[name, value] : simulator->configEnvironment())
            qputenv(name.toLocal8Bit().constData(), value.toUtf8());
        configPath = options.stateDir + u"/gatewatch.yaml"_s;
        // The demo keeps its history apart from real history, and starts it afresh each time.
        dataDir = options.stateDir;
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(Runtime::historyPath(dataDir) + suffix);
        QFile file(configPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(simulator->configYaml().toUtf8()) < 0) {
            err << Text::tr("cannot write the demo configuration to %1: %2").arg(configPath, file.errorString())
                << u'\n';
            return 1;
        }
    }

    Dashboard dashboard(configPath, dataDir);
    std::unique_ptr<DemoHistory> olderHistory;
    std::unique_ptr<DemoHistory> demoHistory;
    if (simulator) {
        // History to chart from the first minute, made up the way the simulator behaves: the last
        // week check by check, and before it, back to the start of last month, one attempt in ten,
        // so that the Scorecards page has a whole month to judge. In time order: older first.
        QObject::connect(
            &dashboard.runtime(), &Runtime::historyCreated, &dashboard,
            [&olderHistory, &demoHistory, &simulator, &dashboard, seed = parser.value(seed).toUInt()](HistoryStore *store) {
                const qint64 now = QDateTime::currentMSecsSinceEpoch();
                const qint64 weekAgo = now - 7 * 24 * 3'600'000LL;
                const QDate today = QDate::currentDate();
                const QDate lastMonth = QDate(today.year(), today.month(), 1).addMonths(-1);
                const qint64 monthStart = lastMonth.startOfDay().toMSecsSinceEpoch();
                // The requests the gateway carried, hour by hour, up to where the simulated
                // gateway's live counters begin; before the first live reading is recorded.
                const GatewayWatch &gateway = dashboard.runtime().gateway();
                const auto integrationOf = [&gateway](const RouteTotals &route) {
                    return gateway.integrationFor(route.service, route.route);
                };
                for (const GatewayScrape &scrape : sim::HistoryBackfill({}, seed).gatewayTraffic(
                         simulator->gatewayAtStart(now), std::min(monthStart, weekAgo), 3'600'000))
                    store->recordGatewayRequests(scrape, integrationOf);
                demoHistory = std::make_unique<DemoHistory>(
                    store, sim::HistoryBackfill(simulator->backfillChecks(), seed), weekAgo, now);
                if (monthStart >= weekAgo) {
                    demoHistory->start();
                    return;
                }
                QList<sim::HistoryBackfill::Check> sparse = simulator->backfillChecks();
                for (sim::HistoryBackfill::Check &check : sparse)
                    check.interval *= 10;
                olderHistory = std::make_unique<DemoHistory>(store, sim::HistoryBackfill(sparse, seed), monthStart,
                                                             weekAgo);
                QObject::connect(olderHistory.get(), &DemoHistory::finished, demoHistory.get(), &DemoHistory::start,
                                 Qt::QueuedConnection);
                olderHistory->start();
            });
    }
    dashboard.start();
    dashboard.window().show();
    return QApplication::exec();
}

} // namespace gw
