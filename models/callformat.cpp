#include "callformat.h"

#include "failuresmodel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CallFormat)
};

QString utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonArray headersToJson(const HeaderPairs &headers)
{
    QJsonArray array;
    for (const auto &[name, value] : headers)
        array.append(QJsonArray{name, value});
    return array;
}

HeaderPairs headersFromJson(const QJsonValue &value)
{
    HeaderPairs headers;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &pair : array) {
        const QJsonArray nameValue = pair.toArray();
        if (nameValue.size() == 2)
            headers.append({nameValue.at(0).toString(), nameValue.at(1).toString()});
    }
    return headers;
}

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

std::optional<double> numberFrom(const QJsonValue &value)
{
    return value.isDouble() ? std::optional(value.toDouble()) : std::nullopt;
}

// The environment variable a redaction marker stands for in a cURL command.
const QRegularExpression &markerPattern()
{
    static const QRegularExpression pattern(u"\\[redacted: ([^\\]]+?)(?: header| parameter| field)?\\]"_s);
    return pattern;
}

QString variableName(const QString &what)
{
    QString name;
    for (const QChar c : what) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            name += c.toUpper();
        else if (!name.endsWith(u'_'))
            name += u'_';
    }
    while (name.endsWith(u'_'))
        name.chop(1);
    if (name.isEmpty() || name.front().isDigit())
        name.prepend(u"V_"_s);
    return name;
}

QString singleQuoted(const QString &text)
{
    return u'\'' + QString(text).replace(u"'"_s, u"'\\''"_s) + u'\'';
}

// Shell words for `text`, single-quoted, with each redaction marker spliced in as "$VARIABLE".
QString shellWord(const QString &text, QStringList *variables)
{
    QString word;
    qsizetype from = 0;
    QRegularExpressionMatchIterator it = markerPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (match.capturedStart() > from)
            word += singleQuoted(text.mid(from, match.capturedStart() - from));
        const QString variable = variableName(match.captured(1));
        if (!variables->contains(variable))
            variables->append(variable);
        word += u"\"$"_s + variable + u'"';
        from = match.capturedEnd();
    }
    if (from < text.size() || word.isEmpty())
        word += singleQuoted(text.mid(from));
    return word;
}

// Headers curl works out by itself, or that describe the connection rather than the request.
bool curlSetsItself(QStringView name)
{
    static const QStringView names[] = {u"Content-Length", u"Host", u"Connection", u"Accept-Encoding",
                                        u"Transfer-Encoding"};
    return std::any_of(std::begin(names), std::end(names),
                       [name](QStringView n) { return n.compare(name, Qt::CaseInsensitive) == 0; });
}

QString code(const QString &text)
{
    // A span that holds backticks needs a longer fence than any run inside it.
    int longest = 0;
    int run = 0;
    for (const QChar c : text) {
        run = c == u'`' ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    const QString fence(longest + 1, u'`');
    const QString pad = text.startsWith(u'`') || text.endsWith(u'`') ? u" "_s : QString();
    return fence + pad + QString(text).replace(u'\n', u' ') + pad + fence;
}

QString outcome(const CallRecord &call)
{
    if (call.response)
        return Text::tr("HTTP %1").arg(call.response->status);
    return call.error.isEmpty() ? Text::tr("no response") : Text::tr("no response (%1)").arg(call.error);
}

QString milliseconds(double ms)
{
    return Text::tr("%1 ms").arg(QLocale().toString(ms, 'f', 0));
}

} // namespace

