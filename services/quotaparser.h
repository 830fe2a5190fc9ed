#pragma once

#include "quotareading.h"
#include "responsefacts.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

namespace gw {

// Everything a response says about quotas and throttling.
struct QuotaSignals
{
    QList<QuotaReading> readings;
    std::optional<double> retryAfterSeconds; // from Retry-After (seconds or HTTP-date, relative to now)
    // The vendor says this request was throttled: a 429 (except Stripe's lock_timeout), a Shopify
    // GraphQL THROTTLED error whatever the HTTP status, Slack's "ratelimited".
    bool throttled = false;
    QString throttleReason; // e.g. "Stripe: global-rate", "Shopify GraphQL: THROTTLED"
    // Fields that were present but malformed, one line each (field name and why; never values
    // of unrelated headers). The readings they would have given are skipped.
    QStringList problems;

    bool operator==(const QuotaSignals &) const = default;
};

// Reads every known rate-limit and quota format from one response (see
// ../shared/reference/wire-formats.md §1). Pure apart from being in services/: `now` is passed in.
class QuotaParser
{
public:
    static QuotaSignals parse(const ResponseFacts &response, const QDateTime &now);
};

} // namespace gw
