#pragma once

#include "fixedwindow.h"
#include "httpexchange.h"
#include "kongmetrics.h"
#include "leakybucket.h"
#include "scenario.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <array>
#include <chrono>
#include <optional>
#include <random>

namespace gw::sim {

// What a vendor needs to know about "now" to answer.
struct Moment
{
    QDateTime now; // wall clock, only for timestamps in bodies
    std::chrono::milliseconds sinceStart{0};
    std::optional<ActiveFault> incident; // the scenario's trouble on this vendor, for its status page
    QHash<QString, Fault> vendorFaults;  // for the gateway: the faults on the vendors behind it
};

struct LatencyProfile
{
    double medianMs = 100;
    double p95Ms = 300;
};

// One fake vendor: its endpoints, auth, headers and error shapes, with the little state real
// APIs show (call-limit buckets, quotas, counters). Pure apart from its own seeded RNG.
class VendorApi
{
public:
    VendorApi(QString vendor, quint32 seed);

    static QStringList names();
    static QString displayName(const QString &vendor);
    // The vendor whose API has this path, for servers that serve every vendor.
    static QString vendorForPath(const QString &path);
    static LatencyProfile latencyProfile(const QString &vendor);
    // Secret name in the config (${secret:…}) and the fake token the vendor accepts.
    static QString secretName(const QString &vendor);
    static QByteArray token(const QString &vendor);

    const QString &vendor() const { return m_vendor; }

    HttpResponse respond(const HttpRequest &request, const Moment &moment);
    HttpResponse error(int status, const HttpRequest &request, const Moment &moment);
    // Vendors with a quota drain it and answer as they would when it is spent; the others send
    // their canned 429.
    HttpResponse rateLimited(const HttpRequest &request, const Moment &moment);
    // Another client's traffic (see Simulator::consumeQuota).
    void consumeQuota(double amount, std::chrono::milliseconds now);
    // 200 whose body is an HTML interstitial although the client asked for JSON.
    HttpResponse garbage();
    // Response headers the vendor sends on every answer (request ids, versions).
    HeaderList commonHeaders();

private:
    HttpResponse shopify(const HttpRequest &request, const Moment &moment);
    HttpResponse chatwoot(const HttpRequest &request);
    HttpResponse analytics(const HttpRequest &request, const Moment &moment);
    HttpResponse slack(const HttpRequest &request, const Moment &moment);
    HttpResponse stripe(const HttpRequest &request);
    HttpResponse klaviyo(const HttpRequest &request, const Moment &moment);
    HttpResponse mcp(const HttpRequest &request, const Moment &moment);
    HttpResponse mcpCall(const HttpRequest &request);
    HttpResponse gateway(const HttpRequest &request, const Moment &moment);
    HttpResponse statusPage(const HttpRequest &request, const Moment &moment);
    HttpResponse notFound(const HttpRequest &request, const Moment &moment);

    QByteArray uuid();
    QByteArray alphanumeric(int length);
    QByteArray shopifyCallLimit(std::chrono::milliseconds now);
    QByteArray ietfRateLimit(std::chrono::milliseconds now);
    QByteArray ietfRateLimitPolicy() const;
    void advanceGateway(const Moment &moment);

    QString m_vendor;
    std::mt19937 m_rng;
    quint64 m_requests = 0;
    // Quotas as the real vendors size them, generous enough that polling every 10 s never spends them.
    LeakyBucket m_shopifyRest{40, 2};       // calls; X-Shopify-Shop-Api-Call-Limit
    LeakyBucket m_shopifyGraphQl{1000, 50}; // cost points used; throttleStatus shows the rest
    FixedWindow m_klaviyo{75, std::chrono::minutes(1)};
    FixedWindow m_slack{50, std::chrono::minutes(1)}; // Web API tier 3
    FixedWindow m_ga4Hour{40000, std::chrono::hours(1)};
    FixedWindow m_ga4Day{200000, std::chrono::hours(24)};
    FixedWindow m_ga4ProjectHour{14000, std::chrono::hours(1)}; // ours alone: other clients are other projects
    // The company's MCP server, behind its gateway's limits: a burst allowance, a sustained rate
    // over five minutes (the demo story's length, so its squeeze starts afresh with each round) and
    // a daily cap. IETF RateLimit-Policy names them.
    struct NamedWindow
    {
        QByteArray name;
        FixedWindow window;
    };
    std::array<NamedWindow, 3> m_mcp{{{"burst", FixedWindow(300, std::chrono::minutes(1))},
                                      {"sustained", FixedWindow(600, std::chrono::minutes(5))},
                                      {"daily", FixedWindow(500000, std::chrono::hours(24))}}};
    std::optional<KongMetrics> m_kong;
    std::chrono::milliseconds m_lastKongAdvance{0};
    QByteArray m_mcpSession;
};

} // namespace gw::sim
