#pragma once

#include "alertexpr.h"
#include "gatewayevent.h"
#include "gatewaymetrics.h"
#include "healthstatus.h"
#include "quotatracker.h"
#include "sample.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>
#include <utility>

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
// And what they measure about the gateway, from its event feed and its metrics pages:
// - webhook_signature_failures(source, w): the source's deliveries received in the window whose
//   signature failed (isSignatureFailureByEither(): Gatewatch's verdict, else the gateway's;
//   duplicates are signed); nullopt without deliveries in the window;
// - webhook_delivery_rate(source, w): of the source's deliveries received in the window, the
//   percentage whose latest forwarding to the product succeeded (Forwarding::Delivered). Rejected,
//   undelivered and still-in-progress ones count as not delivered; a repeat the gateway rejected
//   (isDuplicate()) is left out, its first copy counts. nullopt when none is left to count;
// - route_error_ratio(route, w) and route_p95(route, w): 5xx over requests in percent, and the
//   histogramQuantile(0.95) of the latency buckets added up by bound, of what the route's counters
//   gained over the scrape intervals that lie wholly in the window (Prometheus's increase()
//   without extrapolation, which ratios and quantiles do not need; resets as routeIncrease() reads
//   them). "service/route" is one route, a service alone all of its routes; nullopt without
//   requests (or observations) in the window.
// - vendor_incident(vendor): the vendor's status page admits trouble (an open incident, or an
//   indicator other than none or maintenance); nullopt while its page has not been read or could
//   not be read (an unreachable status page is not a vendor incident). A window is
// (now - w, now]. Pure: times are passed in; what is older than the retention is dropped by
// prune().
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

    // One version of a webhook delivery from the gateway's event feed. A later version of the same
    // event replaces the earlier one: versions share the id and the receipt time.
    void addDelivery(const QString &eventId, const WebhookDelivery &delivery);

    // One scrape of the gateway's metrics, in order: each route's increase since its previous
    // scrape is kept for the routes watched (idle intervals take no room).
    void addScrape(const GatewayScrape &scrape);
    // Which routes' increases are kept: those these subjects name ("service/route", or a service
    // for all its routes); by default all of them. The others' are dropped.
    void watchRoutes(const QSet<QString> &subjects);
    // The subjects of route_error_ratio and route_p95 in `expressions`.
    static QSet<QString> routeSubjects(const QList<AlertExpression> &expressions);
    // Forgets every route: the gateway's counters now come from elsewhere.
    void forgetRoutes();

    // What the vendor's status page says (setVendorIncident), nullopt: no reading, or one that failed.
    void setVendorIncident(const QString &vendorId, std::optional<bool> incident);

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

    // What the webhook functions need of one delivery, as of its latest version: 16 bytes and flags,
    // so a busy source's hours stay small.
    struct Delivery
    {
        qint64 receivedAtMs = 0;
        size_t idHash = 0; // of the event id; with the receipt time it finds the earlier version
        bool signatureFailed = false;
        bool counted = true; // towards the delivery rate: not a repeat the gateway rejected
        bool delivered = false;
    };
    // The deliveries of `source` received in (nowMs - windowMs, nowMs].
    std::pair<QList<Delivery>::const_iterator, QList<Delivery>::const_iterator>
    deliveries(const QString &source, qint64 windowMs, qint64 nowMs) const;

    // What a route gained between two of its scrapes.
    struct RouteIncrease
    {
        qint64 fromMs = 0; // the earlier scrape
        qint64 toMs = 0;
        double requests = 0;
        double errors = 0;        // 5xx
        HistogramBuckets latency; // cumulative per bound
    };
    struct RouteSeries
    {
        RouteTotals last; // cumulative, to take the next increase from
        qint64 lastAtMs = 0;
        QList<RouteIncrease> increases; // oldest first; none for idle intervals or routes not watched
    };
    bool watches(const QString &service, const QString &route) const;
    // The increases of the subject's routes over the intervals inside (nowMs - windowMs, nowMs].
    QList<const RouteIncrease *> routeIncreases(const QString &subject, qint64 windowMs, qint64 nowMs) const;

    qint64 m_retentionMs = 3'600'000;
    QHash<QString, QList<Attempt>> m_attempts; // by "integration/check", oldest first
    QHash<QString, HealthStatus> m_checkStates;
    QHash<QString, QSet<QString>> m_checksOf; // integration id -> its checks' keys
    QuotaTracker m_quotas;
    std::optional<bool> m_online;
    QHash<QString, bool> m_vendorIncidents; // vendors with a status page reading
    QHash<QString, QList<Delivery>> m_deliveries; // by source, by receipt time
    // service -> route ("" for requests that matched none) -> series
    QHash<QString, QHash<QString, RouteSeries>> m_routes;
    std::optional<QSet<QString>> m_watchedRoutes; // none: all
    std::optional<GatewayFlavor> m_routeFlavor;   // of the scrapes the series come from
};

} // namespace gw