QJsonObject callToJson(const CallRecord &call)
{
    QJsonObject o;
    if (call.id > 0)
        o.insert(u"id"_s, call.id);
    o.insert(u"time"_s, utc(call.timeMs));
    o.insert(u"origin"_s, machineName(call.origin));
    o.insert(u"integration"_s, call.integration);
    if (call.origin == CallOrigin::Check) {
        o.insert(u"check"_s, call.check);
    } else {
        o.insert(u"service"_s, call.service);
        o.insert(u"route"_s, call.route);
    }
    o.insert(u"attempt"_s, call.attempt);
    o.insert(u"succeeded"_s, call.succeeded);
    QJsonObject request{{u"method"_s, call.request.method},
                        {u"url"_s, call.request.url},
                        {u"headers"_s, headersToJson(call.request.headers)}};
    if (!call.requestBody.isEmpty())
        request.insert(u"body"_s, QString::fromUtf8(call.requestBody));
    o.insert(u"request"_s, request);
    if (call.response) {
        o.insert(u"response"_s, QJsonObject{{u"status"_s, call.response->status},
                                            {u"headers"_s, headersToJson(call.response->headers)},
                                            {u"body_excerpt"_s, call.response->bodyExcerpt},
                                            {u"body_truncated"_s, call.response->bodyTruncated}});
    } else {
        o.insert(u"response"_s, QJsonValue::Null);
    }
    o.insert(u"failure_class"_s, machineName(call.failureClass));
    o.insert(u"reason"_s, call.reason);
    QJsonArray conditions;
    for (const FailedCondition &condition : call.failedConditions)
        conditions.append(QJsonObject{{u"condition"_s, condition.condition}, {u"actual"_s, condition.actual}});
    o.insert(u"failed_conditions"_s, conditions);
    if (!call.error.isEmpty())
        o.insert(u"error"_s, call.error);
    o.insert(u"timing"_s, QJsonObject{{u"queue_ms"_s, call.timing.queueMs},
                                      {u"total_ms"_s, call.timing.totalMs},
                                      {u"connect_ms"_s, optionalNumber(call.timing.connectMs)},
                                      {u"tls_ms"_s, optionalNumber(call.timing.tlsMs)},
                                      {u"first_byte_ms"_s, optionalNumber(call.timing.firstByteMs)}});
    o.insert(u"vendor_request_id"_s, call.vendorRequestId);
    if (!call.gatewayRequestId.isEmpty())
        o.insert(u"gateway_request_id"_s, call.gatewayRequestId);
    if (!call.retryDecision.isEmpty())
        o.insert(u"retry_decision"_s, call.retryDecision);
    if (call.retryAfterMs)
        o.insert(u"retry_after_ms"_s, *call.retryAfterMs);
    return o;
}

Result<CallRecord> callFromJson(const QJsonObject &o)
{
    CallRecord call;
    call.id = o.value(u"id"_s).toInteger();
    const QDateTime time = QDateTime::fromString(o.value(u"time"_s).toString(), Qt::ISODateWithMs);
    if (!time.isValid())
        return Error{Text::tr("a call without a valid \"time\"")};
    call.timeMs = time.toMSecsSinceEpoch();
    const std::optional<CallOrigin> origin = callOriginFromName(o.value(u"origin"_s).toString());
    if (!origin)
        return Error{Text::tr("a call of unknown origin \"%1\"").arg(o.value(u"origin"_s).toString())};
    call.origin = *origin;
    call.integration = o.value(u"integration"_s).toString();
    call.check = o.value(u"check"_s).toString();
    call.service = o.value(u"service"_s).toString();
    call.route = o.value(u"route"_s).toString();
    call.attempt = o.value(u"attempt"_s).toInt(1);
    call.succeeded = o.value(u"succeeded"_s).toBool();
    const QJsonObject request = o.value(u"request"_s).toObject();
    call.request.method = request.value(u"method"_s).toString();
    call.request.url = request.value(u"url"_s).toString();
    call.request.headers = headersFromJson(request.value(u"headers"_s));
    call.requestBody = request.value(u"body"_s).toString().toUtf8();
    if (const QJsonValue response = o.value(u"response"_s); response.isObject()) {
        const QJsonObject r = response.toObject();
        call.response = CallResponse{r.value(u"status"_s).toInt(), headersFromJson(r.value(u"headers"_s)),
                                     r.value(u"body_excerpt"_s).toString(), r.value(u"body_truncated"_s).toBool()};
    }
    call.failureClass = failureClassFromName(o.value(u"failure_class"_s).toString()).value_or(FailureClass::None);
    call.reason = o.value(u"reason"_s).toString();
    const QJsonArray conditions = o.value(u"failed_conditions"_s).toArray();
    for (const QJsonValue &condition : conditions) {
        call.failedConditions.append(
            FailedCondition{condition[u"condition"_s].toString(), condition[u"actual"_s].toString()});
    }
    call.error = o.value(u"error"_s).toString();
    const QJsonObject timing = o.value(u"timing"_s).toObject();
    call.timing.queueMs = timing.value(u"queue_ms"_s).toDouble();
    call.timing.totalMs = timing.value(u"total_ms"_s).toDouble();
    call.timing.connectMs = numberFrom(timing.value(u"connect_ms"_s));
    call.timing.tlsMs = numberFrom(timing.value(u"tls_ms"_s));
    call.timing.firstByteMs = numberFrom(timing.value(u"first_byte_ms"_s));
    call.vendorRequestId = o.value(u"vendor_request_id"_s).toString();
    call.gatewayRequestId = o.value(u"gateway_request_id"_s).toString();
    call.retryDecision = o.value(u"retry_decision"_s).toString();
    if (const QJsonValue after = o.value(u"retry_after_ms"_s); after.isDouble())
        call.retryAfterMs = after.toInteger();
    return call;
}

