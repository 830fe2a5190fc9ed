#pragma once

#include "httpmessage.h"
#include "result.h"
#include "webhooksignature.h"
#include "webhookverification.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringView>

#include <functional>
#include <optional>

namespace gw {

// Checks the signatures of inbound webhooks as ../shared/reference/wire-formats.md §2 describes:
// the MAC of the raw body bytes, received hex or base64 decoded first, compared in constant time
// after a length check. Pure: time, secrets and what was seen before are passed in.

// A signature header larger than this, or carrying more signatures, is malformed: reading it
// never takes long, whatever a sender puts in it.
inline constexpr qsizetype WebhookSignatureHeaderMaxBytes = 8 * 1024;
inline constexpr qsizetype WebhookMaxSignatures = 32;

// A signature header, read: the MACs it carries, decoded, in header order (of the version the
// scheme verifies: Stripe's v1, Standard Webhooks' v1), and the timestamp Stripe carries in it.
struct WebhookSignatureHeader
{
    QList<QByteArray> macs;
    std::optional<qint64> timestamp; // Stripe's t=

    bool operator==(const WebhookSignatureHeader &) const = default;
};

// Reads the value of `scheme`'s signature header:
//   Shopify   <base64>
//   Stripe    t=<ts>,v1=<hex>[,v1=<hex>…]; v0 and unknown keys are ignored, t is required once
//   Slack     v0=<hex>
//   GitHub    sha256=<hex>
//   Standard  v1,<base64>[ v1,<base64>…] (space-separated); other versions (v1a: ed25519) are ignored
//   Chatwoot  sha256=<hex>
// Hex may be in either case. At least one signature of the verified version is required. Errors
// are positioned in `value`. Values over WebhookSignatureHeaderMaxBytes, or with more than
// WebhookMaxSignatures signatures, are errors.
Result<WebhookSignatureHeader> parseWebhookSignatureHeader(WebhookScheme scheme, QByteArrayView value);

// Unix seconds: 1 to 12 decimal digits, no sign; surrounding blanks are allowed.
std::optional<qint64> parseWebhookTimestamp(QByteArrayView text);

// The signature header as the vendor's documentation spells it ("X-Hub-Signature-256", …).
QString webhookSignatureHeaderName(WebhookScheme scheme);

// How far a signed timestamp may be from now: Stripe 300 s (it only rejects old ones, as its own
// libraries do), Slack, Standard Webhooks and Chatwoot 5 minutes either way; nullopt for Shopify
// and GitHub, which sign no timestamp.
std::optional<qint64> webhookDefaultToleranceSecs(WebhookScheme scheme);

// What the sender dedupes by: Shopify's event id (X-Shopify-Event-Id, or Shopify-Event-Id without
// the prefix), GitHub's X-GitHub-Delivery, webhook-id (or svix-id), X-Chatwoot-Delivery, and from
// a JSON body Stripe's event "id" and Slack's "event_id". Empty when the delivery carries none.
QString webhookDedupeId(WebhookScheme scheme, const WebhookHeaders &headers, QByteArrayView body = {});

// When the sender says it sent the delivery, in ms since the epoch: the timestamp the scheme signs
// (Stripe's t=, X-Slack-Request-Timestamp, webhook-timestamp or svix-timestamp,
// X-Chatwoot-Timestamp), and for Shopify X-Shopify-Triggered-At (RFC 3339). None for GitHub,
// which sends no time, and when the header is absent or cannot be read.
std::optional<qint64> webhookSentAtMs(WebhookScheme scheme, const WebhookHeaders &headers);

// The headers of a delivery as stored (text) in the form the verifier reads (bytes, UTF-8).
WebhookHeaders toWebhookHeaders(const HeaderPairs &headers);

// Whether a dedupe id was received before; the store answers it.
using WebhookSeenBefore = std::function<bool(const QString &dedupeId)>;

// The verdict on one delivery. `secrets` are the current secret first, then the previous ones
// (still accepted while a rotation settles); empty or unusable ones are skipped but keep their
// place in the numbering of `matchedSecret`. `toleranceSecs` nullopt means the scheme's default;
// it is ignored for schemes that sign no timestamp. Header names are matched case-insensitively.
//
// Checks, first failing one wins: no usable secret (no-secret), no signature header
// (missing-signature), a signature, timestamp or id header that cannot be read or is sent twice
// (malformed-header), a timestamp outside the tolerance (stale, future), no signature matching any
// secret (bad-signature; for Chatwoot reported as a possibly misconfigured secret, upstream bug
// #13809). A delivery signed correctly whose dedupe id `seenBefore` knows is a duplicate; a forged
// or stale one keeps its own verdict whatever its id.
WebhookVerification verifyWebhook(WebhookScheme scheme, const WebhookHeaders &headers, QByteArrayView body,
                                  const QList<QByteArray> &secrets, qint64 nowSecs,
                                  std::optional<qint64> toleranceSecs = std::nullopt,
                                  const WebhookSeenBefore &seenBefore = {});
// The same for a scheme given by name (webhookSchemeFromName()): unknown-scheme when it names none.
WebhookVerification verifyWebhook(QStringView schemeName, const WebhookHeaders &headers, QByteArrayView body,
                                  const QList<QByteArray> &secrets, qint64 nowSecs,
                                  std::optional<qint64> toleranceSecs = std::nullopt,
                                  const WebhookSeenBefore &seenBefore = {});

} // namespace gw
