#include "egressroutes.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace gw::sim {

QString EgressRoute::path() const
{
    return QUrl(url).path();
}

QList<EgressRoute> egressRoutes()
{
    // Some services carry an integration tag, some do not: Gatewatch maps those by its `routes`.
    static const QList<EgressRoute> routes{
        {u"shopify"_s, u"shopify-admin"_s, u"orders"_s, u"shopify"_s, u"orders-worker"_s, "GET",
         u"https://acme-outdoor.myshopify.com/admin/api/2024-10/orders.json?status=any&limit=50"_s, 0.8, 10'000},
        {u"shopify"_s, u"shopify-admin"_s, u"products"_s, u"shopify"_s, u"catalog-sync"_s, "GET",
         u"https://acme-outdoor.myshopify.com/admin/api/2024-10/products.json?limit=250"_s, 0.3, 10'000},
        {u"shopify"_s, u"shopify-admin"_s, u"graphql"_s, u"shopify"_s, u"catalog-sync"_s, "POST",
         u"https://acme-outdoor.myshopify.com/admin/api/2024-10/graphql.json"_s, 0.5, 10'000},
        {u"stripe"_s,
         u"payments"_s,
         u"payment-intents"_s,
         {},
         u"checkout-api"_s,
         "POST",
         u"https://api.stripe.com/v1/payment_intents"_s,
         0.4,
         20'000},
        {u"stripe"_s,
         u"payments"_s,
         u"charges"_s,
         {},
         u"billing-worker"_s,
         "GET",
         u"https://api.stripe.com/v1/charges?limit=100"_s,
         0.1,
         20'000},
        {u"stripe"_s,
         u"payments"_s,
         u"refunds"_s,
         {},
         u"support-tools"_s,
         "POST",
         u"https://api.stripe.com/v1/refunds"_s,
         0.05,
         20'000},
        {u"slack"_s, u"slack-api"_s, u"chat-post-message"_s, u"slack"_s, u"alerts-bot"_s, "POST",
         u"https://slack.com/api/chat.postMessage"_s, 0.2, 10'000},
        {u"slack"_s, u"slack-api"_s, u"conversations-history"_s, u"slack"_s, u"alerts-bot"_s, "GET",
         u"https://slack.com/api/conversations.history?channel=C05ALERTS01&limit=20"_s, 0.05, 10'000},
        {u"chatwoot"_s, u"chatwoot-api"_s, u"conversations"_s, u"chatwoot"_s, u"support-tools"_s, "GET",
         u"https://app.chatwoot.com/api/v1/accounts/3/conversations?status=open&page=1"_s, 0.3, 10'000},
        {u"chatwoot"_s, u"chatwoot-api"_s, u"messages"_s, u"chatwoot"_s, u"support-tools"_s, "POST",
         u"https://app.chatwoot.com/api/v1/accounts/3/conversations/18342/messages"_s, 0.15, 10'000},
        {u"klaviyo"_s,
         u"klaviyo-api"_s,
         u"events"_s,
         {},
         u"marketing-sync"_s,
         "POST",
         u"https://a.klaviyo.com/api/events/"_s,
         0.6,
         10'000},
        {u"klaviyo"_s,
         u"klaviyo-api"_s,
         u"profiles"_s,
         {},
         u"marketing-sync"_s,
         "GET",
         u"https://a.klaviyo.com/api/profiles/?page%5Bsize%5D=100"_s,
         0.15,
         10'000},
        {u"ga4"_s, u"ga4-data"_s, u"run-report"_s, u"google-analytics"_s, u"reporting-job"_s, "POST",
         u"https://analyticsdata.googleapis.com/v1beta/properties/312845977:runReport"_s, 0.05, 30'000},
        {u"mcp"_s, u"support-mcp"_s, u"mcp"_s, u"mcp"_s, u"support-assistant"_s, "POST",
         u"https://mcp.acme-outdoor.example/mcp"_s, 0.3, 10'000},
    };
    return routes;
}

} // namespace gw::sim
