#include "gatewayfeed.h"

#include "historystore.h"
#include "quotaparser.h"
#include "webhookverifier.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSet>
#include <QSslConfiguration>

#include <algorithm>
#include <climits>
#include <cmath>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcFeed, "gatewatch.feed")

namespace gw {

namespace {

// Qualified calls (Text::tr) keep lupdate's context right inside helper classes.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(gw::GatewayEventFeed)
};

constexpr int knownVersion = 1;
constexpr qsizetype maxCursorLength = 1000; // the contract says 200; a little room, but bounded
constexpr qsizetype maxQuoted = 40;         // characters of a value quoted in a message
constexpr qsizetype maxProblems = 100;      // per page: a page of garbage is not 1000 messages
constexpr qsizetype maxBodyQuoted = 120;
constexpr std::chrono::milliseconds maxRetryAfter = std::chrono::hours(1);

// Secrets are taken out before a value is shortened: a cut-off secret would no longer be found.
QString quoted(const QString &raw, const Redactor &redactor)
{
    const QString value = redactor.text(raw);
    QString text = value.left(maxQuoted);
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control)
            c = u' ';
    }
    return u'\'' + text + (value.size() > maxQuoted ? u"…'"_s : u"'"_s);
}

QString describe(const QJsonValue &value, const Redactor &redactor)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::String:
        return quoted(value.toString(), redactor);
    case QJsonValue::Array:
        return Text::tr("a list");
    case QJsonValue::Object:
        return Text::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return Text::tr("nothing");
}

// Reads the fields of one JSON object; the first problem is kept (with the field's path) and
// later reads return defaults, so a decoder reads straight through and checks once at the end.
class Fields
{
public:
    Fields(const QJsonObject &object, QString path, std::optional<QString> *error, const Redactor &redactor)
        : m_object(object), m_path(std::move(path)), m_error(error), m_redactor(redactor)
    {}

    const Redactor &redactor() const { return m_redactor; }
    std::optional<QString> *error() const { return m_error; }

    bool failed() const { return m_error->has_value(); }

    void fail(const QString &message)
    {
        if (!*m_error)
            *m_error = message;
    }

    QString name(QLatin1StringView field) const { return m_path.isEmpty() ? QString(field) : m_path + u'.' + field; }

    QJsonValue value(QLatin1StringView field) const { return m_object.value(field); }

    bool present(QLatin1StringView field) const
    {
        const QJsonValue v = m_object.value(field);
        return !v.isUndefined() && !v.isNull();
    }

    void missing(QLatin1StringView field) { fail(Text::tr("field '%1' is missing").arg(name(field))); }

    void wrongType(QLatin1StringView field, const QString &expected)
    {
        fail(Text::tr("field '%1' is not %2: %3").arg(name(field), expected, describe(value(field), m_redactor)));
    }

    QString string(QLatin1StringView field, bool required)
    {
        const QJsonValue v = value(field);
        if (v.isString()) {
            if (required && v.toString().isEmpty())
                fail(Text::tr("field '%1' is empty").arg(name(field)));
            return v.toString();
        }
        if (v.isUndefined() || v.isNull()) {
            if (required)
                missing(field);
        } else {
            wrongType(field, Text::tr("a string"));
        }
        return {};
    }

    std::optional<qint64> time(QLatin1StringView field, bool required)
    {
        const QJsonValue v = value(field);
        if (v.isString()) {
            if (const std::optional<qint64> ms = parseRfc3339(v.toString()))
                return ms;
            fail(Text::tr("field '%1' is not an RFC 3339 time: %2").arg(name(field), quoted(v.toString(), m_redactor)));
        } else if (v.isUndefined() || v.isNull()) {
            if (required)
                missing(field);
        } else {
            wrongType(field, Text::tr("an RFC 3339 time"));
        }
        return std::nullopt;
    }

    std::optional<double> number(QLatin1StringView field)
    {
        const QJsonValue v = value(field);
        if (v.isDouble() && std::isfinite(v.toDouble()))
            return v.toDouble();
        if (!v.isUndefined() && !v.isNull())
            wrongType(field, Text::tr("a number"));
        return std::nullopt;
    }

    std::optional<qint64> integer(QLatin1StringView field, qint64 min, qint64 max, bool required)
    {
        const QJsonValue v = value(field);
        if (v.isDouble()) {
            const double d = v.toDouble();
            if (std::floor(d) == d && d >= static_cast<double>(min) && d <= static_cast<double>(max))
                return static_cast<qint64>(d);
            fail(Text::tr("field '%1' is not a whole number from %2 to %3: %4")
                     .arg(name(field))
                     .arg(min)
                     .arg(max)
                     .arg(describe(v, m_redactor)));
        } else if (v.isUndefined() || v.isNull()) {
            if (required)
                missing(field);
        } else {
            wrongType(field, Text::tr("a whole number"));
        }
        return std::nullopt;
    }

    bool boolean(QLatin1StringView field, bool fallback)
    {
        const QJsonValue v = value(field);
        if (v.isBool())
            return v.toBool();
        if (!v.isUndefined() && !v.isNull())
            wrongType(field, Text::tr("true or false"));
        return fallback;
    }

    std::optional<QJsonObject> object(QLatin1StringView field, bool required)
    {
        const QJsonValue v = value(field);
        if (v.isObject())
            return v.toObject();
        if (v.isUndefined() || v.isNull()) {
            if (required)
                missing(field);
        } else {
            wrongType(field, Text::tr("an object"));
        }
        return std::nullopt;
    }

