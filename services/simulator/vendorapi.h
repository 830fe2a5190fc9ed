#pragma once

#include "httpexchange.h"
#include "kongmetrics.h"
#include "scenario.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

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
    HttpResponse rateLimited(const HttpRequest &request, const Moment &moment);
    // 200 whose body is an HTML interstitial although the client asked for JSON.
    HttpResponse garbage();
    // Response headers the vendor sends on every answer (request ids, versions).
    HeaderList commonHeaders();

private:
    HttpResponse shopify(const HttpRequest &request, const Moment &moment);
    HttpResponse chatwoot(const HttpRequest &request);
    HttpResponse analytics(const HttpRequest &request, const Moment &moment);
    HttpResponse slack(const HttpRequest &request);
    HttpResponse stripe(const HttpRequest &request);
    HttpResponse klaviyo(const HttpRequest &request, const Moment &moment);
    HttpResponse mcp(const HttpRequest &request);
    HttpResponse gateway(const HttpRequest &request, const Moment &moment);
    HttpResponse statusPage(const HttpRequest &request, const Moment &moment);
    HttpResponse notFound(const HttpRequest &request, const Moment &moment);

    QByteArray uuid();
    QByteArray alphanumeric(int length);
    void leakShopifyBucket(const Moment &moment);
    void advanceGateway(const Moment &moment);

    QString m_vendor;
    std::mt19937 m_rng;
    quint64 m_requests = 0;
    double m_callBucket = 0;           // Shopify REST leaky bucket fill, of 40
    double m_graphQlAvailable = 20000; // Shopify GraphQL cost points
    std::chrono::milliseconds m_lastLeak{0};
    quint64 m_quotaTokensToday = 0; // GA4 tokens consumed
    std::optional<KongMetrics> m_kong;
    std::chrono::milliseconds m_lastKongAdvance{0};
    QByteArray m_mcpSession;
};

} // namespace gw::sim
