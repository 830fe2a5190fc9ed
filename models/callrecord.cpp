#include "callrecord.h"

#include "gatewayevent.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CallRecord)
};

} // namespace

QString headerValue(const HeaderPairs &headers, QStringView name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString machineName(CallOrigin origin)
{
    return origin == CallOrigin::Check ? u"check"_s : u"gateway"_s;
}

std::optional<CallOrigin> callOriginFromName(QStringView name)
{
    if (name == u"check")
        return CallOrigin::Check;
    if (name == u"gateway")
        return CallOrigin::Gateway;
    return std::nullopt;
}

QString CallRecord::checkOrRoute() const
{
    if (origin == CallOrigin::Check)
        return check;
    return route.isEmpty() ? service : service + u'/' + route;
}

QString vendorRequestId(const HeaderPairs &responseHeaders)
{
    static const QStringView names[] = {
        u"X-Request-Id",     u"Request-Id",       u"x-slack-req-id", u"X-GitHub-Request-Id",
        u"X-Amzn-RequestId", u"X-Amz-Request-Id", u"CF-Ray"};
    for (const QStringView name : names) {
        if (QString value = headerValue(responseHeaders, name).trimmed(); !value.isEmpty())
            return value;
    }
    return {};
}

CallRecord callRecordFromGateway(const GatewayEvent &event, const FailedCall &call)
{
    CallRecord record;
    record.timeMs = event.timeMs;
    record.origin = CallOrigin::Gateway;
    record.integration = call.integration;
    record.service = call.service;
    record.route = call.route;
    record.attempt = call.attempt;
    record.request = call.request;
    record.response = call.response;
    record.error = call.error;
    record.timing.totalMs = call.durationMs;
    record.vendorRequestId = call.vendorRequestId;
    if (record.vendorRequestId.isEmpty() && call.response)
        record.vendorRequestId = vendorRequestId(call.response->headers);
    record.gatewayRequestId = call.gatewayRequestId;
    record.retryDecision = call.retryDecision;
    record.retryAfterMs = call.retryAfterMs;

    static const QHash<QString, FailureClass> byError{
        {u"timeout"_s, FailureClass::Timeout},
        {u"connection_refused"_s, FailureClass::Connect},
        {u"connection_reset"_s, FailureClass::Connect},
        {u"upstream_unavailable"_s, FailureClass::Connect},
        {u"tls"_s, FailureClass::Tls},
        {u"dns"_s, FailureClass::Dns},
    };
    if (call.response) {
        const int status = call.response->status;
        record.failureClass = status == 429 ? FailureClass::RateLimited : FailureClass::HttpStatus;
        record.reason = Text::tr("The vendor answered HTTP %1").arg(status);
    } else {
        record.failureClass = byError.value(call.error, FailureClass::Connect);
        record.reason = call.error.isEmpty() ? Text::tr("No response arrived")
                                             : Text::tr("No response arrived (%1)").arg(call.error);
    }
    return record;
}

} // namespace gw