    QJsonArray array(QLatin1StringView field)
    {
        const QJsonValue v = value(field);
        if (v.isArray())
            return v.toArray();
        if (!v.isUndefined() && !v.isNull())
            wrongType(field, Text::tr("a list"));
        return {};
    }

    HeaderPairs headers(QLatin1StringView field)
    {
        HeaderPairs result;
        const QJsonArray list = array(field);
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QJsonArray pair = list.at(i).toArray();
            if (!list.at(i).isArray() || pair.size() != 2 || !pair.at(0).isString() || !pair.at(1).isString()) {
                fail(Text::tr("field '%1' item %2 is not a [name, value] pair of strings").arg(name(field)).arg(i + 1));
                return {};
            }
            result.append({pair.at(0).toString(), pair.at(1).toString()});
        }
        return result;
    }

private:
    QJsonObject m_object;
    QString m_path;
    std::optional<QString> *m_error;
    const Redactor &m_redactor;
};

FailedCall readFailedCall(Fields &f, std::optional<QString> *error)
{
    FailedCall call;
    call.integration = f.string("integration"_L1, false);
    call.service = f.string("service"_L1, true);
    call.route = f.string("route"_L1, false);
    if (const std::optional<QJsonObject> request = f.object("request"_L1, true)) {
        Fields r(*request, f.name("request"_L1), error, f.redactor());
        call.request.method = r.string("method"_L1, true);
        call.request.url = r.string("url"_L1, true);
        call.request.headers = r.headers("headers"_L1);
    }
    if (const std::optional<QJsonObject> response = f.object("response"_L1, false)) {
        Fields r(*response, f.name("response"_L1), error, f.redactor());
        CallResponse out;
        out.status = static_cast<int>(r.integer("status"_L1, 0, 999, true).value_or(0));
        out.headers = r.headers("headers"_L1);
        out.bodyExcerpt = r.string("body_excerpt"_L1, false);
        out.bodyTruncated = r.boolean("body_truncated"_L1, false);
        call.response = out;
    }
    call.error = f.string("error"_L1, false);
    call.durationMs = f.number("duration_ms"_L1).value_or(0);
    call.attempt = static_cast<int>(f.integer("attempt"_L1, 1, INT_MAX, false).value_or(1));
    if (const std::optional<QJsonObject> retry = f.object("retry"_L1, false)) {
        Fields r(*retry, f.name("retry"_L1), error, f.redactor());
        call.retryDecision = r.string("decision"_L1, false);
        call.retryAfterMs = r.integer("after_ms"_L1, 0, std::numeric_limits<qint64>::max() / 2, false);
    }
    call.vendorRequestId = f.string("vendor_request_id"_L1, false);
    call.gatewayRequestId = f.string("gateway_request_id"_L1, false);
    return call;
}

// What Gatewatch added to a delivery when it took it in. Leniently read: a field that is not as
// written is left out rather than costing the delivery.
void readOwnReading(const QJsonObject &own, WebhookDelivery *delivery)
{
    if (const QJsonValue sent = own.value("sent_at"_L1); sent.isString())
        delivery->sentAtMs = parseRfc3339(sent.toString());
    const QJsonObject v = own.value("verification"_L1).toObject();
    const std::optional<WebhookVerdict> verdict = webhookVerdictFromName(v.value("verdict"_L1).toString());
    if (!verdict)
        return;
    WebhookVerification verification;
    verification.verdict = *verdict;
    verification.scheme = v.value("scheme"_L1).toString();
    verification.header = v.value("header"_L1).toString();
    verification.expected = v.value("expected"_L1).toString();
    verification.received = v.value("received"_L1).toString();
    if (const QJsonValue skew = v.value("skew_s"_L1); skew.isDouble())
        verification.skewSeconds = static_cast<qint64>(skew.toDouble());
    verification.matchedSecret = v.value("matched_secret"_L1).toString();
    verification.dedupeId = v.value("dedupe_id"_L1).toString();
    verification.message = v.value("message"_L1).toString();
    delivery->verification = verification;
}