QByteArray callsExport(const QList<CallRecord> &calls)
{
    QJsonArray array;
    for (const CallRecord &call : calls)
        array.append(callToJson(call));
    return QJsonDocument(QJsonObject{{u"calls"_s, array}}).toJson(QJsonDocument::Indented);
}

QString callSentence(const CallRecord &call)
{
    const QString what = call.request.method + u' ' + call.request.url;
    const QString where =
        call.checkOrRoute().isEmpty() ? call.integration : call.integration + u" / "_s + call.checkOrRoute();
    QString why;
    if (!call.failedConditions.isEmpty()) {
        const FailedCondition &first = call.failedConditions.constFirst();
        why = Text::tr("the condition %1 did not hold (it saw %2)").arg(first.condition, first.actual);
        if (call.failedConditions.size() > 1)
            why += Text::tr(", and %n more", nullptr, int(call.failedConditions.size() - 1));
    } else if (!call.reason.isEmpty()) {
        why = call.reason;
    } else {
        why = FailuresModel::failureClassText(call.failureClass);
    }
    if (call.succeeded) {
        return Text::tr("%1 (%2) answered %3 after %4.")
            .arg(what, where, outcome(call), milliseconds(call.timing.totalMs));
    }
    return Text::tr("%1 (%2) failed with %3 after %4: %5.")
        .arg(what, where, outcome(call), milliseconds(call.timing.totalMs), why);
}

QString markdownSummary(const CallRecord &call)
{
    QStringList lines;
    const QString where =
        call.checkOrRoute().isEmpty() ? call.integration : call.integration + u" / "_s + call.checkOrRoute();
    lines << Text::tr("**Failed call** · %1 · %2 UTC")
                 .arg(where, QDateTime::fromMSecsSinceEpoch(call.timeMs, Qt::UTC).toString(u"yyyy-MM-dd HH:mm:ss"_s));
    lines << u"- "_s + code(call.request.method + u' ' + call.request.url);
    lines << Text::tr("- Result: %1, %2 after %3")
                 .arg(outcome(call), machineName(call.failureClass), milliseconds(call.timing.totalMs));
    if (!call.reason.isEmpty())
        lines << Text::tr("- Reason: %1").arg(QString(call.reason).replace(u'\n', u' '));
    for (const FailedCondition &condition : call.failedConditions)
        lines << Text::tr("- Condition %1 saw %2").arg(code(condition.condition), code(condition.actual));
    if (!call.vendorRequestId.isEmpty())
        lines << Text::tr("- Vendor request id: %1").arg(code(call.vendorRequestId));
    if (!call.gatewayRequestId.isEmpty())
        lines << Text::tr("- Gateway request id: %1").arg(code(call.gatewayRequestId));
    if (call.attempt > 1)
        lines << Text::tr("- Attempt %1").arg(call.attempt);
    return lines.join(u'\n') + u'\n';
}

