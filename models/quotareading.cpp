#include "quotareading.h"

using namespace Qt::StringLiterals;

namespace gw {

QString machineName(QuotaUnit unit)
{
    switch (unit) {
    case QuotaUnit::Requests:
        return u"requests"_s;
    case QuotaUnit::Points:
        return u"points"_s;
    case QuotaUnit::Tokens:
        return u"tokens"_s;
    case QuotaUnit::Bytes:
        return u"bytes"_s;
    case QuotaUnit::Concurrent:
        return u"concurrent"_s;
    }
    return {};
}

QString machineName(QuotaSource source)
{
    switch (source) {
    case QuotaSource::IetfRateLimit:
        return u"ietf-ratelimit"_s;
    case QuotaSource::XRateLimit:
        return u"x-ratelimit"_s;
    case QuotaSource::GitHub:
        return u"github"_s;
    case QuotaSource::RetryAfter:
        return u"retry-after"_s;
    case QuotaSource::ShopifyRest:
        return u"shopify-rest"_s;
    case QuotaSource::ShopifyGraphql:
        return u"shopify-graphql"_s;
    case QuotaSource::Ga4:
        return u"ga4"_s;
    case QuotaSource::Klaviyo:
        return u"klaviyo"_s;
    case QuotaSource::Stripe:
        return u"stripe"_s;
    case QuotaSource::Custom:
        return u"custom"_s;
    }
    return {};
}

} // namespace gw
