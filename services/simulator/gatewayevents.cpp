#include "gatewayevents.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace gw::sim {

namespace {

constexpr int MaxCallAttempts = 3;
constexpr qsizetype BodyExcerptLimit = 64 * 1024;
constexpr qsizetype DefaultLimit = 100;
constexpr qsizetype MaxLimit = 1000;
constexpr qsizetype MaxPageBytes = 16 * 1024 * 1024;
// Svix's schedule: the first attempt at once, then these waits after each failed one.
constexpr std::chrono::milliseconds ForwardDelays[] = {5s, 5min, 30min, 2h, 5h, 10h, 10h};
constexpr int MaxForwardAttempts = int(std::size(ForwardDelays)) + 1;

// z for the 95th percentile of a standard normal distribution.
constexpr double Z95 = 1.6448536269514722;

QString iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonArray headerArray(const HeaderList &headers)
{
    QJsonArray out;
    for (const auto &[name, value] : headers)
        out.append(QJsonArray{QString::fromLatin1(name), QString::fromUtf8(value)});
    return out;
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QByteArray errorBody(const QByteArray &code, const QString &message)
{
    return QJsonDocument(
               QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, QString::fromLatin1(code)}, {u"message"_s, message}}}})
        .toJson(QJsonDocument::Compact);
}

// The header each vendor names its request id in.
QByteArray vendorRequestIdHeader(const QString &vendor)
{
    if (vendor == u"shopify"_s || vendor == u"chatwoot"_s)
        return "X-Request-Id";
    if (vendor == u"stripe"_s)
        return "Request-Id";
    if (vendor == u"slack"_s)
        return "x-slack-req-id";
    return {};
}

// The request the product's component sent through the route, credentials and all.
HeaderList requestHeaders(const EgressRoute &route, const QByteArray &gatewayRequestId, const QByteArray &idempotency)
{
    const QByteArray token = VendorApi::token(route.vendor);
    HeaderList headers{{"Host", QUrl(route.url).host().toLatin1()},
                       {"User-Agent", route.consumer.toLatin1() + "/3.14.2"},
                       {"Accept", "application/json"}};
    if (route.vendor == u"shopify"_s)
        headers.emplaceBack("X-Shopify-Access-Token", token);
    else if (route.vendor == u"chatwoot"_s)
        headers.emplaceBack("api_access_token", token);
    else if (route.vendor == u"klaviyo"_s)
        headers += HeaderList{{"Authorization", "Klaviyo-API-Key " + token}, {"revision", "2024-10-15"}};
    else
        headers.emplaceBack("Authorization", "Bearer " + token);
    if (route.vendor == u"stripe"_s) {
        headers.emplaceBack("Stripe-Version", "2024-06-20");
        if (route.method == "POST")
            headers.emplaceBack("Idempotency-Key", idempotency);
    }
    if (route.method == "POST") {
        headers.emplaceBack("Content-Type",
                            route.vendor == u"stripe"_s ? "application/x-www-form-urlencoded" : "application/json");
    }
    headers.emplaceBack("X-Kong-Request-Id", gatewayRequestId);
    return headers;
}

// What VendorApi needs to answer as the vendor's rate limiter would.
HttpRequest rateLimitProbe(const QString &vendor)
{
    const QByteArray token = VendorApi::token(vendor);
    if (vendor == u"shopify"_s)
        return {"GET", u"/admin/api/2024-10/shop.json"_s, {}, {{"X-Shopify-Access-Token", token}}, {}};
    if (vendor == u"ga4"_s)
        return {"POST", u"/v1beta/properties/312845977:runReport"_s, {}, {{"Authorization", "Bearer " + token}}, "{}"};
    if (vendor == u"slack"_s)
        return {"POST", u"/api/auth.test"_s, {}, {{"Authorization", "Bearer " + token}}, {}};
    if (vendor == u"klaviyo"_s) {
        return {"GET",
                u"/api/accounts/"_s,
                {},
                {{"Authorization", "Klaviyo-API-Key " + token}, {"revision", "2024-10-15"}},
                {}};
    }
    if (vendor == u"mcp"_s) {
        return {"POST",
                u"/mcp"_s,
                {},
                {{"Authorization", "Bearer " + token}},
                R"({"jsonrpc":"2.0","id":1,"method":"tools/list"})"};
    }
    return {"GET", u"/v1/balance"_s, {}, {{"Authorization", "Bearer " + token}}, {}};
}

