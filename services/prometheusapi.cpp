#include "prometheusapi.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrlQuery>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(gw::PrometheusClient)
};

PromFailure failure(PromFailure::Kind kind, QString message)
{
    return PromFailure{kind, std::move(message)};
}

std::optional<double> readValue(const QJsonValue &value)
{
    // Sample values are strings ("1", "0.25", "NaN", "+Inf", "-Inf", "1e+06"), to keep them exact.
    if (!value.isString())
        return std::nullopt;
    const QString text = value.toString();
    if (text == u"NaN")
        return std::numeric_limits<double>::quiet_NaN();
    if (text == u"+Inf" || text == u"Inf")
        return std::numeric_limits<double>::infinity();
    if (text == u"-Inf")
        return -std::numeric_limits<double>::infinity();
    bool ok = false;
    const double number = text.toDouble(&ok);
    return ok ? std::optional(number) : std::nullopt;
}

// [<unix time in seconds, as a JSON number>, "<value>"]
std::optional<PromPoint> readPoint(const QJsonValue &value)
{
    const QJsonArray pair = value.toArray();
    if (pair.size() != 2 || !pair.at(0).isDouble())
        return std::nullopt;
    const std::optional<double> sample = readValue(pair.at(1));
    const double seconds = pair.at(0).toDouble();
    if (!sample || !std::isfinite(seconds) || std::abs(seconds) > 1e13)
        return std::nullopt;
    return PromPoint{std::llround(seconds * 1000.0), *sample};
}

std::optional<QMap<QString, QString>> readLabels(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    QMap<QString, QString> labels;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isString())
            return std::nullopt;
        labels.insert(it.key(), it.value().toString());
    }
    return labels;
}

} // namespace

PromResult parsePromAnswer(int httpStatus, QByteArrayView body, const QString &server)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body.toByteArray(), &error);
    const QJsonObject envelope = document.object();
    const QString status = envelope.value(u"status"_s).toString();
    if (error.error != QJsonParseError::NoError || !document.isObject() || (status != u"success" && status != u"error")) {
        if (httpStatus == 401 || httpStatus == 403)
            return failure(PromFailure::Kind::Unauthorized,
                           Text::tr("Prometheus at %1 refused the credentials (HTTP %2)").arg(server).arg(httpStatus));
        if (httpStatus >= 500)
            return failure(PromFailure::Kind::Unavailable,
                           Text::tr("Prometheus at %1 cannot answer now (HTTP %2)").arg(server).arg(httpStatus));
        return failure(PromFailure::Kind::NotPrometheus,
                       Text::tr("%1 did not answer as Prometheus's HTTP API does (HTTP %2, %3)")
                           .arg(server)
                           .arg(httpStatus)
                           .arg(error.error != QJsonParseError::NoError ? Text::tr("not JSON")
                                                                        : Text::tr("no \"status\" in the JSON")));
    }
    if (status == u"error") {
        const QString errorType = envelope.value(u"errorType"_s).toString();
        const QString detail = envelope.value(u"error"_s).toString().left(500);
        if (errorType == u"bad_data" || errorType == u"execution" || errorType == u"not_found"
            || (errorType.isEmpty() && (httpStatus == 400 || httpStatus == 422)))
            return failure(PromFailure::Kind::BadQuery,
                           Text::tr("Prometheus at %1 refused the query: %2").arg(server, detail));
        if (errorType == u"timeout" || errorType == u"canceled")
            return failure(PromFailure::Kind::Timeout,
                           Text::tr("Prometheus at %1 gave up on the query: %2").arg(server, detail));
        return failure(PromFailure::Kind::Unavailable, Text::tr("Prometheus at %1 cannot answer now (%2): %3")
                                                           .arg(server, errorType.isEmpty() ? u"HTTP %1"_s.arg(httpStatus)
                                                                                            : errorType,
                                                                detail));
    }

    PromAnswer answer;
    for (const QJsonValue &warning : envelope.value(u"warnings"_s).toArray())
        answer.warnings.append(warning.toString());
    const QJsonObject data = envelope.value(u"data"_s).toObject();
    const QString type = data.value(u"resultType"_s).toString();
    const QJsonValue result = data.value(u"result"_s);
    const auto malformed = [&](const QString &what) {
        return failure(PromFailure::Kind::NotPrometheus,
                       Text::tr("%1 answered a query with a malformed result: %2").arg(server, what));
    };
    if (type == u"scalar" || type == u"string") {
        const QJsonArray pair = result.toArray();
        if (type == u"string") {
            if (pair.size() != 2 || !pair.at(1).isString())
                return malformed(Text::tr("a string result is not [time, \"text\"]"));
            answer.type = PromAnswer::Type::String;
            answer.text = pair.at(1).toString();
            return answer;
        }
        const std::optional<PromPoint> point = readPoint(result);
        if (!point)
            return malformed(Text::tr("a scalar result is not [time, \"value\"]"));
        answer.type = PromAnswer::Type::Scalar;
        answer.series.append(PromSeries{{}, {*point}});
        return answer;
    }
    if (type != u"vector" && type != u"matrix")
        return malformed(Text::tr("unknown resultType '%1'").arg(type.left(40)));
    if (!result.isArray())
        return malformed(Text::tr("\"result\" is not a list"));
    const bool matrix = type == u"matrix";
    answer.type = matrix ? PromAnswer::Type::Matrix : PromAnswer::Type::Vector;
    const QJsonArray all = result.toArray();
    answer.series.reserve(all.size());
    for (const QJsonValue &entry : all) {
        const QJsonObject object = entry.toObject();
        std::optional<QMap<QString, QString>> labels = readLabels(object.value(u"metric"_s));
        if (!labels)
            return malformed(Text::tr("a series without a \"metric\" object of strings"));
        PromSeries series{std::move(*labels), {}};
        if (matrix) {
            const QJsonArray values = object.value(u"values"_s).toArray();
            series.points.reserve(values.size());
            for (const QJsonValue &value : values) {
                const std::optional<PromPoint> point = readPoint(value);
                if (!point)
                    return malformed(Text::tr("a point is not [time, \"value\"]"));
                series.points.append(*point);
            }
        } else {
            const std::optional<PromPoint> point = readPoint(object.value(u"value"_s));
            if (!point)
                return malformed(Text::tr("a sample is not [time, \"value\"]"));
            series.points.append(*point);
        }
        answer.series.append(std::move(series));
    }
    return answer;
}

