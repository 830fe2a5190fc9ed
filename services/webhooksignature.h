#pragma once

#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace gw {

// How a vendor signs the webhooks it sends (../shared/reference/wire-formats.md §2).
enum class WebhookScheme {
    Shopify,          // X-Shopify-Hmac-Sha256: base64 HMAC of the body
    Stripe,           // Stripe-Signature: t=<ts>,v1=<hex>[,v1=<hex>…] over "<ts>." + body
    Slack,            // X-Slack-Signature: v0=<hex> over "v0:<ts>:" + body
    GitHub,           // X-Hub-Signature-256: sha256=<hex> of the body
    StandardWebhooks, // webhook-signature: v1,<b64>[ v1,<b64>…] over "<id>.<ts>." + body (Svix)
    Chatwoot,         // X-Chatwoot-Signature: sha256=<hex> over "<ts>." + body
};

// What a signature covers besides the body.
struct WebhookIdentity
{
    QByteArray id;            // the message id Standard Webhooks signs (webhook-id)
    qint64 timestampSecs = 0; // Unix seconds: Stripe, Slack, Standard Webhooks, Chatwoot

    bool operator==(const WebhookIdentity &) const = default;
};

using WebhookHeaders = QList<QPair<QByteArray, QByteArray>>;

// "shopify", "stripe", "slack", "github", "standard", "chatwoot"; "svix" and "standard-webhooks"
// are read as "standard". Case-insensitive.
std::optional<WebhookScheme> webhookSchemeFromName(QStringView name);
QString webhookSchemeName(WebhookScheme scheme);

// The pieces a sender and a verifier share.
QByteArray hmacSha256(QByteArrayView key, QByteArrayView message);
// The HMAC key for a secret as the vendor shows it: Stripe keys with the whole "whsec_…" string,
// Standard Webhooks with the base64 after "whsec_" decoded, the others with the secret's bytes.
Result<QByteArray> webhookMacKey(WebhookScheme scheme, QByteArrayView secret);
// The bytes the scheme MACs: the raw body, prefixed as the scheme says.
QByteArray webhookSignedPayload(WebhookScheme scheme, QByteArrayView body, const WebhookIdentity &identity);

// The headers a sender adds for `body`: the signature, and the timestamp and id it covers where the
// scheme carries them in headers of their own. Stripe and Standard Webhooks sign with every secret
// (rotation); schemes with room for one signature use the first. Fails without a usable secret.
Result<WebhookHeaders> signWebhook(WebhookScheme scheme, QByteArrayView body, const WebhookIdentity &identity,
                                   const QList<QByteArray> &secrets);

} // namespace gw