bool retryableStatus(int status)
{
    return status == 408 || status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
}

} // namespace

GatewayEvents::GatewayEvents(const Options &options)
    : m_options(options), m_rng(quint64(options.seed) * 0x9e3779b97f4a7c15ull + 0x6a09e667ull),
      m_sender(options.seed * 2654435761u + 17u, options.secrets), m_routes(egressRoutes())
{
    m_options.capacity = std::max<qsizetype>(1, m_options.capacity);
    if (!m_options.epoch.isValid())
        m_options.epoch = QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
    for (qsizetype i = 0; i < m_routes.size(); ++i) {
        const QString &vendor = m_routes.at(i).vendor;
        if (m_vendors.find(vendor) == m_vendors.end())
            m_vendors.emplace(vendor, VendorApi(vendor, options.seed * 7919u + quint32(i) * 0x9e3779b1u));
    }
    // Another log (another start) has another instance, so its cursors are unknown here.
    const quint64 mix = quint64(m_options.epoch.toMSecsSinceEpoch()) * 0x9e3779b97f4a7c15ull ^ options.seed;
    m_instance = QString::number((mix >> 32) & 0xffffffffu, 16).rightJustified(8, u'0');
}

QDateTime GatewayEvents::wallClock(std::chrono::milliseconds at) const
{
    return m_options.epoch.addMSecs(at.count());
}

QString GatewayEvents::cursor(quint64 sequence) const
{
    return u"c_"_s + m_instance + u'_' + QString::number(sequence).rightJustified(12, u'0');
}

std::chrono::milliseconds GatewayEvents::exponential(double perSecond)
{
    std::exponential_distribution<double> distribution(perSecond);
    return std::chrono::milliseconds(std::max<qint64>(1, std::llround(distribution(m_rng) * 1000.0)));
}

double GatewayEvents::lognormal(double median, double p95)
{
    const double mu = std::log(median);
    const double sigma = (std::log(p95) - mu) / Z95;
    return std::clamp(std::lognormal_distribution<double>(mu, sigma)(m_rng), median * 0.3, p95 * 4.0);
}

QByteArray GatewayEvents::hex(int length)
{
    std::uniform_int_distribution<int> digit(0, 15);
    QByteArray out;
    for (int i = 0; i < length; ++i)
        out += "0123456789abcdef"[digit(m_rng)];
    return out;
}

