#include "promlive.h"

#include "failuresmodel.h"

#include <cmath>
#include <limits>
#include <map>
#include <tuple>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

std::optional<QuotaUnit> quotaUnitFromName(const QString &name)
{
    for (QuotaUnit unit : {QuotaUnit::Requests, QuotaUnit::Points, QuotaUnit::Tokens, QuotaUnit::Bytes,
                           QuotaUnit::Concurrent}) {
        if (machineName(unit) == name)
            return unit;
    }
    return std::nullopt;
}

QuotaReading &quotaOf(QList<QuotaReading> &quotas, const QString &policy, const QString &unit)
{
    for (QuotaReading &reading : quotas) {
        if (reading.policy == policy)
            return reading;
    }
    QuotaReading reading;
    reading.policy = policy;
    reading.unit = quotaUnitFromName(unit).value_or(QuotaUnit::Requests);
    quotas.append(reading);
    return quotas.last();
}

// How much a counter grew; one that went down was reset (its agent restarted).
double increase(double before, double now)
{
    return now >= before ? now - before : now;
}

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace

QString promLiveQuery()
{
    return u"{__name__=~\"gatewatch_check_(state|last_result_timestamp_seconds|attempts_total|failures_total"
           "|duration_seconds_sum|duration_seconds_count)|gatewatch_quota_(remaining|limit|reset_timestamp_seconds)"
           "|gatewatch_tls_cert_expiry_timestamp_seconds|gatewatch_gateway_scrape_timestamp_seconds"
           "|gatewatch_gateway_route_(requests_total|errors_total|duration_seconds_bucket)"
           "|gatewatch_gateway_upstream_target_state|gatewatch_gateway_datastore_reachable\"}"_s;
}

LiveSnapshot readLiveSnapshot(const PromAnswer &answer)
{
    LiveSnapshot snapshot;
    std::optional<qint64> gatewayReadMs;
    std::map<std::pair<QString, QString>, QString> targets; // (upstream, target) -> state
    std::optional<bool> datastoreReachable;
    // (service, whether it has a route, route) -> the route's counts, in the tracker's order.
    std::map<std::tuple<QString, bool, QString>, RouteTotals> routes;
    std::map<std::tuple<QString, bool, QString>, std::map<double, double>> latencies; // bound ms -> count
    for (const PromSeries &series : answer.series) {
        if (series.points.isEmpty() || !std::isfinite(series.points.constLast().value))
            continue;
        const double value = series.points.constLast().value;
        const QString name = series.labels.value(u"__name__"_s);
        if (name == u"gatewatch_gateway_scrape_timestamp_seconds") {
            const qint64 ms = qint64(std::llround(value * 1000));
            gatewayReadMs = std::max(gatewayReadMs.value_or(ms), ms);
            continue;
        }
        if (name == u"gatewatch_gateway_upstream_target_state") {
            const QString upstream = series.labels.value(u"upstream"_s);
            const QString target = series.labels.value(u"target"_s);
            if (value == 1 && !upstream.isEmpty() && !target.isEmpty())
                targets[{upstream, target}] = series.labels.value(u"state"_s);
            continue;
        }
        if (name == u"gatewatch_gateway_datastore_reachable") {
            // Any agent that reaches it says it is reachable; all must fail to say it is not.
            datastoreReachable = datastoreReachable.value_or(false) || value > 0;
            continue;
        }
        if (name.startsWith(u"gatewatch_gateway_route_")) {
            const QString service = series.labels.value(u"service"_s);
            if (service.isEmpty())
                continue;
            const auto route = series.labels.constFind(u"route"_s);
            const auto key = std::tuple(service, route != series.labels.cend(),
                                        route != series.labels.cend() ? *route : QString());
            RouteTotals &totals = routes[key];
            totals.service = service;
            if (route != series.labels.cend())
                totals.route = *route;
            const auto highest = [value](double &into) { into = std::max(into, value); };
            if (name == u"gatewatch_gateway_route_requests_total") {
                highest(totals.requests);
            } else if (name == u"gatewatch_gateway_route_errors_total") {
                const QString errorClass = series.labels.value(u"class"_s);
                if (errorClass == u"5xx")
                    highest(totals.errors5xx);
                else if (errorClass == u"4xx")
                    highest(totals.errors4xx);
                else if (errorClass == u"429")
                    highest(totals.rateLimited);
            } else if (name == u"gatewatch_gateway_route_duration_seconds_bucket") {
                const QString le = series.labels.value(u"le"_s);
                bool ok = false;
                const double bound = le == u"+Inf" ? std::numeric_limits<double>::infinity() : le.toDouble(&ok) * 1000.0;
                if (ok || std::isinf(bound))
                    highest(latencies[key][bound]);
            }
            continue;
        }
        const QString integration = series.labels.value(u"integration"_s);
        if (integration.isEmpty())
            continue;
        if (name.startsWith(u"gatewatch_quota_")) {
            const QString policy = series.labels.value(u"policy"_s);
            if (policy.isEmpty())
                continue;
            QuotaReading &reading =
                quotaOf(snapshot.quotas[integration], policy, series.labels.value(u"unit"_s));
            if (name == u"gatewatch_quota_remaining")
                reading.remaining = value;
            else if (name == u"gatewatch_quota_limit")
                reading.limit = value;
            else if (name == u"gatewatch_quota_reset_timestamp_seconds")
                reading.resetAt = utc(qint64(std::llround(value * 1000)));
            continue;
        }
        const QString checkId = series.labels.value(u"check"_s);
        if (checkId.isEmpty())
            continue;
        LiveCheck &check = snapshot.checks[integration + u'/' + checkId];
        if (name == u"gatewatch_check_state") {
            if (value == 1)
                check.state = healthStatusFromName(series.labels.value(u"state"_s)).value_or(HealthStatus::Unknown);
        } else if (name == u"gatewatch_check_last_result_timestamp_seconds") {
            const qint64 ms = qint64(std::llround(value * 1000));
            check.lastResultMs = std::max(check.lastResultMs.value_or(ms), ms);
        } else if (name == u"gatewatch_check_attempts_total") {
            check.attempts[series.labels.value(u"result"_s)] += value;
        } else if (name == u"gatewatch_check_failures_total") {
            check.failures[series.labels.value(u"class"_s)] += value;
        } else if (name == u"gatewatch_check_duration_seconds_sum") {
            check.durationSumSeconds += value;
        } else if (name == u"gatewatch_check_duration_seconds_count") {
            check.durationCount += value;
        } else if (name == u"gatewatch_tls_cert_expiry_timestamp_seconds") {
            const qint64 ms = qint64(std::llround(value * 1000));
            check.tlsExpiryMs = std::min(check.tlsExpiryMs.value_or(ms), ms);
        }
    }
    if (gatewayReadMs) {
        GatewayScrape scrape;
        scrape.atMs = *gatewayReadMs;
        for (auto &[key, totals] : routes) {
            if (const auto latency = latencies.find(key); latency != latencies.end() && !latency->second.empty()
                                                            && std::isinf(latency->second.rbegin()->first)) {
                for (const auto &[bound, count] : latency->second)
                    totals.latency.append({bound, count});
            }
            scrape.routes.append(totals);
        }
        for (const auto &[key, state] : targets)
            scrape.upstreams.append(UpstreamTarget{key.first, key.second, state});
        scrape.datastoreReachable = datastoreReachable;
        snapshot.gateway = scrape;
    }
    return snapshot;
}

