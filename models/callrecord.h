#pragma once

#include "failedcondition.h"
#include "healthstatus.h"
#include "httpmessage.h"

#include <QList>
#include <QString>

#include <optional>

namespace gw {

struct FailedCall;
struct GatewayEvent;

// Where a call record came from: one of our own check attempts, or the gateway's feed of failed
// calls the product made.
enum class CallOrigin { Check, Gateway };

// "check", "gateway"
QString machineName(CallOrigin origin);
std::optional<CallOrigin> callOriginFromName(QStringView name);

// How long the parts of one call took, in ms. Phases the network stack does not report are absent.
struct CallTiming
{
    double queueMs = 0;                // waiting for a connection slot
    double totalMs = 0;                // dispatch to the last byte (or to the failure)
    std::optional<double> connectMs;   // DNS and TCP connect
    std::optional<double> tlsMs;       // TLS handshake
    std::optional<double> firstByteMs; // dispatch to the response's headers

    bool operator==(const CallTiming &) const = default;
};

// The evidence of one call: what was sent, what came back, how long it took and why it counts as
// failed. Always redacted (see Redactor) before it leaves the Monitor or the feed: everything that
// holds one may be stored, shown, copied and exported as it is.
struct CallRecord
{
    qint64 id = 0;     // the store's id; 0 before the call is stored
    qint64 timeMs = 0; // when the attempt started, UTC ms since the epoch
    CallOrigin origin = CallOrigin::Check;
    QString integration;
    QString check;   // check id (Check origin)
    QString service; // the gateway's service and route (Gateway origin)
    QString route;
    int attempt = 1;        // 1-based
    bool succeeded = false; // a recent good answer, kept for comparison
    CallRequest request;
    QByteArray requestBody;               // at most 64 KiB
    std::optional<CallResponse> response; // none when no response arrived
    FailureClass failureClass = FailureClass::None;
    QString reason; // one line, human-readable
    QList<FailedCondition> failedConditions;
    QString error; // the gateway's error name ("timeout", "connection_refused"), when it gave one
    CallTiming timing;
    QString vendorRequestId;  // X-Request-Id, Request-Id (Stripe), x-slack-req-id, …
    QString gatewayRequestId; // the gateway's own id for the call
    QString retryDecision;    // the gateway's "retry", "give_up", "none"
    std::optional<qint64> retryAfterMs;

    // The check or, for gateway calls, the route ("service/route", or the service alone).
    QString checkOrRoute() const;
    bool operator==(const CallRecord &) const = default;
};

// The most a record keeps of a request or response body.
inline constexpr qsizetype maxCallBodyBytes = 64 * 1024;

// The first value of a header, matched case-insensitively; empty when absent.
QString headerValue(const HeaderPairs &headers, QStringView name);

// The vendor's request id among response headers: X-Request-Id (Shopify and most), Request-Id
// (Stripe), x-slack-req-id (Slack), X-GitHub-Request-Id, X-Amzn-RequestId, CF-Ray, as they come.
QString vendorRequestId(const HeaderPairs &responseHeaders);

// A gateway's failed call as a record: its failure class from the error name or status.
CallRecord callRecordFromGateway(const GatewayEvent &event, const FailedCall &call);

} // namespace gw
