#include "alertinputs.h"

#include "webhookhealth.h"

#include <algorithm>
#include <cmath>
#include <map>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

constexpr double dayMs = 86'400'000.0;

QString key(const QString &integrationId, const QString &checkId)
{
    return integrationId + u'/' + checkId;
}

// Nearest rank: the smallest value with at least `p` of the values at or below it.
double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(p * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

bool isRouteFunction(const QString &function)
{
    return function == u"route_error_ratio" || function == u"route_p95";
}

// A subject names a service and, after a '/', one of its routes.
std::pair<QString, std::optional<QString>> routeOf(const QString &subject)
{
    const qsizetype slash = subject.indexOf(u'/');
    if (slash < 0)
        return {subject, std::nullopt};
    return {subject.left(slash), subject.mid(slash + 1)};
}

std::optional<double> percentileOf(const QString &function)
{
    if (function == u"p50")
        return 0.5;
    if (function == u"p95")
        return 0.95;
    if (function == u"p99")
        return 0.99;
    return std::nullopt;
}

} // namespace

qint64 AlertInputs::longestWindow(const QList<AlertExpression> &expressions)
{
    qint64 longest = 0;
    for (const AlertExpression &expression : expressions) {
        for (const AlertCall &call : expression.calls())
            longest = std::max(longest, call.windowMs.value_or(0));
    }
    return longest;
}

void AlertInputs::add(const CheckUpdate &update)
{
    const Sample &sample = update.sample;
    const QString id = key(sample.integrationId, sample.checkId);
    Attempt attempt;
    attempt.atMs = sample.at.toMSecsSinceEpoch();
    attempt.failureClass = sample.failureClass;
    if (sample.httpStatus > 0)
        attempt.latencyMs = sample.latencyMs;
    if (sample.tls && sample.tls->expiresAt.isValid())
        attempt.certificateExpiresMs = sample.tls->expiresAt.toMSecsSinceEpoch();
    m_checksOf[sample.integrationId].insert(id);
    QList<Attempt> &list = m_attempts[id];
    // Attempts arrive in order almost always; one that does not is put in its place.
    const auto at = std::upper_bound(list.begin(), list.end(), attempt.atMs,
                                     [](qint64 ms, const Attempt &a) { return ms < a.atMs; });
    list.insert(at, attempt);
    m_checkStates.insert(id, update.state);
    for (QuotaReading reading : sample.quotas) {
        // As the Quotas page names them: "default" only says the vendor named no policy.
        if (reading.policy == u"default")
            reading.policy = machineName(reading.source);
        m_quotas.observe(sample.integrationId, reading, sample.at, 1);
    }
}

void AlertInputs::addDelivery(const QString &eventId, const WebhookDelivery &delivery)
{
    const Forwarding forwarded = forwarding(delivery);
    Delivery kept;
    kept.receivedAtMs = delivery.receivedAtMs;
    kept.idHash = qHash(eventId);
    kept.signatureFailed = isSignatureFailureByEither(delivery);
    kept.counted = !(forwarded == Forwarding::Rejected && isDuplicate(delivery));
    kept.delivered = forwarded == Forwarding::Delivered;
    QList<Delivery> &list = m_deliveries[delivery.source];
    // Deliveries come in about the order they were received: the place is at or near the end.
    const auto before = [](const Delivery &d, qint64 ms) { return d.receivedAtMs < ms; };
    const auto after = [](qint64 ms, const Delivery &d) { return ms < d.receivedAtMs; };
    const auto first = std::lower_bound(list.begin(), list.end(), kept.receivedAtMs, before);
    const auto last = std::upper_bound(first, list.end(), kept.receivedAtMs, after);
    const auto earlier = std::find_if(first, last, [&kept](const Delivery &d) { return d.idHash == kept.idHash; });
    if (earlier != last)
        *earlier = kept;
    else
        list.insert(last, kept);
}

std::pair<QList<AlertInputs::Delivery>::const_iterator, QList<AlertInputs::Delivery>::const_iterator>
AlertInputs::deliveries(const QString &source, qint64 windowMs, qint64 nowMs) const
{
    const auto it = m_deliveries.constFind(source);
    if (it == m_deliveries.cend())
        return {};
    const auto after = [](qint64 ms, const Delivery &d) { return ms < d.receivedAtMs; };
    const auto first = std::upper_bound(it->cbegin(), it->cend(), nowMs - windowMs, after);
    return {first, std::upper_bound(first, it->cend(), nowMs, after)};
}