QString curlCommand(const CallRecord &call)
{
    QStringList variables;
    QStringList parts{u"curl"_s};
    const QString method = call.request.method.isEmpty() ? u"GET"_s : call.request.method.toUpper();
    if (method != u"GET" || !call.requestBody.isEmpty())
        parts << u"-X "_s + singleQuoted(method);
    parts << shellWord(call.request.url, &variables);
    for (const auto &[name, value] : call.request.headers) {
        if (!curlSetsItself(name))
            parts << u"-H "_s + shellWord(name + u": "_s + value, &variables);
    }
    if (!call.requestBody.isEmpty())
        parts << u"--data-binary "_s + shellWord(QString::fromUtf8(call.requestBody), &variables);
    return parts.join(u" \\\n  "_s);
}

QStringList curlVariables(const CallRecord &call)
{
    QStringList variables;
    shellWord(call.request.url, &variables);
    for (const auto &[name, value] : call.request.headers) {
        if (!curlSetsItself(name))
            shellWord(name + u": "_s + value, &variables);
    }
    if (!call.requestBody.isEmpty())
        shellWord(QString::fromUtf8(call.requestBody), &variables);
    return variables;
}

namespace {

// JSON re-indented as QJsonDocument::Indented would, but token by token: keys keep their order
// and numbers their digits (vendor ids beyond 2^53 would otherwise be rounded). `text` is valid JSON.
QString reindentJson(QStringView text)
{
    QString out;
    out.reserve(text.size() * 2);
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    const auto newline = [&out](int level) {
        out += u'\n';
        out += QString(level * 4, u' ');
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inString) {
            out += c;
            if (escaped)
                escaped = false;
            else if (c == u'\\')
                escaped = true;
            else if (c == u'"')
                inString = false;
            continue;
        }
        switch (c.unicode()) {
        case u'"':
            inString = true;
            out += c;
            break;
        case u'{':
        case u'[': {
            qsizetype next = i + 1;
            while (next < text.size() && text.at(next).isSpace())
                ++next;
            if (next < text.size() && (text.at(next) == u'}' || text.at(next) == u']')) {
                out += c; // empty: stays on one line
                out += text.at(next);
                i = next;
                break;
            }
            out += c;
            newline(++depth);
            break;
        }
        case u'}':
        case u']':
            newline(--depth);
            out += c;
            break;
        case u',':
            out += c;
            newline(depth);
            break;
        case u':':
            out += u": "_s;
            break;
        case u' ':
        case u'\t':
        case u'\n':
        case u'\r':
            break;
        default:
            out += c;
        }
    }
    return out;
}

} // namespace

std::optional<QString> prettyBody(const QString &body, const QString &contentType)
{
    const QString type = contentType.section(u';', 0, 0).trimmed().toLower();
    const QString trimmed = body.trimmed();
    const bool json =
        type.endsWith(u"json"_s) || (type.isEmpty() && (trimmed.startsWith(u'{') || trimmed.startsWith(u'[')));
    const bool xml = type.endsWith(u"xml"_s) || (type.isEmpty() && trimmed.startsWith(u'<'));
    if (json) {
        QJsonParseError error;
        QJsonDocument::fromJson(body.toUtf8(), &error); // only to know it is JSON
        if (error.error != QJsonParseError::NoError)
            return std::nullopt;
        return reindentJson(QStringView(body).trimmed());
    }
    if (xml) {
        QString out;
        QXmlStreamReader reader(body);
        QXmlStreamWriter writer(&out);
        writer.setAutoFormatting(true);
        writer.setAutoFormattingIndent(2);
        while (!reader.atEnd()) {
            reader.readNext();
            if (reader.hasError())
                return std::nullopt;
            if (reader.isWhitespace() || (reader.isStartDocument() && reader.documentVersion().isEmpty()))
                continue;
            writer.writeCurrentToken(reader);
        }
        if (reader.hasError())
            return std::nullopt;
        return out.trimmed();
    }
    return std::nullopt;
}

