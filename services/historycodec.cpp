#include "historycodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

constexpr quint8 listedFormat = 1;
constexpr quint8 histogramFormat = 2;

void appendVarint(QByteArray &out, quint64 value)
{
    while (value >= 0x80) {
        out.append(static_cast<char>((value & 0x7f) | 0x80));
        value >>= 7;
    }
    out.append(static_cast<char>(value));
}

template<std::size_t N>
void appendCounts(QByteArray &out, const std::array<quint32, N> &counts)
{
    quint64 mask = 0;
    for (std::size_t i = 0; i < N; ++i) {
        if (counts[i] > 0)
            mask |= quint64(1) << i;
    }
    appendVarint(out, mask);
    for (std::size_t i = 0; i < N; ++i) {
        if (counts[i] > 0)
            appendVarint(out, counts[i]);
    }
}

class Reader
{
public:
    explicit Reader(QByteArrayView data) : m_data(data) {}

    qsizetype position() const { return m_pos; }
    QByteArrayView rest() const { return m_data.sliced(m_pos); }

    std::optional<quint8> byte()
    {
        if (m_pos >= m_data.size())
            return std::nullopt;
        return static_cast<quint8>(m_data[m_pos++]);
    }

    std::optional<quint64> varint()
    {
        quint64 value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            const std::optional<quint8> b = byte();
            if (!b)
                return std::nullopt;
            value |= quint64(*b & 0x7fu) << shift;
            if ((*b & 0x80u) == 0)
                return value;
        }
        return std::nullopt;
    }

    template<std::size_t N>
    bool counts(std::array<quint32, N> &out)
    {
        const std::optional<quint64> mask = varint();
        if (!mask || (*mask >> N) != 0)
            return false;
        for (std::size_t i = 0; i < N; ++i) {
            if ((*mask & (quint64(1) << i)) == 0)
                continue;
            const std::optional<quint64> n = varint();
            if (!n || *n == 0 || *n > std::numeric_limits<quint32>::max())
                return false;
            out[i] = static_cast<quint32>(*n);
        }
        return true;
    }

private:
    QByteArrayView m_data;
    qsizetype m_pos = 0;
};

Error cellError(const QString &what, qsizetype position)
{
    return Error{u"rollup cell: "_s + what, position};
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

QVariant textOrNull(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value);
}

// For NOT NULL columns: the driver binds a null QString as NULL.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(u""_s) : QVariant(value);
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
    for (const QJsonValue &pair : value.toArray()) {
        const QJsonArray nameValue = pair.toArray();
        headers.append({nameValue.at(0).toString(), nameValue.at(1).toString()});
    }
    return headers;
}

std::optional<double> optionalDouble(const QJsonValue &value)
{
    return value.isDouble() ? std::optional(value.toDouble()) : std::nullopt;
}

// At most maxCallBodyBytes of UTF-8, cut between characters.
bool cutText(QString &text)
{
    if (text.size() * 3 <= maxCallBodyBytes)
        return false;
    QByteArray utf8 = text.toUtf8();
    if (utf8.size() <= maxCallBodyBytes)
        return false;
    qsizetype cut = maxCallBodyBytes;
    while (cut > 0 && (static_cast<quint8>(utf8.at(cut)) & 0xc0) == 0x80)
        --cut;
    text = QString::fromUtf8(utf8.first(cut));
    return true;
}

