// Webhook signature headers on arbitrary bytes. Input: the scheme's name on the first line
// ("stripe", "standard", …; an unknown name is checked as such), the header's value after it.
// Parsing and verifying must agree, stay inside their limits and never show the secret.

#include "webhookverifier.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

const QByteArray Secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
const QByteArray PreviousSecret = "gw-fuzz-previous-secret-71";
constexpr qint64 Now = 1614265330;

// The signature header and the headers it covers, as a sender of the scheme would send them.
gw::WebhookHeaders headersFor(gw::WebhookScheme scheme, const QByteArray &value)
{
    gw::WebhookHeaders headers{{gw::webhookSignatureHeaderName(scheme).toLatin1(), value},
                               {"webhook-id", "msg_p5jXN8AQM9LWM0D4loKWxJek"},
                               {"webhook-timestamp", "1614265330"},
                               {"X-Slack-Request-Timestamp", "1614265330"},
                               {"X-Chatwoot-Timestamp", "1614265330"}};
    return headers;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype newline = input.indexOf('\n');
    const QString name = QString::fromUtf8(newline < 0 ? input : input.first(newline));
    const QByteArray value = newline < 0 ? QByteArray() : input.sliced(newline + 1);
    const QByteArray body = R"({"test": 2432232314})";

    const std::optional<gw::WebhookScheme> scheme = gw::webhookSchemeFromName(name);
    if (!scheme) {
        const gw::WebhookVerification result =
            gw::verifyWebhook(name, gw::WebhookHeaders{{"webhook-signature", value}}, body, {Secret}, Now);
        if (result.verdict != gw::WebhookVerdict::UnknownScheme)
            qFatal("an unknown scheme name was verified");
        return 0;
    }

    const gw::Result<gw::WebhookSignatureHeader> parsed = gw::parseWebhookSignatureHeader(*scheme, value);
    if (parsed) {
        if (value.size() > gw::WebhookSignatureHeaderMaxBytes)
            qFatal("a header over the size limit was read");
        if (parsed->macs.isEmpty() || parsed->macs.size() > gw::WebhookMaxSignatures)
            qFatal("%lld signatures read", static_cast<long long>(parsed->macs.size()));
        for (const QByteArray &mac : parsed->macs) {
            if (mac.isEmpty())
                qFatal("an empty signature was read");
        }
        if ((*scheme == gw::WebhookScheme::Stripe) != parsed->timestamp.has_value())
            qFatal("a timestamp read where the scheme carries none, or none where it must");
    } else {
        if (parsed.error().message.isEmpty())
            qFatal("an error without a message");
        if (parsed.error().position < 0 || parsed.error().position > value.size())
            qFatal("error position %lld outside the value (%lld bytes)",
                   static_cast<long long>(parsed.error().position), static_cast<long long>(value.size()));
    }

    int lookups = 0;
    const gw::WebhookVerification result =
        gw::verifyWebhook(*scheme, headersFor(*scheme, value), body, {Secret, PreviousSecret}, Now, std::nullopt,
                          [&lookups](const QString &) {
                              ++lookups;
                              return true;
                          });
    if (result.verdict == gw::WebhookVerdict::MissingSignature)
        qFatal("a header that is present was reported missing");
    // The verifier reads header values without the blanks around them, as HTTP does.
    const bool readable = gw::parseWebhookSignatureHeader(*scheme, value.trimmed()).ok();
    if (!readable && result.verdict != gw::WebhookVerdict::MalformedHeader)
        qFatal("the parser rejects what the verifier accepts");
    if (readable && result.verdict == gw::WebhookVerdict::MalformedHeader)
        qFatal("the verifier rejects what the parser accepts: %s", qPrintable(result.message));
    if (result.received.size() > 256 || result.message.contains(u'\n'))
        qFatal("an unbounded or multi-line report");
    if (result.message.contains(QString::fromLatin1(Secret))
        || result.message.contains(QString::fromLatin1(PreviousSecret)) || result.matchedSecret.contains(u"whsec_"_s))
        qFatal("a secret in the report");
    if (lookups > 0 && result.verdict != gw::WebhookVerdict::Duplicate)
        qFatal("a delivery seen before was not reported as a duplicate");
    return 0;
}
