#include "agentmetrics.h"

#include <QCoreApplication>

#include <charconv>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(gw::AgentMetrics)
};

// Prometheus's float notation: shortest round-trip digits, NaN and ±Inf spelled its way.
void appendNumber(QByteArray &out, double value)
{
    if (std::isnan(value)) {
        out += "NaN";
        return;
    }
    if (std::isinf(value)) {
        out += value > 0 ? "+Inf" : "-Inf";
        return;
    }
    char buffer[32];
    // Whole numbers as such (Unix times, limits): 1764000000, not 1.764e+09.
    const auto [end, error] = std::abs(value) < 1e15 && value == std::trunc(value)
                                  ? std::to_chars(buffer, buffer + sizeof buffer, static_cast<qint64>(value))
                                  : std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, end - buffer);
}

void appendNumber(QByteArray &out, quint64 value)
{
    char buffer[24];
    const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, end - buffer);
}

void appendHeader(QByteArray &out, const char *name, const char *type, const char *help)
{
    out += "# HELP ";
    out += name;
    out += ' ';
    out += help;
    out += "\n# TYPE ";
    out += name;
    out += ' ';
    out += type;
    out += '\n';
}

// name{labels[,extra]} value
void appendSample(QByteArray &out, const char *name, const QByteArray &labels, const QByteArray &extra,
                  double value)
{
    out += name;
    if (!labels.isEmpty() || !extra.isEmpty()) {
        out += '{';
        out += labels;
        if (!labels.isEmpty() && !extra.isEmpty())
            out += ',';
        out += extra;
        out += '}';
    }
    out += ' ';
    appendNumber(out, value);
    out += '\n';
}

void appendCount(QByteArray &out, const char *name, const QByteArray &labels, const QByteArray &extra,
                 quint64 value)
{
    out += name;
    if (!labels.isEmpty() || !extra.isEmpty()) {
        out += '{';
        out += labels;
        if (!labels.isEmpty() && !extra.isEmpty())
            out += ',';
        out += extra;
        out += '}';
    }
    out += ' ';
    appendNumber(out, value);
    out += '\n';
}

QByteArray label(const char *name, QStringView value)
{
    QByteArray out(name);
    out += "=\"";
    out += escapeLabelValue(value);
    out += '"';
    return out;
}

// The `le` labels of SecondsHistogram's bounds, rendered once.
const std::array<QByteArray, SecondsHistogram::upperBounds.size() + 1> &leLabels()
{
    static const auto labels = [] {
        std::array<QByteArray, SecondsHistogram::upperBounds.size() + 1> out;
        for (std::size_t i = 0; i < SecondsHistogram::upperBounds.size(); ++i) {
            out[i] = "le=\"";
            appendNumber(out[i], SecondsHistogram::upperBounds[i]);
            out[i] += '"';
        }
        out.back() = "le=\"+Inf\"";
        return out;
    }();
    return labels;
}

void appendHistogram(QByteArray &out, const char *name, const QByteArray &labels, const SecondsHistogram &histogram)
{
    const QByteArray bucket = QByteArray(name) + "_bucket";
    const QByteArray sum = QByteArray(name) + "_sum";
    const QByteArray count = QByteArray(name) + "_count";
    const auto &le = leLabels();
    for (std::size_t i = 0; i < SecondsHistogram::upperBounds.size(); ++i)
        appendCount(out, bucket.constData(), labels, le[i], histogram.cumulative(i));
    appendCount(out, bucket.constData(), labels, le.back(), histogram.count());
    appendSample(out, sum.constData(), labels, {}, histogram.sum());
    appendCount(out, count.constData(), labels, {}, histogram.count());
}

constexpr std::array<HealthStatus, 6> allStates{HealthStatus::Up,          HealthStatus::Degraded,
                                                HealthStatus::Down,        HealthStatus::RateLimited,
                                                HealthStatus::Unknown,     HealthStatus::Paused};

const std::array<QByteArray, allStates.size()> &stateLabels()
{
    static const auto labels = [] {
        std::array<QByteArray, allStates.size()> out;
        for (std::size_t i = 0; i < allStates.size(); ++i)
            out[i] = label("state", machineName(allStates[i]));
        return out;
    }();
    return labels;
}

// What an attempt found, as gatewatch_check_attempts_total counts it (a sample's verdict).
constexpr std::array<HealthStatus, 4> attemptResults{HealthStatus::Up, HealthStatus::Degraded,
                                                     HealthStatus::RateLimited, HealthStatus::Down};