void AlertInputs::addScrape(const GatewayScrape &scrape)
{
    // Another gateway's names key other routes: nothing to take an increase from.
    if (m_routeFlavor != scrape.flavor)
        forgetRoutes();
    m_routeFlavor = scrape.flavor;
    for (const RouteTotals &totals : scrape.routes) {
        const QString route = totals.route.value_or(QString());
        QHash<QString, RouteSeries> &routes = m_routes[totals.service];
        const auto it = routes.find(route);
        if (it == routes.end()) {
            routes.insert(route, RouteSeries{totals, scrape.atMs, {}}); // first seen: no interval yet
            continue;
        }
        RouteSeries &series = *it;
        if (scrape.atMs <= series.lastAtMs)
            continue; // not newer: nothing accrued
        const RouteTotals gained = routeIncrease(series.last, totals);
        const bool observed = std::any_of(gained.latency.cbegin(), gained.latency.cend(),
                                          [](const auto &bucket) { return bucket.second > 0; });
        if ((gained.requests > 0 || observed) && watches(totals.service, route))
            series.increases.append(
                RouteIncrease{series.lastAtMs, scrape.atMs, gained.requests, gained.errors5xx, gained.latency});
        series.last = totals;
        series.lastAtMs = scrape.atMs;
    }
}

bool AlertInputs::watches(const QString &service, const QString &route) const
{
    return !m_watchedRoutes || m_watchedRoutes->contains(service)
           || (!route.isEmpty() && m_watchedRoutes->contains(service + u'/' + route));
}

void AlertInputs::watchRoutes(const QSet<QString> &subjects)
{
    m_watchedRoutes = subjects;
    for (auto service = m_routes.begin(); service != m_routes.end(); ++service) {
        for (auto route = service->begin(); route != service->end(); ++route) {
            if (!watches(service.key(), route.key()))
                route->increases.clear();
        }
    }
}

QSet<QString> AlertInputs::routeSubjects(const QList<AlertExpression> &expressions)
{
    QSet<QString> subjects;
    for (const AlertExpression &expression : expressions) {
        for (const AlertCall &call : expression.calls()) {
            if (isRouteFunction(call.function))
                subjects.insert(call.subject);
        }
    }
    return subjects;
}

void AlertInputs::forgetRoutes()
{
    m_routes.clear();
    m_routeFlavor.reset();
}

QList<const AlertInputs::RouteIncrease *> AlertInputs::routeIncreases(const QString &subject, qint64 windowMs,
                                                                      qint64 nowMs) const
{
    QList<const RouteIncrease *> out;
    const auto [service, route] = routeOf(subject);
    const auto routes = m_routes.constFind(service);
    if (routes == m_routes.cend())
        return out;
    const auto collect = [&out, windowMs, nowMs](const RouteSeries &series) {
        // Oldest first: the intervals that start inside the window are one run of the list.
        auto it = std::upper_bound(series.increases.cbegin(), series.increases.cend(), nowMs - windowMs,
                                   [](qint64 ms, const RouteIncrease &r) { return ms < r.fromMs; });
        for (; it != series.increases.cend() && it->toMs <= nowMs; ++it)
            out.append(&*it);
    };
    if (route) {
        if (const auto it = routes->constFind(*route); it != routes->cend())
            collect(*it);
    } else {
        for (const RouteSeries &series : *routes)
            collect(series);
    }
    return out;
}

void AlertInputs::prune(qint64 nowMs)
{
    const qint64 oldest = nowMs - m_retentionMs;
    for (auto it = m_deliveries.begin(); it != m_deliveries.end();) {
        const auto firstKept = std::upper_bound(it->begin(), it->end(), oldest,
                                                [](qint64 ms, const Delivery &d) { return ms < d.receivedAtMs; });
        it->erase(it->begin(), firstKept);
        it = it->isEmpty() ? m_deliveries.erase(it) : std::next(it);
    }
    for (auto service = m_routes.begin(); service != m_routes.end();) {
        for (auto route = service->begin(); route != service->end();) {
            QList<RouteIncrease> &increases = route->increases;
            const auto firstKept = std::upper_bound(increases.begin(), increases.end(), oldest,
                                                    [](qint64 ms, const RouteIncrease &r) { return ms < r.fromMs; });
            increases.erase(increases.begin(), firstKept);
            // A route gone from the pages for longer than any window has nothing to continue.
            route = increases.isEmpty() && route->lastAtMs <= oldest ? service->erase(route) : std::next(route);
        }
        service = service->isEmpty() ? m_routes.erase(service) : std::next(service);
    }
    for (auto it = m_attempts.begin(); it != m_attempts.end(); ++it) {
        QList<Attempt> &list = it.value();
        // Keep the newest attempt whatever its age: it carries the certificate.
        const auto firstKept =
            std::find_if(list.begin(), list.end(), [oldest](const Attempt &a) { return a.atMs > oldest; });
        const qsizetype drop = std::min<qsizetype>(firstKept - list.begin(), list.size() - 1);
        if (drop > 0)
            list.remove(0, drop);
    }
}

