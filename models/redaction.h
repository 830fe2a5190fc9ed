#pragma once

#include "gatewayevent.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace gw {

// The one place where credentials are taken out of what is stored, logged, exported or shown.
// What is removed is replaced by a marker that says what it was ("[redacted: Authorization
// header]"), so a reader knows something was there:
//  - values of headers with a credential's name: Authorization, Proxy-Authorization, Cookie,
//    Set-Cookie, X-Shopify-Access-Token, api_access_token, X-Api-Key, and any name containing
//    token, secret, key, signature or password (case-insensitive);
//  - URL query (and fragment) parameters of those names, and URL user-info;
//  - string values of JSON fields of those names in body excerpts;
//  - every configured secret value (4 characters or longer) wherever it appears: URLs (also
//    percent-encoded), header values, excerpts, and the raw bytes of webhook bodies.
// The signature headers of inbound webhooks (X-Shopify-Hmac-Sha256, Stripe-Signature,
// X-Slack-Signature, X-Hub-Signature(-256), webhook-signature, svix-signature,
// X-Chatwoot-Signature) are kept: a MAC does not give the signing secret away, and verifying a
// delivery later needs it. For the same reason a webhook's raw body loses only configured secret
// values, never fields by name. Pure and cheap to copy.
class Redactor
{
public:
    explicit Redactor(const QStringList &secrets = {});

    // Names (headers, parameters, JSON fields) whose values are credentials.
    static bool isCredentialName(QStringView name);
    // Webhook signature headers, kept on deliveries.
    static bool isSignatureHeader(QStringView name);
    // Header values to redact as secrets wherever they turn up: those of credential headers (of
    // every header when `credentialHeadersOnly` is false), trimmed, each also without what precedes
    // its first space (an authorization scheme: "Bearer …").
    static QStringList headerSecrets(const HeaderPairs &headers, bool credentialHeadersOnly = true);

    // Configured secret values replaced.
    QString text(const QString &text) const;
    QByteArray bytes(const QByteArray &bytes) const;
    // User-info, credential parameters and secret values replaced; the rest as it was.
    QString url(const QString &url) const;
    // A header's value as it may be kept.
    QString headerValue(QStringView name, const QString &value, bool keepSignatures = false) const;
    HeaderPairs headers(HeaderPairs headers, bool keepSignatures = false) const;
    // A body excerpt: secret values and string values of JSON fields with credential names.
    QString excerpt(const QString &excerpt) const;

    GatewayEvent event(GatewayEvent event) const;
    QList<GatewayEvent> events(QList<GatewayEvent> events) const;

    QStringList secrets() const { return m_secrets; }

private:
    QStringList m_secrets;        // longest first
    QStringList m_encodedSecrets; // percent-encoded forms that differ from the plain ones
};

} // namespace gw
