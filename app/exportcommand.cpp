#include "exportcommand.h"

#include "commonoptions.h"
#include "csv.h"
#include "duration.h"
#include "historyreader.h"
#include "report.h"
#include "runtime.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

// Qualified calls (Text::tr) give lupdate the context used at run time.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(gw::ExportCommand)
};

// Writes to stdout through a buffer; stops the export when stdout is gone (a closed pipe).
class Output
{
public:
    ~Output() { flush(); }
    bool write(const QByteArray &line)
    {
        m_buffer += line;
        return m_buffer.size() < (1 << 16) || flush();
    }
    bool flush()
    {
        if (!m_buffer.isEmpty()) {
            const std::size_t written = std::fwrite(m_buffer.constData(), 1, std::size_t(m_buffer.size()), stdout);
            m_ok = m_ok && written == std::size_t(m_buffer.size());
            m_buffer.clear();
        }
        m_ok = m_ok && std::fflush(stdout) == 0;
        return m_ok;
    }

private:
    QByteArray m_buffer;
    bool m_ok = true;
};

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QByteArray csvNumber(std::optional<double> value)
{
    return value ? QByteArray::number(*value, 'g', 10) : QByteArray();
}

QJsonValue jsonNumber(std::optional<double> value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

const QList<FailureClass> &failureClasses()
{
    static const QList<FailureClass> classes{
        FailureClass::Dns,         FailureClass::Connect,      FailureClass::Tls,
        FailureClass::Timeout,     FailureClass::HttpStatus,   FailureClass::Condition,
        FailureClass::RateLimited, FailureClass::BodyTooLarge, FailureClass::LocalNetwork};
    return classes;
}

const QList<HealthStatus> &states()
{
    static const QList<HealthStatus> all{HealthStatus::Up,          HealthStatus::Degraded, HealthStatus::Down,
                                         HealthStatus::RateLimited, HealthStatus::Unknown,  HealthStatus::Paused};
    return all;
}

QString columnName(const QString &machine)
{
    return QString(machine).replace(u'-', u'_');
}

QByteArray sampleJson(const CheckSample &row)
{
    const HistorySample &s = row.sample;
    QJsonObject object{
        {u"time"_s, isoTime(s.atMs)},
        {u"integration"_s, row.integrationId},
        {u"check"_s, row.checkId},
        {u"status"_s, machineName(s.state)},
        {u"latency_ms"_s, jsonNumber(s.latencyMs)},
        {u"http_status"_s, s.httpStatus > 0 ? QJsonValue(s.httpStatus) : QJsonValue(QJsonValue::Null)},
        {u"failure_class"_s,
         s.failureClass == FailureClass::None ? QJsonValue(QJsonValue::Null) : QJsonValue(machineName(s.failureClass))},
        {u"reason"_s, s.reason.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.reason)},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

QByteArray sampleCsv(const CheckSample &row)
{
    const HistorySample &s = row.sample;
    return isoTime(s.atMs).toUtf8() + ',' + csvField(row.integrationId) + ',' + csvField(row.checkId)
           + ',' + machineName(s.state).toUtf8() + ',' + csvNumber(s.latencyMs) + ','
           + (s.httpStatus > 0 ? QByteArray::number(s.httpStatus) : QByteArray()) + ','
           + (s.failureClass == FailureClass::None ? QByteArray() : machineName(s.failureClass).toUtf8()) + ','
           + csvField(s.reason) + '\n';
}

QByteArray rollupJson(const QString &integrationId, const QString &checkId, Resolution resolution, const Rollup &rollup)
{
    QJsonObject object{
        {u"time"_s, isoTime(rollup.startMs)},       {u"integration"_s, integrationId},       {u"check"_s, checkId},
        {u"resolution"_s, machineName(resolution)}, {u"attempts"_s, qint64(rollup.total())},
    };
    for (HealthStatus state : states())
        object.insert(columnName(machineName(state)), qint64(rollup.count(state)));
    object.insert(u"availability"_s, jsonNumber(rollup.availability()));
    const LatencyHistogram &latency = rollup.latency;
    object.insert(u"latency_ms"_s, QJsonObject{
                                       {u"count"_s, qint64(latency.count())},
                                       {u"mean"_s, jsonNumber(latency.meanMs())},
                                       {u"min"_s, jsonNumber(latency.minMs())},
                                       {u"max"_s, jsonNumber(latency.maxMs())},
                                       {u"p50"_s, jsonNumber(latency.quantile(0.50))},
                                       {u"p95"_s, jsonNumber(latency.quantile(0.95))},
                                       {u"p99"_s, jsonNumber(latency.quantile(0.99))},
                                   });
    QJsonObject failures;
    for (FailureClass failureClass : failureClasses()) {
        if (const quint32 count = rollup.failuresOf(failureClass))
            failures.insert(machineName(failureClass), qint64(count));
    }
    object.insert(u"failures"_s, failures);
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

QByteArray rollupCsvHeader()
{
    QByteArrayList columns{"time", "integration", "check", "resolution", "attempts"};
    for (HealthStatus state : states())
        columns.append(columnName(machineName(state)).toUtf8());
    columns += {"availability",   "latency_count",  "latency_mean_ms", "latency_min_ms",
                "latency_max_ms", "latency_p50_ms", "latency_p95_ms",  "latency_p99_ms"};
    for (FailureClass failureClass : failureClasses())
        columns.append("failures_" + columnName(machineName(failureClass)).toUtf8());
    return columns.join(',') + '\n';
}

QByteArray rollupCsv(const QString &integrationId, const QString &checkId, Resolution resolution, const Rollup &rollup)
{
    QByteArrayList fields{isoTime(rollup.startMs).toUtf8(), csvField(integrationId), csvField(checkId),
                          machineName(resolution).toUtf8(), QByteArray::number(rollup.total())};
    for (HealthStatus state : states())
        fields.append(QByteArray::number(rollup.count(state)));
    const LatencyHistogram &latency = rollup.latency;
    fields +=
        {csvNumber(rollup.availability()),  QByteArray::number(latency.count()), csvNumber(latency.meanMs()),
         csvNumber(latency.minMs()),        csvNumber(latency.maxMs()),          csvNumber(latency.quantile(0.50)),
         csvNumber(latency.quantile(0.95)), csvNumber(latency.quantile(0.99))};
    for (FailureClass failureClass : failureClasses())
        fields.append(QByteArray::number(rollup.failuresOf(failureClass)));
    return fields.join(',') + '\n';
}

// "24h" (back from now) or an ISO 8601 time (UTC unless it carries an offset).
std::optional<qint64> parseMoment(const QString &text, qint64 nowMs, bool allowDuration)
{
    if (allowDuration) {
        if (const Result<std::chrono::milliseconds> duration = parseDuration(text))
            return nowMs - duration->count();
    }
    return CommonOptions::parseTime(text);
}

} // namespace

int ExportCommand::run(const QStringList &arguments)
{
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Write the recorded history to stdout, oldest first."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"export"_s, Text::tr("The export command."));
    const QCommandLineOption since(u"since"_s, Text::tr("Start: a duration back from now (24h, 7d) or an ISO time."),
                                   u"WHEN"_s);
    const QCommandLineOption until(u"until"_s, Text::tr("End: an ISO time (default: now)."), u"ISO"_s);
    const QCommandLineOption check(u"check"_s, Text::tr("Only this integration, or INTEGRATION/CHECK."), u"ID"_s);
    const QCommandLineOption resolution(u"resolution"_s, Text::tr("raw (every attempt), 1m, 1h or 1d."), u"RES"_s,
                                        u"raw"_s);
    const QCommandLineOption format(u"format"_s, Text::tr("Output format: json (one object per line) or csv."),
                                    u"FORMAT"_s, u"json"_s);
    parser.addOptions({since, until, check, resolution, format});
    const CommonOptions common;
    common.addTo(parser);
    if (const std::optional<int> done = CommonOptions::parse(parser, arguments, format, {u"json"_s, u"csv"_s}))
        return *done;
    if (parser.positionalArguments().size() > 1) {
        err << Text::tr("unexpected argument '%1'").arg(parser.positionalArguments().at(1)) << u'\n';
        return 2;
    }
    if (!parser.isSet(since)) {
        err << Text::tr("--since is required, e.g. --since 24h or --since 2026-11-01T00:00:00Z") << u'\n';
        return 2;
    }
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const std::optional<qint64> from = parseMoment(parser.value(since), nowMs, true);
    if (!from) {
        err << Text::tr("--since: '%1' is neither a duration (24h, 7d) nor an ISO 8601 time").arg(parser.value(since))
            << u'\n';
        return 2;
    }
    std::optional<qint64> to = nowMs;
    if (parser.isSet(until)) {
        to = parseMoment(parser.value(until), nowMs, false);
        if (!to) {
            err << Text::tr("--until: '%1' is not an ISO 8601 time").arg(parser.value(until)) << u'\n';
            return 2;
        }
    }
    if (*to <= *from) {
        err << Text::tr("--until must be after --since") << u'\n';
        return 2;
    }
    const std::optional<Resolution> chosen = resolutionFromName(parser.value(resolution));
    if (!chosen) {
        err << Text::tr("unknown resolution '%1' (use raw, 1m, 1h or 1d)").arg(parser.value(resolution)) << u'\n';
        return 2;
    }

    HistoryQuery query;
    query.fromMs = *from;
    query.toMs = *to;
    if (parser.isSet(check)) {
        const QStringList parts = parser.value(check).split(u'/');
        if (parts.size() > 2 || parts.constFirst().isEmpty() || (parts.size() == 2 && parts.at(1).isEmpty())) {
            err << Text::tr("--check: expected INTEGRATION or INTEGRATION/CHECK, got '%1'").arg(parser.value(check))
                << u'\n';
            return 2;
        }
        query.integrationId = parts.constFirst();
        query.checkId = parts.size() == 2 ? parts.at(1) : QString();
    }

    const QString path = Runtime::historyPath(common.dataDir(parser));
    if (!QFileInfo::exists(path)) {
        err << Text::tr("no history at %1 yet: the window and 'gatewatch agent' record it").arg(path) << u'\n';
        return 1;
    }
    const HistoryReader reader(path, Retention{});
    const bool csv = parser.value(format) == u"csv";
    Output output;
    QString problem;
    if (*chosen == Resolution::Raw) {
        if (csv)
            output.write("time,integration,check,status,latency_ms,http_status,failure_class,reason\n");
        problem = reader.exportSamples(
            query, [&](const CheckSample &row) { return output.write(csv ? sampleCsv(row) : sampleJson(row)); });
    } else {
        if (csv)
            output.write(rollupCsvHeader());
        const Resolution level = *chosen;
        problem = reader.exportRollups(query, level,
                                       [&](const QString &integrationId, const QString &checkId, const Rollup &rollup) {
                                           return output.write(csv ? rollupCsv(integrationId, checkId, level, rollup)
                                                                   : rollupJson(integrationId, checkId, level, rollup));
                                       });
    }
    output.flush();
    if (!problem.isEmpty()) {
        err << problem << u'\n';
        return 1;
    }
    return 0;
}

} // namespace gw
