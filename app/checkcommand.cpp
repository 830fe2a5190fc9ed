#include "checkcommand.h"

#include "commonoptions.h"
#include "configloader.h"
#include "gatewaywatch.h"
#include "monitor.h"
#include "report.h"
#include "runtime.h"
#include "secretstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

// Qualified calls (Text::tr) give lupdate the context used at run time.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(gw::CheckCommand)
};

} // namespace

int CheckCommand::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Run every check once and print the results."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"check"_s, Text::tr("The check command."));
    const QCommandLineOption once(u"once"_s, Text::tr("Run each check a single time (the default)."));
    const QCommandLineOption format(u"format"_s, Text::tr("Output format: table or json."), u"FORMAT"_s, u"table"_s);
    parser.addOption(once);
    parser.addOption(format);
    const CommonOptions common;
    common.addTo(parser);
    if (const std::optional<int> done = CommonOptions::parse(parser, arguments, format, {u"table"_s, u"json"_s}))
        return *done;
    const QString formatName = parser.value(format);
    if (parser.positionalArguments().size() > 1) {
        err << Text::tr("unexpected argument '%1'").arg(parser.positionalArguments().at(1)) << u'\n';
        return 2;
    }

    const auto loaded = ConfigLoader::loadFile(common.configPath(parser));
    if (!loaded) {
        for (const ConfigError &error : loaded.error())
            err << error.toString() << u'\n';
        return 2;
    }
    const Catalog &catalog = loaded.value();

    SecretStore secrets;
    {
        QEventLoop loop;
        QObject::connect(&secrets, &SecretStore::prefetched, &loop, &QEventLoop::quit);
        secrets.prefetch(Runtime::secretNames(catalog));
        loop.exec();
    }

    Monitor monitor(&secrets);
    monitor.setCatalog(catalog);
    GatewayWatch gateway;
    gateway.setGateway(catalog.gateway);
    QObject::connect(&monitor, &Monitor::metricsPageReceived, &gateway, &GatewayWatch::addPage);
    QList<CheckUpdate> updates;
    QObject::connect(&monitor, &Monitor::checksUpdated, &monitor,
                     [&updates](const QList<CheckUpdate> &batch) { updates += batch; });
    {
        QEventLoop loop;
        QObject::connect(&monitor, &Monitor::allFinished, &loop, &QEventLoop::quit);
        monitor.runOnce();
        loop.exec();
    }
    if (gateway.busy()) {
        QEventLoop loop;
        QObject::connect(&gateway, &GatewayWatch::updated, &loop, [&loop, &gateway] {
            if (!gateway.busy())
                loop.quit();
        });
        loop.exec();
    }

    // Report in configuration order, whatever order the answers came in.
    QList<CheckUpdate> ordered;
    for (const IntegrationSpec &integration : catalog.integrations) {
        for (const CheckSpec &check : integration.checks) {
            for (const CheckUpdate &update : std::as_const(updates)) {
                if (update.sample.integrationId == integration.id && update.sample.checkId == check.id)
                    ordered.append(update);
            }
        }
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (formatName == u"json") {
        QJsonObject gatewayObject;
        if (catalog.gateway) {
            // The gateway is as healthy as its worst check; unknown with none (only an event feed).
            std::optional<HealthStatus> status;
            for (const CheckUpdate &update : std::as_const(ordered)) {
                if (update.sample.integrationId == Catalog::gatewayId)
                    status = worst(status.value_or(HealthStatus::Up), update.state);
            }
            gatewayObject = Report::gatewayJson(*catalog.gateway, status.value_or(HealthStatus::Unknown), gateway);
        }
        out << QString::fromUtf8(Report::checksDocument(ordered, now, gatewayObject));
    } else
        out << Report::checksTable(ordered);
    out.flush();

    const bool allUp =
        std::all_of(ordered.cbegin(), ordered.cend(), [](const CheckUpdate &u) { return u.state == HealthStatus::Up; });
    return allUp ? 0 : 1;
}

} // namespace gw
