#include "report.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

QJsonValue nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

double roundTo(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

} // namespace

QJsonObject Report::toJson(const CheckUpdate &update, const QDateTime &now)
{
    const Sample &s = update.sample;
    QJsonArray failed;
    for (const FailedCondition &condition : s.failedConditions)
        failed.append(QJsonObject{{u"condition"_s, condition.condition}, {u"actual"_s, condition.actual}});

    QJsonValue tls = QJsonValue::Null;
    if (s.tls) {
        tls = QJsonObject{{u"expires_at"_s, s.tls->expiresAt.toUTC().toString(Qt::ISODate)},
                          {u"days_left"_s, static_cast<int>(std::floor(now.secsTo(s.tls->expiresAt) / 86400.0))}};
    }

    QJsonArray quotas;
    for (const QuotaReading &quota : s.quotas) {
        const auto number = [](const std::optional<double> &value) {
            return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
        };
        quotas.append(QJsonObject{
            {u"policy"_s, quota.policy},
            {u"limit"_s, number(quota.limit)},
            {u"remaining"_s, quota.remaining},
            {u"used"_s, number(quota.used)},
            {u"window_s"_s, quota.windowSeconds ? QJsonValue(static_cast<double>(*quota.windowSeconds))
                                                : QJsonValue(QJsonValue::Null)},
            {u"reset_at"_s,
             quota.resetAt ? QJsonValue(quota.resetAt->toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
            {u"unit"_s, machineName(quota.unit)},
            {u"source"_s, machineName(quota.source)},
        });
    }

    return QJsonObject{
        {u"integration"_s, s.integrationId},
        {u"check"_s, s.checkId},
        {u"status"_s, machineName(update.state)},
        {u"failure_class"_s,
         s.failureClass == FailureClass::None ? QJsonValue(QJsonValue::Null) : QJsonValue(machineName(s.failureClass))},
        {u"reason"_s, nullIfEmpty(s.reason)},
        {u"http_status"_s, s.httpStatus ? QJsonValue(s.httpStatus) : QJsonValue(QJsonValue::Null)},
        {u"latency_ms"_s, roundTo(s.latencyMs, 1)},
        {u"queue_ms"_s, roundTo(s.queueMs, 1)},
        {u"failed_conditions"_s, failed},
        {u"tls"_s, tls},
        {u"quotas"_s, quotas},
        {u"circuit"_s, machineName(update.circuit)},
        {u"retry_after_s"_s, s.retryAfterSeconds ? QJsonValue(*s.retryAfterSeconds) : QJsonValue(QJsonValue::Null)},
    };
}

QByteArray Report::checksDocument(const QList<CheckUpdate> &updates, const QDateTime &now, const QJsonObject &gateway)
{
    QJsonArray checks;
    for (const CheckUpdate &update : updates)
        checks.append(toJson(update, now));
    QJsonObject root{{u"generated_at"_s, now.toUTC().toString(Qt::ISODate)}, {u"checks"_s, checks}};
    if (!gateway.isEmpty())
        root.insert(u"gateway"_s, gateway);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QJsonObject Report::gatewayJson(const GatewaySpec &spec, HealthStatus status, const GatewayWatch &watch)
{
    const auto number = [](const std::optional<double> &value, int decimals) {
        return value && std::isfinite(*value) ? QJsonValue(roundTo(*value, decimals)) : QJsonValue(QJsonValue::Null);
    };
    const PageDiagnostics &page = watch.diagnostics();
    const bool scraped = watch.tracker().latest().has_value();

    QJsonArray routes;
    for (const RouteHealth &route : watch.tracker().routes()) {
        const RouteTotals &totals = route.totals;
        const QString integration = watch.integrationFor(route.service, route.route);
        routes.append(QJsonObject{
            {u"service"_s, route.service},
            {u"route"_s, route.route ? QJsonValue(*route.route) : QJsonValue(QJsonValue::Null)},
            {u"integration"_s, nullIfEmpty(integration)},
            {u"requests_total"_s, totals.requests},
            {u"errors_5xx_total"_s, totals.errors5xx},
            {u"errors_4xx_total"_s, totals.errors4xx},
            {u"rate_limited_total"_s, totals.rateLimited},
            {u"error_ratio"_s, number(route.errorRatio, 4)},
            {u"p50_ms"_s, number(route.p50Ms, 1)},
            {u"p95_ms"_s, number(route.p95Ms, 1)},
            {u"p99_ms"_s, number(route.p99Ms, 1)},
        });
    }
    QJsonArray upstreams;
    QJsonValue datastore = QJsonValue::Null;
    if (scraped) {
        for (const UpstreamTarget &target : watch.tracker().latest()->upstreams) {
            upstreams.append(QJsonObject{
                {u"upstream"_s, target.upstream}, {u"target"_s, target.target}, {u"state"_s, target.state}});
        }
        if (const std::optional<bool> reachable = watch.tracker().latest()->datastoreReachable)
            datastore = *reachable;
    }
    return QJsonObject{
        {u"name"_s, spec.name},
        {u"status"_s, machineName(status)},
        {u"flavor"_s, scraped || page.atMs > 0 ? QJsonValue(machineName(page.flavor)) : QJsonValue(QJsonValue::Null)},
        {u"metrics_error"_s, nullIfEmpty(page.error)},
        {u"metrics_problems"_s, static_cast<double>(page.problemCount)},
        {u"datastore_reachable"_s, datastore},
        {u"routes"_s, routes},
        {u"upstreams"_s, upstreams},
    };
}

QString Report::checksTable(const QList<CheckUpdate> &updates)
{
    const QStringList header{u"INTEGRATION"_s, u"CHECK"_s, u"STATUS"_s, u"HTTP"_s, u"LATENCY"_s, u"REASON"_s};
    QList<QStringList> rows{header};
    for (const CheckUpdate &update : updates) {
        const Sample &s = update.sample;
        rows.append({s.integrationId, s.checkId, machineName(update.state),
                     s.httpStatus ? QString::number(s.httpStatus) : u"-"_s,
                     s.httpStatus || s.latencyMs > 0 ? QString::number(s.latencyMs, 'f', 0) + u" ms"_s : u"-"_s,
                     s.reason});
    }
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    }
    QString out;
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 == row.size() ? row[i] : row[i].leftJustified(widths[i] + 2);
        out += line.trimmed() + u'\n';
    }
    return out;
}

QString Report::alertLine(const AlertNotice &notice)
{
    QString line = QDateTime::fromMSecsSinceEpoch(notice.atMs, Qt::UTC).toString(Qt::ISODate) + u" alert "_s
                   + notice.rule + u' ' + machineName(notice.kind) + u" ("_s + machineName(notice.severity) + u')';
    if (notice.value)
        line += u" value "_s + QString::number(*notice.value, 'g', 6);
    return line;
}

QJsonObject Report::alertJson(const AlertNotice &notice)
{
    return QJsonObject{
        {u"time"_s, QDateTime::fromMSecsSinceEpoch(notice.atMs, Qt::UTC).toString(Qt::ISODate)},
        {u"alert"_s, notice.rule},
        {u"state"_s, machineName(notice.kind)},
        {u"severity"_s, machineName(notice.severity)},
        {u"value"_s, notice.value ? QJsonValue(*notice.value) : QJsonValue(QJsonValue::Null)},
    };
}

QString Report::notificationFailureLine(const QString &channel, const AlertNotice &notice, const QString &error,
                                        bool willRetry, const QDateTime &now)
{
    QString line = now.toUTC().toString(Qt::ISODate) + u" notification "_s + channel + u" failed (alert "_s
                   + notice.rule + u' ' + machineName(notice.kind) + u"): "_s + error;
    if (willRetry)
        line += u" (will retry)"_s;
    return line;
}

QJsonObject Report::notificationFailureJson(const QString &channel, const AlertNotice &notice, const QString &error,
                                            bool willRetry, const QDateTime &now)
{
    QJsonObject object;
    object.insert(u"time"_s, now.toUTC().toString(Qt::ISODate));
    object.insert(u"notification"_s, channel);
    object.insert(u"alert"_s, notice.rule);
    object.insert(u"state"_s, machineName(notice.kind));
    object.insert(u"error"_s, error);
    object.insert(u"will_retry"_s, willRetry);
    return object;
}

QString Report::stateChangeLine(const CheckUpdate &update)
{
    const Sample &s = update.sample;
    QString line = s.at.toUTC().toString(Qt::ISODate) + u' ' + s.integrationId + u'/' + s.checkId + u' '
                   + machineName(update.previousState) + u" -> "_s + machineName(update.state);
    if (s.failureClass != FailureClass::None)
        line += u" ["_s + machineName(s.failureClass) + u']';
    if (!s.reason.isEmpty())
        line += u": "_s + s.reason;
    return line;
}

} // namespace gw