QJsonObject callToJson(const CallRecord &record)
{
    QJsonObject timing{{u"queue_ms"_s, record.timing.queueMs},
                       {u"total_ms"_s, record.timing.totalMs},
                       {u"connect_ms"_s, orNull(record.timing.connectMs)},
                       {u"tls_ms"_s, orNull(record.timing.tlsMs)},
                       {u"first_byte_ms"_s, orNull(record.timing.firstByteMs)}};
    QJsonArray conditions;
    for (const FailedCondition &c : record.failedConditions)
        conditions.append(QJsonObject{{u"condition"_s, c.condition}, {u"actual"_s, c.actual}});
    QJsonObject o{
        {u"time"_s, static_cast<double>(record.timeMs)},
        {u"origin"_s, machineName(record.origin)},
        {u"integration"_s, record.integration},
        {u"check"_s, orNull(record.check)},
        {u"service"_s, orNull(record.service)},
        {u"route"_s, orNull(record.route)},
        {u"attempt"_s, record.attempt},
        {u"succeeded"_s, record.succeeded},
        {u"request"_s, QJsonObject{{u"method"_s, record.request.method},
                                   {u"url"_s, record.request.url},
                                   {u"headers"_s, headersToJson(record.request.headers)}}},
        {u"request_body_base64"_s,
         record.requestBody.isEmpty()
             ? QJsonValue(QJsonValue::Null)
             : QJsonValue(QString::fromLatin1(
                 record.requestBody.first(std::min(record.requestBody.size(), maxCallBodyBytes)).toBase64()))},
        {u"failure_class"_s, machineName(record.failureClass)},
        {u"reason"_s, record.reason},
        {u"failed_conditions"_s, conditions},
        {u"error"_s, orNull(record.error)},
        {u"timing"_s, timing},
        {u"vendor_request_id"_s, orNull(record.vendorRequestId)},
        {u"gateway_request_id"_s, orNull(record.gatewayRequestId)},
        {u"retry_decision"_s, orNull(record.retryDecision)},
        {u"retry_after_ms"_s, orNull(record.retryAfterMs)},
    };
    if (record.response) {
        QString body = record.response->bodyExcerpt;
        const bool cut = cutText(body);
        o.insert(u"response"_s, QJsonObject{{u"status"_s, record.response->status},
                                            {u"headers"_s, headersToJson(record.response->headers)},
                                            {u"body"_s, body},
                                            {u"body_truncated"_s, record.response->bodyTruncated || cut}});
    } else {
        o.insert(u"response"_s, QJsonValue::Null);
    }
    return o;
}

QJsonObject parseObject(QByteArrayView data, const QString &what, Error *error)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(data.toByteArray(), &parseError);
    if (!document.isObject()) {
        *error =
            Error{what + u": "_s
                      + (parseError.error != QJsonParseError::NoError ? parseError.errorString() : u"not an object"_s),
                  parseError.offset};
    }
    return document.object();
}

Result<CallRecord> recordFromJson(const QJsonObject &o)
{
    const std::optional<CallOrigin> origin = callOriginFromName(o.value(u"origin"_s).toString());
    if (!origin || !o.value(u"time"_s).isDouble())
        return Error{u"call: no origin or time"_s};
    CallRecord record;
    record.timeMs = static_cast<qint64>(o.value(u"time"_s).toDouble());
    record.origin = *origin;
    record.integration = o.value(u"integration"_s).toString();
    record.check = o.value(u"check"_s).toString();
    record.service = o.value(u"service"_s).toString();
    record.route = o.value(u"route"_s).toString();
    record.attempt = o.value(u"attempt"_s).toInt(1);
    record.succeeded = o.value(u"succeeded"_s).toBool();
    const QJsonObject request = o.value(u"request"_s).toObject();
    record.request.method = request.value(u"method"_s).toString();
    record.request.url = request.value(u"url"_s).toString();
    record.request.headers = headersFromJson(request.value(u"headers"_s));
    record.requestBody = QByteArray::fromBase64(o.value(u"request_body_base64"_s).toString().toLatin1());
    if (const QJsonValue response = o.value(u"response"_s); response.isObject()) {
        const QJsonObject r = response.toObject();
        record.response = CallResponse{r.value(u"status"_s).toInt(), headersFromJson(r.value(u"headers"_s)),
                                       r.value(u"body"_s).toString(), r.value(u"body_truncated"_s).toBool()};
    }
    record.failureClass = failureClassFromName(o.value(u"failure_class"_s).toString()).value_or(FailureClass::None);
    record.reason = o.value(u"reason"_s).toString();
    for (const QJsonValue &c : o.value(u"failed_conditions"_s).toArray()) {
        const QJsonObject condition = c.toObject();
        record.failedConditions.append(
            {condition.value(u"condition"_s).toString(), condition.value(u"actual"_s).toString()});
    }
    record.error = o.value(u"error"_s).toString();
    const QJsonObject timing = o.value(u"timing"_s).toObject();
    record.timing.queueMs = timing.value(u"queue_ms"_s).toDouble();
    record.timing.totalMs = timing.value(u"total_ms"_s).toDouble();
    record.timing.connectMs = optionalDouble(timing.value(u"connect_ms"_s));
    record.timing.tlsMs = optionalDouble(timing.value(u"tls_ms"_s));
    record.timing.firstByteMs = optionalDouble(timing.value(u"first_byte_ms"_s));
    record.vendorRequestId = o.value(u"vendor_request_id"_s).toString();
    record.gatewayRequestId = o.value(u"gateway_request_id"_s).toString();
    record.retryDecision = o.value(u"retry_decision"_s).toString();
    if (const std::optional<double> after = optionalDouble(o.value(u"retry_after_ms"_s)))
        record.retryAfterMs = static_cast<qint64>(*after);
    return record;
}

} // namespace

