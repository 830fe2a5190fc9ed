#include "monitor.h"

#include "duration.h"
#include "httpprobe.h"
#include "references.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkInformation>
#include <QRandomGenerator>
#include <QUrl>

#include <cmath>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

QString keyOf(const QString &integrationId, const QString &checkId)
{
    return integrationId + u'/' + checkId;
}

// A good answer's evidence is there to compare a failure with, and the history keeps only the
// newest few per check: one a minute is plenty, and spares a frequent check copying and redacting
// every good response.
constexpr qint64 successEvidenceEveryMs = 60'000;

} // namespace

Monitor::Monitor(const SecretSource *secrets, QObject *parent)
    : QObject(parent), m_secrets(secrets), m_network(new QNetworkAccessManager(this))
{
    m_clock.start();
    m_jitter = [] { return QRandomGenerator::global()->generateDouble(); };
    m_flush.setSingleShot(true);
    m_flush.setInterval(0);
    connect(&m_flush, &QTimer::timeout, this, &Monitor::flush);
    connect(&m_scheduler, &Scheduler::jobDue, this, &Monitor::runCheck);
    // Where the platform can tell (NetworkManager on Linux), a failure while the workstation is
    // offline is ours, not the vendor's. Without a backend nothing is reclassified.
    if (!QNetworkInformation::instance())
        QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability);
    connect(&m_scheduler, &Scheduler::timelineJumped, this, [this] {
        cancelAll();
        for (Slot &slot : m_slots)
            slot.state.forgetRun();
    });
}

Monitor::~Monitor()
{
    cancelAll();
}

namespace {

// Requests per budget period that an integration's checks would send at their configured intervals.
double plannedRequests(const IntegrationSpec &integration)
{
    double planned = 0;
    for (const CheckSpec &check : integration.checks)
        planned += static_cast<double>(integration.budget->period.count())
                   / static_cast<double>(std::max<qint64>(1, check.interval.count()));
    return planned;
}

} // namespace

milliseconds Monitor::stretchedInterval(const IntegrationSpec &integration, const CheckSpec &check)
{
    if (!integration.budget)
        return check.interval;
    // Stretch every check of the integration by the same factor, so the whole fits the budget.
    const double factor = plannedRequests(integration) / integration.budget->requests;
    if (factor <= 1.0)
        return check.interval;
    return milliseconds(static_cast<qint64>(std::ceil(static_cast<double>(check.interval.count()) * factor)));
}

void Monitor::setCatalog(const Catalog &catalog)
{
    m_notices.clear();
    QHash<QString, BudgetWindow> budgets;
    for (const IntegrationSpec &integration : catalog.integrations) {
        if (!integration.budget)
            continue;
        const auto old = m_budgets.constFind(integration.id);
        budgets.insert(integration.id, old != m_budgets.cend() && old->budget() == *integration.budget
                                           ? *old
                                           : BudgetWindow(*integration.budget));
        const double planned = plannedRequests(integration);
        if (planned > integration.budget->requests) {
            m_notices.append(tr("%1: its checks would send %2 requests per %3, more than its budget of %4; "
                                "their intervals are stretched %5 times")
                                 .arg(integration.name.isEmpty() ? integration.id : integration.name)
                                 .arg(std::ceil(planned))
                                 .arg(formatDuration(integration.budget->period), integration.budget->toString())
                                 .arg(planned / integration.budget->requests, 0, 'f', 1));
        }
    }
    m_budgets = std::move(budgets);
    for (const QString &notice : std::as_const(m_notices))
        Q_EMIT noticed(notice);

    // A breaker whose policy is unchanged keeps its state; one with a new policy starts closed.
    QHash<QString, CircuitBreaker> breakers;
    for (const IntegrationSpec &integration : catalog.integrations) {
        const auto old = m_breakers.constFind(integration.id);
        breakers.insert(integration.id, old != m_breakers.cend() && old->policy() == integration.breaker
                                            ? *old
                                            : CircuitBreaker(integration.breaker));
    }
    m_breakers = std::move(breakers);

    QHash<QString, Slot> next;
    QList<Scheduler::Job> jobs;
    for (const IntegrationSpec &integration : catalog.integrations) {
        for (const CheckSpec &check : integration.checks) {
            const QString key = keyOf(integration.id, check.id);
            auto old = m_slots.find(key);
            Slot slot{integration.id, check.id, HealthState(check.thresholds), nullptr};
            if (old != m_slots.end()) {
                // Keep what we know; a changed threshold applies from the next evaluation on.
                slot.state = old->state;
                slot.state.setThresholds(check.thresholds);
                slot.probe = old->probe;
                slot.failuresInARow = old->failuresInARow;
                slot.successKeptAtMs = old->successKeptAtMs;
                m_slots.erase(old);
            }
            next.insert(key, slot);

            const Result<QString> url = References::expand(check.url, *m_secrets);
            const QUrl parsed(url ? url.value() : check.url);
            const QString host =
                parsed.host() + u':' + QString::number(parsed.port(parsed.scheme() == u"https" ? 443 : 80));
            jobs.append({key, host, stretchedInterval(integration, check)});
        }
    }
    // Checks that disappeared: their attempts end without a verdict.
    for (Slot &gone : m_slots) {
        if (gone.probe) {
            gone.probe->cancel();
            gone.probe->deleteLater();
        }
    }
    m_slots = std::move(next);
    m_catalog = catalog;
    m_redactor = redactorFor(catalog);
    m_caCache.clear();
    m_scheduler.setJobs(jobs);
}