void AlertInputs::forgetCheck(const QString &integrationId, const QString &checkId)
{
    m_attempts.remove(key(integrationId, checkId));
    m_checkStates.remove(key(integrationId, checkId));
    if (const auto it = m_checksOf.find(integrationId); it != m_checksOf.end()) {
        it->remove(key(integrationId, checkId));
        if (it->isEmpty())
            m_checksOf.erase(it);
    }
}

void AlertInputs::retainChecks(const QSet<QString> &checks)
{
    m_attempts.removeIf([&checks](const auto &it) { return !checks.contains(it.key()); });
    m_checkStates.removeIf([&checks](const auto &it) { return !checks.contains(it.key()); });
    for (auto it = m_checksOf.begin(); it != m_checksOf.end();) {
        it->intersect(checks);
        it = it->isEmpty() ? m_checksOf.erase(it) : std::next(it);
    }
}

QList<QString> AlertInputs::checksOf(const QString &subject) const
{
    if (subject.contains(u'/'))
        return {subject};
    const auto it = m_checksOf.constFind(subject);
    return it == m_checksOf.cend() ? QList<QString>() : it->values();
}

QList<AlertInputs::Attempt> AlertInputs::attempts(const QString &subject, qint64 windowMs, qint64 nowMs) const
{
    QList<Attempt> out;
    const auto collect = [&out, windowMs, nowMs](const QList<Attempt> &list) {
        // Oldest first: the window is one run of the list.
        auto it = std::upper_bound(list.cbegin(), list.cend(), nowMs - windowMs,
                                   [](qint64 ms, const Attempt &a) { return ms < a.atMs; });
        for (; it != list.cend() && it->atMs <= nowMs; ++it)
            out.append(*it);
    };
    for (const QString &check : checksOf(subject)) {
        if (const auto it = m_attempts.constFind(check); it != m_attempts.cend())
            collect(*it);
    }
    return out;
}