QByteArray GatewayEvents::ulid(std::chrono::milliseconds at)
{
    static constexpr char crockford[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    quint64 time = quint64(wallClock(at).toMSecsSinceEpoch());
    QByteArray out(26, '0');
    for (int i = 9; i >= 0; --i, time >>= 5)
        out[i] = crockford[time & 31];
    std::uniform_int_distribution<int> symbol(0, 31);
    for (int i = 10; i < 26; ++i)
        out[i] = crockford[symbol(m_rng)];
    return out;
}

void GatewayEvents::schedule(std::chrono::milliseconds at, Action action)
{
    m_agenda.emplace(std::pair{qint64(at.count()), m_order++}, std::move(action));
}

void GatewayEvents::advance(std::chrono::milliseconds from, std::chrono::milliseconds to, const FaultAt &faultAt)
{
    if (to <= from)
        return;
    if (!m_started) {
        m_started = true;
        for (int route = 0; route < m_routes.size(); ++route)
            schedule(m_clock + exponential(m_routes.at(route).callsPerSecond), route);
        schedule(m_clock + exponential(m_options.webhooksPerSecond), std::monostate{});
    }
    const auto start = m_clock;
    const auto end = m_clock + (to - from);
    while (!m_agenda.empty() && m_agenda.begin()->first.first <= end.count()) {
        const auto at = std::chrono::milliseconds(m_agenda.begin()->first.first);
        const Action action = std::move(m_agenda.begin()->second);
        m_agenda.erase(m_agenda.begin());
        process(at, action, from + std::max(0ms, at - start), faultAt);
    }
    m_clock = end;
}

void GatewayEvents::process(std::chrono::milliseconds at, const Action &action, std::chrono::milliseconds scenarioAt,
                            const FaultAt &faultAt)
{
    if (const int *route = std::get_if<int>(&action)) {
        const EgressRoute &r = m_routes.at(*route);
        schedule(at + exponential(r.callsPerSecond), *route);
        call(at, CallAttempt{*route, 1, false}, faultAt(r.vendor, r.path(), scenarioAt));
    } else if (const auto *retry = std::get_if<CallAttempt>(&action)) {
        const EgressRoute &r = m_routes.at(retry->route);
        call(at, *retry, faultAt(r.vendor, r.path(), scenarioAt));
    } else if (std::holds_alternative<std::monostate>(action)) {
        schedule(at + exponential(m_options.webhooksPerSecond), std::monostate{});
        receive(at, scenarioAt, faultAt);
    } else if (const auto *forwarding = std::get_if<ForwardAttempt>(&action)) {
        forward(at, forwarding->delivery, faultAt(u"gateway"_s, u"/"_s, scenarioAt).kind != Fault::Kind::None);
    } else if (const auto *emit = std::get_if<Emit>(&action)) {
        append(emit->event);
    }
}

void GatewayEvents::call(std::chrono::milliseconds at, const CallAttempt &call, const Fault &fault)
{
    const EgressRoute &route = m_routes.at(call.route);
    VendorApi &vendor = m_vendors.at(route.vendor);
    const LatencyProfile profile = VendorApi::latencyProfile(route.vendor);
    double latency = lognormal(profile.medianMs, profile.p95Ms);

    const QByteArray gatewayRequestId = hex(32);
    const QUrl url(route.url);
    HttpRequest request{route.method, url.path(), QUrlQuery(url), {}, {}};
    request.headers = requestHeaders(route, gatewayRequestId, hex(8) + '-' + hex(4) + '-' + hex(4) + '-' + hex(12));
    const Moment moment{wallClock(at), at, std::nullopt, {}};

    std::optional<HttpResponse> response;
    QString error;
    bool failed = true;
    bool faulted = true;
    switch (fault.kind) {
    case Fault::Kind::Status:
        response = vendor.error(fault.status, request, moment);
        break;
    case Fault::Kind::RateLimited:
        response = vendor.rateLimited(rateLimitProbe(route.vendor), moment);
        break;
    case Fault::Kind::Stall:
    case Fault::Kind::Trickle:
        error = u"timeout"_s;
        break;
    case Fault::Kind::Reset:
        error = u"connection_reset"_s;
        latency *= 0.5;
        break;
    case Fault::Kind::Latency:
        latency += double(fault.delay.count());
        if (latency >= route.timeoutMs)
            error = u"timeout"_s;
        else
            faulted = false;
        break;
    default:
        faulted = false;
        break;
    }
    if (response && response->status < 400)
        faulted = false;

    if (!faulted) {
        response.reset();
        error.clear();
        // A fault's retries succeed once it is over; sporadic trouble mostly clears by itself.
        const double share = call.attempt == 1 ? m_options.backgroundFailureShare : call.background ? 0.25 : 0.0;
        failed = share > 0 && std::uniform_real_distribution<double>(0, 1)(m_rng) < share;
        if (failed) {
            switch (std::discrete_distribution<int>({30, 12, 20, 15, 12, 4, 2, 5})(m_rng)) {
            case 0:
                error = u"timeout"_s;
                break;
            case 1:
                error = u"connection_reset"_s;
                latency *= 0.5;
                break;
            case 2:
                response = vendor.error(502, request, moment);
                break;
            case 3:
                response = vendor.error(503, request, moment);
                break;
            case 4:
                response = vendor.error(500, request, moment);
                break;
            case 5:
                error = u"dns"_s;
                latency = 20 + 180 * std::uniform_real_distribution<double>(0, 1)(m_rng);
                break;
            case 6:
                error = u"tls"_s;
                latency *= 0.6;
                break;
            default:
                error = u"upstream_unavailable"_s;
                latency = 0.4 + std::uniform_real_distribution<double>(0, 1)(m_rng);
                break;
            }
        }
    }
    if (!failed)
        return;
    if (error == u"timeout"_s)
        latency = route.timeoutMs + std::uniform_real_distribution<double>(0, 30)(m_rng);

    QString decision = u"none"_s;
    QJsonValue afterMs = QJsonValue::Null;
    const bool retryable = response ? retryableStatus(response->status) : error != u"tls"_s;
    if (retryable && call.attempt >= MaxCallAttempts) {
        decision = u"give_up"_s;
    } else if (retryable) {
        decision = u"retry"_s;
        bool ok = false;
        const double retryAfter = response ? response->header("Retry-After").toDouble(&ok) : 0;
        const double wait = ok && retryAfter >= 0 ? retryAfter * 1000.0
                                                  : 1000.0 * std::pow(2.0, call.attempt - 1)
                                                        * std::uniform_real_distribution<double>(0.8, 1.2)(m_rng);
        afterMs = double(std::llround(wait));
    }

    QJsonObject event{{u"id"_s, QString::fromLatin1("call_" + ulid(at))},
                      {u"type"_s, u"call.failed"_s},
                      {u"time"_s, iso(wallClock(at))},
                      {u"integration"_s, orNull(route.integration)},
                      {u"service"_s, route.service},
                      {u"route"_s, route.route},
                      {u"request"_s, QJsonObject{{u"method"_s, QString::fromLatin1(route.method)},
                                                 {u"url"_s, route.url},
                                                 {u"headers"_s, headerArray(request.headers)}}},
                      {u"error"_s, orNull(error)},
                      {u"duration_ms"_s, std::round(latency * 10.0) / 10.0},
                      {u"attempt"_s, call.attempt},
                      {u"retry"_s, QJsonObject{{u"decision"_s, decision}, {u"after_ms"_s, afterMs}}},
                      {u"gateway_request_id"_s, QString::fromLatin1(gatewayRequestId)}};
    QString vendorRequestId;
    if (response) {
        HeaderList headers = response->headers;
        headers.emplaceBack("Content-Length", QByteArray::number(response->body.size()));
        event.insert(u"response"_s,
                     QJsonObject{{u"status"_s, response->status},
                                 {u"headers"_s, headerArray(headers)},
                                 {u"body_excerpt"_s, QString::fromUtf8(response->body.left(BodyExcerptLimit))},
                                 {u"body_truncated"_s, response->body.size() > BodyExcerptLimit}});
        if (const QByteArray name = vendorRequestIdHeader(route.vendor); !name.isEmpty())
            vendorRequestId = QString::fromLatin1(response->header(name));
    } else {
        event.insert(u"response"_s, QJsonValue::Null);
    }
    event.insert(u"vendor_request_id"_s, orNull(vendorRequestId));

    const auto finished = at + std::chrono::milliseconds(std::llround(latency));
    schedule(finished, Emit{event});
    if (decision == u"retry"_s) {
        schedule(finished + std::chrono::milliseconds(qint64(afterMs.toDouble())),
                 CallAttempt{call.route, call.attempt + 1, call.background || !faulted});
    }
}

void GatewayEvents::receive(std::chrono::milliseconds at, std::chrono::milliseconds scenarioAt, const FaultAt &faultAt)
{
    using Flaw = InboundWebhook::Flaw;
    Delivery delivery;
    delivery.id = "whd_" + ulid(at);
    delivery.webhook = m_sender.next(wallClock(at));
    delivery.receivedAt = wallClock(at);

    struct Verdict
    {
        const char16_t *result;
        const char16_t *reason; // null: none
        int status;
        const char16_t *answer;
    };
    static constexpr Verdict verdicts[] = {
        {u"accepted", nullptr, 200, u"{\"received\":true}"},
        {u"rejected", u"bad_signature", 401, u"{\"error\":\"invalid signature\"}"},
        {u"rejected", u"stale", 401, u"{\"error\":\"timestamp outside the tolerance\"}"},
        // The rotation's grace period: the previous secret is still accepted, and said so.
        {u"accepted", u"previous_secret", 200, u"{\"received\":true}"},
        // Acknowledged, so the vendor stops re-sending, but not forwarded again.
        {u"rejected", u"duplicate", 200, u"{\"received\":true,\"duplicate\":true}"},
        {u"rejected", u"missing_signature", 401, u"{\"error\":\"missing signature\"}"},
    };
    const Verdict &verdict = verdicts[int(delivery.webhook.flaw)];
    delivery.verdict = QJsonObject{
        {u"result"_s, QString::fromUtf16(verdict.result)},
        {u"reason"_s, verdict.reason ? QJsonValue(QString::fromUtf16(verdict.reason)) : QJsonValue(QJsonValue::Null)}};
    delivery.response =
        QJsonObject{{u"status"_s, verdict.status}, {u"body_excerpt"_s, QString::fromUtf16(verdict.answer)}};

    const auto handled = at + std::chrono::milliseconds(std::uniform_int_distribution<int>(1, 4)(m_rng));
    const Flaw flaw = delivery.webhook.flaw;
    if (flaw != Flaw::None && flaw != Flaw::PreviousSecret) {
        schedule(handled, Emit{deliveryEvent(delivery, handled, std::nullopt)});
        return;
    }
    const QByteArray id = delivery.id;
    m_deliveries.emplace(id, std::move(delivery));
    forward(handled, id, faultAt(u"gateway"_s, u"/"_s, scenarioAt).kind != Fault::Kind::None);
}

void GatewayEvents::forward(std::chrono::milliseconds at, const QByteArray &deliveryId, bool trouble)
{
    const auto it = m_deliveries.find(deliveryId);
    if (it == m_deliveries.end())
        return;
    Delivery &delivery = it->second;
    const int attempt = int(delivery.attempts.size()) + 1;
    const double failShare = attempt == 1 ? (trouble ? 0.45 : 0.05) : (trouble ? 0.6 : 0.35);
    const bool failed = std::uniform_real_distribution<double>(0, 1)(m_rng) < failShare;

    int status = 200;
    QString answer = u"{\"ok\":true}"_s;
    double duration = lognormal(45, 160);
    if (failed) {
        switch (std::discrete_distribution<int>({35, 25, 30, 10})(m_rng)) {
        case 0:
            status = 500;
            answer = u"{\"error\":\"internal server error\"}"_s;
            break;
        case 1:
            status = 502;
            answer = u"<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1>"
                     u"</center><hr><center>nginx</center></body></html>"_s;
            duration = lognormal(8, 30);
            break;
        case 2:
            status = 503;
            answer = u"upstream connect error or disconnect/reset before headers. reset reason: connection failure"_s;
            duration = lognormal(3, 12);
            break;
        default:
            status = 504;
            answer = u"upstream request timeout"_s;
            duration = 15'000;
            break;
        }
    } else if (std::uniform_int_distribution<int>(0, 3)(m_rng) == 0) {
        status = 202;
        answer.clear();
    }
    delivery.attempts.append(QJsonObject{{u"id"_s, QString::fromLatin1("atmpt_" + ulid(at))},
                                         {u"timestamp"_s, iso(wallClock(at))},
                                         {u"response_status_code"_s, status},
                                         {u"response"_s, answer},
                                         {u"response_duration_ms"_s, double(std::llround(duration))},
                                         {u"status"_s, failed ? u"failed"_s : u"success"_s},
                                         {u"trigger_type"_s, u"scheduled"_s}});

    const auto finished = at + std::chrono::milliseconds(std::llround(duration));
    std::optional<std::chrono::milliseconds> next;
    if (failed && attempt < MaxForwardAttempts) {
        next = finished + ForwardDelays[attempt - 1];
        schedule(*next, ForwardAttempt{deliveryId});
    }
    schedule(finished, Emit{deliveryEvent(delivery, finished, next)});
    if (!next)
        m_deliveries.erase(it);
}

QJsonObject GatewayEvents::deliveryEvent(const Delivery &delivery, std::chrono::milliseconds at,
                                         std::optional<std::chrono::milliseconds> nextAttempt) const
{
    return QJsonObject{
        {u"id"_s, QString::fromLatin1(delivery.id)},
        {u"type"_s, u"webhook.delivery"_s},
        {u"time"_s, iso(wallClock(at))},
        {u"source"_s, delivery.webhook.source},
        {u"topic"_s, delivery.webhook.topic},
        {u"received_at"_s, iso(delivery.receivedAt)},
        {u"headers"_s, headerArray(delivery.webhook.headers)},
        {u"body_base64"_s, QString::fromLatin1(delivery.webhook.body.toBase64())},
        {u"verdict"_s, delivery.verdict},
        {u"response"_s, delivery.response},
        {u"attempts"_s, delivery.attempts},
        {u"next_attempt"_s, nextAttempt ? QJsonValue(iso(wallClock(*nextAttempt))) : QJsonValue(QJsonValue::Null)}};
}

void GatewayEvents::append(QJsonObject event)
{
    const quint64 sequence = m_nextSequence++;
    event.insert(u"cursor"_s, cursor(sequence));
    m_log.push_back(QJsonDocument(event).toJson(QJsonDocument::Compact));
    while (qsizetype(m_log.size()) > m_options.capacity) {
        m_log.pop_front();
        ++m_firstSequence;
    }
}

HttpResponse GatewayEvents::page(const QUrlQuery &query) const
{
    qsizetype limit = DefaultLimit;
    if (query.hasQueryItem(u"limit"_s)) {
        bool ok = false;
        const qint64 asked = query.queryItemValue(u"limit"_s).toLongLong(&ok);
        if (!ok || asked < 1) {
            return HttpResponse::json(400, errorBody("bad_request", u"limit must be a whole number of at least 1"_s));
        }
        limit = qsizetype(std::min<qint64>(asked, MaxLimit));
    }

    const QString after = query.queryItemValue(u"after"_s, QUrl::FullyDecoded);
    const quint64 last = m_nextSequence - 1;
    quint64 from = m_firstSequence; // first sequence to return
    QJsonObject gap;
    if (!after.isEmpty()) {
        static const QRegularExpression format(u"^c_([0-9a-f]{8})_([0-9]{12})$"_s);
        const auto match = format.match(after);
        if (!match.hasMatch()) {
            return HttpResponse::json(
                400, errorBody("bad_cursor", u"after is not a cursor this gateway issued: "_s + after.left(200)));
        }
        const quint64 sequence = match.capturedView(2).toULongLong();
        if (match.capturedView(1) != m_instance || sequence > last) {
            gap = QJsonObject{{u"reason"_s, u"cursor_unknown"_s}, {u"missed"_s, QJsonValue::Null}};
        } else if (sequence + 1 < m_firstSequence) {
            gap =
                QJsonObject{{u"reason"_s, u"cursor_expired"_s}, {u"missed"_s, qint64(m_firstSequence - 1 - sequence)}};
        } else {
            from = sequence + 1;
        }
    }

    QByteArray events;
    quint64 next = from;
    for (; next <= last && qsizetype(next - from) < limit; ++next) {
        const QByteArray &event = m_log.at(std::size_t(next - m_firstSequence));
        if (next > from && events.size() + event.size() > MaxPageBytes - 1024)
            break;
        if (next > from)
            events += ',';
        events += event;
    }
    const bool any = next > from;
    const QJsonValue nextCursor = any               ? QJsonValue(cursor(next - 1))
                                  : after.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                    : QJsonValue(after);
    QByteArray gapJson = "null";
    if (!gap.isEmpty()) {
        gap.insert(u"after"_s, after);
        gap.insert(u"resumes_at"_s, any ? QJsonValue(cursor(from)) : QJsonValue(QJsonValue::Null));
        gapJson = QJsonDocument(gap).toJson(QJsonDocument::Compact);
    }
    const QByteArray nextJson = nextCursor.isNull() ? QByteArray("null") : '"' + nextCursor.toString().toLatin1() + '"';
    QByteArray body = R"({"version":1,"events":[)" + events + R"(],"next_cursor":)" + nextJson + R"(,"has_more":)"
                      + (next <= last ? "true" : "false") + R"(,"gap":)" + gapJson + '}';
    HttpResponse response = HttpResponse::json(200, body, "application/json");
    response.setHeader("Cache-Control", "no-store");
    return response;
}

} // namespace gw::sim
