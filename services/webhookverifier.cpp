#include "webhookverifier.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/crypto.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

// Qualified calls (Text::tr) give lupdate the context used at run time.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(gw::WebhookVerifier)
};

constexpr qint64 Sha256Bytes = 32;
constexpr qsizetype ReceivedShownMax = 256;
// Beyond any real timestamp, and far enough from qint64's limits that differences cannot overflow.
constexpr qint64 ClockLimitSecs = qint64(1) << 50;

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Strict: an even number of hex digits and nothing else (QByteArray::fromHex skips what is not hex).
std::optional<QByteArray> decodeHex(QByteArrayView hex)
{
    if (hex.isEmpty() || hex.size() % 2 != 0 || !std::all_of(hex.begin(), hex.end(), isHexDigit))
        return std::nullopt;
    return QByteArray::fromHex(hex.toByteArray());
}

std::optional<QByteArray> decodeBase64(QByteArrayView text)
{
    if (text.isEmpty())
        return std::nullopt;
    auto decoded = QByteArray::fromBase64Encoding(text.toByteArray(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return std::nullopt;
    return decoded.decoded;
}

// Where `part`, a view into `whole`, starts in it.
qsizetype offsetIn(QByteArrayView whole, QByteArrayView part)
{
    return qsizetype(part.data() - whole.data());
}

Error malformed(const QString &message, qsizetype position)
{
    return Error{message, position};
}

Result<WebhookSignatureHeader> parseSingle(QByteArrayView value, QByteArrayView prefix, bool base64)
{
    const QByteArrayView trimmed = value.trimmed();
    const qsizetype start = trimmed.isEmpty() ? 0 : offsetIn(value, trimmed);
    if (trimmed.size() < prefix.size() || trimmed.first(prefix.size()).compare(prefix, Qt::CaseInsensitive) != 0) {
        return malformed(Text::tr("expected \"%1\" followed by the signature in hex").arg(QLatin1StringView(prefix)),
                         start);
    }
    const QByteArrayView encoded = trimmed.sliced(prefix.size());
    const std::optional<QByteArray> mac = base64 ? decodeBase64(encoded) : decodeHex(encoded);
    if (!mac) {
        return malformed(base64 ? Text::tr("the signature is not base64")
                                : Text::tr("the signature is not hex (an even number of 0-9 and a-f)"),
                         start + prefix.size());
    }
    return WebhookSignatureHeader{{*mac}, std::nullopt};
}

Result<WebhookSignatureHeader> parseStripe(QByteArrayView value)
{
    WebhookSignatureHeader out;
    qsizetype from = 0;
    while (from <= value.size()) {
        qsizetype comma = value.indexOf(',', from);
        if (comma < 0)
            comma = value.size();
        const QByteArrayView item = value.sliced(from, comma - from);
        const qsizetype itemStart = from;
        from = comma + 1;
        const qsizetype equals = item.indexOf('=');
        const QByteArrayView key = (equals < 0 ? item : item.first(equals)).trimmed();
        const QByteArrayView text = equals < 0 ? QByteArrayView() : item.sliced(equals + 1).trimmed();
        const qsizetype textStart = itemStart + (equals < 0 ? item.size() : equals + 1);
        if (key == "t") {
            if (out.timestamp)
                return malformed(Text::tr("more than one t= timestamp"), itemStart);
            out.timestamp = parseWebhookTimestamp(text);
            if (!out.timestamp)
                return malformed(Text::tr("the t= timestamp is not Unix seconds"), textStart);
        } else if (key == "v1") {
            if (out.macs.size() == WebhookMaxSignatures)
                return malformed(Text::tr("more than %1 signatures").arg(WebhookMaxSignatures), itemStart);
            const std::optional<QByteArray> mac = decodeHex(text);
            if (!mac)
                return malformed(Text::tr("a v1 signature is not hex (an even number of 0-9 and a-f)"), textStart);
            out.macs.append(*mac);
        }
        // v0 (test-mode signatures) and schemes Stripe may add later are not ours to check.
    }
    if (!out.timestamp)
        return malformed(Text::tr("no t= timestamp"), 0);
    if (out.macs.isEmpty())
        return malformed(Text::tr("no v1 signature"), 0);
    return out;
}

Result<WebhookSignatureHeader> parseStandard(QByteArrayView value)
{
    WebhookSignatureHeader out;
    qsizetype count = 0;
    qsizetype from = 0;
    while (from < value.size()) {
        if (isBlank(value.at(from))) {
            ++from;
            continue;
        }
        qsizetype end = from;
        while (end < value.size() && !isBlank(value.at(end)))
            ++end;
        const QByteArrayView token = value.sliced(from, end - from);
        const qsizetype tokenStart = from;
        from = end;
        if (++count > WebhookMaxSignatures)
            return malformed(Text::tr("more than %1 signatures").arg(WebhookMaxSignatures), tokenStart);
        const qsizetype comma = token.indexOf(',');
        if (comma <= 0)
            return malformed(Text::tr("expected version,signature such as v1,<base64>"), tokenStart);
        if (token.first(comma) != "v1")
            continue; // v1a is an ed25519 signature; other versions are not HMACs we know
        const std::optional<QByteArray> mac = decodeBase64(token.sliced(comma + 1));
        if (!mac)
            return malformed(Text::tr("a v1 signature is not base64"), tokenStart + comma + 1);
        out.macs.append(*mac);
    }
    if (out.macs.isEmpty()) {
        return malformed(count == 0 ? Text::tr("no signature")
                                    : Text::tr("no v1 signature (other versions, such as v1a, are not checked)"),
                         0);
    }
    return out;
}

QByteArray encodeMac(WebhookScheme scheme, const QByteArray &mac)
{
    switch (scheme) {
    case WebhookScheme::Shopify:
        return mac.toBase64();
    case WebhookScheme::Stripe:
        return "v1=" + mac.toHex();
    case WebhookScheme::Slack:
        return "v0=" + mac.toHex();
    case WebhookScheme::GitHub:
    case WebhookScheme::Chatwoot:
        return "sha256=" + mac.toHex();
    case WebhookScheme::StandardWebhooks:
        return "v1," + mac.toBase64();
    }
    return {};
}

// The spellings a scheme's header goes by, preferred first.
QList<QByteArrayView> signatureHeaderNames(WebhookScheme scheme)
{
    switch (scheme) {
    case WebhookScheme::Shopify:
        return {"X-Shopify-Hmac-Sha256", "Shopify-Hmac-Sha256"};
    case WebhookScheme::Stripe:
        return {"Stripe-Signature"};
    case WebhookScheme::Slack:
        return {"X-Slack-Signature"};
    case WebhookScheme::GitHub:
        return {"X-Hub-Signature-256"};
    case WebhookScheme::StandardWebhooks:
        return {"webhook-signature", "svix-signature"};
    case WebhookScheme::Chatwoot:
        return {"X-Chatwoot-Signature"};
    }
    return {};
}

// Every value of a header, trimmed, in wire order; `spelling` gets the name as received.
QList<QByteArrayView> headerValues(const WebhookHeaders &headers, QByteArrayView name, QByteArray *spelling = nullptr)
{
    QList<QByteArrayView> values;
    for (const auto &[key, value] : headers) {
        if (QByteArrayView(key).trimmed().compare(name, Qt::CaseInsensitive) == 0) {
            if (spelling && values.isEmpty())
                *spelling = key.trimmed();
            values.append(QByteArrayView(value).trimmed());
        }
    }
    return values;
}

std::optional<QByteArrayView> firstHeader(const WebhookHeaders &headers, QByteArrayView name)
{
    const QList<QByteArrayView> values = headerValues(headers, name);
    return values.isEmpty() ? std::nullopt : std::optional(values.constFirst());
}

// A received value to show on one line: control characters (a line break smuggled into a
// header) become U+FFFD, as bytes that are not UTF-8 do, and long values are cut short.
QString elided(QString text)
{
    for (QChar &c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = QChar::ReplacementCharacter;
    }
    return text.size() <= ReceivedShownMax ? text : text.first(ReceivedShownMax - 1) + u'…';
}

QString elided(QByteArrayView value)
{
    return elided(QString::fromUtf8(value));
}

QString secretName(qsizetype index)
{
    return index == 0 ? u"current"_s : u"previous %1"_s.arg(index);
}

// What the MAC alone says, appended to a verdict about the timestamp.
QString macNote(const QString &matchedSecret)
{
    return matchedSecret.isEmpty() ? Text::tr("the signature does not match either")
                                   : Text::tr("the signature matches (a replay, a late delivery or a wrong clock)");
}

} // namespace

Result<WebhookSignatureHeader> parseWebhookSignatureHeader(WebhookScheme scheme, QByteArrayView value)
{
    if (value.size() > WebhookSignatureHeaderMaxBytes) {
        return malformed(Text::tr("%1 bytes, more than the %2 a signature header may have")
                             .arg(value.size())
                             .arg(WebhookSignatureHeaderMaxBytes),
                         WebhookSignatureHeaderMaxBytes);
    }
    switch (scheme) {
    case WebhookScheme::Shopify:
        return parseSingle(value, {}, true);
    case WebhookScheme::Stripe:
        return parseStripe(value);
    case WebhookScheme::Slack:
        return parseSingle(value, "v0=", false);
    case WebhookScheme::GitHub:
    case WebhookScheme::Chatwoot:
        return parseSingle(value, "sha256=", false);
    case WebhookScheme::StandardWebhooks:
        return parseStandard(value);
    }
    return malformed(Text::tr("unknown scheme"), 0);
}

std::optional<qint64> parseWebhookTimestamp(QByteArrayView text)
{
    const QByteArrayView digits = text.trimmed();
    if (digits.isEmpty() || digits.size() > 12)
        return std::nullopt;
    qint64 value = 0;
    for (const char c : digits) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

QString webhookSignatureHeaderName(WebhookScheme scheme)
{
    return QString::fromLatin1(signatureHeaderNames(scheme).value(0));
}

std::optional<qint64> webhookDefaultToleranceSecs(WebhookScheme scheme)
{
    switch (scheme) {
    case WebhookScheme::Shopify:
    case WebhookScheme::GitHub:
        return std::nullopt;
    case WebhookScheme::Stripe:
        return 300;
    case WebhookScheme::Slack:
    case WebhookScheme::StandardWebhooks:
    case WebhookScheme::Chatwoot:
        return 5 * 60;
    }
    return std::nullopt;
}

std::optional<qint64> webhookSentAtMs(WebhookScheme scheme, const WebhookHeaders &headers)
{
    const auto seconds = [&headers](QByteArrayView name) -> std::optional<qint64> {
        const std::optional<QByteArrayView> value = firstHeader(headers, name);
        const std::optional<qint64> secs = value ? parseWebhookTimestamp(*value) : std::nullopt;
        return secs ? std::optional<qint64>(*secs * 1000) : std::nullopt;
    };
    switch (scheme) {
    case WebhookScheme::Shopify: {
        const std::optional<QByteArrayView> value = firstHeader(headers, "X-Shopify-Triggered-At");
        if (!value || value->size() > 64)
            return std::nullopt;
        const QDateTime time = QDateTime::fromString(QString::fromLatin1(value->trimmed()), Qt::ISODateWithMs);
        return time.isValid() ? std::optional<qint64>(time.toMSecsSinceEpoch()) : std::nullopt;
    }
    case WebhookScheme::Stripe: {
        const std::optional<QByteArrayView> value = firstHeader(headers, "Stripe-Signature");
        if (!value)
            return std::nullopt;
        const Result<WebhookSignatureHeader> parsed = parseWebhookSignatureHeader(scheme, *value);
        return parsed && parsed->timestamp ? std::optional<qint64>(*parsed->timestamp * 1000) : std::nullopt;
    }
    case WebhookScheme::Slack:
        return seconds("X-Slack-Request-Timestamp");
    case WebhookScheme::Chatwoot:
        return seconds("X-Chatwoot-Timestamp");
    case WebhookScheme::StandardWebhooks:
        if (const std::optional<qint64> ms = seconds("webhook-timestamp"))
            return ms;
        return seconds("svix-timestamp");
    case WebhookScheme::GitHub:
        return std::nullopt;
    }
    return std::nullopt;
}

QString webhookDedupeId(WebhookScheme scheme, const WebhookHeaders &headers, QByteArrayView body)
{
    const auto header = [&headers](std::initializer_list<QByteArrayView> names) {
        for (const QByteArrayView name : names) {
            if (const std::optional<QByteArrayView> value = firstHeader(headers, name))
                return QString::fromUtf8(*value);
        }
        return QString();
    };
    const auto fromBody = [body](QStringView key) {
        // Only a JSON object of reasonable size; form-encoded bodies (Slack commands) carry no id.
        if (body.size() > 1024 * 1024 || !body.trimmed().startsWith('{'))
            return QString();
        return QJsonDocument::fromJson(body.toByteArray()).object().value(key).toString();
    };
    switch (scheme) {
    case WebhookScheme::Shopify:
        return header({"X-Shopify-Event-Id", "Shopify-Event-Id"});
    case WebhookScheme::Stripe:
        return fromBody(u"id");
    case WebhookScheme::Slack:
        return fromBody(u"event_id");
    case WebhookScheme::GitHub:
        return header({"X-GitHub-Delivery"});
    case WebhookScheme::StandardWebhooks:
        // The id that belongs to the signature found: webhook-* before svix-*.
        return firstHeader(headers, "webhook-signature") || !firstHeader(headers, "svix-signature")
                   ? header({"webhook-id", "svix-id"})
                   : header({"svix-id", "webhook-id"});
    case WebhookScheme::Chatwoot:
        return header({"X-Chatwoot-Delivery"});
    }
    return {};
}

WebhookHeaders toWebhookHeaders(const HeaderPairs &headers)
{
    WebhookHeaders out;
    out.reserve(headers.size());
    for (const auto &[name, value] : headers)
        out.append({name.toUtf8(), value.toUtf8()});
    return out;
}

WebhookVerification verifyWebhook(QStringView schemeName, const WebhookHeaders &headers, QByteArrayView body,
                                  const QList<QByteArray> &secrets, qint64 nowSecs, std::optional<qint64> toleranceSecs,
                                  const WebhookSeenBefore &seenBefore)
{
    if (const std::optional<WebhookScheme> scheme = webhookSchemeFromName(schemeName))
        return verifyWebhook(*scheme, headers, body, secrets, nowSecs, toleranceSecs, seenBefore);
    WebhookVerification out;
    out.verdict = WebhookVerdict::UnknownScheme;
    out.scheme = schemeName.toString();
    out.message =
        Text::tr("unknown scheme '%1' (known: shopify, stripe, slack, github, standard, chatwoot)").arg(schemeName);
    return out;
}

WebhookVerification verifyWebhook(WebhookScheme scheme, const WebhookHeaders &headers, QByteArrayView body,
                                  const QList<QByteArray> &secrets, qint64 nowSecs, std::optional<qint64> toleranceSecs,
                                  const WebhookSeenBefore &seenBefore)
{
    WebhookVerification out;
    out.scheme = webhookSchemeName(scheme);
    out.header = webhookSignatureHeaderName(scheme);
    out.dedupeId = webhookDedupeId(scheme, headers, body);
    const auto verdict = [&out](WebhookVerdict reached, const QString &message) {
        out.verdict = reached;
        out.message = message;
        return out;
    };

    struct Key
    {
        qsizetype index;
        QByteArray bytes;
    };
    QList<Key> keys;
    QString unusable;
    for (qsizetype i = 0; i < secrets.size(); ++i) {
        if (secrets.at(i).isEmpty())
            continue;
        const Result<QByteArray> key = webhookMacKey(scheme, secrets.at(i));
        if (key)
            keys.append({i, *key});
        else if (unusable.isEmpty())
            unusable = i == 0 ? Text::tr("the current secret: %1").arg(key.error().message)
                              : Text::tr("previous secret %1: %2").arg(i).arg(key.error().message);
    }
    if (keys.isEmpty()) {
        return verdict(WebhookVerdict::NoSecret, unusable.isEmpty()
                                                     ? Text::tr("no secret is configured for this source")
                                                     : Text::tr("no usable secret (%1)").arg(unusable));
    }

    // The signature header, by whichever of its names arrived first in our order of preference.
    QList<QByteArrayView> values;
    QByteArray spelling;
    for (const QByteArrayView name : signatureHeaderNames(scheme)) {
        values = headerValues(headers, name, &spelling);
        if (!values.isEmpty())
            break;
    }
    if (values.isEmpty()) {
        return verdict(WebhookVerdict::MissingSignature,
                       scheme == WebhookScheme::Chatwoot
                           ? Text::tr("no %1 header (Chatwoot signs webhooks from version 4.11 on)").arg(out.header)
                           : Text::tr("no %1 header").arg(out.header));
    }
    out.header = QString::fromUtf8(spelling);
    out.received = elided(values.constFirst());
    if (values.size() > 1)
        return verdict(WebhookVerdict::MalformedHeader,
                       Text::tr("%1 sent %2 times").arg(out.header).arg(values.size()));
    const Result<WebhookSignatureHeader> parsed = parseWebhookSignatureHeader(scheme, values.constFirst());
    if (!parsed)
        return verdict(WebhookVerdict::MalformedHeader, u"%1: %2"_s.arg(out.header, parsed.error().message));

    // What the signature covers besides the body.
    WebhookIdentity identity;
    std::optional<QByteArrayView> timestampHeader;
    QByteArrayView timestampName;
    const bool svix = spelling.compare("svix-signature", Qt::CaseInsensitive) == 0;
    switch (scheme) {
    case WebhookScheme::Shopify:
    case WebhookScheme::GitHub:
        break;
    case WebhookScheme::Stripe:
        identity.timestampSecs = *parsed->timestamp;
        break;
    case WebhookScheme::Slack:
        timestampName = "X-Slack-Request-Timestamp";
        break;
    case WebhookScheme::Chatwoot:
        timestampName = "X-Chatwoot-Timestamp";
        break;
    case WebhookScheme::StandardWebhooks: {
        timestampName = svix ? "svix-timestamp" : "webhook-timestamp";
        const QByteArrayView idName = svix ? "svix-id" : "webhook-id";
        const std::optional<QByteArrayView> id = firstHeader(headers, idName);
        if (!id || id->isEmpty()) {
            return verdict(WebhookVerdict::MalformedHeader,
                           Text::tr("no %1 header, which the signature covers").arg(QLatin1StringView(idName)));
        }
        identity.id = id->toByteArray();
        break;
    }
    }
    if (!timestampName.isEmpty()) {
        timestampHeader = firstHeader(headers, timestampName);
        if (!timestampHeader) {
            return verdict(WebhookVerdict::MalformedHeader,
                           Text::tr("no %1 header, which the signature covers").arg(QLatin1StringView(timestampName)));
        }
        const std::optional<qint64> timestamp = parseWebhookTimestamp(*timestampHeader);
        if (!timestamp) {
            return verdict(WebhookVerdict::MalformedHeader,
                           Text::tr("%1 '%2' is not Unix seconds")
                               .arg(QLatin1StringView(timestampName), elided(*timestampHeader)));
        }
        identity.timestampSecs = *timestamp;
    }

    // One MAC per secret, each compared with every received signature of the same length.
    const QByteArray payload = webhookSignedPayload(scheme, body, identity);
    QByteArray shown;
    qsizetype matched = -1;
    for (const Key &key : std::as_const(keys)) {
        const QByteArray mac = hmacSha256(key.bytes, payload);
        if (shown.isEmpty())
            shown = mac;
        const bool matches =
            std::any_of(parsed->macs.cbegin(), parsed->macs.cend(), [&mac](const QByteArray &received) {
                return received.size() == mac.size()
                       && CRYPTO_memcmp(received.constData(), mac.constData(), mac.size()) == 0;
            });
        if (matches) {
            shown = mac;
            matched = key.index;
            out.matchedSecret = secretName(key.index);
            break;
        }
    }
    out.expected = QString::fromLatin1(encodeMac(scheme, shown));

    if (const std::optional<qint64> tolerance = toleranceSecs ? toleranceSecs : webhookDefaultToleranceSecs(scheme);
        tolerance && scheme != WebhookScheme::Shopify && scheme != WebhookScheme::GitHub) {
        const qint64 now = std::clamp(nowSecs, -ClockLimitSecs, ClockLimitSecs);
        const qint64 allowed = std::clamp<qint64>(*tolerance, 0, ClockLimitSecs);
        const qint64 skew = now - identity.timestampSecs;
        out.skewSeconds = skew;
        if (skew > allowed) {
            return verdict(WebhookVerdict::Stale, Text::tr("signed %1 s ago, more than the tolerance of %2 s; %3")
                                                      .arg(skew)
                                                      .arg(allowed)
                                                      .arg(macNote(out.matchedSecret)));
        }
        // Stripe's own libraries accept timestamps ahead of the clock; so do we.
        if (-skew > allowed && scheme != WebhookScheme::Stripe) {
            return verdict(WebhookVerdict::Future, Text::tr("signed %1 s in the future, more than the tolerance of "
                                                            "%2 s; %3")
                                                       .arg(-skew)
                                                       .arg(allowed)
                                                       .arg(macNote(out.matchedSecret)));
        }
    }

    if (out.matchedSecret.isEmpty()) {
        QString message = Text::tr("expected %1, received %2").arg(out.expected, out.received);
        const bool anyFullLength = std::any_of(parsed->macs.cbegin(), parsed->macs.cend(),
                                               [](const QByteArray &mac) { return mac.size() == Sha256Bytes; });
        if (!anyFullLength) {
            // Spelled out rather than "%n byte(s)": there is no English catalog to resolve plurals.
            const qsizetype size = parsed->macs.constFirst().size();
            message += size == 1
                           ? Text::tr(" (the received signature has 1 byte; an HMAC-SHA256 has %1)").arg(Sha256Bytes)
                           : Text::tr(" (the received signature has %1 bytes; an HMAC-SHA256 has %2)")
                                 .arg(size)
                                 .arg(Sha256Bytes);
        }
        if (scheme == WebhookScheme::Chatwoot) {
            message += Text::tr("; possibly a misconfigured secret rather than a forgery: Chatwoot may sign with "
                                "another secret than the one its settings show (upstream bug #13809)");
        }
        return verdict(WebhookVerdict::BadSignature, message);
    }

    if (seenBefore && !out.dedupeId.isEmpty() && seenBefore(out.dedupeId))
        return verdict(WebhookVerdict::Duplicate, Text::tr("%1 was received before").arg(elided(out.dedupeId)));
    if (matched == 0)
        return verdict(WebhookVerdict::Valid, Text::tr("matches the current secret"));
    return verdict(WebhookVerdict::ValidPreviousSecret,
                   Text::tr("matches previous secret %1, not the current one: the sender still signs with a "
                            "rotated-out secret")
                       .arg(matched));
}

} // namespace gw