std::optional<double> AlertInputs::number(const AlertCall &call, qint64 nowMs) const
{
    const QString &f = call.function;
    if (const std::optional<double> p = percentileOf(f)) {
        QList<double> latencies;
        for (const Attempt &attempt : attempts(call.subject, call.windowMs.value_or(0), nowMs)) {
            if (attempt.latencyMs)
                latencies.append(*attempt.latencyMs);
        }
        return latencies.isEmpty() ? std::nullopt : std::optional(percentile(latencies, *p));
    }
    if (f == u"error_rate" || f == u"failures") {
        const QList<Attempt> window = attempts(call.subject, call.windowMs.value_or(0), nowMs);
        const std::optional<FailureClass> only =
            call.qualifier.isEmpty() ? std::nullopt : failureClassFromName(call.qualifier);
        const auto failed = std::count_if(window.cbegin(), window.cend(), [&only](const Attempt &a) {
            return a.failureClass != FailureClass::None && (!only || a.failureClass == *only);
        });
        if (f == u"failures")
            return double(failed);
        return window.isEmpty() ? std::nullopt : std::optional(100.0 * double(failed) / double(window.size()));
    }
    if (f == u"quota_left" || f == u"quota_exhausts_before_reset") {
        std::optional<double> lowest;
        std::optional<bool> exhausts;
        for (const QuotaState &quota : m_quotas.states(QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC))) {
            if (quota.integrationId != call.subject.section(u'/', 0, 0))
                continue;
            exhausts = exhausts.value_or(false) || quota.exhaustsBeforeReset;
            if (quota.headroom)
                lowest = std::min(lowest.value_or(1.0), *quota.headroom);
        }
        if (f == u"quota_left")
            return lowest ? std::optional(*lowest * 100.0) : std::nullopt;
        return exhausts ? std::optional(*exhausts ? 1.0 : 0.0) : std::nullopt;
    }
    if (f == u"tls_days") {
        // The newest certificate each check saw, then the one that expires first.
        std::optional<qint64> earliest;
        for (const QString &check : checksOf(call.subject)) {
            const auto it = m_attempts.constFind(check);
            if (it == m_attempts.cend())
                continue;
            const auto newest = std::find_if(it.value().crbegin(), it.value().crend(), [nowMs](const Attempt &a) {
                return a.certificateExpiresMs && a.atMs <= nowMs;
            });
            if (newest != it.value().crend())
                earliest = std::min(earliest.value_or(*newest->certificateExpiresMs), *newest->certificateExpiresMs);
        }
        return earliest ? std::optional(double(*earliest - nowMs) / dayMs) : std::nullopt;
    }
    if (f == u"local_network_down")
        return localNetworkDown(nowMs) ? 1.0 : 0.0;
    if (f == u"webhook_signature_failures" || f == u"webhook_delivery_rate") {
        const auto [first, last] = deliveries(call.subject, call.windowMs.value_or(0), nowMs);
        if (first == last)
            return std::nullopt;
        if (f == u"webhook_signature_failures")
            return double(std::count_if(first, last, [](const Delivery &d) { return d.signatureFailed; }));
        const auto counted = std::count_if(first, last, [](const Delivery &d) { return d.counted; });
        const auto delivered = std::count_if(first, last, [](const Delivery &d) { return d.delivered; });
        return counted == 0 ? std::nullopt : std::optional(100.0 * double(delivered) / double(counted));
    }
    if (isRouteFunction(f)) {
        const QList<const RouteIncrease *> increases = routeIncreases(call.subject, call.windowMs.value_or(0), nowMs);
        if (f == u"route_error_ratio") {
            double requests = 0;
            double errors = 0;
            for (const RouteIncrease *increase : increases) {
                requests += increase->requests;
                errors += increase->errors;
            }
            return requests > 0 ? std::optional(100.0 * errors / requests) : std::nullopt;
        }
        // As sum by (le) (increase(…_bucket[w])): buckets of the same bound add up.
        std::map<double, double> byBound;
        for (const RouteIncrease *increase : increases) {
            for (const auto &[bound, count] : increase->latency)
                byBound[bound] += count;
        }
        HistogramBuckets buckets;
        buckets.reserve(qsizetype(byBound.size()));
        for (const auto &[bound, count] : byBound)
            buckets.append({bound, count});
        return histogramQuantile(0.95, buckets);
    }
    if (f == u"vendor_incident") {
        const auto it = m_vendorIncidents.constFind(call.subject);
        return it == m_vendorIncidents.cend() ? std::nullopt : std::optional(*it ? 1.0 : 0.0);
    }
    return std::nullopt;
}

void AlertInputs::setVendorIncident(const QString &vendorId, std::optional<bool> incident)
{
    if (incident)
        m_vendorIncidents.insert(vendorId, *incident);
    else
        m_vendorIncidents.remove(vendorId);
}

bool AlertInputs::localNetworkDown(qint64 nowMs) const
{
    if (m_online == false)
        return true;
    // Per integration: did every check attempted lately fail to reach the network at its latest attempt?
    QHash<QString, bool> cutOff;
    for (auto it = m_attempts.cbegin(); it != m_attempts.cend(); ++it) {
        const auto latest = std::find_if(it.value().crbegin(), it.value().crend(),
                                         [nowMs](const Attempt &a) { return a.atMs <= nowMs; });
        if (latest == it.value().crend() || latest->atMs <= nowMs - networkWindowMs)
            continue;
        const bool unreachable = latest->failureClass == FailureClass::Dns
                                 || latest->failureClass == FailureClass::Connect
                                 || latest->failureClass == FailureClass::LocalNetwork;
        const QString integration = it.key().section(u'/', 0, 0);
        cutOff.insert(integration, cutOff.value(integration, true) && unreachable);
    }
    const auto failing = std::count(cutOff.cbegin(), cutOff.cend(), true);
    return failing >= minimumIntegrations && failing * 5 >= cutOff.size() * 4;
}

std::optional<QString> AlertInputs::state(const AlertCall &call, qint64 nowMs) const
{
    Q_UNUSED(nowMs)
    std::optional<HealthStatus> state;
    for (const QString &check : checksOf(call.subject)) {
        if (const auto it = m_checkStates.constFind(check); it != m_checkStates.cend())
            state = state ? worst(*state, *it) : *it;
    }
    return state ? std::optional(machineName(*state)) : std::nullopt;
}

} // namespace gw