const std::array<QByteArray, attemptResults.size()> &resultLabels()
{
    static const auto labels = [] {
        std::array<QByteArray, attemptResults.size()> out;
        for (std::size_t i = 0; i < attemptResults.size(); ++i)
            out[i] = label("result", machineName(attemptResults[i]));
        return out;
    }();
    return labels;
}

QString checkKey(const QString &integrationId, const QString &checkId)
{
    return integrationId + u'/' + checkId;
}

} // namespace

quint64 shardHash(QByteArrayView bytes)
{
    quint64 hash = 14695981039346656037ull;
    for (const char byte : bytes) {
        hash ^= static_cast<unsigned char>(byte);
        hash *= 1099511628211ull;
    }
    return hash;
}

Result<Shard> Shard::parse(QStringView text)
{
    const qsizetype slash = text.indexOf(u'/');
    bool indexOk = false;
    bool countOk = false;
    const int index = slash < 0 ? 0 : text.first(slash).trimmed().toInt(&indexOk);
    const int count = slash < 0 ? 0 : text.sliced(slash + 1).trimmed().toInt(&countOk);
    if (!indexOk || !countOk)
        return Error{Text::tr("expected a shard like 2/3 (the second of three agents), found '%1'").arg(text)};
    if (count < 1 || index < 1 || index > count)
        return Error{Text::tr("shard %1/%2: the first number counts from 1 up to the second").arg(index).arg(count)};
    return Shard{index - 1, count};
}

bool Shard::holds(const QString &integrationId, const QString &checkId) const
{
    if (count <= 1)
        return true;
    return shardHash(checkKey(integrationId, checkId).toUtf8()) % static_cast<quint64>(count)
           == static_cast<quint64>(index);
}

Catalog Shard::of(const Catalog &catalog) const
{
    if (holdsAll())
        return catalog;
    Catalog out = catalog;
    out.integrations.clear();
    for (IntegrationSpec integration : catalog.integrations) {
        integration.checks.removeIf(
            [&](const CheckSpec &check) { return !holds(integration.id, check.id); });
        if (!integration.checks.isEmpty())
            out.integrations.append(std::move(integration));
    }
    // One agent follows the gateway's event feed, as if it were a check named "events".
    if (out.gateway && !holds(Catalog::gatewayId, u"events"_s))
        out.gateway->eventsUrl.clear();
    // The first agent reads the vendors' status pages.
    if (index != 0) {
        for (VendorSpec &vendor : out.vendors) {
            vendor.statusPage.clear();
            vendor.statusComponents.clear();
        }
    }
    return out;
}

QByteArray escapeLabelValue(QStringView value)
{
    QByteArray utf8 = value.toUtf8();
    if (!utf8.contains('\\') && !utf8.contains('"') && !utf8.contains('\n'))
        return utf8;
    QByteArray out;
    out.reserve(utf8.size() + 8);
    for (const char c : std::as_const(utf8)) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '"')
            out += "\\\"";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

void AgentMetrics::setCatalog(const Catalog &catalog)
{
    QHash<QString, QString> vendorOf;
    for (const VendorSpec &vendor : catalog.vendors) {
        for (const QString &integration : vendor.integrations)
            vendorOf.insert(integration, vendor.id);
    }
    m_integrationLabels.clear();
    QList<Check> checks;
    QHash<QString, qsizetype> index;
    for (const IntegrationSpec &integration : catalog.integrations) {
        QByteArray labels = label("integration", integration.id);
        if (const QString vendor = vendorOf.value(integration.id); !vendor.isEmpty())
            labels += ',' + label("vendor", vendor);
        for (auto it = integration.labels.cbegin(); it != integration.labels.cend(); ++it)
            labels += ',' + label(it.key().toUtf8().constData(), it.value());
        m_integrationLabels.insert(integration.id, labels);
        for (const CheckSpec &spec : integration.checks) {
            const QString key = checkKey(integration.id, spec.id);
            const Check *kept = find(integration.id, spec.id);
            Check check = kept ? *kept : Check{};
            // integration="…",check="…",vendor=… : the check goes right after the integration.
            const qsizetype afterIntegration = labels.indexOf(',');
            const QByteArray checkLabel = label("check", spec.id);
            check.labels = afterIntegration < 0
                               ? QByteArray(labels + ',' + checkLabel)
                               : QByteArray(labels.first(afterIntegration) + ',' + checkLabel
                                            + labels.sliced(afterIntegration));
            if (index.contains(key))
                continue;
            index.insert(key, checks.size());
            checks.append(std::move(check));
        }
    }
    m_checks = std::move(checks);
    m_index = std::move(index);
    for (auto it = m_quotas.begin(); it != m_quotas.end();) {
        const QString integrationId = it.key().section(u'/', 0, 0);
        if (!m_integrationLabels.contains(integrationId)) {
            it = m_quotas.erase(it);
            continue;
        }
        it->labels = m_integrationLabels.value(integrationId) + ',' + label("policy", it->reading.policy) + ','
                     + label("unit", machineName(it->reading.unit));
        ++it;
    }
    m_gateway = catalog.gateway;
}

