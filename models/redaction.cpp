#include "redaction.h"

#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

// Shorter values would match all over ordinary text.
constexpr qsizetype minSecretLength = 4;

const QString secretMarker = u"[redacted: secret]"_s;

constexpr std::array<QStringView, 7> credentialNames{
    u"Authorization",          u"Proxy-Authorization", u"Cookie",    u"Set-Cookie",
    u"X-Shopify-Access-Token", u"api_access_token",    u"X-Api-Key",
};
constexpr std::array<QStringView, 5> credentialWords{u"token", u"secret", u"key", u"signature", u"password"};
constexpr std::array<QStringView, 8> signatureHeaders{
    u"X-Shopify-Hmac-Sha256", u"Stripe-Signature",  u"X-Slack-Signature", u"X-Hub-Signature",
    u"X-Hub-Signature-256",   u"webhook-signature", u"svix-signature",    u"X-Chatwoot-Signature",
};
// Authorization schemes whose credentials follow in the same value, whatever the header's name.
constexpr std::array<QStringView, 2> authSchemes{u"Bearer ", u"Basic "};

// Every occurrence of any needle replaced by the marker; overlapping occurrences become one, so
// that no part of a secret is left over.
template<typename S>
S replaceAll(const S &input, const QList<S> &needles, const S &marker)
{
    QList<std::pair<qsizetype, qsizetype>> spans;
    for (const S &needle : needles) {
        for (qsizetype at = input.indexOf(needle); at >= 0; at = input.indexOf(needle, at + 1))
            spans.append({at, at + needle.size()});
    }
    if (spans.isEmpty())
        return input;
    std::sort(spans.begin(), spans.end());
    S out;
    out.reserve(input.size());
    qsizetype pos = 0;
    qsizetype i = 0;
    while (i < spans.size()) {
        const qsizetype start = spans.at(i).first;
        qsizetype end = spans.at(i).second;
        for (++i; i < spans.size() && spans.at(i).first < end; ++i)
            end = std::max(end, spans.at(i).second);
        out += input.mid(pos, start - pos);
        out += marker;
        pos = end;
    }
    out += input.mid(pos);
    return out;
}

QString headerMarker(QStringView name)
{
    return u"[redacted: "_s + name + u" header]"_s;
}

// "a=1&token=x" with the values of credential parameters replaced.
QString redactParameters(QStringView parameters)
{
    QString out;
    out.reserve(parameters.size());
    qsizetype start = 0;
    while (start <= parameters.size()) {
        qsizetype end = parameters.indexOf(u'&', start);
        if (end < 0)
            end = parameters.size();
        const QStringView item = parameters.mid(start, end - start);
        const qsizetype equals = item.indexOf(u'=');
        // A value redacted before stays as it is, so that redacting twice changes nothing.
        if (equals > 0 && equals + 1 < item.size() && !item.mid(equals + 1).startsWith(u"[redacted")) {
            const QStringView rawName = item.left(equals);
            const QString name =
                QUrl::fromPercentEncoding(rawName.toString().replace(u'+', u' ').toUtf8()); // form encoding
            if (Redactor::isCredentialName(name))
                out += rawName + u"=[redacted: "_s + rawName + u" parameter]"_s;
            else
                out += item;
        } else {
            out += item;
        }
        if (end < parameters.size())
            out += u'&';
        start = end + 1;
    }
    return out;
}

// The end of the JSON string whose opening quote is at `quote` (the closing quote's index), or -1
// when the text ends first.
qsizetype stringEnd(QStringView text, qsizetype quote)
{
    for (qsizetype i = quote + 1; i < text.size(); ++i) {
        if (text[i] == u'\\')
            ++i;
        else if (text[i] == u'"')
            return i;
    }
    return -1;
}

qsizetype skipSpace(QStringView text, qsizetype i)
{
    while (i < text.size() && text[i].isSpace())
        ++i;
    return i;
}