WebhookDelivery readDelivery(Fields &f, std::optional<QString> *error)
{
    WebhookDelivery delivery;
    delivery.source = f.string("source"_L1, true);
    delivery.topic = f.string("topic"_L1, false);
    delivery.receivedAtMs = f.time("received_at"_L1, true).value_or(0);
    delivery.headers = f.headers("headers"_L1);
    const QString body = f.string("body_base64"_L1, false);
    if (!body.isEmpty()) {
        QByteArray::FromBase64Result decoded =
            QByteArray::fromBase64Encoding(body.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            decoded = QByteArray::fromBase64Encoding(body.toLatin1(), QByteArray::Base64UrlEncoding
                                                                          | QByteArray::AbortOnBase64DecodingErrors);
        if (decoded)
            delivery.body = std::move(decoded.decoded);
        else
            f.fail(Text::tr("field '%1' is not base64").arg(f.name("body_base64"_L1)));
    }
    if (const std::optional<QJsonObject> verdict = f.object("verdict"_L1, true)) {
        Fields v(*verdict, f.name("verdict"_L1), error, f.redactor());
        delivery.verdict = v.string("result"_L1, true);
        delivery.verdictReason = v.string("reason"_L1, false);
    }
    if (const std::optional<QJsonObject> response = f.object("response"_L1, false)) {
        Fields r(*response, f.name("response"_L1), error, f.redactor());
        const std::optional<qint64> status = r.integer("status"_L1, 0, 999, false);
        if (status)
            delivery.responseStatus = static_cast<int>(*status);
        delivery.responseExcerpt = r.string("body_excerpt"_L1, false);
    }
    const QJsonArray attempts = f.array("attempts"_L1);
    for (qsizetype i = 0; i < attempts.size() && !f.failed(); ++i) {
        const QString path = f.name("attempts"_L1) + u'[' + QString::number(i + 1) + u']';
        if (!attempts.at(i).isObject()) {
            f.fail(Text::tr("field '%1' is not an object: %2").arg(path, describe(attempts.at(i), f.redactor())));
            break;
        }
        Fields a(attempts.at(i).toObject(), path, error, f.redactor());
        DeliveryAttempt attempt;
        attempt.id = a.string("id"_L1, false);
        attempt.timestampMs = a.time("timestamp"_L1, true).value_or(0);
        if (const std::optional<qint64> code = a.integer("response_status_code"_L1, 0, 999, false))
            attempt.responseStatusCode = static_cast<int>(*code);
        attempt.response = a.string("response"_L1, false);
        attempt.responseDurationMs = a.number("response_duration_ms"_L1);
        attempt.status = a.string("status"_L1, true);
        attempt.triggerType = a.string("trigger_type"_L1, false);
        delivery.attempts.append(attempt);
    }
    delivery.nextAttemptMs = f.time("next_attempt"_L1, false);
    // Gatewatch's own reading, as the history keeps it; a gateway never sends it.
    if (const std::optional<QJsonObject> own = f.object("gatewatch"_L1, false))
        readOwnReading(*own, &delivery);
    return delivery;
}

QJsonValue orNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

template<typename T>
QJsonValue orNull(const std::optional<T> &value)
{
    return value ? QJsonValue(static_cast<double>(*value)) : QJsonValue(QJsonValue::Null);
}

QJsonArray headersToJson(const HeaderPairs &headers)
{
    QJsonArray list;
    for (const auto &[name, value] : headers)
        list.append(QJsonArray{name, value});
    return list;
}

// How a body looks, for a message: the error of a JSON error document, the title of an HTML
// page, or its first characters.
QString describeBody(const QByteArray &body, const Redactor &redactor)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (trimmed.startsWith('{')) {
        const QJsonObject error = QJsonDocument::fromJson(trimmed).object().value("error"_L1).toObject();
        const QString code = error.value("code"_L1).toString();
        const QString message = error.value("message"_L1).toString();
        if (!code.isEmpty() || !message.isEmpty()) {
            const QString text =
                redactor.text(code.isEmpty() ? message : (message.isEmpty() ? code : code + u": "_s + message));
            return text.size() > maxBodyQuoted ? text.left(maxBodyQuoted) + u'…' : text;
        }
    }
    // Redacted before it is shortened to what is shown (a secret cut in two would not be found).
    const QString text = redactor.text(QString::fromUtf8(trimmed.left(4096)));
    if (text.startsWith(u'<')) {
        static const QRegularExpression title(u"<title[^>]*>([^<]*)</title>"_s,
                                              QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch match = title.match(text);
        if (match.hasMatch() && !match.captured(1).trimmed().isEmpty())
            return Text::tr("an HTML page (%1)").arg(quoted(match.captured(1).simplified(), Redactor()));
        return Text::tr("an HTML page");
    }
    const QString simple = text.simplified();
    return u'\'' + simple.left(maxBodyQuoted) + (simple.size() > maxBodyQuoted ? u"…'"_s : u"'"_s);
}

QString secondsText(std::chrono::milliseconds ms)
{
    return QLocale().toString(static_cast<double>(ms.count()) / 1000.0, 'g', 4);
}

} // namespace

// ---- wire format ---------------------------------------------------------------------------------

std::optional<qint64> parseRfc3339(QStringView text)
{
    static const QRegularExpression pattern(
        uR"(^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$)"_s);
    const QRegularExpressionMatch m = pattern.match(text.toString());
    if (!m.hasMatch())
        return std::nullopt;
    auto number = [&m](int group) { return m.capturedView(group).toInt(); };
    const QDate date(number(1), number(2), number(3));
    int second = number(6);
    int ms = m.capturedView(7).isEmpty() ? 0 : m.captured(7).leftJustified(3, u'0').left(3).toInt();
    if (second == 60) { // a leap second: the last millisecond before the next minute
        second = 59;
        ms = 999;
    }
    const QTime time(number(4), number(5), second, ms);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    qint64 offsetMs = 0;
    if (m.capturedView(8).isEmpty()) {
        const int hours = number(10);
        const int minutes = number(11);
        if (hours > 23 || minutes > 59)
            return std::nullopt;
        offsetMs = (hours * 60LL + minutes) * 60'000 * (m.capturedView(9) == u"-" ? -1 : 1);
    }
    const qint64 utc = QDateTime(date, time, Qt::UTC).toMSecsSinceEpoch() - offsetMs;
    // An offset may carry the time out of the years RFC 3339 can write.
    const int year = QDateTime::fromMSecsSinceEpoch(utc, Qt::UTC).date().year();
    if (year < 1 || year > 9999)
        return std::nullopt;
    return utc;
}