PrometheusClient::PrometheusClient(Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_network(new QNetworkAccessManager(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

// Requests still out end here, while this client can still receive their continuations: left to
// the QObject teardown, the network manager would cancel them against a client half destroyed.
PrometheusClient::~PrometheusClient()
{
    delete m_network;
}

QFuture<PromResult> PrometheusClient::query(const QString &expression, qint64 atMs)
{
    return get(u"/api/v1/query"_s,
               {{u"query"_s, expression}, {u"time"_s, QString::number(static_cast<double>(atMs) / 1000.0, 'f', 3)}});
}

QFuture<PromResult> PrometheusClient::queryRange(const QString &expression, const RangeStep &range)
{
    return get(u"/api/v1/query_range"_s,
               {{u"query"_s, expression},
                {u"start"_s, QString::number(static_cast<double>(range.startMs) / 1000.0, 'f', 3)},
                {u"end"_s, QString::number(static_cast<double>(range.endMs) / 1000.0, 'f', 3)},
                {u"step"_s, QString::number(static_cast<double>(range.stepMs) / 1000.0, 'f', 3)}});
}

QFuture<PromResult> PrometheusClient::get(const QString &path, const QList<std::pair<QString, QString>> &parameters)
{
    QUrlQuery query;
    // Percent-encoded in full: a form decoder would read a bare '+' of PromQL as a space.
    for (const auto &[key, value] : parameters)
        query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    // Prometheus stops the query itself a little before this client gives up on it.
    const qint64 timeoutMs = m_options.timeout.count();
    query.addQueryItem(u"timeout"_s, u"%1ms"_s.arg(std::max<qint64>(1, timeoutMs - timeoutMs / 10)));
    const QString server = m_options.name();
    return sendApiRequest(*m_network, m_options, "GET", path, query)
        .then(this, [server, timeoutMs](const ApiReply &reply) -> PromResult {
            if (reply.timedOut)
                return failure(PromFailure::Kind::Timeout, Text::tr("Prometheus at %1 did not answer within %2 s")
                                                               .arg(server)
                                                               .arg(static_cast<double>(timeoutMs) / 1000.0));
            if (reply.status == 0)
                return failure(PromFailure::Kind::Unreachable,
                               Text::tr("Prometheus at %1 cannot be reached: %2").arg(server, reply.networkError));
            return parsePromAnswer(reply.status, reply.body, server);
        });
}

} // namespace gw