LiveChanges liveChanges(const LiveSnapshot &before, const LiveSnapshot &now, const Catalog &catalog)
{
    LiveChanges changes;
    for (const IntegrationSpec &integration : catalog.integrations) {
        bool quotasGiven = false;
        for (const CheckSpec &spec : integration.checks) {
            const QString key = integration.id + u'/' + spec.id;
            const auto was = before.checks.constFind(key);
            const auto is = now.checks.constFind(key);
            const HealthStatus previous = was != before.checks.cend() ? was->state : HealthStatus::Unknown;
            if (is == now.checks.cend() || !is->lastResultMs) {
                const HealthStatus state = is != now.checks.cend() ? is->state : HealthStatus::Unknown;
                if (state != previous)
                    changes.states.append({integration.id, spec.id, state});
                continue;
            }
            const bool known = was != before.checks.cend() && was->lastResultMs;
            if (known && *was->lastResultMs >= *is->lastResultMs) {
                if (is->state != previous)
                    changes.states.append({integration.id, spec.id, is->state});
                continue;
            }
            CheckUpdate update;
            update.state = is->state;
            update.previousState = previous;
            Sample &sample = update.sample;
            sample.integrationId = integration.id;
            sample.checkId = spec.id;
            sample.at = utc(*is->lastResultMs);
            if (known) {
                HealthStatus verdict = HealthStatus::Unknown;
                for (auto it = is->attempts.cbegin(); it != is->attempts.cend(); ++it) {
                    const std::optional<HealthStatus> result = healthStatusFromName(it.key());
                    if (result && increase(was->attempts.value(it.key()), it.value()) > 0)
                        verdict = verdict == HealthStatus::Unknown ? *result : worst(verdict, *result);
                }
                sample.verdict = verdict == HealthStatus::Unknown ? is->state : verdict;
                double grewMost = 0;
                for (auto it = is->failures.cbegin(); it != is->failures.cend(); ++it) {
                    const double grew = increase(was->failures.value(it.key()), it.value());
                    const std::optional<FailureClass> failure = failureClassFromName(it.key());
                    if (failure && grew > grewMost) {
                        grewMost = grew;
                        sample.failureClass = *failure;
                    }
                }
                const double count = increase(was->durationCount, is->durationCount);
                const double sum = increase(was->durationSumSeconds, is->durationSumSeconds);
                if (count > 0)
                    sample.latencyMs = sum / count * 1000;
            } else {
                sample.verdict = is->state;
                if (is->durationCount > 0)
                    sample.latencyMs = is->durationSumSeconds / is->durationCount * 1000;
            }
            if (sample.verdict == HealthStatus::Up)
                sample.failureClass = FailureClass::None;
            if (sample.failureClass != FailureClass::None)
                sample.reason = FailuresModel::failureClassText(sample.failureClass);
            if (is->tlsExpiryMs)
                sample.tls = TlsInfo{utc(*is->tlsExpiryMs), {}};
            if (!quotasGiven) {
                sample.quotas = now.quotas.value(integration.id);
                quotasGiven = true;
            }
            changes.updates.append(update);
        }
    }
    if (now.gateway && (!before.gateway || now.gateway->atMs > before.gateway->atMs))
        changes.gateway = now.gateway;
    return changes;
}

} // namespace gw