QString formatRfc3339(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

Result<GatewayEvent> parseEvent(const QJsonObject &object, const Redactor &redactor)
{
    std::optional<QString> error;
    Fields f(object, {}, &error, redactor);
    GatewayEvent event;
    event.id = f.string("id"_L1, true);
    event.cursor = f.string("cursor"_L1, true);
    if (event.cursor.size() > maxCursorLength)
        f.fail(Text::tr("field 'cursor' is longer than %1 characters").arg(maxCursorLength));
    const QString type = f.string("type"_L1, true);
    event.timeMs = f.time("time"_L1, true).value_or(0);
    if (error)
        return Error{*error};
    switch (gatewayEventTypeFromWire(type).value_or(GatewayEventType(-1))) {
    case GatewayEventType::FailedCall:
        event.detail = readFailedCall(f, &error);
        break;
    case GatewayEventType::WebhookDelivery:
        event.detail = readDelivery(f, &error);
        break;
    default:
        return Error{Text::tr("unknown event type %1").arg(quoted(type, redactor))};
    }
    if (error)
        return Error{*error};
    return event;
}

Result<EventPage, EventPageError> parseEventPage(QByteArrayView body, const Redactor &redactor)
{
    if (body.trimmed().isEmpty())
        return EventPageError{Text::tr("the page is empty"), 0};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt may point one past the end of a body cut off inside a string.
        const qsizetype offset = std::clamp<qsizetype>(parseError.offset, 0, body.size());
        QString message = Text::tr("not JSON at byte %1: %2").arg(offset).arg(parseError.errorString());
        // What a body that is not JSON at all looks like helps; a broken JSON one is said by the offset.
        const QByteArray start = body.trimmed().first(std::min<qsizetype>(1, body.trimmed().size())).toByteArray();
        if (start != "{" && start != "[")
            message += u"; "_s + Text::tr("the body is %1").arg(describeBody(body.toByteArray(), redactor));
        return EventPageError{message, offset};
    }
    if (!document.isObject())
        return EventPageError{Text::tr("not an event page: the JSON is %1, not an object")
                                  .arg(document.isArray() ? Text::tr("a list") : Text::tr("a single value"))};
    const QJsonObject root = document.object();
    const QJsonValue version = root.value("version"_L1);
    if (version.isUndefined())
        return EventPageError{Text::tr("not an event page: it has no 'version'")};
    if (!version.isDouble() || std::floor(version.toDouble()) != version.toDouble() || version.toDouble() < 1)
        return EventPageError{
            Text::tr("field 'version' is not a version of the event feed: %1").arg(describe(version, redactor))};
    if (version.toDouble() > knownVersion) {
        const int newer = static_cast<int>(std::min(version.toDouble(), 1e9));
        return EventPageError{Text::tr("version %1 is newer than this Gatewatch understands (it reads version %2)")
                                  .arg(newer)
                                  .arg(knownVersion),
                              -1, newer};
    }

    EventPage page;
    std::optional<QString> error;
    Fields f(root, {}, &error, redactor);
    const QJsonValue events = root.value("events"_L1);
    if (!events.isArray())
        return EventPageError{events.isUndefined()
                                  ? Text::tr("field 'events' is missing")
                                  : Text::tr("field 'events' is not a list: %1").arg(describe(events, redactor))};
    page.nextCursor = f.string("next_cursor"_L1, false);
    page.hasMore = f.boolean("has_more"_L1, false);
    if (const std::optional<QJsonObject> gap = f.object("gap"_L1, false)) {
        Fields g(*gap, u"gap"_s, &error, redactor);
        EventGap out;
        out.reason = g.string("reason"_L1, false);
        if (out.reason.isEmpty())
            out.reason = u"unknown"_s;
        out.after = g.string("after"_L1, false);
        out.missed = g.integer("missed"_L1, 0, std::numeric_limits<qint64>::max() / 2, false);
        out.resumesAt = g.string("resumes_at"_L1, false);
        page.gap = out;
    }
    if (error)
        return EventPageError{*error};
    if (page.nextCursor.size() > maxCursorLength)
        return EventPageError{Text::tr("field 'next_cursor' is longer than %1 characters").arg(maxCursorLength)};

    const QJsonArray list = events.toArray();
    qsizetype unreported = 0;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject object = list.at(i).toObject();
        const QString id = object.value("id"_L1).toString();
        const QString where = id.isEmpty()
                                  ? Text::tr("event %1").arg(i + 1)
                                  : Text::tr("event %1 (id %2)").arg(i + 1).arg(quoted(id, redactor).mid(1).chopped(1));
        auto problem = [&](const QString &message) {
            if (page.problems.size() < maxProblems)
                page.problems.append(where + u": "_s + message);
            else
                ++unreported;
        };
        if (!list.at(i).isObject()) {
            problem(Text::tr("not an object but %1").arg(describe(list.at(i), redactor)));
            continue;
        }
        const QJsonValue type = object.value("type"_L1);
        if (type.isString() && !type.toString().isEmpty() && !gatewayEventTypeFromWire(type.toString())) {
            ++page.unknownTypes[type.toString().left(maxQuoted)];
            continue;
        }
        Result<GatewayEvent> event = parseEvent(object, redactor);
        if (event)
            page.events.append(std::move(event).value());
        else
            problem(event.error().message);
    }
    if (unreported > 0)
        page.problems.append(Text::tr("%n more events could not be read", "", static_cast<int>(unreported)));
    return page;
}

