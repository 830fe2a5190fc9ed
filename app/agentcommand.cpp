#include "agentcommand.h"

#include "commonoptions.h"
#include "duration.h"
#include "report.h"
#include "runtime.h"
#include "signalwatcher.h"

#include <QCoreApplication>
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
    parser.addOption(forOption);
    parser.addOption(format);
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
    Runtime runtime(common.configPath(parser), common.dataDir(parser));
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
