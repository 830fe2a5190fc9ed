#include "alertinputs.h"

#include <algorithm>
#include <cmath>

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

void AlertInputs::prune(qint64 nowMs)
{
    const qint64 oldest = nowMs - m_retentionMs;
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
    return std::nullopt; // webhooks, gateway routes and vendors are measured elsewhere
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