Redactor Monitor::redactorFor(const Catalog &catalog) const
{
    // Every secret (and credential variable) the configuration refers to, and the values of the checks' credential
    // headers (also literal ones, also without their "Bearer "), wherever they turn up.
    QStringList secrets = References::sensitiveValues(catalog, *m_secrets);
    for (const IntegrationSpec &integration : catalog.integrations) {
        for (const CheckSpec &check : integration.checks) {
            HeaderPairs headers;
            for (const auto &[name, value] : check.headers) {
                if (const Result<QString> expanded = References::expand(value, *m_secrets))
                    headers.append({name, expanded.value()});
            }
            secrets += Redactor::headerSecrets(headers);
        }
    }
    return Redactor(secrets);
}

void Monitor::start()
{
    m_scheduler.start();
}

void Monitor::stop()
{
    m_scheduler.stop();
    cancelAll();
}

void Monitor::runOnce()
{
    m_onceRemaining = static_cast<int>(m_slots.size());
    if (m_onceRemaining == 0) {
        QTimer::singleShot(0, this, &Monitor::allFinished);
        return;
    }
    m_scheduler.triggerAll();
}

void Monitor::runNow(const QString &integrationId, const QString &checkId)
{
    const QString key = keyOf(integrationId, checkId);
    const auto it = m_slots.constFind(key);
    if (it == m_slots.cend() || it->state.status() == HealthStatus::Paused)
        return;
    m_scheduler.retryIn(key, std::chrono::milliseconds(1));
}

HealthStatus Monitor::state(const QString &integrationId, const QString &checkId) const
{
    const auto it = m_slots.constFind(keyOf(integrationId, checkId));
    return it == m_slots.cend() ? HealthStatus::Unknown : it->state.status();
}

void Monitor::setPaused(const QString &integrationId, const QString &checkId, bool paused)
{
    for (auto it = m_slots.begin(); it != m_slots.end(); ++it) {
        Slot &slot = *it;
        if (slot.integrationId != integrationId || (!checkId.isEmpty() && slot.checkId != checkId))
            continue;
        if (paused == (slot.state.status() == HealthStatus::Paused))
            continue;
        if (paused) {
            slot.state.pause();
            if (slot.probe) {
                // Its answer would arrive after the pause and mean nothing.
                slot.probe->cancel();
                slot.probe->deleteLater();
                slot.probe = nullptr;
                m_scheduler.markFinished(it.key());
            }
        } else {
            slot.state.resume();
            slot.failuresInARow = 0;
        }
        Q_EMIT checkStateChanged(slot.integrationId, slot.checkId, slot.state.status());
    }
}

