#pragma once

#include "alertengine.h"
#include "circuitbreaker.h"
#include "condition.h"
#include "gatewaymetrics.h"
#include "healthstate.h"
#include "historyquery.h"
#include "quotamapping.h"
#include "quotatracker.h"
#include "requestbudget.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace gw {

using std::chrono::milliseconds;

// Where a value came from in the configuration file, for positioned messages.
struct SourcePosition
{
    int line = 0;   // 1-based, 0 when unknown
    int column = 0; // 1-based

    bool operator==(const SourcePosition &) const = default;
};

// The HTTP API of an engine the desktop reads instead of doing the work itself: Prometheus (or
// Thanos, Mimir, VictoriaMetrics, which speak its API) or Alertmanager.
struct ApiEndpoint
{
    QString url;                            // its base URL; may hold ${secret:…}/${env:…} references
    QList<QPair<QString, QString>> headers; // sent with every request (Authorization, X-Scope-OrgID…)
    milliseconds timeout{15'000};           // of each request
    SourcePosition position;

    bool operator==(const ApiEndpoint &) const = default;
};

struct Settings
{
    milliseconds interval{30'000};
    milliseconds timeout{10'000};
    qint64 maxBodyBytes = 1024 * 1024;
    Thresholds thresholds;
    QString caFile;                          // extra trusted CA certificates (PEM), e.g. a company's internal CA
    BreakerPolicy breaker;                   // default of every integration
    QuotaThresholds quotaThresholds;         // default of every integration
    Retention retention;                     // how long history is kept at each resolution
    milliseconds evaluationInterval{15'000}; // how often alert rules are evaluated
    // history: {source: prometheus, url: …}: the checks run elsewhere (agents that Prometheus
    // scrapes); live state and history are read from Prometheus, and nothing is polled here.
    std::optional<ApiEndpoint> prometheus;

    bool operator==(const Settings &) const = default;
};

// What a check is for beyond its own verdict: the gateway's checks feed the Gateway page.
enum class CheckRole {
    Plain,
    GatewayHealth,
    GatewayMetrics, // its body is a Prometheus text page, read into per-route health
};

// One HTTP check as configured. String values may still hold ${secret:…}/${env:…} references;
// they are resolved just before a request is made, so values never sit in the catalog.
struct CheckSpec
{
    QString id;
    QString name;
    QString url;
    QString method = QStringLiteral("GET");
    QList<QPair<QString, QString>> headers;
    QString body;
    milliseconds interval{30'000};
    milliseconds timeout{10'000};
    qint64 maxBodyBytes = 1024 * 1024;
    Thresholds thresholds;
    QString caFile;
    QList<Condition> conditions; // all must hold, else down
    QList<Condition> degraded;   // all must hold, else degraded
    SourcePosition position;
    QuotaMode quotaMode = QuotaMode::Auto;
    QuotaMapping quotaMapping;          // Custom only
    QHash<QString, double> quotaLimits; // policy -> limit, for readings that carry none
    CheckRole role = CheckRole::Plain;

    bool operator==(const CheckSpec &) const = default;
};

struct IntegrationSpec
{
    QString id;
    QString name;
    QList<CheckSpec> checks;
    SourcePosition position;
    std::optional<RequestBudget> budget; // what its checks may spend; intervals are stretched to fit
    BreakerPolicy breaker;               // circuit breaker and backoff of its checks' failures
    QuotaThresholds quotaThresholds;     // when its quotas count as warning or critical
    QMap<QString, QString> labels;       // added to every metric of it the agent exports (team, tier…)

    bool operator==(const IntegrationSpec &) const = default;
};

// Which gateway service (and route) carries an integration's traffic.
struct GatewayRoute
{
    QString service;
    QString route; // empty: every route of the service

    bool operator==(const GatewayRoute &) const = default;
};

// The integration whose traffic a gateway route carries, by `routes` (integration id -> service
// and route): the one configured for exactly this service and route, else the one configured for
// the whole service; empty when none is. The smallest id wins a tie, whatever the hash's order.
QString integrationForRoute(const QHash<QString, GatewayRoute> &routes, const QString &service,
                            const std::optional<QString> &route);

// The company's API gateway: its health, its metrics (Prometheus text) and its event feed. Values
// may hold references, resolved just before a request like a check's.
struct GatewaySpec
{
    QString name = QStringLiteral("gateway");
    QString healthUrl;
    QString metricsUrl;
    QString eventsUrl;
    std::optional<GatewayFlavor> flavor; // nullopt: recognised from the metric names
    GenericMetricNames generic;          // for GatewayFlavor::Generic
    milliseconds interval{15'000};
    milliseconds timeout{10'000};
    QList<QPair<QString, QString>> headers;
    QHash<QString, GatewayRoute> routes; // integration id -> service/route
    QString caFile;
    SourcePosition position;

    // integrationForRoute() on this gateway's routes.
    QString integrationFor(const QString &service, const std::optional<QString> &route) const
    {
        return integrationForRoute(routes, service, route);
    }

    bool operator==(const GatewaySpec &) const = default;
};

// Where inbound webhooks come from and how their signatures are checked. The secrets are
// references (${secret:…} or ${env:…}), never values, resolved only when a delivery is verified.
struct WebhookSource
{
    QString id;                  // the key under `webhooks`, e.g. "shopify"
    QString scheme;              // "shopify", "stripe", "slack", "github", "standard" or "chatwoot"
    QString secret;              // the current secret
    QStringList previousSecrets; // rotated-out secrets still accepted, newest first
    SourcePosition position;

    bool operator==(const WebhookSource &) const = default;
};

enum class NotifyType { Desktop, Slack, Webhook, Alertmanager };

// "desktop", "slack", "webhook", "alertmanager"
QString machineName(NotifyType type);
std::optional<NotifyType> notifyTypeFromName(QStringView name);

// One entry of `notify:` (docs/alerts.md#notifications): where alert transitions are sent. The
// URL and header values may still hold ${secret:…}/${env:…} references, resolved when the
// catalog is applied. A Slack URL is a credential by itself: messages name the channel instead.
struct NotifyChannel
{
    QString name; // unique; by default the type, then "-2", "-3"… for the next of the same type
    NotifyType type = NotifyType::Desktop;
    QString url;                            // slack, webhook, alertmanager (its base URL)
    QList<QPair<QString, QString>> headers; // webhook, alertmanager
    AlertSeverity minSeverity = AlertSeverity::Info;
    std::optional<milliseconds> repeatInterval; // reminders of still-firing alerts; none by default
    milliseconds timeout{10'000};               // of each HTTP attempt
    milliseconds resendInterval{60'000};        // alertmanager: firing alerts are re-posted this often
    QString generatorUrl;                       // alertmanager: "generatorURL" of every alert
    QList<AlertSeverity> sound;                 // desktop: the severities that play a sound
    SourcePosition position;

    bool operator==(const NotifyChannel &) const = default;
};

// One tier of a contract's service credits: a month whose availability is below `belowPct`
// earns a credit of `creditPct` of that month's fee. The deepest tier reached applies.
struct CreditTier
{
    double belowPct = 0;
    double creditPct = 0;

    bool operator==(const CreditTier &) const = default;
};

// What a vendor promised, per calendar month.
struct VendorContract
{
    std::optional<double> availabilityPct;
    std::optional<milliseconds> p95Latency;
    QList<CreditTier> credits; // by belowPct, highest first

    // The credit owed for a month at `availabilityPct`: the tier with the lowest bound above it.
    double creditFor(double availabilityPct) const;

    bool operator==(const VendorContract &) const = default;
};

// What a vendor costs per month: a fee, usage included in it, a price per unit beyond that.
// Units are names such as "requests"; usage is counted per unit.
struct VendorCost
{
    QString currency = QStringLiteral("USD"); // ISO 4217
    double monthlyFee = 0;
    QMap<QString, double> included; // unit -> amount included per month
    QMap<QString, double> overage;  // unit -> price per unit beyond the included amount
    std::optional<double> budget;   // per month

    // Fee plus overage for `usage` (unit -> amount) over `months` months (a fraction for part
    // of one); included amounts scale with the months.
    double total(const QMap<QString, double> &usage, double months = 1) const;

    bool operator==(const VendorCost &) const = default;
};

// Who to call when a vendor breaks, for alerts of a severity.
struct EscalationStep
{
    AlertSeverity severity = AlertSeverity::Critical;
    QString contact;
    QString channel; // a phone number, "email", a URL…
    std::optional<milliseconds> respondWithin;

    bool operator==(const EscalationStep &) const = default;
};

// How much each criterion counts towards a vendor's overall score (normalised when used).
struct ScoreWeights
{
    double availability = 0.35;
    double latency = 0.2;
    double errors = 0.15;
    double incidents = 0.15;
    double cost = 0.1;
    double support = 0.05;

    bool operator==(const ScoreWeights &) const = default;
};

// A vendor behind one or more integrations (docs/configuration.md#vendors): its status page, its
// contract, its cost and who to call.
struct VendorSpec
{
    QString id;
    QString name;
    QStringList integrations;
    QString statusPage;                    // a Statuspage v2 summary.json URL; empty: none
    QHash<QString, QString> statusComponents; // the page's component name -> integration id
    milliseconds statusInterval{120'000};
    VendorContract contract;
    std::optional<VendorCost> cost;
    QString supportTier;
    std::optional<int> supportRating; // 1–5
    QList<EscalationStep> escalation; // in file order
    ScoreWeights weights;
    SourcePosition position;

    // The steps for an alert of `severity`: those written for it, else those of the nearest
    // severity below, else the nearest above.
    QList<EscalationStep> escalationFor(AlertSeverity severity) const;

    bool operator==(const VendorSpec &) const = default;
};

// Everything the configuration describes, as plain values.
// alertmanager: the team's Alertmanager, whose alerts and silences the desktop shows and edits.
struct AlertmanagerSpec
{
    ApiEndpoint api;
    bool evaluateRules = true; // evaluate_rules: false leaves the alerts to the agents that post there

    bool operator==(const AlertmanagerSpec &) const = default;
};

struct Catalog
{
    Settings settings;
    QList<IntegrationSpec> integrations;
    std::optional<GatewaySpec> gateway;
    QList<WebhookSource> webhooks; // in file order
    QList<AlertRule> alerts;       // in file order
    QList<NotifyChannel> notify;   // in file order
    QList<VendorSpec> vendors;     // in file order
    std::optional<AlertmanagerSpec> alertmanager;

    // The id of the integration that stands for the gateway (its health and metrics checks).
    static inline const QString gatewayId = QStringLiteral("gateway");

    const IntegrationSpec *integration(const QString &id) const;
    const WebhookSource *webhook(const QString &id) const;
    const VendorSpec *vendor(const QString &id) const;
    // Whether an alert rule (its when or resolve_when) is about the vendor: it watches one of the
    // vendor's integrations (or a check of one), a webhook source named like the vendor or one of
    // its integrations, a gateway route that carries one of them, or vendor_incident() names it.
    bool concerns(const AlertRule &rule, const VendorSpec &vendor) const;
    // The vendors the rule is about, in file order.
    QList<VendorSpec> vendorsConcerned(const AlertRule &rule) const;
    // The vendor behind an integration (the first that lists it), or null.
    const VendorSpec *vendorOf(const QString &integrationId) const;
    // Integrations whose traffic the gateway carries: those its routes name, and those with a
    // check sent to the gateway's own host and port.
    bool behindGateway(const QString &integrationId) const;
    const CheckSpec *check(const QString &integrationId, const QString &checkId) const;
    qsizetype checkCount() const;

    bool operator==(const Catalog &) const = default;
};

// The gateway as an integration with id Catalog::gatewayId: a "health" check (health_url; a
// health document is read as one, otherwise any status below 400 is up) and a "metrics" check
// (metrics_url, status 200, a body of up to 32 MiB), so it is scheduled, politely polled,
// recorded and shown like every other integration. The loader puts it first.
IntegrationSpec gatewayIntegration(const GatewaySpec &gateway, const Settings &settings);

} // namespace gw
