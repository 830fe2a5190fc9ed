#pragma once

#include "callrecord.h"
#include "gatewayevent.h"
#include "sample.h"

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
//    percent-encoded), header values, excerpts, and the raw bytes of webhook bodies; in call
//    records also percent-encoded, and URLs within free text lose what url() takes out.
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
    // Free text such as a reason or a log line: secret values, also percent-encoded, and every
    // http(s) URL in it as url() leaves it.
    QString message(const QString &message) const;

    GatewayEvent event(GatewayEvent event) const;
    QList<GatewayEvent> events(QList<GatewayEvent> events) const;
    // Every text of the record: URL, headers (names and values), bodies (JSON fields and, for
    // form-encoded ones, parameters with credential names), reason, failed conditions (an actual
    // value read from a credential header or field becomes a marker) and ids; secret values also
    // percent-encoded, URLs anywhere as url() has them. Numbers and timings stay.
    CallRecord call(CallRecord record) const;
    // A check's result as it may be kept: reason, failed conditions and evidence, as call() has them.
    Sample sample(Sample sample) const;

    QStringList secrets() const { return m_secrets; }

private:
    // Secret values, plain and percent-encoded, replaced.
    QString anywhere(const QString &text) const;
    QByteArray anywhere(const QByteArray &bytes) const;
    FailedCondition condition(FailedCondition failed) const;
    // A request or response body, by its content type.
    QString body(const QString &body, QStringView contentType) const;

    QStringList m_secrets;        // longest first
    QStringList m_encodedSecrets; // percent-encoded forms that differ from the plain ones
};

} // namespace gw
