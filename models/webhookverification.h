#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace gw {

// What checking an inbound webhook's signature found (../shared/reference/wire-formats.md §2).
enum class WebhookVerdict {
    Valid,               // signed with the current secret
    ValidPreviousSecret, // signed with a rotated-out secret that is still accepted
    BadSignature,        // no signature matches any secret
    MissingSignature,    // the signature header is absent
    MalformedHeader,     // the signature, timestamp or id header cannot be read, or is too large
    Stale,               // the signed timestamp is older than the tolerance
    Future,              // the signed timestamp is further ahead than the tolerance
    Duplicate,           // correctly signed, but its id was received before
    UnknownScheme,       // the source names no scheme Gatewatch knows
    NoSecret,            // no usable secret is configured for the source
};

// Stable machine names ("valid", "valid-previous-secret", "bad-signature", …), never translated.
QString machineName(WebhookVerdict verdict);
std::optional<WebhookVerdict> webhookVerdictFromName(QStringView name);
// Valid and ValidPreviousSecret: the delivery comes from a holder of a configured secret.
bool isAuthentic(WebhookVerdict verdict);

// How a verdict was reached, for the command line and the window to show. It never holds a
// secret: `expected` is a MAC, and `matchedSecret` only says which of the secrets matched.
struct WebhookVerification
{
    WebhookVerdict verdict = WebhookVerdict::MissingSignature;
    QString scheme;   // "shopify", "stripe", …; as named by the source when unknown
    QString header;   // the signature header read, spelled as received (or as the scheme names it when absent)
    QString expected; // the MAC, encoded as the header carries it ("sha256=…", "v1,…"), of the secret that
                      // matched or else of the current one; empty when none could be computed
    QString received; // the signature header's value as received, on one line (control characters as
                      // U+FFFD), elided beyond 256 characters
    std::optional<qint64> skewSeconds; // now minus the signed timestamp: positive when signed in the past
    QString matchedSecret;             // "current", "previous 1", "previous 2", …; empty when none matched
    QString dedupeId;                  // what the sender dedupes by (event, delivery or message id); may be empty
    QString message;                   // one line, translated, to follow the verdict: "expected …, received …"

    bool operator==(const WebhookVerification &) const = default;
};

} // namespace gw
