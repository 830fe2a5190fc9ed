#pragma once

#include "catalog.h"
#include "httpmessage.h"
#include "webhookverification.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace gw {

// What a gateway's event feed reports (wire contract v1), as plain values. Times are UTC, in ms
// since the epoch. Strings the contract leaves open ("error", "decision", attempt "status", …)
// stay strings: a gateway may add values without a new version. An empty string stands for a
// JSON null or an absent optional string.

// "call.failed": a failed outbound call, product -> vendor, as the gateway saw it.
struct FailedCall
{
    QString integration; // the gateway's idea, or the configured route's (see mapIntegration())
    QString service;
    QString route;
    CallRequest request;
    std::optional<CallResponse> response; // none when no response arrived
    QString error;                        // "timeout", "connection_refused", …; empty with a response
    double durationMs = 0;
    int attempt = 1;       // 1-based
    QString retryDecision; // "retry", "give_up", "none"
    std::optional<qint64> retryAfterMs;
    QString vendorRequestId;
    QString gatewayRequestId;

    bool operator==(const FailedCall &) const = default;
};

// One forwarding of a webhook to the product (Svix style).
struct DeliveryAttempt
{
    QString id;
    qint64 timestampMs = 0;
    std::optional<int> responseStatusCode;
    QString response; // excerpt
    std::optional<double> responseDurationMs;
    QString status;      // "success", "pending", "failed", "sending"
    QString triggerType; // "scheduled", "manual", "replay"

    bool operator==(const DeliveryAttempt &) const = default;
};

// "webhook.delivery": an inbound webhook, vendor -> product, and its forwarding. A delivery whose
// attempts progress is sent again with the same event id; the latest version replaces the others.
struct WebhookDelivery
{
    QString source; // "shopify", "stripe", "slack", "github", "chatwoot", "standard", …
    QString topic;
    qint64 receivedAtMs = 0;
    HeaderPairs headers; // as received
    QByteArray body;     // the raw bytes, as received (signatures are MACs of these)
    QString verdict;     // "accepted", "rejected"
    QString verdictReason;
    std::optional<int> responseStatus; // what the gateway answered the vendor
    QString responseExcerpt;
    QList<DeliveryAttempt> attempts; // oldest first
    std::optional<qint64> nextAttemptMs;
    // Gatewatch's own reading, made when the delivery is taken in (not part of the wire contract):
    // when the vendor says it sent it (Stripe t=, Slack, Standard Webhooks and Chatwoot timestamps,
    // Shopify's X-Shopify-Triggered-At), and the signature verdict, none when the source has no
    // `webhooks:` entry.
    std::optional<qint64> sentAtMs;
    std::optional<WebhookVerification> verification;

    // The newest attempt, or none before the first.
    const DeliveryAttempt *latestAttempt() const { return attempts.isEmpty() ? nullptr : &attempts.constLast(); }
    bool operator==(const WebhookDelivery &) const = default;
};

enum class GatewayEventType { FailedCall, WebhookDelivery };

// "call.failed", "webhook.delivery"
QString wireName(GatewayEventType type);
std::optional<GatewayEventType> gatewayEventTypeFromWire(QStringView name);

struct GatewayEvent
{
    QString id;     // unique per event; versions of a delivery share it
    QString cursor; // this version's place in the feed
    qint64 timeMs = 0;
    std::variant<FailedCall, WebhookDelivery> detail;

    GatewayEventType type() const
    {
        return std::holds_alternative<FailedCall>(detail) ? GatewayEventType::FailedCall
                                                          : GatewayEventType::WebhookDelivery;
    }
    const FailedCall *failedCall() const { return std::get_if<FailedCall>(&detail); }
    const WebhookDelivery *webhookDelivery() const { return std::get_if<WebhookDelivery>(&detail); }

    bool operator==(const GatewayEvent &) const = default;
};

// The gateway could not continue from the cursor it was asked for and started again with its
// oldest retained events: `missed` events (when it knows) are lost to the history.
struct EventGap
{
    QString reason; // "cursor_expired", "cursor_unknown"
    QString after;  // the cursor that was asked for
    std::optional<qint64> missed;
    QString resumesAt; // cursor of the first event returned after the gap

    bool operator==(const EventGap &) const = default;
};

// One answer of the feed, as far as it could be read: events that could not be read are left out
// and said in `problems`, events of types this version does not know are counted.
struct EventPage
{
    int version = 1;
    QList<GatewayEvent> events; // ascending cursor order
    QString nextCursor;         // empty: none (no events and no cursor asked for)
    bool hasMore = false;
    std::optional<EventGap> gap;
    QStringList problems;             // one line per event left out
    QHash<QString, int> unknownTypes; // type -> events skipped

    bool operator==(const EventPage &) const = default;
};

// A gap as the history keeps it: when it was recorded and from which feed.
struct RecordedGap
{
    qint64 atMs = 0;
    QString feed;
    EventGap gap;

    bool operator==(const RecordedGap &) const = default;
};

// A question to the stored events: one type over [fromMs, toMs), newest first.
struct EventQuery
{
    GatewayEventType type = GatewayEventType::FailedCall;
    QString integration; // empty: any
    QString service;     // empty: any
    QString route;       // empty: any
    QString source;      // webhook deliveries: empty any
    qint64 fromMs = 0;
    qint64 toMs = 0;
    int limit = 500;

    bool operator==(const EventQuery &) const = default;
};

// How many webhook deliveries one source received in one UTC hour.
struct WebhookVolume
{
    QString source;
    qint64 hourMs = 0; // the hour's start
    int deliveries = 0;

    bool operator==(const WebhookVolume &) const = default;
};

// The integration a failed call belongs to: the configured route that names its service and
// route, else the one that names its service alone, else what the gateway said.
QString mapIntegration(const QHash<QString, GatewayRoute> &routes, const FailedCall &call);

} // namespace gw
