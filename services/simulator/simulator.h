#pragma once

#include "historybackfill.h"

#include <QDateTime>
#include <QHostAddress>
#include <QMap>
#include <QObject>
#include <QString>
#include <QUrl>

#include <chrono>
#include <memory>
#include <optional>

namespace gw::sim {

// A fault a test (or a scenario) can put on one endpoint.
struct Fault
{
    enum class Kind {
        None,
        Status,      // answer with `status` (and a vendor-shaped error body)
        Latency,     // answer normally after `delay`
        Stall,       // accept the request, never answer
        Trickle,     // answer one byte every `delay` (only the first `size` body bytes when size > 0)
        Reset,       // close the connection with a TCP reset before answering
        Garbage,     // 200 with a body that is not what the content type says
        InvalidJson, // 200, application/json, truncated JSON
        HugeBody,    // 200 with `size` bytes of body
        RateLimited, // the vendor's quota drained at every request: its own 429 (or GraphQL THROTTLED)
        // Another client spends the vendor's quota (answers are untouched): in a scenario its rate
        // rises linearly from zero to `size` requests a minute over the event's first minute, then
        // holds until the event ends; set with setFault, it runs at `size` a minute at once.
        QuotaSqueeze,
    };
    Kind kind = Kind::None;
    int status = 500;
    std::chrono::milliseconds delay{0};
    qint64 size = 0;
};

// What a webhook source signs with: its current secret and the one it replaced, which some
// deliveries still carry while the rotation settles.
struct WebhookSecret
{
    QByteArray current;
    QByteArray previous;

    bool operator==(const WebhookSecret &) const = default;
};

// Certificates the simulator can present, generated with OpenSSL at start-up (never checked in).
enum class Certificate {
    Valid,      // signed by the simulator's CA for 127.0.0.1 and localhost
    Expired,    // signed by the CA, expired yesterday
    SelfSigned, // not signed by the CA
    WrongHost,  // signed by the CA for another host name
};

// Fake vendors (Shopify, Chatwoot, Google Analytics, Slack, Stripe, Klaviyo, MCP), their status
// pages and the company's API gateway, each on its own loopback port, built on Qt HttpServer.
// Lives on the thread that created it.
class Simulator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Simulator)

public:
    struct Options
    {
        QString scenario = QStringLiteral("demo"); // see scenarioNames()
        quint32 seed = 1;
        bool tls = true;           // vendors speak HTTPS with a certificate from the simulator's CA
        QString stateDir;          // where the CA certificate is written; a temporary dir when empty
        double latencyScale = 1.0; // multiplies the sampled vendor latencies (tests use less)
        // The gateway's event feed (GET /events on the gateway, docs/gateway-events-api.md).
        QMap<QString, WebhookSecret> webhookSecrets; // by source; sources left out get defaultWebhookSecrets()
        qsizetype eventCapacity = 20'000;            // events the feed keeps; older cursors get a gap
        double backgroundFailureShare = 0.003;       // of calls to a vendor without a fault that fail anyway
        QDateTime eventEpoch;                        // wall-clock time of scenario time 0 in the feed; now when invalid
    };

    explicit Simulator(const Options &options, QObject *parent = nullptr);
    ~Simulator() override;

    // Binds every server on 127.0.0.1 (free ports). Returns an error message on failure.
    [[nodiscard]] std::optional<QString> start();

    static QStringList vendorNames();   // "shopify", "chatwoot", "ga4", "slack", "stripe", "klaviyo", "mcp", "gateway"
    static QStringList scenarioNames(); // "demo", "calm", "outage", "rate-limits", …

    QUrl baseUrl(const QString &vendor) const; // e.g. https://127.0.0.1:40123
    QString caCertificatePath() const;         // PEM of the CA that signed the Valid/Expired/WrongHost certificates

    // A separate HTTPS server presenting the given certificate; serves every vendor path.
    QUrl tlsUrl(Certificate certificate) const;

    // A gatewatch.yaml that monitors everything this simulator serves (secrets as ${secret:…}
    // references whose values the simulator accepts; see configEnvironment()).
    QString configYaml() const;
    // The checks of configYaml() with the vendor each one calls, for HistoryBackfill.
    QList<HistoryBackfill::Check> backfillChecks() const;
    // The gateway's counters as the simulator started (its Kong metrics page as first made, read
    // as Gatewatch reads it), dated `atMs`: where HistoryBackfill::gatewayTraffic() ends, so that
    // the live readings carry on from the made-up ones.
    GatewayScrape gatewayAtStart(qint64 atMs) const;
    // Environment variables configYaml() refers to (GATEWATCH_SECRET_* for the fake tokens).
    QList<QPair<QString, QString>> configEnvironment() const;

    // Faults for tests: on a vendor's path ("/admin/api/2024-10/shop.json"), or on every path
    // of the vendor when `path` is empty. A fault overrides the scenario until cleared.
    void setFault(const QString &vendor, const QString &path, const Fault &fault);
    void clearFaults();

    // Seconds since start() as the scenario sees it (tests may move it to a point in the story).
    void setScenarioTime(std::chrono::milliseconds sinceStart);

    // Freezes the scenario clock where it is (tests get exact quota numbers), or lets it run on.
    void setScenarioClockRunning(bool running);

    quint64 requestCount() const;
    // Requests `vendor`'s API received, answered or not (status pages are not counted: in reality
    // they are another host).
    quint64 requestCount(const QString &vendor) const;
    // When the latest requests to `vendor`'s API arrived (at most 10,000), on a monotonic clock
    // counted from start() that scenario time does not move.
    QList<std::chrono::milliseconds> requestTimes(const QString &vendor) const;

    // Spends `amount` of the vendor's quota as another client would: Shopify REST calls, Klaviyo,
    // Slack and MCP requests, GA4 property tokens (not our project's). Vendors without a quota
    // (Stripe, Chatwoot, the gateway) ignore it.
    void consumeQuota(const QString &vendor, double amount);

    // The latency each answered request of `vendor` was given, oldest first (reproducible per seed).
    QList<std::chrono::milliseconds> latencyHistory(const QString &vendor) const;
    // The fake credential `vendor` accepts (empty for the gateway, which needs none).
    static QByteArray token(const QString &vendor);

    // The gateway's event feed: GET this URL with ?after=&limit= (no credentials, like /metrics).
    // Events are made as scenario time passes (each second, and whenever the feed is read or a
    // fault or the clock changes), so a stopped clock and setScenarioTime() drive it exactly.
    QUrl eventsUrl() const;
    // Webhook sources: "shopify", "stripe", "slack", "github", "chatwoot", "standard".
    static QStringList webhookSources();
    static QMap<QString, WebhookSecret> defaultWebhookSecrets();
    // The secrets each source signs with (the options' over the defaults).
    QMap<QString, WebhookSecret> webhookSecrets() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace gw::sim