// String values of JSON fields with credential names replaced. Excerpts may be cut anywhere, so
// this scans rather than parses: a value cut off is replaced up to the end.
QString redactJsonFields(const QString &text)
{
    if (!text.contains(u'"'))
        return text;
    QString out;
    qsizetype pos = 0; // copied up to here
    qsizetype i = text.indexOf(u'"');
    while (i >= 0) {
        const qsizetype keyEnd = stringEnd(text, i);
        if (keyEnd < 0)
            break;
        qsizetype next = skipSpace(text, keyEnd + 1);
        if (next < text.size() && text[next] == u':') {
            next = skipSpace(text, next + 1);
            if (next < text.size() && text[next] == u'"') {
                const QStringView key = QStringView(text).mid(i + 1, keyEnd - i - 1);
                const qsizetype valueEnd = stringEnd(text, next);
                if (Redactor::isCredentialName(key) && valueEnd != next + 1) {
                    out += QStringView(text).mid(pos, next + 1 - pos);
                    out += u"[redacted: "_s + key + u" field]"_s;
                    if (valueEnd < 0)
                        return out;
                    pos = valueEnd;
                }
                if (valueEnd < 0)
                    break;
                i = text.indexOf(u'"', valueEnd + 1);
                continue;
            }
        }
        i = text.indexOf(u'"', keyEnd + 1);
    }
    out += QStringView(text).mid(pos);
    return out;
}

} // namespace

Redactor::Redactor(const QStringList &secrets)
{
    for (const QString &secret : secrets) {
        if (secret.size() >= minSecretLength && !m_secrets.contains(secret))
            m_secrets.append(secret);
    }
    // Longest first: of two secrets where one holds the other, the whole one is matched.
    std::stable_sort(m_secrets.begin(), m_secrets.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &secret : std::as_const(m_secrets)) {
        // Fully encoded; as QUrl leaves a query value (delimiters kept); as a form encodes it.
        const QString encodings[] = {
            QString::fromLatin1(QUrl::toPercentEncoding(secret)),
            QString::fromLatin1(QUrl::toPercentEncoding(secret, "!$&'()*+,;=:@/?")),
            QString::fromLatin1(QUrl::toPercentEncoding(secret, " ")).replace(u' ', u'+'),
        };
        for (const QString &encoded : encodings) {
            if (encoded != secret && !m_encodedSecrets.contains(encoded))
                m_encodedSecrets.append(encoded);
        }
    }
}

