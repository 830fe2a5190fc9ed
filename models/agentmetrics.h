#pragma once

#include "catalog.h"
#include "gatewayevent.h"
#include "gatewaymetrics.h"
#include "healthstatus.h"
#include "quotareading.h"
#include "result.h"
#include "sample.h"
#include "secondshistogram.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

#include <array>
#include <optional>

namespace gw {

// Which part of the catalog's checks one of N agents runs (`--shard i/N`): a check belongs to
// shard hash(integration "/" check) mod N, with a hash that is the same on every machine and run
// (FNV-1a, 64 bits, of the UTF-8 bytes), so agents agree without talking to each other.
struct Shard
{
    int index = 0; // 0-based
    int count = 1;

    static Result<Shard> parse(QStringView text); // "i/N", 1 <= i <= N (as people count)
    bool holds(const QString &integrationId, const QString &checkId) const;
    bool holdsAll() const { return count == 1; }
    // The catalog with only this shard's checks; integrations left without checks go. One agent
    // follows the gateway's event feed (the one that holds a check "gateway/events" would), and
    // the first reads the vendors' status pages.
    Catalog of(const Catalog &catalog) const;

    bool operator==(const Shard &) const = default;
};
quint64 shardHash(QByteArrayView bytes);

// What the agent knows about itself when it is scraped.
struct AgentHealth
{
    SecondsHistogram schedulingLag; // how late each check started after it was due
    int checksInFlight = 0;
    quint64 storeErrors = 0;         // times the history store reported it could not write or open
    bool configLoaded = true;        // the last (re)load of the configuration succeeded
    double configLoadedAtSeconds = 0; // Unix time of the last successful load
    double startTimeSeconds = 0;     // Unix time the agent started
    QString version;
};

// The agent's metrics, as Prometheus scrapes them (docs/metrics.md): per check its state, up,
// duration histogram, failures by class, TLS expiry; per integration its quotas; webhook
// deliveries by source and verdict; the gateway's routes; and the agent's own health. Every check
// series carries `integration`, `check`, `vendor` (when a vendor lists the integration) and the
// integration's configured labels. Pure: fed results, it renders text format 0.0.4. Counters
// start at the agent's start and survive catalog reloads for checks that remain.
class AgentMetrics
{
public:
    void setCatalog(const Catalog &catalog);
    void observe(const CheckUpdate &update);
    // A state that changed without a result (pause, resume).
    void setState(const QString &integrationId, const QString &checkId, HealthStatus state);
    // Events recorded from the gateway's feed: each webhook delivery counts once, by the verdict
    // of its first version (later versions of one delivery only add attempts).
    void observeEvents(const QList<GatewayEvent> &events);
    // The gateway's routes as last read from its metrics page, and that reading itself (when,
    // its upstream targets, its datastore); none before the first reading.
    void setRoutes(const QList<RouteHealth> &routes, const std::optional<GatewayScrape> &reading);

    QByteArray render(const AgentHealth &health) const;

    static constexpr int rememberedDeliveries = 100'000;

private:
    struct Check
    {
        QByteArray labels; // integration="…",check="…"[,vendor="…"][,user labels], escaped
        HealthStatus state = HealthStatus::Unknown;
        bool hasResult = false;
        double lastResultSeconds = 0;
        SecondsHistogram durations;
        std::array<quint64, 4> attempts{}; // by result: up, degraded, rate-limited, down
        QMap<FailureClass, quint64> failures;
        std::optional<double> tlsExpirySeconds;
    };
    struct Quota
    {
        QByteArray labels; // integration labels, policy, unit
        QuotaReading reading;
    };

    QByteArray integrationLabels(const QString &integrationId) const;

    Check *find(const QString &integrationId, const QString &checkId);

    QList<Check> m_checks;              // in catalog order
    QHash<QString, qsizetype> m_index; // "integration/check" -> place in m_checks
    QHash<QString, QByteArray> m_integrationLabels;
    std::optional<GatewaySpec> m_gateway;
    QMap<QString, Quota> m_quotas; // "integration/policy", sorted for a stable page
    QMap<std::pair<QString, QString>, quint64> m_deliveries; // (source, verdict)
    QSet<QString> m_seenDeliveries;
    QList<QString> m_seenOrder; // oldest first, to forget beyond rememberedDeliveries
    QList<RouteHealth> m_routes;
    std::optional<GatewayScrape> m_gatewayReading;
};

// A Prometheus label value, escaped for the text format (\\, \" and \n).
QByteArray escapeLabelValue(QStringView value);

} // namespace gw