QJsonObject eventToJson(const GatewayEvent &event)
{
    QJsonObject o{
        {u"id"_s, event.id},
        {u"cursor"_s, event.cursor},
        {u"type"_s, wireName(event.type())},
        {u"time"_s, formatRfc3339(event.timeMs)},
    };
    if (const FailedCall *call = event.failedCall()) {
        o.insert(u"integration"_s, orNull(call->integration));
        o.insert(u"service"_s, call->service);
        o.insert(u"route"_s, orNull(call->route));
        o.insert(u"request"_s, QJsonObject{{u"method"_s, call->request.method},
                                           {u"url"_s, call->request.url},
                                           {u"headers"_s, headersToJson(call->request.headers)}});
        if (call->response) {
            o.insert(u"response"_s, QJsonObject{{u"status"_s, call->response->status},
                                                {u"headers"_s, headersToJson(call->response->headers)},
                                                {u"body_excerpt"_s, call->response->bodyExcerpt},
                                                {u"body_truncated"_s, call->response->bodyTruncated}});
        } else {
            o.insert(u"response"_s, QJsonValue::Null);
        }
        o.insert(u"error"_s, orNull(call->error));
        o.insert(u"duration_ms"_s, call->durationMs);
        o.insert(u"attempt"_s, call->attempt);
        o.insert(u"retry"_s, QJsonObject{{u"decision"_s, orNull(call->retryDecision)},
                                         {u"after_ms"_s, orNull(call->retryAfterMs)}});
        o.insert(u"vendor_request_id"_s, orNull(call->vendorRequestId));
        o.insert(u"gateway_request_id"_s, orNull(call->gatewayRequestId));
    } else if (const WebhookDelivery *delivery = event.webhookDelivery()) {
        o.insert(u"source"_s, delivery->source);
        o.insert(u"topic"_s, orNull(delivery->topic));
        o.insert(u"received_at"_s, formatRfc3339(delivery->receivedAtMs));
        o.insert(u"headers"_s, headersToJson(delivery->headers));
        o.insert(u"body_base64"_s, QString::fromLatin1(delivery->body.toBase64()));
        o.insert(u"verdict"_s,
                 QJsonObject{{u"result"_s, delivery->verdict}, {u"reason"_s, orNull(delivery->verdictReason)}});
        o.insert(u"response"_s, QJsonObject{{u"status"_s, orNull(delivery->responseStatus)},
                                            {u"body_excerpt"_s, orNull(delivery->responseExcerpt)}});
        QJsonArray attempts;
        for (const DeliveryAttempt &a : delivery->attempts) {
            attempts.append(QJsonObject{{u"id"_s, orNull(a.id)},
                                        {u"timestamp"_s, formatRfc3339(a.timestampMs)},
                                        {u"response_status_code"_s, orNull(a.responseStatusCode)},
                                        {u"response"_s, orNull(a.response)},
                                        {u"response_duration_ms"_s, orNull(a.responseDurationMs)},
                                        {u"status"_s, a.status},
                                        {u"trigger_type"_s, orNull(a.triggerType)}});
        }
        o.insert(u"attempts"_s, attempts);
        o.insert(u"next_attempt"_s,
                 delivery->nextAttemptMs ? QJsonValue(formatRfc3339(*delivery->nextAttemptMs)) : QJsonValue::Null);
        if (delivery->sentAtMs || delivery->verification) {
            QJsonObject own;
            if (delivery->sentAtMs)
                own.insert(u"sent_at"_s, formatRfc3339(*delivery->sentAtMs));
            if (const std::optional<WebhookVerification> &v = delivery->verification) {
                own.insert(
                    u"verification"_s,
                    QJsonObject{{u"verdict"_s, machineName(v->verdict)},
                                {u"scheme"_s, v->scheme},
                                {u"header"_s, v->header},
                                {u"expected"_s, v->expected},
                                {u"received"_s, v->received},
                                {u"skew_s"_s, v->skewSeconds ? QJsonValue(double(*v->skewSeconds)) : QJsonValue()},
                                {u"matched_secret"_s, v->matchedSecret},
                                {u"dedupe_id"_s, v->dedupeId},
                                {u"message"_s, v->message}});
            }
            o.insert(u"gatewatch"_s, own);
        }
    }
    return o;
}

// ---- the feed ------------------------------------------------------------------------------------

namespace {

// The configured secrets and the feed's header values. Messages lose every header value; events
// only those of credential headers, so that "application/json" stays readable in them.
QStringList secretsOf(const EventFeedOptions &options, bool credentialHeadersOnly)
{
    HeaderPairs headers;
    headers.reserve(options.headers.size());
    for (const auto &[name, value] : options.headers)
        headers.append({QString::fromUtf8(name), QString::fromUtf8(value)});
    return options.secrets + Redactor::headerSecrets(headers, credentialHeadersOnly);
}

// One line per unknown event type and feed in the log, not one per page.
void logUnknownTypeOnce(const QString &feed, const QString &type)
{
    static QSet<QString> logged;
    const QString key = feed + u'\n' + type;
    if (logged.size() < 1000 && !logged.contains(key)) {
        logged.insert(key);
        qCInfo(lcFeed, "%s: skipping events of unknown type '%s'", qUtf8Printable(feed), qUtf8Printable(type));
    }
}

} // namespace

