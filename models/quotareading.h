#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>

#include <optional>

namespace gw {

// What a quota counts.
enum class QuotaUnit { Requests, Points, Tokens, Bytes, Concurrent };

// Which wire format a reading came from (machine names as in `check --format json`).
enum class QuotaSource {
    IetfRateLimit,  // "ietf-ratelimit": RateLimit-* fields, all drafts
    XRateLimit,     // "x-ratelimit": X-RateLimit-* (Envoy style, many APIs)
    GitHub,         // "github": x-ratelimit-* with epoch reset, -used, -resource
    RetryAfter,     // "retry-after": a Retry-After alone
    ShopifyRest,    // "shopify-rest": X-Shopify-Shop-Api-Call-Limit
    ShopifyGraphql, // "shopify-graphql": extensions.cost.throttleStatus
    Ga4,            // "ga4": propertyQuota
    Klaviyo,        // "klaviyo"
    Stripe,         // "stripe": 429 with Stripe-Rate-Limited-Reason
    Custom,         // "custom": mapped in the configuration
};

// One quota as one response reported it. Numbers are doubles because vendors send fractions
// (Shopify's restore rate, GraphQL cost points); all times are absolute UTC.
struct QuotaReading
{
    QString policy = QStringLiteral("default"); // IETF policy name, GA4 member name, or "default"
    std::optional<double> limit;
    double remaining = 0;
    std::optional<double> used;
    std::optional<qint64> windowSeconds;
    std::optional<QDateTime> resetAt;
    QuotaUnit unit = QuotaUnit::Requests;
    QuotaSource source = QuotaSource::IetfRateLimit;
    std::optional<double> restorePerSecond; // leaky buckets (Shopify) refill continuously

    bool operator==(const QuotaReading &) const = default;
};

QString machineName(QuotaUnit unit);     // "requests", "points", "tokens", "bytes", "concurrent"
QString machineName(QuotaSource source); // "ietf-ratelimit", …, "custom"

} // namespace gw