void RollupCell::add(const HistorySample &sample)
{
    rollup.add(sample);
    if (!listed || !sample.latencyMs)
        return;
    if (latenciesUs.size() >= maxListed) {
        listed = false;
        latenciesUs.clear();
        return;
    }
    latenciesUs.append(toMicroseconds(*sample.latencyMs));
}

void RollupCell::merge(const Rollup &other)
{
    rollup.merge(other);
    if (other.latency.count() > 0) {
        listed = false;
        latenciesUs.clear();
    }
}

QByteArray RollupCell::toBlob() const
{
    QByteArray out;
    out.reserve(listed ? 8 + 3 * latenciesUs.size() : 64);
    out.append(static_cast<char>(listed ? listedFormat : histogramFormat));
    appendCounts(out, rollup.states);
    appendCounts(out, rollup.failures);
    if (listed) {
        appendVarint(out, static_cast<quint64>(latenciesUs.size()));
        for (const qint64 us : latenciesUs)
            appendVarint(out, static_cast<quint64>(std::max<qint64>(us, 0)));
    } else {
        out.append(rollup.latency.toBlob());
    }
    return out;
}

Result<RollupCell> RollupCell::fromBlob(QByteArrayView blob, qint64 startMs)
{
    Reader in(blob);
    RollupCell cell;
    cell.rollup.startMs = startMs;
    const std::optional<quint8> format = in.byte();
    if (!format || (*format != listedFormat && *format != histogramFormat))
        return cellError(u"unknown format"_s, 0);
    if (!in.counts(cell.rollup.states) || !in.counts(cell.rollup.failures))
        return cellError(u"bad counts"_s, in.position());
    if (*format == histogramFormat) {
        Result<LatencyHistogram> histogram = LatencyHistogram::fromBlob(in.rest());
        if (!histogram)
            return cellError(histogram.error().message, in.position() + histogram.error().position);
        cell.rollup.latency = std::move(histogram).value();
        cell.listed = false;
        return cell;
    }
    const std::optional<quint64> n = in.varint();
    if (!n || *n > static_cast<quint64>(maxListed))
        return cellError(u"bad number of latencies"_s, in.position());
    cell.latenciesUs.reserve(static_cast<qsizetype>(*n));
    for (quint64 i = 0; i < *n; ++i) {
        const std::optional<quint64> us = in.varint();
        if (!us || *us > static_cast<quint64>(std::numeric_limits<qint64>::max()))
            return cellError(u"bad latency"_s, in.position());
        cell.latenciesUs.append(static_cast<qint64>(*us));
        cell.rollup.latency.add(static_cast<double>(*us) / 1000.0);
    }
    if (!in.rest().isEmpty())
        return cellError(u"trailing bytes"_s, in.position());
    return cell;
}

