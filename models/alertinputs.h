#pragma once

#include "alertexpr.h"
#include "healthstatus.h"
#include "quotatracker.h"
#include "sample.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace gw {

// What alert rules measure about checks, kept from the monitor's updates (docs/alerts.md):
// - status(x): the debounced state of one check ("integration/check"), or of an integration: the
//   worst of its checks', as the overview shows it;
// - p50/p95/p99(x, w): nearest-rank percentiles of the response times of the attempts in the
//   window (those that got a response);
// - error_rate(x, w[, class]) and failures(x, w[, class]): the failed attempts in the window (with
//   that failure class), as a percentage of all attempts or as a count;
// - quota_left(x): the lowest headroom of the integration's quotas, in percent;
//   quota_exhausts_before_reset(x): any of them is forecast to run out before it resets;
// - tls_days(x): days until the earliest certificate of the integration's (or the check's) latest
//   attempts expires.
// - local_network_down(workstation): this machine has lost the network (localNetworkDown()).
// A window is (now - w, now]. Functions about webhooks, gateway routes and vendors have no data
// here. Pure: times are passed in; attempts older than the retention are dropped by prune().
class AlertInputs final : public AlertFacts
{
public:
    AlertInputs() = default;

    // How far back attempts are kept: the longest window the rules ask for.
    void setRetention(qint64 ms) { m_retentionMs = ms; }
    qint64 retention() const { return m_retentionMs; }
    // The longest window any of `expressions` asks for (0 without windows).
    static qint64 longestWindow(const QList<AlertExpression> &expressions);

    // One attempt of a check, the quotas it read and the check's state after it.
    void add(const CheckUpdate &update);
    // Drops what no window needs any more, and checks no longer configured.
    void prune(qint64 nowMs);
    void forgetCheck(const QString &integrationId, const QString &checkId);
    // Forgets every check but these ("integration/check"): those no longer configured.
    void retainChecks(const QSet<QString> &checks);

    // What the operating system says of the network (nullopt: it does not say).
    void setOnline(std::optional<bool> online) { m_online = online; }
    // Whether this machine rather than the vendors has lost the network: the operating system says
    // it is offline, or the latest attempts of at least `minimumIntegrations` integrations in the
    // last `networkWindowMs` all failed to resolve or connect (dns, connect, local-network), and
    // those are at least 80 % of the integrations attempted in that time. One vendor's DNS trouble
    // is not the workstation's.
    static constexpr int minimumIntegrations = 3;
    static constexpr qint64 networkWindowMs = 2 * 60'000;
    bool localNetworkDown(qint64 nowMs) const;

    std::optional<double> number(const AlertCall &call, qint64 nowMs) const override;
    std::optional<QString> state(const AlertCall &call, qint64 nowMs) const override;

private:
    struct Attempt
    {
        qint64 atMs = 0;
        FailureClass failureClass = FailureClass::None;
        std::optional<double> latencyMs; // when a response arrived
        std::optional<qint64> certificateExpiresMs;
    };
    // The attempts of the subject's checks in (nowMs - windowMs, nowMs].
    QList<Attempt> attempts(const QString &subject, qint64 windowMs, qint64 nowMs) const;
    // The checks ("integration/check") a subject stands for: itself, or an integration's.
    QList<QString> checksOf(const QString &subject) const;

    qint64 m_retentionMs = 3'600'000;
    QHash<QString, QList<Attempt>> m_attempts; // by "integration/check", oldest first
    QHash<QString, HealthStatus> m_checkStates;
    QHash<QString, QSet<QString>> m_checksOf; // integration id -> its checks' keys
    QuotaTracker m_quotas;
    std::optional<bool> m_online;
};

} // namespace gw
