#pragma once

#include "gatewayevent.h"

#include <QList>
#include <QString>

#include <optional>

namespace gw {

// How one source's webhooks are doing, over the deliveries given (docs/webhooks.md):
// - delivered: of the deliveries the gateway accepted and has finished with, the share whose
//   latest forwarding to the product succeeded; those still being retried count apart;
// - signature failures: of the deliveries Gatewatch checked, the share that no configured secret
//   signed (bad, missing, malformed, stale or future), duplicates apart;
// - duplicates: by Gatewatch's check or by the gateway's own verdict;
// - lag: from the vendor's own timestamp to the gateway's receipt (nearest-rank percentiles);
// - volume: the last complete UTC hour against the median of the same hour on the seven days
//   before, counting only days since the source's first stored hour.
struct WebhookSourceHealth
{
    QString source;
    int deliveries = 0;
    int rejected = 0;    // by the gateway
    int delivered = 0;   // accepted, latest forwarding succeeded
    int undelivered = 0; // accepted, forwarding failed and no further attempt is planned
    int retrying = 0;    // accepted, not finished yet (pending, sending, or failed with a next attempt)
    int checked = 0;     // with Gatewatch's own verdict
    int signatureFailures = 0;
    int duplicates = 0;
    std::optional<qint64> lagP50Ms;
    std::optional<qint64> lagP95Ms;
    qint64 volumeHourMs = 0; // the last complete hour
    int volumeLastHour = 0;
    std::optional<double> usualVolume; // none: not enough history for that hour

    // delivered / (delivered + undelivered); none when nothing finished.
    std::optional<double> deliveryRate() const;
    // signatureFailures / checked; none when nothing was checked.
    std::optional<double> signatureFailureRate() const;
    // volumeLastHour / usualVolume; none without a usual level (or when it is zero).
    std::optional<double> volumeRatio() const;
    // Worth a look: under 95 % delivered, any signature failure, or volume far from usual (under
    // half or over twice).
    bool needsAttention() const;

    bool operator==(const WebhookSourceHealth &) const = default;
};

// One entry per source seen in `deliveries` or `volumes`, ordered by source. `volumes` are those
// of the last complete hour before `nowMs` and the same hour on the seven days before (hours
// without deliveries left out).
QList<WebhookSourceHealth> webhookHealth(const QList<WebhookDelivery> &deliveries, const QList<WebhookVolume> &volumes,
                                         qint64 nowMs);

// Whether Gatewatch's verdict says no configured secret signed it (duplicates are signed).
bool isSignatureFailure(const WebhookDelivery &delivery);
// Whether its signature failed by Gatewatch's verdict (isSignatureFailure()) when Gatewatch reached
// one about the signature, else by the gateway's reason: bad_signature, missing_signature or stale,
// whatever the gateway then did with it. Duplicates are signed: never a failure.
bool isSignatureFailureByEither(const WebhookDelivery &delivery);
// Gatewatch or the gateway found it was received before.
bool isDuplicate(const WebhookDelivery &delivery);

// What became of a delivery's forwarding to the product, as "Delivered" counts it.
enum class Forwarding {
    Rejected,    // by the gateway: not forwarded
    Delivered,   // accepted, and the latest attempt succeeded
    Undelivered, // accepted, the latest attempt failed and none is planned
    InProgress,  // accepted, not finished: not forwarded yet, pending, sending, or failed with a next attempt
};
Forwarding forwarding(const WebhookDelivery &delivery);

} // namespace gw