qint64 toMicroseconds(double ms)
{
    if (!std::isfinite(ms) || ms <= 0)
        return 0;
    return std::llround(std::min(ms * 1000.0, 9.0e15));
}

HistorySample roundedToMicroseconds(HistorySample sample)
{
    if (sample.latencyMs)
        sample.latencyMs = static_cast<double>(toMicroseconds(*sample.latencyMs)) / 1000.0;
    sample.queueMs = static_cast<double>(toMicroseconds(sample.queueMs)) / 1000.0;
    return sample;
}

QString sampleColumns()
{
    return u"t_ms, state, latency_us, queue_us, http_status, failure_class, reason"_s;
}

HistorySample sampleFromRow(const QSqlQuery &query, int first)
{
    HistorySample sample;
    sample.atMs = query.value(first).toLongLong();
    sample.state = healthStatusFromStorage(query.value(first + 1).toInt()).value_or(HealthStatus::Unknown);
    const QVariant latency = query.value(first + 2);
    if (!latency.isNull())
        sample.latencyMs = static_cast<double>(latency.toLongLong()) / 1000.0;
    sample.queueMs = static_cast<double>(query.value(first + 3).toLongLong()) / 1000.0;
    sample.httpStatus = query.value(first + 4).toInt();
    const QVariant failureClass = query.value(first + 5);
    if (!failureClass.isNull())
        sample.failureClass = failureClassFromStorage(failureClass.toInt()).value_or(FailureClass::None);
    sample.reason = query.value(first + 6).toString();
    return sample;
}

int storageCode(CallOrigin origin)
{
    return origin == CallOrigin::Check ? 0 : 1;
}

std::optional<CallOrigin> callOriginFromStorage(int code)
{
    if (code == 0)
        return CallOrigin::Check;
    if (code == 1)
        return CallOrigin::Gateway;
    return std::nullopt;
}