void AgentMetrics::observe(const CheckUpdate &update)
{
    const Sample &sample = update.sample;
    Check *found = find(sample.integrationId, sample.checkId);
    if (!found)
        return; // a result of a check the catalog no longer has
    Check &check = *found;
    check.state = update.state;
    check.hasResult = true;
    check.lastResultSeconds = static_cast<double>(sample.at.toMSecsSinceEpoch()) / 1000.0;
    check.durations.observe(sample.latencyMs / 1000.0);
    for (std::size_t i = 0; i < attemptResults.size(); ++i) {
        if (sample.verdict == attemptResults[i])
            ++check.attempts[i];
    }
    if (sample.failureClass != FailureClass::None)
        ++check.failures[sample.failureClass];
    if (sample.tls && sample.tls->expiresAt.isValid())
        check.tlsExpirySeconds = static_cast<double>(sample.tls->expiresAt.toMSecsSinceEpoch()) / 1000.0;
    for (const QuotaReading &reading : sample.quotas) {
        Quota &quota = m_quotas[sample.integrationId + u'/' + reading.policy];
        quota.reading = reading;
        quota.labels = integrationLabels(sample.integrationId) + ',' + label("policy", reading.policy) + ','
                       + label("unit", machineName(reading.unit));
    }
}

void AgentMetrics::setState(const QString &integrationId, const QString &checkId, HealthStatus state)
{
    if (Check *check = find(integrationId, checkId))
        check->state = state;
}

AgentMetrics::Check *AgentMetrics::find(const QString &integrationId, const QString &checkId)
{
    const auto it = m_index.constFind(checkKey(integrationId, checkId));
    return it == m_index.cend() ? nullptr : &m_checks[*it];
}

void AgentMetrics::observeEvents(const QList<GatewayEvent> &events)
{
    for (const GatewayEvent &event : events) {
        const WebhookDelivery *delivery = event.webhookDelivery();
        if (!delivery || m_seenDeliveries.contains(event.id))
            continue;
        m_seenDeliveries.insert(event.id);
        m_seenOrder.append(event.id);
        if (m_seenOrder.size() > rememberedDeliveries)
            m_seenDeliveries.remove(m_seenOrder.takeFirst());
        const QString verdict =
            delivery->verification ? machineName(delivery->verification->verdict) : u"unverified"_s;
        ++m_deliveries[{delivery->source, verdict}];
    }
}

void AgentMetrics::setRoutes(const QList<RouteHealth> &routes, const std::optional<GatewayScrape> &reading)
{
    m_routes = routes;
    m_gatewayReading = reading;
}

QByteArray AgentMetrics::integrationLabels(const QString &integrationId) const
{
    const auto it = m_integrationLabels.constFind(integrationId);
    return it != m_integrationLabels.cend() ? *it : label("integration", integrationId);
}