GatewayEventFeed::GatewayEventFeed(QNetworkAccessManager *network, EventFeedOptions options, HistoryStore *store,
                                   QObject *parent)
    : QObject(parent), m_network(network), m_options(std::move(options)), m_store(store),
      m_redactor(secretsOf(m_options, true)), m_messageRedactor(secretsOf(m_options, false))
{
    m_displayUrl = m_messageRedactor.url(m_options.url.toString());
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer);
    connect(&m_deadline, &QTimer::timeout, this, &GatewayEventFeed::handleDeadline);
    m_next.setSingleShot(true);
    // A coarse timer may fire 5 % early, and Retry-After means "not before".
    m_next.setTimerType(Qt::PreciseTimer);
    connect(&m_next, &QTimer::timeout, this, &GatewayEventFeed::fetch);
    if (m_store) {
        connect(m_store, &HistoryStore::eventsCommitted, this, &GatewayEventFeed::handleCommitted);
        connect(m_store, &HistoryStore::statusChanged, this, &GatewayEventFeed::handleStoreStatus);
    }
}

GatewayEventFeed::~GatewayEventFeed()
{
    m_next.stop();
    dropReply();
}

void GatewayEventFeed::dropReply()
{
    m_deadline.stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void GatewayEventFeed::start()
{
    if (m_state != State::Stopped && m_state != State::Halted)
        return;
    ++m_generation;
    m_failures = 0;
    m_cursorKnown = false;
    m_pending.reset();
    readCursor();
}

void GatewayEventFeed::stop()
{
    ++m_generation;
    m_next.stop();
    dropReply();
    m_pending.reset();
    m_cursorKnown = false;
    setState(State::Stopped);
}

void GatewayEventFeed::setState(State state, const QString &message)
{
    const QString clean = m_messageRedactor.text(message);
    if (state == m_state && clean == m_stateMessage)
        return;
    m_state = state;
    m_stateMessage = clean;
    Q_EMIT stateChanged(state, clean);
}

void GatewayEventFeed::reportProblem(const QString &message)
{
    const QString clean = m_messageRedactor.text(message);
    qCInfo(lcFeed, "%s: %s", qUtf8Printable(m_options.name), qUtf8Printable(clean));
    Q_EMIT problem(clean);
}

bool GatewayEventFeed::storeBlocked(QString *why) const
{
    if (!m_store) {
        *why = tr("Paused: there is no history to record the events in");
        return true;
    }
    switch (m_store->status()) {
    case HistoryStore::Status::WriteFailing:
    case HistoryStore::Status::Unavailable:
        *why = m_storeMessage.isEmpty() ? tr("Paused while the history cannot be written")
                                        : tr("Paused while the history cannot be written: %1").arg(m_storeMessage);
        return true;
    case HistoryStore::Status::Opening:
    case HistoryStore::Status::Ok:
    case HistoryStore::Status::MovedAside:
        break;
    }
    return false;
}

void GatewayEventFeed::readCursor()
{
    setState(State::Starting);
    if (!m_store) {
        QString why;
        storeBlocked(&why);
        setState(State::Paused, why);
        return;
    }
    const quint64 generation = m_generation;
    m_store->readCursor(m_options.name, this, [this, generation](const HistoryStore::CursorAnswer &answer) {
        if (generation != m_generation || m_state != State::Starting)
            return;
        if (!answer) {
            setState(State::Paused, tr("Paused while the history cannot be read: %1").arg(answer.error().message));
            return;
        }
        m_cursor = answer->value_or(QString());
        m_cursorKnown = true;
        fetch();
    });
}

QUrl GatewayEventFeed::pageUrl() const
{
    // The configured URL's own query items stay as they were written; `after` and `limit` are ours.
    QUrl url = m_options.url;
    QStringList items;
    const QString query = url.query(QUrl::FullyEncoded);
    for (const QString &item : query.split(u'&', Qt::SkipEmptyParts)) {
        const QString name = QUrl::fromPercentEncoding(item.section(u'=', 0, 0).toUtf8());
        if (name != u"after" && name != u"limit")
            items.append(item);
    }
    if (!m_cursor.isEmpty())
        items.append(u"after="_s + QString::fromLatin1(QUrl::toPercentEncoding(m_cursor)));
    items.append(u"limit="_s + QString::number(m_options.pageSize));
    url.setQuery(items.join(u'&'), QUrl::StrictMode);
    return url;
}

void GatewayEventFeed::fetch()
{
    m_next.stop();
    if (m_state == State::Stopped || m_state == State::Halted || m_reply || m_pending)
        return;
    if (!m_cursorKnown) {
        readCursor();
        return;
    }
    QString why;
    if (storeBlocked(&why)) {
        setState(State::Paused, why);
        return;
    }
    QNetworkRequest request(pageUrl());
    for (const auto &[name, value] : std::as_const(m_options.headers))
        request.setRawHeader(name, value);
    request.setRawHeader("Accept", "application/json");
    // The feed's credentials go nowhere else.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    if (!m_options.extraCaCertificates.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(m_options.extraCaCertificates);
        request.setSslConfiguration(ssl);
    }
    // The deadline is ours and covers everything; Qt's own transfer timeout would only cover gaps.
    request.setTransferTimeout(0);
    m_body.clear();
    m_abortReason.clear();
    m_sslErrors.clear();
    m_reply = m_network->get(request);
    // Qt buffers without limit by default; one byte over the limit is all we need to see.
    m_reply->setReadBufferSize(m_options.maxBodyBytes + 1);
    connect(m_reply, &QNetworkReply::readyRead, this, &GatewayEventFeed::handleReadyRead);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &GatewayEventFeed::handleMetaData);
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) { m_sslErrors = errors; });
    connect(m_reply, &QNetworkReply::finished, this, &GatewayEventFeed::handleFinished);
    m_deadline.start(m_options.timeout);
    if (m_state != State::Fetching)
        setState(State::Fetching);
}