void Monitor::runCheck(const QString &key, double queueMs)
{
    auto slotIt = m_slots.find(key);
    const CheckSpec *check =
        slotIt == m_slots.end() ? nullptr : m_catalog.check(slotIt->integrationId, slotIt->checkId);
    if (!check) {
        m_scheduler.markFinished(key);
        return;
    }
    Slot &slot = *slotIt;
    if (m_onceRemaining == 0) {
        if (slot.state.status() == HealthStatus::Paused) {
            m_scheduler.markFinished(key);
            return;
        }
        if (const std::optional<qint64> wait = waitBeforeCall(slot.integrationId)) {
            m_scheduler.markFinished(key);
            // Go as soon as the hold ends, not a whole interval later; a little spread keeps an
            // integration's checks from all leaving in the same millisecond.
            if (*wait > 0)
                m_scheduler.retryIn(key, milliseconds(*wait + static_cast<qint64>(m_jitter() * 250)));
            return;
        }
    }
    const QDateTime startedAt = QDateTime::currentDateTimeUtc();

    auto notCheckable = [&](const QString &reason) {
        Sample sample;
        sample.integrationId = slot.integrationId;
        sample.checkId = slot.checkId;
        sample.at = startedAt;
        sample.verdict = HealthStatus::Unknown;
        sample.reason = reason;
        m_scheduler.markFinished(key);
        publish(sample, slot);
    };

    ProbeRequest request;
    request.integrationId = slot.integrationId;
    request.checkId = slot.checkId;
    const Result<QString> url = References::expand(check->url, *m_secrets);
    if (!url)
        return notCheckable(url.error().message);
    request.url = QUrl(url.value());
    request.method = check->method.toLatin1();
    for (const auto &[name, value] : check->headers) {
        const Result<QString> expanded = References::expand(value, *m_secrets);
        if (!expanded)
            return notCheckable(expanded.error().message);
        request.headers.append({name.toLatin1(), expanded.value().toUtf8()});
    }
    const Result<QString> body = References::expand(check->body, *m_secrets);
    if (!body)
        return notCheckable(body.error().message);
    request.body = body.value().toUtf8();
    request.timeout = check->timeout;
    request.maxBodyBytes = check->maxBodyBytes;
    request.conditions = check->conditions;
    request.degraded = check->degraded;
    request.quotaMode = check->quotaMode;
    request.quotaMapping = check->quotaMapping;
    request.quotaLimits = check->quotaLimits;
    request.keepSuccessEvidence =
        slot.successKeptAtMs < 0 || m_clock.elapsed() - slot.successKeptAtMs >= successEvidenceEveryMs;
    request.redactor = m_redactor;
    if (!check->caFile.isEmpty()) {
        auto cached = m_caCache.constFind(check->caFile);
        if (cached == m_caCache.cend()) {
            const QList<QSslCertificate> certificates = QSslCertificate::fromPath(check->caFile, QSsl::Pem);
            if (certificates.isEmpty())
                return notCheckable(tr("no PEM certificates could be read from CA file '%1'").arg(check->caFile));
            cached = m_caCache.insert(check->caFile, certificates);
        }
        request.extraCaCertificates = *cached;
    }

    auto *probe = new HttpProbe(m_network, std::move(request), this);
    slot.probe = probe;
    connect(probe, &HttpProbe::finished, this, [this, key, probe, role = check->role](const Sample &sample) {
        probe->deleteLater();
        handleProbeFinished(key, sample);
        if (role == CheckRole::GatewayMetrics && sample.httpStatus == 200)
            Q_EMIT metricsPageReceived(probe->body(), sample.at);
    });
    probe->start(startedAt, queueMs);
}

void Monitor::handleProbeFinished(const QString &key, const Sample &sample)
{
    m_scheduler.markFinished(key);
    auto it = m_slots.find(key);
    if (it == m_slots.end())
        return;
    it->probe = nullptr;
    const CheckSpec *check = m_catalog.check(it->integrationId, it->checkId);
    const bool loopback = check && QHostAddress(QUrl(check->url).host()).isLoopback();
    const QNetworkInformation *network = QNetworkInformation::instance();
    const bool offline = network && network->reachability() == QNetworkInformation::Reachability::Disconnected;
    Sample judged = offline && !loopback ? reclassifiedAsLocal(sample) : sample;
    // A run is one attempt, never retried within itself; what the evidence calls the attempt is
    // the run's place in the series since the check last answered Up: 3 is the third bad answer
    // in a row, and a success after two failures is attempt 3 as well.
    if (judged.evidence) {
        judged.evidence->attempt = it->failuresInARow + 1;
        if (judged.evidence->succeeded)
            it->successKeptAtMs = m_clock.elapsed();
    }
    it->failuresInARow = judged.verdict == HealthStatus::Up ? 0 : it->failuresInARow + 1;
    if (m_onceRemaining == 0)
        learnFrom(judged);
    publish(judged, *it);
}

std::optional<qint64> Monitor::waitBeforeCall(const QString &integrationId)
{
    const qint64 now = m_clock.elapsed();
    qint64 until = m_holdUntilMs.value(integrationId, 0);
    // Stretched intervals keep within the budget; this is the guard for everything else
    // (reloads, trials, retries, clock jumps): a request that would exceed it does not go out.
    const auto budget = m_budgets.find(integrationId);
    if (budget != m_budgets.end())
        until = std::max(until, budget->availableAtMs(now).value_or(0));
    CircuitBreaker &breaker = breakerFor(integrationId);
    until = std::max(until, breaker.blockedUntilMs(now).value_or(0));
    if (until > now)
        return until - now;
    if (!breaker.allow(now))
        return 0;
    if (budget != m_budgets.end())
        budget->tryConsume(now);
    return std::nullopt;
}