QByteArray AgentMetrics::render(const AgentHealth &health) const
{
    QByteArray out;
    out.reserve(static_cast<qsizetype>(m_checks.size()) * 2600 + 4096);

    appendHeader(out, "gatewatch_check_up", "gauge",
                 "Whether the check's service answers: 1 up, degraded or rate-limited, 0 down. Absent before "
                 "the first result and while paused.");
    for (const Check &check : m_checks) {
        if (!check.hasResult || check.state == HealthStatus::Paused || check.state == HealthStatus::Unknown)
            continue;
        appendSample(out, "gatewatch_check_up", check.labels, {}, check.state == HealthStatus::Down ? 0 : 1);
    }

    appendHeader(out, "gatewatch_check_state", "gauge",
                 "The check's debounced state: 1 for the current one, 0 for the others.");
    const auto &states = stateLabels();
    for (const Check &check : m_checks) {
        for (std::size_t i = 0; i < allStates.size(); ++i)
            appendSample(out, "gatewatch_check_state", check.labels, states[i], check.state == allStates[i] ? 1 : 0);
    }

    appendHeader(out, "gatewatch_check_last_result_timestamp_seconds", "gauge",
                 "When the check's latest attempt started, in Unix time.");
    for (const Check &check : m_checks) {
        if (check.hasResult)
            appendSample(out, "gatewatch_check_last_result_timestamp_seconds", check.labels, {},
                         check.lastResultSeconds);
    }

    appendHeader(out, "gatewatch_check_duration_seconds", "histogram",
                 "How long the check's attempts took, from sending the request to the last byte.");
    for (const Check &check : m_checks) {
        appendHistogram(out, "gatewatch_check_duration_seconds", check.labels, check.durations);
    }

    appendHeader(out, "gatewatch_check_attempts_total", "counter",
                 "Attempts of the check by what each found: up, degraded, rate-limited or down.");
    const auto &results = resultLabels();
    for (const Check &check : m_checks) {
        for (std::size_t i = 0; i < attemptResults.size(); ++i)
            appendCount(out, "gatewatch_check_attempts_total", check.labels, results[i], check.attempts[i]);
    }

    appendHeader(out, "gatewatch_check_failures_total", "counter",
                 "Failed attempts of the check, by failure class.");
    for (const Check &check : m_checks) {
        for (auto it = check.failures.cbegin(); it != check.failures.cend(); ++it)
            appendCount(out, "gatewatch_check_failures_total", check.labels, label("class", machineName(it.key())),
                        it.value());
    }

    appendHeader(out, "gatewatch_tls_cert_expiry_timestamp_seconds", "gauge",
                 "When the first certificate of the check's TLS chain expires, in Unix time.");
    for (const Check &check : m_checks) {
        if (check.tlsExpirySeconds)
            appendSample(out, "gatewatch_tls_cert_expiry_timestamp_seconds", check.labels, {}, *check.tlsExpirySeconds);
    }

    appendHeader(out, "gatewatch_quota_remaining", "gauge",
                 "What the vendor last said is left of the quota, in its unit.");
    for (const Quota &quota : m_quotas)
        appendSample(out, "gatewatch_quota_remaining", quota.labels, {}, quota.reading.remaining);
    appendHeader(out, "gatewatch_quota_limit", "gauge", "The quota's limit, in its unit, where known.");
    for (const Quota &quota : m_quotas) {
        if (quota.reading.limit)
            appendSample(out, "gatewatch_quota_limit", quota.labels, {}, *quota.reading.limit);
    }
    appendHeader(out, "gatewatch_quota_reset_timestamp_seconds", "gauge",
                 "When the quota's window resets, in Unix time, where the vendor says.");
    for (const Quota &quota : m_quotas) {
        if (quota.reading.resetAt && quota.reading.resetAt->isValid())
            appendSample(out, "gatewatch_quota_reset_timestamp_seconds", quota.labels, {},
                         static_cast<double>(quota.reading.resetAt->toMSecsSinceEpoch()) / 1000.0);
    }

    appendHeader(out, "gatewatch_webhook_deliveries_total", "counter",
                 "Webhook deliveries seen in the gateway's event feed, by source and signature verdict.");
    for (auto it = m_deliveries.cbegin(); it != m_deliveries.cend(); ++it)
        appendCount(out, "gatewatch_webhook_deliveries_total", label("source", it.key().first),
                    label("verdict", it.key().second), it.value());

    appendHeader(out, "gatewatch_gateway_route_error_ratio", "gauge",
                 "Share of the route's requests answered 5xx over the gateway's last scrape interval.");
    std::vector<std::pair<QByteArray, const RouteHealth *>> routes;
    for (const RouteHealth &route : m_routes) {
        QByteArray labels = label("service", route.service);
        if (route.route)
            labels += ',' + label("route", *route.route);
        if (m_gateway) {
            if (const QString integration = m_gateway->integrationFor(route.service, route.route); !integration.isEmpty())
                labels += ',' + integrationLabels(integration);
        }
        routes.emplace_back(std::move(labels), &route);
    }
    for (const auto &[labels, route] : routes) {
        if (route->errorRatio)
            appendSample(out, "gatewatch_gateway_route_error_ratio", labels, {}, *route->errorRatio);
    }
    appendHeader(out, "gatewatch_gateway_route_requests_per_second", "gauge",
                 "The route's requests per second over the gateway's last scrape interval.");
    for (const auto &[labels, route] : routes) {
        if (route->requestsPerSecond)
            appendSample(out, "gatewatch_gateway_route_requests_per_second", labels, {}, *route->requestsPerSecond);
    }
    // The gateway's own counts, as last read: a desktop reading Prometheus rebuilds its Gateway
    // page from them as if it had read the page itself.
    appendHeader(out, "gatewatch_gateway_scrape_timestamp_seconds", "gauge",
                 "When the gateway's metrics page was last read, in Unix time.");
    if (m_gatewayReading)
        appendSample(out, "gatewatch_gateway_scrape_timestamp_seconds", {}, {},
                     static_cast<double>(m_gatewayReading->atMs) / 1000.0);
    appendHeader(out, "gatewatch_gateway_route_requests_total", "counter",
                 "The route's requests as the gateway counts them, at its last reading.");
    for (const auto &[labels, route] : routes)
        appendSample(out, "gatewatch_gateway_route_requests_total", labels, {}, route->totals.requests);
    appendHeader(out, "gatewatch_gateway_route_errors_total", "counter",
                 "The route's error answers as the gateway counts them, by class: 5xx, 4xx (429 included), 429.");
    for (const auto &[labels, route] : routes) {
        appendSample(out, "gatewatch_gateway_route_errors_total", labels, "class=\"5xx\"", route->totals.errors5xx);
        appendSample(out, "gatewatch_gateway_route_errors_total", labels, "class=\"4xx\"", route->totals.errors4xx);
        appendSample(out, "gatewatch_gateway_route_errors_total", labels, "class=\"429\"", route->totals.rateLimited);
    }
    appendHeader(out, "gatewatch_gateway_route_duration_seconds", "histogram",
                 "How long the gateway took to answer the route's requests, in its own histogram's buckets.");
    for (const auto &[labels, route] : routes) {
        const HistogramBuckets &buckets = route->totals.latency;
        if (buckets.isEmpty() || !std::isinf(buckets.constLast().first))
            continue;
        for (const auto &[boundMs, count] : buckets) {
            QByteArray le = "le=\"";
            if (std::isinf(boundMs))
                le += "+Inf";
            else
                appendNumber(le, boundMs / 1000.0);
            le += '"';
            appendSample(out, "gatewatch_gateway_route_duration_seconds_bucket", labels, le, count);
        }
        appendSample(out, "gatewatch_gateway_route_duration_seconds_count", labels, {}, buckets.constLast().second);
    }
    appendHeader(out, "gatewatch_gateway_upstream_target_state", "gauge",
                 "1 for the state the gateway reports for each of its upstream targets.");
    if (m_gatewayReading) {
        for (const UpstreamTarget &target : m_gatewayReading->upstreams) {
            appendSample(out, "gatewatch_gateway_upstream_target_state",
                         label("upstream", target.upstream) + ',' + label("target", target.target),
                         label("state", target.state), 1);
        }
    }
    appendHeader(out, "gatewatch_gateway_datastore_reachable", "gauge",
                 "Whether the gateway reaches its datastore (Kong), where it says.");
    if (m_gatewayReading && m_gatewayReading->datastoreReachable)
        appendSample(out, "gatewatch_gateway_datastore_reachable", {}, {}, *m_gatewayReading->datastoreReachable ? 1 : 0);

    appendHeader(out, "gatewatch_agent_scheduling_lag_seconds", "histogram",
                 "How late each check started after it was due.");
    appendHistogram(out, "gatewatch_agent_scheduling_lag_seconds", {}, health.schedulingLag);
    appendHeader(out, "gatewatch_agent_checks_in_flight", "gauge", "Checks waiting for their answer now.");
    appendSample(out, "gatewatch_agent_checks_in_flight", {}, {}, health.checksInFlight);
    appendHeader(out, "gatewatch_agent_checks", "gauge", "Checks this agent runs (its shard of the configuration).");
    appendSample(out, "gatewatch_agent_checks", {}, {}, static_cast<double>(m_checks.size()));
    appendHeader(out, "gatewatch_agent_store_errors_total", "counter",
                 "Times the history store could not open or write its file.");
    appendCount(out, "gatewatch_agent_store_errors_total", {}, {}, health.storeErrors);
    appendHeader(out, "gatewatch_agent_config_last_reload_successful", "gauge",
                 "Whether the last load of the configuration succeeded (the last good one keeps running).");
    appendSample(out, "gatewatch_agent_config_last_reload_successful", {}, {}, health.configLoaded ? 1 : 0);
    appendHeader(out, "gatewatch_agent_config_last_reload_success_timestamp_seconds", "gauge",
                 "When the configuration was last loaded successfully, in Unix time.");
    appendSample(out, "gatewatch_agent_config_last_reload_success_timestamp_seconds", {}, {},
                 health.configLoadedAtSeconds);
    appendHeader(out, "gatewatch_agent_start_time_seconds", "gauge", "When the agent started, in Unix time.");
    appendSample(out, "gatewatch_agent_start_time_seconds", {}, {}, health.startTimeSeconds);
    appendHeader(out, "gatewatch_build_info", "gauge", "The agent's version, as a label; always 1.");
    appendSample(out, "gatewatch_build_info", label("version", health.version), {}, 1);
    return out;
}

} // namespace gw