QByteArray callToData(const CallRecord &record, const GatewayEvent *event, const QString &feed)
{
    QJsonObject o = callToJson(record);
    if (event) {
        const FailedCall *call = event->failedCall();
        o.insert(u"event"_s, QJsonObject{{u"id"_s, event->id},
                                         {u"cursor"_s, event->cursor},
                                         {u"feed"_s, orNull(feed)},
                                         {u"vendor_request_id"_s, orNull(call ? call->vendorRequestId : QString())}});
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<CallRecord> callFromData(QByteArrayView data)
{
    Error error;
    const QJsonObject o = parseObject(data, u"call"_s, &error);
    if (!error.message.isEmpty())
        return error;
    return recordFromJson(o);
}

Result<GatewayEvent> gatewayEventFromData(QByteArrayView data)
{
    Error error;
    const QJsonObject o = parseObject(data, u"call"_s, &error);
    if (!error.message.isEmpty())
        return error;
    Result<CallRecord> record = recordFromJson(o);
    if (!record)
        return record.error();
    const QJsonObject event = o.value(u"event"_s).toObject();
    if (record->origin != CallOrigin::Gateway || event.isEmpty())
        return Error{u"call: not from a gateway's event"_s};
    FailedCall call;
    call.integration = record->integration;
    call.service = record->service;
    call.route = record->route;
    call.request = record->request;
    call.response = record->response;
    call.error = record->error;
    call.durationMs = record->timing.totalMs;
    call.attempt = record->attempt;
    call.retryDecision = record->retryDecision;
    call.retryAfterMs = record->retryAfterMs;
    call.vendorRequestId = event.value(u"vendor_request_id"_s).toString();
    call.gatewayRequestId = record->gatewayRequestId;
    GatewayEvent result;
    result.id = event.value(u"id"_s).toString();
    result.cursor = event.value(u"cursor"_s).toString();
    result.timeMs = record->timeMs;
    result.detail = std::move(call);
    return result;
}

namespace {

// The columns of a call, in the order bindCall() binds them.
QString callColumns()
{
    return u"t_ms, origin, integration, check_or_route, service, route, attempt, method, url, status, failure_class,"
           " reason, total_ms, vendor_id, gateway_id, succeeded, event_id"_s;
}

void bindCall(QSqlQuery &query, const CallRecord &record, const GatewayEvent *event)
{
    const QList<QVariant> values{
        record.timeMs,
        storageCode(record.origin),
        text(record.integration),
        text(record.checkOrRoute()),
        textOrNull(record.service),
        textOrNull(record.route),
        record.attempt,
        text(record.request.method),
        text(record.request.url),
        record.response ? record.response->status : 0,
        storageCode(record.failureClass),
        text(record.reason),
        record.timing.totalMs,
        textOrNull(record.vendorRequestId),
        textOrNull(record.gatewayRequestId),
        record.succeeded ? 1 : 0,
        event ? QVariant(event->id) : QVariant(QMetaType(QMetaType::QString)),
    };
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(static_cast<int>(i), values.at(i));
}

} // namespace

CallWriter::CallWriter(const QSqlDatabase &db) : m_upsert(db), m_data(db)
{
    // RETURNING says which row was added or replaced; none when an older version was left alone.
    const bool prepared =
        m_upsert.prepare(u"INSERT INTO calls("_s + callColumns()
                         + u") VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                           " ON CONFLICT(event_id) WHERE event_id IS NOT NULL DO UPDATE SET t_ms = excluded.t_ms,"
                           " origin = excluded.origin, integration = excluded.integration,"
                           " check_or_route = excluded.check_or_route, service = excluded.service,"
                           " route = excluded.route, attempt = excluded.attempt, method = excluded.method,"
                           " url = excluded.url, status = excluded.status, failure_class = excluded.failure_class,"
                           " reason = excluded.reason, total_ms = excluded.total_ms, vendor_id = excluded.vendor_id,"
                           " gateway_id = excluded.gateway_id, succeeded = excluded.succeeded"
                           " WHERE excluded.t_ms >= calls.t_ms RETURNING id"_s)
        && m_data.prepare(u"INSERT OR REPLACE INTO call_data(id, data) VALUES(?, ?)"_s);
    if (!prepared)
        m_prepareError = DbError::from(m_upsert.lastError().isValid() ? m_upsert.lastError() : m_data.lastError());
}

std::optional<DbError> CallWriter::write(const CallRecord &record, const GatewayEvent *event, const QString &feed)
{
    if (m_prepareError)
        return m_prepareError;
    bindCall(m_upsert, record, event);
    if (!m_upsert.exec())
        return DbError::from(m_upsert.lastError());
    const bool written = m_upsert.next();
    const qint64 id = written ? m_upsert.value(0).toLongLong() : 0;
    m_upsert.finish();
    if (!written)
        return std::nullopt;
    m_data.bindValue(0, id);
    m_data.bindValue(1, QString::fromUtf8(callToData(record, event, feed)));
    if (!m_data.exec())
        return DbError::from(m_data.lastError());
    return std::nullopt;
}

QString callSummaryColumns()
{
    return u"id, t_ms, origin, integration, check_or_route, attempt, method, url, status, failure_class, reason,"
           " total_ms, vendor_id"_s;
}

CallSummary callSummaryFromRow(const QSqlQuery &query, int first)
{
    CallSummary summary;
    summary.id = query.value(first).toLongLong();
    summary.timeMs = query.value(first + 1).toLongLong();
    summary.origin = callOriginFromStorage(query.value(first + 2).toInt()).value_or(CallOrigin::Check);
    summary.integration = query.value(first + 3).toString();
    summary.checkOrRoute = query.value(first + 4).toString();
    summary.attempt = query.value(first + 5).toInt();
    summary.method = query.value(first + 6).toString();
    summary.url = query.value(first + 7).toString();
    summary.status = query.value(first + 8).toInt();
    summary.failureClass = failureClassFromStorage(query.value(first + 9).toInt()).value_or(FailureClass::None);
    summary.reason = query.value(first + 10).toString();
    summary.totalMs = query.value(first + 11).toDouble();
    summary.vendorRequestId = query.value(first + 12).toString();
    return summary;
}

} // namespace gw