QList<DiffLine> lineDiff(const QStringList &beforeAll, const QStringList &afterAll, int maxLines)
{
    auto cut = [maxLines](const QStringList &lines) {
        if (lines.size() <= maxLines)
            return lines;
        QStringList kept = lines.first(maxLines);
        kept << Text::tr("… %n more lines not compared", nullptr, int(lines.size() - maxLines));
        return kept;
    };
    const QStringList before = cut(beforeAll);
    const QStringList after = cut(afterAll);

    // Common head and tail first: responses mostly differ in a few places.
    qsizetype head = 0;
    while (head < before.size() && head < after.size() && before.at(head) == after.at(head))
        ++head;
    qsizetype tail = 0;
    while (tail < before.size() - head && tail < after.size() - head
           && before.at(before.size() - 1 - tail) == after.at(after.size() - 1 - tail))
        ++tail;

    QList<DiffLine> out;
    for (qsizetype i = 0; i < head; ++i)
        out.append({DiffLine::Same, before.at(i)});

    // Longest common subsequence over the middle (at most maxLines² cells).
    const qsizetype n = before.size() - head - tail;
    const qsizetype m = after.size() - head - tail;
    std::vector<int> lcs(static_cast<size_t>((n + 1) * (m + 1)), 0);
    auto at = [&](qsizetype i, qsizetype j) -> int & { return lcs[static_cast<size_t>(i * (m + 1) + j)]; };
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j) {
            at(i, j) =
                before.at(head + i) == after.at(head + j) ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
        }
    }
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && before.at(head + i) == after.at(head + j)) {
            out.append({DiffLine::Same, before.at(head + i)});
            ++i;
            ++j;
        } else if (i < n && (j == m || at(i + 1, j) >= at(i, j + 1))) {
            out.append({DiffLine::Removed, before.at(head + i)});
            ++i;
        } else {
            out.append({DiffLine::Added, after.at(head + j)});
            ++j;
        }
    }
    for (qsizetype k = before.size() - tail; k < before.size(); ++k)
        out.append({DiffLine::Same, before.at(k)});
    return out;
}

QStringList comparableLines(const CallRecord &call)
{
    // Headers that differ on every answer and so say nothing about what went wrong.
    static const QSet<QString> volatileHeaders{u"date"_s,
                                               u"x-request-id"_s,
                                               u"request-id"_s,
                                               u"x-slack-req-id"_s,
                                               u"cf-ray"_s,
                                               u"x-github-request-id"_s,
                                               u"age"_s,
                                               u"expires"_s,
                                               u"set-cookie"_s,
                                               u"x-amzn-requestid"_s,
                                               u"x-amz-request-id"_s,
                                               u"content-length"_s};
    QStringList lines;
    if (!call.response) {
        lines << Text::tr("(no response: %1)").arg(call.error.isEmpty() ? call.reason : call.error);
        return lines;
    }
    lines << u"HTTP "_s + QString::number(call.response->status);
    QStringList headers;
    for (const auto &[name, value] : call.response->headers) {
        if (!volatileHeaders.contains(name.toLower()))
            headers << name.toLower() + u": "_s + value;
    }
    headers.sort();
    lines << headers << QString();
    const QString body = prettyBody(call.response->bodyExcerpt, headerValue(call.response->headers, u"Content-Type"))
                             .value_or(call.response->bodyExcerpt);
    lines << body.split(u'\n');
    return lines;
}

} // namespace gw
