#include "webhooksignature.h"

#include <QCoreApplication>

#include <openssl/evp.h>
#include <openssl/hmac.h>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

constexpr QByteArrayView WhsecPrefix = "whsec_";

struct WebhookSignature
{
    Q_DECLARE_TR_FUNCTIONS(gw::WebhookSignature)
};

} // namespace

std::optional<WebhookScheme> webhookSchemeFromName(QStringView name)
{
    const QString key = name.trimmed().toString().toLower();
    if (key == u"shopify")
        return WebhookScheme::Shopify;
    if (key == u"stripe")
        return WebhookScheme::Stripe;
    if (key == u"slack")
        return WebhookScheme::Slack;
    if (key == u"github")
        return WebhookScheme::GitHub;
    if (key == u"standard" || key == u"standard-webhooks" || key == u"svix")
        return WebhookScheme::StandardWebhooks;
    if (key == u"chatwoot")
        return WebhookScheme::Chatwoot;
    return std::nullopt;
}

QString webhookSchemeName(WebhookScheme scheme)
{
    switch (scheme) {
    case WebhookScheme::Shopify:
        return u"shopify"_s;
    case WebhookScheme::Stripe:
        return u"stripe"_s;
    case WebhookScheme::Slack:
        return u"slack"_s;
    case WebhookScheme::GitHub:
        return u"github"_s;
    case WebhookScheme::StandardWebhooks:
        return u"standard"_s;
    case WebhookScheme::Chatwoot:
        return u"chatwoot"_s;
    }
    return {};
}

QByteArray hmacSha256(QByteArrayView key, QByteArrayView message)
{
    static constexpr unsigned char empty = 0;
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    const auto *keyData = key.isEmpty() ? &empty : reinterpret_cast<const unsigned char *>(key.data());
    const auto *data = message.isEmpty() ? &empty : reinterpret_cast<const unsigned char *>(message.data());
    if (!HMAC(EVP_sha256(), keyData, int(key.size()), data, std::size_t(message.size()),
              reinterpret_cast<unsigned char *>(out.data()), &length)) {
        return {};
    }
    out.truncate(length);
    return out;
}

Result<QByteArray> webhookMacKey(WebhookScheme scheme, QByteArrayView secret)
{
    if (secret.isEmpty())
        return Error{WebhookSignature::tr("The webhook secret is empty.")};
    if (scheme != WebhookScheme::StandardWebhooks)
        return secret.toByteArray();
    const QByteArrayView encoded = secret.startsWith(WhsecPrefix) ? secret.sliced(WhsecPrefix.size()) : secret;
    auto decoded = QByteArray::fromBase64Encoding(encoded.toByteArray(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return Error{WebhookSignature::tr("A Standard Webhooks secret is \"whsec_\" followed by base64.")};
    return decoded.decoded;
}

QByteArray webhookSignedPayload(WebhookScheme scheme, QByteArrayView body, const WebhookIdentity &identity)
{
    const QByteArray ts = QByteArray::number(identity.timestampSecs);
    switch (scheme) {
    case WebhookScheme::Shopify:
    case WebhookScheme::GitHub:
        return body.toByteArray();
    case WebhookScheme::Stripe:
    case WebhookScheme::Chatwoot:
        return ts + '.' + body;
    case WebhookScheme::Slack:
        return "v0:" + ts + ':' + body;
    case WebhookScheme::StandardWebhooks:
        return identity.id + '.' + ts + '.' + body;
    }
    return {};
}

Result<WebhookHeaders> signWebhook(WebhookScheme scheme, QByteArrayView body, const WebhookIdentity &identity,
                                   const QList<QByteArray> &secrets)
{
    if (secrets.isEmpty())
        return Error{WebhookSignature::tr("No webhook secret to sign with.")};
    const QByteArray payload = webhookSignedPayload(scheme, body, identity);
    QByteArrayList macs;
    for (const QByteArray &secret : secrets) {
        auto key = webhookMacKey(scheme, secret);
        if (!key)
            return key.error();
        macs.append(hmacSha256(*key, payload));
        if (scheme != WebhookScheme::Stripe && scheme != WebhookScheme::StandardWebhooks)
            break;
    }
    const QByteArray ts = QByteArray::number(identity.timestampSecs);
    switch (scheme) {
    case WebhookScheme::Shopify:
        return WebhookHeaders{{"X-Shopify-Hmac-Sha256", macs.first().toBase64()}};
    case WebhookScheme::Stripe: {
        QByteArray value = "t=" + ts;
        for (const QByteArray &mac : std::as_const(macs))
            value += ",v1=" + mac.toHex();
        return WebhookHeaders{{"Stripe-Signature", value}};
    }
    case WebhookScheme::Slack:
        return WebhookHeaders{{"X-Slack-Request-Timestamp", ts}, {"X-Slack-Signature", "v0=" + macs.first().toHex()}};
    case WebhookScheme::GitHub:
        return WebhookHeaders{{"X-Hub-Signature-256", "sha256=" + macs.first().toHex()}};
    case WebhookScheme::StandardWebhooks: {
        QByteArrayList signatures;
        for (const QByteArray &mac : std::as_const(macs))
            signatures.append("v1," + mac.toBase64());
        return WebhookHeaders{
            {"webhook-id", identity.id}, {"webhook-timestamp", ts}, {"webhook-signature", signatures.join(' ')}};
    }
    case WebhookScheme::Chatwoot:
        return WebhookHeaders{{"X-Chatwoot-Signature", "sha256=" + macs.first().toHex()}, {"X-Chatwoot-Timestamp", ts}};
    }
    return Error{WebhookSignature::tr("Unknown webhook scheme.")};
}

} // namespace gw