bool Redactor::isCredentialName(QStringView name)
{
    for (QStringView known : credentialNames) {
        if (name.compare(known, Qt::CaseInsensitive) == 0)
            return true;
    }
    for (QStringView word : credentialWords) {
        if (name.contains(word, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool Redactor::isSignatureHeader(QStringView name)
{
    return std::any_of(signatureHeaders.cbegin(), signatureHeaders.cend(),
                       [name](QStringView known) { return name.compare(known, Qt::CaseInsensitive) == 0; });
}

QStringList Redactor::headerSecrets(const HeaderPairs &headers, bool credentialHeadersOnly)
{
    QStringList secrets;
    for (const auto &[name, value] : headers) {
        if (credentialHeadersOnly && !isCredentialName(name))
            continue;
        const QString text = value.trimmed();
        secrets.append(text);
        if (const qsizetype space = text.indexOf(u' '); space > 0)
            secrets.append(text.mid(space + 1).trimmed());
    }
    return secrets;
}

QString Redactor::text(const QString &text) const
{
    if (m_secrets.isEmpty() || text.isEmpty())
        return text;
    return replaceAll(text, m_secrets, secretMarker);
}

QByteArray Redactor::bytes(const QByteArray &bytes) const
{
    if (m_secrets.isEmpty() || bytes.isEmpty())
        return bytes;
    QList<QByteArray> needles;
    needles.reserve(m_secrets.size());
    for (const QString &secret : m_secrets)
        needles.append(secret.toUtf8());
    return replaceAll(bytes, needles, secretMarker.toUtf8());
}

QString Redactor::url(const QString &url) const
{
    if (url.isEmpty())
        return url;
    const qsizetype hash = url.indexOf(u'#');
    const qsizetype queryMark = url.left(hash < 0 ? url.size() : hash).indexOf(u'?');
    const qsizetype baseEnd = queryMark >= 0 ? queryMark : (hash >= 0 ? hash : url.size());
    QString out = url.left(baseEnd);

    // scheme://user:password@host: everything before the last @ of the authority.
    const qsizetype schemeEnd = out.indexOf(u"://");
    if (schemeEnd > 0) {
        const qsizetype authority = schemeEnd + 3;
        qsizetype authorityEnd = out.indexOf(u'/', authority);
        if (authorityEnd < 0)
            authorityEnd = out.size();
        const qsizetype at = out.lastIndexOf(u'@', authorityEnd - 1);
        if (at >= authority)
            out.replace(authority, at - authority, u"[redacted: user-info]"_s);
    }
    if (queryMark >= 0) {
        const qsizetype queryEnd = hash >= 0 ? hash : url.size();
        out += u'?' + redactParameters(QStringView(url).mid(queryMark + 1, queryEnd - queryMark - 1));
    }
    // Fragments carry tokens too (OAuth's implicit flow).
    if (hash >= 0)
        out += u'#' + redactParameters(QStringView(url).mid(hash + 1));
    if (m_secrets.isEmpty())
        return out;
    return replaceAll(out, m_secrets + m_encodedSecrets, secretMarker);
}

QString Redactor::headerValue(QStringView name, const QString &value, bool keepSignatures) const
{
    if (isCredentialName(name) && !(keepSignatures && isSignatureHeader(name)))
        return value.isEmpty() ? value : headerMarker(name);
    for (QStringView scheme : authSchemes) {
        if (value.startsWith(scheme, Qt::CaseInsensitive))
            return headerMarker(name);
    }
    if (value.startsWith(u"http://", Qt::CaseInsensitive) || value.startsWith(u"https://", Qt::CaseInsensitive))
        return url(value);
    return text(value);
}

HeaderPairs Redactor::headers(HeaderPairs headers, bool keepSignatures) const
{
    for (auto &[name, value] : headers)
        value = headerValue(name, value, keepSignatures);
    return headers;
}

QString Redactor::excerpt(const QString &excerpt) const
{
    return text(redactJsonFields(excerpt));
}

QString Redactor::message(const QString &message) const
{
    if (message.isEmpty())
        return message;
    static const QRegularExpression urls(uR"(https?://[^\s"'<>]+)"_s, QRegularExpression::CaseInsensitiveOption);
    QString out;
    qsizetype pos = 0;
    for (auto it = urls.globalMatch(message); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        out += QStringView(message).mid(pos, match.capturedStart() - pos);
        out += url(match.captured());
        pos = match.capturedEnd();
    }
    if (pos == 0)
        return anywhere(message);
    out += QStringView(message).mid(pos);
    return anywhere(out);
}

QString Redactor::anywhere(const QString &text) const
{
    if (m_secrets.isEmpty() || text.isEmpty())
        return text;
    return replaceAll(text, m_secrets + m_encodedSecrets, secretMarker);
}

QByteArray Redactor::anywhere(const QByteArray &bytes) const
{
    if (m_secrets.isEmpty() || bytes.isEmpty())
        return bytes;
    QList<QByteArray> needles;
    needles.reserve(m_secrets.size() + m_encodedSecrets.size());
    for (const QString &secret : m_secrets + m_encodedSecrets)
        needles.append(secret.toUtf8());
    return replaceAll(bytes, needles, secretMarker.toUtf8());
}

QString Redactor::body(const QString &body, QStringView contentType) const
{
    if (body.isEmpty())
        return body;
    QString out = redactJsonFields(body);
    if (contentType.contains(u"x-www-form-urlencoded", Qt::CaseInsensitive))
        out = redactParameters(out);
    return message(out);
}

FailedCondition Redactor::condition(FailedCondition failed) const
{
    // "[HEADER].X-Api-Key == …" or "[BODY].data.access_token == …" saw a credential: say so
    // instead of showing it.
    static const QRegularExpression subject(uR"(^\s*\[(BODY|HEADER)\]\.([^\s=!<>]+))"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch match = subject.match(failed.condition);
        match.hasMatch() && !failed.actual.isEmpty()) {
        const bool header = match.captured(1).compare(u"HEADER", Qt::CaseInsensitive) == 0;
        QString name = match.captured(2);
        if (!header) {
            name = name.mid(name.lastIndexOf(u'.') + 1); // the last segment of the path
            name = name.left(name.indexOf(u'['));        // without an index
        }
        if (isCredentialName(name))
            failed.actual = u"[redacted: "_s + name + (header ? u" header]"_s : u" field]"_s);
    }
    failed.condition = message(failed.condition);
    failed.actual = message(redactJsonFields(failed.actual));
    return failed;
}

CallRecord Redactor::call(CallRecord record) const
{
    for (QString *value : {&record.integration, &record.check, &record.service, &record.route, &record.request.method,
                           &record.error, &record.retryDecision, &record.vendorRequestId, &record.gatewayRequestId})
        *value = anywhere(*value);
    record.reason = message(record.reason);
    record.request.url = url(record.request.url);
    auto cleanHeaders = [this](HeaderPairs &pairs) {
        pairs = headers(std::move(pairs));
        for (auto &[name, value] : pairs) {
            name = anywhere(name);
            value = message(value);
        }
    };
    auto contentType = [](const HeaderPairs &pairs) {
        for (const auto &[name, value] : pairs) {
            if (name.compare(u"Content-Type", Qt::CaseInsensitive) == 0)
                return value;
        }
        return QString();
    };
    cleanHeaders(record.request.headers);
    if (!record.requestBody.isEmpty()) {
        // Text bodies are read for fields and parameters; anything else loses secret values only.
        const QString text = QString::fromUtf8(record.requestBody);
        record.requestBody = text.toUtf8() == record.requestBody
                                 ? body(text, contentType(record.request.headers)).toUtf8()
                                 : anywhere(record.requestBody);
    }
    if (record.response) {
        cleanHeaders(record.response->headers);
        record.response->bodyExcerpt = body(record.response->bodyExcerpt, contentType(record.response->headers));
    }
    for (FailedCondition &failed : record.failedConditions)
        failed = condition(std::move(failed));
    return record;
}

Sample Redactor::sample(Sample sample) const
{
    sample.reason = message(sample.reason);
    for (FailedCondition &failed : sample.failedConditions)
        failed = condition(std::move(failed));
    if (sample.evidence)
        sample.evidence = call(*std::move(sample.evidence));
    return sample;
}

GatewayEvent Redactor::event(GatewayEvent event) const
{
    // Every text but the id and the cursor, which the gateway makes and the history keys on.
    auto clean = [this](QString &value) { value = text(value); };
    auto cleanHeaders = [this, &clean](HeaderPairs &pairs, bool keepSignatures) {
        pairs = headers(std::move(pairs), keepSignatures);
        for (auto &[name, value] : pairs)
            clean(name);
    };
    if (auto *call = std::get_if<FailedCall>(&event.detail)) {
        for (QString *value : {&call->integration, &call->service, &call->route, &call->request.method, &call->error,
                               &call->retryDecision, &call->vendorRequestId, &call->gatewayRequestId})
            clean(*value);
        call->request.url = url(call->request.url);
        cleanHeaders(call->request.headers, false);
        if (call->response) {
            cleanHeaders(call->response->headers, false);
            call->response->bodyExcerpt = excerpt(call->response->bodyExcerpt);
        }
    } else if (auto *delivery = std::get_if<WebhookDelivery>(&event.detail)) {
        for (QString *value : {&delivery->source, &delivery->topic, &delivery->verdict, &delivery->verdictReason})
            clean(*value);
        cleanHeaders(delivery->headers, true);
        delivery->body = bytes(delivery->body);
        delivery->responseExcerpt = excerpt(delivery->responseExcerpt);
        if (delivery->verification) {
            for (QString *value : {&delivery->verification->received, &delivery->verification->dedupeId,
                                   &delivery->verification->message})
                clean(*value);
        }
        for (DeliveryAttempt &attempt : delivery->attempts) {
            for (QString *value : {&attempt.id, &attempt.status, &attempt.triggerType})
                clean(*value);
            attempt.response = excerpt(attempt.response);
        }
    }
    return event;
}

QList<GatewayEvent> Redactor::events(QList<GatewayEvent> events) const
{
    for (GatewayEvent &e : events)
        e = event(std::move(e));
    return events;
}

} // namespace gw