void GatewayEventFeed::handleReadyRead()
{
    if (!m_reply || !m_abortReason.isEmpty())
        return;
    const qint64 room = m_options.maxBodyBytes - m_body.size();
    const qint64 available = m_reply->bytesAvailable();
    if (available > room) {
        abortReply(tr("the page is larger than the limit of %1 bytes").arg(QLocale().toString(m_options.maxBodyBytes)));
        return;
    }
    m_body.append(m_reply->read(available));
}

void GatewayEventFeed::handleMetaData()
{
    if (!m_reply || !m_abortReason.isEmpty())
        return;
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_options.maxBodyBytes) {
        abortReply(tr("the page of %1 bytes is larger than the limit of %2 bytes")
                       .arg(QLocale().toString(length.toLongLong()), QLocale().toString(m_options.maxBodyBytes)));
    }
}

void GatewayEventFeed::handleDeadline()
{
    if (!m_reply)
        return;
    const bool headersSeen = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid();
    const QString limit = secondsText(m_options.timeout);
    abortReply(headersSeen ? tr("the page was not complete within %1 s (%2 bytes received)")
                                 .arg(limit, QLocale().toString(m_body.size()))
                           : tr("no answer within %1 s").arg(limit));
}

void GatewayEventFeed::abortReply(const QString &why)
{
    m_abortReason = why;
    if (m_reply)
        m_reply->abort(); // emits finished(), which reports the reason
}