CircuitBreaker &Monitor::breakerFor(const QString &integrationId)
{
    auto it = m_breakers.find(integrationId);
    if (it == m_breakers.end()) {
        const IntegrationSpec *integration = m_catalog.integration(integrationId);
        it = m_breakers.insert(integrationId, CircuitBreaker(integration ? integration->breaker : BreakerPolicy()));
    }
    return *it;
}

void Monitor::learnFrom(const Sample &sample)
{
    const qint64 now = m_clock.elapsed();
    // The vendor asked us to wait (a 429 or 503 with Retry-After), or a quota is used up until its
    // reset: no request to that integration before then.
    std::optional<double> waitSeconds;
    const bool refused =
        sample.failureClass == FailureClass::RateLimited || sample.httpStatus == 429 || sample.httpStatus == 503;
    if (refused && sample.retryAfterSeconds)
        waitSeconds = *sample.retryAfterSeconds;
    else if (sample.failureClass == FailureClass::RateLimited)
        waitSeconds = 1.0 + 9.0 * m_jitter(); // no hint: back off with jitter
    const QDateTime wall = sample.at.isValid() ? sample.at : QDateTime::currentDateTimeUtc();
    for (const QuotaReading &quota : sample.quotas) {
        if (quota.remaining <= 0 && quota.resetAt && *quota.resetAt > wall) {
            const double untilReset = static_cast<double>(wall.msecsTo(*quota.resetAt)) / 1000.0;
            waitSeconds = std::max(waitSeconds.value_or(0.0), untilReset);
        }
    }
    if (waitSeconds)
        holdIntegration(sample.integrationId, static_cast<qint64>(*waitSeconds * 1000.0));

    CircuitBreaker &breaker = breakerFor(sample.integrationId);
    switch (sample.verdict) {
    case HealthStatus::Down:
        breaker.recordFailure(now, m_jitter());
        break;
    case HealthStatus::Up:
    case HealthStatus::Degraded:
        breaker.recordSuccess();
        break;
    case HealthStatus::RateLimited:
    case HealthStatus::Unknown:
    case HealthStatus::Paused:
        break; // says nothing about whether the vendor works
    }
}

void Monitor::holdIntegration(const QString &integrationId, qint64 forMs)
{
    // A day at most: a broken Retry-After must not silence an integration for good.
    const qint64 until = m_clock.elapsed() + std::clamp<qint64>(forMs, 0, 24 * 3600 * 1000);
    qint64 &held = m_holdUntilMs[integrationId];
    held = std::max(held, until);
    // Every check of the integration waits, and says so.
    for (Slot &slot : m_slots) {
        if (slot.integrationId != integrationId || slot.state.status() == HealthStatus::Paused
            || slot.state.status() == HealthStatus::RateLimited)
            continue;
        slot.state.apply(HealthStatus::RateLimited);
        Q_EMIT checkStateChanged(slot.integrationId, slot.checkId, slot.state.status());
    }
}

Sample Monitor::reclassifiedAsLocal(Sample sample)
{
    switch (sample.failureClass) {
    case FailureClass::Dns:
    case FailureClass::Connect:
    case FailureClass::Timeout:
    case FailureClass::Tls:
        sample.failureClass = FailureClass::LocalNetwork;
        sample.reason = tr("this workstation is offline (%1)").arg(sample.reason);
        if (sample.evidence) {
            sample.evidence->failureClass = sample.failureClass;
            sample.evidence->reason = sample.reason;
        }
        break;
    default:
        break;
    }
    return sample;
}

void Monitor::publish(const Sample &sample, Slot &slot)
{
    // Every sample leaves through here, and only redacted.
    CheckUpdate update{m_redactor.sample(sample), slot.state.status(), slot.state.status(),
                       m_onceRemaining > 0 ? CircuitState::Closed : breakerFor(slot.integrationId).state()};
    if (m_onceRemaining > 0) {
        // A single run has no history to debounce against: its state is this evaluation.
        update.state = sample.verdict;
    } else {
        slot.state.apply(sample.verdict);
        update.state = slot.state.status();
    }
    m_pending.append(update);
    if (!m_flush.isActive())
        m_flush.start();
    if (m_onceRemaining > 0 && --m_onceRemaining == 0) {
        flush();
        Q_EMIT allFinished();
    }
}

void Monitor::flush()
{
    m_flush.stop();
    if (m_pending.isEmpty())
        return;
    const QList<CheckUpdate> batch = std::exchange(m_pending, {});
    Q_EMIT checksUpdated(batch);
}

void Monitor::cancelAll()
{
    for (Slot &slot : m_slots) {
        if (slot.probe) {
            slot.probe->cancel();
            slot.probe->deleteLater();
            slot.probe = nullptr;
        }
    }
}

} // namespace gw
