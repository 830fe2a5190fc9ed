#include "agentcommand.h"

#include "agentexporter.h"
#include "commonoptions.h"
#include "duration.h"
#include "metricsendpoint.h"
#include "report.h"
#include "runtime.h"
#include "signalwatcher.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

// Qualified calls (Text::tr) give lupdate the context used at run time.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(gw::AgentCommand)
};

} // namespace

int AgentCommand::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Run the checks on their schedule without a window, printing state changes and alerts."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"agent"_s, Text::tr("The agent command."));
    const QCommandLineOption forOption(u"for"_s, Text::tr("Stop after this long (e.g. 90s, 10m)."), u"DURATION"_s);
    const QCommandLineOption format(u"format"_s, Text::tr("Output format: text or json."), u"FORMAT"_s, u"text"_s);
    const QCommandLineOption listenOption(
        u"listen"_s, Text::tr("Serve Prometheus metrics on /metrics (and /healthz) at this address, e.g. 127.0.0.1:9464."),
        u"ADDRESS"_s);
    const QCommandLineOption allowRemote(
        u"allow-remote"_s, Text::tr("Let --listen use an address other machines can reach (not loopback)."));
    const QCommandLineOption tokenFile(
        u"bearer-token-file"_s, Text::tr("Answer /metrics only to requests with the bearer token in this file."),
        u"FILE"_s);
    const QCommandLineOption shardOption(
        u"shard"_s, Text::tr("Run only shard i of N of the configuration's checks (e.g. 2/3), by a hash of their ids."),
        u"i/N"_s);
    parser.addOption(forOption);
    parser.addOption(format);
    parser.addOption(listenOption);
    parser.addOption(allowRemote);
    parser.addOption(tokenFile);
    parser.addOption(shardOption);
    const CommonOptions common;
    common.addTo(parser);
    if (const std::optional<int> done = CommonOptions::parse(parser, arguments, format, {u"text"_s, u"json"_s}))
        return *done;
    const QString formatName = parser.value(format);
    std::optional<std::chrono::milliseconds> runFor;
    if (parser.isSet(forOption)) {
        const auto parsed = parseDuration(parser.value(forOption));
        if (!parsed) {
            err << Text::tr("--for: %1").arg(parsed.error().message) << u'\n';
            return 2;
        }
        runFor = parsed.value();
    }
    Shard shard;
    if (parser.isSet(shardOption)) {
        const Result<Shard> parsed = Shard::parse(parser.value(shardOption));
        if (!parsed) {
            err << Text::tr("--shard: %1").arg(parsed.error().message) << u'\n';
            return 2;
        }
        shard = parsed.value();
    }
    std::optional<ListenAddress> listen;
    QByteArray token;
    if (parser.isSet(listenOption)) {
        const Result<ListenAddress> parsed = ListenAddress::parse(parser.value(listenOption));
        if (!parsed) {
            err << Text::tr("--listen: %1").arg(parsed.error().message) << u'\n';
            return 2;
        }
        if (!parsed->isLoopback() && !parser.isSet(allowRemote)) {
            err << Text::tr("--listen: %1 can be reached from other machines; add --allow-remote to mean it "
                            "(and --bearer-token-file to ask them for a token)")
                       .arg(parsed->toString())
                << u'\n';
            return 2;
        }
        listen = parsed.value();
    } else if (parser.isSet(allowRemote) || parser.isSet(tokenFile)) {
        err << Text::tr("--allow-remote and --bearer-token-file are about --listen, which is not given") << u'\n';
        return 2;
    }
    if (parser.isSet(tokenFile)) {
        QFile file(parser.value(tokenFile));
        if (!file.open(QIODevice::ReadOnly)) {
            err << Text::tr("--bearer-token-file: cannot read %1: %2").arg(file.fileName(), file.errorString())
                << u'\n';
            return 2;
        }
        token = file.read(4096).trimmed();
        if (token.isEmpty() || token.contains('\n') || token.contains(' ')) {
            err << Text::tr("--bearer-token-file: %1 must hold one token on one line").arg(file.fileName()) << u'\n';
            return 2;
        }
    } else if (listen && !listen->isLoopback()) {
        err << Text::tr("warning: metrics on %1 are open to anyone who can reach it (no --bearer-token-file)")
                   .arg(listen->toString())
            << u'\n';
    }

    Runtime runtime(common.configPath(parser), common.dataDir(parser));
    runtime.setShard(shard);
    AgentExporter exporter(runtime);
    MetricsEndpoint endpoint([&exporter] { return exporter.page(); }, [&exporter] { return exporter.problem(); });
    endpoint.setBearerToken(token);
    if (listen) {
        if (const QString problem = endpoint.listen(*listen); !problem.isEmpty()) {
            err << problem << u'\n';
            return 1;
        }
        ListenAddress bound = *listen;
        bound.port = endpoint.port();
        err << Text::tr("metrics at http://%1/metrics").arg(bound.toString()) << u'\n';
        err.flush();
    }
    const bool json = formatName == u"json";
    QObject::connect(&runtime.monitor(), &Monitor::checksUpdated, &runtime,
                     [&out, json](const QList<CheckUpdate> &batch) {
                         const QDateTime now = QDateTime::currentDateTimeUtc();
                         for (const CheckUpdate &update : batch) {
                             if (!update.stateChanged())
                                 continue;
                             if (json) {
                                 QJsonObject line = Report::toJson(update, now);
                                 line.insert(u"at"_s, update.sample.at.toUTC().toString(Qt::ISODateWithMs));
                                 line.insert(u"previous_status"_s, machineName(update.previousState));
                                 out << QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)) << u'\n';
                             } else {
                                 out << Report::stateChangeLine(update) << u'\n';
                             }
                         }
                         out.flush();
                     });
    QObject::connect(&runtime.alerts(), &AlertWatch::noticed, &runtime, [&out, json](const AlertNotice &notice) {
        if (json)
            out << QString::fromUtf8(QJsonDocument(Report::alertJson(notice)).toJson(QJsonDocument::Compact)) << u'\n';
        else
            out << Report::alertLine(notice) << u'\n';
        out.flush();
    });
    // Beside the alert lines. Desktop channels do nothing here: there is no desktop to show them.
    QObject::connect(
        &runtime.notifier(), &AlertNotifier::failed, &runtime,
        [&out, json](const QString &channel, const AlertNotice &notice, const QString &error, bool willRetry) {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            if (json)
                out << QString::fromUtf8(
                    QJsonDocument(Report::notificationFailureJson(channel, notice, error, willRetry, now))
                        .toJson(QJsonDocument::Compact))
                    << u'\n';
            else
                out << Report::notificationFailureLine(channel, notice, error, willRetry, now) << u'\n';
            out.flush();
        });
    QObject::connect(&runtime.monitor(), &Monitor::noticed, &runtime, [&err](const QString &message) {
        err << message << u'\n';
        err.flush();
    });
    QObject::connect(&runtime, &Runtime::historyCreated, &runtime, [&err](HistoryStore *store) {
        QObject::connect(store, &HistoryStore::statusChanged, store,
                         [&err](HistoryStore::Status status, const QString &message) {
                             if (status == HistoryStore::Status::Ok && message.isEmpty())
                                 return;
                             err << Text::tr("history: %1").arg(message) << u'\n';
                             err.flush();
                         });
    });
    QObject::connect(&runtime, &Runtime::configFailed, &runtime, [&err](const ConfigErrors &errors, bool kept) {
        for (const ConfigError &error : errors)
            err << error.toString() << u'\n';
        if (kept)
            err << Text::tr("the last good configuration keeps running") << u'\n';
        err.flush();
    });

    const ConfigErrors errors = runtime.start();
    if (!errors.isEmpty())
        return 2; // already printed through configFailed

    SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &SignalWatcher::terminationRequested, qApp, [] { QCoreApplication::exit(0); });
    if (runFor)
        QTimer::singleShot(*runFor, qApp, [] { QCoreApplication::exit(0); });
    const int code = QCoreApplication::exec();
    runtime.monitor().stop();
    return code;
}

} // namespace gw