void GatewayEventFeed::handleFinished()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    m_deadline.stop();
    reply->disconnect(this);
    reply->deleteLater();

    if (m_abortReason.isEmpty() && reply->bytesAvailable() > 0) {
        if (reply->bytesAvailable() > m_options.maxBodyBytes - m_body.size())
            m_abortReason =
                tr("the page is larger than the limit of %1 bytes").arg(QLocale().toString(m_options.maxBodyBytes));
        else
            m_body.append(reply->readAll());
    }
    const QString from = tr("the event feed at %1").arg(m_displayUrl);
    if (!m_abortReason.isEmpty()) {
        fail(tr("Could not read %1: %2").arg(from, m_abortReason));
        return;
    }

    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QNetworkReply::NetworkError error = reply->error();
    if (!statusAttribute.isValid() || error == QNetworkReply::RemoteHostClosedError
        || (error != QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied)) {
        QString reason;
        switch (error) {
        case QNetworkReply::HostNotFoundError:
            reason = tr("host '%1' not found").arg(m_options.url.host());
            break;
        case QNetworkReply::ConnectionRefusedError:
            reason = tr("connection refused by %1:%2")
                         .arg(m_options.url.host())
                         .arg(m_options.url.port(m_options.url.scheme() == u"https" ? 443 : 80));
            break;
        case QNetworkReply::RemoteHostClosedError:
            reason = statusAttribute.isValid()
                         ? tr("the connection closed before the whole page arrived (%1 bytes received)")
                               .arg(QLocale().toString(m_body.size()))
                         : tr("the connection closed before an answer");
            break;
        case QNetworkReply::SslHandshakeFailedError: {
            QStringList problems;
            for (const QSslError &e : std::as_const(m_sslErrors))
                problems.append(e.errorString());
            problems.removeDuplicates();
            reason = problems.isEmpty() ? tr("the TLS handshake failed") : tr("TLS: %1").arg(problems.join(u"; "_s));
            break;
        }
        default:
            // Qt's text may hold the whole request URL; only the redacted one is shown.
            reason = reply->errorString().replace(reply->url().toString(), m_displayUrl);
            break;
        }
        fail(tr("Could not read %1: %2").arg(from, reason));
        return;
    }

    const int status = statusAttribute.toInt();
    const QString phrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString().trimmed();
    QString statusText = u"HTTP "_s + QString::number(status);
    if (!phrase.isEmpty())
        statusText += u' ' + phrase;
    const QString body = describeBody(m_body, m_messageRedactor);
    if (status == 200) {
        Result<EventPage, EventPageError> page = parseEventPage(m_body, m_messageRedactor);
        if (page) {
            handlePage(page.value());
            return;
        }
        const QString message = tr("The page from %1 cannot be read: %2").arg(from, page.error().message);
        if (page.error().newerVersion > 0) {
            reportProblem(message);
            setState(State::Halted, message);
            return;
        }
        fail(message);
        return;
    }
    if (status == 401 || status == 403) {
        fail(tr("%1 from %2: the gateway does not accept the feed's credentials (the headers in the "
                "configuration)%3")
                 .arg(statusText, from, body.isEmpty() ? QString() : u": "_s + body));
        return;
    }
    if (status == 429) {
        ResponseFacts facts;
        facts.status = status;
        facts.headers = reply->rawHeaderPairs();
        const QuotaSignals quota = QuotaParser::parse(facts, QDateTime::currentDateTimeUtc());
        std::optional<std::chrono::milliseconds> wait;
        if (quota.retryAfterSeconds)
            wait = std::chrono::milliseconds(std::llround(std::min(*quota.retryAfterSeconds, 86'400.0) * 1000));
        fail(tr("%1 from %2: polled too often").arg(statusText, from), wait);
        return;
    }
    if (status == 400
        && QJsonDocument::fromJson(m_body).object().value("error"_L1).toObject().value("code"_L1) == u"bad_cursor"_s) {
        // Not a cursor this gateway made (another gateway behind the same URL): started again from
        // its oldest event, and the gap recorded. Events seen before are upserted, not repeated.
        reportProblem(tr("%1 from %2: it does not know the cursor '%3' (%4); reading its events from the oldest on")
                          .arg(statusText, from, m_cursor, body));
        EventGap gap;
        gap.reason = u"bad_cursor"_s;
        gap.after = m_cursor;
        if (!m_store) {
            readCursor(); // says why it pauses
            return;
        }
        m_pending = Pending{m_cursor, QString(), true, gap, {}};
        setState(State::Storing);
        m_store->appendEvents(m_options.name, {}, QString(), gap);
        return;
    }
    fail(tr("%1 from %2%3").arg(statusText, from, body.isEmpty() ? QString() : u": "_s + body));
}

void GatewayEventFeed::verifyDelivery(WebhookDelivery *delivery) const
{
    const auto check = m_options.webhooks.constFind(delivery->source);
    const QString schemeName = check != m_options.webhooks.cend() ? check->scheme : delivery->source;
    const WebhookHeaders headers = toWebhookHeaders(delivery->headers);
    if (const std::optional<WebhookScheme> scheme = webhookSchemeFromName(schemeName))
        delivery->sentAtMs = webhookSentAtMs(*scheme, headers);
    if (check == m_options.webhooks.cend())
        return;
    // As of the gateway's receipt: how late this feed reads it changes nothing.
    delivery->verification =
        verifyWebhook(check->scheme, headers, delivery->body, check->secrets, delivery->receivedAtMs / 1000);
}

void GatewayEventFeed::handlePage(const EventPage &page)
{
    m_failures = 0;
    for (const QString &problem : page.problems)
        reportProblem(tr("An event from %1 was left out: %2").arg(m_displayUrl, problem));
    for (auto it = page.unknownTypes.cbegin(); it != page.unknownTypes.cend(); ++it) {
        m_unknownSkipped += it.value();
        logUnknownTypeOnce(m_options.name, it.key());
    }

    QList<GatewayEvent> events;
    events.reserve(page.events.size());
    for (const GatewayEvent &event : page.events) {
        GatewayEvent mapped = event;
        if (auto *call = std::get_if<FailedCall>(&mapped.detail))
            call->integration = mapIntegration(m_options.routes, *call);
        else if (auto *delivery = std::get_if<WebhookDelivery>(&mapped.detail))
            verifyDelivery(delivery);
        events.append(m_redactor.event(std::move(mapped)));
    }
    QString next = page.nextCursor;
    if (next.isEmpty())
        next = page.events.isEmpty() ? m_cursor : page.events.constLast().cursor;

    if (events.isEmpty() && next == m_cursor && !page.gap) {
        m_next.start(m_options.interval);
        setState(State::Waiting);
        return;
    }
    if (!m_store) {
        readCursor(); // says why it pauses
        return;
    }
    m_pending = Pending{m_cursor, next, page.hasMore, page.gap, events};
    setState(State::Storing);
    m_store->appendEvents(m_options.name, events, next, page.gap);
    QString why;
    if (storeBlocked(&why))
        setState(State::Paused, why);
}

void GatewayEventFeed::handleCommitted(const QString &feed, int count, const QString &cursor)
{
    if (feed != m_options.name || !m_pending || cursor != m_pending->to)
        return;
    const Pending page = *m_pending;
    m_pending.reset();
    m_cursor = page.to;
    if (count > 0) {
        Q_EMIT eventsRecorded(page.events);
        Q_EMIT eventsArrived(count);
    }
    if (page.gap)
        Q_EMIT gapReported(*page.gap);
    // has_more is followed at once, unless the cursor did not move (which would go round forever).
    if (page.hasMore && page.to != page.from) {
        m_next.start(0);
        return;
    }
    m_next.start(m_options.interval);
    setState(State::Waiting);
}

void GatewayEventFeed::handleStoreStatus(HistoryStore::Status status, const QString &message)
{
    Q_UNUSED(status)
    m_storeMessage = message;
    QString why;
    const bool blocked = storeBlocked(&why);
    if (m_state == State::Storing && blocked) {
        setState(State::Paused, why);
    } else if (m_state == State::Paused && !blocked) {
        if (m_pending)
            setState(State::Storing);
        else if (!m_cursorKnown)
            readCursor();
        else
            fetch();
    }
}

void GatewayEventFeed::fail(const QString &message, std::optional<std::chrono::milliseconds> retryAfter)
{
    ++m_failures;
    std::chrono::milliseconds delay;
    if (retryAfter) {
        delay = std::clamp(*retryAfter, m_options.retryMin, maxRetryAfter);
    } else {
        const int doublings = std::min(m_failures - 1, 20);
        delay = std::min(m_options.retryMax, std::chrono::milliseconds(m_options.retryMin.count() << doublings));
    }
    reportProblem(message);
    m_next.start(delay);
    setState(State::Retrying, tr("%1; trying again in %2 s").arg(message, secondsText(delay)));
}

} // namespace gw
